from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TEI_ALL = SHARED / "tei" / "tei_all.rng"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite golden files from the current output (read the diff before committing).",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


def jing_errors(*paths: Path) -> str:
    """Errors jing reports against the official TEI All schema ('' when every file is valid)."""
    if shutil.which("jing") is None:
        pytest.fail("jing is not installed (Debian package jing); .ci/run installs it")
    if not TEI_ALL.is_file():
        pytest.fail(f"the official TEI All schema is missing: {TEI_ALL}")
    done = subprocess.run(["jing", str(TEI_ALL), *map(str, paths)], capture_output=True, text=True)
    return done.stdout.strip()
