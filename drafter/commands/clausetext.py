"""``drafter clauses show ID``: one clause in full for people, its labels in English or, shown in Chinese alone
(``--lang zh``), in Chinese with full-width punctuation."""

from __future__ import annotations

from collections.abc import Sequence

from drafter import wrapping
from drafter.commands.browse import lead_and_text, source_json
from drafter.labels import label
from drafter.library import Library
from drafter.library.model import Clause, SubParagraph

# the labels of a clause's page, in each language
CLAUSE_WORDS = {
    "en": {"preambular": "preambular clause", "operative": "operative clause", "topics": "; topics: ", "list": ", ",
           "source": "source", "seed": "seed", "ref": "section", "symbol": "UN symbol", "excerpt": "excerpt",
           "adapted": "adapted", "note": "note", "also": "also in", "yes": "yes", "stances": "stances",
           "supports": "supports", "opposes": "opposes", "contested": "contested: {question} (this clause: {side})",
           "alternatives": "alternatives: ", "placeholders": "placeholders", "default": " (default {value})",
           "defined": "defined at {origin}", "file": "({seed})"},
    "zh": {"preambular": "序言段", "operative": "执行段", "topics": "；主题：", "list": "、",
           "source": "来源", "seed": "出处", "ref": "章节", "symbol": "联合国文号", "excerpt": "摘录",
           "adapted": "改写", "note": "说明", "also": "另见", "yes": "是", "stances": "立场",
           "supports": "支持", "opposes": "反对", "contested": "争议问题：{question}（本条款：{side}）",
           "alternatives": "替代条款：", "placeholders": "占位项", "default": "（默认 {value}）",
           "defined": "定义于 {origin}", "file": "（{seed}）"},
}


def clause_text(lib: Library, clause: Clause, langs: Sequence[str], width: int) -> str:
    """A clause in full, in each of ``langs`` wrapped to ``width``, then its source, stances and placeholders;
    labelled in Chinese when Chinese alone is shown, else in English."""
    said = "zh" if tuple(langs) == ("zh",) else "en"
    words = CLAUSE_WORDS[said]
    topics = [lib.topics[t].name.zh if said == "zh" and t in lib.topics else t for t in clause.topics]
    lines = wrapping.wrap(f"{clause.id}  {words.get(clause.kind, clause.kind)}{words['topics']}"
                          f"{words['list'].join(topics)}", width, indent="  ", first="")
    for lang in langs:
        lines.append("")
        lines += wrapping.wrap(lead_and_text(lib, clause, lang), width, indent="    ", first=f"{lang:<4}")
        lines += _subparagraph_lines(clause.subparagraphs, 1, lang, width)
    pad = max(wrapping.display_width(words[k]) for k in ("seed", "ref", "symbol", "excerpt", "adapted", "also")) + 4

    def field(name: str, value: str) -> list[str]:
        head = f"  {name}"
        return wrapping.wrap(value, width, indent=" " * pad, first=head + " " * (pad - wrapping.display_width(head)))

    lines += ["", words["source"]]
    src = source_json(lib, clause)
    title = src["seed_title"]
    if src["seed"]:
        first, second = (("zh", "en") if said == "zh" else ("en", "zh"))
        lines += field(words["seed"], title[first] if title else src["seed"])
        if title:
            lines += wrapping.wrap(title[second], width, indent=" " * pad, first=" " * pad)
            lines.append(" " * pad + words["file"].format(seed=src["seed"]))
    for key in ("ref", "symbol", "excerpt", "adapted", "note"):
        if src.get(key):
            value = src[key] if isinstance(src[key], str) else words["yes"] if src[key] is True else str(src[key])
            lines += field(words[key], f"“{value}”" if key == "excerpt" else value)
    for other in clause.sources[1:]:
        lines += field(words["also"], str(other))
    if clause.stances:
        lines += ["", words["stances"]]
        bloc_width = max(len(b) for b in clause.stances) + 2
        lines += [f"  {b:<{bloc_width}}{words.get(s, s)}" for b, s in clause.stances.items()]
    for question in lib.contested.values():
        side = question.side_of(clause.id)
        if side:
            others = sorted(c for s in question.sides.values() if s.id != side for c in s.clauses)
            named = (question.zh, question.sides[side].zh) if said == "zh" else (question.id, side)
            lines += ["", *wrapping.wrap(words["contested"].format(question=named[0], side=named[1]), width,
                                         indent="  ", first="")]
            lines += wrapping.wrap(words["alternatives"] + words["list"].join(others), width, indent="  ", first="  ")
    if clause.placeholders:
        lines += ["", words["placeholders"]]
        for name, p in clause.placeholders.items():
            asked = " / ".join(p.question[lang] for lang in langs)
            default = " / ".join(dict.fromkeys(repr(p.default_in(lang)) for lang in langs))
            lines += wrapping.wrap(asked + words["default"].format(value=default), width, indent=" " * 13,
                                   first=f"  {name:<11}")
    lines += ["", words["defined"].format(origin=clause.origin)]
    return "\n".join(lines)


def _subparagraph_lines(items: Sequence[SubParagraph], depth: int, lang: str, width: int) -> list[str]:
    """Sub-paragraphs at ``depth`` and below, each under its label, wrapped to ``width``."""
    lines: list[str] = []
    for i, sub in enumerate(items):
        mark = f"{'    ' * depth}{label(i + 1, depth, lang)} "
        lines += wrapping.wrap(sub.text[lang], width, indent=" " * (4 + wrapping.display_width(mark)), first="    " + mark)
        lines += _subparagraph_lines(sub.children, depth + 1, lang, width)
    return lines
