"""The checker's rules as data: id, severity, message in English and Chinese, what a fix does, the words a rule
knows.

The rules are written in drafter/check/ruledata/ (one YAML file per rule family, each rule with its failing and
passing examples, which tests/check/test_rule_examples.py builds and checks). Messages are format strings; the
rule families (:mod:`drafter.check.families`) fill their fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.bilingual import Text, fill, filled
from drafter.check.ruleload import Words, rule_fields

SEVERITIES = ("error", "warning", "suggestion")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    en: str
    zh: str
    source: str  # the conventions it stands on: keys of docs/RULES.md (UN-B01, MUN-F04, ZH-P01, …)
    fixable: bool = False
    words: Words = field(default_factory=dict)  # the named word lists its family reads (ruledata's ``words:``)

    def message(self, lang: str, **fields: object) -> str:
        """The message in ``lang`` filled with ``fields`` (see :func:`drafter.bilingual.fill`)."""
        return fill(self.zh if lang == "zh" else self.en, lang, fields)

    def said(self, **fields: object) -> Text:
        """The message filled with ``fields`` in English and in Chinese."""
        return filled(self.en, self.zh, fields)

    def word_list(self, name: str) -> frozenset[str]:
        """The words of the rule's word list ``name``."""
        return frozenset(self.words[name])

    def word_map(self, name: str) -> dict[str, tuple[str, ...]]:
        """The rule's word list ``name``: each word with the texts the data gives it."""
        return dict(self.words[name])


# one data file per rule family, in drafter/check/ruledata/ (kept in the cache once read: see ruleload)
RULES: dict[str, Rule] = {fields[0]: Rule(*fields) for fields in rule_fields(SEVERITIES)}


def rule(rule_id: str) -> Rule:
    return RULES[rule_id]
