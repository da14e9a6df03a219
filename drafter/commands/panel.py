"""The approval panel on the command line: ``drafter check --rules CONF.yaml`` (the conference's rules added to
each file's findings) and ``drafter vote`` (adopted or not from a tally under the conference's majority)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from drafter.commands import common
from drafter.environment import Environment
from drafter.status import DrafterError, ExitStatus

if TYPE_CHECKING:
    from drafter.check import Report
    from drafter.conference import Conference
    from drafter.library import Library
    from drafter.word.reader import Document


def rule_ids() -> list[str]:
    """The ids of the panel's rules (for ``--disable``)."""
    from drafter.conference import PANEL_RULES  # loaded on use: keeps start-up fast

    return list(PANEL_RULES)


def load_rules(args: argparse.Namespace, env: Environment) -> Conference | None:
    """The conference rules file of ``--rules``, with ``--present`` (exit 2 on any problem in it); None without
    ``--rules``."""
    if not args.rules:
        if args.present is not None:
            raise DrafterError("--present counts the delegations for a conference's rules: give --rules CONF.yaml",
                               zh="--present 是会议规则所用的出席代表团数：请给出 --rules CONF.yaml")
        return None
    from drafter import conference  # loaded on use: keeps start-up fast

    if args.present is not None and args.present < 1:
        raise DrafterError("--present: give the number of delegations present, from 1",
                           zh="--present：请给出出席的代表团数，至少为 1")
    return conference.load(env.resolve(args.rules), args.present)


def add_findings(conf: Conference, checked: list[tuple[Report, Document]], lib: Library,
                 args: argparse.Namespace) -> None:
    """Add the conference's findings to each report (position papers are left alone): per draft and across
    the batch, filtered by ``--disable`` and ``--min-severity`` like the formatting findings."""
    # loaded on use: keeps start-up fast
    from drafter.check import Finding
    from drafter.check.rules import SEVERITIES
    from drafter.conference import Entry, Panel, read_draft
    from drafter.structure import read_structure

    names = lib.state_names
    drafts = [(report, doc) for report, doc in checked if report.profile != "position-paper"]
    entries = [Entry(read_draft(report.file, read_structure(doc, lib, report.language, report.profile), names), doc,
                     doc.path) for report, doc in drafts]
    if _needs_present(conf) and args.present is None and conf.present is None:
        raise DrafterError(f"{args.rules}: the signature rule is a share of the delegations present; give --present N "
                           "or present: in the file",
                           zh=f"{args.rules}：签署规则按出席代表团的比例计算；请给出 --present N，或在文件中写 `present:`")
    threshold = SEVERITIES.index(args.min_severity)
    texts = [{p.index: p.text for p in doc.paragraphs} for _, doc in drafts]
    for breach in Panel(conf, args.present).check(entries):
        if breach.rule in args.disable or SEVERITIES.index(breach.severity) > threshold:
            continue
        report = drafts[breach.draft][0]
        text = texts[breach.draft].get(breach.paragraph, "")
        start = max(0, breach.column - 1 - 10)
        excerpt = text[start: start + 60].replace("\n", " ").strip()
        report.findings.append(Finding(breach.rule, breach.severity, breach.paragraph, breach.column, excerpt,
                                       breach.said, lang=report.message_lang))
    for report, _ in drafts:
        if conf.sc_only:  # the conference says which verbs are the Security Council's: its rule replaces the profile's
            report.findings = [f for f in report.findings if f.rule != "sc-only-phrase"]
        report.findings.sort(key=lambda f: (f.paragraph, f.column))


def _needs_present(conf: Conference) -> bool:
    return conf.signatures.share > 0


# -- drafter vote --------------------------------------------------------------------------------------------------


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``vote``."""
    vote = sub.add_parser("vote", help="adopted or not: a tally under a conference's majority",
                          description="Say whether a resolution or amendment is adopted from the votes cast, under "
                                      "the majority of the conference's rules file (the Security Council: nine votes "
                                      "and no permanent member against). Exit 0 when adopted, 1 when not, 2 for "
                                      "usage errors.")
    vote.add_argument("--rules", metavar="CONF.yaml", required=True, help="the conference's rules file")
    vote.add_argument("--for", dest="yes", metavar="N", type=int, required=True, help="votes for")
    vote.add_argument("--against", metavar="N", type=int, required=True, help="votes against")
    vote.add_argument("--abstain", metavar="N", type=int, default=0, help="abstentions (default 0)")
    vote.add_argument("--committee", metavar="NAME",
                      help="the committee voting, as the rules file names it (default: its only committee)")
    vote.add_argument("--veto", metavar="STATE", action="append", default=[],
                      help="a permanent member of the Security Council voting against (repeatable)")
    vote.add_argument("--on", choices=["resolutions", "amendments"], default="resolutions",
                      help="what is voted on (default: a resolution)")
    vote.add_argument("--lang", choices=["en", "zh"], help="language of the result (default: the rules file's)")
    vote.add_argument("--format", choices=["text", "json"], default="text")
    vote.set_defaults(handler=run_vote, present=None)
    common.library_option(vote)


def run_vote(args: argparse.Namespace, env: Environment) -> int:
    """Print adopted / not adopted and why."""
    # loaded on use: keeps start-up fast
    from drafter.conference import Tally, decide
    from drafter.conference.vote import PERMANENT, problem

    conf = load_rules(args, env)
    assert conf is not None  # --rules is required by the parser
    committee = None
    if args.committee:
        committee = conf.committee(args.committee)
        if committee is None:
            known = ", ".join(c.name for c in conf.committees)
            raise DrafterError(f"--committee {args.committee!r} is not in {args.rules} (committees: {known})",
                               zh=f"--committee“{args.committee}”不在 {args.rules} 中（委员会："
                                  f"{'、'.join(c.name for c in conf.committees)}）")
    elif len(conf.committees) == 1:
        committee = conf.committees[0]
    majority = conf.majority(args.on, committee)
    vetoes: list[str] = []
    if args.veto:
        names = common.load_library(args, env).state_names
        for written in args.veto:
            found = names.find(written)
            if found is None or found.country is None or found.country.iso3 not in PERMANENT:
                raise DrafterError(f"--veto {written!r}: not a permanent member of the Security Council "
                                   "(China, France, Russian Federation, United Kingdom, United States)",
                                   zh=f"--veto“{written}”：不是安全理事会常任理事国（中国、法国、俄罗斯联邦、"
                                      "大不列颠及北爱尔兰联合王国、美利坚合众国）")
            vetoes.append(found.country.name.en)
    tally = Tally(args.yes, args.against, args.abstain, tuple(vetoes))
    wrong = problem(tally, majority)
    if wrong:
        raise DrafterError(f"vote: {wrong}", zh=f"表决：{problem(tally, majority, 'zh')}")
    outcome = decide(tally, majority)
    lang = args.lang or conf.language
    if args.format == "json":
        common.print_json(env, {"adopted": outcome.adopted, "majority": majority, "for": tally.yes,
                                "against": tally.no, "abstain": tally.abstain, "vetoes": list(tally.vetoes),
                                "needed": outcome.needed, "reason": outcome.why(lang)})
    elif lang == "zh":
        verdict = "通过" if outcome.adopted else "未通过"
        env.print(f"{verdict}（赞成{tally.yes}，反对{tally.no}，弃权{tally.abstain}）：{outcome.why('zh')}")
    else:
        verdict = "adopted" if outcome.adopted else "not adopted"
        env.print(f"{verdict} ({tally.yes} for, {tally.no} against, {tally.abstain} abstaining): {outcome.why('en')}")
    return ExitStatus.OK if outcome.adopted else ExitStatus.FINDINGS
