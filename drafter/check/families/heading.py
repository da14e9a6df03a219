"""The heading block: committee, topic, sponsors and signatories (UN: symbol, sponsors, distribution, dates).

Sponsor and signatory lists are read State by State: official names pass, aliases are replaced by the
official name, anything else is reported with the closest official name.
"""

from __future__ import annotations

import difflib
import re

from drafter.check.context import Context
from drafter.structure import SYMBOL, Node
from drafter.word import reader
from drafter.word.edit import Replace

HEADING_FIELDS = {
    "committee": ("committee:", "forum:", "委员会：", "委员会:", "论坛：", "committee/organ:"),
    "topic": ("topic:", "question of:", "议题：", "议题:", "agenda item", "议程项目"),
    "sponsors": ("sponsors:", "sponsor:", "submitted by:", "main submitter:", "起草国：", "起草国:", "主提交国："),
    "signatories": ("signatories:", "signatory:", "附议国：", "附议国:"),
}
FIELD_NAMES = {"committee": ("the committee", "委员会"), "topic": ("the topic", "议题"),
               "sponsors": ("the sponsors", "起草国"), "symbol": ("the document symbol", "文件编号")}
DATE = re.compile(r"\b(?:(January|February|March|April|May|June|July|August|September|October|November|"
                  r"December) (\d{1,2})(?:st|nd|rd|th)?, (\d{4})|(\d{1,2})(st|nd|rd|th) (January|February|"
                  r"March|April|May|June|July|August|September|October|November|December),? (\d{4}))\b")


def check(ctx: Context) -> None:
    """The heading names what the profile asks for; its sponsor and signatory lists name States properly."""
    heading = [p for p in ctx.nodes if p.role == "heading"]
    first = ctx.doc.paragraphs[0] if ctx.doc.paragraphs else None
    if first is None:
        return
    lowered = [(p, p.text.strip().casefold()) for p in heading]
    fields: dict[str, Node] = {}
    for key, prefixes in HEADING_FIELDS.items():
        for part, text in lowered:
            if text.startswith(prefixes):
                fields.setdefault(key, part)
    where = heading[0] if heading else first
    zh = ctx.msg_lang == "zh"
    if ctx.profile == "un":
        _un_heading(ctx, heading, lowered, where)
        return
    for key in ("committee", "topic", "sponsors"):
        if key not in fields:
            ctx.add("heading-missing", where, field=FIELD_NAMES[key][zh])
    lists: dict[str, list[str]] = {}
    for key in ("sponsors", "signatories"):
        found = fields.get(key)
        if found is None:
            continue
        text = found.text
        colon = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
        lists[key] = _states(ctx, found, text[colon + 1:], colon + 1)
    if "sponsors" in fields and ctx.profile == "thimun":
        co = next((p for p, t in lowered if t.startswith(("co-submitters:", "联合提交国："))), None)
        if co is not None:
            colon = max(co.text.find(":"), co.text.find("："))
            lists["sponsors"] = lists.get("sponsors", []) + _states(ctx, co, co.text[colon + 1:], colon + 1)
    for code in lists.get("signatories", []):
        if code in lists.get("sponsors", []):
            ctx.add("sponsor-signatory", fields["signatories"], state=ctx.lib.countries[code].name[ctx.lang])


def _un_heading(ctx: Context, heading: list[Node], lowered: list[tuple[Node, str]],
                where: Node | reader.Paragraph) -> None:
    """UN style: a document symbol; drafts (/L.) name their sponsors; the distribution line; dates."""
    zh = ctx.msg_lang == "zh"
    symbol = next((p for p, t in lowered if SYMBOL.match(p.text.strip())), None)
    if symbol is None:
        ctx.add("heading-missing", where, field=FIELD_NAMES["symbol"][zh])
    elif "/L." in symbol.text:
        sponsor = next((p for p, t in lowered if t.endswith((": draft resolution", "：决议草案", ":决议草案"))
                        or t.startswith("draft resolution submitted by")), None)
        if sponsor is None:
            ctx.add("heading-missing", where, field=FIELD_NAMES["sponsors"][zh])
        else:
            text = sponsor.text.strip()
            cut = re.split(r"[:：]\s*(?:draft resolution|决议草案)\s*$", text)[0]
            _states(ctx, sponsor, cut, 0)
    if symbol is not None:
        _distribution(ctx, heading, "/L." in symbol.text)
    _dates(ctx, heading)


def _distribution(ctx: Context, heading: list[Node], draft: bool) -> None:
    """UN-H02: drafts (/L.) are 'Distr.: Limited', adopted texts 'Distr.: General'."""
    want = "Limited" if draft else "General"
    line = next((p for p in heading if p.text.strip().casefold().startswith("distr")), None)
    if line is None:
        ctx.add("distribution-line", heading[0] if heading else ctx.doc.paragraphs[0], want=want,
                found="-" if ctx.msg_lang == "en" else "无")
        return
    text = line.text.strip()
    found = text.split(":", 1)[1].strip() if ":" in text else text
    if found != want:
        start = line.text.index(found) if found and found in line.text else len(line.text)
        ctx.add("distribution-line", line, start + 1, fix=f"Distr.: {want}",
                edits=[Replace(start, start + len(found), want)] if found else [], want=want, found=found)


def _dates(ctx: Context, heading: list[Node]) -> None:
    """UN-H03: 'day month year', no comma and no ordinal, in the heading block."""
    for part in heading:
        match = DATE.search(part.text)
        if match is None:
            continue
        if match.group(1):
            fixed = f"{int(match.group(2))} {match.group(1)} {match.group(3)}"
        else:
            fixed = f"{int(match.group(4))} {match.group(6)} {match.group(7)}"
        ctx.add("date-format", part, match.start() + 1, fix=f"write {fixed!r}",
                edits=[Replace(match.start(), match.end(), fixed)], found=match.group(0), fixed=fixed)


def _states(ctx: Context, part: Node, text: str, base: int) -> list[str]:
    """Check a list of State names (``text``, at offset ``base`` of ``part``); return the ISO3 codes recognised."""
    codes: list[str] = []
    position = 0
    for piece in re.split(r"([,;、，；])", text):
        start = position
        position += len(piece)
        if re.fullmatch(r"[,;、，；]", piece):
            continue
        for name, offset in _split_and(ctx, piece):
            name_clean = name.strip().strip("*").strip()
            if not name_clean or name_clean.casefold() in ("none", "无", "n/a", "tbd"):
                continue
            column = base + start + offset + (len(name) - len(name.lstrip())) + 1
            _state(ctx, part, name_clean, column, codes)
    return codes


def _split_and(ctx: Context, piece: str) -> list[tuple[str, int]]:
    """Split "A and B" / "A和B" only where both sides are names (so "Trinidad and Tobago" stays whole)."""
    stripped = piece.strip().strip("*").strip()
    if not stripped or _official(ctx, stripped) or _alias(ctx, stripped):
        return [(piece, 0)]
    separator = r"\s+and\s+" if ctx.lang == "en" else r"和|\s+and\s+"
    for match in re.finditer(separator, piece):
        left, right = piece[: match.start()], piece[match.end():]
        if _known(ctx, left) and (_known(ctx, right) or _split_and(ctx, right) != [(right, 0)]):
            return [(left, 0)] + [(n, match.end() + o) for n, o in _split_and(ctx, right)]
    return [(piece, 0)]


def _known(ctx: Context, name: str) -> bool:
    name = name.strip().strip("*").strip()
    return bool(name) and bool(_official(ctx, name) or _alias(ctx, name))


def _state(ctx: Context, part: Node, name: str, column: int, codes: list[str]) -> None:
    """One State name: its code goes to ``codes``; an alias or an unknown name is a finding."""
    found = _official(ctx, name)
    if found is not None:
        codes.append(found)
        return
    official = _alias(ctx, name)
    if official is not None:
        country = ctx.lib.countries[official]
        new = country.name[ctx.lang]
        hint = f"; use {new!r}" if ctx.msg_lang == "en" else f"，应为“{new}”"
        folded = name.casefold().removeprefix("the ")
        if folded in (f.casefold().removeprefix("the ") for f in (country.formal.en, country.formal.zh) if f):
            ctx.add("state-name", part, column, name=name, suggestion=hint)  # --fix never shortens a formal name
        else:
            ctx.add("state-name", part, column, fix=f"'{name}' → '{new}'",
                    edits=[Replace(column - 1, column - 1 + len(name), new)], name=name, suggestion=hint)
        codes.append(official)
        return
    pool = [c.name[ctx.lang] for c in ctx.lib.countries.values()]
    close = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    hint = ""
    if close:
        hint = f"; did you mean {close[0]!r}?" if ctx.msg_lang == "en" else f"，是否为“{close[0]}”？"
    ctx.add("state-name", part, column, name=name, suggestion=hint)


def _official(ctx: Context, name: str) -> str | None:
    """The ISO3 code of the State whose official name (either language) is ``name``."""
    for country in ctx.lib.countries.values():
        if name == country.name[ctx.lang] or name == country.name.en or name == country.name.zh:
            return country.iso3
    return None


def _alias(ctx: Context, name: str) -> str | None:
    """The ISO3 code of the State ``name`` is another name of (alias, formal name, code), case folded."""
    folded = name.casefold().removeprefix("the ")
    for country in ctx.lib.countries.values():
        names = (*country.aliases_en, *country.aliases_zh, country.formal.en, country.formal.zh, country.iso3,
                 country.name.en, country.name.zh)
        if folded in (n.casefold().removeprefix("the ") for n in names if n):
            return country.iso3
    return None
