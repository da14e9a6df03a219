"""Misses of the checker on the blind set holdout107 (#20), English drafts whose sub-clauses are typed by hand, each
held by sentences of our own: under the ``un`` profile a list typed in letters under an item that is itself
lettered ("(a)" "(b)" under "(c) …, in particular:") is the second degree in the first degree's style (UN-B10 gives
"(i)" "(ii)" there), while letters under roman numerals (and roman numerals under letters), the style Security
Council lists nest in either order, stay right, and an item whose label goes on its parent's own list ("(c)" after
an inner "(a)" "(b)" under "(b)") is left alone."""

from __future__ import annotations

from pathlib import Path

from check.rule_paragraphs import rules

from drafter import check, library

HEAD = ["A/C.2/81/L.33", "Distr.: Limited", "9 November 2026", "Original: English", "Eighty-first session",
        "Second Committee", "Agenda item 18", "Macroeconomic policy questions",
        "Barbados, Ghana and Viet Nam: draft resolution", "Remittances and financial inclusion",
        "The General Assembly,", "Recalling the Addis Ababa Action Agenda,",
        "Noting that the cost of sending money home remains high in many corridors,",
        "1. Encourages Member States to lower the cost of remittances;"]
LAST = "3. Requests the Secretary-General to report at the eighty-third session."


def _text(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "remittances.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _clause(inner: list[str], after: list[str] | None = None) -> list[str]:
    return ["2. Invites the International Fund for Agricultural Development to do the following:",
            "    (a) to publish the cost of sending money in each corridor;",
            "    (b) to advise central banks, in particular:",
            *inner, *(after or []), LAST]


def test_letters_under_a_lettered_item_are_a_second_degree_in_the_first_degrees_style(
        lib: library.Library, tmp_path: Path) -> None:
    """"(a)" "(b)" under "(b) …, in particular:" (¶18, ¶19): each is a sub-label-style finding that asks for
    "(i)" "(ii)" and says why; the first-degree items are left alone."""
    inner = ["        (a) on licensing mobile money providers;", "        (b) on the protection of customers' data;"]
    path = _text(tmp_path, [*HEAD, *_clause(inner)])
    found = rules(path, lib)
    assert found.get("sub-label-style") == [18, 19]
    report, _ = check.check_file(path, lib)
    messages = [str(f.message) for f in report.findings if f.rule == "sub-label-style"]
    assert "'(i)'" in messages[0] and "'(ii)'" in messages[1]
    assert all("level above" in m for m in messages)


def test_a_label_going_on_its_parents_list_is_left_alone(lib: library.Library, tmp_path: Path) -> None:
    """"(c)" after the inner "(a)" "(b)" goes on the outer list as well as the inner one: the inner items are
    findings, "(c)" (¶20) is not."""
    inner = ["        (a) on licensing mobile money providers;", "        (b) on the protection of customers' data;"]
    found = rules(_text(tmp_path, [*HEAD, *_clause(inner, ["    (c) to report to the Assembly every two years;"])]),
                  lib)
    assert found.get("sub-label-style") == [18, 19]


def test_roman_numerals_under_a_lettered_item_stay_right(lib: library.Library, tmp_path: Path) -> None:
    inner = ["        (i) on licensing mobile money providers;", "        (ii) on the protection of customers' data;"]
    found = rules(_text(tmp_path, [*HEAD, *_clause(inner)]), lib)
    assert "sub-label-style" not in found and "sub-label-sequence" not in found


def test_letters_under_roman_numerals_stay_right(lib: library.Library, tmp_path: Path) -> None:
    """A Security Council list opening with "(i)" nests letters below it: not the same family, not a finding."""
    clause = ["2. Invites the International Fund for Agricultural Development to do the following:",
              "    (i) to publish the cost of sending money in each corridor;",
              "    (ii) to advise central banks, in particular:",
              "        (a) on licensing mobile money providers;",
              "        (b) on the protection of customers' data;", LAST]
    found = rules(_text(tmp_path, [*HEAD, *clause]), lib)
    assert "sub-label-style" not in found and "sub-label-sequence" not in found
