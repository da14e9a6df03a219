"""heading33 (#20): a UN masthead's first line with its columns run together ("United Nations S/RES/1.0 (2024)")
names the organ by its symbol (UN-H01): a conference heading under it that lists sponsors and signatories is not
asked for a Committee line. A masthead line with no symbol, or a body's name the symbol does not give, still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import library
from tests.check.test_heading_student import EN_BODY, HEADING_RULES, findings

LISTS = ["Sponsors: Norway, Chile", "Signatories: Fiji, Ghana"]


@pytest.mark.parametrize("symbol", ["United Nations S/RES/7.2 (2025)", "United Nations A/RES/80/3"])
def test_a_masthead_symbol_line_names_the_committee(symbol: str, lib: library.Library, tmp_path: Path) -> None:
    heading = [symbol, "Protection of civilians in armed conflict", *LISTS]
    found = findings(tmp_path, [*heading, *EN_BODY], lib, rules=HEADING_RULES)
    assert not [f.message for f in found if "Committee" in f.message]


@pytest.mark.parametrize("line", ["United Nations Model Conference 2025", "United Nations Youth Forum S/7"])
def test_a_masthead_line_with_no_symbol_names_no_committee(line: str, lib: library.Library, tmp_path: Path) -> None:
    heading = [line, "Protection of civilians in armed conflict", *LISTS]
    found = findings(tmp_path, [*heading, *EN_BODY], lib, rules=HEADING_RULES)
    assert [f.message for f in found if "Committee" in f.message] == ["the heading lacks the Committee line"]
