"""The general cause behind word-blind53's first-run miss (bench/students/word-blind53), on sentences of our own:
a run whose w:rFonts names a font AND refers to a theme font for the same slot (w:ascii with w:asciiTheme, w:eastAsia
with w:eastAsiaTheme) shows the theme font in Word ("ascii (or asciiTheme if defined)", MS-OI29500 2.1.88), so words
pasted with such fonts into a Times New Roman / 宋体 body are a mixture of fonts."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from drafter import check, library
from drafter.word import reader

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _theme(doc: Document, zh: bool) -> None:
    """Word 2016's theme fonts: minor Latin Calibri, a:ea empty, Hans 等线; the theme language zh-CN (or en-US)."""
    for part in doc.part.package.parts:
        if str(part.partname).startswith("/word/theme/"):
            root = etree.fromstring(part.blob)
            minor = root.find(f".//{{{A}}}minorFont")
            minor.find(f"{{{A}}}latin").set("typeface", "Calibri")
            minor.find(f"{{{A}}}ea").set("typeface", "")
            for font in minor.findall(f"{{{A}}}font"):
                minor.remove(font)
            etree.SubElement(minor, f"{{{A}}}font", script="Hans", typeface="等线")
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    settings = doc.settings.element
    for old in settings.findall(qn("w:themeFontLang")):
        settings.remove(old)
    settings.append(parse_xml(f'<w:themeFontLang {nsdecls("w")} w:val="en-US" '
                              f'w:eastAsia="{"zh-CN" if zh else "en-US"}"/>'))


def _body_font(doc: Document, fonts: str) -> None:
    normal = doc.styles.element.find(qn("w:style") + "[@" + qn("w:styleId") + "='Normal']")
    normal.append(parse_xml(f'<w:rPr {nsdecls("w")}>{fonts}</w:rPr>'))


def _para(doc: Document, runs: list[tuple[str, str]]) -> None:
    """A paragraph of runs (text, direct rPr children)."""
    p = doc.add_paragraph()
    for text, rpr in runs:
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}>' + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
                              + f'<w:t xml:space="preserve">{text}</w:t></w:r>'))


def _findings(path: Path, lib: library.Library, rule: str) -> list[int]:
    report, _ = check.check_file(path, lib)
    return [f.paragraph for f in report.findings if f.rule == rule]


# ---------------------------------------------------------------- English: Times New Roman named, the theme wins

BOTH = ('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:asciiTheme="minorHAnsi" '
        'w:hAnsiTheme="minorHAnsi"/>')
NAMED = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'


def _en_draft(tmp_path: Path, pasted: str) -> Path:
    doc = Document()
    _theme(doc, zh=False)
    _body_font(doc, '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>')
    for line in ("Committee: Second Committee", "Topic: Community seed banks", "Sponsors: Nepal, Uruguay",
                 "Signatories: Benin"):
        _para(doc, [(line, "")])
    _para(doc, [("The General Assembly,", "<w:i/>")])
    _para(doc, [("Noting", "<w:i/>"), (" that farmers in many regions keep local seed varieties alive,", "")])
    _para(doc, [("Aware", "<w:i/>"), (" that seed banks run by villages lose stock to floods and pests,", pasted)])
    _para(doc, [("Convinced", "<w:i/>"), (" that shared storage keeps rare varieties within reach of growers,", "")])
    _para(doc, [("1. ", ""), ("Encourages", "<w:i/>"), (" Member States to fund cold rooms for village seed banks;", "")])
    _para(doc, [("2. ", ""), ("Requests", "<w:i/>"),
                (" the Secretary-General to report at the eighty-third session.", "")])
    path = tmp_path / "en.docx"
    doc.save(str(path))
    return path


def test_a_theme_attribute_beats_the_named_latin_font_of_the_same_run(tmp_path: Path) -> None:
    doc = reader.read(_en_draft(tmp_path, BOTH))
    assert doc.paragraphs[6].runs[1].fonts[0] == "theme:minorHAnsi"


def test_words_in_the_theme_font_though_times_new_roman_is_named_are_mixed(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    assert _findings(_en_draft(tmp_path, BOTH), lib, "fonts-mixed") == [7]


def test_times_new_roman_named_without_a_theme_attribute_is_no_mixture(tmp_path: Path, lib: library.Library) -> None:
    assert _findings(_en_draft(tmp_path, NAMED), lib, "fonts-mixed") == []


# ---------------------------------------------------------------- Chinese: 宋体 named, minorEastAsia (等线) wins

ZH_BOTH = '<w:rFonts w:eastAsia="宋体" w:eastAsiaTheme="minorEastAsia"/>'


def _zh_draft(tmp_path: Path, pasted: str) -> Path:
    doc = Document()
    _theme(doc, zh=True)
    _body_font(doc, '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>')
    for line in ("委员会：联合国大会第二委员会", "议题：社区种子库", "起草国：尼泊尔、乌拉圭", "附议国：贝宁"):
        _para(doc, [(line, "")])
    _para(doc, [("大会，", "<w:b/>")])
    _para(doc, [("注意到", "<w:b/>"), ("许多地区的农民仍在保存本地的种子品种，", "")])
    _para(doc, [("意识到", "<w:b/>"), ("村办种子库常因洪水和虫害损失库存，", pasted)])
    _para(doc, [("深信", "<w:b/>"), ("共同储存能使稀有品种留在种植者身边，", "")])
    _para(doc, [("1. ", ""), ("鼓励", "<w:b/>"), ("各会员国资助村办种子库建设冷藏室；", "")])
    _para(doc, [("2. ", ""), ("请", "<w:b/>"), ("秘书长在第八十三届会议上报告进展情况。", "")])
    path = tmp_path / "zh.docx"
    doc.save(str(path))
    return path


def test_a_theme_attribute_beats_the_named_east_asian_font_of_the_same_run(tmp_path: Path) -> None:
    run = reader.read(_zh_draft(tmp_path, ZH_BOTH)).paragraphs[6].runs[1]
    assert run.east_asia == "等线"
    assert run.fonts[1] == "theme:minorEastAsia"


def test_chinese_words_in_the_theme_font_though_songti_is_named_are_mixed(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    assert _findings(_zh_draft(tmp_path, ZH_BOTH), lib, "fonts-mixed") == [7]
    assert _findings(_zh_draft(tmp_path, '<w:rFonts w:eastAsia="宋体"/>'), lib, "fonts-mixed") == []
