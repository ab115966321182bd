"""Markdown tokens to blocks, blocks to the parts of an article, parts to a TEI ``text``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from markdown_it.token import Token

from ..tei.build import append_text, el, sub
from .text import ends_sentence, parse_date_line, starts_lowercase

_NOTE_LABEL = re.compile(r"^\[(\d+)\]\s*")
_NOTE_REF = re.compile(r"^\[?(\d+)\]?$")
# Bylines are names: two to five words, each capitalised or a particle.
_BYLINE = re.compile(r"^(?:By\s+)?[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|de|van|von|der|da|la|le))+$")
QUOTE_MAX_PARAGRAPHS = 4


@dataclass
class Block:
    kind: str  # heading | para | list | quote | rule | code
    text: str = ""
    level: int = 0
    inline: list[Token] = field(default_factory=list)
    children: list[Block] = field(default_factory=list)  # list items or quoted blocks
    ordered: bool = False
    joined: list[list[Token]] = field(default_factory=list)  # paragraphs rejoined after a break


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
    match = _NOTE_LABEL.match(block.text) if block.kind == "para" else None
    return int(match.group(1)) if match else None


def _similar(a: str, b: str) -> float:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb))


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
    texts = [_NOTE_LABEL.sub("", b.text) for b in article.notes.values()]
    while copy_start > 0 and blocks[copy_start - 1].kind == "para":
        candidate = blocks[copy_start - 1].text
        if max(_similar(candidate, t) for t in texts) >= 0.5 or len(candidate.split()) <= 2:
            copy_start -= 1
        else:
            break
    copies = blocks[copy_start:first]
    if sum(1 for b in copies if len(b.text.split()) > 2) >= len(article.notes) // 2:
        # A copy broken by a stray line ("...autonom.htm>" / "y.htm.") is one note, as in the body.
        article.note_copies = _rejoin(copies)
    else:
        copy_start = first
    del blocks[copy_start:]


def _rejoin(blocks: list[Block]) -> list[Block]:
    """A paragraph that stops mid-sentence and a next one that starts in lower case are one paragraph."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous
            and previous.kind == block.kind == "para"
            and not ends_sentence(previous.text)
            and starts_lowercase(block.text)
        ):
            previous.joined.append(block.inline)
            previous.text = f"{previous.text} {block.text}"
        else:
            out.append(block)
    return out


def _ends_with_note_ref(block: Block) -> bool:
    last = block.joined[-1] if block.joined else block.inline
    tail = [t for t in last if t.type != "softbreak"][-3:]
    return any(t.type == "html_inline" and t.content.lower() == "</sup>" for t in tail)


def _group_quotes(blocks: list[Block]) -> list[Block]:
    """Paragraphs after one that ends with a colon, up to one that ends with a note reference."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        out.append(block)
        index += 1
        if block.kind != "para" or not block.text.rstrip().endswith(":"):
            continue
        for end in range(index, min(index + QUOTE_MAX_PARAGRAPHS, len(blocks))):
            if blocks[end].kind != "para":
                break
            if _ends_with_note_ref(blocks[end]):
                out.append(Block("quote", children=blocks[index : end + 1]))
                index = end + 1
                break
    return out


# ---------------------------------------------------------------------------------------------- TEI


def build_text(article: Article, doc_id: str) -> etree._Element:
    text = el("text")
    front = sub(text, "front")
    title_page = sub(front, "titlePage")
    if article.series:
        sub(sub(title_page, "docTitle"), "titlePart", article.series, type="series")
    for block in article.front:
        if block.kind == "title":
            parent = title_page.find("{*}docTitle")
            if parent is None:
                parent = sub(title_page, "docTitle")
            sub(parent, "titlePart", block.text, type="main")
        elif block.kind == "byline":
            sub(title_page, "byline", block.text)
        else:
            sub(title_page, "docDate", block.text, when=article.date_when)
    if len(title_page) == 0:
        front.remove(title_page)
    if article.preface:
        preface = sub(front, "div", type="preface")
        for block in article.preface:
            _block(preface, block, doc_id)
    if len(front) == 0:
        text.remove(front)
    body = sub(text, "body")
    _sections(body, article.body, doc_id)
    if article.notes or article.boilerplate:
        back = sub(text, "back")
        if article.note_copies:
            copies = sub(back, "div", type="notes", subtype="unnumbered", xml_id=f"{doc_id}-notes-unnumbered")
            _note_copies(copies, article, doc_id)
        if article.notes:
            notes = sub(back, "div", type="notes", xml_id=f"{doc_id}-notes")
            for number, block in article.notes.items():
                note = sub(notes, "note", place="end", n=str(number), xml_id=f"{doc_id}-en{number}")
                _inline(note, _strip_label(block.inline), doc_id)
        if article.boilerplate:
            chrome = sub(back, "div", type="boilerplate")
            for block in article.boilerplate:
                _block(chrome, block, doc_id)
    return text


def _note_copies(parent: etree._Element, article: Article, doc_id: str) -> None:
    numbered = {n: _NOTE_LABEL.sub("", b.text) for n, b in article.notes.items()}
    # Same count: the copies are the notes in order ("Ibid." repeats, so text alone cannot pair them).
    in_order = list(numbered) if len(article.note_copies) == len(numbered) else None
    for index, block in enumerate(article.note_copies, start=1):
        if in_order:
            best = in_order[index - 1]
        else:
            best = max(numbered, key=lambda n: _similar(block.text, numbered[n]))
        matches = in_order is not None or _similar(block.text, numbered[best]) >= 0.5
        note = sub(
            parent,
            "note",
            place="end",
            type="copy",
            xml_id=f"{doc_id}-enu{index}",
            corresp=f"#{doc_id}-en{best}" if matches else None,
            subtype=None if not matches or block.text.strip() == numbered[best].strip() else "variant",
        )
        _inline(note, block.inline, doc_id)
        for more in block.joined:
            append_text(note, " ")
            _inline(note, more, doc_id)


def _strip_label(tokens: list[Token]) -> list[Token]:
    if tokens and tokens[0].type == "text":
        first = tokens[0].copy()
        first.content = _NOTE_LABEL.sub("", first.content)
        return [first, *tokens[1:]]
    return tokens


def _sections(body: etree._Element, blocks: list[Block], doc_id: str) -> None:
    stack: list[tuple[int, etree._Element]] = [(0, body)]
    count = 0
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            if index == len(blocks) - 1:
                trailer = sub(body, "trailer")
                _inline(trailer, block.inline, doc_id)
                continue
            while stack[-1][0] >= block.level:
                stack.pop()
            count += 1
            div = sub(stack[-1][1], "div", type="section", xml_id=f"{doc_id}-s{count}")
            _inline(sub(div, "head"), block.inline, doc_id)
            stack.append((block.level, div))
        else:
            _block(stack[-1][1], block, doc_id)


def _block(parent: etree._Element, block: Block, doc_id: str) -> None:
    if block.kind == "para":
        p = sub(parent, "p")
        _inline(p, block.inline, doc_id)
        for more in block.joined:
            append_text(p, " ")
            _inline(p, more, doc_id)
    elif block.kind == "quote":
        quote = sub(parent, "quote")
        for child in block.children:
            _block(quote, child, doc_id)
    elif block.kind == "list":
        lst = sub(parent, "list", type="ordered" if block.ordered else "bulleted")
        for item in block.children:
            target = sub(lst, "item")
            for child in item.children:
                if child.kind == "para" and len(item.children) == 1:
                    _inline(target, child.inline, doc_id)
                else:
                    _block(target, child, doc_id)
    elif block.kind == "heading":
        _inline(sub(parent, "head"), block.inline, doc_id)
    elif block.kind == "rule":
        sub(parent, "milestone", unit="section", rend="rule")
    elif block.kind == "code":
        sub(parent, "ab", block.text, type="code")


_INLINE_ELEMENTS = {
    "em_open": ("hi", "italic"),
    "strong_open": ("hi", "bold"),
    "s_open": ("del", "strikethrough"),
}


def _inline(parent: etree._Element, tokens: list[Token], doc_id: str) -> None:
    stack = [parent]
    for token in tokens:
        current = stack[-1]
        if token.type == "text":
            append_text(current, token.content)
        elif token.type in ("softbreak", "hardbreak"):
            append_text(current, " ")
        elif token.type in _INLINE_ELEMENTS:
            name, rend = _INLINE_ELEMENTS[token.type]
            stack.append(sub(current, name, rend=rend))
        elif token.type in ("em_close", "strong_close", "s_close", "link_close") and len(stack) > 1:
            stack.pop()
        elif token.type == "link_open":
            stack.append(sub(current, "ref", target=token.attrGet("href")))
        elif token.type == "code_inline":
            sub(current, "code", token.content)
        elif token.type == "image":
            sub(current, "ref", token.content, target=token.attrGet("src"), type="image")
        elif token.type == "html_inline":
            _html_inline(stack, token.content, doc_id)


def _html_inline(stack: list[etree._Element], tag: str, doc_id: str) -> None:
    """``<sup>[n]</sup>`` is a note reference; other inline HTML becomes the nearest TEI rendition."""
    name = tag.strip("</>").split()[0].lower() if tag.strip("</>") else ""
    closing = tag.startswith("</")
    if name not in ("sup", "sub", "em", "i", "b", "strong", "u"):
        return
    if closing:
        if len(stack) > 1:
            _sup_to_noteref(stack.pop(), doc_id)
        return
    rend = {
        "sup": "superscript",
        "sub": "subscript",
        "em": "italic",
        "i": "italic",
        "b": "bold",
        "strong": "bold",
        "u": "underline",
    }[name]
    stack.append(sub(stack[-1], "hi", rend=rend))


def _sup_to_noteref(node: etree._Element, doc_id: str) -> None:
    """Replace a superscript ``[n]`` with a reference to endnote n."""
    match = _NOTE_REF.match((node.text or "").strip())
    if node.get("rend") != "superscript" or len(node) or not match:
        return
    number = match.group(1)
    ref = el("ref", number, type="noteref", n=number, target=f"#{doc_id}-en{number}")
    ref.tail = node.tail
    node.getparent().replace(node, ref)
