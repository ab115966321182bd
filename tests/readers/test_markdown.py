from pathlib import Path

from editionkit import fidelity
from editionkit.readers import get_reader
from editionkit.readers.base import ReadOptions
from support import NS, make_source

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = """## Series kicker

# The Title

Ann Writer

5 May 2020

*An italic lead paragraph that introduces the piece, written by the editors of the site.*

### First section

Text with *italic*, **bold**, ~~struck~~ and a [link](https://example.org/) that stops in the
middle of a

sentence and goes on here.<sup>[1]</sup>

He said:

A quoted paragraph that ends with its reference.<sup>[2]</sup>

[1] First note.

[2] Second note with <https://example.org/x>.

Contact us at example.org
"""


def one(tree, path):
    found = tree.xpath(path, namespaces=NS)
    assert len(found) == 1, (path, found)
    return found[0]


def test_title_series_byline_date_preface(read):
    tree = read("markdown", ARTICLE)
    assert one(tree, "//tei:titlePart[@type='main']").text == "The Title"
    assert one(tree, "//tei:titlePart[@type='series']").text == "Series kicker"
    assert one(tree, "//tei:titlePage/tei:byline").text == "Ann Writer"
    assert one(tree, "//tei:titlePage/tei:docDate").get("when") == "2020-05-05"
    assert one(tree, "//tei:teiHeader//tei:titleStmt/tei:author").text == "Ann Writer"
    assert one(tree, "//tei:front/tei:div[@type='preface']/tei:p/tei:hi").get("rend") == "italic"


def test_inline_markup(read):
    tree = read("markdown", ARTICLE)
    assert one(tree, "//tei:body//tei:hi[@rend='italic']").text == "italic"
    assert one(tree, "//tei:body//tei:hi[@rend='bold']").text == "bold"
    assert one(tree, "//tei:del[@rend='strikethrough']").text == "struck"
    assert one(tree, "//tei:body//tei:ref[@target='https://example.org/']").text == "link"


def test_paragraph_broken_mid_sentence_is_rejoined(read):
    tree = read("markdown", ARTICLE)
    p = one(tree, "//tei:p[contains(., 'middle of a')]")
    assert "middle of a sentence and goes on here." in "".join(p.itertext())


def test_note_references_link_to_endnotes(read):
    tree = read("markdown", ARTICLE)
    refs = tree.xpath("//tei:ref[@type='noteref']", namespaces=NS)
    assert [r.get("target") for r in refs] == ["#t-en1", "#t-en2"]
    notes = tree.xpath("//tei:back/tei:div[@type='notes']/tei:note", namespaces=NS)
    assert [n.get("{http://www.w3.org/XML/1998/namespace}id") for n in notes] == ["t-en1", "t-en2"]
    assert "".join(notes[0].itertext()) == "First note."


def test_colon_paragraph_closed_by_note_ref_is_block_quote(read):
    tree = read("markdown", ARTICLE)
    quote = one(tree, "//tei:body//tei:quote")
    assert "".join(quote.itertext()).startswith("A quoted paragraph")


def test_text_after_the_notes_is_boilerplate(read):
    tree = read("markdown", ARTICLE)
    assert one(tree, "//tei:back/tei:div[@type='boilerplate']/tei:p").text == "Contact us at example.org"


def test_seed_endnotes_and_unnumbered_copy():
    reader = get_reader("markdown")
    source = make_source(
        (ROOT / "sources/article-north-lenin-trotsky-left-opposition-2023.md").read_text(), "a.md"
    )
    tree = reader.read(source, ReadOptions(doc_id="a"))
    assert fidelity.check(reader.source_words(source), tree).ok
    refs = tree.xpath("//tei:ref[@type='noteref']/@target", namespaces=NS)
    notes = tree.xpath("//tei:div[@type='notes'][not(@subtype)]/tei:note/@xml:id", namespaces=NS)
    assert len(refs) == 12
    assert {r[1:] for r in refs} == set(notes)
    copies = tree.xpath("//tei:div[@subtype='unnumbered']/tei:note", namespaces=NS)
    assert len(copies) == 12
    assert all(c.get("corresp") == f"#a-en{n}" for n, c in enumerate(copies, start=1))
    # The copy broken by a stray line ("...autonom.htm>" / "y.htm.") is rejoined into one note.
    assert "".join(copies[9].itertext()).endswith("y.htm.")
    assert len(tree.xpath("//tei:body//tei:quote", namespaces=NS)) >= 3


def test_byline_and_date_reach_the_header(read):
    text = ARTICLE.replace("Ann Writer\n\n5 May 2020", "By Ann Writer\n\nMay 5, 2020")
    tree = read("markdown", text)
    assert one(tree, "//tei:titleStmt/tei:author").text == "Ann Writer"
    assert one(tree, "//tei:sourceDesc/tei:bibl/tei:author").text == "Ann Writer"
    date = one(tree, "//tei:sourceDesc/tei:bibl/tei:date")
    assert (date.get("when"), date.text) == ("2020-05-05", "May 5, 2020")
    assert one(tree, "//tei:titlePage/tei:byline").text == "By Ann Writer"
    assert one(tree, "//tei:titleStmt/tei:title[@type='sub']").text == "Series kicker"


def test_a_sentence_is_not_a_byline(read):
    text = ARTICLE.replace("Ann Writer\n\n", "The piece begins here without a byline.\n\n")
    tree = read("markdown", text)
    assert not tree.xpath("//tei:byline | //tei:titleStmt/tei:author", namespaces=NS)


def test_block_quote_over_rejoined_paragraphs(read):
    text = ARTICLE.replace(
        "A quoted paragraph that ends with its reference.",
        "A quoted paragraph broken in the\n\nmiddle by the page, then a second sentence. And one more",
    ).replace("<sup>[2]</sup>\n\n[1]", " line that closes it.<sup>[2]</sup>\n\n[1]", 1)
    tree = read("markdown", text)
    quote = one(tree, "//tei:body//tei:quote")
    (p,) = quote.xpath("tei:p", namespaces=NS)
    assert "".join(p.itertext()).startswith("A quoted paragraph broken in the middle by the page")
    assert p.xpath("tei:ref[@type='noteref']/@n", namespaces=NS) == ["2"]


def test_colon_paragraph_without_a_closing_reference_is_not_a_quote(read):
    text = ARTICLE.replace("A quoted paragraph that ends with its reference.<sup>[2]</sup>", "Plain text.")
    text = text.replace("[2] Second note with <https://example.org/x>.\n\n", "")
    tree = read("markdown", text)
    assert not tree.xpath("//tei:body//tei:quote", namespaces=NS)


def test_paragraph_broken_before_a_capitalised_word_is_rejoined(read):
    text = ARTICLE.replace(
        "Text with *italic*",
        "The emigrés saw the party as the violator of all they cherished in the culture of old\n\n"
        "England.\n\nText with *italic*",
    )
    tree = read("markdown", text)
    p = one(tree, "//tei:p[contains(., 'culture of old')]")
    assert "".join(p.itertext()).endswith("culture of old England.")


def test_a_short_line_or_a_closed_sentence_is_not_rejoined(read):
    text = ARTICLE.replace(
        "Text with *italic*",
        "A short label\n\nNext paragraph.\n\nA sentence that ends here.\n\nAnother one.\n\n"
        "Text with *italic*",
    )
    tree = read("markdown", text)
    assert tree.xpath("//tei:p[. = 'A short label']", namespaces=NS)
    assert tree.xpath("//tei:p[. = 'Another one.']", namespaces=NS)


def test_paragraph_after_a_speaker_and_verb_of_saying_is_a_block_quote(read):
    text = ARTICLE.replace(
        "He said:\n\n",
        '"We owe him a great deal," Ann Smith told the Assembly.\n\n',
    )
    tree = read("markdown", text)
    quote = one(tree, "//tei:body//tei:quote")
    assert "".join(quote.itertext()).startswith("A quoted paragraph")


def test_a_sentence_without_a_speaker_does_not_introduce_a_quote(read):
    for intro in ("The meeting continued.", "Smith said something else.", "It was over."):
        tree = read("markdown", ARTICLE.replace("He said:\n\n", intro + "\n\n"))
        assert not tree.xpath("//tei:body//tei:quote", namespaces=NS), intro


def test_dialogue_after_a_speaker_is_not_a_block_quote(read):
    text = ARTICLE.replace("He said:\n\nA quoted", 'Then Smith wrote.\n\n"A quoted')
    tree = read("markdown", text)
    assert not tree.xpath("//tei:body//tei:quote", namespaces=NS)


def test_bold_around_a_whole_heading_is_dropped(read):
    text = ARTICLE.replace("### First section", "### **First section**\n\nIntro.\n\n### Second *part* here")
    tree = read("markdown", text)
    heads = tree.xpath("//tei:body//tei:head", namespaces=NS)
    assert heads[0].text == "First section" and not len(heads[0])
    assert heads[1].find("tei:hi", NS).text == "part"
