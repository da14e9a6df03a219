"""The general causes behind word-blind4's first-run misses and false alarms (bench/students/word-blind4), on
sentences of our own: a heading block printed in the page header, the underline of a link, a Chinese body name
ending in 执行局 or 署, an undecided Chinese lead opening the operative part of an unnumbered draft, and two draft
resolutions handed in as one file."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import parse_xml

from drafter import library
from drafter.structure.several import resolution_starts
from drafter.word import reader
from drafter.word.headers import header_lines

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEAD: list[Para] = ["Committee: Fourth Committee", "Topic: Lighthouses on remote coasts",
                    "Sponsors: Iceland, Cabo Verde", "Signatories: Malta, Samoa, Chile"]
ORGAN: Para = [("The General Assembly", "i"), (",", "")]
PRE: Para = [("Aware", "i"), (" that many lighthouses on remote coasts have lost their keepers,", "")]
OP1: Para = [("1. ", ""), ("Encourages", "u"), (" coastal States to fit solar lamps in unmanned lighthouses;", "")]
OP2: Para = [("2. ", ""), ("Requests", "u"), (" the Secretary-General to report on coastal lights.", "")]


def _with_header(path: Path, lines: list[str]) -> Path:
    doc = Document(str(path))
    header = doc.sections[0].header
    header.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        header.add_paragraph(line)
    doc.save(str(path))
    return path


# -- the heading block in the page header -----------------------------------------------------------------------

def test_a_heading_block_in_the_page_header_is_the_heading(tmp_path: Path, lib: library.Library) -> None:
    path = _with_header(make(tmp_path, [ORGAN, PRE, OP1, OP2]), ["Draft Resolution 4.2", *HEAD])
    assert header_lines(reader.read(path))[:2] == ["Draft Resolution 4.2", "Committee: Fourth Committee"]
    assert "heading-missing" not in rules(path, lib)


def test_a_header_naming_only_the_conference_leaves_the_heading_missing(tmp_path: Path,
                                                                       lib: library.Library) -> None:
    path = _with_header(make(tmp_path, [ORGAN, PRE, OP1, OP2]), ["Harbour Model United Nations 2026"])
    assert "heading-missing" in rules(path, lib)


def test_a_header_line_split_by_line_breaks_gives_each_line(tmp_path: Path) -> None:
    path = _with_header(make(tmp_path, [ORGAN, PRE, OP1, OP2]), ["Committee: Fourth Committee\nTopic: Lamps"])
    assert header_lines(reader.read(path)) == ["Committee: Fourth Committee", "Topic: Lamps"]


# -- a link's underline -----------------------------------------------------------------------------------------

def _link(path: Path, index: int, before: str, words: str, after: str) -> Path:
    doc = Document(str(path))
    p = doc.paragraphs[index]._p
    rid = doc.part.relate_to("https://example.org/lights", "http://schemas.openxmlformats.org/officeDocument/"
                             "2006/relationships/hyperlink", is_external=True)
    for r in list(p):
        if r.tag.endswith("}r") and "Recalling" not in "".join(t.text or "" for t in r.iter()):
            p.remove(r)
    xml = (f'<w:wrap {W} {R}><w:r><w:t xml:space="preserve">{before}</w:t></w:r><w:hyperlink r:id="{rid}">'
           f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:u w:val="single"/></w:rPr><w:t>{words}</w:t></w:r>'
           f'</w:hyperlink><w:r><w:t xml:space="preserve">{after}</w:t></w:r></w:wrap>')
    for element in parse_xml(xml):
        p.append(element)
    doc.save(str(path))
    return path


def test_an_underlined_link_inside_a_clause_is_no_emphasis(tmp_path: Path, lib: library.Library) -> None:
    recalling: Para = [("Recalling", "i"), ("", "")]
    path = _link(make(tmp_path, [*HEAD, ORGAN, recalling, OP1, OP2]), 5, " the ", "Lighthouse Heritage Charter",
                 " adopted by maritime museums,")
    assert reader.read(path).paragraphs[5].text == "Recalling the Lighthouse Heritage Charter adopted by maritime museums,"
    assert "emphasis-in-text" not in rules(path, lib)


def test_underlined_words_that_are_no_link_are_still_emphasis(tmp_path: Path, lib: library.Library) -> None:
    underlined: Para = [("Recalling", "i"), (" the ", ""), ("Lighthouse Heritage Charter", "u"),
                        (" adopted by maritime museums,", "")]
    path = make(tmp_path, [*HEAD, ORGAN, underlined, OP1, OP2])
    assert 6 in rules(path, lib).get("emphasis-in-text", [])


# -- Chinese body names and an undecided lead --------------------------------------------------------------------

ZH_HEAD: list[Para] = ["委员会：儿童基金会", "议题：偏远海岛的学校", "起草国：斐济、马尔代夫", "附议国：汤加、帕劳"]


def test_a_chinese_executive_board_is_an_organ_line(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = [*ZH_HEAD, [("联合国儿童基金会执行局", "b"), ("，", "b")],
                        [("注意到", "u"), ("许多海岛学校缺少合格的教师，", "")],
                        [("1. ", ""), ("鼓励", "u"), ("各国为海岛教师提供住房补贴；", "")],
                        [("2. ", ""), ("请", "u"), ("执行主任汇报海岛学校的情况。", "")]]
    assert "organ-line" not in rules(make(tmp_path, body), lib)


def test_an_undecided_lead_ending_with_a_semicolon_opens_the_operative_part(tmp_path: Path,
                                                                            lib: library.Library) -> None:
    body: list[Para] = [*ZH_HEAD, [("大会", "b"), ("，", "b")],
                        [("注意到", "u"), ("许多海岛学校缺少合格的教师，", "")],
                        [("鼓励", "u"), ("各国为海岛教师提供住房补贴；", "")],
                        [("建议", "u"), ("各国开通海岛远程课堂；", "")],
                        [("请", "u"), ("秘书长汇报海岛学校的情况。", "")]]
    found = rules(make(tmp_path, body), lib)
    assert 7 not in found.get("preambular-end", [])
    assert 7 in found.get("numbering-absent", [])


def test_an_undecided_lead_ending_with_a_comma_stays_in_the_preamble(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = [*ZH_HEAD, [("大会", "b"), ("，", "b")],
                        [("注意到", "u"), ("许多海岛学校缺少合格的教师；", "")],
                        [("鼓励", "u"), ("于一些国家开通远程课堂的经验，", "")],
                        [("建议", "u"), ("各国开通海岛远程课堂；", "")],
                        [("请", "u"), ("秘书长汇报海岛学校的情况。", "")]]
    found = rules(make(tmp_path, body), lib)
    assert 6 in found.get("preambular-end", [])  # the next lead is undecided too: still the preamble's wrong mark


# -- two draft resolutions in one file ------------------------------------------------------------------------

def test_two_drafts_in_one_file_are_checked_each_on_its_own(tmp_path: Path, lib: library.Library) -> None:
    second: list[Para] = ["Draft Resolution 4.3", "Committee: Fourth Committee", "Topic: Lighthouses on remote coasts",
                          "Sponsors: Norway, Oman", "Signatories: Peru, Fiji, Kenya", ORGAN,
                          [("Noting", "i"), (" that old lenses are sold abroad,", "")],
                          [("1. ", ""), ("Urges", "u"), (" museums to keep old lenses in their home ports;", "")],
                          [("2. ", ""), ("Invites", "u"), (" donors to fund the repair of lantern rooms.", "")]]
    path = make(tmp_path, ["Draft Resolution 4.2", *HEAD, ORGAN, PRE, OP1, OP2, "", *second])
    assert resolution_starts(reader.read(path)) == [0, 10]
    found = rules(path, lib)
    assert "organ-line" not in found and "preambular-after-operative" not in found
    assert "numbering-sequence" not in found  # the second draft's clauses start again at 1, as they should


def test_a_sponsors_line_repeated_at_the_end_is_no_second_draft(tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, ORGAN, PRE, OP1, OP2, "Sponsors: Iceland, Cabo Verde"])
    assert resolution_starts(reader.read(path)) == [0]
