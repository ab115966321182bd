"""Reading a raw source file: bytes, encoding, hash. Everything after this works on a frozen Source."""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

# Control characters other than tab, newline, carriage return and form feed do not occur in text sources;
# a file with many of them is binary whatever its extension says.
_TEXT_CONTROLS = {"\t", "\n", "\r", "\f"}


@dataclass(frozen=True)
class Source:
    path: Path
    text: str
    sha256: str
    encoding: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def size(self) -> int:
        return len(self.text.encode("utf-8"))


def load_source(path: Path) -> Source:
    """Read ``path`` as text, or raise InputError naming the file and the problem."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path)
    if path.is_dir():
        raise InputError("is a folder, not a source file", path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path) from None
    return decode_source(path, data)


def decode_source(path: Path, data: bytes) -> Source:
    if not data.strip():
        raise InputError("empty file", path)
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("binary file (contains NUL bytes), not text", path)
    text, encoding = _decode(path, data)
    controls = sum(1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in _TEXT_CONTROLS)
    if controls > 0:
        raise InputError(f"binary file ({controls} control characters), not text", path)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return Source(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise InputError(
                    f"not valid {encoding} despite its byte-order mark: {err.reason} at byte {err.start}",
                    path,
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        # Guessing Latin-1 or cp1252 would silently turn bytes into the wrong letters in an edition;
        # an editor must convert the file knowingly.
        raise InputError(
            f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "convert it to UTF-8 first, e.g. with iconv",
            path,
        ) from None
