"""The general cause behind word-blind25's first-run miss (bench/students/word-blind25), on sentences of our own: a
secretariat's template gives each clause a content control, and a slot the delegate neither filled in nor deleted
still shows Word's placeholder ("Click or tap here to enter text.") among the clauses. The reader reads such a
paragraph as empty (its placeholder is no text), so nothing was said about it."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from drafter import check, library
from drafter.word import reader

HEAD: list[Para] = ["Committee: Third Committee", "Topic: Reading rooms in refugee camps",
                    "Sponsors: Jordan, Uganda", "Signatories: Chad, Denmark",
                    [("The General Assembly", "i"), (",", "")],
                    [("Recognizing", "i"), (" that reading rooms give children in camps a quiet place to learn,", "")]]

ZH_HEAD: list[Para] = ["决议草案", "委员会：第三委员会", "议题：难民营中的阅览室", "起草国：约旦、乌干达", "附议国：乍得、丹麦",
                       [("大会", "b"), ("，", "")],
                       [("认识到", "u"), ("阅览室为难民营中的儿童提供了安静的学习场所，", "")]]


def _control(p: object, showing: bool, inline: bool = False) -> None:
    """Wrap the w:p ``p`` (its runs when ``inline``) in a content control; ``showing``: it still shows its
    placeholder (w:showingPlcHdr), as a control nothing was typed into."""
    sdt, properties, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    if showing:
        properties.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(properties)
    sdt.append(content)
    if inline:
        runs = p.findall(qn("w:r"))  # type: ignore[attr-defined]
        runs[-1].addnext(sdt)
        for run in runs[1:]:  # the label's run stays outside: "Signatories: " + the control
            content.append(run)
    else:
        p.addprevious(sdt)  # type: ignore[attr-defined]
        content.append(p)


def _with_controls(path: Path, controls: dict[int, tuple[bool, bool]]) -> Path:
    """The draft at ``path`` with content controls round some of its paragraphs (0-based index -> (showing its
    placeholder, inline))."""
    doc = Document(str(path))
    paragraphs = [p._p for p in doc.paragraphs]
    for index, (showing, inline) in controls.items():
        _control(paragraphs[index], showing, inline)
    doc.save(str(path))
    return path


def test_an_unfilled_clause_slot_among_the_clauses_is_reported(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = [*HEAD,
                        "Click or tap here to enter text.",
                        [("1. ", ""), ("Encourages", "i"), (" camp managers to open reading rooms for children;", "")],
                        [("2. ", ""), ("Invites", "i"), (" publishers to donate books in the children's languages.",
                                                          "")]]
    path = _with_controls(make(tmp_path, body, "slot.docx"), {6: (True, False), 7: (False, False)})
    found = rules(path, lib)
    assert found.get("placeholder-left") == [7]
    assert not {"heading-missing", "numbering-sequence", "operative-end"} & set(found)


def test_a_heading_field_left_unfilled_is_the_headings_alone(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = ["Committee: Third Committee", "Topic: Reading rooms in refugee camps",
                        "Sponsors: Jordan, Uganda", [("Signatories: ", ""), ("Click or tap here to enter text.", "")],
                        *HEAD[4:],
                        "Click or tap here to enter text.",
                        [("1. ", ""), ("Requests", "i"), (" a report on the reading rooms opened.", "")]]
    path = _with_controls(make(tmp_path, body, "heading.docx"), {3: (True, True), 6: (True, False)})
    found = rules(path, lib)
    assert found.get("heading-missing") == [4]
    assert found.get("placeholder-left") == [7]  # the slot after the preamble; not the heading's field


def test_an_unfilled_slot_after_the_last_clause_in_chinese(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = [*ZH_HEAD,
                        [("1. ", ""), ("鼓励", "u"), ("各营地管理方为儿童开设阅览室；", "")],
                        [("2. ", ""), ("邀请", "u"), ("出版商以儿童使用的语言捐赠图书。", "")],
                        "单击或点击此处输入文字。"]
    path = _with_controls(make(tmp_path, body, "zh-slot.docx"), {9: (True, False)})
    report, _ = check.check_file(path, lib)
    left = [f for f in report.findings if f.rule == "placeholder-left"]
    assert [f.paragraph for f in left] == [10]
    assert "单击或点击此处输入文字。" in left[0].message
    assert not {"end-marker", "signed-after-text", "final-stop"} & {f.rule for f in report.findings}


def test_the_reader_keeps_the_placeholder_a_paragraph_shows_apart_from_its_text(tmp_path: Path) -> None:
    body: list[Para] = ["Topic: Reading rooms", [("Sponsors: ", ""), ("Click or tap here to enter text.", "")],
                        "Choose an item.", "Jordan, Uganda"]
    path = _with_controls(make(tmp_path, body, "read.docx"), {1: (True, True), 2: (True, False), 3: (False, False)})
    paragraphs = reader.read(path).paragraphs
    assert [(p.text, p.placeholder) for p in paragraphs] == [
        ("Topic: Reading rooms", ""), ("Sponsors: ", "Click or tap here to enter text."), ("", "Choose an item."),
        ("Jordan, Uganda", "")]
