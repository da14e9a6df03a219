"""Load clause libraries (folders of YAML files), validate them, and query them.

Loading reads every ``*.yaml`` file of every library folder, checks everything once
and reports all problems together, each with file:line:column and a hint.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter import yamlio
from drafter.library.model import (
    KINDS,
    LANGS,
    STANCES,
    Agenda,
    Bloc,
    Clause,
    Committee,
    Contested,
    Country,
    Phrase,
    Placeholder,
    Seed,
    Side,
    Source,
    SubParagraph,
    Text,
    Topic,
)
from drafter.problems import Location, Problem, did_you_mean
from drafter.status import DrafterError, ExitStatus

SECTIONS = ("committees", "agendas", "topics", "blocs", "phrases", "countries", "clauses", "seeds", "contested")
EXTENDS = re.compile(r"^extends:\s*(?:\[\s*|-\s+)?builtin\b", re.M)
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
JINJA_MARKUP = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
TERMINAL = (",", ";", ".", ":", "，", "；", "。", "：")
HALF_WIDTH_IN_ZH = re.compile(r"[,;]|:(?![/\d])|(?<=[\u4e00-\u9fff])[.?!]|[.?!](?=[\u4e00-\u9fff])")
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
MAX_DEPTH = 3
TOPIC_AGENDAS = ("any", "security-council")  # a topic offered for every agenda (of every SC committee)
SOURCE_KEYS = ("seed", "ref", "excerpt", "adapted", "symbol", "note")


def builtin_library() -> Path:
    """The folder of the library shipped with drafter (installed or in a source checkout)."""
    here = Path(__file__).resolve().parents[1]  # the drafter package
    installed = here / "data" / "clauses"
    return installed if installed.is_dir() else here.parent / "clauses"


def builtin_templates() -> Path:
    """The folder of the reference documents and text templates shipped with drafter."""
    here = Path(__file__).resolve().parents[1]  # the drafter package
    installed = here / "data" / "templates"
    return installed if installed.is_dir() else here.parent / "templates"


def library_dirs(extra: Iterable[str | Path] = (), variables: dict[str, str] | None = None,
                 include_builtin: bool = True) -> list[Path]:
    """Library folders in load order: built-in (unless DRAFTER_NO_BUILTIN is set), DRAFTER_LIBRARY, ``--library``."""
    env = os.environ if variables is None else variables
    if env.get("DRAFTER_NO_BUILTIN"):
        include_builtin = False
    dirs = [builtin_library()] if include_builtin else []
    dirs += [Path(p) for p in env.get("DRAFTER_LIBRARY", "").split(os.pathsep) if p.strip()]
    dirs += [Path(p) for p in extra]
    unique: list[Path] = []
    for d in dirs:
        if d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


class LibraryError(DrafterError):
    """A library that cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"the clause library has {len(problems)} problem(s):\n{lines}", ExitStatus.BAD_INPUT)


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
    folders: tuple[Path, ...] = ()

    # -- queries ---------------------------------------------------------
    def clause(self, clause_id: str) -> Clause:
        try:
            return self.clauses[clause_id]
        except KeyError:
            raise DrafterError(f"unknown clause id {clause_id!r}{did_you_mean(clause_id, self.clauses)}") from None

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
        """Find a country by ISO3 code or by its English or Chinese name (short or formal)."""
        found = self.find_country(code_or_name)
        if found is None:
            raise DrafterError(f"unknown country {code_or_name!r}{self.suggest_country(code_or_name)}")
        return found

    def suggest_country(self, typed: str) -> str:
        """"; did you mean 'Germany' (DEU)?" for a misspelt code or name (en, zh, formal, common), else ""."""
        spellings: dict[str, Country] = {}
        for country in self.countries.values():
            for name in (country.iso3, country.name.en, country.name.zh, country.formal.en, country.formal.zh,
                         *country.aliases_en, *country.aliases_zh):
                if name:
                    spellings.setdefault(name.casefold().removeprefix("the "), country)
        key = typed.strip().casefold().removeprefix("the ")
        if not key:
            return ""
        partial = {c.iso3: c for n, c in spellings.items() if len(key) >= 2 and (key in n or n in key and len(n) > 3)}
        if len(partial) == 1:
            found = next(iter(partial.values()))
        else:
            import difflib

            close = difflib.get_close_matches(key, list(spellings), n=1, cutoff=0.7)
            if not close:
                return ""
            found = spellings[close[0]]
        name = found.name.zh if CJK.search(typed) else found.name.en
        return f"; did you mean {name!r} ({found.iso3})?"

    def find_country(self, code_or_name: str) -> Country | None:
        key = code_or_name.strip()
        if key.upper() in self.countries:
            return self.countries[key.upper()]
        folded = key.casefold().removeprefix("the ")
        for country in self.countries.values():
            names = (country.name.en, country.name.zh, country.formal.en, country.formal.zh)
            if folded in (n.casefold().removeprefix("the ") for n in names if n):
                return country
        return None

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
        raise DrafterError(f"{what} {text!r} is ambiguous: {', '.join(partial)}")
    spellings = {_fold(n): i for i, aliases in names.items() for n in (i, *aliases) if n}
    import difflib

    close = difflib.get_close_matches(key, list(spellings), n=1, cutoff=0.6)
    hint = f"; did you mean {spellings[close[0]]!r}?" if close else ""
    raise DrafterError(f"unknown {what} {text!r}{hint} (known: {', '.join(names)})")




# ----------------------------------------------------------------------------------------
# loading


def load(dirs: Iterable[Path] | None = None, cache: bool | None = None) -> Library:
    """Load and validate library folders; raise :class:`LibraryError` listing every problem.

    There is no cache on disk: loading from the files is fast enough (bench/bench_startup.py), and a
    cache in the user's folders would be one more file that could be edited or replaced. ``cache`` is
    ignored; it stays so that callers written when there was a cache keep working.
    """
    folders = with_extended(list(dirs) if dirs is not None else library_dirs())
    library, problems = load_with_problems(folders)
    if problems:
        raise LibraryError(problems)
    return library


def extends_builtin(folder: Path) -> bool:
    """Whether a library folder says ``extends: [builtin]``: it is written on top of the built-in library."""
    try:
        return any(EXTENDS.search(p.read_text(encoding="utf-8", errors="replace"))
                   for p in sorted(folder.rglob("*.y*ml")) if p.is_file())
    except OSError:
        return False


def with_extended(dirs: list[Path]) -> list[Path]:
    """The folders with the built-in library first when one of them extends it and it is not already there
    (unless DRAFTER_NO_BUILTIN is set: then the loader reports the missing base)."""
    builtin = builtin_library().resolve()
    if os.environ.get("DRAFTER_NO_BUILTIN") or any(d.resolve() == builtin for d in dirs):
        return dirs
    if any(extends_builtin(d) for d in dirs if d.is_dir()):
        return [builtin_library(), *dirs]
    return dirs


def load_with_problems(dirs: list[Path]) -> tuple[Library, list[Problem]]:
    """Load library folders; return the library and every problem found (possibly none).

    A folder that says ``extends: [builtin]`` (what ``drafter library import`` writes) is loaded on top of the
    built-in library, so ``drafter library lint DIR`` checks it as it will be used.
    """
    dirs = with_extended(list(dirs))
    loader = _Loader()
    loader.folders = [d.resolve() for d in dirs]
    for folder in dirs:
        loader.read_folder(folder)
    loader.cross_check()
    loader.library.folders = tuple(dirs)
    return loader.library, loader.problems


def _not_a_file(path: Path) -> str:
    """What ``path`` is when it is not a regular file (reading a FIFO would wait for ever); "" for a file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a dangling symbolic link" if path.is_symlink() else "a vanished file"
    except OSError as exc:
        return f"an unreadable entry ({exc.strerror})"
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    return "a special file"


class _Loader:
    def __init__(self) -> None:
        self.library = Library()
        self.problems: list[Problem] = []
        self.seen: dict[tuple[str, str], Location] = {}
        self.clause_marks: dict[str, tuple[Path, yamlio.YMap]] = {}
        self.bloc_marks: dict[str, tuple[Path, yamlio.YMap]] = {}
        self.country_rules: list[tuple[Country, yamlio.YMap, Path]] = []
        self.pending_refs: list[tuple[Path, tuple[int, int], str, str, str]] = []
        self.folders: list[Path] = []

    # -- reporting -----------------------------------------------------
    def problem(self, path: Path, mark: tuple[int, int], message: str, hint: str = "") -> None:
        self.problems.append(Problem(Location(path, mark[0], mark[1]), message, hint))

    # -- files ---------------------------------------------------------
    def read_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            self.problem(folder, (0, 0), "library folder not found", "give a folder that holds .yaml files")
            return
        files = []
        for path in sorted(folder.rglob("*.yaml")) + sorted(folder.rglob("*.yml")):
            what = _not_a_file(path)
            if what:
                self.problem(path, (0, 0), f"{what} named like a library file; not read",
                             "remove or rename it, or put the YAML file it should be in its place")
            else:
                files.append(path)
        if not files:
            self.problem(folder, (0, 0), "no .yaml files in the library folder")
        for path in files:
            self.read_file(path)

    def read_file(self, path: Path) -> None:
        try:
            data = yamlio.read(path)
        except yamlio.YamlProblem as exc:
            hint = "save the file as UTF-8 text" if exc.message.startswith("not UTF-8") else "fix the YAML syntax at that position"
            self.problem(path, (exc.line, exc.column), exc.message, hint)
            return
        except OSError as exc:
            self.problem(path, (0, 0), f"cannot read the file: {exc.strerror}")
            return
        if data is None:
            return
        if not isinstance(data, yamlio.YMap):
            self.problem(path, (1, 1), "a library file must be a mapping of sections",
                         f"start with one of: {', '.join(SECTIONS)}")
            return
        for key in data:
            if key == "extends":
                self.read_extends(path, data)
                continue
            if key not in SECTIONS:
                self.problem(path, data.key_marks[key], f"unknown section {key!r}",
                             f"sections are: {', '.join(SECTIONS)}")
                continue
            entries = data[key]
            if entries is None:
                continue
            if not isinstance(entries, yamlio.YList):
                self.problem(path, data.where(key), f"section {key!r} must be a list of entries",
                             "put '- ' before each entry")
                continue
            for index, entry in enumerate(entries):
                mark = entries.where(index)
                if not isinstance(entry, yamlio.YMap):
                    self.problem(path, mark, f"each entry of {key!r} must be a mapping", "write 'key: value' pairs")
                    continue
                getattr(self, f"read_{key}")(path, entry)

    def read_extends(self, path: Path, data: yamlio.YMap) -> None:
        value = data["extends"]
        if not isinstance(value, yamlio.YList) or [str(v) for v in value] != ["builtin"]:
            self.problem(path, data.where("extends"), "extends must be [builtin]",
                         "the only library a folder can be written on top of is the built-in one")
        elif builtin_library().resolve() not in self.folders:
            self.problem(path, data.where("extends"), "this folder extends the built-in library, which is not loaded",
                         "unset DRAFTER_NO_BUILTIN")

    def languages(self, path: Path, entry: yamlio.YMap, what: str) -> tuple[str, ...]:
        """The entry's ``languages:`` (default both): an imported clause or phrase may be known in one only."""
        raw = entry.get("languages")
        if raw is None:
            return LANGS
        if not isinstance(raw, yamlio.YList) or not raw or any(str(v) not in LANGS for v in raw) \
                or len(set(map(str, raw))) != len(raw):
            self.problem(path, entry.where("languages"), f"languages of {what} must be a list of en and/or zh",
                         "e.g. languages: [en] for a clause imported from the English version only")
            return LANGS
        return tuple(lang for lang in LANGS if lang in [str(v) for v in raw])

    # -- field helpers -------------------------------------------------
    def field(self, path: Path, entry: yamlio.YMap, key: str, kind: type | tuple[type, ...] = str,
              required: bool = True, default: Any = None) -> Any:
        if key not in entry or entry[key] is None:
            if required:
                self.problem(path, entry.mark, f"missing field {key!r}", f"add '{key}:' to this entry")
            return default
        value = entry[key]
        if kind is str and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            readable = {"str": "text", "YMap": "mapping", "YList": "list", "int": "whole number", "bool": "true/false"}
            for raw, nice in readable.items():
                names = names.replace(raw, nice)
            self.problem(path, entry.where(key), f"field {key!r} must be {names}")
            return default
        if isinstance(value, str):
            value = value.strip()
            if required and not value:
                self.problem(path, entry.where(key), f"field {key!r} is empty", "write the text")
                return default
        return value

    def text(self, path: Path, entry: yamlio.YMap, key: str | None = None, required: bool = True,
             context: str = "", langs: tuple[str, ...] = LANGS, may_be_empty: bool = False) -> Text | None:
        """A bilingual text: ``entry[key]`` is {en, zh}; with key None, entry itself holds en and zh.

        A language outside ``langs`` (an entry that says ``languages: [en]``) must be absent and reads as "".
        With ``may_be_empty``, an explicit ``""`` is accepted (a chapeau that is only its lead phrase).
        """
        holder = entry
        if key is not None:
            if key not in entry or entry[key] is None:
                if required:
                    self.problem(path, entry.mark, f"missing field {key!r}", f"add '{key}: {{en: ..., zh: ...}}'")
                return None
            holder = entry[key]
            if isinstance(holder, str) and not required:
                return Text(holder.strip(), holder.strip())
            if not isinstance(holder, yamlio.YMap):
                self.problem(path, entry.where(key), f"field {key!r} must have 'en' and 'zh'",
                             "write it as {en: ..., zh: ...}")
                return None
        values = {}
        for lang in LANGS:
            value = holder.get(lang)
            if lang not in langs:
                if value is not None:
                    self.problem(path, holder.where(lang), f"'{lang}' text{context}, but its languages are "
                                 f"{', '.join(langs)}", f"add {lang} to 'languages:' or remove the text")
                values[lang] = ""
                continue
            if may_be_empty and value == "":
                values[lang] = ""
                continue
            if value is None or (isinstance(value, str) and not value.strip()):
                what = f"{key}." if key else ""
                self.problem(path, holder.mark, f"missing {'English' if lang == 'en' else 'Chinese'} text "
                             f"'{what}{lang}'{context}", f"add '{lang}:' with the {'English' if lang == 'en' else 'Chinese'} text")
                values[lang] = ""
                continue
            if not isinstance(value, str):
                value = str(value)
            values[lang] = value.strip()
        return Text(values["en"], values["zh"])

    def register(self, path: Path, entry: yamlio.YMap, section: str, ident: str) -> bool:
        namespace = "clauses" if section in ("clauses", "phrases") else section
        key = (namespace, ident)
        here = Location(path, *entry.where("iso3" if section == "countries" else "id"))
        if key in self.seen:
            first = self.seen[key]
            self.problems.append(Problem(here, f"duplicate id {ident!r}; first defined at {first}",
                                         "ids must be unique across all loaded libraries: rename one"))
            return False
        self.seen[key] = here
        return True

    def ident(self, path: Path, entry: yamlio.YMap) -> str | None:
        """The entry's id when present and well formed."""
        ident = self.field(path, entry, "id")
        return ident if ident and self.check_id(path, entry, ident) else None

    def kind(self, path: Path, entry: yamlio.YMap) -> str | None:
        """The entry's kind (preambular / operative) when present and known."""
        kind = self.field(path, entry, "kind")
        if kind and kind not in KINDS:
            self.problem(path, entry.where("kind"), f"unknown kind {kind!r}", "use preambular or operative")
            return None
        return kind

    def check_id(self, path: Path, entry: yamlio.YMap, ident: Any) -> bool:
        if not isinstance(ident, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", ident):
            self.problem(path, entry.where("id"), f"invalid id {ident!r}",
                         "use letters, digits, '-', '_' or '.', starting with a letter or digit")
            return False
        return True

    # -- sections ------------------------------------------------------
    def read_committees(self, path: Path, entry: yamlio.YMap) -> None:
        ident = self.ident(path, entry)
        if not ident:
            return
        name = self.text(path, entry)
        organ = self.text(path, entry, "organ")
        short = self.text(path, entry, "short", required=False) or name or Text("", "")
        parent = self.text(path, entry, "parent", required=False)
        session = self.text(path, entry, "session", required=False) or Text("", "")
        symbol = self.field(path, entry, "symbol", required=False, default="")
        members = self.field(path, entry, "members", int, required=False, default=0)
        sc = self.field(path, entry, "security_council", bool, required=False, default=False)
        item = entry.get("agenda_item") or {}
        agenda_item = {k: str(v) for k, v in item.items()} if isinstance(item, dict) else {}
        if name and organ and self.register(path, entry, "committees", ident):
            self.library.committees[ident] = Committee(ident, name, short, organ, parent, symbol, session,
                                                       agenda_item, members, sc)

    def read_agendas(self, path: Path, entry: yamlio.YMap) -> None:
        ident = self.ident(path, entry)
        if not ident:
            return
        committee = self.field(path, entry, "committee")
        name = self.text(path, entry, langs=self.languages(path, entry, f"agenda {ident!r}"))
        topics = self.field(path, entry, "topics", yamlio.YList, required=False, default=yamlio.YList())
        if name and committee and self.register(path, entry, "agendas", ident):
            self.library.agendas[ident] = Agenda(ident, committee, name, tuple(str(t) for t in topics))
            self.pending_refs.append((path, entry.where("committee"), "committees", committee, f"agenda {ident!r}"))
            for i, topic in enumerate(topics):
                self.pending_refs.append((path, topics.where(i), "topics", str(topic), f"agenda {ident!r}"))

    def read_topics(self, path: Path, entry: yamlio.YMap) -> None:
        ident = self.ident(path, entry)
        if not ident:
            return
        name = self.text(path, entry, langs=self.languages(path, entry, f"topic {ident!r}"))
        agendas = self.field(path, entry, "agendas", required=False, default="")
        if agendas and agendas not in TOPIC_AGENDAS:
            self.problem(path, entry.where("agendas"), f"unknown value {agendas!r} for 'agendas' of topic {ident!r}",
                         f"use {' or '.join(TOPIC_AGENDAS)}, or leave it out and list the topic in an agenda")
            agendas = ""
        if name and self.register(path, entry, "topics", ident):
            self.library.topics[ident] = Topic(ident, name, agendas)

    def read_seeds(self, path: Path, entry: yamlio.YMap) -> None:
        file = self.field(path, entry, "file")
        title = self.text(path, entry, context=f" of seed {file!r}")
        symbol = self.field(path, entry, "symbol", required=False, default="")
        if file and title and self.register(path, entry, "seeds", file):
            self.library.seeds[file] = Seed(file, title, symbol)

    def read_blocs(self, path: Path, entry: yamlio.YMap) -> None:
        ident = self.ident(path, entry)
        if not ident:
            return
        name = self.text(path, entry)
        description = self.text(path, entry, "description", required=False) or Text("", "")
        rule = entry.get("rule")
        if rule is None:
            self.problem(path, entry.mark, "missing field 'rule'", "say which facts place a country in the bloc")
            return
        if not self.check_rule(path, rule, entry.where("rule")):
            return
        for text in (name, description):
            if text and text.zh:
                self.check_zh(path, entry.mark, text.zh, f"bloc {ident!r}")
        raw_takes = self.field(path, entry, "takes", yamlio.YMap, required=False, default=yamlio.YMap())
        takes = {str(q): str(side) for q, side in raw_takes.items()}
        if name and self.register(path, entry, "blocs", ident):
            self.library.blocs[ident] = Bloc(ident, name, description, rule, takes)
            self.bloc_marks[ident] = (path, entry)

    def check_rule(self, path: Path, rule: Any, mark: tuple[int, int]) -> bool:
        if not isinstance(rule, yamlio.YMap) or (len(rule) != 1 and "fact" not in rule):
            self.problem(path, getattr(rule, "mark", mark), "a bloc rule must be one of any / all / not / fact / group / country",
                         "e.g. {any: [{fact: res_74_247, in: [Y]}, {group: SCO}]}")
            return False
        if "any" in rule or "all" in rule:
            items = rule.get("any", rule.get("all"))
            if not isinstance(items, yamlio.YList) or not items:
                self.problem(path, rule.mark, "'any' / 'all' need a non-empty list of conditions")
                return False
            return all(self.check_rule(path, item, items.where(i)) for i, item in enumerate(items))
        if "not" in rule:
            return self.check_rule(path, rule["not"], rule.where("not"))
        if "group" in rule:
            return True
        if "country" in rule:
            codes = rule["country"]
            if not isinstance(codes, yamlio.YList):
                self.problem(path, rule.mark, "a country condition needs a list of ISO3 codes", "e.g. {country: [CHN, RUS]}")
                return False
            for i, code in enumerate(codes):
                self.pending_refs.append((path, codes.where(i), "countries", str(code), "a bloc rule"))
            return True
        if "fact" in rule:
            if not isinstance(rule.get("in"), list):
                self.problem(path, rule.mark, "a fact condition needs 'in: [values]'")
                return False
            return True
        self.problem(path, rule.mark, f"unknown rule key {next(iter(rule))!r}", "use any, all, not, fact, group or country")
        return False

    def read_phrases(self, path: Path, entry: yamlio.YMap) -> None:
        ident = self.ident(path, entry)
        if not ident:
            return
        kind = self.kind(path, entry)
        langs = self.languages(path, entry, f"phrase {ident!r}")
        text = self.text(path, entry, context=f" of phrase {ident!r}", langs=langs)
        review = self.field(path, entry, "review", bool, required=False, default=False)
        alternatives = entry.get("alternatives") or {}
        alt_en = tuple(str(a) for a in (alternatives.get("en") or ())) if isinstance(alternatives, dict) else ()
        alt_zh = tuple(str(a) for a in (alternatives.get("zh") or ())) if isinstance(alternatives, dict) else ()
        strength = self.field(path, entry, "strength", int, required=False)
        if strength is not None and not 1 <= strength <= 5:
            self.problem(path, entry.where("strength"), f"strength {strength} is out of range", "use 1 (weakest) to 5")
        scale = self.field(path, entry, "scale", required=False, default="")
        also = self.text(path, entry, "also", required=False, langs=langs) if "also" in entry else None
        further = self.text(path, entry, "further", required=False, langs=langs) if "further" in entry else None
        sc_only = self.field(path, entry, "security_council_only", bool, required=False, default=False)
        source = self.field(path, entry, "source", required=False, default="")
        if text and text.zh:
            self.check_zh(path, entry.where("zh"), text.zh, f"phrase {ident!r}")
        if kind and text and self.register(path, entry, "phrases", ident):
            self.library.phrases[ident] = Phrase(ident, kind, text, alt_en, alt_zh, strength, scale, also, further,
                                                 bool(sc_only), source, Location(path, *entry.mark), langs, bool(review))

    def read_countries(self, path: Path, entry: yamlio.YMap) -> None:
        iso3 = self.field(path, entry, "iso3")
        if not iso3:
            return
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            self.problem(path, entry.where("iso3"), f"invalid ISO3 code {iso3!r}", "use three capital letters, e.g. CHN")
            return
        name = self.text(path, entry, "name", context=f" of country {iso3}")
        formal = self.text(path, entry, "formal", required=False) or name
        groups = self.field(path, entry, "groups", yamlio.YList, required=False, default=yamlio.YList())
        facts = self.field(path, entry, "facts", yamlio.YMap, required=False, default=yamlio.YMap())
        overrides = self.field(path, entry, "bloc_overrides", yamlio.YMap, required=False, default=None)
        reason = ""
        if overrides is not None:
            reason = str(overrides.get("reason") or "").strip()
            if not reason:
                self.problem(path, overrides.mark, f"bloc override of {iso3} gives no reason",
                             "add 'reason:' saying why the facts mislead")
        sources = self.field(path, entry, "sources", yamlio.YList, required=False, default=yamlio.YList())
        aliases = self.field(path, entry, "aliases", yamlio.YMap, required=False, default=yamlio.YMap())
        if name and self.register(path, entry, "countries", iso3):
            country = Country(
                iso3=iso3, name=name, formal=formal or name,
                sort_zh=str(entry.get("sort_zh") or name.zh), regional_group=str(entry.get("regional_group") or ""),
                observer=bool(entry.get("observer", False)), groups=tuple(str(g) for g in groups),
                facts=dict(facts), override_reason=reason, sources=tuple(str(s) for s in sources),
                aliases_en=tuple(str(a) for a in aliases.get("en") or ()),
                aliases_zh=tuple(str(a) for a in aliases.get("zh") or ()),
            )
            self.library.countries[iso3] = country
            self.country_rules.append((country, overrides, path) if overrides is not None else (country, yamlio.YMap(), path))

    def read_clauses(self, path: Path, entry: yamlio.YMap) -> None:
        ident = self.ident(path, entry)
        if not ident:
            return
        kind = self.kind(path, entry)
        phrase = self.field(path, entry, "phrase")
        langs = self.languages(path, entry, f"clause {ident!r}")
        # "Decides:" followed by sub-paragraphs: the body may be "" when there are sub-paragraphs
        text = self.text(path, entry, context=f" of clause {ident!r}", langs=langs,
                         may_be_empty=kind == "operative" and bool(entry.get("subparagraphs")))
        topics = self.field(path, entry, "topics", yamlio.YList, default=yamlio.YList())
        if "topics" in entry and not topics:
            self.problem(path, entry.where("topics"), f"clause {ident!r} has no topic", "list at least one topic id")
        stances_raw = self.field(path, entry, "stances", yamlio.YMap, required=False, default=yamlio.YMap())
        stances: dict[str, str] = {}
        for bloc, stance in stances_raw.items():
            if stance not in STANCES:
                self.problem(path, stances_raw.where(bloc), f"unknown stance {stance!r} for bloc {bloc!r}",
                             "use supports, neutral or opposes")
                continue
            stances[str(bloc)] = stance
        subs = self.subparagraphs(path, entry, ident, 1, langs)
        placeholders = self.placeholders(path, entry, ident)
        sources = self.sources(path, entry, ident)
        if not (ident and kind and phrase and text and self.register(path, entry, "clauses", ident)):
            return
        clause = Clause(ident, kind, phrase, text, tuple(str(t) for t in topics), stances, subs, placeholders,
                        sources[0], Location(path, *entry.mark), langs, sources)
        self.library.clauses[ident] = clause
        self.clause_marks[ident] = (path, entry)

    def read_contested(self, path: Path, entry: yamlio.YMap) -> None:
        ident = self.ident(path, entry)
        if not ident:
            return
        text = self.text(path, entry, context=f" of contested question {ident!r}")
        raw_sides = self.field(path, entry, "sides", yamlio.YList, default=yamlio.YList())
        sides: dict[str, Side] = {}
        placed: dict[str, str] = {}  # clause id -> side id, within this question
        for index, raw in enumerate(raw_sides):
            mark = raw_sides.where(index)
            if not isinstance(raw, yamlio.YMap):
                self.problem(path, mark, f"each side of contested question {ident!r} must be a mapping",
                             "write {id: ..., en: ..., zh: ..., clauses: [...]}")
                continue
            side_id = self.ident(path, raw)
            side_text = self.text(path, raw, context=f" of a side of contested question {ident!r}")
            clauses = self.field(path, raw, "clauses", yamlio.YList, default=yamlio.YList())
            if side_text and side_text.zh:
                self.check_zh(path, raw.where("zh"), side_text.zh, f"side {side_id!r} of contested question {ident!r}")
            if not side_id:
                continue
            if side_id in sides:
                self.problem(path, raw.where("id"), f"side {side_id!r} appears twice in contested question {ident!r}",
                             "give each side its own id")
                continue
            if "clauses" in raw and not clauses:
                self.problem(path, raw.where("clauses"), f"side {side_id!r} of contested question {ident!r} lists "
                             "no clause", "list the ids of the clauses that take this side")
            ids: list[str] = []
            for i, clause_id in enumerate(clauses):
                clause_id = str(clause_id)
                where = clauses.where(i)
                if clause_id in placed:
                    other = placed[clause_id]
                    message = (f"clause {clause_id!r} is listed twice on side {side_id!r}" if other == side_id else
                               f"clause {clause_id!r} is on two sides of contested question {ident!r} "
                               f"({other!r} and {side_id!r})")
                    self.problem(path, where, message, "a clause answers a question one way: keep it on one side")
                    continue
                placed[clause_id] = side_id
                ids.append(clause_id)
                self.pending_refs.append((path, where, "clauses", clause_id,
                                          f"side {side_id!r} of contested question {ident!r}"))
            sides[side_id] = Side(side_id, side_text.en if side_text else "", side_text.zh if side_text else "",
                                  tuple(ids))
        if "sides" in entry and len(sides) < 2:
            self.problem(path, entry.where("sides"), f"contested question {ident!r} has {len(sides)} side(s)",
                         "a contested question needs at least two sides")
        if text and text.zh:
            self.check_zh(path, entry.where("zh"), text.zh, f"contested question {ident!r}")
        if text and len(sides) >= 2 and self.register(path, entry, "contested", ident):
            self.library.contested[ident] = Contested(ident, text.en, text.zh, sides, Location(path, *entry.mark))

    def subparagraphs(self, path: Path, entry: yamlio.YMap, ident: str, depth: int,
                      langs: tuple[str, ...] = LANGS) -> tuple[SubParagraph, ...]:
        raw = entry.get("subparagraphs")
        if raw is None:
            return ()
        if not isinstance(raw, yamlio.YList):
            self.problem(path, entry.where("subparagraphs"), "subparagraphs must be a list")
            return ()
        if depth > MAX_DEPTH:
            self.problem(path, entry.where("subparagraphs"), f"sub-paragraphs nested deeper than {MAX_DEPTH} levels "
                         f"in clause {ident!r}", "move the innermost level up or split the clause")
            return ()
        result = []
        for i, item in enumerate(raw):
            if not isinstance(item, yamlio.YMap):
                self.problem(path, raw.where(i), "each sub-paragraph must have 'en' and 'zh'")
                continue
            text = self.text(path, item, context=f" in a sub-paragraph of clause {ident!r}", langs=langs)
            children = self.subparagraphs(path, item, ident, depth + 1, langs)
            if text:
                result.append(SubParagraph(text, children))
        return tuple(result)

    def placeholders(self, path: Path, entry: yamlio.YMap, ident: str) -> dict[str, Placeholder]:
        raw = entry.get("placeholders")
        if raw is None:
            return {}
        if not isinstance(raw, yamlio.YMap):
            self.problem(path, entry.where("placeholders"), "placeholders must be a mapping of name: {en, zh, default}")
            return {}
        result = {}
        for name, spec in raw.items():
            if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                self.problem(path, raw.key_marks[name], f"invalid placeholder name {name!r}",
                             "use letters, digits and '_', starting with a letter")
                continue
            if not isinstance(spec, yamlio.YMap):
                self.problem(path, raw.where(name), f"placeholder {name!r} needs en and zh questions")
                continue
            question = self.text(path, spec, context=f" of placeholder {name!r}")
            default = spec.get("default")
            default_zh = ""
            if isinstance(default, yamlio.YMap):  # a default in each language: {en: ..., zh: ...}
                both = self.text(path, spec, "default", context=f" of placeholder {name!r}")
                default, default_zh = (both.en, both.zh) if both else ("", "")
                if default_zh:
                    self.check_zh(path, spec.where("default"), default_zh, f"the default of placeholder {name!r}")
            if question:
                result[name] = Placeholder(name, question, "" if default is None else str(default), default_zh)
        return result

    def sources(self, path: Path, entry: yamlio.YMap, ident: str) -> tuple[Source, ...]:
        """``source:`` (one) or ``sources:`` (a list, for a clause several documents hold), never both."""
        if "sources" not in entry:
            return (self.source(path, entry, ident),)
        if "source" in entry:
            self.problem(path, entry.where("sources"), f"clause {ident!r} has both 'source' and 'sources'",
                         "keep one: 'sources:' lists every source, the first being the text's own")
        raw = entry["sources"]
        if not isinstance(raw, yamlio.YList) or not raw:
            self.problem(path, entry.where("sources"), f"sources of clause {ident!r} must be a non-empty list",
                         "list one mapping of seed/ref/excerpt or symbol/ref per source")
            return (Source(),)
        found = []
        for i, item in enumerate(raw):
            holder = yamlio.YMap({"source": item})
            holder.mark = raw.where(i)
            holder.value_marks["source"] = raw.where(i)
            found.append(self.source(path, holder, ident))
        return tuple(found)

    def source(self, path: Path, entry: yamlio.YMap, ident: str) -> Source:
        raw = entry.get("source")
        if raw is None:
            self.problem(path, entry.mark, f"clause {ident!r} names no source",
                         "add 'source:' with seed/ref/excerpt or symbol/ref so readers can check the text")
            return Source()
        if isinstance(raw, str):
            return Source(note=raw.strip())
        if not isinstance(raw, yamlio.YMap):
            self.problem(path, entry.where("source"), f"source must be a mapping of {', '.join(SOURCE_KEYS)}")
            return Source()
        for key in raw:
            if key not in SOURCE_KEYS:
                self.problem(path, raw.key_marks.get(key, raw.mark), f"unknown key {key!r} in the source of "
                             f"clause {ident!r}", f"use {', '.join(SOURCE_KEYS)}")
        values = {k: " ".join(str(raw.get(k) or "").split()) for k in SOURCE_KEYS}
        if not any(values.values()):
            self.problem(path, raw.mark, f"the source of clause {ident!r} is empty", "fill seed/ref/excerpt or symbol/ref")
        if values["seed"]:
            if not values["ref"]:
                self.problem(path, raw.where("seed"), f"clause {ident!r} names seed {values['seed']} but no passage",
                             "add 'ref:' with the section or recommendation number")
            if not values["excerpt"]:
                self.problem(path, raw.where("seed"), f"clause {ident!r} quotes no excerpt of seed {values['seed']}",
                             "add 'excerpt:' with a few words copied verbatim from the passage")
        elif values["excerpt"]:
            self.problem(path, raw.where("excerpt"), f"the excerpt of clause {ident!r} names no seed",
                         "add 'seed:' with the file the excerpt is copied from")
        return Source(**values)

    # -- text checks ----------------------------------------------------
    def check_zh(self, path: Path, mark: tuple[int, int], text: str, what: str) -> None:
        match = HALF_WIDTH_IN_ZH.search(text)
        if match:
            full = {",": "，", ";": "；", ":": "：", ".": "。", "?": "？", "!": "！"}[match.group()]
            self.problem(path, mark, f"half-width {match.group()!r} in the Chinese text of {what} "
                         f"(at character {match.start() + 1})", f"use the full-width {full}")

    def check_body(self, path: Path, entry: yamlio.YMap, clause: Clause, phrase: Phrase | None) -> None:
        bodies = [(clause.text, entry, f"clause {clause.id!r}")]
        stack = [(s, clause.id) for s in clause.subparagraphs]
        while stack:
            sub, _ = stack.pop()
            bodies.append((sub.text, entry, f"a sub-paragraph of clause {clause.id!r}"))
            stack.extend((c, clause.id) for c in sub.children)
        for text, holder, what in bodies:
            for lang in LANGS:
                body = text[lang]
                mark = holder.where(lang) if holder is entry else holder.mark
                if not body:
                    continue
                if body.endswith(TERMINAL):
                    self.problem(path, mark, f"the {lang} text of {what} ends with {body[-1]!r}",
                                 "remove it: the renderer adds the paragraph's punctuation")
                if lang == "zh":
                    self.check_zh(path, mark, body, what)
                elif CJK.search(body):
                    self.problem(path, mark, f"Chinese characters in the English text of {what}",
                                 "keep en English and zh Chinese")
                if JINJA_MARKUP.search(PLACEHOLDER.sub("", body)):
                    self.problem(path, mark, f"template markup in the {lang} text of {what}",
                                 "only {{ name }} placeholders are allowed in clause text")
        if phrase:
            for lang in LANGS:
                body = clause.text[lang].casefold()
                for form in phrase.forms(lang):
                    form_cf = form.casefold()
                    if body == form_cf or body.startswith(form_cf + (" " if lang == "en" else "")):
                        self.problem(path, entry.where(lang), f"the {lang} text of clause {clause.id!r} repeats "
                                     f"its lead phrase {form!r}", "start the body after the lead phrase")
                        break

    # -- cross references ----------------------------------------------
    def cross_check(self) -> None:
        lib = self.library
        for path, mark, section, ident, what in self.pending_refs:
            if ident not in getattr(lib, section):
                known = getattr(lib, section)
                close = did_you_mean(ident, known)
                self.problem(path, mark, f"unknown {section[:-1] if section != 'countries' else 'country'} "
                             f"{ident!r} in {what}", close.removeprefix("; ") if close else f"known: {_known(known)}")
        for ident, clause in lib.clauses.items():
            path, entry = self.clause_marks[ident]
            phrase = lib.phrases.get(clause.phrase)
            if phrase is None:
                self.problem(path, entry.where("phrase"), f"unknown phrase {clause.phrase!r} in clause {ident!r}",
                             f"use a phrase id from the phrase list{did_you_mean(clause.phrase, lib.phrases)}")
            elif phrase.kind != clause.kind:
                self.problem(path, entry.where("phrase"), f"phrase {clause.phrase!r} is {phrase.kind}, "
                             f"but clause {ident!r} is {clause.kind}", f"choose a {clause.kind} phrase")
            elif set(clause.languages) - set(phrase.languages):
                missing = ", ".join(sorted(set(clause.languages) - set(phrase.languages)))
                self.problem(path, entry.where("phrase"), f"clause {ident!r} has {missing} text but its phrase "
                             f"{clause.phrase!r} has none", f"give the phrase its {missing} form")
            topics = entry.get("topics") or yamlio.YList()
            for i, topic in enumerate(clause.topics):
                if topic not in lib.topics:
                    where = topics.where(i) if isinstance(topics, yamlio.YList) else entry.mark
                    self.problem(path, where, f"unknown topic {topic!r} in clause {ident!r}",
                                 f"known topics: {_known(lib.topics)}")
            stances = entry.get("stances") or yamlio.YMap()
            for bloc in clause.stances:
                if bloc not in lib.blocs:
                    self.problem(path, stances.key_marks.get(bloc, entry.mark), f"unknown bloc {bloc!r} in clause {ident!r}",
                                 f"known blocs: {_known(lib.blocs)}")
            self.check_body(path, entry, clause, phrase)
            self.check_placeholders(path, entry, clause)
        self.check_positions()
        for country, overrides, path in self.country_rules:
            blocs = [b.id for b in lib.blocs.values() if evaluate(b.rule, country)]
            for key, action in (("add", True), ("remove", False)):
                raw = overrides.get(key) or []
                for i, bloc in enumerate(raw):
                    if bloc not in lib.blocs:
                        self.problem(path, raw.where(i) if isinstance(raw, yamlio.YList) else overrides.mark,
                                     f"unknown bloc {bloc!r} in the overrides of {country.iso3}",
                                     f"known blocs: {_known(lib.blocs)}")
                    elif action and bloc not in blocs:
                        blocs.append(bloc)
                    elif not action and bloc in blocs:
                        blocs.remove(bloc)
            object.__setattr__(country, "blocs", tuple(blocs))

    def check_positions(self) -> None:
        """Blocs against contested questions: the side a bloc takes exists, its stances agree with that side,
        and no bloc supports two sides of one question (its suggested drafts would contradict themselves)."""
        lib = self.library
        for bloc in lib.blocs.values():
            path, entry = self.bloc_marks[bloc.id]
            takes = entry.get("takes") or yamlio.YMap()
            for question_id, side_id in bloc.takes.items():
                question = lib.contested.get(question_id)
                if question is None:
                    self.problem(path, takes.key_marks.get(question_id, entry.mark),
                                 f"bloc {bloc.id!r} takes a side on unknown contested question {question_id!r}",
                                 f"known questions: {_known(lib.contested)}")
                elif side_id not in question.sides:
                    self.problem(path, takes.where(question_id), f"contested question {question_id!r} has no side "
                                 f"{side_id!r} (bloc {bloc.id!r})", f"its sides: {', '.join(question.sides)}")
        for question in lib.contested.values():
            for bloc in lib.blocs.values():
                supported: dict[str, str] = {}
                for side in question.sides.values():
                    for clause_id in side.clauses:
                        clause = lib.clauses.get(clause_id)
                        if clause is None:
                            continue
                        stance = clause.stance(bloc.id)
                        own = bloc.takes.get(question.id)
                        why = ""
                        if own == side.id and stance == "opposes":
                            why = f"opposes a clause on side {side.id!r}, the side it takes"
                        elif own is not None and own != side.id and stance == "supports":
                            why = f"supports a clause on side {side.id!r}, but takes side {own!r}"
                        elif own is None and stance == "supports" and supported and side.id not in supported.values():
                            first = next(iter(supported))
                            why = f"supports clauses on two sides ({first!r} on side {supported[first]!r})"
                        if stance == "supports":
                            supported[clause_id] = side.id
                        if why:
                            path, entry = self.clause_marks[clause_id]
                            stances = entry.get("stances") or yamlio.YMap()
                            self.problem(path, stances.key_marks.get(bloc.id, entry.mark),
                                         f"bloc {bloc.id!r} {why} of contested question {question.id!r} "
                                         f"(clause {clause_id!r})",
                                         "change the stance, or the side the bloc takes in its 'takes:'")

    def check_placeholders(self, path: Path, entry: yamlio.YMap, clause: Clause) -> None:
        used: dict[str, set[str]] = {lang: set() for lang in LANGS}
        texts = [clause.text]
        stack = list(clause.subparagraphs)
        while stack:
            sub = stack.pop()
            texts.append(sub.text)
            stack.extend(sub.children)
        for text in texts:
            for lang in LANGS:
                used[lang].update(PLACEHOLDER.findall(text[lang]))
        declared = set(clause.placeholders)
        for lang in LANGS:
            for name in sorted(used[lang] - declared):
                self.problem(path, entry.where(lang), f"placeholder {{{{ {name} }}}} is used in the {lang} text of "
                             f"clause {clause.id!r} but not declared", f"declare it under 'placeholders: {name}:'")
        marks = entry.get("placeholders") or yamlio.YMap()
        for name in sorted(declared):
            for lang in LANGS:
                if name not in used[lang]:
                    self.problem(path, marks.key_marks.get(name, entry.mark) if isinstance(marks, yamlio.YMap) else entry.mark,
                                 f"placeholder {name!r} of clause {clause.id!r} is declared but not used in the "
                                 f"{lang} text", f"use {{{{ {name} }}}} in the {lang} text or remove the declaration")


def _known(mapping: dict[str, Any]) -> str:
    keys = list(mapping)
    return ", ".join(keys[:12]) + (" …" if len(keys) > 12 else "") if keys else "none defined"


def explain(rule: Any, country: Country) -> list[str] | None:
    """The conditions of a bloc rule that hold for a country, in words; None when the rule does not hold."""
    if "any" in rule:
        for sub in rule["any"]:
            because = explain(sub, country)
            if because is not None:
                return because
        return None
    if "all" in rule:
        parts = [explain(sub, country) for sub in rule["all"]]
        return None if any(p is None for p in parts) else [c for p in parts for c in p or []]
    if not evaluate(rule, country):
        return None
    return [_describe(rule, country)]


def _describe(rule: Any, country: Country) -> str:
    if "not" in rule:
        inner = rule["not"]
        if "fact" in inner:
            return f"{inner['fact']} is {country.facts.get(inner['fact'])}, not {' / '.join(map(str, inner['in']))}"
        if "group" in inner:
            return f"not a member of {inner['group']}"
        return "not: " + _describe_rule(inner)
    if "fact" in rule:
        return f"{rule['fact']} is {country.facts.get(rule['fact'])}"
    return _describe_rule(rule)


def _describe_rule(rule: Any) -> str:
    if "group" in rule:
        return f"member of {rule['group']}"
    if "country" in rule:
        return f"listed by name ({', '.join(map(str, rule['country']))})"
    if "fact" in rule:
        return f"{rule['fact']} in {' / '.join(map(str, rule['in']))}"
    key = next(iter(rule))
    inner = rule[key] if isinstance(rule[key], list) else [rule[key]]
    return f"{key} of ({'; '.join(_describe_rule(r) for r in inner)})"


def evaluate(rule: Any, country: Country) -> bool:
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
