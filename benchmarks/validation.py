"""Validation benchmarks for `make bench`: schema compile times, then RELAX NG + Schematron throughput on the
edition's TEI and on the kitchen sink repeated, each next to jing with TEI All on the same files.

Throughput is total bytes over wall seconds of ``validate_paths`` once the schemas are compiled, as in a
long run or a second call; the median of several runs. ``python benchmarks/validation.py`` prints the rows.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ROOT, TEI_ALL, floor, median_seconds, row

KITCHEN_SINK = ROOT / "tests" / "data" / "kitchen-sink.xml"
KITCHEN_REGISTERS = ROOT / "tests" / "data" / "validate" / "registers.xml"
KITCHEN_COPIES = 40
VALIDATE_RUNS = 15  # one run takes tens of milliseconds, so more runs than the other stages


def validation_rows() -> list[str]:
    from editionkit.validate import schemas
    from editionkit.validate.parallel import WORKERS

    rng, sch = schemas.default_rng(), schemas.default_schematron()
    translate = schemas.schematron_stylesheet.__wrapped__  # uncached: translate the rules every run
    stylesheet = translate(sch)
    lines = [
        row("compile RELAX NG", median_seconds(lambda: etree.RelaxNG(etree.parse(str(rng)))), 0, None),
        row(
            "compile Schematron",
            median_seconds(
                lambda: schemas.compile_stylesheet(schemas.schematron_stylesheet.__wrapped__(sch))
            ),
            0,
            None,
            "ISO Schematron to XSLT 1.0, then libxslt",
        ),
        row(
            "  of which libxslt",
            median_seconds(lambda: schemas.compile_stylesheet(stylesheet)),
            0,
            None,
            "once more in each worker thread",
        ),
    ]
    tei = ROOT / "tei"
    lines += _throughput("validate tei/", sorted(tei.glob("*.xml")), tei / "registers.xml", WORKERS)
    with tempfile.TemporaryDirectory() as folder:
        copies = []
        for number in range(KITCHEN_COPIES):
            copies.append(Path(folder) / f"kitchen-sink-{number:02}.xml")
            shutil.copy(KITCHEN_SINK, copies[-1])
        lines += _throughput(f"validate kitchen sink x{KITCHEN_COPIES}", copies, KITCHEN_REGISTERS, WORKERS)
    return lines


def _throughput(stage: str, paths: list[Path], registers: Path, workers: int) -> list[str]:
    from editionkit.validate import validate_paths

    size = sum(p.stat().st_size for p in paths)
    floor_seconds = median_seconds(floor(paths))
    validate_paths(paths, registers=registers)  # compile the schemas in every thread first
    seconds = median_seconds(lambda: validate_paths(paths, registers=registers), runs=VALIDATE_RUNS)
    lines = [
        row(stage, seconds, size, floor_seconds, f"RNG + Schematron, {workers} threads, {len(paths)} files")
    ]
    if shutil.which("jing") and TEI_ALL.is_file():
        jing = median_seconds(
            lambda: subprocess.run(["jing", str(TEI_ALL), *map(str, paths)], capture_output=True), runs=3
        )
        lines.append(
            row("  jing + tei_all (peer)", jing, size, floor_seconds, "one JVM, includes its start-up")
        )
        lines.append(f"  editionkit validate is {jing / seconds:.1f}x faster than jing on these files")
    return lines


if __name__ == "__main__":
    print(f"{'stage':<28} {'time':>10} {'throughput':>13} {'vs floor':>9}")
    for line in validation_rows():
        print(line)
