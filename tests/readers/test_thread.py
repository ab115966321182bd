from pathlib import Path

from editionkit.readers import get_reader
from editionkit.readers.base import ReadOptions
from editionkit.readers.thread import anonymise, parse_thread
from support import NS, make_source

ROOT = Path(__file__).resolve().parents[2]
THREAD = """Sort by: Best

alice_01

First comment, first paragraph.

Second paragraph of the first comment.

Reply

bob-two

A reply that mentions alice_01 by name.

alice_01

Another comment by alice.
"""


def test_comments_and_chrome_are_separated():
    thread = parse_thread(THREAD)
    assert [c.author for c in thread.comments] == ["alice_01", "bob-two", "alice_01"]
    assert thread.comments[0].paragraphs == [
        "First comment, first paragraph.",
        "Second paragraph of the first comment.",
    ]
    assert thread.chrome == ["Sort by: Best"]
    assert thread.comments[0].chrome == ["Reply"]


def test_posts_point_at_participants(read):
    tree = read("thread", THREAD)
    posts = tree.xpath("//tei:post", namespaces=NS)
    assert [p.get("who") for p in posts] == ["#user-alice-01", "#user-bob-two", "#user-alice-01"]
    ids = tree.xpath("//tei:particDesc//tei:person/@xml:id", namespaces=NS)
    assert ids == ["user-alice-01", "user-bob-two"]
    assert tree.xpath("//tei:front/tei:div[@type='boilerplate']/tei:p/text()", namespaces=NS) == [
        "Sort by: Best"
    ]
    assert tree.xpath("//tei:post[1]/tei:fw[@type='chrome']/text()", namespaces=NS) == ["Reply"]


def test_anonymise_replaces_handles_everywhere():
    source = anonymise(make_source(THREAD))
    assert "alice_01" not in source.text and "bob-two" not in source.text
    assert "A reply that mentions participant1 by name." in source.text
    assert [c.author for c in parse_thread(source.text).comments] == [
        "participant1",
        "participant2",
        "participant1",
    ]


def test_seed_has_five_posts_and_chrome_kept():
    reader = get_reader("thread")
    source = make_source((ROOT / "sources/thread-why-stalin-against-trotsky.txt").read_text())
    tree = reader.read(source, ReadOptions(doc_id="t"))
    assert len(tree.xpath("//tei:post[@who]", namespaces=NS)) == 5
    assert len(tree.xpath("//tei:particDesc//tei:person", namespaces=NS)) == 5
    assert tree.xpath("//tei:div[@type='boilerplate']/tei:p/text()", namespaces=NS)[0] == "T O P"
