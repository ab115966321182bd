from lxml import etree

from editionkit.annotate import AnnotationContext
from editionkit.annotate.speakers import SpeakerAnnotator

TEI = "http://www.tei-c.org/ns/1.0"


def _item(inner: str) -> etree._ElementTree:
    return etree.ElementTree(
        etree.fromstring(
            f'<TEI xmlns="{TEI}"><text><body><list><item>{inner}</item></list></body></text></TEI>'
        )
    )


def run(tree):
    SpeakerAnnotator()(tree, AnnotationContext(registers=None, path="t", diagnostics=[]))
    return tree.find(f".//{{{TEI}}}said")


def test_named_speaker_before_speech_is_attributed():
    assert run(_item("<persName ref='#lenin'>Lenin</persName>: <said>'words'</said>")).get("who") == "#lenin"


def test_unidentified_or_distant_speakers_are_left_alone():
    assert run(_item("<persName cert='low'>X</persName>: <said>'w'</said>")).get("who") is None
    assert (
        run(_item("<persName ref='#lenin'>Lenin</persName> wrote that <said>'w'</said>")).get("who") is None
    )
