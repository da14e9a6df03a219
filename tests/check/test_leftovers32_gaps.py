"""Faults round 32's helpers found and left (#20), each held by sentences of our own with a clean case beside it:
a paragraph whose Chinese text names a Latin font among clauses in a Chinese one is one fault (fonts-mixed), not two;
a heading label typed twice on its line ("附议国：附议国：") is reported and mended; a known organ's name with its
last noun in the plural ("UN Economic and Social Councils") is the committee line; and a slip in the numbers is one
finding, not one more for each number it carries on (a numbered last preambular paragraph, a clause moved, a struck
clause still showing its number)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import make
from docx import Document
from docx.oxml.ns import qn

from drafter import check, library
from drafter.check import fix

Para = str | list[tuple[str, str]]


def pre(lead: str, rest: str) -> list[tuple[str, str]]:
    return [(lead, "u"), (rest, "")]


def op(number: int, lead: str, rest: str) -> list[tuple[str, str]]:
    return [(f"{number}. ", ""), (lead, "i"), (rest, "")]


ZH: list[Para] = ["决议草案", "委员会：大会第二委员会", "议题：山区道路安全", "起草国：尼泊尔", "附议国：秘鲁、智利", "大会，",
                  pre("注意到", "山区公路事故多发，"), pre("关切地注意到", "雨季塌方常常阻断道路，"),
                  pre("认识到", "道路养护需要稳定的资金，"), op(1, "鼓励", "各会员国加强山区公路的养护；"),
                  op(2, "请", "秘书长提交报告。")]


def east_asian(path: Path, fonts: dict[int, str | None]) -> Path:
    """``path`` with the East Asian font of the runs of some paragraphs (0-based) set to another name, or unset."""
    doc = Document(str(path))
    for index, font in fonts.items():
        for run in doc.paragraphs[index].runs:
            rfonts = run._r.get_or_add_rPr().get_or_add_rFonts()
            if font is None:
                rfonts.attrib.pop(qn("w:eastAsia"), None)
            else:
                rfonts.set(qn("w:eastAsia"), font)
    doc.save(str(path))
    return path


# -- one paragraph in a Latin font: a font mixed in, one finding ----------------------------------------------------

def test_a_clause_whose_chinese_names_a_latin_font_is_one_font_mixed_in(lib: library.Library, tmp_path: Path) -> None:
    found = rules(east_asian(make(tmp_path, ZH), {7: "Times New Roman"}), lib)
    assert found.get("fonts-mixed") == [8]
    assert "east-asian-font" not in found


def test_chinese_text_with_no_east_asian_font_at_all_is_the_east_asian_font_rules(lib: library.Library,
                                                                                 tmp_path: Path) -> None:
    found = rules(east_asian(make(tmp_path, ZH), {7: None}), lib)
    assert found.get("east-asian-font") == [8]
    assert "fonts-mixed" not in found


def test_a_latin_east_asian_font_throughout_is_still_the_east_asian_font_rules(lib: library.Library,
                                                                              tmp_path: Path) -> None:
    found = rules(east_asian(make(tmp_path, ZH), dict.fromkeys(range(len(ZH)), "Liberation Serif")), lib)
    assert found.get("east-asian-font") == [1]
    assert "fonts-mixed" not in found


def test_fix_gives_the_clause_the_body_s_chinese_font_back(lib: library.Library, tmp_path: Path) -> None:
    # the fix east-asian-font made before fonts-mixed took this shape over: the pasted clause in 宋体 again
    path = east_asian(make(tmp_path, ZH), {i: "宋体" for i in range(len(ZH))} | {7: "Times New Roman"})
    report, doc = check.check_file(path, lib)
    [found] = [f for f in report.findings if f.rule == "fonts-mixed"]
    assert found.edits
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert "fonts-mixed" not in rules(tmp_path / "fixed.docx", lib)
    assert all(r.font.element.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"
               for r in Document(str(tmp_path / "fixed.docx")).paragraphs[7].runs)


def test_another_chinese_font_mixed_in_is_left_to_a_person(lib: library.Library, tmp_path: Path) -> None:
    path = east_asian(make(tmp_path, ZH), {i: "宋体" for i in range(len(ZH))} | {7: "仿宋"})
    report, _ = check.check_file(path, lib)
    [found] = [f for f in report.findings if f.rule == "fonts-mixed"]
    assert found.edits == []


# -- a heading label typed twice -------------------------------------------------------------------------------------

EN_BODY: list[Para] = ["The General Assembly,", pre("Noting", " that mountain roads are often closed by landslides,"),
                       op(1, "Encourages", " Member States to maintain mountain roads;"),
                       op(2, "Requests", " the Secretary-General to report on road safety.")]


def test_a_heading_label_typed_twice_is_reported_and_mended(lib: library.Library, tmp_path: Path) -> None:
    draft = make(tmp_path, ["Committee: Second Committee", "Topic: Mountain road safety",
                            "Sponsors: sponsors: Nepal, Peru", "Co-Submitters: Co-submitters: Chile, Bhutan",
                            *EN_BODY])
    report, doc = check.check_file(draft, lib)
    assert [f.paragraph for f in report.findings if f.rule == "heading-label-doubled"] == [3, 4]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    texts = [p.text for p in Document(str(tmp_path / "fixed.docx")).paragraphs]
    assert texts[2:4] == ["Sponsors: Nepal, Peru", "Co-Submitters: Chile, Bhutan"]
    assert "heading-label-doubled" not in rules(tmp_path / "fixed.docx", lib)


def test_a_chinese_heading_label_typed_twice_is_reported_and_mended(lib: library.Library, tmp_path: Path) -> None:
    draft = make(tmp_path, [*ZH[:4], "附议国：附议国：秘鲁、智利", *ZH[5:]])
    report, doc = check.check_file(draft, lib)
    assert [f.paragraph for f in report.findings if f.rule == "heading-label-doubled"] == [5]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert Document(str(tmp_path / "fixed.docx")).paragraphs[4].text == "附议国：秘鲁、智利"


def test_a_value_that_names_sponsors_is_no_doubled_label(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, ["Committee: Second Committee", "Topic: Mountain road safety",
                                  "Sponsors: Nepal, Peru", "Signatories: Sponsors of the Mountain Partnership",
                                  *EN_BODY]), lib)
    assert "heading-label-doubled" not in found


# -- a known organ's name in the plural ------------------------------------------------------------------------------

def test_a_known_organ_named_in_the_plural_is_the_committee_line(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, ["UN Human Rights Councils", "Topic: Mountain road safety", "Sponsors: Nepal, Peru",
                                  "Signatories: Chile, Bhutan", *EN_BODY]), lib)
    assert "heading-missing" not in found


def test_a_plural_that_names_no_known_organ_is_no_committee_line(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, ["Youth Road Safety Councils", "Topic: Mountain road safety", "Sponsors: Nepal, Peru",
                                  "Signatories: Chile, Bhutan", *EN_BODY]), lib)
    assert found.get("heading-missing") == [1]


# -- a slip in the numbers: one finding ------------------------------------------------------------------------------

EN_HEAD: list[Para] = ["Committee: Security Council", "Topic: Piracy off the coast", "Sponsors: Nepal, Peru",
                       "Signatories: Chile, Bhutan", "The Security Council,"]
CLAUSES = [("Demands", " that all attacks on shipping cease;"), ("Urges", " Member States to patrol the coast;"),
           ("Requests", " the Secretary-General to report within 90 days;"),
           ("Calls upon", " coastal States to share information;"), ("Decides", " to remain seized of the matter.")]


def numbered(numbers: list[int | str]) -> list[Para]:
    return [[(f"{n}. " if isinstance(n, int) else n, ""), (lead, "i"), (rest, "")]
            for n, (lead, rest) in zip(numbers, CLAUSES, strict=False)]


def once_fixed(lib: library.Library, tmp_path: Path, draft: Path) -> list[str]:
    """The texts after --fix; a second --fix changes nothing."""
    report, doc = check.check_file(draft, lib)
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    report, doc = check.check_file(tmp_path / "once.docx", lib)
    fix.fix(report, doc, tmp_path / "twice.docx", force=True)
    once = [p.text for p in Document(str(tmp_path / "once.docx")).paragraphs]
    assert once == [p.text for p in Document(str(tmp_path / "twice.docx")).paragraphs]
    return once


def test_clauses_numbered_on_from_a_numbered_chapter_vii_line_are_its_finding(lib: library.Library,
                                                                              tmp_path: Path) -> None:
    draft = make(tmp_path, [*EN_HEAD, pre("Condemning", " the attacks on merchant ships,"),
                            [("1. ", ""), ("Acting", "i"), (" under Chapter VII of the Charter of the United Nations,", "")],
                            *numbered([2, 3, 4, 5, 6])])
    found = rules(draft, lib)
    assert found.get("preambular-numbered") == [7]
    assert "numbering-sequence" not in found
    once = once_fixed(lib, tmp_path, draft)
    assert once[6].startswith("Acting") and [t[:2] for t in once[7:]] == ["1.", "2.", "3.", "4.", "5."]


def test_clauses_numbered_from_one_after_a_numbered_preamble_are_clean(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*EN_HEAD, pre("Condemning", " the attacks on merchant ships,"),
                                  [("1. ", ""), ("Acting", "i"), (" under Chapter VII of the Charter,", "")],
                                  *numbered([1, 2, 3, 4, 5])]), lib)
    assert found.get("preambular-numbered") == [7] and "numbering-sequence" not in found


def test_a_clause_moved_is_one_finding(lib: library.Library, tmp_path: Path) -> None:
    draft = make(tmp_path, [*EN_HEAD, pre("Condemning", " the attacks on merchant ships,"), *numbered([1, 4, 2, 3, 5])])
    found = rules(draft, lib)
    assert found.get("numbering-sequence") == [8]
    once = once_fixed(lib, tmp_path, draft)
    assert [t[:2] for t in once[6:]] == ["1.", "2.", "3.", "4.", "5."]


def test_a_number_typed_twice_is_still_its_own_finding(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*EN_HEAD, pre("Condemning", " the attacks on merchant ships,"),
                                  *numbered([1, 2, 3, 3, 4])]), lib)
    assert found.get("numbering-sequence") == [10]


def test_a_second_skip_is_a_second_finding(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*EN_HEAD, pre("Condemning", " the attacks on merchant ships,"),
                                  *numbered([1, 3, 4, 6, 7])]), lib)
    assert found.get("numbering-sequence") == [8, 10]


def test_a_struck_clause_still_showing_its_number_holds_its_place(lib: library.Library, tmp_path: Path) -> None:
    draft = make(tmp_path, [*EN_HEAD, pre("Condemning", " the attacks on merchant ships,"), *numbered([1, 2]),
                            "~~3. Invites the International Maritime Organization to advise coastal States;~~",
                            *[[(f"{n}. ", ""), (lead, "i"), (rest, "")] for n, (lead, rest) in zip((4, 5), CLAUSES[3:])]])
    found = rules(draft, lib)
    assert found.get("amendment-trace") == [9]
    assert "numbering-sequence" not in found


def test_a_clause_missing_without_a_trace_is_still_a_numbering_finding(lib: library.Library, tmp_path: Path) -> None:
    found = rules(make(tmp_path, [*EN_HEAD, pre("Condemning", " the attacks on merchant ships,"),
                                  *numbered([1, 2, 4, 5, 6])]), lib)
    assert found.get("numbering-sequence") == [9]
