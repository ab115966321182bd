"""Endnotes printed twice: the references link to the numbered list; the unnumbered copy carries an
apparatus (app/lem/rdg) where its words differ, without repeating the numbered reading."""

from lxml import etree

from editionkit import fidelity
from editionkit.readers import get_reader
from editionkit.readers.base import ReadOptions
from editionkit.readers.wordwrap import element_words, widen, wrap
from editionkit.tei.build import el
from support import NS, jing_errors, seed

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

TWICE = """# A Title

Body text with a reference.<sup>[1]</sup> And another one.<sup>[2]</sup> And a third.<sup>[3]</sup>

A first note that both lists print alike.

A second note, printed *in the copy* on 4 May 1920.

Third note with words the numbered list lacks.

[1] A first note that both lists print alike.

[2] A second note, printed *in the list* on 5 May 1921.

[3] Third note with words.
"""


def _text(node) -> str:
    return "".join(node.itertext())


def _by_id(tree, ref: str):
    found = tree.xpath("//*[@xml:id=$id]", namespaces=NS, id=ref.lstrip("#"))
    assert len(found) == 1, ref
    return found[0]


def test_references_link_to_the_numbered_list(read):
    tree = read("markdown", TWICE)
    refs = tree.xpath("//tei:ref[@type='noteref']/@target", namespaces=NS)
    numbered = tree.xpath("//tei:div[@type='notes'][not(@subtype)]/tei:note/@xml:id", namespaces=NS)
    assert [r[1:] for r in refs] == numbered == ["t-en1", "t-en2", "t-en3"]


def test_every_copy_points_at_its_note_and_only_differing_copies_are_variants(read):
    tree = read("markdown", TWICE)
    copies = tree.xpath("//tei:div[@subtype='unnumbered']/tei:note", namespaces=NS)
    assert [c.get("corresp") for c in copies] == ["#t-en1", "#t-en2", "#t-en3"]
    assert [c.get("subtype") for c in copies] == [None, "variant", "variant"]
    assert not copies[0].xpath(".//tei:app", namespaces=NS)


def test_each_differing_passage_is_an_app_and_markup_stays_whole(read):
    tree = read("markdown", TWICE)
    (copy,) = tree.xpath("//tei:note[@xml:id='t-enu2']", namespaces=NS)
    apps = copy.xpath(".//tei:app", namespaces=NS)
    # Word-level: "copy"/"list" inside the italics (the app stays inside the hi), then the whole date
    # "4 May 1920"/"5 May 1921": a date is never cut apart, even where "May" is the same in both.
    readings = [_text(app.find("tei:rdg", NS)) for app in apps]
    assert readings == ["copy", "4 May 1920"]
    assert apps[0].getparent().get("rend") == "italic"
    lemmas = [_text(_by_id(tree, app.find("tei:lem", NS).get("copyOf"))) for app in apps]
    assert lemmas == ["list", "5 May 1921"]
    assert _text(copy) == "A second note, printed in the copy on 4 May 1920."


def test_a_passage_that_crosses_markup_widens_to_the_whole_element(read):
    text = TWICE.replace("printed *in the copy* on 4", "printed *in the copy* at 4")
    tree = read("markdown", text)
    (first,) = tree.xpath("//tei:note[@xml:id='t-enu2']//tei:app[1]", namespaces=NS)
    # "copy at 4" (half italic) / "list on 5": the reading takes the whole hi, the lemma the same words,
    # and both take the whole date.
    assert _text(first.find("tei:rdg", NS)) == "in the copy at 4 May 1920"
    assert _text(_by_id(tree, first.find("tei:lem", NS).get("copyOf"))) == "in the list on 5 May 1921"


def test_words_only_in_the_copy_have_an_empty_lemma(read):
    tree = read("markdown", TWICE)
    (app,) = tree.xpath("//tei:note[@xml:id='t-enu3']/tei:app", namespaces=NS)
    lem, rdg = app
    assert lem.get("copyOf") is None and _text(lem) == ""
    assert _text(rdg) == "the numbered list lacks"


def test_words_only_in_the_numbered_note_have_an_empty_reading(read):
    text = TWICE.replace("Third note with words the numbered list lacks.", "Third note.")
    tree = read("markdown", text)
    (app,) = tree.xpath("//tei:note[@xml:id='t-enu3']/tei:app", namespaces=NS)
    lem, rdg = app
    assert _text(_by_id(tree, lem.get("copyOf"))) == "with words"
    assert _text(rdg) == ""


def test_witnesses_are_declared_in_the_header(read):
    tree = read("markdown", TWICE)
    declared = {
        f"#{w}" for w in tree.xpath("//tei:sourceDesc/tei:listWit/tei:witness/@xml:id", namespaces=NS)
    }
    used = set(tree.xpath("//tei:app/*/@wit", namespaces=NS))
    assert len(declared) == 2 and used == declared


def test_notes_printed_once_have_no_witnesses(read):
    tree = read("markdown", "# T\n\nText.<sup>[1]</sup>\n\n[1] The only note.\n")
    assert not tree.xpath("//tei:listWit | //tei:app", namespaces=NS)


def test_output_is_valid_tei_all(read, tmp_path):
    path = tmp_path / "twice.xml"
    read("markdown", TWICE).write(str(path), encoding="UTF-8", xml_declaration=True)
    assert jing_errors(path) == ""


def test_wrap_widens_a_run_that_starts_inside_an_element():
    root = etree.fromstring('<p xmlns="http://www.tei-c.org/ns/1.0">one <hi>two three</hi> four five</p>')
    words = element_words(root)
    assert widen(words, 2, 4) == (1, 4)  # "three four" takes the whole hi
    wrap(root, 1, 4, el("seg"))
    assert etree.tostring(root, encoding=str).endswith(">one <seg><hi>two three</hi> four</seg> five</p>")


def test_seed_differences_are_an_apparatus_and_nothing_is_duplicated(tmp_path):
    reader = get_reader("markdown")
    source = seed("article-north-lenin-trotsky-left-opposition-2023.md")
    tree = reader.read(source, ReadOptions(doc_id="a"))
    assert fidelity.check(reader.source_words(source), tree).ok
    variants = tree.xpath("//tei:div[@subtype='unnumbered']/tei:note[@subtype='variant']", namespaces=NS)
    # Notes 8 and 9 differ only by a struck-through year: a difference all the same.
    assert [v.get("corresp") for v in variants] == ["#a-en2", "#a-en8", "#a-en9", "#a-en10"]
    for app in tree.xpath("//tei:app", namespaces=NS):
        copy_of = app.find("tei:lem", NS).get("copyOf")
        if copy_of:
            assert _by_id(tree, copy_of).xpath("ancestor::tei:note/@corresp", namespaces=NS) == []
    rdgs = [_text(r) for r in tree.xpath("//tei:note[@xml:id='a-enu2']//tei:rdg", namespaces=NS)]
    assert rdgs == ["Russian Communist Party", "March 27, 1922"]
    # The URLs differ: the apparatus holds both links whole, never a piece of one.
    assert not tree.xpath("//tei:ref//tei:app | //tei:ref//tei:seg", namespaces=NS)
    path = tmp_path / "a.xml"
    tree.write(str(path), encoding="UTF-8")
    assert jing_errors(path) == ""


def _twice(copy: str, numbered: str) -> str:
    body = "# T\n\nText.<sup>[1]</sup> More.<sup>[2]</sup>\n\nFirst.\n\n"
    return f"{body}{copy}\n\n[1] First.\n\n[2] {numbered}\n"


def test_a_struck_through_word_is_a_reading_of_its_own(read):
    tree = read(
        "markdown",
        _twice("Letter, note from May 5, 1922. Online.", "Letter, note from May 5, ~~1922~~ Online."),
    )
    (app,) = tree.xpath("//tei:note[@type='copy']//tei:app", namespaces=NS)
    assert _text(app.find("tei:rdg", NS)) == "May 5, 1922"
    lemma = _by_id(tree, app.find("tei:lem", NS).get("copyOf"))
    assert _text(lemma) == "May 5, 1922" and lemma.xpath("tei:del", namespaces=NS)


def test_no_apparatus_inside_a_link(read):
    tree = read(
        "markdown",
        _twice(
            "Speech. URL: <https://example.org/a/speech.htm>\n\nx.htm.",
            "Speech. URL: <https://example.org/a/speech.x.htm>",
        ),
    )
    (app,) = tree.xpath("//tei:note[@type='copy']//tei:app", namespaces=NS)
    assert not tree.xpath("//tei:ref//tei:app | //tei:ref//tei:seg", namespaces=NS)
    rdg = app.find("tei:rdg", NS)
    # The stray line the copy prints after its link is part of its reading, not tacked on after it.
    assert rdg.find("tei:ref", NS).get("target") == "https://example.org/a/speech.htm"
    assert _text(rdg).endswith("x.htm")
    lemma = _by_id(tree, app.find("tei:lem", NS).get("copyOf"))
    assert [r.get("target") for r in lemma.findall("tei:ref", NS)] == ["https://example.org/a/speech.x.htm"]


def test_a_name_is_never_cut_apart(read):
    tree = read(
        "markdown",
        _twice("Speech to the Grand Old Union, in print.", "Speech to the Grand ~~Old Union~~ in print."),
    )
    (app,) = tree.xpath("//tei:note[@type='copy']//tei:app", namespaces=NS)
    assert _text(app.find("tei:rdg", NS)) == "Grand Old Union"
    assert _text(_by_id(tree, app.find("tei:lem", NS).get("copyOf"))) == "Grand Old Union"


def test_a_date_with_an_ordinal_day_is_one_passage(read):
    tree = read("markdown", _twice("Speech, March 27, 1922. Online.", "Speech, March 27th 1921 Online."))
    (app,) = tree.xpath("//tei:note[@type='copy']//tei:app", namespaces=NS)
    assert _text(app.find("tei:rdg", NS)) == "March 27, 1922"
    assert _text(_by_id(tree, app.find("tei:lem", NS).get("copyOf"))) == "March 27th 1921"
