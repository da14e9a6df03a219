"""``drafter merge``: several blocs' answers files become one draft's answers file.

Sponsors are united (a State that sponsors one draft and signs another becomes a sponsor);
clauses keep each draft's order, duplicates (the same library clause, or near-identical text)
appear once, each draft's final operative clause (usually its follow-up request) goes to the end,
and of two clauses that take opposite sides of a contested question one is kept and both are
reported for the blocs to settle (the merged file still builds).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter import yamlio
from drafter.compose import answers as answers_file
from drafter.compose.answers import Answers, ClauseChoice
from drafter.compose.assemble import assemble
from drafter.files import check_writable
from drafter.library import Library
from drafter.problems import Location, Problem
from drafter.status import DrafterError

NEAR_IDENTICAL = 0.9  # difflib ratio of two bodies above which they are one clause
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
KINDS = ("preambular", "operative")


@dataclass
class Entry:
    """One clause of the merged draft and where it came from."""

    choice: ClauseChoice
    kind: str
    origins: list[str]  # the files that carry it (the first one's version is kept)
    text: str  # lead and body as the document shows them, for matching and reports
    variants: list[tuple[str, ClauseChoice]] = field(default_factory=list)  # other versions: (file, choice)


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

    @property
    def open_questions(self) -> int:
        """How many choices are left to the blocs (contradictions and versions that state other figures)."""
        return len(self.contradictions) + len(self.figures)

    def lines(self, lib: Library) -> list[str]:
        """The report, one line per fact, for ``drafter merge`` to print."""
        out = [f"merged {len(self.files)} drafts: {', '.join(self.files)}"]
        names = {code: lib.countries[code].name.en for code in self.sponsors}
        out.append("sponsors: " + ", ".join(f"{names[c]} ({', '.join(f)})" for c, f in sorted(self.sponsors.items(), key=lambda i: names[i[0]])))
        for code in self.promoted:
            out.append(f"  {lib.countries[code].name.en} signed one draft and sponsors another: now a sponsor")
        for kind in KINDS:
            for n, entry in enumerate(self.entries.get(kind, []), 1):
                what = entry.choice.id or "own clause"
                also = f" (also in {', '.join(entry.origins[1:])})" if len(entry.origins) > 1 else ""
                out.append(f"{kind} {n}: {what} from {entry.origins[0]}{also}: {_excerpt(entry.text)}")
                for origin, variant in entry.variants:
                    out.append(f"    another version in {origin} was left out: "
                               f"{variant.id or 'own clause'} {_describe(variant)}")
        origins = {e.choice.id: ", ".join(e.origins)
                   for e in [*self.dropped, *(e for kind in KINDS for e in self.entries.get(kind, []))]}
        for kept, dropped, question in self.contradictions:
            contested = getattr(lib, "contested", {}).get(question)
            asked = f"{contested.en} ({question})" if contested is not None else question
            out.append(f"contradiction: {kept} ({origins.get(kept, '?')}) and {dropped} ({origins.get(dropped, '?')}) "
                       f"take opposite sides on {asked}")
            out.append(f"    kept {kept} and left out {dropped}; the blocs must choose (replace one id with the "
                       f"other in the merged file to take the other side)")
        for entry, origin, text in self.figures:
            out.append(f"figures differ: {entry.origins[0]} says {_excerpt(entry.text)!r}, {origin} says "
                       f"{_excerpt(text)!r}; the first was kept, the blocs must choose")
        return out


def _excerpt(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _describe(choice: ClauseChoice) -> str:
    parts = []
    if choice.phrase:
        parts.append(f"phrase {choice.phrase}")
    if choice.values:
        parts.append("values " + ", ".join(f"{k}={v}" for k, v in choice.values.items()))
    if choice.text:
        parts.append(f"text {_excerpt(choice.text, 50)!r}")
    return "(" + "; ".join(parts) + ")" if parts else "(as in the library)"


def clause_text(choice: ClauseChoice, kind: str, lib: Library, language: str, base: Answers) -> str:
    """Lead and body of a clause as the document would show them (for matching)."""
    alone = Answers(kind="resolution", language=language, profile=base.profile, committee=base.committee,
                    agenda=base.agenda, country=base.country, date=base.date or "2000-01-01")
    setattr(alone, kind, [choice])
    paragraph = getattr(assemble(alone, lib), kind)[0]
    return f"{paragraph.lead}{'' if language == 'zh' else ' '}{paragraph.body}"


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _preference(choice: ClauseChoice) -> tuple[int, int, str]:
    """Which of two versions of one clause is kept: the library's own first, then the plainest."""
    overrides = sum(1 for v in (choice.phrase, choice.values, choice.text, choice.subparagraphs) if v)
    return (0 if choice.id else 1, overrides, yamlio.dump(choice.to_data()))


def merge(drafts: list[Answers], lib: Library) -> tuple[Answers, Report]:
    """Merge answers files (the first one gives the heading fields: country, profile, number, date, title)."""
    if len(drafts) < 2:
        raise DrafterError("merge needs at least two answers files")
    names = [str(d.source.name if d.source else f"draft {i + 1}") for i, d in enumerate(drafts)]
    first = drafts[0]
    for name, draft in zip(names, drafts):
        if draft.kind != "resolution":
            raise DrafterError(f"{name}: a {draft.kind}; only draft resolutions can be merged")
        for key in ("language", "agenda"):
            if getattr(draft, key) != getattr(first, key):
                raise DrafterError(f"{name} has {key} {getattr(draft, key)!r} but {names[0]} has "
                                   f"{getattr(first, key)!r}: merge drafts on one agenda in one language")
    report = Report(files=names)
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
        entries = _merge_clauses(kind, names, drafts, lib, first, report.figures)
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
        ids = [c.id for kind in KINDS for c in getattr(merged, kind) if c.id]
        found = contradictions(ids)
        if not found:
            return
        first, second, question = found[0]
        kept, dropped = sorted((first, second))
        report.contradictions.append((kept, dropped, question))
        for kind in KINDS:
            entries = report.entries.get(kind, [])
            for entry in [e for e in entries if e.choice.id == dropped]:
                entries.remove(entry)
                report.dropped.append(entry)
            setattr(merged, kind, [e.choice for e in entries])


def numbers(text: str) -> list[str]:
    """The figures a clause states ("5 million in 2028" -> ["5", "2028"]): when two versions differ in them, the
    blocs choose."""
    return NUMBER.findall(text)


def _near_identical(a: str, b: str) -> bool:
    """difflib's ratio >= NEAR_IDENTICAL, with its cheap upper bounds tried first (merging stays fast)."""
    if 2 * min(len(a), len(b)) < NEAR_IDENTICAL * (len(a) + len(b)):
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= NEAR_IDENTICAL and matcher.ratio() >= NEAR_IDENTICAL


def _merge_clauses(kind: str, names: list[str], drafts: list[Answers], lib: Library, base: Answers,
                   choices_left: list[tuple[Entry, str, str]]) -> list[Entry]:
    """One kind of clause of every draft, merged; versions that differ in their figures go to ``choices_left``."""
    language = base.language
    body: list[Entry] = []
    tail: list[Entry] = []  # each draft's final operative clause: follow-up requests come last

    normal: dict[int, str] = {}
    drafts_of: dict[int, set[int]] = {}  # id(entry) -> the drafts (by position) that carry it

    def find(choice: ClauseChoice, text: str, draft_index: int) -> Entry | None:
        """The clause of ANOTHER draft that this one repeats: the same library clause or near-identical text."""
        wanted = _normal(text)
        for entry in body + tail:
            if draft_index in drafts_of[id(entry)]:  # a draft's own clauses are never versions of each other
                continue
            if choice.id and entry.choice.id == choice.id:
                return entry
            if _near_identical(normal.setdefault(id(entry), _normal(entry.text)), wanted):
                return entry
        return None

    for draft_index, (name, draft) in enumerate(zip(names, drafts)):
        choices: list[ClauseChoice] = getattr(draft, kind)
        texts = [clause_text(choice, kind, lib, language, base) for choice in choices]
        anchor: Entry | None = None
        for index, (choice, text) in enumerate(zip(choices, texts)):
            found = find(choice, text, draft_index)
            if found is not None:
                drafts_of[id(found)].add(draft_index)
                if name not in found.origins:
                    found.origins.append(name)
                if choice.to_data() != found.choice.to_data():
                    _add_variant(found, name, choice, lib, kind, base)
                    if numbers(text) != numbers(found.text):
                        choices_left.append((found, name, text))
                if found in body:
                    anchor = found
                continue
            entry = Entry(choice, kind, [name], text)
            drafts_of[id(entry)] = {draft_index}
            if kind == "operative" and index == len(choices) - 1 and len(choices) > 1:
                tail.append(entry)
            else:
                if anchor is not None:
                    position = body.index(anchor) + 1
                else:  # no earlier neighbour: just before the next clause this draft shares with the others
                    later = (find(c, t, draft_index) for c, t in zip(choices[index + 1:], texts[index + 1:]))
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


def _word_document(path: Path) -> bool:
    """Whether ``path`` is a Word document (by its name, or a zip package's first bytes) rather than YAML."""
    if path.suffix.lower() in (".docx", ".doc", ".docm", ".dotx", ".odt", ".rtf"):
        return True
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError:
        return False  # the answers reader says what is wrong with it
    return start.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"{\\rtf"))


def run(paths: list[Path], lib: Library, out: Path, force: bool) -> tuple[Answers, Report]:
    """Read every answers file (all problems at once), merge them and write the merged file."""
    check_writable(out, force)
    problems = []
    drafts = []
    for path in paths:
        if _word_document(path):
            problems.append(Problem(Location(path, 1, 1), "a Word document: merge takes the blocs' answers files (.yaml)",
                                    "merge the answers files the working papers were built from; to compare two "
                                    "versions of one Word draft use drafter diff"))
            continue
        try:
            drafts.append(answers_file.read(path, lib))
        except answers_file.AnswersError as exc:
            problems.extend(exc.problems)
    if problems:
        raise answers_file.AnswersError(problems)
    merged, report = merge(drafts, lib)
    merged.output = out.with_suffix(".docx").name
    answers_file.write(merged, out, force=force)
    return merged, report
