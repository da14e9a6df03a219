"""The general causes behind word-blind55's first-run misses and false alarms (bench/students/word-blind55), on
sentences of our own: paragraph marks where a chair does not expect them — Enter pressed inside a clause of Word's
numbered list (the rest of the sentence gets the next number, every later clause one too many), a lead alone in a
numbered paragraph, a Chinese clause broken right after 《 or right before 》, a typed Chinese clause number with its
lead alone, and a list's first item typed in its clause's paragraph after the colon while the items after it stand
on paragraphs of their own."""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from drafter import check, library

NUM_ID = 5
Para = str | tuple[str, ...]  # plain text, or ("lead", "rest") with the lead emphasised; "#" first: Word-numbered


def _numbering(doc: Document) -> None:
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate([("decimal", "%1."), ("lowerLetter", "(%2)")]))
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="2">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="2"/></w:num>'))


def _draft(tmp_path: Path, paras: list[Para], zh: bool, name: str = "draft.docx") -> Path:
    """Paragraphs in order; a tuple is (lead, rest) with the lead italic (bold in Chinese); a "#" before a paragraph's
    text puts it in Word's numbered list at level 0."""
    doc = Document()
    _numbering(doc)
    body = doc.element.body
    sect = body[-1]
    emphasis = "<w:b/>" if zh else "<w:i/>"
    for para in paras:
        parts = (para,) if isinstance(para, str) else para
        numbered = parts[0].startswith("#")
        parts = (parts[0][1:], *parts[1:]) if numbered else parts
        label = re.match(r"\d+\. ", parts[0]) if len(parts) > 1 else None
        pieces = [(label.group(0), False), (parts[0][label.end():], True)] if label else [(parts[0], len(parts) > 1)]
        pieces += [(text, False) for text in parts[1:]]
        runs = "".join(
            f'<w:r><w:rPr>{emphasis if lead else ""}<w:rFonts w:eastAsia="SimSun"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' for text, lead in pieces if text)
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{NUM_ID}"/></w:numPr></w:pPr>' if numbered else ""
        sect.addprevious(parse_xml(f'<w:p {nsdecls("w")}>{ppr}{runs}</w:p>'))
    path = tmp_path / name
    doc.save(str(path))
    return path


def _found(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.rule) for f in report.findings if f.severity in ("error", "warning")]


EN_HEAD: list[Para] = ["Committee: Second Committee", "Topic: Access to farm credit", "Sponsors: Kenya, Peru",
                       "Signatories: Nepal", ("The General Assembly,",),
                       ("Noting", " that smallholders are often refused loans for lack of land titles,")]
ZH_HEAD: list[Para] = ["决议草案", "委员会：大会第二委员会", "议题：小农的信贷", "起草国：肯尼亚、秘鲁", "附议国：尼泊尔",
                       ("大会，",), ("注意到", "小农常因没有土地证书而得不到贷款，")]


def _organ(head: list[Para], zh: bool) -> list[Para]:
    """The organ line emphasised as its lead (a one-part tuple is plain: make it a lead with no rest)."""
    return [(p[0], "") if isinstance(p, tuple) and len(p) == 1 else p for p in head]


# ---------------------------------------------------------------- Enter inside a clause of Word's numbered list


def test_the_rest_of_a_numbered_clause_broken_by_enter_is_its_break_and_its_number(
        tmp_path: Path, lib: library.Library) -> None:
    """Clause 2 broken after "build": the rest shows "3." in Word's list. One `paragraph-broken` on the first part,
    one `numbering-rest` on the rest; the clause after it is not "numbered '4.', expected '3.'", and the rest is no
    clause without its verb."""
    paras = [*_organ(EN_HEAD, False),
             ("#Encourages", " development banks to accept harvest receipts as collateral;"),
             ("#Invites", " regional banks to lend to village cooperatives that build"),
             "#grain stores and drying floors in remote districts;",
             ("#Requests", " the Secretary-General to report at the eighty-third session.")]
    found = _found(_draft(tmp_path, paras, zh=False), lib)
    assert (8, "paragraph-broken") in found and (9, "numbering-rest") in found
    assert not [f for f in found if f[1] in ("numbering-sequence", "operative-no-verb", "operative-end")]


def test_a_lead_alone_in_a_numbered_paragraph_goes_on_in_the_next_numbered_one(
        tmp_path: Path, lib: library.Library) -> None:
    """"Welcomes" alone as clause 1, its words in the next paragraph numbered "2.": the break and the number, not a
    clause with no text and a clause with no verb."""
    paras = [*_organ(EN_HEAD, False), ("#Welcomes", ""),
             "#the pilot schemes for mobile banking in rural areas;",
             ("#Urges", " Member States to simplify the registration of small loans.")]
    found = _found(_draft(tmp_path, paras, zh=False), lib)
    assert (7, "paragraph-broken") in found and (8, "numbering-rest") in found
    assert not [f for f in found if f[1] in ("empty-clause", "operative-no-verb", "numbering-sequence")]


def test_the_rest_opening_with_a_noun_un_texts_capitalise(tmp_path: Path, lib: library.Library) -> None:
    """"… to small island developing" + "States that import …;": "States" is capitalised inside a UN sentence."""
    paras = [*_organ(EN_HEAD, False),
             ("#Calls upon", " donors to extend concessional credit lines to small island developing"),
             "#States that import most of their food;",
             ("#Requests", " the Secretary-General to report at the eighty-third session.")]
    found = _found(_draft(tmp_path, paras, zh=False), lib)
    assert (7, "paragraph-broken") in found and (8, "numbering-rest") in found


def test_a_numbered_clause_after_a_closed_one_is_no_rest(tmp_path: Path, lib: library.Library) -> None:
    """A clause that closed with ";" and a numbered paragraph after it with no lead: a clause without its verb, not
    the rest of the one before; and correct numbered clauses draw nothing."""
    paras = [*_organ(EN_HEAD, False),
             ("#Invites", " regional banks to lend to village cooperatives;"),
             "#the farmers' unions to advise their members on loan contracts;",
             ("#Requests", " the Secretary-General to report at the eighty-third session.")]
    found = _found(_draft(tmp_path, paras, zh=False), lib)
    assert not [f for f in found if f[1] in ("numbering-rest", "paragraph-broken")]
    clean = [*_organ(EN_HEAD, False), ("#Invites", " regional banks to lend to village cooperatives;"),
             ("#Requests", " the Secretary-General to report at the eighty-third session.")]
    assert _found(_draft(tmp_path, clean, zh=False, name="clean.docx"), lib) == []


def test_a_chinese_numbered_clause_broken_by_enter(tmp_path: Path, lib: library.Library) -> None:
    """"2. 邀请区域银行向乡村合作社" + "3. 以优惠利率发放贷款；" in Word's list (no comma in the first part: no item
    heading for that, its lead says it is a clause)."""
    paras = [*_organ(ZH_HEAD, True), ("#鼓励", "开发银行接受仓单作为抵押；"), ("#邀请", "区域银行向偏远地区的乡村合作社"),
             "#以优惠利率发放贷款；", ("#请", "秘书长向大会第八十三届会议报告。")]
    found = _found(_draft(tmp_path, paras, zh=True), lib)
    assert (9, "paragraph-broken") in found and (10, "numbering-rest") in found
    assert not [f for f in found if f[1] in ("numbering-sequence", "operative-end", "operative-no-verb")]


# ---------------------------------------------------------------- Chinese: a typed number and its lead alone


def test_a_typed_chinese_clause_number_with_its_lead_alone(tmp_path: Path, lib: library.Library) -> None:
    """"3. 欢迎" alone, its words on the next line, then "4.": one clause broken after its lead."""
    paras = [*_organ(ZH_HEAD, True), ("1. 鼓励", "开发银行接受仓单作为抵押；"), ("2. 请", "各国简化小额贷款的登记手续；"),
             ("3. 欢迎", ""), "各国在农村地区试行移动银行服务；", ("4. 还请", "秘书长向大会第八十三届会议报告。")]
    found = _found(_draft(tmp_path, paras, zh=True), lib)
    assert (10, "paragraph-broken") in found
    assert not [f for f in found if f[0] == 11]


# ---------------------------------------------------------------- Chinese: a clause broken at a title's marks


def test_a_clause_broken_right_after_the_opening_title_mark(tmp_path: Path, lib: library.Library) -> None:
    paras = [*_organ(ZH_HEAD, True), ("重申", "《"), "生物多样性公约》关于惠益分享的各项原则，",
             ("1. 请", "秘书长向大会第八十三届会议报告。")]
    found = _found(_draft(tmp_path, paras, zh=True), lib)
    assert (8, "paragraph-broken") in found
    assert not [f for f in found if f[1] == "title-marks"]


def test_a_clause_broken_right_before_the_closing_title_mark(tmp_path: Path, lib: library.Library) -> None:
    paras = [*_organ(ZH_HEAD, True), ("1. 敦促", "各国加入《关于持久性有机污染物的斯德哥尔摩公约"), "》的各项修正；",
             ("2. 请", "秘书长向大会第八十三届会议报告。")]
    found = _found(_draft(tmp_path, paras, zh=True), lib)
    assert (8, "paragraph-broken") in found
    assert not [f for f in found if f[1] in ("title-marks", "operative-end")]


# ---------------------------------------------------------------- the first item run into its clause's paragraph


def test_a_first_item_run_in_after_the_colon(tmp_path: Path, lib: library.Library) -> None:
    """"2. Recommends that …: (a) …;" then "(b)" and "(c)" on paragraphs of their own: one finding on the clause,
    no "chapeau must end with ':'" and no "(b), expected (a)"."""
    paras = [*_organ(EN_HEAD, False), ("1. Invites", " regional banks to lend to village cooperatives;"),
             ("2. Recommends", " that agricultural ministries: (a) publish the terms of public loan schemes;"),
             "(b) train extension workers in basic bookkeeping;", "(c) set up a complaints line for borrowers;",
             ("3. Requests", " the Secretary-General to report at the eighty-third session.")]
    found = _found(_draft(tmp_path, paras, zh=False), lib)
    assert (8, "sub-run-in") in found
    assert not [f for f in found if f[1] in ("chapeau-colon", "sub-label-sequence")]


def test_a_chinese_first_item_run_in_and_one_item_after_it(tmp_path: Path, lib: library.Library) -> None:
    """"2. 促请各国：(a) ……；" then "(b) ……；": the run-in item counts, so "(b)" is no single item."""
    paras = [*_organ(ZH_HEAD, True), ("1. 鼓励", "开发银行接受仓单作为抵押；"), ("2. 促请", "各国：(a) 公布公共贷款计划的条件；"),
             "(b) 为借款人设立投诉热线；", ("3. 请", "秘书长向大会第八十三届会议报告。")]
    found = _found(_draft(tmp_path, paras, zh=True), lib)
    assert (9, "sub-run-in") in found
    assert not [f for f in found if f[1] in ("chapeau-colon", "sub-label-sequence", "sub-clause-single")]


def test_a_colon_inside_a_clause_with_items_of_its_own_is_no_run_in(tmp_path: Path, lib: library.Library) -> None:
    """Items that all stand on paragraphs of their own: no run-in item, whatever colon the clause holds."""
    paras = [*_organ(EN_HEAD, False), ("1. Recommends", " that agricultural ministries:"),
             "(a) publish the terms of public loan schemes;", "(b) train extension workers in basic bookkeeping;",
             ("2. Requests", " the Secretary-General to report at the eighty-third session.")]
    assert _found(_draft(tmp_path, paras, zh=False), lib) == []
