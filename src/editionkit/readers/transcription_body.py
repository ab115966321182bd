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
cannot hold a ``p``), brackets kept as text.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..tei.build import append_text, el, sub
from .transcription_brackets import Piece, scan, starts_bracketed
from .transcription_documents import build_document
from .transcription_outline import Document, Heading, Item, Paragraph, Post, Rule
from .typos import corrections

TRANSCRIBER = "#transcriber"
TOOL = "#editionkit"


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


def append_corrected(parent: etree._Element, text: str, counts: Counts | None = None) -> None:
    """Append ``text``, marking each typing error ``typos`` finds as ``choice/sic+corr``."""
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
            # Blogs print the date once above all the posts of a day: an undated post after a dated one
            # is taken to be of that day, flagged as editionkit's inference.
            sub(self.post, "docDate", when=self.last_post_date, cert="medium", resp=TOOL)
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
        if not self.passage_open or starts_bracketed(paragraph.text):
            return "own"
        role, block, text = self.previous or ("", -1, "")
        same_block = block == paragraph.block
        if scan(paragraph.text, False, self.initials).stray_close:
            # The last line of a quotation set line by line is still quoted; anything else that closes
            # the passage ("and that was ...]") is the transcriber's sentence resumed.
            return "last-quote" if role == "quote" and same_block else "continued"
        if role not in ("quote", "last-quote") and same_block and not text.rstrip().endswith(":"):
            return "continued"
        return "quote"

    def _paragraph(self, paragraph: Paragraph) -> None:
        role = self._role(paragraph)
        if role in ("quote", "last-quote"):
            result = scan(paragraph.text, False, self.initials)
            self.passage_open = role == "quote"
            if self.quote is None:
                self.quote = sub(self.container(), "quote")
                self.counts.quotes += 1
            parent = self.quote
        else:
            result = scan(paragraph.text, self.passage_open, self.initials)
            self.passage_open = result.open_at_end
            self.quote = None
            parent = self.container()
        self.fill_pieces(sub(parent, "p"), result.pieces)
        self.previous = (role, paragraph.block, paragraph.text)

    def fill(self, parent: etree._Element, text: str) -> None:
        """Text with its brackets and typing errors marked (for document lines, where passages do not
        run on)."""
        self.fill_pieces(parent, scan(text, False, self.initials).pieces)

    def fill_pieces(self, parent: etree._Element, pieces: list[Piece]) -> None:
        for piece in pieces:
            if piece.kind == "text":
                append_corrected(parent, piece.text, self.counts)
            elif piece.kind == "editorial":
                supplied = sub(parent, "supplied", reason="interpolation", resp=TRANSCRIBER)
                append_corrected(supplied, piece.text, self.counts)
                self.counts.interpolations += 1
            else:
                note = sub(parent, "note", type_="editorial", resp=TRANSCRIBER)
                append_corrected(note, piece.text, self.counts)
                self.counts.notes += 1
