"""``drafter clauses``: search and list the library's clauses, or show one in full (tables or JSON)."""

from __future__ import annotations

import argparse

from drafter.commands import common
from drafter.environment import Environment
from drafter.plurals import counted
from drafter.status import DrafterError, ExitStatus


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``clauses``."""
    clauses = sub.add_parser("clauses", help="search, list and show clauses",
                             description="Search clauses: every word must match, in any order, with or without "
                                         "hyphens, in English or Chinese; best matches first (id, then lead phrase, "
                                         "text, topic, source). 'drafter clauses show ID' shows one clause in full.")
    clauses.add_argument("words", nargs="*", metavar="WORD", help="words to search for, or: show ID")
    clauses.add_argument("--kind", choices=["preambular", "operative"])
    clauses.add_argument("--topic", help="topic id or name, any case (drafter topics lists them)")
    clauses.add_argument("--bloc", help="only clauses this bloc supports: id or name, any case (drafter blocs)")
    clauses.add_argument("--country", metavar="ISO3|NAME", help="only clauses none of this country's blocs opposes")
    clauses.add_argument("--lang", choices=["en", "zh"], help="search and show one language")
    clauses.add_argument("--json", action="store_true", help="print a JSON list (shape: README.md)")
    common.library_option(clauses)
    clauses.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Environment) -> int:
    """Search (every word must match) within the filters, or ``show ID``; a count on standard error."""
    from drafter.commands import browse, clausetext  # loaded on use: keeps start-up fast
    from drafter.library import search  # loaded on use: keeps start-up fast

    lib = common.load_library(args, env)
    words = [w for w in args.words if w.strip()]  # `clauses ""` searches for nothing: every clause
    if words and words[0] == "show":
        if len(words) != 2:
            raise DrafterError("usage: drafter clauses show ID", zh="用法：drafter clauses show ID")
        clause = lib.clause(words[1])
        if args.json:
            common.print_json(env, browse.clause_json(lib, clause))
            return ExitStatus.OK
        env.print(clausetext.clause_text(lib, clause, browse.languages(args.lang), common.columns(env)))
        return ExitStatus.OK
    topic = lib.topic_id(args.topic) if args.topic else None
    bloc = lib.bloc_id(args.bloc) if args.bloc else None
    country = lib.country(args.country) if args.country else None
    pool = lib.select(kind=args.kind, topic=topic, bloc=bloc, country=country)
    hits = search.search(lib, words, lang=args.lang, clauses=pool)
    if args.json:
        common.print_json(env, [browse.clause_json(lib, h.clause, h) for h in hits])
        return ExitStatus.OK
    if hits:
        env.print(browse.clauses_table(lib, hits, browse.languages(args.lang), common.columns(env), bool(words)))
    elif words:
        for typed, near in search.suggestions(lib, words, lang=args.lang, clauses=pool):
            env.error(common.said(args.lang, f"no clause has {typed!r}; did you mean {near!r}?",
                                  f"没有条款含有“{typed}”；您要找的是否是“{near}”？"))
    if args.lang == "zh":
        env.error(f"共 {len(hits)} 条条款" + (f"，适合{country.name.zh}（{'、'.join(country.blocs)}）" if country else "")
                  + ("；最佳匹配在前" if words and hits else ""))
    else:
        env.error(counted(len(hits), "clause") + (f" that fit {country.name.en} ({', '.join(country.blocs)})"
                                              if country else "") + ("; best matches first" if words and hits else ""))
    return ExitStatus.OK
