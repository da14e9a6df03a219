"""The votes file of a booklet: for each draft, its tally or its outcome.

```yaml
brazil.docx: {for: 20, against: 10, abstain: 5}
china.docx: adopted without a vote
usa.docx: {for: 11, against: 2, abstain: 2, veto: [Russian Federation]}
```

A key names a draft as the command line gives it: a path relative to the votes file's folder, or its file name.
Chinese keys and outcomes are read too (赞成、反对、弃权、否决; 未经表决通过、通过、未通过). Every problem is
reported with its line, in the booklet's language, and nothing is written (exit 2).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from drafter.conference import Tally
from drafter.conference.vote import PERMANENT
from drafter.library.names import StateNames
from drafter.problems import Location, Problem
from drafter.status import DrafterError, ExitStatus
from drafter.yamlio import YamlProblem, YList, YMap, read_input

Said = Literal["adopted", "without-vote", "not-adopted"]
OUTCOMES: dict[str, Said] = {
    "adopted": "adopted", "adopted without a vote": "without-vote", "without a vote": "without-vote",
    "consensus": "without-vote", "adopted by consensus": "without-vote", "not adopted": "not-adopted",
    "rejected": "not-adopted", "通过": "adopted", "获得通过": "adopted", "未经表决通过": "without-vote",
    "未经表决获得通过": "without-vote", "未经表决": "without-vote", "协商一致": "without-vote",
    "以协商一致方式通过": "without-vote", "未通过": "not-adopted", "未获通过": "not-adopted", "否决": "not-adopted",
}
KEYS = {"for": "for", "against": "against", "abstain": "abstain", "abstentions": "abstain", "veto": "veto",
        "vetoes": "veto", "赞成": "for", "反对": "against", "弃权": "abstain", "否决": "veto"}


@dataclass(frozen=True)
class Vote:
    """A draft's vote: a tally to decide under the conference's majority, or an outcome as stated."""

    tally: Tally | None = None
    said: Said = "adopted"


def read_votes(path: Path, drafts: list[Path], names: StateNames) -> dict[Path, Vote]:
    """The vote of each draft the file names (keyed by the draft's path as given in ``drafts``); its problems
    are raised in English and Chinese."""
    try:
        data = read_input(path, "votes file")
    except YamlProblem as exc:
        raise DrafterError(str(exc), ExitStatus.BAD_INPUT,
                           zh=f"{Location(exc.path, exc.line, exc.column).zh()}：{exc.zh}") from None
    problems: list[Problem] = []

    def report(mark: tuple[int, int], en: str, zh_text: str) -> None:
        problems.append(Problem(Location(path, *mark), en, zh=zh_text))

    if not isinstance(data, YMap):
        raise DrafterError(f"{path}:1:1: a votes file maps each draft file to its vote: "
                           "draft.docx: {for: 20, against: 10, abstain: 5}",
                           zh=f"{path} 第1行第1列：表决文件应为映射，由草案文件对应其表决"
                              "（例如 `draft.docx: {for: 20, against: 10, abstain: 5}`）")
    votes: dict[Path, Vote] = {}
    for key, value in data.items():
        mark = data.where_key(key)
        draft = _draft(str(key), path.parent, drafts)
        if draft is None:
            twice = sum(d.name == Path(str(key)).name for d in drafts) > 1
            report(mark, f"{key!r} names two drafts of that name: give its path relative to the votes file" if twice
                   else f"{key!r} names no draft given on the command line",
                   f"“{key}”对应两份同名草案：请写出相对于表决文件的路径" if twice else f"“{key}”不是命令行中给出的草案")
            continue
        vote = _vote(value, data.where(key), names, report)
        if vote is not None:
            votes[draft] = vote
    if problems:
        raise DrafterError("\n".join(str(p) for p in problems), ExitStatus.BAD_INPUT,
                           zh="\n".join(p.text("zh") for p in problems))
    return votes


def _draft(key: str, folder: Path, drafts: list[Path]) -> Path | None:
    """The draft a key names: the same file relative to the votes file's folder, else the only one of that name."""
    target = (folder / key).resolve()
    for draft in drafts:
        if draft.resolve() == target:
            return draft
    named = [d for d in drafts if d.name == Path(key).name]
    return named[0] if len(named) == 1 else None


def _vote(value: object, mark: tuple[int, int], names: StateNames, report: _Report) -> Vote | None:
    if isinstance(value, str):
        said = OUTCOMES.get(" ".join(value.strip().casefold().split()))
        if said is None:
            report(mark, f"{value!r} is no outcome: write the votes ({{for: 20, against: 10, abstain: 5}}) or "
                         "adopted, adopted without a vote, not adopted",
                   f"“{value}”不是表决结果：请写票数（{{赞成: 20, 反对: 10, 弃权: 5}}）或通过、未经表决通过、未通过")
            return None
        return Vote(None, said)
    if not isinstance(value, YMap):
        report(mark, "a vote is a mapping {for: N, against: N, abstain: N} or an outcome (adopted without a vote)",
               "表决结果应为映射（赞成、反对、弃权）或结果（未经表决通过）")
        return None
    counts = {"for": 0, "against": 0, "abstain": 0}
    vetoes: list[str] = []
    good = True
    for key, item in value.items():
        where = value.where_key(key)
        field = KEYS.get(str(key).strip().casefold())
        if field is None:
            report(where, f"unknown key {key!r}: for, against, abstain, veto",
                   f"未知的键“{key}”：应为赞成、反对、弃权、否决")
            good = False
        elif field == "veto":
            found = _vetoes(item, value.where(key), names, report)
            good = good and found is not None
            vetoes = found or []
        elif isinstance(item, bool) or not isinstance(item, int) or item < 0:
            report(value.where(key), f"{key}: {item!r} is not a number of votes (0 or more)",
                   f"{key}：“{item}”不是票数（0或以上）")
            good = False
        else:
            counts[field] = item
    if not good:
        return None
    if "for" not in {KEYS.get(str(k).strip().casefold()) for k in value}:
        report(mark, "a tally needs the votes for (for: N)", "票数须包括赞成票（赞成: N）")
        return None
    return Vote(Tally(counts["for"], counts["against"], counts["abstain"], tuple(vetoes)))


def _vetoes(item: object, mark: tuple[int, int], names: StateNames, report: _Report) -> list[str] | None:
    written = [item] if isinstance(item, str) else list(item) if isinstance(item, YList) else None
    if written is None or not all(isinstance(w, str) for w in written):
        report(mark, "veto: the permanent members voting against, as a list of names",
               "否决：投反对票的常任理事国名单")
        return None
    found: list[str] = []
    for name in written:
        hit = names.find(name)
        if hit is None or hit.country is None or hit.country.iso3 not in PERMANENT:
            report(mark, f"veto: {name!r} is not a permanent member of the Security Council",
                   f"否决：“{name}”不是安全理事会常任理事国")
            return None
        found.append(hit.country.name.en)
    return found


class _Report(Protocol):
    def __call__(self, mark: tuple[int, int], en: str, zh_text: str) -> None: ...
