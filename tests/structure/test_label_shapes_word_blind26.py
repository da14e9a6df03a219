"""Labels with a word and a Roman numeral, as the Multilevel List gallery's "Article I." level shows them, count as
a word and a number do ("Clause 3:"); a string that is no Roman numeral does not."""

from __future__ import annotations

import pytest

from drafter.structure.classify import worded_clause_number


@pytest.mark.parametrize(("label", "count"), [
    ("Article I.", 1), ("Article IV.", 4), ("Article XII.", 12), ("Part ii)", 2), ("Clause 3:", 3),
    ("Article IIII.", None), ("Article VX.", None), ("Annex", None), ("I.", None),
])
def test_worded_roman_counts(label: str, count: int | None) -> None:
    assert worded_clause_number(label) == count
