"""The general causes behind word-blind33's first-run false alarms (bench/students/word-blind33), on sentences of
our own: the layout a conference booklet or a dais template puts on a draft — a drop cap on the first letter of the
first preambular lead (Word writes the letter as a paragraph of its own, framed with w:dropCap beside the next one),
and the operative part laid out as a table of clauses, the clause number in a cell of its own beside the clause's
cell, under a header row naming the columns."""

from __future__ import annotations

import copy
from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from lxml import etree

from drafter import library
from drafter.word import reader, runtext

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Rooftop gardens in dense cities",
                    "Sponsors: Uruguay, Malta", "Signatories: Fiji, Kenya, Nepal",
                    [("The General Assembly", "i"), (",", "")]]
ZH_HEAD: list[Para] = ["决议草案", "委员会：大会第二委员会", "议题：城市屋顶花园", "起草国：乌拉圭、马耳他", "附议国：斐济、肯尼亚",
                       [("大会", "b"), ("，", "")]]


def _drop_cap(path: Path, at: int, letters: int = 1) -> None:
    """Give paragraph ``at`` (0-based) a drop cap as Word writes it: its first ``letters`` characters move into a
    paragraph of their own before it, framed with w:dropCap="drop", in a 52-point run."""
    doc = Document(str(path))
    p = doc.paragraphs[at]._p
    first = p.find(f"{{{W}}}r")
    text = first.find(f"{{{W}}}t")
    cap = copy.deepcopy(first)
    cap.find(f"{{{W}}}t").text = text.text[:letters]
    text.text = text.text[letters:]
    rpr = cap.find(f"{{{W}}}rPr")
    if rpr is None:
        rpr = etree.Element(f"{{{W}}}rPr")
        cap.insert(0, rpr)
    etree.SubElement(rpr, f"{{{W}}}sz").set(f"{{{W}}}val", "104")
    drop = etree.Element(f"{{{W}}}p")
    ppr = etree.SubElement(drop, f"{{{W}}}pPr")
    frame = etree.SubElement(ppr, f"{{{W}}}framePr")
    for key, value in (("dropCap", "drop"), ("lines", "3"), ("wrap", "around"), ("vAnchor", "text"),
                       ("hAnchor", "text")):
        frame.set(f"{{{W}}}{key}", value)
    drop.append(cap)
    p.addprevious(drop)
    doc.save(str(path))


def test_a_drop_cap_is_the_first_letter_of_the_paragraph_after_it(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, [("Noticing", "i"), (" that flat roofs cover a fifth of the ground in many city centres,", "")],
            [("Aware", "i"), (" that plants on roofs cool the buildings under them in summer,", "")],
            [("1. ", ""), ("Encourages", "i"), (" cities to open public roofs to community gardens;", "")],
            [("2. ", ""), ("Requests", "i"), (" a report on the gardens opened.", "")]]
    path = make(tmp_path, body, "drop.docx")
    _drop_cap(path, 5)
    doc = reader.read(path)
    assert doc.paragraphs[5].text == "" and doc.paragraphs[6].text.startswith("Noticing that flat roofs")
    assert doc.paragraphs[6].runs[0].italic
    found = rules(path, lib)
    assert not {"lead-form", "preambular-end", "sizes-mixed", "empty-clause"} & set(found), found


def test_a_drop_cap_paragraph_is_edited_with_the_paragraph_it_begins(tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, [("Recalling", "i"), (" its earlier work on green roofs;", "")]], "edit.docx")
    _drop_cap(path, 5)
    p = Document(str(path)).element.body.findall(f"{{{W}}}p")[6]
    assert runtext.joined_text(p) == "Recalling its earlier work on green roofs;"
    assert runtext.joins_next(p.getprevious()) and not runtext.joins_next(p)


def test_a_chinese_drop_cap_and_a_missing_comma_after_it(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_HEAD, [("注意到", "u"), ("许多城市中心的平屋顶占地面积的五分之一；", "")],
            [("认识到", "u"), ("屋顶植物在夏季可以降低建筑物的温度，", "")],
            [("1. ", ""), ("鼓励", "u"), ("各城市向社区花园开放公共屋顶；", "")],
            [("2. ", ""), ("请", "u"), ("秘书长报告已开放的屋顶花园。", "")]]
    path = make(tmp_path, body, "zh-drop.docx")
    _drop_cap(path, 6)
    found = rules(path, lib)
    assert found.get("preambular-end") == [8]  # the clause the letter begins, not the letter (paragraph 7)
    assert "sizes-mixed" not in found


def _with_table(tmp_path: Path, before: list[Para], rows: list[list[Para]], name: str) -> Path:
    """A draft of the paragraphs ``before`` and then a table of ``rows`` (each cell one paragraph), with the empty
    paragraph Word keeps after a table at the end of the body."""
    path = make(tmp_path, before, name)
    doc = Document(str(path))
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, spec in zip(row.cells, cells):
            para = cell.paragraphs[0]
            for text, flags in [(spec, "")] if isinstance(spec, str) else spec:
                run = para.add_run(text)
                run.italic = "i" in flags or None
                run.underline = "u" in flags or None
    doc.add_paragraph()
    doc.save(str(path))
    return path


PREAMBLE: list[Para] = [[("Noticing", "i"), (" that flat roofs cover a fifth of the ground in many city centres,", "")],
                        [("Aware", "i"), (" that plants on roofs cool the buildings under them in summer,", "")]]


def test_a_table_of_clauses_with_a_number_column_and_a_header_row(tmp_path: Path, lib: library.Library) -> None:
    rows: list[list[Para]] = [[[("No.", "b")], [("Operative clause", "b")]],
                              ["1.", [("Encourages", "i"), (" cities to open public roofs to community gardens;", "")]],
                              ["2.", [("Invites", "i"), (" builders to plan new roofs for gardens;", "")]],
                              ["3.", [("Requests", "i"), (" a report on the gardens opened;", "")]]]
    path = _with_table(tmp_path, [*HEAD, *PREAMBLE], rows, "table.docx")
    found = rules(path, lib)
    # paragraphs: 8-9 the header row, 10-15 the clauses; the last clause ends with ";" in place of "."
    assert found.get("final-stop") == [15], found
    assert not {"label-alone", "preambular-end", "section-heading", "operative-no-verb", "operative-end"} & set(found)


def test_a_chinese_table_of_clauses_with_items_under_a_clause(tmp_path: Path, lib: library.Library) -> None:
    rows: list[list[Para]] = [["1.", [("敦促", "u"), ("各城市向社区花园开放公共屋顶；", "")]],
                              ["2.", [("请", "u"), ("秘书长：", "")]],
                              ["", "(a) 汇编各城市屋顶花园的数据；"],
                              ["", "(b) 报告已开放的屋顶花园；"],
                              ["3.", [("邀请", "u"), ("各会员国交流经验。", "")]]]
    body = [*ZH_HEAD, [("注意到", "u"), ("许多城市中心的平屋顶占地面积的五分之一，", "")]]
    path = _with_table(tmp_path, body, rows, "zh-table.docx")
    found = rules(path, lib)
    assert not {"label-alone", "preambular-end", "operative-end", "operative-no-verb", "chapeau-colon"} & set(found), \
        found


def test_a_lone_first_number_before_a_chinese_clause_is_the_operative_part(tmp_path: Path,
                                                                           lib: library.Library) -> None:
    """Out of a table the number alone on its line is the fault (label-alone), and the clause it numbers, led by
    "敦促" (which opens either part), is the first operative clause; the items after "3." / "请……：" are its own."""
    body = [*ZH_HEAD, [("注意到", "u"), ("许多城市中心的平屋顶占地面积的五分之一，", "")],
            "1.", [("敦促", "u"), ("各城市向社区花园开放公共屋顶；", "")],
            [("2. ", ""), ("请", "u"), ("秘书长：", "")],
            "(a) 汇编各城市屋顶花园的数据；", "(b) 报告已开放的屋顶花园；",
            [("3. ", ""), ("邀请", "u"), ("各会员国交流经验。", "")]]
    found = rules(make(tmp_path, body, "zh-alone.docx"), lib)
    assert found.get("label-alone") == [8], found
    assert not {"preambular-end", "operative-end"} & set(found), found


def test_items_after_a_number_cut_from_its_clause_are_the_clause_s(tmp_path: Path, lib: library.Library) -> None:
    body = [*HEAD, *PREAMBLE, [("1. ", ""), ("Encourages", "i"), (" cities to open public roofs to gardens;", "")],
            "2.", [("Requests", "i"), (" the Secretary-General:", "")],
            "(a) to gather data on roof gardens;", "(b) to report on the gardens opened;",
            [("3. ", ""), ("Invites", "i"), (" Member States to share their experience.", "")]]
    found = rules(make(tmp_path, body, "cut.docx"), lib)
    assert found.get("label-alone") == [9], found
    assert "operative-end" not in found, found
