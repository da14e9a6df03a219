"""``drafter booklet``: three drafts from three authors (drafter's own, a student's Word-numbered draft, an adopted UN
text) in each language become one booklet: a cover, contents with page references, one resolution a page with
its vote, page numbers, sponsor lists kept or removed as the rules say, the text copied as the drafts show it."""

from __future__ import annotations

from pathlib import Path

import pytest
from booklet_drafts import chinese, english
from paths import ROOT

from drafter.structure import read_structure
from drafter.word import reader
from drafter.word.runtext import W


def rules(folder: Path, sponsors: str, *, chinese_keys: bool = False, council: bool = False) -> str:
    path = folder / f"rules-{sponsors}-{chinese_keys}-{council}.yaml"
    if chinese_keys:
        path.write_text(f"会议: 全国中学生模拟联合国大会\n语言: zh\n委员会:\n  - 名称: 预防犯罪和刑事司法委员会\n"
                        f"决议汇编:\n  提案国名单: {'删除' if sponsors == 'remove' else '保留'}\n", encoding="utf-8")
    else:
        kind = "security-council" if council else "other"
        path.write_text(f"conference: Geneva MUN 2027\ncommittees:\n  - name: CCPCJ\n    kind: {kind}\n"
                        f"booklet:\n  sponsors: {sponsors}\n", encoding="utf-8")
    return str(path)


def texts(path: Path) -> list[str]:
    return [p.text for p in reader.read(path).paragraphs if p.text.strip()]


def body_xml(path: Path) -> object:
    return reader.read(path).docx.element.body


def test_an_english_booklet(run, drafts: Path, tmp_path: Path) -> None:
    out = tmp_path / "booklet.docx"
    status, _, err = run("booklet", *english(drafts), "--out", str(out), "--rules", rules(drafts, "keep"),
                         "--votes", str(drafts / "votes-en.yaml"), "--date", "2027-05-21")
    assert status == 0, err
    lines = texts(out)
    assert lines[:5] == ["Geneva MUN 2027", "Resolutions adopted", "CCPCJ", "21 May 2027", "Contents"]
    body = body_xml(out)
    breaks = body.findall(f".//{W}pageBreakBefore")
    assert len(breaks) == 4  # the contents, then each resolution from a new page
    refs = [t.text for t in body.iter(f"{W}instrText") if "PAGEREF" in t.text]
    marks = [b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")]
    assert len(refs) == 3 and all(any(m in r for r in refs) for m in marks) and len(marks) == 3
    docx = reader.read(out).docx
    footer = docx.sections[0].footer._element
    assert any(t.text.strip() == "PAGE" for t in footer.iter(f"{W}instrText"))
    assert docx.settings.element.find(f"{W}updateFields") is not None  # Word fills the page numbers on opening
    assert "Resolution 2.1" in lines and "A/RES/74/247" in lines  # numbers as the headings give them
    assert "Adopted by 20 votes to 10, with 5 abstentions" in lines and "Adopted without a vote" in lines
    assert "Sponsors: Argentina, Brazil, Chile, Mexico" in lines and "Sponsors: Brazil, Chile" in lines
    assert "wrote" in err and "3 resolutions" in err


@pytest.mark.parametrize("which", ["en", "zh"])
def test_the_text_is_copied_as_the_drafts_show_it(run, drafts: Path, tmp_path: Path, lib, which: str) -> None:
    paths = english(drafts) if which == "en" else chinese(drafts)
    out = tmp_path / "booklet.docx"
    status, _, err = run("booklet", *paths, "--out", str(out), "--title", "MUN")
    assert status == 0, err
    made = reader.read(out)
    by_text = {p.text: p for p in made.paragraphs}
    for path in paths:
        tree = read_structure(reader.read(Path(path)), lib)
        for node in [*tree.preamble, *tree.walk()]:
            shown = (node.para.label + "\t" if node.para.label else "") + node.para.text
            copy = by_text.get(shown)
            assert copy is not None, f"{Path(path).name}: {shown[:60]!r} not in the booklet"
            source = [(r.text, r.bold, r.italic, r.underline) for r in node.para.runs if r.text]
            copied = [(r.text, r.bold, r.italic, r.underline) for r in copy.runs if r.text]
            if node.para.label:
                copied = [(copied[0][0].removeprefix(node.para.label + "\t"), *copied[0][1:]), *copied[1:]]
                copied = [c for c in copied if c[0]]
            assert _joined(copied) == _joined(source)


def _joined(runs: list[tuple[str, bool, bool, bool]]) -> list[tuple[str, bool, bool, bool]]:
    out: list[tuple[str, bool, bool, bool]] = []
    for text, *emphasis in runs:
        if out and list(out[-1][1:]) == emphasis:
            out[-1] = (out[-1][0] + text, *out[-1][1:])
        else:
            out.append((text, emphasis[0], emphasis[1], emphasis[2]))
    return out


def test_a_chinese_booklet(run, drafts: Path, tmp_path: Path) -> None:
    out = tmp_path / "决议汇编.docx"
    status, _, err = run("booklet", *chinese(drafts), "--out", str(out), "--rules",
                         rules(drafts, "remove", chinese_keys=True), "--votes", str(drafts / "votes-zh.yaml"),
                         "--date", "2027-05-21")
    assert status == 0, err
    lines = texts(out)
    assert lines[:5] == ["全国中学生模拟联合国大会", "通过的决议", "预防犯罪和刑事司法委员会", "2027年5月21日", "目录"]
    assert "以20票赞成、10票反对、5票弃权获得通过" in lines and "未经表决获得通过" in lines
    assert "第1.1号决议" in lines and "A/RES/74/247" in lines
    assert not any(line.startswith(("起草国", "附议国")) for line in lines)  # the rules remove the sponsor lists
    docx = reader.read(out).docx
    defaults = docx.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert defaults.find(f"{W}lang").get(f"{W}eastAsia") == "zh-CN"
    fonts = [r.find(f"{W}rPr/{W}rFonts") for r in docx.element.body.iter(f"{W}r") if r.find(f"{W}t") is not None]
    assert fonts and all(f is not None and f.get(f"{W}eastAsia") for f in fonts)
    body = docx.element.body
    assert len(body.findall(f".//{W}pageBreakBefore")) == 4
    own = [line for line in lines[:5] if line] + ["以20票赞成、10票反对、5票弃权获得通过"]
    assert not any(mark in line for line in own for mark in ",:;()")  # the booklet's own words: full-width marks
    assert "已写入" in err and "3项决议" in err


def test_sponsors_kept_or_removed(run, drafts: Path, tmp_path: Path) -> None:
    for sponsors, present in (("keep", True), ("remove", False)):
        out = tmp_path / f"{sponsors}.docx"
        status, _, err = run("booklet", *english(drafts), "--out", str(out), "--rules", rules(drafts, sponsors))
        assert status == 0, err
        lines = texts(out)
        assert any(line.startswith("Sponsors:") for line in lines) is present
        assert any(line.startswith("Signatories:") for line in lines) is present


def test_a_draft_not_adopted_is_left_out(run, drafts: Path, tmp_path: Path) -> None:
    votes = tmp_path / "votes.yaml"
    votes.write_text("brazil.docx: {for: 5, against: 10, abstain: 3}\n", encoding="utf-8")
    (tmp_path / "brazil.docx").write_bytes((drafts / "brazil.docx").read_bytes())
    out = tmp_path / "booklet.docx"
    status, _, err = run("booklet", str(tmp_path / "brazil.docx"), *english(drafts)[1:], "--out", str(out),
                         "--title", "MUN", "--votes", str(votes))
    assert status == 1
    assert "brazil.docx: not adopted (5 for, 10 against, 3 abstaining" in err and "left out" in err
    lines = texts(out)
    assert "Resolution 2.1" not in lines and "A/RES/74/247" in lines and "2 resolutions" in err


def test_a_veto_in_the_security_council_keeps_a_draft_out(run, drafts: Path, tmp_path: Path) -> None:
    votes = tmp_path / "votes.yaml"
    votes.write_text(f"{drafts / 'brazil.docx'}: {{for: 12, against: 1, abstain: 2, veto: [Russia]}}\n"
                     f"{drafts / '74_247.docx'}: {{for: 13, against: 0, abstain: 2}}\n", encoding="utf-8")
    out = tmp_path / "booklet.docx"
    status, _, err = run("booklet", *english(drafts), "--out", str(out), "--votes", str(votes), "--rules",
                         rules(drafts, "keep", council=True), "--lang", "zh")
    assert status == 1
    assert "brazil.docx：未获通过" in err and "否决" in err and "未收入决议汇编" in err
    assert "以13票赞成、0票反对、2票弃权获得通过" in texts(out)


def test_numbers_from_the_command_line(run, drafts: Path, tmp_path: Path) -> None:
    out = tmp_path / "booklet.docx"
    status, _, err = run("booklet", *english(drafts), "--out", str(out), "--title", "MUN",
                         "--number", f"{drafts / 'brazil.docx'}=GA3/1", "--number", "74_247.docx=A/RES/74/247")
    assert status == 0, err
    assert "Resolution GA3/1" in texts(out)
    status, _, err = run("booklet", *english(drafts), "--out", str(out), "--title", "MUN", "--force",
                         "--number", "nowhere.docx=4")
    assert status == 2 and "DRAFT=NUMBER" in err


def test_an_answers_file_is_built_in_memory(run, drafts: Path, tmp_path: Path) -> None:
    out = tmp_path / "booklet.docx"
    example = ROOT / "examples" / "team-mexico-en-thimun.yaml"
    status, _, err = run("booklet", str(example), english(drafts)[0], "--out", str(out), "--title", "MUN")
    assert status == 0, err
    assert any(line.startswith("Encourages Member States to enact technology-neutral") or
               line.startswith("1.\tEncourages Member States to enact") for line in texts(out))


def test_unreadable_drafts_are_named_and_nothing_is_written(run, drafts: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_text("not a Word file", encoding="utf-8")
    paper = tmp_path / "paper.docx"
    lib_paper = ROOT / "examples" / "kenya-position-paper-en.yaml"
    status, _, err = run("build", str(lib_paper), "--out", str(paper))
    assert status == 0, err
    out = tmp_path / "booklet.docx"
    status, _, err = run("booklet", english(drafts)[0], str(broken), str(paper), "--out", str(out), "--title", "MUN")
    assert status == 3
    assert "broken.docx: not a .docx file" in err and "paper.docx: a position paper, not a resolution" in err
    assert "nothing was written" in err and "Traceback" not in err
    assert not out.exists()
    status, _, err = run("booklet", chinese(drafts)[0], str(broken), "--out", str(out), "--lang", "zh",
                         "--title", "会议")
    assert status == 3 and "无法收入决议汇编的草案（未写入任何文件）" in err and not out.exists()


def test_an_existing_booklet_is_replaced_only_with_force(run, drafts: Path, tmp_path: Path) -> None:
    out = tmp_path / "booklet.docx"
    out.write_bytes(b"an earlier booklet")
    status, _, err = run("booklet", *english(drafts), "--out", str(out), "--title", "MUN")
    assert status == 2 and "already exists" in err and out.read_bytes() == b"an earlier booklet"
    status, _, err = run("booklet", *english(drafts), "--out", str(out), "--title", "MUN", "--force")
    assert status == 0, err
    assert out.read_bytes().startswith(b"PK")


@pytest.mark.parametrize("votes, expected", [
    ("elsewhere.docx: adopted\n", "1:1: 'elsewhere.docx' names no draft given on the command line"),
    ("brazil.docx: {for: many}\n", "1:20: for: 'many' is not a number of votes"),
    ("brazil.docx: perhaps\n", "1:14: 'perhaps' is no outcome"),
    ("brazil.docx: {for: 9, veto: [Germany]}\n", "veto: 'Germany' is not a permanent member"),
])
def test_a_faulty_votes_file_is_reported_with_its_line(run, drafts: Path, tmp_path: Path, votes: str,
                                                       expected: str) -> None:
    path = tmp_path / "votes.yaml"
    path.write_text(votes, encoding="utf-8")
    out = tmp_path / "booklet.docx"
    status, _, err = run("booklet", *english(drafts), "--out", str(out), "--title", "MUN", "--votes", str(path))
    assert status == 2 and expected in err, err
    assert not out.exists()


def test_mixed_languages_and_no_name_are_refused(run, drafts: Path, tmp_path: Path) -> None:
    out = tmp_path / "booklet.docx"
    status, _, err = run("booklet", english(drafts)[0], chinese(drafts)[0], "--out", str(out), "--title", "MUN")
    assert status == 2 and "--lang" in err
    status, _, err = run("booklet", english(drafts)[0], "--out", str(out))
    assert status == 2 and "--title" in err
    status, _, err = run("booklet", english(drafts)[0], "--out", str(out), "--lang", "zh")
    assert status == 2 and "封面需要会议名称" in err
    assert not out.exists()


def test_the_rules_file_says_what_the_booklet_does_with_sponsors(tmp_path: Path) -> None:
    from drafter import conference
    from drafter.status import DrafterError

    assert conference.load(ROOT / "conferences" / "cn-national.yaml").booklet_sponsors == "remove"
    assert conference.load(ROOT / "conferences" / "thimun-style.yaml").booklet_sponsors == "keep"
    path = tmp_path / "conf.yaml"
    path.write_text("conference: MUN\ncommittees: [GA]\nbooklet:\n  sponsors: hide\n", encoding="utf-8")
    with pytest.raises(DrafterError) as caught:
        conference.load(path)
    assert "conf.yaml:4:13: sponsors 'hide' is not one of keep, remove" in str(caught.value)


def test_pdf_without_libreoffice_says_so(run, drafts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)
    out = tmp_path / "booklet.pdf"
    status, _, err = run("booklet", *english(drafts), "--out", str(out), "--title", "MUN")
    assert status == 2 and "needs LibreOffice (soffice)" in err and not out.exists()
    status, _, err = run("booklet", *chinese(drafts), "--out", str(out), "--title", "会议", "--lang", "zh")
    assert status == 2 and "需要 LibreOffice（soffice）" in err and not out.exists()


def test_a_security_council_text_without_title_is_listed_by_its_symbol(run, tmp_path: Path) -> None:
    from paths import UN_FIXTURES

    out = tmp_path / "booklet.docx"
    status, _, err = run("booklet", str(UN_FIXTURES / "S_RES_2505_2020.docx"), "--out", str(out), "--title", "MUN")
    assert status == 0, err
    lines = texts(out)
    assert "S/RES/2505 (2020)" in lines and not any(line.startswith("Adopted by the Security Council") for line in lines)


def test_a_faulty_votes_file_is_reported_in_chinese(run, drafts: Path, tmp_path: Path) -> None:
    path = tmp_path / "表决.yaml"
    path.write_text("china.docx: {赞成: 20, 票数: 3}\n别处.docx: 通过\n", encoding="utf-8")
    out = tmp_path / "决议汇编.docx"
    status, _, err = run("booklet", *chinese(drafts), "--out", str(out), "--title", "会议", "--votes", str(path))
    assert status == 2 and not out.exists()
    assert "第1行第22列：未知的键“票数”" in err and "第2行第1列：“别处.docx”不是命令行中给出的草案" in err


@pytest.mark.parametrize("lang, expected", [("en", "a veto counts only in the Security Council"),
                                            ("zh", "否决只在安全理事会有效")])
def test_a_veto_outside_the_council_is_refused(run, drafts: Path, tmp_path: Path, lang: str, expected: str) -> None:
    votes = tmp_path / "votes.yaml"
    votes.write_text("brazil.docx: {for: 20, against: 1, veto: [China]}\n", encoding="utf-8")
    out = tmp_path / "booklet.docx"
    status, _, err = run("booklet", *english(drafts), "--out", str(out), "--title", "MUN", "--votes", str(votes),
                         "--lang", lang)
    assert status == 2 and expected in err and not out.exists()
