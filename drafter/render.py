"""Write a :class:`~drafter.draft.Draft` as .docx (python-docx on a reference document), .md or .txt."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import Any

from drafter import ooxml
from drafter.draft import Draft, SubParagraph
from drafter.library import builtin_templates
from drafter.numbering import label
from drafter.punctuation import joiner
from drafter.status import DrafterError, ExitStatus

FORMATS = ("docx", "md", "txt", "pdf")


def default_template() -> Path:
    return builtin_templates() / "reference.docx"


# Sub-paragraph label formats per profile and language: (numFmt, lvlText) for levels 0..3.
def list_formats(profile: str, language: str) -> list[tuple[str, str]]:
    second = ("chineseCounting", "(%3)") if language == "zh" and profile == "un" else ("lowerRoman", "(%3)")
    if profile == "thimun":
        return [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3."), ("lowerLetter", "%4.")]
    return [("decimal", "%1."), ("lowerLetter", "(%2)"), second, ("lowerLetter", "%4.")]


@lru_cache(maxsize=8)
def _template_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DrafterError(f"{path}: cannot read the template: {exc.strerror}") from None


def _open_template(path: Path) -> Any:
    from docx import Document

    try:
        return Document(io.BytesIO(_template_bytes(path)))
    except DrafterError:
        raise
    except Exception as exc:  # python-docx raises several kinds for a file that is not a .docx
        raise DrafterError(f"{path}: not a usable Word document ({type(exc).__name__}: {exc})",
                           ExitStatus.UNREADABLE) from None


def to_docx(draft: Draft, template: Path | None = None) -> bytes:
    """Render a draft to the bytes of a .docx file."""
    template = template or default_template()
    document = _open_template(template)
    present = _style_names(document)
    missing = [name for name in ooxml.STYLE_NAMES.values() if name not in present]
    if missing:
        raise DrafterError(f"{template}: the reference document lacks the paragraph style(s) "
                           f"{', '.join(repr(m) for m in missing)}; add them or start from drafter's templates/reference.docx")
    body = document.element.body
    for child in list(body):
        if child.tag.endswith("}sectPr"):
            continue
        body.remove(child)
    _set_language(document, draft.language)
    writer = _Writer(document, draft)
    writer.write()
    core = document.core_properties
    core.title = draft.title or (draft.heading[0].text if draft.heading else "")
    core.author = "drafter"
    core.comments = f"{draft.kind}; language {draft.language}; profile {draft.profile}"
    core.language = "zh-CN" if draft.language == "zh" else "en-GB"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _style_names(document: Any) -> set[str]:
    return {s.name for s in document.styles}


def _set_language(document: Any, language: str) -> None:
    rpr = ooxml.doc_defaults_rpr(document)
    if language == "zh":
        ooxml.set_language(rpr, "zh-CN", "zh-CN")
        east = ooxml.default_east_asian_font(document) or ooxml.EAST_ASIAN_FONT
        ooxml.set_run_fonts(rpr, east_asia=east)
    else:
        ooxml.set_language(rpr, "en-GB", "zh-CN")


class _Writer:
    def __init__(self, document: Any, draft: Draft) -> None:
        self.document = document
        self.draft = draft
        self.zh = draft.language == "zh"
        self.east_asia = (ooxml.default_east_asian_font(document) or ooxml.EAST_ASIAN_FONT) if self.zh else None
        self.styles = {key: document.styles[name] for key, name in ooxml.STYLE_NAMES.items()}
        self.style_ids = {key: style.style_id for key, style in self.styles.items()}
        self.num_id: int | None = None

    def paragraph(self, style_key: str) -> Any:
        para = self.document.add_paragraph()
        para._p.style = self.style_ids[style_key]
        return para

    def run(self, paragraph: Any, text: str, emphasis: str = "none", bold: bool = False) -> Any:
        run = paragraph.add_run(text)
        if emphasis == "italic":
            run.italic = True
        elif emphasis == "bold":
            run.bold = True
        elif emphasis == "underline":
            run.underline = True
        if bold:
            run.bold = True
        if self.zh:
            rpr = run._r.get_or_add_rPr()
            ooxml.set_run_fonts(rpr, east_asia=self.east_asia)
            ooxml.set_language(rpr, "zh-CN", "zh-CN")
        return run

    def write(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        align = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                 "center": WD_ALIGN_PARAGRAPH.CENTER}
        draft = self.draft
        for line in draft.heading:
            style = "title" if line.role == "title" else "heading"
            para = self.paragraph(style)
            para.alignment = align[line.align]
            if line.label:
                self.run(para, line.label, bold=True)
            self.run(para, line.text, bold=line.bold and style != "title")
        if draft.kind == "position-paper":
            for section in draft.sections:
                self.run(self.paragraph("section"), section.heading)
                for text in section.paragraphs:
                    self.run(self.paragraph("body"), text)
            return
        if draft.organ:
            para = self.paragraph("organ")
            self.run(para, draft.organ, draft.organ_emphasis)
            self.run(para, draft.organ_end)
        for pre in draft.preambular:
            para = self.paragraph("preambular")
            self.run(para, pre.lead, draft.preambular_emphasis)
            self.run(para, f"{joiner(draft.language, pre.body)}{pre.body}{pre.end}")
        if draft.operative:
            self.num_id = ooxml.style_num_id(self.styles["operative"]) or ooxml.add_numbering(
                self.document, list_formats(draft.profile, draft.language))
        for op in draft.operative:
            para = self.paragraph("operative")
            assert self.num_id is not None
            ooxml.set_numbering(para._p, self.num_id, 0)
            self.run(para, op.lead, draft.operative_emphasis)
            self.run(para, f"{joiner(draft.language, op.body)}{op.body}{op.end}")
            self.subparagraphs(op.subparagraphs, 1)

    def subparagraphs(self, subs: list[SubParagraph], level: int) -> None:
        for sub in subs:
            para = self.paragraph(f"sub{min(level, 3)}")
            assert self.num_id is not None
            ooxml.set_numbering(para._p, self.num_id, min(level, 3))
            self.run(para, f"{sub.body}{sub.end}")
            self.subparagraphs(sub.children, level + 1)


# -- text previews -----------------------------------------------------------------------------


def to_text(draft: Draft, markdown: bool = False) -> str:
    """A plain-text or Markdown preview, with the labels Word's numbering would show."""

    def lead(text: str, emphasis: str) -> str:
        if not markdown or emphasis == "none":
            return text
        return {"italic": f"*{text}*", "bold": f"**{text}**", "underline": f"<u>{text}</u>"}[emphasis]

    def esc(text: str) -> str:
        if not markdown:
            return text
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;").replace(">", "&gt;")

    lines: list[str] = []
    for line in draft.heading:
        text = esc(line.full)
        if markdown and line.role == "title":
            text = f"**{text}**"
        lines.append(text + ("  " if markdown else ""))
    lines.append("")
    if draft.kind == "position-paper":
        for section in draft.sections:
            lines.append(f"## {esc(section.heading)}" if markdown else section.heading)
            lines.append("")
            for text in section.paragraphs:
                lines.append(esc(text))
                lines.append("")
        return "\n".join(lines).rstrip() + "\n"
    if draft.organ:
        lines += [lead(esc(draft.organ), draft.organ_emphasis) + draft.organ_end, ""]
    for pre in draft.preambular:
        lines += [lead(esc(pre.lead), draft.preambular_emphasis) + joiner(draft.language, pre.body) + esc(pre.body)
                  + pre.end, ""]

    def walk(subs: list[SubParagraph], depth: int) -> None:
        for i, sub in enumerate(subs, 1):
            indent = "    " * depth
            lines.append(f"{indent}{label(i, depth, draft.language)} {esc(sub.body)}{sub.end}")
            lines.append("")
            walk(sub.children, depth + 1)

    for n, op in enumerate(draft.operative, 1):
        number = f"{n}\\." if markdown else f"{n}."
        lines += [f"{number} {lead(esc(op.lead), draft.operative_emphasis)}{joiner(draft.language, op.body)}"
                  f"{esc(op.body)}{op.end}", ""]
        walk(op.subparagraphs, 1)
    return "\n".join(lines).rstrip() + "\n"


def render(draft: Draft, fmt: str, template: Path | None = None) -> bytes:
    """Bytes of the draft in ``fmt`` (docx, md or txt; pdf is made from docx by :func:`to_pdf`)."""
    if fmt == "docx":
        return to_docx(draft, template)
    if fmt in ("md", "txt"):
        return to_text(draft, markdown=fmt == "md").encode("utf-8")
    raise DrafterError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def to_pdf(docx_bytes: bytes, out: Path, force: bool) -> None:
    """Convert .docx bytes to PDF with LibreOffice (``soffice``), written atomically to ``out``."""
    import shutil
    import subprocess
    import tempfile

    from drafter.files import check_writable, write_atomic

    check_writable(out, force)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise DrafterError("PDF output needs LibreOffice: install it (e.g. `apt-get install libreoffice-writer-nogui`) "
                           "or build --format docx and export from Word")
    with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        src.write_bytes(docx_bytes)
        profile = Path(tmp) / "profile"
        try:
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=180)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise DrafterError(f"LibreOffice could not convert {out.name} to PDF: {exc}") from None
        pdf = src.with_suffix(".pdf")
        if not pdf.exists():
            raise DrafterError(f"LibreOffice produced no PDF for {out.name}")
        write_atomic(out, pdf.read_bytes(), force=force)
