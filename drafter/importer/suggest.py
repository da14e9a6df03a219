"""Topics suggested from a clause's words (``--suggest-topics``): each topic of the loaded libraries (the built-in
ones to start with, and any an organiser adds in a folder given with --library) is known by the words of its name
and the words its clauses use more than the rest of the library does; an imported clause that uses at least two of
a topic's words gets that topic too, with the words written beside it."""

from __future__ import annotations

import math
import re
from collections import Counter

from drafter.importer.entries import Builder, Entry
from drafter.importer.read import descendants
from drafter.library import Library
from drafter.library.model import LANGS, Clause

KEY_WORDS = 12  # a topic's words: those of its name and its clauses' most distinctive ones
ENOUGH = 2  # distinct words of a topic a clause must use to be suggested that topic
MOST = 2  # topics suggested to one clause at most
_STOP = frozenset("""a an and are as at be by for from has have in including into is its it of on or that the their
these this those to with within all other such which including also further well under upon should shall may
member states state united nations""".split())


def _words(text: str, lang: str) -> set[str]:
    """The words a text is matched on: English words cut to six letters (cooperation, cooperate: cooper), small
    words aside; in Chinese, every two characters that stand together."""
    if lang == "zh":
        chars = re.findall(r"[\u4e00-\u9fff]+", text)
        return {run[i:i + 2] for run in chars for i in range(len(run) - 1)}
    return {w[:6] for w in re.findall(r"[a-z]+", text.casefold()) if len(w) > 2 and w not in _STOP}


def _clause_texts(clause: Clause, lang: str) -> str:
    return " ".join(t[lang] for t in clause.texts())


def _entry_texts(entry: Entry, lang: str) -> str:
    return " ".join([entry.text[lang], *(s.text for s in descendants(entry.subs[lang]))])


def topic_words(lib: Library, exclude: set[str]) -> dict[str, dict[str, set[str]]]:
    """For each topic of the library (but ``exclude``), per language: the words of its name and the
    :data:`KEY_WORDS` words its clauses use most often compared with the whole library."""
    clauses = list(lib.clauses.values())
    found: dict[str, dict[str, set[str]]] = {}
    for lang in LANGS:
        held = [_words(_clause_texts(c, lang), lang) for c in clauses]
        frequency = Counter(w for words in held for w in words)
        total = len(clauses) or 1
        for topic in lib.topics.values():
            if topic.id in exclude:
                continue
            own = [words for clause, words in zip(clauses, held) if topic.id in clause.topics]
            counted = Counter(w for words in own for w in words)
            score = {w: n / len(own) * math.log(total / frequency[w]) for w, n in counted.items() if n > 1} if own else {}
            best = sorted(score, key=lambda w: (-score[w], w))[:KEY_WORDS]
            found.setdefault(topic.id, {})[lang] = _words(topic.name[lang], lang) | set(best)
    return found


def suggest_topics(builder: Builder, lib: Library) -> int:
    """Add to each imported clause up to :data:`MOST` topics of the loaded libraries whose words it uses (at
    least :data:`ENOUGH` of them), noting the words; return how many clauses were given one."""
    words_of = topic_words(lib, set(builder.topics))
    given = 0
    for entry in builder.entries.values():
        lang = "en" if "en" in entry.text else "zh"
        used = _words(_entry_texts(entry, lang), lang)
        matches = {topic: used & by_lang[lang] for topic, by_lang in words_of.items()}
        ranked = sorted((t for t, shared in matches.items() if len(shared) >= ENOUGH and t not in entry.topics),
                        key=lambda t: (-len(matches[t]), t))[:MOST]
        for topic in ranked:
            entry.topics.append(topic)
            entry.notes[f"topic:{topic}"] = f"suggested from the words {', '.join(sorted(matches[topic]))}"
        given += bool(ranked)
    return given
