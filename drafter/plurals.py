"""A count and its noun in English, singular or plural as the count asks ("1 error", "3 errors")."""

from __future__ import annotations

_IRREGULAR = {"person": "people", "this": "these", "analysis": "analyses", "is": "are", "was": "were",
              "has": "have"}


def plural(noun: str) -> str:
    """The plural of an English noun (the last word of ``noun``): error → errors, clause → clauses,
    reply → replies, match → matches."""
    head, _, last = noun.rpartition(" ")
    if last in _IRREGULAR:
        many = _IRREGULAR[last]
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        many = last + "es"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        many = last[:-1] + "ies"
    else:
        many = last + "s"
    return f"{head} {many}" if head else many


def counted(count: int, noun: str, many: str = "") -> str:
    """``count`` and ``noun``, in the plural unless ``count`` is 1: "1 error", "0 errors", "2 passed amendments"
    (``many``: the plural, when :func:`plural` does not make it)."""
    return f"{count} {noun if count == 1 else many or plural(noun)}"
