"""A clause whose last words are a relative pronoun and a modal with no verb after it ("… a new body that will;")
announces the items that finish its sentence (holdout72, #20); a modal followed by its verb, or one with another
subject ("… as far as they can;"), announces nothing."""

from __future__ import annotations

import pytest

from drafter.structure.classify import announces_list


@pytest.mark.parametrize("text", [
    "1. Calls for a monitoring office that will;",
    "2. Establishes a fund which shall;",
    "3. Proposes an expert panel who would,",
    "1. Creates a register that must",
])
def test_a_clause_ending_on_a_bare_modal_announces_a_list(text: str) -> None:
    assert announces_list(text, "en")


@pytest.mark.parametrize("text", [
    "1. Welcomes the regional meetings that will follow;",
    "2. Urges States to cooperate as far as they can;",
    "3. Invites States to act as soon as they may;",
    "4. Decides to remain seized of the matter.",
])
def test_a_modal_with_its_verb_or_another_subject_announces_nothing(text: str) -> None:
    assert not announces_list(text, "en")
