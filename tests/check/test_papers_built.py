"""The position papers drafter builds check clean by construction: the shipped examples and papers for a spread of
States (large and small, every region, an observer State) in both languages, built and checked through the CLI,
their length laid out by LibreOffice when it is installed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import ROOT, Run

from drafter.word.pages import substituted

STATES = ("USA", "CHN", "BRA", "IND", "NGA", "FJI", "DEU", "SAU", "JPN", "PSE")
NAMES = {"en": ("Alex Morgan", "Riverside High School"), "zh": ("李明", "北京市第四中学")}


def _answers(folder: Path) -> list[Path]:
    written = []
    for lang in ("en", "zh"):
        delegate, school = NAMES[lang]
        for iso3 in STATES:
            path = folder / f"{iso3.lower()}-{lang}.yaml"
            path.write_text(f"kind: position-paper\nlanguage: {lang}\nagenda: cybercrime\ncountry: {iso3}\n"
                            f"date: 2027-05-20\nposition_paper:\n  delegate: {delegate}\n  school: {school}\n",
                            encoding="utf-8")
            written.append(path)
    for example in sorted((ROOT / "examples").glob("*position*.yaml")):
        copy = folder / example.name
        copy.write_text("\n".join(line for line in example.read_text(encoding="utf-8").splitlines()
                                  if not line.startswith("output:")), encoding="utf-8")
        written.append(copy)
    return written


def test_built_papers_check_clean(run: Run, tmp_path: Path) -> None:
    answers = _answers(tmp_path)
    out = tmp_path / "papers"
    status, _, err = run("build", *map(str, answers), "--out-dir", str(out))
    assert status == 0, err
    papers = sorted(str(p) for p in out.glob("*.docx"))
    assert len(papers) == len(answers)
    status, text, err = run("check", "--format", "json", *papers)
    reports = json.loads(text)
    assert [r["profile"] for r in reports] == ["position-paper"] * len(papers)
    assert {r["file"]: [(f["rule"], f["message"]) for f in r["findings"]] for r in reports if r["findings"]} == {}
    assert status == 0, err


def test_built_paper_length_is_measured(run: Run, tmp_path: Path) -> None:
    """Under a conference that allows one page, a built paper (two pages of text) is over it: counted by
    LibreOffice when it is installed with the paper's font (or one of the same widths), otherwise estimated, and
    the finding says which and why."""
    answers = _answers(tmp_path)[:1]
    paper = tmp_path / "usa.docx"
    assert run("build", str(answers[0]), "--out", str(paper))[0] == 0
    rules = tmp_path / "conf.yaml"
    rules.write_text("conference: One Page MUN\ncommittees: [Commission on Crime Prevention and Criminal Justice]\n"
                     "position-papers:\n  pages: 1\n", encoding="utf-8")
    status, text, _ = run("check", "--rules", str(rules), "--format", "line", str(paper))
    assert status == 1
    (line,) = [line for line in text.splitlines() if ":paper-length:" in line]
    if not shutil.which("soffice"):
        how = "(an estimate from the text: LibreOffice is not installed)"
    elif substituted("Times New Roman"):  # counted in a wider font, LibreOffice's count would mislead
        how = f"(an estimate from the text: LibreOffice lacks Times New Roman and would set it in {substituted('Times New Roman')})"
    else:
        how = "(laid out by LibreOffice)"
    assert how in line and "at most 1" in line
