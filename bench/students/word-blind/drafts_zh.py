"""The Chinese drafts of word-blind: clause texts and how each one's numbering was made."""

from __future__ import annotations

from collections.abc import Callable

from docxlists import SRC, Abstract, Level, Num, Para, build_docx, clause_levels, convert, lead, plain, sub


def pre(words: str, rest: str) -> Para:
    return lead("u", words, rest)


def op(words: str, rest: str, num: tuple[int, int] | None = None) -> Para:
    return lead("u", words, rest, num)


def heading(committee: str, topic: str, sponsors: str, co: str) -> list[Para]:
    return [plain("决议草案"), plain(f"委员会：{committee}"), plain(f"议题：{topic}"), plain(f"起草国：{sponsors}"),
            plain(f"附议国：{co}")]


def zh_levels() -> dict[int, Level]:
    return clause_levels("lowerLetter", "（%2）")


def zh_b10(name: str) -> None:
    """Typed "（a）" / "（b）" before Word's own "（a）" / "（b）"; clause 4 typed into a second list: "1."."""
    paras = heading("经济及社会理事会", "粮食安全与小农户", "埃塞俄比亚", "孟加拉国、危地马拉、马拉维、越南")
    paras += [
        plain("经济及社会理事会，"),
        pre("回顾", "《2030年可持续发展议程》中消除饥饿的目标，"),
        pre("深为关切", "全球仍有数亿人长期处于饥饿状态，"),
        pre("认识到", "小农户生产了许多发展中国家的大部分粮食，"),
        op("鼓励", "会员国向小农户提供优质种子和化肥补贴；", (1, 0)),
        op("促请", "会员国改善农村基础设施，包括：", (1, 0)),
        sub("（a）修建连接村庄和集市的道路；", (1, 1)),
        sub("（b）建设小型灌溉设施和粮食仓库；", (1, 1)),
        op("邀请", "国际农业发展基金向农民合作社提供低息贷款；", (1, 0)),
        op("敦促", "各国避免限制粮食出口，以免国际粮价剧烈波动；", (2, 0)),
        op("请", "联合国粮食及农业组织每年报告小农户的状况。", (1, 0)),
    ]
    build_docx(name, paras, [Abstract(0, zh_levels(), nsid="1C0FFEE1"), Abstract(1, zh_levels(), nsid="1C0FFEE2")],
               [Num(1, 0), Num(2, 1)], zh=True)


def zh_b11(name: str) -> None:
    """HTML converted by LibreOffice: the whole body is one <ol>, so the preamble is numbered "1."–"3."."""
    convert(SRC / "zh-b11.html", name, "HTML (StarWriter)")


def zh_b12(name: str) -> None:
    """Correct, shaped like a Google Docs export: every clause its own w:num over one abstractNum (Word continues
    the count; the sub-clauses at level 1 restart after each clause)."""
    paras = heading("大会第二委员会", "电子废物的无害环境管理", "智利", "加纳、印度、尼日利亚、秘鲁")
    paras += [
        plain("大会，"),
        pre("关切地注意到", "全球每年产生的电子废物中只有不到四分之一得到正规回收，"),
        pre("意识到", "非正规拆解电子废物使工人和儿童接触铅、汞等有害物质，"),
        pre("重申", "《控制危险废料越境转移及其处置巴塞尔公约》的各项原则，"),
        op("促请", "会员国制定电子废物收集和回收的国家法规；", (31, 0)),
        op("鼓励", "生产者对其产品的整个生命周期承担责任，包括：", (32, 0)),
        sub("在产品设计中便于维修和拆解；", (32, 1)),
        sub("为回收旧设备提供免费渠道；", (32, 1)),
        op("敦促", "各国加强海关合作，防止以二手商品名义非法出口电子废物；", (33, 0)),
        op("邀请", "联合国环境规划署协助发展中国家培训正规回收企业，特别是：", (34, 0)),
        sub("提高回收企业的劳动保护水平；", (34, 1)),
        sub("推广从废旧电路板中安全提取金属的技术；", (34, 1)),
        op("请", "秘书长在第八十二届会议上报告本决议的执行情况。", (35, 0)),
    ]
    build_docx(name, paras, [Abstract(0, zh_levels(), nsid="3D5E7F90")], [Num(n, 0) for n in range(31, 36)],
               zh=True)


DRAFTS_ZH: dict[str, Callable[[str], None]] = {
    "zh-b10-typed-letters-and-clause-in-second-list": zh_b10,
    "zh-b11-html-preamble-numbered": zh_b11,
    "zh-b12-correct-google-docs-lists": zh_b12,
}
