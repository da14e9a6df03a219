"""Round 35, the lead's own: a list of States with several places lost ("Chile, , Peru, , Ghana") is one
``list-empty-item`` finding whose fix deletes every empty place, so that a second --fix finds none (holdout14 en-03
needed two runs: the fix deleted the first place only)."""

from __future__ import annotations

from pathlib import Path

from drafter import check, library
from drafter.check import fix

BODY = ["Committee: Third Committee", "Topic: Refugee children out of school", "The General Assembly,",
        "Alarmed by the number of refugee children out of school,",
        "1. Calls upon Member States to enrol refugee children within three months of their arrival;",
        "2. Invites donors to fund classrooms in host communities."]


def draft(tmp_path: Path, sponsors: str) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join([BODY[0], BODY[1], sponsors, *BODY[2:]]) + "\n", encoding="utf-8")
    return path


def test_every_empty_place_deleted_in_one_fix(tmp_path: Path, lib: library.Library) -> None:
    """Two empty places, then a third run of two marks: one finding, and the fixed list has no empty place left."""
    source = draft(tmp_path, "Sponsors: Chile, , Peru, Ghana, , , Kenya, Norway")
    report, doc = check.check_file(source, lib)
    assert [f.paragraph for f in report.findings if f.rule == "list-empty-item"] == [3]
    fixed_path = tmp_path / "fixed.txt"
    fixed, _ = fix.fix(report, doc, fixed_path, force=True)
    assert (3, "list-empty-item") in {(f.paragraph, f.rule) for f in fixed}
    assert fixed_path.read_text(encoding="utf-8").splitlines()[2] == "Sponsors: Chile, Peru, Ghana, Kenya, Norway"
    again, again_doc = check.check_file(fixed_path, lib)
    refixed, _ = fix.fix(again, again_doc, tmp_path / "fixed-twice.txt", force=True)
    assert refixed == []


def test_list_without_empty_place_clean(tmp_path: Path, lib: library.Library) -> None:
    """Clean: every mark has a name after it."""
    report, _ = check.check_file(draft(tmp_path, "Sponsors: Chile, Peru, Ghana"), lib)
    assert "list-empty-item" not in {f.rule for f in report.findings}


CLAUSES = ["Committee: Sixth Committee", "Topic: Crimes against humanity", "Sponsors: Sierra Leone",
           "The General Assembly,", "Noting that no treaty deals with crimes against humanity,",
           "1. Welcomes the work of the preparatory committee;",
           "2. Encourages Member States to take part in its sessions;",
           "1. Calls upon Member States to make such crimes offences under their law; 2. Invites the International Law "
           "Commission to keep the matter under review;",
           "3. Decides to remain seized of the matter."]


def test_clause_joined_renumbered_with_its_line(tmp_path: Path, lib: library.Library) -> None:
    """The count goes back to "1." on a line that holds a second clause typed after it ("… law; 2. Invites …"):
    the fix renumbers the line's own number and the joined clause's ("3." and "4."), so that the clause after them
    ("3." → "5.") still follows and a second --fix finds nothing."""
    source = tmp_path / "joined.txt"
    source.write_text("\n".join(CLAUSES) + "\n", encoding="utf-8")
    report, doc = check.check_file(source, lib)
    assert {(f.paragraph, f.rule) for f in report.findings} >= {(8, "numbering-sequence"), (8, "clause-joined")}
    fixed_path = tmp_path / "fixed.txt"
    fix.fix(report, doc, fixed_path, force=True)
    lines = fixed_path.read_text(encoding="utf-8").splitlines()
    assert lines[7].startswith("3. Calls upon") and "; 4. Invites the International" in lines[7]
    assert lines[8].startswith("5. Decides")
    again, again_doc = check.check_file(fixed_path, lib)
    refixed, _ = fix.fix(again, again_doc, tmp_path / "fixed-twice.txt", force=True)
    assert refixed == []
    assert "clause-joined" in {f.rule for f in again.findings if f.paragraph == 8}
