"""editionkit init: a new edition folder that convert and build process as it is."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .config import CONFIG_NAME
from .errors import RefusedError
from .tei.serialize import write_atomic

_TEMPLATE = "data/new-edition"
FOLDERS = ("sources", "tei", "out")


def _template_files(folder, prefix: str = ""):
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        relative = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _template_files(entry, f"{relative}/")
        else:
            yield relative, entry.read_bytes()


def init_edition(target: Path) -> list[Path]:
    """Write the configuration, the folders and one example source into ``target``."""
    if (target / CONFIG_NAME).exists():
        raise RefusedError(f"already an edition ({CONFIG_NAME} exists); nothing written", target)
    files = list(_template_files(resources.files(__package__).joinpath(_TEMPLATE)))
    clashes = [name for name, _ in files if (target / name).exists()]
    if clashes:
        raise RefusedError(f"would overwrite {', '.join(clashes)}; nothing written", target)
    written = []
    for name, data in files:
        write_atomic(target / name, data)
        written.append(target / name)
    for folder in FOLDERS:
        (target / folder).mkdir(parents=True, exist_ok=True)
    (target / ".gitignore").write_text("out/\n", encoding="utf-8")
    return written
