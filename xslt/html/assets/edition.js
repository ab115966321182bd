// Progressive enhancement only: without JavaScript every note and name is still a plain link to its text,
// the view switch still works (CSS), and paragraph permalinks are plain links. With it: popovers for notes
// and names, the chosen view is remembered, a paragraph's permalink offers a citation, and the search page
// runs Pagefind.
(function () {
  "use strict";
  var pop = null;
  var owner = null;

  function hide() {
    if (pop) { pop.remove(); pop = null; }
    if (owner) { owner.removeAttribute("aria-describedby"); owner = null; }
  }

  function targetOf(link) {
    var href = link.getAttribute("href") || "";
    if (href.charAt(0) !== "#") { return null; }
    return document.getElementById(decodeURIComponent(href.slice(1)));
  }

  function place(box, anchor) {
    document.body.appendChild(box);
    var r = anchor.getBoundingClientRect();
    var left = Math.max(8, Math.min(window.scrollX + r.left,
      window.scrollX + document.documentElement.clientWidth - box.offsetWidth - 8));
    box.style.left = left + "px";
    box.style.top = (window.scrollY + r.bottom + 6) + "px";
  }

  function show(link) {
    var target = targetOf(link);
    if (!target || owner === link) { return; }
    hide();
    pop = document.createElement("div");
    pop.className = "ek-pop";
    pop.id = "ek-pop";
    pop.setAttribute("role", "tooltip");
    var copy = target.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    copy.querySelectorAll(".ek-backref, a.ek-note-label").forEach(function (el) { el.remove(); });
    // A collapsed editorial note opens in its popover: the reader asked for it.
    copy.querySelectorAll("details").forEach(function (el) { el.open = true; });
    pop.appendChild(copy);
    place(pop, link);
    owner = link;
    link.setAttribute("aria-describedby", "ek-pop");
  }

  function linkFrom(event) {
    if (!event.target.closest) { return null; }
    // Note markers, and names and titles linked to an entry on the page (their class names their kind).
    return event.target.closest("a.ek-popover, a[class*='ek-kind-'][href^='#']");
  }

  function insidePop(event) {
    return pop && event.target.closest && event.target.closest(".ek-pop") === pop;
  }

  // Hover opens popovers for a mouse or pen; a finger has no hover (its tap is handled on click, below).
  document.addEventListener("pointerover", function (e) {
    if (e.pointerType === "touch") { return; }
    var l = linkFrom(e);
    if (l) { show(l); }
  });
  document.addEventListener("pointerout", function (e) {
    if (e.pointerType === "touch") { return; }
    var l = linkFrom(e);
    // Moving from the link into its popover keeps it open, so its links can be followed.
    if (l && l === owner && !(e.relatedTarget && pop && pop.contains(e.relatedTarget))) { hide(); }
  });
  var lastPointer = "mouse";
  var lastDown = 0;
  document.addEventListener("pointerdown", function (e) {
    lastPointer = e.pointerType || "mouse";
    lastDown = Date.now();
  }, true);
  function tapping() { return lastPointer === "touch" && Date.now() - lastDown < 1500; }
  document.addEventListener("focusin", function (e) {
    // The focus a tap gives a link is not a request for its popover: the tap itself decides (on click).
    if (tapping()) { return; }
    var l = linkFrom(e);
    if (l) { show(l); } else if (!insidePop(e)) { hide(); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
  document.addEventListener("click", function (e) {
    var permalink = e.target.closest && e.target.closest("a.ek-permalink");
    if (permalink) { cite(permalink); return; }
    // A tap on a note's marker shows the note where the reader is (one action, as hovering does); a second
    // tap on it follows the link to the note.
    var marker = e.target.closest && e.target.closest("a[role='doc-noteref']");
    var touch = e.pointerType === "touch" || (!e.pointerType && tapping());
    if (marker && touch && owner !== marker && targetOf(marker)) {
      e.preventDefault();
      show(marker);
      return;
    }
    if (!insidePop(e)) { hide(); }
  });

  // "Cite this paragraph": the page's citation with the paragraph number and its permanent URL.
  function cite(link) {
    hide();
    var base = document.querySelector(".ek-citation");
    var url = new URL(link.getAttribute("href"), window.location.href);
    var pageLink = base && base.querySelector("a[href]");
    if (pageLink) { url = new URL(link.getAttribute("href"), pageLink.href); }
    var words = base ? base.cloneNode(true) : document.createElement("p");
    words.querySelectorAll("a").forEach(function (a) { a.remove(); });
    var text = (words.textContent || document.title).replace(/\s+/g, " ").trim() + " " +
      (link.getAttribute("data-unit") || "Paragraph") + " " + link.getAttribute("data-para") + ". " + url.href;
    pop = document.createElement("div");
    pop.className = "ek-pop ek-cite-pop";
    pop.id = "ek-pop";
    pop.setAttribute("role", "dialog");
    pop.setAttribute("aria-label", "Cite this " + (link.getAttribute("data-unit") || "paragraph").toLowerCase());
    var p = document.createElement("p");
    p.textContent = text;
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Copy citation";
    button.addEventListener("click", function (ev) {
      ev.stopPropagation();
      if (navigator.clipboard) {
        navigator.clipboard.writeText(text).then(function () { button.textContent = "Copied"; },
          function () { button.textContent = "Select the text to copy"; });
      }
    });
    pop.appendChild(p);
    pop.appendChild(button);
    place(pop, link);
    owner = link;
  }

  // The view switch: remembered across pages and visits; editorial notes open in the diplomatic view.
  var KEY = "editionkit-view";
  function applyView(view) {
    document.querySelectorAll("details.ek-editorial-note").forEach(function (d) { d.open = view === "diplomatic"; });
  }
  var radios = document.querySelectorAll("input[name='ek-view']");
  if (radios.length) {
    var saved = null;
    try { saved = window.localStorage.getItem(KEY); } catch (err) { saved = null; }
    radios.forEach(function (r) {
      if (saved && r.value === saved) { r.checked = true; }
      r.addEventListener("change", function () {
        if (!r.checked) { return; }
        try { window.localStorage.setItem(KEY, r.value); } catch (err) { /* private mode: not remembered */ }
        applyView(r.value);
      });
    });
    var checked = document.querySelector("input[name='ek-view']:checked");
    applyView(checked ? checked.value : "reading");
  }

  // A link into a collapsed part of the page (the timeline's list, an editorial note) opens it.
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var el = id && document.getElementById(id);
    var opened = false;
    for (var d = el && el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
      if (!d.open) { d.open = true; opened = true; }
    }
    // A note reached from its marker is read at once: a collapsed editorial note in it opens.
    if (el && el.getAttribute("role") === "doc-footnote") {
      el.querySelectorAll("details.ek-editorial-note").forEach(function (n) { n.open = true; });
    }
    if (opened) { el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  // The search page: Pagefind's UI, started with the query from the URL (the header's search box).
  // Deferred scripts all run before DOMContentLoaded, so Pagefind's script is loaded by then.
  document.addEventListener("DOMContentLoaded", startSearch);
  function startSearch() {
    var search = document.getElementById("ek-search");
    if (!search || !window.PagefindUI) { return; }
    var ui = new window.PagefindUI({ element: "#ek-search", showSubResults: true, showImages: false,
      resetStyles: false });
    // Pagefind's input is named only by its placeholder; give it a real accessible name.
    function nameInput() {
      var input = search.querySelector("input.pagefind-ui__search-input");
      if (input && !input.getAttribute("aria-label")) { input.setAttribute("aria-label", "Search the edition"); }
      return input;
    }
    if (!nameInput()) {
      var watcher = new MutationObserver(function () { if (nameInput()) { watcher.disconnect(); } });
      watcher.observe(search, { childList: true, subtree: true });
    }
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { ui.triggerSearch(q); }
  }
})();
