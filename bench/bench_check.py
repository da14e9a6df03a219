"""Checking a 500-paragraph draft resolution in-process."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))
from _util import measure, ms  # noqa: E402


def main() -> None:
    from drafter import answers, assemble, check, library, render

    lib = library.load([library.builtin_library()])
    pre = [c.id for c in lib.clauses.values() if c.kind == "preambular"]
    ops = [c.id for c in lib.clauses.values() if c.kind == "operative"]
    parsed = answers.Answers(kind="resolution", language="en", profile="un", committee="ccpcj", agenda="cybercrime",
                             country="BRA", sponsors=["BRA"], date="2027-05-20")
    parsed.preambular = [answers.ClauseChoice(id=pre[i % len(pre)]) for i in range(150)]
    parsed.operative = [answers.ClauseChoice(id=ops[i % len(ops)]) for i in range(330)]
    data = render.to_docx(assemble.assemble(parsed, lib))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.docx"
        path.write_bytes(data)
        report, doc = check.check_file(path, lib)
        median, best = measure(lambda: check.check_file(path, lib), repeat=7)
        print(f"check a {len(doc.paragraphs)}-paragraph draft in-process: median {ms(median)}, best {ms(best)} "
              f"({len(report.findings)} findings)")


if __name__ == "__main__":
    main()
