"""General causes behind the misses and false alarms of the hundred-and-tenth held-out set (bench/students/holdout110:
drafts of the Security Council, specialized agencies and committees with non-State members), each tested with
paragraphs of our own in the patterns students write."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import Para, findings, rules_at
from docmaker import make

from drafter import library


def _at(tmp_path: Path, lib: library.Library, paragraphs: list[Para], profile: str | None = None
        ) -> list[tuple[int, str]]:
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    return rules_at(folder, lib, paragraphs, profile)


def _draft(committee: str, organ: str, operative: list[str], signatories: str = "Brazil, Chile",
           forum: str = "Committee") -> list[Para]:
    """A MUN draft: heading (paragraphs 1-4), organ line (5), two preambular paragraphs (6, 7), then ``operative``
    (from 8), leads italic."""
    clauses: list[Para] = []
    for i, clause in enumerate(operative, 1):
        lead, _, rest = clause.partition(" ")
        clauses.append([(f"{i}. ", ""), (lead, "i"), (" " + rest, "")])
    return [f"{forum}: {committee}", "Topic: Safe drinking water in refugee settlements",
            "Sponsors: Norway, Peru", f"Signatories: {signatories}", [(organ, "i"), (",", "")],
            [("Recalling", "i"), (" the Global Compact on Refugees of 2018,", "")],
            [("Concerned", "i"), (" that many settlements lack safe water,", "")], *clauses]


CLOSE = "Decides to review the matter at a later meeting."


# -- a lead misspelt by two swapped letters or a doubled final s ---------------------------------------------------

@pytest.mark.parametrize("written, correct", [("Ntoes", "Notes"), ("Ugres", "Urges"),
                                              ("Urgess", "Urges"),
                                              ("Stressess", "Stresses")])
def test_a_lead_with_swapped_letters_or_an_s_doubled_is_misspelt(tmp_path: Path, lib: library.Library,
                                                                  written: str, correct: str) -> None:
    """UN-B06: "Ugres" (two neighbouring letters swapped: one slip of the keyboard, not two edits) and "Urgess"
    (an -s after the -s of "Urges": no English ending) misspell a listed lead."""
    paragraphs = _draft("Human Rights Council", "The Human Rights Council",
                        [f"{written} States to provide safe water in every settlement;", CLOSE])
    draft = make(tmp_path, paragraphs)
    found = [(f.paragraph, f.rule) for f in findings(draft, lib) if f.severity in ("error", "warning")]
    assert (8, "lead-misspelled") in found, found
    fixes = [f.fix for f in findings(draft, lib) if f.rule == "lead-misspelled"]
    assert any(correct in (fix or "") for fix in fixes), fixes


@pytest.mark.parametrize("written", ["Encourage", "Request"])
def test_a_bare_verb_is_still_a_wrong_form_not_a_misspelling(tmp_path: Path, lib: library.Library,
                                                             written: str) -> None:
    """"Encourage" (the verb without its -s) stays a form of the lead, not a misspelling of it."""
    found = _at(tmp_path, lib, _draft("Human Rights Council", "The Human Rights Council",
                                      [f"{written} States to provide safe water in every settlement;", CLOSE]))
    assert (8, "lead-misspelled") not in found
    assert (8, "lead-form") in found, found


# -- a non-member the list itself seats as an observer -------------------------------------------------------------

@pytest.mark.parametrize("signatories", ["Brazil, Somaliland (observer), Chile", "Brazil, Kosovo (Observer)"])
def test_a_non_member_the_list_marks_as_an_observer_is_no_news(tmp_path: Path, lib: library.Library,
                                                               signatories: str) -> None:
    """A MUN signatory list that writes "(observer)" after a non-member says itself that it is none: no warning."""
    found = _at(tmp_path, lib, _draft("World Health Assembly", "The World Health Assembly",
                                      ["Requests the Director-General to report on safe water;", CLOSE],
                                      signatories=signatories))
    assert (4, "not-member") not in found, found


def test_a_non_member_without_a_remark_is_still_said(tmp_path: Path, lib: library.Library) -> None:
    """Without the remark (or with another one) the plain statement stands."""
    found = _at(tmp_path, lib, _draft("World Health Assembly", "The World Health Assembly",
                                      ["Requests the Director-General to report on safe water;", CLOSE],
                                      signatories="Brazil, Somaliland (co-author)"))
    assert (4, "not-member") in found, found


# -- a crisis committee is a body of its own ------------------------------------------------------------------------

@pytest.mark.parametrize("organ", ["The Crisis Committee", "The Joint Crisis Committee"])
def test_a_crisis_committee_opens_with_its_own_name(tmp_path: Path, lib: library.Library, organ: str) -> None:
    """MUN-F01: a crisis committee sits under no organ; its organ line names it."""
    found = _at(tmp_path, lib, _draft("Crisis Committee on the Lake Chad Basin", organ,
                                      ["Requests the International Committee of the Red Cross to open two clinics;",
                                       "Decides to meet again within 24 hours to review the situation."],
                                      forum="COMMITTEE"))
    assert (5, "organ-line") not in found, found


def test_a_committee_of_an_organ_still_opens_with_the_organs_name(tmp_path: Path, lib: library.Library) -> None:
    """"The Economic Committee," under no organ's name is still a committee's name where the organ's belongs."""
    found = _at(tmp_path, lib, _draft("Economic and Financial Committee", "The Economic Committee",
                                      ["Requests the Secretary-General to report on safe water;", CLOSE]))
    assert (5, "organ-line") in found, found


def test_a_crisis_committee_decides_in_its_own_right(tmp_path: Path, lib: library.Library) -> None:
    """MUN-F09 reserves "Decides" for the Security Council at THIMUN-procedure conferences against the Assembly's
    committees; a crisis committee decides its own measures and meetings."""
    paragraphs = ["FORUM: Crisis Committee on the Lake Chad Basin", "QUESTION OF: Cholera in the displacement camps",
                  "MAIN SUBMITTER: International Committee of the Red Cross", "CO-SUBMITTERS: Chad, Niger",
                  "THE CRISIS COMMITTEE,", "Alarmed by the spread of cholera in the camps around Maiduguri,",
                  "1. Requests the World Health Organization to send two rapid-response teams;",
                  "2. Decides to meet again within 24 hours to review the situation."]
    found = _at(tmp_path, lib, paragraphs, "thimun")
    assert (8, "sc-only-phrase") not in found, found


def test_the_assemblys_committee_still_leaves_decides_to_the_council(tmp_path: Path, lib: library.Library) -> None:
    """At the same conference a General Assembly committee's "Decides" is still the Council's word."""
    paragraphs = ["FORUM: Third Committee", "QUESTION OF: Cholera in the displacement camps",
                  "MAIN SUBMITTER: Chad", "CO-SUBMITTERS: Niger, Nigeria",
                  "THE GENERAL ASSEMBLY,", "Alarmed by the spread of cholera in the camps around Maiduguri,",
                  "1. Requests the World Health Organization to send two rapid-response teams;",
                  "2. Decides to send a mission of experts to the camps."]
    found = _at(tmp_path, lib, paragraphs, "thimun")
    assert (8, "sc-only-phrase") in found, found


# -- a noun no verb is made of opens no operative paragraph as a bare verb -----------------------------------------

@pytest.mark.parametrize("opening", ["Emergency assistance of 10 million dollars to be sent to the camps;",
                                     "Priority access for women and children to the water points;"])
def test_a_noun_opening_an_operative_paragraph_has_no_verb(tmp_path: Path, lib: library.Library,
                                                           opening: str) -> None:
    """UN-B06: "Emergency assistance …" opens on a noun ("-ency", "-ity"), not on a verb without its -s: the
    paragraph has no operative verb (not "write 'Emergencies'")."""
    draft = make(tmp_path, _draft("Human Rights Council", "The Human Rights Council", [opening, CLOSE]))
    found = [f for f in findings(draft, lib) if f.paragraph == 8 and f.severity in ("error", "warning")]
    assert [f.rule for f in found] == ["operative-no-verb"], [(f.rule, f.message) for f in found]
