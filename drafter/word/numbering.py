"""Word's list numbering: the label Word shows on each numbered paragraph, computed from numbering.xml.

A paragraph is numbered by a list instance (``w:num``, its numId) at a level (``w:ilvl``), given in its own
``w:numPr`` or inherited from its paragraph style chain (numId 0 removes numbering). The instance points to
an abstract list (``w:abstractNum``, possibly through a numbering style: ``w:numStyleLink`` → the style's
numId → the abstract list holding ``w:styleLink``) and may override levels (``w:lvlOverride`` with a whole
``w:lvl`` or a ``w:startOverride``).

Counting follows Word (ECMA-376 §17.9 with the notes of MS-OI29500):

* the counters belong to the abstract list: every instance of one abstract list continues the same count;
* a ``w:startOverride`` restarts its level the first time a paragraph of that instance is numbered at that
  level (and is the level's start whenever it restarts later);
* numbering a level restarts every deeper level, unless the deeper level's ``w:lvlRestart`` says otherwise
  (0: never; n: only when level n or a higher one is numbered);
* a level not numbered yet shows its start minus one ("1.0.1" when a level is skipped);
* ``w:isLgl`` shows every number of the label in decimal (a level that says decimalZero keeps its "01");
* a level without ``w:start`` starts at 0, and one whose ``w:lvlText`` is empty or missing shows nothing
  (ECMA-376 §17.9.25, §17.9.11);
* a level whose run properties are hidden (``w:vanish``) counts but shows nothing.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from drafter.labels import word_number
from drafter.patterns import lazy
from drafter.word.runtext import W

LEVELS = 9
BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓", "\uf06e": "■", "o": "◦",
           "\uf0a8": "◦", "\uf02d": "-"}  # Symbol/Wingdings/Courier bullets and what they look like
_PLACEHOLDER = lazy(r"%([1-9])")


@dataclass(frozen=True)
class Level:
    """One level of a list: w:numFmt, w:lvlText, w:start, w:lvlRestart, w:isLgl and the style linked to it."""

    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    restart: int | None = None  # w:lvlRestart: None restarts after any higher level, 0 never
    legal: bool = False
    style: str = ""  # w:pStyle: the paragraph style that is numbered at this level
    hidden: bool = False  # w:rPr/w:vanish: the label is counted but not shown
    indent: int | None = None  # w:pPr/w:ind left (or start) in twips: where the level's paragraphs stand
    suffix: str = "tab"  # w:suff: what follows the label, "tab", "space" or "nothing" (glued to the text)


@dataclass(frozen=True)
class ListInstance:
    """A w:num resolved: the abstract list its counters belong to, its levels with overrides applied."""

    num_id: int
    list_id: str  # the abstract list (after numbering-style links): instances sharing it continue one count
    levels: tuple[Level, ...]
    start_overrides: dict[int, int] = field(default_factory=dict)
    own: frozenset[int] = frozenset()  # levels the instance defines itself (a w:lvl in its w:lvlOverride)

    def start(self, level: int) -> int:
        return self.start_overrides.get(level, self.levels[level].start)


@dataclass(frozen=True)
class Label:
    """What Word shows before one numbered paragraph."""

    text: str  # "1.", "(a)", "1.2", "•"
    kind: str  # "number" or "bullet"
    num_format: str  # the level's w:numFmt
    num_id: int
    level: int
    list_id: str
    value: int  # the paragraph's own count at its level
    suffix: str = "tab"  # what follows the label: the level's w:suff ("nothing": the text starts right after it)


Assignment = tuple[int, int] | None
"""A paragraph's (numId, level), or None when it is not numbered."""


class Numbering:
    """The list definitions of one document (numbering.xml and the numbering that paragraph styles carry).

    ``styles`` maps style ids to their w:style elements. Instances are read when a paragraph first uses them.
    """

    def __init__(self, numbering: Any | None, styles: Mapping[str, Any]) -> None:
        self.styles = styles
        self.abstracts: dict[str, Any] = {}
        self.nums: dict[int, Any] = {}
        self._instances: dict[int, ListInstance | None] = {}
        self.style_numbering: dict[str, tuple[int | None, int | None]] = {}
        self._style_indents: dict[str, int | None] = {}
        if numbering is None:
            return
        for abstract in numbering.findall(f"{W}abstractNum"):
            self.abstracts.setdefault(abstract.get(f"{W}abstractNumId") or "", abstract)
        for num in numbering.findall(f"{W}num"):
            num_id = _int(num.get(f"{W}numId"))
            if num_id is not None:
                self.nums.setdefault(num_id, num)
        # a damaged number anywhere is a damaged file, as for Word, not only in the lists paragraphs use
        for number in numbering.iter(f"{W}start", f"{W}startOverride", f"{W}lvlRestart"):
            _val(number)
        for level in numbering.iter(f"{W}lvl", f"{W}lvlOverride"):
            _int(level.get(f"{W}ilvl"))

    @classmethod
    def of(cls, docx: Any, styles: Mapping[str, Any] | None = None) -> Numbering:
        """The list definitions of an opened python-docx document (none when it has no numbering part)."""
        try:
            numbering = docx.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering = None
        return cls(numbering, styles if styles is not None else styles_by_id(docx.styles.element))

    def instance(self, num_id: int) -> ListInstance | None:
        """The list instance ``num_id`` with its levels resolved; None when the document does not define it."""
        if num_id not in self._instances:
            self._instances[num_id] = self._instance(num_id)
        return self._instances[num_id]

    def _instance(self, num_id: int) -> ListInstance | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        ref = num.find(f"{W}abstractNumId")
        abstract_id = self._resolve(ref.get(f"{W}val") if ref is not None else None)
        if abstract_id is None:
            return None
        levels = list(_levels(self.abstracts[abstract_id]))
        overrides: dict[int, int] = {}
        own: set[int] = set()
        for override in num.findall(f"{W}lvlOverride"):
            ilvl = _int(override.get(f"{W}ilvl"))
            if ilvl is None or not 0 <= ilvl < LEVELS:
                continue
            lvl = override.find(f"{W}lvl")
            if lvl is not None:  # Word ignores a w:lvlRestart in an override
                levels[ilvl] = replace(_level(lvl), restart=levels[ilvl].restart)
                own.add(ilvl)
            start = _val(override.find(f"{W}startOverride"))
            if start is not None:
                overrides[ilvl] = start
        return ListInstance(num_id, abstract_id, tuple(levels), overrides, frozenset(own))

    # -- planned definitions (drafter.word.listdesign) ----------------------------------------------
    def copy(self) -> Numbering:
        """The same definitions, whose planned changes (:meth:`define`) leave this one as it is."""
        twin = copy.copy(self)
        twin._instances = dict(self._instances)
        return twin

    def define(self, instance: ListInstance) -> None:
        """Count with ``instance`` in place of what numbering.xml says of its numId (a change not made yet)."""
        self._instances[instance.num_id] = instance

    def num_ids(self) -> list[int]:
        """Every list instance's numId: numbering.xml's and the planned ones."""
        return sorted({*self.nums, *(n for n, i in self._instances.items() if i is not None)})

    def _resolve(self, abstract_id: str | None) -> str | None:
        """The abstract list that holds the levels: follow w:numStyleLink through the numbering style's numId."""
        seen: set[str] = set()
        while abstract_id is not None and abstract_id in self.abstracts and abstract_id not in seen:
            seen.add(abstract_id)
            link = self.abstracts[abstract_id].find(f"{W}numStyleLink")
            if link is None:
                return abstract_id
            style = self.styles.get(link.get(f"{W}val") or "")
            num_id = _int(_path_val(style, "pPr", "numPr", "numId")) if style is not None else None
            ref = self.nums[num_id].find(f"{W}abstractNumId") if num_id in self.nums else None
            if ref is None:
                return abstract_id  # a dangling link: Word falls back to the abstract list itself
            abstract_id = ref.get(f"{W}val")
        return None

    # -- which list a paragraph is in ---------------------------------------------------------------
    def assignment(self, numpr: Any | None, style_id: str | None) -> Assignment:
        """The (numId, level) of a paragraph from its own w:numPr and its paragraph style chain."""
        num_id = _int(_path_val(numpr, "numId")) if numpr is not None else None
        level = _int(_path_val(numpr, "ilvl")) if numpr is not None else None
        style_num, style_level = self._style_numbering(style_id)
        if num_id is None:
            num_id = style_num
        instance = self.instance(num_id) if num_id else None
        if num_id is None or instance is None:
            return None
        if level is None:
            level = style_level
        if level is None:  # a level linked to the paragraph's style (w:pStyle in w:lvl), else the first
            level = next((i for i, lv in enumerate(instance.levels) if style_id and lv.style == style_id), 0)
        return num_id, max(0, min(level, LEVELS - 1))

    def _style_numbering(self, style_id: str | None) -> tuple[int | None, int | None]:
        """The numId and level a paragraph style gives, each from the nearest style of its chain that sets it."""
        key = style_id or ""
        if key not in self.style_numbering:
            num_id, level = None, None
            for style in self._chain(style_id):
                numpr = style.find(f"{W}pPr/{W}numPr")
                if numpr is None:
                    continue
                if num_id is None:
                    num_id = _int(_path_val(numpr, "numId"))
                if level is None:
                    level = _int(_path_val(numpr, "ilvl"))
            self.style_numbering[key] = (num_id, level)
        return self.style_numbering[key]

    def style_ids(self, style_id: str | None) -> list[str]:
        """The ids of the paragraph style ``style_id`` and of the styles it is based on, nearest first."""
        return [style.get(f"{W}styleId") or "" for style in self._chain(style_id)]

    def _chain(self, style_id: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = _path_val(style, "basedOn")

    # -- what Word shows -----------------------------------------------------------------------------
    def labels(self, assignments: Iterable[Assignment]) -> list[Label | None]:
        """The label of every paragraph, counted in document order (None: not numbered).

        The same definitions can count other assignments too: a checker sees what a change of lists
        would show before making it.
        """
        counters: dict[str, list[int | None]] = {}
        used: set[tuple[int, int]] = set()  # (numId, level) whose w:startOverride has been applied
        out: list[Label | None] = []
        for assignment in assignments:
            instance = self.instance(assignment[0]) if assignment is not None else None
            if assignment is None or instance is None:
                out.append(None)
                continue
            num_id, level = assignment
            counts = counters.setdefault(instance.list_id, [None] * LEVELS)
            current = counts[level]
            if level in instance.start_overrides and (num_id, level) not in used:
                counts[level] = instance.start_overrides[level]
            elif current is None:
                counts[level] = instance.start(level)
            else:
                counts[level] = current + 1
            used.add((num_id, level))
            for deeper in range(level + 1, LEVELS):
                restart = instance.levels[deeper].restart
                if restart is None or (restart != 0 and level < restart):
                    counts[deeper] = None
            out.append(self._label(instance, level, counts))
        return out

    def _label(self, instance: ListInstance, level: int, counts: Sequence[int | None]) -> Label:
        own = instance.levels[level]
        value = counts[level]
        assert value is not None  # the paragraph's own level was just counted
        if own.hidden:
            return Label("", "number", own.fmt, instance.num_id, level, instance.list_id, value)
        if own.fmt == "bullet":
            text = BULLETS.get(own.text, own.text) if own.text.strip() else "•"
            return Label(text, "bullet", own.fmt, instance.num_id, level, instance.list_id, value, own.suffix)

        def number(match: re.Match[str]) -> str:
            shown = int(match.group(1)) - 1
            count = counts[shown]
            if count is None:
                count = instance.start(shown) - 1
            fmt = instance.levels[shown].fmt
            if own.legal and fmt not in ("none", "bullet", "decimalZero"):
                fmt = "decimal"  # legal numbering: Arabic figures ("Section 1.01" keeps its own two digits)
            return word_number(count, fmt)

        text = _PLACEHOLDER.sub(number, own.text)
        return Label(text, "number", own.fmt, instance.num_id, level, instance.list_id, value, own.suffix)

    def indent(self, assignment: Assignment) -> int | None:
        """The left indent the list gives a paragraph numbered at ``assignment`` (None: the level sets none)."""
        instance = self.instance(assignment[0]) if assignment is not None else None
        return instance.levels[assignment[1]].indent if instance is not None and assignment is not None else None

    def style_indent(self, style_id: str | None) -> int | None:
        """The left indent the nearest style of a paragraph style chain sets (None: none sets one)."""
        key = style_id or ""
        if key not in self._style_indents:
            found = (left_indent(style.find(f"{W}pPr")) for style in self._chain(style_id))
            self._style_indents[key] = next((indent for indent in found if indent is not None), None)
        return self._style_indents[key]

    def level_format(self, num_id: int, level: int) -> str:
        """The w:numFmt of a list's level ("" for a list the document does not define)."""
        instance = self.instance(num_id)
        return instance.levels[max(0, min(level, LEVELS - 1))].fmt if instance else ""


def styles_by_id(styles: Any | None) -> dict[str, Any]:
    """The w:style elements of a w:styles element by their style id."""
    if styles is None:
        return {}
    return {style.get(f"{W}styleId") or "": style for style in styles.findall(f"{W}style")}


def _levels(abstract: Any) -> Iterator[Level]:
    found = {}
    for lvl in abstract.findall(f"{W}lvl"):
        ilvl = _int(lvl.get(f"{W}ilvl")) or 0
        if 0 <= ilvl < LEVELS and ilvl not in found:
            found[ilvl] = _level(lvl)
    for ilvl in range(LEVELS):
        yield found.get(ilvl, Level(text=f"%{ilvl + 1}."))


def _level(lvl: Any) -> Level:
    fmt = _path_val(lvl, "numFmt") or "decimal"
    text = lvl.find(f"{W}lvlText")
    start = _val(lvl.find(f"{W}start"))
    restart = _val(lvl.find(f"{W}lvlRestart"))
    return Level(fmt, text.get(f"{W}val", "") if text is not None else "", start if start is not None else 0,
                 restart, _on(lvl.find(f"{W}isLgl")), _path_val(lvl, "pStyle") or "",
                 _on(lvl.find(f"{W}rPr/{W}vanish")), left_indent(lvl.find(f"{W}pPr")),
                 _path_val(lvl, "suff") or "tab")


def left_indent(ppr: Any | None) -> int | None:
    """The left indent a w:pPr sets (w:ind's w:left, or w:start as Word 2010 writes it), in twips; None when
    it sets none."""
    ind = ppr.find(f"{W}ind") if ppr is not None else None
    value = None if ind is None else ind.get(f"{W}left", ind.get(f"{W}start"))
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def _on(toggle: Any | None) -> bool:
    """A toggle property (w:isLgl, w:vanish) that is present and not switched off."""
    return toggle is not None and toggle.get(f"{W}val") not in ("0", "false", "off")


def _path_val(element: Any, *path: str) -> str | None:
    """The w:val of the element at ``path`` under ``element``."""
    found = element.find("/".join(f"{W}{step}" for step in path))
    return found.get(f"{W}val") if found is not None else None


def _val(element: Any | None) -> int | None:
    return _int(element.get(f"{W}val")) if element is not None else None


def _int(text: str | None) -> int | None:
    """A decimal attribute; a value that is not a number raises ValueError (the reader reports a damaged file)."""
    return int(text) if text is not None else None
