"""The general cause behind word-blind38's first-run misses (bench/students/word-blind38), on sentences of our own:
a main submitter merges another delegation's clauses (Insert > Text from File, Keep Source Formatting), which keep
their own Word list ("1." "2." again), and the clause typed after them stays on the first list, which goes on with
its own count ("3." where it is the fifth clause). The restart finding's fix joins the other list to the first,
which renumbers that clause too; the finding named only the paragraphs it edits, so the wrong number printed on
the clause after them was named by no finding. Now the finding names every clause whose label its fix changes."""

from __future__ import annotations

from pathlib import Path

from docmaker import Para, make
from docx import Document
from wordlists import abstract, lvl, num, number, set_lists

from drafter import check, library

EN_HEAD: list[Para] = ["Committee: Second Committee", "Topic: Public drinking fountains in cities",
                       "Sponsors: Jordan, Latvia", "Signatories: Bhutan, Ecuador, Malta",
                       [("The General Assembly", "i"), (",", "")],
                       [("Noting", "i"), (" that many city parks have no free drinking water,", "")]]
EN_CLAUSES: list[Para] = [
    [("Encourages", "u"), (" city councils to install drinking fountains in parks;", "")],
    [("Invites", "u"), (" water companies to test the fountains each month;", "")],
    [("Urges", "u"), (" Member States to repair broken fountains within a week;", "")],   # the other file's list
    [("Recommends", "u"), (" that fountains be placed near playgrounds;", "")],           # the other file's list
    [("Requests", "u"), (" a report on the fountains installed.", "")]]                  # back on the first list
ZH_HEAD: list[Para] = ["决议草案", "委员会：第二委员会", "议题：城市公共饮水点", "起草国：拉脱维亚、约旦", "附议国：不丹、厄瓜多尔",
                       [("大会", "b"), ("，", "")], [("注意到", "u"), ("许多城市公园没有免费饮用水，", "")]]
ZH_CLAUSES: list[Para] = [
    [("鼓励", "u"), ("各城市在公园内设置饮水点；", "")],
    [("呼吁", "u"), ("各供水公司：", "")],                 # the other file's list, with its sub-clauses
    "每月检测饮水点的水质；",
    "及时公布检测结果；",
    [("请", "u"), ("秘书长报告饮水点的设置情况。", "")]]  # back on the first list


def _merged(tmp_path: Path, body: list[Para], numbers: dict[int, tuple[int, int]]) -> Path:
    """The draft with the first list (numId 1) and the inserted file's own list (numId 2, another abstract list of
    the same look), numbered as ``numbers`` says (0-based paragraph → (numId, level))."""
    path = make(tmp_path, body, "merged.docx")
    doc = Document(str(path))
    levels = [lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "(%2)")]
    set_lists(doc, abstract(1, levels) + num(1, 1) + abstract(2, levels) + num(2, 2))
    for position, (num_id, level) in numbers.items():
        number(doc.paragraphs[position], num_id, level)
    doc.save(str(path))
    return path


def _numbering(path: Path, lib: library.Library) -> list[tuple[str, int, list[int]]]:
    report, _ = check.check_file(path, lib)
    return [(f.rule, f.paragraph, f.paragraphs) for f in report.findings if f.rule.startswith("numbering")]


def test_the_clause_after_an_inserted_list_is_named_by_the_restart_finding(tmp_path: Path,
                                                                          lib: library.Library) -> None:
    """"1." "2." | "1." "2." | "3.": the restart at the third clause names the last one too (it shows "3.", its
    place is 5, and the fix that joins the lists numbers it 5)."""
    numbers = {6: (1, 0), 7: (1, 0), 8: (2, 0), 9: (2, 0), 10: (1, 0)}
    found = _numbering(_merged(tmp_path, [*EN_HEAD, *EN_CLAUSES], numbers), lib)
    assert [(rule, where) for rule, where, _ in found] == [("numbering-restart", 9)]
    assert found[0][2] == [9, 10, 11]


def test_the_chinese_clause_after_an_inserted_list_with_sub_clauses_is_named(tmp_path: Path,
                                                                             lib: library.Library) -> None:
    """"1." | "1." "(a)" "(b)" | "2.": the clause after the inserted list is named (its place is 3)."""
    numbers = {7: (1, 0), 8: (2, 0), 9: (2, 1), 10: (2, 1), 11: (1, 0)}
    found = _numbering(_merged(tmp_path, [*ZH_HEAD, *ZH_CLAUSES], numbers), lib)
    assert [(rule, where) for rule, where, _ in found] == [("numbering-restart", 9)]
    assert 12 in found[0][2]


def test_every_clause_back_on_the_first_list_is_named_and_none_before(tmp_path: Path,
                                                                      lib: library.Library) -> None:
    """"1." | "1." "2." | "2." "3.": both clauses after the inserted list are named; the first clause, which keeps
    its label, is not."""
    body = [*EN_HEAD, EN_CLAUSES[0], *EN_CLAUSES[2:4], EN_CLAUSES[1], EN_CLAUSES[4]]
    numbers = {6: (1, 0), 7: (2, 0), 8: (2, 0), 9: (1, 0), 10: (1, 0)}
    found = _numbering(_merged(tmp_path, body, numbers), lib)
    assert found == [("numbering-restart", 8, [8, 9, 10, 11])]
