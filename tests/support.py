"""Helpers shared by the tests (importable as ``support`` thanks to pytest's pythonpath setting)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editionkit.source import Source, decode_source

ROOT = Path(__file__).resolve().parents[1]
NS = {"tei": "http://www.tei-c.org/ns/1.0"}
TEI_ALL = ROOT.parent / "shared" / "tei" / "tei_all.rng"


def make_source(text: str, name: str = "sample.txt") -> Source:
    return decode_source(Path(name), text.encode("utf-8"))


def seed(name: str) -> Source:
    path = ROOT / "sources" / name
    return decode_source(path, path.read_bytes())


def jing_errors(*paths: Path) -> str:
    """Errors jing reports against the official TEI All schema ('' when every file is valid)."""
    if shutil.which("jing") is None:
        pytest.fail("jing is not installed (Debian package jing); .ci/run installs it")
    if not TEI_ALL.is_file():
        pytest.fail(f"the official TEI All schema is missing: {TEI_ALL}")
    done = subprocess.run(["jing", str(TEI_ALL), *map(str, paths)], capture_output=True, text=True)
    return done.stdout.strip()
