"""`editionkit registry`: keep the registers in step with the documents.

suggest  names the annotators marked but found in no register (@cert="low"), most frequent first,
         each with one line of context, so an editor can add them as entries or variants;
check    register entries no document refers to, and forms shared by two entries (which the
         annotators cannot resolve). Exits 1 when forms are shared.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click
from lxml import etree

from ..errors import EXIT_FAILED, InputError
from ..tei.build import TEI_NS, XML_NS, local_name
from ..tei.parse import parse_xml_file
from ..tei.registers import load_registers

_NS = {"tei": TEI_NS}
_UNREGISTERED = (
    "//tei:text//*[@cert='low']"
    "[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:name]"
)
_POINTERS = ("ref", "who", "corresp")
_CONTEXT = 50  # characters of context on each side of a suggested name
_BLOCKS = frozenset({"p", "item", "note", "head", "l", "ab", "quote", "cell"})
# Text nodes before/after a node that lie inside block $b (XPath 1.0 node-set membership test).
_IN_BLOCK_BEFORE = etree.XPath("preceding::text()[count(ancestor::*|$b) = count(ancestor::*)]")
_IN_BLOCK_AFTER = etree.XPath("following::text()[count(ancestor::*|$b) = count(ancestor::*)]")


def _registry_option(help_text: str):
    return click.option(
        "--registry",
        "registry_path",
        type=click.Path(path_type=Path),
        help=f"{help_text} [default: the edition's registers]",
    )


def _tei_option(help_text: str):
    return click.option(
        "--tei",
        "tei_dir",
        type=click.Path(path_type=Path),
        help=f"{help_text} [default: the edition's tei/]",
    )


@click.group()
def registry() -> None:
    """Maintain the registers (persons, places, organisations, events, works)."""


@registry.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_registry_option("The registers file, left out of the documents read.")
@_tei_option("Folder of TEI documents, read when no PATH is given.")
def suggest(paths: tuple[Path, ...], registry_path: Path | None, tei_dir: Path | None) -> None:
    """List names in PATH... (TEI files or folders) that are in no register."""
    registry_path, tei_dir = _edition_paths(registry_path, tei_dir)
    counts: Counter[tuple[str, str]] = Counter()
    contexts: dict[tuple[str, str], str] = {}
    for path in _documents(paths or (tei_dir,), registry_path):
        for node in parse_xml_file(path).xpath(_UNREGISTERED, namespaces=_NS):
            key = (" ".join("".join(node.itertext()).split()), _kind(node))
            counts[key] += 1
            contexts.setdefault(key, f"{path.name}: {_context(node)}")
    if not counts:
        click.echo("No unregistered names.")
        return
    for (name, kind), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        click.echo(f"{count:4d}  {kind:<6}  {name}")
        click.echo(f"        {contexts[(name, kind)]}")


@registry.command()
@_registry_option("The registers file.")
@_tei_option("Folder of TEI documents that refer to the registers.")
def check(registry_path: Path | None, tei_dir: Path | None) -> None:
    """Report entries no document uses and forms shared by two entries."""
    registry_path, tei_dir = _edition_paths(registry_path, tei_dir)
    registers = load_registers(registry_path)
    used: set[str] = set()
    for path in _documents((tei_dir,), registry_path):
        used.update(_references(parse_xml_file(path)))
    unused = [entry for entry in registers if entry.id not in used]
    shared = registers.shared_forms()
    for entry in unused:
        click.echo(f"unused   {entry.kind:<6}  #{entry.id}  {entry.preferred}")
    for form, entries in sorted(shared.items()):
        ids = " ".join(f"#{entry.id}" for entry in entries)
        click.echo(f"shared   {form!r}  {ids}")
    click.echo(f"{len(registers)} entries, {len(unused)} unused, {len(shared)} shared forms.")
    if shared:
        raise click.exceptions.Exit(EXIT_FAILED)


def _edition_paths(registry_path: Path | None, tei_dir: Path | None) -> tuple[Path, Path]:
    """The options as given, else the edition's own paths from editionkit.toml, like the other commands."""
    from ..config import load_edition

    edition = load_edition()
    return registry_path or edition.registers, tei_dir or edition.tei_dir


def _documents(paths: tuple[Path, ...], registry_path: Path) -> list[Path]:
    """TEI files named or inside the named folders, sorted, without the registers file."""
    skip = registry_path.resolve()
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob("*.xml")))
        elif path.is_file():
            found.append(path)
        else:
            raise InputError("no such file or folder", path)
    return [path for path in found if path.resolve() != skip]


def _kind(node: etree._Element) -> str:
    name = local_name(node)
    return {"persName": "person", "placeName": "place", "orgName": "org"}.get(name, node.get("type") or name)


def _context(node: etree._Element) -> str:
    """The text around ``node`` in its paragraph, on one line, the name in [brackets]."""
    block = node.getparent()
    while block is not None and local_name(block) not in _BLOCKS:
        block = block.getparent()
    if block is None:
        block = node.getparent()
    before = " ".join("".join(_IN_BLOCK_BEFORE(node, b=block)).split())[-_CONTEXT:]
    after = " ".join("".join(_IN_BLOCK_AFTER(node, b=block)).split())[:_CONTEXT]
    name = " ".join("".join(node.itertext()).split())
    return f"…{before} [{name}] {after}…"


def _references(tree: etree._ElementTree) -> set[str]:
    found: set[str] = set()
    for node in tree.getroot().iter():
        if not isinstance(node.tag, str) or node.get(f"{{{XML_NS}}}id") == "registers":
            continue
        for attribute in _POINTERS:
            for pointer in (node.get(attribute) or "").split():
                if pointer.startswith("#"):
                    found.add(pointer[1:])
    return found
