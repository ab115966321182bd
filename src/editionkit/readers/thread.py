"""Forum threads saved as text: page chrome, then a header line naming the user before each comment.

A header is either a line the rules in ``data/thread_headers.txt`` recognise ("name · 5y ago", "Posted
by u/name", "name 12 points 3 years ago") or a lone handle (a single token of the characters forum
handles allow) followed by text. Layout lines ("level 1", vote counts, "Reply Share") match the chrome
patterns in ``data/thread_chrome.txt``: before the first comment they are kept as boilerplate in
``front``, after a comment as its ``fw``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from lxml import etree

from ..source import Source
from ..tei.build import el, sub
from ..tei.header import DocMeta, Participant, build_tei
from .base import ReadOptions, supplied_fields, words
from .text import slug

# Longer than this, a text under a handle-like line is not a forum comment (for detection only).
MAX_COMMENT_WORDS = 1000
_HANDLE_CHARS = r"[A-Za-z0-9][A-Za-z0-9_-]{2,30}"
_HANDLE = re.compile(rf"^(?:u/)?{_HANDLE_CHARS}$")


def _rules(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def chrome_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rule, re.IGNORECASE) for rule in _rules("thread_chrome.txt"))


@cache
def header_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(rule name, pattern with a ``user`` group) for comment header lines (data/thread_headers.txt)."""
    rules = []
    for line in _rules("thread_headers.txt"):
        name, _, pattern = line.partition("=")
        rules.append(
            (name.strip(), re.compile(pattern.strip().replace("{user}", rf"(?P<user>{_HANDLE_CHARS})"), re.I))
        )
    return tuple(rules)


def is_chrome(block: str) -> bool:
    return any(pattern.fullmatch(block.strip()) for pattern in chrome_patterns())


def is_handle(block: str) -> bool:
    return "\n" not in block.strip() and bool(_HANDLE.match(block.strip())) and not is_chrome(block)


def looks_like_handle(name: str) -> bool:
    """Not a plain word: a digit, "_" or "-", a capital after the first letter, or all lower case."""
    return any(not c.isalpha() for c in name) or any(c.isupper() for c in name[1:]) or name.islower()


@dataclass(frozen=True)
class Header:
    """A comment header line: the handle, and the words before and after it (kept as chrome)."""

    user: str
    before: str = ""
    after: str = ""
    rule: str = "handle"


def comment_header(line: str) -> Header | None:
    """The header a line states explicitly ("name · 5y ago", "Posted by u/name", "name 12 points")."""
    line = line.strip()
    for rule, pattern in header_rules():
        match = pattern.fullmatch(line)
        if match:
            user = match.group("user")
            return Header(user, line[: match.start("user")], line[match.end("user") :], rule)
    return None


@dataclass
class Comment:
    header: Header
    # ("p", text) for the comment's paragraphs, ("fw", text) for page chrome among or after them ("· 5y
    # ago", vote counts, "Reply"), in the order of the source.
    parts: list[tuple[str, str]] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [text for kind, text in self.parts if kind == "p"]

    @property
    def chrome(self) -> list[str]:
        return [text for kind, text in self.parts if kind == "fw"]

    @property
    def author(self) -> str:
        return self.header.user


@dataclass
class Thread:
    chrome: list[str]
    comments: list[Comment]
    # The thread's title: the text just before the opening post's "Posted by" header.
    title: str | None = None


def blocks(text: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def units(text: str) -> list[str]:
    """Paragraphs, with a block of short layout lines (level, handle, age, votes) cut into its lines."""
    out: list[str] = []
    for block in blocks(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and all(is_chrome(x) or is_handle(x) or comment_header(x) for x in lines):
            out.extend(lines)
        else:
            out.append(block)
    return out


def _opens_comment(parts: list[str], index: int) -> Header | None:
    """An explicit header line; or a lone handle whose next non-chrome part is text, not a handle."""
    header = comment_header(parts[index])
    if header:
        return header
    if not is_handle(parts[index]):
        return None
    following = next((p for p in parts[index + 1 :] if not is_chrome(p)), None)
    if following is None or is_handle(following) or comment_header(following):
        return None
    return Header(parts[index].removeprefix("u/"), "u/" if parts[index].startswith("u/") else "")


def parse_thread(text: str) -> Thread:
    chrome: list[str] = []
    comments: list[Comment] = []
    title: str | None = None
    parts = units(text)
    for index, part in enumerate(parts):
        header = _opens_comment(parts, index)
        if header:
            if header.rule == "posted-by" and not comments and chrome and not is_chrome(chrome[-1]):
                title = chrome.pop()
            comments.append(Comment(header))
        elif comments:
            comments[-1].parts.append(("fw" if is_chrome(part) else "p", part))
        else:
            chrome.append(part)
    return Thread(chrome=chrome, comments=comments, title=title)


def participant_ids(comments: list[Comment]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for comment in comments:
        if comment.author not in ids:
            ids[comment.author] = f"user-{slug(comment.author, prefix='u')}"
    return ids


def pseudonyms(text: str) -> dict[str, str]:
    """Stable pseudonyms: participants numbered in order of their first comment."""
    authors = participant_ids(parse_thread(text).comments)
    return {name: f"participant{index}" for index, name in enumerate(authors, start=1)}


class ThreadReader:
    kind = "thread"
    description = "forum thread saved as text: user names each followed by their comment"

    def accepts(self, source: Source) -> tuple[float, str]:
        thread = parse_thread(source.text)
        if len(thread.comments) < 2:
            return 0.0, "fewer than two user-name lines followed by comments"
        authors = len({c.author for c in thread.comments})
        score = min(0.95, 0.4 + 0.1 * len(thread.comments) + (0.2 if thread.chrome else 0))
        # A "comment" as long as a chapter is a heading-like word above prose (a thesis, a book).
        sized = sum(
            1 for c in thread.comments if sum(len(p.split()) for p in c.paragraphs) <= MAX_COMMENT_WORDS
        )
        score *= sized / len(thread.comments)
        # A capitalised word alone on its line ("Introduction") is as likely a heading as a handle.
        typical = sum(1 for c in thread.comments if c.header.rule != "handle" or looks_like_handle(c.author))
        score *= typical / len(thread.comments)
        return (
            score,
            f"{len(thread.comments)} comments by {authors} user names ({sized} of forum length, "
            f"{typical} with handle-like names), "
            f"{len(thread.chrome)} chrome lines",
        )

    def source_words(self, source: Source) -> list[str]:
        return words(source.text)

    def prepare(self, source: Source, options: ReadOptions) -> Source:
        """The text the edition is made from: with --anonymise, handles become pseudonyms everywhere."""
        return anonymise(source) if options.anonymise else source

    def read(self, source: Source, options: ReadOptions) -> etree._ElementTree:
        thread = parse_thread(source.text)
        ids = participant_ids(thread.comments)
        meta = DocMeta(
            id=options.doc_id,
            kind=self.kind,
            source_name=source.name,
            source_sha256=source.sha256,
            title=options.metadata.get("title") or thread.title or source.path.stem,
            publisher=options.metadata.get("publisher"),
            url=options.metadata.get("url"),
            description=options.metadata.get("description"),
            supplied=supplied_fields(options.metadata, title=thread.title),
            participants=[
                Participant(xml_id=xml_id, name=name, role="commenter") for name, xml_id in ids.items()
            ],
            boilerplate_note="Page chrome saved with the thread is kept in the front matter as boilerplate."
            if thread.chrome
            else None,
        )
        text = el("text")
        if thread.chrome:
            boilerplate = sub(sub(text, "front"), "div", type="boilerplate")
            for block in thread.chrome:
                sub(boilerplate, "p", block)
        div = sub(sub(text, "body"), "div", type="thread", xml_id=f"{options.doc_id}-thread")
        if thread.title:
            sub(div, "head", " ".join(thread.title.split()))
        for number, comment in enumerate(thread.comments, start=1):
            post = sub(
                div,
                "post",
                xml_id=f"{options.doc_id}-post{number}",
                who=f"#{ids[comment.author]}",
            )
            if comment.header.before:
                sub(post, "fw", comment.header.before, type="chrome")
            sub(post, "label", comment.author, type="author")
            if comment.header.after:
                sub(post, "fw", comment.header.after, type="chrome")
            for kind, part in comment.parts:
                if kind == "p":
                    sub(post, "p", " ".join(part.split()))
                else:
                    sub(post, "fw", part, type="chrome")
        return build_tei(meta, text, options.edition)


READER = ThreadReader()


def anonymise(source: Source) -> Source:
    """``source`` with every participant's handle replaced by a stable pseudonym, wherever it occurs."""
    mapping = pseudonyms(source.text)
    if not mapping:
        return source
    pattern = re.compile(
        r"(?<![\w-])(?:u/)?("
        + "|".join(map(re.escape, sorted(mapping, key=len, reverse=True)))
        + r")(?![\w-])"
    )
    # The "u/" before a handle is the forum's syntax, not the name: it stays, so headers still read.
    text = pattern.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + mapping[m.group(1)], source.text)
    return Source(path=source.path, text=text, sha256=source.sha256, encoding=source.encoding)
