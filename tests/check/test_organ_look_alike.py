"""An organ line whose name holds a letter of another script that looks Latin ("The General Аssembly," with a
Cyrillic А): the misspelt-name finding's fix writes the word whole (it had kept the Cyrillic letter and written
"АAssembly", and a second --fix changed the line again: round 25's merge of holdout98, tests/check/test_fix_oracle)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import Para, make
from docx import Document

from drafter import check, library
from drafter.check.fix import fix

HEAD: list[Para] = ["Committee: Second Committee", "Topic: Mountain villages", "Sponsors: Nepal, Peru",
                    "Signatories: Chile, Bhutan"]
BODY: list[Para] = [[("Recalling", "i"), (" its resolution 78/201 of 22 December 2023,", "")],
                    [("1. ", ""), ("Encourages", "i"), (" Member States to invest in mountain roads;", "")],
                    [("2. ", ""), ("Invites", "i"), (" donors to support mountain villages.", "")]]


@pytest.mark.parametrize("organ", ["The General \u0410ssembly,", "The Gen\u0435ral Assembly,",
                                   "The G\u0435n\u0435ral Assembly,"])
def test_a_look_alike_letter_in_the_organs_name_is_written_out_whole(organ: str, lib: library.Library,
                                                                      tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD, [(organ, "i")], *BODY], "organ.docx", east_asia=False)
    report, doc = check.check_file(path, lib)
    assert [f.paragraph for f in report.findings if f.rule == "organ-line"] == [5]
    fixed = tmp_path / "fixed.docx"
    fix(report, doc, fixed, force=False)
    assert Document(str(fixed)).paragraphs[4].text == "The General Assembly,"
