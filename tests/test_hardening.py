"""Hostile and broken input (issue 12): one test per defect, each a clear message with the right exit code."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import pytest

from drafter import files, library, yamlio
from drafter.environment import Environment
from drafter.status import DrafterError

BASE = Path(__file__).parent / "library_fixtures" / "base"
ONLY_BASE = {"DRAFTER_NO_BUILTIN": "1"}
GOOD = "kind: resolution\nlanguage: en\ncountry: CHN\noperative: [base-op-1]\n"


def build(run, *argv: str):
    return run("build", *argv, "--library", str(BASE), variables=ONLY_BASE)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


# -- 1. YAML alias bombs ---------------------------------------------------------------------

BOMB = "".join(f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(1, 10))


def test_alias_bomb_is_refused_naming_the_file(run, tmp_path: Path) -> None:
    answers = write(tmp_path / "bomb.yaml", GOOD + "position_paper:\n  l0: &l0 [lol]\n" + BOMB + "  proposals: *l9\n")
    assert len(answers.read_bytes()) < 1000
    status, _, err = build(run, str(answers))
    assert status == 2
    assert f"{answers}:" in err and "aliases expand to more than" in err
    assert not (tmp_path / "bomb.docx").exists()


def test_too_many_aliases_and_recursive_alias(tmp_path: Path) -> None:
    many = "a: &a x\nb: [" + ", ".join(["*a"] * (yamlio.MAX_ALIASES + 1)) + "]\n"
    with pytest.raises(yamlio.YamlProblem, match="more than 1000 aliases"):
        yamlio.parse(many, tmp_path / "many.yaml")
    with pytest.raises(yamlio.YamlProblem, match="refers to itself"):
        yamlio.parse("a: &a [1, *a]\n", tmp_path / "loop.yaml")
    assert yamlio.parse("a: &a [1, 2]\nb: *a\n", tmp_path / "fine.yaml") == {"a": [1, 2], "b": [1, 2]}


# -- 2. .docx zip bombs and damaged packages -------------------------------------------------


@pytest.fixture(scope="module")
def draft_docx(tmp_path_factory) -> Path:
    from drafter.compose import answers, assemble, render

    lib = library.load([BASE])
    folder = tmp_path_factory.mktemp("draft")
    parsed = answers.read(write(folder / "a.yaml", GOOD), lib)
    path = folder / "draft.docx"
    path.write_bytes(render.to_docx(assemble.assemble(parsed, lib)))
    return path


def rezip(source: Path, target: Path, change=lambda name, data: data, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)))
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


def check(run, *paths: Path, more: tuple[str, ...] = ()):
    return run("check", *map(str, paths), *more, "--library", str(BASE), variables=ONLY_BASE)


def test_zip_bomb_part_is_refused_before_reading(run, draft_docx: Path, tmp_path: Path) -> None:
    bomb = rezip(draft_docx, tmp_path / "bomb.docx", extra={"docProps/thumbnail.emf": b"\0" * (70 * 1024 * 1024)})
    assert bomb.stat().st_size < 1024 * 1024
    status, _, err = check(run, bomb)
    assert status == 3
    assert "thumbnail.emf unpacks to 70 MiB" in one_line(err)


def test_zip_with_too_many_parts_is_refused(run, draft_docx: Path, tmp_path: Path) -> None:
    many = rezip(draft_docx, tmp_path / "many.docx", extra={f"junk/{i}.bin": b"" for i in range(2001)})
    status, _, err = check(run, many)
    assert status == 3 and "at most 2000" in one_line(err)


def _declare_size(path: Path, name: str, size: int) -> None:
    """Rewrite the size the central directory declares for one part."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    entry = data.rindex(name.encode()) - 46  # its central directory record
    assert data[entry:entry + 4] == b"PK\x01\x02" and int.from_bytes(data[entry + 24:entry + 28], "little") == info.file_size
    data[entry + 24:entry + 28] = size.to_bytes(4, "little")
    path.write_bytes(bytes(data))


def test_declared_size_cannot_hide_a_bomb(run, draft_docx: Path, tmp_path: Path) -> None:
    """A part drafter reads whose central directory under-declares its size fails its checksum instead of
    inflating; a lying part nothing links to is never unpacked at all."""
    liar = rezip(draft_docx, tmp_path / "liar.docx")
    _declare_size(liar, "word/document.xml", 10)
    status, _, err = check(run, liar)
    assert status == 3 and "damaged" in one_line(err)
    bomb = rezip(draft_docx, tmp_path / "unread.docx", extra={"customXml/item9.xml": b"\0" * (4 * 1024 * 1024)})
    _declare_size(bomb, "customXml/item9.xml", 10)
    status, out, err = check(run, bomb)
    assert status in (0, 1) and "Traceback" not in out + err


# -- 3. the library cache holds data, never code, and is rebuilt when anything is off -----------------


def _library_snapshot(lib: library.Library) -> list[tuple[str, str, str]]:
    return sorted((c.id, c.kind, c.text["en"]) for c in lib.clauses.values())


def test_library_cache_holds_only_data_and_follows_the_files(monkeypatch, tmp_path: Path) -> None:
    import marshal

    from drafter import yamlcache

    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "library.yaml").write_bytes((BASE / "library.yaml").read_bytes())
    cold = _library_snapshot(library.load([folder]))
    entries = list(cache.rglob("*"))
    assert entries and all(p.suffix == ".marshal" for p in entries if p.is_file())
    assert _library_snapshot(library.load([folder])) == cold  # warm
    for entry in (p for p in entries if p.is_file()):
        entry.write_bytes(b"\x00garbage")  # damaged: ignored and rebuilt
    assert _library_snapshot(library.load([folder])) == cold
    for entry in (p for p in cache.rglob("*.marshal")):  # a code object in the right shape is refused, never run
        digest = entry.stem
        entry.write_bytes(marshal.dumps((yamlcache.FORMAT, digest, compile("open('x', 'w')", "x", "exec"))))
    assert _library_snapshot(library.load([folder])) == cold
    assert not (tmp_path / "x").exists() and not Path("x").exists()
    text = (folder / "library.yaml").read_text(encoding="utf-8")
    (folder / "library.yaml").write_text(text.replace("the Office to report", "the Office to tell"), encoding="utf-8")
    edited = _library_snapshot(library.load([folder]))
    assert edited != cold and any("the Office to tell" in row[2] for row in edited)


def test_library_problems_stand_at_the_same_place_from_the_cache(run, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    folder = tmp_path / "lib"
    folder.mkdir()
    broken = (BASE / "library.yaml").read_text(encoding="utf-8") + "\nclauses:\n  - id: base-op-1\n"
    (folder / "library.yaml").write_text(broken, encoding="utf-8")
    first = run("library", "lint", str(folder), variables=ONLY_BASE)
    second = run("library", "lint", str(folder), variables=ONLY_BASE)
    assert first == second and first[0] != 0


def _places(value: object) -> object:
    """A parsed YAML value with the line and column of every mapping, key, value and item spelt out."""
    if isinstance(value, yamlio.YMap):
        return ("map", value.mark, [(k, value.where_key(k), value.where(k), _places(v)) for k, v in value.items()])
    if isinstance(value, yamlio.YList):
        return ("list", value.mark, [(value.where(i), _places(v)) for i, v in enumerate(value)])
    return (type(value).__name__, value)


def test_input_files_read_from_the_cache_as_parsed(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    answers = write(tmp_path / "motion.yaml", "kind: resolution\ndate: 2031-02-03\nsponsors: [Chile, Ghana]\n"
                    "operative:\n  - id: own\n    text: |\n      asks every library to lend maps\n      for free\n"
                    "  - plain-clause\nscore: 1.5\nvotes: 12\nopen: true\nnote: ~\n")
    parsed = _places(yamlio.read(answers))
    assert _places(yamlio.read_input(answers, "answers file")) == parsed  # parsed and kept
    assert list((tmp_path / "cache").rglob("*.marshal"))
    assert _places(yamlio.read_input(answers, "answers file")) == parsed  # read back from the cache
    write(answers, answers.read_text(encoding="utf-8").replace("lend maps", "lend atlases"))
    edited = yamlio.read_input(answers, "answers file")
    assert "lend atlases" in edited["operative"][0]["text"] and _places(edited) == _places(yamlio.read(answers))
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    assert _places(yamlio.read_input(answers, "answers file")) == _places(yamlio.read(answers))


def test_yaml_problems_of_an_input_file_are_the_same_with_the_cache(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    broken = write(tmp_path / "broken.yaml", "kind: resolution\ntitle: [unclosed\nlanguage: en\n")
    twice = []
    for _ in range(2):
        with pytest.raises(yamlio.YamlProblem) as caught:
            yamlio.read_input(broken, "answers file")
        twice.append((caught.value.line, caught.value.column, caught.value.message, caught.value.zh))
    assert twice[0] == twice[1] and twice[0][2].startswith("YAML syntax error")
    with pytest.raises(DrafterError, match="no such answers file"):
        yamlio.read_input(tmp_path / "absent.yaml", "answers file")


def test_no_cache_when_turned_off_or_unwritable(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    library.load([BASE])
    assert not (tmp_path / "cache").exists()
    monkeypatch.delenv("DRAFTER_NO_CACHE")
    (tmp_path / "cache").write_text("a file where the cache folder would be", encoding="utf-8")
    assert library.load([BASE]).clauses


# -- 4. outputs are created exclusively ------------------------------------------------------


def test_file_appearing_during_write_is_not_replaced(monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    real_check = files.check_writable

    def another_writer_wins(path: Path, force: bool) -> None:
        real_check(path, force)
        path.write_bytes(b"the other run's document")

    monkeypatch.setattr(files, "check_writable", another_writer_wins)
    with pytest.raises(DrafterError, match="appeared while drafter was writing"):
        files.write_atomic(target, b"ours")
    assert target.read_bytes() == b"the other run's document"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]  # no temporary file left behind


def test_exclusive_create_without_hard_links(monkeypatch, tmp_path: Path) -> None:
    def no_links(src: str, dst: str) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    files.write_atomic(tmp_path / "a.txt", b"one")
    assert (tmp_path / "a.txt").read_bytes() == b"one"
    with pytest.raises(DrafterError, match="already exists"):
        files.write_atomic(tmp_path / "a.txt", b"two")
    files.write_atomic(tmp_path / "a.txt", b"three", force=True)
    assert (tmp_path / "a.txt").read_bytes() == b"three"


# -- 5. never write over an input of the same run --------------------------------------------


def test_build_never_replaces_its_answers_file(run, tmp_path: Path) -> None:
    answers = write(tmp_path / "a.yaml", GOOD)
    status, _, err = build(run, str(answers), "--out", str(answers), "--force")
    assert status == 2 and "is an input of this command" in err
    assert answers.read_text(encoding="utf-8") == GOOD
    os.link(answers, tmp_path / "alias.docx")
    status, _, err = build(run, str(answers), "--out", str(tmp_path / "alias.docx"), "--force")
    assert status == 2 and answers.read_text(encoding="utf-8") == GOOD


def test_build_never_replaces_a_library_file_or_the_template(run, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "library.yaml").write_bytes((BASE / "library.yaml").read_bytes())
    answers = write(tmp_path / "a.yaml", GOOD)
    status, _, err = run("build", str(answers), "--out", str(lib / "library.yaml"), "--format", "docx", "--force",
                         "--library", str(lib), variables=ONLY_BASE)
    assert status == 2 and "is an input of this command" in err
    status, _, err = run("build", str(answers), "--out", str(lib / "library.yaml"), "--force", "--library", str(lib),
                         variables=ONLY_BASE)
    assert status == 2 and ".docx" in err  # a .yaml name is not a document either
    assert (lib / "library.yaml").read_bytes() == (BASE / "library.yaml").read_bytes()
    template = tmp_path / "ref.docx"
    assert build(run, str(answers), "--out", str(template))[0] == 0
    status, _, err = build(run, str(answers), "--out", str(template), "--template", str(template), "--force")
    assert status == 2 and "is an input of this command" in err


def test_merge_apply_diff_never_replace_an_input(run, draft_docx: Path, tmp_path: Path) -> None:
    first, second = write(tmp_path / "one.yaml", GOOD), write(tmp_path / "two.yaml", GOOD)
    amendment = write(tmp_path / "amend.yaml", "draft: one.yaml\n")
    for argv in (("merge", str(first), str(second), "--out", str(first)),
                 ("apply", str(first), str(amendment), "--out", str(amendment)),
                 ("diff", str(draft_docx), str(draft_docx), "--out", str(draft_docx)),
                 ("amend", str(amendment), "--sheet", str(amendment))):
        status, _, err = run(*argv, "--force", "--library", str(BASE), variables=ONLY_BASE)
        assert status == 2 and "is an input of this command" in err, (argv, err)
    assert first.read_text(encoding="utf-8") == GOOD and amendment.read_text(encoding="utf-8") == "draft: one.yaml\n"


def test_check_fix_never_replaces_its_input(run, draft_docx: Path, tmp_path: Path) -> None:
    os.link(draft_docx, tmp_path / "same.docx")
    before = draft_docx.read_bytes()
    status, _, err = check(run, draft_docx, more=("--fix", str(tmp_path / "same.docx"), "--force"))
    assert status == 2 and "is an input of this command" in err
    assert draft_docx.read_bytes() == before


# -- 6. a batch is assembled whole before the first document is written ----------------------


def test_batch_writes_nothing_when_a_late_step_fails(run, monkeypatch, tmp_path: Path) -> None:
    from drafter.compose import assemble

    real = assemble.assemble
    first, second = write(tmp_path / "one.yaml", GOOD), write(tmp_path / "two.yaml", GOOD)

    def fails_on_second(answers, lib, today=None):
        if answers.source == second:
            raise DrafterError(f"{second}: cannot be assembled")
        return real(answers, lib, today)

    monkeypatch.setattr(assemble, "assemble", fails_on_second)
    status, _, err = build(run, str(first), str(second))
    assert status == 2 and "cannot be assembled" in err
    assert not list(tmp_path.glob("*.docx"))


def test_batch_says_which_were_written_when_a_write_fails(run, tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("a file where a folder should be")
    first = write(tmp_path / "one.yaml", GOOD)
    second = write(tmp_path / "two.yaml", GOOD + "output: blocker/two.docx\n")
    status, _, err = build(run, str(first), str(second))
    assert status == 2
    assert "written before the failure: one.docx; not written: blocker/two.docx" in err


# -- 8. crashes that are now messages ---------------------------------------------------------


@pytest.mark.parametrize("line, words", [
    ('title: "Draft\\x01resolution"\n', "control character U+0001"),
    ('preambular: [{phrase: recalling, text: "a\\x1bb"}]\n', "control character U+001B"),
    ("title: " + "x" * 300 + "\n", "the title is 300 characters long; at most 255"),
    ("? [a, b]\n: 1\n", "a key must be text, not a list"),
    ("title: " + "[" * 100 + "]" * 100 + "\n", "nested more than 64 levels deep"),
    ("position_paper: " + "{a: " * 100 + "1" + "}" * 100 + "\n", "nested more than 64 levels deep"),
    ("output: /\n", "names a folder, not a file"),
    ("output: .\n", "names a folder, not a file"),
    ("output: ..\n", "names a folder, not a file"),
    ("output: " + "n" * 300 + ".docx\n", "longer than 255 bytes"),
    ("agenda: " + "X" * 100_000 + "\n", "unknown agenda 'XXXX"),
])
def test_bad_answers_fields_are_messages(run, tmp_path: Path, line: str, words: str) -> None:
    answers = write(tmp_path / "a.yaml", GOOD + line)
    status, _, err = build(run, str(answers))
    assert status == 2 and words in err, err
    assert len(err) < 2000  # a huge value is never echoed back whole
    assert not list(tmp_path.glob("*.docx")) and not (tmp_path.parent / f"{tmp_path.name}.docx").exists()


@pytest.mark.parametrize("out", ["/", ".", "..", "sub/", "n" * 300 + ".docx"])
def test_bad_out_paths(run, tmp_path: Path, out: str) -> None:
    status, _, err = build(run, str(write(tmp_path / "a.yaml", GOOD)), "--out", out)
    assert status == 2 and "--out" in one_line(err)


@pytest.mark.parametrize("line", ["title: " + "[" * 5000 + "]" * 5000 + "\n",
                                  "position_paper: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n"])
def test_very_deep_answers_are_refused_with_file_and_line(run, tmp_path: Path, line: str) -> None:
    """Nesting past what the YAML parser itself accepts: drafter's behaviour, whoever words the refusal."""
    answers = write(tmp_path / "a.yaml", GOOD + line)
    status, _, err = build(run, str(answers))
    assert status == 2 and f"{answers}:5:" in err and "Traceback" not in err, err
    assert len(err) < 2000
    assert not list(tmp_path.glob("*.docx"))


def test_deep_nesting_in_every_loader(run, tmp_path: Path) -> None:
    deep = "[" * 100 + "]" * 100
    lib = tmp_path / "lib"
    lib.mkdir()
    write(lib / "deep.yaml", f"topics: {deep}\n")
    for argv in (("library", "lint", str(lib)), ("clauses", "--library", str(lib))):
        status, out, err = run(*argv)
        assert status in (1, 2) and "nested more than 64 levels deep" in out + err
    write(tmp_path / "deep-answers.yaml", f"kind: {deep}\n")
    write(tmp_path / "deep-resume.yaml", f"resume: {deep}\n")
    for option in ("--answers", "--resume"):
        status, err = new(tmp_path, option, str(tmp_path / f"deep-{option[2:]}.yaml"))
        assert status == 2 and "nested more than 64 levels deep" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def new(cwd: Path, *argv: str) -> tuple[int, str]:
    from drafter.cli import main

    env = Environment(stdout=_Terminal(), stderr=io.StringIO(), stdin=_Terminal(), cwd=cwd, variables=ONLY_BASE)
    status = main(["new", *argv, "--library", str(BASE)], env)
    return status, env.stderr.getvalue()


def test_new_resume_or_answers_folder(tmp_path: Path) -> None:
    for option in ("--resume", "--answers"):
        status, err = new(tmp_path, option, str(tmp_path))
        assert status == 2 and "is a folder, not an answers file" in one_line(err)


def test_unreadable_answers_file_exits_3(run, monkeypatch, tmp_path: Path) -> None:
    answers = write(tmp_path / "a.yaml", GOOD)
    real_open = Path.open

    def refuse(self: Path, *args, **kwargs):
        if self == answers:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    status, _, err = build(run, str(answers))
    assert status == 3 and "Permission denied" in one_line(err)


def test_unreadable_resume_file_exits_3(monkeypatch, tmp_path: Path) -> None:
    resume = write(tmp_path / "r.yaml", "resume: {answered: []}\n" + GOOD)
    real_open = Path.open

    def refuse(self: Path, *args, **kwargs):
        if self == resume:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    status, err = new(tmp_path, "--resume", str(resume))
    assert status == 3 and "Permission denied" in one_line(err)


def _edit_document(draft_docx: Path, target: Path, old: bytes, new_: bytes, part: str = "word/document.xml") -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name == part:
            assert old in data or old == b""
            return data.replace(old, new_, 1) if old else new_
        return data
    return rezip(draft_docx, target, change)


def test_docx_with_non_numeric_numbering(run, draft_docx: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(draft_docx) as archive:
        document = archive.read("word/document.xml")
        numbering = archive.read("word/numbering.xml")
    assert b'<w:numId w:val="' in document and b'<w:start w:val="' in numbering
    bad_id = _edit_document(draft_docx, tmp_path / "id.docx", b'<w:numId w:val="', b'<w:numId w:val="x')
    bad_start = _edit_document(draft_docx, tmp_path / "start.docx", b'<w:start w:val="', b'<w:start w:val="z',
                               "word/numbering.xml")
    for path in (bad_id, bad_start):
        status, _, err = check(run, path)
        assert status == 3 and "not a number" in one_line(err), err


def test_docx_without_body_or_with_another_root(run, draft_docx: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(draft_docx) as archive:
        document = archive.read("word/document.xml")
    start, end = document.index(b"<w:body>"), document.index(b"</w:body>") + len(b"</w:body>")
    no_body = _edit_document(draft_docx, tmp_path / "nobody.docx", b"", document[:start] + document[end:])
    other = _edit_document(draft_docx, tmp_path / "root.docx", b"",
                           document.replace(b"<w:document ", b"<w:settings ").replace(b"</w:document>", b"</w:settings>"))
    status, _, err = check(run, no_body)
    assert status == 3 and "no body" in one_line(err)
    status, _, err = check(run, other)
    assert status == 3 and "not <w:document>" in one_line(err)


def test_chinese_to_a_console_that_cannot_encode_it(tmp_path: Path) -> None:
    from drafter.cli import main

    stdout = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    env = Environment(stdout=stdout, stderr=io.StringIO(), stdin=io.StringIO(), cwd=tmp_path, variables={})
    status = main(["countries", "--group", "BRICS"], env)
    assert status == 2
    assert "cannot show the text" in one_line(env.stderr.getvalue())


# -- 10. lint a user folder together with the built-in library --------------------------------


def test_lint_user_folder_with_builtin(run, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    write(mine / "extra.yaml",
          "clauses:\n  - id: my-clause\n    kind: operative\n    phrase: invites\n    topics: [prevention]\n"
          "    en: schools to teach online safety\n    zh: 学校开展网络安全教育\n    source: {note: our delegation}\n")
    status, out, err = run("library", "lint", str(mine))
    assert status == 0 and "clean" in err, out
    status, out, _ = run("library", "lint", "--alone", str(mine))
    assert status == 1 and "unknown phrase 'invites'" in out and "unknown topic 'prevention'" in out


# -- 11. entries named *.yaml that are not files ----------------------------------------------


def test_folder_entries_that_are_not_files_are_reported(run, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    (lib / "folder.yaml").mkdir(parents=True)
    (lib / "dangling.yaml").symlink_to(tmp_path / "nowhere.yaml")
    os.mkfifo(lib / "pipe.yaml")
    status, out, _ = run("library", "lint", "--alone", str(lib))  # a FIFO is never opened, so this returns
    assert status == 1
    assert "dangling.yaml:0:0: a dangling symbolic link named like a library file" in out
    assert "folder.yaml:0:0: a folder named like a library file" in out
    assert "pipe.yaml:0:0: a named pipe (FIFO) named like a library file" in out


# -- 12. messages -------------------------------------------------------------------------------


def test_truncated_docx_says_damaged(run, draft_docx: Path, tmp_path: Path) -> None:
    data = draft_docx.read_bytes()
    for n, cut in enumerate((len(data) // 2, len(data) - 30)):
        truncated = tmp_path / f"cut{n}.docx"
        truncated.write_bytes(data[:cut])
        status, _, err = check(run, truncated)
        assert status == 3 and "damaged" in one_line(err)
    flipped = bytearray(data)
    with zipfile.ZipFile(draft_docx) as archive:
        info = archive.getinfo("word/document.xml")
    flipped[info.header_offset + 30 + len(info.filename) + 50] ^= 0xFF
    (tmp_path / "flip.docx").write_bytes(bytes(flipped))
    status, _, err = check(run, tmp_path / "flip.docx")
    assert status == 3 and "damaged" in one_line(err)


def test_utf16_answers(run, tmp_path: Path) -> None:
    (tmp_path / "bom.yaml").write_text(GOOD, encoding="utf-16")
    (tmp_path / "nobom.yaml").write_text(GOOD, encoding="utf-16-le")
    status, _, err = build(run, str(tmp_path / "bom.yaml"))
    assert status == 2 and "not UTF-8 text (it is UTF-16)" in err
    status, _, err = build(run, str(tmp_path / "nobom.yaml"))
    assert status == 2 and "UTF-16 without a byte-order mark" in err


def test_out_dir_naming_a_file_and_template_naming_a_folder(run, tmp_path: Path) -> None:
    answers = write(tmp_path / "a.yaml", GOOD)
    (tmp_path / "afile").write_text("x")
    status, _, err = build(run, str(answers), "--out-dir", str(tmp_path / "afile"))
    assert status == 2 and "is a file, not a folder" in one_line(err)
    status, _, err = build(run, str(answers), "--template", str(tmp_path))
    assert status == 2 and "is a folder, not a .docx file" in one_line(err)


def test_check_of_a_fifo_does_not_wait(run, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.docx")
    status, _, err = check(run, tmp_path / "pipe.docx")
    assert status == 3 and "not a regular file" in one_line(err)


def test_parts_nobody_needs_are_not_unpacked(run, draft_docx: Path, tmp_path: Path) -> None:
    """A damaged image nothing links to does not stop the check: drafter never reads it."""
    package = rezip(draft_docx, tmp_path / "junk.docx", extra={"word/media/unused.png": os.urandom(4096)})
    data = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("word/media/unused.png")
    data[info.header_offset + 30 + len(info.filename) + 100] ^= 0xFF
    package.write_bytes(bytes(data))
    with zipfile.ZipFile(package) as archive:
        assert archive.testzip() == "word/media/unused.png"
    status, _, _ = check(run, package)
    assert status == 0


def test_relationship_without_id_is_damaged(run, draft_docx: Path, tmp_path: Path) -> None:
    """Found by the fuzzer: python-docx opened it, then --fix failed with a traceback while saving."""
    broken = _edit_document(draft_docx, tmp_path / "rels.docx", b"<Relationship Id=", b"<Relationship d=",
                            "word/_rels/document.xml.rels")
    status, _, err = check(run, broken, more=("--fix", str(tmp_path / "fixed.docx")))
    assert status == 3 and "has no Id" in one_line(err)
    assert not (tmp_path / "fixed.docx").exists()


def test_content_type_without_extension_is_damaged(run, draft_docx: Path, tmp_path: Path) -> None:
    """Found by the fuzzer, like the relationship above."""
    broken = _edit_document(draft_docx, tmp_path / "types.docx", b"<Default Extension=", b"<Default Ext\xe4\xb8\xadension=",
                            "[Content_Types].xml")
    status, _, err = check(run, broken, more=("--fix", str(tmp_path / "fixed.docx")))
    assert status == 3 and "has no Extension" in one_line(err)


def test_styles_with_a_wrong_content_type_are_damaged(run, draft_docx: Path, tmp_path: Path) -> None:
    """Found by the fuzzer: python-docx reads the styles as a plain part, and the reader failed on it."""
    with zipfile.ZipFile(draft_docx) as archive:
        types = archive.read("[Content_Types].xml")
    styles = re.search(rb'PartName="/word/styles.xml" ContentType="([^"]+)"', types)
    assert styles
    broken = _edit_document(draft_docx, tmp_path / "styles.docx", styles.group(1), b"application/x-other",
                            "[Content_Types].xml")
    status, _, err = check(run, broken)
    assert status == 3 and "styles part has the wrong content type" in one_line(err)


# -- Hardening II: a DTD in any part ------------------------------------------------------------

@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "_rels/.rels"])
def test_a_dtd_in_any_part_is_refused(run, draft_docx: Path, tmp_path: Path, part: str) -> None:
    with zipfile.ZipFile(draft_docx) as archive:
        data = archive.read(part)
    declaration = b'<!DOCTYPE x [<!ENTITY sponsor "Brazil">]>'
    head, rest = data.split(b"?>", 1)
    hostile = _edit_document(draft_docx, tmp_path / "dtd.docx", b"", head + b"?>" + declaration + rest, part)
    status, _, err = check(run, hostile)
    assert status == 3 and "DTD" in one_line(err) and part in err
    amendment = write(tmp_path / "a.yaml", "submitted_by: CHN\nactions:\n  - strike: '1'\n")
    for argv in (("apply", str(hostile), str(amendment), "--out", str(tmp_path / "o.docx")),
                 ("diff", str(draft_docx), str(hostile), "--out", str(tmp_path / "d.docx")),
                 ("check", str(hostile), "--fix", str(tmp_path / "f.docx"))):
        status, _, err = run(*argv, "--library", str(BASE), variables=ONLY_BASE)
        assert status == 3 and "DTD" in err, (argv, err)
    assert not any((tmp_path / name).exists() for name in ("o.docx", "d.docx", "f.docx"))


def test_a_dtd_after_a_long_comment_is_still_found() -> None:
    from drafter.word.package import declares_dtd

    padding = b"<!--" + b"x" * 200_000 + b"-->"
    assert declares_dtd(io.BytesIO(b'<?xml version="1.0"?>' + padding + b"<!DOCTYPE a><a/>"))
    assert not declares_dtd(io.BytesIO(b'<?xml version="1.0"?>' + padding + b"<a>&lt;!DOCTYPE</a>"))
    assert declares_dtd(io.BytesIO('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a><a/>'.encode("utf-16")))


# -- Hardening II: outputs go where they are asked, in the format their name says -----------------

@pytest.mark.parametrize("output", ["../../../x.docx", "~/thesis.docx", "/tmp/elsewhere.docx", "sub/../../x.docx"])
def test_answers_output_stays_inside_its_folder_or_the_current_one(run, tmp_path: Path, output: str) -> None:
    team = tmp_path / "team" / "cuba"
    team.mkdir(parents=True)
    answers = write(team / "a.yaml", GOOD + f"output: {output}\n")
    status, _, err = run("build", str(answers), "--force", "--library", str(BASE), variables=ONLY_BASE,
                         cwd=team)
    assert status == 2 and f"{answers}:5:" in one_line(err), err
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "team" / "x.docx").exists()


def test_answers_output_may_name_the_current_folder(run, tmp_path: Path) -> None:
    (tmp_path / "answers").mkdir()
    answers = write(tmp_path / "answers" / "a.yaml", GOOD + "output: ../drafts/a.docx\n")
    status, _, err = run("build", str(answers), "--library", str(BASE), variables=ONLY_BASE, cwd=tmp_path)
    assert status == 0, err
    assert (tmp_path / "drafts" / "a.docx").exists()


def test_out_naming_a_folder_or_the_wrong_kind_of_file(run, draft_docx: Path, tmp_path: Path) -> None:
    amendment = write(tmp_path / "am.yaml", f"draft: {draft_docx}\nsubmitted_by: CHN\nactions:\n  - strike: '1'\n")
    answers = write(tmp_path / "a.yaml", GOOD)
    cases = [("apply", str(draft_docx), str(amendment), "--out", "X/"),
             ("diff", str(draft_docx), str(draft_docx), "--out", "Y/"),
             ("amend", str(amendment), "--sheet", "Z/"),
             ("merge", str(answers), str(answers), "--out", "M/"),
             ("merge", str(answers), str(answers), "--out", "m.pdf"),
             ("apply", str(draft_docx), str(amendment), "--out", "r.yaml")]
    for argv in cases:
        status, _, err = run(*argv, "--library", str(BASE), variables=ONLY_BASE, cwd=tmp_path)
        assert status == 2 and "--" in one_line(err), (argv, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "am.yaml"]


def test_build_takes_the_format_from_the_out_name(run, tmp_path: Path) -> None:
    answers = write(tmp_path / "a.yaml", GOOD)
    status, _, err = build(run, str(answers), "--out", str(tmp_path / "x.md"))
    assert status == 0, err
    text = (tmp_path / "x.md").read_text(encoding="utf-8")  # a Word file would not decode
    assert "*Requests*" in text
    status, _, err = build(run, str(answers), "--out", str(tmp_path / "y.pdf"), "--format", "docx")
    assert status == 2 and "agree" in one_line(err)
    status, _, err = build(run, str(answers), "--out", str(tmp_path / "z.odt"))
    assert status == 2 and ".docx" in one_line(err)
    assert not (tmp_path / "y.pdf").exists() and not (tmp_path / "z.odt").exists()


@pytest.mark.parametrize("author", ["Chair\x07", "", "x" * 300, "\ud800"])
def test_diff_author_that_xml_cannot_hold(run, draft_docx: Path, tmp_path: Path, author: str) -> None:
    status, _, err = run("diff", str(draft_docx), str(draft_docx), "--author", author, "--out",
                         str(tmp_path / "d.docx"), "--library", str(BASE), variables=ONLY_BASE)
    assert status == 2 and "--author" in one_line(err)
    assert not (tmp_path / "d.docx").exists()


def test_a_fifo_given_as_a_yaml_file_does_not_wait(run, tmp_path: Path) -> None:
    fifo = tmp_path / "answers.yaml"
    os.mkfifo(fifo)
    status, _, err = run("build", str(fifo), "--library", str(BASE), variables=ONLY_BASE)
    assert status == 3 and "not a regular file" in one_line(err)
    amendment = tmp_path / "am.yaml"
    os.mkfifo(amendment)
    status, _, err = run("amend", str(amendment), "--library", str(BASE), variables=ONLY_BASE)
    assert status == 3 and "not a regular file" in one_line(err)
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "library.yaml").write_bytes((BASE / "library.yaml").read_bytes())
    os.mkfifo(lib / "extra.yaml")
    status, out, err = run("library", "lint", str(lib), variables=ONLY_BASE)
    assert status == 1 and "extra.yaml" in out + err and "Traceback" not in out + err  # a lint finding


def test_word_counts_cache_is_checked_and_rebuilt(monkeypatch, tmp_path: Path) -> None:
    import marshal

    from drafter import cachedir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("DRAFTER_NO_CACHE", raising=False)
    built: list[int] = []

    def build() -> dict[str, int]:
        built.append(1)
        return {"recognizing": 7, "urges": 3}

    assert cachedir.counts("words", "1", build) == {"recognizing": 7, "urges": 3}
    assert cachedir.counts("words", "1", build) == {"recognizing": 7, "urges": 3} and len(built) == 1
    entry = next(tmp_path.rglob("words-1.marshal"))
    for bad in (b"\x00garbage", marshal.dumps({"urges": "3"}), marshal.dumps(["urges"])):
        entry.write_bytes(bad)
        assert cachedir.counts("words", "1", build) == {"recognizing": 7, "urges": 3}
    assert len(built) == 4
    assert cachedir.counts("words", "2", build) and len(built) == 5  # another word list: built again


def test_documents_open_when_python_docx_lacks_the_reader_parts_drafter_borrows(monkeypatch: pytest.MonkeyPatch,
                                                                                  tmp_path: Path) -> None:
    """open_docx hands the parts it unpacked to pieces of python-docx's package reader that are not its public
    interface; a release without them must still open every document, the public way."""
    import types

    import docx.opc.package
    import docx.opc.pkgreader

    from drafter.word import package, reader

    assert package._reader_parts_present(docx.opc.pkgreader, docx.opc.package.Unmarshaller)
    without = types.SimpleNamespace(PackageReader=docx.opc.pkgreader.PackageReader)  # no _ContentTypeMap
    assert not package._reader_parts_present(without, docx.opc.package.Unmarshaller)
    assert not package._reader_parts_present(docx.opc.pkgreader, None)
    source = Path(__file__).parent / "fixtures" / "un" / "74_247.docx"
    expected = [p.text for p in reader.read(source).paragraphs]
    monkeypatch.setattr(package, "_reader_parts_present", lambda opc, unmarshaller: False)
    assert [p.text for p in reader.read(source).paragraphs] == expected
    broken = tmp_path / "broken.docx"
    broken.write_bytes(source.read_bytes()[:5000])
    with pytest.raises(DrafterError):
        package.open_docx(broken)
