"""The ``countries`` section: names, groups and facts (which bloc rules read), and bloc overrides."""

from __future__ import annotations

import re

from drafter.library.model import Country
from drafter.library.reading import FileReader, Overrides
from drafter.problems import q
from drafter.yamlio import YList, YMap


def read_country(reader: FileReader, entry: YMap) -> None:
    """One country. Its blocs are worked out once every bloc is read (:mod:`drafter.library.crosscheck`)."""
    iso3 = reader.field(entry, "iso3", str)
    if not iso3:
        return
    if not re.fullmatch(r"[A-Z]{3}", iso3):
        reader.report(entry.where("iso3"), f"invalid ISO3 code {iso3!r}", "use three capital letters, e.g. CHN",
                      zh=f"ISO3 代码{q(iso3)}无效", zh_hint="请使用三个大写字母，例如 CHN")
        return
    name = reader.text(entry, "name", context=f" of country {iso3}")
    formal = reader.text(entry, "formal", required=False) or name
    groups = reader.field(entry, "groups", YList, required=False, default=YList())
    facts = reader.field(entry, "facts", YMap, required=False, default=YMap())
    overrides = reader.field(entry, "bloc_overrides", YMap, required=False)
    reason = ""
    if overrides is not None:
        reason = str(overrides.get("reason") or "").strip()
        if not reason:
            reader.report(overrides.mark, f"bloc override of {iso3} gives no reason",
                          "add 'reason:' saying why the facts mislead", zh=f"{iso3}的立场集团覆盖设置未说明理由",
                          zh_hint="请添加“reason:”，说明为何这些事实会造成误判")
    sources = reader.field(entry, "sources", YList, required=False, default=YList())
    aliases = reader.field(entry, "aliases", YMap, required=False, default=YMap())
    listed = reader.field(entry, "listed", YMap, required=False, default=YMap())
    if name and reader.register(entry, "countries", iso3):
        country = Country(
            iso3=iso3, name=name, formal=formal or name,
            sort_zh=str(entry.get("sort_zh") or name.zh), regional_group=str(entry.get("regional_group") or ""),
            observer=bool(entry.get("observer", False)), groups=tuple(str(g) for g in groups),
            facts=dict(facts), override_reason=reason, sources=tuple(str(s) for s in sources),
            aliases_en=tuple(str(a) for a in aliases.get("en") or ()),
            aliases_zh=tuple(str(a) for a in aliases.get("zh") or ()),
            listed_en=tuple(str(a) for a in listed.get("en") or ()),
            listed_zh=tuple(str(a) for a in listed.get("zh") or ()),
        )
        reader.library.countries[iso3] = country
        reader.loading.overrides.append(Overrides(country, overrides if overrides is not None else YMap(), reader.path))
