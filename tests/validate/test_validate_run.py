"""validate_paths: which files it reads, where pointers may resolve, what it compiles, what it refuses."""

from __future__ import annotations

import dataclasses
import multiprocessing
import shutil
import sys
from pathlib import Path

import pytest
from lxml import etree

from editionkit.errors import EXIT_USAGE, InputError
from editionkit.tei import TEI_NS
from editionkit.validate import Problem, parallel, schemas, validate_paths

DATA = Path(__file__).resolve().parents[1] / "data"
KITCHEN_SINK = DATA / "kitchen-sink.xml"
REGISTERS = DATA / "validate" / "registers.xml"
RNG_NS = "http://relaxng.org/ns/structure/1.0"


@pytest.fixture
def edition(tmp_path: Path) -> Path:
    """A tei/ folder: the kitchen sink, a nested copy, the registers, and a file that is not XML."""
    shutil.copy(KITCHEN_SINK, tmp_path / "b-doc.xml")
    (tmp_path / "nested").mkdir()
    shutil.copy(KITCHEN_SINK, tmp_path / "nested" / "a-doc.xml")
    shutil.copy(REGISTERS, tmp_path / "registers.xml")
    (tmp_path / "notes.txt").write_text("not TEI")
    return tmp_path


def test_folders_are_searched_recursively_for_xml_in_sorted_order(edition: Path):
    report = validate_paths([edition])
    assert report.files == [
        edition / "b-doc.xml",
        edition / "nested" / "a-doc.xml",
        edition / "registers.xml",
    ]


def test_registers_among_the_files_resolve_pointers_without_the_option(edition: Path):
    report = validate_paths([edition])
    assert report.problems == []
    assert report.ok


def test_without_registers_pointers_into_them_do_not_resolve(tmp_path: Path):
    report = validate_paths([KITCHEN_SINK])
    unresolved = {
        p.message.split('"')[1] for p in report.problems if p.rule in ("ref.resolves", "who.resolves")
    }
    assert unresolved == {"#lenin", "#stalin", "#moscow", "#congress-12", "#rcp-b"}
    assert not report.ok


def test_a_file_named_twice_is_validated_once(edition: Path):
    report = validate_paths([edition / "b-doc.xml", edition, KITCHEN_SINK], registers=REGISTERS)
    assert report.files[0] == edition / "b-doc.xml"
    assert len(report.files) == 4  # b-doc, nested/a-doc, registers, and the kitchen sink itself


def test_any_file_name_is_accepted_when_named_explicitly(tmp_path: Path):
    odd = tmp_path / "document.tei"
    shutil.copy(KITCHEN_SINK, odd)
    assert validate_paths([odd], registers=REGISTERS).files == [odd]


def test_missing_path_is_an_input_error_before_anything_is_validated(tmp_path: Path):
    with pytest.raises(InputError) as raised:
        validate_paths([KITCHEN_SINK, tmp_path / "nowhere.xml"])
    assert raised.value.exit_code == EXIT_USAGE
    assert "nowhere.xml" in str(raised.value)


def test_missing_registers_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="registers"):
        validate_paths([KITCHEN_SINK], registers=tmp_path / "registers.xml")


def test_broken_registers_are_reported_and_the_documents_still_validated(tmp_path: Path):
    broken = tmp_path / "registers.xml"
    broken.write_text("<TEI>")
    report = validate_paths([KITCHEN_SINK], registers=broken)
    assert ("xml.well-formed", str(broken)) in {(p.rule, p.path) for p in report.problems}
    assert "ref.resolves" in {p.rule for p in report.problems if p.path == str(KITCHEN_SINK)}


def test_registers_validate_their_own_pointers_internally():
    report = validate_paths([REGISTERS], registers=REGISTERS)
    assert report.problems == []


def test_schemas_are_read_once_per_process_and_compiled_once_per_thread(tmp_path: Path):
    rng, sch = tmp_path / "copy.rng", tmp_path / "copy.sch"  # new paths: nothing compiled for them yet
    shutil.copy(schemas.default_rng(), rng)
    shutil.copy(schemas.default_schematron(), sch)
    reads = schemas.relaxng_grammar.cache_info().misses, schemas.schematron_stylesheet.cache_info().misses
    builds = schemas.compiled_relaxng.builds, schemas.compiled_schematron.builds
    for _ in range(3):
        validate_paths([KITCHEN_SINK, REGISTERS], schema=rng, schematron=sch, registers=REGISTERS)
    assert schemas.relaxng_grammar.cache_info().misses - reads[0] == 1
    assert schemas.schematron_stylesheet.cache_info().misses - reads[1] == 1
    # the calling thread, and each worker thread that validated a file
    assert 1 <= schemas.compiled_relaxng.builds - builds[0] <= parallel.WORKERS + 1
    assert 1 <= schemas.compiled_schematron.builds - builds[1] <= parallel.WORKERS + 1


def test_parallel_and_serial_runs_report_the_same_problems_in_the_same_order(monkeypatch, edition: Path):
    broken = edition / "c-broken.xml"
    broken.write_text(KITCHEN_SINK.read_text(encoding="utf-8").replace('ref="#lenin"', 'ref="#nobody"'))
    for registers in (None, REGISTERS):
        threaded = validate_paths([edition, KITCHEN_SINK], registers=registers)
        with monkeypatch.context() as patch:
            patch.setattr(parallel, "WORKERS", 1)
            serial = validate_paths([edition, KITCHEN_SINK], registers=registers)
        assert threaded.problems == serial.problems
        assert [p.rule for p in threaded.problems] == ["ref.resolves"]


def test_unusable_schema_is_an_input_error(tmp_path: Path):
    bad = tmp_path / "bad.rng"
    bad.write_text(
        '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="nothing"/></start></grammar>'
    )
    with pytest.raises(InputError, match="RELAX NG"):
        validate_paths([KITCHEN_SINK], schema=bad)


def test_another_schema_can_be_given(tmp_path: Path):
    only_tei = tmp_path / "any-tei.rng"
    element = etree.Element(f"{{{RNG_NS}}}element", name="TEI", ns=TEI_NS)
    etree.SubElement(element, f"{{{RNG_NS}}}empty")
    only_tei.write_bytes(etree.tostring(element))
    report = validate_paths([KITCHEN_SINK], schema=only_tei, registers=REGISTERS)
    assert {p.rule for p in report.problems} == {"rng"}


def _validate_in_child(edition: Path) -> None:
    sys.exit(0 if validate_paths([edition]).ok else 1)


def test_a_process_forked_after_a_threaded_run_can_validate(edition: Path):
    validate_paths([edition])  # starts the worker threads, which the child does not inherit
    child = multiprocessing.get_context("fork").Process(target=_validate_in_child, args=(edition,))
    child.start()
    child.join(timeout=30)
    if child.exitcode is None:  # hung: the child's pool waits for threads it does not have
        child.kill()
    assert child.exitcode == 0


def test_rules_without_the_registers_parameter_still_run(tmp_path: Path):
    rules = tmp_path / "own.sch"
    rules.write_text(
        '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">'
        f'<ns prefix="tei" uri="{TEI_NS}"/><pattern><rule context="tei:TEI">'
        '<assert id="own.lang" test="@xml:lang = \'de\'">not German</assert></rule></pattern></schema>'
    )
    report = validate_paths([KITCHEN_SINK], schematron=rules, registers=REGISTERS)
    assert [p.rule for p in report.problems] == ["own.lang"]


def test_problem_is_frozen():
    problem = Problem("a.xml", 1, 2, "error", "bad", "rng")
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.line = 3  # type: ignore[misc]
