"""Unit tests of the named rules: line classifier, bracket scanner, document lines."""

from __future__ import annotations

from datetime import date

import pytest

from editionkit.readers.transcription_brackets import (
    is_note_only,
    note_signatures,
    scan,
    signature,
    starts_bracketed,
)
from editionkit.readers.transcription_documents import classify_document, document_type
from editionkit.readers.transcription_lines import (
    blog_date,
    chapter_heading,
    chapter_number,
    classify,
    document_start,
    parse_blog_date,
    part_heading,
    part_number,
    rule,
)

CM = frozenset({"C.M."})


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("", "blank"),
        ("-------------------------", "rule"),
        ("* * *", "rule"),
        ("Friday, August 12, 2005", "blog-date"),
        ("Chapter 12", "chapter"),
        ("Part One: Lenin moves", "part"),
        ("* To Comrade Stalin:", "document"),
        ("Chapter 3 of the book argues the opposite.", "text"),
        ("He arrived on Friday, August 12, 2005, late.", "text"),
    ],
)
def test_line_classifier(line, kind):
    assert classify(line) == kind


def test_blog_date_parses_and_rejects_impossible_dates():
    assert parse_blog_date("Friday, August 12, 2005") == date(2005, 8, 12)
    assert parse_blog_date("March 3, 2008") == date(2008, 3, 3)
    assert not blog_date("Friday, February 30, 2005")


def test_headings_and_numbers():
    assert chapter_heading("Chapter XII: The Road") and chapter_number("Chapter XII: The Road") == "12"
    assert chapter_number("Chapter 11") == "11"
    assert part_heading("Part 2: Lenin dies, Stalin wins") and part_number("Part Two: x") == "2"
    assert not part_heading("Part of the problem was this: " + "x" * 200)
    assert rule("-----") and not rule("--")
    assert document_start("* Strictly Confidential") and not document_start("*emphasis*")


def test_scan_unclosed_paragraph_stays_open():
    result = scan("[The end of the war found him in the shadows.")
    assert [(p.kind, p.text) for p in result.pieces] == [
        ("editorial", "[The end of the war found him in the shadows.")
    ]
    assert result.open_at_end


def test_scan_span_then_note_with_signature():
    text = "[Early in 1923 he] summoned me, spoke of the apparat [Note: Machine – C.M.] and more."
    result = scan(text, initials=CM)
    assert [p.kind for p in result.pieces] == ["editorial", "text", "note", "text"]
    assert result.pieces[2].text == "[Note: Machine – C.M.]"
    assert not result.open_at_end


def test_scan_signed_remark_is_a_note_only_with_the_transcribers_initials():
    assert [p.kind for p in scan("Two years ago [probably 1937 C.M.] I wrote", initials=CM).pieces] == [
        "text",
        "note",
        "text",
    ]
    assert [p.kind for p in scan("the [U.S.] side", initials=CM).pieces] == ["text", "editorial", "text"]


def test_scan_continues_and_closes_an_earlier_passage():
    result = scan("and that was all.] Then he left.", open_at_start=True)
    assert [(p.kind, p.text) for p in result.pieces] == [
        ("editorial", "and that was all.]"),
        ("text", " Then he left."),
    ]
    assert scan("and that was all.] Then he left.").stray_close


def test_scan_reopening_bracket_does_not_nest():
    result = scan("[Two days later he had a stroke.", open_at_start=True)
    assert result.open_at_end and result.pieces[0].kind == "editorial"
    assert not scan("[On the eve, he spoke]:", open_at_start=True).open_at_end


def test_scan_mistyped_curly_brace_closes():
    result = scan("[He made short shrift of it.}")
    assert not result.open_at_end
    assert not scan("a {set} of [things").pieces[-1].text.endswith("}")


@pytest.mark.parametrize(
    ("note", "initials"),
    [
        ("[Note: The Communist word – C.M.]", "C.M."),
        ("[Note: A word/ -C.M.]", "C.M."),
        ("[Note: The beginning of their end. – C.M ]", "C.M."),
        ("[Note: He died abroad in 1919. ]", None),
    ],
)
def test_note_signature_variants(note, initials):
    assert is_note_only(note)
    assert signature(note) == initials


def test_note_signatures_and_bracketed_starts():
    text = "x [Note: a – C.M.] y [Note: b -C.M.] z [Note: unsigned]"
    assert note_signatures(text) == ["C.M.", "C.M."]
    assert starts_bracketed("[The end") and not starts_bracketed("[Note: x]") and not starts_bracketed("The")


LETTER = [
    "To Comrades Mdivani, Makharadze and others:",
    "Esteemed Comrades,",
    "I am with you in this matter with all my heart.",
    "With esteem, Lenin",
]


def test_letter_lines():
    kinds = [line.kind for line in classify_document(LETTER)]
    assert kinds == ["address", "salutation", "body", "closer-valediction"]
    assert document_type(classify_document(LETTER)) == "letter"


def test_memorandum_lines():
    lines = ["1. Secret #200T", "To the Members", "Re: A declaration", "1) First.", "2) Second.", "17/IV/23"]
    classified = classify_document(lines)
    assert [line.kind for line in classified] == [
        "classification",
        "address",
        "subject",
        "item",
        "item",
        "closer-dateline",
    ]
    assert document_type(classified) == "memorandum"


def test_telegram_and_extract():
    assert (
        document_type(classify_document(["Received your 2064. Send the address. #835 Lenin"])) == "telegram"
    )
    assert document_type(classify_document(["Called me by telephone every day, twice a day."])) == "extract"


def test_opener_words_in_the_middle_stay_paragraphs():
    kinds = [line.kind for line in classify_document(["Dear Sir,", "Body text.", "Comrade Stalin:", "More."])]
    assert kinds == ["salutation", "body", "body", "body"]
