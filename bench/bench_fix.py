"""`drafter check --fix` on drafts of growing size: the time per paragraph must stay flat (linear work)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def draft(path: Path, paragraphs: int) -> None:
    """A draft where every paragraph has something to fix: plain leads, wrong ends, a numbering gap."""
    from docx import Document

    doc = Document()
    for text in ("Committee: CCPCJ", "Topic: Cybercrime", "Sponsors: Brazil",
                 "The Commission on Crime Prevention and Criminal Justice,"):
        doc.add_paragraph(text)
    half = paragraphs // 2
    for i in range(half):
        p = doc.add_paragraph()
        p.add_run("Recalling").italic = True
        p.add_run(f" its resolution {i} of the year {1000 + i};")
    for i in range(1, paragraphs - half + 1):
        p = doc.add_paragraph()
        number = i if i < 3 else i + 1
        p.add_run(f"{number}. ")
        p.add_run("Requests").underline = (i % 2 == 0) or None
        p.add_run(f" the Office to report on item {i},")
    doc.save(str(path))


def main() -> None:
    from drafter import check, library
    from drafter.check import fix

    lib = library.load()
    with tempfile.TemporaryDirectory() as tmp:
        for size in (1000, 2500, 5000, 10000):
            path = Path(tmp) / f"draft-{size}.docx"
            draft(path, size)
            start = time.perf_counter()
            report, doc = check.check_file(path, lib)
            checked = time.perf_counter() - start
            start = time.perf_counter()
            fixed, rest = fix.fix(report, doc, Path(tmp) / f"fixed-{size}.docx", force=True)
            fixing = time.perf_counter() - start
            print(f"{size:6d} paragraphs: check {checked:.2f} s, --fix {fixing:.2f} s "
                  f"({fixing / size * 1000:.2f} ms a paragraph; {len(fixed)} fixed, {len(rest)} left)")


if __name__ == "__main__":
    main()
