"""A gap of ``drafter check`` found on the blind set word-blind64 (#20), held by sentences of our own:

* a lead misspelt by the pinyin input method in a draft written in **traditional characters** (認識道, 強掉, 呼於):
  `lead-misspelled` named, and wrote with --fix, the listed lead in simplified characters (认识到, 强调, 呼吁), a
  word of the other script in the middle of a traditional text. The listed form is now given in the writer's script
  (認識到, 強調, 呼籲), the characters the writer typed right kept as typed; a draft in simplified characters keeps
  getting simplified ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library
from drafter.check import fix
from drafter.hanzi import as_written
from drafter.word import reader

HEAD_TW = ["決議草案", "委員會：聯合國大會第二委員會", "議題：山區的可持續發展", "起草國：不丹、瑞士", "附議國：尼泊爾、秘魯、吉爾吉斯",
           "大會，"]
HEAD_CN = ["决议草案", "委员会：联合国大会第二委员会", "议题：山区的可持续发展", "起草国：不丹、瑞士", "附议国：尼泊尔、秘鲁、吉尔吉斯斯坦",
           "大会，"]
PRE_TW = "回顧其關於山區可持續發展的各項決議，"
PRE_CN = "回顾其关于山区可持续发展的各项决议，"
LAST_TW = "2. 決定在第八十二屆會議上繼續審議這一問題。"
LAST_CN = "2. 决定在第八十二届会议上继续审议这一问题。"


def _slips(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == "lead-misspelled"]


@pytest.mark.parametrize(("clause", "paragraph", "slip", "correct", "fixed"), [
    ("認識道冰川融化威脅著山區社區的水源安全，", 8, "認識道", "認識到", "認識到冰川融化"),
    ("強掉山區婦女在糧食生產中的作用，", 8, "強掉", "強調", "強調山區婦女"),
    ("1. 呼於各會員國加強山區的災害預警系統；", 8, "呼於", "呼籲", "1. 呼籲各會員國"),
])
def test_a_misspelt_lead_in_traditional_characters_is_corrected_in_them(
        lib: library.Library, tmp_path: Path, clause: str, paragraph: int, slip: str, correct: str,
        fixed: str) -> None:
    if clause.startswith("1."):
        lines = [*HEAD_TW, PRE_TW, clause, LAST_TW]
    else:
        lines = [*HEAD_TW, PRE_TW, clause, "1. 鼓勵各會員國加強山區的災害預警系統；", LAST_TW]
    path = make(tmp_path, lines)
    [(where, message)] = _slips(path, lib)
    assert where == paragraph and f"“{slip}”" in message and f"“{correct}”" in message
    report, doc = check.check_file(path, lib)
    fix.fix(report, doc, tmp_path / "fixed.docx", force=True)
    assert reader.read(tmp_path / "fixed.docx").paragraphs[paragraph - 1].text.startswith(fixed)


def test_a_misspelt_lead_in_simplified_characters_keeps_them(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_CN, PRE_CN, "认识道冰川融化威胁着山区社区的水源安全，",
                           "1. 鼓励各会员国加强山区的灾害预警系统；", LAST_CN])
    [(where, message)] = _slips(path, lib)
    assert where == 8 and "“认识到”" in message


def test_a_traditional_draft_with_its_leads_right_has_no_slip(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_TW, PRE_TW, "認識到冰川融化威脅著山區社區的水源安全，",
                           "1. 呼籲各會員國加強山區的災害預警系統；", LAST_TW])
    assert _slips(path, lib) == []


@pytest.mark.parametrize(("text", "written", "want"), [
    ("认识到", "認識道", "認識到"),
    ("强调", "強掉山區", "強調"),
    ("表示严重关切", "表示嚴重關注", "表示嚴重關切"),
    ("认识到", "认识道", "认识到"),  # simplified writer: as it is
    ("注意到", "注意道全球", "注意到"),  # no traditional character to go by
])
def test_as_written_gives_the_writers_script(text: str, written: str, want: str) -> None:
    assert as_written(text, written) == want
