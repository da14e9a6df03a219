"""Bloc rules: whether a rule holds for a country (:func:`evaluate`), and why, in words (:func:`explain`).

A rule is a mapping with one of any / all / not (of other rules), group, country (a list of ISO3 codes) or
fact with ``in`` (the values that place a country in the bloc); the loader has checked its shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from drafter.library.model import Country

Rule = Mapping[str, Any]


def evaluate(rule: Rule, country: Country) -> bool:
    """Whether a bloc rule holds for a country."""
    if "any" in rule:
        return any(evaluate(r, country) for r in rule["any"])
    if "all" in rule:
        return all(evaluate(r, country) for r in rule["all"])
    if "not" in rule:
        return not evaluate(rule["not"], country)
    if "group" in rule:
        return rule["group"] in country.groups
    if "country" in rule:
        return country.iso3 in rule["country"]
    if "fact" in rule:
        return country.facts.get(rule["fact"]) in rule["in"]
    return False


def explain(rule: Rule, country: Country, lang: str = "en") -> list[str] | None:
    """The conditions of a bloc rule that hold for a country, in words (English, or Chinese for ``lang`` "zh");
    None when the rule does not hold."""
    if "any" in rule:
        for sub in rule["any"]:
            because = explain(sub, country, lang)
            if because is not None:
                return because
        return None
    if "all" in rule:
        parts = [explain(sub, country, lang) for sub in rule["all"]]
        return None if any(p is None for p in parts) else [c for p in parts for c in p or []]
    if not evaluate(rule, country):
        return None
    return [_describe(rule, country, lang == "zh")]


def _describe(rule: Rule, country: Country, zh: bool) -> str:
    """One condition that holds, with the country's own value of a fact."""
    if "not" in rule:
        inner = rule["not"]
        if "fact" in inner:
            value, values = country.facts.get(inner["fact"]), " / ".join(map(str, inner["in"]))
            return f"{inner['fact']} 为 {value}，而非 {values}" if zh else f"{inner['fact']} is {value}, not {values}"
        if "group" in inner:
            return f"不是 {inner['group']} 成员" if zh else f"not a member of {inner['group']}"
        return ("非：" if zh else "not: ") + _describe_rule(inner, zh)
    if "fact" in rule:
        value = country.facts.get(rule["fact"])
        return f"{rule['fact']} 为 {value}" if zh else f"{rule['fact']} is {value}"
    return _describe_rule(rule, zh)


def _describe_rule(rule: Rule, zh: bool = False) -> str:
    """A condition in words, without a country."""
    if "group" in rule:
        return f"{rule['group']} 成员" if zh else f"member of {rule['group']}"
    if "country" in rule:
        return f"按国名列入（{'、'.join(map(str, rule['country']))}）" if zh else \
            f"listed by name ({', '.join(map(str, rule['country']))})"
    if "fact" in rule:
        values = " / ".join(map(str, rule["in"]))
        return f"{rule['fact']} 属于 {values}" if zh else f"{rule['fact']} in {values}"
    key = next(iter(rule))
    inner = rule[key] if isinstance(rule[key], list) else [rule[key]]
    return f"{key}（{'；'.join(_describe_rule(r, zh) for r in inner)}）" if zh else \
        f"{key} of ({'; '.join(_describe_rule(r) for r in inner)})"
