"""The leftovers of earlier rounds, each a general fix tested with sentences of our own: outline labels, an empty
numbered paragraph, typed bullets, roman first-level labels and sub-clause capitals, abbreviations, sponsor order."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, OP2, ORGAN, PRE, ZH_HEAD, findings, make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

THIMUN_HEAD = ["FORUM: Commission on Crime Prevention and Criminal Justice",
               "QUESTION OF: Global governance of cybercrime", "SUBMITTED BY: China", "CO-SUBMITTERS: France, Brazil"]
THIMUN_ORGAN = [("THE COMMISSION ON CRIME PREVENTION AND CRIMINAL JUSTICE", "i"), (",", "")]
CHAPEAU = [("1. ", ""), ("Requests", "u"), (" the United Nations Office on Drugs and Crime to:", "")]
UN_HEAD = ["E/CN.15/2027/L.3", "Distr.: Limited", "20 May 2027", "Original: English",
           "Commission on Crime Prevention and Criminal Justice", "Brazil and Chile: draft resolution",
           "Global governance of cybercrime"]


def rules(tmp_path: Path, lib: library.Library, paragraphs: list, profile: str | None = None) -> list[tuple[int, str]]:
    return [(f.paragraph, f.rule) for f in findings(make(tmp_path, paragraphs), lib, profile)]


def fixed_texts(tmp_path: Path, lib: library.Library, path: Path, profile: str | None = None) -> list[str]:
    """The paragraphs' texts after --fix, and the same after a second --fix (asserted equal)."""
    report, doc = check.check_file(path, lib, profile=profile, writes=True)
    fix.fix(report, doc, tmp_path / "once.docx", force=False)
    once = [p.text for p in reader.read(tmp_path / "once.docx").paragraphs]
    report, doc = check.check_file(tmp_path / "once.docx", lib, profile=profile, writes=True)
    fix.fix(report, doc, tmp_path / "twice.docx", force=False)
    assert [p.text for p in reader.read(tmp_path / "twice.docx").paragraphs] == once  # --fix twice = once
    return once


# -- roman numerals as first-level labels, capitals opening a sub-clause (MUN-F06, UN-B10, ZH-B04) ------------------

@pytest.mark.parametrize(("head", "organ", "profile"), [(EN_HEAD, ORGAN, "una-usa"),
                                                        (THIMUN_HEAD, THIMUN_ORGAN, "thimun"),
                                                        (UN_HEAD, ORGAN, "un")])
def test_roman_first_level_labels_are_a_style_fault_in_english(head: list[str], organ: list, profile: str,
                                                               tmp_path: Path, lib: library.Library) -> None:
    """MUN-F06 and UN-B10 open sub-clauses with letters ("a)", "(a)", "a."); "i)" is the second degree."""
    subs = ["i) train judges and prosecutors;", "ii) report on its work;"]
    found = rules(tmp_path, lib, [*head, organ, PRE, CHAPEAU, *subs, OP2], profile)
    at = len(head) + 4
    assert (at, "sub-label-style") in found and (at + 1, "sub-label-style") in found


def test_roman_first_level_labels_are_allowed_in_chinese(tmp_path: Path, lib: library.Library) -> None:
    """ZH-B04: Chinese sub-clauses take English letters or roman numerals."""
    lines = [*ZH_HEAD, "预防犯罪和刑事司法委员会，", [("回顾", "b"), ("其第22/7号决议，", "")],
             [("1. ", ""), ("请", "b"), ("联合国毒品和犯罪问题办公室：", "")], "i) 培训法官；", "ii) 报告其工作；",
             [("2. ", ""), ("敦促", "b"), ("各会员国加强合作。", "")]]
    assert not [r for r in rules(tmp_path, lib, lines) if r[1] == "sub-label-style"]


def test_a_capital_opening_a_sub_clause_under_thimun_is_lower_cased(tmp_path: Path, lib: library.Library) -> None:
    """MUN-F06 (THIMUN, MYMUN): "first letters not capitalised"; names keep their capitals."""
    subs = ["a) Train judges and prosecutors,", "b) United Nations entities to report,", "c) Member States to help,",
            "d) UNODC to lead;"]
    path = make(tmp_path, [*THIMUN_HEAD, THIMUN_ORGAN, PRE, CHAPEAU, *subs, OP2])
    assert [(p, r) for p, r in rules(tmp_path, lib, [*THIMUN_HEAD, THIMUN_ORGAN, PRE, CHAPEAU, *subs, OP2], "thimun")
            if r == "sub-clause-capital"] == [(8, "sub-clause-capital")]
    texts = fixed_texts(tmp_path, lib, path, "thimun")
    assert texts[7:11] == ["a) train judges and prosecutors,", *subs[1:]]


@pytest.mark.parametrize(("head", "profile"), [(EN_HEAD, "una-usa"), (UN_HEAD, "un")])
def test_a_capital_opening_a_sub_clause_is_no_fault_elsewhere(head: list[str], profile: str, tmp_path: Path,
                                                              lib: library.Library) -> None:
    """UN texts open sub-paragraphs with "(a) To …" (UN-B11); UNA-USA guides say nothing of it."""
    subs = ["(a) To train judges and prosecutors;", "(b) To report on its work;"]
    found = rules(tmp_path, lib, [*head, ORGAN, PRE, CHAPEAU, *subs, OP2], profile)
    assert not [r for r in found if r[1] == "sub-clause-capital"]


# -- an empty numbered paragraph among the clauses ---------------------------------------------------------------

def _word_draft(path: Path, paragraphs: list[tuple[str, int | None]]) -> Path:
    """A draft whose paragraphs (text, level of Word's clause list or None) are numbered by Word."""
    from docx import Document
    from wordlists import CLAUSES, abstract, num, number, set_lists

    doc = Document()
    set_lists(doc, abstract(1, CLAUSES) + num(1, 1))
    for text, level in paragraphs:
        para = doc.add_paragraph(text)
        if level is not None:
            number(para, 1, level)
    doc.save(str(path))
    return path


EMPTY_LINE = [*[(line, None) for line in EN_HEAD], ("The Commission on Crime Prevention and Criminal Justice,", None),
              ("Recalling its resolution 22/7 of 26 April 2013,", None),
              ("Requests the Office to continue its work;", 0), ("", 0), ("Urges Member States to cooperate;", 0),
              ("Invites donors to contribute;", 0), ("Decides to continue its consideration of the question at its next session.", 0)]


def test_fix_takes_the_number_off_an_empty_numbered_paragraph(tmp_path: Path, lib: library.Library) -> None:
    """One finding on the empty numbered paragraph, none on the clauses after it; --fix leaves the empty paragraph,
    unnumbered, and every paragraph's text as it was (#20 item 8); --fix twice equals --fix once."""
    path = _word_draft(tmp_path / "empty.docx", EMPTY_LINE)
    report, _ = check.check_file(path, lib)
    off = [f for f in report.findings if f.rule.startswith("numbering")]
    assert [(f.rule, f.paragraph) for f in off] == [("numbering-empty", 8)]
    assert off[0].fix and off[0].edits
    texts = fixed_texts(tmp_path, lib, path)
    assert texts == [p.text for p in reader.read(path).paragraphs]
    fixed = reader.read(tmp_path / "once.docx").paragraphs
    assert [p.label for p in fixed[6:11]] == ["1.", "", "2.", "3.", "4."]
    again, _ = check.check_file(tmp_path / "once.docx", lib)
    assert not [f for f in again.findings if f.rule.startswith("numbering")]


def test_an_empty_paragraph_outside_the_list_changes_nothing(tmp_path: Path, lib: library.Library) -> None:
    unnumbered = [(text, None if not text else level) for text, level in EMPTY_LINE]
    report, _ = check.check_file(_word_draft(tmp_path / "plain.docx", unnumbered), lib)
    assert not [f for f in report.findings if f.rule.startswith("numbering")]


# -- typed bullets before sub-clauses ----------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "organ", "profile", "wanted"), [
    (EN_HEAD, ORGAN, "una-usa", ["(a)", "(b)", "(c)"]),
    (THIMUN_HEAD, THIMUN_ORGAN, "thimun", ["a)", "b)", "c)"]),
])
def test_fix_replaces_typed_bullets_with_the_profiles_labels_in_sequence(
        head: list[str], organ: list, profile: str, wanted: list[str], tmp_path: Path, lib: library.Library) -> None:
    """"•", "-", "–", "●", "▪" before sub-clauses: each one finding, and --fix writes the profile's label at its
    place in the list; nothing else in the paragraph changes, and --fix twice equals once."""
    subs = ["• train judges and prosecutors,", "–\tcollect electronic evidence,", "▪ report on its work;"]
    second = [("2. ", ""), ("Requests", "u"), (" the Secretary-General:", "")]
    more = ["- to consult States,", "● to publish the results;"]
    lines = [*head, organ, PRE, CHAPEAU, *subs, second, *more, OP2]
    path = make(tmp_path, lines)
    at = len(head) + 4
    found = [(p, r) for p, r in rules(tmp_path, lib, lines, profile) if r == "sub-label-style"]
    assert found == [(at, "sub-label-style"), (at + 1, "sub-label-style"), (at + 2, "sub-label-style"),
                     (at + 4, "sub-label-style"), (at + 5, "sub-label-style")]
    texts = fixed_texts(tmp_path, lib, path, profile)
    assert texts[at - 1:at + 2] == [f"{wanted[0]} train judges and prosecutors,",
                                    f"{wanted[1]}\tcollect electronic evidence,",
                                    f"{wanted[2]} report on its work;"]
    assert texts[at + 3:at + 5] == [f"{wanted[0]} to consult States,", f"{wanted[1]} to publish the results;"]


# -- the order of the sponsors (UN-H06, ZH-H02) ------------------------------------------------------------------

def _un_draft(sponsor_line: str) -> list:
    return [*UN_HEAD[:5], sponsor_line, UN_HEAD[6], [("The Commission on Crime Prevention and Criminal Justice", "i"),
                                                    (",", "")], PRE, [("1. ", ""), ("Requests", "i"), (" a report.", "")]]


@pytest.mark.parametrize(("line", "at"), [
    ("Chile, Brazil and Peru: draft resolution", 1),
    ("Brazil, State of Palestine and Chile: draft resolution", 1),  # observer States come last
    ("Brazil, Côte d'Ivoire, Chile and Peru: draft resolution", 1),  # "Côte" sorts as "Cote"
])
def test_a_un_sponsor_line_out_of_english_alphabetical_order(line: str, at: int, tmp_path: Path,
                                                             lib: library.Library) -> None:
    found = [f for f in findings(make(tmp_path, _un_draft(line)), lib) if f.rule == "sponsor-order"]
    assert len(found) == at and found[0].paragraph == 6 and found[0].severity == "warning"


@pytest.mark.parametrize("line", ["Bolivia (Plurinational State of), Brazil, Chile and Holy See: draft resolution",
                                  "Algeria, Bahrain, Comoros, Yemen and State of Palestine:* draft resolution"])
def test_a_un_sponsor_line_in_order(line: str, tmp_path: Path, lib: library.Library) -> None:
    assert not [f for f in findings(make(tmp_path, _un_draft(line)), lib) if f.rule == "sponsor-order"]


def test_english_conference_lists_have_no_order(tmp_path: Path, lib: library.Library) -> None:
    """MUN-H01 sets no order (the main sponsor often comes first); ZH-H02's alphabetical order is for UN lines."""
    head = ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Global governance of cybercrime",
            "Sponsors: France, China", "Signatories: Peru, Brazil"]
    found = findings(make(tmp_path, [*head, ORGAN, PRE, OP2]), lib)
    assert not [f for f in found if f.rule in ("sponsor-order", "list-order-pinyin")]


def test_chinese_conference_lists_by_pinyin_are_a_suggestion(tmp_path: Path, lib: library.Library) -> None:
    head = ["决议草案", "委员会：大会第三委员会", "议题：网络犯罪", "起草国：中国、巴西、法国", "附议国：南非、印度"]
    body = ["大会，", [("回顾", "b"), ("其第74/247号决议，", "")], [("1. ", ""), ("请", "b"), ("秘书长提出报告。", "")]]
    found = [(f.rule, f.severity, f.paragraph, f.message) for f in findings(make(tmp_path, [*head, *body]), lib)
             if f.rule == "list-order-pinyin"]
    assert found == [("list-order-pinyin", "suggestion", 4, "中文会议按拼音顺序列出国家：“巴西”应在“中国”之前")]


# -- abbreviations written out at first use (MUN-F07) ------------------------------------------------------------

def _abbreviations(tmp_path: Path, lib: library.Library, lines: list, head: list[str] = EN_HEAD) -> list[str]:
    found = findings(make(tmp_path, [*head, ORGAN, *lines]), lib)
    return [f.message.split("'")[1] for f in found
            if f.rule == "abbreviation-unexplained"]


def test_an_abbreviation_used_before_its_full_form_is_one_suggestion(tmp_path: Path, lib: library.Library) -> None:
    lines = [[("Recalling", "i"), (" the work of the WHO and of the UN since 2020,", "")],
             [("1. ", ""), ("Requests", "u"), (" UNODC to work with NGOs and the WHO;", "")], OP2]
    found = [f for f in findings(make(tmp_path, [*EN_HEAD, ORGAN, *lines]), lib)
             if f.rule == "abbreviation-unexplained"]
    assert [(f.paragraph, f.severity, f.message.split("'")[1]) for f in found] == [
        (6, "suggestion", "WHO"), (7, "suggestion", "UNODC"), (7, "suggestion", "NGOs")]  # each at its first use


@pytest.mark.parametrize("text", [
    " the United Nations Office on Drugs and Crime (UNODC) and non-governmental organizations (NGOs),",
    " the World Health Organization and the WHO guidelines,",  # written out before it
    " the UDHR (Universal Declaration of Human Rights),",  # written out right after it
    " the UN, HIV/AIDS and COVID-19,",  # known to UN practice
    " the UK, the USA and the DRC,",  # State initials: state-abbreviation's
    " Chapter VII of the Charter and the Soviet SS-4 missiles,",
])
def test_an_abbreviation_written_out_or_known_is_no_finding(text: str, tmp_path: Path, lib: library.Library) -> None:
    lines = [[("Recalling", "i"), (text, "")], [("1. ", ""), ("Requests", "u"), (" a report.", "")]]
    assert _abbreviations(tmp_path, lib, lines) == []


def test_words_in_capitals_are_no_abbreviations(tmp_path: Path, lib: library.Library) -> None:
    lines = ["NOTING that the crisis goes on, PURELY for lack of means,",
             "THE UNIVERSAL DECLARATION OF HUMAN RIGHTS,", [("1. ", ""), ("Requests", "u"), (" a report.", "")]]
    assert _abbreviations(tmp_path, lib, lines) == []


def test_abbreviations_under_the_un_profile_are_left_alone(tmp_path: Path, lib: library.Library) -> None:
    """MUN-F07 is a conference convention; adopted UN texts are not judged by it."""
    lines = [PRE, [("1. ", ""), ("Requests", "i"), (" UNODC to work with NGOs.", "")]]
    assert _abbreviations(tmp_path, lib, lines, UN_HEAD) == []


# -- outline labels ("1.1.", "2.3.") for sub-clauses and for clauses -----------------------------------------------

def test_typed_outline_sub_labels_become_the_profiles_labels_in_sequence(tmp_path: Path, lib: library.Library) -> None:
    """"2.1." "2.3." under clause 2: a sub-clause label form no profile uses; --fix writes "(a)" "(b)" (the place in
    the list, so a skipped "2.2." is mended by the same fix)."""
    second = [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report:", "")]
    lines = [*EN_HEAD, ORGAN, PRE, CHAPEAU, "1.1. on training;", "1.2. on equipment;", second,
             "2.1. with figures by region;", "2.3. with a summary of funding;", OP2]
    found = [(p, r) for p, r in rules(tmp_path, lib, lines) if r.startswith("sub-label")]
    assert found == [(8, "sub-label-style"), (9, "sub-label-style"), (11, "sub-label-style"), (12, "sub-label-style")]
    texts = fixed_texts(tmp_path, lib, make(tmp_path, lines))
    assert [texts[i].split()[0] for i in (7, 8, 10, 11)] == ["(a)", "(b)", "(a)", "(b)"]


def test_typed_outline_numbers_on_clauses_are_read_as_clauses(tmp_path: Path, lib: library.Library) -> None:
    """"1.1." "1.2." "1.3." numbering the clauses themselves: operative paragraphs 1–3 in the wrong form, not
    preambular paragraphs without a lead."""
    clauses = [[("1.1. ", ""), ("Urges", "u"), (" Member States to increase funding;", "")],
               [("1.2. ", ""), ("Requests", "u"), (" the Secretary-General to report;", "")],
               [("1.3. ", ""), ("Decides", "u"), (" to continue its consideration of the question at its next session.", "")]]
    lines = [*EN_HEAD, ORGAN, PRE, *clauses]
    report, _ = check.check_file(make(tmp_path, lines), lib)
    assert [(f.paragraph, f.rule) for f in report.findings if f.severity != "suggestion"] == [
        (7, "numbering-form"), (8, "numbering-form"), (9, "numbering-form")]
    texts = fixed_texts(tmp_path, lib, make(tmp_path, lines))
    assert [t[:3] for t in texts[6:9]] == ["1. ", "2. ", "3. "]
