"""Slips of the UN's own source are ONE finding each, and the opening frame of a Security Council paragraph is no
lead (issue 20). The documents are copied from the shared corpus (tests/fixtures/un-slips/ and un/, see their READMEs); the small
drafts are typed here. bench/un_slips.yaml lists every true slip of the corpus; bench/real_un.py scores them.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from docmaker import make
from paths import ROOT, UN_FIXTURES, UN_SC_FIXTURES, UN_SLIP_FIXTURES

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

Para = str | list[tuple[str, str]]
HEAD = ["Committee: Human Rights Council", "Topic: Freedom of expression", "Sponsors: Chile", "Signatories: Peru"]
ORGAN: Para = [("The Human Rights Council", "i"), (",", "")]
PRE: Para = [("Recalling", "i"), (" its resolution 12/16,", "")]


def _errors(path: Path, lib: library.Library, profile: str | None = None) -> list[tuple[str, int]]:
    report, _ = check.check_file(path, lib, profile=profile)
    return [(f.rule, f.paragraph) for f in report.findings if f.severity == "error"]


# -- a frame before the operative verb -----------------------------------------------------------------

def test_the_verb_after_an_opening_frame_is_the_lead(lib: library.Library) -> None:
    """S/RES/2539 (2020) op. 21: "Acting in support of a request …, *recalls its authorization*"."""
    path = UN_FIXTURES / "S_RES_2539_2020.docx"
    assert _errors(path, lib) == []
    assert reader.read(path).paragraphs[63].text.startswith("21.\tActing in support of a request")


def test_a_framed_verb_without_emphasis_is_still_reported(lib: library.Library, tmp_path: Path) -> None:
    op1: Para = [("1. ", ""), ("Requests", "u"), (" the Council to act;", "")]
    framed: list[Para] = [("2. Acting on a request of the Government, ", ""), ("decides", "u"),
                          (" to renew the mandate.", "")]
    plain: list[Para] = [("2. Acting on a request of the Government, decides to renew the mandate.", "")]
    assert _errors(make(tmp_path, [*HEAD, ORGAN, PRE, op1, framed], "framed.docx"), lib) == []
    assert ("lead-emphasis", 8) in _errors(make(tmp_path, [*HEAD, ORGAN, PRE, op1, plain], "plain.docx"), lib)


# -- emphasis lost throughout: one finding --------------------------------------------------------------

def test_emphasis_lost_throughout_is_one_finding_with_the_organ_line(lib: library.Library, tmp_path: Path) -> None:
    """A/RES/74/16 C: neither the organ line nor 36 of 40 leads are bold."""
    path = UN_SLIP_FIXTURES / "74_16_C.docx"
    report, doc = check.check_file(path, lib)
    errors = [f for f in report.findings if f.severity == "error"]
    assert [(f.rule, f.paragraph) for f in errors] == [("lead-emphasis-document", 12)]
    assert 11 in errors[0].paragraphs and "机构名称行亦然" in errors[0].message
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert _errors(tmp_path / "fixed.docx", lib) == []
    organ = reader.read(tmp_path / "fixed.docx").paragraphs[10]
    assert organ.text == "大会，" and organ.runs[0].bold


def test_an_organ_line_alone_without_emphasis_stays_its_own_finding(lib: library.Library, tmp_path: Path) -> None:
    head = ["A/C.3/74/L.5", "Distr.: Limited", "1 November 2019", "Original: English", "General Assembly",
            "Seventy-fourth session", "Agenda item 70", "Rights of the child", "Chile and France: draft resolution",
            "Rights of the child"]
    op1: Para = [("1. ", ""), ("Requests", "i"), (" the Secretary-General to report;", "")]
    op2: Para = [("2. ", ""), ("Urges", "i"), (" States to cooperate.", "")]
    path = make(tmp_path, [*head, "The General Assembly,", PRE, op1, op2])
    assert _errors(path, lib) == [("organ-emphasis", 11)]


# -- a chapeau that stops on a word ---------------------------------------------------------------------

def test_a_chapeau_that_stops_on_shall_lacks_its_colon(lib: library.Library, tmp_path: Path) -> None:
    """S/RES/2522 (2020) op. 2 "… (S/2020/448), shall" before "(a) prioritize …"."""
    path = UN_SLIP_FIXTURES / "S_RES_2522_2020.docx"
    report, doc = check.check_file(path, lib)
    assert [(f.rule, f.paragraph) for f in report.findings if f.severity == "error"] == [("chapeau-colon", 16)]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[15].text.endswith("(S/2020/448), shall:")
    assert _errors(tmp_path / "fixed.docx", lib) == []


def test_a_labelled_heading_over_its_items_needs_no_colon(lib: library.Library, tmp_path: Path) -> None:
    op1: Para = [("1. ", ""), ("Requests", "u"), (" the Office to act in these areas:", "")]
    lines: list[Para] = [*HEAD, ORGAN, PRE, op1, "(a) Security sector reform", "(i) to train police;",
                         "(ii) to train judges;", [("2. ", ""), ("Urges", "u"), (" States to cooperate.", "")]]
    assert _errors(make(tmp_path, lines), lib) == []
    cut: Para = [("1. ", ""), ("Requests", "u"), (" the Office to", "")]
    lines = [*HEAD, ORGAN, PRE, cut, "(a) train police;", "(b) train judges;",
             [("2. ", ""), ("Urges", "u"), (" States to cooperate.", "")]]
    assert _errors(make(tmp_path, lines, "cut.docx"), lib) == [("chapeau-colon", 7)]


# -- a label typed twice ---------------------------------------------------------------------------------

def test_a_label_typed_twice_is_one_finding(lib: library.Library, tmp_path: Path) -> None:
    """S/RES/2542 (2020) C: "(十一)<tab>(十一) 协调国际援助…"."""
    path = UN_SLIP_FIXTURES / "S_RES_2542_2020_C.docx"
    report, doc = check.check_file(path, lib)
    assert [(f.rule, f.paragraph) for f in report.findings if f.severity == "error"] == [("label-doubled", 49)]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[48].text.startswith("(十一)\t协调国际援助")
    assert _errors(tmp_path / "fixed.docx", lib) == []


def test_every_copied_un_text_reports_exactly_its_listed_slips(lib: library.Library) -> None:
    """The copies in tests/fixtures: one error-level finding on each paragraph bench/un_slips.yaml lists, none
    elsewhere."""
    listed = yaml.safe_load((ROOT / "bench" / "un_slips.yaml").read_text(encoding="utf-8"))
    by_name = {name: slips for files in listed.values() for name, slips in files.items()}
    paths = [path for folder in (UN_FIXTURES, UN_SC_FIXTURES, UN_SLIP_FIXTURES) for path in sorted(folder.glob("*.docx"))]
    assert len(paths) >= 32
    for path in paths:
        expected = sorted(slip["paragraph"] for slip in by_name.get(path.name, []))
        assert sorted(paragraph for _, paragraph in _errors(path, lib)) == expected, path.name
