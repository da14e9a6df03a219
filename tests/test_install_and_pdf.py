"""The installed command from another folder, PDF output through LibreOffice, and drafts written by LibreOffice."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def installed_drafter() -> Path | None:
    candidate = Path(sys.executable).parent / "drafter"
    return candidate if candidate.exists() else None


def soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found and os.environ.get("CI"):
        pytest.fail("soffice is required in CI (.ci/run installs libreoffice-writer-nogui)")
    return found


def test_installed_command_finds_its_data_from_anywhere(tmp_path: Path) -> None:
    command = installed_drafter()
    if command is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs drafter into the venv that runs the tests")
        pytest.skip("drafter is not installed next to this Python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DRAFTER_LIBRARY")}
    lint = subprocess.run([str(command), "library", "lint"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert lint.returncode == 0, lint.stderr
    assert "224 clauses" in lint.stderr or "clauses" in lint.stderr
    example = ROOT / "examples" / "china-resolution-zh-cn-mun.yaml"
    build = subprocess.run([str(command), "build", str(example), "--out", "out.docx"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    assert (tmp_path / "out.docx").stat().st_size > 10_000
    check = subprocess.run([str(command), "check", "out.docx"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr  # the checker's subpackages were installed too


def test_build_pdf_and_two_page_position_paper(run, tmp_path: Path) -> None:
    if not soffice() or not shutil.which("pdfinfo"):
        pytest.skip("LibreOffice or poppler-utils not installed (outside CI)")
    example = ROOT / "examples" / "kenya-position-paper-en.yaml"
    status, _, err = run("build", str(example), "--format", "pdf", "--out", str(tmp_path / "kenya.pdf"))
    assert status == 0, err
    info = subprocess.run(["pdfinfo", str(tmp_path / "kenya.pdf")], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 1
    # PP-01: two pages, the list of references outside the limit (PP-06): the paper's text ends on page 2
    if not shutil.which("pdftotext"):
        return
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "kenya.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    body = text.split("References")[0].split("\f")
    after_two = [line for page in body[2:] for line in page.splitlines() if line.strip() and "Amina Njoroge ·" not in line]
    assert after_two == [], after_two


def test_pdf_without_libreoffice_says_so(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    example = ROOT / "examples" / "usa-resolution-en-un.yaml"
    status, _, err = run("build", str(example), "--format", "pdf", "--out", str(tmp_path / "x.pdf"))
    assert status == 2 and "needs LibreOffice" in err and not (tmp_path / "x.pdf").exists()


def test_a_draft_written_in_libreoffice(lib, tmp_path: Path) -> None:
    """A delegate's draft typed in LibreOffice (its own list numbering and styles) checks clean."""
    office = soffice()
    if not office:
        pytest.skip("LibreOffice not installed (outside CI)")
    html = tmp_path / "draft.html"
    html.write_text("""<html><head><meta charset="utf-8"></head><body>
<p>Committee: Commission on Crime Prevention and Criminal Justice</p>
<p>Topic: Global governance of cybercrime</p>
<p>Sponsors: Argentina, Brazil and Chile</p>
<p>Signatories: Peru, Uruguay</p>
<p><i>The Commission on Crime Prevention and Criminal Justice</i>,</p>
<p><i>Recalling</i> General Assembly resolution 65/230 of 21 December 2010,</p>
<p><i>Deeply concerned</i> by the growth of ransomware,</p>
<ol><li><u>Encourages</u> Member States to strengthen international cooperation:
<ol type="a"><li>by designating points of contact;</li><li>by sharing good practices;</li></ol></li>
<li><u>Requests</u> the United Nations Office on Drugs and Crime to report to the Commission.</li></ol>
</body></html>""", encoding="utf-8")
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(tmp_path), str(html)], check=True, capture_output=True,
                   timeout=180)
    from drafter import check

    report, doc = check.check_file(tmp_path / "draft.docx", lib)
    assert report.profile == "una-usa"
    assert any(p.num_id is not None for p in doc.paragraphs)  # LibreOffice's own list numbering was read
    assert report.findings == []
