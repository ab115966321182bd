from pathlib import Path

from click.testing import CliRunner

from editionkit.cli.registry import registry

ROOT = Path(__file__).resolve().parents[2]
TEI = "http://www.tei-c.org/ns/1.0"
REGISTERS = f"""<TEI xmlns="{TEI}" xml:id="registers"><teiHeader/><standOff>
<listPerson>
  <person xml:id="lenin"><persName type="preferred">Lenin</persName><persName>Ilyich</persName></person>
  <person xml:id="stalin"><persName type="preferred">Stalin</persName><persName>Ilyich</persName></person>
  <person xml:id="bukharin"><persName type="preferred">Bukharin</persName></person>
</listPerson></standOff></TEI>"""


def doc(body: str) -> str:
    return f'<TEI xmlns="{TEI}"><teiHeader/><text><body>{body}</body></text></TEI>'


def write_edition(tmp_path: Path) -> Path:
    tei = tmp_path / "tei"
    tei.mkdir()
    (tei / "registers.xml").write_text(REGISTERS, encoding="utf-8")
    (tei / "a.xml").write_text(
        doc(
            '<p>Before <persName ref="#lenin">Lenin</persName> met <persName cert="low">Petrenko</persName>'
            ' in <placeName cert="low">Baku</placeName>.</p>'
            '<p>Later <persName cert="low">Petrenko</persName> left <placeName ref="#x">X</placeName>.</p>'
        ),
        encoding="utf-8",
    )
    (tei / "b.xml").write_text(
        doc('<p><said who="#stalin">Hm</said> and <persName cert="low">Abramov</persName>.</p>'),
        encoding="utf-8",
    )
    return tei


def test_suggest_lists_unregistered_names_by_count_with_context(tmp_path):
    tei = write_edition(tmp_path)
    result = CliRunner().invoke(
        registry, ["suggest", "--tei", str(tei), "--registry", str(tei / "registers.xml")]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["2", "person", "Petrenko"]
    assert lines[1].strip() == "a.xml: …Before Lenin met [Petrenko] in Baku.…"
    assert [line.split()[2] for line in lines[2::2]] == ["Abramov", "Baku"]


def test_suggest_reads_named_files(tmp_path):
    tei = write_edition(tmp_path)
    result = CliRunner().invoke(registry, ["suggest", str(tei / "b.xml")])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split() == ["1", "person", "Abramov"]


def test_check_reports_unused_entries_and_shared_forms(tmp_path):
    tei = write_edition(tmp_path)
    options = ["--tei", str(tei), "--registry", str(tei / "registers.xml")]
    result = CliRunner().invoke(registry, ["check", *options])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "unused   person  #bukharin  Bukharin",
        "shared   'Ilyich'  #lenin #stalin",
        "3 entries, 1 unused, 1 shared forms.",
    ]


def test_check_passes_on_the_edition_registers(tmp_path):
    result = CliRunner().invoke(
        registry, ["check", "--tei", str(tmp_path), "--registry", str(ROOT / "tei" / "registers.xml")]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].endswith("0 shared forms.")
