"""The organ line set down after the preamble with a full stop or a semicolon ("The General Assembly."), right
before the operative part: the reader takes it for the organ line out of place, not for a preambular clause."""

from __future__ import annotations

from drafter.structure.classify import is_organ_substitute

ORGANS = ["The General Assembly", "The Economic and Social Council", "The Security Council"]


def test_a_bare_name_with_a_stop_before_the_operative_part_stands_for_the_organ_line() -> None:
    assert is_organ_substitute("The General Assembly.", ORGANS, before_operative=True)
    assert is_organ_substitute("The Economic and Social Council;", ORGANS, before_operative=True)
    assert is_organ_substitute("The Fourth Committee.", ORGANS, before_operative=True)  # a body's name of its own
    assert not is_organ_substitute("The General Assembly.", ORGANS)  # elsewhere in the preamble: not this reading
    assert not is_organ_substitute("Noting the work of the General Assembly.", ORGANS, before_operative=True)
