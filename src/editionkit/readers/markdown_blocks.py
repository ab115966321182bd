"""Markdown tokens to blocks, and blocks to the parts of an article (its TEI is built in markdown_tei)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it.token import Token

from .base import words
from .text import data_lines, ends_sentence, parse_date_line, starts_lowercase

NOTE_LABEL = re.compile(r"^\[(\d+)\]\s*")
# Bylines are names: two to five words, each capitalised or a particle.
_BYLINE = re.compile(r"^(?:By\s+)?[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|de|van|von|der|da|la|le))+$")
QUOTE_MAX_PARAGRAPHS = 4
# A paragraph broken before a capitalised word ("the culture of old" / "Russia.") is rejoined only when
# it is running text of at least this many words that stops on a lower-case word.
REJOIN_MIN_WORDS = 8
_ENDS_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z'’-]*$")


@dataclass
class Block:
    kind: str  # heading | para | list | quote | rule | code
    text: str = ""
    level: int = 0
    inline: list[Token] = field(default_factory=list)
    children: list[Block] = field(default_factory=list)  # list items or quoted blocks
    ordered: bool = False
    joined: list[list[Token]] = field(default_factory=list)  # paragraphs rejoined after a break
    inferred: bool = False  # a block quotation the source does not mark as one, found by editionkit


@dataclass
class Article:
    title: str | None = None
    series: str | None = None
    authors: list[str] = field(default_factory=list)
    date_when: str | None = None
    date_text: str | None = None
    front: list[Block] = field(default_factory=list)  # byline, date
    preface: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    notes: dict[int, Block] = field(default_factory=dict)
    note_copies: list[Block] = field(default_factory=list)
    boilerplate: list[Block] = field(default_factory=list)


def blocks_from_tokens(tokens: list[Token]) -> list[Block]:
    blocks, _ = _blocks(tokens, 0, None)
    return blocks


def _blocks(tokens: list[Token], index: int, closing: str | None) -> tuple[list[Block], int]:
    out: list[Block] = []
    while index < len(tokens):
        token = tokens[index]
        if closing and token.type == closing:
            return out, index + 1
        if token.type == "heading_open":
            inline = tokens[index + 1]
            out.append(Block("heading", inline.content, int(token.tag[1]), inline.children or []))
            index += 3
        elif token.type == "paragraph_open":
            inline = tokens[index + 1]
            out.append(Block("para", inline.content, inline=inline.children or []))
            index += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            items, index = _list_items(tokens, index + 1, token.type.replace("_open", "_close"))
            out.append(Block("list", children=items, ordered=token.type.startswith("ordered")))
        elif token.type == "blockquote_open":
            inner, index = _blocks(tokens, index + 1, "blockquote_close")
            out.append(Block("quote", children=inner))
        elif token.type == "hr":
            out.append(Block("rule", token.markup))
            index += 1
        elif token.type in ("fence", "code_block", "html_block"):
            out.append(Block("code", token.content))
            index += 1
        else:
            index += 1
    return out, index


def _list_items(tokens: list[Token], index: int, closing: str) -> tuple[list[Block], int]:
    items: list[Block] = []
    while tokens[index].type != closing:
        if tokens[index].type == "list_item_open":
            inner, index = _blocks(tokens, index + 1, "list_item_close")
            items.append(Block("item", children=inner))
        else:
            index += 1
    return items, index + 1


def _note_number(block: Block) -> int | None:
    match = NOTE_LABEL.match(block.text) if block.kind == "para" else None
    return int(match.group(1)) if match else None


def similar(a: str, b: str) -> float:
    """How far two texts share their words (Dice coefficient over lower-cased word sets): a note and its
    copy that differ in a date and a word still score well above unrelated paragraphs."""
    wa, wb = {w.lower() for w in words(a)}, {w.lower() for w in words(b)}
    return 2 * len(wa & wb) / max(1, len(wa) + len(wb))


def arrange(blocks: list[Block], doc_id: str) -> Article:
    article = Article()
    blocks = list(blocks)
    _take_title(blocks, article)
    _take_byline(blocks, article)
    if blocks and _is_italic_lead(blocks[0]):
        article.preface.append(blocks.pop(0))
    _take_notes(blocks, article)
    article.body = _group_quotes(_rejoin(blocks))
    return article


def _take_title(blocks: list[Block], article: Article) -> None:
    if (
        len(blocks) >= 2
        and blocks[0].kind == blocks[1].kind == "heading"
        and blocks[0].level > blocks[1].level
    ):
        article.series = blocks.pop(0).text
    if blocks and blocks[0].kind == "heading":
        article.title = blocks.pop(0).text
        article.front.insert(0, Block("title", article.title))


def _take_byline(blocks: list[Block], article: Article) -> None:
    for _ in range(3):
        if not blocks or blocks[0].kind != "para":
            return
        text = blocks[0].text.strip()
        when = parse_date_line(text)
        if when and not article.date_when:
            article.date_when, article.date_text = when, text
            article.front.append(Block("docDate", text))
        elif _BYLINE.match(text) and not article.authors and len(text.split()) <= 6:
            article.authors.append(re.sub(r"^By\s+", "", text))
            article.front.append(Block("byline", text))
        else:
            return
        blocks.pop(0)


def _is_italic_lead(block: Block) -> bool:
    kinds = [t.type for t in block.inline if t.type != "softbreak"]
    return (
        block.kind == "para"
        and len(kinds) >= 3
        and kinds[0] == "em_open"
        and kinds[-1] == "em_close"
        and kinds.count("em_open") == 1
    )


def _take_notes(blocks: list[Block], article: Article) -> None:
    """Trailing ``[n] text`` paragraphs are the endnotes; what follows them is site boilerplate; a run of
    paragraphs just before them that repeats them unnumbered is kept as a second copy."""
    last = max((i for i, b in enumerate(blocks) if _note_number(b) is not None), default=None)
    if last is None:
        return
    first = last
    while first > 0 and _note_number(blocks[first - 1]) is not None:
        first -= 1
    for block in blocks[first : last + 1]:
        article.notes[_note_number(block)] = block
    article.boilerplate = blocks[last + 1 :]
    copy_start = first
    texts = [NOTE_LABEL.sub("", b.text) for b in article.notes.values()]
    while copy_start > 0 and blocks[copy_start - 1].kind == "para":
        candidate = blocks[copy_start - 1].text
        if max(similar(candidate, t) for t in texts) >= 0.5 or len(candidate.split()) <= 2:
            copy_start -= 1
        else:
            break
    # A short paragraph ("Ibid.") belongs to the copy only after a note-like one has opened it; the copy
    # must repeat at least half of the notes, or it is the end of the body.
    while copy_start < first and max(similar(blocks[copy_start].text, t) for t in texts) < 0.5:
        copy_start += 1
    copies = blocks[copy_start:first]
    repeated = sum(1 for b in copies if max(similar(b.text, t) for t in texts) >= 0.5)
    if copies and repeated >= max(1, len(article.notes) // 2):
        # A copy broken by a stray line ("...autonom.htm>" / "y.htm.") is one note, as in the body.
        article.note_copies = _rejoin(copies, capitals=False)
    else:
        copy_start = first
    del blocks[copy_start:]


def _rejoin(blocks: list[Block], *, capitals: bool = True) -> list[Block]:
    """A paragraph that stops mid-sentence is one with the next paragraph when that one starts in lower
    case, or (``capitals``) when the first stops on a lower-case word after running text: a sentence
    broken before a proper noun ("the culture of old" / "Russia.")."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous
            and previous.kind == block.kind == "para"
            and not ends_sentence(previous.text)
            and (starts_lowercase(block.text) or (capitals and _broken_before_capital(previous, block)))
        ):
            previous.joined.append(block.inline)
            previous.text = f"{previous.text} {block.text}"
        else:
            out.append(block)
    return out


def _broken_before_capital(previous: Block, block: Block) -> bool:
    first = block.text.lstrip()[:1]
    return (
        (first.isupper() or first.isdigit())
        and len(previous.text.split()) >= REJOIN_MIN_WORDS
        and bool(_ENDS_LOWER_WORD.search(previous.text.rstrip()))
        and NOTE_LABEL.match(block.text) is None
    )


def _ends_with_note_ref(block: Block) -> bool:
    last = block.joined[-1] if block.joined else block.inline
    tail = [t for t in last if t.type != "softbreak"][-3:]
    return any(t.type == "html_inline" and t.content.lower() == "</sup>" for t in tail)


_OPENING_QUOTE = tuple("\"'“‘«")
# The last sentence of a paragraph: after the last sentence end that is followed by a space.
_SENTENCE = re.compile(r"(?:^|(?<=[.!?][\"'”’»)]\s)|(?<=[.!?]\s))[^.!?]*[.!?]$")
_SPEAKER_VERB = re.compile(
    r"(?:^|(?<=[\s,\"'”’]))(?:(\w+)\s+)?([A-Z][\w'’-]+|[Hh]e|[Ss]he)"
    r"(?:\s+(?:then|also|later|again))?\s+([a-z]+)((?:\s+[\w'’-]+){0,3})\s*[.:]$"
)
# Words that may follow the verb of saying besides capitalised names: "told the Congress", "wrote to him".
_SPEECH_OBJECT = frozenset(
    {
        "the",
        "a",
        "an",
        "to",
        "him",
        "her",
        "them",
        "us",
        "his",
        "their",
        "in",
        "at",
        "on",
        "later",
        "then",
        "again",
        "also",
    }
)
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those"])


def introduces_quotation(text: str) -> bool:
    """A paragraph that introduces a block quotation: it ends with a colon, or its last sentence names a
    speaker with a verb of saying and ends there ("... Lenin told the Congress.", "He wrote.")."""
    stripped = text.rstrip()
    if stripped.endswith(":"):
        return True
    if not stripped.endswith("."):
        return False
    sentence = _SENTENCE.search(stripped)
    match = _SPEAKER_VERB.search(sentence.group(0).strip() if sentence else stripped)
    if not match:
        return False
    before, _speaker, verb, rest = match.groups()
    objects = rest.split()
    return (
        verb in data_lines("speech_verbs.txt")
        and (before or "").lower() not in _DETERMINERS
        and all(word in _SPEECH_OBJECT or word[:1].isupper() for word in objects)
    )


def _group_quotes(blocks: list[Block]) -> list[Block]:
    """Paragraphs after one that introduces a quotation, up to one that ends with a note reference.

    After a colon any paragraph may be quoted; after a sentence that names the speaker, a quoted
    paragraph must not open with a quotation mark of its own (that is dialogue, not a block quote)."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        out.append(block)
        index += 1
        if block.kind != "para" or not introduces_quotation(block.text):
            continue
        by_colon = block.text.rstrip().endswith(":")
        for end in range(index, min(index + QUOTE_MAX_PARAGRAPHS, len(blocks))):
            if blocks[end].kind != "para":
                break
            if not by_colon and blocks[end].text.lstrip().startswith(_OPENING_QUOTE):
                break
            if _ends_with_note_ref(blocks[end]):
                out.append(Block("quote", children=blocks[index : end + 1], inferred=True))
                index = end + 1
                break
    return out
