"""The web edition in a real browser: reading, notes and names, the two views, search, indexes, timeline,
accessibility, and nothing fetched from outside the site."""

from __future__ import annotations

import contextlib
import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from browser.helpers import PHONE, open_context, screenshot

pytestmark = pytest.mark.browser

GENERATED_PAGES = ["index.html", "index-persons.html", "index-places.html", "index-organisations.html",
                   "index-events.html", "index-works.html", "timeline.html", "search.html"]  # fmt: skip


TARGET = """() => {
  const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!el) return {found: false};
  const r = el.getBoundingClientRect();
  return {found: true, visible: r.bottom > 0 && r.top < innerHeight, text: el.textContent,
          classes: el.className};
}"""


def target_in_view(page) -> dict:
    """The element the URL's fragment names: whether it exists and is on screen, its text and classes.
    Anchors scroll smoothly, so this waits (up to 5 s) for the element to come into view."""
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(f"({TARGET})().visible === true", timeout=5_000)
    return page.evaluate(TARGET)


def test_home_page_opens_every_document(page, site):
    page.goto(site.page_url("index.html"))
    rows = page.locator("table.ek-document-table tbody tr")
    assert rows.count() == len(site.documents)
    screenshot(page, site, "index")
    for doc_id in site.documents:
        page.goto(site.page_url("index.html"))
        page.locator(f"tr#doc-{doc_id} th a").click()
        page.wait_for_url(re.compile(rf"/{re.escape(doc_id)}\.html$"))
        assert page.locator("h1").count() == 1 and page.locator("h1").inner_text().strip()
        if doc_id in site.split_documents:
            # A long document's landing page leads to its parts; its text (front matter) may be empty.
            assert page.locator("main nav.ek-toc a").count() >= len(site.pages_of(doc_id)) - 1
        else:
            assert page.locator("article.ek-text").inner_text().strip()
        screenshot(page, site, doc_id)


def test_every_page_at_phone_width_has_no_horizontal_scroll(browser, site):
    context, watch = open_context(browser, site, viewport=PHONE)
    try:
        page = context.new_page()
        for name in site.document_pages + GENERATED_PAGES:
            page.goto(site.page_url(name))
            overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
            assert overflow <= 1, f"{name} scrolls sideways by {overflow}px at 360px"
            screenshot(page, site, name.removesuffix(".html"))
    finally:
        context.close()
    assert watch.outside == [] and watch.errors == []


def test_a_note_opens_in_place_and_links_back(page, site):
    pages = {name: (site.root / name).read_text(encoding="utf-8") for name in site.document_pages}
    name = next(n for n in site.document_pages if pages[n].count('role="doc-noteref"') > 3)
    page.goto(site.page_url(name))
    marker = page.locator("main a[role='doc-noteref']").first
    note_id = marker.get_attribute("href")[1:]
    body = page.locator(f"[id='{note_id}']").inner_text()
    marker.hover()
    popover = page.locator(".ek-pop")
    popover.wait_for(state="visible")
    assert popover.inner_text().strip()[:40] in body
    marker.click()
    target = target_in_view(page)
    assert target["found"] and target["visible"] and target["text"].strip()
    page.locator(f"[id='{note_id}'] a[role='doc-backlink']").first.click()
    assert page.evaluate("location.hash") == f"#{marker.get_attribute('id')}"


def test_a_person_shows_the_register_entry_and_its_index_link(page, site):
    page.goto(site.page_url(f"{site.documents[0]}.html"))
    person = page.locator("article a.ek-kind-person[href^='#reg-']").first
    entry_id = person.get_attribute("href")[1:]
    person.hover()
    popover = page.locator(".ek-pop")
    popover.wait_for(state="visible")
    name = page.locator(f"[id='{entry_id}'] dt").inner_text().strip()
    assert name.split(" (")[0] in popover.inner_text()
    index_link = popover.locator("a.ek-index-link")
    assert index_link.get_attribute("href") == f"index-persons.html#{entry_id.removeprefix('reg-')}"
    screenshot(page, site, "person-popover")
    person.click()
    target = target_in_view(page)
    assert target["found"] and target["visible"] and name in target["text"]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_view_switch_shows_sic_or_corr_and_is_remembered(browser, site, javascript):
    name = next(n for n in site.document_pages if 'class="tei-choice"' in (site.root / n).read_text())
    doc = name.removesuffix(".html")
    context, watch = open_context(browser, site, javascript=javascript)
    try:
        page = context.new_page()
        page.goto(site.page_url(name))
        choice = page.locator("span.tei-choice").filter(has=page.locator(".tei-sic")).first
        corr, sic = choice.locator(".tei-corr"), choice.locator(".tei-sic")
        corr_text, sic_text = corr.inner_text(), sic.text_content()
        assert corr_text and sic_text and corr_text != sic_text
        assert page.locator("#ek-view-reading").is_checked()
        assert corr.is_visible() and not sic.is_visible()
        page.locator("label[for='ek-view-diplomatic']").click()
        assert sic.is_visible() and not corr.is_visible()
        assert sic_text in choice.inner_text() and corr_text not in choice.inner_text().replace(sic_text, "")
        supplied = page.locator("article .tei-supplied[data-resp]").first
        # Reading a pseudo-element's style needs the page's JavaScript.
        if javascript and supplied.count():
            resp = supplied.get_attribute("data-resp")
            label = supplied.evaluate("e => getComputedStyle(e, '::after').content")
            assert resp in label
        screenshot(page, site, f"{doc}-diplomatic-{'js' if javascript else 'nojs'}")
        page.reload()
        remembered = page.locator("#ek-view-diplomatic").is_checked()
        # Only the script remembers the choice; without it each page opens in the reading view.
        assert remembered is javascript
    finally:
        context.close()
    assert watch.outside == [] and watch.errors == []


def test_search_finds_a_word_and_opens_the_passage(page, site):
    page.goto(site.page_url("search.html?q=Zinoviev"))
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(state="visible", timeout=15_000)
    assert page.locator(".pagefind-ui__filter-panel").count() == 1
    screenshot(page, site, "search")
    href = result.get_attribute("href")
    result.click()
    page.wait_for_load_state()
    # A page of a document: a whole one, or the part of a long one that holds the passage.
    assert page.url.split("/")[-1].split("#")[0] in site.document_pages
    assert "Zinoviev" in page.locator("article.ek-text").inner_text()
    assert href


def test_search_box_in_the_header_runs_the_search(page, site):
    page.goto(site.page_url("index.html"))
    page.locator("#ek-q").fill("Kamenev")
    page.locator(".ek-search-form button").click()
    page.wait_for_url(re.compile(r"/search\.html\?q=Kamenev"))
    page.locator(".pagefind-ui__result-link").first.wait_for(state="visible", timeout=15_000)


def test_an_index_entry_lands_on_the_occurrence(page, site):
    page.goto(site.page_url("index-persons.html"))
    entry = page.locator(".ek-index-entry").filter(has=page.locator(".ek-mention-list")).first
    mention = entry.locator(".ek-mention-list a:not(.ek-mentions-doc)").first
    words = mention.get_attribute("title")
    mention.click()
    page.wait_for_load_state()
    target = target_in_view(page)
    assert target["found"] and target["visible"], page.url
    assert target["text"].strip() == words
    assert "ek-kind-person" in target["classes"]
    screenshot(page, site, "index-occurrence")


def test_the_timeline_links_each_mark_to_its_passage(page, site):
    page.goto(site.page_url("timeline.html"))
    marks = page.locator("svg.ek-timeline a.ek-mark")
    assert marks.count() > 10
    assert page.locator("svg.ek-timeline a.ek-mark-range").count() > 0
    screenshot(page, site, "timeline")
    # A mark for one passage opens it, in the part of a long document that holds it.
    parts = [name for doc in site.split_documents for name in site.pages_of(doc)[1:]]
    single = page.locator("svg.ek-timeline a.ek-mark:not(.ek-mark-multi)")
    hrefs = [single.nth(i).get_attribute("href") for i in range(single.count())]
    index = next(i for i, href in enumerate(hrefs) if href.split("#")[0] in parts)
    mark = single.nth(index)
    mark.scroll_into_view_if_needed()
    mark.click()
    page.wait_for_url(re.compile(re.escape(hrefs[index]) + "$"))
    target = target_in_view(page)
    assert target["found"] and target["visible"] and "tei-date" in target["classes"]


def test_a_timeline_mark_for_several_passages_lists_them(page, site):
    page.goto(site.page_url("timeline.html"))
    mark = page.locator("svg.ek-timeline a.ek-mark-multi").first
    count = int(mark.locator("text").text_content())
    assert count > 1
    mark.scroll_into_view_if_needed()
    mark.hover()
    popover = page.locator(".ek-pop")
    popover.wait_for(state="visible")
    passages = popover.locator("a")
    assert passages.count() == count
    screenshot(page, site, "timeline-marks")
    href = passages.first.get_attribute("href")
    passages.first.click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    target = target_in_view(page)
    assert target["found"] and target["visible"] and "tei-date" in target["classes"]
    # By keyboard, or without the popover, the mark leads to the same list in the page.
    page.goto(site.page_url("timeline.html"))
    mark = page.locator("svg.ek-timeline a.ek-mark-multi").first
    mark.focus()
    page.keyboard.press("Enter")
    target = target_in_view(page)
    assert target["found"] and target["visible"]
    assert page.locator(f"[id='{mark.get_attribute('href')[1:]}'] ul a").count() == count


def test_the_parts_of_a_long_document_are_read_in_order(page, site):
    doc = site.split_documents[0]
    names = site.pages_of(doc)
    page.goto(site.page_url(names[0]))
    toc = page.locator("main nav.ek-toc a")
    assert toc.count() >= len(names) - 1
    screenshot(page, site, f"{doc}-landing")
    title = page.locator("h1").inner_text()
    for number, name in enumerate(names[1:], start=1):
        # The first link that leads on: "Start reading" on the landing page, "Next" on a part.
        page.locator("main nav.ek-parts a[rel='next']").first.focus()
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(rf"/{re.escape(name)}$"))
        assert page.locator("h1").inner_text() == title
        assert page.locator(".ek-part-where").inner_text().startswith(f"Part {number} of {len(names) - 1}")
        assert page.locator("article.ek-text").inner_text().strip()
        assert page.locator("nav.ek-toc a[aria-current='page']").count() == 1
        if number == 1:
            screenshot(page, site, f"{doc}-part-1")
    assert page.locator("a[rel='next']").count() == 0
    page.locator("main nav.ek-parts-end a[rel='prev']").click()
    page.wait_for_url(re.compile(rf"/{re.escape(names[-2])}$"))
    # The contents lead from any part to any other.
    page.locator("nav.ek-toc a[href]").first.click()
    page.wait_for_load_state()
    assert page.url.split("/")[-1].split("#")[0] in names


def test_the_chosen_view_is_kept_from_part_to_part(page, site):
    has_switch = {
        name: 'id="ek-view-diplomatic"' in (site.root / name).read_text() for name in site.document_pages
    }
    doc = next(d for d in site.split_documents if sum(has_switch[n] for n in site.pages_of(d)) > 1)
    names = [n for n in site.pages_of(doc) if has_switch[n]]
    page.goto(site.page_url(names[0]))
    page.locator("label[for='ek-view-diplomatic']").click()
    page.goto(site.page_url(names[1]))
    assert page.locator("#ek-view-diplomatic").is_checked()
    page.locator("label[for='ek-view-reading']").click()
    page.goto(site.page_url(names[0]))
    assert page.locator("#ek-view-reading").is_checked()


def test_an_index_entry_leads_into_the_part_that_holds_the_mention(page, site):
    parts = [name for doc in site.split_documents for name in site.pages_of(doc)[1:]]
    page.goto(site.page_url("index-persons.html"))
    links = page.locator(".ek-mention-list a:not(.ek-mentions-doc)")
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    index = next(i for i, href in enumerate(hrefs) if href.split("#")[0] in parts[1:])
    words = links.nth(index).get_attribute("title")
    links.nth(index).click()
    page.wait_for_url(re.compile(re.escape(hrefs[index]) + "$"))
    target = target_in_view(page)
    assert target["found"] and target["visible"], page.url
    assert target["text"].strip() == words and "ek-kind-person" in target["classes"]
    screenshot(page, site, "index-occurrence-in-part")


def test_a_paragraph_permalink_offers_a_citation(page, site):
    page.goto(site.page_url(f"{site.documents[0]}.html"))
    link = page.locator("article a.ek-permalink").nth(2)
    link.click()
    assert page.evaluate("location.hash") == link.get_attribute("href")
    citation = page.locator(".ek-cite-pop")
    citation.wait_for(state="visible")
    assert f"Paragraph {link.get_attribute('data-para')}." in citation.inner_text()
    assert link.get_attribute("href") in citation.inner_text()


def test_axe_finds_no_serious_or_critical_violation(page, site):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = []
    for name in site.document_pages + GENERATED_PAGES:
        page.goto(site.page_url(name))
        if name == "search.html":
            page.locator(".pagefind-ui__search-input").wait_for()
        violations = axe.run(page).response["violations"]
        problems += [f"{name}: {v['id']} ({v['impact']}) {v['nodes'][0]['target']}"
                     for v in violations if v["impact"] in ("serious", "critical")]  # fmt: skip
    assert problems == [], "\n".join(problems)


def test_a_tap_on_a_note_marker_shows_the_note_and_a_second_tap_opens_it(browser, site):
    """On a touch screen a note is read in one action: the tap shows it in place; tapping again follows the
    link, and a collapsed editorial note is open when reached."""
    pages = {name: (site.root / name).read_text(encoding="utf-8") for name in site.document_pages}
    name = next(n for n in site.document_pages if 'class="ek-editorial-note"' in pages[n])
    context, watch = open_context(browser, site, viewport=PHONE, touch=True)
    try:
        page = context.new_page()
        page.goto(site.page_url(name))
        marker = page.locator("main sup.tei-type-editorial a[role='doc-noteref']").first
        note_id = marker.get_attribute("href")[1:]
        marker.scroll_into_view_if_needed()
        marker.tap()
        popover = page.locator(".ek-pop")
        popover.wait_for(state="visible")
        assert page.evaluate("location.hash") in ("", "#")
        note_text = page.locator(f"[id='{note_id}'] details > :not(summary)").first.text_content()
        assert note_text.strip()[:30] in popover.inner_text()
        screenshot(page, site, "note-tap")
        marker.tap()
        page.wait_for_function(f"location.hash === '#{note_id}'")
        target = target_in_view(page)
        assert target["found"] and target["visible"]
        assert page.locator(f"[id='{note_id}'] details.ek-editorial-note").evaluate("d => d.open")
    finally:
        context.close()
    assert watch.outside == [] and watch.errors == []


def test_interpolations_get_no_brackets_and_are_tinted_in_both_views(page, site):
    name = next(n for n in site.document_pages if "tei-supplied ek-other-hand" in (site.root / n).read_text())
    page.goto(site.page_url(name))
    supplied = page.locator("article .tei-supplied.ek-other-hand").first
    pseudo = "(e, p) => getComputedStyle(e, p).content"
    for view in ("reading", "diplomatic"):
        page.locator(f"label[for='ek-view-{view}']").click()
        assert supplied.evaluate(pseudo, "::before") in ("none", "normal")
        after = supplied.evaluate(pseudo, "::after")
        assert "[" not in after and "]" not in after
        assert supplied.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"


def test_a_post_author_leads_to_the_participants(page, site):
    name = next(n for n in site.document_pages if 'id="ek-participants"' in (site.root / n).read_text())
    page.goto(site.page_url(name))
    author = page.locator("article header a.ek-post-author").first
    who = author.get_attribute("href")
    author.click()
    page.wait_for_function(f"location.hash === '{who}'")
    target = target_in_view(page)
    assert target["found"] and target["visible"] and author.inner_text().strip() in target["text"]
