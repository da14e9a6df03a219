"""The fields of an amendment file that are not actions: cosigners in every shape a person might write."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import library, yamlio
from drafter.revise import amend

HEAD = "submitted_by: DEU\nactions:\n  - strike: \"2\"\n"


def parse(text: str, lib: library.Library) -> tuple[amend.Amendment, list[str]]:
    path = Path("amendment.yaml")
    found, problems = amend.parse(yamlio.parse(text, path), path, lib)
    return found, [f"{p.location.line}:{p.location.column} {p.message}" for p in problems]


@pytest.mark.parametrize("value, cosigners", [("[FRA, ITA]", ["FRA", "ITA"]), ("FRA", ["FRA"]), ("", [])])
def test_cosigners_as_a_list_or_one_text(lib: library.Library, value: str, cosigners: list[str]) -> None:
    found, problems = parse(HEAD + f"cosigners: {value}\n", lib)
    assert problems == []
    assert found.cosigners == cosigners


@pytest.mark.parametrize("value", ["3", "true", "2.5", "{FRA: 1}"])
def test_cosigners_that_are_no_list_are_one_problem(lib: library.Library, value: str) -> None:
    found, problems = parse(HEAD + f"cosigners: {value}\n", lib)
    assert problems == ["4:12 cosigners must be a list of countries"]
    assert found.cosigners == []
