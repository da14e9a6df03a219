"""The checker on awkward input: tracked changes, tables, text boxes, big documents, real UN texts."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml

from drafter import check, library

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _para(doc: Document, text: str, italic_prefix: int = 0) -> None:
    p = doc.add_paragraph()
    if italic_prefix:
        p.add_run(text[:italic_prefix]).italic = True
        p.add_run(text[italic_prefix:])
    else:
        p.add_run(text)


def test_tracked_changes_tables_and_text_boxes(run, tmp_path: Path) -> None:
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "E/CN.15/2027/L.2"
    table.cell(0, 1).text = "Distr.: Limited"
    for text in ("Original: English", "Commission on Crime Prevention and Criminal Justice",
                 "Brazil and Chile: draft resolution", "Cybercrime"):
        _para(doc, text)
    _para(doc, "The Commission on Crime Prevention and Criminal Justice,", 55)
    p = doc.add_paragraph()
    p.add_run("Recalling").italic = True
    p.add_run(" its resolution ")
    # a tracked insertion and a tracked deletion inside the paragraph
    p._p.append(parse_xml(f'<w:ins {W_NS} w:id="1" w:author="A" w:date="2027-01-01T00:00:00Z">'
                          f'<w:r><w:t>22/7</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {W_NS} w:id="2" w:author="A" w:date="2027-01-01T00:00:00Z">'
                          f'<w:r><w:delText>22/8</w:delText></w:r></w:del>'))
    p.add_run(",")
    q = doc.add_paragraph()
    q.add_run("1. ")
    q.add_run("Requests").italic = True
    q.add_run(" the Office to act.")
    # a text box anchored in the last paragraph must not leak its text into it
    q._p.append(parse_xml(f'<w:r {W_NS}><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
                          f'<w:txbxContent><w:p><w:r><w:t>BOX TEXT;</w:t></w:r></w:p></w:txbxContent>'
                          f'</v:textbox></v:shape></w:pict></w:r>'))
    path = tmp_path / "tracked.docx"
    doc.save(str(path))
    status, out, err = run("check", str(path), "--format", "line")
    assert "Traceback" not in out + err
    assert status == 0, out + err


def test_five_thousand_paragraphs(lib: library.Library, tmp_path: Path) -> None:
    doc = Document()
    for text in ("Committee: CCPCJ", "Topic: Cybercrime", "Sponsors: Brazil", "Signatories: Chile"):
        _para(doc, text)
    _para(doc, "The Commission on Crime Prevention and Criminal Justice,", 55)
    for i in range(2500):
        _para(doc, f"Recalling its resolution {i} of the year {1000 + i},", 9)
    for i in range(1, 2500):
        _para(doc, f"{i}. Requests the Office to report on item {i};", 0)
    _para(doc, "2500. Requests the Office to report once more.", 0)
    path = tmp_path / "big.docx"
    doc.save(str(path))
    report, _ = check.check_file(path, lib)
    rules = {f.rule for f in report.findings}
    assert rules == {"lead-emphasis"}  # operative lead phrases are not emphasised
    assert sum(1 for f in report.findings if f.rule == "lead-emphasis") == 2500


ADOPTED_EN = [
    ("A/RES/74/247", 0), ("Distr.: General", 0), ("20 January 2020", 0),
    ("Seventy-fourth session", 0), ("Agenda item 107", 0),
    ("Resolution adopted by the General Assembly on 27 December 2019", 0),
    ("[on the report of the Third Committee (A/74/401)]", 0),
    ("74/247. Countering the use of information and communications technologies for criminal purposes", 0),
    ("The General Assembly,", 20),
    ("Guided by the purposes and principles of the Charter of the United Nations,", 9),
    ("Recalling its resolutions 55/63 of 4 December 2000 and 56/121 of 19 December 2001 on combating the criminal "
     "misuse of information technologies, 64/211 of 21 December 2009 and 65/230 of 21 December 2010,", 9),
    ("Noting with concern the increase in the rate and complexity of cybercrime,", 19),
    ("1. Decides to establish an open-ended ad hoc intergovernmental committee of experts, representative of all "
     "regions, to elaborate a comprehensive international convention on countering the use of information and "
     "communications technologies for criminal purposes, taking into full consideration existing international "
     "instruments and efforts at the national, regional and international levels;", (3, 10)),
    ("2. Also decides that the ad hoc committee shall convene a three-day organizational session in August 2020, "
     "in New York;", (3, 15)),
    ("3. Requests the Secretary-General to allocate the necessary resources for the organization and conduct of "
     "the sessions of the ad hoc committee.", (3, 11)),
    ("52nd plenary meeting", 0), ("27 December 2019", 0),
]


def _adopted(tmp_path: Path, paragraphs: list, bold: bool, name: str) -> Path:
    doc = Document()
    for text, emphasis in paragraphs:
        p = doc.add_paragraph()
        if isinstance(emphasis, tuple):
            start, end = emphasis
            p.add_run(text[:start])
            lead = p.add_run(text[start:end])
            lead.bold, lead.italic = (True, None) if bold else (None, True)
            p.add_run(text[end:])
        elif emphasis:
            lead = p.add_run(text[:emphasis])
            lead.bold, lead.italic = (True, None) if bold else (None, True)
            p.add_run(text[emphasis:])
        else:
            p.add_run(text)
    path = tmp_path / name
    doc.save(str(path))
    return path


def test_real_adopted_un_resolution_en(lib: library.Library, tmp_path: Path) -> None:
    """A/RES/74/247 as adopted (excerpt, lead words italic): no error under the un profile."""
    path = _adopted(tmp_path, ADOPTED_EN, bold=False, name="a-res-74-247.docx")
    report, _ = check.check_file(path, lib, profile="un")
    errors = [f for f in report.findings if f.severity == "error"]
    assert errors == [], errors


ADOPTED_ZH = [
    ("A/RES/74/247", 0), ("Distr.: General", 0), ("20 January 2020", 0), ("第七十四届会议", 0), ("议程项目107", 0),
    ("2019年12月27日大会决议", 0), ("[根据第三委员会的报告(A/74/401)通过]", 0),
    ("74/247. 打击为犯罪目的使用信息和通信技术", 0),
    ("大会，", 2),
    ("遵循《联合国宪章》的宗旨和原则，", 2),
    ("回顾其2000年12月4日第55/63号和2001年12月19日第56/121号关于打击滥用信息技术的犯罪行为的决议，", 2),
    ("关切地注意到网络犯罪的发生率和复杂程度都在增加，", 6),
    ("1. 决定设立一个代表所有区域的不限成员名额特设政府间专家委员会，拟订一项关于打击为犯罪目的使用信息和通信技术的全面国际公约，"
     "同时充分考虑到国家、区域和国际各级现有的国际文书和努力；", (3, 5)),
    ("2. 又决定特设委员会应于2020年8月在纽约召开为期三天的组织会议；", (3, 6)),
    ("3. 请秘书长为特设委员会各届会议的组织和开展工作分配必要的资源。", (3, 4)),
    ("2019年12月27日", 0), ("第52次全体会议", 0),
]


def test_real_adopted_un_resolution_zh(lib: library.Library, tmp_path: Path) -> None:
    path = _adopted(tmp_path, ADOPTED_ZH, bold=True, name="a-res-74-247-zh.docx")
    report, _ = check.check_file(path, lib, profile="un")
    errors = [f for f in report.findings if f.severity == "error"]
    assert errors == [], errors
