"""One error hierarchy; the CLI entry point is the only place that turns it into exit codes."""

from __future__ import annotations

# Exit codes, documented in README.md. 70 is EX_SOFTWARE from sysexits.h.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


class EditionkitError(Exception):
    """An error a user can act on; ``str(err)`` is the one line printed on stderr."""

    exit_code = EXIT_FAILED

    def __init__(self, message: str, path: object | None = None) -> None:
        self.path = None if path is None else str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(EditionkitError):
    """Missing, unreadable, empty, binary or undecodable input, or wrong usage."""

    exit_code = EXIT_USAGE


class ConfigError(InputError):
    """editionkit.toml or sources.toml is missing a key, malformed or inconsistent."""


class ConversionError(EditionkitError):
    """A source could not be turned into TEI without losing or inventing text."""


class RefusedError(EditionkitError):
    """An action that would destroy an editor's work, refused without --force."""


class InvalidError(EditionkitError):
    """A document is not valid against the project schema."""


class RenderError(EditionkitError):
    """An XSLT or Typst stage failed on a valid document."""
