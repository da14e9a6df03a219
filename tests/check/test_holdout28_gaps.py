"""Faults and false alarms of the blind set holdout28 (#20): drafts as a chair receives them pasted into an e-mail
or a chat in the last hour. Each held by sentences of our own, with a passing draft beside it: a typographic ligature
from a PDF inside a lead ("Conﬁdent"), a real-word slip in a four-word lead ("Nothing with deep concern"), a sub-clause
list whose labels change form half-way ("a." then "b)"), the clauses' own bullet again after items marked with another
("•" after "▪"), the number of a clause typed on the line of the one before ("…; 3. Invites"), a preambular paragraph
pasted again after the operative part whatever its lead, a Chinese body's name with "、" as the organ line, and a
declaration's name in 「」 instead of 《》."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = ["Committee: United Nations Environment Assembly", "Topic: Peatlands", "Sponsors: Ireland, Indonesia",
        "Signatories: Finland, Peru", "The United Nations Environment Assembly,"]
ZH_HEAD = ["决议草案", "委员会：联合国教科文组织", "议题：濒危语言", "起草国：秘鲁、芬兰", "附议国：新西兰、挪威"]


def texts(path: Path, lib: library.Library, out: Path) -> list[str]:
    """The paragraphs of ``path`` after --fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, out, force=True)
    return [p.text for p in reader.read(out).paragraphs]


# -- a ligature from a PDF inside a lead -----------------------------------------------------------------------------

@pytest.mark.parametrize("lead", ["Con\ufb01dent", "Reaf\ufb01rming", "Rea\ufb03rming"])
def test_a_lead_written_with_a_ligature_is_the_lead(lib: library.Library, tmp_path: Path, lead: str) -> None:
    paragraphs = [*HEAD, f"{lead} that drained peatlands release large amounts of carbon,",
                  "1. Encourages Member States to rewet drained peatlands;", "2. Requests the Executive Director to report."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "lead-misspelled" not in found and "lead-unknown" not in found


def test_a_glued_lead_with_a_ligature_is_still_a_slip(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Recalling its earlier resolutions on wetlands,",
                  "1. Con\ufb01rmsthe importance of peatland maps;", "2. Requests the Executive Director to report."]
    assert rules(make(tmp_path, paragraphs), lib).get("lead-misspelled") == [7]


def test_a_clause_broken_after_a_ligature_lead_is_found(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Recalling its earlier resolutions on wetlands,",
                  "Reaf\ufb01rming the role of peatlands in storing carbon for", "many centuries,",
                  "1. Encourages Member States to rewet drained peatlands;", "2. Requests the Executive Director to report."]
    assert 7 in rules(make(tmp_path, paragraphs), lib).get("paragraph-broken", [])


# -- a real-word slip in a lead of four words ------------------------------------------------------------------------

@pytest.mark.parametrize("lead", ["Nothing with deep concern", "NOTHING WITH GRAVE CONCERN"])
def test_a_slip_in_the_first_word_of_a_four_word_lead(lib: library.Library, tmp_path: Path, lead: str) -> None:
    paragraphs = [*HEAD, f"{lead} that peat fires spread haze across borders,",
                  "1. Encourages Member States to rewet drained peatlands;", "2. Requests the Executive Director to report."]
    assert rules(make(tmp_path, paragraphs), lib).get("lead-misspelled") == [6]


def test_the_four_word_lead_spelt_right_passes(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Noting with deep concern that peat fires spread haze across borders,",
                  "1. Encourages Member States to rewet drained peatlands;", "2. Requests the Executive Director to report."]
    assert "lead-misspelled" not in rules(make(tmp_path, paragraphs), lib)


# -- sub-clause labels that change form half-way -----------------------------------------------------------------------

SUBS = [*HEAD, "Recalling its earlier resolutions on wetlands,",
        "1. Encourages Member States to protect peatlands by:", "{}mapping peat soils;", "{}banning new drainage;",
        "{}training fire wardens;", "2. Requests the Executive Director to report."]


def sub_draft(labels: tuple[str, str, str]) -> list[str]:
    return [*SUBS[:7], *(SUBS[7 + i].format(label) for i, label in enumerate(labels)), SUBS[-1]]


def test_a_list_going_on_in_another_form_is_one_list(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, sub_draft(("a. ", "b) ", "c) "))), lib)
    assert found.get("sub-label-sequence") == [9, 10]
    assert "sub-clause-single" not in found and "chapeau-colon" not in found


def test_the_fix_writes_the_list_in_its_first_form(lib: library.Library, tmp_path: Path) -> None:
    fixed = texts(make(tmp_path, sub_draft(("(a) ", "b. ", "(c) "))), lib, tmp_path / "fixed.docx")
    assert fixed[8].startswith("(b) ") and fixed[9].startswith("(c) ")


@pytest.mark.parametrize("labels", [("a. ", "b. ", "c. "), ("a) ", "b) ", "c) ")])
def test_a_list_in_one_form_passes(lib: library.Library, tmp_path: Path, labels: tuple[str, str, str]) -> None:
    found = rules(make(tmp_path, sub_draft(labels)), lib)
    assert "sub-label-sequence" not in found and "sub-clause-single" not in found


def test_a_list_under_an_item_is_still_nested(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*SUBS[:7], "a. mapping peat soils, including:", "i) their depth;", "ii) their carbon content;",
                  "b. banning new drainage;", SUBS[-1]]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "sub-label-sequence" not in found and "sub-clause-single" not in found


# -- the clauses' bullet again after items marked with another -----------------------------------------------------

def test_the_clauses_bullet_after_square_items_is_the_next_clause(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Recalling its earlier resolutions on wetlands,",
                  "• Encourages Member States to protect peatlands;", "• Urges Member States to act, in particular:",
                  "▪ by mapping peat soils;", "▪ by banning new drainage;",
                  "• Requests the Executive Director to report."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert 11 in found.get("numbering-form", []) and 11 not in found.get("sub-label-style", [])


# -- a clause's number typed after the end mark of the clause before it -------------------------------------------

def test_the_point_of_a_joined_clauses_number_is_no_stray_full_stop(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Recalling its earlier resolutions on wetlands,",
                  "1. Encourages Member States to protect peatlands; 2. Urges Member States to stop new drainage;",
                  "3. Requests the Executive Director to report."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("clause-joined") == [7] and "stray-full-stop" not in found


def test_a_sentence_ending_inside_a_clause_is_still_a_stray_full_stop(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Recalling its earlier resolutions on wetlands,",
                  "1. Encourages Member States to protect peatlands. Fires must stop;",
                  "2. Requests the Executive Director to report."]
    assert rules(make(tmp_path, paragraphs), lib).get("stray-full-stop") == [7]


# -- the preamble pasted again after the operative part ----------------------------------------------------------

def test_a_repeated_preambular_paragraph_whatever_its_lead(lib: library.Library, tmp_path: Path) -> None:
    odd = "Reorganising that peatlands cover three per cent of the land,"  # no listed lead
    paragraphs = [*HEAD, "Recalling its earlier resolutions on wetlands,", odd,
                  "1. Encourages Member States to protect peatlands;", "2. Requests the Executive Director to report.",
                  "Recalling its earlier resolutions on wetlands,", odd]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("preambular-after-operative") == [10, 11]
    assert 11 in found.get("duplicate-paragraph", []) and "stray-full-stop" not in found


def test_an_unlisted_lead_after_the_operative_part_stays_a_continuation(lib: library.Library,
                                                                         tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Recalling its earlier resolutions on wetlands,",
                  "1. Encourages Member States to protect peatlands;", "2. Requests the Executive Director to report.",
                  "Reorganising that peatlands cover three per cent of the land,"]
    assert "preambular-after-operative" not in rules(make(tmp_path, paragraphs), lib)


# -- a Chinese body's name with "、" as the organ line ---------------------------------------------------------------

@pytest.mark.parametrize("organ", ["联合国教育、科学及文化组织，", "聯合國教育、科學及文化組織，"])
def test_a_chinese_organ_name_with_an_enumeration_comma(lib: library.Library, tmp_path: Path, organ: str) -> None:
    paragraphs = [*ZH_HEAD, organ, "回顾其关于保护语言多样性的各项决议，", "1. 鼓励各会员国记录濒危语言；", "2. 请总干事提交报告。"]
    assert "organ-line" not in rules(make(tmp_path, paragraphs), lib)


def test_a_list_of_states_is_still_no_organ_line(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*ZH_HEAD, "回顾其关于保护语言多样性的各项决议，", "1. 鼓励各会员国记录濒危语言；", "2. 请总干事提交报告。"]
    assert rules(make(tmp_path, paragraphs), lib).get("organ-line") is not None


# -- a declaration's name in corner quotation marks ------------------------------------------------------------

def test_a_declarations_name_in_corner_quotes_wants_title_marks(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*ZH_HEAD, "大会，", "回顾「语言多样性宣言」所载的原则，", "1. 鼓励各会员国记录濒危语言；", "2. 请总干事提交报告。"]
    assert rules(make(tmp_path, paragraphs), lib).get("title-marks") == [7]


@pytest.mark.parametrize("clause", ["注意到许多长者把母语称为「家的声音」，", "回顾题为“语言与发展议程”的决议，",
                                    "注意到各国之间的语言合作协定(“合作协定”)，"])
def test_a_quotation_or_a_named_title_in_quotes_passes(lib: library.Library, tmp_path: Path, clause: str) -> None:
    paragraphs = [*ZH_HEAD, "大会，", clause, "1. 鼓励各会员国记录濒危语言；", "2. 请总干事提交报告。"]
    assert "title-marks" not in rules(make(tmp_path, paragraphs), lib)


# -- three sponsors or more joined by "and" and "&" ------------------------------------------------------------------

@pytest.mark.parametrize("sponsors", ["Chile, Indonesia and Senegal & Norway", "Chile, Trinidad and Tobago and Norway"])
def test_names_joined_by_and_and_ampersand_are_each_a_name(lib: library.Library, tmp_path: Path,
                                                            sponsors: str) -> None:
    paragraphs = [HEAD[0], HEAD[1], f"Sponsors: {sponsors}", HEAD[3], HEAD[4], "Recalling its earlier resolutions,",
                  "1. Encourages Member States to rewet drained peatlands;", "2. Requests the Executive Director to report."]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "sponsor-separator" not in found and "state-common-name" not in found


# -- two preambular clauses in one line ------------------------------------------------------------------------------

def test_a_preambular_lead_after_a_comma_starts_a_second_clause(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Recalling the Global Peatlands Initiative, Deeply concerned that peat fires are spreading,",
                  "1. Encourages Member States to rewet drained peatlands;", "2. Requests the Executive Director to report."]
    assert rules(make(tmp_path, paragraphs), lib).get("preambular-run-on") == [6]


@pytest.mark.parametrize("clause", [
    "Recalling the report of the Welcoming Cities Network, adopted in 2019,",  # a name, capitalised after it
    "Recalling its resolutions on wetlands, noting that few of them keep duplicates abroad,",  # lower case
    "Expressing its appreciation to the secretariat, Commending its staff for their work,",  # a sentence chained on
    "Recalling its resolutions on wetlands,\nDeeply concerned that peat fires are spreading,",  # a line break
])
def test_a_name_or_a_lower_case_participle_after_a_comma_passes(lib: library.Library, tmp_path: Path,
                                                                 clause: str) -> None:
    paragraphs = [*HEAD, clause, "1. Encourages Member States to rewet drained peatlands;",
                  "2. Requests the Executive Director to report."]
    assert "preambular-run-on" not in rules(make(tmp_path, paragraphs), lib)


# -- a clause typed in Title Case ------------------------------------------------------------------------------------

def test_a_clause_in_title_case_after_its_lead(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Recalling its earlier resolutions on wetlands,",
                  "1. Invites Development Banks To Lend Money For Peatland Rewetting And Fire Control;",
                  "2. Requests the Executive Director to report."]
    assert rules(make(tmp_path, paragraphs), lib).get("capital-after-lead") == [7]


def test_a_name_after_the_lead_keeps_its_capitals(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, "Recalling its earlier resolutions on wetlands,",
                  "1. Invites the Food and Agriculture Organization of the United Nations to map peatlands;",
                  "2. Invites International Financial Institutions to lend money for rewetting;",
                  "3. Requests the Executive Director to report."]
    assert "capital-after-lead" not in rules(make(tmp_path, paragraphs), lib)
