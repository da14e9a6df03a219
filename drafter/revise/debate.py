"""The debate on a draft, as its amendment log records it: submission (with the conference's amendment rules),
voting in the conference's order under its majority for amendments, withdrawal, stale amendments, and the
revised draft rebuilt from the original plus the passed amendments in the order they were decided.

Every amendment names paragraphs of the draft as it stands when it is submitted, with every amendment passed so
far accepted. When a passed amendment strikes or changes a paragraph a pending one addresses, or strikes or
adds paragraphs before it so that its number changes, the pending one goes stale: it would act on another text
than the one its proposer read, so it is resubmitted with the numbers of the text as it now stands.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.compose import answers as answers_file
from drafter.conference import Conference, load
from drafter.conference.model import Committee, Majority
from drafter.conference.vote import Outcome, Tally, decide, problem
from drafter.library import Library
from drafter.problems import Location, Problem
from drafter.revise import amend
from drafter.revise.amend import Action, Amendment, AmendmentError
from drafter.revise.document import DraftDocument, open_draft
from drafter.revise.log import Entry, Log, Staleness, Vote, status_name
from drafter.revise.reviser import Reviser
from drafter.revise.step import ActionProblem
from drafter.revise.step import Said as Line  # Said here is a (English, Chinese) pair
from drafter.revise.view import DraftView
from drafter.status import DrafterError, ExitStatus
from drafter.structure import Node

Said = tuple[str, str]  # a message in English and in Chinese


class Refused(DrafterError):
    """A step the conference's rules or the log's state do not allow; the message in both languages."""

    def __init__(self, en: str, zh: str, lang: str) -> None:
        super().__init__(zh if lang == "zh" else en, ExitStatus.BAD_INPUT)
        self.en, self.zh = en, zh


@dataclass
class Debate:
    """A log with what it names read: the conference (None without a rules file), the committee and every
    amendment file (by submission number)."""

    log: Log
    lib: Library
    conference: Conference | None
    committee: Committee | None
    amendments: dict[int, Amendment]
    lang: str = "en"
    opened: DraftDocument | None = None  # the draft opened to learn its language, used once by draft()

    @property
    def majority(self) -> Majority:
        """The majority an amendment needs: the conference's for amendments, simple without rules."""
        return self.conference.majority("amendments", self.committee) if self.conference else "simple"

    @property
    def order(self) -> str:
        return self.conference.amendment_rules.order if self.conference else "submission"

    def entry(self, written: str) -> Entry:
        """The entry ``written`` names: its submission number, or its file (with or without .yaml)."""
        for entry in self.log.entries:
            if written.strip() in (str(entry.submitted), entry.file, Path(entry.file).name, Path(entry.file).stem):
                return entry
        known = ", ".join(f"{e.submitted} ({Path(e.file).stem})" for e in self.log.entries) or "none yet"
        raise Refused(f"no amendment {written!r} in {self.log.path.name} (amendments: {known})",
                      f"{self.log.path.name}中没有修正案“{written}”（现有：{known}）", self.lang)

    def name(self, entry: Entry, lang: str) -> str:
        """"amendment 2 (France)" / "第2号修正案（法国）"."""
        country = self.lib.countries.get(entry.proposer)
        who = country.name[lang] if country else entry.proposer
        return f"第{entry.submitted}号修正案（{who}）" if lang == "zh" else f"amendment {entry.submitted} ({who})"

    def queue(self) -> list[Entry]:
        """The pending unfriendly amendments in the order they are voted on (a friendly one is incorporated when
        the sponsors agree, MUN-A01, whenever that is)."""
        pending = sorted((e for e in self.log.entries if e.status == "pending" and e.kind == "unfriendly"),
                         key=lambda e: e.submitted)
        return pending[::-1] if self.order == "reverse" else pending

    def outcome(self, entry: Entry) -> Outcome | None:
        return decide(entry.vote.tally, entry.vote.majority) if entry.vote is not None else None

    # -- the text as it stands ------------------------------------------------------------------------------
    def draft(self) -> DraftDocument:
        """The draft as introduced, freshly opened (a reviser changes the one it is given)."""
        if self.opened is not None:
            draft, self.opened = self.opened, None
            return draft
        return open_draft(self.log.draft_path, self.lib)

    def draft_language(self) -> str:
        """The draft's language: an answers file says it; a .docx is read."""
        if self.log.draft_path.suffix.lower() in (".yaml", ".yml"):
            return answers_file.read(self.log.draft_path, self.lib).language
        self.opened = open_draft(self.log.draft_path, self.lib)
        return self.opened.language

    def current(self) -> Reviser:
        """A reviser holding the draft with every passed amendment applied, in the order decided."""
        reviser = Reviser(self.draft(), self.lib)
        for entry in self.log.passed():
            reviser.apply(self.amendments[entry.submitted])
        if reviser.problems:
            raise AmendmentError([Problem(Location(self.log.path, 1, 1),
                                          "the passed amendments no longer apply to the draft (was the draft or an "
                                          "amendment file changed after the vote?)",
                                          zh="已通过的修正案不再适用于草案（表决后草案或修正案文件是否改过？）"),
                                  *reviser.problems])
        return reviser

    def revised(self) -> Reviser:
        """The revised draft: the original plus the passed amendments, finished (numbers, final marks)."""
        reviser = self.current()
        reviser.finish()
        return reviser


def open_debate(log: Log, lib: Library, lang: str | None = None) -> Debate:
    """Read what ``log`` names: its rules file, its committee, every amendment file; raise listing every problem."""
    conference = load(log.rules_path) if log.rules_path is not None else None
    committee = None
    if conference is not None and log.committee:
        committee = conference.committee(log.committee)
        if committee is None:
            known = ", ".join(c.name for c in conference.committees)
            raise AmendmentError([Problem(Location(log.path, 1, 1), f"committee {log.committee!r} is not in "
                                                                    f"{log.rules} (committees: {known})",
                                          zh=f"委员会“{log.committee}”不在 {log.rules} 中（委员会："
                                             f"{'、'.join(c.name for c in conference.committees)}）")])
    elif conference is not None and len(conference.committees) == 1:
        committee = conference.committees[0]
    amendments: dict[int, Amendment] = {}
    problems: list[Problem] = []
    for entry in log.entries:
        path = log.resolve(entry.file)
        if not path.exists():
            problems.append(Problem(Location(log.path, entry.line, 1), f"no amendment file {entry.file!r}",
                                    zh=f"没有修正案文件“{entry.file}”"))
            continue
        try:
            amendments[entry.submitted] = amend.read(path, lib)
        except AmendmentError as exc:
            problems.extend(exc.problems)
            continue
        found = amendments[entry.submitted]
        if (found.submitted_by, found.cosigners, found.kind) != (entry.proposer, entry.cosigners, entry.kind):
            problems.append(Problem(Location(log.path, entry.line, 1),
                                    f"{entry.file} was changed after it was submitted: the log records "
                                    f"{entry.proposer} {entry.cosigners} ({entry.kind}), the file says "
                                    f"{found.submitted_by} {found.cosigners} ({found.kind})",
                                    "submit the changed amendment as a new one",
                                    zh=f"{entry.file} 在提交后被改过：记录为 {entry.proposer} {'、'.join(entry.cosigners)}"
                                       f"（{entry.kind}），文件却为 {found.submitted_by} {'、'.join(found.cosigners)}"
                                       f"（{found.kind}）",
                                    zh_hint="请把改过的修正案作为新修正案提交"))
    if problems:
        raise AmendmentError(problems)
    debate = Debate(log, lib, conference, committee, amendments)
    debate.lang = lang or debate.draft_language()
    return debate


# -- submission -------------------------------------------------------------------------------------------------
def rule_line(conference: Conference, key: str) -> str:
    """"thimun-style.yaml line 32" for a key of the amendment rules (its file alone when not written)."""
    line = conference.amendment_rules.lines.get(key)
    return f"{conference.path.name} line {line}" if line else conference.path.name


def check_rules(debate: Debate, amendment: Amendment, path: Path) -> None:
    """Refuse ``amendment`` when the conference's amendment rules do not allow it, citing the rule."""
    conference = debate.conference
    if amendment.preambular:
        action = amendment.preambular[0]
        if conference is not None and not conference.amend_preamble:
            where = rule_line(conference, "preambular")
            raise Refused(f"{path.name}: {action.address!r} is a preambular paragraph, and this conference's rules "
                          f"allow no amendment to the preamble ({where}: amendments: preambular: false)",
                          f"{path.name}：“{action.address}”是序言段落，本次会议规则不允许修正序言部分"
                          f"（{where}：修正案：序言可修正：false）", debate.lang)
        raise Refused(f"{path.name}: {action.address!r} is a preambular paragraph: drafter amends operative "
                      "paragraphs only (FORMAT.md MUN-A03); change the preamble by hand if the conference allows it",
                      f"{path.name}：“{action.address}”是序言段落：drafter只修正执行部分（FORMAT.md MUN-A03）；"
                      "会议允许修正序言时，请手动修改", debate.lang)
    if conference is None or amendment.kind != "unfriendly":
        return
    needed = conference.amendment_rules.unfriendly_signatories
    have = len(amendment.cosigners)
    if have < needed:
        where = rule_line(conference, "unfriendly-signatories")
        raise Refused(f"{path.name}: an unfriendly amendment needs at least {needed} signatories at this conference "
                      f"({where}: unfriendly-signatories: {needed}); it has {have}",
                      f"{path.name}：本次会议的非友好修正案至少需要{needed}个附议国（{where}："
                      f"非友好附议：{needed}），现有{have}个", debate.lang)


def submit(debate: Debate, path: Path, written: str) -> tuple[Entry, Reviser]:
    """Check the amendment at ``path`` (its fields, the conference's rules, every action on the draft as it now
    stands) and enter it as pending; ``written`` is how the log names the file. Nothing changes on a problem."""
    amendment, problems = amend.parse_file(path, debate.lib)
    check_rules(debate, amendment, path)
    if problems:
        raise AmendmentError(problems)
    for entry in debate.log.entries:
        if debate.log.resolve(entry.file).resolve() == path.resolve():
            raise Refused(f"{path.name} is already in the log as amendment {entry.submitted} ({entry.status})",
                          f"{path.name}已作为第{entry.submitted}号修正案记入（{status_name(entry.status, 'zh')}）",
                          debate.lang)
    reviser = debate.current()
    reviser.apply(amendment)
    if reviser.problems:
        raise AmendmentError(reviser.problems)
    named = amendment.draft_path
    if named is not None and named.resolve() != debate.log.draft_path.resolve():
        reviser.notes.append(Line(f"{path.name} names {amendment.draft} as its draft; it was checked against the "
                                  f"log's draft {debate.log.draft}",
                                  f"{path.name}所指的草案是{amendment.draft}；现已对照记录中的草案{debate.log.draft}检查"))
    entry = Entry(written, debate.log.next_submitted(), amendment.submitted_by, list(amendment.cosigners),
                  amendment.kind)
    debate.log.entries.append(entry)
    debate.amendments[entry.submitted] = amendment
    return entry, reviser


# -- deciding ---------------------------------------------------------------------------------------------------
def vote(debate: Debate, entry: Entry, tally: Tally) -> tuple[Outcome, list[Entry]]:
    """Record the vote on ``entry`` (the next in the conference's voting order); when it passes, the pending
    amendments it made stale. Refused when another amendment is voted first or the tally is impossible."""
    _pending(debate, entry)
    queue = debate.queue()
    if entry.kind == "unfriendly" and queue[0] is not entry:
        first = queue[0]
        en_order = "in reverse order of submission" if debate.order == "reverse" else "in order of submission"
        zh_order = "按提交的倒序" if debate.order == "reverse" else "按提交顺序"
        source = f" ({rule_line(debate.conference, 'order')})" if debate.conference else ""
        raise Refused(f"{debate.name(first, 'en')} is voted first: amendments are voted {en_order}{source}",
                      f"应先表决{debate.name(first, 'zh')}：修正案{zh_order}表决{source.replace('(', '（').replace(')', '）')}",
                      debate.lang)
    majority = debate.majority
    wrong = problem(tally, majority)
    if wrong:
        raise Refused(f"vote: {wrong}", f"表决：{wrong}", debate.lang)
    outcome = decide(tally, majority)
    entry.vote = Vote(tally.yes, tally.no, tally.abstain, majority)
    entry.decided = debate.log.next_decided()
    if not outcome.adopted:
        entry.status = "failed"
        return outcome, []
    return outcome, _pass(debate, entry)


def accept(debate: Debate, entry: Entry) -> list[Entry]:
    """A friendly amendment incorporated without a vote (MUN-A01): the pending ones it made stale."""
    _pending(debate, entry)
    if entry.kind != "friendly":
        raise Refused(f"{debate.name(entry, 'en')} is unfriendly: it is put to the vote (vote {entry.submitted} "
                      "--for N --against N)",
                      f"{debate.name(entry, 'zh')}是非友好修正案，须付诸表决", debate.lang)
    entry.decided = debate.log.next_decided()
    return _pass(debate, entry)


def withdraw(debate: Debate, entry: Entry, reason: str = "") -> None:
    """The proposer withdraws a pending amendment."""
    _pending(debate, entry)
    entry.status = "withdrawn"
    entry.reason = reason


def _pending(debate: Debate, entry: Entry) -> None:
    if entry.status != "pending":
        raise Refused(f"{debate.name(entry, 'en')} is {entry.status}, not pending",
                      f"{debate.name(entry, 'zh')}状态为“{status_name(entry.status, 'zh')}”，不是待表决",
                      debate.lang)


@dataclass
class Target:
    """A paragraph a pending amendment addresses, as it stood before the amendment being passed."""

    entry: Entry
    address: str
    node: Node
    text: str
    now: str  # its address in the text as it stood
    numbering: str  # the amendment's: "original" addresses do not move when paragraphs are struck or added


def _pass(debate: Debate, entry: Entry) -> list[Entry]:
    """Apply ``entry`` to the text as it stands; mark passed; the pending amendments it made stale."""
    reviser = debate.current()
    view = reviser.view
    view.begin(len(reviser.amendments), renumbered=reviser.structural_author is not None)
    targets: list[Target] = []
    stale: dict[int, Staleness] = {}
    for other in debate.log.entries:
        if other.status != "pending" or other is entry:
            continue
        numbering = debate.amendments[other.submitted].numbering
        for action in debate.amendments[other.submitted].actions:
            node = _target(view, action, numbering, stale, other, entry)
            if node is not None:
                targets.append(Target(other, action.address, node, view.text(node), view.address(node), numbering))
    reviser.apply(debate.amendments[entry.submitted])
    if reviser.problems:
        raise AmendmentError(reviser.problems)
    entry.status = "passed"
    for target in targets:
        if target.entry.submitted in stale:
            continue
        found = _what_happened(view, target)
        if found is not None:
            stale[target.entry.submitted] = Staleness(entry.submitted, target.address, *found)
    made = []
    for other in debate.log.entries:
        if other.submitted in stale:
            other.status, other.stale = "stale", stale[other.submitted]
            made.append(other)
    return made


def _target(view: DraftView, action: Action, numbering: str, stale: dict[int, Staleness], other: Entry,
            passing: Entry) -> Node | None:
    """The paragraph ``action`` addresses (for an addition: the paragraph it follows); None for the first or
    final place, or when the address no longer names a paragraph (then the amendment is stale)."""
    if action.kind == "add_after" and action.path in ([0], []):
        return None
    try:
        return view.find(action.path, numbering, action.address)
    except ActionProblem:
        stale.setdefault(other.submitted, Staleness(passing.submitted, action.address, "struck"))
        return None


def _what_happened(view: DraftView, target: Target) -> tuple[str, str] | None:
    """How the passed amendment touched a target: struck (it or a paragraph it stands in), changed, or
    renumbered (its new address); None when untouched."""
    node: Node | None = target.node
    while node is not None:
        if view.live[node].struck_by is not None:
            return "struck", ""
        node = node.parent
    if view.text(target.node) != target.text:
        return "changed", ""
    now = view.address(target.node)
    if target.numbering == "current" and now != target.now:
        return "renumbered", now
    return None
