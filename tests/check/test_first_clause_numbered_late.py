"""The first clause numbered past 1: "2. Encourages …;" then "3. …" (the first clause struck out in debate, or its
number mistyped), also after a first clause labelled in another form ("(a) Encourages …;" then "2."). The typed
numbers open the operative part (they were read as preambular paragraphs, or as unnumbered clauses whose lead was
"2"); the numbering's finding says where the count starts, and --fix settles in one run (found by the hostile
campaign: "(i)" "(ii)" then "2." "3." "4.", fixed twice differently)."""

from __future__ import annotations

from pathlib import Path

from check.test_check_rules import EN_HEAD, ORGAN, PRE, Para, findings
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.word import reader

OP2 = [("2. ", ""), ("Encourages", "i"), (" Member States to open shelters for victims of trafficking;", "")]
OP3 = [("3. ", ""), ("Requests", "i"), (" the Secretary-General to report on its implementation.", "")]
ZH_HEAD: list[Para] = ["决议草案", "委员会：联合国大会第三委员会", "议题：打击贩运人口", "起草国：秘鲁、尼泊尔",
                       "附议国：加纳、挪威", [("大会", "b"), ("，", "")],
                       [("回顾", "b"), ("其关于打击贩运人口的各项决议，", "")]]


def _rules(found: list[check.Finding]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for f in found:
        if f.severity in ("error", "warning"):
            out.setdefault(f.paragraph, set()).add(f.rule)
    return out


def _fixed_once(path: Path, lib: library.Library, tmp_path: Path) -> tuple[list[str], list[str]]:
    """The paragraphs' texts after one --fix, and the rules a second --fix would still fix."""
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    again, again_doc = check.check_file(tmp_path / "once.docx", lib)
    texts = [p.text for p in reader.read(tmp_path / "once.docx").paragraphs]
    fixed, _ = fix.fix(again, again_doc, tmp_path / "twice.docx", force=True)
    return texts, [f.rule for f in fixed]


def test_clauses_numbered_from_two_are_the_operative_part(tmp_path: Path, lib: library.Library) -> None:
    path = make(tmp_path, [*EN_HEAD, ORGAN, PRE, OP2, OP3])
    found = _rules(findings(path, lib))
    assert found.get(7) == {"numbering-sequence"} and 8 not in found, found  # "2." should be "1.", one finding
    texts, again = _fixed_once(path, lib, tmp_path)
    assert texts[6].startswith("1. Encourages") and texts[7].startswith("2. Requests")
    assert again == []


def test_a_first_clause_lettered_before_two(tmp_path: Path, lib: library.Library) -> None:
    op1 = [("(a) ", ""), ("Calls upon", "i"), (" Member States to criminalize trafficking in persons;", "")]
    path = make(tmp_path, [*EN_HEAD, ORGAN, PRE, op1, OP2, OP3])
    found = _rules(findings(path, lib))
    assert found.get(7) == {"numbering-form"} and 8 not in found and 9 not in found, found
    texts, again = _fixed_once(path, lib, tmp_path)
    assert [t[:3] for t in texts[6:9]] == ["1. ", "2. ", "3. "]
    assert again == []


def test_chinese_clauses_numbered_from_two(tmp_path: Path, lib: library.Library) -> None:
    body = [*ZH_HEAD, [("2. ", ""), ("鼓励", "b"), ("各国为贩运活动受害人设立庇护所；", "")],
            [("3. ", ""), ("决定", "b"), ("继续处理此案。", "")]]
    path = make(tmp_path, body)
    found = _rules(findings(path, lib))
    assert found.get(8) == {"numbering-sequence"} and 9 not in found, found


def test_a_numbered_preamble_from_two_stays_the_preamble(tmp_path: Path, lib: library.Library) -> None:
    """"2. Noting …," (a preambular lead and comma) opens no operative part."""
    pre2 = [("2. ", ""), ("Noting", "i"), (" with concern the rise of trafficking online,", "")]
    op1 = [("1. ", ""), ("Encourages", "i"), (" Member States to open shelters for victims of trafficking;", "")]
    path = make(tmp_path, [*EN_HEAD, ORGAN, pre2, op1, OP2])
    kinds = {f.rule for f in findings(path, lib) if f.paragraph == 6}
    assert "preambular-numbered" in kinds and not {"numbering-sequence", "lead-form"} & kinds, kinds
