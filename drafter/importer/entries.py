"""The clauses being built from the documents' paragraphs: one entry per paragraph (both language versions when
paired), its phrase (a known one, else a new phrase marked for review), its topic, and paragraphs repeated across
documents merged into one entry listing every source."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from drafter.importer.clean import clean, same_lead, slug, symbol_slug
from drafter.importer.near import Index, Words, similar, words
from drafter.importer.read import ClauseKind, Doc, Form, Para, Shape, Sub, phrase_texts, shape
from drafter.library import Library
from drafter.library.model import Phrase
from drafter.punctuation import CJK_TEXT


@dataclass
class Entry:
    """A clause being built: texts per language, sources, and the documents it came from."""

    id: str
    kind: ClauseKind
    phrase: str
    text: dict[str, str]
    subs: dict[str, list[Sub]]  # the sub-paragraphs per language
    topics: list[str]
    sources: list[dict[str, str]]
    words: dict[str, Words]  # the words compared for near-duplicates, per language
    doc: str  # the first document's name
    file: str  # the clauses file it is written to (its first document's)
    bags: dict[str, Counter[str]] = field(default_factory=dict)  # the words counted, per language
    notes: dict[str, str] = field(default_factory=dict)  # why a topic or a stance was given (written beside it)
    stances: dict[str, str] = field(default_factory=dict)


@dataclass
class NewPhrase:
    """A lead phrase found in the documents but not in the phrase list."""

    id: str
    kind: ClauseKind
    en: str
    zh: str

    def as_data(self) -> dict[str, object]:
        """The phrase as phrases.yaml writes it, marked for review."""
        data: dict[str, object] = {"id": self.id, "kind": self.kind}
        if not (self.en and self.zh):
            data["languages"] = ["en" if self.en else "zh"]
        if self.en:
            data["en"] = self.en
        if self.zh:
            data["zh"] = self.zh
        data["review"] = True
        data["source"] = "drafter library import: a lead phrase not in the phrase list"
        return data


def paragraph_words(para: Para) -> Words:
    """The words of a paragraph's body and sub-paragraphs, as near-duplicates are compared."""
    return words(" ".join(para.texts()))


def word_frequency(paras: list[Para]) -> Counter[str]:
    """How many paragraphs hold each word: the order in which the near-duplicate index takes rare words first."""
    return Counter(word for para in paras for word in set(paragraph_words(para)))


def topic_name(title: str) -> str:
    """A title as a topic's name: "Oceans and the law of the sea: oceans and the law of the sea" said once."""
    title = " ".join(title.split())
    head, sep, tail = title.partition("：" if "：" in title else ": ")
    return head if sep and head.casefold() == tail.casefold() else title


def fallback_name(doc: Doc) -> dict[str, str]:
    """A name for a document whose heading block has no title (a Security Council resolution): its symbol."""
    found = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", doc.symbol)
    if found:
        number, year = found.groups()
        return {"en": f"Security Council resolution {number} ({year})", "zh": f"安全理事会第{number}({year})号决议"}
    name = doc.symbol or doc.path.stem
    return {"en": f"Resolution {name}", "zh": f"{name}号决议"} if doc.symbol else {"en": name}


class Builder:
    """Collects clauses, phrases and topics from documents, merging near-duplicates."""

    def __init__(self, lib: Library, prefix: str, frequency: Counter[str] | None = None) -> None:
        self.lib = lib
        self.prefix = prefix
        self.frequency = frequency if frequency is not None else Counter()
        self.entries: dict[str, Entry] = {}
        self.indexes: dict[tuple[str, str, tuple[str, ...]], Index[Entry]] = {}
        self.new_phrases: dict[tuple[str, str, str], NewPhrase] = {}  # (kind, en, zh) -> phrase
        self.phrase_ids: set[str] = set()
        self.topics: dict[str, dict[str, str]] = {}  # topics written by this import: id -> name per language
        self.merged = 0

    def topics_for(self, resolutions: dict[str, list[Doc]], topic: str, topic_names: list[str]) -> dict[str, str]:
        """The topic of each resolution (by its key): ``topic`` (--topic), else one per title, both language
        versions of a resolution under one topic. Topics the loaded libraries do not have are collected in
        ``self.topics``."""
        names: dict[str, str] = {}
        for text in topic_names:
            names["zh" if CJK_TEXT.search(text) else "en"] = " ".join(text.split())
        topic_for: dict[str, str] = {}
        for key, docs in resolutions.items():
            titles = {d.language: topic_name(d.title) for d in docs if d.title} or fallback_name(docs[0])
            if topic:
                ident, name = topic, names or titles
            else:
                ident, name = self._topic_id(titles, docs), titles
            topic_for[key] = ident
            if ident in self.lib.topics:
                continue  # filed under a topic the loaded libraries already have
            known = self.topics.setdefault(ident, {})
            for lang, text in name.items():
                known.setdefault(lang, text)
        for ident, name in self.topics.items():
            if not name:
                name["en"] = ident.replace("-", " ").capitalize()
        return topic_for

    def _topic_id(self, titles: dict[str, str], docs: list[Doc]) -> str:
        """An id for a new topic: words of the English title (else the symbol), another id when that one names a
        topic of another title."""
        base = slug(titles.get("en", ""), 40) if not re.match(r"Security Council resolution \d", titles.get("en", "")) \
            else ""
        base = base or symbol_slug(docs[0].symbol or docs[0].path.stem) or "topic"
        ident, n = base, 1
        while ident in self.lib.topics or (ident in self.topics and self.topics[ident] != titles):
            n += 1
            ident = f"{base}-{n}"
        return ident

    def phrase_for(self, kind: ClauseKind, leads: dict[str, tuple[str, Phrase | None]]) -> tuple[str, dict[str, Form]]:
        """The phrase id the clause uses and the form per language; a new phrase when none fits all languages."""
        known = [p for _, p in leads.values() if p is not None]
        for phrase in known:
            forms: dict[str, Form] = {}
            for lang, (written, _) in leads.items():
                form = next((name for name, text in phrase_texts(phrase)
                             if text and text[lang] and same_lead(text[lang], written, lang)), None)
                if form is None:
                    break
                forms[lang] = form
            else:
                return phrase.id, forms
        # no known phrase writes every language's lead as it stands: the leads as written become a phrase
        en = leads["en"][0] if "en" in leads else ""
        zh = clean(leads["zh"][0], "zh") if "zh" in leads else ""  # full-width marks, as the loader wants
        key = (kind, en, zh)
        if key not in self.new_phrases:
            base = f"{self.prefix}-{slug(en, 32) or 'zh'}"
            ident, n = base, 1
            while ident in self.phrase_ids or ident in self.lib.phrases:
                n += 1
                ident = f"{base}-{n}"
            self.new_phrases[key] = NewPhrase(ident, kind, en, zh)
            self.phrase_ids.add(ident)
        return self.new_phrases[key].id, {lang: "plain" for lang in leads}

    def add(self, doc_name: str, file: str, versions: dict[str, Para], topic: str,
            source: dict[str, str]) -> tuple[Entry, dict[str, Form]]:
        """Add one paragraph (one or two language versions) of document ``doc_name``, whose clauses go to
        ``clauses/FILE.yaml``; return its clause and the lead form per language."""
        first = next(iter(versions.values()))
        kind = first.kind
        phrase_id, forms = self.phrase_for(kind, {lang: (p.lead, p.phrase) for lang, p in versions.items()})
        texts = {lang: paragraph_words(p) for lang, p in versions.items()}
        bags = {lang: Counter(text) for lang, text in texts.items()}
        shapes = {lang: p.shape() for lang, p in versions.items()}
        index = self.indexes.setdefault((kind, phrase_id, tuple(sorted(texts))), Index(self.frequency))
        probe = "en" if "en" in texts else "zh"
        found = self.near_duplicate(index.candidates(texts[probe]), texts, bags, doc_name, shapes)
        if found is not None:
            found.sources.append({**source, "note": "the same paragraph, nearly word for word (similarity at "
                                  f"least 0.9); the text is that of {found.doc}"})
            self.merged += 1
            if topic not in found.topics:
                found.topics.append(topic)
            return found, forms
        number = source["ref"].split("para. ")[-1]
        short = "pp" if kind == "preambular" else "op"
        ident = f"{file}-{short}-{slug(number) or len(self.entries) + 1}"
        base, n = ident, 1
        while ident in self.entries or ident in self.lib.clauses:
            n += 1
            ident = f"{base}-{n}"
        entry = Entry(ident, kind, phrase_id, {lang: p.body for lang, p in versions.items()},
                      {lang: p.subs for lang, p in versions.items()}, [topic], [source], texts, doc_name, file, bags)
        self.entries[ident] = entry
        index.add(texts[probe], entry)
        return entry, forms

    @staticmethod
    def near_duplicate(candidates: list[Entry], texts: dict[str, Words], bags: dict[str, Counter[str]],
                       doc_name: str, shapes: dict[str, Shape]) -> Entry | None:
        """The first candidate from another document with the same sub-paragraph shape whose words are at least
        90 % alike in every language."""
        for entry in candidates:
            if entry.doc == doc_name:
                continue
            if any(shape(entry.subs[lang]) != shapes[lang] for lang in texts):
                continue
            if all(similar(entry.words[lang], texts[lang], entry.bags[lang], bags[lang]) for lang in texts):
                return entry
        return None
