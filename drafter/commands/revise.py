"""``drafter amend``, ``apply``, ``diff`` and ``merge``: amendments checked and applied as tracked changes,
versions compared, several blocs' drafts merged."""

from __future__ import annotations

import argparse

from drafter.commands import common
from drafter.environment import Environment
from drafter.status import ExitStatus


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``amend``, ``apply``, ``diff`` and ``merge``."""
    amend = sub.add_parser("amend", help="check an amendment file against its draft; write its sheet",
                           description="Check an amendment (YAML) against the draft it names: every paragraph "
                                       "it addresses must exist and every word it replaces must be there. "
                                       "--sheet writes the amendment sheet the dais collects.")
    amend.add_argument("file", metavar="AMENDMENT.yaml")
    amend.add_argument("--sheet", metavar="OUT.docx", help="write the amendment sheet")
    amend.add_argument("--lang", choices=["en", "zh"], help="language of the sheet (default: the draft's)")
    amend.add_argument("--force", action="store_true", help="replace OUT.docx if it exists")
    common.library_option(amend)
    amend.set_defaults(handler=run_amend)

    apply = sub.add_parser("apply", help="apply amendments to a draft as Word tracked changes",
                           description="Apply amendments in order; each change is a Word tracked change by the "
                                       "submitting delegation. Nothing is written if any amendment has a problem.")
    apply.add_argument("draft", metavar="DRAFT", help="the draft: a .docx or an answers file")
    apply.add_argument("amendments", nargs="+", metavar="AMENDMENT.yaml")
    apply.add_argument("--out", metavar="REVISED.docx", required=True)
    apply.add_argument("--accept", action="store_true", help="write the clean text with every change accepted")
    apply.add_argument("--force", action="store_true", help="replace REVISED.docx if it exists")
    apply.add_argument("--lang", choices=["en", "zh"], help="language of the messages (default: the document's)")
    common.library_option(apply)
    apply.set_defaults(handler=run_apply)

    diff = sub.add_parser("diff", help="compare two versions of a draft",
                          description="Compare two versions of a draft paragraph by paragraph and word by word "
                                      "(Chinese cut into words), each sentence whole when it was rewritten. Edits of "
                                      "whitespace or emphasis alone are reported too. Exit 0 when they are the "
                                      "same, 1 when they differ.")
    diff.add_argument("old", metavar="OLD.docx", help="the earlier version (a .docx, or an answers file)")
    diff.add_argument("new", metavar="NEW.docx", help="the later version (a .docx, or an answers file)")
    diff.add_argument("--out", metavar="CHANGES.docx", help="write NEW with tracked changes against OLD")
    diff.add_argument("--format", choices=["text", "json"], default="text")
    diff.add_argument("--author", default="drafter", help="author of the tracked changes (default: drafter)")
    diff.add_argument("--lang", choices=["en", "zh"], help="language of the report (default: the drafts')")
    diff.add_argument("--profile", choices=["un", "una-usa", "thimun", "cn-mun"], help="format profile")
    diff.add_argument("--force", action="store_true", help="replace CHANGES.docx if it exists")
    common.library_option(diff)
    diff.set_defaults(handler=run_diff)

    merge = sub.add_parser("merge", help="merge several blocs' drafts (answers files or .docx) into one",
                           description="Merge draft resolutions given as answers files or Word working papers: "
                                       "sponsors united, clauses without duplicates, each draft's follow-up clause "
                                       "last, a report of what came from where (file and paragraph). --out .yaml "
                                       "writes an answers file, --out .docx a Word draft in the first file's "
                                       "profile. Exit 1 when questions remain for the blocs (contested pairs, "
                                       "other figures, paragraphs that could not be taken).")
    merge.add_argument("answers", nargs="+", metavar="DRAFT", help="answers files (.yaml) or working papers (.docx)")
    merge.add_argument("--out", metavar="MERGED.yaml|MERGED.docx", required=True)
    merge.add_argument("--lang", choices=["en", "zh"], help="language of the report (default: the drafts')")
    merge.add_argument("--force", action="store_true", help="replace the output if it exists")
    common.library_option(merge)
    merge.set_defaults(handler=run_merge)


def run_amend(args: argparse.Namespace, env: Environment) -> int:
    """Check an amendment against its draft, print what each action does; ``--sheet`` writes its sheet."""
    # loaded on use: keeps start-up fast
    from drafter.files import check_not_inputs, check_output, check_writable, write_atomic
    from drafter.revise import amend, apply, sheet

    lib = common.load_library(args, env)
    path = env.resolve(args.file)
    if args.sheet:
        check_not_inputs([env.resolve(args.sheet)], [path])
        check_output(args.sheet, "--sheet", (".docx",))
        check_writable(env.resolve(args.sheet), args.force)
    amendment = amend.read(path, lib)
    draft, reviser = apply.validate(amendment, lib)
    lang = args.lang or draft.language
    for _, _, what in reviser.applied:
        env.print(f"  {what.text(lang)}")
    for note in reviser.notes:
        env.error(common.said(lang, f"note: {note}", f"注意：{note.zh}"))
    count = len(amendment.actions)
    env.error(common.said(lang, f"{args.file}: {count} action{'s' if count != 1 else ''} on {amendment.draft}, all valid "
                                f"({amendment.kind}, numbering of the {amendment.numbering} text)",
                          f"{args.file}：对{amendment.draft}的{count}项修改全部有效（"
                          f"{'友好' if amendment.kind == 'friendly' else '非友好'}修正案，按"
                          f"{'现行' if amendment.numbering == 'current' else '原'}文本编号）"))
    if args.sheet:
        leads = {i: reviser.replaced_leads.get(id(a), "") for i, a in enumerate(amendment.actions)}
        write_atomic(env.resolve(args.sheet), sheet.render(amendment, draft, lib, lang, leads), force=args.force)
        env.error(common.said(lang, f"wrote {args.sheet}", f"已写入 {args.sheet}"))
    return ExitStatus.OK


def run_apply(args: argparse.Namespace, env: Environment) -> int:
    """Apply amendments to a draft and write it with tracked changes (or, ``--accept``, the clean text)."""
    # loaded on use: keeps start-up fast
    from drafter.files import check_not_inputs, check_output
    from drafter.revise import apply

    check_not_inputs([env.resolve(args.out)], [env.resolve(p) for p in (args.draft, *args.amendments)])
    check_output(args.out, "--out", (".docx",))
    lib = common.load_library(args, env)
    reviser = apply.run(env.resolve(args.draft), [env.resolve(a) for a in args.amendments], lib,
                        env.resolve(args.out), accept=args.accept, force=args.force)
    lang = args.lang or reviser.lang
    for index, _, what in reviser.applied:
        env.print(common.said(lang, f"{args.amendments[index]}: {what}", f"{args.amendments[index]}：{what.zh}"))
    for note in reviser.notes:
        env.error(common.said(lang, f"note: {note}", f"注意：{note.zh}"))
    if args.accept:
        env.error(common.said(lang, f"wrote {args.out} (changes accepted)", f"已写入 {args.out}（已接受全部修改）"))
    else:
        env.error(common.said(lang, f"wrote {args.out} (changes tracked)", f"已写入 {args.out}（修改以修订标记显示）"))
    return ExitStatus.OK


def run_diff(args: argparse.Namespace, env: Environment) -> int:
    """Print the changes from OLD to NEW (text or JSON); ``--out`` writes NEW with them as tracked changes.

    Exit FINDINGS when the versions differ."""
    # loaded on use: keeps start-up fast
    from drafter.files import check_not_inputs, check_output, check_writable, write_atomic
    from drafter.revise import diff
    from drafter.status import DrafterError
    from drafter.word.accept import revised_bytes
    from drafter.word.revisions import author_problem, timestamp

    problem = author_problem(args.author)
    if problem:
        raise DrafterError(f"--author {args.author[:40]!r} {problem}",
                           zh=f"--author“{args.author[:40]}”{author_problem(args.author, 'zh')}")
    if args.out:
        check_not_inputs([env.resolve(args.out)], [env.resolve(args.old), env.resolve(args.new)])
        check_output(args.out, "--out", (".docx",))
        check_writable(env.resolve(args.out), args.force)
    lib = common.load_library(args, env)
    old, new, changes, pairs, lang = diff.run(env.resolve(args.old), env.resolve(args.new), lib,
                                              profile=args.profile)
    said = args.lang or lang
    if args.format == "json":
        common.print_json(env, {"old": args.old, "new": args.new, "language": lang,
                                "changes": [c.as_json() for c in changes]})
    else:
        for change in changes:
            env.print(change.line(said))
        count = len(changes)
        env.error(common.said(said, f"{args.old} → {args.new}: {count} change{'' if count == 1 else 's'}",
                              f"{args.old} → {args.new}：{count} 处修改"))
    if args.out:
        diff.tracked(old, new, changes, pairs, lang, args.author, timestamp())
        write_atomic(env.resolve(args.out), revised_bytes(new.docx), force=args.force)
        env.error(common.said(said, f"wrote {args.out}", f"已写入 {args.out}"))
    return ExitStatus.FINDINGS if changes else ExitStatus.OK


def run_merge(args: argparse.Namespace, env: Environment) -> int:
    """Merge drafts into one; print where every clause came from. Exit FINDINGS when questions remain."""
    # loaded on use: keeps start-up fast
    from drafter.files import check_not_inputs, check_output
    from drafter.revise import mergefiles

    check_not_inputs([env.resolve(args.out)], [env.resolve(p) for p in args.answers])
    check_output(args.out, "--out", (".yaml", ".yml", ".docx"))
    lib = common.load_library(args, env)
    merged, report = mergefiles.run([env.resolve(p) for p in args.answers], lib, env.resolve(args.out), args.force,
                                    args.lang or "")
    lang = args.lang or merged.language
    for text in report.lines(lib, lang):
        env.print(text)
    env.error(common.said(lang, f"wrote {args.out}", f"已写入 {args.out}"))
    return ExitStatus.FINDINGS if report.open_questions else ExitStatus.OK
