"""Read a document's structure: heading block, organ line, preamble, operative part, closing, annexes.

Roles come from position and numbering: the unnumbered paragraphs between the organ line and the
first operative number are the preamble; numbered paragraphs (typed "1." or Word numbering) and
their labelled sub-paragraphs are the operative part; short unpunctuated lines there are section
headings, other unnumbered paragraphs continue the paragraph before them. Lead phrases only
annotate paragraphs, except in drafts with no numbering at all, where they are the only clue
(``Structure.by_phrases`` says so). The checker, ``--fix``, amendments, diff and import read
documents through this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from drafter.labels import SECTION_LABEL, SUB_LABEL, TYPED_NUMBER, bare, label_kind
from drafter.library import Library
from drafter.library.model import Phrase
from drafter.word import reader

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
SYMBOL = re.compile(r"^(A|S|E|CCPCJ|UNODC|UNEP|UNW|HRC)/[A-Za-z0-9./\- ]*\d")
CLOSING = re.compile(r"^(\d+(st|nd|rd|th) (plenary )?meeting|第\d+次全体会议|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}年\d{1,2}月\d{1,2}日"
                     r"|Adopted at the [\w -]+ meeting.*|.*次会议通过)$")
ANNEX = re.compile(r"^(Annex|ANNEX|Appendix|Enclosure|附件|附录)\b")
ORGANS = {
    "en": ["The General Assembly", "The Security Council", "The Economic and Social Council", "The Human Rights Council",
           "The Commission on Crime Prevention and Criminal Justice", "The Commission on Narcotic Drugs",
           "The Commission on the Status of Women", "The Conference of the States Parties"],
    "zh": ["大会", "安全理事会", "安理会", "经济及社会理事会", "经社理事会", "人权理事会", "预防犯罪和刑事司法委员会", "麻醉药品委员会",
           "妇女地位委员会", "缔约国会议"],
}
ENDS = ",;.:，；。：!?！？"
ZH_PREFIX = re.compile(r"^(在这方面|在此方面|为此|因此|特别|同时)[，,]?")
EN_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ly")
_ISE = re.compile(r"is(e|es|ed|ing)\b")


def detect_language(doc: reader.Document) -> str:
    """"zh" when Chinese characters make up a third or more of the letters, else "en"."""
    cjk = sum(len(CJK.findall(p.text)) for p in doc.paragraphs)
    latin = sum(len(LATIN.findall(p.text)) for p in doc.paragraphs)
    return "zh" if cjk and cjk * 3 >= latin else "en"


def guess_profile(doc: reader.Document, lang: str) -> str:
    """The formatting convention a document follows, from its heading block."""
    texts = [p.text.strip() for p in doc.paragraphs[:40] if p.text.strip()]
    lowered = [t.casefold() for t in texts]
    if any(t.startswith(("forum:", "question of:", "submitted by:", "co-submitters:", "论坛：", "主提交国：")) for t in lowered):
        return "thimun"
    if any(SYMBOL.match(t) or t.startswith("distr.") for t in texts):
        return "un"
    if any(t.startswith(("委员会：", "委员会:", "起草国：", "起草国:", "草案编号")) for t in texts) or "决议草案" in texts:
        return "cn-mun"
    if any(t.startswith("draft number:") for t in lowered) or "draft resolution" in lowered:
        return "cn-mun"
    if any(t.startswith(("committee:", "topic:", "sponsors:", "signatories:")) for t in lowered):
        return "cn-mun" if lang == "zh" else "una-usa"
    return "un" if lang == "en" else "cn-mun"


def fold_spelling(text: str) -> str:
    """Case and -ise/-ize spelling folded, for comparing English lead phrases."""
    return _ISE.sub(lambda m: "iz" + m.group(1), text.casefold())


class Phrases:
    """Lead-phrase forms of a library, longest first, for one language."""

    def __init__(self, lib: Library, lang: str) -> None:
        self.lang = lang
        forms: list[tuple[str, Phrase]] = []
        for phrase in lib.phrases.values():
            for form in phrase.forms(lang):
                if form:
                    forms.append((form, phrase))
        forms.sort(key=lambda f: -len(f[0]))
        self.forms = forms
        self.folded = [(fold_spelling(f) if lang == "en" else f, f, p) for f, p in forms]
        self._pool = sorted({f for f, _ in forms})
        self._folded_pool = {fold_spelling(f): f for f in self._pool}
        # forms by their first character (folded), longest first, so a lookup scans only its bucket
        self._by_head: dict[str, list[tuple[str, str, Phrase]]] = {}
        for folded, form, phrase in self.folded:
            self._by_head.setdefault(folded[:1], []).append((folded, form, phrase))

    _cache: dict[tuple[int, str], tuple[Library, Phrases]] = {}

    @classmethod
    def of(cls, lib: Library, lang: str) -> Phrases:
        """The phrase index of ``lib`` for ``lang``, built once per library object."""
        key = (id(lib), lang)
        cached = cls._cache.get(key)
        if cached is None or cached[0] is not lib:
            cached = (lib, cls(lib, lang))
            cls._cache[key] = cached
        return cached[1]

    def match(self, text: str) -> tuple[str, Phrase] | None:
        found = self.matches(text)
        return found[0] if found else None

    def matches(self, text: str) -> list[tuple[str, Phrase]]:
        """Every phrase form the text starts with, longest first, as written in the text."""
        stripped = text.lstrip()
        out = []
        if self.lang == "en":
            head_folded = fold_spelling(stripped[:80])
            for folded, form, phrase in self._by_head.get(head_folded[:1], ()):
                if head_folded.startswith(folded):
                    # folding keeps lengths except -ise → -iz (same length), so slice the original
                    rest = stripped[len(form): len(form) + 1]
                    if not rest or not rest.isalpha():
                        out.append((stripped[: len(form)], phrase))
        else:
            prefix = ZH_PREFIX.match(stripped)
            head = prefix.group(0) if prefix else ""
            rest = stripped[len(head):]
            for _, form, phrase in self._by_head.get(rest[:1], ()):
                if rest.startswith(form):
                    out.append((head + form, phrase))
            if not out and rest[:1] in ("又", "还", "并"):
                out = [(head + rest[0] + form, phrase) for _, form, phrase in self._by_head.get(rest[1:2], ())
                       if rest[1:].startswith(form)]
            if not out and rest.startswith("对"):  # 对……感到遗憾 / 对……表示满意: the verb closes the frame
                cut = re.search(r"[，,；;：:]", rest)
                clause = rest[: cut.start() if cut else len(rest)]
                for form, phrase in self.forms:
                    if len(form) >= 2 and clause.endswith(form):
                        out.append((clause, phrase))
                        break
        return out

    def misspelled(self, candidate: str) -> str | None:
        """A known form that ``candidate`` misspells, else None: within edit distance 2 in English (not just
        another inflection of the same word); in Chinese the same length with one character typed as a
        homophone (the slip a pinyin input method makes: 鼓历 for 鼓励)."""
        if not candidate:
            return None
        if self.lang == "en":
            key = fold_spelling(candidate)
            scored = [(_distance(key, f), f) for f in self._folded_pool
                      if abs(len(f) - len(key)) <= 2 and f[:1] == key[:1]]
            for distance, option in sorted(scored)[:3]:
                if 0 < distance <= 2 and distance < len(key) // 3 + 1 and not _inflection(key, option):
                    return self._folded_pool[option]
            return None
        for option in self._pool:
            if len(option) == len(candidate) and len(option) >= 2:
                differ = [(a, b) for a, b in zip(candidate, option) if a != b]
                if len(differ) == 1 and _homophones(*differ[0]):
                    return option
        return None


def _inflection(a: str, b: str) -> bool:
    """Two forms of one English word ("encouraged" / "encourages"), not a misspelling."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    for x, y in zip(words_a, words_b):
        if x == y:
            continue
        stem = 0
        while stem < min(len(x), len(y)) and x[stem] == y[stem]:
            stem += 1
        if stem < 4 or not ({x[stem:], y[stem:]} <= set(EN_INFLECTIONS) | {""} or
                            (x[stem:] + "|" + y[stem:]) in ("e|ing", "ing|e", "ed|es", "es|ed", "e|ed", "ed|e")):
            return False
    return True


def _homophones(a: str, b: str) -> bool:
    """Two Chinese characters read alike (tones aside)."""
    try:
        from pypinyin import Style, pinyin
    except ImportError:  # pragma: no cover - a dependency; without it no Chinese slip is named
        return False
    read_a = {r for r in pinyin(a, style=Style.NORMAL, heteronym=True)[0]}
    read_b = {r for r in pinyin(b, style=Style.NORMAL, heteronym=True)[0]}
    return bool(read_a & read_b) and a != b


def _distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance when it is at most ``limit``, else ``limit + 1`` (a band around the diagonal)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    big = limit + 1
    previous = {j: j for j in range(0, min(len(b), limit) + 1)}
    for i in range(1, len(a) + 1):
        current: dict[int, int] = {}
        for j in range(max(0, i - limit), min(len(b), i + limit) + 1):
            if j == 0:
                current[j] = i
                continue
            cost = previous.get(j - 1, big) + (a[i - 1] != b[j - 1])
            current[j] = min(cost, previous.get(j, big) + 1, current.get(j - 1, big) + 1)
        if min(current.values()) > limit:
            return big
        previous = current
    return min(previous.get(len(b), big), big)


@dataclass(eq=False)
class Node:
    """One paragraph of the document with its role in the structure."""

    para: reader.Paragraph
    role: str  # heading | organ | preambular | operative | sub | section | continuation | closing | annex | empty | table | other
    label: str = ""  # "3" for an operative paragraph, "(b)" for a sub-paragraph, as shown
    number: int = 0  # 1-based position among its siblings
    level: int = 0  # 0 operative, 1.. sub-paragraph depth
    auto: bool = False  # numbered by Word rather than typed
    offset: int = 0  # first character of the content after a typed label
    kind: str = ""  # label kind of a sub-paragraph: letter, roman, zh-circled, zh-paren, letter-dot, …
    lead: str = ""
    phrase: Phrase | None = None
    emphasised: bool = False  # the lead phrase carries the emphasis
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    continuation: list[Node] = field(default_factory=list)  # unnumbered paragraphs that belong to this one
    misplaced: bool = False  # a preambular paragraph inside the operative part
    misspelled: str = ""  # the known form the lead misspells ("Encourges" → "Encourages")

    @property
    def text(self) -> str:
        return self.para.text

    @property
    def content(self) -> str:
        return self.para.text[self.offset:]


@dataclass
class Structure:
    """A document read as a resolution: the tree every rule and command walks."""

    language: str
    profile: str
    nodes: list[Node] = field(default_factory=list)
    heading: list[Node] = field(default_factory=list)
    organ: Node | None = None
    preamble: list[Node] = field(default_factory=list)
    operative: list[Node] = field(default_factory=list)
    sections: list[Node] = field(default_factory=list)
    closing: list[Node] = field(default_factory=list)
    annexes: list[Node] = field(default_factory=list)
    by_phrases: bool = False  # no numbering found: roles were read from lead phrases

    def walk(self) -> Iterator[Node]:
        """Operative paragraphs and their sub-paragraphs, depth first, in document order."""
        def visit(node: Node) -> Iterator[Node]:
            yield node
            for child in node.children:
                yield from visit(child)
        for node in self.operative:
            yield from visit(node)

    def address(self, node: Node) -> str:
        """The paragraph's address as amendments write it: "5", "5(b)", "5(b)(ii)"."""
        path = []
        while node is not None:
            path.append(node)
            node = node.parent  # type: ignore[assignment]
        path.reverse()
        head = str(path[0].number)
        rest = "".join(f"({bare(n.label) or n.number})" for n in path[1:])
        return head + rest

    def find(self, address: str) -> Node | None:
        """The operative paragraph or sub-paragraph at an address like "5(b)(ii)"; None when absent."""
        match = re.fullmatch(r"\s*(\d+)\s*((?:\([^()]+\)\s*)*)", address)
        if not match:
            return None
        number = int(match.group(1))
        node = next((n for n in self.operative if n.number == number), None)
        for part in re.findall(r"\(([^()]+)\)", match.group(2)):
            if node is None:
                return None
            key = part.strip()
            node = next((c for c in node.children if bare(c.label) == key or str(c.number) == key), None)
        return node


def read_structure(doc: reader.Document, lib: Library, lang: str | None = None,
                   profile: str | None = None) -> Structure:
    """Read ``doc`` into a :class:`Structure` (language and profile guessed when not given)."""
    language = lang or detect_language(doc)
    chosen = profile or guess_profile(doc, language)
    return _Reader(doc, lib, language, chosen).read()


class _Reader:
    def __init__(self, doc: reader.Document, lib: Library, lang: str, profile: str) -> None:
        self.doc, self.lib, self.lang, self.profile = doc, lib, lang, profile
        self.phrases = Phrases.of(lib, lang)
        self.organs = ORGANS[lang] + [c.organ[lang] for c in lib.committees.values()]
        self.tree = Structure(lang, profile)

    # -- the top-level split ------------------------------------------------------------------------
    def read(self) -> Structure:
        paras = self.doc.paragraphs
        nodes = [Node(p, "table" if p.in_table else ("empty" if not p.text.strip() else "")) for p in paras]
        self.tree.nodes = nodes
        body = [n for n in nodes if not n.role]
        first_operative = next((i for i, n in enumerate(nodes) if not n.role and self.numbered_top(n)), None)
        annex = next((i for i, n in enumerate(nodes) if not n.role and self.is_annex(n)
                      and (first_operative is None or i > first_operative)), None)
        end = annex if annex is not None else len(nodes)
        if first_operative is None or (annex is not None and first_operative > annex):
            self.tree.by_phrases = bool(body)
            first_operative = None
        start = self.body_start(nodes, first_operative, end)
        for node in nodes[:start]:
            if node.role in ("", "table"):  # a heading block laid out in a table is still the heading
                node.role = "heading"
                self.tree.heading.append(node)
        if self.tree.organ is not None:
            self.tree.organ.role = "organ"
            self.tree.heading.remove(self.tree.organ)
        if first_operative is None:
            self.read_by_phrases(nodes[start:end])
        else:
            for node in nodes[start:first_operative]:
                if not node.role:
                    if self.is_section(node) and not self.phrases.match(node.para.text) \
                            and not emphasised_span(node.para, 0, 1):
                        node.role = "section"
                        self.tree.sections.append(node)
                    else:
                        self.preambular(node)
            self.read_operative(nodes[first_operative:end])
        for node in nodes[end:]:
            if not node.role:
                node.role = "annex"
            self.tree.annexes.append(node)
        return self.tree

    def numbered_top(self, node: Node) -> bool:
        para = node.para
        if para.num_id is not None and para.level == 0 and re.match(r"^\d", para.label):
            return True
        match = TYPED_NUMBER.match(para.text)
        return bool(match) and match.group(1) == "1" and para.num_id is None

    def is_annex(self, node: Node) -> bool:
        text = node.para.text.strip()
        return bool(ANNEX.match(text)) and len(text) < 120 and not text.endswith(tuple(ENDS[:4]) + ("，", "；", "。"))

    def body_start(self, nodes: list[Node], first_operative: int | None, end: int) -> int:
        """Index of the first paragraph after the heading block (the organ line is found on the way)."""
        limit = first_operative if first_operative is not None else end
        for i in range(limit):
            node = nodes[i]
            if node.role:
                continue
            if self.is_organ(node.para.text, self.next_text(nodes, i, limit)):
                self.tree.organ = node
                return i + 1
        # no organ line: the body starts at the first paragraph that opens with a lead phrase
        for i in range(limit):
            node = nodes[i]
            if node.role:
                continue
            text = node.para.text.strip()
            if re.match(r"^[^\s:：]{1,25}[:：]", text):
                continue
            matched = self.phrases.match(text)
            if matched and len(text) > len(matched[0]) + 3 and text[-1] in ENDS:
                return i
        return limit if first_operative is not None else end

    @staticmethod
    def next_text(nodes: list[Node], i: int, limit: int) -> str:
        return next((n.para.text for n in nodes[i + 1: limit] if not n.role), "")

    def is_organ(self, text: str, following: str = "") -> bool:
        stripped = text.strip()
        bare = stripped.rstrip(",，:：").strip()
        if not bare or len(bare) > 90:
            return False
        if any(bare.casefold() == o.casefold() for o in self.organs):
            # the masthead names the organ too; the organ line is the one the preamble follows
            return stripped != bare or bool(self.phrases.match(following) or TYPED_NUMBER.match(following))
        if self.phrases.match(bare):
            return False
        if self.lang == "zh":
            return stripped.endswith("，") and len(bare) <= 25 and "：" not in bare and ":" not in bare \
                and not SYMBOL.match(bare)
        return stripped.endswith(",") and (bare.startswith("The ") or (bare.isupper() and bare.startswith("THE ")))

    # -- paragraphs ---------------------------------------------------------------------------------
    def preambular(self, node: Node) -> None:
        node.role = "preambular"
        self.annotate(node)
        self.tree.preamble.append(node)

    def annotate(self, node: Node) -> None:
        """Find the lead phrase: the longest known form, preferring one that is emphasised."""
        para = node.para
        content = para.text[node.offset:]
        skip = len(content) - len(content.lstrip())
        start = node.offset + skip
        candidates = self.phrases.matches(content)
        if candidates:
            emphasised = [c for c in candidates if emphasised_span(para, start, start + len(c[0]))]
            form, phrase = (emphasised or candidates)[0]
            node.lead, node.phrase = para.text[start: start + len(form)], phrase
            node.emphasised = bool(emphasised)
        else:
            node.lead = candidate_lead(para, start, self.lang)
            correct = self.phrases.misspelled(node.lead)
            if correct is not None and correct != node.lead:  # a slip: read it as the phrase it misspells
                node.misspelled = correct
                node.phrase = next(p for f, p in self.phrases.forms if f == correct)
                node.emphasised = emphasised_span(para, start, start + len(node.lead))
        node.offset = start

    def read_operative(self, nodes: list[Node]) -> None:
        current: Node | None = None  # the operative paragraph being read
        stack: list[Node] = []  # open sub-paragraphs, outermost first
        top_num_id: int | None = None
        for node in nodes:
            if node.role:
                continue
            para = node.para
            text = para.text.strip()
            if CLOSING.match(text):
                node.role = "closing"
                self.tree.closing.append(node)
                continue
            typed = TYPED_NUMBER.match(para.text)
            if para.num_id is not None and para.level is not None and (top_num_id is None or para.num_id == top_num_id
                                                                       or para.level > 0):
                if para.level == 0 and re.match(r"^\d", para.label):
                    top_num_id = para.num_id
                    current, stack = self.operative(node, para.label.rstrip(".．、"), auto=True), []
                    if typed:
                        node.offset = typed.end()
                    self.annotate(node)
                    continue
                if para.level > 0 and current is not None:
                    node.role, node.auto, node.label = "sub", True, para.label
                    node.level = para.level
                    node.kind = label_kind(para.label)
                    typed_sub = SUB_LABEL.match(para.text)
                    if typed_sub:
                        node.offset = typed_sub.end()
                    stack = self.attach(node, current, stack)
                    continue
            if typed and para.num_id is None:
                current, stack = self.operative(node, typed.group(1), auto=False), []
                node.offset = typed.end()
                self.annotate(node)
                continue
            sub = SUB_LABEL.match(para.text)
            if sub and current is not None and not self.looks_like_section(node, sub.group(1)):
                node.role, node.label, node.offset = "sub", sub.group(1), sub.end()
                node.kind = label_kind(sub.group(1), _kind_and_label(self.sibling_before(stack, sub.group(1))))
                stack = self.attach(node, current, stack)
                continue
            if self.is_section(node):
                node.role = "section"
                self.tree.sections.append(node)
                current, stack = None, []
                continue
            if current is None and not self.tree.operative:
                self.preambular(node)
                continue
            self.unnumbered(node, current, stack)

    def operative(self, node: Node, label: str, auto: bool) -> Node:
        node.role, node.label, node.auto, node.level = "operative", label, auto, 0
        node.number = len(self.tree.operative) + 1
        self.tree.operative.append(node)
        return node

    def sibling_before(self, stack: list[Node], label: str) -> Node | None:
        """The open sub-paragraph a new label could continue (for "(i)" after "(h)")."""
        for open_node in reversed(stack):
            if open_node.kind in ("letter", "letter-dot", "letter-close"):
                return open_node
        return None

    def attach(self, node: Node, current: Node, stack: list[Node]) -> list[Node]:
        """Place a sub-paragraph under the operative paragraph or an open sub-paragraph; return the new stack."""
        if node.auto:
            while stack and stack[-1].level >= node.level:
                stack.pop()
        else:
            same = next((i for i, s in enumerate(stack) if s.kind == node.kind and not s.auto), None)
            if same is not None:
                stack = stack[:same]
            node.level = len(stack) + 1
        parent = stack[-1] if stack else current
        node.parent = parent
        parent.children.append(node)
        node.number = len(parent.children)
        self.annotate(node)
        return stack + [node]

    def looks_like_section(self, node: Node, label: str) -> bool:
        """A labelled heading such as "A. Targeted sanctions" rather than a sub-paragraph."""
        text = node.para.text.strip()
        return bool(re.fullmatch(r"[A-Z]\.|[IVXLC]+\.", label)) and text[-1] not in ENDS and len(text) < 150

    def is_section(self, node: Node) -> bool:
        text = node.para.text.strip()
        if text[-1] in ENDS or len(text) > 200:
            return False
        if SECTION_LABEL.match(text):
            return True
        matched = self.phrases.match(text)
        if matched and emphasised_span(node.para, 0, len(matched[0])) and len(text) > len(matched[0]) + 20:
            return False  # a clause missing its final mark, not a heading
        return len(text) <= 150

    def unnumbered(self, node: Node, current: Node | None, stack: list[Node]) -> None:
        """An unnumbered paragraph inside the operative part: misplaced clause or continuation."""
        self.annotate(node)
        text = node.para.text.strip()
        phrase = node.phrase
        if phrase is not None and node.emphasised:
            if text[-1] in ",，" and (phrase.kind == "preambular" or self.phrases_both(node)):
                node.role, node.misplaced = "preambular", True
                self.tree.preamble.append(node)
                return
            if phrase.kind == "operative" and text[-1] in ";；.。:：":
                self.operative(node, "", auto=False)
                return
        node.role = "continuation"
        owner = stack[-1] if stack else current
        if owner is not None:
            owner.continuation.append(node)
        node.lead, node.phrase = "", None

    def phrases_both(self, node: Node) -> bool:
        """The lead is also a preambular form (Chinese often writes both the same way)."""
        return any(p.kind == "preambular" for _, p in self.phrases.matches(node.content))

    # -- drafts without any numbering ----------------------------------------------------------------
    def read_by_phrases(self, nodes: list[Node]) -> None:
        """No numbered paragraph: preambular until a paragraph opens with an operative phrase or ends as one."""
        body = [n for n in nodes if not n.role]
        in_operative = False
        last_body = body[-1] if body else None
        stack: list[Node] = []
        current: Node | None = None
        for node in body:
            text = node.para.text.strip()
            if in_operative and CLOSING.match(text):
                node.role = "closing"
                self.tree.closing.append(node)
                continue
            sub = SUB_LABEL.match(node.para.text) if current is not None else None
            if sub:
                node.role, node.label, node.offset = "sub", sub.group(1), sub.end()
                node.kind = label_kind(sub.group(1), _kind_and_label(self.sibling_before(stack, sub.group(1))))
                stack = self.attach(node, current, stack)  # type: ignore[arg-type]
                continue
            self.annotate(node)
            phrase = node.phrase
            ends_operative = text[-1] in ";；.。:："
            operative_lead = phrase is not None and phrase.kind == "operative" and not (
                phrase.kind == "preambular" or (self.lang == "zh" and text[-1] in ",，"))
            preambular_lead = any(p.kind == "preambular" for _, p in self.phrases.matches(node.content))
            if in_operative and not (preambular_lead and text[-1] in ",，"):
                is_operative = True
            elif operative_lead and not (preambular_lead and text[-1] in ",，"):
                is_operative = True
            else:
                is_operative = node is last_body and ends_operative and text[-1] in ".。"
            if not in_operative and not is_operative and self.is_section(node) and not preambular_lead:
                node.role = "section"
                self.tree.sections.append(node)
                continue
            if is_operative:
                in_operative = True
                current, stack = self.operative(node, "", auto=False), []
            else:
                node.role = "preambular"
                node.misplaced = in_operative
                self.tree.preamble.append(node)


def emphasised_span(para: reader.Paragraph, start: int, end: int) -> bool:
    """Every non-space character of [start, end) is italic, bold or underlined."""
    pos = 0
    for run in para.runs:
        run_end = pos + len(run.text)
        if run_end > start and pos < end and run.text[max(0, start - pos): end - pos].strip():
            if not (run.italic or run.bold or run.underline):
                return False
        pos = run_end
    return True


def candidate_lead(para: reader.Paragraph, offset: int, lang: str) -> str:
    """The emphasised opening words, or the first word (two characters in Chinese)."""
    pos, lead = 0, ""
    for run in para.runs:
        end = pos + len(run.text)
        if end <= offset:
            pos = end
            continue
        piece = run.text[max(0, offset - pos):]
        if run.italic or run.underline or run.bold:
            lead += piece
            pos = end
            continue
        break
    lead = lead.strip()
    if lead and len(lead) < 60:
        return lead.rstrip(",，:：;；")
    content = para.text[offset:].strip()
    if lang == "zh":
        return content[:2]
    words = content.split()
    return words[0].rstrip(",;:.") if words else ""


def _kind_and_label(sibling: Node | None) -> tuple[str, str] | None:
    return (sibling.kind, sibling.label) if sibling is not None else None
