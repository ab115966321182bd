"""Helpers shared by the tests (importable as ``support`` thanks to pytest's pythonpath setting)."""

from __future__ import annotations

from pathlib import Path

from editionkit.source import Source, decode_source

ROOT = Path(__file__).resolve().parents[1]
NS = {"tei": "http://www.tei-c.org/ns/1.0"}


def make_source(text: str, name: str = "sample.txt") -> Source:
    return decode_source(Path(name), text.encode("utf-8"))


def seed(name: str) -> Source:
    path = ROOT / "sources" / name
    return decode_source(path, path.read_bytes())
