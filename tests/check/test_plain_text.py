"""A draft handed in as plain text (pasted into a .txt file, saved from an e-mail): checked one paragraph per line
without the rules that judge what only Word holds; --fix writes it back in its own encoding, line ends and blank
lines, changing only the lines its fixes name; --comments gives a Word copy with the findings as comments."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document

from drafter import library
from drafter.check import check_file
from drafter.check.checker import FORMATTING_RULES
from drafter.check.rules import RULES
from drafter.word import plaintext

EN = ["Committee: Third Committee", "Topic: The protection of refugees", "Sponsors: Brazil, Chile",
      "Signatories: Ghana, Kenya, Norway", "", "The General Assembly,", "",
      "Recalling its resolution 74/1 of 2 December 2019.", "",
      "Noting with concern the number of people displaced by conflict,", "",
      "1. Requests the Secretary-General to report on the matter;", "", "2.",
      "Urges Member States to cooperate with host countries;", "",
      "3. Decides to remain seized of the matter."]
ZH = ["决议草案", "委员会：大会第三委员会", "议题：难民问题", "起草国：中国、巴西", "附议国：肯尼亚、挪威", "",
      "大会，", "回顾其2019年12月2日74/1号决议，", "关切地注意到因冲突而流离失所的人数，",
      "1. 请秘书长就此事项提出报告；", "2. 敦促各会员国与收容国合作, 分担责任；", "3. 决定继续处理此案。"]


def written(path: Path, lines: list[str], encoding: str = "utf-8", newline: str = "\n") -> Path:
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode(encoding))
    return path


def word_copy(path: Path, lines: list[str]) -> Path:
    """The same paragraphs typed into Word with no emphasis."""
    document = Document()
    for line in lines:
        if line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path


def test_a_text_draft_is_checked_as_its_paragraphs_in_word_are_without_the_formatting_rules(
        lib: library.Library, tmp_path: Path) -> None:
    report, doc = check_file(written(tmp_path / "draft.txt", EN), lib)
    in_word, _ = check_file(word_copy(tmp_path / "draft.docx", EN), lib)
    assert [p.text for p in doc.paragraphs] == [line for line in EN if line]
    assert report.language == "en" and report.profile == in_word.profile
    assert {f.rule for f in in_word.findings} & FORMATTING_RULES, "the Word copy's leads are plain: found there"
    assert [(f.rule, f.paragraph, f.column) for f in report.findings] == [
        (f.rule, f.paragraph, f.column) for f in in_word.findings if f.rule not in FORMATTING_RULES]
    assert {"preambular-end", "label-alone"} <= {f.rule for f in report.findings}
    assert report.notes and "plain-text draft" in report.notes[0]
    assert FORMATTING_RULES <= set(RULES)


def test_fix_writes_the_text_back_in_its_shape_changing_only_the_fixed_lines(run, tmp_path: Path) -> None:
    source = written(tmp_path / "draft.txt", EN, newline="\r\n")
    out = tmp_path / "fixed.txt"
    status, _, err = run("check", str(source), "--fix", str(out))
    assert status == 1 and "fixed" in err
    fixed = out.read_bytes().decode("utf-8").split("\r\n")
    assert fixed[-1] == "" and "\n" not in "".join(fixed)  # the file's own line ends, each line ended
    expected = list(EN)
    expected[7] = "Recalling its resolution 74/1 of 2 December 2019,"
    expected[13:15] = ["2. Urges Member States to cooperate with host countries;"]  # the lone label joined
    assert fixed[:-1] == expected
    again = tmp_path / "again.txt"
    assert run("check", str(out), "--fix", str(again))[0] == 0
    assert again.read_bytes() == out.read_bytes()  # --fix twice is --fix once


def test_a_chinese_text_in_gb18030_is_read_and_fixed_in_gb18030(run, lib: library.Library, tmp_path: Path) -> None:
    source = written(tmp_path / "草案.txt", ZH, encoding="gb18030")
    report, _ = check_file(source, lib)
    assert report.language == "zh" and {"half-width-zh", "resolution-citation"} <= {f.rule for f in report.findings}
    assert not {f.rule for f in report.findings} & FORMATTING_RULES
    out = tmp_path / "修正.txt"
    status, stdout, _ = run("check", str(source), "--fix", str(out))
    assert "纯文本草案" in stdout and "Traceback" not in stdout
    fixed = out.read_bytes().decode("gb18030").splitlines()
    changed = [(old, new) for old, new in zip(ZH, fixed, strict=True) if old != new]
    assert changed == [("回顾其2019年12月2日74/1号决议，", "回顾其2019年12月2日第74/1号决议，"),
                       ("2. 敦促各会员国与收容国合作, 分担责任；", "2. 敦促各会员国与收容国合作，分担责任；")]


def test_utf16_and_utf8_with_a_byte_order_mark_are_read(lib: library.Library, tmp_path: Path) -> None:
    for encoding, mark in (("utf-16", b""), ("utf-8", b"\xef\xbb\xbf")):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(mark + "\n".join(EN).encode(encoding))
        report, doc = check_file(path, lib)
        assert doc.paragraphs[0].text == "Committee: Third Committee" and report.language == "en"
        assert doc.plain is not None and doc.plain.encoding in ("utf-16", "utf-8-sig")


def test_a_binary_file_named_txt_is_refused_and_nothing_is_written(run, tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(b"\x00\x01\x02\xff\xfe\x00binary")
    out = tmp_path / "out.txt"
    status, stdout, err = run("check", str(path), "--fix", str(out))
    assert status == 3 and stdout == "" and "not a text file in a known encoding" in err and "Traceback" not in err
    assert not out.exists()
    status, _, err = run("check", "--lang", "zh", str(path))
    assert status == 3 and "不是已知编码" in err
    empty = written(tmp_path / "empty.txt", ["", "   "])
    status, _, err = run("check", str(empty))
    assert status == 3 and "no paragraphs" in err


def test_fix_into_a_docx_and_comments_give_word_documents(run, tmp_path: Path) -> None:
    source = written(tmp_path / "draft.md", EN)
    out = tmp_path / "fixed.docx"
    assert run("check", str(source), "--fix", str(out))[0] == 1
    assert [p.text for p in Document(str(out)).paragraphs][8] == "2. Urges Member States to cooperate with host countries;"
    commented = tmp_path / "back.docx"
    status, _, err = run("check", str(source), "--comments", str(commented), "--author", "Dais")
    assert status == 1 and "comment" in err
    with zipfile.ZipFile(commented) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
    assert 'w:author="Dais"' in comments and "preambular" in comments
    chinese = tmp_path / "zh.docx"
    assert run("check", str(written(tmp_path / "zh.txt", ZH)), "--fix", str(chinese))[0] == 1
    with zipfile.ZipFile(chinese) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    defaults = styles[styles.index("<w:docDefaults"):styles.index("</w:docDefaults>")]
    assert 'w:eastAsia="SimSun"' in defaults and 'w:eastAsia="zh-CN"' in defaults and "eastAsiaTheme" not in defaults
    status, _, err = run("check", str(source), "--comments", str(tmp_path / "back.txt"))
    assert status == 2 and "ending in .docx" in err and not (tmp_path / "back.txt").exists()


def test_a_batch_of_text_and_word_drafts_reads_the_same_with_workers(run, tmp_path: Path) -> None:
    files = [str(written(tmp_path / f"d{i}.txt", EN if i % 2 else ZH)) for i in range(4)]
    files += [str(word_copy(tmp_path / f"w{i}.docx", EN)) for i in range(4)]
    one = run("check", "--jobs", "1", *files)
    two = run("check", "--jobs", "2", *files)
    assert one == two and one[0] == 1 and one[1].count("plain-text draft") == 2 and "纯文本草案" in one[1]


def test_paragraphs_of_a_text_are_its_non_empty_lines() -> None:
    assert plaintext.paragraphs_of("a\n\n  b  \r\n\x0c\nc\x01\n") == ["a", "  b", "c"]


def test_an_unnumbered_draft_with_a_preambular_paragraph_cut_by_a_stray_line_end_is_one_broken_paragraph(
        run, tmp_path: Path) -> None:
    lines = ["The Commission on Crime Prevention and Criminal Justice,",
             "Recalling its resolution 22/7, in which it asked the expert group to study the problem in an open-ended",
             "intergovernmental process and to report on it,",
             "Noting with concern the rise of online fraud,",
             "Requests the Office to report on the matter;", "Urges States to cooperate."]
    source = written(tmp_path / "draft.txt", lines)
    report, _ = check_file(source, library.load([library.builtin_library()]))
    assert ("paragraph-broken", 2) in [(f.rule, f.paragraph) for f in report.findings]
    assert not {"preambular-end", "lead-form"} & {f.rule for f in report.findings}
    fixed, again = tmp_path / "fixed.txt", tmp_path / "again.txt"
    run("check", str(source), "--fix", str(fixed))
    run("check", str(fixed), "--fix", str(again))
    assert fixed.read_text(encoding="utf-8").splitlines()[1].endswith("open-ended intergovernmental process and to report on it,")
    assert again.read_bytes() == fixed.read_bytes()


def test_a_stray_mark_after_a_footnote_number_goes_and_the_right_mark_stays(run, tmp_path: Path) -> None:
    lines = list(EN)
    lines[7] = "Recalling its resolution 74/1 of 2 December 2019,2."  # a footnote number, then a full stop
    source = written(tmp_path / "draft.txt", lines)
    fixed, again = tmp_path / "fixed.txt", tmp_path / "again.txt"
    run("check", str(source), "--fix", str(fixed))
    assert fixed.read_text(encoding="utf-8").splitlines()[7] == "Recalling its resolution 74/1 of 2 December 2019,"
    run("check", str(fixed), "--fix", str(again))
    assert again.read_bytes() == fixed.read_bytes()


def test_a_figure_s_digit_group_before_the_mark_is_no_footnote_number(run, tmp_path: Path) -> None:
    lines = list(EN)
    lines[7] = "Recalling that the Fund spent 7,866."  # a figure's last group, then the wrong mark
    source = written(tmp_path / "draft.txt", lines)
    fixed = tmp_path / "fixed.txt"
    run("check", str(source), "--fix", str(fixed))
    assert fixed.read_text(encoding="utf-8").splitlines()[7] == "Recalling that the Fund spent 7,866,"
