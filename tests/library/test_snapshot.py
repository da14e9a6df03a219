"""The validated library kept between runs (drafter/library/snapshot.py): read back equal to the files, a section
decoded only when used, damaged or foreign entries refused and rebuilt, never code; and the laziness it buys:
``drafter --help`` and ``drafter check`` of one draft do not load what they do not need (a new process each, so
that other tests' imports do not count)."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import library
from drafter.library import snapshot

ROOT = Path(__file__).resolve().parents[2]
BASE = ROOT / "tests" / "library_fixtures" / "base"


@pytest.fixture
def cache(monkeypatch, tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    return folder


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "drafter" / "library").glob("*.marshal"))


def test_the_kept_library_equals_the_files(cache: Path) -> None:
    first = library.load([library.builtin_library()])  # from the files; the entry is written
    assert not isinstance(first, snapshot.StoredLibrary) and len(_entries(cache)) == 1
    kept = library.load([library.builtin_library()])
    assert isinstance(kept, snapshot.StoredLibrary) and kept.decoded == ()
    assert kept.folders == first.folders
    for name in snapshot.SECTIONS:
        ours, theirs = getattr(kept, name), getattr(first, name)
        assert list(ours) == list(theirs), name
        for key in theirs:
            assert ours[key] == theirs[key] and theirs[key] == ours[key], (name, key)
    china = kept.countries["CHN"]
    assert china.records == first.countries["CHN"].records and china.fact("budapest") == first.countries["CHN"].fact(
        "budapest")
    assert kept.state_names.find("People's Republic of China") == first.state_names.find("People's Republic of China")


def test_a_section_is_decoded_when_first_used(cache: Path) -> None:
    library.load([BASE])
    kept = library.load([BASE])
    assert isinstance(kept, snapshot.StoredLibrary)
    assert kept.phrases and kept.decoded == ("phrases",)
    assert kept.clause(next(iter(kept.clauses))).id
    assert set(kept.decoded) == {"phrases", "clauses"}


def test_damaged_foreign_or_code_entries_are_refused_and_rebuilt(cache: Path, tmp_path: Path) -> None:
    reference = library.load([BASE])
    (entry,) = _entries(cache)
    body = entry.read_bytes()
    bad = [b"", b"\x00garbage", body[:-10], body[:40] + bytes([body[40] ^ 1]) + body[41:],
           marshal.dumps(compile("open('x', 'w')", "x", "exec"))]
    sections = {name: marshal.dumps(compile("open('x', 'w')", "x", "exec")) for name in snapshot.SECTIONS}
    payload = marshal.dumps((snapshot.FORMAT, sections))
    import hashlib

    bad.append(hashlib.sha256(payload).digest() + payload)  # a well-signed entry whose sections hold code
    for damaged in bad:
        entry.write_bytes(damaged)
        again = library.load([BASE])
        assert {k: v.text for k, v in again.clauses.items()} == {k: v.text for k, v in reference.clauses.items()}
        assert again.phrases == reference.phrases
        assert not (tmp_path / "x").exists() and not Path("x").exists()


def test_an_edited_file_or_an_unloadable_library_is_never_read_from_the_entry(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "library.yaml").write_bytes((BASE / "library.yaml").read_bytes())
    library.load([folder])
    library.load([folder])
    text = (folder / "library.yaml").read_text(encoding="utf-8")
    (folder / "library.yaml").write_text(text.replace("the Office to report", "the Office to tell"), encoding="utf-8")
    edited = library.load([folder])
    assert any("the Office to tell" in c.text["en"] for c in edited.clauses.values())
    (folder / "library.yaml").write_text(text + "\nclauses:\n  - id: base-op-1\n", encoding="utf-8")
    with pytest.raises(library.LibraryError):
        library.load([folder])
    with pytest.raises(library.LibraryError):  # still refused: a library with problems is never kept
        library.load([folder])


def test_no_entry_when_the_cache_is_off(cache: Path, monkeypatch) -> None:
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    assert not isinstance(library.load([BASE]), snapshot.StoredLibrary)
    assert not cache.exists()


# -- what a command loads ------------------------------------------------------------------------------------

PROBE = """
import json, sys
from drafter import cli
loaded = []
if sys.argv[1] != "--help":  # watch the library the command loads
    from drafter import library
    from drafter.library import snapshot
    real = library.load
    def spy(*args, **kwargs):
        loaded.append(real(*args, **kwargs))
        return loaded[-1]
    library.load = spy
try:
    status = cli.main(sys.argv[1:])
except SystemExit as exc:
    status = exc.code
lib = loaded[0] if loaded else None
stored = lib is not None and isinstance(lib, snapshot.StoredLibrary)
print(json.dumps({"status": status, "modules": sorted(sys.modules), "stored": stored,
                  "decoded": list(lib.decoded) if stored else None}))
"""


def _probe(cache: Path, *argv: str) -> dict[str, object]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    env.pop("DRAFTER_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env, cwd=cache.parent,
                          check=False)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_help_loads_neither_python_docx_nor_lxml_nor_yaml(cache: Path) -> None:
    found = _probe(cache, "--help")
    modules = set(found["modules"])  # type: ignore[arg-type]
    assert found["status"] == 0
    assert not {"docx", "lxml", "lxml.etree", "yaml", "drafter.library.library", "drafter.check"} & modules


def test_check_of_one_draft_loads_only_what_it_needs(cache: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.docx"
    made = subprocess.run([sys.executable, "-m", "drafter", "build", str(ROOT / "examples" / "usa-resolution-en-un.yaml"),
                           "--out", str(draft)], capture_output=True, text=True, cwd=ROOT, check=False,
                          env={**os.environ, "XDG_CACHE_HOME": str(cache)})
    assert made.returncode == 0, made.stderr
    _probe(cache, "check", str(draft))  # the first run keeps the library
    found = _probe(cache, "check", str(draft))
    modules = set(found["modules"])  # type: ignore[arg-type]
    assert found["status"] == 0 and found["stored"]
    # the checker reads phrases, committees and State names: never the clauses, facts' sources or bloc rules
    assert set(found["decoded"]) <= {"phrases", "committees", "countries"}  # type: ignore[arg-type]
    # no YAML parser, no section readers, no pypinyin or spelling list import, no conference rules; no python-docx:
    # a check that writes nothing reads the document's parts with lxml (drafter.word.parts)
    assert not {"yaml", "drafter.yamlio", "drafter.library.readfiles", "drafter.library.crosscheck", "pypinyin",
                "spellchecker", "drafter.conference", "docx"} & modules


def test_check_of_a_chinese_draft_loads_no_word_segmenter(cache: Path, tmp_path: Path) -> None:
    """jieba's dictionary takes about a second to load: a Chinese draft whose paragraphs open with no listed lead
    (items without labels under a clause, as adopted texts print them) asks whether each may be a lead cut at its
    front, which needs no dictionary; a batch of such drafts pays nothing for it."""
    draft = tmp_path / "draft.txt"
    draft.write_text("决议草案\n委员会：预防犯罪和刑事司法委员会\n议题：网络犯罪全球治理\n起草国：中国\n附议国：巴西、南非\n"
                     "预防犯罪和刑事司法委员会，\n回顾大会2024年12月24日第79/243号决议，\n"
                     "1. 请联合国毒品和犯罪问题办公室：\n拟订相关程序，用以收集和传播良好做法；\n"
                     "向会员国报告为执行本决议而采取的措施；\n2. 请秘书长就此提出报告。\n", encoding="utf-8")
    _probe(cache, "check", str(draft))
    found = _probe(cache, "check", str(draft))
    assert "jieba" not in set(found["modules"])  # type: ignore[arg-type]


def test_build_of_a_resolution_loads_only_what_it_needs(cache: Path, tmp_path: Path) -> None:
    answers = ROOT / "examples" / "usa-resolution-en-un.yaml"
    argv = ("build", str(answers), "--out", str(tmp_path / "draft.docx"), "--force")
    first = _probe(cache, *argv)  # parses the answers file and keeps it, with the library
    again = _probe(cache, *argv)
    assert first["status"] == again["status"] == 0 and again["stored"]
    assert "yaml" in set(first["modules"])  # type: ignore[arg-type]
    # the answers file comes back from the YAML cache: no YAML parser; a resolution needs no position-paper composer
    assert not {"yaml", "drafter.yamlparse", "drafter.compose.positions", "drafter.compose.citations",
                "drafter.compose.national", "drafter.compose.stances"} & set(again["modules"])  # type: ignore[arg-type]
    assert (tmp_path / "draft.docx").is_file()


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_compiled(monkeypatch) -> None:
    import re

    from drafter import regexcache
    from drafter.patterns import lazy

    monkeypatch.setattr(regexcache, "_store", {})  # no program kept by an earlier run: the pattern is compiled
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, flags=0: compiled.append(pattern) or real(pattern, flags))
    pattern = lazy(r"(?<=[\u4e00-\u9fff])\s*([,;])")
    assert compiled == []
    text = "各国, 以及; and, or"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in real(pattern.pattern).finditer(text)]
    assert pattern.sub("，", text) == "各国， 以及， and, or" and pattern.search("a, b") is None
    assert len(compiled) == 1


def test_a_batch_check_does_not_keep_the_documents_it_has_reported(run, monkeypatch, tmp_path: Path) -> None:
    import gc
    import weakref

    from drafter import check as checker

    made = subprocess.run([sys.executable, "-m", "drafter", "build", str(ROOT / "examples" / "usa-resolution-en-un.yaml"),
                           "--out", str(tmp_path / "a.docx")], capture_output=True, text=True, cwd=ROOT, check=False)
    assert made.returncode == 0, made.stderr
    for name in ("b.docx", "c.docx"):
        (tmp_path / name).write_bytes((tmp_path / "a.docx").read_bytes())
    read: list[weakref.ref[object]] = []
    alive_when_read: list[int] = []
    real = checker.check_file

    def watched(*args, **kwargs):
        gc.collect()
        alive_when_read.append(sum(ref() is not None for ref in read))
        report, doc = real(*args, **kwargs)
        read.append(weakref.ref(doc.docx))
        return report, doc

    monkeypatch.setattr(checker, "check_file", watched)
    status, out, _ = run("check", "--format", "line", "a.docx", "b.docx", "c.docx")
    assert status in (0, 1) and len(read) == 3
    assert alive_when_read == [0, 1, 1]  # each document is let go once the next one is read (not kept to the end)
