"""The ``seeds`` section (the documents clauses are drawn from) and the ``source:`` / ``sources:`` of a clause,
which names a seed and its passage, or a UN document and its paragraph."""

from __future__ import annotations

from drafter.fields import unknown_keys
from drafter.library.model import Seed, Source
from drafter.library.reading import FileReader
from drafter.problems import joined_zh, q
from drafter.yamlio import YList, YMap

SOURCE_KEYS = ("seed", "ref", "excerpt", "adapted", "symbol", "note")


def read_seed(reader: FileReader, entry: YMap) -> None:
    """One seed document: its file name, its title in both languages and its UN symbol."""
    file = reader.field(entry, "file", str)
    title = reader.text(entry, context=f" of seed {file!r}")
    symbol = reader.field(entry, "symbol", str, required=False, default="")
    if file and title and reader.register(entry, "seeds", file):
        reader.library.seeds[file] = Seed(file, title, symbol)


def sources(reader: FileReader, entry: YMap, ident: str) -> tuple[Source, ...]:
    """``source:`` (one) or ``sources:`` (a list, for a clause several documents hold), never both."""
    if "sources" not in entry:
        return (source(reader, entry, ident),)
    if "source" in entry:
        reader.report(entry.where("sources"), f"clause {ident!r} has both 'source' and 'sources'",
                      "keep one: 'sources:' lists every source, the first being the text's own",
                      zh=f"条款{q(ident)}同时有“source”和“sources”",
                      zh_hint="请只保留一个：“sources:”列出全部出处，第一个是正文本身的出处")
    raw = entry["sources"]
    if not isinstance(raw, YList) or not raw:
        reader.report(entry.where("sources"), f"sources of clause {ident!r} must be a non-empty list",
                      "list one mapping of seed/ref/excerpt or symbol/ref per source",
                      zh=f"条款{q(ident)}的“sources”必须是非空列表",
                      zh_hint="每个出处写一个 seed/ref/excerpt 或 symbol/ref 映射")
        return (Source(),)
    return tuple(source(reader, YMap.standing_at(raw.where(i), {"source": item}), ident) for i, item in enumerate(raw))


def source(reader: FileReader, entry: YMap, ident: str) -> Source:
    """The ``source:`` of clause ``ident``: a mapping of :data:`SOURCE_KEYS`, or a note in words."""
    raw = entry.get("source")
    if raw is None:
        reader.report(entry.mark, f"clause {ident!r} names no source",
                      "add 'source:' with seed/ref/excerpt or symbol/ref so readers can check the text",
                      zh=f"条款{q(ident)}未注明出处",
                      zh_hint="请添加“source:”，注明 seed/ref/excerpt 或 symbol/ref，以便读者核对原文")
        return Source()
    if isinstance(raw, str):
        return Source(note=raw.strip())
    if not isinstance(raw, YMap):
        reader.report(entry.where("source"), f"source must be a mapping of {', '.join(SOURCE_KEYS)}",
                      zh=f"“source”必须是由{joined_zh(SOURCE_KEYS)}组成的映射")
        return Source()
    for key, mark in unknown_keys(raw, SOURCE_KEYS):
        reader.report(mark, f"unknown key {key!r} in the source of clause {ident!r}", f"use {', '.join(SOURCE_KEYS)}",
                      zh=f"条款{q(ident)}的出处中有未知的键{q(key)}", zh_hint=f"请使用以下之一：{joined_zh(SOURCE_KEYS)}")
    values = {k: " ".join(str(raw.get(k) or "").split()) for k in SOURCE_KEYS}
    if not any(values.values()):
        reader.report(raw.mark, f"the source of clause {ident!r} is empty", "fill seed/ref/excerpt or symbol/ref",
                      zh=f"条款{q(ident)}的出处为空", zh_hint="请填写 seed/ref/excerpt 或 symbol/ref")
    if values["seed"]:
        if not values["ref"]:
            reader.report(raw.where("seed"), f"clause {ident!r} names seed {values['seed']} but no passage",
                          "add 'ref:' with the section or recommendation number",
                          zh=f"条款{q(ident)}注明了来源文件{q(values['seed'])}，但未注明段落",
                          zh_hint="请添加“ref:”，注明章节或建议编号")
        if not values["excerpt"]:
            reader.report(raw.where("seed"), f"clause {ident!r} quotes no excerpt of seed {values['seed']}",
                          "add 'excerpt:' with a few words copied verbatim from the passage",
                          zh=f"条款{q(ident)}未引用来源文件{q(values['seed'])}的原文摘录",
                          zh_hint="请添加“excerpt:”，逐字摘录该段落中的几个词")
    elif values["excerpt"]:
        reader.report(raw.where("excerpt"), f"the excerpt of clause {ident!r} names no seed",
                      "add 'seed:' with the file the excerpt is copied from",
                      zh=f"条款{q(ident)}的摘录未注明来源文件", zh_hint="请添加“seed:”，注明摘录所出自的文件")
    return Source(**values)
