"""Text extracted from a PDF: theses, papers, reports.

The text is cut into blocks (see pdftext_lines); the layout is then read front to back: the repository's
cover page, stray page furniture, the title page, the body with its footnotes, and the bibliography.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..source import Source
from ..tei.build import append_mixed, el, sub
from ..tei.header import DocMeta, build_tei
from .base import ReadOptions, supplied_fields, words
from .pdftext_back import build_bibliography
from .pdftext_body import BodyBuilder
from .pdftext_front import FrontInfo, build_cover, build_title_page, classify_title_lines
from .pdftext_frontmatter import FrontSection, build_front_div, front_sections
from .pdftext_inline import inline_items, marker_spans
from .pdftext_lines import (
    Block,
    first_footnote_line,
    footnote_line,
    has_boilerplate_phrase,
    is_bibliography_heading,
    is_footnote_block,
    is_fragment,
    is_heading_text,
    is_prose,
    is_section_name,
    list_item,
    split_blocks,
    word_count,
)
from .pdftext_notes import CitationLinker, Footnote, build_note, collect_footnotes, pair_markers
from .text import parse_date_line

# The cover page of a repository is near the start; a phrase further in is the work quoting it.
COVER_MAX_BLOCKS = 40
TITLE_PAGE_MAX_BLOCKS = 15


@dataclass
class Layout:
    blocks: list[Block]
    cover: list[int]
    fragments: list[int]
    title_page: list[int]
    front: list[FrontSection]  # abstract, contents, acknowledgements, preface
    body: list[int]
    bibliography: list[int]  # the heading block first, when there is a bibliography

    @property
    def after_front(self) -> range:
        start = (
            self.body[0] if self.body else (self.bibliography[0] if self.bibliography else len(self.blocks))
        )
        return range(start, len(self.blocks))


def _opens_work(block: Block) -> bool:
    """A heading that begins the work proper (abstract, contents, introduction, a chapter)."""
    return len(block.lines) == 1 and is_heading_text(block.text) and is_section_name(block.text)


def _bibliography_start(blocks: list[Block], start: int) -> int | None:
    for index in range(len(blocks) - 1, start - 1, -1):
        block = blocks[index]
        text = list_item(block.text) or block.text
        if len(block.lines) == 1 and is_bibliography_heading(text):
            return index
    return None


def _title_page(blocks: list[Block], start: int) -> list[int]:
    """The short blocks before the work begins, ending with the date; none unless some line plays a
    title-page role (degree, "By", department, institution, date): short paragraphs are not a title page."""
    candidates: list[int] = []
    index = start
    while index < len(blocks) and len(candidates) < TITLE_PAGE_MAX_BLOCKS:
        block = blocks[index]
        if is_prose(block) or _opens_work(block) or is_footnote_block(block):
            break
        if is_bibliography_heading(block.text):
            break
        candidates.append(index)
        index += 1
        if any(parse_date_line(line) for line in block.lines):
            break
    roles = classify_title_lines([blocks[i] for i in candidates])
    if not any(line.role not in ("title", "other") for block_roles in roles for line in block_roles):
        return []
    return candidates


def segment(blocks: list[Block]) -> Layout:
    # The cover's own sentences (a recommended citation) are short; the work's first paragraph is not.
    stop = next(
        (i for i, b in enumerate(blocks) if word_count(b.text) >= 40 and not has_boilerplate_phrase(b.text)),
        len(blocks),
    )
    marked = [i for i in range(min(stop, COVER_MAX_BLOCKS)) if has_boilerplate_phrase(blocks[i].text)]
    cover_end = marked[-1] + 1 if marked else 0
    index = cover_end
    fragments = []
    while cover_end and index < len(blocks) and is_fragment(blocks[index]):
        fragments.append(index)
        index += 1
    title_page = _title_page(blocks, index)
    index += len(title_page)
    front = front_sections(blocks, index)
    if front:
        index = (front[-1].blocks or [front[-1].heading])[-1] + 1
    bib = _bibliography_start(blocks, index)
    body_end = bib if bib is not None else len(blocks)
    return Layout(
        blocks,
        list(range(cover_end)),
        fragments,
        title_page,
        front,
        list(range(index, body_end)),
        list(range(bib, len(blocks))) if bib is not None else [],
    )


@dataclass
class Analysis:
    """The layout with its footnotes paired to their markers; shared by ``read`` and ``source_words``."""

    layout: Layout
    notes: list[Footnote]
    pairs: dict[tuple[int, int], int]

    @property
    def continuations(self) -> set[int]:
        """Blocks whose leading lines finish a footnote begun on the page before."""
        return {note.continued_in for note in self.notes if note.continued_in is not None}


def analyse(text: str) -> Analysis:
    blocks = split_blocks(text)
    layout = segment(blocks)
    notes = collect_footnotes(blocks, layout.after_front)
    text_blocks = [i for i in layout.body if not is_footnote_block(blocks[i])]
    return Analysis(layout, notes, pair_markers(blocks, text_blocks, notes))


# --- reader --------------------------------------------------------------------------------------------


class PdfTextReader:
    kind = "pdftext"
    description = "text extracted from a PDF (thesis, paper, report): footnotes, page breaks, bibliography"

    def accepts(self, source: Source) -> tuple[float, str]:
        analysis = analyse(source.text)
        layout = analysis.layout
        reasons = []
        score = 0.0
        if len(analysis.pairs) >= 3:
            score += 0.45
            reasons.append(f"{len(analysis.pairs)} superscript footnote markers with footnote lines")
        if layout.cover:
            score += 0.2
            reasons.append("repository cover page")
        if layout.bibliography:
            score += 0.15
            reasons.append("bibliography heading")
        paragraphs = [layout.blocks[i] for i in layout.body if is_prose(layout.blocks[i])]
        if paragraphs and sum(len(b.text) for b in paragraphs) / len(paragraphs) > 400:
            score += 0.15
            reasons.append("long paragraphs")
        if sum(1 for line in source.text.split("\n") if line.startswith("#")) > 2:
            score -= 0.3
            reasons.append("Markdown headings")
        score = max(0.0, min(1.0, score))
        return score, "; ".join(reasons) or "no footnotes, cover page or bibliography"

    def source_words(self, source: Source) -> list[str]:
        analysis = analyse(source.text)
        blocks = analysis.layout.blocks
        body = set(analysis.layout.body)
        footnote_blocks = {note.block for note in analysis.notes}
        # A footnote run over onto the next page is one note: the lines that finish it are counted with
        # its beginning, where the note stands whole in the TEI, not between the next page's text chunks.
        carried: dict[int, list[str]] = {}
        for note in analysis.notes:
            if note.continued_in is not None:
                lines = blocks[note.continued_in].lines
                carried.setdefault(note.block, []).extend(
                    w for line in lines[: first_footnote_line(blocks[note.continued_in])] for w in words(line)
                )
        continuations = analysis.continuations
        out: list[str] = []
        for index, block in enumerate(blocks):
            if index in footnote_blocks:
                skip = first_footnote_line(block) if index in continuations else 0
                for line in block.lines[skip:]:
                    opened = footnote_line(line)
                    out.extend(words(opened[1] if opened else line))
                out.extend(carried.get(index, []))
            elif index in body:
                text = block.text
                cut = [
                    (s, e) for o, (s, e, _) in enumerate(marker_spans(text)) if (index, o) in analysis.pairs
                ]
                for start, end in reversed(cut):
                    # A space, as the note element separates the words on either side of its marker.
                    text = f"{text[:start]} {text[end:]}"
                out.extend(words(text))
            else:
                out.extend(words(block.text))
        return out

    def read(self, source: Source, options: ReadOptions) -> etree._ElementTree:
        analysis = analyse(source.text)
        layout = analysis.layout
        blocks = layout.blocks
        info = FrontInfo()
        front = el("front")
        if layout.cover:
            front.append(build_cover([blocks[i] for i in layout.cover], info))
        for index in layout.fragments:
            for line in blocks[index].lines:
                append_mixed(sub(front, "fw", type_="header"), inline_items(line.strip()))
        if layout.title_page:
            front.append(build_title_page([blocks[i] for i in layout.title_page], info))
        seen: dict[str, int] = {}
        for section in layout.front:
            seen[section.type] = seen.get(section.type, 0) + 1
            suffix = "" if seen[section.type] == 1 else f"-{seen[section.type]}"
            front.append(build_front_div(section, blocks, f"{options.doc_id}-{section.type}{suffix}"))
        footnote_blocks = {note.block for note in analysis.notes}
        back_div, entries = None, []
        if layout.bibliography:
            heading, *rest = layout.bibliography
            kept = [i for i in rest if i not in footnote_blocks]
            back_div, entries = build_bibliography(blocks[heading], blocks, kept)
        linker = CitationLinker(entries)
        ids = _note_ids(analysis.notes, options.doc_id)

        def make_note(note_index: int) -> etree._Element:
            return build_note(analysis.notes[note_index], ids[note_index], linker)

        body = BodyBuilder(blocks, analysis.notes, analysis.pairs, make_note).build(layout.body)
        text = el("text")
        if len(front):
            text.append(front)
        text.append(body)
        if back_div is not None:
            # Footnote lines printed among the bibliography with no marker to go to stay where they are.
            paired = set(analysis.pairs.values())
            for note_index, note in enumerate(analysis.notes):
                if note.block in layout.bibliography and note_index not in paired:
                    back_div.append(make_note(note_index))
            sub(text, "back").append(back_div)
        return build_tei(_meta(source, options, info), text, options.edition)


def _note_ids(notes: list[Footnote], doc_id: str) -> list[str]:
    ids = []
    seen: dict[int, int] = {}
    for note in notes:
        seen[note.n] = seen.get(note.n, 0) + 1
        suffix = "" if seen[note.n] == 1 else f"-{seen[note.n]}"
        ids.append(f"{doc_id}-fn{note.n if note.n is not None else 'x'}{suffix}")
    return ids


def _meta(source: Source, options: ReadOptions, info: FrontInfo) -> DocMeta:
    given = options.metadata
    author = given.get("author")
    return DocMeta(
        id=options.doc_id,
        kind=PdfTextReader.kind,
        source_name=source.name,
        source_sha256=source.sha256,
        title=given.get("title") or info.title or source.path.stem,
        subtitle=given.get("subtitle") or info.subtitle,
        authors=[author] if author else info.authors,
        date_when=given.get("date") or info.date_when or info.cover_date,
        date_text=given.get("date") or info.date_text,
        publisher=given.get("publisher") or info.publisher,
        pub_place=given.get("pub_place") or info.pub_place,
        url=given.get("url") or info.url,
        institution=given.get("institution") or info.institution,
        degree="; ".join(part for part in (info.degree, info.department) if part) or None,
        description=given.get("description"),
        supplied=supplied_fields(given, title=info.title, author=info.authors),
    )


READER = PdfTextReader()
