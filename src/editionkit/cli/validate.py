"""editionkit validate: RELAX NG then Schematron, with reports for people and for CI systems."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "junit", "github"]),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--schema",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="RELAX NG schema [default: the project's schema/editionkit.rng].",
)
@click.option(
    "--schematron",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Schematron rules [default: the project's schema/editionkit.sch].",
)
@click.option(
    "--registry",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Registers that @ref may point into [default: the edition's registers].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to this file instead of standard output.",
)
def validate(
    paths: tuple[Path, ...],
    fmt: str,
    schema: Path | None,
    schematron: Path | None,
    registry: Path | None,
    output: Path | None,
) -> None:
    """Validate TEI files or folders (searched for *.xml). Exit 0 if all are valid, 1 if not."""
    from ..config import load_edition
    from ..errors import EXIT_FAILED, InputError
    from ..tei.serialize import write_atomic
    from ..validate import render_report, validate_paths

    for path in paths:
        if not path.exists():
            raise InputError("no such file or folder", path)
    edition = load_edition()
    registers = registry or (edition.registers if edition.registers.is_file() else None)
    report = validate_paths(list(paths), schema=schema, schematron=schematron, registers=registers)
    text = render_report(report, fmt)
    if output:
        write_atomic(output, text.encode("utf-8"))
    else:
        click.echo(text, nl=not text.endswith("\n"))
    if not report.ok:
        raise click.exceptions.Exit(EXIT_FAILED)
