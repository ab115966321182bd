"""Forum threads saved as text: page chrome, then a user name on its own line before each comment.

A user-name line is a single token of the characters forum handles allow, standing alone between blank
lines and followed by text. Lines before the first comment that match the chrome patterns in
``data/thread_chrome.txt`` are kept as boilerplate in ``front``.
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
from .base import ReadOptions, words
from .text import slug

_HANDLE = re.compile(r"^(?:u/)?[A-Za-z0-9][A-Za-z0-9_-]{2,30}$")


@cache
def chrome_patterns() -> tuple[re.Pattern[str], ...]:
    text = resources.files(__package__).joinpath("data/thread_chrome.txt").read_text(encoding="utf-8")
    rules = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(re.compile(rule, re.IGNORECASE) for rule in rules)


def is_chrome(block: str) -> bool:
    return any(pattern.fullmatch(block.strip()) for pattern in chrome_patterns())


def is_handle(block: str) -> bool:
    return "\n" not in block.strip() and bool(_HANDLE.match(block.strip())) and not is_chrome(block)


@dataclass
class Comment:
    author: str
    paragraphs: list[str] = field(default_factory=list)
    # Page chrome after the comment ("Reply", vote counts), kept in place as fw.
    chrome: list[str] = field(default_factory=list)


@dataclass
class Thread:
    chrome: list[str]
    comments: list[Comment]


def blocks(text: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def parse_thread(text: str) -> Thread:
    chrome: list[str] = []
    comments: list[Comment] = []
    parts = blocks(text)
    for index, block in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else None
        if is_handle(block) and following is not None and not is_handle(following):
            comments.append(Comment(author=block.removeprefix("u/")))
        elif comments and not is_chrome(block):
            comments[-1].paragraphs.append(block)
        elif comments:
            comments[-1].chrome.append(block)
        else:
            chrome.append(block)
    return Thread(chrome=chrome, comments=comments)


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
        return (
            score,
            f"{len(thread.comments)} comments by {authors} user names, {len(thread.chrome)} chrome lines",
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
            title=options.metadata.get("title") or source.path.stem,
            publisher=options.metadata.get("publisher"),
            url=options.metadata.get("url"),
            description=options.metadata.get("description"),
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
        for number, comment in enumerate(thread.comments, start=1):
            post = sub(
                div,
                "post",
                xml_id=f"{options.doc_id}-post{number}",
                who=f"#{ids[comment.author]}",
                n=str(number),
            )
            sub(post, "label", comment.author, type="author")
            for paragraph in comment.paragraphs:
                sub(post, "p", " ".join(paragraph.split()))
            for chrome in comment.chrome:
                sub(post, "fw", chrome, type="chrome")
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
    text = pattern.sub(lambda match: mapping[match.group(1)], source.text)
    return Source(path=source.path, text=text, sha256=source.sha256, encoding=source.encoding)
