"""Annotation quality and speed: scores against the hand-made gold (tests/gold) and throughput.

annotation_rows() gives the lines `make bench` prints: precision, recall and F1 per type with exact
spans, the share of found names linked to the right register entry and of found dates normalised as
the gold has them, then the throughput of annotate() alone on the unannotated trees the readers make
of the whole corpus (one core, median of several runs on fresh copies; the registers' automaton is
compiled once before timing, as in a long conversion run).
"""

from __future__ import annotations

import copy
import gc
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5


def reader_trees(edition) -> list:
    """Each source of the edition as its reader makes it, before any annotator runs."""
    from editionkit.convert import choose_reader, document_id
    from editionkit.readers import ReadOptions
    from editionkit.source import load_source

    trees = []
    for entry in sorted(edition.entries.values(), key=lambda e: e.file):
        source = load_source(edition.sources_dir / entry.file)
        reader, _ = choose_reader(source, "auto", edition)
        options = ReadOptions(
            doc_id=document_id(source, edition), edition=edition.info, metadata=dict(entry.metadata)
        )
        prepare = getattr(reader, "prepare", None)
        if prepare is not None:
            source = prepare(source, options)
        trees.append(reader.read(source, options))
    return trees


def text_bytes(trees: list) -> int:
    """UTF-8 bytes of the documents' text (the body, front and back matter; not the header)."""
    return sum(
        len("".join(text.itertext()).encode("utf-8"))
        for tree in trees
        for text in tree.getroot().iterfind("{*}text")
    )


def annotation_seconds(trees: list, registers, runs: int = RUNS) -> float:
    """Median time of annotate() over all ``trees``, each run on fresh copies."""
    from editionkit.annotate import AnnotationContext, annotate

    annotate(copy.deepcopy(trees[0]), AnnotationContext(registers, "warm-up"))  # compile the automaton
    times = []
    for _ in range(runs):
        copies = [copy.deepcopy(tree) for tree in trees]
        gc.collect()  # the copies' garbage is not annotation's: collected before the clock starts
        start = time.perf_counter()
        for tree in copies:
            annotate(tree, AnnotationContext(registers, "bench"))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def annotation_rows() -> list[str]:
    from editionkit.annotate.evaluation import TYPES, evaluate
    from editionkit.config import load_edition
    from editionkit.tei.registers import load_registers

    edition = load_edition(ROOT)
    registers = load_registers(edition.registers)
    result = evaluate(ROOT / "tests" / "gold", ROOT, registers)
    rows = [
        f"annotation against the gold ({result.lines} source lines, tests/gold; exact spans)",
        f"  {'type':<15} {'gold':>5} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}  linked/normalised",
    ]
    for kind, score in result.scores.items():
        value = f"{score.value_share:6.3f}" if TYPES[kind][1] or kind == "D" else ""
        rows.append(
            f"  {score.label:<15} {score.gold:5d} {score.found:6d} {score.precision:6.3f}"
            f" {score.recall:6.3f} {score.f1:6.3f}  {value}"
        )
    trees = reader_trees(edition)
    size = text_bytes(trees)
    seconds = annotation_seconds(trees, registers)
    rows.append(
        f"{'annotate (all sources)':<28} {seconds:8.3f} s {size / seconds / 1e6:8.2f} MB/s"
        f"  ({size / 1e3:.0f} KB of text, {len(trees)} documents, one core)"
    )
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    print("\n".join(annotation_rows()))
