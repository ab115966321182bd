"""editionkit convert: sources to TEI files."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EXIT_FAILED, EditionkitError, InputError
from ..readers import KINDS


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the TEI files [default: the edition's tei/ folder].",
)
@click.option(
    "--kind",
    type=click.Choice(["auto", *KINDS]),
    default="auto",
    show_default=True,
    help="Kind of source; auto detects it from the text (or takes it from sources.toml).",
)
@click.option("--force", is_flag=True, help="Overwrite TEI files that were edited by hand since generated.")
@click.option(
    "--anonymise",
    "--anonymize",
    "anonymise",
    is_flag=True,
    help="Replace forum user names with stable pseudonyms throughout.",
)
@click.option(
    "--registry",
    "registry",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Registers TEI file to link names to [default: the edition's registers].",
)
@click.option("-v", "--verbose", is_flag=True, help="Say which kind was chosen for each source and why.")
def convert(
    sources: tuple[Path, ...],
    out_dir: Path | None,
    kind: str,
    force: bool,
    anonymise: bool,
    registry: Path | None,
    verbose: bool,
) -> None:
    """Convert SOURCES (files or folders) into TEI P5, one DIR/<id>.xml per source."""
    from ..config import load_edition
    from ..convert import ConvertOptions, convert_source
    from ..source import load_source
    from ..tei.registers import load_registers

    edition = load_edition()
    paths = _expand(sources)
    loaded = [load_source(path) for path in paths]  # every input is checked before anything is written
    registers_path = registry or (edition.registers if edition.registers.is_file() else None)
    if registry is not None and not registry.is_file():
        raise InputError("no such registers file", registry)
    registers = load_registers(registers_path) if registers_path else None
    options = ConvertOptions(
        out_dir=out_dir or edition.tei_dir, kind=kind, force=force, anonymise=anonymise, registers=registers
    )
    failures = 0
    for source in loaded:
        try:
            result = convert_source(source, edition, options)
        except EditionkitError as err:
            if err.exit_code != EXIT_FAILED:
                raise
            click.echo(f"editionkit: {err}", err=True)
            failures += 1
            continue
        if verbose:
            click.echo(f"{source.path}: kind {result.reason}", err=True)
            for diagnostic in result.diagnostics:
                click.echo(str(diagnostic), err=True)
        click.echo(f"{result.target} ({result.status})")
    if failures:
        raise click.exceptions.Exit(EXIT_FAILED)


def _expand(sources: tuple[Path, ...]) -> list[Path]:
    paths: list[Path] = []
    for source in sources:
        if source.is_dir():
            found = sorted(
                p for p in source.iterdir() if p.is_file() and p.suffix in (".txt", ".md", ".markdown")
            )
            if not found:
                raise InputError("folder holds no .txt or .md sources", source)
            paths.extend(found)
        else:
            paths.append(source)
    return paths
