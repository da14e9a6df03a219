"""Heading blocks, delegation names and organ lines the way students print them (issue 20, items 5–7).

Each heading form, name form and organ-line fault has a failing and a passing document, in English and in
Chinese (simplified and traditional). Emphasis is written inline: *italic*, **bold**.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

MARK = re.compile(r"(\*\*.+?\*\*|\*.+?\*)")

EN_BODY = ["The General Assembly,", "*Recalling* its resolution 74/247 of 27 December 2019,",
           "1. *Requests* the Secretary-General to report;", "2. *Decides* to remain seized of the matter."]
ZH_BODY = ["大会，", "**回顾**其2019年12月27日第74/247号决议，", "1. **请**秘书长提出报告；", "2. **决定**继续处理此案。"]
ZH_TRAD_BODY = ["大會，", "**回顾**其2019年12月27日第74/247號決議，", "1. **请**秘书长提出報告；", "2. **决定**继续处理此案。"]


def make(tmp_path: Path, lines: list[str], name: str = "doc.docx") -> Path:
    doc = Document()
    for line in lines:
        para = doc.add_paragraph()
        for piece in MARK.split(line):
            if not piece:
                continue
            if piece.startswith("**"):
                run = para.add_run(piece[2:-2])
                run.bold = True
            elif piece.startswith("*"):
                run = para.add_run(piece[1:-1])
                run.italic = True
            else:
                run = para.add_run(piece)
            rpr = run._r.get_or_add_rPr()
            rpr.insert(0, rpr.makeelement(qn("w:rFonts"), {qn("w:eastAsia"): "SimSun"}))
    path = tmp_path / name
    doc.save(str(path))
    return path


def findings(tmp_path: Path, lines: list[str], lib: library.Library, profile: str | None = None,
             rules: tuple[str, ...] = ()) -> list[check.Finding]:
    report, _ = check.check_file(make(tmp_path, lines), lib, profile=profile)
    return [f for f in report.findings if not rules or f.rule in rules]


HEADING_RULES = ("heading-missing",)
NAME_RULES = ("state-name", "state-abbreviation", "state-common-name", "sponsor-short-name", "not-member", "observer-state",
              "sponsor-duplicate", "sponsor-signatory")


# -- heading fields ------------------------------------------------------------------------------------

# complete headings as conferences print them: (lines, the field line to drop, the field the finding names)
EN_HEADINGS = [
    (["Committee: Human Rights Council", "Topic: Child labour", "Sponsors: France, Chile", "Signatories: Brazil"],
     1, "Topic"),
    (["FORUM: General Assembly", "QUESTION OF: Child labour", "SUBMITTED BY: France", "CO-SUBMITTERS: Chile"],
     0, "FORUM"),
    (["COMMITTEE: General Assembly", "ISSUE: Child labour", "MAIN SUBMITTER: France", "SIGNATORIES: Chile"],
     2, "Sponsors"),
    (["General Assembly Third Committee", "MAIN ISSUE: Child labour", "DELEGATION: France"], 0, "Committee"),
    (["COMMITTEE    General Assembly", "QUESTION OF    Child labour", "Sponsored by France"], 2, "SUBMITTED BY"),
    (["COMMISION: Disarmament", "QUESTION OF: Small arms", "Delegation: Angola"], 0, "FORUM"),
    # "Submitted by:" under a committee's field ("Submitted to:") is a UNA-USA heading's sponsors, not THIMUN's
    (["Re.: Police brutality", "Submitted to: General Assembly", "Submitted by: Peru", "Date: April 16, 2024"],
     0, "Topic"),
    (["Committee: Political and Security", "Subject: Chemical Weapons", "Proposed by: Germany"], 2, "Sponsors"),
    (["To: Economic and Social Council", "Subject: Rural broadband", "From: Kenya", "Date: May 3, 2022"], 2,
     "Sponsors"),  # a memo heading: To (the committee), Subject, From (the delegation)
    (["Spons ors: Bobby Nguyen, Isaac Malott Committee: F", "An act to promote equal rights for women"], 1,
     "Topic"),
    (["Committee: Commission on Information Regulation", "Topic: Newsflow",
      "Signatory(附议国-尽量争取更多的附议国签名): Brazil", "Author: The Republic of Guatemala"], 3, "Sponsors"),
]


@pytest.mark.parametrize(("heading", "drop", "field"), EN_HEADINGS)
def test_english_heading_forms(heading: list[str], drop: int, field: str, lib: library.Library,
                               tmp_path: Path) -> None:
    assert findings(tmp_path, [*heading, *EN_BODY], lib, rules=HEADING_RULES) == []
    shorter = [line for i, line in enumerate(heading) if i != drop]
    missing = findings(tmp_path, [*shorter, *EN_BODY], lib, rules=HEADING_RULES)
    assert len(missing) == 1 and field in missing[0].message, [f.message for f in missing]


ZH_HEADINGS = [
    (["决议草案", "委员会：大会第一委员会", "议题：无核国家的核威胁", "起草国：美国、英国", "附议国：法国"], 2, "议题"),
    (["决议草案", "委 员 会：安理会", "议 题：朝鲜半岛核问题", "起 草 国：日本，英国", "附 议 国：法国"], 1, "委员会"),
    (["決議草案", "委員會：聯合國大會", "議題：應對非國際性武裝衝突", "起草國：俄羅斯、中國", "附議國：希臘"], 3, "起草国"),
    (["決議草案1.2 委員會：聯合國大會", "議題：應對武裝衝突", "起草國：俄羅斯、中國 附議國：希臘"], 1, "议题"),
    (["安全理事会", "议题：伊朗核问题", "主提交国：中国"], 0, "委员会"),
    (["所在委员会：联合国安理会", "议题:伊朗核问题", "起草国:中国"], 2, "起草国"),
]


@pytest.mark.parametrize(("heading", "drop", "field"), ZH_HEADINGS)
def test_chinese_heading_forms(heading: list[str], drop: int, field: str, lib: library.Library,
                               tmp_path: Path) -> None:
    body = ZH_TRAD_BODY if "議題" in "".join(heading) else ZH_BODY
    assert findings(tmp_path, [*heading, *body], lib, rules=HEADING_RULES) == []
    shorter = [line for i, line in enumerate(heading) if i != drop]
    missing = findings(tmp_path, [*shorter, *body], lib, rules=HEADING_RULES)
    assert len(missing) == 1 and field in missing[0].message, [f.message for f in missing]


@pytest.mark.parametrize(("heading", "field"), [
    (["Committee: Human Rights Council", "Topic: Child labour", "Sponsors: France, Chile"], "the Signatories line"),
    (["FORUM: General Assembly", "QUESTION OF: Child labour", "SUBMITTED BY: France"], "the CO-SUBMITTERS line"),
    (["决议草案", "委员会：大会第一委员会", "议题：小武器", "起草国：中国、法国"], "附议国"),
])
def test_a_heading_style_that_lists_the_other_submitters_lacks_them(heading: list[str], field: str,
                                                                    lib: library.Library, tmp_path: Path) -> None:
    """MUN-H01 (Signatories), MUN-H02 (CO-SUBMITTERS), ZH-H01 (附议国): one finding on the heading."""
    body = ZH_BODY if "议题" in heading[2] else EN_BODY
    found = findings(tmp_path, [*heading, *body], lib, rules=HEADING_RULES)
    assert [(f.paragraph, f.message) for f in found] == [(1, f"the heading lacks {field}" if field.startswith("the")
                                                          else f"标题部分缺少{field}")]


@pytest.mark.parametrize("heading", [
    ["Draft Resolution 1.1", "Committee: Human Rights Council", "Topic: Child labour", "Sponsors: France"],  # MUN-H03
    ["Re.: Police brutality", "Submitted to: General Assembly", "Submitted by: Peru"],  # a memo heading
    ["Committee: Political and Security", "Subject: Chemical Weapons", "Proposed by: Germany"],
    ["Committee: Social", "Country: Algeria", "Question: Countries recovering from conflict"],
    ["决议草案", "委员会：大会", "议题：小武器", "起草国：俄罗斯、中国 附议国：希腊"],  # on the sponsors' line
])
def test_no_other_submitters_line_is_asked_of_a_heading_style_without_one(heading: list[str], lib: library.Library,
                                                                          tmp_path: Path) -> None:
    body = ZH_BODY if "议题" in "".join(heading) else EN_BODY
    assert [f.message for f in findings(tmp_path, [*heading, *body], lib, rules=HEADING_RULES)
            if "Signatories" in f.message or "SUBMITTERS" in f.message or "附议国" in f.message] == []
    un = ["A/C.3/74/L.5", "Distr.: Limited", "1 November 2019", "Original: English", "General Assembly",
          "Seventy-fourth session", "Agenda item 70", "Rights of the child", "Chile and France: draft resolution",
          "Rights of the child", "*The General Assembly*,", *EN_BODY[1:]]
    assert findings(tmp_path, un, lib, rules=HEADING_RULES) == []  # UN-H06: no signatories in UN practice


@pytest.mark.parametrize(("heading", "empty", "field"), [
    (["Committee: Social, Humanitarian and Cultural", "Topic: Sanctions", "Author: Guatemala", "Signatories:"], 3,
     "Signatories"),
    (["Committee: Social", "Topic: Sanctions", "Sponsors: ____", "Signatories: Chile"], 2, "Sponsors"),
    (["决议草案", "所在委员会：联合国安理会", "议题：伊朗核问题", "起草国：中国", "附议国："], 4, "附议国"),
    (["决议草案", "委员会：安理会", "议题：伊朗核问题", "起草国：", "附议国：英国"], 3, "起草国"),
])
def test_an_empty_field_is_one_finding_on_its_line(heading: list[str], empty: int, field: str,
                                                   lib: library.Library, tmp_path: Path) -> None:
    body = ZH_BODY if "议题" in "".join(heading) else EN_BODY
    found = findings(tmp_path, [*heading, *body], lib, rules=HEADING_RULES)
    assert [(f.paragraph, field in f.message) for f in found] == [(empty + 1, True)], [f.message for f in found]
    filled = list(heading)
    filled[empty] += "巴西" if body is ZH_BODY else " Brazil"
    assert findings(tmp_path, [*filled, *body], lib, rules=HEADING_RULES) == []


def test_no_heading_at_all_is_one_finding(lib: library.Library, tmp_path: Path) -> None:
    for body, named in ((EN_BODY, ("Committee", "Topic", "Sponsors")), (ZH_BODY, ("委员会", "议题", "起草国"))):
        missing = findings(tmp_path, body, lib, rules=HEADING_RULES)
        assert len(missing) == 1 and all(name in missing[0].message for name in named), missing


def test_a_working_paper_number_alone_is_one_finding_per_field(lib: library.Library, tmp_path: Path) -> None:
    found = findings(tmp_path, ["2.1 (Working Papers 1.1 and 1.7 Merge)", *EN_BODY], lib, rules=HEADING_RULES)
    assert len(found) == 3 and {f.paragraph for f in found} == {1}
    assert [m for f in found for m in ("Committee", "Topic", "Sponsors") if m in f.message] == \
        ["Committee", "Topic", "Sponsors"]


def test_a_generic_title_is_no_topic_but_a_subject_title_is(lib: library.Library, tmp_path: Path) -> None:
    head = ["Draft Resolution 1.1", "Committee: Human Rights Council", "Sponsors: France"]
    found = findings(tmp_path, [*head, *EN_BODY], lib, rules=HEADING_RULES)
    assert len(found) == 1 and "Topic" in found[0].message
    titled = [head[0], "A Global Call to End Police Brutality", *head[1:]]
    assert findings(tmp_path, [*titled, *EN_BODY], lib, rules=HEADING_RULES) == []


# -- delegation names ----------------------------------------------------------------------------------

def names_in(tmp_path: Path, lib: library.Library, sponsors: str, signatories: str = "Signatories: Brazil",
             profile: str | None = None) -> list[check.Finding]:
    if re.search(r"[\u4e00-\u9fff]", sponsors):
        lines = ["决议草案", "委员会：大会", "议题：网络犯罪", sponsors, signatories, *ZH_BODY]
    else:
        lines = ["Committee: General Assembly", "Topic: Cybercrime", sponsors, signatories, *EN_BODY]
    return findings(tmp_path, lines, lib, profile=profile, rules=NAME_RULES)


def test_formal_names_are_known_with_at_most_a_suggestion(lib: library.Library, tmp_path: Path) -> None:
    found = names_in(tmp_path, lib, "Sponsors: Italian Republic, Federal Republic of Germany, the French Republic, "
                                    "Republic of Côte d'Ivoire")
    assert [(f.rule, f.severity) for f in found] == [("sponsor-short-name", "suggestion")] * 4
    assert "'Italy'" in found[0].message and "short name" in found[0].message
    found = names_in(tmp_path, lib, "起草国：意大利共和国、德意志联邦共和国", "附议国：巴西")
    assert [f.rule for f in found] == ["sponsor-short-name"] * 2
    assert names_in(tmp_path, lib, "Sponsors: Italy, Germany, France") == []


def test_common_names_get_a_suggestion_and_no_fix(lib: library.Library, tmp_path: Path) -> None:
    for line in ("Sponsors: Russia, United States, Britain", "起草国：俄罗斯、美国、英国", "起草國：俄羅斯、美國、英國"):
        found = names_in(tmp_path, lib, line, "附议国：巴西" if "国" in line or "國" in line else "Signatories: Brazil")
        assert [(f.rule, f.severity, f.edits) for f in found] == [("state-common-name", "suggestion", [])] * 3, line


def test_initials_get_a_warning_and_no_fix(lib: library.Library, tmp_path: Path) -> None:
    """An abbreviation never written out (MUN-F07): a chair sends "UK", "UAE", "KSA" back."""
    for line in ("Sponsors: UK, USA, DRC", "Sponsors: UAE, PRC, KSA"):
        found = names_in(tmp_path, lib, line, "Signatories: Brazil")
        assert [(f.rule, f.severity, f.edits) for f in found] == [("state-abbreviation", "warning", [])] * 3, line


@pytest.mark.parametrize("delegation", ["World Bank", "UNHCR", "UNDP", "WHO", "European Union", "Shell plc",
                                        "Stephen Harris", "Hong Kong", "Wagner Group",
                                        "International Committee of the Red Cross", "世界银行", "联合国难民署"])
def test_non_state_delegations_are_never_a_near_miss(delegation: str, lib: library.Library, tmp_path: Path) -> None:
    line = f"起草国：中国、{delegation}" if re.search(r"[\u4e00-\u9fff]", delegation) else f"Sponsors: China, {delegation}"
    signatories = "附议国：巴西" if line.startswith("起草国") else "Signatories: Brazil"
    assert names_in(tmp_path, lib, line, signatories) == []


@pytest.mark.parametrize(("line", "name"), [("Sponsors: China, Taiwan", "Taiwan"), ("Sponsors: Kosovo", "Kosovo"),
                                            ("起草国：中国、台湾", "台湾"), ("起草國：中國、臺灣", "臺灣")])
def test_non_members_get_a_plain_statement(line: str, name: str, lib: library.Library, tmp_path: Path) -> None:
    found = names_in(tmp_path, lib, line, "附议国：巴西" if "：" in line else "Signatories: Brazil")
    assert [f.rule for f in found] == ["not-member"]
    assert name in found[0].message and "did you mean" not in found[0].message and "是否" not in found[0].message


def test_observer_states(lib: library.Library, tmp_path: Path) -> None:
    found = names_in(tmp_path, lib, "Sponsors: China, Holy See, State of Palestine")
    assert [(f.rule, f.severity) for f in found] == [("observer-state", "suggestion")] * 2  # UN-H06: they sponsor
    assert "observer" in found[0].message
    un = ["A/C.3/74/L.5", "Distr.: Limited", "1 November 2019", "Original: English", "General Assembly",
          "Seventy-fourth session", "Agenda item 70", "Rights of the child",
          "Algeria, Egypt and State of Palestine:* draft resolution", "Rights of the child",
          "*The General Assembly*,", *EN_BODY[1:]]
    assert findings(tmp_path, un, lib, rules=NAME_RULES) == []  # UN-H06: observers sponsor, footnoted


@pytest.mark.parametrize(("line", "suggestion"), [("Sponsors: China, Frence", "France"),
                                                  ("Sponsors: Jordon, China", "Jordan"),
                                                  ("Sponsors: Chlie, Argentia", "Chile"),
                                                  ("起草国：中国、埃塞俄比业", "埃塞俄比亚")])
def test_misspelt_member_states_get_a_near_miss(line: str, suggestion: str, lib: library.Library,
                                                tmp_path: Path) -> None:
    found = names_in(tmp_path, lib, line, "附议国：巴西" if "：" in line else "Signatories: Brazil")
    assert {(f.rule, f.severity) for f in found} == {("state-name", "warning")}
    assert suggestion in found[0].message


@pytest.mark.parametrize(("name", "meant"), [
    ("United Kingdom and the Great Northern Ireland", "United Kingdom of Great Britain and Northern Ireland"),
    ("Kingdom of Great Britain and Northern Ireland", "United Kingdom of Great Britain and Northern Ireland"),
    ("United Kingdom of Great Britain", "United Kingdom of Great Britain and Northern Ireland"),
    ("Democratic Republic of Korea", "Democratic People's Republic of Korea"),
    ("Peoples Democratic Republic of Korea", "Democratic People's Republic of Korea"),
    ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
])
def test_a_garbled_long_name_suggests_the_state_it_garbles(name: str, meant: str, lib: library.Library,
                                                          tmp_path: Path) -> None:
    """Never another State that shares a word ("Ireland", "Republic of Korea", "Congo")."""
    found = names_in(tmp_path, lib, f"Sponsors: China, {name}")
    assert [(f.rule, f.severity) for f in found] == [("state-name", "warning")]
    assert found[0].message.endswith(f"did you mean {meant!r}?")


@pytest.mark.parametrize(("name", "iso3"), [("Republic of Congo", "COG"), ("Republic of Korea", "KOR"),
                                            ("Ireland", None), ("Republic of Ireland", None), ("Islamic State", None),
                                            ("United Nations Development Programme", None),
                                            ("League of Arab States", None), ("United States of Mexico", None)])
def test_a_long_name_is_never_taken_for_another_state_that_shares_a_word(name: str, iso3: str | None,
                                                                         lib: library.Library) -> None:
    found = lib.state_names.garbled(name)
    assert (found.iso3 if found else None) == iso3


@pytest.mark.parametrize("line", ["Signatories: Angola Azerbaijan Canada Republic of Korea Saudi Arabia United Kingdom",
                                  "附议国：古巴巴基斯坦朝鲜印度", "附议国：以色列 捷克 比利时",
                                  "Signatories: Iraq, Russian Federation etc. (only two: our club is small)",
                                  "Signatories: Trinidad and Tobago, Bosnia and Herzegovina and Chile"])
def test_lists_without_separators_or_with_remarks(line: str, lib: library.Library, tmp_path: Path) -> None:
    sponsors = "起草国：中国" if "：" in line else "Sponsors: China"
    found = names_in(tmp_path, lib, sponsors, line)
    assert [f for f in found if f.severity != "suggestion"] == []


def test_a_sponsor_listed_twice(lib: library.Library, tmp_path: Path) -> None:
    found = names_in(tmp_path, lib, "起草國：科特迪瓦、中國、巴西、科特迪瓦", "附議國：希臘")
    assert [(f.rule, f.severity, f.column) for f in found] == [("sponsor-duplicate", "error", 16)]
    assert names_in(tmp_path, lib, "起草國：科特迪瓦、中國、巴西", "附議國：希臘") == []
    lines = ["FORUM: General Assembly", "QUESTION OF: Cybercrime", "MAIN SUBMITTER: France",
             "CO-SUBMITTERS: Chile, France", *EN_BODY]
    assert [f.rule for f in findings(tmp_path, lines, lib, rules=NAME_RULES)] == ["sponsor-duplicate"]
    assert [f.rule for f in names_in(tmp_path, lib, "Sponsors: France, Chile", "Signatories: Chile")] == \
        ["sponsor-signatory"]


# -- organ line ----------------------------------------------------------------------------------------

def organ_findings(tmp_path: Path, lines: list[str], lib: library.Library,
                   profile: str | None = None) -> list[check.Finding]:
    return findings(tmp_path, lines, lib, profile=profile, rules=("organ-line", "organ-emphasis"))


HEAD = ["Committee: General Assembly", "Topic: Cybercrime", "Sponsors: France", "Signatories: Chile"]


def test_no_organ_line_is_one_finding_on_the_first_clause(lib: library.Library, tmp_path: Path) -> None:
    whereas = [*HEAD, "Whereas Article 12 of the Universal Declaration of Human Rights protects privacy, and",
               "Whereas Article 19 of the Universal Declaration protects the freedom of expression, and",
               "*Aware* that stereotypes have become influential,", *EN_BODY[2:]]
    found = organ_findings(tmp_path, whereas, lib)
    assert [(f.rule, f.paragraph) for f in found] == [("organ-line", 5)]
    assert organ_findings(tmp_path, [*HEAD, *EN_BODY], lib) == []
    chinese = ["委员会：安理会", "议题：维和行动", "起草国：中国", "了解到据联合国难民署公布的统计数字，难民总数已超过1400万，",
               "**重申**对维和行动的支持，", "1. **请**秘书长提出报告。"]
    found = organ_findings(tmp_path, chinese, lib)
    assert [(f.rule, f.paragraph) for f in found] == [("organ-line", 4)] and "安全理事会，" in found[0].message


@pytest.mark.parametrize("substitute", ["Be It Hereby Resolved That The General Assembly:",
                                        "This UN Body Here Assembled:"])
def test_a_line_standing_in_for_the_organ_after_the_preamble(substitute: str, lib: library.Library,
                                                            tmp_path: Path) -> None:
    lines = [*HEAD, *EN_BODY[1:2], "*Noting* with deep concern the current global poverty levels,", substitute,
             *EN_BODY[2:]]
    report, _ = check.check_file(make(tmp_path, lines), lib)
    assert [(f.rule, f.paragraph) for f in report.findings if f.severity != "suggestion"] == [("organ-line", 7)]


@pytest.mark.parametrize(("organ", "fixed"), [("Human Rights Council,", "The Human Rights Council,"),
                                              ("The Economic and Social Council", "The Economic and Social Council,"),
                                              ("THE GENERAL ASSEMBLY", "THE GENERAL ASSEMBLY,"),
                                              ("The General Assembly Third Committee,", "The General Assembly,"),
                                              ("The Security Council of the United Nations,", "The Security Council,")])
def test_organ_line_form_is_fixed(organ: str, fixed: str, lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, organ, *EN_BODY[1:]])
    report, doc = check.check_file(path, lib)
    assert [f.rule for f in report.findings] == ["organ-line"]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[4].text == fixed
    assert check.check_file(tmp_path / "fixed.docx", lib)[0].findings == []


def test_a_short_chinese_clause_is_no_organ_line(lib: library.Library, tmp_path: Path) -> None:
    lines = ["委员会：安理会", "议题：维和行动", "起草国：中国", "附议国：巴西", "**回顾**以往联合国有关报告。",
             "**坚信**联合国的作用，", "**提倡**通过派遣特派团和进行预防性部署，", "1. **请**秘书长提出报告。"]
    report, _ = check.check_file(make(tmp_path, lines), lib)
    assert report.findings[0].rule == "organ-line" and report.findings[0].paragraph == 5


UN_DRAFT = ["A/C.3/74/L.5", "Distr.: Limited", "1 November 2019", "Original: English", "General Assembly",
            "Seventy-fourth session", "Agenda item 70", "Rights of the child", "Chile and France: draft resolution",
            "Rights of the child"]


def test_organ_emphasis_under_un(lib: library.Library, tmp_path: Path) -> None:
    plain = [*UN_DRAFT, "The General Assembly,", *EN_BODY[1:]]
    path = make(tmp_path, plain)
    report, doc = check.check_file(path, lib)
    assert [(f.rule, f.paragraph) for f in report.findings if f.rule.startswith("organ")] == [("organ-emphasis", 11)]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    fixed = check.check_file(tmp_path / "fixed.docx", lib)[0]
    assert [f.rule for f in fixed.findings if f.rule.startswith("organ")] == []
    assert organ_findings(tmp_path, [*UN_DRAFT, "*The General Assembly*,", *EN_BODY[1:]], lib) == []
    # conference profiles do not ask for it
    assert organ_findings(tmp_path, [*HEAD, *EN_BODY], lib) == []


def test_organ_emphasis_from_a_style(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*UN_DRAFT, "The General Assembly,", *EN_BODY[1:]])
    doc = Document(str(path))
    style = doc.styles.add_style("Organ", WD_STYLE_TYPE.PARAGRAPH)
    style.font.italic = True
    doc.paragraphs[10].style = style
    doc.save(str(path))
    report, _ = check.check_file(path, lib)
    assert "organ-emphasis" not in {f.rule for f in report.findings}


def test_chinese_organ_emphasis_under_un(lib: library.Library, tmp_path: Path) -> None:
    head = ["联合国", "A/C.3/74/L.5", "大会", "Distr.: Limited", "1 November 2019", "Chinese", "Original: English",
            "第七十四届会议", "议程项目70", "儿童权利", "智利和法国：决议草案", "儿童权利"]
    assert [f.rule for f in organ_findings(tmp_path, [*head, *ZH_BODY], lib)] == ["organ-emphasis"]
    assert organ_findings(tmp_path, [*head, "**大会**，", *ZH_BODY[1:]], lib) == []


# -- the UN masthead -----------------------------------------------------------------------------------

def test_a_un_style_draft_without_symbol(lib: library.Library, tmp_path: Path) -> None:
    lines = ["United Nations", "Distr.: General", "General Assembly", "27 February 2003",
             "AZERBAIJAN, CANADA, EGYPT, FRANCE, GERMANY.", "*The General Assembly*,", *EN_BODY[1:]]
    report, doc = check.check_file(make(tmp_path, lines), lib)
    found = [(f.rule, f.paragraph) for f in report.findings if f.rule in ("heading-missing", "distribution-line",
                                                                          "sponsor-line", "state-name")]
    assert found == [("heading-missing", 1)] * 3 + [("distribution-line", 2), ("sponsor-line", 5)]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    after = reader.read(tmp_path / "fixed.docx").paragraphs
    assert after[1].text == "Distr.: Limited"
    assert after[4].text == "AZERBAIJAN, CANADA, EGYPT, FRANCE and GERMANY: draft resolution"  # sponsor-last-and too


def test_a_labelled_sponsor_field_under_a_un_masthead(lib: library.Library, tmp_path: Path) -> None:
    lines = ["United Nations", "Distr.: Limited", "Sponsors: The Kingdom of Spain, Chile, Peru, Kenya", "Topic: Ports",
             "*The General Assembly*,", *EN_BODY[1:]]
    report, _ = check.check_file(make(tmp_path, lines), lib)
    found = [(f.rule, f.message) for f in report.findings if f.rule in ("sponsor-line", *NAME_RULES)]
    assert [rule for rule, _ in found] == ["sponsor-short-name"] and "'The Kingdom of Spain'" in found[0][1]
    assert "Sponsors" not in found[0][1]


@pytest.mark.parametrize(("lines", "profile"), [
    (["United Nations General Assembly", "Republic of Chile", "Resolution 12", *EN_BODY], "una-usa"),
    (EN_BODY, "una-usa"),
    (["A/C.2/79/L.4", "Distr.: Limited", *EN_BODY], "un"),
    (["United Nations", "Distr.: General", "Sponsors: Chile", *EN_BODY], "un"),
])
def test_the_profile_is_un_only_with_a_un_masthead(lines: list[str], profile: str, lib: library.Library,
                                                    tmp_path: Path) -> None:
    report, _ = check.check_file(make(tmp_path, lines), lib)
    assert report.profile == profile


def test_un_masthead_of_an_adopted_text_is_clean(lib: library.Library, tmp_path: Path) -> None:
    for head, organ in ((["United Nations", "A/RES/74/247", "General Assembly", "Distr.: General", "20 January 2020",
                          "Seventy-fourth session", "Agenda item 107",
                          "Countering the use of information and communications technologies for criminal purposes",
                          "Resolution adopted by the General Assembly on 27 December 2019",
                          "[on the report of the Third Committee (A/74/401)]"], "*The General Assembly*,"),
                        (["联合国", "S/RES/2552 (2020)", "安全理事会", "Distr.: General", "12 November 2020",
                          "第2552(2020)号决议", "2020年11月12日安全理事会第8777次会议通过"], "**安全理事会**，")):
        body = EN_BODY[1:] if organ.startswith("*The") else ZH_BODY[1:]
        found = findings(tmp_path, [*head, organ, *body], lib)
        assert [f for f in found if f.rule in ("heading-missing", "organ-line", "organ-emphasis", "distribution-line",
                                               "sponsor-line", "state-name")] == []


@pytest.mark.parametrize("heading", [
    ["Committee: General Assembly", "Topic: Cybercrime", "Sponsors:", "France, Chile", "Signatories:", "Brazil"],
    ["Committee – General Assembly", "Topic – Cybercrime", "Sponsors – France, Chile", "Signatories – Brazil"],
    ["委员会：大会", "议题：网络犯罪", "起草国：", "法国、智利", "附议国：巴西"],
])
def test_a_list_on_the_line_after_its_label(heading: list[str], lib: library.Library, tmp_path: Path) -> None:
    body = ZH_BODY if "议题" in heading[1] else EN_BODY
    assert findings(tmp_path, [*heading, *body], lib, rules=(*HEADING_RULES, *NAME_RULES)) == []
    no_topic = [line for line in heading if "opic" not in line and "议题" not in line]
    found = findings(tmp_path, [*no_topic, *body], lib, rules=HEADING_RULES)
    assert len(found) == 1 and ("Topic" in found[0].message or "议题" in found[0].message)


def test_chinese_organ_line_naming_a_committee(lib: library.Library, tmp_path: Path) -> None:
    lines = ["决议草案", "委员会：大会第一委员会", "议题：小武器", "起草国：中国", "附议国：巴西", "大会第一委员会，", *ZH_BODY[1:]]
    report, doc = check.check_file(make(tmp_path, lines), lib)
    assert [(f.rule, f.paragraph) for f in report.findings if f.severity != "suggestion"] == [("organ-line", 6)]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[5].text == "大会，"


@pytest.mark.parametrize(("committee", "organ", "found"), [
    ("Committee: Security Council", "The General Assembly,", True),
    ("Committee: World Health Organization", "The General Assembly,", True),
    ("Committee: ECOSOC", "The General Assembly,", True),
    ("Committee: Security Council", "The Security Council,", False),
    ("Committee: Third Committee (SOCHUM)", "The General Assembly,", False),
])
def test_the_organ_line_names_the_body_of_the_heading(committee: str, organ: str, found: bool,
                                                      lib: library.Library, tmp_path: Path) -> None:
    lines = [committee, "Topic: Pandemic preparedness", "Sponsors: Chile", "Signatories: Peru", organ, *EN_BODY[1:]]
    organ_findings = findings(tmp_path, lines, lib, rules=("organ-line",))
    assert bool(organ_findings) is found
    if found:
        assert committee.split(": ")[1] in organ_findings[0].message
