"""Topics suggested from a clause's words (``--suggest-topics``): each topic of the loaded libraries (the built-in
ones to start with, and any an organiser adds in a folder given with --library) is known by the words of its name
and the words its clauses use more than the rest of the library does; an imported clause that uses three of a
topic's words, or two of them one of which is in the topic's name, gets that topic too, with the words written
beside it."""

from __future__ import annotations

import math
import re
from collections import Counter

from drafter.importer.entries import Builder, Entry
from drafter.importer.read import descendants
from drafter.library import Library
from drafter.library.model import LANGS, Clause

KEY_WORDS = 12  # a topic's words: those of its name and its clauses' most distinctive ones
COMMON = 0.2  # a word more than this share of the library's clauses use says nothing about a topic
MOST = 2  # topics suggested to one clause at most
_STOP = frozenset("""a an and are as at be by for from has have in including into is its it of on or that the their
these this those to with within all other such which including also further well under upon should shall may
member states state united nations""".split())


def _words(text: str, lang: str) -> dict[str, str]:
    """The words a text is matched on, each with the first word of the text it stands for: English words cut to
    six letters (cooperation, cooperate: cooper), small words aside; in Chinese, every two characters that stand
    together."""
    if lang == "zh":
        chars = re.findall(r"[\u4e00-\u9fff]+", text)
        return {pair: pair for run in chars for pair in (run[i:i + 2] for i in range(len(run) - 1))}
    found: dict[str, str] = {}
    for word in re.findall(r"[a-z]+", text.casefold()):
        if len(word) > 2 and word not in _STOP:
            found.setdefault(word[:6], word)
    return found


def _clause_texts(clause: Clause, lang: str) -> str:
    return " ".join(t[lang] for t in clause.texts())


def _entry_texts(entry: Entry, lang: str) -> str:
    return " ".join([entry.text[lang], *(s.text for s in descendants(entry.subs[lang]))])


def topic_words(lib: Library, exclude: set[str]) -> dict[str, dict[str, tuple[set[str], set[str]]]]:
    """For each topic of the library (but ``exclude``), per language: the words of its name, and those with the
    :data:`KEY_WORDS` words its clauses use most often compared with the whole library (none that more than
    :data:`COMMON` of the library's clauses use)."""
    clauses = list(lib.clauses.values())
    found: dict[str, dict[str, tuple[set[str], set[str]]]] = {}
    for lang in LANGS:
        held = [set(_words(_clause_texts(c, lang), lang)) for c in clauses]
        frequency = Counter(w for words in held for w in words)
        total = len(clauses) or 1
        for topic in lib.topics.values():
            if topic.id in exclude:
                continue
            own = [words for clause, words in zip(clauses, held) if topic.id in clause.topics]
            counted = Counter(w for words in own for w in words)
            score = {w: n / len(own) * math.log(total / frequency[w]) for w, n in counted.items()
                     if n > 1 and frequency[w] <= COMMON * total}
            best = sorted(score, key=lambda w: (-score[w], w))[:KEY_WORDS]
            name = set(_words(topic.name[lang], lang))
            found.setdefault(topic.id, {})[lang] = (name, name | set(best))
    return found


def suggest_topics(builder: Builder, lib: Library) -> int:
    """Add to each imported clause up to :data:`MOST` topics of the loaded libraries whose words it uses (three,
    or two with one of the topic's name), noting the words; return how many clauses were given one."""
    words_of = topic_words(lib, set(builder.topics))
    given = 0
    for entry in builder.entries.values():
        lang = "en" if "en" in entry.text else "zh"
        used = _words(_entry_texts(entry, lang), lang)
        matches = {topic: set(used) & by_lang[lang][1] for topic, by_lang in words_of.items()}
        fitting = [t for t, shared in matches.items() if t not in entry.topics
                   and (len(shared) >= 3 or (len(shared) == 2 and shared & words_of[t][lang][0]))]
        for topic in sorted(fitting, key=lambda t: (-len(matches[t]), t))[:MOST]:
            entry.topics.append(topic)
            shown = ", ".join(sorted(used[w] for w in matches[topic]))
            entry.notes[f"topic:{topic}"] = f"suggested from the words {shown}"
        given += bool(fitting)
    return given
