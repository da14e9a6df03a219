"""How long a position paper is: the pages its text fills (the sources list not counted, FORMAT.md PP-06), laid
out by LibreOffice when it is installed (one run for a batch of papers), otherwise an estimate from the text that
the finding says is one."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterable
from pathlib import Path

from drafter.check.context import new_finding
from drafter.check.report import Report
from drafter.check.rules import RULES, SEVERITIES
from drafter.structure.paper import PaperRules, read_paper
from drafter.word import reader
from drafter.word.pages import Measure, page_counts
from drafter.word.runtext import w


def add_length_findings(papers: list[tuple[Report, reader.Document]], rules: PaperRules,
                        disabled: Iterable[str] = (), min_severity: str = "suggestion") -> None:
    """Add ``paper-length`` to each paper's report whose text runs past ``rules.pages``."""
    if not rules.pages or "paper-length" in set(disabled) or \
            SEVERITIES.index(RULES["paper-length"].severity) > SEVERITIES.index(min_severity) or not papers:
        return
    for (report, doc), measure in zip(papers, measure_papers([doc for _, doc in papers]), strict=True):
        if measure.count <= rules.pages:
            continue
        zh = report.message_lang == "zh"
        if measure.exact:
            how = "（LibreOffice排版计数）" if zh else " (laid out by LibreOffice)"
        else:
            how = ("（估算：未安装LibreOffice，按文字估算）" if zh else
                   " (an estimate from the text: LibreOffice is not installed)")
        anchor = next((p for p in doc.paragraphs if p.text.strip()), doc.paragraphs[0])
        report.findings.append(new_finding("paper-length", anchor, 1, report.message_lang, count=measure.count,
                                           how=how, cap=rules.pages))
        report.findings.sort(key=lambda f: (f.paragraph, f.column))


def measure_papers(docs: list[reader.Document]) -> list[Measure]:
    """The pages each paper's text fills, without its sources list: copies cut before the sources heading, laid
    out together."""
    with tempfile.TemporaryDirectory(prefix="drafter-papers-") as tmp:
        cut: list[tuple[reader.Document, Path]] = []
        for number, doc in enumerate(docs):
            path = Path(tmp) / f"{number}.docx"
            cut.append((_text_only(doc, path), path))
        return page_counts(cut)


def _text_only(doc: reader.Document, out: Path) -> reader.Document:
    """Write ``doc`` without its sources (the sources heading and all after it) to ``out``; return the paragraphs
    kept, for an estimate."""
    from docx import Document as open_bytes  # loaded on use, as python-docx is

    heading = read_paper(doc).sources_heading
    buffer = io.BytesIO()
    doc.docx.save(buffer)
    copy = open_bytes(io.BytesIO(buffer.getvalue()))
    kept = doc.paragraphs
    if heading is not None and heading.element is not None:
        original = list(doc.docx.element.body)
        if heading.element in original:
            at = original.index(heading.element)
            body = copy.element.body
            for child in list(body)[at:]:
                if child.tag != w("sectPr"):
                    body.remove(child)
            kept = [p for p in doc.paragraphs if p.index < heading.index]
    copy.save(str(out))
    return reader.Document(doc.path, kept, doc.docx)
