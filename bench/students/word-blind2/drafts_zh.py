"""The Chinese word-blind2 drafts, shaped as WPS writes them (仿宋_GB2312 / 宋体, 14 pt, full-width spaces)."""

from __future__ import annotations

from typing import Any

from wordshapes import Para as P
from wordshapes import Table

S = "\u3000"  # full-width space, typed to align the heading


def F(kind: str, note: str) -> list[tuple[str, str]]:
    return [(kind, note)]


Z07 = [
    P("<b>决议草案</b>", align="center"),
    P(f"委员会：{S}{S}大会第三委员会"),
    P(f"议{S}{S}题：{S}城市热浪中的老年人保护"),
    P(f"起草国：{S}{S}日本、新加坡"),
    P(f"附议国：{S}{S}希腊、摩洛哥、智利、泰国"),
    P("<b>大会</b>，"),
    P("<u>回顾</u>世界卫生组织关于热浪与健康的指导意见，"),
    P("<u>注意到</u>热浪期间独居老年人的死亡风险明显高于其他人群，"),
    P("<u>认识到</u>城市中的绿地和遮阴设施可以降低街区温度，"),
    P("1. <u>鼓励</u>各会员国建立城市热浪预警机制，并通过短信和广播及时通知老年人；"),
    P("2. <u>建议</u>地方政府在社区中心设立免费的纳凉点，并在高温日延长开放时间；"),
    P("3. <u>呼吁</u>社区志愿者在高温期间定期探访独居老年人；"),
    P("4. <u>请</u>秘书长在大会第八十二届会议上报告本决议的执行情况。"),
]

Z08 = [
    P("<b>决议草案</b>", align="center"),
    P(f"委员会：{S}{S}大会第二委员会",
      faults=F("heading-field-missing", "no «附议国：» line in the heading; it gives 委员会, 议题 and 起草国 only (ZH-H01)")),
    P(f"议{S}{S}题：{S}减少一次性塑料包装"),
    P(f"起草国：{S}{S}卢旺达、挪威"),
    P("<b>大会</b>，"),
    P("<u>关切</u>每年有数百万吨塑料垃圾流入海洋,",
      faults=F("half-width-punctuation-in-chinese", 'preambular clause ends with a half-width "," instead of «，» '
                                                    "(ZH-P01, ZH-B02)")),
    P("<u>注意到</u>一些国家已经禁止超市免费提供塑料袋，"),
    P("<u>认识到</u>可重复使用的包装需要<ins>统一的</ins>回收和清洗系统，"),
    P("<u>敦促</u>各国逐步淘汰一次性塑料餐具，",
      faults=F("wrong-lead-form", '"敦促" (Urges) is an operative verb opening a preambular clause (UN-B03, '
                                  "ZH-B02; FORMAT.md 2.3 no. 40)")),
    P("1. <u>鼓励</u>零售商为自带容器的顾客提供折扣。",
      faults=F("operative-end-mark", 'operative clause 1 ends with "。" though clauses follow; expected «；» '
                                     "(ZH-B03, ZH-B05)")),
    P("2. 建议各国对塑料包装的生产者实行延伸责任制度,并将所得资金用于回收设施；",
      faults=[("emphasis", 'operative lead "建议" not underlined (nor italic), unlike the other leads (ZH-B03)'),
              ("half-width-punctuation-in-chinese", 'a half-width "," inside the clause ("延伸责任制度,并将") '
                                                    "instead of «，» (ZH-P01)")]),
    P("3. <u>请</u>联合国环境规划署每两年发布一次塑料包装减量报告。"),
]

Z09 = [
    P("<b>决议草案</b>", align="center"),
    Table([("委员会：", "经济及社会理事会"),
           ("议题：", "偏远地区的远程医疗服务"),
           ("起草国：", "印度、秘鲁"),
           ("附议国：", "加纳、蒙古、新西兰")]),
    P(""),
    P("<b>经社理事会</b>，"),
    P("<u>认识到</u>偏远地区的居民往往需要长途跋涉才能看到专科医生；",
      faults=F("preambular-end-mark", 'preambular clause ends with "；" instead of «，» (ZH-B02)')),
    P("<u>注意到</u>移动网络的覆盖范围在过去十年中<ins>已经</ins>显著扩大，"),
    P("<u>强调</u>远程医疗必须保护患者的隐私和数据安全，"),
    P("1. <u>鼓励</u>各国卫生部门将远程会诊纳入基本医疗保险的报销范围；"),
    P("2. <u>要求</u>所有乡村诊所在两年内配备视频会诊设备；", deleted=True),
    P("<del>3</del><ins>2</ins>. <u>建议</u>各国为乡村医生提供远程医疗设备的使用培训。",
      faults=F("operative-end-mark", 'operative clause 2 (once the tracked changes are accepted) ends with "。" '
                                     "though a clause follows; expected «；» (ZH-B03, ZH-B05)")),
    P("<del>4</del><ins>3</ins>. <u>邀请</u>世界卫生组织制定远程医疗服务的质量标准；",
      faults=F("operative-end-mark", 'the last operative clause ends with "；"; expected «。» (ZH-B03, ZH-B05)')),
]

DRAFTS_ZH: dict[str, tuple[list[Any], dict[str, Any]]] = {
    "zh-d07-correct-wps-full-width-spaces": (Z07, {"zh": True, "header": "2026年华东地区中学生模拟联合国大会"}),
    "zh-d08-wps-half-width-commas": (Z08, {"zh": True, "header": "模拟联合国社团"}),
    "zh-d09-table-heading-and-deleted-clause": (Z09, {"zh": True}),
}
