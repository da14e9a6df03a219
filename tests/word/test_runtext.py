"""One run-text layer: the reader, --fix and tracked revisions count the same characters."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree

from drafter import library
from drafter.revise import amend, apply
from drafter.revise.document import open_draft
from drafter.word import reader, revisions, runtext

W = runtext.w
NS = f'xmlns:w="{runtext.W_NS}"'


def paragraph(xml: str):
    return etree.fromstring(f"<w:p {NS}>{xml}</w:p>")


def test_invisible_characters_are_not_text_and_spaces_stay() -> None:
    p = paragraph("<w:r><w:t xml:space='preserve'>resolution 74\u2060/\u2060247 on 17\u202f000 cases</w:t></w:r>"
                  "<w:r><w:softHyphen/><w:tab/><w:t>x\u00ady</w:t></w:r>")
    assert runtext.current_text(p) == "resolution 74/247 on 17\u202f000 cases\txy"
    assert runtext.match_key(runtext.current_text(p)).startswith("resolution 74/247 on 17 000 cases")


def test_deleted_text_field_codes_and_notes_are_not_current_text() -> None:
    p = paragraph("<w:r><w:t>kept </w:t></w:r><w:del w:id='1' w:author='a'><w:r><w:delText>gone</w:delText></w:r></w:del>"
                  "<w:ins w:id='2' w:author='a'><w:r><w:t>new</w:t></w:r></w:ins>"
                  "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>7</w:t></w:r>"
                  "<w:r><w:footnoteReference w:id='3'/></w:r>")
    assert runtext.current_text(p) == "kept new7"
    assert [(s, e) for _, s, e in runtext.current_runs(p)] == [(0, 5), (5, 8), (8, 9)]


def test_split_inside_a_symbol_keeps_the_joiners_on_their_side() -> None:
    p = paragraph("<w:r><w:rPr><w:i/></w:rPr><w:t>A\u2060/\u2060RES\u2060/\u206074</w:t></w:r>")
    assert runtext.split_at(p, 2)
    runs = runtext.current_runs(p)
    assert [runtext.run_text(r) for r, _, _ in runs] == ["A/", "RES/74"]
    assert runtext.current_text(p) == "A/RES/74"
    raw = "".join(runtext.t_text_raw(t) for t in p.iter(W("t")))
    assert raw == "A\u2060/\u2060RES\u2060/\u206074"  # nothing lost in the cut
    assert all(r.find(W("rPr")) is not None for r, _, _ in runs)  # formatting kept on both halves


def test_strict_split_leaves_a_field_run_whole() -> None:
    p = paragraph("<w:r><w:t>ab</w:t><w:fldChar w:fldCharType='begin'/><w:t>cd</w:t></w:r>")
    assert not runtext.split_at(p, 1, strict=True)
    assert len(runtext.current_runs(p)) == 1
    assert runtext.split_at(p, 1)  # tracked revisions cut anywhere, moving whole pieces
    assert [runtext.run_text(r) for r, _, _ in runtext.current_runs(p)] == ["a", "bcd"]


def test_markup_inside_w_t_is_not_text() -> None:
    p = paragraph("<w:r><w:t>ab<!-- note -->cd</w:t></w:r>")
    assert runtext.current_text(p) == "abcd"
    runtext.split_at(p, 3)
    assert [runtext.run_text(r) for r, _, _ in runtext.current_runs(p)] == ["abc", "d"]


def test_reader_and_revisions_agree_on_a_rendered_draft(lib: library.Library, tmp_path: Path) -> None:
    draft = _draft(tmp_path)
    opened = open_draft(draft, lib)
    for para in reader.read_docx(opened.docx, draft).paragraphs:
        assert para.text == runtext.current_text(para.element)


def test_amendment_quoting_a_symbol_and_a_spaced_number_applies(lib: library.Library, tmp_path: Path) -> None:
    draft = _draft(tmp_path)
    amendment = tmp_path / "a.yaml"
    amendment.write_text(
        f"draft: {draft}\nsubmitted_by: FRA\nactions:\n"
        "  - replace_words: '1'\n    words: resolution 74/247\n    with: resolution 79/243\n"
        "  - replace_words: '1'\n    words: 17 000 cases\n    with: 18 500 cases\n", encoding="utf-8")
    opened = open_draft(draft, lib)
    apply.revise(opened, [amend.read(amendment, lib)], lib)
    from docx import Document

    accepted = reader.read_docx(Document(io.BytesIO(apply.to_bytes(opened, True))), draft)
    first = next(p.text for p in accepted.paragraphs if p.label == "1.")
    assert "resolution 79/243" in first and "74/247" not in first
    assert "18 500 cases" in runtext.match_key(first) and "17" not in first


def _draft(tmp_path: Path) -> Path:
    answers = tmp_path / "draft.yaml"
    answers.write_text(
        "kind: resolution\nlanguage: en\nprofile: un\ncountry: FRA\nsponsors: [FRA]\ndate: 2027-05-20\n"
        "preambular:\n  - cyb-core-pp-01\noperative:\n"
        "  - phrase: requests\n    text: the Secretariat to report on resolution 74/247 and on the 17 000 cases "
        "recorded since its adoption\n"
        "  - cyb-core-op-13\n", encoding="utf-8")
    return answers


def test_revisions_use_the_run_text_layer() -> None:
    assert revisions.current_runs is runtext.current_runs


def test_revision_pieces_show_kept_inserted_and_deleted_text_in_order() -> None:
    p = paragraph("<w:r><w:t>kept </w:t></w:r><w:del w:id='1' w:author='a'><w:r><w:delText>gone</w:delText>"
                  "<w:tab/></w:r><w:r><w:delText> too</w:delText></w:r></w:del>"
                  "<w:ins w:id='2' w:author='a'><w:r><w:t>new</w:t></w:r></w:ins>"
                  "<w:moveFrom w:id='3' w:author='a'><w:r><w:t>moved</w:t></w:r></w:moveFrom>"
                  "<w:r><w:instrText> PAGE </w:instrText></w:r><w:hyperlink><w:r><w:t>7</w:t></w:r></w:hyperlink>"
                  "<w:r><w:footnoteReference w:id='3'/></w:r>")
    assert runtext.revision_pieces(p) == [("", "kept "), ("del", "gone\t too"), ("ins", "new"), ("del", "moved"),
                                          ("", "7")]
    assert "".join(text for kind, text in runtext.revision_pieces(p) if kind != "del") == runtext.current_text(p)


def test_word_markup_inside_runs() -> None:
    """An absolute position tab is a tab (LibreOffice's text export shows a line break for it; Word a tab); a run
    holding a phonetic guide reads as its base text, and Word's record of a page break is no character and leaves
    the run plain."""
    p = etree.fromstring(f'<w:p {NS}><w:r><w:t>A</w:t><w:ptab w:relativeTo="margin" w:alignment="left" w:leader="none"/>'
                  '<w:t>B</w:t></w:r><w:r><w:ruby><w:rubyPr><w:hps w:val="10"/></w:rubyPr><w:rt><w:r><w:t>lián'
                  '</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>联</w:t></w:r></w:rubyBase></w:ruby></w:r>'
                  '<w:r><w:lastRenderedPageBreak/><w:t>合国</w:t></w:r></w:p>')
    assert runtext.current_text(p) == "A\tB联合国"
    assert [runtext.run_text(r) for r in runtext.runs(p)] == ["A\tB", "联", "合国"]
    assert runtext.plain(list(runtext.runs(p))[-1]) and runtext.splittable(list(runtext.runs(p))[0])


def test_the_run_editing_names_are_reachable_from_runtext() -> None:
    """Cutting and rewriting runs moved to runsplit; runtext's names for them are the same functions."""
    from drafter.word import runsplit

    for name in ("plain", "runs_between", "set_text", "split_at", "split_run", "splittable"):
        assert getattr(runtext, name) is getattr(runsplit, name)
    with pytest.raises(AttributeError):
        runtext.no_such_name  # noqa: B018
