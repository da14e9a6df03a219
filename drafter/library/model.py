"""Typed objects of a clause library. Built only by :mod:`drafter.library`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from drafter.bilingual import Text
from drafter.problems import Location

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")
KINDS = ("preambular", "operative")
STANCES = ("supports", "neutral", "opposes")


@dataclass(frozen=True)
class Phrase:
    """An opening (lead) phrase of a preambular or operative paragraph."""

    id: str
    kind: str
    text: Text
    alternatives_en: tuple[str, ...] = ()
    alternatives_zh: tuple[str, ...] = ()
    strength: int | None = None
    scale: str = ""  # phrases of one scale can replace each other (Encourages → Urges)
    also: Text | None = None
    further: Text | None = None
    security_council_only: bool = False
    source: str = ""
    origin: Location | None = None
    languages: tuple[str, ...] = LANGS  # the languages the phrase is known in (one, for an imported phrase)
    review: bool = False  # added by `drafter library import`; a person should confirm it

    def forms(self, lang: str) -> tuple[str, ...]:
        """Every accepted spelling of the phrase in ``lang``: main, variants, also and further forms."""
        extra = self.alternatives_zh if lang == "zh" else self.alternatives_en
        derived = tuple(t[lang] for t in (self.also, self.further) if t and t[lang])
        return tuple(f for f in (self.text[lang], *extra, *derived) if f)


@dataclass(frozen=True)
class SubParagraph:
    """A sub-paragraph of a clause, in both languages, with its own sub-paragraphs."""

    text: Text
    children: tuple[SubParagraph, ...] = ()


@dataclass(frozen=True)
class Placeholder:
    """A ``{{ name }}`` in a clause's text: the question that asks for its value, and the default."""

    name: str
    question: Text
    default: str = ""
    default_zh: str = ""  # the Chinese default, when it differs from ``default``

    def default_in(self, lang: str) -> str:
        """The default value for a draft in ``lang``."""
        return self.default_zh if lang == "zh" and self.default_zh else self.default


@dataclass(frozen=True)
class Source:
    """Where a clause comes from: a seed file and its passage, or a UN document and its paragraph."""

    seed: str = ""
    ref: str = ""
    symbol: str = ""
    note: str = ""
    excerpt: str = ""  # verbatim words of the seed passage the clause rests on
    adapted: str = ""  # how the clause goes beyond its source, in one line

    def __str__(self) -> str:
        parts = [p for p in (self.seed, self.ref, self.symbol) if p]
        if self.excerpt:
            parts.append(f"“{self.excerpt}”")
        if self.adapted:
            parts.append(f"adapted: {self.adapted}")
        if self.note:
            parts.append(self.note)
        return "; ".join(parts)


@dataclass(frozen=True)
class Clause:
    """A preambular or operative paragraph of the library."""

    id: str
    kind: str
    phrase: str
    text: Text
    topics: tuple[str, ...]
    stances: dict[str, str] = field(default_factory=dict)
    subparagraphs: tuple[SubParagraph, ...] = ()
    placeholders: dict[str, Placeholder] = field(default_factory=dict)
    source: Source = field(default_factory=Source)
    origin: Location | None = None
    languages: tuple[str, ...] = LANGS  # a clause imported from one language version only has one
    sources: tuple[Source, ...] = ()  # every source when several documents hold the clause; source is the first

    def stance(self, bloc: str) -> str:
        """How the bloc stands on the clause: supports, neutral (also when unsaid) or opposes."""
        return self.stances.get(bloc, "neutral")

    def texts(self) -> Iterator[Text]:
        """The body, then every sub-paragraph's text at any depth."""
        yield self.text
        stack = list(self.subparagraphs)
        while stack:
            sub = stack.pop()
            yield sub.text
            stack.extend(sub.children)


@dataclass(frozen=True)
class Seed:
    """A source document clauses are drawn from: its file name and its title in both languages."""

    file: str
    title: Text
    symbol: str = ""


@dataclass(frozen=True)
class Topic:
    """A subject clauses are tagged with; an agenda offers the clauses of its topics."""

    id: str
    name: Text
    agendas: str = ""  # "any": offered for every agenda; "security-council": for every agenda of an SC committee


@dataclass(frozen=True)
class Sessions:
    """How a committee's sessions follow the calendar: session ``number`` opened in ``month`` of ``year``; every
    year a new one opens in each month of ``months`` (the General Assembly: 74, 2019, 9, (9,))."""

    number: int
    year: int
    month: int
    months: tuple[int, ...]


@dataclass(frozen=True)
class Committee:
    """A committee a draft is written for: its names, organ, document symbol and session.

    ``symbol`` is a prefix (``E/CN.15``: drafts are ``E/CN.15/<year>/L.<n>``) or a pattern with ``{year}``,
    ``{session}`` and ``{number}`` (``A/C.3/{session}/L.{number}``, ``S/{year}/{number}``); ``session`` may say
    ``{ordinal}`` and ``{year}``, filled from ``sessions`` and the draft's date.
    """

    id: str
    name: Text
    short: Text
    organ: Text
    parent: Text | None
    symbol: str
    session: Text
    agenda_item: dict[str, str]
    members: int
    security_council: bool = False
    sessions: Sessions | None = None


@dataclass(frozen=True)
class Agenda:
    """An agenda item of a committee, and the topics whose clauses it offers; ``agenda_item`` (number, en, zh)
    when it has its own, else the committee's is printed."""

    id: str
    committee: str
    name: Text
    topics: tuple[str, ...]
    agenda_item: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Bloc:
    """A position in the debate; a country belongs to it when ``rule`` holds for its facts and groups."""

    id: str
    name: Text
    description: Text
    rule: Any
    takes: dict[str, str] = field(default_factory=dict)  # contested question id -> the side its members take
    counts: dict[str, Any] = field(default_factory=dict)  # name -> rule; the description counts the members it holds for


@dataclass(frozen=True)
class Side:
    """One answer to a contested question, and the clauses that give it."""

    id: str
    en: str
    zh: str
    clauses: tuple[str, ...]


@dataclass(frozen=True)
class Contested:
    """A question of the debate that clauses answer in opposite ways; a draft takes one side only."""

    id: str
    en: str
    zh: str
    sides: dict[str, Side]
    origin: Location | None = None

    def side_of(self, clause_id: str) -> str | None:
        """The id of the side whose clauses include ``clause_id``, if any."""
        for side in self.sides.values():
            if clause_id in side.clauses:
                return side.id
        return None


@dataclass(frozen=True)
class Reference:
    """A work a fact or a paper cites: its title in both languages (Chinese may repeat the English), its address."""

    id: str
    title: Text
    url: str = ""
    date: str = ""  # when it was published or consulted: YYYY, YYYY-MM or YYYY-MM-DD
    note: str = ""
    origin: Location | None = None
    seed: str = ""  # the seed document it is, when clauses are drawn from it


@dataclass(frozen=True)
class Fact:
    """One fact about a State, with the works it rests on and the date it holds at (``as_of``) when it can change.

    ``kind`` names what it says (a vote, a treaty status, a law, a statistic, a stated position; see
    :data:`drafter.library.facts.FACT_KINDS`); ``value`` is what bloc rules read. A stated position may belong to
    a group (``group``), and then to each of its members.
    """

    kind: str
    value: Any
    sources: tuple[str, ...]
    country: str = ""
    group: str = ""
    as_of: str = ""
    date: str = ""
    year: int | None = None
    place: str = ""
    ratified: str = ""  # a reported ratification: the date of the domestic act
    document: str = ""  # the document a role was taken in (A/C.3/74/L.11)
    title: str = ""  # a law's title, in the language the source gives it
    text: Text | None = None  # a stated position, as a paper words it
    speaker: Text | None = None  # who spoke, when a group did
    pillars: dict[str, float] = field(default_factory=dict)
    confidence: str = "high"
    note: str = ""
    origin: Location | None = None

    @property
    def confirmed(self) -> bool:
        """Two works or more agree on it (what a paper needs to state a regional instrument's status)."""
        return len(self.sources) >= 2


@dataclass(frozen=True)
class Country:
    """A member or observer: names, groups and facts (which bloc rules read), and the blocs it is in."""

    iso3: str
    name: Text
    formal: Text
    sort_zh: str
    regional_group: str
    observer: bool
    groups: tuple[str, ...]
    facts: dict[str, Any]
    blocs: tuple[str, ...] = ()
    override_reason: str = ""
    sources: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()  # common, unofficial names ("Russia", "UK"), for suggestions
    aliases_zh: tuple[str, ...] = ()
    # names the United Nations' own texts list the State by besides its short name (the Dominican Republic is
    # "多米尼加共和国" in the Chinese of A/RES/74/82, para. 38): as right as the short name, no suggestion
    listed_en: tuple[str, ...] = ()
    listed_zh: tuple[str, ...] = ()
    records: tuple[Fact, ...] = ()  # the facts with their sources and dates (``facts`` holds their values)

    def fact(self, kind: str) -> Fact | None:
        """The recorded fact of ``kind``, if any (the first, for a kind a State may have several of)."""
        return next((f for f in self.records if f.kind == kind), None)

    def all_facts(self, kind: str) -> list[Fact]:
        """Every recorded fact of ``kind`` (stated positions), in file order."""
        return [f for f in self.records if f.kind == kind]
