"""The lines of ``drafter library import``'s report said in Chinese (--lang zh or a Chinese locale): what was read,
what could not be paired and why, what was left out or repaired. A line is matched by its pattern and said again
with its values; the quoted paragraph text at its end stays as the document has it."""

from __future__ import annotations

import re

_KIND = {"preambular": "序言段", "operative": "执行段"}
_ROLE = {"heading inside the operative part": "执行部分中的标题", "closing": "结尾部分", "annex": "附件", "table": "表格"}
_PROBLEMS = [
    (r"nothing after the lead phrase", "引导词后没有内容"),
    (r"no lead phrase found", "找不到引导词"),
    (r"Chinese characters in the English text", "英文文本中有中文字符"),
    (r"template markup \(\{\{ \}\}\) in the text", "文本中有模板标记（{{ }}）"),
    (r"sub-paragraphs nested deeper than (\d+) levels", r"分段嵌套超过 \1 层"),
]


# a paragraph left out for one of the reasons above (sub-paragraph: …), then its text
_LEFT_OUT = re.compile(r"(\S+) ¶(\d+) \((preambular|operative), ([^)]*)\): ((?:sub-paragraph: )?(?:nothing after the "
                       r"lead phrase|no lead phrase found|Chinese characters in the English text|template markup "
                       r"\(\{\{ \}\}\) in the text|sub-paragraphs nested deeper than \d+ levels)): (.*)", re.S)


def _problem(text: str) -> str:
    """A reason a paragraph was left out, in Chinese ("sub-paragraph: …" → "分段：…")."""
    prefix = ""
    if text.startswith("sub-paragraph: "):
        prefix, text = "分段：", text[len("sub-paragraph: "):]
    for pattern, zh in _PROBLEMS:
        if re.fullmatch(pattern, text):
            return prefix + re.sub(pattern, zh, text)
    return prefix + text


def _ref(ref: str) -> str:
    """ "preamble, para. 8" → 序言部分第 8 段; "para. 3" → 第 3 段."""
    found = re.fullmatch(r"(preamble, )?para\. (.+)", ref)
    if not found:
        return ref
    return f"{'序言部分' if found.group(1) else ''}第 {found.group(2)} 段"


def _mismatch(why: str) -> str:
    found = re.fullmatch(r"(\d+) (preambular|operative) paragraphs in (\S+), (\d+) in (\S+)", why)
    if found:
        n, kind, a, m, b = found.groups()
        return f"{a} 有 {n} 个{_KIND[kind]}，{b} 有 {m} 个"
    found = re.fullmatch(r"operative numbering differs: para\. (.+) in (\S+) stands where (\S+) has para\. (.+)", why)
    if found:
        x, a, b, y = found.groups()
        return f"执行段编号不同：{a} 的第 {x} 段所在位置，{b} 为第 {y} 段"
    found = re.fullmatch(r"the sub-paragraphs differ: (.+) has (\d+) sub-paragraphs? in (\S+), (\d+) in (\S+)", why)
    if found:
        where, n, a, m, b = found.groups()
        return f"分段不同：{_ref(where)}在 {a} 中有 {n} 个分段，在 {b} 中有 {m} 个"
    return why


def document(line: str) -> str:
    """ "A/RES/74/112 (en): 17 paragraphs" → A/RES/74/112（en）：17 段."""
    found = re.fullmatch(r"(.+) \(([a-z+]+)\): (\d+) paragraphs", line)
    return f"{found.group(1)}（{found.group(2)}）：{found.group(3)} 段" if found else line


def unpaired(line: str) -> str:
    """A pair refused, and why."""
    found = re.fullmatch(r"(.+) \((\S+), (\S+)\): (.+); each version is imported in its own language, both under "
                         r"one topic", line)
    if not found:
        return line
    name, a, b, why = found.groups()
    return f"{name}（{a}、{b}）：{_mismatch(why)}；两个版本各按其语言导入，归入同一议题"


def left_out(line: str) -> str:
    """A paragraph (or an annex, a table) left out, and why; its text stays as written."""
    found = _LEFT_OUT.fullmatch(line)
    if found:
        where, index, kind, ref, problem, text = found.groups()
        return f"{where} 第 {index} 段（{_KIND[kind]}，{_ref(ref)}）：{_problem(problem)}：{text}"
    found = re.fullmatch(r"(\S+) ¶(\d+)(?:–¶(\d+))? \((heading inside the operative part|closing|annex|table)"
                         r"(?:, (\d+) paragraphs?)?\): (.*)", line, re.S)
    if found:
        where, first, last, role, count, text = found.groups()
        span = f"第 {first}–{last} 段" if last else f"第 {first} 段"
        size = f"，共 {count} 段" if count else ""
        return f"{where} {span}（{_ROLE[role]}{size}）：{text}"
    found = re.fullmatch(r"(\S+) ¶(\d+) \(unnumbered paragraph continuing (.+?)\): (.*)", line, re.S)
    if found:
        where, index, node, text = found.groups()
        return f"{where} 第 {index} 段（接续第 {node} 段的未编号段落）：{text}"
    return line


def repaired(line: str) -> str:
    """A slip of the source mended on import."""
    found = re.fullmatch(r"(\S+) ¶(\d+) \((preambular|operative), ([^)]*)\): the lead '(.*)' is written twice; "
                         r"kept once", line)
    if not found:
        return line
    where, index, kind, ref, lead = found.groups()
    return f"{where} 第 {index} 段（{_KIND[kind]}，{_ref(ref)}）：引导词“{lead}”重复书写，只保留一处"


def stances(line: str) -> str:
    """The stances a recorded vote gave."""
    found = re.fullmatch(r"(.+): (\d+) clauses? given the stances of (\S+): (.*)", line)
    return f"{found.group(1)}：{found.group(2)} 条条款按 {found.group(3)} 的表决确定立场：{found.group(4)}" if found \
        else line
