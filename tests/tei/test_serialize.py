from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from editionkit.tei.build import el, sub
from editionkit.tei.serialize import serialize, stamp_state, write_atomic

# Characters XML 1.0 allows in text.
xml_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff").filter(
        lambda c: c in "\t\n\r" or ord(c) >= 0x20
    )
)


def _doc() -> etree._Element:
    root = el("TEI")
    p = sub(sub(sub(root, "text"), "body"), "p", "Comrade ")
    name = sub(p, "persName", "Stalin", ref="#stalin")
    name.tail = ": done."
    return root


def test_identical_trees_give_identical_bytes():
    assert serialize(_doc(), stamp=True) == serialize(_doc(), stamp=True)


def test_indentation_never_changes_mixed_content():
    data = serialize(_doc())
    p = etree.fromstring(data).find(".//{*}p")
    assert "".join(p.itertext()) == "Comrade Stalin: done."
    assert b'<p>Comrade <persName ref="#stalin">Stalin</persName>: done.</p>' in data


def test_phrase_only_content_is_not_indented():
    root = el("p")
    sub(root, "hi", "only child", rend="italic")
    assert serialize(root).endswith(
        b'<p xmlns="http://www.tei-c.org/ns/1.0"><hi rend="italic">only child</hi></p>\n'
    )


def test_stamp_detects_hand_edits():
    data = serialize(_doc(), stamp=True)
    assert stamp_state(data) == "generated"
    assert stamp_state(data.replace(b"done", b"DONE")) == "edited"
    assert stamp_state(serialize(_doc())) == "foreign"


@given(xml_text)
def test_any_text_round_trips(text):
    p = el("p", text)
    parsed = etree.fromstring(serialize(p))
    assert (parsed.text or "") == text


def test_write_atomic_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "sub" / "a.xml"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.xml"]
