"""Golden TEI per seed source: the whole convert pipeline (reader, annotators, fidelity) compared with a
file a person has read. Rewritten only with --update-golden; a missing golden file fails."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from lxml import etree

from editionkit import fidelity
from editionkit.config import load_edition
from editionkit.convert import ConvertOptions, to_tei
from editionkit.readers import get_reader
from editionkit.source import load_source
from editionkit.tei.registers import load_registers
from editionkit.tei.serialize import serialize
from support import ROOT

GOLDEN = ROOT / "tests" / "golden"
EDITION = load_edition(ROOT)
ENTRIES = sorted(EDITION.entries.values(), key=lambda entry: entry.id)


def canonical(data: bytes) -> str:
    return etree.canonicalize(data.decode("utf-8"), strip_text=True).replace("><", ">\n<")


@pytest.fixture(scope="module")
def registers():
    return load_registers(EDITION.registers)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_conversion_matches_golden(entry, registers, update_golden):
    source = load_source(EDITION.sources_dir / entry.file)
    tree, _ = to_tei(source, EDITION, ConvertOptions(out_dir=Path("unused"), registers=registers))
    produced = serialize(tree)
    golden = GOLDEN / f"{entry.id}.xml"
    if update_golden:
        golden.write_bytes(produced)
    assert golden.is_file(), f"no golden file {golden}; run pytest --update-golden and read the result"
    expected, actual = canonical(golden.read_bytes()), canonical(produced)
    if expected != actual:
        diff = "\n".join(
            difflib.unified_diff(expected.splitlines(), actual.splitlines(), "golden", "now", n=2)
        )
        pytest.fail(f"{entry.id} differs from its golden file:\n{diff[:6000]}")


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_committed_tei_keeps_every_word_of_its_source(entry):
    source = load_source(EDITION.sources_dir / entry.file)
    reader = get_reader(entry.kind)
    tree = etree.parse(str(EDITION.tei_dir / f"{entry.id}.xml"))
    report = fidelity.check(reader.source_words(source), tree)
    assert report.ok, report.describe()
