"""``drafter amendments LOG.yaml``: the committee's amendment log (start, add, vote, accept, withdraw, build,
sheet); without an action it shows the log and the next amendment to be voted on."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.commands import common
from drafter.environment import Environment
from drafter.plurals import counted
from drafter.status import DrafterError, ExitStatus

if TYPE_CHECKING:
    from drafter.revise.debate import Debate
    from drafter.revise.log import Entry


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``amendments`` and its actions."""
    parser = sub.add_parser(
        "amendments", help="the committee's amendment log: submit, vote, withdraw, build the revised draft",
        description="Keep a committee's amendment log (YAML). Amendments are voted one at a time in the "
                    "conference's order under its majority for amendments (simple without --rules); a passed "
                    "amendment that strikes, changes or renumbers a paragraph a pending one addresses makes that "
                    "one stale. Only this command changes the log, atomically. Without an action: show the log.")
    parser.add_argument("log", metavar="LOG.yaml")
    parser.add_argument("--lang", choices=["en", "zh"], help="language of messages and the sheet (default: the draft's)")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="how the log is shown")
    common.library_option(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")

    start = actions.add_parser("start", help="start a log for a draft")
    start.add_argument("draft", metavar="DRAFT", help="the draft debated: an answers file or a .docx")
    start.add_argument("--rules", metavar="CONF.yaml", help="the conference's rules file")
    start.add_argument("--committee", metavar="NAME", help="the committee, as the rules file names it")
    start.add_argument("--force", action="store_true", help="replace LOG.yaml if it exists")

    add = actions.add_parser("add", help="submit amendments (checked against the draft as it now stands)")
    add.add_argument("files", nargs="+", metavar="AMENDMENT.yaml")

    vote = actions.add_parser("vote", help="record the vote on the next amendment")
    vote.add_argument("id", metavar="ID", help="the amendment: its number in the log or its file")
    vote.add_argument("--for", dest="yes", metavar="N", type=int, required=True)
    vote.add_argument("--against", metavar="N", type=int, required=True)
    vote.add_argument("--abstain", metavar="N", type=int, default=0)

    accept = actions.add_parser("accept", help="incorporate a friendly amendment without a vote")
    accept.add_argument("id", metavar="ID")

    withdraw = actions.add_parser("withdraw", help="the proposer withdraws a pending amendment")
    withdraw.add_argument("id", metavar="ID")
    withdraw.add_argument("--reason", default="", help="what the dais notes")

    build = actions.add_parser("build", help="write the revised draft: the original plus the passed amendments")
    build.add_argument("--out", metavar="REVISED.docx", required=True)
    build.add_argument("--accept", action="store_true", help="the clean text, every change accepted")
    build.add_argument("--force", action="store_true", help="replace REVISED.docx if it exists")

    sheet = actions.add_parser("sheet", help="write the sheet of every amendment and its outcome")
    sheet.add_argument("--out", metavar="SHEET.docx", required=True)
    sheet.add_argument("--force", action="store_true", help="replace SHEET.docx if it exists")
    for action in (start, add, vote, accept, withdraw, build, sheet):  # --lang also after the action
        action.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Environment) -> int:
    """Run one action on the log (or show it)."""
    # loaded on use: keeps start-up fast
    from drafter.revise import debate as debating
    from drafter.revise import log as logfile
    from drafter.revise.logwords import outcome_text

    lib = common.load_library(args, env)
    path = env.resolve(args.log)
    if args.action == "start":
        return _start(args, env, path)
    if not path.exists():
        raise DrafterError(common.said(common.user_language(args, env),
                                       f"{args.log}: no such log (start one: drafter amendments {args.log} start DRAFT)",
                                       f"{args.log}：没有此记录文件（新建：drafter amendments {args.log} start 草案）"),
                           ExitStatus.UNREADABLE)
    debate = debating.open_debate(logfile.read(path, lib), lib, args.lang)
    lang = debate.lang
    if args.action is None:
        return _show(args, env, debate)
    if args.action in ("build", "sheet"):
        return _write(args, env, debate)
    if args.action == "add":
        said: list[tuple[str, str]] = []  # printed once every file is in: a refusal leaves nothing submitted
        for written in args.files:
            file = env.resolve(written)
            if not file.exists():
                raise DrafterError(common.said(lang, f"{written}: no such amendment file", f"{written}：没有此修正案文件"),
                                   ExitStatus.UNREADABLE)
            entry, reviser = debating.submit(debate, file, _relative(file, path))
            for _, _, what in reviser.applied[-len(debate.amendments[entry.submitted].actions):]:
                said.append(("print", f"  {what.text(lang)}"))
            for note in reviser.notes:
                said.append(("error", common.said(lang, f"note: {note}", f"注意：{note.zh}")))
            said.append(("error", common.said(lang, f"{written}: submitted as amendment {entry.submitted} ({entry.kind})",
                                              f"{written}：已作为第{entry.submitted}号修正案提交（"
                                              f"{'友好' if entry.kind == 'friendly' else '非友好'}修正案）")))
        for stream, text in said:
            (env.print if stream == "print" else env.error)(text)
    elif args.action == "withdraw":
        entry = debate.entry(args.id)
        debating.withdraw(debate, entry, args.reason)
        env.print(f"{debate.name(entry, lang)}{'：' if lang == 'zh' else ': '}{outcome_text(debate, entry, lang)}")
    else:
        entry = debate.entry(args.id)
        if args.action == "vote":
            from drafter.conference import Tally  # loaded on use: keeps start-up fast

            _, stale = debating.vote(debate, entry, Tally(args.yes, args.against, args.abstain))
        else:
            stale = debating.accept(debate, entry)
        colon = "：" if lang == "zh" else ": "
        env.print(f"{debate.name(entry, lang)}{colon}{outcome_text(debate, entry, lang)}")
        for other in stale:
            env.print(f"{debate.name(other, lang)}{colon}{outcome_text(debate, other, lang)}")
    logfile.write(debate.log)
    _next(env, debate)
    return ExitStatus.OK


def _relative(file: Path, log_path: Path) -> str:
    """How the log names a file: relative to the log's folder when it is in it or a folder beside it, else
    its absolute path."""
    relative = os.path.relpath(file.resolve(), log_path.resolve().parent)
    return str(file.resolve()) if relative.startswith(os.pardir + os.sep + os.pardir) else relative


def _start(args: argparse.Namespace, env: Environment, path: Path) -> int:
    """Write a new, empty log of the draft (the rules file and committee checked first)."""
    # loaded on use: keeps start-up fast
    from drafter.conference import load
    from drafter.files import check_writable
    from drafter.revise import log as logfile

    lang = common.user_language(args, env)
    check_writable(path, args.force)
    draft = env.resolve(args.draft)
    if not draft.exists():
        raise DrafterError(common.said(lang, f"{args.draft}: no such draft", f"{args.draft}：没有此草案"),
                           ExitStatus.UNREADABLE)
    rules = ""
    if args.rules:
        conference = load(env.resolve(args.rules))
        if args.committee and conference.committee(args.committee) is None:
            known = ", ".join(c.name for c in conference.committees)
            raise DrafterError(f"--committee {args.committee!r} is not in {args.rules} (committees: {known})",
                               zh=f"--committee“{args.committee}”不在 {args.rules} 中（委员会："
                                  f"{'、'.join(c.name for c in conference.committees)}）")
        rules = _relative(env.resolve(args.rules), path)
    elif args.committee:
        raise DrafterError("--committee names a committee of a rules file: give --rules CONF.yaml",
                           zh="--committee 指会议规则文件中的委员会：请给出 --rules CONF.yaml")
    log = logfile.new(path, _relative(draft, path), rules, args.committee or "")
    logfile.write(log, force=args.force)
    env.error(common.said(lang, f"wrote {args.log}", f"已写入 {args.log}"))
    return ExitStatus.OK


def _show(args: argparse.Namespace, env: Environment, debate: Debate) -> int:
    """Print the log: the rules, each amendment with its outcome, the next to vote (text or JSON)."""
    from drafter.revise.logwords import outcome_text, rule_summary  # loaded on use: keeps start-up fast

    lang = debate.lang
    entries = sorted(debate.log.entries, key=lambda e: e.submitted)
    queue = debate.queue()
    if args.format == "json":
        common.print_json(env, {
            "log": args.log, "draft": debate.log.draft, "rules": debate.log.rules or None,
            "majority": debate.majority, "order": debate.order,
            "next": queue[0].submitted if queue else None,
            "amendments": [{**e.to_data(), "outcome": outcome_text(debate, e, lang)} for e in entries]})
        return ExitStatus.OK
    env.print(f"{args.log}: {debate.log.draft}; {rule_summary(debate, lang)}" if lang == "en" else
              f"{args.log}：{debate.log.draft}；{rule_summary(debate, lang)}")
    for entry in entries:
        env.print(entry_line(debate, entry, lang))
    if not entries:
        env.print(common.said(lang, "  no amendment submitted yet", "  尚无修正案提交"))
    _next(env, debate)
    return ExitStatus.OK


def _next(env: Environment, debate: Debate) -> None:
    """Say which amendment is voted on next."""
    lang = debate.lang
    queue = debate.queue()
    if queue:
        env.error(common.said(lang, f"next to vote: {debate.name(queue[0], lang)}",
                              f"下一项表决：{debate.name(queue[0], lang)}"))


def _write(args: argparse.Namespace, env: Environment, debate: Debate) -> int:
    # loaded on use: keeps start-up fast
    from drafter.files import check_not_inputs, check_output, check_writable, write_atomic
    from drafter.revise import apply, logsheet

    lang = debate.lang
    out = env.resolve(args.out)
    check_output(args.out, "--out", (".docx",))
    check_not_inputs([out], [debate.log.path, debate.log.draft_path,
                             *(debate.log.resolve(e.file) for e in debate.log.entries)])
    check_writable(out, args.force)
    if args.action == "sheet":
        write_atomic(out, logsheet.render(debate, lang), force=args.force)
        env.error(common.said(lang, f"wrote {args.out}", f"已写入 {args.out}"))
        return ExitStatus.OK
    reviser = debate.revised()
    for note in reviser.notes:
        env.error(common.said(lang, f"note: {note}", f"注意：{note.zh}"))
    write_atomic(out, apply.to_bytes(reviser.draft, args.accept), force=args.force)
    passed = len(debate.log.passed())
    env.error(common.said(lang, f"wrote {args.out}: the draft with {counted(passed, 'passed amendment')}"
                                f"{' accepted' if args.accept else ' as tracked changes'}",
                          f"已写入 {args.out}：草案并入{passed}项通过的修正案"
                          f"{'（已接受全部修改）' if args.accept else '（修改以修订标记显示）'}"))
    return ExitStatus.OK


def entry_line(debate: Debate, entry: Entry, lang: str) -> str:
    """One line of the log as shown."""
    from drafter.revise.logwords import outcome_text  # loaded on use: keeps start-up fast

    country = debate.lib.countries.get(entry.proposer)
    who = country.name[lang] if country else entry.proposer
    more = f" +{len(entry.cosigners)}" if entry.cosigners else ""
    kind = ("友好" if entry.kind == "friendly" else "非友好") if lang == "zh" else entry.kind
    return f"{entry.submitted:>3}  {Path(entry.file).name:<16} {who + more:<18} {kind:<10} {outcome_text(debate, entry, lang)}"
