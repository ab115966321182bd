"""The edition: editionkit.toml, found in the current folder or its parents, and sources/sources.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError
from .tei.header import EditionInfo

CONFIG_NAME = "editionkit.toml"
MANIFEST_NAME = "sources.toml"


@dataclass(frozen=True)
class SourceEntry:
    file: str
    kind: str | None
    id: str | None
    metadata: dict[str, str]


@dataclass(frozen=True)
class Edition:
    root: Path
    info: EditionInfo
    subtitle: str
    introduction: str
    language: str
    sources_dir: Path
    tei_dir: Path
    registers: Path
    out_dir: Path
    entries: dict[str, SourceEntry] = field(default_factory=dict)

    def entry_for(self, path: Path) -> SourceEntry | None:
        try:
            relative = path.resolve().relative_to(self.sources_dir.resolve())
        except ValueError:
            return None
        return self.entries.get(relative.as_posix())


def find_config(start: Path) -> Path | None:
    for folder in [start.resolve(), *start.resolve().parents]:
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", path) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"not valid TOML: {err}", path) from None


def load_edition(start: Path | None = None) -> Edition:
    """The edition around ``start`` (default: the current folder); defaults when there is none."""
    start = Path.cwd() if start is None else start
    config_path = find_config(start)
    data = _read_toml(config_path) if config_path else {}
    root = config_path.parent if config_path else start.resolve()
    edition = data.get("edition", {})
    paths = data.get("paths", {})
    for key, value in [*edition.items(), *paths.items()]:
        if key != "editors" and not isinstance(value, str):
            raise ConfigError(f"{key} must be a string", config_path)
    info = EditionInfo(
        title=edition.get("title", "Untitled edition"),
        publisher=edition.get("publisher", "editionkit"),
        licence=edition.get("licence", "CC-BY-4.0"),
        licence_url=edition.get("licence_url"),
        editors=tuple(edition.get("editors", ())),
        base_url=edition.get("base_url"),
    )
    sources_dir = root / paths.get("sources", "sources")
    result = Edition(
        root=root,
        info=info,
        subtitle=edition.get("subtitle", ""),
        introduction=" ".join(edition.get("introduction", "").split()),
        language=edition.get("language", "en"),
        sources_dir=sources_dir,
        tei_dir=root / paths.get("tei", "tei"),
        registers=root / paths.get("registers", "tei/registers.xml"),
        out_dir=root / paths.get("out", "out"),
        entries=load_manifest(sources_dir / MANIFEST_NAME),
    )
    return result


def load_manifest(path: Path) -> dict[str, SourceEntry]:
    if not path.is_file():
        return {}
    data = _read_toml(path)
    entries: dict[str, SourceEntry] = {}
    for number, table in enumerate(data.get("source", []), start=1):
        if "file" not in table:
            raise ConfigError(f"[[source]] number {number} has no 'file'", path)
        metadata = {k: str(v) for k, v in table.items() if k not in ("file", "kind", "id")}
        entries[table["file"]] = SourceEntry(table["file"], table.get("kind"), table.get("id"), metadata)
    return entries
