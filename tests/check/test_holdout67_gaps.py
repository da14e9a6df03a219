"""Misses and false alarms of the checker on the blind set holdout67 (#20), drafts of a functional commission in
the shapes of the route through the Economic and Social Council, each held by sentences of our own with the fault
it must still find: the line by which a commission passes its text on to the Council ("The Commission on Narcotic
Drugs" / "recommends to the Economic and Social Council the adoption of the following draft resolution:") was read
as a clause adopting an annex, so nothing of the resolution after it was judged."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make

from drafter import library

HEAD = ["Committee: Commission on Narcotic Drugs", "Topic: Synthetic drugs sold online", "Sponsors: Ghana, Peru",
        "Signatories: Nepal"]
PASSING = ["The Commission on Narcotic Drugs",
           "recommends to the Economic and Social Council the adoption of the following draft resolution:",
           "The Economic and Social Council,"]


# -- the recommendation line before the organ line ------------------------------------------------------------------

def test_the_text_passed_on_to_the_council_is_judged(lib: library.Library, tmp_path: Path) -> None:
    body = [*HEAD, *PASSING, "Alarmed by the sale of synthetic drugs on online marketplaces;",
            "Recognizing the role of postal services in detecting such parcels,",
            "1. Urges Member States to train postal staff in detecting synthetic drugs;",
            "2. Requests the Executive Director to report to the Commission at its next session;"]
    found = rules(make(tmp_path, body), lib)
    assert found.get("preambular-end") == [8] and found.get("final-stop") == [11]
    assert "lead-capital" not in found  # "recommends …" is no clause
    # the same text under the Assembly, three levels down, with the faults mended: nothing to say of its body
    mended = [*HEAD, "THE COMMISSION ON NARCOTIC DRUGS,",
              "Recommends to the Economic and Social Council the approval of the following draft resolution:",
              "THE ECONOMIC AND SOCIAL COUNCIL,",
              "Recommends to the General Assembly the adoption of the following draft resolution:",
              "THE GENERAL ASSEMBLY,", "Alarmed by the sale of synthetic drugs on online marketplaces,",
              "1. Urges Member States to train postal staff in detecting synthetic drugs;",
              "2. Requests the Secretary-General to report to the Assembly at its next session."]
    clean = rules(make(tmp_path, mended, "mended.docx"), lib)
    assert not {"preambular-end", "final-stop", "operative-end", "lead-capital", "no-operative"} & set(clean), clean


# -- the sponsor line of a draft decision ---------------------------------------------------------------------------

MASTHEAD = ["E/CN.7/2027/L.4", "Distr.: Limited", "12 March 2027", "Original: English", "Commission on Narcotic Drugs",
            "Seventieth session", "Agenda item 4"]
DECISION_BODY = ["Date of the thematic debate", "The Commission on Narcotic Drugs,",
                 "Recalling its earlier decisions on the organization of its sessions,",
                 "1. Decides to hold its thematic debate on the first day of its seventy-first session;",
                 "2. Requests the Secretariat to prepare a background note for the debate."]


def test_a_draft_decision_names_its_sponsors_as_a_draft_resolution_does(lib: library.Library,
                                                                        tmp_path: Path) -> None:
    for tail in (": draft decision", ": revised draft decision", ": revised draft resolution"):
        found = rules(make(tmp_path, [*MASTHEAD, "Ghana, Nepal and Peru" + tail, *DECISION_BODY],
                           f"{len(tail)}.docx"), lib)
        assert "sponsor-line" not in found and "state-name" not in found, (tail, found)
    # a list of States with nothing after it is still no sponsor line
    bare = rules(make(tmp_path, [*MASTHEAD, "Ghana, Nepal and Peru", *DECISION_BODY], "bare.docx"), lib)
    assert bare.get("sponsor-line") == [8]


# -- two drafts in one file under numbered titles -------------------------------------------------------------------

REPORT = ["Commission on Narcotic Drugs", "Seventieth session", "Agenda item 5", "Ghana, Nepal and Peru: draft resolution",
          "The Commission on Narcotic Drugs recommends to the Economic and Social Council the adoption of the "
          "following draft resolutions:"]


def test_each_numbered_draft_of_a_report_ends_on_its_own(lib: library.Library, tmp_path: Path) -> None:
    first = ["Draft resolution I", "Drug checking services at festivals", "The Economic and Social Council,",
             "Noting the spread of drug checking services at music festivals,",
             "1. Invites Member States to evaluate such services;",
             "2. Requests the Executive Director to report on them;"]
    second = ["Draft resolution II", "Treatment in prisons", "The Economic and Social Council,",
              "Concerned that few prisons offer treatment for drug use disorders.",
              "Recognizing that treatment lowers reoffending,",
              "1. Encourages Member States to offer treatment in prisons;",
              "2. Invites donors to support such programmes."]
    found = rules(make(tmp_path, [*REPORT, *first, *second]), lib)
    assert found.get("final-stop") == [11] and found.get("preambular-end") == [15]
    # the file's heading is the second draft's too: nothing is said to be missing at its title
    assert "preambular-after-operative" not in found and 12 not in found.get("heading-missing", []), found


# -- a decision written in one paragraph ----------------------------------------------------------------------------

DECISION = ["E/CN.6/2027/L.2", "Distr.: Limited", "10 March 2027", "Original: English",
            "Commission on the Status of Women", "Seventy-first session", "Agenda item 6",
            "Fiji and Peru: draft decision", "Priority theme of the seventy-second session",
            "The Commission on the Status of Women, recalling Economic and Social Council resolution 2015/6, decides:",
            "(a) That the priority theme of its seventy-second session shall be the land rights of rural women;",
            "(b) To invite Member States to send experts on land registration to the interactive dialogue."]


def test_a_decision_in_one_paragraph_is_read_over_its_items(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, DECISION), lib)
    said = {"organ-line", "operative-unnumbered", "no-operative", "operative-no-verb", "lead-capital", "sub-end",
            "final-stop", "lead-form"}
    assert not said & set(found), found
    # an item that ends with a full stop before the next one is still the wrong mark
    stopped = [*DECISION[:-2], DECISION[-2][:-1] + ".", DECISION[-1]]
    assert rules(make(tmp_path, stopped, "stopped.docx"), lib).get("sub-end") == [11]
