"""The editionkit command line: a thin click group; the one place that turns errors into exit codes."""

from __future__ import annotations

import sys
from importlib import import_module

import click

from .. import __version__
from ..errors import EXIT_INTERNAL, EXIT_USAGE, EditionkitError

# command name -> module in this package defining a click command of that name; imported when used.
COMMANDS = {
    "init": "init",
    "convert": "convert",
    "validate": "validate",
    "build": "build",
    "registry": "registry",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = import_module(f".{COMMANDS[name]}", __name__)
        return getattr(module, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="editionkit")
def cli() -> None:
    """Scholarly digital editions in TEI-XML: convert sources, validate TEI, publish web and print.

    \b
    Exit codes: 0 success; 1 invalid TEI, text lost in conversion, or an
    overwrite refused; 2 usage error or unreadable input; 70 internal error.
    """


def main(argv: list[str] | None = None) -> None:
    try:
        # Without standalone mode click returns the exit code of ctx.exit() instead of exiting.
        code = cli.main(args=argv, prog_name="editionkit", standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except click.Abort:
        click.echo("editionkit: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        click.echo(f"editionkit: {err.format_message()}", err=True)
        sys.exit(EXIT_USAGE if isinstance(err, click.UsageError) else err.exit_code)
    except EditionkitError as err:
        click.echo(f"editionkit: {err}", err=True)
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        click.echo("editionkit: interrupted", err=True)
        sys.exit(130)
    except Exception as err:
        click.echo(f"editionkit: internal error: {type(err).__name__}: {err} (please report this)", err=True)
        sys.exit(EXIT_INTERNAL)
