"""The general causes behind word-blind17's first-run misses (bench/students/word-blind17), on sentences of our own:
a line in one of Word's heading styles between two operative paragraphs of a conference draft (a converted .doc
keeps it, and the list goes on across it), and a conference draft whose preambular leads are italic, the UN way,
while its organ line is left plain. Also the converter shapes the set found read right: a list whose abstractNum
takes its levels from a numbering style (LibreOffice's "WW8Num1" through w:numStyleLink)."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from lxml import etree

from drafter import check, library
from drafter.word import reader

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Beekeeping for smallholder income",
                    "Sponsors: Ethiopia, Uruguay", "Signatories: Rwanda, Slovenia"]
ORGAN: Para = [("The General Assembly", "i"), (",", "")]
PREAMBLE: list[Para] = [[("Noting", "i"), (" that hives kept near orchards raise the yield of fruit,", "")],
                        [("Aware", "i"), (" that honey fetches a steady price in town markets,", "")]]
CLAUSES: list[Para] = [[("1. ", ""), ("Encourages", "u"), (" extension services to lend hives to farmers;", "")],
                       [("2. ", ""), ("Invites", "u"), (" cooperatives to buy honey at a fair price;", "")],
                       "Training",
                       [("3. ", ""), ("Requests", "u"), (" a report on the hives lent.", "")]]


def _styled(tmp_path: Path, body: list[Para], styles: dict[int, str], name: str = "styled.docx") -> Path:
    """``body`` as a draft, paragraph i (0-based) in style ``styles[i]``."""
    path = make(tmp_path, body, name)
    doc = Document(str(path))
    for i, style in styles.items():
        doc.paragraphs[i].style = doc.styles[style]
    doc.save(str(path))
    return path


def test_a_heading_styled_line_between_clauses_of_a_conference_draft(tmp_path: Path, lib: library.Library) -> None:
    path = _styled(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *CLAUSES], {9: "Heading 3"})
    assert rules(path, lib).get("section-heading") == [10]


def test_the_same_line_in_the_body_style_is_left_to_the_other_signs(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *CLAUSES])
    assert "section-heading" not in rules(path, lib)  # "Training" alone: a stray word, not certainly a title


def test_adopted_un_texts_may_head_parts_of_the_operative_part(tmp_path: Path, lib: library.Library) -> None:
    path = _styled(tmp_path, [ORGAN, *PREAMBLE, *CLAUSES], {5: "Heading 3"})
    report, _ = check.check_file(path, lib, profile="un")
    assert "section-heading" not in {f.rule for f in report.findings}


def test_a_heading_styled_title_above_the_heading_is_no_section(tmp_path: Path, lib: library.Library) -> None:
    path = _styled(tmp_path, ["Draft Resolution 2.1", *HEAD, ORGAN, *PREAMBLE, *CLAUSES[:2], CLAUSES[3]],
                   {0: "Heading 1"})
    assert "section-heading" not in rules(path, lib)


def test_a_plain_organ_line_over_italic_leads_in_a_conference_draft(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, "The General Assembly,", *PREAMBLE, *CLAUSES[:2], CLAUSES[3]]
    assert rules(make(tmp_path, body), lib).get("organ-emphasis") == [5]


def test_a_plain_organ_line_over_underlined_leads_is_left_alone(tmp_path: Path, lib: library.Library) -> None:
    underlined = [[(lead, "u"), (rest, "")] for (lead, _), (rest, _) in PREAMBLE]  # type: ignore[misc]
    body = [*HEAD, "The General Assembly,", *underlined, *CLAUSES[:2], CLAUSES[3]]
    assert "organ-emphasis" not in rules(make(tmp_path, body), lib)


def test_one_italic_lead_does_not_set_the_profile(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, "The General Assembly,", PREAMBLE[0], *CLAUSES[:2], CLAUSES[3]]
    assert "organ-emphasis" not in rules(make(tmp_path, body), lib)


def test_a_chinese_conference_draft_keeps_its_own_organ_rules(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = ["决议草案", "委员会：大会第二委员会", "议题：小农养蜂增收", "起草国：埃塞俄比亚、乌拉圭",
                        "附议国：卢旺达、斯洛文尼亚", "大会，",
                        [("注意到", "i"), ("果园附近的蜂箱能够提高水果产量，", "")],
                        [("认识到", "i"), ("蜂蜜在城镇市场上价格稳定，", "")],
                        [("1. ", ""), ("鼓励", "u"), ("农技推广机构向农户出借蜂箱；", "")],
                        [("2. ", ""), ("请", "u"), ("秘书长报告出借蜂箱的情况。", "")]]
    assert "organ-emphasis" not in rules(make(tmp_path, body), lib)


def _w(tag: str, **attrs: str) -> etree._Element:
    node = etree.Element(f"{{{W}}}{tag}")
    for key, value in attrs.items():
        node.set(f"{{{W}}}{key}", value)
    return node


def _style_linked(tmp_path: Path) -> Path:
    """Three clauses and two sub-clauses numbered through a numbering style, as LibreOffice writes an old .doc's
    list: abstractNum 1 holds the levels (w:styleLink "WW8Num7"), abstractNum 2 only w:numStyleLink "WW8Num7", the
    paragraphs use numId 2."""
    texts = [("Encourages extension services to lend hives to farmers, in particular:", 0),
             ("to women farmers;", 1), ("to young farmers;", 1),
             ("Invites cooperatives to buy honey at a fair price;", 0), ("Requests a report on the hives lent.", 0)]
    path = make(tmp_path, [*HEAD, ORGAN, *PREAMBLE, *(t for t, _ in texts)], "linked.docx")
    doc = Document(str(path))
    root = doc.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    levels = _w("abstractNum", abstractNumId="1")
    levels.append(_w("multiLevelType", val="hybridMultilevel"))
    levels.append(_w("name", val="WW8Num7"))
    levels.append(_w("styleLink", val="WW8Num7"))
    for ilvl, (fmt, text) in enumerate([("decimal", "%1."), ("lowerLetter", "(%2)")]):
        lvl = _w("lvl", ilvl=str(ilvl))
        lvl.append(_w("start", val="1"))
        lvl.append(_w("numFmt", val=fmt))
        lvl.append(_w("lvlText", val=text))
        lvl.append(_w("lvlJc", val="left"))
        ppr = _w("pPr")
        ppr.append(_w("ind", left=str(720 * (ilvl + 1)), hanging="360"))
        lvl.append(ppr)
        levels.append(lvl)
    linked = _w("abstractNum", abstractNumId="2")
    linked.append(_w("multiLevelType", val="hybridMultilevel"))
    linked.append(_w("numStyleLink", val="WW8Num7"))
    root.append(levels)
    root.append(linked)
    for nid, aid in ((1, 1), (2, 2)):
        num = _w("num", numId=str(nid))
        num.append(_w("abstractNumId", val=str(aid)))
        root.append(num)
    style = _w("style", type="numbering", customStyle="1", styleId="WW8Num7")
    style.append(_w("name", val="WW8Num7"))
    ppr = _w("pPr")
    numpr = _w("numPr")
    numpr.append(_w("numId", val="1"))
    ppr.append(numpr)
    style.append(ppr)
    doc.styles.element.append(style)
    for para, (_, level) in zip(doc.paragraphs[7:], texts):
        numpr = _w("numPr")
        numpr.append(_w("ilvl", val=str(level)))
        numpr.append(_w("numId", val="2"))
        para._p.get_or_add_pPr().insert(0, numpr)
    doc.save(str(path))
    return path


def test_a_list_numbered_through_a_numbering_style(tmp_path: Path, lib: library.Library) -> None:
    path = _style_linked(tmp_path)
    assert [p.label for p in reader.read(path).paragraphs[7:]] == ["1.", "(a)", "(b)", "2.", "3."]
    found = rules(path, lib)
    assert not {"numbering-sequence", "numbering-restart", "sub-label-sequence", "sub-numbered-as-clause"} & set(found)


def test_plain_leads_are_judged_as_the_fix_leaves_them(tmp_path: Path, lib: library.Library) -> None:
    """Every lead plain: the fix underlines them (the document's emphasis when none is used), so the organ line is
    not asked to be italic, in the first check or after the fix."""
    plain = [[(lead + rest, "")] for (lead, _), (rest, _) in PREAMBLE]  # type: ignore[misc]
    third: Para = [("Convinced that bees need clean water within a short flight,", "")]
    clauses: list[Para] = [[("1. Encourages extension services to lend hives to farmers;", "")],
                           [("2. Requests a report on the hives lent.", "")]]
    path = make(tmp_path, [*HEAD, "The General Assembly,", *plain, third, *clauses])
    report, _ = check.check_file(path, lib)
    assert "organ-emphasis" not in {f.rule for f in report.findings}
    document = next(f for f in report.findings if f.rule == "lead-emphasis-document")
    assert {c.edit.kind for c in document.edits} == {"underline"}  # type: ignore[attr-defined]
    assert 5 not in {c.paragraph for c in document.edits}


def test_plain_leads_beside_italic_ones_count_as_italic(tmp_path: Path, lib: library.Library) -> None:
    """One lead italic, two plain, the clauses' leads italic too: the fix makes the plain ones italic as the others,
    so the organ line is asked to be italic at once (a second --fix would otherwise find it)."""
    third: Para = [("Convinced that bees need clean water within a short flight,", "")]
    clauses: list[Para] = [[("1. ", ""), ("Encourages", "i"), (" extension services to lend hives to farmers;", "")],
                           [("2. ", ""), ("Requests", "i"), (" a report on the hives lent.", "")]]
    body = [*HEAD, "The General Assembly,", PREAMBLE[0], [("Aware that honey fetches a steady price,", "")], third,
            *clauses]
    found = rules(make(tmp_path, body), lib)
    assert found.get("organ-emphasis") == [5] and found.get("lead-emphasis") == [7, 8]
