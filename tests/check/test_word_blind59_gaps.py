"""The general causes behind word-blind59's first run (bench/students/word-blind59), on sentences of our own:

* a paragraph numbered by its paragraph style (the w:numPr in the style, as LibreOffice's list styles and Word's
  "List Number" do) is indented as its style says, not as the list level it links says (ECMA-376 Part 1 §17.7.2:
  numbering properties come below the paragraph style), so sub-items in a style of their own that indents them
  under their clause are not "numbered at the margin"; a direct w:numPr keeps the level's indent;
* a lead whose emphasis runs past its verb and stops inside the phrase ("*Noting with* concern", "*Taking into*
  account") is emphasised only in part (lead-emphasis-partial), as "*Calls* upon" was already."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from drafter import check, library
from drafter.word import reader

NS = nsdecls("w")


def _findings(path: Path, lib: library.Library, rule: str) -> list[int]:
    report, _ = check.check_file(path, lib)
    return [f.paragraph for f in report.findings if f.rule == rule]


# ---------------------------------------------------------------- indentation of style-numbered paragraphs


def _abstract(aid: int, fmt: str, text: str) -> str:
    return (f'<w:abstractNum {NS} w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')


def _listed_draft(tmp_path: Path, item_indent: str, direct: bool = False) -> Path:
    """A draft whose clauses are numbered by the style "Clause List" (list 1, "1.") and whose items are numbered by
    the style "Item List" (list 2, "a)", level 0, the same level indent as the clauses'), the items' style
    indenting them by ``item_indent`` (a w:ind, or "" for none); ``direct``: the items carry list 2 themselves."""
    doc = Document()
    styles = doc.styles.element
    styles.append(parse_xml(f'<w:style {NS} w:type="paragraph" w:customStyle="1" w:styleId="ClauseList">'
                            '<w:name w:val="Clause List"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl '
                            'w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'))
    styles.append(parse_xml(f'<w:style {NS} w:type="paragraph" w:customStyle="1" w:styleId="ItemList">'
                            '<w:name w:val="Item List"/><w:basedOn w:val="Normal"/><w:pPr>'
                            + ('' if direct else '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>')
                            + f"{item_indent}</w:pPr></w:style>"))
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for xml in (_abstract(0, "decimal", "%1."), _abstract(1, "lowerLetter", "%1)"),
                f'<w:num {NS} w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
                f'<w:num {NS} w:numId="2"><w:abstractNumId w:val="1"/></w:num>'):
        numbering.append(parse_xml(xml))

    def para(runs: list[tuple[str, bool]], style: str | None = None) -> None:
        p = doc.add_paragraph(style=None)
        ppr = p._p.get_or_add_pPr()
        if style:
            ppr.append(parse_xml(f'<w:pStyle {NS} w:val="{style}"/>'))
            if style == "ItemList" and direct:
                ppr.append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'))
        for text, italic in runs:
            run = p.add_run(text)
            run.italic = italic or None

    for line in ("Committee: Economic and Social Council", "Topic: Safe storage of grain after harvest",
                 "Sponsors: Benin, Nepal", "Signatories: Bolivia, Tonga"):
        para([(line, False)])
    para([("The Economic and Social Council,", True)])
    para([("Noting", True), (" that pests spoil much of the grain kept in open sacks,", False)])
    para([("Aware", True), (" that hermetic bags cost little,", False)])
    para([("Encourages", True), (" Member States to help farmers store grain safely, in particular by:", False)],
         "ClauseList")
    para([("handing out hermetic storage bags;", False)], "ItemList")
    para([("training village storekeepers;", False)], "ItemList")
    para([("Requests", True), (" the Secretary-General to report on progress at the next session.", False)],
         "ClauseList")
    path = tmp_path / "listed.docx"
    doc.save(str(path))
    return path


def test_a_style_numbered_item_takes_its_style_indent_over_its_level(tmp_path: Path) -> None:
    doc = reader.read(_listed_draft(tmp_path, '<w:ind w:left="1440" w:hanging="360"/>'))
    assert doc.paragraphs[7].indent == 720  # the clause: its list level's (its style sets none)
    assert doc.paragraphs[8].indent == 1440  # the item: its style's, not its level's 720


def test_a_directly_numbered_item_keeps_its_level_indent(tmp_path: Path) -> None:
    doc = reader.read(_listed_draft(tmp_path, '<w:ind w:left="1440" w:hanging="360"/>', direct=True))
    assert doc.paragraphs[8].indent == 720


def test_items_indented_by_their_list_style_are_not_at_the_margin(tmp_path: Path, lib: library.Library) -> None:
    path = _listed_draft(tmp_path, '<w:ind w:left="1440" w:hanging="360"/>')
    assert _findings(path, lib, "sub-label-level") == []


def test_items_of_a_list_style_that_does_not_indent_them_still_are(tmp_path: Path, lib: library.Library) -> None:
    assert _findings(_listed_draft(tmp_path, ""), lib, "sub-label-level") == [9]


# ---------------------------------------------------------------- a lead emphasised in part, inside the phrase


def _lead_draft(tmp_path: Path, lead: list[tuple[str, bool]]) -> Path:
    doc = Document()
    for line in ("Committee: Third Committee", "Topic: Reading glasses for older workers", "Sponsors: Chile, Ghana",
                 "Signatories: Fiji"):
        doc.add_paragraph(line)

    def para(runs: list[tuple[str, bool]]) -> None:
        p = doc.add_paragraph()
        for text, italic in runs:
            run = p.add_run(text)
            run.italic = italic or None

    para([("The General Assembly,", True)])
    para([("Recognizing", True), (" that poor eyesight shortens many working lives,", False)])
    para(lead)
    para([("1. ", False), ("Encourages", True), (" employers to offer eye tests at work;", False)])
    para([("2. ", False), ("Requests", True), (" the Secretary-General to report at the next session.", False)])
    path = tmp_path / "lead.docx"
    doc.save(str(path))
    return path


def test_emphasis_stopping_inside_a_longer_lead_is_partial(tmp_path: Path, lib: library.Library) -> None:
    path = _lead_draft(tmp_path, [("Noting with deep", True), (" concern that glasses cost a week's wage,", False)])
    assert _findings(path, lib, "lead-emphasis-partial") == [7]


def test_emphasis_stopping_inside_a_lead_read_whole_is_partial(tmp_path: Path, lib: library.Library) -> None:
    path = _lead_draft(tmp_path, [("Bearing in", True), (" mind that most sight loss can be corrected,", False)])
    assert _findings(path, lib, "lead-emphasis-partial") == [7]


def test_the_verb_alone_or_the_whole_lead_emphasised_is_no_partial_lead(tmp_path: Path,
                                                                         lib: library.Library) -> None:
    for lead in ([("Noting", True), (" with deep concern that glasses cost a week's wage,", False)],
                 [("Noting with deep concern", True), (" that glasses cost a week's wage,", False)],
                 [("Bearing", True), (" in mind that most sight loss can be corrected,", False)],
                 [("Taking note", True), (" of the work of eye clinics,", False)]):
        assert _findings(_lead_draft(tmp_path, lead), lib, "lead-emphasis-partial") == []


def test_fix_emphasises_the_rest_of_a_lead_cut_inside(tmp_path: Path, lib: library.Library) -> None:
    """--fix carries the emphasis on to the lead's last word, and a second run finds nothing to change."""
    from check.test_fix_oracle import oracle

    from drafter.structure.lead import emphasis_of

    path = _lead_draft(tmp_path, [("Noting with deep", True), (" concern that glasses cost a week's wage,", False)])
    problems, fixed = oracle(path, lib, tmp_path)
    assert problems == [] and fixed
    fixed_draft = tmp_path / "lead-fixed.docx"
    assert _findings(fixed_draft, lib, "lead-emphasis-partial") == []
    noting = reader.read(fixed_draft).paragraphs[6]
    assert noting.text.startswith("Noting with deep concern that") and "italic" in emphasis_of(noting, 0, 24)
