"""The compiled-pattern cache: what it hands back is what re.compile makes, and anything off falls back to it."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from array import array
from pathlib import Path

import pytest

from drafter import regexcache

PATTERNS = [
    (r"(?P<label>第\s?(?P<tok>[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s?[条條])", 0),
    (r"[\u3400-\u4dbf\u4e00-\u9fff]+", 0),
    (r"^(?:recalling|noting)\s+(also\s+)?", re.IGNORECASE),
    (r"(?<=[a-z])\.(?=\s+[A-Z])|(?P<q>[\"“])[^\"”]*(?P=q)?", re.MULTILINE),
]
TEXTS = ["第三条 回顾", "Recalling also its resolution 74/247.", "NOTING with concern", "a. B “quoted” 会议", ""]


@pytest.fixture()
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A fresh cache folder and a module that has read nothing yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "_store", None)
    monkeypatch.setattr(regexcache, "_added", {})
    monkeypatch.setattr(regexcache, "_saving", True)  # the test saves; nothing is left for the end of the run
    return tmp_path / "cache"


def _next_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexcache, "_store", None)
    monkeypatch.setattr(regexcache, "_added", {})


def _same(made: re.Pattern[str], pattern: str, flags: int) -> None:
    wanted = re.compile(pattern, flags)
    assert made == wanted and made.groupindex == wanted.groupindex and made.groups == wanted.groups
    for text in TEXTS:
        assert [m.span() for m in made.finditer(text)] == [m.span() for m in wanted.finditer(text)]
        assert [m.groups() for m in made.finditer(text)] == [m.groups() for m in wanted.finditer(text)]


def test_a_kept_program_makes_the_pattern_re_compile_makes(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for pattern, flags in PATTERNS:
        _same(regexcache.compile(pattern, flags), pattern, flags)
    regexcache.save()
    files = list(cache.rglob("*.marshal"))
    assert len(files) == 1 and "regex" in files[0].parts
    _next_run(monkeypatch)
    compiled = re.compile

    def refused(*args: object) -> None:
        raise AssertionError("compiled again although the program was kept")

    monkeypatch.setattr(re, "compile", refused)
    made = [regexcache.compile(pattern, flags) for pattern, flags in PATTERNS]
    monkeypatch.setattr(re, "compile", compiled)
    for one, (pattern, flags) in zip(made, PATTERNS):
        _same(one, pattern, flags)
    assert not regexcache._added  # nothing new to write


@pytest.mark.parametrize("damage", ["garbage", "checksum", "code object", "bad program", "wrong shape"])
def test_a_damaged_or_foreign_cache_falls_back_to_re_compile(cache: Path, monkeypatch: pytest.MonkeyPatch,
                                                             damage: str) -> None:
    pattern, flags = PATTERNS[0]
    regexcache.compile(pattern, flags)
    regexcache.save()
    path = next(cache.rglob("*.marshal"))
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00garbage")
    elif damage == "checksum":
        path.write_bytes(data[:4] + data[4:-1] + bytes([data[-1] ^ 1]))
    else:
        key = (pattern, flags)
        stored = {
            "code object": {key: compile("open('x', 'w')", "x", "exec")},
            "bad program": {key: (32, array("I", [99999, 1, 2]).tobytes(), 2, {"label": 1, "tok": 2},
                                  (None, "label", "tok"))},
            "wrong shape": {key: (32, "program", 2)},
        }[damage]
        body = marshal.dumps(stored)
        path.write_bytes(zlib.crc32(body).to_bytes(4, "big") + body)
    _next_run(monkeypatch)
    _same(regexcache.compile(pattern, flags), pattern, flags)
    assert not Path("x").exists()


def test_nothing_is_kept_when_the_cache_is_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    pattern, flags = PATTERNS[1]
    _same(regexcache.compile(pattern, flags), pattern, flags)
    regexcache.save()
    assert not cache.exists()


def test_an_unwritable_cache_only_costs_time(cache: Path) -> None:
    cache.write_text("a file where the cache folder would be", encoding="utf-8")
    pattern, flags = PATTERNS[2]
    _same(regexcache.compile(pattern, flags), pattern, flags)
    regexcache.save()  # says nothing, raises nothing
    assert cache.is_file()


def test_a_check_run_twice_reads_its_patterns_from_the_cache(cache: Path, tmp_path: Path) -> None:
    """A check in a new process leaves its patterns' programs for the next, whose report is the same."""
    from docx import Document

    draft = tmp_path / "draft.docx"
    doc = Document()
    for text in ("第二委员会，", "回顾其第74/247号决议，", "1.呼吁各国加强合作；", "2.请秘书长提交报告。", "(a) 回顾"):
        doc.add_paragraph(text)
    doc.save(str(draft))
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    argv = [sys.executable, "-m", "drafter", "check", str(draft), "--format", "json"]
    first = subprocess.run(argv, capture_output=True, text=True, env=env)
    path = regexcache._store_file()
    assert path is not None and path.is_file()
    kept = regexcache._read(path)
    assert len(kept) > 50  # the checker's patterns, kept at the end of the run
    second = subprocess.run(argv, capture_output=True, text=True, env=env)
    assert (second.returncode, second.stdout, second.stderr) == (first.returncode, first.stdout, first.stderr)
    assert '"rule"' in first.stdout
