"""The loaded library as one object, and the questions the rest of drafter asks it: clauses by filter, a
country by code or name, its blocs and why, contested alternatives, stronger and weaker lead phrases."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from drafter.library.model import (
    LANGS,
    Agenda,
    Bloc,
    Clause,
    Committee,
    Contested,
    Country,
    Phrase,
    Reference,
    Seed,
    Topic,
)
from drafter.library.names import StateNames, key
from drafter.library.rules import explain
from drafter.problems import did_you_mean, did_you_mean_zh, joined_zh, q
from drafter.punctuation import CJK_TEXT
from drafter.status import DrafterError


@dataclass
class Library:
    """Everything loaded from one or more library folders, validated."""

    committees: dict[str, Committee] = field(default_factory=dict)
    agendas: dict[str, Agenda] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    blocs: dict[str, Bloc] = field(default_factory=dict)
    phrases: dict[str, Phrase] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    clauses: dict[str, Clause] = field(default_factory=dict)
    seeds: dict[str, Seed] = field(default_factory=dict)
    contested: dict[str, Contested] = field(default_factory=dict)
    references: dict[str, Reference] = field(default_factory=dict)
    folders: tuple[Path, ...] = ()

    # -- queries ---------------------------------------------------------
    @cached_property
    def state_names(self) -> StateNames:
        """Every way the countries are written (short, formal, common, non-member), indexed on first use."""
        return StateNames(self.countries.values())

    def clause(self, clause_id: str) -> Clause:
        """The clause with this id, in any case; a DrafterError with a did-you-mean when there is none."""
        found = self.clauses.get(clause_id) or self._folded_ids.get(clause_id.strip().casefold())
        if found is None:
            hint = did_you_mean(clause_id.strip().casefold(), self._folded_ids)
            raise DrafterError(f"unknown clause id {clause_id!r}{hint}",
                               zh=f"未知条款编号{q(clause_id)}{did_you_mean_zh(clause_id.strip().casefold(), self._folded_ids)}")
        return found

    @cached_property
    def _folded_ids(self) -> dict[str, Clause]:
        return {ident.casefold(): clause for ident, clause in self.clauses.items()}

    def alternatives(self, clause_id: str) -> set[str]:
        """Clause ids on another side of any contested question this clause answers."""
        found: set[str] = set()
        for question in self.contested.values():
            side = question.side_of(clause_id)
            if side is None:
                continue
            for other in question.sides.values():
                if other.id != side:
                    found.update(other.clauses)
        return found

    def contradictions(self, clause_ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(first_id, second_id, question_id) for every pair of the given clauses on opposite sides of a question.

        Pairs come in the order the clauses are given: by the first clause, then by the second.
        """
        ids = list(dict.fromkeys(clause_ids))
        found = []
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                for question in self.contested.values():
                    a, b = question.side_of(first), question.side_of(second)
                    if a is not None and b is not None and a != b:
                        found.append((first, second, question.id))
        return found

    def country(self, code_or_name: str) -> Country:
        """The State ``code_or_name`` names (see ``find_country``); a DrafterError saying why when there is none."""
        found = self.find_country(code_or_name)
        if found is None:
            raise DrafterError(self.unknown_country(code_or_name), zh=self.unknown_country_zh(code_or_name))
        return found

    def find_country(self, code_or_name: str) -> Country | None:
        """The State with this ISO3 code or name, as delegates write it: the UN short or formal name or a common
        one ("Turkey", "美国", "Russia"), in either language, any case, accents, punctuation or script."""
        typed = code_or_name.strip()
        if typed.upper() in self.countries:
            return self.countries[typed.upper()]
        found = self.state_names.find(typed)
        return found.country if found is not None else None

    def unknown_country(self, typed: str, where: str = "") -> str:
        """Why ``typed`` names no State: not a UN Member State (Taiwan, Kosovo), or unknown with the State it most
        likely means; ``where`` ("in sponsors") follows the name."""
        found = self.state_names.find(typed)
        place = f" {where}" if where else ""
        if found is not None and found.country is None:
            named = "" if key(found.entity) == key(typed) else f" ({found.entity})"
            return f"{typed!r}{named}{place} is not a UN Member State or observer State"
        return f"unknown country {typed!r}{place}{self.suggest_country(typed)}"

    def unknown_country_zh(self, typed: str, where: str = "") -> str:
        """:meth:`unknown_country` in Chinese; ``where`` ("sponsors") is the list the name stands in."""
        found = self.state_names.find(typed)
        place = f"（{where} 中）" if where else ""
        if found is not None and found.country is None:
            named = "" if key(found.entity) == key(typed) else f"（{found.entity}）"
            return f"“{typed}”{named}{place}不是联合国会员国或观察员国"
        return f"未知国家“{typed}”{place}{self.suggest_country(typed, 'zh')}"

    def suggest_country(self, typed: str, lang: str = "en") -> str:
        """"; did you mean 'Germany' (DEU)?" for a misspelt, shortened or formal-style code or name, else "";
        in Chinese (``lang`` "zh") "；是否指“德国”（DEU）？"."""
        names = self.state_names
        if not typed.strip() or names.find(typed) is not None:
            return ""
        found = names.abbreviation(typed) or names.formal_style(typed) or names.near_miss(typed)
        if found is None:
            found = self._close_country(typed)
        if found is None:
            return ""
        if lang == "zh":
            return f"；是否指“{found.name.zh}”（{found.iso3}）？"
        name = found.name.zh if CJK_TEXT.search(typed) else found.name.en
        return f"; did you mean {name!r} ({found.iso3})?"

    def _close_country(self, typed: str) -> Country | None:
        """The State whose spelling is nearest ``typed`` by part or by likeness, when one stands out."""
        spellings: dict[str, Country] = {}
        for country in self.countries.values():
            for name in (country.iso3, country.name.en, country.name.zh, country.formal.en, country.formal.zh,
                         *country.aliases_en, *country.aliases_zh):
                if name:
                    spellings.setdefault(name.casefold().removeprefix("the "), country)
        folded = typed.strip().casefold().removeprefix("the ")
        partial = {c.iso3: c for n, c in spellings.items()
                   if len(folded) >= 2 and (folded in n or n in folded and len(n) > 3)}
        if len(partial) == 1:
            return next(iter(partial.values()))
        import difflib  # only for a name nothing matches: keeps start-up fast

        close = difflib.get_close_matches(folded, list(spellings), n=1, cutoff=0.7)
        return spellings[close[0]] if close else None

    def bloc_id(self, text: str) -> str:
        """A bloc's id from its id or its English or Chinese name, in any case."""
        return _lookup("bloc", text, {b.id: (b.name.en, b.name.zh) for b in self.blocs.values()})

    def topic_id(self, text: str) -> str:
        """A topic's id from its id or its English or Chinese name, in any case, hyphens or spaces."""
        return _lookup("topic", text, {t.id: (t.name.en, t.name.zh) for t in self.topics.values()})

    def groups(self) -> dict[str, list[Country]]:
        """Every group named by a country (BRICS, G77, …) and its members, groups in first-seen order."""
        found: dict[str, list[Country]] = {}
        for country in self.countries.values():
            for group in country.groups:
                found.setdefault(group, []).append(country)
        return found

    def group_name(self, text: str) -> str:
        """A group's name as the library spells it, from any case."""
        return _lookup("group", text, {g: () for g in self.groups()})

    def membership(self, country: Country) -> list[Membership]:
        """Why the country is, or is not, in each bloc whose rule holds for it or that an override names."""
        result = []
        for bloc in self.blocs.values():
            because = explain(bloc.rule, country)
            member = bloc.id in country.blocs
            if because is None and not member:
                continue
            overridden = member != (because is not None)
            result.append(Membership(bloc.id, member, "override" if overridden else "rule",
                                     because or [], country.override_reason if overridden else ""))
        return result

    def opposing_blocs(self, clause: Clause, country: Country) -> list[str]:
        """The country's blocs that oppose the clause."""
        return [b for b in country.blocs if clause.stance(b) == "opposes"]

    def supporting_blocs(self, clause: Clause, country: Country) -> list[str]:
        """The country's blocs that support the clause."""
        return [b for b in country.blocs if clause.stance(b) == "supports"]

    def fits(self, clause: Clause, country: Country) -> bool:
        """True when none of the country's blocs opposes the clause."""
        return not self.opposing_blocs(clause, country)

    def suggested(self, clause: Clause, country: Country) -> bool:
        """A clause to pre-select for the country: one of its blocs supports it and none opposes it."""
        return bool(self.supporting_blocs(clause, country)) and not self.opposing_blocs(clause, country)

    def select(self, *, kind: str | None = None, topic: str | None = None, bloc: str | None = None,
               country: Country | None = None, text: str | None = None, lang: str | None = None) -> list[Clause]:
        """Clauses matching every given filter, in library order."""
        needle = text.casefold() if text else None
        result = []
        for clause in self.clauses.values():
            if kind and clause.kind != kind:
                continue
            if topic and topic not in clause.topics:
                continue
            if bloc and clause.stance(bloc) != "supports":
                continue
            if country and not self.fits(clause, country):
                continue
            if needle:
                haystacks = [clause.id, *self._texts(clause, lang)]
                if not any(needle in h.casefold() for h in haystacks):
                    continue
            result.append(clause)
        return result

    def _texts(self, clause: Clause, lang: str | None) -> Iterator[str]:
        langs = (lang,) if lang else LANGS
        phrase = self.phrases.get(clause.phrase)
        for lg in langs:
            if phrase:
                yield phrase.text[lg]
            for text in clause.texts():
                yield text[lg]

    def topics_for(self, agenda_id: str) -> list[str]:
        """The topics whose clauses are offered for an agenda: its own, in order, then the topics tagged
        ``agendas: any`` (and ``agendas: security-council`` when its committee is the Security Council)."""
        agenda = self.agendas[agenda_id]
        committee = self.committees.get(agenda.committee)
        wanted = {"any", "security-council"} if committee and committee.security_council else {"any"}
        extra = [t.id for t in self.topics.values() if t.agendas in wanted and t.id not in agenda.topics]
        return list(agenda.topics) + extra

    def phrases_of(self, kind: str) -> list[Phrase]:
        """The lead phrases of one kind (preambular or operative), in library order."""
        return [p for p in self.phrases.values() if p.kind == kind]

    def stronger(self, phrase: Phrase, step: int = 1) -> list[Phrase]:
        """The nearest stronger (step > 0) or weaker (step < 0) phrases of the same scale, outside the SC-only ones."""
        if phrase.strength is None or not phrase.scale:
            return []
        pool = [p for p in self.phrases_of(phrase.kind) if p.scale == phrase.scale and p.strength is not None
                and not p.security_council_only and (p.strength - phrase.strength) * step > 0]
        if not pool:
            return []
        nearest = min(abs(p.strength - phrase.strength) for p in pool)  # type: ignore[operator]
        return [p for p in pool if abs(p.strength - phrase.strength) == nearest]  # type: ignore[operator]


@dataclass(frozen=True)
class Membership:
    """A country's place in one bloc and what put it there (``by``: rule or override)."""

    bloc: str
    member: bool
    by: str
    because: list[str]
    reason: str = ""


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").replace("_", " ").split())


def _lookup(what: str, text: str, names: dict[str, tuple[str, ...]]) -> str:
    """The id whose id or name equals ``text`` (any case), else the one id whose name contains it."""
    key = _fold(text)
    for ident, aliases in names.items():
        if key in (_fold(n) for n in (ident, *aliases) if n):
            return ident
    partial = [i for i, aliases in names.items() if len(key) >= 3 and any(key in _fold(n) for n in (i, *aliases) if n)]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise DrafterError(f"{what} {text!r} is ambiguous: {', '.join(partial)}",
                           zh=f"{_WHAT_ZH[what]}{q(text)}有歧义：{joined_zh(partial)}")
    spellings = {_fold(n): i for i, aliases in names.items() for n in (i, *aliases) if n}
    import difflib  # only for a name nothing matches: keeps start-up fast

    close = difflib.get_close_matches(key, list(spellings), n=1, cutoff=0.6)
    hint = f"; did you mean {spellings[close[0]]!r}?" if close else ""
    hint_zh = f"；是否指{q(spellings[close[0]])}？" if close else ""
    raise DrafterError(f"unknown {what} {text!r}{hint} (known: {', '.join(names)})",
                       zh=f"未知{_WHAT_ZH[what]}{q(text)}{hint_zh}（已知：{joined_zh(names)}）")


_WHAT_ZH = {"bloc": "集团", "topic": "主题", "group": "组别"}
