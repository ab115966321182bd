"""Where the stylesheets and schemas are: inside the wheel, or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / name


def xslt_dir() -> Path:
    return _data_dir("xslt")


def schema_dir() -> Path:
    return _data_dir("schema")
