"""The general causes behind word-blind56's first-run misses (bench/students/word-blind56), on sentences of our own:
a clause whose whole text carries the emphasis that should set off its lead alone — an English clause all in
italics (an italic paragraph style, or the whole clause selected and italicised), a Chinese clause underlined or
bold from end to end by its paragraph style (UN-B04, UN-B08, UN-B17)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from drafter import check, library

STYLES = [
    f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="Slanted"><w:name w:val="Slanted"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>',
    f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="Lined"><w:name w:val="Lined"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:u w:val="single"/></w:rPr></w:style>',
    f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="Heavy"><w:name w:val="Heavy"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>',
    f'<w:style {nsdecls("w")} w:type="character" w:customStyle="1" w:styleId="KaiBold"><w:name w:val="Kai Bold"/>'
    '<w:rPr><w:rFonts w:eastAsia="楷体"/><w:b/></w:rPr></w:style>',
]

Runs = list[tuple[str, str | None, str]]


def _para(doc: Document, runs: Runs, style: str | None = None) -> None:
    """A paragraph of runs (text, character style, direct rPr children) in paragraph style ``style``."""
    p = doc.add_paragraph()
    if style:
        p._p.get_or_add_pPr().append(parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{style}"/>'))
    for text, rstyle, direct in runs:
        rpr = (f'<w:rStyle w:val="{rstyle}"/>' if rstyle else "") + direct
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}>' + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
                              + f'<w:t xml:space="preserve">{text}</w:t></w:r>'))


def _save(doc: Document, path: Path) -> Path:
    doc.save(str(path))
    return path


def _findings(path: Path, lib: library.Library, rule: str) -> list[int]:
    report, _ = check.check_file(path, lib)
    return [f.paragraph for f in report.findings if f.rule == rule]


# ---------------------------------------------------------------- English: a clause all in italics

EN_HEAD = ["Committee: Second Committee", "Topic: Beekeeping and pollinator health", "Sponsors: Slovenia, Ethiopia",
           "Signatories: Chile, Nepal"]
EN_BODY = [("Noting", " that wild bees pollinate a large share of food crops,"),
           ("Concerned", " that pesticides and the loss of hedgerows reduce their numbers,"),
           ("1. ", "Encourages", " farmers to leave strips of wild flowers along their fields;"),
           ("2. ", "Invites", " schools to keep hives where pupils can watch bees at work;"),
           ("3. ", "Requests", " the Secretary-General to report on pollinator health at the next session.")]


def _en_draft(tmp_path: Path, slanted: int | None = None, every: bool = False, title: bool = False) -> Path:
    """The English draft; clause ``slanted`` (0-based in EN_BODY) in the italic paragraph style with a direct w:i on
    its lead; ``every``: all clauses so; ``title``: a clause that names a report in italics."""
    doc = Document()
    for xml in STYLES:
        doc.styles.element.append(parse_xml(xml))
    for line in EN_HEAD:
        _para(doc, [(line, None, "")])
    _para(doc, [("The General Assembly,", None, "<w:i/>")])
    for at, parts in enumerate(EN_BODY):
        number: Runs = [(parts[0], None, "")] if len(parts) == 3 else []
        rest: Runs = [(parts[-1], None, "")]
        if title and at == 1:
            rest = [(" that the ", None, ""), ("Global Assessment Report on Pollinators", None, "<w:i/>"),
                    (" records a steep decline,", None, "")]
        _para(doc, [*number, (parts[-2], None, "<w:i/>"), *rest], "Slanted" if every or at == slanted else None)
    return _save(doc, tmp_path / "en.docx")


def test_an_english_clause_all_in_italics_is_reported(tmp_path: Path, lib: library.Library) -> None:
    # the paragraph style makes the text italic, the direct w:i keeps the lead italic: nothing is set off
    assert _findings(_en_draft(tmp_path, slanted=3), lib, "emphasis-in-text") == [9]


def test_italic_leads_and_a_title_in_italics_are_left_alone(tmp_path: Path, lib: library.Library) -> None:
    assert _findings(_en_draft(tmp_path), lib, "emphasis-in-text") == []
    assert _findings(_en_draft(tmp_path, title=True), lib, "emphasis-in-text") == []


def test_a_draft_whose_every_clause_is_italic_is_not_reported_clause_by_clause(tmp_path: Path,
                                                                                lib: library.Library) -> None:
    assert _findings(_en_draft(tmp_path, every=True), lib, "emphasis-in-text") == []


# ---------------------------------------------------------------- Chinese: a clause underlined or bold throughout

ZH_HEAD = ["决议草案", "委员会：联合国大会第二委员会", "议题：城市公共交通的无障碍设计", "起草国：芬兰、秘鲁",
           "附议国：加纳、蒙古"]
ZH_BODY = [("回顾", "各国为改善城市交通所作的承诺，"), ("注意到", "许多公交车站没有为轮椅使用者设置坡道，"),
           ("1. ", "鼓励", "各城市在新建地铁站时安装电梯和盲道；"), ("2. ", "促请", "公交公司培训司机协助残疾乘客上下车；"),
           ("3. ", "邀请", "残疾人组织参与公共交通设施的规划和验收；"),
           ("4. ", "请", "秘书长在第八十三届会议上报告本决议的执行情况。")]


def _zh_draft(tmp_path: Path, lead: tuple[str | None, str], odd: int | None = None, odd_style: str = "Lined") -> Path:
    """The Chinese draft, each lead in character style / direct properties ``lead``; clause ``odd`` (0-based in
    ZH_BODY) in paragraph style ``odd_style``."""
    doc = Document()
    for xml in STYLES:
        doc.styles.element.append(parse_xml(xml))
    for line in ZH_HEAD:
        _para(doc, [(line, None, "")])
    _para(doc, [("大会，", None, "<w:b/>")])
    for at, parts in enumerate(ZH_BODY):
        number: Runs = [(parts[0], None, "")] if len(parts) == 3 else []
        _para(doc, [*number, (parts[-2], lead[0], lead[1]), (parts[-1], None, "")], odd_style if at == odd else None)
    return _save(doc, tmp_path / "zh.docx")


def test_a_chinese_clause_underlined_from_end_to_end_is_reported(tmp_path: Path, lib: library.Library) -> None:
    underlined = (None, '<w:u w:val="single"/>')
    assert _findings(_zh_draft(tmp_path, underlined), lib, "emphasis-in-text") == []
    assert _findings(_zh_draft(tmp_path, underlined, odd=4), lib, "emphasis-in-text") == [11]


def test_a_chinese_clause_in_a_bold_style_whose_kaiti_lead_loses_its_bold_is_reported(tmp_path: Path,
                                                                                        lib: library.Library) -> None:
    # a 楷体-bold character style in a bold paragraph style: the bold of the two style levels cancels (§17.7.3),
    # the lead shows in 楷体 alone and the clause's text in bold
    kai = ("KaiBold", "")
    assert _findings(_zh_draft(tmp_path, kai), lib, "emphasis-in-text") == []
    assert _findings(_zh_draft(tmp_path, kai, odd=3, odd_style="Heavy"), lib, "emphasis-in-text") == [10]


# ---------------------------------------------------------------- English: a lead emphasised without its bound words

PARTIAL_HEAD = ["Committee: Third Committee", "Topic: Reading glasses for older workers",
                "Sponsors: Malawi, Portugal", "Signatories: Bhutan, Peru"]


def _partial_draft(tmp_path: Path, call: Runs, noting: Runs, head: list[str] | None = None) -> Path:
    doc = Document()
    for line in head or PARTIAL_HEAD:
        _para(doc, [(line, None, "")])
    _para(doc, [("The General Assembly,", None, "<w:i/>")])
    _para(doc, [("Aware", None, "<w:i/>"), (" that poor eyesight shortens many working lives,", None, "")])
    _para(doc, noting)
    _para(doc, [("1. ", None, ""), ("Encourages", None, '<w:u w:val="single"/>'),
                (" employers to offer eye tests at work;", None, "")])
    _para(doc, [("2. ", None, ""), *call])
    _para(doc, [("3. ", None, ""), ("Requests", None, '<w:u w:val="single"/>'),
                (" the World Health Organization to report at the next session.", None, "")])
    return _save(doc, tmp_path / "partial.docx")


U = '<w:u w:val="single"/>'
CALL_PART: Runs = [("Calls", None, U), (" upon pharmacies to sell simple reading glasses at low prices;", None, "")]
CALL_WHOLE: Runs = [("Calls upon", None, U), (" pharmacies to sell simple reading glasses at low prices;", None, "")]
NOTE_PART: Runs = [("Noting", None, "<w:i/>"), (" further that glasses cost little to make,", None, "")]
NOTE_WHOLE: Runs = [("Noting further", None, "<w:i/>"), (" that glasses cost little to make,", None, "")]


def test_a_lead_emphasised_without_its_bound_words_is_reported(tmp_path: Path, lib: library.Library) -> None:
    assert _findings(_partial_draft(tmp_path, CALL_PART, NOTE_WHOLE), lib, "lead-emphasis-partial") == [9]
    assert _findings(_partial_draft(tmp_path, CALL_WHOLE, NOTE_PART), lib, "lead-emphasis-partial") == [7]


def test_whole_leads_and_the_un_profile_are_left_alone(tmp_path: Path, lib: library.Library) -> None:
    assert _findings(_partial_draft(tmp_path, CALL_WHOLE, NOTE_WHOLE), lib, "lead-emphasis-partial") == []
    # a text in the UN's form: adopted UN texts set some "Calls upon" with "Calls" alone in italics
    un_head = ["A/C.3/81/L.12", "General Assembly", "Distr.: Limited", "2 November 2026", "Original: English",
               "Eighty-first session", "Third Committee", "Agenda item 26", "Social development",
               "Malawi and Portugal: draft resolution", "Reading glasses for older workers"]
    italic_call: Runs = [("Calls", None, "<w:i/>"), (" upon pharmacies to sell reading glasses at low prices;", None, "")]
    assert _findings(_partial_draft(tmp_path, italic_call, NOTE_WHOLE, un_head), lib, "lead-emphasis-partial") == []


def test_fix_emphasises_the_bound_words_with_the_lead(tmp_path: Path, lib: library.Library) -> None:
    """--fix gives "upon" and "further" the emphasis their verb has, and leaves nothing for a second run."""
    from check.test_fix_oracle import oracle

    from drafter.structure.lead import emphasis_of
    from drafter.word import reader

    source = _partial_draft(tmp_path, CALL_PART, NOTE_PART)
    assert _findings(source, lib, "lead-emphasis-partial") == [7, 9]
    problems, fixed = oracle(source, lib, tmp_path)
    assert problems == [] and fixed
    fixed_draft = tmp_path / "partial-fixed.docx"
    assert _findings(fixed_draft, lib, "lead-emphasis-partial") == []
    paragraphs = reader.read(fixed_draft).paragraphs
    call, noting = paragraphs[8], paragraphs[6]
    assert call.text.startswith("2. Calls upon pharmacies") and noting.text.startswith("Noting further that")
    assert "underline" in emphasis_of(call, 3, 13) and "italic" in emphasis_of(noting, 0, 14)
