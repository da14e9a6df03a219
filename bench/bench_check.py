"""Checking a 500-paragraph draft resolution in-process."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))
from _util import big_draft, measure, ms  # noqa: E402


def main() -> None:
    from drafter import check, library

    lib = library.load([library.builtin_library()])
    data = big_draft(lib)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.docx"
        path.write_bytes(data)
        report, doc = check.check_file(path, lib)
        median, best = measure(lambda: check.check_file(path, lib), repeat=7)
        print(f"check a {len(doc.paragraphs)}-paragraph draft in-process: median {ms(median)}, best {ms(best)} "
              f"({len(report.findings)} findings)")


if __name__ == "__main__":
    main()
