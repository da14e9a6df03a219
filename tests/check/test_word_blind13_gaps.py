"""The general causes behind word-blind13's first-run misses and false alarms (bench/students/word-blind13), on
sentences of our own: clauses numbered through the Heading 2 style at the second level of a multilevel list linked
to headings (its first level, Heading 1, used by no paragraph), a clause after a table whose number "Set Numbering
Value" fixed in such a list, and words of a clause painted with Word's highlighter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from wordlists import abstract, lvl, num, number, set_lists, start_override

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

EN_HEAD: list[Para] = ["Committee: General Assembly Third Committee", "Topic: Public libraries in small towns",
                       "Sponsors: Estonia, Malawi", "Signatories: Fiji, Honduras, Oman",
                       [("The General Assembly", "i"), (",", "")],
                       [("Recognizing", "i"), (" that a public library is often the only free meeting place in a "
                                                "small town,", "")],
                       [("Noting", "i"), (" that many small libraries close because they have no trained staff,", "")]]
CLAUSES: list[Para] = [
    [("Encourages", "u"), (" Member States to keep at least one public library open in every town;", "")],
    [("Recommends", "u"), (" that libraries offer:", "")],
    "free access to computers and the Internet;",
    "reading hours for young children and their parents;",
    [("Invites", "u"), (" publishers to donate books to libraries in rural areas;", "")],
    [("Requests", "u"), (" the Secretary-General to report on the matter at the next session.", "")],
]
# a multilevel list linked to headings: level 1 Heading 1 "%1.", level 2 Heading 2 "%2.", level 3 Heading 3 "(%3)"
LINKED = abstract(1, [lvl(0, "decimal", "%1.", style="Heading1"), lvl(1, "decimal", "%2.", style="Heading2"),
                      lvl(2, "lowerLetter", "(%3)", style="Heading3")])


def _style_numbered(doc: Any, name: str, num_id: int, level: int) -> None:
    """The paragraph style ``name`` numbered through its own w:numPr (Word's list linked to headings), restyled not
    bold, as a draft's clauses in it are."""
    doc.styles[name].font.bold = False
    ppr = doc.styles[name].element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr)


def _heading_draft(tmp_path: Path, clauses: list[Para], xml: str, styles: dict[int, str],
                   direct: dict[int, tuple[int, int]] | None = None, name: str = "headings.docx") -> Path:
    """EN_HEAD and ``clauses``; ``styles``: position in ``clauses`` → "Heading 2" / "Heading 3", numbered through
    the styles (Heading 2 at level 2, Heading 3 at level 3 of list 1); ``direct``: position → (numId, level)."""
    path = make(tmp_path, [*EN_HEAD, *clauses], name)
    doc = Document(str(path))
    set_lists(doc, xml)
    _style_numbered(doc, "Heading 2", 1, 1)
    _style_numbered(doc, "Heading 3", 1, 2)
    for position, style in styles.items():
        doc.paragraphs[len(EN_HEAD) + position].style = doc.styles[style]
    for position, (num_id, level) in (direct or {}).items():
        number(doc.paragraphs[len(EN_HEAD) + position], num_id, level)
    doc.save(str(path))
    return path


HEADINGS = {0: "Heading 2", 1: "Heading 2", 2: "Heading 3", 3: "Heading 3", 4: "Heading 2", 5: "Heading 2"}


# -- clauses in Heading 2 at the second level of a list linked to headings ---------------------------------------------

def test_heading2_clauses_at_the_second_level_of_a_linked_list_are_numbered_clauses(
        tmp_path: Path, lib: library.Library) -> None:
    path = _heading_draft(tmp_path, CLAUSES, LINKED + num(1, 1), HEADINGS)
    found = rules(path, lib)
    assert not {"numbering-absent", "operative-no-verb", "operative-end", "preambular-numbered",
                "sub-label-style", "sub-label-level", "numbering-sequence"} & set(found), found
    report, _ = check.check_file(path, lib)
    assert not report.notes  # read by its numbers, not by its lead phrases


def test_a_number_set_after_a_table_in_a_linked_list_is_renumbered(tmp_path: Path, lib: library.Library) -> None:
    # clauses 3 and 4 in a second instance that "Set Numbering Value" made start at 5 (one is expected)
    xml = LINKED + num(1, 1) + num(2, 1, start_override(1, 5))
    path = _heading_draft(tmp_path, CLAUSES, xml, HEADINGS, direct={4: (2, 1), 5: (2, 1)})
    assert rules(path, lib).get("numbering-sequence") == [12]
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", False)
    labels = [p.label for p in reader.read(tmp_path / "fixed.docx").paragraphs[len(EN_HEAD):]]
    assert labels == ["1.", "2.", "(a)", "(b)", "3.", "4."]
    assert "numbering-sequence" not in rules(tmp_path / "fixed.docx", lib)


def test_a_list_used_only_at_its_second_level_without_a_style_link_keeps_its_levels(
        tmp_path: Path, lib: library.Library) -> None:
    # clauses in list 1 at level 1; sub-paragraphs at level 2 of a separate letter list whose levels are linked to no
    # style: the sub-list is no outline of its own, its items stay under their clause
    xml = abstract(1, [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)")]) \
        + abstract(2, [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1) + num(2, 2)
    path = make(tmp_path, [*EN_HEAD, *CLAUSES], "sublist.docx")
    doc = Document(str(path))
    set_lists(doc, xml)
    for position, place in {0: (1, 0), 1: (1, 0), 2: (2, 1), 3: (2, 1), 4: (1, 0), 5: (1, 0)}.items():
        number(doc.paragraphs[len(EN_HEAD) + position], *place)
    doc.save(str(path))
    found = rules(path, lib)
    assert not {"numbering-sequence", "operative-no-verb", "numbering-absent"} & set(found), found


# -- highlighted words --------------------------------------------------------------------------------------------------

def _highlight(path: Path, position: int, words: str, colour: str = "yellow") -> None:
    """Paint the run holding ``words`` in paragraph ``position`` (0-based) with Word's highlighter."""
    doc = Document(str(path))
    for run in doc.paragraphs[position].runs:
        if words in run.text:
            before, after = run.text.split(words, 1)
            run.text = before
            painted = OxmlElement("w:r")
            run._r.addnext(painted)
            rpr = OxmlElement("w:rPr")
            mark = OxmlElement("w:highlight")
            mark.set(qn("w:val"), colour)
            rpr.append(mark)
            painted.append(rpr)
            text = OxmlElement("w:t")
            text.text = words
            text.set(qn("xml:space"), "preserve")
            painted.append(text)
            tail = OxmlElement("w:r")
            tail_text = OxmlElement("w:t")
            tail_text.text = after
            tail_text.set(qn("xml:space"), "preserve")
            tail.append(tail_text)
            painted.addnext(tail)
            break
    else:
        raise AssertionError(words)
    doc.save(str(path))


def _numbered(tmp_path: Path, paragraphs: list[Para], first: int, name: str) -> Path:
    path = make(tmp_path, paragraphs, name)
    doc = Document(str(path))
    set_lists(doc, abstract(1, [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)")]) + num(1, 1))
    for paragraph in doc.paragraphs[first:]:
        number(paragraph, 1, 0)
    doc.save(str(path))
    return path


def test_highlighted_words_in_a_clause_are_emphasis_in_the_text(tmp_path: Path, lib: library.Library) -> None:
    clauses = [CLAUSES[0], CLAUSES[4], CLAUSES[5]]
    path = _numbered(tmp_path, [*EN_HEAD, *clauses], len(EN_HEAD), "en.docx")
    _highlight(path, len(EN_HEAD) + 1, "in rural areas")
    assert rules(path, lib).get("emphasis-in-text") == [len(EN_HEAD) + 2]


def test_highlighted_words_in_a_chinese_clause_are_emphasis_in_the_text(tmp_path: Path,
                                                                        lib: library.Library) -> None:
    paragraphs: list[Para] = ["决议草案", "委员会：联合国大会第三委员会", "议题：小城镇的公共图书馆", "起草国：爱沙尼亚、马拉维",
                              "附议国：斐济、洪都拉斯、阿曼", [("大会", "b"), ("，", "")],
                              [("认识到", "u"), ("公共图书馆往往是小城镇唯一免费的聚会场所，", "")],
                              [("鼓励", "u"), ("会员国在每个城镇至少保留一所公共图书馆；", "")],
                              [("请", "u"), ("秘书长在下届会议上报告此事。", "")]]
    path = _numbered(tmp_path, paragraphs, 7, "zh.docx")
    _highlight(path, 7, "至少", "green")
    assert rules(path, lib).get("emphasis-in-text") == [8]


def test_a_highlight_set_to_none_is_no_emphasis(tmp_path: Path, lib: library.Library) -> None:
    clauses = [CLAUSES[0], CLAUSES[4], CLAUSES[5]]
    path = _numbered(tmp_path, [*EN_HEAD, *clauses], len(EN_HEAD), "none.docx")
    _highlight(path, len(EN_HEAD) + 1, "in rural areas", "none")
    assert "emphasis-in-text" not in rules(path, lib)


def test_a_highlight_in_a_sub_paragraph_is_found_there(tmp_path: Path, lib: library.Library) -> None:
    path = _heading_draft(tmp_path, CLAUSES, LINKED + num(1, 1), HEADINGS, name="sub.docx")
    _highlight(path, len(EN_HEAD) + 3, "young children")
    assert rules(path, lib).get("emphasis-in-text") == [len(EN_HEAD) + 4]
