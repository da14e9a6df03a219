"""False alarm of the checker on the blind set holdout133 (#20), English drafts of councils, agencies and a crisis
committee at university conferences, held by sentences of our own:

* a preambular lead typed in capitals, as THIMUN conferences ask, with a manner the phrase list has no lead for
  ("VIEWING WITH DEEP CONCERN", "NOTING WITH ALARM"): in a Word file of plain paragraphs (a plain-text
  draft pasted into Word) the lead read was the listed verb alone, and the capitals of the
  manner after it were reported as words of the text typed in capitals for emphasis. Capitals that go straight on
  from a lead in capitals with "WITH" and a few words are the lead as the writer reads it.

Each with a draft that must still be reported: words further on in the clause typed in capitals."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from students import bench_students

from drafter import library

HEAD = ["FORUM: Security Council", "QUESTION OF: Landmines on the borders of the Sahel",
        "SUBMITTED BY: Niger", "CO-SUBMITTERS: Chad, Mali", "THE SECURITY COUNCIL,"]
OPERATIVE = ["1. URGES all parties to mark and fence the mined areas;",
             "2. REQUESTS the Secretary-General to report on demining within six months;",
             "3. DECIDES to remain actively seized of the matter."]


def _text(tmp_path: Path, lines: list[str], name: str = "mines.docx") -> Path:
    """A .docx of plain paragraphs, as bench/students.py turns a plain-text draft into one."""
    path = tmp_path / name
    bench_students.to_docx(lines, path)
    return path


def test_manner_of_a_lead_in_capitals_is_no_emphasis(lib: library.Library, tmp_path: Path) -> None:
    """¶7 "OBSERVING WITH ALARM that …": the capitals of the manner belong to the lead typed in capitals."""
    body = ["RECALLING its resolution 2349 (2017) on the Lake Chad Basin,",
            "OBSERVING WITH ALARM that new mines have been laid along the roads to the border crossings,",
            "VIEWING WITH DEEP CONCERN the number of children maimed by improvised devices,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *OPERATIVE]), lib)
    assert "emphasis-in-text" not in found


def test_capitals_further_in_the_clause_are_still_emphasis(lib: library.Library, tmp_path: Path) -> None:
    """¶7: "MUST NOT" typed in capitals in the middle of the clause is emphasis of the text (UN-B17)."""
    body = ["RECALLING its resolution 2349 (2017) on the Lake Chad Basin,",
            "OBSERVING that the parties MUST NOT lay new mines along the roads to the border crossings,"]
    found = rules(_text(tmp_path, [*HEAD, *body, *OPERATIVE]), lib)
    assert 7 in found.get("emphasis-in-text", [])
