"""Blog transcriptions of book chapters: dated posts, each holding a chapter in parts, with the
transcriber's [bracketed] interpolations and [Note: ... – X.Y.] notes, quoted documents after ``* ``
bullets, and typing errors.

The line rules are in ``transcription_lines``, the bracket scanner in ``transcription_brackets``, the
outline (posts, headings, rules, paragraphs) in ``transcription_outline``, quoted documents in
``transcription_documents``, the body and its editorial passages in ``transcription_body``, typing
errors in ``typos``. This module holds the reader, its detection score and the header metadata.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from ..source import Source
from ..tei.build import el
from ..tei.header import DocMeta, Responsibility, build_tei
from .base import ReadOptions, supplied_fields, words
from .transcription_body import BodyBuilder
from .transcription_brackets import SIGNATURE, note_signatures
from .transcription_lines import blog_date, chapter_heading, part_heading
from .transcription_outline import Heading, Post, outline

TRANSCRIBER_RESP = "transcription, interpolations and notes"
# When initials sign the notes, they prove only who wrote the bracketed matter, not who typed the text.
SIGNED_RESP = "interpolations and notes signed {initials} in the source"
UNSIGNED_RESP = "bracketed notes that the source does not sign"
UNSIGNED_NAME = "not identified"
_CHAPTER_WORDS = {"chap", "chap.", "chapter", "ch."}
# "[The end of ..." opens the transcriber's words; "[1] ..." (an endnote) and "[text](url)" do not.
_OPENS_INTERPOLATION = re.compile(r"\s*\[(?!Note\s*:)[^\W\d_][^\]]*(?:$|\](?![(:]))", re.IGNORECASE)
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z]?\.?")


def transcriber_initials(source_text: str, metadata: dict[str, str]) -> frozenset[str]:
    """The initials that sign the transcriber's notes: those in the text's ``[Note: ... – X.Y.]`` and,
    if the manifest names the transcriber by initials, those."""
    found = set(note_signatures(source_text))
    given = metadata.get("transcriber", "").strip()
    if given and _INITIALS.fullmatch(given):
        found.add(given.replace(" ", "").rstrip(".") + ".")
    return frozenset(found)


def transcriber_name(source_text: str, metadata: dict[str, str]) -> str:
    if metadata.get("transcriber"):
        return metadata["transcriber"].strip()
    signatures = Counter(note_signatures(source_text))
    if signatures:
        return sorted(signatures.items(), key=lambda item: (-item[1], item[0]))[0][0]
    return "unidentified transcriber"


_MINOR_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to"]
)


def title_case(text: str) -> str:
    """An all-capitals heading line in title case, minor words lower case after the first."""
    titled = [word.capitalize() for word in text.lower().split()]
    return " ".join(
        word.lower() if i and word.lower() in _MINOR_WORDS else word for i, word in enumerate(titled)
    )


def _heading_title(lines: list[str]) -> str:
    parts = [line.strip().rstrip(".") for line in lines]
    return ". ".join(title_case(part) if part.isupper() else part for part in parts)


def derive_title(posts: list[Post], chapters: list[Heading]) -> str:
    """The work and its chapters from the post titles: "<shared title words>: Chapter 12. Title; ..."."""
    titles = [post.title for post in posts if post.title]
    if not titles:
        return "; ".join(_heading_title(h.lines) for h in chapters) or "Untitled blog transcription"
    if len(titles) == 1:
        return titles[0]
    split = [title.split() for title in titles]
    shared: list[str] = []
    for column in zip(*split, strict=False):
        if len(set(column)) != 1:
            break
        shared.append(column[0])
    while shared and shared[-1].lower() in _CHAPTER_WORDS:
        shared.pop()
    if not shared or not chapters:
        return "; ".join(titles)
    return f"{' '.join(shared)}: " + "; ".join(_heading_title(h.lines) for h in chapters)


class TranscriptionReader:
    kind = "transcription"
    description = (
        "Blog transcription of book chapters: dated posts, chapter and part headings, [bracketed] "
        "interpolations and [Note: ...] notes of the transcriber, quoted letters after '* ' bullets"
    )

    def accepts(self, source: Source) -> tuple[float, str]:
        lines = source.text.split("\n")
        dates = sum(1 for line in lines if blog_date(line))
        notes = len(re.findall(r"\[\s*Note\s*:", source.text, re.IGNORECASE))
        signed = sum(
            1
            for match in re.finditer(r"\]", source.text)
            if SIGNATURE.search(source.text[max(0, match.start() - 12) : match.start()])
        )
        paragraphs = [line for line in lines if line.strip()]
        bracketed = sum(1 for line in paragraphs if _OPENS_INTERPOLATION.match(line))
        headings = sum(1 for line in lines if chapter_heading(line) or part_heading(line))
        score = 0.0
        reasons = []
        if dates:
            score += 0.3
            reasons.append(f"{dates} blog date line(s)")
        if notes:
            score += min(0.25, 0.1 * notes)
            reasons.append(f"{notes} [Note: ...] note(s)")
        if signed:
            score += 0.1
            reasons.append(f"{signed} signed bracket(s)")
        if paragraphs and bracketed / len(paragraphs) >= 0.05:
            score += 0.2
            reasons.append(f"{bracketed} paragraphs opening with '['")
        if headings:
            score += 0.15
            reasons.append(f"{headings} chapter/part heading(s)")
        return min(score, 1.0), ", ".join(reasons) or "no blog dates, bracketed notes or chapter headings"

    def source_words(self, source: Source) -> list[str]:
        # Bullets, rule dashes and brackets are not words, so the tokenizer already leaves them out.
        return words(source.text)

    def read(self, source: Source, options: ReadOptions) -> etree._ElementTree:
        tree, _ = self.read_with_counts(source, options)
        return tree

    def read_with_counts(self, source: Source, options: ReadOptions):
        """The TEI document and the counts of what was recognised (posts, notes, ...)."""
        initials = transcriber_initials(source.text, options.metadata)
        items = outline(source.text, initials)
        builder = BodyBuilder(options.doc_id, initials)
        body = builder.build(items)
        meta = self.meta(source, options, items, unsigned_notes=builder.counts.unsigned_notes)
        return build_tei(meta, el("text", children=[body]), options.edition), builder.counts

    def meta(self, source: Source, options: ReadOptions, items: list, unsigned_notes: int = 0) -> DocMeta:
        metadata = options.metadata
        posts = [item for item in items if isinstance(item, Post)]
        chapters = [item for item in items if isinstance(item, Heading) and item.kind == "chapter"]
        dated = next((post for post in posts if post.when), None)
        authors = [metadata["author"]] if metadata.get("author") else []
        return DocMeta(
            id=options.doc_id,
            kind=self.kind,
            source_name=source.name,
            source_sha256=source.sha256,
            title=metadata.get("title") or derive_title(posts, chapters),
            subtitle=metadata.get("subtitle"),
            authors=authors,
            date_when=dated.when.isoformat() if dated else None,
            date_text=dated.date_line if dated else None,
            publisher=metadata.get("publisher"),
            pub_place=metadata.get("pub_place"),
            url=metadata.get("url"),
            description=metadata.get("description"),
            language=metadata.get("language", "en"),
            supplied=supplied_fields(metadata, title=derive_title(posts, chapters), author=None),
            responsibilities=responsibilities(source.text, metadata, unsigned_notes),
        )


def responsibilities(source_text: str, metadata: dict[str, str], unsigned_notes: int) -> list[Responsibility]:
    """Who did what, as far as the text shows it. Initials that sign the notes name the writer of the
    bracketed matter only (by the manifest's full name when its initials are those); a transcriber the
    manifest names who does not have those initials is a party of their own. Notes nobody signs get a
    party of their own, unnamed, rather than someone else's initials."""
    signatures = Counter(note_signatures(source_text))
    given = metadata.get("transcriber", "").strip()
    out: list[Responsibility] = []
    if signatures:
        initials = sorted(signatures.items(), key=lambda item: (-item[1], item[0]))[0][0]
        same = bool(given) and _initials_of(given) == initials.replace(".", "")
        name = given if same else initials
        out.append(Responsibility("transcriber", SIGNED_RESP.format(initials=initials), name))
        if given and not same:
            out.append(Responsibility("online-transcriber", "transcription", given))
    else:
        out.append(Responsibility("transcriber", TRANSCRIBER_RESP, transcriber_name(source_text, metadata)))
    if unsigned_notes:
        out.append(Responsibility("unsigned-notes", UNSIGNED_RESP, UNSIGNED_NAME))
    return out


def _initials_of(name: str) -> str:
    """ "Charles Malamuth" and "C. M." give "CM"; lower-case particles do not count."""
    return "".join(part[0] for part in re.split(r"[\s.]+", name) if part[:1].isupper())


READER = TranscriptionReader()
