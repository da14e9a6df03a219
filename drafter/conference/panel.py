"""The approval panel: a conference's rules over each draft and across the batch.

Each breach is returned with its file, paragraph and column, its message in English and in Chinese; the command
line adds them to the formatting findings of the same file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from drafter.bilingual import EMPTY, Text, listing
from drafter.conference.draft import Draft
from drafter.conference.length import Measure, line_count, page_counts
from drafter.conference.model import Committee, Conference
from drafter.conference.rules import PANEL_RULES
from drafter.word import reader

THIS_COMMITTEE = Text("this committee", "本委员会")  # a draft's committee, when neither it nor the conference names it


@dataclass(frozen=True)
class Breach:
    """One rule of the conference broken, at a paragraph and column (1-based) of draft number ``draft``."""

    draft: int
    rule: str
    severity: str
    paragraph: int
    column: int
    said: Text  # the message


@dataclass
class Entry:
    """One draft of the batch: what the panel read and the document, for its length."""

    draft: Draft
    doc: reader.Document
    path: Path


class Panel:
    """The rules of ``conference`` over a batch of drafts."""

    def __init__(self, conference: Conference, present: int | None = None) -> None:
        self.conference = conference
        self.present = present if present is not None else conference.present
        self.breaches: list[Breach] = []
        self.pages: dict[int, Measure] = {}  # id of a batch entry -> its page count

    def check(self, entries: Sequence[Entry]) -> list[Breach]:
        """Every breach in the batch, per draft then across drafts."""
        self.breaches = []
        capped = [e for e in entries if self.conference.length_for(self._committee_of(e)).pages]
        self.pages = dict(zip((id(e) for e in capped), page_counts([(e.doc, e.path) for e in capped]), strict=True))
        for index, entry in enumerate(entries):
            self._draft(index, entry)
        if self.conference.cross_draft:
            self._cross(entries)
        return self.breaches

    def _add(self, index: int, entry: Entry, rule_id: str, paragraph: int, column: int, **fields: object) -> None:
        rule = PANEL_RULES[rule_id]
        self.breaches.append(Breach(index, rule_id, rule.severity, paragraph, column, rule.said(**fields)))

    def _committee_of(self, entry: Entry) -> Committee | None:
        """The committee the draft names, or the conference's only one."""
        conf = self.conference
        found = conf.committee(entry.draft.committee) if entry.draft.committee else None
        return conf.committees[0] if found is None and len(conf.committees) == 1 else found

    def _committee(self, index: int, entry: Entry) -> Committee | None:
        conf, draft = self.conference, entry.draft
        found = self._committee_of(entry)
        if found is None and draft.committee and conf.committees:
            self._add(index, entry, "committee-unknown", *draft.committee_at, found=draft.committee,
                      known=listing([c.name for c in conf.committees]))
        return found

    def _draft(self, index: int, entry: Entry) -> None:
        conf, draft = self.conference, entry.draft
        committee = self._committee(index, entry)
        counted = draft.counted(conf.signatures.counted)
        distinct = len({n.iso3 or n.written.casefold() for n in counted})  # a State listed twice signs once
        needed = conf.needed_signatures(self.present)
        if needed and distinct < needed:
            at = counted[-1] if counted else None
            why = EMPTY
            if conf.signatures.share and self.present and needed > conf.signatures.minimum:
                why = Text(f" ({conf.signatures.share:.0%} of {self.present} delegations present)",
                           f"（出席{self.present}个代表团的{conf.signatures.share:.0%}）")
            self._add(index, entry, "signatures-too-few", at.paragraph if at else draft.first,
                      at.column if at else 1, count=distinct, needed=needed, why=why)
        if conf.max_sponsors and len(draft.sponsors) > conf.max_sponsors:
            extra = draft.sponsors[conf.max_sponsors]
            self._add(index, entry, "sponsors-too-many", extra.paragraph, extra.column, count=len(draft.sponsors),
                      maximum=conf.max_sponsors)
        if conf.members_only:
            for named in draft.counted("all"):
                if not named.member:
                    self._add(index, entry, "signatory-not-member", named.paragraph, named.column, name=named.written)
        if conf.sc_only and not (committee is not None and committee.security_council):
            self._sc_language(index, entry, committee)
        self._length(index, entry, committee)

    def _sc_language(self, index: int, entry: Entry, committee: Committee | None) -> None:
        where = committee.name if committee is not None else (entry.draft.committee or THIS_COMMITTEE)
        for lead, paragraph, column in entry.draft.leads:
            words = lead.casefold().split()
            for reserved in self.conference.sc_only:
                folded = reserved.casefold()
                if folded in words or (not folded.isascii() and folded in lead):
                    self._add(index, entry, "sc-only-language", paragraph, column, lead=lead, committee=where)
                    break

    def _length(self, index: int, entry: Entry, committee: Committee | None) -> None:
        caps = self.conference.length_for(committee)
        if caps.lines:
            lines = line_count(entry.doc)
            if lines > caps.lines:
                self._add(index, entry, "length-over-cap", entry.draft.first, 1, count=lines,
                          unit=Text("lines", "行"), how=Text(" (estimated from the text)", "（按文字估算）"),
                          cap=caps.lines)
        if caps.pages:
            pages = self.pages[id(entry)]
            if pages.count > caps.pages:
                if pages.exact:
                    how = Text(" (laid out by LibreOffice)", "（LibreOffice排版计数）")
                else:
                    how = Text(" (an estimate from the text: LibreOffice is not installed)",
                               "（估算：未安装LibreOffice，按文字估算）")
                self._add(index, entry, "length-over-cap", entry.draft.first, 1, count=pages.count,
                          unit=Text("pages", "页"), how=how, cap=caps.pages)

    def _cross(self, entries: Sequence[Entry]) -> None:
        """A delegation that sponsors one draft and sponsors or signs another: one error on each later name."""
        sponsoring: dict[str, int] = {}  # State -> the first draft it sponsors
        for index, entry in enumerate(entries):
            for named in entry.draft.sponsors:
                if named.iso3 and named.iso3 not in sponsoring:
                    sponsoring[named.iso3] = index
        for index, entry in enumerate(entries):
            seen: set[str] = set()
            for named in entry.draft.counted("all"):
                first = sponsoring.get(named.iso3) if named.iso3 else None
                if first is None or first == index or named.iso3 in seen:
                    continue
                seen.add(named.iso3)
                self._add(index, entry, "sponsor-other-draft", named.paragraph, named.column,
                          state=named.written, other=entries[first].draft.file)
