"""The general causes behind word-blind46's first-run misses and false alarms (bench/students/word-blind46), on
sentences of our own: a draft typed over a UN document downloaded as Word — its masthead (symbol, "Distr.: …",
"Original: …") left in a table of the first page's header, the old document's agenda item line left above the
draft's own, and a Chinese organ line set off in 楷体 as the UN's Chinese texts print it."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml.ns import qn

from drafter import library
from drafter.structure import guess_profile
from drafter.word import reader

BODY: list[Para] = ["Eighty-first session", "Second Committee", "Agenda item 19 (d)",
                    "Sustainable development: desertification", "Mali and Niger: draft resolution",
                    "Sand and dust storms in the Sahel",
                    [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that dust storms close schools and clinics for days at a time,", "")],
                    [("1. ", ""), ("Encourages", "i"), (" States of the Sahel to share dust forecasts;", "")],
                    [("2. ", ""), ("Requests", "i"), (" the Secretary-General to report on dust storms.", "")]]


def _first_page_masthead(path: Path, rows: list[list[str]]) -> Path:
    """Put a masthead table in the header of the first page (w:titlePg), as a UN document downloaded as Word has it:
    each row's cells, each cell's lines."""
    doc = Document(str(path))
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    header = section.first_page_header
    table = header.add_table(rows=len(rows), cols=2, width=section.page_width - section.left_margin
                             - section.right_margin)
    for row, cells in zip(table.rows, rows):
        for cell, lines in zip(row.cells, cells):
            cell.paragraphs[0].text = lines.split("|")[0]
            for line in lines.split("|")[1:]:
                cell.add_paragraph(line)
    section.header.paragraphs[0].text = rows[0][1].split("|")[0]  # the other pages' header: the symbol
    doc.save(str(path))
    return path


MASTHEAD = [["United Nations", "A/C.2/81/L.9"], ["General Assembly", "Distr.: Limited|5 October 2026|Original: English"]]


# -- the masthead in the first page's header ----------------------------------------------------------------------

def test_a_masthead_in_the_first_page_header_makes_a_un_draft(tmp_path: Path, lib: library.Library) -> None:
    path = _first_page_masthead(make(tmp_path, BODY, "header.docx"), MASTHEAD)
    assert guess_profile(reader.read(path), "en") == "un"
    found = rules(path, lib)
    # its symbol, distribution line and original language are read in the header: none is missing, none wrong
    assert "heading-missing" not in found
    assert "distribution-line" not in found


def test_general_distribution_in_the_header_of_a_draft_is_reported(tmp_path: Path, lib: library.Library) -> None:
    general = [MASTHEAD[0], ["General Assembly", "Distr.: General|5 October 2026|Original: English"]]
    path = _first_page_masthead(make(tmp_path, BODY, "general.docx"), general)
    assert rules(path, lib).get("distribution-line") == [1]  # on the first body line: the header is not the body


def test_a_conference_heading_with_no_distribution_line_in_the_header_stays_a_conference_draft(
        tmp_path: Path) -> None:
    path = _first_page_masthead(make(tmp_path, ["Committee: Second Committee", "Topic: Dust storms",
                                                "Sponsors: Mali, Niger", *BODY[6:]], "mun.docx"),
                                [["Model United Nations 2026", "DR 2.1"], ["Second Committee", "Page 1"]])
    assert guess_profile(reader.read(path), "en") != "un"


# -- the old document's agenda item line left above the draft's own ---------------------------------------------

def test_an_agenda_item_line_over_another_is_reported_once(tmp_path: Path, lib: library.Library) -> None:
    body = [*BODY[:2], "Agenda item 23", *BODY[2:]]
    path = _first_page_masthead(make(tmp_path, body, "agenda.docx"), MASTHEAD)
    assert rules(path, lib).get("agenda-repeated") == [3]
    single = _first_page_masthead(make(tmp_path, BODY, "single.docx"), MASTHEAD)
    assert "agenda-repeated" not in rules(single, lib)


# -- a Chinese organ line in 楷体 ------------------------------------------------------------------------------

ZH_HEAD: list[Para] = ["A/C.2/81/L.9", "Distr.: Limited", "5 October 2026", "Chinese", "Original: English",
                       "第八十一届会议", "议程项目19(d)", "可持续发展：荒漠化", "马里和尼日尔：决议草案", "萨赫勒地区的沙尘暴"]
ZH_TEXT: list[Para] = [[("大会", ""), ("，", "")],
                       [("注意到", ""), ("沙尘暴常使学校和诊所连续数日关闭，", "")],
                       [("1. ", ""), ("鼓励", ""), ("萨赫勒国家分享沙尘预报；", "")],
                       [("2. ", ""), ("请", ""), ("秘书长就沙尘暴情况提出报告。", "")]]


def _faces(path: Path, runs: dict[tuple[int, int], str]) -> Path:
    """Give runs (paragraph, run; 0-based) an East Asian face."""
    doc = Document(str(path))
    for (para, run), face in runs.items():
        doc.paragraphs[para].runs[run]._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    doc.save(str(path))
    return path


def test_a_chinese_organ_line_set_off_in_kaiti_is_emphasised(tmp_path: Path, lib: library.Library) -> None:
    organ, leads = len(ZH_HEAD), {(len(ZH_HEAD) + 1, 0): "KaiTi", (len(ZH_HEAD) + 2, 1): "KaiTi",
                                  (len(ZH_HEAD) + 3, 1): "KaiTi"}
    path = _faces(make(tmp_path, [*ZH_HEAD, *ZH_TEXT], "kaiti.docx"), {(organ, 0): "KaiTi", **leads})
    assert "organ-emphasis" not in rules(path, lib)
    path = _faces(make(tmp_path, [*ZH_HEAD, *ZH_TEXT], "kaiti-zh.docx"), {(organ, 0): "楷体", **leads})
    assert "organ-emphasis" not in rules(path, lib)
    # in the body's own face the name is not set off
    plain = _faces(make(tmp_path, [*ZH_HEAD, *ZH_TEXT], "plain.docx"), leads)
    assert rules(plain, lib).get("organ-emphasis") == [organ + 1]
