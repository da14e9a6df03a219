"""Faults of the held-out set holdout35 (#20): real drafts from conferences no earlier set cites. Held by sentences
of our own, with passing drafts beside them: a conference's labelled "Signatories:" list under a UN-style masthead
(its label is no State's name, and it is no UN sponsor line), a note mark with its number after a State's name
("Serbia*1"), a draft whose symbol lacks "/L." while every other line says draft (the symbol is at fault, not the
"Distr.: Limited" line), a body's name in capitals ("UNESCO,") as the organ line before a numbered preamble, and an
organ line that adds the conference's committee number ("THE ENVIRONMENT COMMISSION 2,")."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

MASTHEAD = ["Northfield Model United Nations", "General Assembly", "A/C.3/2031/L.4", "Distr.: Limited",
            "3 March 2031", "Original: English", "Third Committee", "Agenda item 68",
            "Rights of older persons"]
SIGNATORIES = "Signatories: Austria, Chile, Ghana, Japan, Mongolia, Portugal*, Uruguay*1"
BODY = ["The General Assembly,",
        "Recalling the Madrid International Plan of Action on Ageing,",
        "Noting that the number of persons over sixty will double by 2050,",
        "1. Encourages Member States to adopt national plans on ageing;",
        "2. Requests the Secretary-General to report on their progress."]


def findings(path: Path, lib: library.Library, rule: str | None = None) -> list[tuple[int, str, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule, str(f.message)) for f in report.findings
            if (rule is None or f.rule == rule) and f.severity in ("error", "warning")
            and f.rule != "lead-emphasis-document"]  # plain runs: the leads' emphasis is not what is tested


def un_draft(*, masthead: list[str] = MASTHEAD, signatories: str = SIGNATORIES) -> list[str]:
    return [*masthead, signatories, *BODY]


def test_a_labelled_signatories_list_under_a_un_masthead_is_read_name_by_name(
        lib: library.Library, tmp_path: Path) -> None:
    found = findings(make(tmp_path, un_draft()), lib)
    rules = {rule for _, rule, _ in found}
    assert "sponsor-line" not in rules  # a conference's "Signatories:" field, not "A, B and C: draft resolution"
    assert not [m for _, rule, m in found if rule == "state-name"]  # neither "Signatories: Austria" nor "Uruguay*1"


def test_a_misspelt_state_in_a_labelled_signatories_list_is_still_named(lib: library.Library, tmp_path: Path) -> None:
    found = findings(make(tmp_path, un_draft(signatories="Signatories: Austria, Chille, Ghana, Japan")), lib,
                     "state-name")
    assert [m for _, _, m in found if "Chille" in m]
    assert not [m for _, _, m in found if "Signatories" in m]


def test_an_unlabelled_list_under_a_un_masthead_is_still_a_sponsor_line(lib: library.Library, tmp_path: Path) -> None:
    found = findings(make(tmp_path, un_draft(signatories="Austria, Chile and Ghana")), lib, "sponsor-line")
    assert len(found) == 1


@pytest.mark.parametrize("mark", ["*", "*1", "**", "*12"])
def test_a_note_mark_after_a_state_name_is_no_part_of_it(lib: library.Library, tmp_path: Path, mark: str) -> None:
    head = ["Committee: Third Committee", "Topic: Rights of older persons", "Sponsors: Chile, Japan",
            f"Signatories: Ghana, Mongolia{mark}, Uruguay"]
    found = findings(make(tmp_path, [*head, *BODY]), lib, "state-name")
    assert found == []


def test_a_draft_whose_symbol_lacks_l_is_told_so_on_the_symbol(lib: library.Library, tmp_path: Path) -> None:
    masthead = [line.replace("/L.4", "/4") for line in MASTHEAD]
    found = findings(make(tmp_path, un_draft(masthead=masthead)), lib)
    symbol = [(p, m) for p, rule, m in found if rule == "symbol-draft"]
    assert len(symbol) == 1 and symbol[0][0] == 3 and "A/C.3/2031/4" in symbol[0][1]
    assert not [f for f in found if f[1] == "distribution-line"]  # "Distr.: Limited" is right for a draft


def test_a_draft_symbol_with_l_passes(lib: library.Library, tmp_path: Path) -> None:
    found = findings(make(tmp_path, un_draft()), lib)
    assert not [f for f in found if f[1] in ("symbol-draft", "distribution-line")]


def test_an_issued_text_with_limited_distribution_and_no_list_keeps_the_distribution_finding(
        lib: library.Library, tmp_path: Path) -> None:
    masthead = [line.replace("/L.4", "/4") for line in MASTHEAD]
    found = findings(make(tmp_path, [*masthead, *BODY]), lib)
    rules = [rule for _, rule, _ in found]
    assert "symbol-draft" not in rules  # nothing else says draft: the distribution line is what disagrees
    assert "distribution-line" in rules


def test_an_adopted_text_is_no_draft_whatever_its_distribution(lib: library.Library, tmp_path: Path) -> None:
    masthead = [line.replace("/L.4", "/4") for line in MASTHEAD] + ["Resolution adopted by the General Assembly"]
    found = findings(make(tmp_path, un_draft(masthead=masthead)), lib, "symbol-draft")
    assert found == []


THIMUN_HEAD = ["FORUM: Environment Commission", "QUESTION OF: Restoring damaged wetlands",
               "SUBMITTED BY: Italy", "CO-SUBMITTERS: Jordan, Mali"]
THIMUN_BODY = ["Recalling the Convention on Wetlands of 1971,",
               "Noting that many listed wetlands are drained for farming,",
               "1. Invites Member States to share restoration experts;",
               "2. Requests a list of sites in danger."]


@pytest.mark.parametrize("organ", ["UNESCO,", "UNITED NATIONS WOMEN,"])
def test_a_body_in_capitals_before_a_numbered_preamble_is_the_organ_line(
        lib: library.Library, tmp_path: Path, organ: str) -> None:
    preamble = [f"{n}. {text}" for n, text in enumerate(THIMUN_BODY[:2], 1)]
    found = findings(make(tmp_path, [*THIMUN_HEAD, organ, *preamble, *THIMUN_BODY[2:]]), lib)
    assert not [f for f in found if f[1] == "organ-line" and "missing" in f[2]]
    assert [f for f in found if f[1] == "preambular-numbered"]  # the numbered preamble is still a fault


def test_a_capitals_line_before_a_numbered_clause_without_a_lead_is_no_organ_line(
        lib: library.Library, tmp_path: Path) -> None:
    body = ["1. the sites along the river,", *THIMUN_BODY[2:]]
    found = findings(make(tmp_path, [*THIMUN_HEAD, "RIVER SITES,", *body]), lib, "organ-line")
    assert [f for f in found if "missing" in f[2]]


@pytest.mark.parametrize("organ", ["THE ENVIRONMENT COMMISSION 2,", "The Environment Commission 3,",
                                   "THE ENVIRONMENT COMMISSION II,"])
def test_an_organ_line_with_the_conferences_committee_number_names_more_than_the_organ(
        lib: library.Library, tmp_path: Path, organ: str) -> None:
    found = findings(make(tmp_path, [*THIMUN_HEAD, organ, *THIMUN_BODY]), lib, "organ-line")
    assert len(found) == 1
    paragraph, _, message = found[0]
    assert paragraph == 5 and "names more than the organ" in message
    assert organ.rsplit(" ", 1)[0] + "," in message  # the example drops the number


@pytest.mark.parametrize("organ", ["THE ENVIRONMENT COMMISSION,", "The Environment Commission,"])
def test_the_bodys_own_name_passes(lib: library.Library, tmp_path: Path, organ: str) -> None:
    assert findings(make(tmp_path, [*THIMUN_HEAD, organ, *THIMUN_BODY]), lib, "organ-line") == []


@pytest.mark.parametrize("line", ["Agenda item:", "Agenda Item: Rights of older persons", "AGENDA ITEM"])
def test_an_agenda_item_line_without_its_number_is_named(lib: library.Library, tmp_path: Path, line: str) -> None:
    masthead = [line if text == "Agenda item 68" else text for text in MASTHEAD]
    found = findings(make(tmp_path, un_draft(masthead=masthead)), lib, "heading-missing")
    assert [(p, m) for p, _, m in found if p == 8 and "agenda item's number" in m]


@pytest.mark.parametrize("line", ["Agenda item 68", "Agenda items 68 and 69", "Agenda item 68 (b)"])
def test_an_agenda_item_line_with_its_number_passes(lib: library.Library, tmp_path: Path, line: str) -> None:
    masthead = [line if text == "Agenda item 68" else text for text in MASTHEAD]
    found = findings(make(tmp_path, un_draft(masthead=masthead)), lib, "heading-missing")
    assert not [f for f in found if "number" in f[2]]


def test_a_heading_that_says_the_text_was_adopted_asks_for_no_sponsors(lib: library.Library, tmp_path: Path) -> None:
    head = ["Riverside Youth Assembly", "Resolution (2031)", "Adopted on: Friday, 14 March 2031",
            "Committee: Third Committee", "Topic: Rights of older persons"]
    found = findings(make(tmp_path, [*head, *BODY]), lib, "heading-missing")
    assert not [f for f in found if "Sponsors" in f[2]]


def test_a_draft_heading_without_sponsors_is_still_told_so(lib: library.Library, tmp_path: Path) -> None:
    head = ["Riverside Youth Assembly", "Committee: Third Committee", "Topic: Rights of older persons"]
    found = findings(make(tmp_path, [*head, *BODY]), lib, "heading-missing")
    assert [f for f in found if "Sponsors" in f[2]]
