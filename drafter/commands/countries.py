"""``drafter countries``: list States with their names, blocs and groups, or show one in full (tables or JSON)."""

from __future__ import annotations

import argparse

from drafter.commands import common
from drafter.environment import Environment
from drafter.status import DrafterError, ExitStatus


def add_parsers(sub: common.Subparsers) -> None:
    """Add ``countries``."""
    countries = sub.add_parser("countries", help="list States, or show one with its blocs and why",
                               description="List States with names in English and Chinese, blocs and groups; "
                                           "'drafter countries show ISO3|NAME' shows one State in full.")
    countries.add_argument("words", nargs="*", metavar="show ISO3|NAME", help="show one State (code or name, en or zh)")
    countries.add_argument("--bloc", help="only countries in this bloc: id or name, any case")
    countries.add_argument("--group", help="only countries in this group, any case, e.g. BRICS, EU, G77")
    countries.add_argument("--lang", choices=["en", "zh"], help="language of the names and labels (default en)")
    countries.add_argument("--json", action="store_true", help="print JSON (shape: README.md)")
    common.library_option(countries)
    countries.set_defaults(handler=run)


def run(args: argparse.Namespace, env: Environment) -> int:
    """List the States of a bloc or group (all by default), or show one; a count on standard error."""
    from drafter.commands import browse  # loaded on use: keeps start-up fast

    lib = common.load_library(args, env)
    lang = args.lang or "en"
    if args.words:
        name = args.words[1:] if args.words[0] == "show" else args.words  # `countries DEU` works too
        if not name:
            raise DrafterError("usage: drafter countries show ISO3|NAME (a name may have spaces)",
                               zh="用法：drafter countries show ISO3|NAME（名称中可以有空格）")
        country = lib.country(" ".join(name))
        if args.json:
            common.print_json(env, browse.country_detail_json(lib, country))
            return ExitStatus.OK
        env.print(browse.country_text(lib, country, common.columns(env), lang))
        return ExitStatus.OK
    bloc = lib.bloc_id(args.bloc) if args.bloc else None
    group = lib.group_name(args.group) if args.group else None
    found = [c for c in lib.countries.values() if (not bloc or bloc in c.blocs) and (not group or group in c.groups)]
    if args.json:
        common.print_json(env, [browse.country_json(c) for c in found])
        return ExitStatus.OK
    if found:
        env.print(browse.countries_table(found, common.columns(env), lang))
    if bloc:
        described = lib.blocs[bloc]
        colon = "：" if lang == "zh" else ": "
        env.error(f"{described.name[lang]} / {described.name['zh' if lang == 'en' else 'en']}{colon}"
                  f"{described.description[lang]}")
        if described.takes:
            env.error(("立场：" if lang == "zh" else "takes: ")
                      + ", ".join(f"{q}: {side}" for q, side in described.takes.items()))
    env.error(f"共 {len(found)} 个国家" if lang == "zh" else f"{len(found)} countr{'y' if len(found) == 1 else 'ies'}")
    return ExitStatus.OK
