"""What the approval panel reads from a draft: its committee, its main submitters, the delegations that co-submit
or sign (each with the paragraph and column it is written at), and its operative lead phrases.

The heading fields come from the structure reader (:func:`drafter.structure.heading.fields_in`); names are read
with the library's :class:`~drafter.library.names.StateNames`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.library.names import StateNames, listed_names
from drafter.structure import Node, Structure
from drafter.structure.heading import Field, bare_line, fields_in


@dataclass(frozen=True)
class Named:
    """One delegation named in a heading list: as written, the State's code ('' when none), where it stands."""

    written: str
    iso3: str
    member: bool  # a Member State (not an observer, a non-member or no State at all)
    paragraph: int
    column: int  # 1-based


@dataclass
class Draft:
    """A draft as the panel sees it."""

    file: str
    committee: str = ""
    committee_at: tuple[int, int] = (1, 1)  # paragraph, column
    sponsors: list[Named] = field(default_factory=list)  # main submitters
    others: dict[str, list[Named]] = field(default_factory=dict)  # co-sponsors, signatories
    leads: list[tuple[str, int, int]] = field(default_factory=list)  # operative lead, paragraph, column
    first: int = 1  # first paragraph, where a finding about the whole draft stands

    def counted(self, which: str) -> list[Named]:
        """The delegations a signature rule counts: every one named (``all``), or one list."""
        if which == "all":
            return self.sponsors + [n for names in self.others.values() for n in names]
        return list(self.others.get(which, []))

    def delegations(self) -> set[str]:
        """Every State the draft names (sponsors and signatories)."""
        return {n.iso3 for n in self.counted("all") if n.iso3}


def read_draft(file: str, tree: Structure, names: StateNames) -> Draft:
    """The committee, lists and operative leads of the draft read as ``tree``."""
    draft = Draft(file, first=tree.nodes[0].para.index if tree.nodes else 1)
    previous: tuple[Node, Field] | None = None
    for node in tree.heading:
        text = node.para.text
        found = fields_in(text)
        if not found and previous is not None and previous[1].empty and previous[0] is not node:
            # "Sponsors:" with the list on the next line
            label = previous[1]
            found = [Field(label.key, label.label, 0, 0, len(text), text)]
        for item in found:
            _take(draft, node, item, names)
        if not found and not draft.committee and bare_line(text) == "committee":
            draft.committee, draft.committee_at = text.strip(), (node.para.index, 1)
        previous = (node, found[-1]) if found else None
    if not draft.committee and tree.organ is not None:
        draft.committee, draft.committee_at = tree.organ.para.text.strip(" ,，"), (tree.organ.para.index, 1)
    for node in tree.operative:
        if node.lead:
            draft.leads.append((node.lead, node.para.index, node.para.text.find(node.lead) + 1 or 1))
    return draft


def _take(draft: Draft, node: Node, item: Field, names: StateNames) -> None:
    if item.empty:
        return
    if item.key == "committee" and not draft.committee:
        draft.committee, draft.committee_at = item.value, (node.para.index, item.value_start + 1)
    elif item.key == "sponsors":
        draft.sponsors += _names(node, item, names)
    elif item.key in ("co-sponsors", "signatories"):
        draft.others.setdefault(item.key, []).extend(_names(node, item, names))


def _names(node: Node, item: Field, names: StateNames) -> list[Named]:
    """The delegations in a field's value (see :func:`drafter.library.names.listed_names`)."""
    return [_named(written, node.para.index, column, names)
            for column, written in listed_names(item.text, item.value_start, item.value_end, names)]


def _named(written: str, paragraph: int, column: int, names: StateNames) -> Named:
    hit = names.find(written)
    country = hit.country if hit is not None else (names.formal_style(written) or names.near_miss(written))
    if country is None:
        return Named(written, "", False, paragraph, column)
    return Named(written, country.iso3, not country.observer, paragraph, column)
