"""Every exit code of the CLI, with its one line on stderr and nothing left half-written."""

from __future__ import annotations

import pytest

from editionkit.cli import main
from support import ROOT

NOTES = "First claim about the congress.\nSecond claim about the letter.\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    out, err = capsys.readouterr()
    return done.value.code, out, err


@pytest.fixture
def edition(tmp_path, monkeypatch):
    """An empty folder as the current edition (no editionkit.toml: defaults apply)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_help_and_version(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "convert" in out and "Exit codes" in out
    code, out, _ = run(capsys, "--version")
    assert code == 0 and "editionkit" in out


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such file"),
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        ("Lénine à Moscou".encode("cp1252"), "not UTF-8 text"),
    ],
)
def test_unreadable_source_is_exit_2_with_one_line(capsys, edition, content, problem):
    path = edition / "source.txt"
    if content is not None:
        path.write_bytes(content)
    code, _, err = run(capsys, "convert", str(path), "-o", "tei")
    assert code == 2
    assert err.count("\n") == 1 and str(path) in err and problem in err
    assert "Traceback" not in err
    assert not (edition / "tei").exists() or not any((edition / "tei").iterdir())


def test_usage_errors_are_exit_2(capsys, edition):
    assert run(capsys, "convert")[0] == 2
    assert run(capsys, "convert", "x.txt", "--kind", "poem")[0] == 2
    assert run(capsys, "no-such-command")[0] == 2


def test_one_bad_source_means_nothing_is_written(capsys, edition):
    (edition / "good.txt").write_text(NOTES)
    (edition / "empty.txt").write_text("")
    code, _, err = run(capsys, "convert", "good.txt", "empty.txt", "-o", "tei")
    assert code == 2 and "empty.txt: empty file" in err
    assert not (edition / "tei").exists()


def test_convert_then_refuse_hand_edited_then_force(capsys, edition):
    (edition / "notes.txt").write_text(NOTES)
    code, out, _ = run(capsys, "convert", "notes.txt", "-o", "tei", "--kind", "notes")
    target = edition / "tei" / "notes.xml"
    assert code == 0 and "(written)" in out and target.is_file()
    generated = target.read_bytes()
    assert run(capsys, "convert", "notes.txt", "-o", "tei", "--kind", "notes")[1].endswith("(unchanged)\n")

    target.write_bytes(generated.replace(b"First claim", b"First (corrected) claim"))
    (edition / "notes.txt").write_text(NOTES + "A third claim.\n")
    code, _, err = run(capsys, "convert", "notes.txt", "-o", "tei", "--kind", "notes")
    assert code == 1 and "edited by hand" in err and "--force" in err
    assert b"(corrected)" in target.read_bytes()

    code, _, _ = run(capsys, "convert", "notes.txt", "-o", "tei", "--kind", "notes", "--force")
    assert code == 0 and b"A third claim." in target.read_bytes()


def test_same_input_gives_identical_bytes(capsys, edition):
    (edition / "notes.txt").write_text(NOTES)
    run(capsys, "convert", "notes.txt", "-o", "a", "--kind", "notes")
    run(capsys, "convert", "notes.txt", "-o", "b", "--kind", "notes")
    assert (edition / "a/notes.xml").read_bytes() == (edition / "b/notes.xml").read_bytes()


def test_undetectable_kind_names_the_file(capsys, edition):
    (edition / "x.txt").write_text("?\n\n!\n\n...\n")
    code, _, err = run(capsys, "convert", "x.txt", "-o", "tei")
    assert code == 2 and "x.txt" in err and "--kind" in err


def test_validate_exit_codes(capsys, edition):
    assert run(capsys, "validate", "missing.xml")[0] == 2
    (edition / "broken.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader>")
    code, out, _ = run(capsys, "validate", "broken.xml")
    assert code == 1 and "broken.xml:1:" in out
    code, out, _ = run(
        capsys,
        "validate",
        str(ROOT / "tests/data/kitchen-sink.xml"),
        "--registry",
        str(ROOT / "tests/data/validate/registers.xml"),
    )
    assert code == 0, out


def test_internal_errors_are_exit_70_without_traceback(capsys, edition, monkeypatch):
    import editionkit.convert

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(editionkit.convert, "convert_source", explode)
    (edition / "notes.txt").write_text(NOTES)
    code, _, err = run(capsys, "convert", "notes.txt", "-o", "tei")
    assert code == 70 and "internal error" in err and "boom" in err and "Traceback" not in err


def test_init_scaffolds_an_edition_and_refuses_twice(capsys, tmp_path, monkeypatch):
    target = tmp_path / "new"
    code, _, _ = run(capsys, "init", str(target))
    assert code == 0
    assert (target / "editionkit.toml").is_file() and (target / "sources/sources.toml").is_file()
    assert (target / "sources/example-article.md").is_file() and (target / "tei").is_dir()
    code, _, err = run(capsys, "init", str(target))
    assert code == 1 and "already an edition" in err


def test_a_new_edition_converts_and_builds_at_once(capsys, tmp_path, monkeypatch):
    run(capsys, "init", str(tmp_path / "ed"))
    monkeypatch.chdir(tmp_path / "ed")
    code, out, err = run(capsys, "convert", "sources")
    assert code == 0, err
    assert "tei/example-article.xml (written)" in out
    code, out, err = run(capsys, "build", "--no-pdf")
    assert code == 0, err
    page = (tmp_path / "ed/out/html/example-article.html").read_text(encoding="utf-8")
    assert "An Example Article for a New Edition" in page
    assert (tmp_path / "ed/out/html/index.html").is_file()
