"""The general causes behind word-blind58's false alarms (bench/students/word-blind58), on sentences of our own.

* An item whose label was typed ("（一）", pasted as plain text) followed by an item Word numbers at level 0 of a list
  of its own ("(a)"): the Word item was nested under the typed one as its first item, so the typed item, which
  ends with "；" and announces nothing, was judged a chapeau that should end with "：", and the Word item's
  wrong letter (it shows "(a)" where the second item's "(b)" stands) was told as a list set beside the clauses.
  The two are siblings under the clause that announces them, and the typed item holds a place in Word's count.
* The same mix the other way round: Word's "(a)", a typed "（二）", Word's "(b)": the typed item was nested under
  "(a)" (a chapeau-colon on "(a)"), and Word's "(b)", which stands where "(c)" belongs, was not told.
* --fix of a first clause numbered by hand ("1." typed) before a Word list whose level starts at 2 (w:start in the
  list definition, not an override): the fix took the typed "1." away and set the list to start at 1 but never put
  the clause into the list, so the fixed draft had a first clause without a number read as a preambular one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check.rule_paragraphs import rules
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from wordlists import abstract, lvl, num, numbered_draft

from drafter import check, library
from drafter.check import fix
from drafter.word import reader


def _numbering(doc: Document) -> None:
    """List 1 numbers the clauses "%1."; list 2 (another abstractNum) numbers items "(%1)" at its level 0."""
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for aid, fmt, text in ((5, "decimal", "%1."), (6, "lowerLetter", "(%1)")):
        numbering.append(parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>'))
    for num_id, aid in ((1, 5), (2, 6)):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>'
                                   "</w:num>"))


def _para(body: object, runs: list[tuple[str, str]], num: int | None = None) -> None:
    numpr = f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' if num else ""
    xml = (f'<w:p {nsdecls("w")}>{numpr}'
           + "".join("<w:r>" + (f"<w:rPr><w:{emph}/></w:rPr>" if emph else "")
                     + f'<w:t xml:space="preserve">{text}</w:t></w:r>' for text, emph in runs) + "</w:p>")
    body.append(parse_xml(xml))  # type: ignore[attr-defined]


ZH = {
    "head": ["决议草案", "委员会：联合国大会第三委员会", "议题：社区图书馆与终身学习", "起草国：爱沙尼亚、肯尼亚",
             "附议国：斐济、约旦、挪威、乌拉圭"],
    "organ": ("大会", "，"),
    "preamble": [("认识到", "社区图书馆是成年人继续学习的重要场所，"), ("注意到", "许多农村地区的图书馆藏书陈旧，")],
    "first": ("鼓励", "各国地方政府为社区图书馆提供稳定的经费；"),
    "chapeau": ("请", "各国图书馆协会协助社区图书馆开展服务，特别是："),
    "typed": "（一）为老年读者开设阅读和上网辅导；",
    "auto": "与学校合作举办暑期阅读活动；",
    "last": ("决定", "在第八十二届会议上审议这一问题。"),
    "emph": "b",
}
EN = {
    "head": ["Committee: Third Committee", "Topic: Community libraries and lifelong learning",
             "Sponsors: Estonia, Kenya", "Signatories: Fiji, Jordan, Norway, Uruguay"],
    "organ": ("The General Assembly", ","),
    "preamble": [("Recognizing", " that community libraries are where many adults go on learning,"),
                 ("Noting", " that many rural libraries hold outdated books,")],
    "first": ("Encourages", " local governments to give community libraries stable funding;"),
    "chapeau": ("Invites", " library associations to help community libraries, in particular by:"),
    "typed": "⑴ offering reading and internet lessons to older readers;",
    "auto": "running summer reading programmes with schools;",
    "last": ("Decides", " to consider the matter at its eighty-second session."),
    "emph": "i",
}


def _draft(tmp_path: Path, text: dict) -> Path:  # type: ignore[type-arg]
    doc = Document()
    _numbering(doc)
    if text is ZH:
        doc.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    for child in list(body):
        body.remove(child)
    for line in text["head"]:
        _para(body, [(line, "")])
    _para(body, [(text["organ"][0], text["emph"]), (text["organ"][1], "")])
    for lead, rest in text["preamble"]:
        _para(body, [(lead, text["emph"]), (rest, "")])
    for key in ("first", "chapeau"):
        _para(body, [(text[key][0], text["emph"]), (text[key][1], "")], 1)
    _para(body, [(text["typed"], "")])  # pasted as plain text, its label typed
    _para(body, [(text["auto"], "")], 2)  # Word's item list, level 0 of a list of its own
    _para(body, [(text["last"][0], text["emph"]), (text["last"][1], "")], 1)
    body.append(sect)
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    return path


def _findings(path: Path, lib: library.Library) -> list[tuple[str, int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.rule, f.paragraph, f.message) for f in report.findings if f.severity in ("error", "warning")]


def test_a_word_item_after_a_typed_item_is_its_sibling_not_its_first_item(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    typed_at = len(ZH["head"]) + 1 + len(ZH["preamble"]) + 3
    found = _findings(_draft(tmp_path, ZH), lib)
    rules = {(rule, paragraph) for rule, paragraph, _ in found}
    assert ("chapeau-colon", typed_at) not in rules  # "（一）……；" announces nothing
    assert not any(rule == "sub-clause-single" for rule, _, _ in found)  # the clause has two items
    assert ("sub-label-style", typed_at) in rules  # "（一）" is no letter
    # Word's "(a)" is the clause's second item: its letter is the finding there
    assert [rule for rule, paragraph, _ in found if paragraph == typed_at + 1] == ["sub-label-sequence"]


def test_in_an_english_draft_a_typed_paren_figure_then_words_a_is_the_second_item(tmp_path: Path,
                                                                                     lib: library.Library) -> None:
    typed_at = len(EN["head"]) + 1 + len(EN["preamble"]) + 3
    found = _findings(_draft(tmp_path, EN), lib)
    assert [(rule, paragraph) for rule, paragraph, _ in found] == [("sub-label-style", typed_at),
                                                                   ("sub-label-sequence", typed_at + 1)]
    assert "'(b)'" in found[1][2]


def test_a_typed_item_between_words_items_holds_its_place(tmp_path: Path, lib: library.Library) -> None:
    head = [*ZH["head"], [("大会", "b"), ("，", "")], [(ZH["preamble"][0][0], "b"), (ZH["preamble"][0][1], "")]]
    body = [*head, [(ZH["first"][0], "b"), (ZH["first"][1], "")], [(ZH["chapeau"][0], "b"), (ZH["chapeau"][1], "")],
            "为老年读者开设阅读和上网辅导；", "（二）与学校合作举办暑期阅读活动；", "向居民开放图书馆的自习室；",
            [(ZH["last"][0], "b"), (ZH["last"][1], "")]]
    lists = abstract(1, [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1)
    found = rules(numbered_draft(tmp_path, body, lists, {7: (1, 0), 8: (1, 0), 9: (1, 1), 11: (1, 1), 12: (1, 0)}),
                  lib)
    assert "chapeau-colon" not in found and "sub-clause-single" not in found
    assert found.get("sub-label-style") == [11]  # the typed "（二）": «（b）»
    assert found.get("sub-label-sequence") == [12]  # Word's "(b)" in the third place: «(c)»


@pytest.mark.parametrize("after_label", [" ", "\t"])  # a space, or a tab (Word's w:tab, which --fix deletes too)
def test_fix_puts_a_typed_first_clause_into_a_list_that_starts_at_two(tmp_path: Path, lib: library.Library,
                                                                       after_label: str) -> None:
    head = ["Committee: Third Committee", "Topic: Community libraries", "Sponsors: Estonia, Kenya",
            "Signatories: Fiji, Jordan", [("The General Assembly", "i"), (",", "")],
            [(EN["preamble"][0][0], "i"), (EN["preamble"][0][1], "")]]
    body = [*head, [("1." + after_label, ""), (EN["first"][0], "i"), (EN["first"][1], "")],
            [("Invites", "i"), (" library associations to lend books to village schools;", "")],
            [(EN["last"][0], "i"), (EN["last"][1], "")]]
    lists = abstract(1, [lvl(0, "decimal", "%1.", start=2)]) + num(1, 1)
    path = numbered_draft(tmp_path, body, lists, {7: (1, 0), 8: (1, 0)}, "en.docx")
    report, doc = check.check_file(path, lib)
    assert [f.paragraph for f in report.findings if f.rule == "numbering-mixed"] == [7]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    fixed = reader.read(tmp_path / "fixed.docx").paragraphs
    assert [(p.label, p.text[:7]) for p in fixed[6:9]] == [("1.", "Encoura"), ("2.", "Invites"), ("3.", "Decides")]
    again, _ = check.check_file(tmp_path / "fixed.docx", lib)
    assert [(f.rule, f.paragraph) for f in again.findings if f.severity in ("error", "warning")] == []
