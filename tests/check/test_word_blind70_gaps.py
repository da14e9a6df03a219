"""Gaps of ``drafter check`` found on the blind set word-blind70 (#20), held by sentences of our own:

* an **operative-only verb opening a preambular clause in traditional characters** (請各國……，, 決定……，): `lead-form`
  matched 决定 / 请 / 授权 against the text as written, so a traditional preamble opening with 請 or 決定 went
  unreported while 请 in simplified was found. The verbs are now read in simplified characters, and the finding
  names the words as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docmaker import make

from drafter import check, library

HEAD_TW = ["決議草案", "委員會：聯合國大會第二委員會", "議題：山區的可持續發展", "提案國：不丹、瑞士", "聯署國：秘魯、尼泊爾",
           "大會，"]
LAST_TW = ["1. 鼓勵各會員國加強山區的氣候適應能力；", "2. 請秘書長就本決議的執行情況提出報告。"]


def _findings(path: Path, lib: library.Library, rule: str) -> list[tuple[int, str]]:
    report, _ = check.check_file(path, lib)
    return [(f.paragraph, f.message) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(("clause", "lead"), [
    ("請各會員國重視冰川融化對下游社區的影響，", "請"),
    ("決定將山區發展列為優先事項，", "決定"),
    ("還請各國分享山區災害預警的經驗，", "還請"),
])
def test_an_operative_only_verb_opening_a_traditional_preamble_is_reported(
        lib: library.Library, tmp_path: Path, clause: str, lead: str) -> None:
    path = make(tmp_path, [*HEAD_TW, "回顧其以往關於山區可持續發展的各項決議，", clause, *LAST_TW])
    found = _findings(path, lib, "lead-form")
    assert [where for where, _ in found] == [8]
    assert f"“{lead}”" in found[0][1]


def test_traditional_preambular_leads_and_operative_requests_stay_clean(lib: library.Library, tmp_path: Path) -> None:
    path = make(tmp_path, [*HEAD_TW, "回顧其以往關於山區可持續發展的各項決議，", "決心加強山區國家之間的合作，",
                           "注意到冰川融化的速度不斷加快，", *LAST_TW])
    assert _findings(path, lib, "lead-form") == []
