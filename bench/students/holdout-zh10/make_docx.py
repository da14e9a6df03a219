"""Build zh-06-wha-emergency-care-underlined-leads.docx (typed for holdout-zh10, round 13).

A draft as a mainland university delegate hands it in from Word: every run in 宋体 (East Asian) /
Times New Roman (Latin), 12 pt; the lead words of the preamble AND of the operative part underlined
(ZH-B02, ZH-B03 per C1); operative labels typed by hand ("1. "), not a Word list; sub-clauses (a) (b).
Clean (negative control). Frozen with the commit that annotated the set; run only to rebuild.
"""
import pathlib

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

SOURCE = ("typed for holdout-zh10 (round 13) by project helper holdout-zh10, 2026-12-04, blind to the checker; "
          "not retrieved")

# (text before the lead, lead, text after the lead); the lead is underlined
PARAS = [
    ("决议草案", "", ""),
    ("委员会：世界卫生大会", "", ""),
    ("议题：加强院前急救与创伤救治体系", "", ""),
    ("起草国：加纳、荷兰、泰国", "", ""),
    ("附议国：澳大利亚、巴西、哥斯达黎加、印度、约旦、南非", "", ""),
    ("第七十九届世界卫生大会，", "", ""),
    ("", "回顾", "关于急救护理系统的WHA72.16号决议，"),
    ("", "认识到", "及时的院前急救和创伤救治能够显著降低道路交通伤害、烧伤和跌倒造成的死亡与残疾，"),
    ("", "关切地注意到", "许多低收入和中等收入国家缺乏统一的急救呼叫号码和训练有素的急救人员，"),
    ("", "欢迎", "世卫组织在急救护理系统评估方面向会员国提供的技术支持，"),
    ("1. ", "敦促", "会员国："),
    ("(a) 建立覆盖全国的统一急救呼叫号码；", "", ""),
    ("(b) 将基本急救培训纳入学校教育和社区卫生服务；", "", ""),
    ("2. ", "请", "总干事向有需要的会员国提供技术支持，协助其制定国家急救与创伤救治战略；"),
    ("3. ", "还请", "总干事向第八十一届世界卫生大会报告本决议的执行进展。"),
]


def run(par, text, underline=False):
    r = par.add_run(text)
    r.font.name = "Times New Roman"
    r.font.size = Pt(12)
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    if underline:
        r.font.underline = True
    return r


def main():
    doc = Document()
    doc.core_properties.comments = SOURCE
    doc.core_properties.author = "holdout-zh10"
    for before, lead, after in PARAS:
        p = doc.add_paragraph()
        if before:
            run(p, before)
        if lead:
            run(p, lead, underline=True)
        if after:
            run(p, after)
    out = pathlib.Path(__file__).with_name("zh-06-wha-emergency-care-underlined-leads.docx")
    doc.save(out)
    print(out)


if __name__ == "__main__":
    main()
