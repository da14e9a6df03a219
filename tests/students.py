"""Student drafts kept as text (two ``#`` comment lines, then one paragraph a non-empty line) made into .docx the
way bench/students.py makes them, with its own functions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from paths import ROOT

_spec = importlib.util.spec_from_file_location("bench_students", ROOT / "bench" / "students.py")
assert _spec is not None and _spec.loader is not None
bench_students = sys.modules.setdefault("bench_students", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(bench_students)


def student_docx(source: Path, out: Path) -> Path:
    """Write the draft ``source`` (.txt) as a .docx of plain paragraphs at ``out``; returns ``out``."""
    bench_students.to_docx(bench_students.text_paragraphs(source), out)
    return out
