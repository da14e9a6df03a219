"""Position papers built as an editor writes them (python-docx, fonts and sizes set on the runs): the sample
papers are clean; the Chinese family's rules on a Chinese paper; the rules file's position-papers: section; what
--fix does to a paper. Each paper rule's failing and passing papers, in English and in Chinese, are examples in
drafter/check/ruledata/paper.yaml and paperstyle.yaml (test_rule_examples.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, Run
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from drafter import check, library
from drafter.check.paperlength import add_length_findings
from drafter.structure.paper import PaperRules

Line = str | tuple[str, dict[str, object]]  # text, or text with run settings (font, size, bold)

HEAD = {"en": ["Delegate: Amina Njoroge", "School: Nairobi International School", "Country: Kenya",
               "Committee: Commission on Crime Prevention and Criminal Justice",
               "Topic: Global governance of cybercrime", ("Position Paper", {"bold": True})],
        "zh": ["代表：王磊", "学校：北京外国语大学", "国家：肯尼亚", "委员会：预防犯罪和刑事司法委员会", "议题：网络犯罪全球治理",
               ("立场文件", {"bold": True})]}
BODY = {"en": [("I. Background of the Topic", {"bold": True}),
               "Cybercrime crosses borders and no State can meet it alone [1].",
               ("II. Past International Action", {"bold": True}),
               "The General Assembly adopted the United Nations Convention against Cybercrime in 2024 [2].",
               ("III. National Position", {"bold": True}),
               "Kenya supports the Convention and asks for technical assistance on request [1, 2].",
               ("References", {"bold": True}),
               "[1] UNODC, Comprehensive Study on Cybercrime, 2013.",
               "[2] United Nations General Assembly, resolution 79/243, 24 December 2024."],
        "zh": [("一、议题背景", {"bold": True}),
               "网络犯罪跨越国界，任何国家都无法单独应对[1]。",
               ("二、已有国际行动", {"bold": True}),
               "大会于2024年通过了《联合国打击网络犯罪公约》[2]。",
               ("三、国家立场", {"bold": True}),
               "肯尼亚支持该公约，并呼吁应请求提供技术援助[1, 2]。",
               ("参考资料", {"bold": True}),
               "[1] 联合国毒品和犯罪问题办公室：《网络犯罪问题综合研究》，2013年。",
               "[2] 联合国大会2024年12月24日第79/243号决议。"]}


def make(tmp_path: Path, lines: list[Line], name: str) -> Path:
    """A .docx of ``lines``, each run in Times New Roman 12 pt with SimSun for Chinese, unless the line says."""
    doc = Document()
    for line in lines:
        text, settings = (line, {}) if isinstance(line, str) else line
        run = doc.add_paragraph().add_run(text)
        run.font.size = Pt(float(settings.get("size", 12)))  # type: ignore[arg-type]
        run.bold = bool(settings.get("bold")) or None
        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        font = str(settings.get("font", "Times New Roman"))
        fonts.set(qn("w:ascii"), font)
        fonts.set(qn("w:hAnsi"), font)
        if not settings.get("no_east_asia"):
            fonts.set(qn("w:eastAsia"), str(settings.get("east_asia", "SimSun")))
    path = tmp_path / name
    doc.save(str(path))
    return path


def paper(lang: str, head: list[Line] | None = None, body: list[Line] | None = None) -> list[Line]:
    return list(HEAD[lang] if head is None else head) + list(BODY[lang] if body is None else body)


def replaced(lines: list[Line], old: str, new: Line | None) -> list[Line]:
    """``lines`` with the line starting with ``old`` replaced by ``new`` (left out when None)."""
    out: list[Line] = []
    for line in lines:
        text = line if isinstance(line, str) else line[0]
        if text.startswith(old):
            if new is not None:
                out.append(new)
        else:
            out.append(line)
    return out


EN_ZH = {"en": ("School:",), "zh": ("学校：",)}  # the header line a paper's report test leaves out


def findings(path: Path, lib: library.Library, rules: PaperRules | None = None) -> list[check.Finding]:
    report, doc = check.check_file(path, lib, paper_rules=rules)
    assert report.profile == "position-paper"
    add_length_findings([(report, doc)], rules or PaperRules())
    return report.findings


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sample_papers_are_clean(lang: str, lib: library.Library, tmp_path: Path) -> None:
    assert [(f.rule, f.message) for f in findings(make(tmp_path, paper(lang), "p.docx"), lib)] == []


def test_chinese_typography_in_a_paper(lib: library.Library, tmp_path: Path) -> None:
    """The Chinese family's rules run on a Chinese paper's header and text (not on the sources list, which keeps
    its citation style's half-width marks)."""
    lines = replaced(paper("zh"), "肯尼亚支持", ("肯尼亚支持联合国打击网络犯罪公约,并呼吁提供技术援助[1, 2]。", {"no_east_asia": True}))
    lines = replaced(lines, "[2]", "[2] United Nations, A/RES/79/243. 联合国大会, 2024.")
    found = findings(make(tmp_path, lines, "zh.docx"), lib)
    assert sorted({f.rule for f in found}) == ["east-asian-font", "half-width-zh", "title-marks"]
    assert all(f.paragraph != len(lines) for f in found if f.rule == "half-width-zh")


def test_fix_makes_only_safe_changes_to_a_paper(run: Run, tmp_path: Path) -> None:
    """--fix on a Chinese paper: half-width marks made full-width and the East Asian font set; the first person
    and a missing section are left for a person; the fixed copy checks clean of what was fixed."""
    lines = replaced(paper("zh"), "肯尼亚支持", "我们支持该公约,并呼吁提供技术援助[1, 2]。")
    lines = replaced(lines, "二、已有", None)
    make(tmp_path, lines, "zh.docx")
    status, _, err = run("check", "--fix", "fixed.docx", "zh.docx")
    assert status == 1  # the half-width comma is an error
    assert "自动修正 1 处" in err and "paper-first-person" in err and "paper-section-missing" in err
    status, text, _ = run("check", "--format", "line", "fixed.docx")
    rules = [line.split(":")[3] for line in text.splitlines()]
    assert sorted(rules) == ["paper-first-person", "paper-section-missing"]


def test_rules_file_position_papers(run: Run, tmp_path: Path) -> None:
    """position-papers: in English and Chinese keys; a bad value is reported with its line."""
    make(tmp_path, paper("en"), "p.docx")
    (tmp_path / "en.yaml").write_text("conference: T\ncommittees: [Security Council]\nposition-papers:\n  pages: 1\n"
                                      "  font-size: 11\n  sections: [background, proposals]\n  sources: false\n",
                                      encoding="utf-8")
    status, text, _ = run("check", "--rules", "en.yaml", "--format", "line", "p.docx")
    rules = sorted(line.split(":")[3] for line in text.splitlines())
    assert rules == ["paper-committee-unknown", "paper-font-size", "paper-section-missing"], text
    (tmp_path / "zh.yaml").write_text("会议: 测试\n委员会: [预防犯罪和刑事司法委员会]\n立场文件:\n  页数: 2\n  字号: 12\n"
                                      "  部分: [议题背景, 已有国际行动, 国家立场]\n  参考资料: true\n", encoding="utf-8")
    make(tmp_path, paper("zh"), "zh.docx")
    status, text, err = run("check", "--rules", "zh.yaml", "--format", "line", "zh.docx")
    assert (status, text) == (0, ""), err
    (tmp_path / "bad.yaml").write_text("conference: T\ncommittees: [GA3]\nposition-papers:\n  font-size: big\n"
                                       "  sections: [background, conclusions]\n", encoding="utf-8")
    status, _, err = run("check", "--rules", "bad.yaml", "p.docx")
    assert status == 2
    assert "bad.yaml:4:" in err and "font-size 'big'" in err
    assert "bad.yaml:5:" in err and "unknown section 'conclusions'" in err


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_paper_report_in_text_line_and_json(lang: str, run: Run, tmp_path: Path) -> None:
    make(tmp_path, replaced(paper(lang), EN_ZH[lang][0], None), "p.docx")
    status, text, _ = run("check", "p.docx")
    assert status == 1
    head = text.splitlines()[0]
    assert head == ("p.docx（zh，立场文件）：1 个错误，0 个警告，0 个建议" if lang == "zh" else
                    "p.docx (en, position paper): 1 error, 0 warnings, 0 suggestions")
    status, text, _ = run("check", "--format", "line", "--lang", "en", "p.docx")
    assert text.startswith("p.docx:1:1:paper-header-missing:error:the header lacks the school")
    status, text, _ = run("check", "--format", "json", "p.docx")
    assert '"profile": "position-paper"' in text and '"rule": "paper-header-missing"' in text


def test_shipped_rules_files_set_paper_rules() -> None:
    from drafter.conference import load

    read = {name: load(ROOT / "conferences" / f"{name}.yaml").paper_rules()
            for name in ("thimun-style", "un-general-assembly", "cn-national")}
    assert read["thimun-style"].pages == 1 and "proposals" in read["thimun-style"].sections
    assert read["un-general-assembly"].pages == 2
    assert read["cn-national"].sections == ("background", "past-action", "position")
    assert ("安全理事会", "安理会", "联合国安全理事会") in read["cn-national"].committees
