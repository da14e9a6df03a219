"""The parts of the reviser on their own: the action table, tokens, and the view of the draft's tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import library
from drafter.labels import format_address
from drafter.revise import amend
from drafter.revise.actions import ACTIONS
from drafter.revise.document import open_draft
from drafter.revise.reviser import Reviser
from drafter.revise.tokens import tokens

DRAFT = Path(__file__).parent / "amend_fixtures" / "draft-en.yaml"


def amendment(tmp_path: Path, lib: library.Library, actions: str, *, numbering: str = "current",
              submitted_by: str = "FRA") -> amend.Amendment:
    path = tmp_path / f"{submitted_by}.yaml"
    path.write_text(f"draft: {DRAFT}\nsubmitted_by: {submitted_by}\nnumbering: {numbering}\nactions:\n{actions}",
                    encoding="utf-8")
    return amend.read(path, lib)


def test_every_action_has_its_function() -> None:
    assert set(ACTIONS) == set(amend.ACTIONS)


def test_tokens_are_words_in_english_and_characters_in_chinese() -> None:
    assert tokens("make full use, now", "en") == ["make", " ", "full", " ", "use", ",", " ", "now"]
    assert tokens("培训法官", "zh") == ["培", "训", "法", "官"]


def test_the_view_walks_the_structure_tree_and_added_paragraphs_join_it(lib: library.Library,
                                                                         tmp_path: Path) -> None:
    draft = open_draft(DRAFT, lib)
    third = draft.structure.operative[2]
    reviser = Reviser(draft, lib)
    reviser.apply(amendment(tmp_path, lib, "  - strike: '2'\n  - add_after: '3(b)'\n"
                                           "    text: the exchange of good practices\n"))
    assert not reviser.problems
    view = reviser.view
    assert view.top is draft.structure.operative
    assert view.find([3], "current", "3") is third  # one amendment's addresses all name the text before it
    assert view.find([2], "now", "2") is third  # 3 is 2 once 2 is struck
    assert view.find([3], "original", "3") is third
    added = third.children[2]
    assert view.live[added].added_by is not None and added.parent is third
    assert view.address(added) == "2(c)"
    addresses = [address for address, _ in reviser.current_paragraphs()]
    assert addresses == ["1", "2", "2(a)", "2(b)", "2(c)", "2(d)", "3", "4"]
    assert dict(reviser.current_paragraphs())["2(c)"].startswith("the exchange of good practices")


def test_a_struck_paragraph_names_the_amendment_that_struck_it(lib: library.Library, tmp_path: Path) -> None:
    reviser = Reviser(open_draft(DRAFT, lib), lib)
    reviser.apply(amendment(tmp_path, lib, "  - strike: '2'\n", submitted_by="USA"))
    reviser.apply(amendment(tmp_path, lib, "  - strike: '2'\n", numbering="original", submitted_by="JPN"))
    [problem] = reviser.problems
    assert problem.message == "paragraph 2 was struck by an earlier amendment (United States of America)"


@pytest.mark.parametrize("path, numbering", [([9], "current"), ([3, 4], "original")])
def test_an_address_past_the_end_is_a_problem(path: list[int], numbering: str, lib: library.Library,
                                              tmp_path: Path) -> None:
    address = format_address(path)
    reviser = Reviser(open_draft(DRAFT, lib), lib)
    reviser.apply(amendment(tmp_path, lib, f"  - strike: '{address}'\n", numbering=numbering))
    [problem] = reviser.problems
    assert problem.message.startswith(f"no paragraph {address}: ")
