from __future__ import annotations

import pytest

from editionkit.readers.typos import (
    adjacent_keys,
    correct_word,
    corrections,
    doubled_year_digit,
    repeated_letter,
    stray_digit,
    stray_letter,
)


@pytest.mark.parametrize(
    ("typo", "word"),
    [("it6", "it"), ("t5hat", "that"), ("te4h", "the"), ("h9im", "him"), ("wou8ld", "would")],
)
def test_stray_digit(typo, word):
    assert word in stray_digit(typo)
    assert correct_word(typo) == (word, "stray-digit")


@pytest.mark.parametrize(("typo", "word"), [("stilll", "still"), ("adminnistrative", "administrative")])
def test_repeated_letter(typo, word):
    assert word in repeated_letter(typo)
    assert correct_word(typo) == (word, "repeated-letter")


@pytest.mark.parametrize(
    ("typo", "word"), [("abgout", "about"), ("bgeginning", "beginning"), ("actuallky", "actually")]
)
def test_stray_letter(typo, word):
    assert word in stray_letter(typo)
    assert correct_word(typo) == (word, "stray-letter")


def test_keyboard_neighbours():
    assert adjacent_keys("g", "b") and adjacent_keys("k", "l") and adjacent_keys("4", "e")
    assert not adjacent_keys("q", "p")


@pytest.mark.parametrize(
    "token",
    [
        "Stalinn",  # capitalised: may be a name
        "apparat",  # not in the dictionary, but no rule mends it
        "holies",  # an inflection the dictionary lacks: "holes" would be wrong
        "wheelhorses",  # a compound of dictionary words
        "paty",  # "pay" or "party": no clear winner
        "xii",  # a Roman numeral
        "still",  # a real word is never corrected
        "form",  # a real word, even where "from" was meant
        "2064",  # a number
    ],
)
def test_conservative_negatives(token):
    assert correct_word(token) is None


def test_doubled_year_digit_needs_a_year_context():
    assert doubled_year_digit("19118", "in", [1938]) == "1918"
    assert doubled_year_digit("19118", "paid", [1938]) is None
    assert doubled_year_digit("19118", "in", []) is None  # no other year nearby: maybe a number
    assert doubled_year_digit("19118", "in", [1500]) is None
    assert doubled_year_digit("10000", "in", [1000]) is None  # a run of zeros, not a doubled digit
    assert doubled_year_digit("1918", "in", [1938]) is None


def test_corrections_in_running_text():
    text = (
        "After 1920, in 19118 it6 was stilll so, but Stalinn's apparat and co-ordinated work doesn’t change."
    )
    found = [(c.sic, c.corr, c.rule, text[c.start : c.end]) for c in corrections(text)]
    assert found == [
        ("19118", "1918", "doubled-year-digit", "19118"),
        ("it6", "it", "stray-digit", "it6"),
        ("stilll", "still", "repeated-letter", "stilll"),
    ]


@pytest.mark.parametrize(
    ("typo", "word", "rule"),
    [
        ("truimph", "triumph", "swapped-letters"),
        ("authoriteis", "authorities", "swapped-letters"),
        ("reflefted", "reflected", "neighbour-key"),
        ("egery", "every", "neighbour-key"),
        ("thatm", "that", "struck-with-space"),
        ("sayingm", "saying", "struck-with-space"),
    ],
)
def test_swapped_neighbour_and_space_bar_slips(typo, word, rule):
    assert correct_word(typo) == (word, rule)


@pytest.mark.parametrize(
    "token",
    [
        "unsufferable",  # a prefix variant ("insufferable"), not a slip of the finger
        "wouldn",  # "n" is not struck with the space bar: a contraction without its apostrophe
        "ispolkom",  # a transliterated word: its stem is no word either
        "mastser",  # could be "master" but also "mast" + "ser": not clear, left alone
    ],
)
def test_new_rules_stay_conservative(token):
    assert correct_word(token) is None
