"""A conference's own rules, as read from its rules file: committees, signatures, sponsors, length, amendments and
voting. The four formatting profiles stay underneath; these are the numbers a chair or approval panel adds."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Kind = Literal["security-council", "general-assembly", "other"]
Majority = Literal["simple", "two-thirds", "two-thirds-voting", "security-council"]
Counted = Literal["all", "signatories", "co-sponsors"]
Sponsors = Literal["keep", "remove"]

KINDS: tuple[Kind, ...] = ("security-council", "general-assembly", "other")
MAJORITIES: tuple[Majority, ...] = ("simple", "two-thirds", "two-thirds-voting", "security-council")
COUNTED: tuple[Counted, ...] = ("all", "signatories", "co-sponsors")
SPONSORS: tuple[Sponsors, ...] = ("keep", "remove")
SC_ONLY = {"en": ("Decides", "Condemns", "Demands", "Authorizes", "Authorises"),
           "zh": ("决定", "谴责", "要求", "授权")}


@dataclass(frozen=True)
class Committee:
    """One committee: the names a draft's heading may give it, and whether it is the Security Council."""

    name: str
    kind: Kind = "other"
    aliases: tuple[str, ...] = ()

    @property
    def security_council(self) -> bool:
        return self.kind == "security-council"


@dataclass(frozen=True)
class Length:
    """Length caps: pages and lines (0: no cap)."""

    pages: int = 0
    lines: int = 0


@dataclass(frozen=True)
class Signatures:
    """How many delegations must sign: ``minimum`` outright and ``share`` of those present (0: no such rule);
    ``counted`` says which heading lists count (every delegation named, the signatories, the co-sponsors)."""

    minimum: int = 0
    share: float = 0.0
    counted: Counted = "all"


@dataclass(frozen=True)
class Conference:
    """A conference's rules file, read and checked."""

    path: Path
    name: str
    language: str = "en"
    profile: str | None = None  # the formatting profile underneath (guessed from each draft when None)
    present: int | None = None  # delegations present at roll call
    committees: tuple[Committee, ...] = ()
    signatures: Signatures = Signatures()
    max_sponsors: int = 0  # main submitters (0: no cap)
    cross_draft: bool = False  # a delegation that sponsors one draft may not sponsor or sign another
    members_only: bool = False  # only Member States sign
    sc_only: tuple[str, ...] = ()  # lead words kept for the Security Council
    length: Length = Length()
    sc_length: Length = Length()
    amend_preamble: bool = True
    voting: dict[str, Majority] = field(default_factory=lambda: {"resolutions": "simple", "amendments": "simple"})
    booklet_sponsors: Sponsors = "keep"  # the booklet of adopted resolutions prints or leaves out the sponsor lists

    def length_for(self, committee: Committee | None) -> Length:
        """The caps of a draft in ``committee`` (the Security Council's own when it has them)."""
        if committee is not None and committee.security_council and (self.sc_length.pages or self.sc_length.lines):
            return self.sc_length
        return self.length

    def majority(self, what: str, committee: Committee | None) -> Majority:
        """The majority a vote on ``what`` (resolutions, amendments) needs in ``committee``."""
        if committee is not None and committee.security_council and what == "resolutions":
            return "security-council"
        return self.voting.get(what, "simple")

    def needed_signatures(self, present: int | None) -> int:
        """The fewest delegations a draft must name: the minimum, or the share of ``present`` when higher."""
        from_share = math.ceil(round(self.signatures.share * present, 6)) if present else 0
        return max(self.signatures.minimum, from_share)

    def committee(self, written: str) -> Committee | None:
        """The committee a heading names (by its name or an alias, in any case), or None."""
        folded = _fold(written)
        for committee in self.committees:
            if folded in {_fold(n) for n in (committee.name, *committee.aliases)}:
                return committee
        return None


def _fold(text: str) -> str:
    return re.sub(r"[\s.,:;'’()（）]+|^the\s+|^(?:united nations|联合国)", "", text.strip().casefold())
