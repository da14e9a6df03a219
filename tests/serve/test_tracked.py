"""The screen's paragraphs of a draft with tracked changes: each number stays with the text it numbers."""

from __future__ import annotations

from pathlib import Path

from webdesk import AMENDMENTS

from drafter import library
from drafter.serve import work


def test_a_struck_paragraph_loses_its_number_and_the_one_before_keeps_its_own(
        drafts: dict[str, Path], lib: library.Library) -> None:
    before = work.pieces_of(drafts["en"], lib)
    numbered = [(p["label"], p["pieces"][0][1]) for p in before if p["label"]]
    assert numbered[0][0] == "1." and numbered[1][0] == "2." and numbered[2][0] == "3."
    revised = work.revise(drafts["en"], [("amendment 1", (AMENDMENTS / "en-strike-2.yaml").read_text())], lib)
    struck = [p for p in revised.pieces if any(kind == "del" for kind, _ in p["pieces"])]
    assert len(struck) == 1 and struck[0]["label"] == ""
    assert "".join(text for _, text in struck[0]["pieces"]) == numbered[1][1]
    after = [(p["label"], p["pieces"][0][1]) for p in revised.pieces if p["label"]]
    assert after[0] == numbered[0]  # "1." still on the first operative paragraph
    assert after[1] == ("2.", numbered[2][1])  # the third is now the second
