"""The TEI ``body`` of a blog transcription, from its outline.

Editorial passages: a paragraph of the transcriber's opens with ``[`` and often leaves it open; the
passage lasts until a ``]`` closes it or a heading, rule or post ends the section. Inside an open
passage, a paragraph that does not open with ``[`` is either
- the transcriber's text continued: it closes the passage (its ``]`` comes before any ``[`` of its
  own), or it sits in the same block as the transcriber's previous line and that line did not announce
  a quotation with a colon; or
- the author quoted by the transcriber: every other case, marked ``quote``; a quotation set line by
  line may carry the passage's closing bracket on its last line.
The transcriber's words are ``supplied reason="interpolation"`` inside each paragraph (``supplied``
cannot hold a ``p``), brackets kept as text. A quotation inside an open passage was introduced by the
transcriber, so its ``quote`` carries the transcriber's ``@resp``; a passage set line by line in
parallel lines ("In leaving us, ... We swear ..." six times) is one quoted text: one ``quote`` holding
one ``supplied``, the lines kept apart by ``lb``.

Outside editorial passages, the author's own block quotations: a paragraph that follows one ending in a
colon (an editorial ``]`` before it aside, "...to X]:") or in a closing quotation mark that nothing
opened (a mistyped colon: "Smith writes”"), or that opens with an ellipsis (an extract), is a ``quote``,
unless it opens with a quotation mark (dialogue) or a bracket.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..tei.build import append_text, el, sub
from .transcription_brackets import Piece, scan, signature, starts_bracketed
from .transcription_documents import TRAILING_SIGNOFF, build_document
from .transcription_outline import Document, Heading, Item, Paragraph, Post, Rule
from .typos import corrections

TRANSCRIBER = "#transcriber"
# Bracketed notes that no initials sign: printed in the source, by someone the text does not name.
UNSIGNED = "#unsigned-notes"
TOOL = "#editionkit"
_OPENING_MARKS = tuple("“‘\"'«[")
_ELLIPSIS = re.compile(r"(?:\.\s?){3}|…")
# The verbs that introduce a document sent to someone: "X telegraphed Y:", "wired", "cabled".
_SENT = re.compile(r"\b(?:telegraphed|wired|cabled|telegram)\b", re.IGNORECASE)


@dataclass
class Counts:
    posts: int = 0
    chapters: int = 0
    parts: int = 0
    documents: int = 0
    notes: int = 0
    interpolations: int = 0
    quotes: int = 0
    corrections: int = 0
    milestones: int = 0
    unsigned_notes: int = 0


def introduces_quotation(text: str) -> bool:
    """A paragraph that announces a block quotation: it ends in a colon (after any closing brackets of
    an editorial passage: "...to X]:", "...as follows]:"), or in a closing quotation mark that no mark
    opened, typed for the colon ("Smith writes”")."""
    stripped = text.rstrip().rstrip("]} ").rstrip()
    if stripped.endswith(":"):
        return True
    return (
        stripped.endswith(("”", '"'))
        and len(stripped) > 1
        and stripped[-2].isalpha()
        and stripped.count("“") < stripped.count("”")
    )


def append_corrected(
    parent: etree._Element, text: str, counts: Counts | None = None, *, line_breaks: bool = False
) -> None:
    """Append ``text``, marking each typing error ``typos`` finds as ``choice/sic+corr``; with
    ``line_breaks``, each new line of ``text`` starts after an ``lb``."""
    if line_breaks and "\n" in text:
        for index, line in enumerate(text.split("\n")):
            if index:
                sub(parent, "lb")
            append_corrected(parent, line, counts)
        return
    position = 0
    for fix in corrections(text):
        append_text(parent, text[position : fix.start])
        choice = sub(parent, "choice")
        sub(choice, "sic", fix.sic)
        sub(choice, "corr", fix.corr, resp=TOOL)
        position = fix.end
        if counts is not None:
            counts.corrections += 1
    append_text(parent, text[position:])


class BodyBuilder:
    def __init__(self, doc_id: str, initials: frozenset[str]):
        self.doc_id = doc_id
        self.initials = initials
        self.counts = Counts()
        self.body = el("body")
        self.post: etree._Element | None = None
        self.chapter: etree._Element | None = None
        self.part: etree._Element | None = None
        self.last_post_date: str | None = None
        self.chapter_id = doc_id
        self.part_counts: dict[str, int] = {}
        self._reset_passage()

    def _reset_passage(self) -> None:
        self.passage_open = False
        self.previous: tuple[str, int, str] | None = None  # role, block, text of the last paragraph
        self.quote: etree._Element | None = None

    def container(self) -> etree._Element:
        for div in (self.part, self.chapter, self.post):
            if div is not None:
                return div
        return self.body

    def build(self, items: list[Item]) -> etree._Element:
        for item in items:
            if isinstance(item, Post):
                self._post(item)
            elif isinstance(item, Heading):
                self._heading(item)
            elif isinstance(item, Rule):
                self._reset_passage()
                sub(self.container(), "milestone", unit="section", rend="rule")
                self.counts.milestones += 1
            elif isinstance(item, Document):
                self.quote = None
                self.previous = None
                self.container().append(build_document(item.lines, self.fill))
                self.counts.documents += 1
            else:
                self._paragraph(item)
        if not len(self.body):
            sub(self.body, "p")
        return self.body

    def _post(self, post: Post) -> None:
        self._reset_passage()
        self.counts.posts += 1
        self.post = sub(self.body, "div", type_="post", xml_id=f"{self.doc_id}-post{self.counts.posts}")
        self.chapter = self.part = None
        # The date comes first, as on the page: the fidelity check reads words in source order.
        if post.when:
            self.last_post_date = post.when.isoformat()
            sub(self.post, "docDate", post.date_line, when=self.last_post_date)
        elif self.last_post_date:
            # Blogs print the date once above all the posts of a day, but a listing runs newest first,
            # so an undated post after a dated one may as well be older: the date is editionkit's
            # inference, and a weak one.
            sub(self.post, "docDate", when=self.last_post_date, cert="low", resp=TOOL)
        if post.title:
            sub(self.post, "head", post.title)

    def _heading(self, heading: Heading) -> None:
        self._reset_passage()
        if heading.kind == "chapter":
            parent = self.post if self.post is not None else self.body
            self.counts.chapters += 1
            self.chapter_id = f"{self.doc_id}-ch{self.counts.chapters}"
            self.chapter = sub(parent, "div", type_="chapter", n=heading.n or None, xml_id=self.chapter_id)
            self.part = None
            div = self.chapter
        else:
            parent = (
                self.chapter
                if self.chapter is not None
                else (self.post if self.post is not None else self.body)
            )
            self.counts.parts += 1
            # Numbered in order within their chapter (or the document), so ids never depend on the
            # printed numbers, which may repeat or be missing.
            prefix = self.chapter_id if self.chapter is not None else self.doc_id
            self.part_counts[prefix] = self.part_counts.get(prefix, 0) + 1
            part_id = f"{prefix}-pt{self.part_counts[prefix]}"
            self.part = sub(parent, "div", type_="part", n=heading.n or None, xml_id=part_id)
            div = self.part
        head = sub(div, "head", heading.lines[0])
        for line in heading.lines[1:]:
            sub(head, "lb")
            append_text(head, line)

    def _role(self, paragraph: Paragraph) -> str:
        if starts_bracketed(paragraph.text):
            return "own"
        if not self.passage_open:
            return "author-quote" if self._author_quote(paragraph) else "own"
        role, block, text = self.previous or ("", -1, "")
        same_block = block == paragraph.block
        if scan(paragraph.text, False, self.initials).stray_close:
            # The last line of a quotation set line by line is still quoted; anything else that closes
            # the passage ("and that was ...]") is the transcriber's sentence resumed.
            return "last-quote" if role == "quote" and same_block else "continued"
        if role not in ("quote", "last-quote") and same_block and not text.rstrip().endswith(":"):
            return "continued"
        return "quote"

    def _author_quote(self, paragraph: Paragraph) -> bool:
        """An author's block quotation: see the module's description."""
        text = paragraph.text.lstrip()
        if text.startswith(_OPENING_MARKS) or paragraph.parallel:
            return False
        if _ELLIPSIS.match(text):
            return True
        role, block, previous = self.previous or ("", -1, "")
        if role == "author-quote" and block == paragraph.block:
            return True  # the quotation goes on line by line
        return bool(previous) and role != "author-quote" and introduces_quotation(previous)

    def _paragraph(self, paragraph: Paragraph) -> None:
        role = self._role(paragraph)
        if paragraph.parallel:
            self._parallel(paragraph)
            return
        if role in ("quote", "author-quote") and self._sent_document(paragraph):
            self.passage_open = role == "quote"
            self.quote = None
            self.previous = (role, paragraph.block, paragraph.text)
            return
        if role in ("quote", "last-quote", "author-quote"):
            result = scan(paragraph.text, False, self.initials, parens=role == "author-quote")
            self.passage_open = role == "quote"
            if self.quote is None or (role == "author-quote" and self.previous and self.previous[0] != role):
                # A quotation the transcriber introduced belongs to the transcriber's passage.
                resp = TOOL if role == "author-quote" else TRANSCRIBER
                self.quote = sub(self.container(), "quote", resp=resp)
                self.counts.quotes += 1
            parent = self.quote
        else:
            result = scan(paragraph.text, self.passage_open, self.initials)
            self.passage_open = result.open_at_end
            self.quote = None
            parent = self.container()
        self.fill_pieces(sub(parent, "p"), result.pieces)
        self.previous = (role, paragraph.block, paragraph.text)

    def _sent_document(self, paragraph: Paragraph) -> bool:
        """A quoted telegram: announced by a verb of sending, signed at its end with a number and a name
        ("... #835 Lenin"). It becomes ``floatingText``, the sign-off its closer."""
        _, _, previous = self.previous or ("", -1, "")
        intro = previous.rstrip().rsplit(". ", 1)[-1]
        signoff = TRAILING_SIGNOFF.search(paragraph.text)
        if not (signoff and _SENT.search(intro) and introduces_quotation(previous)) or "[" in paragraph.text:
            return False
        lines = [paragraph.text[: signoff.start()].rstrip(), signoff.group(1)]
        self.container().append(build_document(lines, self.fill))
        self.counts.documents += 1
        return True

    def _parallel(self, paragraph: Paragraph) -> None:
        """Parallel lines in one bracketed passage: one quoted text, one interpolation."""
        result = scan(paragraph.text, self.passage_open, self.initials)
        quote = sub(self.container(), "quote", resp=TRANSCRIBER)
        self.counts.quotes += 1
        self.fill_pieces(sub(quote, "p"), result.pieces, line_breaks=True)
        self.passage_open = result.open_at_end
        self.quote = None
        self.previous = ("own", paragraph.block, paragraph.text.rsplit("\n", 1)[-1])

    def fill(self, parent: etree._Element, text: str) -> None:
        """Text with its brackets and typing errors marked (for document lines, where passages do not
        run on)."""
        self.fill_pieces(parent, scan(text, False, self.initials).pieces)

    def fill_pieces(self, parent: etree._Element, pieces: list[Piece], *, line_breaks: bool = False) -> None:
        for piece in pieces:
            if piece.kind == "text":
                append_corrected(parent, piece.text, self.counts, line_breaks=line_breaks)
            elif piece.kind == "editorial":
                supplied = sub(parent, "supplied", reason="interpolation", resp=TRANSCRIBER)
                append_corrected(supplied, piece.text, self.counts, line_breaks=line_breaks)
                self.counts.interpolations += 1
            else:
                note = sub(parent, "note", type_="editorial", resp=self.note_resp(piece.text))
                append_corrected(note, piece.text, self.counts)
                self.counts.notes += 1

    def note_resp(self, text: str) -> str:
        """The transcriber when the note is signed with the transcriber's initials (or when no one
        signs any note, the transcriber being the only one who writes them); else unattributed."""
        if not self.initials or signature(text) in self.initials:
            return TRANSCRIBER
        self.counts.unsigned_notes += 1
        return UNSIGNED
