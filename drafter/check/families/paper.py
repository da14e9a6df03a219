"""A position paper's content: the five header fields filled, the country a State by its United Nations name,
the committee one of the conference's, the sections FORMAT.md PP-04 / ZPP-02 (or the conference) asks for,
a sources list, every citation mark resolved in it, and the State speaking in the third person."""

from __future__ import annotations

import re

from drafter.bilingual import Text, did_you_mean, joined, listing
from drafter.check.context import PaperContext
from drafter.library.names import key
from drafter.patterns import lazy
from drafter.structure.paper import HeaderKey, SectionKind, title_names
from drafter.word import reader

FIELDS: dict[HeaderKey, tuple[str, str, str, str]] = {  # field: English name, label, Chinese name, label
    "delegate": ("delegate's name", "Delegate", "代表姓名", "代表"),
    "school": ("school", "School", "学校", "学校"),
    "country": ("country", "Country", "国家", "国家"),
    "committee": ("committee", "Committee", "委员会", "委员会"),
    "topic": ("topic", "Topic", "议题", "议题"),
}
SECTION_NAMES: dict[SectionKind, Text] = {
    "background": Text("background of the topic", "议题背景"),
    "past-action": Text("past international action", "已有国际行动"),
    "position": Text("national position", "国家立场"),
    "proposals": Text("proposed solutions", "解决方案建议"),
    "sources": Text("references", "参考资料"),
    "topic": Text("topic", "议题"),
}
THE_STATE = Text("The Republic of …", "本国")  # the State in a message, when the header names none
DELEGATION = lazy(r"^(?:the\s+)?(?:delegation|representative)s?\s+(?:of|from)\s+|代表团$", re.IGNORECASE)
FIRST_PERSON = lazy(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|[Mm]y)\b|\bI(?= (?:believe|think|feel|am|will|would|have|"
                    r"propose|hope|want|urge|support|recommend)\b)|我们")
WORD = lazy(r"[A-Za-z\u4e00-\u9fff]{3,}")
REMARK = lazy(r"\s*(?:\([^()]*\)|（[^（）]*）)\s*$")
PLACEHOLDERS = {"tbd", "n/a", "na", "none", "name", "your name", "待定", "无", "某某"}


def check(ctx: PaperContext) -> None:
    """Header, country, committee, sections, sources and citations, voice."""
    _header(ctx)
    _sections(ctx)
    _sources(ctx)
    _voice(ctx)


def _header(ctx: PaperContext) -> None:
    paper = ctx.paper
    anchor = paper.header_paragraphs[0] if paper.header_paragraphs else ctx.anchor()
    named = _title_field(ctx)
    for field_key, (name_en, label_en, name_zh, label_zh) in FIELDS.items():
        found = paper.header.get(field_key)
        if found is None and field_key != named:
            label = f"{label_zh}：" if ctx.lang == "zh" else f"{label_en}: "
            ctx.add("paper-header-missing", anchor, field=Text(name_en, name_zh), label=label)
        elif found is not None and _blank(found.value):
            ctx.add("paper-header-empty", found.para, found.value_start + 1, label=found.label,
                    field=Text(name_en, name_zh))
    country = paper.header.get("country")
    if country is not None and not _blank(country.value):
        _country(ctx, country.value, country.para, country.value_start)
    elif named == "country" and paper.title is not None:
        written = title_names(paper.title.text)
        _country(ctx, written, paper.title, paper.title.text.find(written))
    committee = ctx.paper.header.get("committee")
    if committee is not None and committee.value.strip() and ctx.rules.committees:
        folded = _fold(committee.value)
        if not any(folded in {_fold(n) for n in names} for names in ctx.rules.committees):
            known = listing([names[0] for names in ctx.rules.committees])
            ctx.add("paper-committee-unknown", committee.para, committee.value_start + 1, name=committee.value.strip(),
                    known=known)


def _title_field(ctx: PaperContext) -> HeaderKey | None:
    """The field a title like "Position paper for Italy" gives: the country when it names a State, else the
    committee ("Position paper for Security Council"), when the header does not give that field itself."""
    title = ctx.paper.title
    written = title_names(title.text) if title is not None else ""
    if not written:
        return None
    bare = REMARK.sub("", written).strip()
    names = ctx.lib.state_names
    if names.find(written) is not None or names.find(bare) is not None or names.formal_style(bare) is not None:
        return None if "country" in ctx.paper.header else "country"
    return None if "committee" in ctx.paper.header else "committee"


def _blank(value: str) -> bool:
    """A value not filled in: nothing, or only a placeholder ("____", "****", "xxx", "TBD")."""
    bare = value.strip(" _.…-—*＊?？")
    return not bare or bare.casefold() in PLACEHOLDERS or set(bare.casefold()) == {"x"}


def _fold(text: str) -> str:
    return re.sub(r"[\s.,:;'’()（）]+|^the\s+|^(?:united nations|联合国)", "", text.strip().casefold())


def _country(ctx: PaperContext, written: str, where: reader.Paragraph, start: int) -> None:
    """The country field names a State by its United Nations name (short or formal), a Member or observer."""
    names = ctx.lib.state_names
    value = DELEGATION.sub("", written.strip()).strip(" .。")
    if names.find(value) is None and REMARK.search(value) and names.find(REMARK.sub("", value).strip()) is not None:
        value = REMARK.sub("", value).strip()  # "Argentina (Virtual)": a conference's remark on the delegation
    column = start + 1 + max(0, written.find(value))
    found = names.find(value)
    if found is not None and found.country is not None:
        if found.how in ("common", "informal"):  # "北朝鲜" too: a name the UN does not write
            ctx.add("paper-country-name", where, column, name=value, official=found.country.name[ctx.lang])
        return
    if found is not None:
        ctx.add("paper-country-not-member", where, column, name=value)
        return
    if names.formal_style(value) is not None:
        return  # a formal style ("Italian Republic"): the State is plain
    short = names.abbreviation(value)
    if short is not None:
        ctx.add("paper-country-name", where, column, name=value, official=short.name[ctx.lang])
        return
    close = names.near_miss(value)
    hint = did_you_mean(close.name[ctx.lang]) if close is not None else ""
    ctx.add("paper-country-unknown", where, column, name=value, suggestion=hint)


def _sections(ctx: PaperContext) -> None:
    paper = ctx.paper
    wanted = [k for k in ctx.rules.sections if k in SECTION_NAMES]
    if not wanted:
        return
    body = paper.body
    anchor = body[0] if body else (paper.title or ctx.anchor())
    if not paper.headings:
        ctx.add("paper-sections-unlabelled", anchor, sections=joined([SECTION_NAMES[k] for k in wanted], ", ", "、"))
        return
    have = paper.kinds()
    found = listing([s.heading.text.strip() for s in paper.headings if s.heading is not None])
    for kind in wanted:
        if kind not in have:
            heading = paper.headings[0].heading
            ctx.add("paper-section-missing", heading if heading is not None else anchor, section=SECTION_NAMES[kind],
                    found=found)


def _sources(ctx: PaperContext) -> None:
    paper = ctx.paper
    body = paper.body
    if ctx.rules.sources and not paper.sources:
        ctx.add("paper-sources-missing", body[-1] if body else ctx.anchor())
        return
    if not paper.sources:
        return
    numbered = {s.number for s in paper.sources if s.number is not None}
    unnumbered = len([s for s in paper.sources if s.number is None])
    texts = [key(s.text, simplify=True) for s in paper.sources]
    for citation in paper.citations:
        mark = citation.para.text[citation.start:citation.end]
        if citation.numbers:
            missing = [n for n in citation.numbers if n not in numbered and not (not numbered and n <= unnumbered)]
            if missing:
                listed = ", ".join(str(n) for n in missing)
                detail = Text(f" (no entry {listed})", f"（无第{listed}条）")
                ctx.add("paper-citation-unresolved", citation.para, citation.start + 1, mark=mark, detail=detail)
        else:
            words = [key(w) for w in WORD.findall(citation.author)]
            if words and not any(all(w in text for w in words[:2]) for text in texts):
                ctx.add("paper-citation-unresolved", citation.para, citation.start + 1, mark=mark, detail="")
    if not paper.citations and not paper.footnotes and paper.sources_heading is not None:
        ctx.add("paper-sources-uncited", paper.sources_heading, count=len(paper.sources))


def _voice(ctx: PaperContext) -> None:
    """PP-05, ZPP-06: the State speaks in the third person; one finding per paragraph, at the first word."""
    country = ctx.paper.header.get("country")
    name = country.value.strip() if country is not None and country.value.strip() else THE_STATE
    for para in ctx.paper.body:
        text = para.text
        masked = re.sub(r"“[^”]*”|\"[^\"]*\"|「[^」]*」", lambda m: " " * len(m.group(0)), text)  # quotations speak for others
        match = FIRST_PERSON.search(masked)
        if match is not None:
            ctx.add("paper-first-person", para, match.start() + 1, word=match.group(0), country=name)
