"""Views of a library for people (tables, fitted to the terminal) and for tools (JSON-ready dicts).

Used by ``drafter clauses``, ``countries``, ``blocs``, ``topics`` and ``groups``; the JSON shapes
are documented in README.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from drafter import table, wrapping
from drafter.library import Library, Membership
from drafter.library.model import LANGS, Clause, Country, Source, SubParagraph
from drafter.library.rules import explain
from drafter.library.search import Hit
from drafter.plurals import counted
from drafter.punctuation import joiner

KIND_SHORT = {"preambular": "pre", "operative": "op"}
FEW = 8  # ids shown in a text view before "…"


# -- clauses ----------------------------------------------------------------------------


def source_json(lib: Library, clause: Clause, source: Source | None = None) -> dict[str, Any]:
    """A clause's source (or ``source``, one of its sources), with the seed's title when the library knows it."""
    source = source or clause.source
    seed = lib.seeds.get(source.seed)
    return {"seed": source.seed, "seed_title": {"en": seed.title.en, "zh": seed.title.zh} if seed else None,
            "ref": source.ref, "symbol": source.symbol or (seed.symbol if seed else ""), "note": source.note,
            "excerpt": getattr(source, "excerpt", None) or None, "adapted": getattr(source, "adapted", None) or None}


def clause_json(lib: Library, clause: Clause, hit: Hit | None = None) -> dict[str, Any]:
    """Everything about a clause; ``match`` says where a search found it (null when not searching)."""
    phrase = lib.phrases.get(clause.phrase)

    def subs(items: Sequence[SubParagraph]) -> list[dict[str, Any]]:
        return [{"en": s.text.en, "zh": s.text.zh, "subparagraphs": subs(s.children)} for s in items]

    return {
        "id": clause.id,
        "kind": clause.kind,
        "phrase": {"id": clause.phrase, "en": phrase.text.en if phrase else "", "zh": phrase.text.zh if phrase else ""},
        "text": {"en": clause.text.en, "zh": clause.text.zh},
        "subparagraphs": subs(clause.subparagraphs),
        "topics": list(clause.topics),
        "stances": dict(clause.stances),
        "contested": {q.id: q.side_of(clause.id) for q in lib.contested.values() if q.side_of(clause.id)},
        "alternatives": sorted(lib.alternatives(clause.id)),
        "placeholders": {n: {"en": p.question.en, "zh": p.question.zh, "default": p.default,
                             "default_zh": p.default_in("zh")}
                         for n, p in clause.placeholders.items()},
        "source": source_json(lib, clause),
        "sources": [source_json(lib, clause, s) for s in clause.sources[1:]],
        "match": {"field": hit.field, "rank": hit.rank, "whole": hit.whole, "words": dict(hit.where)}
        if hit and hit.where else None,
    }


def lead_and_text(lib: Library, clause: Clause, lang: str) -> str:
    """The clause as a draft prints it in ``lang``: its lead phrase, then its text."""
    phrase = lib.phrases.get(clause.phrase)
    lead = phrase.text[lang] if phrase else clause.phrase
    return f"{lead}{joiner(lang, clause.text[lang])}{clause.text[lang]}"


def clauses_table(lib: Library, hits: Sequence[Hit], langs: Sequence[str], width: int, searched: bool) -> str:
    """One line per clause and language; topics only when the terminal is wide enough."""
    wide = width >= 100
    headers = ["id", "kind"] + (["match"] if searched else []) + (["topics"] if wide else []) + ["text"]
    rows = []
    for hit in hits:
        clause = hit.clause
        for n, lang in enumerate(langs):
            first = n == 0
            row = [clause.id if first else "", KIND_SHORT.get(clause.kind, clause.kind) if first else ""]
            if searched:
                row.append(hit.field if first else "")
            if wide:
                row.append(", ".join(clause.topics) if first else "")
            rows.append(row + [lead_and_text(lib, clause, lang)])
    text_col = len(headers) - 1
    shrink = [(text_col, 40)] + ([(text_col - 1, 12)] if wide else []) + [(text_col, 16)]
    return table.render(headers, rows, width=width, shrink=shrink)


# -- countries --------------------------------------------------------------------------


def country_json(country: Country) -> dict[str, Any]:
    """A State as ``drafter countries --json`` lists it."""
    return {"iso3": country.iso3, "name": {"en": country.name.en, "zh": country.name.zh},
            "formal": {"en": country.formal.en, "zh": country.formal.zh}, "observer": country.observer,
            "regional_group": country.regional_group, "blocs": list(country.blocs), "groups": list(country.groups),
            "facts": country.facts, "override_reason": country.override_reason}


def countries_table(countries: Sequence[Country], width: int, lang: str = "en") -> str:
    """One line per State, names in ``lang`` first; groups only when the terminal is wide enough (``countries
    show`` has them)."""
    wide = width >= 120
    observer = {"en": " (observer)", "zh": "（观察员国）"}[lang]
    other = "zh" if lang == "en" else "en"
    rows = [[c.iso3, c.name[lang] + (observer if c.observer else ""), c.name[other], ", ".join(c.blocs)]
            + ([", ".join(c.groups)] if wide else []) for c in countries]
    headers = (["iso3", "name", "中文名", "blocs"] if lang == "en" else ["iso3", "中文名", "name", "集团"]) \
        + (["groups" if lang == "en" else "组织"] if wide else [])
    english, chinese = (1, 2) if lang == "en" else (2, 1)
    shrink = ([(4, 20)] if wide else []) + [(english, 26), (chinese, 14), (3, 20), (english, 16), (chinese, 10)]
    return table.render(headers, rows, width=width, shrink=shrink)


def country_clauses(lib: Library, country: Country) -> dict[str, list[str]]:
    """Clauses its blocs support (and none opposes), and clauses at least one of its blocs opposes."""
    supported = [c.id for c in lib.clauses.values() if lib.suggested(c, country)]
    opposed = [c.id for c in lib.clauses.values() if not lib.fits(c, country)]
    return {"supported": supported, "opposed": opposed}


def _membership_json(lib: Library, m: Membership) -> dict[str, Any]:
    bloc = lib.blocs[m.bloc]
    return {"bloc": m.bloc, "name": {"en": bloc.name.en, "zh": bloc.name.zh}, "member": m.member, "by": m.by,
            "because": m.because, "reason": m.reason or None,
            "supports": sum(1 for c in lib.clauses.values() if c.stance(m.bloc) == "supports"),
            "opposes": sum(1 for c in lib.clauses.values() if c.stance(m.bloc) == "opposes")}


def country_detail_json(lib: Library, country: Country) -> dict[str, Any]:
    """One State in full: names, groups, facts and sources, blocs and why, the clauses its blocs take sides on."""
    data = country_json(country)
    data["aliases"] = {"en": list(country.aliases_en), "zh": list(country.aliases_zh)}
    data["sources"] = list(country.sources)
    data["records"] = [{"fact": f.kind, "value": f.value, "as_of": f.as_of or None, "date": f.date or None,
                        "year": f.year, "title": f.title or None, "text": {"en": f.text.en, "zh": f.text.zh}
                        if f.text else None, "group": f.group or None, "sources": list(f.sources),
                        "confidence": f.confidence, "note": f.note or None} for f in country.records]
    data["membership"] = [_membership_json(lib, m) for m in lib.membership(country)]
    data["clauses"] = country_clauses(lib, country)
    return data


# the words of a State's page, in each language
COUNTRY_WORDS = {
    "en": {"member": "member State", "observer": "observer State", "formal": "formal", "also": "also",
           "groups": "groups", "none": "none", "facts": "facts", "sources": "sources", "blocs": "blocs",
           "rule": "by its rule: ", "added": "added by an override: ",
           "removed": "its rule holds ({because}) but an override removes it: ",
           "takes": "the bloc supports {supports}, opposes {opposes}", "clauses": "clauses",
           "supported": "{n} supported by its blocs, none opposing", "opposed": "{n} opposed by at least one of its blocs",
           "lists": "(the full lists: drafter countries show {iso3} --json; drafter clauses --country {iso3})",
           "yes": "yes", "no": "no", "list": ", ", "open": " (", "close": ")", "colon": ": ", "as_of": "as of ",
           "then": "; "},
    "zh": {"member": "会员国", "observer": "观察员国", "formal": "正式名称", "also": "又称", "groups": "组织",
           "none": "无", "facts": "事实", "sources": "来源", "blocs": "集团", "rule": "依其规则：",
           "added": "由例外加入：", "removed": "其规则成立（{because}），但例外将其移出：",
           "takes": "该集团支持 {supports} 条条款，反对 {opposes} 条", "clauses": "条款",
           "supported": "其集团支持且无集团反对的条款 {n} 条", "opposed": "至少一个集团反对的条款 {n} 条",
           "lists": "（完整列表：drafter countries show {iso3} --json；drafter clauses --country {iso3}）",
           "yes": "是", "no": "否", "list": "、", "open": "（", "close": "）", "colon": "：", "as_of": "截至 ",
           "then": "；"},
}
REGIONAL_GROUPS_ZH = {"African": "非洲国家集团", "Asia-Pacific": "亚洲－太平洋国家集团",
                      "Eastern European": "东欧国家集团", "Latin American and Caribbean": "拉丁美洲和加勒比国家集团",
                      "Western European and Others": "西欧和其他国家集团"}


def country_text(lib: Library, country: Country, width: int, lang: str = "en") -> str:
    """One State in full for people, wrapped to ``width``, in ``lang``: names, groups, facts, blocs and why,
    clauses."""
    words = COUNTRY_WORDS[lang]
    other = "zh" if lang == "en" else "en"
    data = country_detail_json(lib, country)
    status = words["observer" if country.observer else "member"]
    region = REGIONAL_GROUPS_ZH.get(country.regional_group, country.regional_group) if lang == "zh" \
        else country.regional_group
    pad = max(wrapping.display_width(words[k]) for k in ("formal", "also", "groups")) + 3
    lines = [f"{country.iso3}  {country.name[lang]} · {country.name[other]}  {words['open'].strip()}{status}"
             + (f"{words['list']}{region}" if region else "") + words["close"].strip()]

    def field(name: str, value: str) -> list[str]:
        head = "  " + words[name]
        return wrapping.wrap(value, width, indent=" " * pad, first=head + " " * (pad - wrapping.display_width(head)))

    lines += field("formal", f"{country.formal[lang]} · {country.formal[other]}")
    aliases = [*country.aliases_en, *country.aliases_zh]
    if aliases:
        lines += field("also", words["list"].join(aliases))
    lines += field("groups", words["list"].join(country.groups) or words["none"])
    lines += ["", words["facts"]]
    key_width = max((len(k) for k in country.facts), default=0)
    for key, value in country.facts.items():
        record = country.fact(key)
        where = ""
        if record is not None:
            when = f"{words['as_of']}{record.as_of}" if record.as_of else record.date or record.year or ""
            when = f"{when}{words['then']}" if when else ""
            where = f"  {words['open'].strip()}{when}{words['list'].join(record.sources)}{words['close']}"
        lines += wrapping.wrap(f"{key:<{key_width}}  {_fact(value, words)}{where}", width, indent=" " * (key_width + 4),
                            first="  ")
    positions = country.all_facts("position")
    for fact in positions:
        said = f"{fact.group + words['colon'] if fact.group else ''}{(fact.text[lang] or fact.text.en) if fact.text else ''}" \
            f"{words['open']}{fact.date}{words['then']}{words['list'].join(fact.sources)}{words['close']}"
        lines += wrapping.wrap(said, width, indent=" " * (key_width + 4), first=f"  {'position':<{key_width}}  ")
    if country.sources:
        lines += ["", words["sources"]]
        for s in country.sources:
            lines += wrapping.wrap(s, width, indent="    ", first="  - ")
    lines += ["", words["blocs"]]
    if not data["membership"]:
        lines.append("  " + words["none"])
    for m in data["membership"]:
        head = f"  {m['bloc']}  {m['name'][lang]}"
        both = f"{head} · {m['name'][other]}"
        if wrapping.display_width(both) <= width:
            lines.append(both)
        elif wrapping.display_width(head) <= width:
            lines += [head, f"    {m['name'][other]}"]
        else:
            lines += [f"  {m['bloc']}", *wrapping.wrap(m["name"][lang], width, indent="    ", first="    "),
                      f"    {m['name'][other]}"]
        because = m["because"] if lang == "en" else explain(lib.blocs[m["bloc"]].rule, country, lang) or []
        if m["member"] and m["by"] == "rule":
            why = words["rule"] + words["then"].join(because)
        elif m["member"]:
            why = words["added"] + (m["reason"] or "")
        else:
            why = words["removed"].format(because=words["then"].join(because)) + (m["reason"] or "")
        lines += wrapping.wrap(why, width, indent="      ", first="    ")
        if m["member"]:
            lines.append("    " + words["takes"].format(
                supports=m["supports"] if lang == "zh" else counted(m["supports"], "clause"), opposes=m["opposes"]))
    lines += ["", words["clauses"]]
    for key in ("supported", "opposed"):
        ids = data["clauses"][key]
        shown = words["list"].join(ids[:FEW]) + (f"{words['list']}…" if len(ids) > FEW else "")
        lines += wrapping.wrap(words[key].format(n=len(ids)) + (f"{words['colon']}{shown}" if ids else ""), width,
                            indent="    ", first="  ")
    lines += wrapping.wrap(words["lists"].format(iso3=country.iso3), width, indent="   ", first="  ")
    return "\n".join(lines)


def _fact(value: Any, words: dict[str, str]) -> str:
    if isinstance(value, bool):
        return words["yes"] if value else words["no"]
    return "—" if value is None else str(value)



# -- blocs, topics, groups --------------------------------------------------------------


def blocs_json(lib: Library) -> list[dict[str, Any]]:
    """Every bloc with its names, description, members and how many clauses it supports and opposes."""
    result = []
    for bloc in lib.blocs.values():
        members = [c.iso3 for c in lib.countries.values() if bloc.id in c.blocs]
        result.append({"id": bloc.id, "name": {"en": bloc.name.en, "zh": bloc.name.zh},
                       "description": {"en": bloc.description.en, "zh": bloc.description.zh},
                       "members": members,
                       "supports": sum(1 for c in lib.clauses.values() if c.stance(bloc.id) == "supports"),
                       "opposes": sum(1 for c in lib.clauses.values() if c.stance(bloc.id) == "opposes")})
    return result


def blocs_table(lib: Library, lang: str, width: int) -> str:
    """The blocs, one line each, names in ``lang``."""
    rows = [[b["id"], b["name"][lang], str(len(b["members"])), str(b["supports"]), str(b["opposes"])]
            for b in blocs_json(lib)]
    return table.render(["id", "name", "States", "supports", "opposes"], rows, width=width, shrink=[(1, 20)])


def topics_json(lib: Library) -> list[dict[str, Any]]:
    """Every topic with its names, clause counts by kind and agendas."""
    result = []
    for topic in lib.topics.values():
        clauses = [c for c in lib.clauses.values() if topic.id in c.topics]
        agendas = [topic.agendas] if topic.agendas else [a.id for a in lib.agendas.values() if topic.id in a.topics]
        result.append({"id": topic.id, "name": {"en": topic.name.en, "zh": topic.name.zh},
                       "clauses": {k: sum(1 for c in clauses if c.kind == k) for k in ("preambular", "operative")},
                       "agendas": agendas})
    return result


def topics_table(lib: Library, lang: str, width: int) -> str:
    """The topics, one line each, names in ``lang``."""
    rows = [[t["id"], t["name"][lang], str(t["clauses"]["preambular"]), str(t["clauses"]["operative"]),
             ", ".join(t["agendas"])] for t in topics_json(lib)]
    return table.render(["id", "name", "pre", "op", "agendas"], rows, width=width, shrink=[(1, 20)])


def groups_json(lib: Library) -> list[dict[str, Any]]:
    """Every group of States with its members, largest first."""
    return [{"name": name, "members": [c.iso3 for c in members]} for name, members in _by_size(lib.groups())]


def _by_size(groups: dict[str, list[Country]]) -> list[tuple[str, list[Country]]]:
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0].casefold()))


def groups_table(lib: Library, lang: str, width: int) -> str:
    """The groups, one line each, largest first, members named in ``lang``."""
    rows = []
    for name, members in _by_size(lib.groups()):
        names = ("、" if lang == "zh" else ", ").join(c.name[lang] for c in members)
        rows.append([name, str(len(members)), names])
    return table.render(["group", "States", "members"], rows, width=width, shrink=[(2, 20)])


def languages(lang: str | None) -> tuple[str, ...]:
    """The languages to show: ``lang`` alone when given, else both."""
    return (lang,) if lang else LANGS
