"""Gaps of ``drafter check`` found on the blind set word-blind81 (#20), held by sentences of our own:

* an **English lead left before a bracket or quotation mark** in a Chinese draft translated from English
  ("Reaffirming《联合国宪章》…"): the English opening was read only when a Chinese character followed it, so a lead
  before 《 went unreported (one before a Chinese character was).
* the **items of an English draft's "%1)" list under a clause ending with "："**, set at the clauses' indent: the first
  item was read as an item, but the next one, opening with a verb that is also a lead (支持), became the next clause
  (numbering-form, numbering-restart, lead-emphasis on it). The items after a first item read as one go on with it.
"""

from __future__ import annotations

from pathlib import Path

from docmaker import make
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from drafter import check, library

HEAD = ["决议草案", "委员会：联合国大会第二委员会", "议题：山区可持续发展", "起草国：秘鲁、泰国", "附议国：加纳、挪威",
        "大会，"]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _found(path: Path, lib: library.Library) -> list[tuple[str, int]]:
    report, _ = check.check_file(path, lib)
    return [(f.rule, f.paragraph) for f in report.findings if f.severity in ("error", "warning")]


def _preamble(first: str) -> list[str | list[tuple[str, str]]]:
    return [*HEAD, first, [("认识到", "u"), ("山区社区面临的特殊挑战，", "")],
            "1. 鼓励各国制定山区发展战略；", "2. 决定继续审议这一问题。"]


def test_an_english_lead_before_a_title_mark_is_reported(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, _preamble("Reaffirming《联合国宪章》所载的宗旨和原则，"))
    assert ("lead-form", 7) in _found(path, lib)


def test_a_chinese_lead_before_a_title_mark_stays_clean(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, _preamble("重申《联合国宪章》所载的宗旨和原则，"))
    assert ("lead-form", 7) not in _found(path, lib)


def _listed(tmp_path: Path, items: list[str]) -> Path:
    """Clauses on a "%1." list, and under the third (ending with "：") items on a "%1)" list of their own whose level
    0 has the clauses' indent, as an English draft's two lists; leads bold."""
    doc = Document()
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for i, text in enumerate(("%1.", "%1)")):
        numbering.append(parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="{i}"><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'))
    for i in range(2):
        numbering.append(parse_xml(f'<w:num {W} w:numId="{i + 1}"><w:abstractNumId w:val="{i}"/></w:num>'))

    def add(text: str, num: int | None, lead: int = 0) -> None:
        para = doc.add_paragraph()
        if num is not None:
            para._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))
        for part, bold in ((text[:lead], True), (text[lead:], False)):
            if part:
                run = para.add_run(part)
                run.bold = bold or None
                run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")

    for text in HEAD:
        add(text, None)
    add("回顾其以往各项相关决议，", None, 2)
    add("鼓励各国制定山区发展战略；", 1, 2)
    add("欢迎各国在减少灾害风险方面取得的进展；", 1, 2)
    add("请联合国环境规划署：", 1, 1)
    for text in items:
        add(text, 2)
    add("决定继续审议这一问题。", 1, 2)
    path = tmp_path / "lists.docx"
    doc.save(str(path))
    return path


def test_the_items_of_a_bracketed_list_at_the_clauses_indent_stay_items(lib: library.Library,
                                                                        tmp_path: Path) -> None:
    path = _listed(tmp_path, ["与各国合作建立早期预警系统；", "支持山区国家开展能力建设；"])
    found = _found(path, lib)
    assert not [r for r in found if r[0] in ("numbering-form", "numbering-restart", "lead-emphasis")], found
    assert ("sub-label-style", 11) in found and ("sub-label-style", 12) in found, found


def test_a_clause_after_the_items_is_still_a_clause(lib: library.Library, tmp_path: Path) -> None:
    path = _listed(tmp_path, ["与各国合作建立早期预警系统；", "支持山区国家开展能力建设；"])
    report, doc = check.check_file(path, lib)
    assert not [f for f in report.findings if f.paragraph == 13 and f.severity in ("error", "warning")], \
        [(f.rule, f.paragraph) for f in report.findings]
