"""The clauses being built from the documents' paragraphs: one entry per paragraph (both language versions when
paired), its phrase (a known one, else a new phrase marked for review), its topic, and paragraphs repeated across
documents merged into one entry listing every source."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from drafter.importer.clean import clean, normalise, same_lead, slug, symbol_slug
from drafter.importer.read import ClauseKind, Doc, Form, Para, Shape, descendants, phrase_texts, shape
from drafter.library import Library
from drafter.library.model import Phrase
from drafter.punctuation import CJK_TEXT
from drafter.structure import Node

SIMILAR = 0.9


@dataclass
class Entry:
    """A clause being built: texts per language, sources, and the documents it came from."""

    id: str
    kind: ClauseKind
    phrase: str
    text: dict[str, str]
    subs: dict[str, list[Node]]  # the sub-paragraphs per language, as the tree holds them
    topics: list[str]
    sources: list[dict[str, str]]
    keys: dict[str, str]  # normalised text per language, for near-duplicates
    doc: str  # the first document's name


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


class Builder:
    """Collects clauses, phrases and topics from documents, merging near-duplicates."""

    def __init__(self, lib: Library, prefix: str) -> None:
        self.lib = lib
        self.prefix = prefix
        self.entries: dict[str, Entry] = {}
        self.by_bucket: dict[tuple[str, str], list[Entry]] = {}
        self.new_phrases: dict[tuple[str, str, str], NewPhrase] = {}  # (kind, en, zh) -> phrase
        self.topics: dict[str, dict[str, str]] = {}
        self.merged = 0

    def topics_for(self, groups: list[list[Doc]], topic: str, topic_names: list[str]) -> dict[str, str]:
        """The topic of each document (by name): ``topic`` (--topic), else one per document title. Topics the
        loaded libraries do not have are collected in ``self.topics``."""
        names: dict[str, str] = {}
        for text in topic_names:
            names["zh" if CJK_TEXT.search(text) else "en"] = " ".join(text.split())
        topic_for: dict[str, str] = {}
        for group in groups:
            titles = {d.language: d.title for d in group if d.title}
            if topic:
                ident = topic
                name = names or titles
            else:
                ident = slug(titles.get("en", ""), 40) or f"{symbol_slug(group[0].name)}-topic"
                name = titles
            topic_for[group[0].name] = ident
            if ident in self.lib.topics:
                continue  # filed under a topic the loaded libraries already have
            known = self.topics.setdefault(ident, {})
            for lang, text in name.items():
                known.setdefault(lang, text)
        for ident, name in self.topics.items():
            if not name:
                name["en"] = ident.replace("-", " ").capitalize()
        return topic_for

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
            taken = {p.id for p in self.new_phrases.values()}
            while ident in taken or ident in self.lib.phrases:
                n += 1
                ident = f"{base}-{n}"
            self.new_phrases[key] = NewPhrase(ident, kind, en, zh)
        return self.new_phrases[key].id, {lang: "plain" for lang in leads}

    def add(self, doc_name: str, slug_: str, versions: dict[str, Para], topic: str,
            source: dict[str, str]) -> tuple[Entry, dict[str, Form]]:
        """Add one paragraph (one or two language versions); return its clause and the lead form per language."""
        first = next(iter(versions.values()))
        kind = first.kind
        phrase_id, forms = self.phrase_for(kind, {lang: (p.lead, p.phrase) for lang, p in versions.items()})
        keys = {lang: normalise(p.body + " " + " ".join(clean(n.content, lang) for n in descendants(p.subs)))
                for lang, p in versions.items()}
        shapes = {lang: p.shape() for lang, p in versions.items()}
        found = self.near_duplicate(kind, phrase_id, keys, doc_name, shapes)
        if found is not None:
            found.sources.append({**source, "note": "the same paragraph, nearly word for word (similarity at "
                                  f"least {SIMILAR}); the text is that of {found.doc}"})
            self.merged += 1
            if topic not in found.topics:
                found.topics.append(topic)
            return found, forms
        number = source["ref"].split("para. ")[-1]
        short = "pp" if kind == "preambular" else "op"
        ident = f"{slug_}-{short}-{slug(number) or len(self.entries) + 1}"
        base, n = ident, 1
        while ident in self.entries or ident in self.lib.clauses:
            n += 1
            ident = f"{base}-{n}"
        entry = Entry(ident, kind, phrase_id, {lang: p.body for lang, p in versions.items()},
                      {lang: p.subs for lang, p in versions.items()}, [topic], [source], keys, doc_name)
        self.entries[ident] = entry
        self.by_bucket.setdefault((kind, phrase_id), []).append(entry)
        return entry, forms

    def near_duplicate(self, kind: ClauseKind, phrase_id: str, keys: dict[str, str], doc_name: str,
                       shapes: dict[str, Shape]) -> Entry | None:
        """An earlier clause of another document with the same languages, phrase and sub-paragraph shape whose
        normalised text is at least 90 % similar in every language."""
        for entry in self.by_bucket.get((kind, phrase_id), ()):
            if entry.doc == doc_name or set(entry.keys) != set(keys):
                continue
            if any(shape(entry.subs[lang]) != shapes[lang] for lang in keys):
                continue
            if all(similar(entry.keys[lang], keys[lang]) for lang in keys):
                return entry
        return None


def similar(a: str, b: str) -> bool:
    """The two texts are at least ``SIMILAR`` alike (difflib's ratio, with its cheaper bounds first)."""
    if a == b:
        return True
    longer, shorter = max(len(a), len(b)), min(len(a), len(b))
    if not longer or 2 * shorter / (len(a) + len(b)) < SIMILAR:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR
