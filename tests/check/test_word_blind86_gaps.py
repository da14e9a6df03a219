"""General causes behind the misses and false alarms of the blind set word-blind86 (English .docx drafts that cite
their sources: typed superscript reference numbers, references in square brackets, a sources line after the text),
each tested with sentences of our own."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, ORGAN, Para, findings, rules_at
from docmaker import make
from docx import Document

from drafter import library

PRE_A = [("Recalling", "i"), (" the Paris Agreement adopted in 2015,", "")]
PRE_B = [("Noting", "i"), (" that wetlands store a third of the carbon held in soils,", "")]
OP1 = [("1. ", ""), ("Encourages", "u"), (" Member States to map their peatlands;", "")]
OP2 = [("2. ", ""), ("Requests", "u"), (" the Secretariat to report on progress at the next session.", "")]


# -- a reference number typed by hand and raised as a note's mark ------------------------------------------------

def raised(tmp_path: Path, superscript: bool) -> list[tuple[int, str]]:
    """A draft whose second preambular clause ends "…in soils,2", the "2" raised (or not)."""
    path = make(tmp_path, [*EN_HEAD, ORGAN, PRE_A, [*PRE_B, ("2", "")], OP1, OP2])
    doc = Document(str(path))
    doc.paragraphs[6].runs[-1].font.superscript = superscript
    doc.save(str(path))
    return [(f.paragraph, f.rule) for f in findings(path, lib_of()) if f.severity in ("error", "warning")]


def lib_of() -> library.Library:
    return library.load([library.builtin_library()])


def test_a_raised_reference_number_is_no_number_pasted_as_text(tmp_path: Path) -> None:
    assert (7, "digit-glued") not in raised(tmp_path, True)


def test_the_same_number_on_the_line_is_still_a_pasted_footnote_number(tmp_path: Path) -> None:
    assert (7, "digit-glued") in raised(tmp_path, False)


# -- a reference in square brackets typed after a space where the clause ends --------------------------------------

def test_a_bracketed_reference_before_the_end_mark_is_no_open_wording(lib: library.Library, tmp_path: Path) -> None:
    cited: Para = [("Recalling", "i"), (" the Ramsar Convention of 1971 [3],", "")]
    last: Para = [("2. ", ""), ("Requests", "u"), (" the Secretariat to report at the next session [4, 5].", "")]
    result = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, cited, PRE_B, OP1, last])
    assert not [r for r in result if r[1] == "negotiation-mark"]


def test_a_bracketed_figure_inside_a_clause_is_still_open_wording(lib: library.Library, tmp_path: Path) -> None:
    open_figure: Para = [("1. ", ""), ("Encourages", "u"), (" Member States to map their peatlands within [3] "
                                                            "years;", "")]
    result = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE_A, PRE_B, open_figure, OP2])
    assert (8, "negotiation-mark") in result


# -- a sources line after the last clause: "Sources: …" on one line ------------------------------------------------

def test_a_sources_line_after_the_text_leaves_the_last_clause_judged(lib: library.Library, tmp_path: Path) -> None:
    semicolon: Para = [("2. ", ""), ("Requests", "u"), (" the Secretariat to report on progress at the next "
                                                        "session;", "")]
    sources = "Sources: A/RES/70/1; Ramsar Convention on Wetlands (1971)."
    result = rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE_A, PRE_B, OP1, semicolon, sources])
    assert (9, "final-stop") in result
    assert (10, "signed-after-text") not in result


def test_a_sources_line_after_a_well_ended_text_is_clean(lib: library.Library, tmp_path: Path) -> None:
    sources = "References: A/RES/70/1; Ramsar Convention on Wetlands (1971)."
    assert rules_at(tmp_path, lib, [*EN_HEAD, ORGAN, PRE_A, PRE_B, OP1, OP2, sources]) == []
