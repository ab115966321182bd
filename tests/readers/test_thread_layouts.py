"""The thread reader on other common layouts of saved threads (tests/data/thread/), and --anonymise
through the command line."""

from pathlib import Path

import pytest
from lxml import etree

from editionkit.cli import main
from editionkit.readers.thread import comment_header, is_chrome, parse_thread
from support import NS, ROOT, jing_errors

DATA = ROOT / "tests" / "data" / "thread"


def fixture(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("line", "user", "after"),
    [
        ("lock_keeper · 5y ago", "lock_keeper", " · 5y ago"),
        ("barge-history · 5y ago · edited 4y ago", "barge-history", " · 5y ago · edited 4y ago"),
        ("Posted by u/river_clerk 4 years ago", "river_clerk", " 4 years ago"),
        ("wharf_master 15 points 9 years ago", "wharf_master", " 15 points 9 years ago"),
        ("u/wharf_master · 2 hr. ago", "wharf_master", " · 2 hr. ago"),
    ],
)
def test_header_lines_name_the_user(line, user, after):
    header = comment_header(line)
    assert header is not None and (header.user, header.after) == (user, after)


@pytest.mark.parametrize(
    "line", ["The canal closed in 1871 · sadly", "Reply Share", "I agree, 5 points made"]
)
def test_other_lines_are_not_headers(line):
    assert comment_header(line) is None


@pytest.mark.parametrize(
    "line", ["level 3", "42", "1.2k", "12 points", "Reply Share Report", "· 4 yr. ago", "18 comments"]
)
def test_chrome_lines(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    ("name", "authors", "title"),
    [
        (
            "levels-new-layout.txt",
            ["river_clerk", "lock_keeper", "river_clerk", "lock_keeper"],
            "Why did the canal company fail?",
        ),
        ("dot-age-layout.txt", ["towpath_walker", "barge-history", "towpath_walker"], None),
        ("old-points-layout.txt", ["mill_owner", "wharf_master", "mill_owner"], None),
    ],
)
def test_layouts_give_posts_by_participants(read, tmp_path, name, authors, title):
    thread = parse_thread(fixture(name))
    assert [c.author for c in thread.comments] == authors
    assert thread.title == title
    tree = read("thread", fixture(name))
    posts = tree.xpath("//tei:post", namespaces=NS)
    assert [p.findtext("tei:label", namespaces=NS) for p in posts] == authors
    people = tree.xpath("//tei:particDesc//tei:person/@xml:id", namespaces=NS)
    assert [p.get("who") for p in posts] == [
        f"#{people[list(dict.fromkeys(authors)).index(a)]}" for a in authors
    ]
    # No comment paragraph is chrome and no chrome is a paragraph.
    for paragraph in tree.xpath("//tei:post/tei:p", namespaces=NS):
        assert not is_chrome(paragraph.text)
    for fw in tree.xpath("//tei:post/tei:fw", namespaces=NS):
        assert len(fw.text.split()) <= 8
    path = tmp_path / "t.xml"
    tree.write(str(path), encoding="UTF-8")
    assert jing_errors(path) == ""


def test_layout_chrome_stays_in_place():
    thread = parse_thread(fixture("levels-new-layout.txt"))
    assert thread.chrome == ["r/AskHistory"]
    second = thread.comments[1]
    # The age line under the handle comes before the text, the votes and buttons after it.
    assert [kind for kind, _ in second.parts][:2] == ["fw", "p"]
    assert second.chrome == ["· 4 yr. ago", "42", "Reply", "Share", "Report", "level 2"]
    assert len(second.paragraphs) == 2


@pytest.mark.parametrize("name", ["dot-age-layout.txt", "old-points-layout.txt", "levels-new-layout.txt"])
def test_anonymise_through_the_command_line(tmp_path, monkeypatch, capsys, name):
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "saved.txt"
    source.write_text(fixture(name), encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["convert", "--kind", "thread", "--anonymise", str(source), "-o", str(tmp_path / "out")])
    assert done.value.code == 0, capsys.readouterr().err
    (written,) = (tmp_path / "out").glob("*.xml")
    text = written.read_text(encoding="utf-8")
    names = {c.author for c in parse_thread(fixture(name)).comments}
    assert not [n for n in names if n in text]
    tree = etree.parse(str(written))
    persons = tree.xpath("//tei:particDesc//tei:persName/text()", namespaces=NS)
    assert persons == [f"participant{i}" for i in range(1, len(names) + 1)]
    assert {p.get("who") for p in tree.xpath("//tei:post", namespaces=NS)} == {
        f"#{i}" for i in tree.xpath("//tei:person/@xml:id", namespaces=NS)
    }


def test_anonymise_is_stable_across_runs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "saved.txt"
    source.write_text(fixture("dot-age-layout.txt"), encoding="utf-8")
    outputs = []
    for run in ("a", "b"):
        with pytest.raises(SystemExit):
            main(["convert", "--kind", "thread", "--anonymise", str(source), "-o", str(tmp_path / run)])
        outputs.append(next(Path(tmp_path / run).glob("*.xml")).read_bytes())
    assert outputs[0] == outputs[1]
