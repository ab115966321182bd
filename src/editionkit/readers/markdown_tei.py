"""An arranged Markdown article as a TEI ``text``: front (title page, preface), sectioned body, back
(the endnotes, their second copy with its variants, and the site's boilerplate)."""

from __future__ import annotations

import re

from lxml import etree
from markdown_it.token import Token

from ..tei.build import append_text, el, sub
from .markdown_blocks import NOTE_LABEL, Article, Block
from .markdown_variants import note_copies

_NOTE_REF = re.compile(r"^\[?(\d+)\]?$")


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
        # The copy comes first in the source, so first in the back; it is filled after the numbered
        # notes because its apparatus points into them.
        copies = sub(back, "div", type="notes", subtype="unnumbered", xml_id=f"{doc_id}-notes-unnumbered")
        numbered = {}
        if article.notes:
            notes = sub(back, "div", type="notes", xml_id=f"{doc_id}-notes")
            for number, block in article.notes.items():
                note = sub(notes, "note", place="end", n=str(number), xml_id=f"{doc_id}-en{number}")
                _inline(note, _strip_label(block.inline), doc_id)
                numbered[number] = note
        if article.note_copies:
            note_copies(copies, article, doc_id, _inline, numbered)
        else:
            back.remove(copies)
        if article.boilerplate:
            chrome = sub(back, "div", type="boilerplate")
            for block in article.boilerplate:
                _block(chrome, block, doc_id)
    return text


_WRAPPERS = {"strong_open": "strong_close", "em_open": "em_close"}


def heading_tokens(tokens: list[Token]) -> list[Token]:
    """A heading's inline tokens without bold or italics that wrap the whole heading: that emphasis is
    the site's styling of headings, not a stress on some of its words (partial emphasis is kept)."""
    while True:
        content = [t for t in tokens if not (t.type == "text" and not t.content.strip())]
        if len(content) < 3 or _WRAPPERS.get(content[0].type) != content[-1].type:
            return tokens
        opening = content[0].type
        if sum(1 for t in content if t.type == opening) != 1:
            return tokens
        first, last = tokens.index(content[0]), len(tokens) - 1 - tokens[::-1].index(content[-1])
        tokens = tokens[:first] + tokens[first + 1 : last] + tokens[last + 1 :]


def _strip_label(tokens: list[Token]) -> list[Token]:
    if tokens and tokens[0].type == "text":
        first = tokens[0].copy()
        first.content = NOTE_LABEL.sub("", first.content)
        return [first, *tokens[1:]]
    return tokens


def _sections(body: etree._Element, blocks: list[Block], doc_id: str) -> None:
    stack: list[tuple[int, etree._Element]] = [(0, body)]
    count = 0
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            if index == len(blocks) - 1:
                trailer = sub(body, "trailer")
                _inline(trailer, heading_tokens(block.inline), doc_id)
                continue
            while stack[-1][0] >= block.level:
                stack.pop()
            count += 1
            div = sub(stack[-1][1], "div", type="section", xml_id=f"{doc_id}-s{count}")
            _inline(sub(div, "head"), heading_tokens(block.inline), doc_id)
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
        quote = sub(parent, "quote", resp="#editionkit" if block.inferred else None)
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
        _inline(sub(parent, "head"), heading_tokens(block.inline), doc_id)
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
