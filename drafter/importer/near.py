"""Near-duplicate paragraphs across documents without comparing every pair: texts become words (each Chinese
character a word of its own), two texts are alike when difflib finds at least 90 % of their words in common order,
and an index finds, for a new text, only the earlier texts that share one of its rarer words (prefix filtering:
texts that share none of them cannot be 90 % alike), so the cost grows with the number of texts, not its square."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable
from typing import Generic, TypeVar

from drafter.importer.clean import normalise

SIMILAR = 0.9
_NUM, _DEN = 9, 10  # SIMILAR as a fraction: bounds are compared in integers
_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\s\u3400-\u4dbf\u4e00-\u9fff]+")

Value = TypeVar("Value")
Words = tuple[str, ...]


def words(text: str) -> Words:
    """The words compared: case, numbers, punctuation and spacing set aside; a Chinese character is one word."""
    return tuple(_WORD.findall(normalise(text)))


def _alike(matched: int, total: int) -> bool:
    """``matched`` words of ``total`` (both texts together) reach SIMILAR: 2 * matched / total >= 0.9."""
    return 2 * matched * _DEN >= _NUM * total


def similar(a: Words, b: Words, bag_a: Counter[str] | None = None, bag_b: Counter[str] | None = None) -> bool:
    """The two texts are at least SIMILAR alike (difflib's ratio over words, with its cheaper bounds first: the
    lengths, then the words in common in any order). ``bag_a`` and ``bag_b`` are their words counted, when known."""
    if a == b:
        return True
    total = len(a) + len(b)
    if not a or not b or not _alike(min(len(a), len(b)), total):
        return False
    bag_a, bag_b = bag_a or Counter(a), bag_b or Counter(b)
    if len(bag_a) > len(bag_b):
        bag_a, bag_b = bag_b, bag_a
    if not _alike(sum(min(n, bag_b[w]) for w, n in bag_a.items() if w in bag_b), total):
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return _alike(sum(block.size for block in matcher.get_matching_blocks()), total)


def _prefix_length(size: int) -> int:
    """How many of a text's rarest words another text at least SIMILAR alike must share one of.

    Two texts of n and m words that are SIMILAR alike have at least t = 0.45 (n + m) words in common (difflib's
    matches are common words), and m >= n * 0.9 / 1.1 (the length bound). Under one fixed order of words, two
    texts with t words in common share a word among the first n - t + 1 of each; the smallest t over every
    admissible m gives the longest prefix, which is always enough.
    """
    shortest = -(-size * _NUM // (2 * _DEN - _NUM))  # ceil(n * 0.9 / 1.1)
    common = -(-_NUM * (size + shortest) // (2 * _DEN))  # ceil(0.45 * (n + m))
    return max(1, size - common + 1)


class Index(Generic[Value]):
    """Earlier texts (as words) and what they stand for, found again by the rare words a new text shares."""

    def __init__(self, frequency: Counter[str]) -> None:
        self.frequency = frequency  # how many texts hold each word: fixed, so every prefix uses one order
        self.postings: dict[tuple[str, int], list[int]] = {}
        self.values: list[Value] = []
        self.empty: list[int] = []

    def _prefix(self, text: Words) -> list[tuple[str, int]]:
        seen: Counter[str] = Counter()
        items = []
        for word in text:
            seen[word] += 1
            items.append((word, seen[word]))  # the second "the" is another item than the first
        items.sort(key=lambda item: (self.frequency[item[0]], item))
        return items[:_prefix_length(len(items))]

    def add(self, text: Words, value: Value) -> None:
        """Remember ``value`` under ``text``."""
        serial = len(self.values)
        self.values.append(value)
        if not text:
            self.empty.append(serial)
        for item in self._prefix(text):
            self.postings.setdefault(item, []).append(serial)

    def candidates(self, text: Words) -> list[Value]:
        """The remembered values whose text could be SIMILAR alike to ``text``, earliest first."""
        if not text:
            found: Iterable[int] = self.empty
        else:
            found = {serial for item in self._prefix(text) for serial in self.postings.get(item, ())}
        return [self.values[serial] for serial in sorted(found)]
