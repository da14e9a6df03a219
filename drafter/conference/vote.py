"""Adopted or not: a tally under a conference's majority.

simple: more votes for than against (abstentions do not count); two-thirds: two thirds of the delegations present
and voting for, abstentions counted as present; two-thirds-voting: two thirds of the votes for and against;
security-council: nine votes for and no vote against by a permanent member.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.conference.model import Majority

PERMANENT = ("CHN", "FRA", "RUS", "GBR", "USA")
COUNCIL_SIZE = 15


@dataclass(frozen=True)
class Tally:
    """The votes cast: for, against, abstaining, and the permanent members voting against (their codes)."""

    yes: int
    no: int
    abstain: int = 0
    vetoes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """The result: adopted or not, the votes for needed, and why, in English and Chinese."""

    adopted: bool
    needed: int
    why_en: str
    why_zh: str

    def why(self, lang: str) -> str:
        return self.why_zh if lang == "zh" else self.why_en


def problem(tally: Tally, majority: Majority, lang: str = "en") -> str:
    """What makes the tally impossible under ``majority`` ("" when none), in ``lang``."""
    zh = lang == "zh"
    cast = tally.yes + tally.no + tally.abstain
    if min(tally.yes, tally.no, tally.abstain) < 0:
        return "票数从 0 算起" if zh else "votes are counted from 0"
    if majority == "security-council":
        if cast > COUNCIL_SIZE:
            return (f"安全理事会有 {COUNCIL_SIZE} 个成员，却投了 {cast} 票" if zh else
                    f"the Security Council has {COUNCIL_SIZE} members; {cast} votes cast")
        if len(tally.vetoes) > tally.no:
            return ("每一否决都是一张反对票：否决多于反对票" if zh else
                    "each veto is a vote against: more vetoes than votes against")
    elif tally.vetoes:
        return "否决只在安全理事会有效" if zh else "a veto counts only in the Security Council"
    return ""


def decide(tally: Tally, majority: Majority) -> Outcome:
    """Whether ``tally`` adopts under ``majority``."""
    if majority == "security-council":
        if tally.vetoes:
            vetoes = ", ".join(tally.vetoes)
            return Outcome(False, 9, f"vetoed by {vetoes} (a permanent member voting against)",
                           f"被{vetoes}否决（常任理事国投反对票）")
        adopted = tally.yes >= 9
        return Outcome(adopted, 9, f"{tally.yes} of the 9 votes for needed, no permanent member against",
                       f"赞成{tally.yes}票，需9票，且无常任理事国反对")
    if majority == "simple":
        needed = tally.no + 1
        return Outcome(tally.yes >= needed, needed,
                       "a simple majority of those present and voting (more for than against)",
                       "出席并参加表决的代表团简单多数（赞成多于反对）")
    if majority == "two-thirds":
        base = tally.yes + tally.no + tally.abstain
        needed = -(-2 * base // 3)
        return Outcome(tally.yes >= needed and tally.yes > 0, needed,
                       f"two thirds of the {base} delegations present (abstentions count)",
                       f"出席的{base}个代表团的三分之二（弃权计入）")
    base = tally.yes + tally.no
    needed = -(-2 * base // 3)
    return Outcome(tally.yes >= needed and tally.yes > 0, needed,
                   f"two thirds of the {base} votes for and against (abstentions do not count)",
                   f"赞成票和反对票共{base}票的三分之二（弃权不计）")
