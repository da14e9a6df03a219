"""An English spelling dictionary: whether a word is English, British or American spelling alike.

The word list is pyspellchecker's (about 160 000 words, lower case, American spelling); it is read on the first
question only, so a draft whose leads are all in the phrase list never loads it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from drafter import cachedir
from drafter.patterns import lazy

# British spellings the American list lacks, and the American form to look up instead
_BRITISH = (
    (lazy(r"is(e|es|ed|ing|ation|ations|er|ers|ant|ance)$"), r"iz\1"),
    (lazy(r"yse(s|d)?$"), r"yze\1"),
    (lazy(r"our(s|ed|ing|able|ite|ites)?$"), r"or\1"),
    (lazy(r"tre(s)?$"), r"ter\1"),
    (lazy(r"(?<=[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (lazy(r"ogue(s)?$"), r"og\1"),
    (lazy(r"ence(s)?$"), r"ense\1"),
    (lazy(r"amme(s)?$"), r"am\1"),
)
_WORD = lazy(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


class _WordList:
    """The word list, kept as one text (``\\nword\\tcount\\n`` lines) that a look-up searches: a draft asks for a
    few words, and making 160 000 entries of a table costs more than a few searches. After
    ``SEARCHES`` look-ups the table is made after all, so a long draft does not search the text again and again."""

    SEARCHES = 200

    def __init__(self, lines: str) -> None:
        self.lines = lines
        self.table: dict[str, int] | None = None
        self.asked: dict[str, int] = {}

    def get(self, word: str, default: int = 0) -> int:
        """The count of ``word`` (``default`` when the list does not hold it)."""
        if self.table is not None:
            return self.table.get(word, default)
        if word in self.asked:
            count = self.asked[word]
            return default if count < 0 else count
        if len(self.asked) >= self.SEARCHES:
            self.table = {w: int(c) for w, _, c in (line.partition("\t") for line in self.lines.split("\n")) if w}
            return self.table.get(word, default)
        start = self.lines.find(f"\n{word}\t") if "\n" not in word and "\t" not in word else -1
        if start < 0:
            self.asked[word] = -1
            return default
        start += len(word) + 2
        count = self.asked[word] = int(self.lines[start: self.lines.index("\n", start)])
        return count

    def __contains__(self, word: str) -> bool:
        return self.get(word, -1) >= 0


@cache
def _words() -> _WordList:
    """The word list with its counts (loaded once, on the first look-up; from drafter's cache after the first
    run, as pyspellchecker reads it from compressed JSON in about a second)."""
    from importlib.util import find_spec

    spec = find_spec("spellchecker")
    try:  # the cached list is the one built from this very word list file
        listed = Path(spec.origin).parent / "resources" / "en.json.gz"  # type: ignore[union-attr, arg-type]
        stat = listed.stat()
        release = f"{stat.st_size}-{stat.st_mtime_ns}"
    except (OSError, TypeError, AttributeError):
        return _WordList(_lines(_read_word_list()))
    return _WordList(cachedir.text("english-word-lines", release, lambda: _lines(_read_word_list())))


def _lines(counts: dict[str, int]) -> str:
    return "\n" + "".join(f"{word}\t{count}\n" for word, count in counts.items()
                          if word and "\n" not in word and "\t" not in word)


def _read_word_list() -> dict[str, int]:
    from spellchecker import SpellChecker  # slow to read: only when a lead word must be looked up

    return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def _forms(word: str) -> list[str]:
    """``word`` in lower case, then its American spelling when it is written the British way."""
    low = word.casefold().replace("’", "'")
    if low.endswith(("'s", "s'")):
        low = low[:-2] if low.endswith("'s") else low[:-1]
    forms = [low]
    for pattern, american in _BRITISH:
        changed = pattern.sub(american, low)
        if changed != low:
            forms.append(changed)
    return forms


def known(word: str) -> bool:
    """The dictionary knows ``word`` (any case; British -ise/-our/-tre spellings count; "re-emphasizing" when both
    halves do). A word with digits or other scripts is not an English word."""
    parts = word.split("-")
    if len(parts) > 1:
        return all(known(p) for p in parts if p) and any(parts)
    if not _WORD.fullmatch(word):
        return False
    words = _words()
    return any(form in words for form in _forms(word))


def frequency(word: str) -> int:
    """How often ``word`` occurs in the dictionary's corpus (0 for an unknown word): to choose between forms."""
    words = _words()
    return max((words.get(form, 0) for form in _forms(word)), default=0)


def all_known(text: str) -> bool:
    """Every word of ``text`` is a dictionary word (a phrase of real words, not a misspelling)."""
    words = text.split()
    return bool(words) and all(known(w.strip(",;:.()\"“”")) for w in words)
