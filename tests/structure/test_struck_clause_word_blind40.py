"""A paragraph struck through whole by direct formatting (w:strike, a clause struck out by hand and left on the
page) is read as none ("struck"); one with a few struck words stays a clause (word-blind40)."""

from __future__ import annotations

from pathlib import Path

import docx
from docmaker import make

from drafter import library
from drafter.structure import read_structure
from drafter.word import reader

PARAS = ["Committee: Second Committee", "Topic: Rain tanks", "Sponsors: Fiji", "Signatories: Samoa",
         "The General Assembly,", "Noting that rain tanks serve many island households,",
         "1. Encourages island States to test tank water ~~monthly~~ twice a year;",
         "2. Urges donors to fund desalination plants;", "2. Requests the Secretary-General to report."]


def test_a_paragraph_struck_whole_is_read_as_none(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [p.replace("~~monthly~~ ", "") if p.startswith("1.") else p for p in PARAS])
    document = docx.Document(str(path))
    first = document.paragraphs[6]
    first.add_run("monthly ").font.strike = True  # a struck word inside a clause: still a clause
    for run in document.paragraphs[7].runs:
        run.font.strike = True
    document.save(str(path))
    doc = reader.read(path)
    assert [p.struck_whole for p in doc.paragraphs[6:9]] == [False, True, False]
    # the word struck by hand beside words that are not is read as deleted (word-blind71), the paragraph marked so
    assert doc.paragraphs[6].struck_words and "monthly" not in doc.paragraphs[6].text
    tree = read_structure(doc, lib)
    assert [n.role for n in tree.nodes[6:9]] == ["operative", "struck", "operative"]
    assert [n.para.index for n in tree.operative] == [7, 9]
