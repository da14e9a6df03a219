"""The file errors every command shares (a missing file, a file that is not a .docx, a damaged one, an output
that exists or has the wrong extension) are said in Chinese under ``--lang zh`` or a Chinese locale (issue 25
item 1), with full-width punctuation; in English otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import ROOT

from drafter.punctuation import half_width_in_chinese, is_chinese

FIXTURES = ROOT / "tests" / "revise" / "amend_fixtures"
DRAFT = FIXTURES / "draft-zh.yaml"
STRIKE = FIXTURES / "zh-strike.yaml"


def said_in_chinese(err: str) -> list[str]:
    """The lines of ``err``, each checked to be Chinese with full-width punctuation."""
    lines = err.strip().splitlines()
    assert lines, "nothing was said"
    assert lines[0].startswith("drafter："), err
    for line in lines:
        assert is_chinese(line) and not half_width_in_chinese(line), line
    return lines


def commands_reading(doc: Path, out: Path) -> list[list[str]]:
    """Every command that reads a .docx ``doc``, writing to ``out`` where it writes."""
    return [
        ["check", str(doc)],
        ["diff", str(doc), str(DRAFT)],
        ["apply", str(doc), str(STRIKE), "--out", str(out)],
        ["merge", str(doc), str(DRAFT), "--out", str(out)],
        ["booklet", str(doc), "--title", "MUN", "--out", str(out)],
        ["library", "import", str(doc), "--out", str(out.parent / "lib")],
        ["amendments", str(out.parent / "log.yaml"), "--lang", "zh", "start", str(doc)],
    ]


@pytest.mark.parametrize("kind", ["missing", "text", "damaged"])
def test_a_file_that_cannot_be_read_is_refused_in_chinese(run, tmp_path: Path, kind: str) -> None:
    doc = tmp_path / "draft.docx"
    if kind == "text":
        doc.write_text("a text file renamed .docx\n", encoding="utf-8")
    elif kind == "damaged":
        doc.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    expected = {"missing": "没有此", "text": "不是 .docx 文件（.docx 文件是 zip 压缩包）", "damaged": "已损坏"}[kind]
    out = tmp_path / "out.docx"
    for argv in commands_reading(doc, out):
        if kind != "missing" and argv[0] == "amendments":
            continue  # a log is started on a name; the draft is read when amendments are added
        status, _, err = run(*argv, *([] if "--lang" in argv else ["--lang", "zh"]))
        lines = said_in_chinese(err)
        assert status in (2, 3) and expected in "\n".join(lines), (argv, err)
        assert not out.exists()
    status, _, err = run("check", str(doc), variables={"LANG": "zh_CN.UTF-8"})  # the locale's language
    assert status == 3 and expected in said_in_chinese(err)[0]
    status, _, err = run("check", str(doc), variables={"LANG": "en_GB.UTF-8"})
    assert status == 3 and err.startswith("drafter: ") and not is_chinese(err)


def test_an_output_that_exists_or_has_the_wrong_extension_is_refused_in_chinese(run, tmp_path: Path) -> None:
    built = tmp_path / "draft.docx"
    assert run("build", str(DRAFT), "--out", str(built))[0] == 0
    existing = tmp_path / "existing.docx"
    existing.write_bytes(b"kept")
    for out, expected in ((existing, "已存在；如要替换，请加 --force"), (tmp_path / "out.odt", "请给出以 .docx")):
        for argv in (["check", "--lang", "zh", str(built), "--fix", str(out)],
                     ["diff", "--lang", "zh", str(built), str(DRAFT), "--out", str(out)],
                     ["apply", "--lang", "zh", str(DRAFT), str(STRIKE), "--out", str(out)],
                     ["amend", "--lang", "zh", str(STRIKE), "--sheet", str(out)],
                     ["booklet", "--lang", "zh", str(built), "--title", "MUN", "--out", str(out)],
                     ["build", "--lang", "zh", str(DRAFT), "--out", str(out)]):
            if argv[0] in ("check", "build") and out.suffix == ".odt":
                continue  # check --fix takes any name; build refuses .odt in its own words
            status, _, err = run(*argv)
            assert status == 2 and expected in said_in_chinese(err)[0], (argv, err)
            assert existing.read_bytes() == b"kept" and not (tmp_path / "out.odt").exists()
    status, _, err = run("merge", "--lang", "zh", str(DRAFT), str(built), "--out", str(tmp_path / "m.txt"))
    assert status == 2 and "请给出以 .yaml 或 .yml 或 .docx 结尾的文件名" in said_in_chinese(err)[0]
    status, _, err = run("library", "import", "--lang", "zh", str(built), "--out", str(existing))
    assert status == 2 and "是文件；--out 需要文件夹" in said_in_chinese(err)[0]
    status, _, err = run("apply", str(DRAFT), str(STRIKE), "--out", str(existing))  # English without --lang zh
    assert status == 2 and err == f"drafter: {existing} already exists; use --force to replace it\n"
