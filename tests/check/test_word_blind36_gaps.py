"""Faults of the blind set word-blind36 (#20): drafts exported to Word from online collaborative editors (腾讯文档,
石墨文档, 飞书, 金山文档, 语雀). Words of a clause left in a colour of their own by a co-author's review (w:color red)
or on a background colour (w:shd fill, the editors' text highlight) are set off for emphasis as a highlighter's are
(UN-B17); a text colour on every run (飞书's near-black) or on a whole paragraph, and a white background, set nothing
off. A link right after an underlined lead is the link's underline, not the lead's emphasis carried on. Sentences
of our own."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from drafter import library
from drafter.word import reader

EN_HEAD: list[Para] = ["Committee: Economic and Social Council", "Topic: Public drinking fountains in cities",
                       "Sponsors: Jordan, Norway", "Signatories: Chile, Nepal", [("The Economic and Social Council", "i"),
                                                                                 (",", "")]]
EN_BODY: list[Para] = [[("Noting", "i"), (" that few parks in hot cities offer free drinking water,", "")],
                       [("1. ", ""), ("Encourages", "u"), (" cities to install drinking fountains in parks;", "")],
                       [("2. ", ""), ("Invites", "u"), (" water utilities to test the fountains every month;", "")],
                       [("3. ", ""), ("Requests", "u"), (" the Secretary-General to report next year.", "")]]
ZH_HEAD: list[Para] = ["决议草案", "委员会：经济及社会理事会", "议题：城市公共饮水设施", "起草国：约旦、挪威", "附议国：智利、尼泊尔",
                       [("经济及社会理事会", "b"), ("，", "")]]
ZH_BODY: list[Para] = [[("注意到", "u"), ("炎热城市的公园很少提供免费饮用水，", "")],
                       [("1. ", ""), ("鼓励", "u"), ("各城市在公园和广场安装直饮水设施；", "")],
                       [("2. ", ""), ("邀请", "u"), ("供水企业每月检测直饮水设施的水质；", "")],
                       [("3. ", ""), ("请", "u"), ("秘书长在下届会议上提交报告。", "")]]


def _paint(path: Path, runs: dict[tuple[int, int], tuple[str, str]], everywhere: str = "") -> Path:
    """Give runs ((0-based paragraph, run) -> (tag, value)) a colour ("color") or a background ("shd"), and every
    run of the draft the text colour ``everywhere`` first, as 飞书 writes 1F2329."""
    doc = Document(str(path))
    if everywhere:
        for para in doc.paragraphs:
            for run in para.runs:
                colour = OxmlElement("w:color")
                colour.set(qn("w:val"), everywhere)
                run._r.get_or_add_rPr().append(colour)
    for (index, k), (tag, value) in runs.items():
        rpr = doc.paragraphs[index].runs[k]._r.get_or_add_rPr()
        for old in rpr.findall(qn(f"w:{tag}")):
            rpr.remove(old)
        mark = OxmlElement(f"w:{tag}")
        if tag == "shd":
            mark.set(qn("w:val"), "clear")
            mark.set(qn("w:color"), "auto")
            mark.set(qn("w:fill"), value)
        else:
            mark.set(qn("w:val"), value)
        rpr.append(mark)
    doc.save(str(path))
    return path


def test_a_runs_colour_and_background_are_read_with_auto_as_none(tmp_path: Path) -> None:
    path = make(tmp_path, [[("free ", ""), ("water", ""), (" for all", "")]])
    _paint(path, {(0, 0): ("color", "ff0000"), (0, 1): ("shd", "FFE599"), (0, 2): ("color", "auto")})
    runs = reader.read(path).paragraphs[0].runs
    assert [(run.colour, run.shading) for run in runs] == [("FF0000", ""), ("", "FFE599"), ("", "")]


def test_red_words_in_an_english_clause_are_emphasis_in_a_near_black_draft(tmp_path: Path,
                                                                            lib: library.Library) -> None:
    doc: list[Para] = [*EN_HEAD, *EN_BODY]
    doc[7] = [("2. ", ""), ("Invites", "u"), (" water utilities to test the fountains ", ""), ("every month", ""),
              (";", "")]
    path = _paint(make(tmp_path, doc), {(7, 3): ("color", "C00000")}, everywhere="1F2329")
    assert rules(path, lib).get("emphasis-in-text") == [8]


def test_words_on_a_background_colour_in_a_chinese_clause_are_emphasis(tmp_path: Path, lib: library.Library) -> None:
    doc: list[Para] = [*ZH_HEAD, *ZH_BODY]
    doc[7] = [("1. ", ""), ("鼓励", "u"), ("各城市在", ""), ("公园和广场", ""), ("安装直饮水设施；", "")]
    doc[8] = [("2. ", ""), ("邀请", "u"), ("供水企业每月检测", ""), ("直饮水设施", ""), ("的水质；", "")]
    path = _paint(make(tmp_path, doc), {(7, 3): ("shd", "FFF2CC"), (8, 3): ("shd", "FFFFFF")})
    assert rules(path, lib).get("emphasis-in-text") == [8]  # a white background sets nothing off


def test_a_clause_all_in_one_colour_or_in_grey_words_is_no_emphasis(tmp_path: Path, lib: library.Library) -> None:
    doc: list[Para] = [*EN_HEAD, *EN_BODY]
    doc[7] = [("2. ", ""), ("Invites", "u"), (" water utilities to test the ", ""), ("fountains", ""),
              (" every month;", "")]
    doc[8] = [("3. ", ""), ("Requests", "u"), (" the Secretary-General to report ", ""), ("next year", ""), (".", "")]
    painted = {(6, k): ("color", "2E74B5") for k in range(3)} | {(8, 3): ("color", "595959"),
                                                                (7, 3): ("color", "C00000")}
    path = _paint(make(tmp_path, doc), painted)
    assert rules(path, lib).get("emphasis-in-text") == [8]  # only the red words of clause 2


def test_a_link_after_an_underlined_chinese_lead_is_not_the_leads_emphasis(tmp_path: Path,
                                                                            lib: library.Library) -> None:
    doc: list[Para] = [*ZH_HEAD, *ZH_BODY]
    doc[6] = [("注意到", "u"), ("世界卫生组织关于饮用水安全的指南", ""), ("，", "")]
    doc[7] = [("1. ", ""), ("鼓励", "u"), ("各城市", "u"), ("在公园和广场安装直饮水设施；", "")]
    path = make(tmp_path, doc)
    document = Document(str(path))
    para = document.paragraphs[6]
    run = para.runs[1]
    rid = document.part.relate_to("https://www.who.int/", "http://schemas.openxmlformats.org/officeDocument/2006/"
                                  "relationships/hyperlink", is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run._r.addprevious(link)
    link.append(run._r)
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    run._r.get_or_add_rPr().insert(0, style)
    run.underline = True
    document.save(str(path))
    assert rules(path, lib).get("emphasis-in-text") == [8]  # "鼓励各城市" underlined as one, not the link


def test_an_at_mention_after_a_clauses_mark_is_a_remark_left(tmp_path: Path, lib: library.Library) -> None:
    doc: list[Para] = [*ZH_HEAD, *ZH_BODY]
    doc[8] = [("2. ", ""), ("邀请", "u"), ("供水企业每月检测直饮水设施的水质；", ""), ("@周宁 检测频率再查一下", "")]
    en: list[Para] = [*EN_HEAD, *EN_BODY]
    en[6] = [("1. ", ""), ("Encourages", "u"), (" cities to install drinking fountains in parks; @Marta is this too "
                                                "vague?", "")]
    en[7] = [("2. ", ""), ("Invites", "u"), (" water utilities (contact: water@example.org) to test the fountains;",
                                             "")]
    path = _paint(make(tmp_path, doc), {(8, 3): ("color", "3370FF")})  # the editor's colour of a mention
    found = rules(path, lib)
    assert found.get("remark-left") == [9]
    assert "operative-end" not in found and "emphasis-in-text" not in found  # the clause ends with its "；"
    assert rules(make(tmp_path, en, "en.docx"), lib).get("remark-left") == [7]  # not the e-mail address
