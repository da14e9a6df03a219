"""Write the six drafts of holdout-zh31 and their annotations.yaml (typed by holdout-zh31, round 20).

Each fault names its paragraph by a snippet that must occur in exactly one paragraph (the non-empty lines after the
two "#" lines), and every "…" quote of a note must be in that paragraph. Frozen with the blind commit.
"""
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = "# source: typed by holdout-zh31, round 20: "
FMT = "# format: cn-mun; typed, not retrieved; one paragraph per line, no blank lines; lead emphasis not represented (unknown)"

DRAFTS: dict[str, tuple[str, str, str]] = {}  # file -> (imitates, extra format words, text)

DRAFTS["zh-01-ga3-cybercrime-sections-definitions-annex-footnotes-clean.txt"] = (
    "a university delegation's long GA Third Committee draft: operative part under headings 一、二、三、 with the "
    "numbers continuing, definitions under clause 1, cross-references, an annex 附件：行动计划 with 第一条…第五条, "
    "footnotes typed at the end",
    "; footnote marks typed as [1] before the comma and the footnotes typed after the annex",
    """决议草案
委员会：大会第三委员会（社会、人道主义和文化）
议题：打击为犯罪目的使用信息和通信技术
起草国：巴西、肯尼亚、马来西亚
附议国：阿根廷、斐济、蒙古、尼日利亚、秘鲁、泰国
草案编号：3.2
大会，
回顾其2024年12月24日第79/243号决议[1]，其中通过了《联合国打击网络犯罪公约》，
认识到信息和通信技术在促进发展的同时也为犯罪分子提供了新的手段，
关切地注意到针对医院、学校和关键基础设施的勒索软件攻击日益增多，
确认发展中国家在调查和起诉网络犯罪方面仍面临能力不足的问题，
一、定义
1. 决定就本决议而言：
(a) “网络犯罪”是指《公约》[2]第7条至第17条所列的罪行；
(b) “电子证据”是指以电子形式存储或传输、可用于刑事诉讼的任何信息；
(c) “中央机关”是指各国根据《公约》指定负责处理司法协助请求的机关；
二、预防
2. 促请会员国将网络犯罪预防纳入国家网络安全战略；
3. 鼓励各国与私营部门和学术界合作，开展面向公众的数字安全宣传活动；
4. 请各国在执行上文第3段时特别关注老年人和儿童的需要；
三、国际合作
5. 敦促各国按照本决议第1(c)段指定中央机关，并将其联系方式通报秘书长；
6. 吁请各国在保全和交换第1(b)段所界定的电子证据方面相互提供最广泛的协助；
7. 请联合国毒品和犯罪问题办公室协助发展中国家执行本决议附件所载的行动计划；
8. 决定在其第八十二届会议上审议本决议的执行情况。
附件：行动计划
第一条 各国应在本决议通过后一年内完成国内立法审查。
第二条 各国应设立全天候联络点，处理紧急的电子证据保全请求。
第三条 联合国毒品和犯罪问题办公室应编写调查人员培训手册。
第四条 各区域组织应每两年举办一次经验交流会议。
第五条 秘书长应在第八十二届会议上提交执行情况报告。
[1] A/RES/79/243。
[2] 《联合国打击网络犯罪公约》，第79/243号决议附件。
""")

DRAFTS["zh-02-ga1-small-arms-parts-restart-annex.txt"] = (
    "a university delegation's GA First Committee draft with 第一部分 / 第二部分 headings, the numbers restarting "
    "under the second, and an annex 附件：联合行动计划 with 第一条…第五条",
    "",
    """决议草案
委员会：大会第一委员会（裁军与国际安全）
议题：小武器和轻武器非法贸易
起草国：加纳、墨西哥、菲律宾
附议国：哥斯达黎加、爱尔兰、马里、新西兰、塞拉利昂
草案编号：1.4
大会，
回顾《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》,以及《国际追查文书》，
欢迎《武器贸易条约》于2014年12月24日生效，
深为关切非法小武器和轻武器在冲突地区造成大量平民伤亡，
认识到妇女和青年在减少武装暴力方面可以发挥重要作用，
第一部分 预防
1. 促请会员国加强对国家武器和弹药储存设施的管理；
2. 鼓励各国对国家库存进行定期清点并销毁多余武器；
3. 敦促各国在武器出口许可程序中进行转用风险评估。
第二部分 合作
1. 请各国在追查请求方面及时相互合作；
2. 鼓励区域组织建立关于非法武器流动的信息共享机制；
3. 邀请国际刑警组织协助各国使用其非法武器记录和追查管理系统；
4. 请秘书长以上文第2段所述机制为基础编写年度报告；
5. 决定将题为“小武器和轻武器非法贸易”的项目列入其第八十二届会议临时议程。
附件：联合行动计划
第一条 各国应在两年内完成国家武器库存的全面清点。
第二条 各国应为边境执法人员提供武器识别培训。
第三条 各区域组织应每年汇编成员国的追查请求数据。
第四条 捐助方应优先支持受冲突影响国家的库存管理项目。
第五条 本行动计划的执行情况应在下一次审议大会上审查。
""")

DRAFTS["zh-03-hrc-young-defenders-declaration-in-body-trad.txt"] = (
    "a Taiwanese or Hong Kong university delegation's HRC draft in traditional characters adopting a declaration "
    "by a clause (2. 通過以下宣言： then its title, 我們，…, 宣布：, 第一條…第三條) with clauses after it",
    "; traditional characters",
    """決議草案
委員會：人權理事會
議題：青年人權維護者
起草國：智利、芬蘭、突尼西亞
附議國：亞美尼亞、哥斯大黎加、愛沙尼亞、蒙古、挪威
草案編號：2.1
人權理事會，
重申《世界人權宣言》和“公民及政治權利國際公約”，
回顧理事會2019年3月21日第40/11號決議，
深感關切青年人權維護者在網上和網下遭受騷擾和報復；
認識到青年在推動可持續發展和人權方面的貢獻，
1. 歡迎各國為保護人權維護者所作的努力；
2. 通過以下宣言：
《青年人權維護者宣言》
我們，人權理事會成員國，
重申人人有權單獨地或與他人一起促進和保護人權，
承認青年維護者面臨特殊的風險，
宣布：
第一條 青年人權維護者有權不受恐嚇和報復地開展工作。
第二條 各國應確保青年維護者能夠安全地使用網路和其他通信手段。
第三條 各國應為遭受報復的青年維護者提供有效的補救。
3. 促請各國以本國語文廣泛傳播上文第2段所載的宣言；
5. 請聯合國人權事務高級專員辦事處就宣言的執行情況編寫報告；
6. 決定在第六十二屆會議上繼續審議這一問題。
""")

DRAFTS["zh-04-ga2-small-scale-fisheries-subheadings-definitions-annex.txt"] = (
    "a university delegation's GA Second Committee draft with （一）（二）（三） headings, numbers continuing, "
    "definitions under clause 1, a clause adopting an action plan and the annex after it",
    "",
    """决议草案
委员会：大会第二委员会（经济和金融）
议题：可持续的小规模渔业
起草国：印度尼西亚、塞内加尔、斯里兰卡
附议国：孟加拉国、智利、斐济、莫桑比克、越南
草案编号：2.5
大会，
回顾《2030年可持续发展议程》，特别是可持续发展目标具体目标14.b，
又回顾联合国粮食及农业组织2014年认可的《粮食安全和扶贫背景下保障可持续小规模渔业自愿准则》，
认识到小规模渔业为数以百万计的沿海社区提供粮食和生计，
关切非法、不报告和不管制的捕捞活动对小规模渔民造成的损害，
（一）定义
1. 决定就本决议而言：
(a) “小规模渔业”是指以家庭或社区为单位、使用小型渔船和传统渔具的捕捞活动；
(b) “沿海社区”是指其生计主要依赖近岸海洋资源的社区；
(d) “渔获后部门”是指从事鱼品加工、运输和销售的所有行为者；
（二）获取和权属
2. 促请各国承认小规模渔民对传统渔区的权属。各国应与渔民组织协商划定这些渔区；
3. 鼓励各国在沿海空间规划中保障小规模渔民获取资源的机会；
（三）价值链与市场
4. 请各国支持上文第1(b)段所界定的沿海社区中从事鱼品加工的妇女；
5. 邀请国际金融机构为小规模渔业合作社提供小额信贷；
6. 通过本决议附件所载的行动计划；
附件：小规模渔业行动计划
第一条 各国应在两年内完成小规模渔船和渔民的国家登记。
第二条 各国应确保渔民组织参与渔业管理决策。
第三条 各国应通过改善冷链设施减少渔获后损失。
第四条 联合国粮食及农业组织应协助各国收集按性别分列的数据。
第五条 本行动计划的执行情况应每两年审查一次。
""")

DRAFTS["zh-05-ecosoc-clean-cooking-contents-parts-annex-clean.txt"] = (
    "a university delegation's long ECOSOC draft opening with a table of contents (目录), 第一部分 / 第二部分 "
    "headings with the numbers continuing, an annex framework with 第一条…第五条 and a footnote typed at the end",
    "",
    """决议草案
委员会：经济及社会理事会
议题：普及清洁烹饪
起草国：加纳、印度、卢旺达
附议国：孟加拉国、柬埔寨、危地马拉、肯尼亚、尼泊尔
草案编号：1.1
目录
第一部分 政策框架
第二部分 执行手段
附件：清洁烹饪行动框架
经济及社会理事会，
回顾《2030年可持续发展议程》[1]，特别是可持续发展目标具体目标7.1，
认识到全世界仍有二十多亿人依赖污染性燃料和技术做饭，
深为关切家庭空气污染每年造成数百万人过早死亡，其中多数是妇女和儿童，
注意到液化石油气、沼气和电力烹饪方案的成本正在下降，
第一部分 政策框架
1. 促请会员国将普及清洁烹饪纳入国家能源和卫生政策；
2. 鼓励各国制定清洁烹饪的阶段性目标，并定期评估进展情况；
3. 请各国在制定上文第2段所述目标时考虑农村和城市家庭的不同需要；
第二部分 执行手段
4. 吁请发达国家和国际金融机构为清洁烹饪项目提供优惠资金；
5. 鼓励公共和私营部门开展伙伴关系，降低清洁炉灶和燃料的价格；
6. 请秘书长与世界卫生组织合作，按照本决议附件所载框架编写进展报告；
7. 决定在2028年届会上审议本决议的执行情况。
附件：清洁烹饪行动框架
第一条 目标：到2030年实现清洁烹饪的普遍获取。
第二条 各国应制定国家清洁烹饪路线图。
第三条 各国应为低收入家庭提供有针对性的补贴。
第四条 各国应加强对炉灶和燃料质量的监管。
第五条 秘书长应每两年报告一次执行情况。
[1] 第70/1号决议。
""")

DRAFTS["zh-06-plenary-amr-political-declaration-footnotes.txt"] = (
    "a university delegation's GA plenary draft: definitions under clause 1, a political declaration adopted by "
    "clause 2 (title, 我们，各国国家元首和政府首脑…, 宣布：, 第一条…第三条), footnotes typed at the end",
    "; footnote marks typed as [1]",
    """决议草案
委员会：大会全体会议
议题：抗微生物药物耐药性问题高级别会议
起草国：巴巴多斯、挪威、泰国
附议国：阿根廷、澳大利亚、埃及、菲律宾、瑞典
草案编号：1.2
大会，
回顾其2016年10月5日第71/3号决议[1]，
又回顾世界卫生大会通过的《抗微生物药物耐药性全球行动计划》，[2]
注意倒各国在制定国家行动计划方面取得的进展，
深为关切抗微生物药物耐药性对全球卫生和粮食安全构成的威胁，
1. 决定就本决议而言：
(a) “抗微生物药物耐药性”是指微生物对原本有效的药物产生耐受的现象；
(b) “同一健康”方针是指统筹兼顾人类、动物和环境健康的综合方针；
2. 通过以下政治宣言：
《抗微生物药物耐药性问题高级别会议政治宣言》
我们，各国国家元首和政府首脑及代表，于2026年9月在联合国总部集会，
重申对解决抗微生物药物耐药性问题的承诺，
认识到需要采取本决议第1(b)段所述的“同一健康”方针，
宣布：
第一条 我们承诺到2030年将与抗微生物药物耐药性相关的死亡人数减少百分之十。
第二条 我们承诺加强对人类和动物使用抗微生物药物的监测。
第三条 我们将支持研发新的抗生素、疫苗和诊断工具。
3. 促请各国落实上文第2段所载宣言中的各项承诺；
4. 请秘书长在第八十三届会议上提交关于本决议执行情况的报告
[1] A/RES/71/3。
[2] WHA68.7号决议。
""")

# file -> [(snippet, kind, note)]
FAULTS: dict[str, list[tuple[str, str, str]]] = {
    "zh-01-ga3-cybercrime-sections-definitions-annex-footnotes-clean.txt": [],
    "zh-02-ga1-small-arms-parts-restart-annex.txt": [
        ("行动纲领》,以及", "half-width-punctuation-in-chinese",
         'half-width comma in "…行动纲领》,以及《国际追查文书》" («，») (ZH-P01)'),
        ("转用风险评估。", "operative-end-mark",
         '"…进行转用风险评估。" - operative clause 3 ends with "。" before the heading of 第二部分; only the last '
         'clause ends with a full stop («…转用风险评估；») (ZH-B03, ZH-B05, UN-B09)'),
        ("1. 请各国在追查请求方面", "numbering",
         '"1. 请各国在追查请求方面…" after clause 3 - the numbers restart under the heading 第二部分 '
         '(«4.»; the clauses after it continue the restarted count as 2. to 5. and are not annotated again) '
         '(ZH-B03, UN-B07)'),
    ],
    "zh-03-hrc-young-defenders-declaration-in-body-trad.txt": [
        ("“公民及政治權利國際公約”", "missing-book-title-marks",
         'a treaty title in quotation marks "“公民及政治權利國際公約”" («《公民及政治權利國際公約》») (ZH-P01)'),
        ("遭受騷擾和報復；", "preambular-end-mark",
         '"…在網上和網下遭受騷擾和報復；" - preambular clause ends with "；" («，») (ZH-B02, UN-B05)'),
        ("5. 請聯合國人權事務", "numbering",
         '"5. 請聯合國人權事務高級專員辦事處…" after clause 3 - number 4 is skipped after the adopted declaration '
         '(«4.»; clause 6 after it is not annotated again) (ZH-B03, UN-B07)'),
    ],
    "zh-04-ga2-small-scale-fisheries-subheadings-definitions-annex.txt": [
        ("(d) “渔获后部门”", "sub-clause-label",
         '"(d)" right after sub-clause (b) - letter (c) is skipped («(c)») (ZH-B04, UN-B10)'),
        ("的权属。各国应", "full-stop-inside-clause",
         '"…对传统渔区的权属。各国应与渔民组织…" - a full stop inside operative clause 2; the draft is one sentence '
         '(«…的权属，并与渔民组织…») (ZH-B05, UN-B09)'),
        ("6. 通过本决议附件所载的行动计划；", "operative-end-mark",
         '"6. 通过本决议附件所载的行动计划；" - the last operative clause, before the annex, ends with "；" '
         '(«…的行动计划。») (ZH-B03, ZH-B05, UN-B09)'),
    ],
    "zh-05-ecosoc-clean-cooking-contents-parts-annex-clean.txt": [],
    "zh-06-plenary-amr-political-declaration-footnotes.txt": [
        ("全球行动计划》，[2]", "preambular-end-mark",
         'a footnote mark typed after the comma: the clause ends with "[2]" instead of «，» '
         '(«…全球行动计划》[2]，») (ZH-B02, UN-B05)'),
        ("注意倒各国", "misspelt-lead",
         '"注意倒" - the lead 注意到 typed as another word («注意到») (ZH-B02, UN-B03)'),
        ("执行情况的报告", "operative-end-mark",
         '"…关于本决议执行情况的报告" - the last operative clause has no end mark («…的报告。») (ZH-B03, ZH-B05, UN-B09)'),
    ],
}

HEADER = """# Annotations of true format faults, one list per draft file (see README.md for conventions).
# paragraph = 1-based index over non-empty lines after the two leading comment lines.
# In notes, "..." quotes the draft text; «...» is the form FORMAT.md expects.
# Written by helper holdout-zh31 (round 20) before anything of drafter ran on these texts; kept as first written.
# Generated by build_drafts.py. Not annotated (no FORMAT.md rule, or UN practice): headings inside the operative
# part (一、预防 / 第一部分 合作 / （一）定义) with the numbering continuing across them (A/RES/74/19); a table of
# contents (目录) after the heading fields; an annex after the last clause (附件：… and its 第一条…第五条 ending "。");
# a declaration adopted in the body (通过以下宣言： then its title in 《》, 我们，…, its own preamble, 宣布：, its
# articles); definitions ("(a) “x”是指……；") under a chapeau; cross-references (上文第3段, 本决议第1(c)段);
# footnote marks [1] glued before the comma and footnotes typed after the text ("[1] A/RES/79/243。").
"""


def main() -> None:
    """Write the drafts and annotations.yaml, checking every snippet and quote."""
    out: dict[str, dict[str, list[dict[str, object]]]] = {}
    for name, (imitates, extra, text) in DRAFTS.items():
        (HERE / name).write_text(f"{SRC}{imitates}\n{FMT}{extra}\n{text}", encoding="utf-8")
        paras = [line for line in text.splitlines() if line.strip()]
        faults = []
        for snippet, kind, note in FAULTS[name]:
            hits = [i for i, p in enumerate(paras, 1) if snippet in p]
            assert len(hits) == 1, (name, snippet, hits)
            for quote in re.findall(r'"([^"]+)"', note):
                for part in quote.split("…"):
                    assert part in paras[hits[0] - 1], (name, part)
            faults.append({"paragraph": hits[0], "kind": kind, "note": note})
        out[name] = {"faults": faults}
    body = yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=10000, default_flow_style=None)
    (HERE / "annotations.yaml").write_text(HEADER + body, encoding="utf-8")


if __name__ == "__main__":
    main()
