"""Label shapes found by probing the reader with every shape a student could type (round 12), not by a draft:
square and Chinese brackets ("[1]", "【一】", "〔1〕"), the ordinal indicator and the dash after the point of Spanish
drafts ("1º", "1.-"), the clause named before its number ("Clause 2:", "OC3."), letters typed in full-width mode
("ａ．"), an outline sub-label typed without its closing point under the clause it names ("2.1 the courts …"), and
a Chinese operative part lettered "A." "B." whose first verb (敦促) is also a preambular lead."""

from __future__ import annotations

from pathlib import Path

import pytest
from check.test_check_rules import rules_at

from drafter import library
from drafter.labelkinds import read_outline_under, read_typed


@pytest.mark.parametrize(("text", "kind", "value", "label"), [
    ("[1] Asks the regional offices to publish their budgets;", "number", 1, "[1]"),
    ("【二】请各区域办事处公布预算；", "zh-number", 2, "【二】"),
    ("〔3〕请各区域办事处公布预算；", "number", 3, "〔3〕"),
    ("1º Exhorts the regional offices to publish their budgets;", "number", 1, "1º"),
    ("2.- Asks the regional offices to publish their budgets;", "number", 2, "2.-"),
    ("Clause 2: Asks the regional offices to publish their budgets;", "number", 2, "Clause 2:"),
    ("Operative Clause 4 - Asks the offices to publish their budgets;", "number", 4, "Operative Clause 4 -"),
    ("OC3. Asks the regional offices to publish their budgets;", "number", 3, "OC3."),
    ("OP4 Asks the regional offices to publish their budgets;", "number", 4, "OP4"),
    ("ｂ．各区域办事处的预算；", "letter", 2, "ｂ．"),
    ("Ｃ）各区域办事处的预算；", "letter", 3, "Ｃ）"),
])
def test_the_label_is_read(text: str, kind: str, value: int, label: str) -> None:
    typed = read_typed(text)
    assert typed is not None and (typed.kind, typed.value, typed.text) == (kind, value, label)


@pytest.mark.parametrize("text", ["Clause 3 of the Charter sets out the purposes", "2°C of warming by 2050",
                                  "ａｂｃ公司的报告"])
def test_text_that_only_looks_like_a_label(text: str) -> None:
    assert read_typed(text) is None


def test_a_dash_after_the_point_belongs_to_the_label_only_before_a_space() -> None:
    typed = read_typed("1.-5 degrees is the record low")
    assert typed is not None and typed.text == "1."


def test_an_unmarked_outline_label_is_read_only_under_the_clause_it_names() -> None:
    typed = read_outline_under("3.2 mobile clinics in the border provinces;", "3")
    assert typed is not None and (typed.kind, typed.value, typed.text) == ("outline", 2, "3.2")
    assert read_outline_under("3.2 mobile clinics in the border provinces;", "2") is None
    assert read_outline_under("1.5 million households lack clinics;", "2") is None
    assert read_outline_under("3.0 is the index this year;", "3") is None


HEAD = ["Forum: Economic and Social Council", "Question of: Access to clean cooking fuel",
        "Submitted by: Ghana", "Co-submitters: Nepal, Peru", "The Economic and Social Council,",
        "Noting that smoke from open fires harms the health of millions,"]


@pytest.mark.parametrize("labels", [("[1]", "[2]"), ("Clause 1:", "Clause 2:"), ("1º", "2º"), ("1.-", "2.-"),
                                    ("【1】", "【2】")])
def test_operative_paragraphs_so_numbered_are_numbering_faults(tmp_path: Path, lib: library.Library,
                                                               labels: tuple[str, str]) -> None:
    body = [f"{labels[0]} Asks Governments to subsidise clean stoves in rural districts;",
            f"{labels[1]} Invites donors to fund training for stove makers."]
    found = rules_at(tmp_path, lib, [*HEAD, *body])
    assert (7, "numbering-form") in found and (8, "numbering-form") in found, found
    assert not [r for r in found if r[1] in ("operative-no-verb", "lead-form", "preambular-end")], found


def test_unmarked_outline_items_under_their_clause_are_sub_paragraphs(tmp_path: Path, lib: library.Library) -> None:
    body = ["1. Asks Governments to subsidise:", "1.1 clean stoves in rural districts;",
            "1.2 liquefied gas for schools;", "2. Notes that:", "1.5 million homes still burn wood;",
            "3. Invites donors to fund training for stove makers."]
    found = rules_at(tmp_path, lib, [*HEAD, *body])
    assert (8, "sub-label-style") in found and (9, "sub-label-style") in found, found
    assert not [r for r in found if r[0] == 11], found


def test_a_chinese_operative_part_lettered_from_a(tmp_path: Path, lib: library.Library) -> None:
    body = ["委员会：经济及社会理事会", "议题：清洁炊事燃料", "起草国：加纳", "附议国：尼泊尔、秘鲁", "经济及社会理事会，",
            "注意到明火烟雾损害数百万人的健康，", "A.敦促各国政府补贴农村地区的清洁炉灶；", "B.请捐助方资助炉灶制造者的培训。"]
    found = rules_at(tmp_path, lib, body)
    assert (7, "numbering-form") in found and (8, "numbering-form") in found, found
    assert not [r for r in found if r[1] in ("preambular-end", "preambular-numbered")], found


def test_lettered_clauses_laid_out_in_a_table_are_read(tmp_path: Path, lib: library.Library) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    from drafter import check

    doc = Document()
    for text in HEAD:
        doc.add_paragraph(text)
    rows = doc.add_table(rows=0, cols=1)
    for text in ["A) Asks Governments to subsidise clean stoves in rural districts;",
                 "B) Invites donors to fund training for stove makers."]:
        rows.add_row().cells[0].paragraphs[0].add_run(text)
    for run in (r for p in doc.paragraphs for r in p.runs):
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    path = tmp_path / "table.docx"
    doc.save(str(path))
    report, _ = check.check_file(path, lib)
    found = {(f.paragraph, f.rule) for f in report.findings if f.severity in ("error", "warning")}
    assert (7, "numbering-form") in found and (8, "numbering-form") in found, found
    assert not [r for r in found if r[1] in ("no-operative", "preambular-end")], found


@pytest.mark.parametrize(("text", "label", "section"), [
    ("一、总则", "一、", True),
    ("A. Targeted sanctions", "A.", True),
    ("一、促请各国批准该议定书", "一、", False),
    ("二、敦促会员国", "二、", False),
    ("A. Urges Member States to ratify the protocol", "A.", False),
])
def test_a_labelled_line_led_by_an_operative_verb_is_a_clause_not_a_section(
        lib: library.Library, text: str, label: str, section: bool) -> None:
    from drafter.structure.classify import looks_like_section
    from drafter.structure.phrases import Phrases

    phrases = Phrases.of(lib, "zh" if text[0] > "~" else "en")
    assert looks_like_section(text, label, phrases) is section
    assert looks_like_section(text, label)  # without the phrase list, by its shape alone


def test_chinese_clauses_numbered_in_chinese_numerals_left_without_end_marks(tmp_path: Path, lib: library.Library) -> None:
    body = ["委员会：经济及社会理事会", "议题：清洁炊事燃料", "起草国：加纳", "附议国：尼泊尔、秘鲁", "经济及社会理事会，",
            "注意到明火烟雾损害数百万人的健康，", "一、敦促各国政府补贴农村地区的清洁炉灶", "二、请捐助方资助炉灶制造者的培训"]
    found = rules_at(tmp_path, lib, body)
    assert (7, "operative-end") in found and (8, "final-stop") in found, found
    assert not [r for r in found if r[1] in ("section-heading", "no-operative")], found
