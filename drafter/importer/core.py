"""Build a clause library from adopted resolutions (.docx): ``drafter library import``.

Each document is read with the structure reader (:mod:`drafter.structure`). Every preambular and operative
paragraph becomes a clause: its lead phrase (a phrase of the loaded libraries, or a new one written to the
folder's own phrases.yaml with ``review: true``), its body without the lead and the final mark, its
sub-paragraphs, its topic and its source (document symbol and paragraph). English and Chinese versions of one
resolution (same symbol, or ``--pair``) become bilingual clauses when their structure matches; paragraphs
repeated across documents (similarity >= 0.9 once case, numbers, punctuation and spacing are set aside) become
one clause listing every source. The folder says ``extends: [builtin]``: it is loaded on top of the built-in
library, whose phrases it uses.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.library import Library
from drafter.library.model import LANGS, Phrase
from drafter.punctuation import strip_end, to_full_width
from drafter.status import DrafterError, ExitStatus

SIMILAR = 0.9
MAX_DEPTH = 3
ORGANS = {  # organ line (en) -> (short id, name en, name zh, organ zh, document symbol prefix, members)
    "The General Assembly": ("ga", "General Assembly", "大会", "大会", "A", 193),
    "The Security Council": ("sc", "Security Council", "安全理事会", "安全理事会", "S", 15),
    "The Economic and Social Council": ("ecosoc", "Economic and Social Council", "经济及社会理事会",
                                        "经济及社会理事会", "E", 54),
    "The Human Rights Council": ("hrc", "Human Rights Council", "人权理事会", "人权理事会", "A/HRC", 47),
}
ORGANS_ZH = {v[3]: k for k, v in ORGANS.items()}
_JINJA = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@dataclass
class Sub:
    text: str
    children: list[Sub] = field(default_factory=list)


@dataclass
class Para:
    """One preambular or operative paragraph of one language version."""

    kind: str
    ref: str  # "preamble, para. 3" / "para. 5"
    index: int  # paragraph position in the document (1-based)
    lead: str  # as written
    phrase: Phrase | None
    form: str  # plain / also / further: which form of the phrase the lead is
    body: str
    subs: list[Sub]
    label: str = ""

    def shape(self) -> Any:
        return [_shape(s) for s in self.subs]


def _shape(sub: Sub) -> Any:
    return [_shape(c) for c in sub.children]


@dataclass
class Doc:
    """What one document contributes: its paragraphs and what was left out."""

    path: Path
    language: str
    symbol: str  # from the heading block, else ""
    title: str
    organ: str
    session: str
    agenda_item: str
    paras: list[Para] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.symbol or self.path.name


@dataclass
class Entry:
    """A clause being built: texts per language, sources, and the documents it came from."""

    id: str
    kind: str
    phrase: str
    text: dict[str, str]
    subs: dict[str, list[Sub]]
    topics: list[str]
    sources: list[dict[str, str]]
    keys: dict[str, str]  # normalised text per language, for near-duplicates
    doc: str  # the first document's name


@dataclass
class Report:
    """What the import wrote and what it left out, for the command's output."""

    written: list[Path] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    pairs: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    merged: int = 0
    clauses: int = 0
    # per document name and language: (kind, clause id, lead form) of each paragraph, in order
    placed: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)
    new_phrases: int = 0
    agenda: str = ""  # the agenda written for the imported topics ("" when they belong to a loaded one)
    others: list[Path] = field(default_factory=list)  # library files already in the folder that this import did not write


# -- reading one document -------------------------------------------------------------------


def symbol_of(tree: Any) -> str:
    from drafter.structure import SYMBOL

    for node in tree.heading:
        text = node.para.text.strip()
        if (SYMBOL.match(text) and "/RES/" in text.upper().replace(" ", "")) or re.fullmatch(r"S/RES/\d+ \(\d{4}\)", text):
            return " ".join(text.split())
    for node in tree.heading:
        text = node.para.text.strip()
        if SYMBOL.match(text) and len(text) < 40:
            return " ".join(text.split())
    return ""


def _heading_facts(tree: Any) -> tuple[str, str, str]:
    """Title, session and agenda item (number) from the heading block."""
    lines = [" ".join(n.para.text.split()) for n in tree.heading if n.para.text.strip()]
    session = next((t for t in lines if re.search(r"\bsession$|届会议$|届会$", t)), "")
    title, item = "", ""
    for i, text in enumerate(lines):
        found = re.match(r"^(?:Agenda items?|议程项目)\s*(.+)$", text)
        if found:
            item = found.group(1).strip()
            if i + 1 < len(lines):
                title = lines[i + 1]
    if not title:
        skip = re.compile(r"^(United Nations|联合国|Distr\.|\[|Resolution adopted|.*决议$|Original|Chinese|English)"
                          r"|\d{4}|^[A-Z]+/")
        candidates = [t for t in lines if not skip.search(t) and t != session]
        title = max(candidates, key=len, default="")
    return title, session, item


def read_document(path: Path, lib: Library) -> Doc:
    """Read one .docx into its preambular and operative paragraphs."""
    from drafter.structure import Phrases, read_structure
    from drafter.word import reader

    tree = read_structure(reader.read(path), lib)
    lang = tree.language
    title, session, item = _heading_facts(tree)
    organ = strip_end(tree.organ.para.text) if tree.organ else ""
    doc = Doc(path, lang, symbol_of(tree), title, organ, session, item)
    phrases = Phrases.of(lib, lang)
    where = f"{path.name}"
    for number, node in enumerate(tree.preamble, 1):
        para = _paragraph(node, "preambular", f"preamble, para. {number}", phrases, lang, doc, where)
        if para:
            doc.paras.append(para)
    for node in tree.operative:
        label = node.label or str(node.number)
        para = _paragraph(node, "operative", f"para. {label}", phrases, lang, doc, where)
        if para:
            doc.paras.append(para)
    for role, nodes in (("heading inside the operative part", tree.sections), ("closing", tree.closing)):
        for node in nodes:
            doc.left_out.append(f"{where} ¶{node.para.index} ({role}): {_short(node.para.text)}")
    for role, nodes in (("annex", [n for n in tree.annexes if n.para.text.strip()]),
                        ("table", [n for n in tree.nodes if n.role == "table" and n.para.text.strip()])):
        if nodes:  # one line for the whole annex or table: its size and where it starts
            doc.left_out.append(f"{where} ¶{nodes[0].para.index}–¶{nodes[-1].para.index} ({role}, {len(nodes)} "
                                f"paragraph(s)): {_short(nodes[0].para.text)}")
    for node in tree.walk():
        for extra in node.continuation:
            doc.left_out.append(f"{where} ¶{extra.para.index} (unnumbered paragraph continuing "
                                f"{tree.address(node)}): {_short(extra.para.text)}")
    return doc


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def _clean(text: str, lang: str) -> str:
    """A body as the library wants it: spaces collapsed, no final mark, full-width marks in Chinese."""
    text = strip_end(" ".join(text.split()))
    if lang == "zh":
        text = to_full_width(text)
        text = re.sub(r"[,;]", lambda m: {",": "，", ";": "；"}[m.group()], text)
        text = re.sub(r":(?![/\d])", "：", text)
        text = strip_end(text)
    return text


def _lead(content: str, kind: str, phrases: Any, node: Any) -> tuple[str, Phrase | None, str]:
    """The lead as written, its phrase of the right kind and its form (plain / also / further).

    Main, also and further forms come before accepted variants, so that the rebuilt paragraph reads as the
    original ("Takes note of the report": lead "Takes note of", not the variant "Takes note").
    """
    lang = phrases.lang
    best: tuple[int, int, str, Phrase, str] | None = None
    for written, phrase in phrases.matches(content):
        if phrase.kind != kind:
            continue
        bare = written.strip()
        form = ""
        for name, text in (("plain", phrase.text), ("also", phrase.also), ("further", phrase.further)):
            if text and text[lang] and _same(text[lang], written, lang):
                form = name
        rank = (1 if form else 0, len(written))
        if best is None or rank > best[:2]:
            best = (rank[0], rank[1], bare, phrase, form or "variant")
    if best is None:
        lead = node.lead.strip() if node.lead and content.startswith(node.lead.strip()) else ""
        return lead, None, "plain"
    return best[2], best[3], best[4]


def _same(form: str, written: str, lang: str) -> bool:
    from drafter.structure import fold_spelling

    return fold_spelling(form) == fold_spelling(written) if lang == "en" else form == written


def _paragraph(node: Any, kind: str, ref: str, phrases: Any, lang: str, doc: Doc, where: str) -> Para | None:
    content = node.content.strip()
    lead, phrase, form = _lead(content, kind, phrases, node)
    if form == "variant":  # the written lead is a variant the renderer would not write: a phrase of its own
        phrase, form = None, "plain"
    if not lead:
        doc.left_out.append(f"{where} ¶{node.para.index} ({kind}, {ref}): no lead phrase found: {_short(content)}")
        return None
    body = _clean(content[len(lead):], lang)
    subs = [_sub(c, lang) for c in node.children]
    if not body.strip("，,"):
        body = ""
    problem = _body_problem(body, lang, chapeau=kind == "operative" and bool(subs)) \
        or next((p for p in (_sub_problem(s, lang, 1) for s in subs) if p), "")
    if problem:
        doc.left_out.append(f"{where} ¶{node.para.index} ({kind}, {ref}): {problem}: {_short(content)}")
        return None
    return Para(kind, ref, node.para.index, lead, phrase, form, body, subs, node.label)


def _sub(node: Any, lang: str) -> Sub:
    return Sub(_clean(node.content, lang), [_sub(c, lang) for c in node.children])


def _body_problem(body: str, lang: str, chapeau: bool = False) -> str:
    if not body.strip("，,") and not chapeau:
        return "nothing after the lead phrase"
    if lang == "en" and _CJK.search(body):
        return "Chinese characters in the English text"
    if _JINJA.search(body):
        return "template markup ({{ }}) in the text"
    return ""


def _sub_problem(sub: Sub, lang: str, depth: int) -> str:
    if depth > MAX_DEPTH:
        return f"sub-paragraphs nested deeper than {MAX_DEPTH} levels"
    found = _body_problem(sub.text, lang)
    if found:
        return "sub-paragraph: " + found
    return next((p for p in (_sub_problem(c, lang, depth + 1) for c in sub.children) if p), "")


# -- pairing ---------------------------------------------------------------------------------


def mismatch(en: Doc, zh: Doc) -> str:
    """Why two language versions cannot be paired paragraph by paragraph ("" when they can)."""
    def outline(doc: Doc) -> list[tuple[str, str, Any]]:
        return [(p.kind, p.label if p.kind == "operative" else "", p.shape()) for p in doc.paras]

    a, b = outline(en), outline(zh)
    count = lambda d, k: sum(1 for p in d if p[0] == k)  # noqa: E731
    for kind in ("preambular", "operative"):
        if count(a, kind) != count(b, kind):
            return (f"{count(a, kind)} {kind} paragraphs in {en.path.name}, {count(b, kind)} in {zh.path.name}")
    for x, y in zip(a, b):
        if x[:2] != y[:2]:
            return (f"operative numbering differs: para. {x[1] or '(unnumbered)'} in {en.path.name} stands where "
                    f"{zh.path.name} has para. {y[1] or '(unnumbered)'}")
        if x[2] != y[2]:
            return f"the sub-paragraphs of para. {x[1]} differ in shape"
    return ""


# -- the library being written ---------------------------------------------------------------


def slug(text: str, limit: int = 48) -> str:
    """Lower-case words joined by '-', cut at a word within ``limit`` characters, not ending on a small word."""
    kept: list[str] = []
    for word in re.findall(r"[a-z0-9]+", text.casefold()):
        if kept and len("-".join(kept + [word])) > limit:
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1] in ("a", "an", "and", "for", "in", "of", "on", "the", "to", "with", "by"):
        kept.pop()
    return "-".join(kept)


def symbol_slug(name: str) -> str:
    """a74-247 for A/RES/74/247, a74-260b for A/RES/74/260 B, else the file name's words."""
    parts = [p for p in re.findall(r"[A-Za-z0-9]+", name) if p.upper() != "RES" and p.lower() != "docx"]
    if len(parts) >= 2 and parts[0].isalpha() and parts[1][:1].isdigit():
        parts = [parts[0] + parts[1], *parts[2:]]
    head, tail = parts[0] if parts else "doc", parts[1:]
    joined = "-".join([head] + tail).casefold()
    return re.sub(r"(\d)-([a-z])$", r"\1\2", joined)


def _normalise(text: str) -> str:
    text = re.sub(r"\d+", "#", text.casefold())
    return " ".join(re.sub(r"[^\w#]+", " ", text).split())


class Builder:
    """Collects clauses, phrases and topics from documents, merging near-duplicates."""

    def __init__(self, lib: Library, prefix: str) -> None:
        self.lib = lib
        self.prefix = prefix
        self.entries: dict[str, Entry] = {}
        self.by_bucket: dict[tuple[str, str], list[Entry]] = {}
        self.new_phrases: dict[tuple[str, str, str], dict[str, Any]] = {}  # (kind, en, zh) -> entry
        self.topics: dict[str, dict[str, str]] = {}
        self.merged = 0

    def phrase_for(self, kind: str, leads: dict[str, tuple[str, Phrase | None, str]]) -> tuple[str, dict[str, str]]:
        """The phrase id the clause uses and the form per language; a new phrase when none fits all languages."""
        known = [p for _, p, _ in leads.values() if p is not None]
        for phrase in known:
            forms = {}
            for lang, (written, _, _) in leads.items():
                form = next((name for name, text in (("plain", phrase.text), ("also", phrase.also),
                                                     ("further", phrase.further))
                             if text and text[lang] and _same(text[lang], written, lang)), "")
                if not form:
                    break
                forms[lang] = form
            else:
                return phrase.id, forms
        # no known phrase writes every language's lead as it stands: the leads as written become a phrase
        en = leads["en"][0] if "en" in leads else ""
        zh = _clean(leads["zh"][0], "zh") if "zh" in leads else ""  # full-width marks, as the loader wants
        key = (kind, en, zh)
        if key not in self.new_phrases:
            base = f"{self.prefix}-{slug(en, 32) or 'zh'}"
            ident, n = base, 1
            taken = {p["id"] for p in self.new_phrases.values()}
            while ident in taken or ident in self.lib.phrases:
                n += 1
                ident = f"{base}-{n}"
            entry: dict[str, Any] = {"id": ident, "kind": kind}
            if not (en and zh):
                entry["languages"] = ["en" if en else "zh"]
            if en:
                entry["en"] = en
            if zh:
                entry["zh"] = zh
            entry["review"] = True
            entry["source"] = "drafter library import: a lead phrase not in the phrase list"
            self.new_phrases[key] = entry
        return self.new_phrases[key]["id"], {lang: "plain" for lang in leads}

    def add(self, doc_name: str, slug_: str, versions: dict[str, Para], topic: str, source: dict[str, str]) -> tuple[Entry, dict[str, str]]:
        """Add one paragraph (one or two language versions); return its clause and the lead form per language."""
        first = next(iter(versions.values()))
        kind = first.kind
        phrase_id, forms = self.phrase_for(kind, {lang: (p.lead, p.phrase, p.form) for lang, p in versions.items()})
        keys = {lang: _normalise(p.body + " " + " ".join(_flatten(p.subs))) for lang, p in versions.items()}
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

    def near_duplicate(self, kind: str, phrase_id: str, keys: dict[str, str], doc_name: str,
                       shapes: dict[str, Any]) -> Entry | None:
        """An earlier clause of another document with the same languages, phrase and sub-paragraph shape whose
        normalised text is at least 90 % similar in every language."""
        for entry in self.by_bucket.get((kind, phrase_id), ()):
            if entry.doc == doc_name or set(entry.keys) != set(keys):
                continue
            if any([_shape(s) for s in entry.subs[lang]] != shapes[lang] for lang in keys):
                continue
            if all(_similar(entry.keys[lang], keys[lang]) for lang in keys):
                return entry
        return None


def _flatten(subs: list[Sub]) -> list[str]:
    out = []
    for sub in subs:
        out.append(sub.text)
        out.extend(_flatten(sub.children))
    return out


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    longer, shorter = max(len(a), len(b)), min(len(a), len(b))
    if not longer or 2 * shorter / (len(a) + len(b)) < SIMILAR:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


# -- the command -----------------------------------------------------------------------------


@dataclass
class Options:
    files: list[Path]
    out: Path
    topic: str = ""
    topic_names: list[str] = field(default_factory=list)
    pairs: list[tuple[Path, Path]] = field(default_factory=list)
    committee: str = ""
    force: bool = False


def run(options: Options, lib: Library) -> Report:
    """Import the documents into a library folder; nothing is written when anything is wrong."""
    report = Report()
    out = options.out
    if out.exists() and not out.is_dir():
        raise DrafterError(f"{out} is a file; --out needs a folder")
    files = list(dict.fromkeys([*options.files, *(p for pair in options.pairs for p in pair)]))
    if not files:
        raise DrafterError("give at least one .docx file to import")
    for path in files:
        if not path.is_file():
            raise DrafterError(f"{path}: no such file", ExitStatus.UNREADABLE)
    docs: dict[Path, Doc] = {}
    for path in files:
        docs[path] = read_document(path, lib)
    groups = _group(docs, options.pairs, report)
    prefix = options.topic or slug(out.resolve().name, 24) or "imported"
    builder = Builder(lib, prefix)
    topic_for = _topics(groups, options, builder, lib)
    order: list[tuple[str, dict[str, Para], str, dict[str, str]]] = []
    for group in groups:
        name = group[0].name
        slug_ = symbol_slug(group[0].symbol or group[0].path.stem)
        if len(group) == 2:
            versions_list = [dict(zip((d.language for d in group), pair)) for pair in zip(group[0].paras, group[1].paras)]
        else:
            versions_list = [{group[0].language: p} for p in group[0].paras]
        if len(group) == 1 and any(g is not group and g[0].name == name for g in groups):
            slug_ = f"{slug_}-{group[0].language}"
        for doc in group:
            report.left_out.extend(doc.left_out)
        for versions in versions_list:
            first = next(iter(versions.values()))
            source = {"symbol": group[0].symbol, "ref": first.ref} if group[0].symbol else \
                {"ref": first.ref, "note": f"file {', '.join(d.path.name for d in group)}"}
            order.append((name, versions, slug_, source))
        report.documents.append(f"{name} ({'+'.join(d.language for d in group)}): {len(versions_list)} paragraphs")
    for name, versions, slug_, source in order:
        entry, forms = builder.add(name, slug_, versions, topic_for[name], source)
        for lang, para in versions.items():
            report.placed.setdefault((name, lang), []).append((para.kind, entry.id, forms[lang]))
    report.merged = builder.merged
    report.clauses = len(builder.entries)
    report.new_phrases = len(builder.new_phrases)
    files_out = _render(builder, groups, options, lib, report)
    _write(out, files_out, options.force, report)
    return report


def _group(docs: dict[Path, Doc], pairs: list[tuple[Path, Path]], report: Report) -> list[list[Doc]]:
    """Documents as single versions or [en, zh] pairs (by --pair, else by symbol)."""
    groups: list[list[Doc]] = []
    used: set[Path] = set()
    for en_path, zh_path in pairs:
        en, zh = docs[en_path], docs[zh_path]
        if en.language == zh.language:
            raise DrafterError(f"--pair {en_path.name} {zh_path.name}: both are in "
                               f"{'Chinese' if en.language == 'zh' else 'English'}")
        if en.language == "zh":
            en, zh = zh, en
        groups.extend(_pair_or_split(en, zh, report))
        used.update((en_path, zh_path))
    by_symbol: dict[str, list[Doc]] = {}
    for path, doc in docs.items():
        if path in used:
            continue
        if doc.symbol:
            by_symbol.setdefault(doc.symbol, []).append(doc)
        else:
            groups.append([doc])
    for symbol, found in by_symbol.items():
        langs = {d.language: d for d in found}
        if len(found) == 2 and len(langs) == 2:
            groups.extend(_pair_or_split(langs["en"], langs["zh"], report))
        else:
            if len(found) > len(langs):
                raise DrafterError(f"{symbol}: {len(found)} documents in one language "
                                   f"({', '.join(d.path.name for d in found)}); import one of them")
            groups.extend([d] for d in found)
    return groups


def _pair_or_split(en: Doc, zh: Doc, report: Report) -> list[list[Doc]]:
    """[[en, zh]] when the structures match, else [[en], [zh]] and the reason in the report."""
    why = mismatch(en, zh)
    if why:
        report.mismatches.append(f"{en.name}: not paired ({why}); each version imported in its own language")
        return [[en], [zh]]
    report.pairs.append(f"{en.name}: {en.path.name} + {zh.path.name}")
    for en_para, zh_para in zip(en.paras, zh.paras):
        _align_zh_lead(en_para, zh_para)
    return [[en, zh]]


def _align_zh_lead(en: Para, zh: Para) -> None:
    """A Chinese lead the phrase list does not know, read again with the English paragraph's phrase: the
    Chinese text up to that phrase's Chinese form when it stands within the first few characters
    ("再次赞扬" for "Commends"), instead of the structure reader's two-character guess."""
    if zh.phrase is not None or en.phrase is None:
        return
    text = zh.lead + zh.body
    forms = sorted(en.phrase.forms("zh"), key=len, reverse=True)
    for form in forms:
        at = text.find(form, 0, 8 + len(form))
        if at >= 0 and at + len(form) < len(text):
            zh.lead, zh.body = text[: at + len(form)], _clean(text[at + len(form):], "zh")
            return


def _topics(groups: list[list[Doc]], options: Options, builder: Builder, lib: Library) -> dict[str, str]:
    """The topic of each document: --topic, else one per document title."""
    names: dict[str, str] = {}
    for text in options.topic_names:
        names["zh" if _CJK.search(text) else "en"] = " ".join(text.split())
    topic_for: dict[str, str] = {}
    for group in groups:
        titles = {d.language: d.title for d in group if d.title}
        if options.topic:
            ident = options.topic
            name = names or titles
        else:
            ident = slug(titles.get("en", ""), 40) or f"{symbol_slug(group[0].name)}-topic"
            name = titles
        topic_for[group[0].name] = ident
        if ident in lib.topics:
            continue  # filed under a topic the loaded libraries already have
        known = builder.topics.setdefault(ident, {})
        for lang, text in name.items():
            known.setdefault(lang, text)
    for ident, name in builder.topics.items():
        if not name:
            name["en"] = ident.replace("-", " ").capitalize()
    return topic_for


def _subs_data(subs: dict[str, list[Sub]], langs: list[str]) -> list[dict[str, Any]]:
    first = subs[langs[0]]
    out = []
    for i, sub in enumerate(first):
        item: dict[str, Any] = {lang: subs[lang][i].text for lang in langs}
        children = _subs_data({lang: subs[lang][i].children for lang in langs}, langs)
        if children:
            item["subparagraphs"] = children
        out.append(item)
    return out


def _render(builder: Builder, groups: list[list[Doc]], options: Options, lib: Library,
            report: Report) -> dict[str, str]:
    from drafter import yamlio

    files: dict[str, str] = {}
    header = ("# Written by `drafter library import`; the format is in clauses/README.md.\n"
              "# This folder uses the built-in library's phrases: it is loaded on top of it.\n")
    meta: dict[str, Any] = {"extends": ["builtin"]}
    agenda_id = ""
    if builder.topics:
        meta["topics"] = [{"id": ident, **({"languages": list(name)} if len(name) == 1 else {}), **name}
                          for ident, name in builder.topics.items()]
        committee_id, committee = _committee(groups, options, builder.prefix, lib)
        if committee:
            meta["committees"] = [committee]
        agenda_id = builder.prefix if builder.prefix not in lib.agendas else f"{builder.prefix}-agenda"
        if len(builder.topics) == 1:
            name = dict(next(iter(builder.topics.values())))
        else:
            name = {"en": f"Adopted resolutions ({len(groups)} documents)", "zh": f"已通过的决议（{len(groups)}份文件）"}
        meta["agendas"] = [{"id": agenda_id, "committee": committee_id,
                            **({"languages": list(name)} if len(name) == 1 else {}), **name,
                            "topics": list(builder.topics)}]
        report.agenda = agenda_id
    files["library.yaml"] = header + yamlio.dump(meta)
    if builder.new_phrases:
        files["phrases.yaml"] = ("# Lead phrases found in the imported documents but not in the phrase list.\n"
                                 "# review: true - a person should confirm each one (and add the missing language,\n"
                                 "# then remove its 'languages:' line).\n") + yamlio.dump(
            {"phrases": list(builder.new_phrases.values())})
    by_doc: dict[str, list[Entry]] = {}
    for entry in builder.entries.values():
        by_doc.setdefault(entry.doc, []).append(entry)
    for doc_name, entries in by_doc.items():
        clauses = []
        for entry in entries:
            langs = [lang for lang in LANGS if lang in entry.text]
            data: dict[str, Any] = {"id": entry.id, "kind": entry.kind, "phrase": entry.phrase,
                                    "topics": entry.topics}
            if len(langs) == 1:
                data["languages"] = langs
            for lang in langs:
                data[lang] = entry.text[lang]
            subs = _subs_data(entry.subs, langs)
            if subs:
                data["subparagraphs"] = subs
            if len(entry.sources) == 1:
                data["source"] = entry.sources[0]
            else:
                data["sources"] = entry.sources
            clauses.append(data)
        files[f"clauses/{symbol_slug(doc_name)}.yaml"] = f"# Clauses of {doc_name}\n" + yamlio.dump({"clauses": clauses})
    return files


def _committee(groups: list[list[Doc]], options: Options, prefix: str, lib: Library) -> tuple[str, dict[str, Any] | None]:
    """The committee whose agenda lists the imported topics: --committee, else one for the documents' organ."""
    if options.committee:
        if options.committee not in lib.committees:
            raise DrafterError(f"unknown committee {options.committee!r} (known: {', '.join(lib.committees)})")
        return options.committee, None
    docs = [d for g in groups for d in g]
    organ_en = next((d.organ for d in docs if d.language == "en" and d.organ in ORGANS), "")
    if not organ_en:
        organ_en = next((ORGANS_ZH[d.organ] for d in docs if d.language == "zh" and d.organ in ORGANS_ZH), "")
    if not organ_en:
        seen = sorted({d.organ for d in docs if d.organ}) or ["none found"]
        raise DrafterError(f"cannot tell which committee adopted these documents (organ line: {', '.join(seen)}); "
                           f"give --committee ID (drafter library lint lists the loaded ones)")
    short, en, zh, organ_zh, symbol, members = ORGANS[organ_en]
    committee: dict[str, Any] = {"id": f"{prefix}-{short}", "en": en, "zh": zh,
                                 "organ": {"en": organ_en, "zh": organ_zh}, "symbol": symbol}
    sessions = {d.language: d.session for d in docs if d.session}
    if len(sessions) == 2:
        committee["session"] = sessions
    first = docs[0]
    if first.agenda_item:
        item = {"number": first.agenda_item}
        for d in groups[0]:
            if d.title:
                item[d.language] = d.title
        committee["agenda_item"] = item
    committee["members"] = members
    if committee["id"] in lib.committees:
        raise DrafterError(f"committee id {committee['id']!r} is already loaded; choose another --topic or give "
                           f"--committee {committee['id']}")
    return committee["id"], committee


def _write(out: Path, files: dict[str, str], force: bool, report: Report) -> None:
    """Write every file, each atomically; refuse before writing anything when one exists and force is not given."""
    from drafter.files import write_atomic

    existing = [out / name for name in files if (out / name).exists()]
    if existing and not force:
        raise DrafterError(f"{existing[0]} already exists" + (f" (and {len(existing) - 1} more)" if len(existing) > 1 else "")
                           + "; use --force to replace the files of an earlier import")
    for name, text in files.items():
        write_atomic(out / name, text.encode("utf-8"), force=force)
        report.written.append(out / name)
    report.others = sorted(p for p in out.rglob("*.y*ml") if p.is_file() and p not in report.written)


def answers_for(report: Report, name: str, lang: str, agenda: str, country: str) -> dict[str, Any]:
    """An answers file (as data) that rebuilds document ``name`` in ``lang`` from its imported clauses."""
    data: dict[str, Any] = {"kind": "resolution", "language": lang, "profile": "un", "agenda": agenda,
                            "country": country, "sponsors": [country], "preambular": [], "operative": []}
    for kind, ident, form in report.placed[(name, lang)]:
        data[kind].append({"id": ident, "form": form})
    return data
