"""word-blind57 (bench/students/word-blind57: typed labels laid out with tabs, indents and spaces) had no miss and no
false alarm on its first run. Probing the same theme with drafts of our own showed one general fault: a typed label
followed by a manual line break (Shift+Enter) before its words — the label alone on its line, the clause on the next
line of the same paragraph. The label's own point was read as the end mark of a clause ("3." + break + "Invites …"),
so the checker said a second clause began after a line break without a number of its own (clause-after-break) and
its fix split the paragraph there, leaving "3" alone and numbering the words "4."; a letter or a Chinese 一、 label
before a break was not reported at all. Now the label's point is no clause end, and ``label-alone`` says the label
stands alone on its line (UN-B07, UN-B10, MUN-F06)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

Run = tuple[str, bool]  # text ("\n" a manual line break, "\t" a tab) and whether it is the lead (emphasised)


def _run(text: str, lead: bool, zh: bool) -> str:
    props = ('<w:rFonts w:eastAsia="SimSun"/>' if zh else "") + (("<w:b/>" if zh else "<w:i/>") if lead else "")
    inner = ""
    for piece in text.replace("\n", "\0br\0").replace("\t", "\0tab\0").split("\0"):
        if piece in ("br", "tab"):
            inner += f"<w:{piece}/>"
        elif piece:
            inner += f'<w:t xml:space="preserve">{escape(piece)}</w:t>'
    return f"<w:r><w:rPr>{props}</w:rPr>{inner}</w:r>"


def _draft(tmp_path: Path, paras: list[list[Run]], zh: bool = False) -> Path:
    doc = Document()
    body = doc.element.body
    sect = body[-1]
    for runs in paras:
        xml = "".join(_run(text, lead, zh) for text, lead in runs)
        sect.addprevious(parse_xml(f'<w:p {nsdecls("w")}>{xml}</w:p>'))
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    return path


def _found(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule) for f in report.findings if f.severity in ("error", "warning")]


def _clause(label: str, gap: str, lead: str, rest: str) -> list[Run]:
    return [(label + gap, False), (lead, True), (rest, False)]


EN_HEAD = [[("Committee: Second Committee", False)], [("Topic: Rural broadband", False)],
           [("Sponsors: Chile, Ghana", False)], [("Signatories: Laos, Norway", False)],
           [("The General Assembly,", True)],
           [("Noting", True), (" that a third of rural schools have no connection to the Internet,", False)]]
ZH_HEAD = [[("决议草案", False)], [("委员会：大会第二委员会", False)], [("议题：农村宽带", False)],
           [("起草国：加纳、智利", False)], [("附议国：挪威", False)], [("大会，", True)],
           [("注意到", True), ("三分之一的农村学校没有接入互联网，", False)]]


def _en(third_gap: str = "\t", third_rest: str = " operators to share their towers in remote areas;") -> list[list[Run]]:
    return EN_HEAD + [
        _clause("1.", "\t", "Encourages", " States to map the villages that have no signal;"),
        _clause("2.", "\t", "Calls upon", " donors to fund community networks;"),
        _clause("3.", third_gap, "Invites", third_rest),
        _clause("4.", "\t", "Requests", " the Secretary-General to report on progress at the next session."),
    ]


def test_a_label_then_a_line_break_is_a_label_alone_not_a_second_clause(tmp_path: Path, lib: library.Library) -> None:
    for gap in ("\n", "\t\n", " \n"):
        assert _found(_draft(tmp_path, _en(gap)), lib) == [(9, "label-alone")], repr(gap)


def test_a_label_alone_on_its_line_is_left_for_a_person(tmp_path: Path, lib: library.Library) -> None:
    """Not split at the label's point: the fixed copy keeps the clause as it was (a person takes the break away)."""
    path = _draft(tmp_path, _en("\n"))
    report, doc = check.check_file(path, lib, writes=True)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert texts[6:] == [p.text for p in reader.read(path).paragraphs][6:]
    assert len(texts) == 10 and texts[8].startswith("3.\nInvites")


def test_a_second_clause_after_a_break_is_still_one(tmp_path: Path, lib: library.Library) -> None:
    paras = _en("\t", " operators to share their towers in remote areas;\n") + []
    paras[8] = paras[8] + [("Urges", True), (" regulators to lower the fees for rural licences;", False)]
    assert _found(_draft(tmp_path, paras), lib) == [(9, "clause-after-break")]


def test_a_clause_wrapped_by_a_line_break_in_its_words_is_right(tmp_path: Path, lib: library.Library) -> None:
    assert _found(_draft(tmp_path, _en("\t", " operators to share their towers\nin remote areas;")), lib) == []


def test_a_sub_clause_letter_then_a_line_break(tmp_path: Path, lib: library.Library) -> None:
    paras = EN_HEAD + [
        _clause("1.", "\t", "Encourages", " States to connect rural schools, in particular by:"),
        [("(a)\tbuilding solar-powered masts;", False)],
        [("(b)\nlending equipment to school networks;", False)],
        _clause("2.", "\t", "Requests", " the Secretary-General to report on progress at the next session."),
    ]
    assert _found(_draft(tmp_path, paras), lib) == [(9, "label-alone")]


def test_a_chinese_label_then_a_line_break(tmp_path: Path, lib: library.Library) -> None:
    paras = ZH_HEAD + [
        _clause("1.", "\u3000", "鼓励", "各国绘制没有信号的村庄地图；"),
        _clause("2.", "\n", "促请", "捐助方资助社区网络；"),
        _clause("3.", "\u3000", "请", "秘书长在下届会议上报告进展情况。"),
    ]
    assert _found(_draft(tmp_path, paras, zh=True), lib) == [(9, "label-alone")]


def test_a_chinese_official_document_label_then_a_line_break(tmp_path: Path, lib: library.Library) -> None:
    paras = ZH_HEAD + [
        _clause("一、", "", "鼓励", "各国绘制没有信号的村庄地图；"),
        _clause("二、", "\n", "促请", "捐助方资助社区网络；"),
        _clause("三、", "", "请", "秘书长在下届会议上报告进展情况。"),
    ]
    found = _found(_draft(tmp_path, paras, zh=True), lib)
    assert (9, "label-alone") in found
    assert [rule for _, rule in found if rule != "numbering-form"] == ["label-alone"]
