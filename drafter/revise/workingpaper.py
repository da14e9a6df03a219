"""A bloc's Word working paper read for ``drafter merge``: its heading (profile, committee, title, date, number,
sponsors and signatories) and its clauses as answers-file entries, each with the paragraph it comes from.

The document is read through the structure tree (:func:`drafter.importer.read.read_document`: lead phrase,
body and sub-paragraphs of every preambular and operative paragraph); the heading fields through the approval
panel's reader (:func:`drafter.conference.draft.read_draft`), plus the UN masthead's sponsor line ("France and
Chile: draft resolution", "法国和智利：决议草案"). A paragraph is the library clause when it says the same thing
once spaces, case and the width of marks are set aside; otherwise it is an own clause (lead phrase, text,
sub-paragraphs) and, when it is near-identical to a library clause, remembers that clause so that contested
questions are still found.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.compose import templating
from drafter.compose.answers import Answers, ClauseChoice
from drafter.library import Library
from drafter.library.model import Clause, Phrase
from drafter.library.model import SubParagraph as LibrarySub
from drafter.library.names import listed_names
from drafter.punctuation import strip_end, zh_typography
from drafter.revise.similar import near_identical, ratio
from drafter.status import DrafterError, ExitStatus
from drafter.structure import SYMBOL, Node, Structure, fold_spelling, read_structure
from drafter.structure.heading import DATE_LINE, Field, bare_line, fields_in
from drafter.word import reader

KINDS = ("preambular", "operative")
_INVISIBLE = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")
_UN_SPONSORS = re.compile(r"^(?P<names>.+?)\s*(?::|：)\s*(?:draft resolution|决议草案)\s*$", re.IGNORECASE)
_NUMBER = re.compile(r"(?:Draft Resolution|决议草案)\s*([\d.]+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    """Where a clause stands in its draft: its part, its number there and, in a Word document, its paragraph."""

    kind: str
    number: str
    paragraph: int = 0  # the Word paragraph (1-based); 0 in an answers file

    def text(self, lang: str) -> str:
        """"operative 3 (¶21)" / "执行部分第3段（¶21）"."""
        if lang == "zh":
            part = "序言部分" if self.kind == "preambular" else "执行部分"
            return f"{part}第{self.number}段" + (f"（¶{self.paragraph}）" if self.paragraph else "")
        return f"{self.kind} {self.number}" + (f" (¶{self.paragraph})" if self.paragraph else "")


OTHER_EN = {"no lead phrase": "no lead phrase found", "continuation": "an unnumbered paragraph continuing the one "
            "before", "section": "a heading inside the operative part", "closing": "a closing paragraph",
            "annex": "an annex"}
OTHER_ZH = {"no lead phrase": "未找到引导词", "continuation": "接续上一段的无编号段落", "section": "执行部分中的标题",
            "closing": "结尾段落", "annex": "附件"}


@dataclass(frozen=True)
class LeftOut:
    """A paragraph of a working paper that could not be taken as a clause, and why."""

    where: str  # "operative 3 (¶21)" or "¶30"
    where_zh: str
    why: str  # "lead", "part" or "other"
    detail: str  # the lead as written, the part its phrase opens, or the reader's own words
    text: str

    def line(self, lang: str) -> str:
        """What was left out and why, in English or Chinese."""
        if lang == "zh":
            why = {"lead": f"引导词“{self.detail}”不在引导词表中", "part": f"引导词“{self.detail}”用于"
                   f"{'序言部分' if self.detail == 'preambular' else '执行部分'}",
                   "other": OTHER_ZH.get(self.detail, self.detail)}[self.why]
            return f"{self.where_zh}：{why}：{self.text}"
        why = {"lead": f"lead {self.detail!r} is not in the phrase list",
               "part": f"its lead opens {self.detail} clauses", "other": OTHER_EN.get(self.detail, self.detail)}[self.why]
        return f"{self.where}: {why}: {self.text}"


@dataclass
class ReadClause:
    """One paragraph of a working paper as an answers-file entry."""

    choice: ClauseChoice
    kind: str
    place: Place  # the number the paper shows and the Word paragraph
    library: str = ""  # the library clause it is, or is near-identical to ("" when none)


@dataclass
class WorkingPaper:
    """A working paper read as answers, with where each clause stands and what could not be taken."""

    path: Path
    answers: Answers
    clauses: list[ReadClause] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)

    def of(self, kind: str) -> list[ReadClause]:
        """The clauses of one kind, in order."""
        return [c for c in self.clauses if c.kind == kind]


def key(text: str) -> str:
    """Text as compared for "the same": width of marks (NFKC), case and every space or joiner set aside."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text).casefold())


@dataclass
class _Sub:
    text: str
    children: list[_Sub]


@dataclass
class _Para:
    """One preambular or operative paragraph as a clause takes it: lead, phrase, body and sub-paragraphs."""

    kind: str
    place: Place
    lead: str
    phrase: Phrase | None
    body: str
    subs: list[_Sub]


POSITION_PAPER = {"position paper", "立场文件"}


def _refuse(lang: str, en: str, zh: str) -> DrafterError:
    error = DrafterError(en, ExitStatus.BAD_INPUT, zh=zh)
    error.language = lang
    return error


def read(path: Path, lib: Library, language: str | None = None, say: str = "") -> WorkingPaper:
    """Read a .docx working paper; raise :class:`DrafterError` for a position paper or a document with no clauses.

    ``language`` is the language the merge is in (the first file's): a paper in another one is refused. Refusals
    are said in ``say`` (en or zh; default: the merge's language, else the paper's)."""
    document = reader.read(path)
    if any(p.text.strip().casefold() in POSITION_PAPER for p in document.paragraphs[:12]):
        raise _refuse(say or language or "en", f"{path}: a position paper; only draft resolutions can be merged",
                      f"{path}：这是立场文件；只能合并决议草案")
    tree = read_structure(document, lib)
    lang = tree.language
    say = say or language or lang
    if language and lang != language:
        names = {"en": ("English", "英文"), "zh": ("Chinese", "中文")}
        raise _refuse(say, f"{path}: a draft in {names[lang][0]}, but the first file is in {names[language][0]}: "
                      "merge drafts in one language",
                      f"{path}：这份草案是{names[lang][1]}的，而第一个文件是{names[language][1]}的：只能合并同一语言的草案")
    if not tree.preamble and not tree.operative:
        raise _refuse(say, f"{path}: no preambular or operative paragraph found; is it a draft resolution?",
                      f"{path}：未找到序言部分或执行部分段落；这是决议草案吗？")
    answers = _heading(tree, lib, path, say)
    paper = WorkingPaper(path, answers)
    index = LibraryIndex(lib, lang)
    for para in _paragraphs(tree, paper):
        if para.phrase is not None and para.phrase.kind != para.kind:  # 敦促, 请: one lead, phrases of both parts
            para.phrase = index.phrase(para.lead, para.kind) or para.phrase
        where, where_zh = para.place.text("en"), para.place.text("zh")
        if para.phrase is None:
            paper.left_out.append(LeftOut(where, where_zh, "lead", para.lead, _short(para.body)))
        elif para.phrase.kind != para.kind:
            paper.left_out.append(LeftOut(where, where_zh, "part", para.phrase.kind, _short(para.body)))
        else:
            choice, library = index.choice(para)
            paper.clauses.append(ReadClause(choice, para.kind, para.place, library))
    for kind in KINDS:
        setattr(answers, kind, [c.choice for c in paper.of(kind)])
    return paper


def _paragraphs(tree: Structure, paper: WorkingPaper) -> list[_Para]:
    """The preambular and operative paragraphs of the tree; what cannot be a clause goes to ``paper.left_out``."""
    lang = tree.language
    found = []
    nodes = [("preambular", str(n), node) for n, node in enumerate(tree.preamble, 1)]
    nodes += [("preambular" if node.misplaced else "operative", node.label or str(node.number), node)
              for node in tree.operative]
    for kind, number, node in nodes:
        place = Place(kind, number, node.para.index)
        content = node.content.strip()
        lead = node.lead.strip()
        if not lead or not content.startswith(lead):
            paper.left_out.append(LeftOut(place.text("en"), place.text("zh"), "other", "no lead phrase",
                                          _short(content)))
            continue
        found.append(_Para(kind, place, lead, node.phrase, clean(content[len(lead):], lang),
                           [_sub(child, lang) for child in node.children]))
    extra = [(node, "continuation") for top in tree.walk() for node in top.continuation]
    extra += [(node, "section") for node in tree.sections] + [(node, "closing") for node in tree.closing]
    extra += [(node, "annex") for node in tree.annexes[:1]]
    for node, what in extra:
        if node.para.text.strip():
            paper.left_out.append(LeftOut(f"¶{node.para.index}", f"¶{node.para.index}", "other", what,
                                          _short(node.para.text.strip())))
    return found


def _sub(node: Node, lang: str) -> _Sub:
    return _Sub(clean(node.content, lang, sub=True), [_sub(child, lang) for child in node.children])


_SPACE_IN_ZH = re.compile(r"\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+")


def clean(text: str, lang: str, sub: bool = False) -> str:
    """A body or a sub-paragraph as an answers file holds it: spaces collapsed, no final mark (nor the "and" that
    ends a sub-paragraph before the last), full-width marks in Chinese."""
    text = strip_end(" ".join(text.split()))
    if sub:
        text = strip_end(re.sub(r"(?:[;,]\s*and|；\s*和)$", "", text))
    if lang == "zh":
        text = _SPACE_IN_ZH.sub("", zh_typography(text))
        text = re.sub(r"[,;]", lambda m: {",": "，", ";": "；"}[m.group()], text)
    return text


class LibraryIndex:
    """The library's clauses of one language as the renderer writes them (placeholders at their defaults)."""

    def __init__(self, lib: Library, lang: str) -> None:
        self.lang = lang
        self.lib = lib
        self.texts: dict[str, tuple[str, list[Any]]] = {}
        for clause in lib.clauses.values():
            if lang in clause.languages:
                self.texts[clause.id] = self._render(clause)
        self.by_key: dict[tuple[str, str], list[str]] = {}
        for ident, (body, _) in self.texts.items():
            self.by_key.setdefault((lib.clauses[ident].kind, key(body)), []).append(ident)

    def _render(self, clause: Clause) -> tuple[str, list[Any]]:
        values = {name: p.default_in(self.lang) for name, p in clause.placeholders.items()}

        def fill(text: str) -> str:
            filled = templating.fill(text, values, clause.id)
            return zh_typography(filled) if self.lang == "zh" else filled

        def subs(items: tuple[LibrarySub, ...]) -> list[Any]:
            return [(fill(s.text[self.lang]), subs(s.children)) for s in items]

        return fill(clause.text[self.lang]), subs(clause.subparagraphs)

    def phrase(self, lead: str, kind: str) -> Phrase | None:
        """A phrase of ``kind`` that ``lead`` is a form of (case and -ise/-ize aside), else None."""
        wanted = fold_spelling(lead)
        return next((p for p in self.lib.phrases.values()
                     if p.kind == kind and any(fold_spelling(f) == wanted for f in p.forms(self.lang))), None)

    def choice(self, para: _Para) -> tuple[ClauseChoice, str]:
        """The paragraph as an answers-file entry, and the library clause it is or nearly is ("" when none)."""
        assert para.phrase is not None
        own = ClauseChoice(phrase=para.phrase.id, text=para.body, subparagraphs=_own_subs(para.subs))
        wanted = _sub_keys(para.subs)
        for ident in self.by_key.get((para.kind, key(para.body)), []):
            if [_sub_key(s) for s in self.texts[ident][1]] == wanted:
                own_lead = self.lib.phrases.get(self.lib.clauses[ident].phrase)
                same = own_lead is not None and fold_spelling(para.lead) in map(fold_spelling, own_lead.forms(self.lang))
                return ClauseChoice(id=ident, phrase="" if same else para.phrase.id), ident
        body = key(para.body)
        close = [(ratio(key(text), body), ident) for ident, (text, _) in self.texts.items()
                 if self.lib.clauses[ident].kind == para.kind and near_identical(key(text), body)]
        return own, max(close)[1] if close else ""


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


def _own_subs(subs: list[_Sub]) -> list[Any]:
    return [s.text if not s.children else {"text": s.text, "subparagraphs": _own_subs(s.children)} for s in subs]


def _sub_keys(subs: list[_Sub]) -> list[Any]:
    return [(key(s.text), _sub_keys(s.children)) for s in subs]


def _sub_key(item: tuple[str, list[Any]]) -> Any:
    text, children = item
    return key(strip_end(text)), [_sub_key(c) for c in children]


# -- the heading ------------------------------------------------------------------------------


def _heading(tree: Structure, lib: Library, path: Path, say: str) -> Answers:
    """The answers fields a heading block gives: profile, committee, title, date, number, sponsors, signatories."""
    lang = tree.language
    agenda = next(iter(lib.agendas)) if len(lib.agendas) == 1 else ""
    answers = Answers(kind="resolution", language=lang, profile=tree.profile, agenda=agenda, source=path)
    answers.committee = lib.agendas[agenda].committee if agenda else ""
    lists: dict[str, list[str]] = {"sponsors": [], "signatories": []}  # names as written
    committee = ""
    lines = [node for node in tree.heading if node.para.text.strip()]
    waiting = ""  # "Sponsors:" with the list on the next line
    for i, node in enumerate(lines):
        text = node.para.text
        flat = " ".join(text.split())
        items = fields_in(text)
        un_line = _UN_SPONSORS.match(text.strip())
        if un_line and all(item.key == "other" for item in items):  # "France and Chile: draft resolution"
            items = [Field("sponsors", "", 0, text.find(un_line.group("names")), text.find(un_line.group("names"))
                           + len(un_line.group("names")), text)]
            if i + 1 < len(lines) and not answers.title:
                answers.title = " ".join(lines[i + 1].para.text.split())
        elif waiting and not items:
            items = [Field(waiting, "", 0, 0, len(text), text)]  # type: ignore[arg-type]
        waiting = ""
        for item in items:
            listed = {"sponsors": "sponsors", "co-sponsors": "sponsors", "signatories": "signatories"}.get(item.key)
            if listed and item.empty:
                waiting = item.key
            elif listed:
                lists[listed] += [n for _, n in listed_names(item.text, item.value_start, item.value_end,
                                                              lib.state_names)]
            elif item.key == "topic" and not item.empty and not answers.title:
                answers.title = item.value
            elif item.key == "number" and not item.empty:
                answers.draft_number = item.value
            elif item.key == "date" and not item.empty:
                answers.date = _date(item.value)
            elif item.key == "committee" and not item.empty:
                committee = committee or item.value
        if items:
            continue
        kind = bare_line(flat)
        if kind == "date" and not answers.date:
            answers.date = _date(flat)
        if kind == "committee" and not committee:
            committee = flat
        number = _NUMBER.search(flat)
        if kind == "generic-title" and number:
            answers.draft_number = number.group(1)
        if SYMBOL.match(flat) and "/L." in flat and answers.profile == "un":
            answers.symbol = flat
    answers.committee = _committee(committee, lib) or answers.committee
    codes = {key: [_code(name, lib) for name in names] for key, names in lists.items()}
    unknown = [name for key, names in lists.items() for name, code in zip(names, codes[key]) if not code]
    if unknown:
        raise _refuse(say, f"{path}: the heading names {', '.join(repr(u) for u in unknown[:3])}, not a State "
                      "drafter knows; correct the name in the working paper",
                      f"{path}：标题部分的{'、'.join(f'“{u}”' for u in unknown[:3])}不是已知国家名称；请在工作文件中改正")
    answers.sponsors = list(dict.fromkeys(codes["sponsors"]))
    answers.signatories = [c for c in dict.fromkeys(codes["signatories"]) if c not in answers.sponsors]
    if not answers.sponsors:
        raise _refuse(say, f"{path}: no sponsors found in the heading (a 'Sponsors:' line, or the UN line "
                      "'France and Chile: draft resolution'); merge unites the sponsors of every draft",
                      f"{path}：标题部分未找到起草国（“起草国：”一行，或联合国格式的“法国和智利：决议草案”）；"
                      "合并需要每份草案的起草国")
    answers.country = answers.sponsors[0]
    if answers.symbol and answers.date and answers.date[:4] not in answers.symbol:
        answers.symbol = ""  # the answers file would refuse a symbol of another year than its date
    return answers


def _code(written: str, lib: Library) -> str:
    """The ISO3 code of a State's name as a heading writes it, "" for no State drafter knows."""
    names = lib.state_names
    hit = names.find(written)
    country = hit.country if hit is not None else (names.formal_style(written) or names.near_miss(written))
    return country.iso3 if country is not None else ""


def _committee(written: str, lib: Library) -> str:
    """The library committee a heading names (by name or short name, either language), else ""."""
    folded = " ".join(written.split()).casefold().removeprefix("the ")
    for ident, committee in lib.committees.items():
        for text in (committee.name, committee.short):
            if folded and any(folded == (text[lg] or "").casefold() for lg in ("en", "zh")):
                return ident
    return ""


def _date(text: str) -> str:
    """An ISO date from "20 May 2027", "May 20, 2027" or "2027年5月20日"; "" when it is none of them."""
    text = text.strip(" .,")
    if not DATE_LINE.match(text):
        return ""
    chinese = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
    if chinese:
        year, month, day = map(int, chinese.groups())
        return _iso(year, month, day)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text).replace(",", "")
    for fmt in ("%d %B %Y", "%B %d %Y"):
        try:
            return dt.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return ""


def _iso(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""
