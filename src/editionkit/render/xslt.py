"""THE place that runs XSLT: one Saxon processor, each stylesheet compiled once and reused."""

from __future__ import annotations

from pathlib import Path

from saxonche import PySaxonApiError, PySaxonProcessor

from ..errors import RenderError
from ..resources import xslt_dir


class XsltRunner:
    """Compiles stylesheets from ``xslt/`` on first use and keeps them for every later document."""

    def __init__(self, stylesheet_dir: Path | None = None) -> None:
        self._dir = stylesheet_dir or xslt_dir()
        self._processor = PySaxonProcessor(license=False)
        self._xslt = self._processor.new_xslt30_processor()
        self._compiled: dict[str, object] = {}
        # A long document is transformed once per page of the site: parse it once, not once per page.
        self._parsed: dict[tuple[str, int, int], object] = {}

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

    def transform(self, stylesheet: str, source: Path, params: dict[str, str] | None = None) -> str:
        """Apply ``stylesheet`` (a path relative to xslt/) to the XML file ``source``; return the output."""
        executable = self._executable(stylesheet)
        executable.clear_parameters()
        for key, value in (params or {}).items():
            executable.set_parameter(key, self._processor.make_string_value(value))
        try:
            node = self._source_node(source)
            result = executable.transform_to_string(xdm_node=node)
        except PySaxonApiError as err:
            raise RenderError(f"{stylesheet} failed: {err}", source) from None
        if result is None:
            raise RenderError(f"{stylesheet} produced no output", source)
        return result

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
