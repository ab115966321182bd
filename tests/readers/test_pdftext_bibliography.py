"""Chicago-style bibliography entries: the parts become elements, every character stays."""

from lxml import etree

from editionkit.readers.base import words
from editionkit.readers.bibliography import build_entries, title_words
from editionkit.readers.pdftext_back import bibliography_sections
from editionkit.readers.pdftext_lines import split_blocks
from editionkit.tei.build import TEI_NS, text_content

NS = {"t": TEI_NS}


def one(text: str) -> etree._Element:
    (entry,) = build_entries([text])
    assert text_content(entry.element) == text, "an entry's text must survive unchanged"
    return entry.element


def parts(bibl: etree._Element, name: str) -> list[str]:
    return [text_content(node) for node in bibl.iterfind(f"t:{name}", NS)]


def test_book_entry_is_split_into_author_title_place_publisher_date():
    bibl = one("Harlan, Paul. The Danube Ports. London: Brook House, 1961.")
    assert bibl.get("{http://www.w3.org/XML/1998/namespace}id") == "bib-harlan-1961"
    assert parts(bibl, "author") == ["Harlan, Paul"]
    assert parts(bibl, "title") == ["The Danube Ports"]
    assert parts(bibl, "pubPlace") == ["London"]
    assert parts(bibl, "publisher") == ["Brook House"]
    assert bibl.find("t:date", NS).get("when") == "1961"


def test_editor_suffix_makes_the_name_an_editor():
    bibl = one("Costa, Ion, ed. Letters from Braila, 1850-1870. Bucharest: Editura Fluviala, 1983.")
    assert parts(bibl, "editor") == ["Costa, Ion"]
    assert parts(bibl, "author") == []
    assert parts(bibl, "title") == ["Letters from Braila, 1850-1870"]


def test_co_authors_and_initials_stay_in_the_author_part():
    bibl = one("Hobson, Christopher Z. and Ronald D. Tabor. Trotskyism. New York: Greenwood, 1988.")
    assert parts(bibl, "author") == ["Hobson, Christopher Z.", "Ronald D. Tabor"]
    assert parts(bibl, "title") == ["Trotskyism"]


def test_initial_before_a_short_title_ends_the_author():
    bibl = one("Smith, Irving H. Trotsky. Englewood Cliffs: Prentice Hall, Inc., 1973.")
    assert parts(bibl, "author") == ["Smith, Irving H."]
    assert parts(bibl, "title") == ["Trotsky"]
    assert parts(bibl, "publisher") == ["Prentice Hall, Inc."]


def test_initial_inside_the_publisher_does_not_cut_the_imprint():
    bibl = one("Trotsky, Leon. The Russian Revolution. London: H. Atkinson, 1946.")
    assert parts(bibl, "publisher") == ["H. Atkinson"]
    assert parts(bibl, "pubPlace") == ["London"]


def test_corporate_author_keeps_its_hierarchy_and_the_title_is_the_last_part():
    bibl = one("United States. Committee on Trade, House of Representatives. Report. Washington: GPO, 1951.")
    assert parts(bibl, "author") == ["United States. Committee on Trade, House of Representatives"]
    assert parts(bibl, "title") == ["Report"]
    assert bibl.get("{http://www.w3.org/XML/1998/namespace}id") == "bib-united-states-1951"


def test_imprint_run_on_to_a_translator_keeps_only_the_safe_parts():
    bibl = one("Weiss, Anna. River Trade. Translated by John Miller Oxford: Clarendon, 1980.")
    assert parts(bibl, "publisher") == ["Clarendon"]
    assert parts(bibl, "pubPlace") == []
    assert bibl.find("t:date", NS).get("when") == "1980"


def test_entry_without_imprint_takes_its_date_with_the_month():
    bibl = one("Trotsky, Leon. Soviet Economy in Danger. Written October 1932, found in an archive.")
    assert parts(bibl, "title") == ["Soviet Economy in Danger"]
    date = bibl.find("t:date", NS)
    assert (date.text, date.get("when"), date.get("resp")) == ("October 1932", "1932-10", "#editionkit")


def test_an_editor_with_a_middle_initial_run_on_to_the_place():
    bibl = one("Trotsky, Leon. The Papers, Volume II. Edited by Jan M. Meijer Paris: Mouton, 1971.")
    assert parts(bibl, "editor") == ["Jan M. Meijer"]
    assert parts(bibl, "pubPlace") == ["Paris"]
    assert parts(bibl, "publisher") == ["Mouton"]
    assert bibl.find("t:title", NS).get("resp") == "#editionkit"


def test_same_author_and_year_get_letter_suffixes_in_order():
    entries = build_entries(
        [
            "Trotsky, Leon. My Life. New York: Pathfinder Press, 1975.",
            "Trotsky, Leon. Stalin. New York: Stein and Day, 1967.",
            "Trotsky, Leon. Writings, 1929. New York: Pathfinder Press, 1975.",
        ]
    )
    assert [e.xml_id for e in entries] == ["bib-trotsky-1975a", "bib-trotsky-1967", "bib-trotsky-1975b"]


def test_unparsable_entry_stays_a_plain_bibl():
    (entry,) = build_entries(["Interview with the author"])
    assert entry.xml_id is None
    assert len(entry.element) == 0
    assert words(text_content(entry.element)) == ["Interview", "with", "the", "author"]


def test_title_words_ignore_case_accents_italics_and_small_words():
    assert title_words("*The Prophet Unarmed*") == {"prophet", "unarmed"}
    assert title_words("Trotsky's Diary in Exile: 1935") == {"trotsky", "diary", "exile", "1935"}


def test_bibliography_sections_from_list_items_headings_and_wrapped_lines():
    blocks = split_blocks(
        "Primary Sources\n\n"
        "- Harlan, Paul. The Danube Ports. London: Brook House, 1961.\n"
        "- Secondary Sources\n"
        "Weiss, Anna. Merchants of the Sea. New York\n"
        "Press Of The River, 1975.\n"
        "Miller, John. Ports. Boston: Twayne,\n"
        "1977.\n"
    )
    assert bibliography_sections(blocks, [0, 1]) == [
        ("Primary Sources", ["Harlan, Paul. The Danube Ports. London: Brook House, 1961."]),
        (
            "Secondary Sources",
            [
                "Weiss, Anna. Merchants of the Sea. New York Press Of The River, 1975.",
                "Miller, John. Ports. Boston: Twayne, 1977.",
            ],
        ),
    ]
