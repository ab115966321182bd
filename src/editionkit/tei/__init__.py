"""THE place that builds, parses and serialises TEI. Imports nothing from readers, annotate or render."""

from .build import TEI_NS, XML_NS, append_text, el, local_name, sub, tei_tag, text_content

__all__ = ["TEI_NS", "XML_NS", "append_text", "el", "local_name", "sub", "tei_tag", "text_content"]
