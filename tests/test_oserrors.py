"""The operating system's reasons inside Chinese messages are said in Chinese (issue 25's leftover)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from drafter.oserrors import reason_zh


def test_common_reasons_in_chinese() -> None:
    assert reason_zh(PermissionError(errno.EACCES, "Permission denied")) == "没有权限"
    assert reason_zh(OSError(errno.ENAMETOOLONG, "File name too long")) == "文件名太长"


def test_a_rare_reason_keeps_the_system_words() -> None:
    assert reason_zh(OSError(errno.EPIPE, "Broken pipe")) == "Broken pipe"
    assert reason_zh(OSError("no number")) == "no number"


@pytest.mark.parametrize("words", [["build", "{long}/x.yaml"], ["library", "lint", "{long}"], ["check", "{long}/x.docx"]])
def test_a_refused_path_is_explained_in_the_users_language(run, tmp_path: Path, words: list[str]) -> None:
    long = str(tmp_path / ("a" * 300))
    said = {}
    for lang in ("zh", "en"):
        status, _, err = run(*[w.format(long=long) for w in words], "--lang", lang)
        assert status in (2, 3)
        said[lang] = err
    assert "文件名太长" in said["zh"] and "File name too long" not in said["zh"]
    assert "too long" in said["en"] and "文件名" not in said["en"]
