"""Edits at character offsets of a paragraph: text outside the edit and its formatting stay as they were."""

from __future__ import annotations

from typing import Any

from docx.oxml import parse_xml

from drafter.word import edit, runtext

W = runtext.w
NS = f'xmlns:w="{runtext.W_NS}"'


def paragraph(xml: str) -> Any:
    return parse_xml(f"<w:p {NS}>{xml}</w:p>")


def runs(p: Any) -> list[tuple[str, list[str]]]:
    """Each run's text with the local names of its properties."""
    out = []
    for r, _, _ in runtext.current_runs(p):
        rpr = r.find(W("rPr"))
        props = [child.tag.split("}")[1] for child in rpr] if rpr is not None else []
        out.append((runtext.run_text(r), props))
    return out


def test_replace_inside_a_run_keeps_the_formatting_around_it() -> None:
    p = paragraph("<w:r><w:rPr><w:i/></w:rPr><w:t>Encourges</w:t></w:r>"
                  "<w:r><w:t xml:space='preserve'> all States;</w:t></w:r>")
    assert edit.apply(p, edit.Replace(0, 9, "Encourages"))
    assert runs(p) == [("Encourages", ["i"]), (" all States;", [])]
    assert edit.apply(p, edit.Replace(15, 21, "Member States"))
    assert runtext.current_text(p) == "Encourages all Member States;"
    assert runs(p)[0] == ("Encourages", ["i"])


def test_replace_across_runs_keeps_the_first_run() -> None:
    p = paragraph("<w:r><w:t>ab</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>cd</w:t></w:r><w:r><w:t>ef</w:t></w:r>")
    assert edit.apply(p, edit.Replace(1, 5, "X"))
    assert runs(p) == [("a", []), ("X", []), ("f", [])]


def test_insert_at_the_end_goes_into_the_last_run() -> None:
    p = paragraph("<w:r><w:t>Decides to remain seized of the matter</w:t></w:r>"
                  "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space='preserve'> \u2060</w:t></w:r>")
    end = len(runtext.current_text(p))
    assert edit.apply(p, edit.Replace(end, end, "."))
    assert runtext.current_text(p) == "Decides to remain seized of the matter ."
    raw = "".join(runtext.t_text_raw(t) for t in p.iter(W("t")))
    assert raw.endswith(" \u2060.")  # the invisible joiner is kept, the mark goes after it
    assert runs(p)[-1][1] == ["i"]


def test_insert_into_an_empty_paragraph_is_refused() -> None:
    p = paragraph("<w:pPr/>")
    assert not edit.apply(p, edit.Replace(0, 0, "."))


def test_emphasis_splits_the_run_and_keeps_schema_order() -> None:
    p = paragraph("<w:r><w:rPr><w:b/><w:sz w:val='24'/></w:rPr><w:t>Urges all States</w:t></w:r>")
    assert edit.apply(p, edit.Emphasise(0, 5, "italic"))
    assert edit.apply(p, edit.Emphasise(0, 5, "underline"))
    assert runs(p) == [("Urges", ["b", "i", "sz", "u"]), (" all States", ["b", "sz"])]
    u = p.find(f".//{W('u')}")
    assert u.get(W("val")) == "single"
    assert edit.apply(p, edit.Emphasise(0, 5, "italic"))  # already there: nothing added
    assert runs(p)[0] == ("Urges", ["b", "i", "sz", "u"])


def test_a_run_that_cannot_be_split_is_refused_and_left_whole() -> None:
    p = paragraph("<w:r><w:t>ab</w:t><w:fldChar w:fldCharType='begin'/><w:t>cd</w:t></w:r>")
    assert not edit.apply(p, edit.Replace(1, 3, "X"))
    assert not edit.apply(p, edit.Emphasise(1, 3, "bold"))
    assert runtext.current_text(p) == "abcd"
    assert len(runtext.current_runs(p)) == 1
    assert p.find(f".//{W('b')}") is None


def test_a_run_that_is_not_plain_text_is_not_rewritten() -> None:
    p = paragraph("<w:r><w:t>ab</w:t><w:tab/><w:t>cd</w:t></w:r>")
    assert not edit.apply(p, edit.Replace(0, 5, "X"))  # the tab would be lost
    assert runtext.current_text(p) == "ab\tcd"


def test_a_deletion_takes_the_tab_typed_after_a_label() -> None:
    p = paragraph("<w:r><w:t>3.</w:t><w:tab/></w:r><w:r><w:t>Decides to continue;</w:t></w:r>")
    assert edit.apply(p, edit.Number(0, 3, 7))
    assert runtext.current_text(p) == "Decides to continue;"
    assert p.find(f".//{W('tab')}") is None
    q = paragraph("<w:r><w:t>(a)</w:t><w:tab/><w:t>safe shelter,</w:t><w:br/><w:t>and care;</w:t></w:r>")
    assert edit.apply(q, edit.Replace(0, 4, ""))
    assert runtext.current_text(q) == "safe shelter,\nand care;"  # the break after the range stays


_AUTONUM = ("<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> AUTONUM </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>{}</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType='end'/></w:r><w:r><w:tab/></w:r><w:r><w:t>Urges States;</w:t></w:r>")


def test_a_deletion_takes_an_autonum_label_and_its_tab() -> None:
    p = paragraph(_AUTONUM.format("1."))
    assert edit.apply(p, edit.Replace(0, 3, ""))
    assert runtext.current_text(p) == "Urges States;"
    assert p.find(f".//{W('instrText')}") is None and p.find(f".//{W('tab')}") is None


def test_a_counted_replacement_keeps_the_field_and_rewrites_its_result() -> None:
    """The number Word will count for a kept AUTONUM field (one before it taken out): its result, the field kept."""
    p = paragraph(_AUTONUM.format("2."))
    assert edit.apply(p, edit.Replace(0, 2, "1.", counted=True))
    assert runtext.current_text(p) == "1.\tUrges States;"
    assert runtext.number_field(p) == "AUTONUM"
    q = paragraph(_AUTONUM.format("2."))
    assert edit.apply(q, edit.Replace(0, 2, "1."))  # any other edit of the number: the field becomes its text
    assert runtext.current_text(q) == "1.\tUrges States;" and runtext.number_field(q) is None


def test_number_drops_the_typed_label_and_uses_words_list() -> None:
    p = paragraph("<w:pPr><w:pStyle w:val='Body'/></w:pPr><w:r><w:t>3. Decides to continue;</w:t></w:r>")
    assert edit.apply(p, edit.Number(0, 3, 7))
    assert runtext.current_text(p) == "Decides to continue;"
    ppr = p.find(W("pPr"))
    assert [child.tag for child in ppr] == [W("pStyle"), W("numPr")]
    assert ppr.find(f"{W('numPr')}/{W('numId')}").get(W("val")) == "7"
    assert ppr.find(f"{W('numPr')}/{W('ilvl')}").get(W("val")) == "0"


def test_east_asian_font_on_every_run() -> None:
    p = paragraph("<w:r><w:t>大会，</w:t></w:r><w:r><w:rPr><w:rFonts w:eastAsiaTheme='minorEastAsia'/></w:rPr>"
                  "<w:t>决定</w:t></w:r>")
    assert edit.apply(p, edit.EastAsianFont("SimSun"))
    fonts = p.findall(f".//{W('rFonts')}")
    assert [f.get(W("eastAsia")) for f in fonts] == ["SimSun", "SimSun"]
    assert all(f.get(W("eastAsiaTheme")) is None for f in fonts)


def test_edits_applied_right_to_left_keep_their_offsets() -> None:
    p = paragraph("<w:r><w:t>calls upon States,</w:t></w:r>")
    edits: list[edit.Edit] = [edit.Replace(0, 1, "C"), edit.Emphasise(0, 5, "italic"), edit.Replace(17, 18, ";")]
    for change in sorted(edits, key=edit.right_to_left, reverse=True):
        assert edit.apply(p, change)
    assert runtext.current_text(p) == "Calls upon States;"
    assert runs(p)[:2] == [("C", ["i"]), ("alls", ["i"])]
