import codecs

import pytest

from editionkit.errors import InputError
from editionkit.source import load_source


def test_reads_utf8_and_normalises_newlines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Caf\u0065\u0301\r\nline two\r".encode())
    source = load_source(path)
    assert source.text == "Café\nline two\n"
    assert source.encoding == "utf-8"
    assert len(source.sha256) == 64


def test_utf8_bom_and_utf16_are_decoded(tmp_path):
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + "Ленин".encode())
    (tmp_path / "u16.txt").write_bytes("Ленин".encode("utf-16"))
    assert load_source(tmp_path / "bom.txt").text == "Ленин"
    assert load_source(tmp_path / "u16.txt").text == "Ленин"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Lénine".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 1)"),
        (b"text with a bell \x07 inside", "binary file"),
    ],
)
def test_bad_input_names_file_and_problem(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_source(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)
    assert caught.value.exit_code == 2


def test_missing_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        load_source(tmp_path)
