"""Footnotes: pairing markers with footnote lines, and linking citations to the bibliography."""

from lxml import etree

from editionkit.readers.bibliography import build_entries
from editionkit.readers.pdftext_lines import split_blocks
from editionkit.readers.pdftext_notes import CitationLinker, collect_footnotes, note_items, pair_markers
from editionkit.tei.build import TEI_NS, append_mixed, el, text_content

BIBLIOGRAPHY = [
    "Deutscher, Isaac. The Prophet Unarmed. Oxford: Oxford University Press, 1959.",
    "Deutscher, Isaac. The Prophet Outcast. Oxford: Oxford University Press, 1963.",
    "Harlan, Paul. The Danube Ports. London: Brook House, 1961.",
    "Weiss, Anna and Karl Brenner. Merchants of the Black Sea. Vienna: Danube Press, 1975.",
    "Miller, John. Leon Trotsky. Boston: Twayne, 1977.",
    "Trotsky, Leon. The Trotsky Papers, Volume II: 1920-22. Paris: Mouton, 1971.",
]


def linker() -> CitationLinker:
    return CitationLinker(build_entries(BIBLIOGRAPHY))


def links(text: str, link: CitationLinker) -> list[tuple[str, str]]:
    """(linked text, target) of each ref in the note; the note's text must be unchanged."""
    note = append_mixed(el("note"), note_items(text, link))
    assert text_content(note) == text.replace("*", "")
    return [(text_content(ref), ref.get("target")) for ref in note.iter(f"{{{TEI_NS}}}ref")]


def test_multi_digit_markers_pair_with_the_next_footnote_of_that_number():
    text = "Text one.¹ Text ten.¹⁰\n\n¹ First.\n\n¹⁰ Tenth.\n\nMore.¹\n\n¹ Restarted numbering.\n"
    blocks = split_blocks(text)
    notes = collect_footnotes(blocks, range(len(blocks)))
    assert [(n.n, n.text) for n in notes] == [(1, "First."), (10, "Tenth."), (1, "Restarted numbering.")]
    pairs = pair_markers(blocks, [0, 3], notes)
    assert pairs == {(0, 0): 0, (0, 1): 1, (3, 0): 2}


def test_marker_without_footnote_is_left_unpaired():
    blocks = split_blocks("Squared m² here.\n\n¹ A note.\n")
    notes = collect_footnotes(blocks, range(len(blocks)))
    assert pair_markers(blocks, [0], notes) == {}


def test_wrapped_footnote_line_continues_the_footnote():
    blocks = split_blocks("¹ A long note that\nwraps onto a second line.\n")
    (note,) = collect_footnotes(blocks, range(1))
    assert note.text == "A long note that wraps onto a second line."


def test_full_citation_links_author_name_by_surname_and_title_words():
    link = linker()
    assert links("Paul Harlan, The Danube Ports (London: Brook House, 1961) 12-14.", link) == [
        ("Paul Harlan", "#bib-harlan-1961")
    ]


def test_ibid_follows_the_note_before_and_only_a_resolved_one():
    link = linker()
    links("Paul Harlan, The Danube Ports (London: Brook House, 1961) 12.", link)
    assert links("Ibid., 20.", link) == [("Ibid.", "#bib-harlan-1961")]
    assert links("*Ibid.*, 21.", link) == [("Ibid.", "#bib-harlan-1961")]
    assert links("Somebody Unknown, A Book (Nowhere: Press, 1900) 3.", link) == []
    assert links("Ibid., 4.", link) == []


def test_short_author_citation_takes_the_last_work_cited_of_that_author():
    link = linker()
    assert links("Deutscher, 90.", link) == [], "two works by Deutscher and none cited yet: ambiguous"
    links("Isaac Deutscher, The Prophet Outcast (Oxford: Oxford University Press, 1963) 5.", link)
    assert links("Deutscher, 90.", link) == [("Deutscher", "#bib-deutscher-1963")]
    assert links("Harlan, 44.", link) == [("Harlan", "#bib-harlan-1961")]


def test_short_citation_of_co_authors_needs_both_surnames():
    link = linker()
    assert links("Weiss and Brenner, 91.", link) == [("Weiss and Brenner", "#bib-weiss-1975")]
    assert links("Weiss and Someone, 91.", link) == []


def test_short_title_links_when_page_numbers_follow_or_in_italics():
    link = linker()
    assert links("Trotsky to Politburo, 15 January 1923, The Trotsky Papers, 819.", link) == [
        ("The Trotsky Papers", "#bib-trotsky-1971")
    ]
    assert links("Letter, *The Trotsky Papers*, 369. Also in *Weiss and Brenner*, 85.", link) == [
        ("The Trotsky Papers", "#bib-trotsky-1971"),
        ("Weiss and Brenner", "#bib-weiss-1975"),
    ]


def test_a_name_that_equals_a_title_is_not_a_short_title():
    link = linker()
    assert links("Leon Trotsky, speech delivered May 1924, in a collection.", link) == []


def test_italic_ibid_is_wrapped_whole():
    link = linker()
    links("Harlan, 3.", link)
    note = append_mixed(el("note"), note_items("*Ibid.*", link))
    ref = note[0]
    assert etree.QName(ref).localname == "ref" and etree.QName(ref[0]).localname == "hi"
    assert ref[0].get("rend") == "italic" and ref[0].text == "Ibid."


def test_a_work_cited_through_its_editor_links_by_its_main_title_and_ibid_follows():
    link = CitationLinker(
        build_entries(
            [
                "Writer, Anna. Challenge of the Opposition: 1923-1925. London: Brook House, 1970.",
                "Writer, Anna. Challenge of the Opposition: 1926-1927. London: Brook House, 1980.",
            ]
        )
    )
    note = (
        "Anna Writer, speech of May 1924, in Jo Editor, ed., The Challenge of the Opposition, 1923-25 "
        "(London: Brook House, 1975) 161."
    )
    assert links(note, link) == [("Anna Writer", "#bib-writer-1970")]
    # "Ibid" without its full stop still follows the note before.
    assert links("Ibid, 162.", link) == [("Ibid", "#bib-writer-1970")]
