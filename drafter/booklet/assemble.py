"""The booklet put together: every draft read (all problems reported at once, nothing written), each vote decided
under the conference's majority (a draft not adopted is left out, with a message), sponsor lines kept or removed
as the rules file says, and the cover, numbers and vote lines in the booklet's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from drafter.booklet.read import ReadDraft, read_draft
from drafter.booklet.votes import Vote
from drafter.compose.bookletdoc import Booklet, Resolution
from drafter.compose.dates import format_date
from drafter.conference import Committee, Conference, Tally, decide
from drafter.conference.vote import problem
from drafter.library import Library
from drafter.status import DrafterError, ExitStatus
from drafter.structure import SYMBOL


@dataclass
class Request:
    """What the command line asks for."""

    drafts: list[Path]
    language: str
    conference: str
    date: dt.date
    rules: Conference | None = None
    numbers: dict[Path, str] = field(default_factory=dict)
    votes: dict[Path, Vote] = field(default_factory=dict)


@dataclass
class Assembled:
    """The booklet, and a message for each draft left out because it was not adopted."""

    booklet: Booklet
    left_out: list[str]


def read_drafts(paths: list[Path], lib: Library) -> list[ReadDraft]:
    """Read every draft; when any cannot be read, one error naming each such file and why (exit 3 when a file
    is unreadable, else 2)."""
    read, status = [], ExitStatus.BAD_INPUT
    problems: dict[str, list[str]] = {"en": [], "zh": []}
    for path in paths:
        try:
            read.append(read_draft(path, lib))
        except DrafterError as exc:
            for each, colon in (("en", ": "), ("zh", "：")):
                text = exc.text(each)
                problems[each].append(text if text.startswith(str(path)) else f"{path}{colon}{text}")
            status = max(status, exc.status)
    if problems["en"]:
        raise DrafterError("\n".join(["these drafts cannot go into the booklet (nothing was written):",
                                      *("  " + p for p in problems["en"])]), ExitStatus(status),
                           zh="\n".join(["无法收入决议汇编的草案（未写入任何文件）：", *("  " + p for p in problems["zh"])]))
    return read


def assemble(request: Request, drafts: list[ReadDraft]) -> Assembled:
    """The booklet of the adopted drafts, in the order given."""
    zh = request.language == "zh"
    rules = request.rules
    keep = rules is None or rules.booklet_sponsors == "keep"
    resolutions: list[Resolution] = []
    committees: list[str] = []
    left_out: list[str] = []
    for draft in drafts:
        committee = _committee(draft, rules)
        shown = committee.name if committee is not None else (draft.committees[0] if draft.committees else "")
        vote = request.votes.get(draft.path)
        line, refused = _vote_line(draft.path, vote, rules, committee, zh)
        if refused:
            left_out.append(refused)
            continue
        number = request.numbers.get(draft.path) or draft.number
        resolutions.append(Resolution(_numbered(number, zh), draft.title, shown, draft.sponsors if keep else (),
                                      line, draft.body, str(draft.path)))
        if shown and shown not in committees:
            committees.append(shown)
    booklet = Booklet(request.language, request.conference, tuple(committees),
                      format_date(request.date, request.language), tuple(resolutions))
    return Assembled(booklet, left_out)


def _committee(draft: ReadDraft, rules: Conference | None) -> Committee | None:
    """The rules file's committee the draft names (its only committee when it has one), or None."""
    if rules is None:
        return None
    for written in draft.committees:
        found = rules.committee(written)
        if found is not None:
            return found
    return rules.committees[0] if len(rules.committees) == 1 else None


def _numbered(number: str, zh: bool) -> str:
    """A number as the booklet prints it: a UN symbol as it is, else "Resolution 1.1" / "第1.1号决议"."""
    number = number.strip()
    if not number or SYMBOL.match(number) or number.casefold().startswith("resolution") or "决议" in number:
        return number
    return f"第{number}号决议" if zh else f"Resolution {number}"


def _vote_line(path: Path, vote: Vote | None, rules: Conference | None, committee: Committee | None,
               zh: bool) -> tuple[str, str]:
    """(the vote line, "") for an adopted draft; ("", why it is left out) for one not adopted."""
    if vote is None:
        return "", ""
    if vote.tally is None:
        if vote.said == "not-adopted":
            return "", (f"{path}：表决文件记为未通过，未收入决议汇编" if zh else
                        f"{path}: not adopted, as the votes file says; left out of the booklet")
        if vote.said == "without-vote":
            return ("未经表决获得通过" if zh else "Adopted without a vote"), ""
        return ("获得通过" if zh else "Adopted"), ""
    tally = vote.tally
    majority = rules.majority("resolutions", committee) if rules is not None else "simple"
    wrong = problem(tally, majority)
    if wrong:
        raise DrafterError(f"{path}: {wrong}", ExitStatus.BAD_INPUT, zh=f"{path}：{_in_chinese(wrong, tally)}")
    outcome = decide(tally, majority)
    if not outcome.adopted:
        if zh:
            return "", (f"{path}：未获通过（赞成{tally.yes}，反对{tally.no}，弃权{tally.abstain}；"
                        f"{outcome.why('zh')}），未收入决议汇编")
        return "", (f"{path}: not adopted ({tally.yes} for, {tally.no} against, {tally.abstain} abstaining; "
                    f"{outcome.why('en')}); left out of the booklet")
    if zh:
        return f"以{tally.yes}票赞成、{tally.no}票反对、{tally.abstain}票弃权获得通过", ""
    votes = "1 vote" if tally.yes == 1 else f"{tally.yes} votes"
    against = "none" if tally.no == 0 else str(tally.no)
    abstentions = {0: "no abstentions", 1: "1 abstention"}.get(tally.abstain, f"{tally.abstain} abstentions")
    return f"Adopted by {votes} to {against}, with {abstentions}", ""


def _in_chinese(wrong: str, tally: Tally) -> str:
    """What :func:`drafter.conference.vote.problem` found, said in Chinese."""
    cast = tally.yes + tally.no + tally.abstain
    for start, said in (("votes are counted", "票数应为0或以上"),
                        ("the Security Council has", f"安全理事会有15个成员，所投票数却为{cast}票"),
                        ("each veto", "每一否决都是反对票：否决多于反对票"),
                        ("a veto counts", "否决只在安全理事会有效")):
        if wrong.startswith(start):
            return said
    return wrong
