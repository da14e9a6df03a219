"""What students' drafts get wrong inside a clause, each with a failing and a passing draft: full stops and
semicolons that split a clause, quotation marks never closed, section headings in the body, instrument titles
without 《》, a clause pasted twice, ", and" at the end of a preambular clause, fonts that change between clauses."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make
from docx import Document
from docx.oxml.ns import qn

from drafter import check, library
from drafter.check.fix import fix

Para = str | list[tuple[str, str]]

EN_HEAD: list[Para] = ["Committee: General Assembly Third Committee", "Topic: Prison reform", "Sponsors: Argentina",
                       "Signatories: Brazil", [("The General Assembly", "i"), (",", "")]]
ZH_HEAD: list[Para] = ["决议草案", "委员会：安全理事会", "议题：维和行动", "起草国：中国", "附议国：法国", "安全理事会，"]


def pre(lead: str, rest: str) -> list[tuple[str, str]]:
    return [(lead, "i"), (rest, "")]


def op(number: int, lead: str, rest: str) -> list[tuple[str, str]]:
    return [(f"{number}. ", ""), (lead, "u"), (rest, "")]


EN_BODY: list[Para] = [pre("Conscious", " that prisons are overcrowded,"),
                       op(1, "Encourages", " Member States to limit the number of prisoners;"),
                       op(2, "Proposes", " that a council advise nations on reform.")]
ZH_BODY: list[Para] = [pre("回顾", "其以往各项决议，"), op(1, "强调", "安理会对维和部队的指挥权；"),
                       op(2, "决定", "继续积极处理此案。")]


def findings(path: Path, lib: library.Library, rule: str) -> list[check.Finding]:
    report, _ = check.check_file(path, lib)
    return [f for f in report.findings if f.rule == rule]


def draft(tmp_path: Path, body: list[Para], name: str = "draft.docx", zh: bool = False) -> Path:
    return make(tmp_path, [*(ZH_HEAD if zh else EN_HEAD), *body], name)


# -- a full stop followed by more of the clause ------------------------------------------------------------------

def test_stray_full_stop_inside_an_operative_clause(lib: library.Library, tmp_path: Path) -> None:
    bad = [*EN_BODY[:2], op(2, "Proposes", " that a council advise nations on reform. Suggests that it meet yearly.")]
    found = findings(draft(tmp_path, bad), lib, "stray-full-stop")
    assert [f.paragraph for f in found] == [8]
    good = [*EN_BODY[:2], op(2, "Proposes", " that a council advise nations under art. 5 of the Statute.")]
    assert findings(draft(tmp_path, good, "good.docx"), lib, "stray-full-stop") == []


def test_stray_full_stop_before_a_numbered_item(lib: library.Library, tmp_path: Path) -> None:
    bad = [pre("Reaffirming", " that article 25 states: everyone has rights beyond his control. 2. Motherhood is "
                              "entitled to care,"), *EN_BODY[1:]]
    assert findings(draft(tmp_path, bad), lib, "stray-full-stop")
    good = [pre("Reaffirming", " that article 25 states: everyone has rights beyond his control, and motherhood is "
                               "entitled to care,"), *EN_BODY[1:]]
    assert findings(draft(tmp_path, good, "good.docx"), lib, "stray-full-stop") == []


def test_chinese_full_stops_in_a_clause_and_its_continuation_lines(lib: library.Library, tmp_path: Path) -> None:
    bad = [ZH_BODY[0], op(1, "强调", "安理会可对维和部队进行强行部署，此类部队应经常进行调换。"), "安理会任命当地司令。",
           "出兵政府不能干涉指挥官的行为；", ZH_BODY[2]]
    found = findings(draft(tmp_path, bad, zh=True), lib, "stray-full-stop")
    assert sorted(f.paragraph for f in found) == [8, 9]  # the clause's own "。" and the continuation line's
    good = [ZH_BODY[0], op(1, "强调", "安理会可对维和部队进行强行部署，此类部队应经常进行调换，"), "安理会任命当地司令，",
            "出兵政府不能干涉指挥官的行为；", ZH_BODY[2]]
    assert findings(draft(tmp_path, good, "good.docx", zh=True), lib, "stray-full-stop") == []


# -- a semicolon splitting a clause --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [" that many countries have already; have some sort of chemical weapons,",
                                  " that chemical weapons are inhumane; as they contain blistering agents,"])
def test_stray_semicolon(lib: library.Library, tmp_path: Path, text: str) -> None:
    path = draft(tmp_path, [pre("Fully aware", text), *EN_BODY[1:]])
    assert [f.severity for f in findings(path, lib, "stray-semicolon")] == ["error"]


@pytest.mark.parametrize("text", [" that incomes are low; whereas, elsewhere, they are high,",
                                  " of these methods: loss of firearms by police; hiring out of firearms, and theft,",
                                  " of the list “A; B”,"])
def test_semicolons_that_join_clauses_or_list_items(lib: library.Library, tmp_path: Path, text: str) -> None:
    assert findings(draft(tmp_path, [pre("Fully aware", text), *EN_BODY[1:]]), lib, "stray-semicolon") == []


# -- quotation marks -----------------------------------------------------------------------------------------------

def test_quotation_mark_never_closed(lib: library.Library, tmp_path: Path) -> None:
    bad = [ZH_BODY[0], pre("再次重申", "第1808号决议第一段，“重申所有会员国承诺维护格鲁吉亚的主权；"), *ZH_BODY[1:]]
    found = findings(draft(tmp_path, bad, zh=True), lib, "quote-unclosed")
    assert [(f.paragraph, f.severity) for f in found] == [(8, "error")]
    good = [ZH_BODY[0], pre("再次重申", "第1808号决议第一段，“重申所有会员国承诺维护格鲁吉亚的主权”，"), *ZH_BODY[1:]]
    assert findings(draft(tmp_path, good, "good.docx", zh=True), lib, "quote-unclosed") == []


def test_straight_quotes_and_quotations_of_several_paragraphs(lib: library.Library, tmp_path: Path) -> None:
    odd = [pre("Recalling", ' article 19, "Everyone has the right to freedom of opinion,'), *EN_BODY[1:]]
    assert findings(draft(tmp_path, odd), lib, "quote-unclosed")
    # a quotation that runs over two paragraphs opens each and closes at its end
    long = [*EN_BODY[:2], op(2, "Decides", " to amend rule 10 to read:"), "“The Committee shall meet yearly.",
            "“It shall report to the Assembly.”", op(3, "Decides", " to remain seized of the matter.")]
    assert findings(draft(tmp_path, long, "long.docx"), lib, "quote-unclosed") == []


# -- section headings ----------------------------------------------------------------------------------------------

def test_section_heading_in_a_mun_draft(lib: library.Library, tmp_path: Path) -> None:
    bad = [ZH_BODY[0], "消除维和人员不统一性：", *ZH_BODY[1:]]
    found = findings(draft(tmp_path, bad, zh=True), lib, "section-heading")
    assert [f.paragraph for f in found] == [8]
    english = [EN_BODY[0], "Capacity building:", *EN_BODY[1:]]
    assert findings(draft(tmp_path, english, "en.docx"), lib, "section-heading")
    assert findings(draft(tmp_path, ZH_BODY, "good.docx", zh=True), lib, "section-heading") == []


def test_lines_that_are_not_headings(lib: library.Library, tmp_path: Path) -> None:
    # an organ line standing in the wrong place and a clause that lost its final mark are other faults
    body = [EN_BODY[0], "This Body Here Assembled:", *EN_BODY[1:]]
    assert findings(draft(tmp_path, body), lib, "section-heading") == []
    cut = [EN_BODY[0], "Further taking into consideration the reports of previous weapons inspections",
           *EN_BODY[1:]]
    path = draft(tmp_path, cut, "cut.docx")
    assert findings(path, lib, "section-heading") == [] and findings(path, lib, "preambular-end")


# -- title marks ---------------------------------------------------------------------------------------------------

def test_title_marks_missing_beside_marked_titles(lib: library.Library, tmp_path: Path) -> None:
    text = "《日內瓦公約》第二附加議定書、《羅馬規約》第八條、聯合國憲章第二條以及《兒童權利公約》，"
    path = draft(tmp_path, [ZH_BODY[0], pre("回顧", text), *ZH_BODY[1:]], zh=True)
    found = findings(path, lib, "title-marks")
    # listed titles are found in traditional characters too: 第二附加議定書 (UN Chinese: 《第二附加议定书》) before it
    charter = [f for f in found if f.excerpt[10:15] == "聯合國憲章"]
    assert [(f.paragraph, f.severity) for f in charter] == [(8, "warning")] and charter[0].fix


def test_title_marks_for_a_known_title_and_where_none_are_needed(lib: library.Library, tmp_path: Path) -> None:
    known = [ZH_BODY[0], pre("欢迎", "联合国打击网络犯罪公约获得通过，"), *ZH_BODY[1:]]
    assert findings(draft(tmp_path, known, zh=True), lib, "title-marks")
    names = [ZH_BODY[0], pre("欢迎", "《巴黎协定》和联合国气候变化框架公约缔约方大会的成果以及题为“联合国宪章”的报告，"),
             *ZH_BODY[1:]]
    assert findings(draft(tmp_path, names, "good.docx", zh=True), lib, "title-marks") == []


def test_title_marks_fix(lib: library.Library, tmp_path: Path) -> None:
    path = draft(tmp_path, [ZH_BODY[0], pre("欢迎", "联合国打击网络犯罪公约获得通过，"), *ZH_BODY[1:]], zh=True)
    report, doc = check.check_file(path, lib)
    fixed = tmp_path / "fixed.docx"
    fix(report, doc, fixed, force=False)
    assert "《联合国打击网络犯罪公约》获得通过" in Document(str(fixed)).paragraphs[7].text


# -- a clause pasted twice -----------------------------------------------------------------------------------------

def test_clause_pasted_twice_in_english_and_chinese(lib: library.Library, tmp_path: Path) -> None:
    twice = [*EN_BODY[:2], op(2, "Encourages", "  Member States to limit  the number of prisoners."),
             op(3, "Proposes", " that a council advise nations on reform.")]
    found = findings(draft(tmp_path, twice), lib, "duplicate-paragraph")
    assert [(f.paragraph, f.severity) for f in found] == [(8, "warning")]
    zh = [ZH_BODY[0], ZH_BODY[1], op(2, "强调", "安理会对维和部队的指挥权;"), op(3, "决定", "继续积极处理此案。")]
    assert findings(draft(tmp_path, zh, "zh.docx", zh=True), lib, "duplicate-paragraph")
    assert findings(draft(tmp_path, EN_BODY, "good.docx"), lib, "duplicate-paragraph") == []


# -- ", and" after a preambular clause -----------------------------------------------------------------------------

def test_preambular_clause_ending_with_and(lib: library.Library, tmp_path: Path) -> None:
    path = draft(tmp_path, [pre("Shocked", " that brutality targets the poor, and"), *EN_BODY])
    report, doc = check.check_file(path, lib)
    found = [f for f in report.findings if f.rule == "preambular-end"]
    assert [f.paragraph for f in found] == [6]
    fixed = tmp_path / "fixed.docx"
    fix(report, doc, fixed, force=False)
    assert Document(str(fixed)).paragraphs[5].text == "Shocked that brutality targets the poor,"


# -- fonts ---------------------------------------------------------------------------------------------------------

def test_fonts_mixed_between_clauses(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*EN_HEAD, *EN_BODY]
    mixed = make(tmp_path, paragraphs, "mixed.docx", fonts={5: "Times New Roman", 6: "Arial", 7: "Times New Roman"})
    found = findings(mixed, lib, "fonts-mixed")
    assert [(f.paragraph, f.severity) for f in found] == [(7, "warning")]
    assert "Arial" in found[0].message and "Times New Roman" in found[0].message
    assert found[0].paragraphs == [7]  # every paragraph in the other font is named
    # the heading block and the organ line may differ from the body
    same = make(tmp_path, paragraphs, "same.docx", fonts={0: "Arial", 5: "Calibri", 6: "Calibri", 7: "Calibri"})
    assert findings(same, lib, "fonts-mixed") == []


def test_east_asian_fonts_mixed_and_their_chinese_names(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*ZH_HEAD, *ZH_BODY], "zh.docx")
    doc = Document(str(path))
    for run in doc.paragraphs[7].runs:
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")  # SimSun under its Chinese name
    doc.save(str(path))
    assert findings(path, lib, "fonts-mixed") == []
    for run in doc.paragraphs[7].runs:
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "KaiTi")
    doc.save(str(path))
    report, _ = check.check_file(path, lib, lang="zh")
    found = [f for f in report.findings if f.rule == "fonts-mixed"]
    assert [f.paragraph for f in found] == [8] and "中文字体" in found[0].message


# -- a preambular clause among the operative ones, and unlabelled items of a list ----------------------------------

def test_preambular_clause_below_the_operative_part(lib: library.Library, tmp_path: Path) -> None:
    moved = [*EN_BODY[:2], pre("Expressing deep concern", " at the conditions in prisons,"), EN_BODY[2]]
    assert [f.paragraph for f in findings(draft(tmp_path, moved), lib, "preambular-after-operative")] == [8]
    items = [*EN_BODY[:1], op(1, "Urges", " Member States to:"), pre("Improve", " the training of guards,"),
             pre("Share", " information on reform,"), pre("Report", " on progress;"), EN_BODY[2]]
    assert findings(draft(tmp_path, items, "items.docx"), lib, "preambular-after-operative") == []


def test_clause_ending_with_and_in_a_draft_without_numbers(lib: library.Library, tmp_path: Path) -> None:
    # without numbers the parts are told apart by their leads; a line handing on with ", and" is no heading
    body = [pre("Shocked", " that brutality mainly targets the poor, and"), pre("Alarmed", " that it grows,"),
            [("Urges", "u"), (" Member States to train their police;", "")],
            [("Requests", "u"), (" the Secretary-General to report.", "")]]
    found = findings(draft(tmp_path, body), lib, "preambular-end")
    assert [f.paragraph for f in found] == [6]


def test_mark_inside_the_closing_quotation_mark(lib: library.Library, tmp_path: Path) -> None:
    inside = [pre("Defining", ' recovering countries as "countries damaged by war,"'), *EN_BODY]
    assert findings(draft(tmp_path, inside), lib, "preambular-end") == []
    stop = [pre("Defining", ' recovering countries as "countries damaged by war."'), *EN_BODY]
    assert findings(draft(tmp_path, stop, "stop.docx"), lib, "preambular-end")

