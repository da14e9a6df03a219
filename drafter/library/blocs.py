"""The ``blocs`` section: positions in the debate, each with the rule that places countries in it and the
sides it takes on contested questions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Any

from drafter.bilingual import Text
from drafter.library.model import Bloc, Country
from drafter.library.reading import FileReader, Loading, Placed
from drafter.library.rules import evaluate
from drafter.patterns import lazy
from drafter.problems import q
from drafter.yamlio import Mark, YList, YMap

# what a bloc description may say about its members, computed once every country is placed
COUNTED = lazy(r"\{\{\s*(members|count\.[\w-]+|names\.[\w-]+)\s*\}\}")


def read_bloc(reader: FileReader, entry: YMap) -> None:
    """One bloc: names, description, membership rule and ``takes`` (contested question -> side)."""
    ident = reader.ident(entry)
    if not ident:
        return
    name = reader.text(entry)
    description = reader.text(entry, "description", required=False) or Text("", "")
    rule = entry.get("rule")
    if rule is None:
        reader.report(entry.mark, "missing field 'rule'", "say which facts place a country in the bloc",
                      zh="缺少字段“rule”", zh_hint="请写明哪些事实使一国归入该立场集团")
        return
    if not check_rule(reader, rule, entry.where("rule")):
        return
    for text in (name, description):
        if text and text.zh:
            reader.check_zh(entry.mark, text.zh, f"bloc {ident!r}")
    raw_takes = reader.field(entry, "takes", YMap, required=False, default=YMap())
    takes = {str(q): str(side) for q, side in raw_takes.items()}
    raw_counts = reader.field(entry, "counts", YMap, required=False, default=YMap())
    counts = {str(k): v for k, v in raw_counts.items() if check_rule(reader, v, raw_counts.where(k))}
    for lang in ("en", "zh"):
        for match in COUNTED.finditer(description[lang]):
            named = match.group(1).partition(".")[2]
            if named and named not in raw_counts:
                reader.report(entry.where("description"), f"the description of bloc {ident!r} counts {named!r}, "
                              "which its 'counts:' does not define", f"add 'counts: {{{named}: RULE}}'",
                              zh=f"立场集团{q(ident)}的说明中计数{q(named)}，但其“counts:”未定义该项",
                              zh_hint=f"请添加“counts: {{{named}: RULE}}”")
    if name and reader.register(entry, "blocs", ident):
        reader.library.blocs[ident] = Bloc(ident, name, description, rule, takes, counts)
        reader.loading.blocs[ident] = Placed(reader.path, entry)


def check_rule(reader: FileReader, rule: Any, mark: Mark) -> bool:
    """Whether a rule (at ``mark`` when it is no mapping) has a shape :mod:`drafter.library.rules` can evaluate;
    the countries it names by code are checked once every file is read."""
    if not isinstance(rule, YMap) or (len(rule) != 1 and "fact" not in rule):
        reader.report(getattr(rule, "mark", mark), "a bloc rule must be one of any / all / not / fact / group / country",
                      "e.g. {any: [{fact: res_74_247, in: [Y]}, {group: SCO}]}",
                      zh="立场集团规则必须是“any”“all”“not”“fact”“group”“country”之一",
                      zh_hint="例如 {any: [{fact: res_74_247, in: [Y]}, {group: SCO}]}")
        return False
    if "any" in rule or "all" in rule:
        items = rule.get("any", rule.get("all"))
        if not isinstance(items, YList) or not items:
            reader.report(rule.mark, "'any' / 'all' need a non-empty list of conditions",
                          zh="“any”和“all”需要非空的条件列表")
            return False
        return all(check_rule(reader, item, items.where(i)) for i, item in enumerate(items))
    if "not" in rule:
        return check_rule(reader, rule["not"], rule.where("not"))
    if "group" in rule:
        return True
    if "country" in rule:
        codes = rule["country"]
        if not isinstance(codes, YList):
            reader.report(rule.mark, "a country condition needs a list of ISO3 codes", "e.g. {country: [CHN, RUS]}",
                          zh="国家条件需要 ISO3 代码列表", zh_hint="例如 {country: [CHN, RUS]}")
            return False
        for i, code in enumerate(codes):
            reader.refer(codes.where(i), "countries", str(code), "a bloc rule")
        return True
    if "fact" in rule:
        if not isinstance(rule.get("in"), list):
            reader.report(rule.mark, "a fact condition needs 'in: [values]'", zh="事实条件需要“in: [values]”")
            return False
        return True
    reader.report(rule.mark, f"unknown rule key {next(iter(rule))!r}", "use any, all, not, fact, group or country",
                  zh=f"未知的规则键{q(next(iter(rule)))}", zh_hint="请使用“any”“all”“not”“fact”“group”或“country”")
    return False


def describe_blocs(loading: Loading) -> None:
    """Fill each bloc description's ``{{ members }}`` (how many States the rule places in the bloc),
    ``{{ count.NAME }}`` and ``{{ names.NAME }}`` (how many and which of them its ``counts:`` rule NAME holds
    for): counts follow the facts, nobody types them."""
    lib = loading.library
    for bloc in list(lib.blocs.values()):
        members = [c for c in lib.countries.values() if bloc.id in c.blocs]

        def fill(text: str, lang: str, members: list[Country] = members, bloc: Bloc = bloc) -> str:
            def one(match: re.Match[str]) -> str:
                what, _, named = match.group(1).partition(".")
                if named and named not in bloc.counts:
                    return match.group(0)  # reported when the bloc was read
                chosen = members if what == "members" else [c for c in members if evaluate(bloc.counts[named], c)]
                return str(len(chosen)) if what != "names" else join_names(chosen, lang)
            return COUNTED.sub(one, text)

        if COUNTED.search(bloc.description.en + bloc.description.zh):
            text = Text(fill(bloc.description.en, "en"), fill(bloc.description.zh, "zh"))
            lib.blocs[bloc.id] = replace(bloc, description=text)


def join_names(countries: list[Country], lang: str) -> str:
    """Short names as running text: "A, B and C" sorted by name in English, "A、B和C" by pinyin in Chinese."""
    if lang == "zh":
        names = [c.name.zh for c in sorted(countries, key=lambda c: c.sort_zh)]
        return "、".join(names[:-1]) + "和" + names[-1] if len(names) > 1 else "".join(names)
    names = sorted((c.name.en for c in countries), key=lambda n: unicodedata.normalize("NFKD", n).casefold())
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
