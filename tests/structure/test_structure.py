"""The structure reader: roles from position and numbering, and the checker that stands on it.

Documents are typed the way the United Nations prints its resolutions (lead words italic in English,
bold in Chinese, typed numbers and labels) and the way students type drafts. Emphasis is written
inline: *italic*, **bold**, __underline__.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from paths import UN_FIXTURES

from drafter import check, library, structure
from drafter.check import fix
from drafter.word import reader

FIXTURES = UN_FIXTURES
MARK = re.compile(r"(\*\*.+?\*\*|\*.+?\*|__.+?__)")


def write(tmp_path: Path, lines: list[str], name: str = "doc.docx") -> Path:
    doc = Document()
    for line in lines:
        para = doc.add_paragraph()
        for piece in MARK.split(line):
            if not piece:
                continue
            if piece.startswith("**"):
                run = para.add_run(piece[2:-2])
                run.bold = True
            elif piece.startswith("__"):
                run = para.add_run(piece[2:-2])
                run.underline = True
            elif piece.startswith("*"):
                run = para.add_run(piece[1:-1])
                run.italic = True
            else:
                run = para.add_run(piece)
            rpr = run._r.get_or_add_rPr()
            fonts = rpr.makeelement(qn("w:rFonts"), {qn("w:eastAsia"): "SimSun"})
            rpr.insert(0, fonts)
    path = tmp_path / name
    doc.save(str(path))
    return path


UN_EN = ["United Nations", "S/RES/2552 (2020)", "Security Council", "Distr.: General", "12 November 2020",
         "Resolution 2552 (2020)", "*The Security Council*,"]
UN_ZH = ["联合国", "S/RES/2552 (2020)", "安全理事会", "Distr.: General", "12 November 2020", "第2552(2020)号决议",
         "**安全理事会**，"]


def errors(path: Path, lib: library.Library, profile: str | None = None) -> list[check.Finding]:
    report, _ = check.check_file(path, lib, profile=profile)
    return [f for f in report.findings if f.severity == "error"]


def tree_of(path: Path, lib: library.Library) -> structure.Structure:
    return structure.read_structure(reader.read(path), lib)


def test_roles_come_from_numbering_not_phrases(lib: library.Library, tmp_path: Path) -> None:
    """An operative-looking or unknown lead in the preamble stays preambular: no cascade (the operative verb is one
    wrong-form finding on its own paragraph)."""
    path = write(tmp_path, [*UN_EN,
                            "*Recalls* that the mandate was renewed in resolution 2499 (2019),",
                            "*Expressing its full support* for the Special Representative,",
                            "*Welcoming warmly* the peace agreement,",
                            "1.\t*Decides* to extend the mandate until 15 November 2021;",
                            "2.\t*Requests* the Secretary-General to report every four months;",
                            "3.\t*Decides* to remain actively seized of the matter."])
    tree = tree_of(path, lib)
    assert [n.role for n in tree.preamble] == ["preambular"] * 3
    assert [n.label for n in tree.operative] == ["1", "2", "3"]
    assert not tree.by_phrases
    found = errors(path, lib)
    assert [(f.rule, f.paragraph) for f in found] == [("lead-form", tree.preamble[0].para.index)], found


def test_one_unknown_phrase_gives_at_most_one_finding(lib: library.Library, tmp_path: Path) -> None:
    lines = [*UN_EN, "*Recalling* its resolution 2499 (2019),", "*Gravely worried* by the violence,",
             *(f"{i}.\t*Requests* the Secretary-General to report on item {i};" for i in range(1, 12)),
             "12.\t*Decides* to remain seized of the matter."]
    report, _ = check.check_file(write(tmp_path, lines), lib)
    assert [f.rule for f in report.findings] == ["lead-unknown"]
    assert report.findings[0].severity == "suggestion"


def test_sections_continuations_and_labelled_headings(lib: library.Library, tmp_path: Path) -> None:
    path = write(tmp_path, [*UN_EN, "*Reaffirming* its commitment to the sovereignty of the country,",
                            "*Acting* under Chapter VII of the Charter of the United Nations,",
                            "MINUSCA's mandate",
                            "1.\t*Decides* that the mandate of MINUSCA shall include the following tasks:",
                            "(a)\tProtection of civilians:",
                            "(i)\tTo protect the civilian population from the threat of physical violence;",
                            "(ii)\tTo take specific measures for women and children; and",
                            "(b)\tGood offices:",
                            "(i)\tTo support the peace process; or",
                            "(ii)\tTo support the Government;",
                            "A. Targeted sanctions",
                            "2.\t*Decides* that all Member States shall:",
                            "(a)\tfreeze the funds of designated persons;",
                            "(b)\tprevent their entry into or transit through their territories;",
                            "Budget estimates for the period from 1 July 2020 to 30 June 2021",
                            "3.\t*Calls* upon all parties to respect the ceasefire;",
                            "4.\t*Expresses* its intention to review the measures;",
                            "5.\t*Decides:*",
                            "(a)\tTo renew the measures;",
                            "(b)\tTo remain seized of the matter."])
    tree = tree_of(path, lib)
    assert [n.text for n in tree.sections] == ["MINUSCA's mandate", "A. Targeted sanctions",
                                               "Budget estimates for the period from 1 July 2020 to 30 June 2021"]
    first = tree.operative[0]
    assert [c.label for c in first.children] == ["(a)", "(b)"]
    assert [c.label for c in first.children[0].children] == ["(i)", "(ii)"]
    assert tree.find("1(a)(ii)") is first.children[0].children[1]
    assert tree.address(first.children[1].children[0]) == "1(b)(i)"
    found = errors(path, lib)
    assert found == [], [(f.rule, f.message) for f in found]


@pytest.mark.parametrize(("preamble_label", "operative_label"), [("Preambulatory Clauses:", "Operative Clauses:"),
                                                                ("PREAMBLE", "OPERATIVE PARAGRAPHS"),
                                                                ("序言部分：", "执行部分：")])
def test_lines_naming_the_parts_are_headings(preamble_label: str, operative_label: str, lib: library.Library,
                                             tmp_path: Path) -> None:
    """Unnumbered clauses after "Operative Clauses:" are operative, whatever their opening word."""
    path = write(tmp_path, ["Committee: Second Committee", "Topic: Fisheries", "Sponsors: Chile", "The General Assembly,",
                            preamble_label, "Noting the decline of fish stocks,", "Alarmed by illegal fishing,",
                            operative_label, "Requests coastal States to share catch data;",
                            "Establishing a regional registry of fishing vessels;", "Urges States to act."])
    tree = tree_of(path, lib)
    assert [n.text for n in tree.sections] == [preamble_label, operative_label]
    assert len(tree.preamble) == 2 and len(tree.operative) == 3


def test_letter_i_after_h_and_fourth_level(lib: library.Library, tmp_path: Path) -> None:
    letters = "abcdefghij"
    subs = [f"({c})\tmeasure {c};" for c in letters[:-1]] + ["(j)\tmeasure j;"]
    path = write(tmp_path, [*UN_EN, "*Recalling* its resolutions,",
                            "1.\t*Requests* the Secretary-General to report on:", *subs,
                            "2.\t*Decides* that the panel shall:",
                            "(a)\tgather information:",
                            "(i)\tfrom States:",
                            "a.\tin writing:",
                            "i.\tby note verbale;",
                            "ii.\tby letter;",
                            "b.\torally;",
                            "(ii)\tfrom organizations;",
                            "(b)\treport.", ])
    tree = tree_of(path, lib)
    first = tree.operative[0]
    assert [c.label for c in first.children] == [f"({c})" for c in letters]
    assert first.children[8].kind == "letter"  # (i) right after (h) is a letter
    deep = tree.find("2(a)(i)")
    assert deep is not None and [c.label for c in deep.children] == ["a.", "b."]
    assert [c.label for c in deep.children[0].children] == ["i.", "ii."]
    assert deep.children[0].children[0].level == 4
    found = errors(path, lib)
    assert found == [], [(f.rule, f.message) for f in found]


def test_chinese_un_text(lib: library.Library, tmp_path: Path) -> None:
    path = write(tmp_path, [*UN_ZH, "**重申**对中非共和国主权的坚定承诺，",
                            "根据《联合国宪章》第七章**采取行动**，",
                            "资产冻结",
                            "1.\t**决定**：",
                            "(a)\t延长任务期限，以便：",
                            "㈠\t保护平民；以及",
                            "㈡\t支持和平进程；",
                            "(b)\t最强烈地**谴责**一切暴力行为；",
                            "2.\t在这方面，**鼓励**各方继续对话；",
                            "3.\t**再次促请**各方遵守停火；",
                            "4.\t**表示打算**审查措施；",
                            "5.\t**表示全力支持**秘书长特别代表；",
                            "6.\t**深表关切**人道主义局势；",
                            "7.\t**表示深为赞赏**部队派遣国；",
                            "8.\t**决定**继续积极处理此案。"])
    tree = tree_of(path, lib)
    assert tree.language == "zh"
    assert [c.label for c in tree.operative[0].children[0].children] == ["㈠", "㈡"]
    found = errors(path, lib)
    assert found == [], [(f.rule, f.message) for f in found]


def test_other_list_labels(lib: library.Library, tmp_path: Path) -> None:
    path = write(tmp_path, [*UN_EN, "*Recalling* its resolutions,",
                            "1.\t*Requests* the Secretary-General to include:",
                            "–\tthe state of ratification;",
                            "–\tthe needs of developing countries;",
                            "2.\t*Decides* on the following steps:",
                            "(1)\tconsultations;",
                            "(2)\ta report;",
                            "3.\t*Decides* to remain seized of the matter."])
    found = errors(path, lib)
    assert found == [], [(f.rule, f.message) for f in found]


def test_spellings_and_un_phrases(lib: library.Library, tmp_path: Path) -> None:
    path = write(tmp_path, [*UN_EN, "*Recognising* the role of regional organizations,",
                            "*Emphasising* the need for cooperation,",
                            "1.\t*Authorises* Member States to take all necessary measures;",
                            "2.\t*Reiterates its call upon* all parties to cease hostilities;",
                            "3.\t*Expresses its intention* to keep the measures under review;",
                            "4.\t*Decides* to remain seized of the matter."])
    report, _ = check.check_file(path, lib)
    assert report.findings == [], [(f.rule, f.message) for f in report.findings]


def test_one_paragraph_resolution(lib: library.Library, tmp_path: Path) -> None:
    path = write(tmp_path, ["United Nations", "A/RES/74/296", "General Assembly", "Distr.: General", "*The General Assembly*,",
                            "*Recalling* its resolution 67/246,",
                            "*Decides* to keep the question under review at its seventy-fifth session."])
    report, _ = check.check_file(path, lib)
    assert [f for f in report.findings if f.severity == "error"] == []
    assert report.notes  # the report says the parts were told apart by their lead phrases


def test_annexes_with_their_own_numbering(lib: library.Library, tmp_path: Path) -> None:
    path = write(tmp_path, [*UN_EN, "*Recalling* its resolutions,",
                            "1.\t*Adopts* the rules annexed to the present resolution;",
                            "2.\t*Decides* to remain seized of the matter.",
                            "8765th meeting",
                            "Annex I",
                            "Rules of procedure",
                            "1. The Conference shall meet once a year",
                            "5. Languages", "附件二"])
    tree = tree_of(path, lib)
    assert len(tree.operative) == 2 and len(tree.closing) == 1
    assert [n.text for n in tree.annexes][:2] == ["Annex I", "Rules of procedure"]
    assert errors(path, lib) == []


def test_misplaced_preambular_paragraph_is_one_finding(lib: library.Library, tmp_path: Path) -> None:
    path = write(tmp_path, [*UN_EN, "*Recalling* its resolutions,",
                            "1.\t*Requests* the Secretary-General to report;",
                            "*Noting* the report of the Secretary-General,",
                            "2.\t*Urges* Member States to cooperate;",
                            "3.\t*Decides* to remain seized of the matter."])
    found = errors(path, lib)
    assert [f.rule for f in found] == ["preambular-after-operative"]


def test_numbering_gap_is_one_finding_and_fix_renumbers(lib: library.Library, tmp_path: Path) -> None:
    ops = [f"{n}.\t*Requests* the Secretary-General to report on item {n};" for n in (1, 2, 4, 5, 6)]
    path = write(tmp_path, [*UN_EN, "*Recalling* its resolutions,", *ops[:-1],
                            "6.\t*Decides* to remain seized of the matter."])
    report, doc = check.check_file(path, lib)
    assert [(f.rule, f.paragraph) for f in report.findings] == [("numbering-sequence", 11)]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    assert errors(tmp_path / "fixed.docx", lib) == []


def test_misspelled_leads_are_errors_and_fixed(lib: library.Library, tmp_path: Path) -> None:
    path = write(tmp_path, [*UN_EN, "*Noting with apreciation* the report,",
                            "1.\t*Encourges* Member States to cooperate;",
                            "2.\t*Decides* to remain seized of the matter."])
    report, doc = check.check_file(path, lib)
    assert [(f.rule, f.severity) for f in report.findings] == [("lead-misspelled", "error")] * 2
    assert "Noting with appreciation" in report.findings[0].message
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    texts = [p.text for p in reader.read(tmp_path / "fixed.docx").paragraphs]
    assert "Noting with appreciation the report," in texts
    assert "1.\tEncourages Member States to cooperate;" in texts
    assert check.check_file(tmp_path / "fixed.docx", lib)[0].findings == []


def test_chinese_homophone_slip(lib: library.Library, tmp_path: Path) -> None:
    path = write(tmp_path, [*UN_ZH, "**回顾**其以往各项决议，", "1.\t**鼓历**会员国开展合作；", "2.\t**念及**各方的承诺；",
                            "3.\t**决定**继续处理此案。"])
    report, _ = check.check_file(path, lib)
    slips = [f for f in report.findings if f.rule == "lead-misspelled"]
    assert len(slips) == 1 and "鼓励" in slips[0].message  # 念及 is a real word, not a slip of 提及


def test_fix_uses_the_documents_own_emphasis(lib: library.Library, tmp_path: Path) -> None:
    lines = ["Committee: CCPCJ", "Topic: Cybercrime", "Sponsors: Brazil", "Signatories: Chile",
             "The Commission on Crime Prevention and Criminal Justice,", "__Recalling__ its resolution 22/7,",
             "__Noting__ the report,",
             "1. __Requests__ the Office to report;", "2. Urges Member States to cooperate;",
             "3. __Decides__ to continue."]
    path = write(tmp_path, lines)
    report, doc = check.check_file(path, lib, profile="cn-mun")
    assert [f.rule for f in report.findings] == ["lead-emphasis"]
    fix.fix(report, doc, tmp_path / "fixed.docx", force=False)
    runs = reader.read(tmp_path / "fixed.docx").paragraphs[8].runs
    urges = next(r for r in runs if "Urges" in r.text)
    assert urges.underline and not urges.italic


def test_security_council_language_is_a_thimun_warning_only(lib: library.Library, tmp_path: Path) -> None:
    lines = ["Forum: General Assembly", "Question of: Cybercrime", "Submitted by: Brazil",
             "The General Assembly,", "*Recalling* its resolutions,", "1. __Condemns__ all attacks;",
             "2. __Requests__ the Secretary-General to report."]
    path = write(tmp_path, lines)
    thimun = check.check_file(path, lib)[0]
    assert thimun.profile == "thimun"
    sc = [f for f in thimun.findings if f.rule == "sc-only-phrase"]
    assert [f.severity for f in sc] == ["warning"] and "THIMUN" in sc[0].message
    assert not [f for f in check.check_file(path, lib, profile="un")[0].findings if f.rule == "sc-only-phrase"]


def test_missing_east_asian_font_is_one_finding(lib: library.Library, tmp_path: Path) -> None:
    doc = Document()
    for text in [*UN_ZH, "回顾其以往各项决议，", "1.\t请秘书长提交报告；", "2.\t决定继续处理此案。"]:
        doc.add_paragraph(text)
    path = tmp_path / "nofont.docx"
    doc.save(str(path))
    report, doc_read = check.check_file(path, lib)
    assert [f.rule for f in report.findings].count("east-asian-font") == 1
    fix.fix(report, doc_read, tmp_path / "fixed.docx", force=False)
    assert "east-asian-font" not in {f.rule for f in check.check_file(tmp_path / "fixed.docx", lib)[0].findings}


def test_xml_comments_inside_text_are_markup(lib: library.Library, tmp_path: Path) -> None:
    """A comment, processing instruction or entity reference inside w:t is not text, and --fix keeps XML valid."""
    from lxml import etree

    path = write(tmp_path, [*UN_EN, "*Recalling* its resolution 65/230;", "1.\t*Decides* to act."])
    doc = reader.read(path)
    t = doc.paragraphs[7].runs[-1].element.find(qn("w:t"))
    t.text = " its"
    t.append(etree.Comment("note"))
    t[-1].tail = " resolution"
    t.append(etree.ProcessingInstruction("mso", "x"))
    t[-1].tail = " 65/230;"
    hostile = tmp_path / "hostile.docx"
    doc.docx.save(str(hostile))
    report, again = check.check_file(hostile, lib)
    assert again.paragraphs[7].text == "Recalling its resolution 65/230;"
    assert [f.rule for f in report.findings] == ["preambular-end"]
    fix.fix(report, again, tmp_path / "fixed.docx", force=False)
    fixed = reader.read(tmp_path / "fixed.docx")
    assert fixed.paragraphs[7].text == "Recalling its resolution 65/230,"


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.docx")))
def test_adopted_un_resolutions_check_without_error(name: str, lib: library.Library) -> None:
    report, _ = check.check_file(FIXTURES / name, lib)
    found = [f for f in report.findings if f.severity == "error"]
    assert found == [], [(f.paragraph, f.rule, f.message) for f in found]
    assert report.profile == "un"


def test_parallel_language_versions_have_the_same_structure(lib: library.Library) -> None:
    for english, chinese in (("74_247.docx", "74_247_C.docx"), ("74_282_E.docx", "74_282_C.docx"),
                             ("74_296_E.docx", "74_296_C.docx"), ("74_78.docx", "74_78_C.docx")):
        en = tree_of(FIXTURES / english, lib)
        zh = tree_of(FIXTURES / chinese, lib)
        assert len(en.preamble) == len(zh.preamble), english
        assert [structure_shape(n) for n in en.operative] == [structure_shape(n) for n in zh.operative], english


def structure_shape(node: structure.Node) -> tuple:
    return (node.label, tuple(structure_shape(c) for c in node.children))


def test_corpus_copy_with_seeded_fault_is_found(lib: library.Library, tmp_path: Path) -> None:
    """A real resolution with its last full stop removed: exactly that one error."""
    source = tmp_path / "247.docx"
    shutil.copy(FIXTURES / "74_247.docx", source)
    doc = reader.read(source)
    tree = structure.read_structure(doc, lib)
    last = tree.operative[-1]
    run = [r for r in last.para.runs if r.text.strip()][-1]
    t = run.element.findall(qn("w:t"))[-1]
    t.text = t.text.rstrip().rstrip(".")
    doc.docx.save(str(source))
    assert [f.rule for f in errors(source, lib)] == ["final-stop"]
