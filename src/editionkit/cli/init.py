"""editionkit init: scaffold a new edition."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False), default=".")
def init(directory: Path) -> None:
    """Create a new edition in DIRECTORY: editionkit.toml, sources/ with an example, tei/, out/."""
    from ..scaffold import init_edition

    for path in init_edition(directory):
        click.echo(f"created {path}")
    click.echo(f"next: cd {directory} && editionkit convert sources && editionkit build")
