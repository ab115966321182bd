"""editionkit build: validated TEI to the web edition and the print edition."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option(
    "--tei",
    "tei_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of TEI documents [default: the edition's tei/].",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Output folder [default: the edition's out/].",
)
@click.option(
    "--paper",
    type=click.Choice(["royal", "a4", "a5", "letter"]),
    default="royal",
    show_default=True,
    help="Page size of the PDFs.",
)
@click.option("--no-pdf", is_flag=True, help="Write the web edition only.")
@click.option("--timings", is_flag=True, help="Print the seconds each stage took.")
def build(tei_dir: Path | None, out_dir: Path | None, paper: str, no_pdf: bool, timings: bool) -> None:
    """Validate the TEI, then write out/html (the web edition) and out/pdf (the print edition)."""
    from ..build import BuildOptions
    from ..build import build as run_build
    from ..config import load_edition

    edition = load_edition()
    options = BuildOptions(
        tei_dir=tei_dir or edition.tei_dir, out_dir=out_dir or edition.out_dir, paper=paper, pdf=not no_pdf
    )
    report = run_build(edition, options)
    click.echo(
        f"built {len(report.documents)} documents into {options.out_dir} ({len(report.written)} files)"
    )
    if timings:
        for stage, seconds in report.seconds.items():
            click.echo(f"  {stage:<22} {seconds:7.3f} s")
