"""Importing the shared corpora (shared/un-corpus/ga74: 100 General Assembly resolutions; sc2020: 113 Security
Council resolutions, English and Chinese) each into one library: documents, clauses, bilingual share, time.

Run: python bench/bench_import.py [FOLDER ...]   (default: both corpora; DRAFTER_UN_CORPUS names another folder)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(1, str(Path(__file__).resolve().parents[1]))


def corpora() -> list[Path]:
    """The folders given, else $DRAFTER_UN_CORPUS, else ga74 and sc2020 of the first shared/un-corpus above here."""
    if len(sys.argv) > 1:
        return [Path(a) for a in sys.argv[1:]]
    if os.environ.get("DRAFTER_UN_CORPUS"):
        return [Path(os.environ["DRAFTER_UN_CORPUS"])]
    for parent in Path(__file__).resolve().parents:
        found = parent / "shared" / "un-corpus"
        if found.is_dir():
            return [found / "ga74", found / "sc2020"]
    return [Path("shared/un-corpus/ga74")]


def main() -> None:
    from drafter import importer, library

    lib = library.load([library.builtin_library()])
    for folder in corpora():
        files = sorted(folder.glob("*.docx"))
        if not files:
            sys.exit(f"no .docx files in {folder} (set DRAFTER_UN_CORPUS)")
        times = []
        with tempfile.TemporaryDirectory() as tmp:
            for attempt in range(3):
                out = Path(tmp) / f"{folder.name}-{attempt}"
                start = time.perf_counter()
                report = importer.run(importer.Options(files=files, out=out), lib)
                times.append(time.perf_counter() - start)
            start = time.perf_counter()
            loaded, problems = library.load_with_problems([library.builtin_library(), out])
            lint = time.perf_counter() - start
        print(f"{folder.name}: {len(files)} documents ({len(report.pairs)} English-Chinese pairs, "
              f"{len(report.mismatches)} not paired), imported in {statistics.median(times):.1f} s (median of 3, "
              f"best {min(times):.1f} s, the library checked before it is written included): {report.clauses} "
              f"clauses, {report.bilingual} in both languages ({100 * report.bilingual / report.clauses:.0f} %), "
              f"{report.merged} repeated paragraphs merged, {report.new_phrases} new phrases, "
              f"{len(report.agendas)} agendas, {len(report.left_out)} paragraphs left out, "
              f"{len(report.repaired)} repaired")
        print(f"  lint with the built-in library: {lint:.1f} s, {len(problems)} problem(s), "
              f"{len(loaded.clauses)} clauses loaded")


if __name__ == "__main__":
    main()
