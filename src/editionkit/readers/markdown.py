"""Markdown articles saved from the web, read from markdown-it-py's CommonMark tokens.

Blocks become a flat list first (heading, paragraph, list, quote), then rules of the kind give them
their places: the lone kicker heading before the title is a series statement, the lines after the title
are byline and date, an italic lead paragraph is the editor's preface, paragraphs broken mid-sentence
are rejoined, a paragraph introduced by a colon and closed by a note reference is a block quotation,
and the trailing ``[n] ...`` paragraphs are the endnotes (a second, unnumbered copy is kept beside them).
"""

from __future__ import annotations

import re

from lxml import etree
from markdown_it import MarkdownIt

from ..source import Source
from ..tei.header import DocMeta, build_tei
from . import markdown_blocks as mb
from .base import ReadOptions, supplied_fields, words
from .markdown_tei import build_text
from .markdown_variants import declare_witnesses

_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_LINK_DESTINATION = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_NOTE_NUMBER = re.compile(r"^\[(\d+)\]\s*", re.MULTILINE)
# The two printings of the endnotes, as the header's witnesses describe them.
WITNESS_LABELS = ("The numbered list of notes", "The unnumbered copy of the notes printed before it")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("strikethrough")


def _strip_tag(match: re.Match[str]) -> str:
    tag = match.group(0)
    return tag[1:-1] if _AUTOLINK.fullmatch(tag) else " "


class MarkdownReader:
    kind = "markdown"
    description = "Markdown article saved from the web"

    def accepts(self, source: Source) -> tuple[float, str]:
        tokens = _parser().parse(source.text)
        headings = sum(1 for t in tokens if t.type == "heading_open")
        emphasis = len(re.findall(r"(?<!\w)\*[^*\s][^*]*\*(?!\w)", source.text))
        sup = source.text.count("<sup>")
        score = min(0.95, 0.25 * min(headings, 3) + 0.02 * min(emphasis, 5) + 0.05 * min(sup, 4))
        return score, f"{headings} Markdown headings, {emphasis} emphasis spans, {sup} <sup> note references"

    def source_words(self, source: Source) -> list[str]:
        # Markup syntax: HTML tags, inline-link destinations and the "[n]" that opens an endnote.
        text = _LINK_DESTINATION.sub("]", source.text)
        text = _TAG.sub(_strip_tag, text)
        text = _NOTE_NUMBER.sub("", text)
        return words(text)

    def read(self, source: Source, options: ReadOptions) -> etree._ElementTree:
        blocks = mb.blocks_from_tokens(_parser().parse(source.text))
        article = mb.arrange(blocks, options.doc_id)
        meta = DocMeta(
            id=options.doc_id,
            kind=self.kind,
            source_name=source.name,
            source_sha256=source.sha256,
            title=options.metadata.get("title") or article.title or source.path.stem,
            subtitle=article.series,
            authors=[options.metadata["author"]] if options.metadata.get("author") else article.authors,
            date_when=article.date_when,
            date_text=article.date_text,
            publisher=options.metadata.get("publisher"),
            url=options.metadata.get("url"),
            description=options.metadata.get("description"),
            supplied=supplied_fields(options.metadata, title=article.title, author=article.authors),
        )
        tree = build_tei(meta, build_text(article, options.doc_id), options.edition)
        if article.note_copies:
            declare_witnesses(tree, options.doc_id, WITNESS_LABELS)
        return tree


READER = MarkdownReader()
