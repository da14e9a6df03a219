"""Answers files: validation with line numbers, building, escaping, overwrite protection."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import LIBRARY_FIXTURES, ROOT

from drafter import library
from drafter.compose import answers, assemble, preview, render
from drafter.status import DrafterError

BASE = LIBRARY_FIXTURES / "base"


@pytest.fixture(scope="module")
def base_lib() -> library.Library:
    return library.load([BASE])


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
kind: resolution
language: en
profile: una-usa
country: CHN
sponsors: [CHN]
signatories: [FRA]
preambular:
  - {phrase: recalling, text: "its resolution 22/7"}
operative:
  - base-op-1
"""


def test_good_answers_build(base_lib, tmp_path: Path) -> None:
    parsed = answers.read(write(tmp_path, "a.yaml", GOOD), base_lib)
    draft = assemble.assemble(parsed, base_lib)
    text = preview.to_text(draft)
    assert "Sponsors: China" in text and "Signatories: France" in text
    assert "1. Requests the Office to report on prevention." in text
    assert "Recalling its resolution 22/7," in text


def test_bad_answers_list_every_problem_with_lines(base_lib, tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", """\
kind: resolution
language: fr
country: Atlantis
sponsors: [CHN, Narnia]
signatories: [CHN]
operative:
  - base-op-1
  - no-such-clause
  - {phrase: recalling, text: mine}
""")
    with pytest.raises(answers.AnswersError) as err:
        answers.read(path, base_lib)
    messages = [(p.location.line, p.message) for p in err.value.problems]
    assert (2, "language 'fr' is not one of en, zh") in messages
    assert any(line == 3 and "unknown country 'Atlantis'" in m for line, m in messages)
    assert any(line == 4 and "unknown country 'Narnia'" in m for line, m in messages)
    assert any(line == 5 and "both a sponsor and a signatory" in m for line, m in messages)
    assert any(line == 8 and "unknown clause id 'no-such-clause'" in m for line, m in messages)
    assert any(line == 9 and "phrase 'recalling' is preambular, not operative" in m for line, m in messages)


def test_missing_fields(base_lib, tmp_path: Path) -> None:
    with pytest.raises(answers.AnswersError) as err:
        answers.read(write(tmp_path, "m.yaml", "language: en\n"), base_lib)
    text = str(err.value)
    assert "missing field 'kind'" in text and "missing field 'country'" in text


def test_cli_build_writes_nothing_when_one_file_is_bad(run, tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", GOOD)
    bad = write(tmp_path, "bad.yaml", GOOD.replace("base-op-1", "base-op-404"))
    status, out, err = run("build", str(good), str(bad), "--library", str(BASE), variables={"DRAFTER_NO_BUILTIN": "1"})
    assert status == 2
    assert "bad.yaml:10:5: unknown clause id 'base-op-404'" in err
    assert not (tmp_path / "good.docx").exists()


def test_cli_build_and_overwrite_protection(run, tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", GOOD)
    args = ("build", str(good), "--library", str(BASE))
    env = {"DRAFTER_NO_BUILTIN": "1"}
    assert run(*args, variables=env)[0] == 0
    out = tmp_path / "good.docx"
    first = out.read_bytes()
    status, _, err = run(*args, variables=env)
    assert status == 2 and "already exists; use --force" in err
    assert out.read_bytes() == first
    assert run(*args, "--force", variables=env)[0] == 0
    assert not list(tmp_path.glob(".good.docx.*"))  # no temporary files left behind


def test_user_text_is_literal(base_lib, tmp_path: Path) -> None:
    text = GOOD.replace('"its resolution 22/7"', '"A & B <c> {{ evil }} {% if x %} 100%"')
    parsed = answers.read(write(tmp_path, "e.yaml", text), base_lib)
    draft = assemble.assemble(parsed, base_lib)
    assert "A & B <c> {{ evil }} {% if x %} 100%," in preview.to_text(draft)
    import io

    from docx import Document

    doc = Document(io.BytesIO(render.to_docx(draft)))
    assert any("A & B <c> {{ evil }} {% if x %} 100%," in p.text for p in doc.paragraphs)
    assert "A & B &lt;c&gt; {{ evil }}" in preview.to_text(draft, markdown=True)


def test_template_missing_style_is_named(base_lib, tmp_path: Path) -> None:
    from docx import Document

    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    parsed = answers.read(write(tmp_path, "a.yaml", GOOD), base_lib)
    draft = assemble.assemble(parsed, base_lib)
    with pytest.raises(DrafterError) as err:
        render.to_docx(draft, plain)
    assert "'Drafter Preambular'" in str(err.value)


def test_not_a_docx_template(base_lib, tmp_path: Path) -> None:
    fake = write(tmp_path, "fake.docx", "hello")
    parsed = answers.read(write(tmp_path, "a.yaml", GOOD), base_lib)
    with pytest.raises(DrafterError) as err:
        render.to_docx(assemble.assemble(parsed, base_lib), fake)
    assert "not a usable Word document" in str(err.value)


def test_also_and_further_forms(base_lib, tmp_path: Path) -> None:
    text = GOOD.replace('  - {phrase: recalling, text: "its resolution 22/7"}',
                        '  - {phrase: recalling, text: "one"}\n  - {phrase: recalling, text: "two"}')
    parsed = answers.read(write(tmp_path, "a.yaml", text), base_lib)
    out = preview.to_text(assemble.assemble(parsed, base_lib))
    assert "Recalling one," in out and "Recalling also two," in out


def test_readme_answers_example_builds(lib, tmp_path: Path) -> None:
    """The complete answers file documented in the README is valid and builds."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"A complete answers file.*?```yaml\n(.*?)```", readme, re.S).group(1)
    block = block.replace("…", "text")
    parsed = answers.read(write(tmp_path, "readme.yaml", block), lib)
    draft = assemble.assemble(parsed, lib)
    text = preview.to_text(draft)
    assert "Gravely concerned by the low cost, rapid spread" in text
    assert "Member States to review their legislation" in text
    assert "(b) the needs of developing countries:" in text
    assert render.to_docx(draft)


@pytest.mark.parametrize(("language", "items", "ends"), [
    ("en", ["by the courts; or", "by an independent authority"], ["by the courts; or", "by an independent authority."]),
    ("zh", ["由法院审查；或", "由独立机关审查"], ["由法院审查；或", "由独立机关审查。"]),
])
def test_a_sub_paragraph_ending_with_its_lists_joiner_takes_no_mark(base_lib, tmp_path: Path, language: str,
                                                                    items: list[str], ends: list[str]) -> None:
    """"(a) …; or" as the adopted texts write it (S/RES/2507 (2020), 1 (h)): the joiner ends the item, no ";" after
    it (the builder once wrote "…; or;", which the checker rightly reports)."""
    text = GOOD.replace("language: en", f"language: {language}").replace(
        "  - base-op-1", "  - {phrase: requests, text: \"the Office to report on reviews\", subparagraphs: "
                         f"[\"{items[0]}\", \"{items[1]}\"]}}")
    if language == "zh":
        text = text.replace('"its resolution 22/7"', '"其第22/7号决议"').replace("the Office to report on reviews",
                                                                             "毒品和犯罪问题办公室就审查提出报告")
    draft = assemble.assemble(answers.read(write(tmp_path, "j.yaml", text), base_lib), base_lib)
    subs = draft.operative[-1].subparagraphs
    assert [s.body + s.end for s in subs] == ends
