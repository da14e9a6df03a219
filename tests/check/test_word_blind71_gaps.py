"""Faults and false alarms of the blind set word-blind71 (#20): drafts a main submitter hands back after debate,
marked up by hand. Held by sentences of our own: words struck through by hand next to words that are not (w:strike /
w:dstrike, not a tracked deletion) are read as deleted — the clause's end mark, its lead and its full stops are
judged as amended; a moved clause's note with its reason ("(moved up from clause 4 at the request of Chile)") is an
amendment's trace, not the clause's end; a note of amendment on a line of its own in square brackets is that trace,
not a part's heading."""

from __future__ import annotations

from pathlib import Path

import docx
from check.rule_paragraphs import rules
from docmaker import Para, make

from drafter import library

HEAD = ["Committee: Third Committee", "Topic: Literacy of adults in rural areas",
        "Sponsors: Nepal, Uruguay", "Signatories: Benin, Croatia", [("The General Assembly", "i"), (",", "")],
        [("Recalling", "i"), (" the United Nations Literacy Decade,", "")]]


def op(number: str, lead: str, rest: str) -> Para:
    return [(number + " ", ""), (lead, "u"), (rest, "")]


def struck_words(tmp_path: Path, paragraphs: list[Para], words: dict[int, set[str]], double: bool = False) -> Path:
    """The draft with the runs of each 1-based paragraph whose text is in ``words`` struck through by hand."""
    path = make(tmp_path, paragraphs)
    document = docx.Document(str(path))
    for index, texts in words.items():
        for run in document.paragraphs[index - 1].runs:
            if run.text in texts:
                if double:
                    run.font.double_strike = True
                else:
                    run.font.strike = True
    document.save(str(path))
    return path


# -- words struck through by hand are deleted words ------------------------------------------------------------------

def test_an_end_mark_only_in_struck_words_is_missing(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, [("Noting", "i"), (" that evening classes reach few farmers", ""),
                          (", who work until dark,", "")],
                  op("1.", "Encourages", " States to fund evening classes in villages;"),
                  op("2.", "Requests", " the Secretary-General to report at the next session.")]
    assert "preambular-end" not in rules(make(tmp_path, paragraphs), lib)
    assert rules(struck_words(tmp_path, paragraphs, {7: {", who work until dark,"}}), lib).get("preambular-end") == [7]


def test_a_struck_lead_with_its_new_lead_is_one_lead(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, [("1. ", ""), ("Invites", "u"), (" ", ""), ("Calls upon", "u"),
                          (" States to fund evening classes in villages;", "")],
                  op("2.", "Requests", " the Secretary-General to report at the next session.")]
    plain = rules(make(tmp_path, paragraphs), lib)
    assert "lead-doubled" in plain
    found = rules(struck_words(tmp_path, paragraphs, {7: {"Invites"}}, double=True), lib)
    assert "lead-doubled" not in found and "emphasis-in-text" not in found


def test_a_struck_typed_number_beside_the_new_one_is_no_full_stop(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, op("1.", "Encourages", " States to fund evening classes in villages;"),
                  [("3.", ""), (" 2. ", ""), ("Invites", "u"), (" libraries to lend reading glasses;", "")],
                  op("3.", "Requests", " the Secretary-General to report at the next session.")]
    assert "stray-full-stop" in rules(make(tmp_path, paragraphs), lib)
    found = rules(struck_words(tmp_path, paragraphs, {8: {"3."}}), lib)
    assert "stray-full-stop" not in found and "numbering-sequence" not in found


def test_a_semicolon_only_in_struck_words_is_missing(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, [*op("1.", "Encourages", " States to fund evening classes in villages by 2030"),
                          ("; and to report on them;", "")],
                  op("2.", "Requests", " the Secretary-General to report at the next session.")]
    assert "operative-end" not in rules(make(tmp_path, paragraphs), lib)
    assert rules(struck_words(tmp_path, paragraphs, {7: {"; and to report on them;"}}), lib).get("operative-end") == [7]


# -- notes of amendment ----------------------------------------------------------------------------------------------

def test_a_moved_clause_note_with_its_reason_is_a_trace(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, op("1.", "Encourages", " States to fund evening classes in villages; (moved up from clause 4 "
                            "at the request of Chile)"),
                  op("2.", "Requests", " the Secretary-General to report at the next session.")]
    found = rules(make(tmp_path, paragraphs), lib)
    assert found.get("amendment-trace") == [7] and "operative-end" not in found


def test_a_moved_clause_in_words_is_no_trace(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, op("1.", "Encourages", " States to fund evening classes in villages (moved from clause halls "
                            "to schools by the ministry);"),
                  op("2.", "Requests", " the Secretary-General to report at the next session.")]
    assert "amendment-trace" not in rules(make(tmp_path, paragraphs), lib)


def test_a_bracketed_note_of_amendment_line_is_no_heading(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, op("1.", "Encourages", " States to fund evening classes in villages;"),
                  "[friendly amendment by Uruguay, accepted by the sponsors]",
                  op("2.", "Requests", " the Secretary-General to report at the next session.")]
    found = rules(make(tmp_path, paragraphs), lib)
    assert "section-heading" not in found and found.get("amendment-trace") == [8]


def test_a_bracketed_tag_line_is_still_a_heading(lib: library.Library, tmp_path: Path) -> None:
    paragraphs = [*HEAD, op("1.", "Encourages", " States to fund evening classes in villages;"),
                  "[Funding and Teachers]",
                  op("2.", "Requests", " the Secretary-General to report at the next session.")]
    assert rules(make(tmp_path, paragraphs), lib).get("section-heading") == [8]


def test_fix_mends_a_paragraph_with_struck_words_around_them(lib: library.Library, tmp_path: Path) -> None:
    """The offsets of a paragraph with words struck by hand skip them: --fix maps them past the struck words
    (round 34, leftovers34), so the paragraph is mended and the struck words stay where they stood."""
    from drafter import check
    from drafter.check import fix

    paragraphs = [*HEAD, [("1. ", ""), ("Invites", "u"), (" ", ""), ("Calls Upon", "u"),
                          (" States to fund evening classes in villages;", "")],
                  op("2.", "Requests", " the Secretary-General to report at the next session;")]
    path = struck_words(tmp_path, paragraphs, {7: {"Invites"}})
    report, doc = check.check_file(path, lib)
    fixed, _ = fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert [(f.paragraph, f.rule) for f in fixed] == [(7, "capital-after-lead"), (8, "final-stop")]
    runs = [(r.text, bool(r.font.strike)) for r in docx.Document(str(tmp_path / "fixed.docx")).paragraphs[6].runs]
    assert [text for text, _ in runs if text.strip()][:3] == ["1.", "Invites", "Calls upon"] \
        or ("Invites", True) in runs and "".join(t for t, _ in runs).startswith("1. Invites Calls upon States")
    assert ("Invites", True) in runs
