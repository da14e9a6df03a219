"""The ``blocs`` section: positions in the debate, each with the rule that places countries in it and the
sides it takes on contested questions."""

from __future__ import annotations

from typing import Any

from drafter.library.model import Bloc, Text
from drafter.library.reading import FileReader, Placed
from drafter.yamlio import Mark, YList, YMap


def read_bloc(reader: FileReader, entry: YMap) -> None:
    """One bloc: names, description, membership rule and ``takes`` (contested question -> side)."""
    ident = reader.ident(entry)
    if not ident:
        return
    name = reader.text(entry)
    description = reader.text(entry, "description", required=False) or Text("", "")
    rule = entry.get("rule")
    if rule is None:
        reader.report(entry.mark, "missing field 'rule'", "say which facts place a country in the bloc")
        return
    if not check_rule(reader, rule, entry.where("rule")):
        return
    for text in (name, description):
        if text and text.zh:
            reader.check_zh(entry.mark, text.zh, f"bloc {ident!r}")
    raw_takes = reader.field(entry, "takes", YMap, required=False, default=YMap())
    takes = {str(q): str(side) for q, side in raw_takes.items()}
    if name and reader.register(entry, "blocs", ident):
        reader.library.blocs[ident] = Bloc(ident, name, description, rule, takes)
        reader.loading.blocs[ident] = Placed(reader.path, entry)


def check_rule(reader: FileReader, rule: Any, mark: Mark) -> bool:
    """Whether a rule (at ``mark`` when it is no mapping) has a shape :mod:`drafter.library.rules` can evaluate;
    the countries it names by code are checked once every file is read."""
    if not isinstance(rule, YMap) or (len(rule) != 1 and "fact" not in rule):
        reader.report(getattr(rule, "mark", mark), "a bloc rule must be one of any / all / not / fact / group / country",
                      "e.g. {any: [{fact: res_74_247, in: [Y]}, {group: SCO}]}")
        return False
    if "any" in rule or "all" in rule:
        items = rule.get("any", rule.get("all"))
        if not isinstance(items, YList) or not items:
            reader.report(rule.mark, "'any' / 'all' need a non-empty list of conditions")
            return False
        return all(check_rule(reader, item, items.where(i)) for i, item in enumerate(items))
    if "not" in rule:
        return check_rule(reader, rule["not"], rule.where("not"))
    if "group" in rule:
        return True
    if "country" in rule:
        codes = rule["country"]
        if not isinstance(codes, YList):
            reader.report(rule.mark, "a country condition needs a list of ISO3 codes", "e.g. {country: [CHN, RUS]}")
            return False
        for i, code in enumerate(codes):
            reader.refer(codes.where(i), "countries", str(code), "a bloc rule")
        return True
    if "fact" in rule:
        if not isinstance(rule.get("in"), list):
            reader.report(rule.mark, "a fact condition needs 'in: [values]'")
            return False
        return True
    reader.report(rule.mark, f"unknown rule key {next(iter(rule))!r}", "use any, all, not, fact, group or country")
    return False
