"""What the section readers share: the state of one loading (:class:`Loading`) and the field checks of one
library file (:class:`FileReader`), built on the shared kit in :mod:`drafter.fields`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, overload

from drafter import fields
from drafter.bilingual import Text
from drafter.library.library import Library
from drafter.library.model import KINDS, LANGS, Clause, Country, Fact
from drafter.library.problems_zh import entry_zh
from drafter.library.typography import FULL_WIDTH, half_width_in_zh
from drafter.patterns import lazy
from drafter.problems import Location, Problem, joined_zh, q
from drafter.yamlio import Mark, YList, YMap

T = TypeVar("T")

ID = lazy(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


@dataclass(frozen=True)
class Reference:
    """An id one entry names from another section, checked once every file is read."""

    path: Path
    mark: Mark
    section: str  # the Library attribute that must hold it: "topics", "countries", …
    ident: str
    what: str  # the entry that names it, for the message: "agenda 'cyber'"


@dataclass(frozen=True)
class Placed:
    """An entry as read, and its file: the cross-check reports at the entry's own lines."""

    path: Path
    entry: YMap


@dataclass(frozen=True)
class Overrides:
    """A country's ``bloc_overrides`` (empty when it has none), applied once every bloc is known."""

    country: Country
    overrides: YMap
    path: Path


@dataclass
class Loading:
    """What reading the files gathers: the library so far, every problem, and what the cross-check needs."""

    folders: list[Path]  # resolved, in load order
    library: Library = field(default_factory=Library)
    problems: list[Problem] = field(default_factory=list)
    seen: dict[tuple[str, str], Location] = field(default_factory=dict)  # (namespace, id) -> first definition
    clauses: dict[str, Placed] = field(default_factory=dict)
    duplicates: list[tuple[Clause, Placed]] = field(default_factory=list)  # well-formed clauses of a taken id
    blocs: dict[str, Placed] = field(default_factory=dict)
    overrides: list[Overrides] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    facts: list[tuple[Fact, Path, YMap]] = field(default_factory=list)  # as read; attached to countries later

    def problem(self, path: Path, mark: Mark, message: str, hint: str = "", *, zh: str = "",
                zh_hint: str = "") -> None:
        """Record a problem at ``path``:line:column."""
        self.problems.append(Problem(Location(path, mark[0], mark[1]), message, hint, zh, zh_hint))


class FileReader:
    """The checks of one library file's entries; every problem is reported at this file's lines."""

    def __init__(self, loading: Loading, path: Path) -> None:
        self.loading = loading
        self.library = loading.library
        self.path = path

    def report(self, mark: Mark, message: str, hint: str = "", *, zh: str = "", zh_hint: str = "") -> None:
        """Record a problem at a line and column of this file (a :class:`drafter.fields.Report`)."""
        self.loading.problem(self.path, mark, message, hint, zh=zh, zh_hint=zh_hint)

    def location(self, entry: YMap) -> Location:
        """Where ``entry`` stands in this file."""
        return Location(self.path, *entry.mark)

    def refer(self, mark: Mark, section: str, ident: str, what: str) -> None:
        """Note that ``what`` names ``ident`` of ``section``; the cross-check reports it if it is not there."""
        self.loading.references.append(Reference(self.path, mark, section, ident, what))

    def register(self, entry: YMap, section: str, ident: str) -> bool:
        """Claim an id; a duplicate (clauses and phrases share their ids) is reported and refused."""
        namespace = "clauses" if section in ("clauses", "phrases") else section
        key = (namespace, ident)
        here = Location(self.path, *entry.where("iso3" if section == "countries" else "id"))
        if key in self.loading.seen:
            first = self.loading.seen[key]
            self.loading.problems.append(Problem(here, f"duplicate id {ident!r}; first defined at {first}",
                                                 "ids must be unique across all loaded libraries: rename one",
                                                 zh=f"编号{q(ident)}重复；首次定义于 {first.zh()}",
                                                 zh_hint="所有已加载资料库中的编号必须唯一：请改掉其中一个"))
            return False
        self.loading.seen[key] = here
        return True

    # -- fields --------------------------------------------------------------------------------------------------
    @overload
    def field(self, entry: YMap, key: str, kind: type[T], *, required: bool = True) -> T | None: ...

    @overload
    def field(self, entry: YMap, key: str, kind: type[T], *, required: bool = True, default: T) -> T: ...

    def field(self, entry: YMap, key: str, kind: type[Any], *, required: bool = True, default: Any = None) -> Any:
        """The value under ``key`` when it is of ``kind`` (see :func:`drafter.fields.value`), else ``default``."""
        return fields.value(entry, key, kind, self.report, required=required, default=default,
                            hint=f"add '{key}:' to this entry", zh_hint=f"请在此条目中添加“{key}:”")

    def ident(self, entry: YMap) -> str | None:
        """The entry's id when present and well formed."""
        ident = self.field(entry, "id", str)
        if not ident:
            return None
        if not ID.fullmatch(ident):
            self.report(entry.where("id"), f"invalid id {ident!r}",
                        "use letters, digits, '-', '_' or '.', starting with a letter or digit",
                        zh=f"编号{q(ident)}无效", zh_hint="请使用字母、数字、“-”、“_”或“.”，并以字母或数字开头")
            return None
        return ident

    def kind(self, entry: YMap) -> str | None:
        """The entry's kind (preambular / operative) when present and known."""
        kind = self.field(entry, "kind", str)
        if kind and kind not in KINDS:
            self.report(entry.where("kind"), f"unknown kind {kind!r}", "use preambular or operative",
                        zh=f"未知类型{q(kind)}", zh_hint="请使用 preambular（序言性）或 operative（行动性）")
            return None
        return kind

    def languages(self, entry: YMap, what: str) -> tuple[str, ...]:
        """The entry's ``languages:`` (default both): an imported clause or phrase may be known in one only."""
        raw = entry.get("languages")
        if raw is None:
            return LANGS
        if not isinstance(raw, YList) or not raw or any(str(v) not in LANGS for v in raw) \
                or len(set(map(str, raw))) != len(raw):
            self.report(entry.where("languages"), f"languages of {what} must be a list of en and/or zh",
                        "e.g. languages: [en] for a clause imported from the English version only",
                        zh=f"{entry_zh(what)}的“languages”必须是由 en 和/或 zh 组成的列表",
                        zh_hint="例如只从英文本导入的条款写 languages: [en]")
            return LANGS
        return tuple(lang for lang in LANGS if lang in [str(v) for v in raw])

    def text(self, entry: YMap, key: str | None = None, *, required: bool = True, context: str = "",
             langs: tuple[str, ...] = LANGS, may_be_empty: bool = False) -> Text | None:
        """A bilingual text: ``entry[key]`` is {en, zh}; with key None, entry itself holds en and zh.

        A language outside ``langs`` (an entry that says ``languages: [en]``) must be absent and reads as "".
        With ``may_be_empty``, an explicit ``""`` is accepted (a chapeau that is only its lead phrase).
        """
        holder = entry
        if key is not None:
            if key not in entry or entry[key] is None:
                if required:
                    self.report(entry.mark, fields.missing(key), f"add '{key}: {{en: ..., zh: ...}}'",
                                zh=fields.missing_zh(key), zh_hint=f"请添加“{key}: {{en: ..., zh: ...}}”")
                return None
            found = entry[key]
            if isinstance(found, str) and not required:
                return Text(found.strip(), found.strip())
            if not isinstance(found, YMap):
                self.report(entry.where(key), f"field {key!r} must have 'en' and 'zh'",
                            "write it as {en: ..., zh: ...}", zh=f"字段{q(key)}必须有“en”和“zh”",
                            zh_hint="请写成 {en: ..., zh: ...}")
                return None
            holder = found
        values = {}
        for lang in LANGS:
            value = holder.get(lang)
            if lang not in langs:
                if value is not None:
                    self.report(holder.where(lang), f"'{lang}' text{context}, but its languages are "
                                f"{', '.join(langs)}", f"add {lang} to 'languages:' or remove the text",
                                zh=f"{entry_zh(context) or '此条目'}有“{lang}”文本，但其语言只有{joined_zh(langs)}",
                                zh_hint=f"请在“languages:”中加上 {lang}，或删去该文本")
                values[lang] = ""
                continue
            if may_be_empty and value == "":
                values[lang] = ""
                continue
            if fields.is_blank(value):
                language, what = ("English" if lang == "en" else "Chinese"), (f"{key}." if key else "")
                language_zh = "英文" if lang == "en" else "中文"
                self.report(holder.mark, f"missing {language} text '{what}{lang}'{context}",
                            f"add '{lang}:' with the {language} text",
                            zh=f"{entry_zh(context)}缺少{language_zh}文本{q(what + lang)}",
                            zh_hint=f"请添加“{lang}:”并填写{language_zh}文本")
                values[lang] = ""
                continue
            values[lang] = str(value).strip()
        return Text(values["en"], values["zh"])

    def check_zh(self, mark: Mark, text: str, what: str) -> None:
        """Report half-width punctuation in the Chinese text of ``what``."""
        match = half_width_in_zh(text)
        if match:
            self.report(mark, f"half-width {match.group()!r} in the Chinese text of {what} "
                        f"(at character {match.start() + 1})", f"use the full-width {FULL_WIDTH[match.group()]}",
                        zh=f"{entry_zh(what)}的中文文本中有半角{q(match.group())}（第 {match.start() + 1} 个字符）",
                        zh_hint=f"请使用全角{q(FULL_WIDTH[match.group()])}")
