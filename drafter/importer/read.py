"""One adopted resolution read through the structure tree: its heading facts, and each preambular and operative
paragraph as the importer takes it (the lead as written, its phrase and form, the cleaned body); what cannot
become a clause is listed as left out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from drafter.bilingual import Text
from drafter.importer.clean import clean, clean_with_notes, same_lead, short
from drafter.library import Library
from drafter.library.model import Phrase
from drafter.plurals import counted
from drafter.punctuation import CJK_TEXT, strip_end
from drafter.structure import SYMBOL, Node, Phrases, Structure, read_structure
from drafter.word import reader
from drafter.word.footnotes import footnote_texts, references

MAX_DEPTH = 3
_JINJA = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")

ClauseKind = Literal["preambular", "operative"]
Shape = list["Shape"]
"""The nesting of a paragraph's sub-paragraphs, without their text: [[], [[]]] for (a), (b) with (i)."""

Form = Literal["plain", "also", "further"]
"""Which form of its phrase a lead is."""


def phrase_texts(phrase: Phrase) -> tuple[tuple[Form, Text | None], ...]:
    """The phrase's plain, also and further texts, each with the name of its form."""
    return ("plain", phrase.text), ("also", phrase.also), ("further", phrase.further)


@dataclass
class Sub:
    """A sub-paragraph as a clause takes it: its text cleaned, the footnote numbers taken out, its own
    sub-paragraphs."""

    node: Node
    text: str
    notes: list[str]
    children: list[Sub]


def shape(subs: list[Sub]) -> Shape:
    """The nesting of these sub-paragraphs."""
    return [shape(s.children) for s in subs]


def descendants(subs: list[Sub]) -> list[Sub]:
    """These sub-paragraphs and theirs, depth first."""
    out = []
    for sub in subs:
        out.append(sub)
        out.extend(descendants(sub.children))
    return out


@dataclass
class Para:
    """One preambular or operative paragraph of one language version: the tree's node, and the lead, body and
    sub-paragraphs the clause takes from it."""

    node: Node
    ref: str  # "preamble, para. 3" / "para. 5"
    lead: str  # as written
    phrase: Phrase | None
    form: Form
    body: str
    notes: list[str] = field(default_factory=list)  # typed footnote numbers taken out of the body
    subs: list[Sub] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)  # the text of Word footnotes the paragraph refers to

    @property
    def kind(self) -> ClauseKind:
        """The node's role (a preambular paragraph misplaced among the operative ones stays preambular)."""
        return "operative" if self.node.role == "operative" else "preambular"

    @property
    def label(self) -> str:
        """The operative number as shown ("" when unnumbered)."""
        return self.node.label

    def shape(self) -> Shape:
        """The nesting of the sub-paragraphs."""
        return shape(self.subs)

    def texts(self) -> list[str]:
        """The body and every sub-paragraph's text, depth first."""
        return [self.body, *(s.text for s in descendants(self.subs))]


@dataclass
class Doc:
    """What one document contributes: its tree, what its heading block says, its paragraphs, what was left out and
    what was repaired."""

    path: Path
    tree: Structure
    symbol: str  # from the heading block, else ""
    title: str
    session: str
    agenda_item: str
    main_committee: int = 0  # 1-6: adopted on the report of that Main Committee of the General Assembly
    paras: list[Para] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The symbol, else the file name."""
        return self.symbol or self.path.name

    @property
    def language(self) -> str:
        """The tree's language."""
        return self.tree.language

    @property
    def organ(self) -> str:
        """The organ line without its final mark ("" when none was found)."""
        return strip_end(self.tree.organ.para.text) if self.tree.organ else ""


_RESOLUTION_LINE = re.compile(r"^(?:Resolution|第)\s*(\d+)\s*\((\d{4})\)\s*(?:号决议)?$")


def symbol_of(tree: Structure) -> str:
    """The resolution's symbol in the heading block (A/RES/74/247, S/RES/2504 (2020)), else another symbol there,
    else a Security Council resolution's number line ("Resolution 2511 (2020)", "第2511(2020)号决议"), else ""."""
    lines = [" ".join(node.para.text.split()) for node in tree.heading]
    for text in lines:
        if SYMBOL.match(text) and "/RES/" in text.upper().replace(" ", ""):
            return re.sub(r"\s*\(", " (", text)  # S/RES/2521(2020) and S/RES/2521 (2020) are one symbol
    for text in lines:
        if SYMBOL.match(text) and len(text) < 40:
            return text
    for text in lines:
        found = _RESOLUTION_LINE.match(text)
        if found and tree.organ is not None and re.match(r"^(The Security Council|安全理事会)", tree.organ.para.text):
            return f"S/RES/{found.group(1)} ({found.group(2)})"
    return ""


_ORGAN_NAMES = re.compile(r"^(General Assembly|Security Council|Economic and Social Council|Human Rights Council|"
                          r"大会|安全理事会|经济及社会理事会|人权理事会)$")
_MAIN_COMMITTEES = {"First": 1, "Second": 2, "Third": 3, "Fourth": 4, "Fifth": 5, "Sixth": 6,
                    "第一": 1, "第二": 2, "第三": 3, "第四": 4, "第五": 5, "第六": 6}


def heading_facts(tree: Structure) -> tuple[str, str, str, int]:
    """Title, session, agenda item (number) and Main Committee (1-6, else 0) from the heading block."""
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
        skip = re.compile(r"^(United Nations|联合国|Distr\.|\[|Resolution adopted|Adopted by|.*决议$|.*通过$|Original|"
                          r"Chinese|English)|\d{4}|^[A-Z]+/")
        candidates = [t for t in lines if not skip.search(t) and t != session and not _ORGAN_NAMES.match(t)]
        title = max(candidates, key=len, default="")
    committee = 0
    for text in lines:
        found = re.search(r"(?:on the report of|根据).*?(First|Second|Third|Fourth|Fifth|Sixth|第[一二三四五六])"
                          r"\s*(?:Committee|委员会)", text)
        if found:
            committee = _MAIN_COMMITTEES[found.group(1)]
    return title, session, item, committee


def read_document(path: Path, lib: Library) -> Doc:
    """Read one .docx into its preambular and operative paragraphs."""
    document = reader.read(path)
    tree = read_structure(document, lib)
    doc = Doc(path, tree, symbol_of(tree), *heading_facts(tree))
    notes = footnote_texts(document)
    phrases = Phrases.of(lib, tree.language)
    where = path.name
    for number, node in enumerate(tree.preamble, 1):
        para = _paragraph(node, f"preamble, para. {number}", phrases, doc, where, notes)
        if para:
            doc.paras.append(para)
    for node in tree.operative:
        para = _paragraph(node, f"para. {node.label or node.number}", phrases, doc, where, notes)
        if para:
            doc.paras.append(para)
    for role, nodes in (("heading inside the operative part", tree.sections), ("closing", tree.closing)):
        for node in nodes:
            doc.left_out.append(f"{where} ¶{node.para.index} ({role}): {short(node.para.text)}")
    for role, nodes in (("annex", [n for n in tree.annexes if n.para.text.strip()]),
                        ("table", [n for n in tree.nodes if n.role == "table" and n.para.text.strip()])):
        if nodes:  # one line for the whole annex or table: its size and where it starts
            doc.left_out.append(f"{where} ¶{nodes[0].para.index}–¶{nodes[-1].para.index} ({role}, "
                                f"{counted(len(nodes), 'paragraph')}): {short(nodes[0].para.text)}")
    for node in tree.walk():
        for extra in node.continuation:
            doc.left_out.append(f"{where} ¶{extra.para.index} (unnumbered paragraph continuing "
                                f"{tree.address(node)}): {short(extra.para.text)}")
    return doc


def _paragraph(node: Node, ref: str, phrases: Phrases, doc: Doc, where: str, notes: dict[str, str]) -> Para | None:
    """The paragraph as a clause takes it, else None and the reason in ``doc.left_out``."""
    kind: ClauseKind = "operative" if node.role == "operative" else "preambular"
    lang = phrases.lang
    content = node.content.strip()
    lead, phrase, form = _lead(content, kind, phrases, node)
    if form == "variant":  # the written lead is a variant the renderer would not write: a phrase of its own
        phrase, form = None, "plain"
    if not lead:
        doc.left_out.append(f"{where} ¶{node.para.index} ({kind}, {ref}): no lead phrase found: {short(content)}")
        return None
    body, marks = clean_with_notes(content[len(lead):], lang)
    twice = repeated_lead(body, lead, phrase, lang)
    if twice:  # "Recalling recalling its resolution": a slip of the source, and a clause the loader refuses
        body = clean(body[len(twice):], lang)
        doc.repaired.append(f"{where} ¶{node.para.index} ({kind}, {ref}): the lead {lead!r} is written twice; "
                            f"kept once")
    if not body.strip("，,"):
        body = ""
    subs = [_sub(child, lang) for child in node.children]
    problem = body_problem(body, lang, chapeau=kind == "operative" and bool(node.children)) \
        or next((p for p in (_sub_problem(s, lang, 1) for s in subs) if p), "")
    if problem:
        doc.left_out.append(f"{where} ¶{node.para.index} ({kind}, {ref}): {problem}: {short(content)}")
        return None
    referred = [notes[i] for n in [node, *(s.node for s in descendants(subs))] for i in references(n.para.element)
                if n.para.element is not None and notes.get(i)]
    return Para(node, ref, lead, phrase, form, body, marks, subs, referred)


def repeated_lead(body: str, lead: str, phrase: Phrase | None, lang: str) -> str:
    """The lead (or another form of its phrase) written again at the start of the body, as the body has it; ""."""
    forms = sorted({lead, *(phrase.forms(lang) if phrase else ())}, key=len, reverse=True)
    folded = body.casefold()
    for form in forms:
        key = form.casefold()
        if folded == key or folded.startswith(key + (" " if lang == "en" else "")):
            return body[:len(form)]
    return ""


def _sub(node: Node, lang: str) -> Sub:
    text, notes = clean_with_notes(node.content, lang)
    return Sub(node, text, notes, [_sub(child, lang) for child in node.children])


def _lead(content: str, kind: ClauseKind, phrases: Phrases, node: Node) -> tuple[str, Phrase | None, Form | Literal["variant"]]:
    """The lead as written, its phrase of the right kind and its form (plain / also / further, or variant).

    Main, also and further forms come before accepted variants, so that the rebuilt paragraph reads as the
    original ("Takes note of the report": lead "Takes note of", not the variant "Takes note").
    """
    lang = phrases.lang
    best: tuple[int, int, str, Phrase, Form | Literal["variant"]] | None = None
    for written, phrase in phrases.matches(content):
        if phrase.kind != kind:
            continue
        bare = written.strip()
        form: Form | None = None
        for name, text in phrase_texts(phrase):
            if text and text[lang] and same_lead(text[lang], written, lang):
                form = name
        rank = (1 if form else 0, len(written))
        if best is None or rank > best[:2]:
            best = (rank[0], rank[1], bare, phrase, form or "variant")
    if best is not None and lang == "zh" and content.lstrip()[len(best[2]):].startswith("地"):
        best = None  # "表示赞赏" of "表示赞赏地注意到": an adverb of a longer lead, not a lead of its own
    if best is None:
        lead = node.lead.strip() if node.lead and content.startswith(node.lead.strip()) else ""
        return lead, None, "plain"
    return best[2], best[3], best[4]


def body_problem(text: str, lang: str, chapeau: bool = False) -> str:
    """Why a body (or a sub-paragraph's text) cannot be a clause's text; "" when it can."""
    if not text.strip("，,") and not chapeau:
        return "nothing after the lead phrase"
    if lang == "en" and CJK_TEXT.search(text):
        return "Chinese characters in the English text"
    if _JINJA.search(text):
        return "template markup ({{ }}) in the text"
    return ""


def _sub_problem(sub: Sub, lang: str, depth: int) -> str:
    if depth > MAX_DEPTH:
        return f"sub-paragraphs nested deeper than {MAX_DEPTH} levels"
    found = body_problem(sub.text, lang)
    if found:
        return "sub-paragraph: " + found
    return next((p for p in (_sub_problem(c, lang, depth + 1) for c in sub.children) if p), "")
