"""When two clauses are one: near-identical texts, for ``drafter merge``.

Two bodies are one clause when difflib's ratio over their characters, compared as :func:`drafter.revise.
workingpaper.key` writes them (case, spaces and the width of marks set aside), reaches NEAR_IDENTICAL (0.8).
Measured on real texts (``python bench/merge_threshold.py``: four Security Council mandates renewed twice in
2020, 97 paragraphs in each language): paragraphs carried into the next resolution with a date, a symbol or a
few words changed score 0.817 and more in English and mostly 0.8 and more in Chinese (re-translated, down to
0.73); other paragraphs of the same two resolutions score at most 0.648 in English and 0.714 in Chinese. Two
distinct library clauses can come closer (0.862: gen-sc-op-01 and gen-sc-op-02), so two clauses that are, or are
near, different library clauses are never taken for one (see :mod:`drafter.revise.merge`); contested
alternatives stay below 0.37.
"""

from __future__ import annotations

import difflib

NEAR_IDENTICAL = 0.8


def near_identical(a: str, b: str) -> bool:
    """difflib's ratio of ``a`` and ``b`` >= NEAR_IDENTICAL, with its cheap upper bounds tried first."""
    if a == b:
        return True
    if not a or not b or 2 * min(len(a), len(b)) < NEAR_IDENTICAL * (len(a) + len(b)):
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= NEAR_IDENTICAL and matcher.ratio() >= NEAR_IDENTICAL


def ratio(a: str, b: str) -> float:
    """difflib's ratio of two texts (for reports and the threshold bench)."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
