"""A Chinese lead that holds a title (根据《联合国宪章》第七章采取行动) read the same when the title's 《》 are missing, so
that --fix, which writes the marks, finds the same lead before and after (found by holdout-zh14's fix-twice test)."""

from __future__ import annotations

from pathlib import Path

from drafter import check, library
from drafter.check import fix
from drafter.structure.phrases import Phrases


def test_the_lead_is_read_without_its_title_marks(lib: library.Library) -> None:
    phrases = Phrases.of(lib, "zh")
    marked = phrases.match("根据《联合国宪章》第七章采取行动，")
    bare = phrases.match("根据联合国宪章第七章采取行动，")
    assert marked is not None and bare is not None
    assert marked[1] is bare[1] and bare[0] == "根据联合国宪章第七章采取行动"


def test_fixing_twice_changes_nothing(tmp_path: Path, lib: library.Library) -> None:
    from docmaker import make

    draft = ["决议草案", "委员会：安全理事会", "议题：防扩散", "起草国：秘鲁", "附议国：智利、加纳", "安全理事会，",
             "重申其以往关于防扩散的各项决议，", "根据联合国宪章第七章采取行动，",
             "1. 决定所有国家应防止向非国家行为者提供任何形式的支持；", "2. 决定继续积极处理此案。"]
    report, doc = check.check_file(make(tmp_path, draft), lib, writes=True)
    fix.fix(report, doc, tmp_path / "once.docx", force=True)
    again, again_doc = check.check_file(tmp_path / "once.docx", lib, writes=True)
    fixed, _ = fix.fix(again, again_doc, tmp_path / "twice.docx", force=True)
    assert [(f.paragraph, f.rule) for f in fixed] == []
