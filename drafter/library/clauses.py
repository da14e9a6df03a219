"""The ``clauses`` section: preambular and operative paragraphs with their stances, sub-paragraphs,
placeholders and sources. What a clause names elsewhere (phrase, topics, blocs) is checked in
:mod:`drafter.library.crosscheck`, once every file is read."""

from __future__ import annotations

from drafter.library.model import LANGS, STANCES, Clause, Placeholder, SubParagraph
from drafter.library.reading import FileReader, Placed
from drafter.library.sources import sources
from drafter.patterns import lazy
from drafter.problems import Location, q
from drafter.yamlio import YList, YMap

MAX_DEPTH = 3  # levels of sub-paragraphs: (a), (i), then one more
PLACEHOLDER_NAME = lazy(r"[A-Za-z_][A-Za-z0-9_]*")


def read_clause(reader: FileReader, entry: YMap) -> None:
    """One clause."""
    ident = reader.ident(entry)
    if not ident:
        return
    kind = reader.kind(entry)
    phrase = reader.field(entry, "phrase", str)
    langs = reader.languages(entry, f"clause {ident!r}")
    # "Decides:" followed by sub-paragraphs: the body may be "" when there are sub-paragraphs
    text = reader.text(entry, context=f" of clause {ident!r}", langs=langs,
                       may_be_empty=kind == "operative" and bool(entry.get("subparagraphs")))
    topics = reader.field(entry, "topics", YList, default=YList())
    if "topics" in entry and not topics:
        reader.report(entry.where("topics"), f"clause {ident!r} has no topic", "list at least one topic id",
                      zh=f"条款{q(ident)}没有议题", zh_hint="请至少列出一个议题编号")
    stances_raw = reader.field(entry, "stances", YMap, required=False, default=YMap())
    stances: dict[str, str] = {}
    for bloc, stance in stances_raw.items():
        if stance not in STANCES:
            reader.report(stances_raw.where(bloc), f"unknown stance {stance!r} for bloc {bloc!r}",
                          "use supports, neutral or opposes", zh=f"立场集团{q(bloc)}的立场{q(stance)}未知",
                          zh_hint="请使用 supports（支持）、neutral（中立）或 opposes（反对）")
            continue
        stances[str(bloc)] = stance
    subs = subparagraphs(reader, entry, ident, 1, langs)
    placeholders = read_placeholders(reader, entry, ident)
    found = sources(reader, entry, ident)
    claimed = reader.register(entry, "clauses", ident)  # a duplicate is reported whatever else is wrong with it
    if not (kind and phrase and text):
        return
    clause = Clause(ident, kind, phrase, text, tuple(str(t) for t in topics), stances, subs, placeholders,
                    found[0], Location(reader.path, *entry.mark), langs, found)
    if not claimed:  # not in the library, but its links and texts are checked with the others
        reader.loading.duplicates.append((clause, Placed(reader.path, entry)))
        return
    reader.library.clauses[ident] = clause
    reader.loading.clauses[ident] = Placed(reader.path, entry)


def subparagraphs(reader: FileReader, entry: YMap, ident: str, depth: int,
                  langs: tuple[str, ...] = LANGS) -> tuple[SubParagraph, ...]:
    """The sub-paragraphs of a clause (``depth`` 1) or of a sub-paragraph, at most :data:`MAX_DEPTH` deep."""
    raw = entry.get("subparagraphs")
    if raw is None:
        return ()
    if not isinstance(raw, YList):
        reader.report(entry.where("subparagraphs"), "subparagraphs must be a list", zh="“subparagraphs”必须是列表")
        return ()
    if depth > MAX_DEPTH:
        reader.report(entry.where("subparagraphs"), f"sub-paragraphs nested deeper than {MAX_DEPTH} levels "
                      f"in clause {ident!r}", "move the innermost level up or split the clause",
                      zh=f"条款{q(ident)}的分段嵌套超过 {MAX_DEPTH} 层", zh_hint="请将最内层上移，或拆分该条款")
        return ()
    result = []
    for i, item in enumerate(raw):
        if not isinstance(item, YMap):
            reader.report(raw.where(i), "each sub-paragraph must have 'en' and 'zh'", zh="每个分段都必须有“en”和“zh”")
            continue
        text = reader.text(item, context=f" in a sub-paragraph of clause {ident!r}", langs=langs)
        children = subparagraphs(reader, item, ident, depth + 1, langs)
        if text:
            result.append(SubParagraph(text, children))
    return tuple(result)


def read_placeholders(reader: FileReader, entry: YMap, ident: str) -> dict[str, Placeholder]:
    """The ``placeholders:`` of clause ``ident``: name -> the question that asks for it and its default."""
    raw = entry.get("placeholders")
    if raw is None:
        return {}
    if not isinstance(raw, YMap):
        reader.report(entry.where("placeholders"), "placeholders must be a mapping of name: {en, zh, default}",
                      zh="“placeholders”必须是“名称: {en, zh, default}”形式的映射")
        return {}
    result = {}
    for name, spec in raw.items():
        if not isinstance(name, str) or not PLACEHOLDER_NAME.fullmatch(name):
            reader.report(raw.key_marks[name], f"invalid placeholder name {name!r}",
                          "use letters, digits and '_', starting with a letter", zh=f"占位符名称{q(name)}无效",
                          zh_hint="请使用字母、数字和“_”，并以字母开头")
            continue
        if not isinstance(spec, YMap):
            reader.report(raw.where(name), f"placeholder {name!r} needs en and zh questions",
                          zh=f"占位符{q(name)}需要 en 和 zh 两种问句")
            continue
        question = reader.text(spec, context=f" of placeholder {name!r}")
        default = spec.get("default")
        default_zh = ""
        if isinstance(default, YMap):  # a default in each language: {en: ..., zh: ...}
            both = reader.text(spec, "default", context=f" of placeholder {name!r}")
            default, default_zh = (both.en, both.zh) if both else ("", "")
            if default_zh:
                reader.check_zh(spec.where("default"), default_zh, f"the default of placeholder {name!r}")
        if question:
            result[name] = Placeholder(name, question, "" if default is None else str(default), default_zh)
    return result
