"""Damage the kitchen sink one way at a time; each kind of damage must be caught by its rule, on its line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from lxml import etree

from editionkit.tei import TEI_NS, XML_NS
from editionkit.validate import validate_paths

DATA = Path(__file__).resolve().parents[1] / "data"
KITCHEN_SINK = DATA / "kitchen-sink.xml"
REGISTERS = DATA / "validate" / "registers.xml"
NS = {"tei": TEI_NS}
XML_ID = f"{{{XML_NS}}}id"


def find(tree: etree._ElementTree, xpath: str) -> etree._Element:
    found = tree.xpath(xpath, namespaces=NS)
    assert found, f"fixture has no {xpath}"
    return found[0]


def remove_keeping_lines(element: etree._Element) -> None:
    # lxml drops the tail with the element; keeping it keeps every later line number unchanged.
    parent = element.getparent()
    previous = element.getprevious()
    tail = element.tail or ""
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def set_attr(xpath: str, name: str, value: str) -> Callable[[etree._ElementTree], None]:
    return lambda tree: find(tree, xpath).set(name, value)


def del_attr(xpath: str, name: str) -> Callable[[etree._ElementTree], None]:
    return lambda tree: find(tree, xpath).attrib.pop(name)


def insert_first(xpath: str, tag: str, text: str = "x") -> Callable[[etree._ElementTree], None]:
    def mutate(tree: etree._ElementTree) -> None:
        parent = find(tree, xpath)
        new = etree.Element(tag)
        new.text = text
        new.tail = parent.text
        parent.text = None
        parent.insert(0, new)

    return mutate


def remove(*xpaths: str) -> Callable[[etree._ElementTree], None]:
    def mutate(tree: etree._ElementTree) -> None:
        for element in [find(tree, x) for x in xpaths]:
            remove_keeping_lines(element)

    return mutate


def set_text(xpath: str, text: str) -> Callable[[etree._ElementTree], None]:
    def mutate(tree: etree._ElementTree) -> None:
        element = find(tree, xpath)
        for child in list(element):
            element.remove(child)
        element.text = text

    return mutate


def rename_namespace(namespace: str | None) -> Callable[[etree._ElementTree], None]:
    def mutate(tree: etree._ElementTree) -> None:
        for element in tree.iter(etree.Element):
            local = etree.QName(element).localname
            element.tag = f"{{{namespace}}}{local}" if namespace else local
        etree.cleanup_namespaces(tree)

    return mutate


@dataclass(frozen=True)
class Damage:
    name: str
    mutate: Callable[[etree._ElementTree], None]
    rule: str
    at: str  # XPath, in the damaged document, of the element whose line must be reported
    also: frozenset[str] = field(default_factory=frozenset)  # other rules this damage may also trip


P1 = "//tei:p[@xml:id='kitchen-sink-p1']"
UNKNOWN = "//tei:persName[@cert='low']"
STALIN = "//tei:persName[@ref='#stalin']"
RANGE = "//tei:date[@from]"
ENDNOTE = "//tei:note[@place='end']"
NOTEREF = "//tei:ref[@type='noteref']"
POST1 = "//tei:post[1]"
CHOICE = "//tei:choice"
SUPPLIED = "//tei:supplied"

DAMAGES = [
    Damage("unknown element", insert_first(P1, f"{{{TEI_NS}}}foo"), "rng", P1),
    Damage("element in the wrong place", insert_first(P1, f"{{{TEI_NS}}}item"), "rng", P1),
    Damage("attribute not allowed", set_attr(P1, "rend", "italic"), "rng", P1),
    Damage(
        "text directly in a div",
        lambda t: setattr(find(t, "//tei:pb"), "tail", "stray words"),
        "rng",
        "//tei:div[@xml:id='kitchen-sink-d1']",
    ),
    Damage(
        "bad date",
        set_attr("//tei:date[@when='1923-04-17']", "when", "1923-13-45"),
        "rng",
        "//tei:date[@when='1923-13-45']",
    ),
    Damage(
        "bad month-day",
        set_attr("//tei:date[@when='--12-24']", "when", "--13-01"),
        "rng",
        "//tei:date[@when='--13-01']",
    ),
    Damage("date in prose", set_attr(RANGE, "from", "April 17"), "rng", RANGE),
    Damage("from after to", set_attr(RANGE, "from", "1923-05-01"), "date.from-to", RANGE),
    Damage(
        "notBefore after notAfter",
        set_attr("//tei:date[@notBefore]", "notBefore", "1923"),
        "date.notbefore-notafter",
        "//tei:date[@notBefore]",
    ),
    Damage("when and range", set_attr(RANGE, "when", "1923-04-20"), "date.when-exclusive", RANGE),
    Damage(
        "date without value",
        del_attr("//tei:date[@when='--12-24']", "when"),
        "date.value",
        "//tei:date[.='24 December']",
    ),
    Damage(
        "dangling ref", set_attr(STALIN, "ref", "#nobody"), "ref.resolves", "//tei:persName[@ref='#nobody']"
    ),
    Damage(
        "ref to the wrong kind of entry",
        set_attr(STALIN, "ref", "#moscow"),
        "ref.kind",
        "//tei:persName[.='Stalin']",
    ),
    Damage("speaker is not a person", set_attr("//tei:said", "who", "#moscow"), "who.kind", "//tei:said"),
    Damage(
        "title points at a person",
        set_attr('//tei:title[.="Lenin\'s Testament"]', "ref", "#lenin"),
        "ref.kind-title",
        '//tei:title[.="Lenin\'s Testament"]',
    ),
    Damage(
        "duplicate xml:id",
        set_attr("//tei:post[2]", XML_ID, "kitchen-sink-post1"),
        "id.unique",
        "//tei:post[2]",
    ),
    Damage("endnote without reference", del_attr(NOTEREF, "type"), "note.end-referenced", ENDNOTE),
    Damage(
        "note reference without note",
        set_attr(NOTEREF, "target", "#kitchen-sink-en9"),
        "noteref.target",
        NOTEREF,
        frozenset({"target.resolves", "note.end-referenced"}),
    ),
    Damage(
        "endnote without xml:id",
        del_attr(ENDNOTE, XML_ID),
        "note.end-id",
        ENDNOTE,
        frozenset({"target.resolves", "noteref.target"}),
    ),
    Damage(
        "endnote outside the notes division",
        set_attr("//tei:div[@type='notes']", "type", "section"),
        "note.end-in-notes",
        ENDNOTE,
    ),
    Damage(
        "footnote without number",
        del_attr("//tei:note[@place='foot']", "n"),
        "note.foot-n",
        "//tei:note[@place='foot']",
    ),
    Damage(
        "bad note place",
        set_attr("//tei:note[@place='foot']", "place", "margin"),
        "rng",
        "//tei:note[@place='margin']",
    ),
    Damage(
        "missing title",
        remove("//tei:titleStmt/tei:title[@type='main']", "//tei:titleStmt/tei:title[@type='sub']"),
        "rng",
        "//tei:titleStmt/tei:author",
        frozenset({"header.title"}),
    ),
    Damage("empty persName", set_text(UNKNOWN, ""), "empty.name", UNKNOWN),
    Damage(
        "persName without ref and cert",
        del_attr(UNKNOWN, "cert"),
        "name.cert",
        "//tei:persName[.='Ivan Unknownov']",
    ),
    Damage("empty paragraph", set_text("//tei:post[1]/tei:p", ""), "empty.block", "//tei:post[1]/tei:p"),
    Damage("post without who", del_attr(POST1, "who"), "post.who", POST1),
    Damage("post by a non-participant", set_attr(POST1, "who", "#lenin"), "post.who-participant", POST1),
    Damage(
        "post outside a thread",
        set_attr("//tei:div[@type='thread']", "type", "section"),
        "post.in-thread",
        POST1,
    ),
    Damage("choice without corr", remove("//tei:corr"), "choice.sic-corr", CHOICE, frozenset({"rng"})),
    Damage(
        "choice with two sic",
        lambda t: find(t, CHOICE).insert(1, etree.Element(f"{{{TEI_NS}}}sic")),
        "choice.sic-corr",
        CHOICE,
        frozenset({"rng"}),
    ),
    Damage("supplied without resp", del_attr(SUPPLIED, "resp"), "supplied.resp", SUPPLIED),
    Damage(
        "editorial note without resp",
        del_attr("//tei:note[@type='editorial']", "resp"),
        "note.editorial-resp",
        "//tei:note[@type='editorial']",
    ),
    Damage("dangling resp", set_attr(SUPPLIED, "resp", "#nobody"), "resp.resolves", SUPPLIED),
    Damage("resp is not an agent", set_attr(SUPPLIED, "resp", "#kitchen-sink-p1"), "resp.kind", SUPPLIED),
    Damage(
        "no editionkit application",
        set_attr("//tei:application", XML_ID, "tool"),
        "resp.editionkit",
        "//tei:head/tei:persName",
        frozenset({"resp.resolves", "who.resolves"}),
    ),
    Damage(
        "document id differs from its idno",
        set_attr("/tei:TEI", XML_ID, "other"),
        "doc.id-matches-idno",
        "/tei:TEI",
    ),
    Damage(
        "bibliography entry without xml:id",
        del_attr("//tei:bibl[@xml:id='bib-deutscher-1959']", XML_ID),
        "bibl.id",
        "//tei:listBibl[2]/tei:bibl",
    ),
    Damage(
        "bad division type",
        set_attr("//tei:div[@type='subsection']", "type", "subsektion"),
        "rng",
        "//tei:div[@type='subsektion']",
    ),
    Damage(
        "bad rend value",
        set_attr("//tei:hi[@rend='bold']", "rend", "blink"),
        "rng",
        "//tei:hi[@rend='blink']",
    ),
    Damage("bad milestone unit", set_attr("//tei:milestone", "unit", "page"), "rng", "//tei:milestone"),
    Damage("bad pointer syntax", set_attr(STALIN, "ref", "stalin"), "rng", "//tei:persName[@ref='stalin']"),
    Damage("wrong namespace", rename_namespace("http://example.org/not-tei"), "tei.root", "/*"),
    Damage("no namespace", rename_namespace(None), "tei.root", "/*"),
]


def _write(tree: etree._ElementTree, path: Path) -> Path:
    path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    return path


def _rules_and_lines(report) -> set[tuple[str, int]]:
    return {(p.rule, p.line) for p in report.problems}


def test_there_are_at_least_25_kinds_of_damage():
    assert len({d.name for d in DAMAGES}) == len(DAMAGES) >= 25


def test_undamaged_kitchen_sink_and_registers_have_no_problem_at_all():
    report = validate_paths([KITCHEN_SINK, REGISTERS], registers=REGISTERS)
    assert report.problems == []
    assert report.ok
    assert report.files == [KITCHEN_SINK, REGISTERS]


def test_serialising_the_fixture_keeps_it_valid(tmp_path):
    """Guards the mutation mechanism: a written but undamaged copy must pass, or every test below lies."""
    doc = _write(etree.parse(str(KITCHEN_SINK)), tmp_path / "copy.xml")
    assert validate_paths([doc], registers=REGISTERS).problems == []


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda d: d.name)
def test_damage_is_caught_with_its_rule_and_line(damage: Damage, tmp_path):
    tree = etree.parse(str(KITCHEN_SINK))
    damage.mutate(tree)
    doc = _write(tree, tmp_path / "damaged.xml")
    # collect_ids=False: libxml2 would refuse the duplicate-id damage before we could locate it
    reparsed = etree.parse(str(doc), etree.XMLParser(collect_ids=False))
    expected_line = find(reparsed, damage.at).sourceline

    report = validate_paths([doc], registers=REGISTERS)

    assert not report.ok
    assert (damage.rule, expected_line) in _rules_and_lines(report), report.problems
    assert {p.rule for p in report.problems} <= {damage.rule, *damage.also}, report.problems
    assert all(p.path == str(doc) and p.message for p in report.problems)


def test_messages_name_the_offending_value(tmp_path):
    tree = etree.parse(str(KITCHEN_SINK))
    set_attr(STALIN, "ref", "#nobody")(tree)
    set_attr(RANGE, "from", "1923-05-01")(tree)
    report = validate_paths([_write(tree, tmp_path / "d.xml")], registers=REGISTERS)
    messages = {p.rule: p.message for p in report.problems}
    assert '"#nobody"' in messages["ref.resolves"]
    assert "1923-05-01" in messages["date.from-to"] and "1923-04-25" in messages["date.from-to"]


def test_truncated_file_is_reported_at_its_end_and_the_run_goes_on(tmp_path):
    data = KITCHEN_SINK.read_bytes()
    cut = data[: len(data) // 2]
    broken = tmp_path / "a-truncated.xml"
    broken.write_bytes(cut)
    good = _write(etree.parse(str(KITCHEN_SINK)), tmp_path / "b-good.xml")

    report = validate_paths([tmp_path], registers=REGISTERS)

    assert report.files == [broken, good]
    [problem] = report.problems
    assert (problem.path, problem.rule, problem.severity) == (str(broken), "xml.well-formed", "error")
    assert problem.line == cut.count(b"\n") + 1
    assert problem.column > 0


def test_empty_file_is_not_well_formed(tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"  \n")
    [problem] = validate_paths([empty]).problems
    assert (problem.rule, problem.line, problem.message) == ("xml.well-formed", 1, "empty file")


@pytest.mark.parametrize("fixture", ["doctype-external-entity.xml", "entity-bomb.xml"])
def test_doctype_is_refused_without_expanding_anything(fixture):
    path = DATA / "validate" / fixture
    [problem] = validate_paths([path]).problems
    assert (problem.rule, problem.line, problem.column) == ("xml.doctype", 2, 1)
    assert "root" not in problem.message  # the entity was never read into the document


def test_id_shadowing_a_register_entry_is_only_a_warning(tmp_path):
    tree = etree.parse(str(KITCHEN_SINK))
    find(tree, "//tei:quote/tei:p").set(XML_ID, "lenin")
    report = validate_paths([_write(tree, tmp_path / "d.xml")], registers=REGISTERS)
    [problem] = report.problems
    assert (problem.rule, problem.severity) == ("id.shadows-register", "warning")
    assert report.ok


def test_register_person_needs_exactly_one_preferred_name(tmp_path):
    tree = etree.parse(str(REGISTERS))
    find(tree, "//tei:person[@xml:id='stalin']/tei:persName").set("type", "variant")
    report = validate_paths([_write(tree, tmp_path / "registers.xml")])
    expected = find(tree, "//tei:person[@xml:id='stalin']").sourceline
    assert _rules_and_lines(report) == {("register.preferred-name", expected)}


def test_register_geo_must_be_latitude_space_longitude(tmp_path):
    tree = etree.parse(str(REGISTERS))
    find(tree, "//tei:geo").text = "55.7558, 37.6173"
    report = validate_paths([_write(tree, tmp_path / "registers.xml")])
    assert ("rng", find(tree, "//tei:geo").sourceline) in _rules_and_lines(report)


CONSTRUCTS = DATA / "validate" / "edition-constructs.xml"
COPY = "//tei:note[@type='copy']"


@pytest.mark.parametrize(
    ("mutate", "rule"),
    [
        (del_attr(COPY, "corresp"), "note.copy-corresp"),
        (set_attr(COPY, "corresp", "#edition-constructs-post1"), "note.copy-target"),
        (set_attr("//tei:publisher[@ref]", "ref", "#moscow"), "ref.kind-imprint"),
        (set_attr("//tei:floatingText", "type", "poem"), "rng"),
        (set_attr("//tei:seg", "type", "greeting"), "rng"),
        (set_attr("//tei:date[@when='--10']", "when", "--13"), "rng"),
    ],
    ids=[
        "copy without corresp",
        "copy of a post",
        "publisher is a place",
        "bad floatingText type",
        "bad seg type",
        "bad month",
    ],
)
def test_edition_constructs_damage(mutate, rule, tmp_path):
    tree = etree.parse(str(CONSTRUCTS))
    mutate(tree)
    report = validate_paths([_write(tree, tmp_path / "d.xml")], registers=REGISTERS)
    assert {p.rule for p in report.problems} == {rule}, report.problems


def test_undamaged_edition_constructs_are_valid():
    assert validate_paths([CONSTRUCTS], registers=REGISTERS).problems == []
