"""The Chinese word-blind3 drafts: two built as raw WordprocessingML, one typed as an ODF text and converted."""

from __future__ import annotations

from xml.sax.saxutils import escape

from wordxml import (
    Doc,
    abstract,
    br,
    dele,
    hyperlink,
    ins,
    level,
    num,
    para,
    run,
    sdt_block,
    sdt_run,
    table,
)

Faults = list[tuple[str, str]]


def _zh_doc() -> Doc:
    return Doc(font="Times New Roman", east_asian="宋体", size=28)


def _heading(doc: Doc, values: list[tuple[str, str]], placeholder_last: bool = False) -> None:
    doc.body.append(para(doc, run("决议草案", "b"), jc="center"))
    for i, (label, value) in enumerate(values):
        if placeholder_last and i == len(values) - 1:
            doc.body.append(para(doc, run(label, "b"),
                                 sdt_run(label.rstrip("："), run(value, style="PlaceholderText"), placeholder=True),
                                 faults=[("heading-field-missing", f'"{label}" 一栏仍是模板的占位文字 "{value}"，没有列出任何国家 '
                                          "(ZH-H01)")]))
        else:
            doc.body.append(para(doc, run(label, "b"), sdt_run(label.rstrip("："), run(value))))


def legal_list_and_placeholders() -> Doc:
    """zh-e11: heading values in content controls (附议国 still the placeholder), sub-clauses "2.1" from Word's
    outline list, a tracked replacement of a lead, a numbering added as a tracked format change."""
    doc = _zh_doc()
    doc.abstract_nums.append(abstract(0, [level(0, "decimal", "%1.", 720), level(1, "decimal", "%1.%2", 1224, 504),
                                          level(2, "decimal", "%1.%2.%3", 1728, 648)], multi="multilevel"))
    doc.nums.append(num(1, 0))
    _heading(doc, [("委员会：", "第二委员会（经济和金融）"), ("议题：", "农村地区的宽带接入"),
                   ("起草国：", "肯尼亚、卢旺达、越南"), ("附议国：", "单击或点击此处输入文字。")], placeholder_last=True)
    b = doc.body
    b.append(para(doc, run("大会", "b"), run("，")))
    b.append(para(doc, run("认识到", "u"), run("全球仍有约三分之一的人口从未使用过互联网，")))
    b.append(para(doc, run("关切", "u"), run("农村地区的宽带费用远高于城市地区，")))
    b.append(para(doc, dele("欢迎", "u"), ins(run("赞赏", "u")), run("一些国家通过卫星和社区网络连通偏远村庄的做法，")))
    b.append(para(doc, run("鼓励", "u"), run("会员国将农村宽带纳入国家发展规划；"), num=(1, 0)))
    b.append(para(doc, run("呼吁", "u"), run("电信运营商："), num=(1, 0)))
    lab = '子条款编号为 Word 大纲列表的 "{0}"（lvlText %1.%2）；应为 «({1})» 或 «（{1}）» (ZH-B04, UN-B10)'
    b.append(para(doc, run("在偏远地区以可负担的价格提供基本宽带服务；"), num=(1, 1),
                  faults=[("sub-clause-label", lab.format("2.1", "a"))]))
    b.append(para(doc, run("与地方政府合作建设和维护社区网络；"), num=(1, 1),
                  faults=[("sub-clause-label", lab.format("2.2", "b"))]))
    b.append(para(doc, run("建议", "u"), run("学校和图书馆向村民开放上网设施；"), num=(1, 0), change_from=""))
    b.append(para(doc, run("请", "u"), run("国际电信联盟就农村宽带接入的进展提交报告。"), num=(1, 0)))
    return doc


def correct_table_cells() -> Doc:
    """zh-e12: correct: the organ line in a content control, the operative clauses Word-numbered in the cells of a
    one-column table, a tracked replacement inside a lead, a hyperlink after a lead, a manual line break."""
    doc = _zh_doc()
    doc.abstract_nums.append(abstract(0, [level(0, "decimal", "%1.", 720), level(1, "lowerLetter", "(%2)", 1440)]))
    doc.nums.append(num(1, 0))
    _heading(doc, [("委员会：", "第三委员会（社会、人道主义和文化）"), ("议题：", "打击文物贩运"),
                   ("起草国：", "埃及、秘鲁、希腊"), ("附议国：", "柬埔寨、意大利、马里、墨西哥、尼日利亚")])
    b = doc.body
    b.append(sdt_block("机构名称", para(doc, run("大会", "b"), run("，"))))
    b.append(para(doc, run("回顾", "u"), hyperlink(doc, "https://whc.unesco.org/", run("1970年《关于采取措施禁止并防止文化财产"
                                                                                   "非法进出口和所有权非法转让公约》")),
                  run("，")))
    b.append(para(doc, run("震惊地看到", "u"), run("武装冲突地区的考古遗址遭到大规模盗掘，"), br(),
                  run("出土文物经多国转手后流入国际艺术品市场，")))
    b.append(para(doc, dele("注意到", "u"), ins(run("关切地注意到", "u")), run("网上交易平台已成为文物贩运的新渠道，")))

    def cell(lead: str, rest: str) -> list[str]:
        return [para(doc, run(lead, "u"), run(rest), num=(1, 0))]

    rows = [
        [cell("敦促", "会员国加强海关对文物进出口的检查；")],
        [[para(doc, run("请", "u"), run("拍卖行和网上交易平台："), num=(1, 0)),
          para(doc, run("核实所售文物的来源证明；"), num=(1, 1)),
          para(doc, run("在发现可疑文物时通知执法部门；"), num=(1, 1))]],
        [cell("鼓励", "博物馆与原属国合作归还被盗文物；")],
        [cell("决定", "在第八十三届会议上继续审议这一问题。")],
    ]
    b.append(table(rows))
    b.append(para(doc))
    return doc


DRAFTS_ZH = {
    "zh-e11-legal-sub-labels-and-placeholder": legal_list_and_placeholders,
    "zh-e12-correct-table-cells-and-tracked-lead": correct_table_cells,
}

# zh-e10 is typed as a flat ODF text and converted by LibreOffice (make_drafts.py): (paragraph text, faults) with
# the list structure given by the markers: "H" heading/plain, "L1" an item of list 1 at level 1, "L1.2" level 2 of
# list 1, "L2" an item of a second list that is not continued.
ODT_ZH: list[tuple[str, str, Faults]] = [
    ("C", "决议草案", []),
    ("H", "<b>委员会：</b>第二委员会（经济和金融）", []),
    ("H", "<b>议题：</b>应对沙尘暴", []),
    ("H", "<b>起草国：</b>蒙古、伊拉克、乍得", []),
    ("H", "<b>附议国：</b>中国、伊朗伊斯兰共和国、哈萨克斯坦、尼日尔、乌兹别克斯坦", []),
    ("H", "<b>大会</b>，", []),
    ("H", "<u>注意到</u>沙尘暴每年影响150多个国家的农业、交通和公共卫生，", []),
    ("H", "<u>关切</u>土地退化和干旱加剧了沙尘暴的频率和强度。",
     [("preambular-end-mark", '序言性条款以 "。" 结尾；应为 «，» (ZH-B02, ZH-B05)')]),
    ("H", "<u>认识到</u>沙尘暴源区往往跨越国界，需要区域合作，", []),
    ("L1", "<u>鼓励</u>受影响国家建立沙尘暴预警系统；", []),
    ("L1", "<u>呼吁</u>源区国家采取以下措施：", []),
    ("L1.2", "恢复退化草地，控制过度放牧；",
     [("sub-clause-label", '子条款以项目符号 "•" 开头（项目符号列表）；应为 «（a）» 或 «(a)» (ZH-B04)')]),
    ("L1.2", "在沙漠边缘营造防风林带；",
     [("sub-clause-label", '子条款以项目符号 "•" 开头（项目符号列表）；应为 «（b）» 或 «(b)» (ZH-B04)')]),
    ("L1", "<u>请</u>世界气象组织加强沙尘暴预报的区域中心；", []),
    ("L2", "<u>邀请</u>国际金融机构为防治土地退化的项目提供资金；",
     [("numbering", '第4条进入了一个新的列表，LibreOffice/Word 显示为 "1."，应为 «4.» (UN-B07, ZH-B03)')]),
    ("L2", "<u>决定</u>在第八十二届会议上继续审议这一问题。", []),
]


def fodt(items: list[tuple[str, str, Faults]]) -> str:
    """The flat ODF text of zh-e10."""
    def inline(markup: str) -> str:
        out = escape(markup)
        out = out.replace("&lt;b&gt;", '<text:span text:style-name="Tb">').replace("&lt;/b&gt;", "</text:span>")
        return out.replace("&lt;u&gt;", '<text:span text:style-name="Tu">').replace("&lt;/u&gt;", "</text:span>")

    body: list[str] = []
    open_list: str | None = None
    nested = False
    for kind, markup, _faults in items:
        if kind in ("H", "C"):
            style = "Pc" if kind == "C" else "Standard"
            body.append(f'<text:p text:style-name="{style}">{inline(markup)}</text:p>')
            continue
        list_name = kind.split(".")[0]
        sub = kind.endswith(".2")
        if open_list != list_name:
            if open_list:
                body.append("</text:list-item></text:list>" if not nested else
                            "</text:list-item></text:list></text:list-item></text:list>")
            body.append(f'<text:list text:style-name="L{list_name[1]}">')
            open_list, nested = list_name, False
            body.append(f'<text:list-item><text:p text:style-name="Standard">{inline(markup)}</text:p>')
            continue
        if sub and not nested:
            body.append('<text:list><text:list-item>'
                        f'<text:p text:style-name="Standard">{inline(markup)}</text:p>')
            nested = True
        elif sub:
            body.append(f'</text:list-item><text:list-item><text:p text:style-name="Standard">{inline(markup)}</text:p>')
        elif nested:
            body.append('</text:list-item></text:list></text:list-item>'
                        f'<text:list-item><text:p text:style-name="Standard">{inline(markup)}</text:p>')
            nested = False
        else:
            body.append(f'</text:list-item><text:list-item><text:p text:style-name="Standard">{inline(markup)}</text:p>')
    if open_list:
        body.append("</text:list-item></text:list>" if not nested else
                    "</text:list-item></text:list></text:list-item></text:list>")
    levels = (
        '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5in" '
        'fo:text-indent="-0.25in" fo:margin-left="0.5in"/></style:list-level-properties>'
        '</text:list-level-style-number>'
        '<text:list-level-style-bullet text:level="2" text:bullet-char="•">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1in" '
        'fo:text-indent="-0.25in" fo:margin-left="1in"/></style:list-level-properties>'
        '<style:text-properties style:font-name="OpenSymbol"/></text:list-level-style-bullet>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
        '<office:font-face-decls><style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>'
        '<office:styles><style:style style:name="Standard" style:family="paragraph">'
        '<style:paragraph-properties fo:margin-bottom="0.08in"/>'
        '<style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" '
        'style:font-name-asian="SimSun" style:font-size-asian="14pt" style:language-asian="zh" '
        'style:country-asian="CN"/></style:style></office:styles>'
        '<office:automatic-styles>'
        '<style:style style:name="Pc" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold"/></style:style>'
        '<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold"/></style:style>'
        '<style:style style:name="Tu" style:family="text"><style:text-properties style:text-underline-style="solid" '
        'style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>'
        f'<text:list-style style:name="L1">{levels}</text:list-style>'
        f'<text:list-style style:name="L2">{levels}</text:list-style>'
        '</office:automatic-styles>'
        f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>'
    )
