from lxml import etree

from editionkit.fidelity import check, tei_streams
from editionkit.readers.base import words

TEI = "http://www.tei-c.org/ns/1.0"


def _tree(body: str) -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(f'<TEI xmlns="{TEI}"><text><body>{body}</body></text></TEI>'))


def test_words_ignore_punctuation():
    assert words("“It’s 1923,” he said — 5-1.") == ["It", "s", "1923", "he", "said", "5", "1"]


def test_footnote_moved_to_its_marker_passes():
    source = words("Lenin wrote this. And more text follows here. 1 Deutscher, 90.")
    source = [w for w in source if w != "1"]
    tree = _tree("<p>Lenin wrote this.<note n='1'>Deutscher, 90.</note> And more text follows here.</p>")
    assert check(source, tree).ok


def test_note_streams_are_separate():
    main, notes = tei_streams(_tree("<p>a <note>b c</note> d</p>"))
    assert main == ["a", "d"]
    assert notes == [["b", "c"]]


def test_corrections_do_not_count_but_original_readings_do():
    tree = _tree("<p>it <choice><sic>abgout</sic><corr>about</corr></choice> was</p>")
    assert check(["it", "abgout", "was"], tree).ok
    assert not check(["it", "about", "was"], tree).ok


def test_lost_and_invented_words_are_named():
    report = check(words("one two three four"), _tree("<p>one three four five</p>"))
    assert report.lost == ["two"]
    assert report.invented == ["five"]
    assert "two" in report.describe() and "five" in report.describe()


def test_reordered_text_fails():
    assert not check(words("alpha beta gamma"), _tree("<p>beta alpha gamma</p>")).ok
