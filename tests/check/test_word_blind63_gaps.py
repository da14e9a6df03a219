"""The general cause behind word-blind63's one miss (bench/students/word-blind63), on sentences of our own: the
second item of a third-level list put a level too high ("b. …, in particular:" / "i. …;" / "c. …;"), so that Word
shows the next letter of the list above. The checker saw only the single "i." (sub-clause-single) and did not name
the item after it, which most likely belongs under it; now the finding names it too, and the label it would take."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules
from docmaker import Para, make
from wordlists import CLAUSES, abstract, num, numbered_draft

from drafter import check, library

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Safe drinking water in small towns",
                    "Sponsors: Malawi, Norway", "Signatories: Jordan, Paraguay, Samoa",
                    [("The General Assembly", "i"), (",", "")],
                    [("Noting", "i"), (" that many small towns have no water treatment plant,", "")]]


def _single(path: Path, lib: library.Library) -> list[tuple[list[int], str]]:
    report, _ = check.check_file(path, lib)
    return [(list(f.paragraphs), str(f.message)) for f in report.findings if f.rule == "sub-clause-single"]


def _word_draft(tmp_path: Path, levels: list[int], last_clause: bool = True) -> Path:
    """Clause 1 with items a. b. (b. ending with a colon) and then items at ``levels`` (1 = a letter, 2 = a roman
    numeral under b.), numbered by Word's "1." / "(a)" / "(i)" list; a second clause after them when ``last_clause``."""
    items = ["for water safety plans run by town councils;", "for treatment plants, in particular:",
             "chlorination units;", "slow sand filters;", "pipes and meters;"]
    paragraphs: list[Para] = [*HEAD, [("Calls upon", "u"), (" donors to provide funds:", "")]]
    paragraphs += items[:len(levels)]
    if last_clause:
        paragraphs.append([("Requests", "u"), (" the Secretary-General to report on progress.", "")])
    numbered = {6: (1, 0), **{7 + k: (1, level) for k, level in enumerate(levels)}}
    if last_clause:
        numbered[7 + len(levels)] = (1, 0)
    return numbered_draft(tmp_path, paragraphs, abstract(0, CLAUSES) + num(1, 0), numbered)


def test_an_item_after_a_single_item_a_level_too_high_is_named(tmp_path: Path, lib: library.Library) -> None:
    # (a) (b) …: (i) then "(c)": the last item was Word's "(ii)" put one level too high
    found = _single(_word_draft(tmp_path, [1, 1, 2, 1]), lib)
    assert len(found) == 1
    paragraphs, message = found[0]
    assert paragraphs == [10, 11]
    assert "'(c)'" in message and "'(ii)'" in message


def test_typed_labels_are_read_the_same_way(tmp_path: Path, lib: library.Library) -> None:
    clause: Para = [("1. ", ""), ("Calls upon", "u"), (" donors to provide funds:", "")]
    path = make(tmp_path, [*HEAD, clause, "a. for water safety plans run by town councils;",
                           "b. for treatment plants, in particular:", "i. chlorination units;",
                           "c. slow sand filters;", [("2. ", ""), ("Requests", "u"), (" a report.", "")]])
    found = _single(path, lib)
    assert len(found) == 1 and found[0][0] == [10, 11] and "'ii.'" in found[0][1]


def test_two_items_below_stay_clean(tmp_path: Path, lib: library.Library) -> None:
    assert "sub-clause-single" not in rules(_word_draft(tmp_path, [1, 1, 2, 2, 1]), lib)


def test_a_single_item_followed_by_more_than_one_item_above_is_named_alone(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    # (a) (b) …: (i) then (c) and (d): the list above goes on, so nothing says the item after belongs below
    paragraphs: list[Para] = [*HEAD, [("Calls upon", "u"), (" donors to provide funds:", "")],
                              "for water safety plans;", "for treatment plants, in particular:", "chlorination units;",
                              "for pipes and meters;", "for training plumbers;",
                              [("Requests", "u"), (" the Secretary-General to report on progress.", "")]]
    numbered = {6: (1, 0), 7: (1, 1), 8: (1, 1), 9: (1, 2), 10: (1, 1), 11: (1, 1), 12: (1, 0)}
    found = _single(numbered_draft(tmp_path, paragraphs, abstract(0, CLAUSES) + num(1, 0), numbered), lib)
    assert found == [([10], found[0][1])] and "level too high" not in found[0][1]
