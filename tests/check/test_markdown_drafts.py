"""A draft handed in as Markdown (Notion, 语雀, Obsidian): its emphasis read as a viewer shows it and judged, never
reported as typed marks; --fix writes the changed paragraphs back as Markdown and leaves every other line alone."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from drafter import library
from drafter.check import check_file
from drafter.check.checker import FONT_RULES

NOTION = ["---", "created: 2026-11-20", "---", "", "# Draft Resolution 1.1", "",
          "**Committee:** Commission on Crime Prevention and Criminal Justice",
          "**Topic:** Global governance of cybercrime", "**Sponsors:** Brazil, Kenya, Norway",
          "**Signatories:** Chile, Ghana, Japan", "", "*The Commission on Crime Prevention and Criminal Justice,*", "",
          "*Recalling* General Assembly resolution 74/247 of 27 December 2019,", "",
          "*Noting with concern* the growth of ransomware attacks against hospitals in the",
          "past two years.", "",
          "Welcoming the adoption of the United Nations Convention against Cybercrime,", "",
          "1. <u>Urges</u> Member States to sign and ratify the Convention;",
          "2. <u>Requests</u> the United Nations Office on Drugs and Crime to provide technical assistance;",
          "3. <u>Decides</u> to continue its consideration of the question at its thirty-fifth session."]
YUQUE = ["# 决议草案", "", "**委员会**：预防犯罪和刑事司法委员会", "**议题**：网络犯罪的全球治理", "**起草国**：巴西、中国",
         "**附议国**：肯尼亚、挪威", "", "**预防犯罪和刑事司法委员会**，", "",
         "**回顾**大会2019年12月27日第74/247号决议，", "**关切地注意到**针对医院的勒索软件攻击日益增多,", "",
         "1. **敦促**各会员国签署并批准《联合国打击网络犯罪公约》；", "2. **决定**在第三十五届会议上继续审议这一问题。"]


def written(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_markdown_emphasis_is_read_and_judged_never_reported_as_typed_marks(lib: library.Library,
                                                                            tmp_path: Path) -> None:
    report, doc = check_file(written(tmp_path / "notion.md", NOTION), lib)
    rules = {(f.rule, f.paragraph) for f in report.findings}
    texts = [p.text for p in doc.paragraphs]
    assert texts[:3] == ["Draft Resolution 1.1", "Committee: Commission on Crime Prevention and Criminal Justice",
                         "Topic: Global governance of cybercrime"]
    assert texts[6] == "Recalling General Assembly resolution 74/247 of 27 December 2019,"
    assert texts[7] == "Noting with concern the growth of ransomware attacks against hospitals in the past two years."
    assert not {rule for rule, _ in rules} & {"lead-marked", "organ-marked", "pasted-artefact"}
    assert ("preambular-end", 8) in rules  # the wrapped paragraph read whole, its full stop found
    assert ("lead-emphasis", 9) in rules  # "Welcoming" typed without emphasis: judged, as in Word
    assert not any(rule == "lead-emphasis" and at != 9 for rule, at in rules)
    assert report.notes and "Markdown draft" in report.notes[0]
    as_text, _ = check_file(written(tmp_path / "notion.txt", NOTION), lib)
    assert {"lead-marked", "organ-marked"} <= {f.rule for f in as_text.findings}  # a .txt's stars are typed marks


def test_fix_writes_markdown_back_changing_only_the_fixed_paragraphs(run, tmp_path: Path) -> None:
    source = written(tmp_path / "notion.md", NOTION)
    out = tmp_path / "fixed.md"
    status, _, err = run("check", str(source), "--fix", str(out))
    assert status == 1 and "fixed" in err
    fixed = out.read_text(encoding="utf-8").split("\n")
    expected = list(NOTION)
    expected[15:17] = ["*Noting with concern* the growth of ransomware attacks against hospitals in the past two "
                       "years,"]
    # the emphasis the leads of its own part carry (the preambular ones italic, the operative ones underlined)
    expected[17] = "*Welcoming* the adoption of the United Nations Convention against Cybercrime,"
    assert fixed == [*expected, ""]
    again = tmp_path / "again.md"
    assert run("check", str(out), "--fix", str(again))[0] == 0
    assert again.read_bytes() == out.read_bytes()  # --fix twice is --fix once
    into_word = tmp_path / "fixed.docx"
    run("check", str(source), "--fix", str(into_word))
    paragraph = Document(str(into_word)).paragraphs[8]
    assert paragraph.text.startswith("Welcoming the adoption") and paragraph.runs[0].italic
    assert [r.underline for r in Document(str(into_word)).paragraphs[10].runs][:2] == [None, True]


def test_a_chinese_markdown_draft_keeps_its_bold_leads_through_a_fix(run, lib: library.Library,
                                                                     tmp_path: Path) -> None:
    source = written(tmp_path / "语雀.md", YUQUE)
    report, _ = check_file(source, lib)
    assert report.language == "zh"
    assert "preambular-end" in {f.rule for f in report.findings}  # "增多," ends with a half-width comma
    assert not {f.rule for f in report.findings} & {"lead-marked", "organ-marked", "pasted-artefact", *FONT_RULES}
    out = tmp_path / "修正.md"
    run("check", str(source), "--fix", str(out))
    fixed = out.read_text(encoding="utf-8").split("\n")
    assert fixed[10] == "**关切地注意到**针对医院的勒索软件攻击日益增多，"
    assert [line for at, line in enumerate(fixed[:-1]) if at != 10] == [
        line for at, line in enumerate(YUQUE) if at != 10]


def test_markdown_without_emphasis_is_judged_as_plain_text(lib: library.Library, tmp_path: Path) -> None:
    plain = [line.replace("*", "").replace("<u>", "").replace("</u>", "") for line in NOTION]
    report, _ = check_file(written(tmp_path / "plain.md", plain), lib)
    assert not {f.rule for f in report.findings} & {"lead-emphasis", "lead-emphasis-document", "organ-emphasis"}


CHATBOT = ["Sure! Here is a draft resolution on national statistics.", "", "The Economic and Social Council,", "",
           "**Recognizing the importance of the fact that** reliable data are needed,",
           "**Deeply Concerned By** the lack of recent data,", "**Noting With Satisfaction** the Cape Town Global Action Plan,",
           "**Encourages** national statistical offices to work with the ministries,", "", "Operative Clauses:", "",
           "1. **Urges** Member States to give their statistical offices stable funding;",
           "2. **Calls Upon** donors to align their support behind national strategies;",
           "3. **Requests** the Secretary-General to report to the Council at its 2029 session"]


def test_bold_leads_given_italics_by_a_fix_give_the_organ_line_its_italics_in_the_same_run(run,
                                                                                            tmp_path: Path) -> None:
    """Leads in bold where the profile wants italics or underline: the fix puts them in italics; their preamble then
    italic as the UN's, the organ line needs its italics too, given by the same run, not by a second one."""
    source = written(tmp_path / "chatbot.md", CHATBOT)
    once, twice = tmp_path / "once.md", tmp_path / "twice.md"
    run("check", str(source), "--fix", str(once), "--profile", "una-usa")
    assert "*The Economic and Social Council*," in once.read_text(encoding="utf-8").split("\n")
    run("check", str(once), "--fix", str(twice), "--profile", "una-usa")
    assert twice.read_bytes() == once.read_bytes()
