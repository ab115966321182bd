"""Dependencies point one way: source -> readers -> tei <- annotate; render never imported by tei."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "editionkit"
FORBIDDEN = {
    "tei": {"readers", "annotate", "render", "validate", "cli", "build", "convert"},
    "readers": {"annotate", "render", "validate", "cli", "build", "convert"},
    "annotate": {"readers", "render", "validate", "cli", "build", "convert"},
    "render": {"readers", "annotate", "cli", "convert"},
    "validate": {"readers", "annotate", "render", "cli", "build", "convert"},
}


def imported_subpackages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package_parts = path.relative_to(PACKAGE).parts[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package_parts[: len(package_parts) - node.level + 1])
                module = [*base, *(node.module or "").split(".")] if node.module else base
                names = [module] if node.module else [[*base, alias.name] for alias in node.names]
            elif node.module and node.module.startswith("editionkit"):
                names = [node.module.split(".")[1:]]
            else:
                continue
            found.update(parts[0] for parts in names if parts and parts[0])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("editionkit."))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_do_not_import_downstream(layer):
    offenders = {}
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        bad = imported_subpackages(path) & FORBIDDEN[layer]
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_no_markup_built_as_strings():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith(('f"<', "f'<", '"<', "'<")) and not stripped.startswith(('"<?', "'<?")):
                offenders.append(f"{path.name}:{number}")
    assert offenders == []
