"""Round 9's leftovers, each a general cause tested with sentences of our own, typed and in Word files built with
python-docx: a clause broken in two by a stray paragraph mark (one finding, joined by --fix); bullets as
sub-paragraph labels under the un profile (relabelled "(a)", Word's bullets restyled); Latin abbreviations in
Chinese drafts."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import EN_HEAD, ORGAN, PRE, ZH_HEAD, findings, make
from docx import Document

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

ZH_ORGAN = "预防犯罪和刑事司法委员会，"


def fixed(tmp_path: Path, lib: library.Library, path: Path, profile: str | None = None) -> list[reader.Paragraph]:
    """The paragraphs after --fix; fixing the fixed copy again changes no text (asserted)."""
    report, doc = check.check_file(path, lib, profile=profile, writes=True)
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    once = reader.read(tmp_path / "once.docx").paragraphs
    report, doc = check.check_file(tmp_path / "once.docx", lib, profile=profile, writes=True)
    fix.fix(report, doc, tmp_path / "twice.docx", force=True)
    assert [p.text for p in reader.read(tmp_path / "twice.docx").paragraphs] == [p.text for p in once]
    return once


def at(path: Path, lib: library.Library, profile: str | None = None) -> list[tuple[int, str]]:
    return [(f.paragraph, f.rule) for f in findings(path, lib, profile)]


# -- a clause broken by a stray paragraph mark (UN-B05, MUN-F04, MUN-F05, ZH-B05) -----------------------------------

def test_a_preambular_clause_broken_in_two_gets_one_finding_and_is_joined(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    lines = [*EN_HEAD, ORGAN, [("Deeply concerned", "i"), (" by the spread of ransomware against hospitals and", "")],
             [("schools in ", ""), ("least developed", "b"), (" countries,", "")], PRE,
             [("1. ", ""), ("Requests", "u"), (" the Office to report on its work.", "")]]
    path = make(tmp_path, lines)
    found = at(path, lib)
    assert [f for f in found if f[0] in (6, 7)] == [(6, "paragraph-broken")]
    after = fixed(tmp_path, lib, path)
    assert [p.text for p in after[5:]] == [
        "Deeply concerned by the spread of ransomware against hospitals and schools in least developed countries,",
        "Recalling its resolution 22/7 of 26 April 2013,", "1. Requests the Office to report on its work."]
    bold = [r.text for r in after[5].runs if r.bold]
    assert bold == ["least developed"]  # the runs of the second part keep their formatting
    assert not [r for r in at(tmp_path / "once.docx", lib) if r[1] == "paragraph-broken"]


def test_an_operative_clause_numbered_by_word_keeps_its_number_when_joined(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    doc = Document()
    for text in [*EN_HEAD, "The Commission on Crime Prevention and Criminal Justice,"]:
        doc.add_paragraph(text)
    pre = doc.add_paragraph()
    pre.add_run("Noting").italic = True
    pre.add_run(" the report of the Secretary-General,")
    clauses = [("Encourages", " Member States to share data on attacks against critical", True),
               ("", "infrastructure with one another;", False),
               ("Decides", " to remain actively seized of the matter.", True)]
    for lead, text, numbered in clauses:
        para = doc.add_paragraph(style="List Number") if numbered else doc.add_paragraph()
        para.add_run(lead).underline = True
        para.add_run(text)
    path = tmp_path / "word.docx"
    doc.save(str(path))
    assert [r for r in at(path, lib) if r[1] == "paragraph-broken"] == [(7, "paragraph-broken")]
    after = fixed(tmp_path, lib, path)
    assert [(p.label, p.text) for p in after[6:]] == [
        ("1.", "Encourages Member States to share data on attacks against critical infrastructure with one another;"),
        ("2.", "Decides to remain actively seized of the matter.")]


def test_a_sub_paragraph_broken_in_two_is_joined(tmp_path: Path, lib: library.Library) -> None:
    lines = [*EN_HEAD, ORGAN, PRE, [("1. ", ""), ("Requests", "u"), (" the Office to:", "")],
             "(a) train judges and prosecutors in the handling of electronic", "evidence;",
             "(b) report on its work;", [("2. ", ""), ("Urges", "u"), (" Member States to cooperate.", "")]]
    path = make(tmp_path, lines)
    assert [r for r in at(path, lib) if r[0] in (8, 9)] == [(8, "paragraph-broken")]
    texts = [p.text for p in fixed(tmp_path, lib, path)]
    assert texts[7:9] == ["(a) train judges and prosecutors in the handling of electronic evidence;",
                          "(b) report on its work;"]


def test_a_chinese_clause_broken_in_two_is_joined(tmp_path: Path, lib: library.Library) -> None:
    lines = [*ZH_HEAD, ZH_ORGAN, [("关切地注意到", "u"), ("针对医院的勒索软件", "")], "攻击日益增多，",
             [("1. ", ""), ("请", "u"), ("联合国毒品和犯罪问题办公室继续开展工作。", "")]]
    path = make(tmp_path, lines)
    assert [r for r in at(path, lib) if r[0] in (7, 8)] == [(7, "paragraph-broken")]
    texts = [p.text for p in fixed(tmp_path, lib, path)]
    assert texts[6:] == ["关切地注意到针对医院的勒索软件攻击日益增多，", "1. 请联合国毒品和犯罪问题办公室继续开展工作。"]


def test_a_cut_off_last_clause_and_unlabelled_items_are_no_broken_clause(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    cut = [*EN_HEAD, ORGAN, PRE, [("1. ", ""), ("Requests", "u"), (" the Office to report on", "")]]
    assert not [r for r in at(make(tmp_path, cut, "cut.docx"), lib) if r[1] == "paragraph-broken"]
    items = [*EN_HEAD, ORGAN, PRE, [("1. ", ""), ("Requests", "u"), (" the Office to", "")],
             "train judges in the handling of electronic evidence;", "hold regional workshops for prosecutors;",
             [("2. ", ""), ("Urges", "u"), (" Member States to cooperate.", "")]]
    assert not [r for r in at(make(tmp_path, items, "items.docx"), lib) if r[1] == "paragraph-broken"]
    capital = [*EN_HEAD, ORGAN, [("Recalling", "i"), (" its resolution 22/7 of 26 April 2013", "")],
               [("Noting", "i"), (" the report of the Secretary-General,", "")],
               [("1. ", ""), ("Requests", "u"), (" the Office to report.", "")]]
    found = at(make(tmp_path, capital, "capital.docx"), lib)
    assert (6, "preambular-end") in found and not [r for r in found if r[1] == "paragraph-broken"]


def test_a_chinese_lead_alone_or_an_item_heading_is_no_broken_clause(tmp_path: Path, lib: library.Library) -> None:
    """A lead on a line of its own (a clause left empty) and a labelled heading over its item's text ("(b) 司法培训"
    over the text of the item) are not one clause cut in two."""
    lines = [*ZH_HEAD, ZH_ORGAN, "关切地注意到", "按照《联合国宪章》采取行动，",
             [("1. ", ""), ("请", "u"), ("联合国毒品和犯罪问题办公室：", "")], "(a)\t司法培训",
             "为各国法官和检察官举办关于电子证据的培训；", [("2. ", ""), ("决定", "u"), ("继续处理此案。", "")]]
    assert not [r for r in at(make(tmp_path, lines), lib) if r[1] == "paragraph-broken"]


# -- bullets as sub-paragraph labels under the un profile (UN-B10, UN-B11, MUN-F06) ---------------------------------

UN_EN_HEAD = ["A/C.3/82/L.14", "Distr.: Limited", "3 November 2027", "Original: English", "Third Committee",
              "Agenda item 68", "Brazil and Chile: draft resolution", "Access to safe drinking water"]
UN_ORGAN = [("The General Assembly", "i"), (",", "")]
UN_PRE = [("Recalling", "i"), (" its resolution 64/292 of 28 July 2010,", "")]


@pytest.mark.parametrize("bullet", ["•", "·", "-", "*", "▪"])
def test_typed_bullets_under_the_un_profile_become_lettered_labels(bullet: str, tmp_path: Path,
                                                                   lib: library.Library) -> None:
    lines = [*UN_EN_HEAD, UN_ORGAN, UN_PRE, [("1. ", ""), ("Calls upon", "i"), (" Member States:", "")],
             f"{bullet} to invest in rural water infrastructure;", f"{bullet}\tto share technical knowledge;",
             f"{bullet} to report on progress made;", [("2. ", ""), ("Decides", "i"), (" to remain seized.", "")]]
    path = make(tmp_path, lines)
    assert [r for r in at(path, lib, "un") if r[1] == "sub-label-style"][:2] == [(12, "sub-label-style"),
                                                                                (13, "sub-label-style")]
    texts = [p.text.strip() for p in fixed(tmp_path, lib, path, "un")]
    assert texts[11:14] == ["(a) to invest in rural water infrastructure;", "(b)\tto share technical knowledge;",
                            "(c) to report on progress made;"]


def test_chinese_bullets_under_the_un_profile_become_lettered_labels(tmp_path: Path, lib: library.Library) -> None:
    head = ["A/C.3/82/L.14", "Distr.: Limited", "3 November 2027", "Original: Chinese", "第三委员会", "议程项目68",
            "巴西和智利：决议草案", "获得安全饮用水"]
    lines = [*head, "大会，", [("回顾", "b"), ("其2010年7月28日第64/292号决议，", "")],
             [("1. ", ""), ("吁请", "b"), ("各会员国：", "")], "• 投资建设农村供水设施；", "• 分享技术知识；",
             [("2. ", ""), ("决定", "b"), ("继续处理此案。", "")]]
    path = make(tmp_path, lines)
    assert [r for r in at(path, lib, "un") if r[1] == "sub-label-style"] == [(12, "sub-label-style"),
                                                                            (13, "sub-label-style")]
    assert [p.text for p in fixed(tmp_path, lib, path, "un")][11:13] == ["(a) 投资建设农村供水设施；", "(b) 分享技术知识；"]


def test_word_bullets_under_the_un_profile_are_restyled_as_letters(tmp_path: Path, lib: library.Library) -> None:
    doc = Document()
    for text in UN_EN_HEAD:
        doc.add_paragraph(text)
    for runs in (UN_ORGAN, UN_PRE, [("1. ", ""), ("Calls upon", "i"), (" Member States:", "")]):
        para = doc.add_paragraph()
        for text, flags in runs:
            para.add_run(text).italic = "i" in flags or None
    for text in ["to invest in rural water infrastructure;", "to share technical knowledge;"]:
        doc.add_paragraph(text, style="List Bullet")
    closing = doc.add_paragraph("2. ")
    closing.add_run("Decides").italic = True
    closing.add_run(" to remain seized of the matter.")
    path = tmp_path / "bullets.docx"
    doc.save(str(path))
    assert [r for r in at(path, lib, "un") if r[1] == "sub-label-style"] == [(12, "sub-label-style"),
                                                                            (13, "sub-label-style")]
    after = fixed(tmp_path, lib, path, "un")
    assert [(p.label, p.text) for p in after[11:13]] == [("(a)", "to invest in rural water infrastructure;"),
                                                         ("(b)", "to share technical knowledge;")]


def test_bullets_of_a_security_council_text_stand(tmp_path: Path, lib: library.Library) -> None:
    """Security Council resolutions list items with dashes and bullets (S/RES/2531 (2020), 2550 (2020))."""
    head = ["S/2027/101", "Distr.: Limited", "3 March 2027", "Original: English", "France: draft resolution"]
    lines = [*head, [("The Security Council", "i"), (",", "")], [("Recalling", "i"), (" its resolution 2480 (2019),", "")],
             [("1. ", ""), ("Requests", "i"), (" the Secretary-General to report on:", "")],
             "–\tprogress in the implementation of the peace agreement,", "–\tsteps taken to protect civilians;",
             [("2. ", ""), ("Decides", "i"), (" to remain actively seized of the matter.", "")]]
    assert not [r for r in at(make(tmp_path, lines), lib, "un") if r[1] == "sub-label-style"]


# -- abbreviations in Chinese drafts (MUN-F07 ZH) -------------------------------------------------------------------

def zh_draft(*clauses: str) -> list:
    return [*ZH_HEAD, ZH_ORGAN, [("回顾", "u"), ("其2019年12月19日第74/201号决议，", "")],
            *[[(f"{i}. ", ""), ("鼓励", "u"), (text, "")] for i, text in enumerate(clauses, 1)]]


def abbreviations(tmp_path: Path, lib: library.Library, lines: list, profile: str | None = None) -> list[str]:
    return [f.message for f in findings(make(tmp_path, lines), lib, profile) if f.rule in (
        "abbreviation-unexplained", "initials-in-chinese")]  # Latin initials in Chinese: initials-in-chinese


def test_latin_initials_in_a_chinese_draft_need_the_chinese_full_name_first(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    found = abbreviations(tmp_path, lib, zh_draft("各会员国与WTO合作并支持NGO的工作；", "各国继续支持WTO。"))
    assert len(found) == 2 and "WTO" in found[0] and "NGO" in found[1]  # each once, at its first use
    assert "全称" in found[0]


def test_latin_initials_after_their_full_name_or_in_symbols_are_explained(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    lines = zh_draft("各会员国与世界贸易组织(WTO)合作，并支持WTO的工作；",
                     "各国关注ICT（信息和通信技术）的发展，并执行GC(63)/RES/1号决议和S/RES/2231号决议；",
                     "各国与United Nations Development Programme (UNDP)及FV Siraj号渔船的船东合作。")
    assert abbreviations(tmp_path, lib, lines) == []


def test_abbreviations_of_an_adopted_un_text_are_not_this_rules(tmp_path: Path, lib: library.Library) -> None:
    assert abbreviations(tmp_path, lib, zh_draft("各会员国与WTO合作。"), "un") == []


# -- lead phrases UN texts use that the phrase list lacked -----------------------------------------------------------

@pytest.mark.parametrize("clause", [
    [("Aware", "i"), (" that access to clean water remains uneven across regions,", "")],
    [("Echoing", "i"), (" the call of the Secretary-General for a global ceasefire,", "")],
    [("Expressing its solidarity", "i"), (" with the people affected by the floods,", "")],
    [("Expressing its full support", "i"), (" for the work of the Special Envoy,", "")],
    [("Paying tribute", "i"), (" to the peacekeepers who lost their lives,", "")],
    [("Taking due note", "i"), (" of the plan adopted by the Government,", "")],
    [("Further expressing its deep concern", "i"), (" about the spread of cholera,", "")]])
def test_preambular_leads_of_un_texts_are_known(clause: list, tmp_path: Path, lib: library.Library) -> None:
    lines = [*EN_HEAD, ORGAN, clause, [("1. ", ""), ("Maintains", "u"), (" the ceiling of 2,000 observers.", "")]]
    assert [r for r in at(make(tmp_path, lines), lib) if r[1] in ("lead-unknown", "lead-form")] == []


@pytest.mark.parametrize("clause", ["念及各国需要更多了解受影响社区的愿望，", "呼应秘书长关于全球停火的呼吁，",
                                    "表示声援受洪水影响的人民，", "收到秘书长关于此问题的报告，"])
def test_chinese_leads_of_un_texts_are_known(clause: str, tmp_path: Path, lib: library.Library) -> None:
    lines = [*ZH_HEAD, ZH_ORGAN, [(clause[:2], "u"), (clause[2:], "")],
             [("1. ", ""), ("提请", "u"), ("各国政府注意秘书长报告所载建议；", "")],
             [("2. ", ""), ("维持", "u"), ("观察员人数上限。", "")]]
    assert [r for r in at(make(tmp_path, lines), lib) if r[1] in ("lead-unknown", "lead-form")] == []
