"""A template's slot left as a MACROBUTTON prompt (after bench/students/word-blind49, on sentences of our own).

word-blind49's first run had no miss and no false alarm: the reader stepped over every content control, custom XML
element, smart tag, hyperlink, proofing mark and bookmark of the set, and took fields by their results. Probing the
same theme further found one gap. Older conference templates (and many a school's) mark their slots not with
content controls but with MACROBUTTON fields, ``{ MACROBUTTON NoMacro [Type the clause here] }``: Word shows the
text after the macro's name in the field's place until the writer clicks it and types over it. The reader skipped
the field's code as it skips every code, so a slot left unfilled read as an empty paragraph and nothing was said,
where the same slot as a content control showing its placeholder is ``placeholder-left``. A MACROBUTTON prompt is
now a placeholder the paragraph shows (runtext.macro_prompts), like a control's: not part of the text, but there.
"""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from docx import Document
from docx.oxml import parse_xml

from drafter import check, library
from drafter.word import reader

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Seed banks for smallholder farmers",
                    "Sponsors: Ethiopia, Nepal", "Signatories: Bolivia, Laos, Togo",
                    [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that most of the world's crop diversity is kept by smallholder farmers,", "")]]

ZH_HEAD: list[Para] = ["决议草案", "委员会：第二委员会", "议题：小农户的种子库", "起草国：埃塞俄比亚、尼泊尔",
                       "附议国：玻利维亚、老挝、多哥", [("大会", "b"), ("，", "")],
                       [("注意到", "b"), ("世界上大部分作物多样性由小农户保存，", "")]]


def _complex(code: str) -> str:
    """A complex field with no result (what Word writes for a MACROBUTTON prompt)."""
    return (f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r {W_NS}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>')


def _simple(code: str) -> str:
    return f'<w:fldSimple {W_NS} w:instr=" {code} "/>'


def _with_fields(path: Path, fields: dict[int, tuple[int, str]]) -> Path:
    """The draft at ``path`` with field markup put into some paragraphs: 0-based paragraph -> (the run it goes
    before, counted from 0; -1: after the last), the markup)."""
    doc = Document(str(path))
    paragraphs = [p._p for p in doc.paragraphs]
    for index, (before, xml) in fields.items():
        p = paragraphs[index]
        runs = p.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r")
        elements = parse_xml(f"<w:x {W_NS}>{xml}</w:x>")
        for element in list(elements):
            if before == -1 or not runs:
                p.append(element)
            else:
                runs[before].addprevious(element)
    doc.save(str(path))
    return path


def test_a_clause_slot_left_as_a_macrobutton_prompt_is_reported(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = [*HEAD,
                        [("1. ", ""), ("Encourages", "i"), (" States to fund community seed banks;", "")],
                        "",
                        [("2. ", ""), ("Invites", "i"), (" research centres to share seed samples with farmers.", "")]]
    path = _with_fields(make(tmp_path, body, "slot.docx"),
                        {7: (-1, _complex("MACROBUTTON NoMacro [Type the next operative clause here]"))})
    found = rules(path, lib)
    assert found.get("placeholder-left") == [8]
    assert not {"numbering-sequence", "operative-end", "final-stop", "empty-clause"} & set(found)


def test_a_lead_slot_left_as_a_simple_macrobutton_field(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = [*HEAD,
                        [("1. ", ""), (" States to fund community seed banks;", "")],
                        [("2. ", ""), ("Invites", "i"), (" research centres to share seed samples with farmers.", "")]]
    path = _with_fields(make(tmp_path, body, "lead.docx"),
                        {6: (1, _simple("MACROBUTTON NoMacro [Choose an operative verb]"))})
    report, _ = check.check_file(path, lib)
    left = [f for f in report.findings if f.rule == "placeholder-left"]
    assert [f.paragraph for f in left] == [7]
    assert "[Choose an operative verb]" in left[0].message


def test_a_heading_value_left_as_a_prompt_is_the_headings_alone(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = [*HEAD[:3], "Signatories: ", *HEAD[4:],
                        [("1. ", ""), ("Requests", "i"), (" a report on the seed banks opened.", "")]]
    path = _with_fields(make(tmp_path, body, "heading.docx"),
                        {3: (-1, _complex("MACROBUTTON NoMacro [Click here and list the signatories]"))})
    found = rules(path, lib)
    assert found.get("heading-missing") == [4]
    assert "placeholder-left" not in found and "placeholder-typed" not in found


def test_an_unfilled_slot_in_chinese(tmp_path: Path, lib: library.Library) -> None:
    body: list[Para] = [*ZH_HEAD,
                        [("1. ", ""), ("鼓励", "b"), ("各国资助社区种子库；", "")],
                        "",
                        [("2. ", ""), ("邀请", "b"), ("各研究中心与农民分享种子样本。", "")]]
    path = _with_fields(make(tmp_path, body, "zh.docx"), {8: (-1, _complex("MACROBUTTON NoMacro [单击此处键入条款]"))})
    assert rules(path, lib).get("placeholder-left") == [9]


def test_the_reader_keeps_a_prompt_apart_and_reads_no_prompt_in_other_fields(tmp_path: Path) -> None:
    body: list[Para] = ["", [("Equation ", "")], [("2. ", ""), ("Notes", "i"), (" the report.", "")]]
    result = (f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>'
              f'<w:r {W_NS}><w:instrText xml:space="preserve"> MACROBUTTON MTPlaceRef \\* MERGEFORMAT </w:instrText></w:r>'
              f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r><w:r {W_NS}><w:t>(1)</w:t></w:r>'
              f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>')
    path = _with_fields(make(tmp_path, body, "read.docx"),
                        {0: (-1, _complex("MACROBUTTON NoMacro [Type the title]")), 1: (-1, result),
                         2: (-1, _complex('MACROBUTTON NoMacro \\* MERGEFORMAT'))})
    paragraphs = reader.read(path).paragraphs
    assert [(p.text, p.placeholder) for p in paragraphs] == [
        ("", "[Type the title]"), ("Equation (1)", ""), ("2. Notes the report.", "")]
