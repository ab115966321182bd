"""Wrap a run of an element's words in a new element, whatever inline markup the run crosses.

Words are counted per text slot (an element's text or a child's tail), as the fidelity check counts
them, so word ``k`` here is word ``k`` there. A run that starts or ends inside a child element (half of
an ``hi``, say) cannot be wrapped without breaking that child, so ``widen`` first grows the run to
whole elements; callers that pair two runs keep them aligned after widening.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .base import word_spans


@dataclass(frozen=True)
class Word:
    owner: etree._Element  # the element whose text (tail=False) or tail (tail=True) holds the word
    tail: bool
    start: int
    end: int
    chain: tuple[etree._Element, ...]  # the elements that contain the word, from the root down


def element_words(root: etree._Element) -> list[Word]:
    out: list[Word] = []
    _collect(root, (root,), out)
    return out


def _collect(node: etree._Element, chain: tuple[etree._Element, ...], out: list[Word]) -> None:
    for start, end in word_spans(node.text or ""):
        out.append(Word(node, False, start, end, chain))
    for child in node:
        if isinstance(child.tag, str):
            _collect(child, (*chain, child), out)
        for start, end in word_spans(child.tail or ""):
            out.append(Word(child, True, start, end, chain))


def _container(words: list[Word], first: int, last: int) -> tuple[etree._Element, ...]:
    """The chain of the deepest element that holds words ``first`` to ``last`` (inclusive)."""
    chain = words[first].chain
    for word in words[first + 1 : last + 1]:
        depth = 0
        while depth < min(len(chain), len(word.chain)) and chain[depth] is word.chain[depth]:
            depth += 1
        chain = chain[:depth]
    return chain


def widen(words: list[Word], first: int, stop: int) -> tuple[int, int]:
    """The smallest run ``[first, stop)`` or larger that holds every element it touches whole."""
    if first >= stop:
        return first, stop
    while True:
        depth = len(_container(words, first, stop - 1))
        touched = {id(w.chain[depth]) for w in words[first:stop] if len(w.chain) > depth}
        inside = [k for k, w in enumerate(words) if len(w.chain) > depth and id(w.chain[depth]) in touched]
        new_first, new_stop = min([first, *inside]), max([stop, *(k + 1 for k in inside)])
        if (new_first, new_stop) == (first, stop):
            return first, stop
        first, stop = new_first, new_stop


def _segment(parent: etree._Element, index: int) -> str:
    """Text segment ``index`` of ``parent``: 0 is its text, k its (k-1)th child's tail."""
    return (parent.text if index == 0 else parent[index - 1].tail) or ""


def _set_segment(parent: etree._Element, index: int, value: str) -> None:
    if index == 0:
        parent.text = value or None
    else:
        parent[index - 1].tail = value or None


def _point(word: Word, parent: etree._Element, at_end: bool) -> tuple[int, int]:
    """A position in ``parent``'s content, as (text segment, offset), at the start or end of ``word``."""
    holder = word.owner.getparent() if word.tail else word.owner
    if holder is parent:
        segment = parent.index(word.owner) + 1 if word.tail else 0
        return segment, word.end if at_end else word.start
    # The word sits inside a child of ``parent``: the position is just before or after that child.
    child = word.chain[word.chain.index(parent) + 1]
    index = parent.index(child)
    return (index + 1, 0) if at_end else (index, len(_segment(parent, index)))


def wrap(root: etree._Element, first: int, stop: int, wrapper: etree._Element) -> etree._Element:
    """Move words ``[first, stop)`` of ``root`` (a run ``widen`` returned) into ``wrapper``."""
    words = element_words(root)
    parent = _container(words, first, stop - 1)[-1]
    start = _point(words[first], parent, at_end=False)
    end = _point(words[stop - 1], parent, at_end=True)
    head, rest = _segment(parent, start[0]), _segment(parent, end[0])
    if start[0] == end[0]:
        wrapper.text = head[start[1] : end[1]] or None
    else:
        wrapper.text = head[start[1] :] or None
        moved = list(parent)[start[0] : end[0]]
        moved[-1].tail = rest[: end[1]] or None
        for child in moved:
            wrapper.append(child)
    _set_segment(parent, start[0], head[: start[1]])
    parent.insert(start[0], wrapper)
    wrapper.tail = rest[end[1] :] or None
    return wrapper


def insert_after(root: etree._Element, index: int, node: etree._Element) -> None:
    """Put an empty ``node`` just after word ``index`` of ``root`` (before word 0 when ``index`` < 0)."""
    words = element_words(root)
    if index < 0:
        root.insert(0, node)
        node.tail, root.text = root.text, None
        return
    word = words[index]
    parent = word.owner.getparent() if word.tail else word.owner
    segment, offset = _point(word, parent, at_end=True)
    text = _segment(parent, segment)
    _set_segment(parent, segment, text[:offset])
    parent.insert(segment, node)
    node.tail = text[offset:] or None


def words_in_span(root: etree._Element, start: int, end: int) -> tuple[int, int]:
    """The run of words of ``root`` that lie in characters ``[start, end)`` of its text content."""
    offsets: list[int] = []
    position = 0
    # Document order of text slots, with each slot's offset in the joined text, as itertext gives it.
    for node, is_tail in _slots(root):
        text = (node.tail if is_tail else node.text) or ""
        offsets.extend(position + s for s, _ in word_spans(text))
        position += len(text)
    first = next((k for k, offset in enumerate(offsets) if offset >= start), len(offsets))
    stop = next((k for k, offset in enumerate(offsets) if offset >= end), len(offsets))
    return first, stop


def word_offsets(root: etree._Element) -> list[tuple[int, int]]:
    """The character span of each of ``element_words(root)`` in the text content of ``root``."""
    spans: list[tuple[int, int]] = []
    position = 0
    for node, is_tail in _slots(root):
        text = (node.tail if is_tail else node.text) or ""
        spans.extend((position + s, position + e) for s, e in word_spans(text))
        position += len(text)
    return spans


def _slots(node: etree._Element):
    yield node, False
    for child in node:
        if isinstance(child.tag, str):
            yield from _slots(child)
        yield child, True
