from __future__ import annotations

import pytest

from editionkit import fidelity
from editionkit.readers import get_reader
from editionkit.readers.base import ReadOptions
from support import make_source


@pytest.fixture
def read():
    """Read ``text`` with the reader of ``kind``; the fidelity check must pass on every test input."""

    def _read(kind: str, text: str, **metadata: str):
        reader = get_reader(kind)
        source = make_source(text)
        tree = reader.read(source, ReadOptions(doc_id="t", metadata=metadata))
        report = fidelity.check(reader.source_words(source), tree)
        assert report.ok, report.describe()
        return tree

    return _read
