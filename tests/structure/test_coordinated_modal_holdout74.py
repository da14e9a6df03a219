"""A clause whose last words are a modal joined by "and" / "or" to a verb before it, with no verb after it ("… a
council which will sit twice a year and will;"), announces the items that finish its sentence, as "… that will;"
does (holdout74, #20); such a modal followed by its verb announces nothing."""

from __future__ import annotations

import pytest

from drafter.structure.classify import announces_list


@pytest.mark.parametrize("text", [
    "2. Requests that a board be set up which will meet each spring and will;",
    "3. Creates a registry that shall keep records or shall;",
    "4. Establishes a panel which must report yearly and must,",
])
def test_a_clause_ending_on_a_coordinated_bare_modal_announces_a_list(text: str) -> None:
    assert announces_list(text, "en")


@pytest.mark.parametrize("text", [
    "2. Requests that a board be set up which will meet and will report;",
    "3. Urges States to act as far as they can;",
])
def test_a_coordinated_modal_with_its_verb_announces_nothing(text: str) -> None:
    assert not announces_list(text, "en")
