"""Faults of the rarely annotated masthead and emphasis rules that the checker missed on the blind set holdout55 (#20),
each held by sentences of our own with a passing text beside it: a Council draft under the UN masthead that bears the
cover lines of an adopted resolution (UN-H09), an adopted text's closing lines under a draft (UN-B13), an issued
draft's sponsors under a conference's label (UN-H06), an issued draft without its original-language line (UN-H04),
and words of a clause set off between typed Markdown marks (UN-B17)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

COUNCIL = ["S/2031/77", "Distr.: Limited", "2 June 2031", "Original: English", "Security Council"]
COUNCIL_BODY = ["The Security Council,",
                "Recalling its resolutions on the protection of humanitarian personnel,",
                "Gravely concerned by attacks on convoys carrying food aid,",
                "1. Demands that all parties allow the safe passage of humanitarian convoys;",
                "2. Decides to remain seized of the matter."]
ISSUED = ["A/C.4/86/L.5", "Distr.: Limited", "30 October 2031", "Original: English", "General Assembly",
          "Eighty-sixth session", "Fourth Committee", "Agenda item 51", "Assistance in mine action"]
ASSEMBLY_BODY = ["The General Assembly,",
                 "Recalling its previous resolutions on assistance in mine action,",
                 "Deeply concerned that landmines continue to kill and maim civilians long after conflicts end,",
                 "1. Urges Member States to clear mined land used for farming;",
                 "2. Requests the Secretary-General to report to it at its eighty-seventh session."]
TITLE = "Assistance in mine action"
SPONSORS = "Angola, Cambodia and Colombia: draft resolution"


def messages(path: Path, lib: library.Library, rule: str) -> list[str]:
    report, _ = check.check_file(path, lib)
    return [f.message for f in report.findings if f.rule == rule]


# -- a Council draft with the cover lines of an adopted resolution ----------------------------------------------------

def test_council_draft_bearing_an_adopted_resolutions_cover_lines(lib: library.Library, tmp_path: Path) -> None:
    body = [*COUNCIL, "Resolution 2950 (2031)", "Adopted by the Security Council at its 10400th meeting, on 2 June 2031",
            "France and Japan: draft resolution", *COUNCIL_BODY]
    found = rules(make(tmp_path, body), lib)
    assert found.get("draft-as-adopted") == [6, 7]
    assert "distribution-line" not in found  # the sponsor line makes it a draft: "Limited" is a draft's
    # the same draft without them, issued "General" as the Council issues its drafts
    plain = [*COUNCIL[:1], "Distr.: General", *COUNCIL[2:], "France and Japan: draft resolution", *COUNCIL_BODY]
    found = rules(make(tmp_path, plain, "plain.docx"), lib)
    assert "draft-as-adopted" not in found and "distribution-line" not in found
    # an adopted Council resolution bears them, and no sponsor line
    adopted = ["S/RES/2950 (2031)", "Security Council", "Distr.: General", "2 June 2031", "Resolution 2950 (2031)",
               "Adopted by the Security Council at its 10400th meeting, on 2 June 2031", *COUNCIL_BODY]
    found = rules(make(tmp_path, adopted, "adopted.docx"), lib)
    assert "draft-as-adopted" not in found and "distribution-line" not in found


# -- an adopted text's closing lines under a draft --------------------------------------------------------------------

def test_closing_meeting_and_date_lines_under_an_issued_draft(lib: library.Library, tmp_path: Path) -> None:
    body = [*ISSUED, SPONSORS, TITLE, *ASSEMBLY_BODY, "74th plenary meeting", "9 December 2031"]
    found = rules(make(tmp_path, body), lib)
    assert found.get("draft-as-adopted") == [17]
    assert found.get("signed-after-text") == [18]
    adopted = ["A/RES/86/95", "Distr.: General", "15 December 2031", "Eighty-sixth session", "Agenda item 51",
               "Resolution adopted by the General Assembly on 9 December 2031",
               "[on the report of the Fourth Committee (A/86/402)]", f"86/95. {TITLE}", *ASSEMBLY_BODY,
               "74th plenary meeting", "9 December 2031"]
    found = rules(make(tmp_path, adopted, "adopted.docx"), lib)
    assert "draft-as-adopted" not in found and "signed-after-text" not in found


# -- an issued draft's sponsors under a label --------------------------------------------------------------------------

def test_labelled_sponsors_in_an_issued_drafts_masthead(lib: library.Library, tmp_path: Path) -> None:
    body = [*ISSUED, "Sponsors: Colombia, Angola and Cambodia", TITLE, *ASSEMBLY_BODY]
    path = make(tmp_path, body)
    found = rules(path, lib)
    assert found.get("sponsor-line") == [10]
    assert found.get("sponsor-order") == [10]
    assert "without a label" in messages(path, lib, "sponsor-line")[0]
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[9].text == "Colombia, Angola and Cambodia: draft resolution"
    # a conference's masthead-like heading with no "/L." symbol keeps its labelled list
    conference = ["General Assembly", "Fourth Committee", "Sponsors: Angola, Cambodia", "Signatories: Chad, Fiji",
                  TITLE, *ASSEMBLY_BODY]
    assert "sponsor-line" not in rules(make(tmp_path, conference, "conference.docx"), lib)


# -- an issued draft without its original-language line ---------------------------------------------------------------

def test_issued_draft_without_its_original_language_line(lib: library.Library, tmp_path: Path) -> None:
    body = [*ISSUED[:3], *ISSUED[4:], SPONSORS, TITLE, *ASSEMBLY_BODY]
    path = make(tmp_path, body)
    assert rules(path, lib).get("heading-missing") == [1]
    assert "Original" in messages(path, lib, "heading-missing")[0]
    assert "heading-missing" not in rules(make(tmp_path, [*ISSUED, SPONSORS, TITLE, *ASSEMBLY_BODY], "whole.docx"), lib)


# -- words set off between typed marks -----------------------------------------------------------------------------------

def test_words_between_typed_marks_inside_a_clause(lib: library.Library, tmp_path: Path) -> None:
    body = [*ISSUED, SPONSORS, TITLE, *ASSEMBLY_BODY[:3],
            "1. Urges Member States to clear mined land used for farming **without delay**;",
            "2. Requests the Secretary-General to report to it on __all__ mined areas at its eighty-seventh session."]
    path = make(tmp_path, body)
    assert rules(path, lib).get("emphasis-in-text") == [15, 16]
    assert "typed marks" in messages(path, lib, "emphasis-in-text")[0]
    # an observer State's asterisk, a lead typed between marks (its own rule's) and plain text are no such marks
    fine = [*ISSUED, "Angola, Cambodia, Colombia and State of Palestine*: draft resolution", TITLE,
            *ASSEMBLY_BODY[:3], "1. **Urges** Member States to clear mined land used for farming;",
            ASSEMBLY_BODY[4]]
    assert "emphasis-in-text" not in rules(make(tmp_path, fine, "fine.docx"), lib)
