"""A .docx read as a position paper: the header fields (delegate, school, country, committee, topic, date), the
title, the sections with their headings and paragraphs, the sources list and the citation marks in the text.

Papers by drafter and by students are read alike: header lines are "Label: value" in English or Chinese
("Delegate:", "代表：", "國家："), a section heading is a short line that names a part of the paper (FORMAT.md
PP-04, ZPP-02: background, past action, position, proposals) or is numbered like one ("II.", "二、"), the sources
are the paragraphs under "References" / "Works Cited" / "参考资料" and the document's footnotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from drafter.hanzi import simplified
from drafter.patterns import lazy
from drafter.punctuation import CJK
from drafter.structure.classify import ORGANS, is_organ
from drafter.structure.heading import GENERIC_TITLE, fold_label
from drafter.structure.phrases import Phrases
from drafter.word import reader
from drafter.word.footnotes import footnote_texts, references

HeaderKey = Literal["delegate", "school", "country", "committee", "topic", "date"]
SectionKind = Literal["background", "past-action", "position", "proposals", "sources", "topic"]
HEADER_KEYS: tuple[HeaderKey, ...] = ("delegate", "school", "country", "committee", "topic", "date")
SECTION_KINDS: tuple[SectionKind, ...] = ("background", "past-action", "position", "proposals")

# folded label (see heading.fold_label) -> header field
LABELS: dict[str, HeaderKey] = {
    **dict.fromkeys(("delegate", "delegates", "delegatename", "delegatenames", "delegate(s)", "name", "names",
                     "representedby", "代表", "代表姓名", "姓名", "代表名", "代表姓名(中文)"),
                    "delegate"),
    **dict.fromkeys(("school", "schoolname", "institution", "university", "college", "学校", "学校名称", "院校",
                     "所在学校", "学校名"), "school"),
    **dict.fromkeys(("country", "countryname", "delegation", "delegationfrom", "memberstate", "position", "state",
                     "nation", "portfolio", "国家", "代表国", "国家名称", "代表国家", "代表团", "国家/组织"), "country"),
    **dict.fromkeys(("committee", "committeename", "forum", "council", "organ", "commission", "委员会", "会场",
                     "所在委员会", "委员会名称"), "committee"),
    **dict.fromkeys(("topic", "topics", "topicarea", "agenda", "agendaitem", "question", "questionof", "issue",
                     "subject", "议题", "主题", "议题名称", "话题", "议程"), "topic"),
    **dict.fromkeys(("date", "日期"), "date"),
}
# the labels only a draft resolution's heading has
RESOLUTION_LABELS = {"sponsors", "sponsor", "sponsoredby", "cosponsors", "signatories", "signatory", "submittedby",
                     "mainsubmitter", "mainsubmitters", "cosubmitters", "author", "authors", "起草国", "附议国", "提案国",
                     "主提交国", "联合提交国", "草案编号"}
FIELD_LINE = lazy(r"^\s*([A-Za-z][A-Za-z ()/.’'\-]{0,28}?|[\u3400-\u9fff][\u3400-\u9fff ()（）/]{0,9}?)\s*"
                  r"[:：]\s*(.*?)\s*$")
# a typed label before a clause: "1.", "1-", "2)", "(a)", "iv." (a paper's numbered proposals stay sentences)
TYPED_LABEL = lazy(r"^\s*\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)\-]\s*", re.IGNORECASE)
TITLE_EN = lazy(r"^(?:[\w’'.\-]+\s+){0,3}position\s+paper\b", re.IGNORECASE)
TITLE_TAIL = lazy(r"position\s+paper\s+(?:for|of|on\s+behalf\s+of|from|by)\s+(?:the\s+delegation\s+of\s+)?(.+?)\s*$",
                  re.IGNORECASE)
TITLE_ZH = lazy(r"立场文件|立場文件")
SECTION_NUMBER = lazy(r"^\s*(?:[IVX]{1,4}|\d{1,2}|[A-D])[.)、．]\s*|^\s*[一二三四五六七八九十]{1,2}[、.．]\s*"
                      r"|^\s*[(（][一二三四五六七八九十\d]{1,2}[)）]\s*|^\s*第[一二三四五六七八九十]部分[：:、\s]*")
TOPIC_HEADING = lazy(r"^\s*(?:topic\s+(?:[A-D1-4]|one|two|three)\b|议题\s*[一二三四1-4A-D])", re.IGNORECASE)
# what a heading names, in order: the first kind whose words it holds (a heading may name two: 国家立场及解决措施)
KIND_WORDS: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    ("sources", lazy(r"\b(?:references?|works?\s+cited|bibliography|sources|citations|endnotes|notes)\b"
                     r"|参考资料|参考文献|资料来源|引用资料|引用文献|注释|引文", re.IGNORECASE)),
    ("past-action", lazy(r"\b(?:past|previous|prior|history|historical|international\s+actions?|un\s+actions?"
                         r"|united\s+nations\s+actions?|actions?\s+taken|involvement)\b"
                         r"|已有|过去|以往|历史|国际行动|已采取|国际社会的努力|国际努力", re.IGNORECASE)),
    ("background", lazy(r"\b(?:background|introduction|overview|context|current\s+situation)\b"
                              r"|背景|概述|简介|现状|引言", re.IGNORECASE)),
    ("proposals", lazy(r"\b(?:solutions?|proposals?|proposed|recommendations?|suggestions?|actions?\s+for"
                       r"|conclusion)\b|建议|解决|措施|方案|期望|展望|倡议", re.IGNORECASE)),
    ("position", lazy(r"\b(?:position|policy|policies|stance|national|country|views?)\b"
                            r"|立场|政策|国家|态度|主张", re.IGNORECASE)),
)
NUMERIC_MARK = lazy(r"\[(\d{1,3}(?:\s*[-–,，、]\s*\d{1,3})*)\]")
AUTHOR_YEAR = lazy(r"\(([A-Z][A-Za-z.&'’\- ]{1,60}?),?\s+((?:19|20)\d{2})[a-z]?(?:,\s*(?:p|pp)\.\s*[\d\-–]+)?\)")
ENTRY_NUMBER = lazy(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)、]|[(（](\d{1,3})[)）])\s*")


@dataclass(frozen=True)
class HeaderField:
    """One header line: its field, label as written, value and where the value starts (0-based)."""

    key: HeaderKey
    label: str
    value: str
    para: reader.Paragraph
    value_start: int


@dataclass
class Section:
    """A heading (None for the text before the first one) and the paragraphs under it."""

    heading: reader.Paragraph | None
    kinds: tuple[SectionKind, ...]
    paragraphs: list[reader.Paragraph] = field(default_factory=list)


@dataclass(frozen=True)
class Citation:
    """A citation mark in the text: the numbers it cites ([1, 3]) or an author and year, where it stands."""

    para: reader.Paragraph
    start: int
    end: int
    numbers: tuple[int, ...] = ()
    author: str = ""


@dataclass(frozen=True)
class Source:
    """One entry of the sources list (a paragraph under the sources heading, or a footnote), with its number."""

    text: str
    number: int | None
    para: reader.Paragraph | None  # None for a footnote


@dataclass
class Paper:
    """A position paper as read."""

    doc: reader.Document
    header: dict[HeaderKey, HeaderField] = field(default_factory=dict)
    header_paragraphs: list[reader.Paragraph] = field(default_factory=list)
    title: reader.Paragraph | None = None
    sections: list[Section] = field(default_factory=list)
    sources_heading: reader.Paragraph | None = None
    sources: list[Source] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    footnotes: int = 0  # footnote references in the text

    @property
    def body(self) -> list[reader.Paragraph]:
        """The paragraphs of the paper's text: the sections' paragraphs, without headings and sources."""
        return [p for s in self.sections if "sources" not in s.kinds for p in s.paragraphs]

    @property
    def headings(self) -> list[Section]:
        """The sections that have a heading (not the sources)."""
        return [s for s in self.sections if s.heading is not None and "sources" not in s.kinds]

    def kinds(self) -> set[SectionKind]:
        """Every part of a paper its headings name."""
        return {k for s in self.headings for k in s.kinds}


def header_field(text: str) -> tuple[HeaderKey, str, str, int] | None:
    """A header line "Label: value": (field, label, value, where the value starts), or None."""
    match = FIELD_LINE.match(text)
    if match is None:
        return None
    label = match.group(1).strip()
    key = LABELS.get(fold_label(label).replace("（", "(").replace("）", ")"))
    if key is None:
        return None
    return key, label, match.group(2), match.start(2) if match.group(2) else len(text)


def is_title(text: str) -> bool:
    """A title line: "Position Paper" (with a few words before it, "Sample Position Paper 1", and what follows
    it: "… of the Republic of Kenya") or "立场文件"."""
    stripped = text.strip()
    if not stripped or len(stripped) > 90 or stripped.endswith((".", "。")):
        return False
    return bool(TITLE_EN.match(stripped)) or (bool(TITLE_ZH.search(stripped)) and len(stripped) <= 40)


def title_names(text: str) -> str:
    """What a title says the paper is for: "Position paper for Italy" -> "Italy"; "" when it names nothing."""
    match = TITLE_TAIL.search(text.strip())
    return match.group(1).strip(" .:：") if match else ""


def reads_as_resolution(paragraphs: list[reader.Paragraph], phrases: Phrases | None = None) -> bool:
    """Whether the text reads as a resolution's clauses: three or more paragraphs, and two in five, that end in a
    comma, semicolon or colon (a paper's sentences end in full stops) or, with ``phrases``, that open with a lead
    phrase after any typed label ("Fully alarmed about …", "1- Accepts …": clauses closed with full stops), three in
    five of them or three in a row, or an organ line with such a clause after it."""
    texts = [p.text.strip() for p in paragraphs if len(p.text.strip()) > 30]
    open_ended = [t for t in texts if t.endswith((",", ";", ":", "，", "；", "："))]
    if len(open_ended) >= 3 and len(open_ended) * 5 >= len(texts) * 2:
        return True
    if phrases is None:
        return False
    opened = [phrases.match(TYPED_LABEL.sub("", t, count=1)) is not None for t in texts]
    if sum(opened) >= 3 and sum(opened) * 5 >= len(texts) * 3:
        return True
    run = 0  # three clauses in a row that open with a lead phrase: a paper's sentences do not
    for led in opened:
        run = run + 1 if led else 0
        if run >= RESOLUTION_RUN:
            return True
    return _has_organ_line(paragraphs, phrases)


RESOLUTION_RUN = 3


def _has_organ_line(paragraphs: list[reader.Paragraph], phrases: Phrases) -> bool:
    """An organ line ("The General Assembly,") near the top with a clause that opens with a lead phrase after it."""
    lines = [p.text.strip() for p in paragraphs[:40] if p.text.strip()]
    organs = ORGANS.get(phrases.lang, [])
    return any(is_organ(line, following, organs, phrases) and phrases.match(following) is not None
               for line, following in zip(lines, lines[1:], strict=False))


def looks_like_paper(doc: reader.Document, phrases: Phrases | None = None) -> bool:
    """Whether ``doc`` is a position paper: a "Position Paper" / "立场文件" title near the top, or three or more of
    the paper's header fields when no line of a resolution's heading (sponsors, signatories, "Draft Resolution")
    stands among them and the text does not read as a resolution's clauses (judged by their lead phrases too when
    ``phrases`` are given)."""
    top = [p for p in doc.paragraphs[:16] if p.text.strip()][:12]
    if any(is_title(p.text) for p in top):
        return True
    if reads_as_resolution(doc.paragraphs, phrases):
        return False
    keys: set[HeaderKey] = set()
    for para in top:
        found = header_field(para.text)
        if found is not None:
            keys.add(found[0])
        labelled = FIELD_LINE.match(para.text)
        if labelled and fold_label(labelled.group(1)) in RESOLUTION_LABELS or GENERIC_TITLE.match(para.text.strip()):
            return False  # a draft resolution's heading: sponsors, signatories, "Draft Resolution 1.1"
    return len(keys & {"delegate", "school", "country", "committee", "topic"}) >= 3


def section_kinds(text: str) -> tuple[SectionKind, ...]:
    """The parts of a paper a heading names ("II. Past International Action": past-action)."""
    bare = SECTION_NUMBER.sub("", simplified(text)).strip()
    if TOPIC_HEADING.match(bare):
        return ("topic",)
    found: list[SectionKind] = []
    for kind, words in KIND_WORDS:
        if words.search(bare) and kind not in found:
            found.append(kind)
            if kind in ("sources", "past-action"):
                break  # "Past International Action" is not proposals; "Works Cited" is nothing else
    return tuple(found)


def _is_heading(para: reader.Paragraph) -> bool:
    """A line that heads a section: short, not a sentence, and styled or numbered as a heading or naming a part."""
    text = para.text.strip()
    if not text or len(text) > (40 if CJK.search(text) else 80):
        return False
    if text.endswith((".", "。", ";", "；", ",", "，")) and not SECTION_NUMBER.fullmatch(text):
        return False
    styled = para.style.casefold().startswith(("heading", "drafter section", "title")) or \
        all(r.bold for r in para.runs if r.text.strip())
    named = bool(section_kinds(text))
    numbered = bool(SECTION_NUMBER.match(text)) and len(text) <= 60
    sentence = bool(re.search(r"[，,；;]", text))  # "X proposes the following, for …:" opens a list
    return named and (styled or numbered or (len(text) <= 30 and not sentence)) or (styled and numbered)


def read_paper(doc: reader.Document) -> Paper:
    """Read ``doc`` as a position paper."""
    paper = Paper(doc)
    paragraphs = list(doc.paragraphs)  # a header set in a table (a common template) is read like lines
    position = 0
    # the header: labelled lines (and the title among them) before the text starts
    while position < len(paragraphs):
        para = paragraphs[position]
        text = para.text.strip()
        if not text:
            position += 1
            continue
        found = header_field(para.text)
        if found is not None and len(text) <= 160:
            key, label, value, start = found
            paper.header.setdefault(key, HeaderField(key, label, value, para, start))
            paper.header_paragraphs.append(para)
        elif paper.title is None and is_title(text):
            paper.title = para
        else:
            break
        position += 1
    current = Section(None, ())
    paper.sections.append(current)
    for para in paragraphs[position:]:
        text = para.text.strip()
        if not text:
            continue
        if paper.title is None and not paper.body and is_title(text):
            paper.title = para
            continue
        if _is_heading(para):
            kinds = section_kinds(text)
            current = Section(para, kinds)
            paper.sections.append(current)
            if "sources" in kinds and paper.sources_heading is None:
                paper.sources_heading = para
            continue
        current.paragraphs.append(para)
    if not paper.sections[0].paragraphs and len(paper.sections) > 1:
        paper.sections.pop(0)
    for section in paper.sections:
        if "sources" in section.kinds:
            for para in section.paragraphs:
                typed = ENTRY_NUMBER.match(para.text) or (ENTRY_NUMBER.match(para.label) if para.label else None)
                digits = next((g for g in typed.groups() if g), None) if typed else None
                paper.sources.append(Source(para.text.strip(), int(digits) if digits else None, para))
    _footnotes(paper)
    _citations(paper)
    return paper


def _footnotes(paper: Paper) -> None:
    """Word footnotes are sources too (LABMUNC, ZPP-05: "脚注或尾注"); their references count as citations."""
    notes = footnote_texts(paper.doc)
    if not notes:
        return
    for text in notes.values():
        if text:
            paper.sources.append(Source(text, None, None))
    for para in paper.body:
        if para.element is not None:
            paper.footnotes += len([r for r in references(para.element) if r in notes])


def _citations(paper: Paper) -> None:
    """Numeric marks ([1], [2, 5], [3-4]) and author-year marks ((UNODC, 2021)) in the paper's text."""
    for para in paper.body:
        text = para.text
        for match in NUMERIC_MARK.finditer(text):
            paper.citations.append(Citation(para, match.start(), match.end(), _numbers(match.group(1))))
        for match in AUTHOR_YEAR.finditer(text):
            paper.citations.append(Citation(para, match.start(), match.end(), author=match.group(1).strip()))


def _numbers(marks: str) -> tuple[int, ...]:
    """"1, 3-5" -> (1, 3, 4, 5)."""
    out: list[int] = []
    for part in re.split(r"\s*[,，、]\s*", marks):
        ends = re.split(r"\s*[-–]\s*", part)
        if len(ends) == 2 and ends[0].isdigit() and ends[1].isdigit() and int(ends[0]) <= int(ends[1]) <= 999:
            out.extend(range(int(ends[0]), int(ends[1]) + 1))
        elif part.isdigit():
            out.append(int(part))
    return tuple(out)


@dataclass(frozen=True)
class PaperRules:
    """What a conference asks of a position paper (its rules file's ``position-papers:``; these defaults without
    one): at most ``pages`` pages of text (the sources list not counted), ``font_size`` points, the ``sections``
    its headings must name, a sources list when ``sources``; ``committees``: the names (and aliases) a paper's
    committee may be, empty for any."""

    pages: int = 2
    font_size: float = 12
    sections: tuple[SectionKind, ...] = ("background", "past-action", "position")
    sources: bool = True
    committees: tuple[tuple[str, ...], ...] = ()
