"""Which works a paper's sentences rest on: markers written into the text where a sentence states a fact, turned
into numbered citations ("[3]") and a list of references, and recorded sentence by sentence.

A sentence is cited with :meth:`Citations.mark` (the works and the facts it used); the marker travels through the
text template unchanged. :meth:`Citations.resolve` numbers the works in the order the paper first cites them,
puts the numbers where the markers stood, and returns each sentence with what it rests on
(:class:`~drafter.compose.draft.Sentence`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.compose.draft import Sentence
from drafter.library import Library
from drafter.library.model import Clause, Fact
from drafter.problems import did_you_mean, did_you_mean_zh, q
from drafter.punctuation import CJK_TEXT
from drafter.status import DrafterError

OPEN, CLOSE = "\ue000", "\ue001"  # private-use characters: never in a clause, a name or a delegate's text
MARKER = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")
# where an English sentence ends: a full stop (or ? !) before a space and a capital, a quote or a bracket;
# "No. 185" and "U.N." do not end one (a digit or a lower-case letter follows)
_EN_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(\[])")
_ZH_END = re.compile(r"(?<=[。！？])")


@dataclass
class Work:
    """A work a paper cites: its entry in the list of references, in the paper's language."""

    key: str
    text: str
    what: str = ""  # the source it stands for ("seed:FILE:REF", "doc:SYMBOL:REF")


@dataclass
class Citations:
    """The works one paper cites, numbered in the order of first citation."""

    lib: Library
    lang: str
    works: dict[str, Work] = field(default_factory=dict)  # key -> work, for works that are no library reference
    order: list[str] = field(default_factory=list)

    def mark(self, refs: tuple[str, ...] | list[str] = (), facts: tuple[Fact, ...] | list[Fact] = ()) -> str:
        """A marker citing the references ``refs`` and the sources of ``facts`` (recorded as "ISO3.kind")."""
        keys = list(dict.fromkeys([*refs, *(s for f in facts for s in f.sources)]))
        for key in keys:
            if key not in self.lib.references and key not in self.works:
                raise DrafterError(f"a position paper cites {key!r}, which no library's references define "
                                   f"(clauses/references.yaml){did_you_mean(key, self.lib.references)}",
                                   zh=f"立场文件引用了{q(key)}，但没有任何资料库的参考文献定义它"
                                      f"（clauses/references.yaml）{did_you_mean_zh(key, self.lib.references)}")
        used = [f"{f.country or f.group}.{f.kind}" for f in facts]
        return f"{OPEN}{','.join(keys)}|{','.join(used)}{CLOSE}" if keys else ""

    def source(self, clause: Clause) -> str:
        """A marker citing where a clause comes from: the reference that is its seed document or its UN document
        when the library has one, else the document as the clause's source names it. The clause is recorded as the
        fact the sentence rests on ("clause:ID"), so the passage can be traced."""
        source = clause.source
        used = f"clause:{clause.id}"
        for ref in self.lib.references.values():
            if (source.seed and ref.seed == source.seed) or (source.symbol and ref.url.endswith("/" + source.symbol)):
                return f"{OPEN}{ref.id}|{used}{CLOSE}"
        seed = self.lib.seeds.get(source.seed) if source.seed else None
        if seed is not None:
            symbol = f"{', ' if self.lang == 'en' else '，'}{seed.symbol}" if seed.symbol else ""
            text, what = f"{seed.title[self.lang]}{symbol}", f"seed:{source.seed}"
        elif source.symbol:
            text, what = source.symbol, f"doc:{source.symbol}"
        else:
            return ""
        key = self._key(what)
        self.works.setdefault(key, Work(key, text, what))
        return f"{OPEN}{key}|{used}{CLOSE}"

    def _key(self, what: str) -> str:
        """A short key for a clause source ("clause-3"): marker payloads hold no commas or bars."""
        for key, work in self.works.items():
            if work.what == what:
                return key
        return f"work-{len(self.works) + 1}"

    def entry(self, key: str) -> str:
        """A work as the list of references gives it."""
        if key in self.works:
            return self.works[key].text
        ref = self.lib.references[key]
        title = ref.title[self.lang]
        if not ref.url:
            return title
        chinese = self.lang == "zh" and CJK_TEXT.search(title[-1:])
        return f"{title}。{ref.url}" if chinese else f"{title}. {ref.url}"

    def number(self, key: str) -> int:
        if key not in self.order:
            self.order.append(key)
        return self.order.index(key) + 1

    def resolve(self, text: str) -> tuple[str, list[Sentence]]:
        """``text`` with its markers turned into numbered citations, and its sentences with what they rest on."""
        sentences = []
        for raw in split_sentences(text, self.lang):
            sources: list[str] = []
            facts: list[str] = []
            for match in MARKER.finditer(raw):
                keys, _, used = match.group(1).partition("|")
                sources += [k for k in keys.split(",") if k]
                facts += [u for u in used.split(",") if u]
            sentences.append(Sentence(self._numbered(raw), tuple(dict.fromkeys(sources)), tuple(dict.fromkeys(facts))))
        return "".join(s.text for s in sentences), sentences

    def _numbered(self, text: str) -> str:
        def one(match: re.Match[str]) -> str:
            keys = [k for k in match.group(1).partition("|")[0].split(",") if k]
            numbers = sorted({self.number(k) for k in keys})
            return f"{'' if self.lang == 'zh' else ' '}[{', '.join(map(str, numbers))}]"
        return MARKER.sub(one, text)

    def references(self) -> list[str]:
        """The list of references: "[n] work", in the order of first citation."""
        return [f"[{n}] {self.entry(key)}" for n, key in enumerate(self.order, 1)]


def split_sentences(text: str, lang: str) -> list[str]:
    """``text`` cut into sentences, each keeping its final mark and the space after it."""
    if lang == "zh":
        return [part for part in _ZH_END.split(text) if part]
    out, start = [], 0
    for match in _EN_END.finditer(text):
        if text.count("“", 0, match.start()) > text.count("”", 0, match.start()):
            continue  # inside a quotation (a law's title with a full stop in it)
        out.append(text[start:match.end()])
        start = match.end()
    if start < len(text):
        out.append(text[start:])
    return out


def strip_markers(text: str) -> str:
    """Text without its citation markers (what a delegate edits in the questionnaire)."""
    return MARKER.sub("", text)
