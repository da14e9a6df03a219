"""How long a position paper is: the pages its text fills (the sources list not counted, FORMAT.md PP-06), laid
out by LibreOffice when it is installed (one run for a batch of papers) and has the paper's font (or a font of the
same widths), otherwise an estimate from the text that the finding says is one, and why."""

from __future__ import annotations

import collections
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from drafter.bilingual import Text
from drafter.check.context import new_finding
from drafter.check.report import Report
from drafter.check.rules import RULES, SEVERITIES
from drafter.punctuation import CJK
from drafter.structure.paper import PaperRules, read_paper
from drafter.word import reader
from drafter.word.pages import LINES_PER_PAGE, line_count, page_counts, save_before, substituted


@dataclass(frozen=True)
class Length:
    """The pages a paper's text fills; ``font`` and ``instead`` name a font LibreOffice does not have and the one
    it would use (then ``pages`` is an estimate from the text); ``exact`` when LibreOffice laid the pages out."""

    pages: int
    exact: bool
    font: str = ""
    instead: str = ""


def add_length_findings(papers: list[tuple[Report, reader.Document]], rules: PaperRules,
                        disabled: Iterable[str] = (), min_severity: str = "suggestion") -> None:
    """Add ``paper-length`` to each paper's report whose text runs past ``rules.pages``."""
    if not rules.pages or "paper-length" in set(disabled) or \
            SEVERITIES.index(RULES["paper-length"].severity) > SEVERITIES.index(min_severity) or not papers:
        return
    for (report, doc), length in zip(papers, measure_papers([doc for _, doc in papers]), strict=True):
        if length.pages <= rules.pages:
            continue
        anchor = next((p for p in doc.paragraphs if p.text.strip()), doc.paragraphs[0])
        finding = new_finding("paper-length", anchor, 1, count=length.pages, how=_how(length), cap=rules.pages)
        finding.lang = report.message_lang
        report.findings.append(finding)
        report.findings.sort(key=lambda f: (f.paragraph, f.column))


def _how(length: Length) -> Text:
    """How the pages were counted, for the finding's message."""
    if length.exact:
        return Text(" (laid out by LibreOffice)", "（LibreOffice排版计数）")
    if length.font:
        return Text(f" (an estimate from the text: LibreOffice lacks {length.font} and would set it in {length.instead})",
                    f"（估算：LibreOffice缺少字体{length.font}，会改用{length.instead}排版，故按文字估算）")
    if shutil.which("soffice") or shutil.which("libreoffice"):
        return Text(" (an estimate from the text: LibreOffice could not lay it out)", "（估算：LibreOffice未能排版，按文字估算）")
    return Text(" (an estimate from the text: LibreOffice is not installed)", "（估算：未安装LibreOffice，按文字估算）")


def measure_papers(docs: list[reader.Document]) -> list[Length]:
    """The pages each paper's text fills, without its sources list: copies cut before the sources heading, laid
    out together by LibreOffice; a paper whose font LibreOffice lacks is estimated from its text instead."""
    with tempfile.TemporaryDirectory(prefix="drafter-papers-") as tmp:
        cut: list[tuple[reader.Document, Path]] = []
        missing: dict[int, tuple[str, str]] = {}
        for number, doc in enumerate(docs):
            path = Path(tmp) / f"{number}.docx"
            kept = _text_only(doc, path)
            for font in _main_fonts(doc):
                instead = substituted(font)
                if instead:
                    missing[number] = (font, instead)
                    break
            cut.append((kept, path))
        laid = [i for i in range(len(docs)) if i not in missing]
        counted = dict(zip(laid, page_counts([cut[i] for i in laid]), strict=True))
        out = []
        for number, (kept, _) in enumerate(cut):
            if number in counted:
                out.append(Length(counted[number].count, counted[number].exact))
            else:
                out.append(Length(max(1, -(-line_count(kept) // LINES_PER_PAGE)), False, *missing[number]))
        return out


def _main_fonts(doc: reader.Document) -> list[str]:
    """The Latin font that sets most of the paper's letters and, when it has Chinese text, the East Asian font
    that sets most of its characters (its line height sets how many lines a page holds), theme references
    resolved; a font set nowhere is left out."""
    weights: list[collections.Counter[str]] = [collections.Counter(), collections.Counter()]
    for para in doc.paragraphs:
        for run in para.runs:
            weights[0][run.fonts[0]] += sum(1 for c in run.text if c.isascii() and c.isalpha())
            weights[1][run.fonts[1]] += len(CJK.findall(run.text))
    theme: dict[str, str] | None = None
    fonts = []
    for counted in weights:
        counted = +counted  # only fonts that set something
        font = counted.most_common(1)[0][0] if counted else ""
        if font.startswith("theme:"):
            if theme is None:
                theme = reader.theme_fonts(doc)
            font = theme.get(font, "")
        if font:
            fonts.append(font)
    return fonts


def _text_only(doc: reader.Document, out: Path) -> reader.Document:
    """Write ``doc`` without its sources (the sources heading and all after it) to ``out``; return the paragraphs
    kept, for an estimate."""
    heading = read_paper(doc).sources_heading
    kept = doc.paragraphs
    if save_before(doc, heading, out) and heading is not None:
        kept = [p for p in doc.paragraphs if p.index < heading.index]
    return reader.Document(doc.path, kept, doc.docx)
