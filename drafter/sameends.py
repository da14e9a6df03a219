"""How much two sequences share at their start and at their end: what an edit that changes only the middle keeps."""

from __future__ import annotations

from collections.abc import Sequence


def same_ends(old: Sequence[object], new: Sequence[object]) -> tuple[int, int]:
    """(head, tail): the items ``old`` and ``new`` share at their start, then at their end, the two never
    overlapping ("Desiring" / "Desireing" → (5, 3))."""
    shortest = min(len(old), len(new))
    head = 0
    while head < shortest and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < shortest - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return head, tail
