"""PDF through LibreOffice (soffice), written atomically."""

from __future__ import annotations

from pathlib import Path

from drafter.files import check_writable, write_atomic
from drafter.status import DrafterError


def to_pdf(docx_bytes: bytes, out: Path, force: bool) -> None:
    """Convert .docx bytes to PDF with LibreOffice (``soffice``), written atomically to ``out``."""
    import shutil
    import subprocess
    import tempfile


    check_writable(out, force)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise DrafterError("PDF output needs LibreOffice: install it (e.g. `apt-get install libreoffice-writer-nogui`) "
                           "or build --format docx and export from Word",
                           zh="输出 PDF 需要 LibreOffice：请安装（例如 `apt-get install libreoffice-writer-nogui`），"
                              "或用 --format docx 生成后在 Word 中导出")
    with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        src.write_bytes(docx_bytes)
        profile = Path(tmp) / "profile"
        try:
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=180)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise DrafterError(f"LibreOffice could not convert {out.name} to PDF: {exc}",
                               zh=f"LibreOffice 无法把 {out.name} 转换为 PDF（{exc}）") from None
        pdf = src.with_suffix(".pdf")
        if not pdf.exists():
            raise DrafterError(f"LibreOffice produced no PDF for {out.name}", zh=f"LibreOffice 没有为 {out.name} 生成 PDF")
        write_atomic(out, pdf.read_bytes(), force=force)
