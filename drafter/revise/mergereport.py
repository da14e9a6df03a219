"""The report of ``drafter merge``, in English or Chinese: sponsors and where they come from, every clause of the
merged draft with the file and paragraph it came from (and the other drafts that carry it), versions left out,
paragraphs that could not be taken, contested pairs and figures the blocs must settle."""

from __future__ import annotations

from drafter.compose.answers import ClauseChoice
from drafter.compose.assemble import country_names
from drafter.library import Library
from drafter.plurals import counted
from drafter.revise.merge import KINDS, Entry, Report


def _excerpt(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _describe(choice: ClauseChoice, lang: str) -> str:
    zh = lang == "zh"
    parts = []
    if choice.phrase:
        parts.append(f"引导词 {choice.phrase}" if zh else f"phrase {choice.phrase}")
    if choice.values:
        parts.append(("填空 " if zh else "values ") + ", ".join(f"{k}={v}" for k, v in choice.values.items()))
    if choice.text:
        parts.append(f"文本“{_excerpt(choice.text, 50)}”" if zh else f"text {_excerpt(choice.text, 50)!r}")
    if choice.subparagraphs:
        count = len(choice.subparagraphs)
        parts.append(f"{count}个分段" if zh else f"{count} sub-paragraph{'s' if count > 1 else ''}")
    if not parts:
        return "（与条款库相同）" if zh else "(as in the library)"
    return ("（" + "；".join(parts) + "）") if zh else "(" + "; ".join(parts) + ")"


def _at(entry: Entry, name: str, lang: str) -> str:
    """"a.docx operative 2 (¶15)": a file and where the clause stands in it."""
    place = entry.places.get(name)
    return f"{name} {place.text(lang)}" if place is not None else name


def report_lines(report: Report, lib: Library, lang: str = "en") -> list[str]:
    """The report, one line per fact."""
    zh = lang == "zh"
    sep = "、" if zh else ", "
    out = [f"合并了{len(report.files)}份草案：{sep.join(report.files)}" if zh else
           f"merged {len(report.files)} drafts: {sep.join(report.files)}"]
    names = {code: country_names([code], lib, lang)[0] for code in report.sponsors}
    order = {name: i for i, name in enumerate(country_names(report.sponsors, lib, lang))}  # the language's order
    listed = sep.join(f"{names[c]}（{sep.join(f)}）" if zh else f"{names[c]} ({sep.join(f)})"
                      for c, f in sorted(report.sponsors.items(), key=lambda i: order.get(names[i[0]], 0)))
    out.append(f"起草国：{listed}" if zh else f"sponsors: {listed}")
    for code in report.promoted:
        name = country_names([code], lib, lang)[0]
        out.append(f"  {name}在一份草案中附议、在另一份中起草：现为起草国" if zh else
                   f"  {name} signed one draft and sponsors another: now a sponsor")
    for kind in KINDS:
        for n, entry in enumerate(report.entries.get(kind, []), 1):
            what = entry.choice.id or ("自拟条款" if zh else "own clause")
            first = _at(entry, entry.origins[0], lang)
            others = sep.join(_at(entry, o, lang) for o in entry.origins[1:])
            part = ("序言部分" if kind == "preambular" else "执行部分") + f"第{n}段" if zh else f"{kind} {n}"
            if zh:
                also = f"（{others}也有）" if others else ""
                out.append(f"{part}：{what}，来自{first}{also}：{_excerpt(entry.text)}")
            else:
                also = f" (also in {others})" if others else ""
                out.append(f"{part}: {what} from {first}{also}: {_excerpt(entry.text)}")
            for origin, variant in entry.variants:
                label = variant.id or ("自拟条款" if zh else "own clause")
                out.append(f"    {_at(entry, origin, lang)}的另一版本未采用：{label}{_describe(variant, lang)}" if zh
                           else f"    another version in {_at(entry, origin, lang)} was left out: "
                                f"{label} {_describe(variant, lang)}")
    for name, item in report.left_out:
        out.append(f"未采用 {name} {item.line(lang)}；请各集团重新拟定" if zh else
                   f"left out {name} {item.line(lang)}; the blocs must word it again")
    for kept, dropped, question in report.contradictions:
        contested = getattr(lib, "contested", {}).get(question)
        if contested is None:
            asked = question
        else:
            asked = f"“{contested.zh}”（{question}）" if zh else f"{contested.en} ({question})"
        where = {}
        for clause in (kept, dropped):
            holder = report.entry_of(clause)
            where[clause] = sep.join(_at(holder, o, lang) for o in holder.origins) if holder is not None else "?"
        if zh:
            out.append(f"立场对立：{kept}（{where[kept]}）与{dropped}（{where[dropped]}）在{asked}上立场相反")
            out.append(f"    保留了{kept}，未采用{dropped}；须由各集团决定（在合并文件中以另一条款替换即取另一立场）")
        else:
            out.append(f"contradiction: {kept} ({where[kept]}) and {dropped} ({where[dropped]}) take opposite sides "
                       f"on {asked}")
            out.append(f"    kept {kept} and left out {dropped}; the blocs must choose (replace one id with the "
                       f"other in the merged file to take the other side)")
    for entry, origin, text in report.figures:
        first, other = _at(entry, entry.origins[0], lang), _at(entry, origin, lang)
        out.append(f"数字不同：{first}为“{_excerpt(entry.text)}”，{other}为“{_excerpt(text)}”；保留了前者，须由各集团决定"
                   if zh else f"figures differ: {first} says {_excerpt(entry.text)!r}, {other} says "
                              f"{_excerpt(text)!r}; the first was kept, the blocs must choose")
    count = report.open_questions
    if zh:
        out.append(f"有{count}个问题待各集团决定" if count else "没有待决定的问题")
    else:
        out.append(f"{counted(count, 'open question')} for the blocs" if count else "no open questions")
    return out
