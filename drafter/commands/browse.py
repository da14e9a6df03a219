"""Views of a library for people (tables, fitted to the terminal) and for tools (JSON-ready dicts).

Used by ``drafter clauses``, ``countries``, ``blocs``, ``topics`` and ``groups``; the JSON shapes
are documented in README.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from drafter import table
from drafter.labels import label
from drafter.library import Library, Membership
from drafter.library.model import LANGS, Clause, Country, Source, SubParagraph
from drafter.library.search import Hit
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


def clause_text(lib: Library, clause: Clause, langs: Sequence[str], width: int) -> str:
    """A clause in full, both languages wrapped to ``width``, then its source, stances and placeholders."""
    lines = [f"{clause.id}  {clause.kind} clause; topics: {', '.join(clause.topics)}"]
    for lang in langs:
        lines.append("")
        lines += table.wrap(lead_and_text(lib, clause, lang), width, indent="    ", first=f"{lang:<4}")
        lines += _subparagraph_lines(clause.subparagraphs, 1, lang, width)
    lines += ["", "source"]
    src = source_json(lib, clause)
    title = src["seed_title"]
    if src["seed"]:
        lines += table.wrap(title["en"] if title else src["seed"], width, indent=" " * 13, first="  seed       ")
        if title:
            lines += table.wrap(title["zh"], width, indent=" " * 13, first=" " * 13)
            lines.append(f"{'':13}({src['seed']})")
    for key, name in (("ref", "section"), ("symbol", "UN symbol"), ("excerpt", "excerpt"), ("adapted", "adapted"),
                      ("note", "note")):
        if src.get(key):
            value = src[key] if isinstance(src[key], str) else "yes" if src[key] is True else str(src[key])
            if key == "excerpt":
                value = f"“{value}”"
            lines += table.wrap(value, width, indent=" " * 13, first=f"  {name:<11}")
    for other in clause.sources[1:]:
        lines += table.wrap(str(other), width, indent=" " * 13, first="  also in    ")
    if clause.stances:
        lines += ["", "stances"]
        bloc_width = max(len(b) for b in clause.stances) + 2
        lines += [f"  {b:<{bloc_width}}{s}" for b, s in clause.stances.items()]
    for question in lib.contested.values():
        side = question.side_of(clause.id)
        if side:
            others = sorted(c for s in question.sides.values() if s.id != side for c in s.clauses)
            lines += ["", f"contested: {question.id} (this clause: {side})"]
            lines += table.wrap("alternatives: " + ", ".join(others), width, indent="  ", first="  ")
    if clause.placeholders:
        lines += ["", "placeholders"]
        for name, p in clause.placeholders.items():
            asked = " / ".join(p.question[lang] for lang in langs)
            default = " / ".join(dict.fromkeys(repr(p.default_in(lang)) for lang in langs))
            lines += table.wrap(f"{asked} (default {default})", width,
                                indent=" " * 13, first=f"  {name:<11}")
    lines += ["", f"defined at {clause.origin}"]
    return "\n".join(lines)


def _subparagraph_lines(items: Sequence[SubParagraph], depth: int, lang: str, width: int) -> list[str]:
    """Sub-paragraphs at ``depth`` and below, each under its label, wrapped to ``width``."""
    lines: list[str] = []
    for i, sub in enumerate(items):
        mark = f"{'    ' * depth}{label(i + 1, depth, lang)} "
        lines += table.wrap(sub.text[lang], width, indent=" " * (4 + table.display_width(mark)), first="    " + mark)
        lines += _subparagraph_lines(sub.children, depth + 1, lang, width)
    return lines


# -- countries --------------------------------------------------------------------------


def country_json(country: Country) -> dict[str, Any]:
    """A State as ``drafter countries --json`` lists it."""
    return {"iso3": country.iso3, "name": {"en": country.name.en, "zh": country.name.zh},
            "formal": {"en": country.formal.en, "zh": country.formal.zh}, "observer": country.observer,
            "regional_group": country.regional_group, "blocs": list(country.blocs), "groups": list(country.groups),
            "facts": country.facts, "override_reason": country.override_reason}


def countries_table(countries: Sequence[Country], width: int) -> str:
    """One line per State; groups only when the terminal is wide enough (``countries show`` has them)."""
    wide = width >= 120
    rows = [[c.iso3, c.name.en + (" (observer)" if c.observer else ""), c.name.zh, ", ".join(c.blocs)]
            + ([", ".join(c.groups)] if wide else []) for c in countries]
    headers = ["iso3", "name", "中文名", "blocs"] + (["groups"] if wide else [])
    shrink = ([(4, 20)] if wide else []) + [(1, 26), (2, 14), (3, 20), (1, 16), (2, 10)]
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


def country_text(lib: Library, country: Country, width: int) -> str:
    """One State in full for people, wrapped to ``width``: names, groups, facts, blocs and why, clauses."""
    data = country_detail_json(lib, country)
    status = "observer State" if country.observer else "member State"
    lines = [f"{country.iso3}  {country.name.en} · {country.name.zh}  ({status}"
             + (f", {country.regional_group}" if country.regional_group else "") + ")"]
    lines += table.wrap(f"{country.formal.en} · {country.formal.zh}", width, indent=" " * 11, first="  formal   ")
    aliases = [*country.aliases_en, *country.aliases_zh]
    if aliases:
        lines += table.wrap(", ".join(aliases), width, indent=" " * 11, first="  also     ")
    lines += table.wrap(", ".join(country.groups) or "none", width, indent=" " * 11, first="  groups   ")
    lines += ["", "facts"]
    key_width = max((len(k) for k in country.facts), default=0)
    for key, value in country.facts.items():
        record = country.fact(key)
        where = ""
        if record is not None:
            when = f"as of {record.as_of}; " if record.as_of else f"{record.date}; " if record.date else \
                f"{record.year}; " if record.year else ""
            where = f"  ({when}{', '.join(record.sources)})"
        lines += table.wrap(f"{key:<{key_width}}  {_fact(value)}{where}", width, indent=" " * (key_width + 4),
                            first="  ")
    positions = country.all_facts("position")
    for fact in positions:
        said = f"{fact.group + ': ' if fact.group else ''}{fact.text.en if fact.text else ''} ({fact.date}; " \
            f"{', '.join(fact.sources)})"
        lines += table.wrap(said, width, indent=" " * (key_width + 4), first=f"  {'position':<{key_width}}  ")
    if country.sources:
        lines += ["", "sources"]
        for s in country.sources:
            lines += table.wrap(s, width, indent="    ", first="  - ")
    lines += ["", "blocs"]
    if not data["membership"]:
        lines.append("  none")
    for m in data["membership"]:
        head = f"  {m['bloc']}  {m['name']['en']}"
        both = f"{head} · {m['name']['zh']}"
        if table.display_width(both) <= width:
            lines.append(both)
        elif table.display_width(head) <= width:
            lines += [head, f"    {m['name']['zh']}"]
        else:
            lines += [f"  {m['bloc']}", *table.wrap(m["name"]["en"], width, indent="    ", first="    "),
                      f"    {m['name']['zh']}"]
        if m["member"] and m["by"] == "rule":
            why = "by its rule: " + "; ".join(m["because"])
        elif m["member"]:
            why = "added by an override: " + (m["reason"] or "")
        else:
            why = "its rule holds (" + "; ".join(m["because"]) + ") but an override removes it: " + (m["reason"] or "")
        lines += table.wrap(why, width, indent="      ", first="    ")
        if m["member"]:
            lines.append(f"    the bloc supports {m['supports']} clause(s), opposes {m['opposes']}")
    lines += ["", "clauses"]
    for key, what in (("supported", "supported by its blocs, none opposing"),
                      ("opposed", "opposed by at least one of its blocs")):
        ids = data["clauses"][key]
        shown = ", ".join(ids[:FEW]) + (", …" if len(ids) > FEW else "")
        lines += table.wrap(f"{len(ids)} {what}" + (f": {shown}" if ids else ""), width, indent="    ", first="  ")
    lines += table.wrap(f"(the full lists: drafter countries show {country.iso3} --json; "
                        f"drafter clauses --country {country.iso3})", width, indent="   ", first="  ")
    return "\n".join(lines)


def _fact(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
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
