"""A draft opened for revision: a .docx, or an answers file rendered in memory through ``drafter.compose``."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.compose import answers as answers_file
from drafter.compose.answers import Answers
from drafter.compose.assemble import assemble
from drafter.compose.render import to_docx
from drafter.library import Library
from drafter.status import DrafterError
from drafter.structure import Structure, read_structure
from drafter.word import package, reader


@dataclass
class DraftDocument:
    """A draft opened for revision: the python-docx document, its structure and language."""

    path: Path
    docx: Any  # the python-docx Document (python-docx has no type hints)
    doc: reader.Document  # the paragraphs as read, with resolved formatting
    structure: Structure
    answers: Answers | None = None  # the answers, when the draft is an answers file

    @property
    def language(self) -> str:
        """The draft's language (en or zh), as the structure reader found or was told it."""
        return self.structure.language

    @property
    def profile(self) -> str:
        """The formatting profile the draft is read in."""
        return self.structure.profile


def open_draft(path: Path, lib: Library) -> DraftDocument:
    """Open a draft given as a .docx or as an answers file (built in memory)."""
    from docx import Document

    if not path.exists():
        raise DrafterError.unreadable(path, "no such draft", "没有此草案")
    answers = None
    if path.suffix.lower() in (".yaml", ".yml"):
        answers = answers_file.read(path, lib)
        if answers.kind != "resolution":
            raise DrafterError(f"{path}: a {answers.kind}; only draft resolutions are amended",
                               zh=f"{path}：这是立场文件；只能修正决议草案")
        docx = Document(io.BytesIO(to_docx(assemble(answers, lib))))
    else:
        docx = package.open_docx(path)
    doc = reader.read_docx(docx, path)
    structure = read_structure(doc, lib, lang=answers.language if answers else None,
                               profile=answers.profile if answers else None)
    return DraftDocument(path, docx, doc, structure, answers)
