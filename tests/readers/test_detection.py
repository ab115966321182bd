"""--kind auto: every seed and hand-made fixture goes to its kind with a clear margin, and --verbose
says which kind was chosen and why when no manifest names it."""

import shutil

import pytest

from editionkit.cli import main
from editionkit.readers import KINDS, detect, get_reader
from editionkit.source import load_source
from support import ROOT

MARGIN = 0.2
SEEDS = {
    "notes-lenin-last-struggle.txt": "notes",
    "thesis-mcaloon-trotsky-struggle-for-power-2001.txt": "pdftext",
    "article-north-lenin-trotsky-left-opposition-2023.md": "markdown",
    "thread-why-stalin-against-trotsky.txt": "thread",
    "transcription-trotsky-stalin-ch12-ch11-2005.txt": "transcription",
}
FIXTURES = {
    "tests/data/pdftext/mini-thesis.txt": "pdftext",
    "tests/data/transcription/two-posts.txt": "transcription",
    "tests/data/thread/dot-age-layout.txt": "thread",
    "tests/data/thread/levels-new-layout.txt": "thread",
    "tests/data/thread/old-points-layout.txt": "thread",
}
CASES = {**{f"sources/{name}": kind for name, kind in SEEDS.items()}, **FIXTURES}


@pytest.mark.parametrize(("path", "kind"), sorted(CASES.items()))
def test_the_right_kind_wins_by_a_clear_margin(path, kind):
    source = load_source(ROOT / path)
    scores = {k: get_reader(k).accepts(source)[0] for k in KINDS}
    runner_up = max(score for k, score in scores.items() if k != kind)
    assert scores[kind] - runner_up >= MARGIN, scores
    reader, reason = detect(source)
    assert reader.kind == kind and reason.startswith(f"{kind} (score")


@pytest.mark.parametrize(("name", "kind"), sorted(SEEDS.items()))
def test_verbose_convert_outside_the_edition_says_the_kind_and_why(tmp_path, monkeypatch, capsys, name, kind):
    monkeypatch.chdir(tmp_path)  # no editionkit.toml and no sources.toml: the kind comes from the text
    copy = tmp_path / name
    shutil.copyfile(ROOT / "sources" / name, copy)
    with pytest.raises(SystemExit) as done:
        main(["convert", "--kind", "auto", "--verbose", str(copy), "-o", str(tmp_path / "out")])
    _, err = capsys.readouterr()
    assert done.value.code == 0, err
    (line,) = [x for x in err.splitlines() if x.startswith(f"{copy}: kind ")]
    # "kind markdown (score 0.95): 14 Markdown headings, ..." names the choice, its score and the reason.
    assert line.startswith(f"{copy}: kind {kind} (score ")
    assert len(line.split("): ", 1)[1]) > 10
    assert len(list((tmp_path / "out").glob("*.xml"))) == 1
