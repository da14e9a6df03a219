"""The ``references`` section (the works facts and papers cite) and the ``facts`` section (one fact about a State
per entry, with its sources and the date it holds at), and the pass that gives each country its facts.

A fact entry names its State (``country``, or for a stated position a ``group`` whose members all take it), its
``fact`` kind (:data:`FACT_KINDS`), its ``value``, its ``sources`` (reference ids) and, when it can change, its
``as_of`` date. The kinds say which values and further fields each fact may have.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from drafter import fields
from drafter.bilingual import Text
from drafter.library.model import Fact, Reference
from drafter.library.reading import FileReader, Loading
from drafter.patterns import lazy
from drafter.problems import did_you_mean, did_you_mean_zh, joined_zh, q
from drafter.yamlio import Mark, YList, YMap

DATE = lazy(r"\d{4}(-\d{2}(-\d{2})?)?")
CONFIDENCE = ("high", "medium", "low")
PILLARS = ("legal", "technical", "organisational", "capacity", "cooperation")
COMMON = ("country", "group", "fact", "value", "sources", "as_of", "note", "confidence")


@dataclass(frozen=True)
class FactKind:
    """What a fact of one kind may say: its values (none: a number between ``low`` and ``high``; ``valued``
    False: no value at all), its further fields, whether it can change (then it needs ``as_of``) and whether a
    State may have several."""

    values: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    as_of: bool = False
    many: bool = False
    valued: bool = True
    low: float = 0
    high: float = 100


FACT_KINDS: dict[str, FactKind] = {
    # the recorded plenary vote on A/RES/74/247 (27 December 2019)
    "res_74_247": FactKind(values=("Y", "N", "A", "NV"), fields=("date",), required=("date",)),
    # the part a State took in the draft: initiated it, sponsored A/C.3/74/L.11, co-sponsored its revision
    "res_74_247_role": FactKind(values=("initiated", "sponsored", "co-sponsored"), fields=("document",),
                                required=("document",)),
    # the Council of Europe Convention on Cybercrime (ETS No. 185); year: of deposit, signature or invitation
    "budapest": FactKind(values=("party", "signatory", "invited", "none", "unknown"), fields=("year", "date"),
                         as_of=True),
    # the United Nations Convention against Cybercrime (A/RES/79/243): signature, reported ratification
    "uncc": FactKind(values=("signed", "ratification-reported", "not-signed"), fields=("date", "place", "ratified"),
                     as_of=True),
    # national law, as the UNCTAD Global Cyberlaw Tracker records it
    "law": FactKind(values=("legislation", "draft", "none"), fields=("title",), as_of=True),
    "data_protection": FactKind(values=("legislation", "draft", "none", "no-data"), as_of=True),
    # individuals using the Internet, per cent of the population, in ``year`` (ITU)
    "internet": FactKind(fields=("year",), required=("year",)),
    # ITU Global Cybersecurity Index 2020: overall score (of 100) and the five pillars (of 20 each)
    "gci2020": FactKind(fields=("pillars",)),
    # a position the State (or a group it belongs to) stated in the negotiations, as a paper words it
    "position": FactKind(fields=("date", "text", "speaker"), required=("date", "text"), many=True, valued=False),
    # regional instruments
    "malabo": FactKind(values=("ratified",), fields=("date",), as_of=True),
    "arab_it_convention": FactKind(values=("ratified",), fields=("date",), as_of=True),
    "cis_it_agreement": FactKind(values=("ratified", "in-force"), fields=("date",), as_of=True),
}

ALLOWED = {name: frozenset(COMMON + kind.fields) for name, kind in FACT_KINDS.items()}


def read_reference(reader: FileReader, entry: YMap) -> None:
    """One cited work: id, title (``en``, optional ``zh``), ``url``, ``date``, ``note`` and the ``seed`` document
    it is, if any."""
    fields.check_keys(entry, ("id", "en", "zh", "url", "date", "note", "seed"), reader.report)
    ident = reader.ident(entry)
    en = reader.field(entry, "en", str)
    zh = reader.field(entry, "zh", str, required=False, default="")
    if zh:
        reader.check_zh(entry.where("zh"), zh, f"reference {ident!r}")
    url = reader.field(entry, "url", str, required=False, default="")
    if url and not re.match(r"https?://\S+$", url):
        reader.report(entry.where("url"), f"the url of reference {ident!r} is not a web address",
                      "write it as https://…", zh=f"参考文献{q(ident)}的网址不是网址格式",
                      zh_hint="请写成 https://…")
    day = _date(reader, entry, "date")
    note = reader.field(entry, "note", str, required=False, default="")
    seed = reader.field(entry, "seed", str, required=False, default="")
    if seed:
        reader.refer(entry.where("seed"), "seeds", seed, f"reference {ident!r}")
    if ident and en and reader.register(entry, "references", ident):
        reader.library.references[ident] = Reference(ident, Text(en, zh or en), url, day, note,
                                                     reader.location(entry), seed)


def read_fact(reader: FileReader, entry: YMap) -> None:
    """One fact about a State (or, for a stated position, about every member of a group)."""
    kind_name = reader.field(entry, "fact", str)
    if not kind_name:
        return
    kind = FACT_KINDS.get(kind_name)
    if kind is None:
        reader.report(entry.where("fact"), f"unknown fact {kind_name!r}", f"facts are: {', '.join(FACT_KINDS)}",
                      zh=f"未知事实{q(kind_name)}", zh_hint=f"可用事实：{joined_zh(FACT_KINDS)}")
        return
    if not entry.keys() <= ALLOWED[kind_name]:
        fields.check_keys(entry, COMMON + kind.fields, reader.report)
    country = reader.field(entry, "country", str, required=False, default="")
    group = reader.field(entry, "group", str, required=False, default="")
    if bool(country) == bool(group) or (group and not kind.many):
        reader.report(entry.mark, f"a {kind_name} fact names one country" + (" or one group" if kind.many else ""),
                      "add 'country: ISO3'" + (" or 'group: NAME'" if kind.many else ""),
                      zh=f"{kind_name} 事实须注明一个国家" + ("或一个国家集团" if kind.many else ""),
                      zh_hint="请添加“country: ISO3”" + ("或“group: NAME”" if kind.many else ""))
        return
    value = _value(reader, entry, kind_name, kind)
    sources = _sources(reader, entry, kind_name, country or group)
    as_of = _date(reader, entry, "as_of")
    if kind.as_of and not as_of:
        reader.report(entry.mark, f"the {kind_name} fact of {country or group} has no 'as_of' date",
                      "a fact that can change says when it held: as_of: 2026-04-27",
                      zh=f"{country or group}的 {kind_name} 事实缺少“as_of”日期",
                      zh_hint="可能变化的事实须注明其成立的日期：as_of: 2026-04-27")
    for key in kind.required:
        if key not in entry or fields.is_blank(entry.get(key)):
            reader.report(entry.mark, f"the {kind_name} fact of {country or group} needs '{key}'",
                          zh=f"{country or group}的 {kind_name} 事实需要“{key}”")
    confidence = fields.text(entry, "confidence", reader.report, choices=CONFIDENCE) or "high" \
        if "confidence" in entry else "high"
    year = entry.get("year")
    if year is not None and not fields.is_whole_number(year, 1900):
        reader.report(entry.where("year"), "year must be a whole number such as 2024",
                      zh="“year”必须是整数年份，如 2024")
        year = None
    text = reader.text(entry, "text", context=f" of a position of {country or group}") if "text" in entry else None
    if text and text.zh:
        reader.check_zh(entry.where("text"), text.zh, f"a position of {country or group}")
    speaker = reader.text(entry, "speaker") if "speaker" in entry else None
    pillars = _pillars(reader, entry)
    if pillars and isinstance(value, float) and abs(sum(pillars.values()) - value) > 0.1:
        reader.report(entry.where("pillars"), f"the pillars of {country} add up to {sum(pillars.values()):.2f}, "
                      f"not to the overall score {value:g}", "check the figures against the index",
                      zh=f"{country}各分项之和为 {sum(pillars.values()):.2f}，与总分 {value:g} 不符",
                      zh_hint="请对照该指数核对数字")
    fact = Fact(kind=kind_name, value=value, sources=sources, country=country, group=group, as_of=as_of,
                date=_date(reader, entry, "date"), year=year, place=_plain(entry, "place"),
                ratified=_date(reader, entry, "ratified"), document=_plain(entry, "document"),
                title=_plain(entry, "title"), text=text, speaker=speaker, pillars=pillars,
                confidence=confidence, note=_plain(entry, "note"), origin=reader.location(entry))
    reader.loading.facts.append((fact, reader.path, entry))


def _plain(entry: YMap, key: str) -> str:
    return " ".join(str(entry[key]).split()) if entry.get(key) else ""


def _value(reader: FileReader, entry: YMap, name: str, kind: FactKind) -> Any:
    raw = entry.get("value")
    if not kind.valued:
        if raw is not None:
            reader.report(entry.where("value"), f"a {name} fact has no value", "remove 'value:'",
                          zh=f"{name} 事实没有取值", zh_hint="请删去“value:”")
        return None
    if raw is None:
        reader.report(entry.mark, fields.missing("value"), f"the value of the {name} fact",
                      zh=fields.missing_zh("value"), zh_hint=f"{name} 事实的取值")
        return None
    if kind.values:
        if str(raw) not in kind.values:
            reader.report(entry.where("value"), f"{name} value {raw!r} is not one of {', '.join(kind.values)}",
                          f"write one of them: value: {kind.values[0]}",
                          zh=f"{name} 的取值{q(raw)}不是以下之一：{joined_zh(kind.values)}",
                          zh_hint=f"请写其中之一：value: {kind.values[0]}")
            return None
        return str(raw)
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not kind.low <= raw <= kind.high:
        reader.report(entry.where("value"), f"{name} value {raw!r} must be a number from {kind.low:g} to {kind.high:g}",
                      zh=f"{name} 的取值{q(raw)}必须是 {kind.low:g} 到 {kind.high:g} 之间的数")
        return None
    return float(raw)


def _sources(reader: FileReader, entry: YMap, kind: str, who: str) -> tuple[str, ...]:
    """The reference ids a fact rests on (whether each exists is checked once every file is read)."""
    raw = entry.get("sources")
    if not isinstance(raw, YList) or not raw:
        reader.report(entry.where("sources"), f"the {kind} fact of {who} names no sources",
                      "list the ids of the references it rests on: sources: [unctad-cyberlaw]",
                      zh=f"{who}的 {kind} 事实未注明依据",
                      zh_hint="请列出其所依据的参考文献编号：sources: [unctad-cyberlaw]")
        return ()
    return tuple(str(s) for s in raw)


def _date(reader: FileReader, entry: YMap, key: str) -> str:
    if key not in entry:
        return ""
    raw = entry[key]
    if raw is None:
        return ""
    text = raw.isoformat() if isinstance(raw, dt.date) else str(raw)
    if not DATE.fullmatch(text):
        reader.report(entry.where(key), f"{key} {text!r} is not a date", "write YYYY-MM-DD, YYYY-MM or YYYY",
                      zh=f"{key} 的值{q(text)}不是日期", zh_hint="请写成 YYYY-MM-DD、YYYY-MM 或 YYYY")
        return ""
    return text


def _pillars(reader: FileReader, entry: YMap) -> dict[str, float]:
    raw = entry.get("pillars")
    if raw is None:
        return {}
    mark: Mark = entry.where("pillars")
    if not isinstance(raw, YMap) or set(raw) != set(PILLARS):
        reader.report(mark, f"pillars must give {', '.join(PILLARS)}",
                      zh=f"“pillars”必须给出{joined_zh(PILLARS)}")
        return {}
    out = {}
    for key in PILLARS:
        value = raw[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 20:
            reader.report(raw.where(key), f"pillar {key} must be a number from 0 to 20",
                          zh=f"分项 {key} 必须是 0 到 20 之间的数")
            return {}
        out[key] = float(value)
    return out


def attach_facts(loading: Loading) -> None:
    """Give each country its recorded facts (a group's positions go to every member) and their values, which
    bloc rules read; report a fact given twice, and a group no country belongs to."""
    lib = loading.library
    members: dict[str, list[str]] = {}
    for country in lib.countries.values():
        for group in country.groups:
            members.setdefault(group, []).append(country.iso3)
    records: dict[str, list[Fact]] = {iso3: [] for iso3 in lib.countries}
    single: set[tuple[str, str]] = set()  # (country, kind) of the facts a State has one of
    for fact, path, entry in loading.facts:
        for index, ident in enumerate(fact.sources):
            if ident not in lib.references:
                raw = entry.get("sources")
                loading.problem(path, raw.where(index) if isinstance(raw, YList) else entry.mark,
                                f"unknown reference {ident!r} in the {fact.kind} fact of {fact.country or fact.group}",
                                did_you_mean(ident, lib.references).removeprefix("; ") or "add it to references",
                                zh=f"{fact.country or fact.group}的 {fact.kind} 事实中的参考文献{q(ident)}不存在",
                                zh_hint=did_you_mean_zh(ident, lib.references).removeprefix("；")
                                or "请将其加入 references")
        if fact.group:
            if fact.group not in members:
                loading.problem(path, entry.where("group"), f"no country belongs to group {fact.group!r}",
                                f"groups: {', '.join(sorted(members)[:12])} …",
                                zh=f"没有国家属于国家集团{q(fact.group)}",
                                zh_hint=f"已有国家集团：{joined_zh(sorted(members)[:12])}……")
            for iso3 in members.get(fact.group, ()):
                records[iso3].append(fact)
            continue
        if fact.country not in lib.countries:
            loading.problem(path, entry.where("country"), f"unknown country {fact.country!r} in the {fact.kind} fact "
                            f"of {fact.country}", did_you_mean(fact.country, lib.countries).removeprefix("; ")
                            or "use an ISO3 code the countries section lists",
                            zh=f"{fact.country}的 {fact.kind} 事实中的国家{q(fact.country)}不存在",
                            zh_hint=did_you_mean_zh(fact.country, lib.countries).removeprefix("；")
                            or "请使用 countries 部分列出的 ISO3 代码")
            continue
        kind = FACT_KINDS[fact.kind]
        known = records[fact.country]
        if not kind.many and (fact.country, fact.kind) in single:
            loading.problem(path, entry.mark, f"{fact.country} has a second {fact.kind} fact",
                            "a State has one fact of this kind: remove one",
                            zh=f"{fact.country}有第二条 {fact.kind} 事实", zh_hint="一国只能有一条此类事实：请删除一条")
            continue
        single.add((fact.country, fact.kind))
        country = lib.countries[fact.country]
        if fact.kind in country.facts:
            loading.problem(path, entry.mark, f"{fact.country}'s {fact.kind} is also given under its 'facts:'",
                            "keep one of the two", zh=f"{fact.country}的 {fact.kind} 也写在了其“facts:”中",
                            zh_hint="请只保留其中之一")
            continue
        known.append(fact)
    for iso3, found in records.items():
        country = lib.countries[iso3]
        for fact in found:
            if FACT_KINDS[fact.kind].valued and not FACT_KINDS[fact.kind].many:
                country.facts[fact.kind] = fact.value
                if fact.kind == "budapest":
                    country.facts["budapest_year"] = fact.year
        object.__setattr__(country, "records", tuple(found))
