"""Fuzzing the command line with broken answers files, libraries and .docx drafts (issue 12).

Every run must end with an exit code from drafter/status.py and no traceback, replace no existing
file (none of these runs passes --force), and leave no partial output: a command that fails writes
nothing, and every file written is complete. 300 examples per test (about 30 s on two cores);
DRAFTER_FUZZ_EXAMPLES=3000 runs a longer campaign with fresh random seeds.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from drafter import library
from drafter.compose import answers as answers_mod
from drafter.compose import assemble, render
from drafter.environment import Environment
from drafter.status import ExitStatus

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
BASE_LIBRARY = (Path(__file__).parent / "library_fixtures" / "base" / "library.yaml").read_text(encoding="utf-8")
DOCUMENTED = {int(s) for s in ExitStatus}
FUZZ = settings(max_examples=int(os.environ.get("DRAFTER_FUZZ_EXAMPLES", "300")), deadline=None,
                derandomize="DRAFTER_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

# Pieces of YAML and XML syntax that tend to break parsers and validators.
YAML_TOKENS = ["&a ", "*a", "<<: *a\n", "[", "]", "{", "}", ": ", "- ", "? ", "!!python/object:os.system ", "!!binary ",
               "\t", '"', "'", "\\x01", '"\\x00"', "\x01", "\ufeff", "~", "null", "- [" * 70, "\n  ", "\n", "#",
               "{{ x }}", "{% if %}", "%YAML 1.1\n", "---\n", "...\n", "1e999", "2027-13-45", "true", "中文，",
               "x" * 300]
XML_TOKENS = [b"<!-- c -->", b"<?pi x?>", b"&amp;", b"&#0;", b"&undefined;", b"<w:r>", b"</w:p>", b"<w:t>x</w:t>",
              b'w:val="x"', b'w:val="-1"', b'w:val="99999999999999999999"', b"<w:numPr><w:numId w:val=\"7\"/></w:numPr>",
              b"\x00", b"<", b">", b'"', b"\xe4\xb8\xad", b"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>",
              b"<!DOCTYPE x [<!ENTITY a \"aaaa\">]>",
              b"<w:r><w:t xml:space=\"preserve\">Recalling its, resolution 65/230 of 2027-5-20,  and requests ;</w:t></w:r>",
              b"<w:r><w:rPr><w:i/></w:rPr><w:t>Requests</w:t></w:r>"]


# -- running the CLI and checking the property ---------------------------------------------


def snapshot(folder: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


def run_cli(argv: list[str], cwd: Path, variables: dict[str, str] | None = None) -> tuple[int, str]:
    from drafter.cli import main

    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.StringIO(), cwd=cwd,
                      variables=variables or {})
    status = main(argv, env)  # any exception escaping main is a traceback: the test fails with it
    return status, env.stderr.getvalue()


def assert_property(argv: list[str], work: Path, variables: dict[str, str] | None = None) -> int:
    """Run drafter in ``work`` and check exit code, no replaced file and no partial output."""
    before = snapshot(work)
    status, err = run_cli(argv, work, variables)
    event(f"{argv[0]} exit {status}")
    assert status in DOCUMENTED, (status, err)
    assert "Traceback" not in err
    after = snapshot(work)
    for path, digest in before.items():
        assert after.get(path) == digest, f"{path} was replaced or removed without --force"
    created = set(after) - set(before)
    assert not [p for p in created if p.name.endswith(".tmp")], "a temporary file was left behind"
    if status != ExitStatus.OK and argv[0] == "build":
        assert not created, f"a failed build wrote {created}"
    for path in created:
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                assert archive.testzip() is None
            import docx

            docx.Document(str(path))
    return status


def mutate_text(data: st.DataObject, text: str, tokens: list[Any]) -> Any:
    """A few random edits: insert a token, delete a span, flip a character, duplicate a line."""
    empty = text[:0]
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        at = data.draw(st.integers(0, len(text)), label="at")
        op = data.draw(st.sampled_from(["insert", "delete", "flip", "duplicate"]), label="op")
        if op == "insert":
            text = text[:at] + data.draw(st.sampled_from(tokens), label="token") + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + data.draw(st.integers(1, 40), label="span"):]
        elif op == "flip" and at < len(text):
            if isinstance(text, bytes):
                text = text[:at] + bytes([text[at] ^ data.draw(st.integers(1, 255), label="bits")]) + text[at + 1:]
            else:
                text = text[:at] + chr(data.draw(st.integers(0, 0x2FFF), label="char")) + text[at + 1:]
        elif op == "duplicate":
            newline = "\n" if isinstance(text, str) else b"\n"
            start = text.rfind(newline, 0, at) + 1
            end = text.find(newline, at)
            end = len(text) if end < 0 else end + 1
            text = text[:end] + text[start:end] + text[end:]
    return text if text else empty


@pytest.fixture(scope="module")
def builtin(lib) -> library.Library:
    return lib


@pytest.fixture
def preloaded(monkeypatch, builtin):
    """The built-in library loaded once: the answers and .docx fuzzers exercise build and check, not loading."""
    from drafter.commands import common

    monkeypatch.setattr(common, "load_library", lambda args, env: builtin)


# -- answers files ---------------------------------------------------------------------------

FIELD_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.text(max_size=30)
    | st.sampled_from(["CHN", "FRA", "cyb-core-op-14", "cyb-core-pp-01", "requests", "recalling", "en", "zh",
                       "resolution", "position-paper", "un", "cn-mun", "../x.docx", "/", "..", "a/b/", "2027-05-20"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8) | st.sampled_from(
        ["id", "phrase", "text", "values", "subparagraphs", "en", "zh"]), inner, max_size=4),
    max_leaves=12)
FIELDS = st.sampled_from(list(answers_mod.TOP_FIELDS) + ["unknown", "resume"])


@FUZZ
@given(data=st.data())
def test_fuzz_answers_files(preloaded, data: st.DataObject) -> None:
    import yaml

    if data.draw(st.booleans(), label="mutate an example"):
        source = data.draw(st.sampled_from(EXAMPLES), label="example")
        text = re.sub(r"(?m)^output:.*$", "", source.read_text(encoding="utf-8"))
        text = mutate_text(data, text, YAML_TOKENS)
    else:
        fields = data.draw(st.dictionaries(FIELDS, FIELD_VALUES, max_size=8), label="fields")
        text = yaml.safe_dump({"kind": "resolution", "language": "en", "country": "CHN",
                               "operative": ["cyb-core-op-14"], **fields}, allow_unicode=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "a.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        (work / "other.yaml").write_text("kind: resolution\nlanguage: zh\ncountry: FRA\noperative: [cyb-core-op-14]\n",
                                         encoding="utf-8")
        if data.draw(st.booleans(), label="output exists"):
            (work / "out").mkdir()
            (work / "out" / "a.docx").write_bytes(b"an earlier draft")
        fmt = data.draw(st.sampled_from(["docx", "md"]), label="format")
        batch = ["a.yaml", "other.yaml"] if data.draw(st.booleans(), label="batch") else ["a.yaml"]
        assert_property(["build", *batch, "--out-dir", "out", "--format", fmt], work)


# -- libraries -------------------------------------------------------------------------------

LIBRARY_FIELDS = st.sampled_from(["id", "kind", "phrase", "topics", "en", "zh", "source", "stances", "placeholders",
                                  "subparagraphs", "rule", "iso3", "name", "facts", "bloc_overrides", "strength",
                                  "committee", "organ", "alternatives", "also", "any", "not", "fact", "in"])


@FUZZ
@given(data=st.data())
def test_fuzz_libraries(data: st.DataObject) -> None:
    import yaml

    if data.draw(st.booleans(), label="mutate the base library"):
        text = mutate_text(data, BASE_LIBRARY, YAML_TOKENS)
    else:
        section = data.draw(st.sampled_from(list(library.SECTIONS) + ["other"]), label="section")
        entries = data.draw(st.lists(st.dictionaries(LIBRARY_FIELDS, FIELD_VALUES, max_size=8), max_size=3),
                            label="entries")
        text = BASE_LIBRARY + "\n" + yaml.safe_dump({section: entries}, allow_unicode=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "lib").mkdir()
        (work / "lib" / "library.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        variables = {"DRAFTER_NO_BUILTIN": "1"}
        status = assert_property(["library", "lint", "--alone", "lib"], work, variables)
        assert status in (ExitStatus.OK, ExitStatus.FINDINGS)
        assert_property(["clauses", "--library", "lib", "prevention"], work, variables)
        (work / "a.yaml").write_text("kind: resolution\nlanguage: en\ncountry: CHN\noperative: [base-op-1]\n",
                                     encoding="utf-8")
        assert_property(["build", "a.yaml", "--library", "lib"], work, variables)


# -- .docx drafts ----------------------------------------------------------------------------


class Drafts(list):
    """Drafts as .docx bytes, shown briefly when hypothesis reports a failing case."""

    def __repr__(self) -> str:
        return f"<{len(self)} drafts built from examples/>"


@pytest.fixture(scope="module")
def drafts(builtin) -> Drafts:
    """Drafts built from two examples (English and Chinese resolutions), as .docx bytes."""
    made = Drafts()
    for name in ("usa-resolution-en-un.yaml", "china-resolution-zh-cn-mun.yaml"):
        parsed = answers_mod.read(ROOT / "examples" / name, builtin)
        made.append(render.to_docx(assemble.assemble(parsed, builtin)))
    return made


def mutate_docx(data: st.DataObject, original: bytes) -> bytes:
    """Flip bytes of the zip, or edit the XML of one part and zip it again."""
    if data.draw(st.integers(0, 3), label="raw bytes?") == 0:
        return mutate_text(data, original, [b"PK\x03\x04", b"\x00" * 8, b"\xff"])
    source = zipfile.ZipFile(io.BytesIO(original))
    names = source.namelist()
    target = data.draw(st.sampled_from(["word/document.xml", "word/numbering.xml", "word/styles.xml",
                                        "[Content_Types].xml", "word/_rels/document.xml.rels"]), label="part")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for name in names:
            part = source.read(name)
            if name == target:
                part = mutate_xml(data, part)
            new.writestr(name, part)
    return out.getvalue()


def mutate_xml(data: st.DataObject, xml: bytes) -> bytes:
    op = data.draw(st.sampled_from(["tokens", "attribute", "drop element"]), label="xml op")
    if op == "attribute":
        values = list(re.finditer(rb'w:(?:val|ilvl|numId|abstractNumId|styleId)="[^"]*"', xml))
        if values:
            match = data.draw(st.sampled_from(values), label="attribute")
            value = data.draw(st.sampled_from([b"", b"x", b"-1", b"1.5", b"99999999999", b"\xe4\xb8\xad", b"&lt;"]),
                              label="value")
            name = match.group().split(b"=")[0]
            return xml[:match.start()] + name + b'="' + value + b'"' + xml[match.end():]
    if op == "drop element":
        tags = list(re.finditer(rb"<(w:(?:body|p|r|t|numPr|pPr|rPr|abstractNum|num|lvl|style))[ >].*?</\1>", xml,
                                re.S))
        if tags:
            match = data.draw(st.sampled_from(tags[:200]), label="element")
            return xml[:match.start()] + xml[match.end():]
    return mutate_text(data, xml, XML_TOKENS)


@FUZZ
@given(data=st.data())
def test_fuzz_docx(preloaded, drafts: list[bytes], data: st.DataObject) -> None:
    original = drafts[data.draw(st.integers(0, len(drafts) - 1), label="draft")]
    mutated = mutate_docx(data, original)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "draft.docx").write_bytes(mutated)
        fmt = data.draw(st.sampled_from(["text", "json", "line"]), label="format")
        status = assert_property(["check", "draft.docx", "--format", fmt], work)
        (work / "original.docx").write_bytes(original)
        assert_property(["diff", "original.docx", "draft.docx", "--format", "json"], work)
        if status in (ExitStatus.OK, ExitStatus.FINDINGS):
            if data.draw(st.booleans(), label="fixed exists"):
                (work / "fixed.docx").write_bytes(b"an earlier fixed copy")
            assert_property(["check", "draft.docx", "--fix", "fixed.docx"], work)


# -- drafts handed in as plain text ------------------------------------------------------------

TEXT_TOKENS = ["\r\n", "\r", "\n\n", "\t", "\x00", "\x01", "\x0c", "\ufeff", "\ufffe", "\ud800", "\u2028", "\u200b",
               "1.", "2.\n", "(a)", "一、", "（一）", "，", "；", "。", ",", ";", ":", "Recalling", "Requests", "回顾", "请",
               "Sponsors:", "起草国：", "*", "**", "【", "x" * 300, "中" * 200,
               # Markdown's marks, read as such in a .md draft
               "_", "__", "~~", "<u>", "</u>", "`", "# ", "> ", "---", "| a | b |", "|---|", "\\", "[x](y)", "```", "  \n"]


@pytest.fixture(scope="module")
def texts(drafts: Drafts) -> list[str]:
    """The example drafts' paragraphs as plain text, one per line."""
    from drafter.word import reader

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, blob in enumerate(drafts):
            path = Path(tmp) / f"{index}.docx"
            path.write_bytes(blob)
            out.append("\n".join(p.text for p in reader.read(path).paragraphs) + "\n")
    return out


@FUZZ
@given(data=st.data())
def test_fuzz_text_drafts(preloaded, texts: list[str], data: st.DataObject) -> None:
    """A plain-text or Markdown draft, mangled and saved in any encoding: documented exit, no traceback, nothing written half-way;
    its fixed copy reads as a text draft again. (--fix twice equals --fix once is held over real drafts by
    tests/check/test_fix_oracle.py: on text a mangling invents, a first fix may uncover a second fault.)"""
    text = mutate_text(data, texts[data.draw(st.integers(0, len(texts) - 1), label="draft")], TEXT_TOKENS)
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "latin-1"]), label="encoding")
    raw = text.encode(encoding, errors="replace") if encoding != "gb18030" or "\ud800" not in text else \
        text.encode("utf-8", errors="surrogatepass")
    if data.draw(st.integers(0, 5), label="raw bytes?") == 0:
        raw = mutate_text(data, raw, [b"\x00", b"\xff\xfe", b"\x80", b"\xe4\xb8"])
    suffix = data.draw(st.sampled_from([".txt", ".md"]), label="suffix")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / f"draft{suffix}").write_bytes(raw)
        status = assert_property(["check", f"draft{suffix}", "--format", data.draw(
            st.sampled_from(["text", "json", "line"]), label="format")], work)
        if status in (ExitStatus.OK, ExitStatus.FINDINGS):
            assert_property(["check", f"draft{suffix}", "--fix", f"fixed{suffix}"], work)
            if (work / f"fixed{suffix}").exists():
                again = assert_property(["check", f"fixed{suffix}", "--fix", f"again{suffix}"], work)
                assert again in (ExitStatus.OK, ExitStatus.FINDINGS) and (work / f"again{suffix}").exists()
