"""``drafter merge``: several blocs' drafts (answers files or Word working papers) become one draft.

Sponsors are united (a State that sponsors one draft and signs another becomes a sponsor);
clauses keep each draft's order, duplicates (the same library clause, or near-identical text)
appear once, each draft's final operative clause (usually its follow-up request) goes to the end,
and of two clauses that take opposite sides of a contested question one is kept and both are
reported for the blocs to settle (the merged file still builds). Word working papers are read by
:mod:`drafter.revise.workingpaper`; the report (:mod:`drafter.revise.mergereport`) names the file and paragraph
every clause came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter import yamlio
from drafter.compose.answers import Answers, ClauseChoice
from drafter.compose.assemble import assemble
from drafter.library import Library
from drafter.problems import q
from drafter.revise.similar import near_identical
from drafter.revise.workingpaper import LeftOut, Place, key
from drafter.status import DrafterError

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
KINDS = ("preambular", "operative")


@dataclass
class Source:
    """One draft to merge: its answers, where each clause stands, the library clause each is or nearly is, and
    what could not be read as a clause (where, what or why, text)."""

    name: str
    answers: Answers
    places: dict[str, list[Place]] = field(default_factory=dict)
    library: dict[str, list[str]] = field(default_factory=dict)
    left_out: list[LeftOut] = field(default_factory=list)

    @classmethod
    def of_answers(cls, name: str, answers: Answers) -> Source:
        """An answers file: clauses numbered by their position, library clauses by their id."""
        return cls(name, answers,
                   {k: [Place(k, str(i)) for i in range(1, len(getattr(answers, k)) + 1)] for k in KINDS},
                   {k: [c.id for c in getattr(answers, k)] for k in KINDS})


@dataclass
class Entry:
    """One clause of the merged draft and where it came from."""

    choice: ClauseChoice
    kind: str
    origins: list[str]  # the files that carry it (the first one's version is kept)
    text: str  # lead and body as the document shows them, for matching and reports
    variants: list[tuple[str, ClauseChoice]] = field(default_factory=list)  # other versions: (file, choice)
    places: dict[str, Place] = field(default_factory=dict)  # file -> where the clause stands there
    library: str = ""  # the library clause it is or nearly is ("" when none)

    @property
    def clause(self) -> str:
        """The library clause it stands for in contested questions: its id, else the one it nearly is."""
        return self.choice.id or self.library


@dataclass
class Report:
    """What the merge did, for the people who asked for it."""

    files: list[str]
    sponsors: dict[str, list[str]] = field(default_factory=dict)  # iso3 -> files that list it as sponsor
    promoted: list[str] = field(default_factory=list)  # signatories of one draft who sponsor another
    entries: dict[str, list[Entry]] = field(default_factory=dict)
    contradictions: list[tuple[str, str, str]] = field(default_factory=list)  # (kept, left out, question)
    dropped: list[Entry] = field(default_factory=list)  # clauses left out for a contradiction
    figures: list[tuple[Entry, str, str]] = field(default_factory=list)  # (kept, other file, its text): numbers differ
    left_out: list[tuple[str, LeftOut]] = field(default_factory=list)  # (file, the paragraph and why)
    language: str = "en"

    @property
    def open_questions(self) -> int:
        """How many choices are left to the blocs: contradictions, versions that state other figures and
        paragraphs of a working paper that could not be taken as clauses."""
        return len(self.contradictions) + len(self.figures) + len(self.left_out)

    def lines(self, lib: Library, lang: str = "en") -> list[str]:
        """The report, one line per fact, in English or Chinese (see :mod:`drafter.revise.mergereport`)."""
        from drafter.revise.mergereport import report_lines  # loaded on use: mergereport imports this module

        return report_lines(self, lib, lang)

    def entry_of(self, clause: str) -> Entry | None:
        """The entry (kept or left out) that stands for a library clause."""
        every = [*self.dropped, *(e for kind in KINDS for e in self.entries.get(kind, []))]
        return next((e for e in every if e.clause == clause), None)


def clause_text(choice: ClauseChoice, kind: str, lib: Library, language: str, base: Answers) -> str:
    """Lead and body of a clause as the document would show them (for matching)."""
    alone = Answers(kind="resolution", language=language, profile=base.profile, committee=base.committee,
                    agenda=base.agenda, country=base.country, date=base.date or "2000-01-01")
    setattr(alone, kind, [choice])
    paragraph = getattr(assemble(alone, lib), kind)[0]
    return f"{paragraph.lead}{'' if language == 'zh' else ' '}{paragraph.body}"


def _preference(choice: ClauseChoice) -> tuple[int, int, str]:
    """Which of two versions of one clause is kept: the library's own first, then the plainest."""
    overrides = sum(1 for v in (choice.phrase, choice.values, choice.text, choice.subparagraphs) if v)
    return (0 if choice.id else 1, overrides, yamlio.dump(choice.to_data()))


def merge(drafts: list[Answers], lib: Library) -> tuple[Answers, Report]:
    """Merge answers files (the first one gives the heading fields: country, profile, number, date, title)."""
    names = [str(d.source.name if d.source else f"draft {i + 1}") for i, d in enumerate(drafts)]
    return merge_sources([Source.of_answers(name, draft) for name, draft in zip(names, drafts)], lib)


def merge_sources(sources: list[Source], lib: Library) -> tuple[Answers, Report]:
    """Merge drafts read from answers files or Word working papers (the first gives the heading fields)."""
    if len(sources) < 2:
        raise DrafterError("merge needs at least two drafts", zh="合并至少需要两份草案")
    names = [s.name for s in sources]
    drafts = [s.answers for s in sources]
    first = drafts[0]
    for name, draft in zip(names, drafts):
        if draft.kind != "resolution":
            raise DrafterError(f"{name}: a {draft.kind}; only draft resolutions can be merged",
                               zh=f"{name}：这是立场文件；只能合并决议草案")
        for field_name in ("language", "agenda"):
            if getattr(draft, field_name) != getattr(first, field_name):
                raise DrafterError(f"{name} has {field_name} {getattr(draft, field_name)!r} but {names[0]} has "
                                   f"{getattr(first, field_name)!r}: merge drafts on one agenda in one language",
                                   zh=f"{name} 的 {field_name} 是{q(getattr(draft, field_name))}，而 {names[0]} 的是"
                                      f"{q(getattr(first, field_name))}：只能合并同一议程、同一语言的草案")
    report = Report(files=names, language=first.language)
    report.left_out = [(s.name, item) for s in sources for item in s.left_out]
    merged = Answers(kind="resolution", language=first.language, profile=first.profile, committee=first.committee,
                     agenda=first.agenda, country=first.country, draft_number=first.draft_number,
                     symbol=first.symbol, date=first.date, title=first.title)

    sponsors: dict[str, list[str]] = {}
    for name, draft in zip(names, drafts):
        for code in draft.sponsors:
            sponsors.setdefault(code, []).append(name)
    signatories = []
    for draft in drafts:
        for code in draft.signatories:
            if code in sponsors:
                if code not in report.promoted:
                    report.promoted.append(code)
            elif code not in signatories:
                signatories.append(code)
    merged.sponsors = sorted(sponsors)
    merged.signatories = sorted(signatories)
    report.sponsors = {code: sponsors[code] for code in merged.sponsors}
    report.promoted.sort()

    for kind in KINDS:
        entries = _merge_clauses(kind, sources, lib, first, report.figures)
        report.entries[kind] = entries
        setattr(merged, kind, [e.choice for e in entries])

    _settle(merged, report, lib)
    return merged, report


def _settle(merged: Answers, report: Report, lib: Library) -> None:
    """Keep one clause of each pair that takes opposite sides of a contested question.

    The clause with the smaller id stays, whichever file came first (so merging is commutative and
    idempotent); the report names both, for the blocs to settle.
    """
    contradictions = getattr(lib, "contradictions", None)
    if not callable(contradictions):
        return
    while True:
        ids = [e.clause for kind in KINDS for e in report.entries.get(kind, []) if e.clause]
        found = contradictions(ids)
        if not found:
            return
        first, second, question = found[0]
        kept, dropped = sorted((first, second))
        report.contradictions.append((kept, dropped, question))
        for kind in KINDS:
            entries = report.entries.get(kind, [])
            for entry in [e for e in entries if e.clause == dropped]:
                entries.remove(entry)
                report.dropped.append(entry)
            setattr(merged, kind, [e.choice for e in entries])


def numbers(text: str) -> list[str]:
    """The figures a clause states ("5 million in 2028" -> ["5", "2028"]): when two versions differ in them, the
    blocs choose."""
    return NUMBER.findall(text)


def _merge_clauses(kind: str, sources: list[Source], lib: Library, base: Answers,
                   choices_left: list[tuple[Entry, str, str]]) -> list[Entry]:
    """One kind of clause of every draft, merged; versions that differ in their figures go to ``choices_left``."""
    language = base.language
    body: list[Entry] = []
    tail: list[Entry] = []  # each draft's final operative clause: follow-up requests come last

    normal: dict[int, str] = {}
    drafts_of: dict[int, set[int]] = {}  # id(entry) -> the drafts (by position) that carry it

    def find(choice: ClauseChoice, text: str, draft_index: int, library: str) -> Entry | None:
        """The clause of ANOTHER draft that this one repeats: the same library clause or near-identical text
        (never two different library clauses: some are close to each other)."""
        wanted = key(text)
        for entry in body + tail:
            if draft_index in drafts_of[id(entry)]:  # a draft's own clauses are never versions of each other
                continue
            if library and entry.clause == library:
                return entry
            if library and entry.clause:
                continue
            if near_identical(normal.setdefault(id(entry), key(entry.text)), wanted):
                return entry
        return None

    for draft_index, source in enumerate(sources):
        name = source.name
        choices: list[ClauseChoice] = getattr(source.answers, kind)
        places = source.places.get(kind) or [Place(kind, str(i)) for i in range(1, len(choices) + 1)]
        libraries = source.library.get(kind) or [c.id for c in choices]
        texts = [clause_text(choice, kind, lib, language, base) for choice in choices]
        anchor: Entry | None = None
        for index, (choice, text) in enumerate(zip(choices, texts)):
            found = find(choice, text, draft_index, libraries[index])
            if found is not None:
                drafts_of[id(found)].add(draft_index)
                if name not in found.origins:
                    found.origins.append(name)
                found.places.setdefault(name, places[index])
                if choice.to_data() != found.choice.to_data():
                    _add_variant(found, name, choice, lib, kind, base)
                    if numbers(text) != numbers(found.text):
                        choices_left.append((found, name, text))
                if found in body:
                    anchor = found
                continue
            entry = Entry(choice, kind, [name], text, places={name: places[index]}, library=libraries[index])
            drafts_of[id(entry)] = {draft_index}
            if kind == "operative" and index == len(choices) - 1 and len(choices) > 1:
                tail.append(entry)
            else:
                if anchor is not None:
                    position = body.index(anchor) + 1
                else:  # no earlier neighbour: just before the next clause this draft shares with the others
                    later = (find(c, t, draft_index, lb) for c, t, lb in
                             zip(choices[index + 1:], texts[index + 1:], libraries[index + 1:]))
                    position = next((body.index(e) for e in later if e is not None and e in body), len(body))
                body.insert(position, entry)
                anchor = entry
    return body + tail


def _add_variant(entry: Entry, name: str, choice: ClauseChoice, lib: Library, kind: str, base: Answers) -> None:
    """Keep the preferred of two versions of one clause; remember the other for the report."""
    if any(v.to_data() == choice.to_data() for _, v in entry.variants):
        return
    if _preference(choice) < _preference(entry.choice):
        entry.variants.append((entry.origins[0], entry.choice))
        entry.choice = choice
        entry.text = clause_text(choice, kind, lib, base.language, base)
        entry.origins.remove(name)
        entry.origins.insert(0, name)
    else:
        entry.variants.append((name, choice))
