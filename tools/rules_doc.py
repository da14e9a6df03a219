"""Write docs/RULES.md, the formatting rules ``drafter check`` implements, from the rules' data files
(drafter/check/ruledata/): each rule's id, severity, whether --fix mends it, its message in English and Chinese,
the formatting conventions it stands on, and a failing and a passing example in each language the rule has them.

    python tools/rules_doc.py           # write docs/RULES.md
    python tools/rules_doc.py --check   # exit 1 when docs/RULES.md is not what the rules make

tests/check/test_rules_doc.py fails when the document is out of date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from doctool import ROOT, rules, write_or_check  # noqa: E402 - tools/ itself, put on the path above

_LOADED = rules()
RULES, SEVERITIES = _LOADED.RULES, _LOADED.SEVERITIES
from drafter.check import ruleload  # noqa: E402 - loaded once the rules are known to load

DOCUMENT = ROOT / "docs" / "RULES.md"

# the conventions the rules name (their ``source``), in English and Chinese
SOURCES: dict[str, tuple[str, str]] = {
    "UN-H01–H07": ("heading of a UN document: symbol, distribution, date, original language, organ block, sponsors, "
                   "title", "联合国文件的标题部分：文件编号、分发、日期、原文语种、机构与届会、提案国、标题"),
    "UN-H01": ("document symbol: the organ's own (A/… General Assembly, S/… Security Council), half-width and the same "
               "in every language (A/RES/70/1, S/RES/2254 (2015))",
               "文件编号：本机构的编号（A/… 大会，S/… 安全理事会），半角，各语文本相同（A/RES/70/1、S/RES/2254 (2015)）"),
    "UN-H02": ("distribution line: Distr.: Limited (drafts), General (adopted texts)",
               "分发行：草案为 Distr.: Limited，通过的案文为 Distr.: General"),
    "UN-H03": ("date of issue: day month year, no comma, no ordinal", "发布日期：日 月 年，无逗号、无序数词"),
    "UN-H05": ("organ, session and agenda item block (Security Council texts have no agenda item)",
               "机构、届会和议程项目（安全理事会决议没有议程项目）"),
    "UN-H06": ("sponsor line of a draft: official names, in order, then ': draft resolution'",
               "草案的提案国一行：正式国名，按序排列，以“: draft resolution”结尾"),
    "UN-H08": ("adoption line of adopted texts ('Resolution adopted by the General Assembly on …'); drafts carry none",
               "已通过文件的通过信息（“大会……通过的决议”）；草案不写"),
    "UN-H09": ("Security Council cover lines of adopted texts ('Resolution 2504 (2020)', 'Adopted by the Security "
               "Council at its 8700th meeting, on …'); drafts carry none",
               "安全理事会已通过决议的首页行（“第2504(2020)号决议”“2020年1月10日安全理事会第8700次会议通过”）；草案不写"),
    "UN-D01": ("draft or adopted text: the symbol, distribution and sponsor line agree",
               "草案与通过案文之别：文件编号、分发行和提案国行一致"),
    "UN-B01": ("order of elements: organ, preamble, operative part", "各部分顺序：机构名称、序言部分、执行部分"),
    "UN-B02": ("organ line: the organ's name, in italics, followed by a comma", "机构名称行：机构名称，斜体，后加逗号"),
    "UN-B03": ("preambular lead: a participle or adjective phrase", "序言段引导词：分词或形容词短语"),
    "UN-B04": ("preambular lead words emphasised (italics)", "序言段引导词加强调（斜体）"),
    "UN-B05": ("preambular paragraphs unnumbered, each ending with a comma", "序言段不编号，以逗号结尾"),
    "UN-B06": ("operative lead: a verb in the present tense", "执行段引导词：现在时动词"),
    "UN-B07": ("operative paragraphs numbered 1., 2., … consecutively", "执行段以 1.、2.…… 连续编号"),
    "UN-B08": ("operative lead words emphasised (italics)", "执行段引导词加强调（斜体）"),
    "UN-B09": ("operative punctuation: semicolons, a full stop after the last", "执行段标点：以分号结尾，最后一段以句号结尾"),
    "UN-B10": ("sub-paragraph labels: (a), (i), …", "分段编号：(a)、(i) 等"),
    "UN-B11": ("sub-paragraph punctuation: a colon before them, semicolons after each",
               "分段标点：分段前用冒号，各分段后用分号"),
    "UN-B12": ("a repeated lead takes also / further (Recalling also, 又回顾)", "重复的引导词前加“又”或“还”（又回顾）"),
    "UN-B13": ("closing lines of adopted General Assembly texts: the plenary meeting and its date; drafts carry none",
               "大会已通过决议的结尾行：全体会议及其日期；草案不写"),
    "UN-B14": ("Security Council formulas: acting under Chapter VII of the Charter", "安全理事会的固定措辞：根据《联合国宪章》第七章采取行动"),
    "UN-B15": ("citing resolutions: resolution 2165 (2014); titles of instruments", "决议的引用：第2165(2014)号决议；文书名称"),
    "UN-B17": ("no emphasis for emphasis: only the lead words are emphasised", "不为强调而加强调：只有引导词加强调"),
    "UN-B18": ("Chinese UN typography: full-width punctuation", "联合国中文排版：全角标点"),
    "MUN-H01–H03": ("heading of a conference draft: committee, topic, sponsors, signatories",
                    "会议草案的标题部分：委员会、议题、起草国、附议国"),
    "MUN-S01": ("sponsors and signatories: each State named once", "起草国与附议国：每个国家只列一次"),
    "MUN-S02": ("a State is a sponsor or a signatory, not both", "一国或为起草国，或为附议国，不可兼任"),
    "MUN-F01": ("organ line of a conference draft", "会议草案的机构名称行"),
    "MUN-F02": ("preambulatory lead phrase emphasised", "序言性条款引导词加强调"),
    "MUN-F03": ("operative lead phrase emphasised", "行动性条款引导词加强调"),
    "MUN-F04": ("preambulatory clauses: a lead phrase, a comma at the end, no number",
                "序言性条款：以引导词开头，以逗号结尾，不编号"),
    "MUN-F05": ("operative clauses: numbered, a lead verb, a semicolon at the end, a full stop after the last",
                "行动性条款：编号，以动词开头，以分号结尾，最后一条以句号结尾"),
    "MUN-F06": ("sub-clauses: labels a., i., and at least two of them", "子条款：编号 a.、i.，且至少两项"),
    "MUN-F07": ("abbreviations written out in full at first use", "缩写首次出现时须写出全称"),
    "MUN-F08": ("typography: one font, no runs of empty paragraphs", "排版：字体统一，无连续空段"),
    "MUN-F09": ("language only the Security Council uses (decides, condemns …)", "只有安全理事会使用的措辞（决定、谴责等）"),
    "MUN-A01": ("a friendly amendment is worked into the text", "友好修正案直接并入正文"),
    "MUN-A04": ("an amendment adds, strikes or rewords a clause", "修正案增加、删除或改写条款"),
    "ZH-H01": ("heading fields of a Chinese conference draft", "中文会议草案的标题栏目"),
    "ZH-H02": ("lists of States: order and separators (、)", "国家名单：顺序与分隔符（、）"),
    "ZH-B01": ("the body opens with the organ's name and a full-width comma", "正文以机构名称和全角逗号开头"),
    "ZH-B02": ("序言性条款: a lead word, ending with ，", "序言性条款：以引导词开头，以“，”结尾"),
    "ZH-B03": ("行动性条款: numbered, a lead verb, ending with ；, the last with 。",
               "行动性条款：编号，以动词开头，以“；”结尾，最后一条以“。”结尾"),
    "ZH-B04": ("sub-clauses: labels and their levels", "子条款：编号及其层级"),
    "ZH-B05": ("one sentence: a single full stop at the end", "全文为一句话：只在末尾有一个句号"),
    "ZH-B06": ("one idea per clause, no repeats", "一条一意，不重复"),
    "ZH-P01": ("full-width punctuation and title marks 《》 in Chinese text", "中文文本使用全角标点和书名号《》"),
    "ZH-P02": ("Chinese dates and references: 2023年12月12日, 第2139(2014)号决议 (a resolution takes no 《》)",
               "中文日期和引用：2023年12月12日，第2139(2014)号决议（决议不加书名号）"),
    "PP-01": ("position paper length: the conference's page cap (commonly one or two pages), sources apart",
              "立场文件篇幅：会议规定的页数上限（通常一至两页），参考资料不计"),
    "PP-02": ("position paper typography: one font, 12 pt (10–12 pt at some conferences)",
              "立场文件版式：通篇一种字体，12 磅（部分会议为 10–12 磅）"),
    "PP-03": ("position paper heading: country by its UN name, committee, topic, school and delegate",
              "立场文件抬头：以联合国名称写的国家、委员会、议题、学校和代表姓名"),
    "PP-04": ("position paper sections: topic background, past international action, the country's position",
              "立场文件各部分：议题背景、已有国际行动、国家立场"),
    "PP-05": ("position paper voice: the State speaks in the third person, never I or we",
              "立场文件语气：以国家为主语，第三人称，不用“我”“我们”"),
    "PP-06": ("position paper citations: sources cited and listed, consistently",
              "立场文件引用：注明并列出参考资料，格式统一"),
    "ZPP-01": ("Chinese position paper heading: delegate, school, country, committee, topic",
               "中文立场文件抬头：代表姓名、学校、国家、委员会、议题"),
    "ZPP-02": ("Chinese position paper body: background, past international action, national position, proposals",
               "中文立场文件正文结构：议题背景、已有国际行动及措施、国家立场、解决方案建议"),
    "ZPP-04": ("Chinese position paper length: usually at most two pages", "中文立场文件篇幅：一般不多于两页"),
    "ZPP-05": ("Chinese position paper sources: every source noted (footnotes or endnotes)",
               "中文立场文件引用：注明全部资料来源（脚注或尾注）"),
    "ZPP-06": ("Chinese position paper language: formal, the State as subject (third person)",
               "中文立场文件语言：正式、精炼，以国家为主语（第三人称）"),
    "ZPP-03": ("Chinese documents set in a Chinese (East Asian) font", "中文文件使用中文（东亚）字体"),
    "lead-lists": ("the lists of lead phrases in English and Chinese", "中英文引导词表"),
    "profiles": ("the profiles compared: numbering, ends, emphasis", "各格式对照：编号、结尾标点、强调"),
    "footnotes": ("footnotes are Word footnotes, not numbers typed after a word", "脚注应为Word脚注，而非紧贴词后的数字"),
    "DESIGN.md": ("drafter's own design: fonts of a document", "drafter 的设计约定：文件字体"),
    "typography": ("quotation marks open and close in the same paragraph", "引号在同一段内成对出现"),
}

SEVERITY_ZH = {"error": "错误", "warning": "警告", "suggestion": "建议"}
FIELD = re.compile(r"\{(\w+)(?:![rs])?\}")


def sources_of(text: str) -> list[tuple[str, str]]:
    """A rule's ``source`` as (key, note): "MUN-F09 (thimun profile only)" → ("MUN-F09", "thimun profile only")."""
    out = []
    for part in re.split(r",\s*", text):
        key, _, note = part.partition(" (")
        out.append((key.strip(), note.rstrip(")")))
    return out


def _template(message: str) -> str:
    """A message with its fields shown as ‹name›."""
    return FIELD.sub(lambda m: f"‹{m.group(1)}›", message)


def _paragraph(spec: object) -> str:
    """One paragraph of an example as the rule file writes it (a mapping's settings after its text)."""
    if not isinstance(spec, dict):
        return str(spec)
    settings = ", ".join(f"{key}: {value}" for key, value in spec.items() if key != "text")
    return f"{spec.get('text', '')}   {{{settings}}}"


def _example(example: dict[str, Any]) -> list[str]:
    """An example as a numbered block, the paragraph a failing example names marked with ▶."""
    lang = example["language"]
    settings = [f"{key} {example[key]}" for key in ("profile", "font", "size", "east-asia") if key in example]
    if "conference" in example:
        settings.append("with a conference rules file (see the rule file)")
    extra = f"; {'; '.join(settings)}" if settings else ""
    if example["kind"] == "fail":
        title = f"- fails at paragraph {example['paragraph']} / 不通过，第 {example['paragraph']} 段 ({lang}{extra}):"
    else:
        title = f"- passes / 通过 ({lang}{extra}):"
    lines = [title, "", "  ```text"]
    for number, spec in enumerate(example["paragraphs"], 1):
        mark = "▶" if example["kind"] == "fail" and number == example["paragraph"] else " "
        text = _paragraph(spec)
        lines.append(f"  {mark}{number:>2}  {text if len(text) <= 110 else text[:109] + '…'}")
    return [*lines, "  ```", ""]


def _examples(examples: list[dict[str, Any]]) -> list[str]:
    """The first failing and the first passing example in each language."""
    lines: list[str] = []
    for lang in ("en", "zh"):
        for kind in ("fail", "pass"):
            chosen = next((e for e in examples if e["language"] == lang and e["kind"] == kind), None)
            if chosen is not None:
                lines += _example(chosen)
    return lines


def render() -> str:
    """The whole document."""
    examples = {rule["id"]: rule["examples"] for _, rule in ruleload.read(SEVERITIES)}
    counts = {s: sum(1 for r in RULES.values() if r.severity == s) for s in SEVERITIES}
    lines = [
        "# The formatting rules drafter checks / drafter 检查的格式规则",
        "",
        "<!-- generated by tools/rules_doc.py from drafter/check/ruledata/: do not edit by hand -->",
        "",
        f"`drafter check` applies {len(RULES)} rules ({counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['suggestion']} suggestions); `--fix` mends those marked *fix*. A rule's message names what "
        "it found in the fields shown as ‹name›. `--disable RULE` turns a rule off; `--profile` (un, una-usa, "
        "thimun, cn-mun) chooses the conventions of numbering, ends and emphasis the rules expect.",
        "",
        f"`drafter check` 共有 {len(RULES)} 条规则（错误 {counts['error']} 条，警告 {counts['warning']} 条，"
        f"建议 {counts['suggestion']} 条）；标有“可修正”的规则可由 `--fix` 自动修正。提示中的 ‹名称› 处填入检查所见的内容。"
        "`--disable 规则` 可关闭某条规则；`--profile`（un、una-usa、thimun、cn-mun）选择编号、结尾标点和强调的格式约定。",
        "",
        "Each rule shows a document it fails on and one it passes, paragraph by paragraph, written as in "
        "drafter/check/ruledata/ (its README.md: `*italic*`, `**bold**`, `_underlined_`, `|` a run boundary); "
        "▶ marks the paragraph the rule names.",
        "",
        "每条规则附有不通过和通过的示例文档，逐段列出，写法同 drafter/check/ruledata/（见其 README.md："
        "`*斜体*`、`**粗体**`、`_下划线_`、`|` 分隔文本块）；▶ 标出规则所指的段落。",
        "",
        "## Rules / 规则",
        "",
    ]
    for rule in RULES.values():
        fix = " · fix / 可修正" if rule.fixable else ""
        lines += [f"### `{rule.id}` — {rule.severity} / {SEVERITY_ZH[rule.severity]}{fix}", "",
                  f"- en: {_template(rule.en)}",
                  f"- zh：{_template(rule.zh)}"]
        named = [f"{key} ({note})" if note else key for key, note in sources_of(rule.source)]
        lines += [f"- source / 依据: {', '.join(named)}"]
        for name, entries in rule.words.items():
            shown = ", ".join(word + (" → " + " / ".join(s or "—" for s in said) if said else "")
                              for word, said in entries.items())
            lines.append(f"- words / 词表 `{name}`: {shown}")
        lines.append("")
        lines += _examples(examples[rule.id])
    lines += ["## Conventions named / 所依据的格式约定", "",
              "The keys name the conventions of UN documents (UN-), of English-language conferences (MUN-) and of "
              "Chinese-language conferences (ZH-, ZPP-) the rules stand on.",
              "",
              "规则所依据的格式约定：联合国文件（UN-）、英文模联会议（MUN-）、中文模联会议（ZH-、ZPP-）。",
              "",
              "| key | convention | 约定 |", "| --- | --- | --- |"]
    used = {key for rule in RULES.values() for key, _ in sources_of(rule.source)}
    lines += [f"| {key} | {en} | {zh} |" for key, (en, zh) in SOURCES.items() if key in used]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Write the document, or with ``--check`` say whether it is up to date."""
    return write_or_check(DOCUMENT, render(), argv, "tools/rules_doc.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
