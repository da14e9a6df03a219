"""The engine on the desk's files: check an upload (with the fixed and the commented copy), read an amendment
from pasted YAML, apply the adopted amendments to an approved draft, and make a PDF.

Everything here blocks (python-docx, LibreOffice); the routes run it in a worker thread. Messages name the file
as the person gave it, never the desk's own path."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter import yamlio
from drafter.check import Finding, Report, check_document
from drafter.check import annotate as annotating
from drafter.check import fix as fixing
from drafter.compose.pdf import to_pdf
from drafter.conference import Conference, Entry, Panel, read_draft
from drafter.library import Library
from drafter.library.model import LANGS
from drafter.problems import Problem
from drafter.revise import amend, apply
from drafter.revise.amend import Amendment, AmendmentError
from drafter.revise.document import open_draft
from drafter.revise.sheet import instruction
from drafter.serve.tracked import draft_pieces
from drafter.status import DrafterError
from drafter.structure import read_structure
from drafter.word import reader

ORIGINAL, FIXED, COMMENTED = "original.docx", "fixed.docx", "comments.docx"
MAX_AMENDMENT_CHARS = 20_000


class Refused(Exception):
    """Input the desk cannot use, with the message for the person, in English and (``zh``) in Chinese."""

    def __init__(self, message: str, zh: str = "") -> None:
        super().__init__(message)
        self.zh = zh

    def text(self, lang: str) -> str:
        """The message in ``lang`` (English when it has no Chinese)."""
        return self.zh if lang == "zh" and self.zh else str(self)


def shown(exc: DrafterError, path: Path, name: str) -> str:
    """The error's message with the desk's path replaced by the name the person gave."""
    return str(exc).replace(str(path), name)


def refused(exc: DrafterError, path: Path, name: str) -> Refused:
    """:class:`Refused` saying ``exc`` in both languages, naming the file as the person gave it."""
    return Refused(shown(exc, path, name), exc.text("zh").replace(str(path), name))


def problems_refused(problems: list[Problem]) -> Refused:
    """:class:`Refused` listing ``problems``, each in both languages."""
    return Refused("\n".join(str(p) for p in problems), "\n".join(p.text("zh") for p in problems))


def check_into(folder: Path, name: str, lib: Library, conference: Conference | None) -> dict[str, Any]:
    """Check ``folder/original.docx`` (uploaded as ``name``) once, write the fixed and the commented copy beside
    it and return the report as the desk keeps it, each message, fix and note in English and in Chinese (a page
    shows those of its own language). :class:`Refused` for a file that is not a readable Word document."""
    path = folder / ORIGINAL
    try:
        doc = reader.read(path)
    except DrafterError as exc:
        raise refused(exc, path, name) from None
    report = check_document(doc, lib)
    if conference is not None and report.profile != "position-paper":
        _add_panel(report, doc, lib, conference)
    paragraphs = [{"index": p.index, "label": p.label, "text": p.text} for p in doc.paragraphs]
    kind = "position-paper" if report.profile == "position-paper" else "resolution"
    fixed: list[Finding] = []
    if kind == "resolution":
        fixed, _ = fixing.fix(report, doc, folder / FIXED, force=False)
        fresh = reader.read(path)  # the comments go on the draft as sent, not on the corrected copy
        annotating.annotate(report.findings, report, fresh, folder / COMMENTED, author="Chair", force=False)
    return {"kind": kind, "language": report.language, "profile": report.profile, "lang": report.message_lang,
            "summary": report.summary(), "notes": report.notes, "fixed": len(fixed),
            "notes_in": {lang: [note[lang] for note in report.remarks] for lang in LANGS},
            "findings": [_in_both(f) for f in report.findings], "paragraphs": paragraphs}


def _in_both(finding: Finding) -> dict[str, Any]:
    """A finding as JSON, with its message and fix in both languages (``messages``, ``fixes``)."""
    data = finding.as_json()
    data["messages"] = {lang: finding.said[lang] for lang in LANGS}
    data["fixes"] = {lang: finding.fixes[lang] or None for lang in LANGS}
    return data


def in_language(report: dict[str, Any], lang: str) -> dict[str, Any]:
    """A kept report as a page in ``lang`` shows it: each finding's message and fix, and the notes, in ``lang``
    (a report kept before both were kept stays as it was)."""
    shown_report = dict(report)
    if lang in report.get("notes_in", {}):
        shown_report["notes"] = report["notes_in"][lang]
        shown_report["lang"] = lang
    shown_report["findings"] = [{**f, "message": f.get("messages", {}).get(lang, f["message"]),
                                 "fix": f.get("fixes", {}).get(lang, f["fix"])} for f in report["findings"]]
    return shown_report


def _add_panel(report: Report, doc: reader.Document, lib: Library, conference: Conference) -> None:
    """The conference's rules on this one draft, added to its findings (as ``drafter check --rules``)."""
    tree = read_structure(doc, lib, report.language, report.profile)
    entry = Entry(read_draft(report.file, tree, lib.state_names), doc, doc.path)
    texts = {p.index: p.text for p in doc.paragraphs}
    for breach in Panel(conference).check([entry]):
        text = texts.get(breach.paragraph, "")
        start = max(0, breach.column - 1 - 10)
        report.findings.append(Finding(breach.rule, breach.severity, breach.paragraph, breach.column,
                                       text[start:start + 60].replace("\n", " ").strip(), breach.said,
                                       lang=report.message_lang))
    if conference.sc_only:
        report.findings = [f for f in report.findings if f.rule != "sc-only-phrase"]
    report.findings.sort(key=lambda f: (f.paragraph, f.column))


@dataclass(frozen=True)
class Revised:
    """The draft with the amendments applied: the .docx with tracked changes and its pieces for the screen."""

    data: bytes
    pieces: list[dict[str, Any]]


def read_amendment(text: str, lib: Library, name: str = "amendment") -> Amendment:
    """An amendment from pasted YAML; its ``draft:`` is ignored (the desk knows which draft it amends).
    :class:`Refused` listing every problem."""
    if len(text) > MAX_AMENDMENT_CHARS:
        raise Refused(f"{name}: longer than {MAX_AMENDMENT_CHARS} characters",
                      f"{name}：超过 {MAX_AMENDMENT_CHARS} 个字符")
    where = Path(name)
    try:
        data = yamlio.parse(text, where)
    except yamlio.YamlProblem as exc:
        raise Refused(str(exc), f"{name} 第{exc.line}行第{exc.column}列：{exc.zh}") from None
    amendment, problems = amend.parse(data, where, lib)
    if problems:
        raise problems_refused(problems)
    amendment.draft = ""
    return amendment


FORM_ACTIONS = ("strike", "add_after", "replace", "replace_words", "change_lead")


def amendment_yaml(fields: dict[str, str]) -> str:
    """The amendment YAML of the desk's one-action form (submitted_by, cosigners separated by commas, kind, action,
    address, text, phrase, words, with); checked afterwards like pasted YAML."""
    data: dict[str, Any] = {"submitted_by": fields.get("submitted_by", "")}
    cosigners = [c.strip() for c in fields.get("cosigners", "").replace("，", ",").replace("、", ",").split(",")]
    if any(cosigners):
        data["cosigners"] = [c for c in cosigners if c]
    data["kind"] = fields.get("kind") or "friendly"
    kind = fields.get("action", "")
    action: dict[str, Any] = {kind if kind in FORM_ACTIONS else "strike": fields.get("address", "")}
    if kind in ("add_after", "replace"):
        if fields.get("phrase"):
            action["phrase"] = fields["phrase"]
        action["text"] = fields.get("text", "")
    elif kind == "replace_words":
        action["words"] = fields.get("words", "")
        action["with"] = fields.get("with", "")
    elif kind == "change_lead":
        action["phrase"] = fields.get("phrase", "")
    data["actions"] = [action]
    return yamlio.dump(data)


def summary(amendment: Amendment, lang: str, lib: Library) -> list[str]:
    """What each action of ``amendment`` does, one line each, as the amendment sheet says it."""
    lines = []
    for action in amendment.actions:
        head, quoted = instruction(action, lang, lib=lib)
        lines.append(" ".join([head, *quoted]))
    return lines


def language_of(path: Path, lib: Library) -> str:
    """The language of the draft at ``path`` (en or zh)."""
    return open_draft(path, lib).language


def revise(original: Path, amendments: list[tuple[str, str]], lib: Library) -> Revised:
    """Apply ``amendments`` ((name, YAML) in order) to the draft at ``original``, as Word tracked changes.
    :class:`Refused` listing every problem; nothing is written."""
    parsed = [read_amendment(text, lib, name) for name, text in amendments]
    try:
        draft = open_draft(original, lib)
        apply.revise(draft, parsed, lib)
    except AmendmentError as exc:
        raise problems_refused(exc.problems) from None
    except DrafterError as exc:
        raise refused(exc, original, "draft") from None
    data = apply.to_bytes(draft)
    return Revised(data, draft_pieces(reader.read_docx(_open(data), original), lib))


def pieces_of(path: Path, lib: Library) -> list[dict[str, Any]]:
    """The screen's pieces of the .docx at ``path``."""
    return draft_pieces(reader.read(path), lib)


def pdf_of(docx: Path, out: Path) -> None:
    """``docx`` as PDF at ``out`` through LibreOffice; :class:`Refused` when it is not installed or fails."""
    try:
        to_pdf(docx.read_bytes(), out, force=True)
    except DrafterError as exc:
        raise Refused(str(exc), exc.text("zh")) from None


def _open(data: bytes) -> Any:
    from docx import Document  # python-docx: loaded here as everywhere, with the document it opens

    return Document(io.BytesIO(data))
