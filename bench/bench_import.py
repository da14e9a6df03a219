"""Importing the 100 adopted resolutions of /work/shared/un-corpus/ga74 (English and Chinese) into one library."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

def corpus() -> Path:
    """$DRAFTER_UN_CORPUS, else the first shared/un-corpus/ga74 found above this checkout."""
    if os.environ.get("DRAFTER_UN_CORPUS"):
        return Path(os.environ["DRAFTER_UN_CORPUS"])
    for parent in Path(__file__).resolve().parents:
        found = parent / "shared" / "un-corpus" / "ga74"
        if found.is_dir():
            return found
    return Path("shared/un-corpus/ga74")


def main() -> None:
    from drafter import importer, library

    folder = corpus()
    files = sorted(folder.glob("*.docx"))
    if not files:
        sys.exit(f"no .docx files in {folder} (set DRAFTER_UN_CORPUS)")
    lib = library.load([library.builtin_library()])
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for attempt in range(3):
            out = Path(tmp) / f"ga74-{attempt}"
            start = time.perf_counter()
            report = importer.run(importer.Options(files=files, out=out), lib)
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        loaded, problems = library.load_with_problems([out])
        lint = time.perf_counter() - start
    print(f"import {len(files)} documents ({len(report.pairs)} bilingual pairs, {len(report.mismatches)} not paired) "
          f"into one library: median {statistics.median(times):.1f} s, best {min(times):.1f} s (3 runs); {report.clauses} clauses, {report.merged} repeated paragraphs merged, "
          f"{report.new_phrases} new phrases, {len(report.left_out)} paragraphs left out")
    print(f"lint the result with the built-in library: {lint:.1f} s, {len(problems)} problem(s), "
          f"{len(loaded.clauses)} clauses loaded")


if __name__ == "__main__":
    main()
