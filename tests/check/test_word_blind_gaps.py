"""General causes behind the misses and false alarms of the blind Word-numbering set (bench/students/word-blind),
each tested with paragraphs of our own numbered the ways students' files are."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, ORGAN, PRE, Para, findings
from docmaker import make
from docx import Document
from wordlists import CLAUSES, abstract, lvl, num, number, set_lists

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

LISTS = abstract(1, CLAUSES) + num(1, 1)
HEAD = [*EN_HEAD, ORGAN, PRE]  # paragraphs 1-6
FUND = [("Invites", "u"), (" regional banks to fund shelters for victims of online fraud;", "")]
HELP = [("Asks", "u"), (" the Office to help States by:", "")]
LAST = [("Urges", "u"), (" Member States to report on their progress.", "")]


def numbered(tmp_path: Path, paragraphs: list[Para], lists: dict[int, tuple[int, int]], xml: str) -> Path:
    """A draft of ``paragraphs`` whose paragraphs at the 0-based positions ``lists`` names Word numbers."""
    path = make(tmp_path, paragraphs, "numbered.docx")
    doc = Document(str(path))
    set_lists(doc, xml)
    for position, (num_id, level) in lists.items():
        number(doc.paragraphs[position], num_id, level)
    doc.save(str(path))
    return path


def found(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    return [(f.paragraph, f.rule) for f in findings(path, lib) if f.severity in ("error", "warning")]


# -- sub-labels are judged also when a typed clause number stands among Word's -----------------------------------

def test_a_sub_list_starting_at_c_is_found_beside_a_typed_clause_number(lib: library.Library, tmp_path: Path) -> None:
    """A typed "2." between Word-numbered clauses once stopped every sub-label check of the draft."""
    lists = LISTS + abstract(2, [lvl(0, start=3), lvl(1, "lowerLetter", "(%2)", start=3)]) + num(2, 2)
    typed = [("2. ", ""), ("Encourages", "u"), (" banks to refund victims of card fraud;", "")]
    path = numbered(tmp_path, [*HEAD, FUND, typed, HELP, "drafting model laws on seized servers;",
                               "training staff of data protection authorities;", LAST],
                    {6: (1, 0), 8: (2, 0), 9: (2, 1), 10: (2, 1), 11: (2, 0)}, lists)
    assert [p.label for p in reader.read(path).paragraphs][6:12] == ["1.", "", "3.", "(c)", "(d)", "4."]
    result = found(path, lib)
    assert (8, "numbering-mixed") in result and (10, "sub-label-sequence") in result
    assert (11, "sub-label-sequence") not in result


# -- a typed label after Word's own on a sub-paragraph ------------------------------------------------------------

def test_a_typed_letter_after_words_letter_is_one_finding(lib: library.Library, tmp_path: Path) -> None:
    path = numbered(tmp_path, [*HEAD, HELP, "a. drafting model laws on seized servers;",
                               "(b) training staff of data protection authorities;", LAST],
                    {6: (1, 0), 7: (1, 1), 8: (1, 1), 9: (1, 0)}, LISTS)
    assert found(path, lib) == [(8, "sub-label-doubled"), (9, "sub-label-doubled")]
    report, doc = check.check_file(path, lib)
    assert report.findings[0].message == "the sub-paragraph shows two labels, Word's '(a)' and the typed 'a.'; " \
        "keep one"
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    fixed = reader.read(tmp_path / "fixed.docx").paragraphs
    assert [(p.label, p.text) for p in fixed[7:9]] == [("(a)", "drafting model laws on seized servers;"),
                                                      ("(b)", "training staff of data protection authorities;")]
    assert found(tmp_path / "fixed.docx", lib) == []


def test_words_that_open_a_sub_paragraph_are_no_typed_label(lib: library.Library, tmp_path: Path) -> None:
    path = numbered(tmp_path, [*HEAD, HELP, "5G operators that store traffic data;",
                               "1,000 more trained investigators by 2030;", LAST],
                    {6: (1, 0), 7: (1, 1), 8: (1, 1), 9: (1, 0)}, LISTS)
    assert found(path, lib) == []


def test_a_typed_label_in_chinese_after_words_own(lib: library.Library, tmp_path: Path) -> None:
    from check.test_check_rules import ZH_HEAD, ZH_ORGAN, ZH_PRE

    chapeau = [("请", "u"), ("联合国毒品和犯罪问题办公室：", "")]
    last = [("敦促", "u"), ("会员国开展合作。", "")]
    path = numbered(tmp_path, [*ZH_HEAD, ZH_ORGAN, ZH_PRE, chapeau, "（a）为受害企业设立咨询热线；",
                               "（b）编写恢复数据的指南；", last],
                    {7: (1, 0), 8: (1, 1), 9: (1, 1), 10: (1, 0)}, LISTS)
    report, _ = check.check_file(path, lib)
    doubled = [f for f in report.findings if f.rule == "sub-label-doubled"]
    assert [f.paragraph for f in doubled] == [9, 10]
    assert doubled[0].message == "分段显示两个编号：Word自动编号“(a)”和手动输入的“（a）”，只应保留一个"


# -- an empty paragraph that Word numbers --------------------------------------------------------------------------

def test_an_empty_numbered_paragraph_is_one_finding_and_nothing_after_it(lib: library.Library,
                                                                          tmp_path: Path) -> None:
    path = numbered(tmp_path, [*HEAD, FUND, "", [("Encourages", "u"), (" banks to refund victims;", "")], LAST],
                    {6: (1, 0), 7: (1, 0), 8: (1, 0), 9: (1, 0)}, LISTS)
    assert [p.label for p in reader.read(path).paragraphs][6:10] == ["1.", "2.", "3.", "4."]
    assert found(path, lib) == [(8, "numbering-empty")]
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs][6:10] == ["1.", "", "2.", "3."]
    assert found(tmp_path / "fixed.docx", lib) == []


def test_an_empty_unnumbered_paragraph_between_clauses_is_no_fault(lib: library.Library, tmp_path: Path) -> None:
    path = numbered(tmp_path, [*HEAD, FUND, "", LAST], {6: (1, 0), 8: (1, 0)}, LISTS)
    assert found(path, lib) == []


# -- a sub-list that is a list of its own, indented under its clause (Google Docs exports) -----------------------

def _letters(left: int) -> str:
    """A letter list of its own whose level 0 stands ``left`` twips from the margin (the clauses: 720)."""
    clauses = lvl(0).replace("</w:lvl>", '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>')
    letters = lvl(0, "lowerLetter", "(%1)").replace(
        "</w:lvl>", f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr></w:lvl>')
    return abstract(1, [clauses]) + abstract(3, [letters]) + num(1, 1) + num(3, 3)


def test_a_separate_letter_list_indented_under_its_clause_is_nested(lib: library.Library, tmp_path: Path) -> None:
    paras = [*HEAD, HELP, "drafting model laws on seized servers;", "training staff of data protection authorities;",
             LAST]
    nested = numbered(tmp_path, paras, {6: (1, 0), 7: (3, 0), 8: (3, 0), 9: (1, 0)}, _letters(1440))
    assert found(nested, lib) == []


def test_a_separate_letter_list_at_the_clauses_indent_is_at_the_margin(lib: library.Library, tmp_path: Path) -> None:
    paras = [*HEAD, HELP, "drafting model laws on seized servers;", "training staff of data protection authorities;",
             LAST]
    margin = numbered(tmp_path, paras, {6: (1, 0), 7: (3, 0), 8: (3, 0), 9: (1, 0)}, _letters(720))
    assert found(margin, lib) == [(8, "sub-label-level")]


# -- a sub-clause that Word numbers as the next clause (the clause style given to a sub-clause) -------------------

LINKED_STYLES = """
<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="numbering"
  w:styleId="ClauseList"><w:name w:val="Clause List"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="paragraph"
  w:styleId="Clause"><w:name w:val="Clause"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>
<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="paragraph"
  w:styleId="Item"><w:name w:val="Item"/><w:basedOn w:val="Clause"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr>
  </w:pPr></w:style>
"""


def _styled(tmp_path: Path, paragraphs: list[Para], styles: list[str]) -> Path:
    """A draft numbered through paragraph styles linked to a numbering style (w:numStyleLink / w:styleLink)."""
    from docx.oxml import parse_xml

    path = make(tmp_path, paragraphs, "styled.docx")
    doc = Document(str(path))
    for style in parse_xml(f"<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                           f"{LINKED_STYLES}</w:styles>"):
        doc.styles.element.append(style)
    link = '<w:styleLink w:val="ClauseList"/>'
    set_lists(doc, abstract(1, CLAUSES, link) + abstract(2, [], '<w:numStyleLink w:val="ClauseList"/>')
              + num(5, 1) + num(6, 2))
    for para, style in zip(doc.paragraphs[6:], styles, strict=True):
        para._p.get_or_add_pPr().insert(0, parse_xml(
            f'<w:pStyle xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="{style}"/>'))
    doc.save(str(path))
    return path


ITEMS = ["drafting model laws on seized servers;", "training staff of data protection authorities;"]


def test_a_sub_clause_with_the_clause_style_is_one_finding(lib: library.Library, tmp_path: Path) -> None:
    path = _styled(tmp_path, [*HEAD, HELP, *ITEMS, FUND, LAST], ["Clause", "Item", "Clause", "Clause", "Clause"])
    assert [p.label for p in reader.read(path).paragraphs][6:] == ["1.", "(a)", "2.", "3.", "4."]
    report, doc = check.check_file(path, lib)
    assert [(f.paragraph, f.rule, f.message) for f in report.findings if f.severity != "suggestion"] == [
        (9, "sub-numbered-as-clause", "sub-paragraph numbered '2.' as the next operative paragraph; make it a lower "
                                      "level of the list (Word would show '(b)')")]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs][6:] == ["1.", "(a)", "(b)", "2.", "3."]
    assert found(tmp_path / "fixed.docx", lib) == []


def test_a_clause_after_sub_clauses_stays_a_clause(lib: library.Library, tmp_path: Path) -> None:
    """What follows the items is a clause when it opens with a lead (emphasised or not), or when the item before it
    ends the list with a full stop."""
    plain_lead = "Invites regional banks to fund shelters for victims of online fraud;"
    path = _styled(tmp_path, [*HEAD, HELP, *ITEMS, plain_lead, LAST], ["Clause", "Item", "Item", "Clause", "Clause"])
    assert not [r for r in found(path, lib) if r[1] == "sub-numbered-as-clause"]
    ended = [ITEMS[0][:-1] + ".", "training staff of data protection authorities is also needed;"]
    path = _styled(tmp_path, [*HEAD, HELP, *ended, LAST], ["Clause", "Item", "Clause", "Clause"])
    assert not [r for r in found(path, lib) if r[1] == "sub-numbered-as-clause"]
