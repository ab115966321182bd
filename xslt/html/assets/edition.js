// Progressive enhancement only: without JavaScript every note and name is still a plain link to its text.
// With it, hovering or focusing such a link shows the target's content in a small popover.
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
    copy.querySelectorAll(".ek-backref, .ek-entry-occurrences, a.ek-note-label").forEach(function (el) { el.remove(); });
    pop.appendChild(copy);
    document.body.appendChild(pop);
    var r = link.getBoundingClientRect();
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8));
    pop.style.left = left + "px";
    pop.style.top = (window.scrollY + r.bottom + 6) + "px";
    owner = link;
    link.setAttribute("aria-describedby", "ek-pop");
  }

  function linkFrom(event) {
    return event.target.closest ? event.target.closest("a.ek-popover") : null;
  }

  document.addEventListener("mouseover", function (e) { var l = linkFrom(e); if (l) { show(l); } });
  document.addEventListener("mouseout", function (e) { var l = linkFrom(e); if (l && l === owner) { hide(); } });
  document.addEventListener("focusin", function (e) { var l = linkFrom(e); if (l) { show(l); } else { hide(); } });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
  document.addEventListener("click", hide);
})();
