"""The general causes behind word-blind47's first-run misses (bench/students/word-blind47), on sentences of our own:
the toggle properties of ECMA-376 Part 1 §17.7.3 — a character style that sets w:i (w:b) on a run of a paragraph
style that sets it too cancels it, as Word shows the text (run formatting stays absolute)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from drafter import check, library
from drafter.word import reader
from drafter.word.styles import RprChain, toggle

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _rpr(xml: str) -> etree._Element:
    return parse_xml(f"<w:rPr {nsdecls('w')}>{xml}</w:rPr>")


# ---------------------------------------------------------------- the toggle rule itself


def test_two_style_levels_that_switch_a_toggle_on_cancel_it() -> None:
    char, para = _rpr("<w:i/>"), _rpr("<w:i/><w:b/>")
    chain = RprChain([char, para], (0, 1, 1, 0))
    assert toggle(chain, "i") is False  # character style and paragraph style: upright
    assert toggle(chain, "b") is True  # only the paragraph style: bold


def test_direct_formatting_is_absolute_over_the_styles() -> None:
    char, para = _rpr("<w:i/>"), _rpr("<w:i/>")
    assert toggle(RprChain([_rpr("<w:i/>"), char, para], (1, 1, 1, 0)), "i") is True
    assert toggle(RprChain([_rpr('<w:i w:val="0"/>'), char], (1, 1, 0, 0)), "i") is False


def test_one_style_chain_is_one_level_the_nearest_style_decides() -> None:
    based, base = _rpr("<w:b/>"), _rpr("<w:b/>")  # a character style based on a bold one: still bold
    assert toggle(RprChain([based, base], (0, 2, 0, 0)), "b") is True
    off = _rpr('<w:i w:val="0"/>')  # a style based on "Emphasis" that switches italic off
    assert toggle(RprChain([off, _rpr("<w:i/>")], (0, 2, 0, 0)), "i") is False


def test_underline_is_no_toggle_and_a_plain_list_keeps_the_first_setting() -> None:
    chain = RprChain([_rpr('<w:u w:val="single"/>'), _rpr('<w:u w:val="single"/>')], (0, 1, 1, 0))
    assert toggle(chain, "u") is True
    assert toggle([_rpr("<w:i/>"), _rpr("<w:i/>")], "i") is True


def test_hidden_text_follows_the_same_rule() -> None:
    chain = RprChain([_rpr("<w:vanish/>"), _rpr("<w:vanish/>")], (0, 1, 1, 0))
    assert toggle(chain, "vanish") is False


# ---------------------------------------------------------------- drafts whose emphasis comes from styles


def _style(doc: Document, xml: str) -> None:
    doc.styles.element.append(parse_xml(xml))


def _para(doc: Document, text_runs: list[tuple[str, str | None, str]], style: str | None = None) -> None:
    """A paragraph of runs (text, character style, direct rPr children)."""
    p = doc.add_paragraph()
    if style:
        p._p.get_or_add_pPr().append(parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{style}"/>'))
    for text, rstyle, direct in text_runs:
        rpr = (f'<w:rStyle w:val="{rstyle}"/>' if rstyle else "") + direct
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}>' + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
                              + f'<w:t xml:space="preserve">{text}</w:t></w:r>'))


STYLES = [
    f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="BodyOrgan"><w:name w:val="Body Organ"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:i/><w:b/></w:rPr></w:style>',
    f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="Cited"><w:name w:val="Cited"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>',
    f'<w:style {nsdecls("w")} w:type="character" w:customStyle="1" w:styleId="LeadWords"><w:name w:val="Lead Words"/>'
    '<w:basedOn w:val="Emphasis"/></w:style>',
]


def _draft(tmp_path: Path, organ: list[tuple[str, str | None, str]], cited: bool = False) -> Path:
    doc = Document()
    for xml in STYLES:
        _style(doc, xml)
    for line in ("Committee: Third Committee", "Topic: Public libraries for older readers", "Sponsors: Latvia, Oman",
                 "Signatories: Kenya"):
        _para(doc, [(line, None, "")])
    _para(doc, organ, "BodyOrgan")
    _para(doc, [("Noting", "LeadWords", ""), (" that many older readers cannot travel to a library,", None, "")])
    _para(doc, [("Aware", "LeadWords", ""), (" that large-print books cost more than others,", None, "")],
          "Cited" if cited else None)
    _para(doc, [("Convinced", "LeadWords", ""), (" that mobile libraries reach remote villages,", None, "")])
    _para(doc, [("1. ", None, ""), ("Encourages", "LeadWords", ""), (" towns to run mobile libraries;", None, "")])
    _para(doc, [("2. ", None, ""), ("Requests", "LeadWords", ""),
                (" the Secretary-General to report at the eighty-third session.", None, "")])
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    return path


def _findings(path: Path, lib: library.Library, rule: str) -> list[int]:
    report, _ = check.check_file(path, lib)
    return [f.paragraph for f in report.findings if f.rule == rule]


def test_a_character_style_italic_on_an_italic_organ_style_shows_upright(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    path = _draft(tmp_path, [("The General Assembly", "Emphasis", ""), (",", None, "")])
    doc = reader.read(path)
    assert [r.italic for r in doc.paragraphs[4].runs][:1] == [False]
    assert _findings(path, lib, "organ-emphasis") == [5]


def test_the_organ_style_alone_or_with_a_direct_italic_stays_italic(tmp_path: Path, lib: library.Library) -> None:
    assert _findings(_draft(tmp_path, [("The General Assembly,", None, "")]), lib, "organ-emphasis") == []
    assert _findings(_draft(tmp_path, [("The General Assembly", "Emphasis", "<w:i/>"), (",", None, "")]), lib,
                     "organ-emphasis") == []


def test_a_lead_style_in_an_italic_paragraph_style_is_upright(tmp_path: Path, lib: library.Library) -> None:
    path = _draft(tmp_path, [("The General Assembly,", None, "")], cited=True)
    assert 7 in _findings(path, lib, "lead-emphasis")


# ---------------------------------------------------------------- a Chinese text in the UN's form

ZH_HEAD = ["A/C.2/81/L.9", "Distr.: Limited", "3 November 2026", "Chinese", "Original: English", "第二委员会",
           "埃及和新加坡：决议草案", "城市屋顶绿化"]
ZH_BODY = [("注意到", "屋顶绿化能够降低夏季室内温度，"), ("认识到", "屋顶花园可以收集雨水，"),
           ("1. ", "鼓励", "各城市为新建公共建筑的屋顶绿化提供补贴；"), ("2. ", "请", "秘书长在第八十三届会议上报告进展情况。")]


def _zh_draft(tmp_path: Path, organ: list[tuple[str, str | None, str]], organ_style: str | None = None) -> Path:
    doc = Document()
    _style(doc, f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="OrganBold">'
                '<w:name w:val="Organ Bold"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>')
    normal = doc.styles.element.find(qn("w:style") + "[@" + qn("w:styleId") + "='Normal']")
    normal.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:rFonts w:eastAsia="宋体"/></w:rPr>'))
    for line in ZH_HEAD:
        _para(doc, [(line, None, "")])
    _para(doc, organ, organ_style)
    for parts in ZH_BODY:
        number = [(parts[0], None, "")] if len(parts) == 3 else []
        _para(doc, [*number, (parts[-2], "Strong", ""), (parts[-1], None, "")])
    path = tmp_path / "zh.docx"
    doc.save(str(path))
    return path


def test_a_bold_organ_style_with_strong_on_it_is_not_bold(tmp_path: Path, lib: library.Library) -> None:
    path = _zh_draft(tmp_path, [("大会", "Strong", ""), ("，", None, "")], organ_style="OrganBold")
    assert [r.bold for r in reader.read(path).paragraphs[8].runs][:1] == [False]
    assert _findings(path, lib, "organ-emphasis") == [9]


def test_a_bold_organ_style_alone_or_with_a_direct_bold_stays_bold(tmp_path: Path, lib: library.Library) -> None:
    assert _findings(_zh_draft(tmp_path, [("大会，", None, "")], organ_style="OrganBold"), lib, "organ-emphasis") == []
    assert _findings(_zh_draft(tmp_path, [("大会", "Strong", "<w:b/>"), ("，", None, "")], organ_style="OrganBold"),
                     lib, "organ-emphasis") == []
