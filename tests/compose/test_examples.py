"""The shipped examples: golden dumps of the .docx, LibreOffice rendering, and clean checks."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import paths
import pytest
from docdump import dump

from drafter import check, library
from drafter.compose import answers, assemble, render

ROOT = paths.ROOT
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
GOLDEN = Path(__file__).parent / "golden"


def build_docx(example: Path, lib: library.Library, out_dir: Path) -> tuple[Path, answers.Answers]:
    parsed = answers.read(example, lib)
    draft = assemble.assemble(parsed, lib)
    out = out_dir / (example.stem + ".docx")
    out.write_bytes(render.to_docx(draft))
    return out, parsed


def test_there_are_six_examples() -> None:
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_golden_dump(example: Path, lib: library.Library, tmp_path: Path) -> None:
    docx, _ = build_docx(example, lib, tmp_path)
    got = dump(docx)
    expected_file = GOLDEN / (example.stem + ".txt")
    if os.environ.get("UPDATE_GOLDEN"):
        expected_file.write_text(got, encoding="utf-8")
    assert expected_file.exists(), f"no golden file for {example.name}; run with UPDATE_GOLDEN=1"
    assert got == expected_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_examples_check_clean(example: Path, lib: library.Library, tmp_path: Path) -> None:
    docx, parsed = build_docx(example, lib, tmp_path)
    report, _ = check.check_file(docx, lib, profile=parsed.profile)
    assert [f for f in report.findings] == [], report.findings


def _soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found and os.environ.get("CI"):
        pytest.fail("soffice is required in CI (.ci/run installs libreoffice-writer-nogui)")
    return found


def test_examples_open_in_libreoffice(lib: library.Library, tmp_path: Path) -> None:
    soffice = _soffice()
    if not soffice or not shutil.which("pdftotext"):
        pytest.skip("LibreOffice or pdftotext not installed (outside CI)")
    built = [build_docx(example, lib, tmp_path) for example in EXAMPLES]
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *[str(d) for d, _ in built]],
                   check=True, capture_output=True, timeout=600)
    for docx, parsed in built:
        pdf = docx.with_suffix(".pdf")
        assert pdf.exists(), f"LibreOffice did not convert {docx.name}"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout
        flat = re.sub(r"\s+", "", text)
        draft = assemble.assemble(parsed, lib)
        position = 0
        if parsed.kind == "resolution":
            for n, op in enumerate(draft.operative, 1):
                words = re.sub(r"\s+", "", op.body)[:12]
                number = f"{n}."
                found = flat.find(number + re.sub(r"\s+", "", op.lead), position)
                assert found >= 0, f"{docx.name}: operative {n} ({op.lead} …) not found after offset {position}"
                assert flat.find(words, found) >= 0, f"{docx.name}: text of operative {n} missing"
                position = found
        else:
            for section in draft.sections:
                found = flat.find(re.sub(r"\s+", "", section.heading), position)
                assert found >= 0, f"{docx.name}: section {section.heading!r} missing or out of order"
                position = found
