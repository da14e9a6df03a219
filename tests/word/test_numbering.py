"""Word's list numbering as Word shows it: shared counts, overrides, restarts, style links, lvlText, formats, caps."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml import parse_xml
from wordlists import CLAUSES, NS, abstract, lvl, num, set_lists, start_override

from drafter.word import reader
from drafter.word.numbering import Assignment, Numbering, styles_by_id


def numbering(*parts: str, styles: str = "") -> Numbering:
    root = parse_xml(f"<w:numbering {NS}>{''.join(parts)}</w:numbering>")
    return Numbering(root, styles_by_id(parse_xml(f"<w:styles {NS}>{styles}</w:styles>")))


def shown(defs: Numbering, assignments: list[Assignment]) -> list[str | None]:
    return [label.text if label is not None else None for label in defs.labels(assignments)]


def test_lower_levels_restart_when_a_higher_level_is_numbered() -> None:
    defs = numbering(abstract(1, CLAUSES), num(1, 1))
    assert shown(defs, [(1, 0), (1, 1), (1, 2), (1, 2), (1, 1), None, (1, 0), (1, 1)]) == \
        ["1.", "(a)", "(i)", "(ii)", "(b)", None, "2.", "(a)"]


def test_instances_of_one_abstract_list_continue_one_count() -> None:
    defs = numbering(abstract(1, CLAUSES), abstract(2, CLAUSES), num(1, 1), num(2, 1), num(3, 2))
    assert shown(defs, [(1, 0), (1, 0), (2, 0), (1, 0)]) == ["1.", "2.", "3.", "4."]
    # another abstract list counts on its own: a clause typed into a second list shows "1." again
    assert shown(defs, [(1, 0), (1, 0), (3, 0), (1, 0)]) == ["1.", "2.", "1.", "3."]
    labels = defs.labels([(1, 0), (2, 0), (3, 0)])
    assert [label.list_id for label in labels if label] == ["1", "1", "2"]


def test_start_override_restarts_the_shared_count_once() -> None:
    """Word's "Restart at 1": the new instance restarts the count where it is first used; later paragraphs of
    either instance continue from there."""
    defs = numbering(abstract(1, CLAUSES), num(1, 1), num(2, 1, start_override(0, 1)))
    assert shown(defs, [(1, 0), (1, 0), (2, 0), (2, 0), (1, 0)]) == ["1.", "2.", "1.", "2.", "3."]
    # the override is the level's start when it restarts later
    defs = numbering(abstract(1, CLAUSES), num(1, 1), num(2, 1, start_override(1, 5)))
    assert shown(defs, [(2, 0), (2, 1), (2, 1), (2, 0), (2, 1)]) == ["1.", "(e)", "(f)", "2.", "(e)"]


def test_level_override_replaces_the_level() -> None:
    override = f'<w:lvlOverride w:ilvl="0">{lvl(0, "upperRoman", "%1)", start=4)}</w:lvlOverride>'
    defs = numbering(abstract(1, CLAUSES), num(1, 1), num(2, 1, override))
    assert shown(defs, [(2, 0), (2, 0), (2, 1)]) == ["IV)", "V)", "(a)"]
    assert defs.level_format(2, 0) == "upperRoman" and defs.level_format(1, 0) == "decimal"


def test_level_restart_settings() -> None:
    never = [lvl(0), lvl(1, "lowerLetter", "(%2)", restart=0)]
    defs = numbering(abstract(1, never), num(1, 1))
    assert shown(defs, [(1, 0), (1, 1), (1, 0), (1, 1)]) == ["1.", "(a)", "2.", "(b)"]
    after_first = [lvl(0), lvl(1, "upperLetter", "%2."), lvl(2, "lowerRoman", "(%3)", restart=1)]
    defs = numbering(abstract(1, after_first), num(1, 1))
    assert shown(defs, [(1, 0), (1, 1), (1, 2), (1, 1), (1, 2), (1, 0), (1, 2)]) == \
        ["1.", "A.", "(i)", "B.", "(ii)", "2.", "(i)"]


def test_level_text_with_several_numbers() -> None:
    outline = [lvl(0, text="%1."), lvl(1, text="%1.%2"), lvl(2, text="%1.%2.%3")]
    defs = numbering(abstract(1, outline), num(1, 1))
    assert shown(defs, [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1), (1, 2)]) == ["1.", "1.1", "1.2", "2.", "2.1", "2.1.1"]
    # a level that was skipped shows its start minus one, as Word does ("1.0.1")
    assert shown(defs, [(1, 0), (1, 2)]) == ["1.", "1.0.1"]
    legal = [lvl(0, "upperRoman", "%1."), lvl(1, "lowerLetter", "%1.%2", legal=True)]
    defs = numbering(abstract(1, legal), num(1, 1))
    assert shown(defs, [(1, 0), (1, 1), (1, 0), (1, 1)]) == ["I.", "1.1", "II.", "2.1"]


@pytest.mark.parametrize(("fmt", "text", "start", "expected"), [
    ("decimal", "%1.", 1, ["1.", "2.", "3."]),
    ("decimalZero", "%1.", 9, ["09.", "10.", "11."]),
    ("lowerLetter", "%1)", 26, ["z)", "aa)", "bb)"]),
    ("upperLetter", "%1.", 1, ["A.", "B.", "C."]),
    ("lowerRoman", "(%1)", 3, ["(iii)", "(iv)", "(v)"]),
    ("upperRoman", "%1.", 8, ["VIII.", "IX.", "X."]),
    ("chineseCounting", "（%1）", 9, ["（九）", "（十）", "（十一）"]),
    ("chineseCounting", "%1、", 99, ["九十九、", "一○○、", "一○一、"]),
    ("chineseCountingThousand", "%1、", 99, ["九十九、", "一百、", "一百零一、"]),
    ("ideographTraditional", "%1、", 1, ["甲、", "乙、", "丙、"]),
    ("decimalEnclosedCircle", "%1", 1, ["①", "②", "③"]),
    ("decimalEnclosedCircleChinese", "%1", 19, ["⑲", "⑳", "21"]),
    ("decimalEnclosedParen", "%1", 1, ["⑴", "⑵", "⑶"]),
    ("decimalEnclosedFullstop", "%1", 1, ["⒈", "⒉", "⒊"]),
    ("ideographEnclosedCircle", "%1", 1, ["㈠", "㈡", "㈢"]),
    ("japaneseCounting", "%1、", 10, ["十、", "十一、", "十二、"]),
    ("japaneseCounting", "%1、", 100, ["百、", "百一、", "百二、"]),
    ("ordinal", "%1", 1, ["1st", "2nd", "3rd"]),
    ("ordinal", "%1", 11, ["11th", "12th", "13th"]),
    ("cardinalText", "%1:", 20, ["Twenty:", "Twenty-one:", "Twenty-two:"]),
    ("cardinalText", "%1:", 105, ["One hundred five:", "One hundred six:", "One hundred seven:"]),
    ("ordinalText", "%1", 19, ["Nineteenth", "Twentieth", "Twenty-first"]),
])
def test_number_formats(fmt: str, text: str, start: int, expected: list[str]) -> None:
    defs = numbering(abstract(1, [lvl(0, fmt, text, start=start)]), num(1, 1))
    assert shown(defs, [(1, 0)] * 3) == expected


def test_bullets_and_levels_without_a_number() -> None:
    levels = [lvl(0, "bullet", "\uf0b7"), lvl(1, "bullet", "o"), lvl(2, "bullet", "–"), lvl(3, "none", "")]
    defs = numbering(abstract(1, levels), num(1, 1))
    labels = defs.labels([(1, 0), (1, 1), (1, 2), (1, 3)])
    assert [(label.text, label.kind) for label in labels if label] == \
        [("•", "bullet"), ("◦", "bullet"), ("–", "bullet"), ("", "number")]


def test_what_a_level_leaves_out() -> None:
    """As Word and LibreOffice show them: a level without w:start counts from 0; one with an empty or missing
    w:lvlText shows no label; one whose number is hidden (w:vanish in its w:rPr) counts but shows nothing."""
    no_start = '<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    empty_text = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val=""/></w:lvl>'
    no_text = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>'
    hidden = ('<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/>'
              '<w:rPr><w:vanish/></w:rPr></w:lvl>')
    defs = numbering(abstract(1, [no_start]), abstract(2, [empty_text]), abstract(3, [no_text]),
                     abstract(4, [lvl(0), hidden, lvl(2, "lowerRoman", "%2.%3")]),
                     num(1, 1), num(2, 2), num(3, 3), num(4, 4))
    assert shown(defs, [(1, 0), (1, 0), (2, 0), (3, 0)]) == ["0.", "1.", "", ""]
    assert shown(defs, [(4, 0), (4, 1), (4, 1), (4, 2)]) == ["1.", "", "", "b.i"]


def test_huge_start_values_stay_cheap() -> None:
    """A w:start of 2·10^10 must not build a label of 10^9 letters or loop over roman numerals."""
    huge = 2 * 10 ** 10
    for fmt in ("decimal", "lowerLetter", "upperRoman", "decimalEnclosedCircle"):
        defs = numbering(abstract(1, [lvl(0, fmt, "%1.", start=huge)]), num(1, 1))
        assert shown(defs, [(1, 0), (1, 0)]) == [f"{huge}.", f"{huge + 1}."], fmt
    defs = numbering(abstract(1, [lvl(0, "chineseCounting", "%1、", start=huge)]), num(1, 1))
    assert shown(defs, [(1, 0)]) == ["二" + "○" * 10 + "、"]  # past 99 Word writes Chinese digits
    defs = numbering(abstract(1, CLAUSES), num(1, 1, start_override(0, huge)))
    assert shown(defs, [(1, 0)]) == [f"{huge}."]


NUMBERING_STYLE = """
<w:style w:type="numbering" w:styleId="ResolutionList"><w:name w:val="Resolution List"/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"""
PARAGRAPH_STYLES = """
<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/>
  <w:pPr><w:numPr><w:numId w:val="2"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Clause2"><w:name w:val="Clause 2"/><w:basedOn w:val="Clause"/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="SubClause"><w:name w:val="Sub Clause"/>
  <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>"""


def test_numbering_style_links_and_paragraph_styles() -> None:
    """An instance of an abstract list that only links a numbering style (w:numStyleLink) counts with the
    abstract list that defines the style (w:styleLink); paragraph styles carry numbering down their chain."""
    defs = numbering(abstract(1, CLAUSES, '<w:styleLink w:val="ResolutionList"/>'),
                     abstract(2, [], '<w:numStyleLink w:val="ResolutionList"/>'),
                     abstract(3, [lvl(0), lvl(1, "lowerLetter", "(%2)", style="SubClause")]),
                     num(1, 1), num(2, 2), num(3, 3),
                     styles=NUMBERING_STYLE + PARAGRAPH_STYLES)
    numpr = parse_xml(f'<w:numPr {NS}><w:numId w:val="0"/></w:numPr>')
    assignments = [defs.assignment(None, "Clause"), defs.assignment(None, "Clause2"), defs.assignment(None, "Clause"),
                   defs.assignment(numpr, "Clause"), defs.assignment(None, "SubClause")]
    assert assignments == [(2, 0), (2, 1), (2, 0), None, (3, 1)]
    assert shown(defs, assignments) == ["1.", "(a)", "2.", None, "(a)"]
    assert shown(defs, [(1, 0), (2, 0)]) == ["1.", "2."]  # both instances count on abstract list 1


def build_docx(tmp_path: Path, numbering_xml: str, paragraphs: list[tuple[str, Assignment | str]]) -> Path:
    """A .docx whose numbering part is ``numbering_xml``; each paragraph is numbered by (numId, level) or a style."""
    doc = Document()
    set_lists(doc, numbering_xml)
    for text, numbered in paragraphs:
        para = doc.add_paragraph(text, style=numbered if isinstance(numbered, str) else None)
        if isinstance(numbered, tuple):
            ppr: Any = para._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{numbered[1]}"/><w:numId w:val="{numbered[0]}"/>'
                                 "</w:numPr>"))
    path = tmp_path / "lists.docx"
    doc.save(str(path))
    return path


def test_the_reader_shows_word_labels(tmp_path: Path) -> None:
    path = build_docx(tmp_path, abstract(1, CLAUSES) + num(1, 1) + num(2, 1, start_override(0, 1)),
                      [("Recalling,", None), ("Requests:", (1, 0)), ("to report;", (1, 1)), ("to act;", (1, 1)),
                       ("Urges;", (1, 0)), ("Decides;", (2, 0)), ("Calls;", (2, 0))])
    doc = reader.read(path)
    assert [(p.label, p.level, p.num_format) for p in doc.paragraphs] == [
        ("", None, ""), ("1.", 0, "decimal"), ("(a)", 1, "lowerLetter"), ("(b)", 1, "lowerLetter"),
        ("2.", 0, "decimal"), ("1.", 0, "decimal"), ("2.", 0, "decimal")]
    assert {p.list_id for p in doc.paragraphs if p.label} == {"1"}
    assert doc.assignments[5] == (2, 0)
    assert doc.numbering is not None
    # the same definitions count another assignment: the restarted clauses joined to the first instance
    changed = [(1, 0) if a == (2, 0) else a for a in doc.assignments]
    assert [label.text for label in doc.numbering.labels(changed) if label] == ["1.", "(a)", "(b)", "2.", "3.", "4."]


def test_style_numbering_in_a_real_document(tmp_path: Path) -> None:
    """python-docx's template numbers "List Number" through the style; numId 0 on a paragraph removes it."""
    fresh = tmp_path / "fresh.docx"
    doc = Document()
    for text in ("one", "two", "three"):
        doc.add_paragraph(text, style="List Number")
    doc.paragraphs[1]._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {NS}><w:numId w:val="0"/></w:numPr>'))
    doc.save(str(fresh))
    assert [p.label for p in reader.read(fresh).paragraphs] == ["1.", "", "2."]


def test_a_value_that_is_not_a_number_is_a_damaged_file(tmp_path: Path) -> None:
    from drafter.status import DrafterError

    path = build_docx(tmp_path, abstract(1, [lvl(0, start="x")]) + num(1, 1), [("one", (1, 0))])
    with pytest.raises(DrafterError, match="damaged"):
        reader.read(path)
    # also in a list no paragraph uses (Word refuses the file all the same)
    path = build_docx(tmp_path, abstract(1, [lvl(0)]) + abstract(2, [lvl(0, start="x")]) + num(1, 1),
                      [("one", (1, 0))])
    with pytest.raises(DrafterError, match="damaged"):
        reader.read(path)


def test_libreoffice_shows_the_same_labels_for_levels_word_writes_less_often(tmp_path: Path) -> None:
    """Levels without w:start or w:lvlText, English words and Japanese counting, legal Chinese and circled digits:
    LibreOffice's text export shows the labels the reader computes (where LibreOffice and Word agree: not for
    w:isLgl, hidden levels, skipped levels, full-width or parenthesised digits, which LibreOffice shows otherwise)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        pytest.skip("LibreOffice not installed (outside CI)")
    levels = [
        '<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>',
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val=""/></w:lvl>',
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>',
        lvl(0, "ordinal", "%1"), lvl(0, "cardinalText", "%1:"), lvl(0, "ordinalText", "%1:", start=20), lvl(0, "cardinalText", "%1:", start=1234),
        lvl(0, "japaneseCounting", "%1、", start=10), lvl(0, "chineseLegalSimplified", "%1、"),
        lvl(0, "decimalEnclosedCircle", "%1"), lvl(0, "decimalZero", "%1.", start=9),
        lvl(0, "lowerLetter", "%1)", start=0), lvl(0, "taiwaneseCountingThousand", "（%1）", start=11),
    ]
    xml = "".join(abstract(i, [level]) + num(i, i) for i, level in enumerate(levels, 1))
    path = build_docx(tmp_path, xml, [(f"item {i}", (i, 0)) for i in range(1, len(levels) + 1) for _ in range(2)])
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), str(path)], check=True, capture_output=True,
                   timeout=300)
    lines = (tmp_path / "lists.txt").read_text(encoding="utf-8-sig").splitlines()
    paragraphs = reader.read(path).paragraphs
    assert [p.label for p in paragraphs] == [line.strip()[: -len(p.text)].strip()
                                             for line, p in zip(lines, paragraphs, strict=True)]
    assert [p.label for p in paragraphs][::2] == ["0.", "", "", "1st", "One:", "Twentieth:", "One thousand two hundred thirty-four:", "十、", "壹、", "①",
                                                  "09.", "0)", "（十一）"]


def test_a_paragraphs_indent_is_its_own_else_its_list_levels_else_its_styles(tmp_path: Path) -> None:
    """Word applies the paragraph's own w:ind over its list level's, and the level's over its style's."""
    indented = lvl(0, "lowerLetter", "(%1)").replace("</w:lvl>", '<w:pPr><w:ind w:left="1440" w:hanging="360"/>'
                                                     "</w:pPr></w:lvl>")
    doc = Document()
    set_lists(doc, abstract(1, CLAUSES) + abstract(2, [indented]) + num(1, 1) + num(2, 2))
    quote = doc.styles.add_style("Quoted", 1)
    quote.element.append(parse_xml(f'<w:pPr {NS}><w:ind w:left="567"/></w:pPr>'))
    texts = ["plain", "numbered by a level without indent", "numbered by an indented level", "own indent",
             "a style's indent", "own over the style's"]
    paragraphs = [doc.add_paragraph(t) for t in texts]
    for para, (num_id, level) in zip(paragraphs[1:4], [(1, 0), (2, 0), (2, 0)], strict=True):
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    paragraphs[3]._p.get_or_add_pPr().append(parse_xml(f'<w:ind {NS} w:start="2880"/>'))
    for para in paragraphs[4:]:
        para.style = quote
    paragraphs[5]._p.get_or_add_pPr().append(parse_xml(f'<w:ind {NS} w:left="0"/>'))
    doc.save(str(tmp_path / "indents.docx"))
    assert [p.indent for p in reader.read(tmp_path / "indents.docx").paragraphs] == \
        [None, None, 1440, 2880, 567, 0]
