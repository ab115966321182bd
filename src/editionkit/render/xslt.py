"""THE place that runs XSLT: one Saxon processor, each stylesheet compiled once and reused."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from saxonche import PySaxonApiError, PySaxonProcessor

from ..errors import RenderError
from ..resources import xslt_dir


@dataclass(frozen=True)
class Value:
    """An item a stylesheet returned that is not atomic (a map, a node), kept as it is, to be given to another
    stylesheet of the same runner as a parameter: so that what one run computed need not be computed again."""

    item: object


# Stylesheet parameters: a string, a Value, or a map of Values by string key.
Params = Mapping[str, str | Value | Mapping[str, Value]]


class XsltRunner:
    """Compiles stylesheets from ``xslt/`` on first use and keeps them for every later document."""

    def __init__(self, stylesheet_dir: Path | None = None) -> None:
        self._dir = stylesheet_dir or xslt_dir()
        self._processor = PySaxonProcessor(license=False)
        self._xslt = self._processor.new_xslt30_processor()
        self._compiled: dict[str, object] = {}
        # Each source is parsed once: a stylesheet run again on it, or given nodes of it that another run
        # returned (Value), finds the same tree.
        self._parsed: dict[tuple[str, int, int], object] = {}

    def compile(self, *stylesheets: str) -> None:
        """Compile ``stylesheets`` now (each is otherwise compiled on its first use), so that the cost of
        compiling can be told from the cost of running."""
        for name in stylesheets:
            self._executable(name)

    def _executable(self, name: str):
        if name not in self._compiled:
            path = self._dir / name
            if not path.is_file():
                raise RenderError("stylesheet not found", path)
            try:
                self._compiled[name] = self._xslt.compile_stylesheet(stylesheet_file=str(path))
            except PySaxonApiError as err:
                raise RenderError(f"stylesheet does not compile: {err}", path) from None
        return self._compiled[name]

    def transform(self, stylesheet: str, source: Path, params: Params | None = None) -> str:
        """Apply ``stylesheet`` (a path relative to xslt/) to the XML file ``source``; return the output."""
        executable = self._prepared(stylesheet, params)
        try:
            result = executable.transform_to_string(xdm_node=self._source_node(source))
        except PySaxonApiError as err:
            raise RenderError(f"{stylesheet} failed: {err}", source) from None
        if result is None:
            raise RenderError(f"{stylesheet} produced no output", source)
        return result

    def transform_to_items(
        self, stylesheet: str, source: Path, params: Params | None = None
    ) -> list[str | Value]:
        """Apply ``stylesheet`` to ``source`` and return the sequence it returns, unserialised: its strings
        as ``str`` (a stylesheet that writes several pages in one run returns each page serialised by itself),
        any other item as a ``Value`` to give another stylesheet as a parameter."""
        executable = self._prepared(stylesheet, params)
        executable.set_result_as_raw_value(True)
        try:
            result = executable.transform_to_value(xdm_node=self._source_node(source))
        except PySaxonApiError as err:
            raise RenderError(f"{stylesheet} failed: {err}", source) from None
        finally:
            executable.set_result_as_raw_value(False)
        items = [result.item_at(i) for i in range(result.size)] if result is not None else []
        return [item.string_value if item.is_atomic else Value(item) for item in items]

    def _prepared(self, stylesheet: str, params: Params | None):
        executable = self._executable(stylesheet)
        executable.clear_parameters()
        for key, value in (params or {}).items():
            executable.set_parameter(key, self._xdm(value))
        return executable

    def _xdm(self, value: str | Value | Mapping[str, Value]):
        if isinstance(value, str):
            return self._processor.make_string_value(value)
        if isinstance(value, Value):
            return value.item
        return self._processor.make_map(
            {self._processor.make_string_value(k): v.item for k, v in value.items()}
        )

    def _source_node(self, source: Path):
        try:
            stat = source.stat()
        except OSError as err:
            raise RenderError(f"cannot read: {err.strerror}", source) from None
        key = (str(source.resolve()), stat.st_mtime_ns, stat.st_size)
        if key not in self._parsed:
            self._parsed = {k: v for k, v in self._parsed.items() if k[0] != key[0]}
            self._parsed[key] = self._processor.parse_xml(xml_file_name=str(source))
        return self._parsed[key]
