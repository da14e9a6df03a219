"""What round 33 left (#20, round 34, leftovers34). --fix in a paragraph with words struck through by hand (w:strike,
w:dstrike) beside words that are not: the reader leaves the struck words out of the paragraph's text, so the
findings' offsets skip them; --fix maps those offsets past them onto the w:p's runs and leaves every struck word where
it stands (it declined every offset edit in such a paragraph before)."""

from __future__ import annotations

from pathlib import Path

import docx
from check.test_fix_oracle import oracle
from docx.oxml import OxmlElement

from drafter import check, library
from drafter.check import fix
from drafter.word import edit, runtext

Spec = list[tuple[str, str]]  # (text, marks): i italic, u underline, s struck (w:strike), sd struck twice (w:dstrike)

HEAD: list[Spec] = [[("Committee: Second Committee", "")], [("Topic: Clean water for small island States", "")],
                    [("Sponsors: Fiji, Norway", "")], [("Signatories: Chile, Kenya", "")],
                    [("The General Assembly", "i"), (",", "")]]
STRUCK: list[Spec] = [
    # struck inside the span to emphasise: the lead underlined piece by piece, the struck words left alone
    [("Deeply ", ""), ("and gravely", "s"), (" concerned", ""), (" by the scarcity of fresh water on atolls,", "")],
    # struck after the span
    [("Noting", ""), (" with ", ""), ("grave", "s"), (" concern the cost of bottled water,", "")],
    # struck before the span (the struck lead) and after it, twice struck
    [("1. ", ""), ("Invites", "us"), (" ", ""), ("Calls Upon", "u"), (" donors to ", ""), ("swiftly", "sd"),
     (" share pumps;", "")],
    # struck before the replaced end mark
    [("2. ", ""), ("Encourages", "u"), (" ", ""), ("all", "s"), (" Member States to fund desalination plants ,", "")],
    # struck right where the full stop goes: the stop goes after the last word read, before the struck ones
    [("3. ", ""), ("Requests", "u"), (" the Secretary-General to report at the next session", ""),
     (" without delay", "s")],
]


def build(path: Path, paragraphs: list[Spec]) -> Path:
    document = docx.Document()
    for spec in paragraphs:
        p = document.add_paragraph()
        for text, marks in spec:
            run = p.add_run(text)
            run.italic = "i" in marks or None
            run.underline = "u" in marks or None
            if "s" in marks:
                run._r.get_or_add_rPr().append(OxmlElement("w:dstrike" if "d" in marks else "w:strike"))
    document.save(str(path))
    return path


def _runs(path: Path, index: int) -> list[tuple[str, bool]]:
    """The text of each run of the 1-based paragraph, and whether it is struck (once or twice)."""
    p = docx.Document(str(path)).paragraphs[index - 1]._p
    out = []
    for r, _, _ in runtext.joined_runs(p):
        rpr = r.find(runtext.w("rPr"))
        struck = rpr is not None and (rpr.find(runtext.w("strike")) is not None
                                      or rpr.find(runtext.w("dstrike")) is not None)
        out.append((runtext.run_text(r), struck))
    return out


def test_fix_mends_paragraphs_with_struck_words_and_keeps_them(lib: library.Library, tmp_path: Path) -> None:
    path = build(tmp_path / "struck.docx", [*HEAD, *STRUCK])
    report, doc = check.check_file(path, lib)
    fixed, _ = fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert sorted((f.paragraph, f.rule) for f in fixed) == [
        (6, "lead-emphasis"), (7, "lead-emphasis"), (8, "capital-after-lead"), (9, "operative-end"),
        (10, "final-stop")]
    out = tmp_path / "fixed.docx"
    full = {i: "".join(text for text, _ in _runs(out, i)) for i in range(6, 11)}
    assert full == {6: "Deeply and gravely concerned by the scarcity of fresh water on atolls,",
                    7: "Noting with grave concern the cost of bottled water,",
                    8: "1. Invites Calls upon donors to swiftly share pumps;",
                    9: "2. Encourages all Member States to fund desalination plants ;",
                    10: "3. Requests the Secretary-General to report at the next session. without delay"}
    struck = [text for i in range(6, 11) for text, is_struck in _runs(out, i) if is_struck]
    assert struck == ["and gravely", "grave", "Invites", "swiftly", "all", " without delay"]
    underlined = [r.text for r in docx.Document(str(out)).paragraphs[5].runs if r.underline]
    assert underlined == ["Deeply ", " concerned"]  # the struck words between them not underlined


def test_fix_oracle_holds_on_struck_words(lib: library.Library, tmp_path: Path) -> None:
    """The read text after --fix is the original with the listed fixes; --fix twice equals --fix once."""
    problems, count = oracle(build(tmp_path / "struck.docx", [*HEAD, *STRUCK]), lib, tmp_path)
    assert problems == [] and count == 5


def test_a_paragraph_without_struck_words_is_fixed_as_before(lib: library.Library, tmp_path: Path) -> None:
    plain = [[(text, marks.replace("s", "").replace("d", "")) for text, marks in spec] for spec in STRUCK]
    problems, count = oracle(build(tmp_path / "plain.docx", [*HEAD, *plain]), lib, tmp_path)
    assert problems == [] and count >= 1


def test_offsets_placed_past_struck_words() -> None:
    from drafter.check.fix import _placed

    struck = [(3, 10), (20, 25)]  # e.g. "1. ~~Invites~~ Calls upon ~~gladly~~ ..."
    assert _placed(edit.Replace(4, 5, "u"), struck) == [edit.Replace(11, 12, "u")]  # after the first struck word
    assert _placed(edit.Replace(0, 2, ""), struck) == [edit.Replace(0, 2, "")]  # before it
    assert _placed(edit.Replace(3, 3, "."), struck) == [edit.Replace(3, 3, ".")]  # an insertion: after the char before
    # a deletion over a struck word: the pieces around it; a replacement over one is not made
    assert _placed(edit.Replace(2, 5, ""), struck) == [edit.Replace(2, 3, ""), edit.Replace(10, 12, "")]
    assert _placed(edit.Replace(2, 5, "x"), struck) is None
    assert _placed(edit.Split(2, 5), struck) is None
    assert _placed(edit.Emphasise(0, 14, "underline"), struck) == [
        edit.Emphasise(0, 3, "underline"), edit.Emphasise(10, 20, "underline"), edit.Emphasise(25, 26, "underline")]


# -- a heading field's label with one letter wrong in a longer form of a label ---------------------------------------

def _text_draft(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


BODY = ["THE ECONOMIC AND SOCIAL COUNCIL,", "Noting that many lake ferries carry more passengers than they are built for,",
        "1. Urges Member States to inspect lake ferries every year."]


def test_a_long_label_form_with_a_slip_is_read_as_its_field(lib: library.Library, tmp_path: Path) -> None:
    """"MAIN SUBMITED BY:" (one letter short of "MAIN SUBMITTED BY", the long form of "MAIN SUBMITTER") names the
    submitter: the heading does not lack it."""
    from drafter.structure.heading import fields_in

    assert [f.key for f in fields_in("MAIN SUBMITED BY: Georgia")] == ["sponsors"]
    lines = ["FORUM: Economic and Social Council", "QUESTION OF: Ferry safety on inland lakes",
             "MAIN SUBMITED BY: Georgia", "CO-SUBMITTERS: Uganda, Peru", *BODY]
    report, _ = check.check_file(_text_draft(tmp_path, lines), lib)
    assert [f.rule for f in report.findings if f.rule == "heading-missing"] == []


def test_a_line_opening_with_a_similar_word_is_no_label() -> None:
    from drafter.structure.heading import fields_in

    assert [f.key for f in fields_in("Mainly submitted by: the committee")] == ["other"]
    assert [f.key for f in fields_in("Maintaining the submitted by-laws: x")] == []
