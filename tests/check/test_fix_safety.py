"""What ``--fix`` must never do, each with the draft that once made it: change text its fix does not name,
touch the wrong paragraph of a draft with tracked changes, convert traditional characters, shorten a State's
formal name, make a typed sub-list operative paragraphs, leave a space after a full-width comma, or put a
missing end mark at the start of a paragraph."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import GOOD_EN, Para, findings, make, replace
from docx import Document
from lxml import etree

from drafter import check, library
from drafter.bilingual import Text
from drafter.check import fix
from drafter.check.report import Correction, Finding, Report
from drafter.word import edit, reader, revisions, runtext, tracked_paragraphs

W = runtext.w
ZH_HEAD = ["决议草案", "委员会：大会第三委员会", "议题：难民问题", "起草国：中国", "附议国：巴西"]


def _fix(path: Path, lib: library.Library, tmp_path: Path) -> tuple[list[Finding], list[Finding], Path]:
    report, doc = check.check_file(path, lib)
    out = tmp_path / f"{path.stem}-fixed.docx"
    fixed, rest = fix.fix(report, doc, out, force=True)
    return fixed, rest, out


def _texts(path: Path) -> list[str]:
    return [p.text for p in reader.read(path).paragraphs]


def _element_texts(path: Path) -> list[str]:
    """The current text of every w:p of the body as it stands (not joined)."""
    return [runtext.current_text(p) for p in Document(str(path)).element.body.iter(W("p"))]


def test_missing_end_mark_goes_at_the_end_of_a_paragraph_ending_with_a_space(lib: library.Library,
                                                                            tmp_path: Path) -> None:
    paragraphs: list[Para] = [*GOOD_EN[:5], [("Recalling", "i"), (" its resolution 22/7 ", "")],
                              [("1. ", ""), ("Requests", "u"), (" the Office to report  ", "")],
                              [("2. ", ""), ("Urges", "u"), (" Member States to cooperate\u00a0", "")]]
    fixed, rest, out = _fix(make(tmp_path, paragraphs, "spaces.docx"), lib, tmp_path)
    assert {f.rule for f in fixed} == {"preambular-end", "operative-end", "final-stop"} and rest == []
    assert _texts(out)[5:] == ["Recalling its resolution 22/7, ", "1. Requests the Office to report;  ",
                               "2. Urges Member States to cooperate.\u00a0"]


def test_a_full_width_comma_takes_the_spaces_around_the_half_width_one(lib: library.Library, tmp_path: Path) -> None:
    paragraphs: list[Para] = [*ZH_HEAD, "大会，", [("回顾", "u"), ("其决议，", "")],
                              [("1. ", ""), ("请", "u"), ("各国在接收难民时, 充分考虑其需求 ; 并提出报告；", "")],
                              [("2. ", ""), ("决定", "u"), ("继续处理此案。", "")]]
    fixed, rest, out = _fix(make(tmp_path, paragraphs, "zh.docx"), lib, tmp_path)
    assert [f.rule for f in fixed] == ["half-width-zh", "half-width-zh"] and rest == []
    assert _texts(out)[7] == "1. 请各国在接收难民时，充分考虑其需求；并提出报告；"


def test_a_full_width_end_mark_takes_the_spaces_around_the_mark_it_replaces(lib: library.Library,
                                                                           tmp_path: Path) -> None:
    paragraphs: list[Para] = [*ZH_HEAD, "大会，", [("回顾", "u"), ("其决议 ; ", "")],
                              [("1. ", ""), ("请", "u"), ("各国充分考虑难民的需求 ", "")],
                              [("2. ", ""), ("决定", "u"), ("继续处理此案。", "")]]
    fixed, rest, out = _fix(make(tmp_path, paragraphs, "zh-end.docx"), lib, tmp_path)
    assert {f.rule for f in fixed} == {"preambular-end", "operative-end"} and rest == []
    assert _texts(out)[6:8] == ["回顾其决议，", "1. 请各国充分考虑难民的需求；"]


def test_traditional_characters_are_never_converted(lib: library.Library, tmp_path: Path) -> None:
    paragraphs: list[Para] = ["決議草案", "委員會：安全理事會", "議題：格魯吉亞局勢", "起草國：泰國", "附議國：中國",
                              "安全理事會，", [("回顧", "b"), ("其所有相關決議，", "")], [("承認", "b"), ("聯合國的作用，", "")],
                              [("1. ", ""), ("要求", "b"), ("各方立即停火；", "")], [("2. ", ""), ("決定", "b"), ("繼續處理此案。", "")]]
    path = make(tmp_path, paragraphs, "trad.docx")
    assert not [f for f in findings(path, lib) if f.rule == "lead-misspelled"]
    _, _, out = _fix(path, lib, tmp_path)
    assert _texts(out)[6:] == ["回顧其所有相關決議，", "承認聯合國的作用，", "1. 要求各方立即停火；", "2. 決定繼續處理此案。"]


def test_a_formal_state_name_is_not_shortened(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = replace(GOOD_EN, 2, "Sponsors: Federal Republic of Germany, Russia")
    fixed, rest, out = _fix(make(tmp_path, paragraphs, "names.docx"), lib, tmp_path)
    assert _texts(out)[2] == "Sponsors: Federal Republic of Germany, Russia"  # names are the delegation's to choose
    assert not [f for f in fixed if f.paragraph == 3]
    assert sorted((f.rule, f.fix) for f in rest if f.paragraph == 3) == [("sponsor-short-name", ""),
                                                                           ("state-common-name", "")]


def test_a_typed_sub_list_among_word_numbered_clauses_stays_a_sub_list(lib: library.Library, tmp_path: Path) -> None:
    doc = Document()
    for text in ["Committee: Commission on Crime Prevention and Criminal Justice", "Topic: Cybercrime",
                 "Sponsors: Brazil", "Signatories: Chile", "The Commission on Crime Prevention and Criminal Justice,"]:
        doc.add_paragraph(text)
    preamble = doc.add_paragraph()
    preamble.add_run("Recalling").italic = True
    preamble.add_run(" its resolution 22/7,")
    for lead, text, typed in [("Requests", " the Office to:", False), ("", "1. train judges;", True),
                              ("", "2. train prosecutors;", True), ("Urges", " Member States to cooperate;", False),
                              ("", "3. Decides to remain seized of the matter.", True)]:
        para = doc.add_paragraph() if typed else doc.add_paragraph(style="List Number")
        para.add_run(lead).underline = True
        para.add_run(text)
    path = tmp_path / "sublist.docx"
    doc.save(str(path))
    fixed, rest, out = _fix(path, lib, tmp_path)
    after = reader.read(out).paragraphs
    assert [(p.label, p.text) for p in after[6:]] == [
        ("1.", "Requests the Office to:"), ("", "a. train judges;"), ("", "b. train prosecutors;"),
        ("2.", "Urges Member States to cooperate;"), ("3.", "Decides to remain seized of the matter.")]
    assert [f.paragraph for f in fixed if f.rule == "numbering-mixed"] == [11]


def _strike_mark(p: etree._Element, author: str) -> None:
    ppr = p.find(W("pPr"))
    if ppr is None:
        ppr = etree.Element(W("pPr"))
        p.insert(0, ppr)
    rpr = ppr.find(W("rPr"))
    if rpr is None:
        rpr = etree.SubElement(ppr, W("rPr"))
    etree.SubElement(rpr, W("del"), {W("id"): "901", W("author"): author, W("date"): "2026-01-02T00:00:00Z"})


def _strike_text(p: etree._Element, author: str) -> None:
    for run in p.findall(W("r")):
        wrapper = etree.Element(W("del"), {W("id"): "902", W("author"): author, W("date"): "2026-01-02T00:00:00Z"})
        run.addprevious(wrapper)
        wrapper.append(run)
        for t in run.findall(W("t")):
            t.tag = W("delText")


def test_fix_edits_the_paragraph_a_person_joined_with_track_changes_on(lib: library.Library, tmp_path: Path) -> None:
    """Two paragraphs joined by a struck paragraph mark read as one: its lead (in the first w:p) and its end
    mark (in the second) are fixed where they stand; nothing else moves."""
    paragraphs: list[Para] = [*GOOD_EN[:5], "Recalling its resolution 22/7", " of 26 April 2013;", *GOOD_EN[6:]]
    path = make(tmp_path, paragraphs, "joined.docx")
    doc = Document(str(path))
    _strike_mark(doc.paragraphs[5]._p, "Delegate of Peru")
    doc.save(str(path))
    assert _texts(path)[5:7] == ["", "Recalling its resolution 22/7 of 26 April 2013;"]
    fixed, rest, out = _fix(path, lib, tmp_path)
    assert {f.rule for f in fixed} == {"lead-emphasis", "preambular-end"} and rest == []
    assert _element_texts(out) == _element_texts(path)[:6] + [" of 26 April 2013,"] + _element_texts(path)[7:]
    first_run = Document(str(out)).paragraphs[5].runs[0]
    assert first_run.text == "Recalling" and (first_run.italic or first_run.underline)
    assert findings(out, lib) == []


def test_fix_passes_over_a_paragraph_another_author_deleted(lib: library.Library, tmp_path: Path) -> None:
    paragraphs: list[Para] = [*GOOD_EN[:6], [("1. ", ""), ("Calls upon", "u"), (" States to act;", "")],
                              [("1. ", ""), ("Requests", "u"), (" the Office to continue its work,", "")],
                              [("2. ", ""), ("Urges", "u"), (" Member States to cooperate", "")]]
    path = make(tmp_path, paragraphs, "deleted.docx")
    doc = Document(str(path))
    _strike_text(doc.paragraphs[6]._p, "Delegate of Peru")
    _strike_mark(doc.paragraphs[6]._p, "Delegate of Peru")
    doc.save(str(path))
    fixed, rest, out = _fix(path, lib, tmp_path)
    assert {f.rule for f in fixed} == {"operative-end", "final-stop"} and rest == []
    assert _element_texts(out)[6:] == ["", "1. Requests the Office to continue its work;",
                                       "2. Urges Member States to cooperate."]
    assert "A paragraph" not in "".join(_element_texts(out))
    struck = Document(str(out)).paragraphs[6]._p
    assert "".join(t.text for t in struck.iter(W("delText"))) == "1. Calls upon States to act;"


def test_fix_on_a_draft_in_which_drafter_struck_a_paragraph(lib: library.Library, tmp_path: Path) -> None:
    """drafter strikes a paragraph by striking the mark of the paragraph before it: that paragraph's text then
    belongs to the struck one's w:p, and --fix edits it where it stands."""
    paragraphs: list[Para] = [*GOOD_EN[:6], [("1. ", ""), ("Requests", "u"), (" the Office to continue its work,", "")],
                              [("2. ", ""), ("Calls upon", "u"), (" States to act;", "")],
                              [("3. ", ""), ("Urges", "u"), (" Member States to cooperate", "")]]
    path = make(tmp_path, paragraphs, "struck.docx")
    doc = Document(str(path))
    author = revisions.Author("drafter", "2026-01-02T00:00:00Z", revisions.Ids(doc.element.body))
    tracked_paragraphs.strike_paragraph(doc.paragraphs[7]._p, author)
    doc.save(str(path))
    assert _texts(path)[6:] == ["", "1. Requests the Office to continue its work,", "3. Urges Member States to cooperate"]
    fixed, rest, out = _fix(path, lib, tmp_path)
    assert {f.rule for f in fixed} == {"operative-end", "final-stop", "numbering-sequence"} and rest == []
    assert _texts(out)[6:] == ["", "1. Requests the Office to continue its work;", "2. Urges Member States to cooperate."]
    assert _element_texts(out)[6:] == ["1. Requests the Office to continue its work;", "",
                                       "2. Urges Member States to cooperate."]


def _finding(rule: str, *edits: edit.Edit) -> Finding:
    return Finding(rule, "error", 6, 1, "", Text(rule, rule), Text(rule, rule), edits=[Correction(e) for e in edits])


def test_a_finding_is_fixed_whole_or_not_at_all(lib: library.Library, tmp_path: Path) -> None:
    """Overlapping edits of two findings: the second is left for a person; the same edit asked twice is made
    once; a finding one of whose edits cannot be made changes nothing."""
    path = make(tmp_path, [*GOOD_EN[:5], [("Recalling", "i"), (" its resolution 22/7 of 26 April 2013,", "")]])
    report, doc = check.check_file(path, lib)
    p = doc.paragraphs[5].element
    field = etree.SubElement(p, W("r"))
    etree.SubElement(field, W("t")).text = "!"
    etree.SubElement(field, W("fldChar"), {W("fldCharType"): "begin"})
    etree.SubElement(field, W("t")).text = "?"
    first = _finding("a", edit.Replace(10, 13, "her"))
    overlapping = _finding("b", edit.Replace(12, 20, "x"))
    same = _finding("c", edit.Replace(10, 13, "her"))
    half = _finding("d", edit.Replace(0, 9, "Noting"), edit.Replace(48, 49, "."))
    report = Report(str(path), "en", "un", [first, overlapping, same, half])
    fixed, rest = fix.fix(report, doc, tmp_path / "out.docx", force=True)
    assert [f.rule for f in fixed] == ["a", "c"] and [f.rule for f in rest] == ["b", "d"]
    assert _texts(tmp_path / "out.docx")[5] == "Recalling her resolution 22/7 of 26 April 2013,!?"
    # the document was put back and fixed again: its paragraphs still stand in it (for --comments after --fix)
    assert all(p.element.getroottree().getroot() is doc.docx.element for p in doc.paragraphs)
    assert runtext.current_text(doc.paragraphs[5].element) == "Recalling her resolution 22/7 of 26 April 2013,!?"
