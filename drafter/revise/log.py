"""The amendment log of a committee: a YAML file the dais keeps, changed only by ``drafter amendments``.

It names the draft under debate (an answers file or a .docx), optionally the conference rules file and the
committee, and every amendment submitted: its file, proposer, co-signers, friendly or unfriendly, its order of
submission, its status, the order in which it was decided and its vote::

    draft: merged.yaml                      # relative to this file
    rules: ../conferences/thimun-style.yaml # optional: majority, voting order, amendment rules
    committee: GA3                          # optional: as the rules file names it
    amendments:
      - file: fra-1.yaml
        submitted: 1
        proposer: FRA
        cosigners: [DEU, ITA]
        kind: unfriendly
        status: passed                      # pending | passed | failed | withdrawn | stale
        decided: 1                          # passed and failed: the order of decision
        vote: {for: 20, against: 5, abstain: 3, majority: simple}
      - file: deu-2.yaml
        ...
        status: stale
        stale: {by: 1, paragraph: '3', how: struck}   # how: struck | changed | renumbered (now: '2')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter import fields, yamlio
from drafter.conference.model import MAJORITIES, Majority
from drafter.conference.vote import Tally, decide
from drafter.files import write_atomic
from drafter.library import Library
from drafter.problems import Location, Problem
from drafter.revise.amend import AmendmentError

STATUSES = ("pending", "passed", "failed", "withdrawn", "stale")
HOWS = ("struck", "changed", "renumbered")
STATUS_NAMES = {"pending": ("pending", "待表决"), "passed": ("passed", "通过"), "failed": ("failed", "未通过"),
                "withdrawn": ("withdrawn", "已撤回"), "stale": ("stale", "已失效")}

TOP = ("draft", "rules", "committee", "amendments")
ENTRY = ("file", "submitted", "proposer", "cosigners", "kind", "status", "decided", "vote", "stale", "reason")


@dataclass
class Vote:
    """The votes cast on an amendment and the majority it needed."""

    yes: int
    no: int
    abstain: int
    majority: Majority

    @property
    def tally(self) -> Tally:
        return Tally(self.yes, self.no, self.abstain)

    def to_data(self) -> dict[str, Any]:
        return {"for": self.yes, "against": self.no, "abstain": self.abstain, "majority": self.majority}


@dataclass
class Staleness:
    """Why a pending amendment went stale: the amendment whose passing did it (its submission number), the
    paragraph it addressed, and what happened to it (struck, changed, renumbered to ``now``)."""

    by: int
    paragraph: str
    how: str
    now: str = ""

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"by": self.by, "paragraph": self.paragraph, "how": self.how}
        if self.now:
            data["now"] = self.now
        return data


@dataclass
class Entry:
    """One amendment in the log."""

    file: str
    submitted: int
    proposer: str
    cosigners: list[str] = field(default_factory=list)
    kind: str = "friendly"
    status: str = "pending"
    decided: int = 0
    vote: Vote | None = None
    stale: Staleness | None = None
    reason: str = ""  # withdrawn: what the dais noted
    line: int = 0  # where the entry stands in the log (0: added by this run)

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"file": self.file, "submitted": self.submitted, "proposer": self.proposer,
                                "cosigners": list(self.cosigners), "kind": self.kind, "status": self.status}
        if self.decided:
            data["decided"] = self.decided
        if self.vote is not None:
            data["vote"] = self.vote.to_data()
        if self.stale is not None:
            data["stale"] = self.stale.to_data()
        if self.reason:
            data["reason"] = self.reason
        return data


@dataclass
class Log:
    """The log as read: the paths it names are relative to the log's folder."""

    path: Path
    draft: str
    rules: str = ""
    committee: str = ""
    entries: list[Entry] = field(default_factory=list)

    def resolve(self, written: str) -> Path:
        """A path the log writes, relative to the log's folder."""
        path = Path(written).expanduser()
        return path if path.is_absolute() else self.path.parent / path

    @property
    def draft_path(self) -> Path:
        return self.resolve(self.draft)

    @property
    def rules_path(self) -> Path | None:
        return self.resolve(self.rules) if self.rules else None

    def passed(self) -> list[Entry]:
        """The passed amendments in the order they were decided: the order they are applied in."""
        return sorted((e for e in self.entries if e.status == "passed"), key=lambda e: e.decided)

    def next_decided(self) -> int:
        return max((e.decided for e in self.entries), default=0) + 1

    def next_submitted(self) -> int:
        return max((e.submitted for e in self.entries), default=0) + 1

    def to_yaml(self) -> str:
        data: dict[str, Any] = {"draft": self.draft}
        if self.rules:
            data["rules"] = self.rules
        if self.committee:
            data["committee"] = self.committee
        data["amendments"] = [e.to_data() for e in sorted(self.entries, key=lambda e: e.submitted)]
        header = ("# drafter amendment log: changed by `drafter amendments THIS_FILE add | vote | accept | withdraw`;\n"
                  "# `drafter amendments THIS_FILE` shows it, `... build --out REVISED.docx` and `... sheet --out "
                  "SHEET.docx` write.\n")
        return header + yamlio.dump(data)


def new(path: Path, draft: str, rules: str = "", committee: str = "") -> Log:
    """An empty log of ``draft``."""
    return Log(path, draft, rules, committee)


def write(log: Log, force: bool = True) -> None:
    """Write the log atomically (a temporary file renamed over it: the old log stays whole until then)."""
    write_atomic(log.path, log.to_yaml().encode("utf-8"), force=force)


def read(path: Path, lib: Library) -> Log:
    """Read and check a log; raise :class:`AmendmentError` listing every problem with its line."""
    try:
        data = yamlio.read_input(path, "amendment log")
    except yamlio.YamlProblem as exc:
        raise AmendmentError([Problem(Location(path, exc.line, exc.column), exc.message, zh=exc.zh)]) from None
    problems: list[Problem] = []

    def problem(mark: tuple[int, int], message: str, hint: str = "", *, zh: str = "", zh_hint: str = "") -> None:
        problems.append(Problem(Location(path, *mark), message, hint, zh, zh_hint))

    if not isinstance(data, yamlio.YMap):
        problem((1, 1), "an amendment log is a mapping (draft:, rules:, amendments:)",
                "start one with `drafter amendments LOG.yaml start DRAFT`",
                zh="修正案记录是映射（`draft:`、`rules:`、`amendments:`）",
                zh_hint="请用 `drafter amendments LOG.yaml start DRAFT` 新建")
        raise AmendmentError(problems)
    fields.check_keys(data, TOP, problem)
    draft = fields.text(data, "draft", problem, required=True, hint="the draft debated: an answers file or a .docx",
                        zh_hint="所审议的草案：答案文件或 .docx")
    log = Log(path, draft, fields.text(data, "rules", problem), fields.text(data, "committee", problem))
    if draft and not log.draft_path.exists():
        problem(data.where("draft"), f"no draft {draft!r} (paths are relative to the log's folder)",
                zh=f"没有草案“{draft}”（路径相对于记录所在文件夹）")
    if log.rules_path is not None and not log.rules_path.exists():
        problem(data.where("rules"), f"no rules file {log.rules!r} (paths are relative to the log's folder)",
                zh=f"没有规则文件“{log.rules}”（路径相对于记录所在文件夹）")
    items = fields.list_under(data, "amendments", problem, "amendments must be a list (- file: fra-1.yaml …)",
                              "amendments 必须是列表（`- file: fra-1.yaml …`）")
    for index, item in enumerate(items or []):
        entry = _entry(item, items.where(index) if items is not None else data.mark, lib, problem)
        if entry is not None:
            log.entries.append(entry)
    _check_numbers(log, problem)
    if problems:
        raise AmendmentError(problems)
    return log


def _entry(item: Any, mark: yamlio.Mark, lib: Library, problem: fields.Report) -> Entry | None:
    if not isinstance(item, yamlio.YMap):
        problem(mark, "each amendment is a mapping (file:, submitted:, proposer:, status: …)",
                zh="每项修正案都是映射（`file:`、`submitted:`、`proposer:`、`status:` …）")
        return None
    fields.check_keys(item, ENTRY, problem)
    file = fields.text(item, "file", problem, required=True, hint="the amendment file, relative to the log",
                       zh_hint="修正案文件，路径相对于记录")
    submitted = fields.whole_number(item, "submitted", problem, minimum=1)
    if submitted is None and "submitted" not in item:
        problem(item.mark, fields.missing("submitted"), "the order of submission: 1, 2, 3 …",
                zh=fields.missing_zh("submitted"), zh_hint="提交的顺序：1、2、3 …")
    proposer = fields.text(item, "proposer", problem, required=True, hint="the submitting delegation (ISO3)",
                           zh_hint="提交的代表团（ISO3 代码）")
    if proposer and lib.find_country(proposer) is None:
        problem(item.where("proposer"), lib.unknown_country(proposer), zh=lib.unknown_country_zh(proposer))
    cosigners = fields.as_list(item.get("cosigners", yamlio.YList()))
    if cosigners is None or not all(isinstance(c, str) for c in cosigners):
        problem(item.where("cosigners"), "cosigners must be a list of delegations", zh="cosigners 必须是代表团列表")
        cosigners = yamlio.YList()
    kind = fields.text(item, "kind", problem, choices=("friendly", "unfriendly")) or "friendly"
    status = fields.text(item, "status", problem, required=True, choices=STATUSES)
    decided = fields.whole_number(item, "decided", problem, minimum=1) or 0
    entry = Entry(file, submitted or 0, proposer, [str(c) for c in cosigners], kind, status or "pending", decided,
                  _vote(item, problem), _stale(item, problem), fields.text(item, "reason", problem), item.mark[0])
    _check_status(entry, item, problem)
    return entry if file and status and submitted else None


def _vote(item: yamlio.YMap, problem: fields.Report) -> Vote | None:
    found = fields.mapping_under(item, "vote", problem, "vote must be a mapping (for: 20, against: 5, abstain: 3)",
                                 "vote 必须是映射（`for: 20, against: 5, abstain: 3`）")
    if found is None:
        return None
    fields.check_keys(found, ("for", "against", "abstain", "majority"), problem)
    counts = [fields.whole_number(found, key, problem, minimum=0) for key in ("for", "against", "abstain")]
    for key in ("for", "against"):
        if key not in found:
            problem(found.mark, fields.missing(key), zh=fields.missing_zh(key))
    majority = fields.text(found, "majority", problem, choices=MAJORITIES) or "simple"
    if counts[0] is None or counts[1] is None:
        return None
    return Vote(counts[0], counts[1], counts[2] or 0, majority)  # type: ignore[arg-type]


def _stale(item: yamlio.YMap, problem: fields.Report) -> Staleness | None:
    found = fields.mapping_under(item, "stale", problem, "stale must be a mapping (by: 1, paragraph: '3', how: struck)",
                                 "stale 必须是映射（`by: 1, paragraph: '3', how: struck`）")
    if found is None:
        return None
    fields.check_keys(found, ("by", "paragraph", "how", "now"), problem)
    by = fields.whole_number(found, "by", problem, minimum=1)
    paragraph = fields.text(found, "paragraph", problem, required=True)
    how = fields.text(found, "how", problem, required=True, choices=HOWS)
    if by is None or not paragraph or not how:
        return None
    return Staleness(by, paragraph, how, fields.text(found, "now", problem))


def _check_status(entry: Entry, item: yamlio.YMap, problem: fields.Report) -> None:
    """A status agrees with what the entry records: a decided amendment has its order of decision, a vote's
    outcome is its status, a stale one says why."""
    where = item.where("status")
    if entry.status in ("passed", "failed") and not entry.decided:
        problem(where, f"a {entry.status} amendment has 'decided:' (its order of decision)",
                zh=f"{status_name(entry.status, 'zh')}的修正案须有 `decided:`（决定的顺序）")
    if entry.status in ("pending", "withdrawn", "stale") and entry.decided:
        problem(item.where("decided"), f"a {entry.status} amendment was not decided: remove 'decided:'",
                zh=f"{status_name(entry.status, 'zh')}的修正案未经决定：请删去 `decided:`")
    if entry.status == "failed" and entry.vote is None:
        problem(where, "a failed amendment has its vote (vote: {for: …, against: …, abstain: …})",
                zh="未通过的修正案须有表决结果（`vote: {for: …, against: …, abstain: …}`）")
    if entry.status == "passed" and entry.vote is None and entry.kind == "unfriendly":
        problem(where, "an unfriendly amendment passes only by a vote (vote: {for: …, against: …, abstain: …})",
                zh="非友好修正案只能经表决通过（`vote: {for: …, against: …, abstain: …}`）")
    if entry.vote is not None and entry.status in ("passed", "failed"):
        adopted = decide(entry.vote.tally, entry.vote.majority).adopted
        if adopted != (entry.status == "passed"):
            problem(where, f"the vote ({entry.vote.yes} for, {entry.vote.no} against, {entry.vote.abstain} "
                           f"abstaining, {entry.vote.majority} majority) "
                           f"{'adopts' if adopted else 'does not adopt'} the amendment; the status says {entry.status}",
                zh=f"表决结果（赞成 {entry.vote.yes}，反对 {entry.vote.no}，弃权 {entry.vote.abstain}，"
                   f"{entry.vote.majority} 多数）{'通过' if adopted else '未通过'}该修正案，状态却是"
                   f"{status_name(entry.status, 'zh')}")
    if entry.status == "stale" and entry.stale is None:
        problem(where, "a stale amendment says why (stale: {by: N, paragraph: '3', how: struck})",
                zh="已失效的修正案须说明原因（`stale: {by: N, paragraph: '3', how: struck}`）")


def _check_numbers(log: Log, problem: fields.Report) -> None:
    for key in ("submitted", "decided"):
        seen: dict[int, Entry] = {}
        for entry in log.entries:
            number = getattr(entry, key)
            if number and number in seen:
                problem((entry.line, 1), f"{key}: {number} is also amendment {seen[number].file}'s",
                        zh=f"`{key}: {number}` 也是修正案 {seen[number].file} 的编号")
            seen[number] = entry
    numbers = {e.submitted for e in log.entries}
    for entry in log.entries:
        if entry.stale is not None and entry.stale.by not in numbers:
            problem((entry.line, 1), f"stale: by: {entry.stale.by} names no amendment of the log",
                    zh=f"`stale: by: {entry.stale.by}` 不是本记录中的修正案")


def status_name(status: str, lang: str) -> str:
    """A status as the dais says it: "stale" / "已失效"."""
    en, zh = STATUS_NAMES[status]
    return zh if lang == "zh" else en
