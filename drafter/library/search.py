"""Find clauses the way people type: words in any order, with or without hyphens, in either language.

Every word of a query must match somewhere in the clause. A clause ranks by the weakest field its
words needed (id, then lead phrase, then text, then topic, then source); among equals, a clause
whose text holds the whole query as typed comes first, then library order.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from drafter.library.library import Library
from drafter.library.model import LANGS, Clause

FIELDS = ("id", "phrase", "text", "topic", "source")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/·・]+")
_CJK_CHAR = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SCRIPT_RUNS = re.compile(rf"[{_CJK_CHAR}]+|[^{_CJK_CHAR}]+")
_CJK_RUN = re.compile(rf"[{_CJK_CHAR}]+")
_PUNCTUATION = re.compile(r"[\"'“”‘’《》「」『』()（）\[\]【】,，.。;；:：!！?？、|]+")


def normalise(text: str) -> str:
    """Fold case and width, and turn hyphens, dashes and runs of spaces into one space."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = _PUNCTUATION.sub(" ", folded)
    return _SEPARATORS.sub(" ", folded).strip()


def words(query: str | Sequence[str]) -> list[str]:
    """The words of a query: split on spaces and hyphens, and where Chinese meets other scripts."""
    text = query if isinstance(query, str) else " ".join(query)
    result: list[str] = []
    for token in normalise(text).split():
        for run in _SCRIPT_RUNS.findall(token):
            if run.strip() and run not in result:
                result.append(run.strip())
    return result


@dataclass(frozen=True)
class Hit:
    """A clause found by a query, and where its words matched."""

    clause: Clause
    rank: int  # index into FIELDS of the weakest field a word needed
    whole: bool  # the whole query appears as typed in the clause's id, phrase or text
    where: dict[str, str] = field(default_factory=dict)  # word -> field it matched first

    @property
    def field(self) -> str:
        """The weakest field a word of the query needed (id, phrase, text, topic or source)."""
        return FIELDS[self.rank]


def _fields(lib: Library, clause: Clause, lang: str | None) -> dict[str, list[str]]:
    langs = (lang,) if lang else LANGS
    phrase = lib.phrases.get(clause.phrase)
    phrases = [clause.phrase]
    if phrase:
        for lg in langs:
            phrases += phrase.forms(lg)
    texts = [clause.text[lg] for lg in langs]
    stack = list(clause.subparagraphs)
    while stack:
        sub = stack.pop()
        texts += [sub.text[lg] for lg in langs]
        stack.extend(sub.children)
    topics: list[str] = []
    for ident in clause.topics:
        topic = lib.topics.get(ident)
        topics += [ident] + ([topic.name[lg] for lg in langs] if topic else [])
    source = clause.source
    sources = [source.seed, source.ref, source.symbol, source.note,
               getattr(source, "excerpt", ""), getattr(source, "adapted", "")]
    return {"id": [clause.id], "phrase": phrases, "text": texts, "topic": topics,
            "source": [s for s in sources if s and isinstance(s, str)]}


_INDEX: dict[tuple[str, str | None], tuple[Clause, dict[str, str]]] = {}


def _normalised_fields(lib: Library, clause: Clause, lang: str | None) -> dict[str, str]:
    """The clause's fields, normalised; kept while the same clause object is asked for (typing in a filter)."""
    kept = _INDEX.get((clause.id, lang))
    if kept is not None and kept[0] is clause:
        return kept[1]
    fields = {name: " | ".join(normalise(v) for v in values) for name, values in _fields(lib, clause, lang).items()}
    _INDEX[(clause.id, lang)] = (clause, fields)
    return fields


def split_into_found(word: str, haystack: str) -> list[str] | None:
    """``word`` cut into the fewest pieces of two or more characters that each appear in ``haystack``, or None."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for start in range(len(word)):
        sofar = best[start]
        if sofar is None:
            continue
        for end in range(start + 2, len(word) + 1):
            found = best[end]
            if word[start:end] in haystack and (found is None or len(found) > len(sofar) + 1):
                best[end] = sofar + [word[start:end]]
    return best[-1]


class Query:
    """A compiled query; ``match`` tells whether a clause fits it and how well."""

    def __init__(self, text: str | Sequence[str], lang: str | None = None) -> None:
        self.words = words(text)
        self.phrase = " ".join(self.words)
        self.lang = lang

    def __bool__(self) -> bool:
        return bool(self.words)

    def match(self, lib: Library, clause: Clause) -> Hit | None:
        """The hit for ``clause``, or None when a word matches nowhere."""
        fields = _normalised_fields(lib, clause, self.lang)
        where: dict[str, str] = {}
        for word in self.words:
            found = next((name for name in FIELDS if word in fields[name]), None)
            if found is None and len(word) >= 4 and _CJK_RUN.fullmatch(word):
                # Chinese typed without spaces ("发展中国家能力建设"): the words it splits into, found apart
                pieces = split_into_found(word, " | ".join(fields.values()))
                if pieces:
                    found = FIELDS[max(FIELDS.index(next(n for n in FIELDS if p in fields[n])) for p in pieces)]
            if found is None:
                return None
            where[word] = found
        rank = max((FIELDS.index(f) for f in where.values()), default=0)
        whole = bool(self.phrase) and any(self.phrase.replace(" ", "") in fields[name].replace(" ", "")
                                          for name in ("id", "phrase", "text"))
        return Hit(clause, rank, whole, where)


def search(lib: Library, query: str | Sequence[str], lang: str | None = None,
           clauses: Iterable[Clause] | None = None) -> list[Hit]:
    """Clauses (default: the whole library) matching every word of ``query``, best first."""
    compiled = Query(query, lang)
    pool = list(lib.clauses.values() if clauses is None else clauses)
    if not compiled:
        return [Hit(c, 0, False) for c in pool]
    hits = [(i, h) for i, c in enumerate(pool) if (h := compiled.match(lib, c)) is not None]
    hits.sort(key=lambda pair: (pair[1].rank, not pair[1].whole, pair[0]))
    return [h for _, h in hits]



_ID_LIKE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
_LATIN_WORD = re.compile(r"[a-z][a-z'’]{2,}")


def suggestions(lib: Library, query: str | Sequence[str], lang: str | None = None,
                clauses: Iterable[Clause] | None = None) -> list[tuple[str, str]]:
    """For a query that finds nothing: (what was typed, the nearest id or word of the clauses) for a clause id
    typed with a slip ("cyb-core-op-1") and for each word found in no clause ("cybercrme" -> "cybercrime")."""
    pool = list(lib.clauses.values() if clauses is None else clauses)
    typed = (query if isinstance(query, str) else " ".join(query)).strip().casefold()
    if not typed or not pool:
        return []
    if _ID_LIKE.fullmatch(typed):
        close = difflib.get_close_matches(typed, [c.id.casefold() for c in pool], n=1, cutoff=0.6)
        if close:
            return [(typed, next(c.id for c in pool if c.id.casefold() == close[0]))]
    found: list[tuple[str, str]] = []
    vocabulary: set[str] | None = None
    for word in words(typed):
        if not _LATIN_WORD.fullmatch(word) or any(Query(word, lang).match(lib, c) for c in pool):
            continue
        if vocabulary is None:
            vocabulary = {w for c in pool for text in _normalised_fields(lib, c, lang).values()
                          for w in _LATIN_WORD.findall(text)}
        close = difflib.get_close_matches(word, sorted(vocabulary), n=1, cutoff=0.75)
        if close:
            found.append((word, close[0]))
    return found
