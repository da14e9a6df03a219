"""General causes behind the misses and false alarms of the blind set of drafts made with drafter and edited in
Word (bench/students/word-blind10), each tested with paragraphs of our own numbered the ways students' files are."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, ORGAN, PRE, ZH_HEAD, ZH_ORGAN, ZH_PRE, Para
from check.test_word_blind_gaps import LISTS, found, numbered

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

HEAD = [*EN_HEAD, ORGAN, PRE]  # paragraphs 1-6
ASKS = [("Asks", "u"), (" coastal States to keep a register of seized fishing vessels, listing:", "")]
THEN = [("Invites", "u"), (" port authorities to share the register with one another;", "")]
LAST = [("Urges", "u"), (" Member States to report on their progress.", "")]
TYPED = ["a) the flag each vessel flew when it was seized;", "b) the court that ordered the seizure;"]
CLAUSE_LIST = {6: (1, 0), 7: (1, 0), 8: (1, 0), 9: (1, 0), 10: (1, 0)}


def test_letters_typed_in_paragraphs_that_kept_the_clause_number_are_sub_clauses(
        lib: library.Library, tmp_path: Path) -> None:
    """Enter at the end of a clause ending with ":" and "a) …" typed without Tab: Word shows "2. a) …", "3. b) …".
    Each is a sub-clause numbered as a clause (not a clause without a verb), and the clause announcing them keeps
    its colon."""
    path = numbered(tmp_path, [*HEAD, ASKS, *TYPED, THEN, LAST], CLAUSE_LIST, LISTS)
    assert [p.label for p in reader.read(path).paragraphs][6:11] == ["1.", "2.", "3.", "4.", "5."]
    report, doc = check.check_file(path, lib)
    assert [(f.paragraph, f.rule, f.message) for f in report.findings if f.severity != "suggestion"] == [
        (8, "sub-numbered-as-clause", "sub-paragraph numbered '2.' as the next operative paragraph; make it a lower "
                                      "level of the list (Word would show '(a)')"),
        (9, "sub-numbered-as-clause", "sub-paragraph numbered '3.' as the next operative paragraph; make it a lower "
                                      "level of the list (Word would show '(b)')")]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    fixed = reader.read(tmp_path / "fixed.docx").paragraphs
    assert [(p.label, p.text[:10]) for p in fixed][7:9] == [("(a)", "the flag e"), ("(b)", "the court ")]
    assert [p.label for p in fixed][9:11] == ["2.", "3."]
    assert found(tmp_path / "fixed.docx", lib) == []


def test_chinese_items_typed_with_their_letter_may_open_with_a_verb(lib: library.Library, tmp_path: Path) -> None:
    """A Chinese item typed "（a）" in a numbered paragraph under a clause ending with "：" may open with a verb that
    is also an operative lead (提供, 建立): still an item, not the next clause."""
    paragraphs: list[Para] = [
        *ZH_HEAD, ZH_ORGAN, ZH_PRE,
        [("请", "u"), ("沿海国家为被扣押的渔船建立登记册，并：", "")],
        "（a）提供每艘渔船被扣押时所悬挂的船旗；",
        "（b）建立与港口当局共享登记册的渠道；",
        [("敦促", "u"), ("会员国报告进展情况。", "")]]
    path = numbered(tmp_path, paragraphs, {7: (1, 0), 8: (1, 0), 9: (1, 0), 10: (1, 0)}, LISTS)
    result = found(path, lib)
    assert (9, "sub-numbered-as-clause") in result and (10, "sub-numbered-as-clause") in result
    assert not [r for r in result if r[1] in ("operative-end", "chapeau-colon", "operative-no-verb")]


def test_a_lettered_paragraph_with_a_lead_after_a_colon_stays_a_clause(lib: library.Library, tmp_path: Path) -> None:
    """What opens with a capital or an emphasised lead after its typed letter is a clause a student lettered, not an
    item: no sub-clause finding (whatever else is said of it)."""
    lettered = [("a) ", ""), ("Invites", "u"), (" port authorities to share the register with one another;", "")]
    path = numbered(tmp_path, [*HEAD, ASKS, lettered, "b) The court that ordered the seizure;", LAST],
                    {6: (1, 0), 7: (1, 0), 8: (1, 0), 9: (1, 0)}, LISTS)
    assert not [r for r in found(path, lib) if r[1] == "sub-numbered-as-clause"]


def test_a_typed_letter_after_a_clause_ending_with_a_semicolon_is_not_taken_as_an_item(
        lib: library.Library, tmp_path: Path) -> None:
    """Only a clause that announces items (":") makes the numbered "a) …" after it an item."""
    ends = [("Asks", "u"), (" coastal States to keep a register of seized fishing vessels;", "")]
    path = numbered(tmp_path, [*HEAD, ends, TYPED[0], THEN, LAST], {6: (1, 0), 7: (1, 0), 8: (1, 0), 9: (1, 0)},
                    LISTS)
    assert not [r for r in found(path, lib) if r[1] == "sub-numbered-as-clause"]
