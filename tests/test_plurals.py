"""English counts say "1 error" and "3 errors", never "error(s)"."""

from __future__ import annotations

import pytest

from drafter.plurals import counted, plural


@pytest.mark.parametrize(("noun", "many"), [("error", "errors"), ("clause", "clauses"), ("match", "matches"),
                                            ("reply", "replies"), ("day", "days"), ("analysis", "analyses"),
                                            ("passed amendment", "passed amendments"), ("box", "boxes")])
def test_plural(noun: str, many: str) -> None:
    assert plural(noun) == many


def test_counted_is_singular_only_for_one() -> None:
    assert [counted(n, "error") for n in (0, 1, 2)] == ["0 errors", "1 error", "2 errors"]
    assert counted(1, "operative paragraph") == "1 operative paragraph"
    assert counted(2, "person") == "2 people" and counted(3, "criterion", "criteria") == "3 criteria"
