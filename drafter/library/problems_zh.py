"""The problems of a clause library said in Chinese, for ``drafter library lint --lang zh``: each message and hint
the library's readers write is matched by its pattern and said again with the same values; quoted values
take Chinese quotation marks. A message no pattern knows is kept as written."""

from __future__ import annotations

import re

from drafter.problems import Problem

# (English pattern, Chinese): the pattern's groups fill the Chinese; a group q… is a quoted value
_MESSAGES: list[tuple[str, str]] = [
    (r"YAML syntax error: (?P<rest>.*)", "YAML 语法错误：{rest}"),
    (r"YAML error: (?P<rest>.*)", "YAML 错误：{rest}"),
    (r"not UTF-8 (?P<rest>.*)", "不是 UTF-8 编码 {rest}"),
    (r"duplicate id (?P<q>'[^']*'); first defined at (?P<at>.*)", "编号{q}重复；首次定义于 {at}"),
    (r"duplicate key (?P<q>.*) \(the first one is on line (?P<n>\d+)\)", "键 {q} 重复（第一个在第 {n} 行）"),
    (r"missing field (?P<q>'[^']*')", "缺少字段{q}"),
    (r"missing Chinese text (?P<q>'[^']*') of (?P<what>.*)", "{what}缺少中文文本{q}"),
    (r"missing English text (?P<q>'[^']*') of (?P<what>.*)", "{what}缺少英文文本{q}"),
    (r"invalid id (?P<q>'[^']*')", "编号{q}无效"),
    (r"unknown kind (?P<q>'[^']*')", "未知类型{q}"),
    (r"unknown stance (?P<q>'[^']*') for bloc (?P<b>'[^']*')", "立场集团{b}的立场{q}未知"),
    (r"unknown section (?P<q>'[^']*')", "未知部分{q}"),
    (r"unknown field (?P<q>'[^']*')", "未知字段{q}"),
    (r"unknown fact (?P<q>'[^']*')", "未知事实{q}"),
    (r"unknown key (?P<q>'[^']*') in (?P<what>.*)", "{what}中有未知的键{q}"),
    (r"unknown value (?P<q>'[^']*') for (?P<f>'[^']*') of (?P<what>.*)", "{what}的{f}取值{q}未知"),
    (r"unknown (?P<kind>phrase|topic|bloc|clause|country|reference|committee|agenda|seed|group) (?P<q>'[^']*') "
     r"in (?P<what>.*)", "{what}中的{kind}{q}不存在"),
    (r"(?P<what>clause '[^']*') has no topic", "{what}没有议题"),
    (r"(?P<what>clause '[^']*') names no source", "{what}未注明出处"),
    (r"(?P<what>clause '[^']*') names seed (?P<seed>\S+) but no passage", "{what}注明了来源文件 {seed}，但未注明段落"),
    (r"(?P<what>clause '[^']*') quotes no excerpt of seed (?P<seed>\S+)", "{what}未引用来源文件 {seed} 的原文摘录"),
    (r"the excerpt of (?P<what>clause '[^']*') names no seed", "{what}的摘录未注明来源文件"),
    (r"(?P<what>clause '[^']*') is on two sides of contested question (?P<q>'[^']*') \((?P<a>'[^']*') and "
     r"(?P<b>'[^']*')\)", "{what}同时属于争议问题{q}的两方（{a}和{b}）"),
    (r"contested question (?P<q>'[^']*') has (?P<n>\d+) sides?", "争议问题{q}只有 {n} 方"),
    (r"half-width (?P<m>'.') in the Chinese text of (?P<what>.*) \(at character (?P<n>\d+)\)",
     "{what}的中文文本中有半角{m}（第 {n} 个字符）"),
    (r"phrase (?P<p>'[^']*') is (?P<k>preambular|operative), but (?P<what>clause '[^']*') is "
     r"(?P<k2>preambular|operative)", "引导词{p}为{k}，而{what}为{k2}"),
    (r"placeholder (?P<p>'[^']*') of (?P<what>clause '[^']*') is declared but not used in the (?P<l>en|zh) text",
     "{what}声明了占位符{p}，但{l}文本中未使用"),
    (r"placeholder (?P<p>\{\{ \w+ \}\}) is used in the (?P<l>en|zh) text of (?P<what>clause '[^']*') but not "
     r"declared", "{what}的{l}文本使用了占位符 {p}，但未声明"),
    (r"sub-paragraphs nested deeper than (?P<n>\d+) levels in (?P<what>clause '[^']*')",
     "{what}的分段嵌套超过 {n} 层"),
    (r"the (?P<l>en|zh) text of (?P<what>.*) ends with (?P<m>'.')", "{what}的{l}文本以{m}结尾"),
    (r"the (?P<l>en|zh) text of (?P<what>clause '[^']*') repeats its lead phrase (?P<p>'[^']*')",
     "{what}的{l}文本重复了引导词{p}"),
    (r"Chinese characters in the English text of (?P<what>.*)", "{what}的英文文本中有中文字符"),
    (r"template markup in the (?P<l>en|zh) text of (?P<what>.*)", "{what}的{l}文本中有模板标记"),
    (r"(?P<what>\w+) value (?P<q>'[^']*') is not one of (?P<list>.*)", "{what}的取值{q}不是以下之一：{list}"),
    (r"the (?P<kind>\w+) fact of (?P<c>[A-Z]{3}) has no 'as_of' date", "{c}的 {kind} 事实缺少“as_of”日期"),
    (r"the (?P<kind>\w+) fact of (?P<c>[A-Z]{3}) names no sources", "{c}的 {kind} 事实未注明依据"),
    (r"(?P<c>[A-Z]{3}) has a second (?P<kind>\w+) fact", "{c}有第二条 {kind} 事实"),
    (r"the pillars of (?P<c>[A-Z]{3}) add up to (?P<a>[\d.]+), not to the overall score (?P<b>[\d.]+)",
     "{c}各分项之和为 {a}，与总分 {b} 不符"),
    (r"bloc override of (?P<c>[A-Z]{3}) gives no reason", "{c}的立场集团覆盖设置未说明理由"),
    (r"the description of bloc (?P<b>'[^']*') counts (?P<q>'[^']*'), which its 'counts:' does not define",
     "立场集团{b}的说明中计数{q}，但其“counts:”未定义该项"),
    (r"library folder not found", "找不到条款库文件夹"),
    (r"no \.yaml files in the library folder", "条款库文件夹中没有 .yaml 文件"),
    (r"cannot read the file: (?P<rest>.*)", "无法读取该文件：{rest}"),
]

_HINTS: list[tuple[str, str]] = [
    (r"fix the YAML syntax at that position", "请修正该处的 YAML 语法"),
    (r"save the file as UTF-8 text", "请将文件另存为 UTF-8 文本"),
    (r"ids must be unique across all loaded libraries: rename one", "所有已加载条款库中的编号必须唯一：请重命名其中一个"),
    (r"add (?P<q>'[^']*') to this entry", "请在此条目中添加{q}"),
    (r"add 'zh:' with the Chinese text", "请添加“zh:”并填写中文文本"),
    (r"add 'en:' with the English text", "请添加“en:”并填写英文文本"),
    (r"add 'source:' with seed/ref/excerpt or symbol/ref so readers can check the text",
     "请添加“source:”，注明 seed/ref/excerpt 或 symbol/ref，以便读者核对原文"),
    (r"add 'ref:' with the section or recommendation number", "请添加“ref:”，注明章节或建议编号"),
    (r"add 'excerpt:' with a few words copied verbatim from the passage", "请添加“excerpt:”，逐字摘录该段落中的几个词"),
    (r"add 'seed:' with the file the excerpt is copied from", "请添加“seed:”，注明摘录所出自的文件"),
    (r"use letters, digits, '-', '_' or '\.', starting with a letter or digit",
     "请使用字母、数字、“-”、“_”或“.”，并以字母或数字开头"),
    (r"use preambular or operative", "请使用 preambular 或 operative"),
    (r"use supports, neutral or opposes", "请使用 supports、neutral 或 opposes"),
    (r"use the full-width (?P<m>.)", "请使用全角{m}"),
    (r"remove it: the renderer adds the paragraph's punctuation", "请删除：生成文件时会自动加上段末标点"),
    (r"start the body after the lead phrase", "正文应从引导词之后开始"),
    (r"keep en English and zh Chinese", "en 写英文，zh 写中文"),
    (r"a clause answers a question one way: keep it on one side", "一条条款只能持一种立场：请只保留在一方"),
    (r"a contested question needs at least two sides", "争议问题至少需要两方"),
    (r"choose a (?P<k>preambular|operative) phrase", "请选用{k}引导词"),
    (r"use (?P<p>\{\{ \w+ \}\}) in the (?P<l>en|zh) text or remove the declaration", "请在{l}文本中使用 {p}，或删除该声明"),
    (r"declare it under (?P<q>'[^']*')", "请在{q}下声明"),
    (r"move the innermost level up or split the clause", "请将最内层上移，或拆分该条款"),
    (r"list at least one topic id", "请至少列出一个议题编号"),
    (r"use a phrase id from the phrase list(?P<rest>.*)", "请使用引导词表中的编号{rest}"),
    (r"known(?: (?P<what>topics|blocs))?: (?P<list>.*)", "已有：{list}"),
    (r"write one of them: (?P<ex>.*)", "请写其中之一：{ex}"),
    (r"facts are: (?P<list>.*)", "事实有：{list}"),
    (r"fields are: (?P<list>.*)", "字段有：{list}"),
    (r"sections are: (?P<list>.*)", "部分有：{list}"),
    (r"use any or security-council, or leave it out and list the topic in an agenda",
     "请使用 any 或 security-council，或删去此项并在议程中列出该议题"),
    (r"a fact that can change says when it held: (?P<ex>.*)", "可能变化的事实须注明其成立的日期：{ex}"),
    (r"list the ids of the references it rests on: (?P<ex>.*)", "请列出其所依据的参考文献编号：{ex}"),
    (r"a State has one fact of this kind: remove one", "一国只能有一条此类事实：请删除一条"),
    (r"add 'reason:' saying why the facts mislead", "请添加“reason:”，说明为何这些事实会造成误判"),
    (r"check the figures against the index", "请对照该指数核对数字"),
    (r"add 'counts: \{(?P<q>[^:]*): RULE\}'", "请添加“counts: {{{q}: RULE}}”"),
    (r"give a folder that holds \.yaml files", "请给出含 .yaml 文件的文件夹"),
    (r"use (?P<list>[\w-]+(?:, [\w-]+)+)", "请使用以下之一：{list}"),
]

_KINDS = {"phrase": "引导词", "topic": "议题", "bloc": "立场集团", "clause": "条款", "country": "国家",
          "reference": "参考文献", "committee": "委员会", "agenda": "议程", "seed": "来源文件", "group": "国家集团",
          "preambular": "序言性", "operative": "行动性", "en": "英文", "zh": "中文"}
_DID_YOU_MEAN = re.compile(r";? ?did you mean (?P<q>'[^']*')\?$")
_QUOTED = re.compile(r"'([^']*)'")
# the entries messages name ("clause 'x'", "the internet fact of FRA"), quotation marks already Chinese
_ENTRIES = [(re.compile(pattern), zh) for pattern, zh in [
    (r"^side “([^”]*)” of contested question “([^”]*)”$", r"争议问题“\2”的“\1”方"),
    (r"^the (\w+) fact of ([A-Z]{3})$", r"\2的 \1 事实"),
    (r"^a bloc rule$", "立场集团规则"),
    (r"^the source of clause “([^”]*)”$", r"条款“\1”的出处"),
    (r"^(?:in )?a sub-paragraph of clause “([^”]*)”$", r"条款“\1”的分段"),
    (r"^(?:of )?a side of contested question “([^”]*)”$", r"争议问题“\1”的一方"),
    (r"^the default of placeholder “([^”]*)”$", r"占位符“\1”的默认值"),
    (r"^(?:of )?seed “([^”]*)”$", r"来源文件“\1”"),
    (r"^(?:of )?country ([A-Z]{3})$", r"国家 \1"),
    (r"^(?:of )?(clause|phrase|placeholder|agenda|topic|bloc|committee|country|contested question) “([^”]*)”$", None),
]]
_ENTRY_NAMES = {"clause": "条款", "phrase": "引导词", "placeholder": "占位符", "agenda": "议程", "topic": "议题",
                "bloc": "立场集团", "committee": "委员会", "country": "国家", "contested question": "争议问题"}


def _compiled(pairs: list[tuple[str, str]]) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern + "$"), zh) for pattern, zh in pairs]


MESSAGES, HINTS = _compiled(_MESSAGES), _compiled(_HINTS)


def _value(name: str, value: str) -> str:
    if name == "rest":  # a parser's own words: as they are
        return value
    if name == "list":
        return value.replace(", ", "、")
    value = _QUOTED.sub(lambda m: f"“{m.group(1)}”", value)
    if name in ("kind", "k", "k2", "l"):
        return _KINDS.get(value, value)
    for pattern, zh in _ENTRIES:
        found = pattern.match(value)
        if found:
            return found.expand(zh) if zh else f"{_ENTRY_NAMES[found.group(1)]}“{found.group(2)}”"
    return value


def _say(text: str, table: list[tuple[re.Pattern[str], str]]) -> str:
    """``text`` in Chinese when a pattern of ``table`` knows it; a trailing did-you-mean becomes 是否应为…？."""
    suggestion = _DID_YOU_MEAN.search(text)
    core = text[:suggestion.start()] if suggestion else text
    said = core
    for pattern, zh in table:
        found = pattern.match(core)
        if found:
            said = zh.format(**{k: _value(k, v or "") for k, v in found.groupdict().items()})
            break
    if suggestion:
        tail = f"是否应为{_value('q', suggestion.group('q'))}？"
        said = f"{said}；{tail}" if said else tail
    return said


def line(problem: Problem) -> str:
    """``problem`` as a line in Chinese: 位置：问题（提示）; its own Chinese when the reader gave one."""
    message = problem.zh or _say(problem.message, MESSAGES)
    hint = problem.zh_hint or (_say(problem.hint, HINTS) if problem.hint else "")
    return f"{problem.location}：{message}" + (f"（{hint}）" if hint else "")


def entry_zh(what: str) -> str:
    """The entry an English message names, said in Chinese: "clause 'x'" → 条款“x”, " of seed 'a.txt'" →
    来源文件“a.txt”, "the internet fact of CHN" → CHN的 internet 事实."""
    return _value("what", what.strip())


def message_zh(message: str) -> str:
    """A message made outside the library's readers (the YAML parser's) in Chinese, by its pattern."""
    return _say(message, MESSAGES)
