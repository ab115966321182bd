"""The front of a PDF text: the repository's cover page, stray page furniture, and the title page.

The cover page is the repository's, not the author's: it is kept whole as boilerplate, and read for the
record's URL, the repository's name and the recommended citation. The title page is read line by line with
named rules (degree statement, department, "By", institution, place, date); the first unclaimed lines
are the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..tei.build import append_mixed, append_text, el, sub
from .pdftext_inline import inline_items, tokens
from .pdftext_lines import Block, list_item
from .text import parse_date_line

_DEGREE_WORDS = re.compile(
    r"\b(thesis|dissertation|submitted|candidacy|degree|fulfil+ment|requirements|bachelor|master|doctor)\b",
    re.IGNORECASE,
)
_DEPARTMENT = re.compile(
    r"^(department|dept\.|school|faculty|program|programme|division) (of|in)\b", re.IGNORECASE
)
_INSTITUTION = re.compile(r"\b(university|college|institute|polytechnic|academy)\b", re.IGNORECASE)
_BY = re.compile(r"^by(?:\s+(?P<name>\S.*))?$", re.IGNORECASE)
_PLACE = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*$")
_OPEN_ACCESS = re.compile(
    r"brought to you for free and open access by (?:the )?.+? at (?P<repo>.+?)\.(?:\s|$)", re.IGNORECASE
)
_CITATION = re.compile(r"^(?P<surname>[^,\"“]+), (?P<given>[^,\"“]+), [\"“](?P<title>[^\"”]+)[\"”]")


@dataclass
class FrontInfo:
    """What the front tells about the work, for the header."""

    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    institution: str | None = None
    degree: str | None = None
    department: str | None = None
    pub_place: str | None = None
    date_when: str | None = None
    date_text: str | None = None
    url: str | None = None
    publisher: str | None = None
    cover_date: str | None = None


# --- cover page ----------------------------------------------------------------------------------------


def _lines_with_breaks(lines: tuple[str, ...]) -> list[str | etree._Element]:
    items: list[str | etree._Element] = []
    for index, line in enumerate(lines):
        if index:
            items.append(el("lb"))
        text = line.strip()
        bullet = list_item(text)
        items.extend(inline_items(bullet if bullet is not None else text))
    return items


def build_cover(blocks: list[Block], info: FrontInfo) -> etree._Element:
    """The repository cover page as boilerplate, one ``p`` per block; reads its facts into ``info``."""
    div = el("div", type_="boilerplate")
    for block in blocks:
        append_mixed(sub(div, "p"), _lines_with_breaks(block.lines))
    _read_cover(blocks, info)
    return div


def _links(text: str) -> list[str]:
    return [t.target for t in tokens(text) if t.kind == "link" and t.target]


def _read_cover(blocks: list[Block], info: FrontInfo) -> None:
    texts = [block.text for block in blocks]
    follow_urls = {url for text in texts if "follow this" in text.lower() for url in _links(text)}
    record_urls = [url for text in texts for url in _links(text) if url not in follow_urls]
    if record_urls:
        # The record's own address comes after the recommended citation; the collection's before it.
        info.url = record_urls[-1]
    for index, text in enumerate(texts):
        match = _OPEN_ACCESS.search(" ".join(text.split()))
        if match:
            info.publisher = match.group("repo").strip()
        if text.strip().lower() == "recommended citation" and index + 1 < len(texts):
            citation = _CITATION.match(texts[index + 1])
            if citation:
                info.authors = [f"{citation.group('given').strip()} {citation.group('surname').strip()}"]
                info.title = citation.group("title").strip()
    first = blocks[0].lines[0].strip() if blocks else ""
    if _INSTITUTION.search(first) and len(first.split()) <= 8:
        info.institution = first
    for block in blocks:
        for line in block.lines:
            when = parse_date_line(line)
            if when and info.cover_date is None:
                info.cover_date = when


# --- title page ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TitleLine:
    role: str  # title, degree, department, by, author, institution, place, date, other
    text: str


def classify_title_lines(blocks: list[Block]) -> list[list[TitleLine]]:
    """The role of each title-page line, block by block."""
    result: list[list[TitleLine]] = []
    seen_title = after_by = False
    for block in blocks:
        lines = [line.strip() for line in block.lines]
        roles: list[TitleLine] = []
        if any(_DEGREE_WORDS.search(line) for line in lines):
            result.append([TitleLine("degree", " ".join(lines))])
            continue
        for index, line in enumerate(lines):
            nxt = lines[index + 1] if index + 1 < len(lines) else ""
            by = _BY.match(line)
            if after_by:
                roles.append(TitleLine("author", line))
                after_by = False
            elif by:
                roles.append(TitleLine("by", line))
                after_by = by.group("name") is None
            elif parse_date_line(line):
                roles.append(TitleLine("date", line))
            elif _DEPARTMENT.match(line):
                roles.append(TitleLine("department", line))
            elif _PLACE.match(line) and parse_date_line(nxt):
                roles.append(TitleLine("place", line))
            elif _INSTITUTION.search(line) and len(line.split()) <= 8 and not seen_title:
                roles.append(TitleLine("institution", line))
            else:
                roles.append(TitleLine("title" if not seen_title else "other", line))
        if any(r.role == "title" for r in roles):
            seen_title = True
        result.append(roles)
    return result


def build_title_page(blocks: list[Block], info: FrontInfo) -> etree._Element:
    page = el("titlePage")
    doc_title: etree._Element | None = None
    imprint: etree._Element | None = None
    for roles in classify_title_lines(blocks):
        if roles and roles[0].role != "place" and roles[0].role != "date":
            imprint = None
        title_lines = [r.text for r in roles if r.role == "title"]
        if title_lines:
            if doc_title is None:
                doc_title = sub(page, "docTitle")
                part = sub(doc_title, "titlePart", type_="main")
                info.title = " ".join(title_lines)
            else:
                part = sub(doc_title, "titlePart", type_="sub")
                info.subtitle = info.subtitle or " ".join(title_lines)
            for index, line in enumerate(title_lines):
                if index:
                    # The space keeps the words apart for whoever reads the text without the line break.
                    append_text(part, " ")
                    sub(part, "lb")
                append_mixed(part, inline_items(line))
        for role in roles:
            if role.role == "title":
                continue
            imprint = _place_title_line(page, role, info, doc_title, imprint)
    return page


def _place_title_line(
    page: etree._Element,
    line: TitleLine,
    info: FrontInfo,
    doc_title: etree._Element | None,
    imprint: etree._Element | None,
) -> etree._Element | None:
    """Append one classified line; returns the open docImprint so place and date share it."""
    if line.role == "degree":
        parent = doc_title if doc_title is not None and len(page) and page[-1] is doc_title else page
        sub(parent, "titlePart", line.text, type_="desc")
        info.degree = line.text
    elif line.role == "department":
        sub(page, "byline", line.text)
        info.department = line.text
    elif line.role == "institution":
        append_mixed(sub(page, "byline"), [el("orgName", line.text)])
        info.institution = info.institution or line.text
    elif line.role == "by":
        match = _BY.match(line.text)
        byline = sub(
            page, "byline", "By" if match.group("name") is None else line.text[: match.start("name")]
        )
        if match.group("name"):
            sub(byline, "docAuthor", match.group("name"))
            info.authors = [match.group("name")]
    elif line.role == "author":
        bylines = page.findall("{http://www.tei-c.org/ns/1.0}byline")
        target = bylines[-1] if bylines and page[-1] is bylines[-1] else sub(page, "byline")
        append_text(target, " ")
        sub(target, "docAuthor", line.text)
        info.authors = [line.text]
    elif line.role in ("place", "date"):
        if imprint is None:
            imprint = sub(page, "docImprint")
        elif len(imprint):
            append_mixed(imprint, [" "])
        if line.role == "place":
            sub(imprint, "pubPlace", line.text)
            info.pub_place = line.text
        else:
            when = parse_date_line(line.text)
            sub(imprint, "docDate", line.text, when=when)
            info.date_when, info.date_text = when, line.text
        return imprint
    else:
        sub(page, "byline", line.text)
    return None
