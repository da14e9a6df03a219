"""The checker's rules as data: id, severity, message in English and Chinese, what a fix does.

Messages are format strings; the rule families (:mod:`drafter.check.families`) fill their fields. Each rule
has a passing and a failing example in tests/check/test_check_rules.py.
"""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("error", "warning", "suggestion")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    en: str
    zh: str
    source: str  # FORMAT.md rule ids
    fixable: bool = False

    def message(self, lang: str, **fields: object) -> str:
        return (self.zh if lang == "zh" else self.en).format(**fields)


RULES: dict[str, Rule] = {r.id: r for r in [
    Rule("organ-line", "error",
         "the organ line {problem} (expected e.g. {example!r})", "机构名称行{problem}（应如“{example}”）",
         "UN-B01, UN-B02, MUN-F01, ZH-B01", fixable=True),
    Rule("organ-emphasis", "error",
         "the organ line should be {want}", "机构名称行应{want}", "UN-B02", fixable=True),
    Rule("heading-missing", "error",
         "the heading lacks {field}", "标题部分缺少{field}", "UN-H01–H07, MUN-H01–H03, ZH-H01"),
    Rule("sponsor-line", "error",
         "the sponsor line should end with {tail!r} (UN-H06)", "提案国一行应以“{tail}”结尾（UN-H06）", "UN-H06",
         fixable=True),
    Rule("distribution-line", "error",
         "the distribution line should read 'Distr.: {want}' (found {found!r})",
         "分发行应为“Distr.: {want}”（现为“{found}”）", "UN-H02, UN-D01", fixable=True),
    Rule("date-format", "warning",
         "date {found!r} should be written day month year without comma or ordinal: {fixed!r}",
         "日期“{found}”应写作“{fixed}”（日 月 年，无逗号和序数词）", "UN-H03", fixable=True),
    Rule("resolution-citation", "warning",
         "cite resolutions as {fixed!r}", "决议的引用格式应为“{fixed}”", "UN-B15", fixable=True),
    Rule("sponsor-signatory", "error",
         "{state} is listed both as a sponsor and as a signatory", "{state}同时被列为起草国和附议国", "MUN-S02"),
    Rule("sponsor-duplicate", "error",
         "{state} is listed twice", "{state}被重复列出", "MUN-S01, ZH-H01"),
    Rule("state-name", "warning",
         "{name!r} is not the official United Nations name{suggestion}",
         "“{name}”不是联合国正式国名{suggestion}", "UN-H06, ZH-H02"),
    Rule("state-common-name", "suggestion",
         "{name!r} is a common name; United Nations documents write {official!r}",
         "“{name}”是通称，联合国文件写作“{official}”", "UN-H06, ZH-H02"),
    Rule("sponsor-short-name", "suggestion",
         "{name!r} is a formal name; United Nations documents list sponsors by short name ({short!r})",
         "“{name}”是正式全称，联合国文件列举提案国时使用简称（“{short}”）", "UN-H06"),
    Rule("not-member", "warning",
         "{name!r} is not a Member State of the United Nations{detail}", "“{name}”不是联合国会员国{detail}",
         "UN-H06, MUN-S01"),
    Rule("observer-state", "suggestion",
         "{name!r} is a non-member observer State of the United Nations: it may sponsor a draft but does not vote",
         "“{name}”是联合国非会员观察员国：可提出草案，但无表决权", "UN-H06"),
    Rule("lead-unknown", "suggestion",
         "lead phrase {lead!r} is not in the phrase list; check it is the wording you mean",
         "引导词“{lead}”不在常用词表中，请确认用词", "FORMAT.md §2"),
    Rule("lead-misspelled", "error",
         "lead phrase {lead!r} looks misspelled: {correct!r}", "引导词“{lead}”疑有错字，应为“{correct}”", "FORMAT.md §2",
         fixable=True),
    Rule("lead-form", "error",
         "{lead!r} cannot open {part} ({why}); write {correct}", "“{lead}”不能用作{part}的开头（{why}），应为{correct}",
         "UN-B03, UN-B06, MUN-F04, ZH-B02, ZH-B03"),
    Rule("operative-no-verb", "error",
         "an operative paragraph must open with an operative verb ('Requests', 'Urges' …), not {opening!r}",
         "执行段应以执行性动词开头（如“请”“敦促”），而不是“{opening}”", "UN-B06, ZH-B03"),
    Rule("capital-after-lead", "error",
         "{word!r} in or after the lead phrase should not be capitalised: {fixed!r}",
         "引导词中或其后的“{word}”不应大写，应为“{fixed}”", "UN-B03, UN-B04, MUN-F04", fixable=True),
    Rule("lead-doubled", "error",
         "two lead phrases run together: {first!r} and {second!r}; keep one", "两个引导词连用：“{first}”和“{second}”，只应保留一个",
         "UN-B03, UN-B06"),
    Rule("lead-comma", "warning",
         "no comma between the lead phrase {lead!r} and its object", "引导词“{lead}”与其宾语之间不应加逗号", "UN-B03, UN-B04",
         fixable=True),
    Rule("lead-emphasis", "error",
         "the lead phrase {lead!r} should be {want}", "引导词“{lead}”应{want}", "UN-B04, UN-B08, MUN-F02, MUN-F03, ZH-B02, ZH-B03",
         fixable=True),
    Rule("lead-emphasis-document", "error",
         "{count} of {total} lead phrases are not emphasised; they should be {want}",
         "{total}个引导词中有{count}个未加强调，应{want}", "UN-B04, UN-B08, MUN-F02, MUN-F03, ZH-B02, ZH-B03", fixable=True),
    Rule("lead-capital", "error",
         "the lead phrase {lead!r} should start with a capital letter", "引导词“{lead}”首字母应大写", "MUN-F04",
         fixable=True),
    Rule("sc-only-phrase", "warning",
         "{lead!r} is reserved for the Security Council at conferences that follow THIMUN procedure (MUN-F09)",
         "按THIMUN议事规则，“{lead}”仅限安全理事会使用（MUN-F09）", "MUN-F09 (thimun profile only)"),
    Rule("preambular-end", "error",
         "a preambular paragraph must end with {end!r}", "序言段应以“{end}”结尾", "UN-B05, MUN-F04, ZH-B02",
         fixable=True),
    Rule("operative-end", "error",
         "an operative paragraph must end with {end!r}", "执行段应以“{end}”结尾", "UN-B09, MUN-F05, ZH-B03",
         fixable=True),
    Rule("final-stop", "error",
         "the last operative paragraph must end with {end!r}", "最后一个执行段应以“{end}”结尾", "UN-B09, MUN-F05, ZH-B05",
         fixable=True),
    Rule("stray-full-stop", "error",
         "a full stop before the end of the resolution: the whole text is one sentence",
         "决议正文是一个句子，末尾之前不应出现句号", "UN-B09, MUN-F05, ZH-B05"),
    Rule("stray-semicolon", "error",
         "a semicolon inside the clause {before}: {what}", "条款中间出现分号{before}：{what}", "UN-B05, MUN-F04, MUN-F05"),
    Rule("quote-unclosed", "error",
         "the quotation opened here is never closed", "此处的引号没有闭合", "typography"),
    Rule("chapeau-colon", "error",
         "a paragraph introducing sub-paragraphs must end with {end!r}", "引出分段的段落应以“{end}”结尾", "UN-B11",
         fixable=True),
    Rule("sub-end", "error",
         "a sub-paragraph must end with {end!r}", "分段应以“{end}”结尾", "UN-B11", fixable=True),
    Rule("half-width-zh", "error",
         "half-width {char!r} in Chinese text; use {full!r}", "中文文本中使用了半角“{char}”，应使用全角“{full}”",
         "ZH-P01, UN-B18", fixable=True),
    Rule("numbering-sequence", "error",
         "operative paragraph numbered {found!r}, expected {expected!r}", "执行段编号为“{found}”，应为“{expected}”",
         "UN-B07", fixable=True),
    Rule("numbering-form", "error",
         "operative paragraph numbered {found!r}: operative paragraphs are numbered {expected!r} (Arabic numeral and "
         "full stop)", "执行段编号为“{found}”，应写作“{expected}”（阿拉伯数字加半角句点）", "UN-B07, MUN-F05, ZH-B03",
         fixable=True),
    Rule("numbering-restart", "error",
         "operative paragraph numbered {found!r}: a new Word list restarts the numbering here (expected {expected!r})",
         "执行段编号为“{found}”：另起的Word列表使编号在此重新开始（应为“{expected}”）", "UN-B07, MUN-F05, ZH-B03",
         fixable=True),
    Rule("preambular-numbered", "error",
         "a preambular paragraph numbered {found!r}: preambular paragraphs are not numbered",
         "序言段不应编号（现为“{found}”）", "MUN-F04, FORMAT.md §4", fixable=True),
    Rule("numbering-mixed", "error",
         "typed paragraph numbers mixed with automatic numbering", "手动输入的编号与自动编号混用", "UN-B07",
         fixable=True),
    Rule("numbering-absent", "error",
         "none of the {count} operative paragraphs is numbered (the parts were told apart by their lead phrases)",
         "{count}个执行段均未编号（已按引导词区分序言段和执行段）", "UN-B07, MUN-F05"),
    Rule("operative-unnumbered", "error",
         "an operative paragraph without a number", "执行段缺少编号", "UN-B07, MUN-F05"),
    Rule("sub-label-sequence", "error",
         "sub-paragraph labelled {found!r}, expected {expected!r}", "分段编号为“{found}”，应为“{expected}”", "UN-B10",
         fixable=True),
    Rule("sub-label-level", "warning",
         "sub-paragraph {found!r} is numbered at the margin, as a separate Word list; make it a lower level of the "
         "clause numbering",
         "分段“{found}”被编为与条款并列的另一个Word列表，应设为条款编号的下一级", "UN-B10, MUN-F06, ZH-B04",
         fixable=True),
    Rule("sub-label-style", "warning",
         "sub-paragraph label {found!r} is not in the {profile} style (expected like {expected!r})",
         "分段编号“{found}”不符合{profile}格式（应如“{expected}”）", "UN-B10, MUN-F06, ZH-B04"),
    Rule("sub-clause-single", "warning",
         "a single sub-clause under its paragraph: a list of sub-clauses has at least two items (or write it into the "
         "paragraph)", "该条款下只有一个分项：分项至少应有两项（或将其并入上级条款）", "MUN-F06 (not under the un profile)"),
    Rule("preambular-after-operative", "error",
         "a preambular paragraph after the operative part", "执行部分之后出现了序言段", "UN-B01"),
    Rule("section-heading", "error",
         "{text!r} is a heading inside the resolution: its body is the organ line, the preambular paragraphs and the "
         "numbered operative paragraphs, with no headings",
         "“{text}”是决议正文中的标题：正文只有机构名称行、序言段和编号的执行段，不加标题", "UN-B01, MUN-F04, MUN-F05"),
    Rule("no-operative", "error",
         "no operative paragraphs found", "未找到执行段", "UN-B01, UN-B07"),
    Rule("empty-clause", "error",
         "a clause with a lead phrase but no text", "条款只有引导词而没有内容", "MUN-F05"),
    Rule("empty-paragraphs", "suggestion",
         "{count} empty paragraphs in a row", "连续{count}个空段落", "MUN-F08"),
    Rule("duplicate-paragraph", "warning",
         "this paragraph repeats paragraph {first}", "本段与第{first}段重复", "ZH-B06"),
    Rule("east-asian-font", "warning",
         "Chinese text without an explicit East Asian font (w:eastAsia); it may show in a Japanese or fallback font",
         "中文文本未明确设置东亚字体（w:eastAsia），可能显示为日文或替代字体", "DESIGN.md, ZPP-03", fixable=True),
]}


def rule(rule_id: str) -> Rule:
    return RULES[rule_id]
