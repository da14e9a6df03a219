"""Changes to a document's Word lists, planned before they are made: the form a level shows ("1)" → "1."), a list
that starts again where it should, or continues where it should not.

What a caller asks for is said in labels: these paragraphs should show labels like "(a)", these should count on
from 3. How Word stores lists is this module's business. A level's form is changed where it is defined (the
abstract list's w:lvl, or a list instance's own w:lvlOverride) when every paragraph numbered at that level is meant
to change; otherwise the paragraphs get a list instance of their own (a w:num on the same abstract list, whose
w:lvlOverride gives the level its form or a w:startOverride its start), so that no other paragraph's label
changes. A plan is a :class:`Proposal`: the edits numbering.xml needs, the paragraphs that move to a new instance,
and the definitions counted with them (:class:`~drafter.word.numbering.Numbering` copies), so that a caller can
look at the labels Word would show before it commits to them. :func:`apply` makes one edit on numbering.xml.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from drafter.labelkinds import read_label
from drafter.word.elements import OxmlElement
from drafter.word.numbering import LEVELS, Assignment, Label, ListInstance, Numbering
from drafter.word.runtext import W, w

# the w:numFmt that shows a label's token as it is written (Word's name for each kind of counter)
_FORMATS = {("letter", False): "lowerLetter", ("letter", True): "upperLetter", ("roman", False): "lowerRoman",
            ("roman", True): "upperRoman", ("number", False): "decimal", ("zh-number", False): "chineseCounting"}
_FIRST = {"lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I", "decimal": "1",
          "chineseCounting": "一"}
# w:lvl children in schema order: a missing w:numFmt goes before the first later one
_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_LVL_ORDER = ["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy",
              "lvlJc", "pPr", "rPr"]


@dataclass(frozen=True)
class LevelForm:
    """How a list level shows its number: the w:numFmt and the w:lvlText ("(%2)" at the second level)."""

    fmt: str
    text: str

    @classmethod
    def like(cls, example: str, level: int) -> LevelForm | None:
        """The form that shows labels like ``example`` ("(a)", "a)", "1.", "（a）", "i.") at ``level``; None for a
        label no Word format counts (bullets, "第一条")."""
        typed = read_label(example)
        fmt = _FORMATS.get((typed.kind, typed.upper)) if typed is not None else None
        if typed is None or fmt is None or typed.token != _FIRST[fmt] or example.count(typed.token) != 1:
            return None
        return cls(fmt, example.strip().replace(typed.token, f"%{level + 1}"))


@dataclass(frozen=True)
class ReformLevel:
    """Give a level the form ``form`` where it is defined: level ``level`` of abstract list ``abstract_id``, or,
    with ``num_id``, the w:lvl of that list instance's own w:lvlOverride."""

    abstract_id: str
    level: int
    form: LevelForm
    num_id: int = 0


@dataclass(frozen=True)
class AddList:
    """Add list instance ``num_id``: a w:num on the abstract list of instance ``base`` (its other levels' own
    definitions copied), whose level ``level`` has its own w:lvl with ``form`` and/or restarts at ``start``.
    ``abstract_id`` is the abstract list holding the levels (after numbering-style links)."""

    num_id: int
    base: int
    abstract_id: str
    level: int
    form: LevelForm | None = None
    start: int | None = None


@dataclass(frozen=True)
class SetStart:
    """Make level ``level`` of abstract list ``abstract_id`` (with ``num_id``: of that instance's own w:lvl) count
    from ``start`` (its w:start)."""

    abstract_id: str
    level: int
    start: int
    num_id: int = 0


ListEdit = ReformLevel | AddList | SetStart
LIST_EDITS = (ReformLevel, AddList, SetStart)  # for isinstance


@dataclass
class Proposal:
    """A plan: the edits numbering.xml needs, each paragraph's new (numId, level) by its position (0-based), and
    the definitions Word would count with once they are made."""

    edits: list[ListEdit]
    moves: dict[int, Assignment]
    numbering: Numbering
    targets: list[int] = field(default_factory=list)

    def labels(self, assignments: Sequence[Assignment]) -> list[Label | None]:
        """The labels Word would show with the plan made."""
        return self.numbering.labels(self.moves.get(i, a) for i, a in enumerate(assignments))


def restyle(numbering: Numbering, assignments: Sequence[Assignment], targets: Collection[int],
            form_of: Callable[[int], LevelForm | None]) -> Proposal | None:
    """Plan that the paragraphs at ``targets`` (positions in ``assignments``) show their labels in the form
    ``form_of(level)`` at their level, counting as they do now, and no other paragraph's label changes; None
    when no such plan is found."""
    planned = numbering.copy()
    edits: list[ListEdit] = []
    moves: dict[int, Assignment] = {}
    groups: dict[tuple[int, int], list[int]] = {}
    for position in sorted(targets):
        assignment = assignments[position]
        if assignment is None:
            return None
        groups.setdefault(assignment, []).append(position)
    next_id = max(planned.num_ids(), default=0) + 1
    for (num_id, level), members in groups.items():
        instance = planned.instance(num_id)
        form = form_of(level)
        if instance is None or form is None:
            return None
        if _formed(instance, level, form):
            continue
        sharing = _sharing(planned, assignments, instance, level)
        if set(sharing) <= set(targets):  # every paragraph numbered at that level changes: change the level
            edit = ReformLevel(instance.list_id, level, form, num_id if level in instance.own else 0)
            edits.append(edit)
            for n in {place[0] for place in (assignments[p] for p in sharing) if place is not None}:
                shared = planned.instance(n)
                if shared is not None:
                    planned.define(_reformed(shared, level, form))
            continue
        added = AddList(next_id, num_id, instance.list_id, level, form=form)
        next_id += 1
        edits.append(added)
        planned.define(replace(_reformed(instance, level, form), num_id=added.num_id, start_overrides={},
                               own=instance.own | {level}))
        moves.update({p: (added.num_id, level) for p in members})
    proposal = Proposal(edits, moves, planned, sorted(targets))
    before, after = numbering.labels(assignments), proposal.labels(assignments)
    for position, (old, new) in enumerate(zip(before, after, strict=True)):
        if position in targets:
            form = form_of(old.level) if old is not None else None
            if old is None or new is None or form is None or new.value != old.value or new.level != old.level:
                return None
        elif (old.text if old else None) != (new.text if new else None):
            return None
    return proposal


def restart(numbering: Numbering, assignments: Sequence[Assignment], targets: Collection[int],
            value: int) -> Proposal | None:
    """Plan that the paragraphs at ``targets`` (all numbered at one level of one list instance) count from
    ``value`` in a list instance of their own on the same abstract list (Word's "Restart Numbering", or "Set
    Numbering Value" for a list that should continue); None when they are not in one instance and level."""
    chosen = sorted(targets)
    places = {assignments[p] for p in chosen}
    if not chosen or len(places) != 1 or None in places:
        return None
    num_id, level = next(iter(places))  # type: ignore[misc]  # None was ruled out above
    instance = numbering.instance(num_id)
    if instance is None:
        return None
    if level == 0:  # the first level never restarts: when every paragraph it numbers moves, change its start
        in_place = _restarted_in_place(numbering, assignments, chosen, instance, value)
        if in_place is not None:
            return in_place
    planned = numbering.copy()
    added = AddList(max(planned.num_ids(), default=0) + 1, num_id, instance.list_id, level, start=value)
    planned.define(replace(instance, num_id=added.num_id, start_overrides={level: value}))
    return Proposal([added], {p: (added.num_id, level) for p in chosen}, planned, chosen)


def _restarted_in_place(numbering: Numbering, assignments: Sequence[Assignment], chosen: list[int],
                        instance: ListInstance, value: int) -> Proposal | None:
    """The plan that counts level 0 of ``instance``'s list from ``value`` by its w:start, when the paragraphs
    ``chosen`` are all it numbers, no start override counts them, and no other label changes."""
    sharing = _sharing(numbering, assignments, instance, 0)
    places = {assignments[p] for p in sharing}
    others = [numbering.instance(place[0]) for place in places if place is not None]
    if set(sharing) != set(chosen) or any(other is None or 0 in other.start_overrides for other in others):
        return None
    planned = numbering.copy()
    for other in others:
        assert other is not None  # ruled out above
        levels = list(other.levels)
        levels[0] = replace(levels[0], start=value)
        planned.define(replace(other, levels=tuple(levels)))
    proposal = Proposal([SetStart(instance.list_id, 0, value, instance.num_id if 0 in instance.own else 0)], {},
                        planned, chosen)
    before, after = numbering.labels(assignments), proposal.labels(assignments)
    if any((old.text if old else None) != (new.text if new else None)
           for position, (old, new) in enumerate(zip(before, after, strict=True)) if position not in sharing):
        return None
    return proposal


def _formed(instance: ListInstance, level: int, form: LevelForm) -> bool:
    own = instance.levels[level]
    return own.fmt == form.fmt and own.text == form.text


def _reformed(instance: ListInstance, level: int, form: LevelForm) -> ListInstance:
    levels = list(instance.levels)
    levels[level] = replace(levels[level], fmt=form.fmt, text=form.text, legal=False)
    return replace(instance, levels=tuple(levels))


def _sharing(numbering: Numbering, assignments: Sequence[Assignment], instance: ListInstance,
             level: int) -> list[int]:
    """The positions of the paragraphs whose label at ``level`` takes its form where ``instance``'s does: the
    instance's own w:lvl, else the abstract list's (every instance of it without a w:lvl of its own there)."""
    out = []
    for position, assignment in enumerate(assignments):
        if assignment is None or assignment[1] != level:
            continue
        other = numbering.instance(assignment[0])
        if other is None:
            continue
        if level in instance.own:
            if other.num_id == instance.num_id:
                out.append(position)
        elif other.list_id == instance.list_id and level not in other.own:
            out.append(position)
    return out


# -- making the edits on numbering.xml ----------------------------------------------------------------
def apply(numbering: Any, edit: ListEdit) -> bool:
    """Make ``edit`` on the w:numbering element; False (nothing changed) when the lists it names are not there.
    An edit already made (the same instance added, the level already in that form or start) changes nothing."""
    if isinstance(edit, (ReformLevel, SetStart)):
        lvl = _defined_level(numbering, edit.abstract_id, edit.num_id, edit.level)
        if lvl is None:
            return False
        if isinstance(edit, SetStart):
            _set_val(lvl, "start", str(edit.start))
        else:
            set_form(lvl, edit.form)
        return True
    if _num(numbering, edit.num_id) is not None:
        return True
    base = _num(numbering, edit.base)
    source = _defined_level(numbering, edit.abstract_id, edit.base, edit.level)
    if source is None:
        source = _defined_level(numbering, edit.abstract_id, 0, edit.level)
    if base is None or source is None:
        return False
    num = OxmlElement("w:num")
    num.set(w("numId"), str(edit.num_id))
    num.append(copy.deepcopy(base.find(w("abstractNumId"))))
    for override in base.findall(w("lvlOverride")):
        if override.get(w("ilvl")) != str(edit.level) and override.find(w("lvl")) is not None:
            kept = copy.deepcopy(override)
            for start in kept.findall(w("startOverride")):
                kept.remove(start)
            num.append(kept)
    override = OxmlElement("w:lvlOverride")
    override.set(w("ilvl"), str(edit.level))
    if edit.start is not None:
        start = OxmlElement("w:startOverride")
        start.set(w("val"), str(edit.start))
        override.append(start)
    own = base.find(f"{W}lvlOverride[@{W}ilvl='{edit.level}']/{W}lvl")
    if edit.form is not None or own is not None:
        lvl = copy.deepcopy(source)
        if edit.form is not None:
            set_form(lvl, edit.form)
        override.append(lvl)
    num.append(override)
    nums = numbering.findall(w("num"))
    if nums:
        nums[-1].addnext(num)
    else:
        abstracts = numbering.findall(w("abstractNum"))
        if not abstracts:
            return False
        abstracts[-1].addnext(num)
    return True


def set_form(lvl: Any, form: LevelForm) -> None:
    """Give a w:lvl element the number format and level text of ``form`` (a legal-numbering switch removed: it
    would show every number in digits; so is a format Word 2010 keeps in markup-compatibility choices, "01, 02, 03"
    with its fallback, which Word would read before the plain w:numFmt)."""
    for choices in lvl.findall(_ALTERNATE):
        if choices.find(f".//{W}numFmt") is not None:
            lvl.remove(choices)
    for tag, value in (("numFmt", form.fmt), ("lvlText", form.text)):
        _set_val(lvl, tag, value)
    for legal in lvl.findall(w("isLgl")):
        lvl.remove(legal)


def _set_val(lvl: Any, tag: str, value: str) -> None:
    """Give the w:lvl's child ``tag`` (created in schema order when missing) the one attribute w:val=``value``."""
    element = lvl.find(w(tag))
    if element is None:
        element = OxmlElement(f"w:{tag}")
        later = {w(t) for t in _LVL_ORDER[_LVL_ORDER.index(tag) + 1:]}
        following = next((child for child in lvl if child.tag in later), None)
        if following is not None:
            following.addprevious(element)
        else:
            lvl.append(element)
    element.attrib.clear()
    element.set(w("val"), value)


def _num(numbering: Any, num_id: int) -> Any | None:
    return next((n for n in numbering.findall(w("num")) if n.get(w("numId")) == str(num_id)), None)


def _defined_level(numbering: Any, abstract_id: str, num_id: int, level: int) -> Any | None:
    """The w:lvl that defines ``level``: in list instance ``num_id``'s w:lvlOverride when ``num_id``, else in the
    abstract list ``abstract_id``."""
    if not 0 <= level < LEVELS:
        return None
    if num_id:
        num = _num(numbering, num_id)
        return num.find(f"{W}lvlOverride[@{W}ilvl='{level}']/{W}lvl") if num is not None else None
    abstract = next((a for a in numbering.findall(w("abstractNum")) if a.get(w("abstractNumId")) == abstract_id),
                    None)
    if abstract is None:
        return None
    return next((lvl for lvl in abstract.findall(w("lvl")) if lvl.get(w("ilvl")) == str(level)), None)
