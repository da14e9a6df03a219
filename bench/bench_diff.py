"""``drafter diff`` on the largest real resolutions (shared/un-corpus), in-process: read and compare, and write the
tracked .docx; English and Chinese (the first Chinese comparison of a process loads jieba's dictionary, timed
apart).

Run: python bench/bench_diff.py   (DRAFTER_UN_CORPUS names another un-corpus folder)
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))
sys.path.insert(2, str(HERE.parent / "tests"))
from _util import measure, ms  # noqa: E402


def corpus() -> Path:
    if os.environ.get("DRAFTER_UN_CORPUS"):
        return Path(os.environ["DRAFTER_UN_CORPUS"])
    for parent in HERE.parents:
        if (parent / "shared" / "un-corpus").is_dir():
            return parent / "shared" / "un-corpus"
    sys.exit("no shared/un-corpus found (set DRAFTER_UN_CORPUS)")


def main() -> None:
    import diff_golden

    from drafter import library
    from drafter.revise import diff, tokens
    from drafter.word import reader
    from drafter.word.accept import revised_bytes

    lib = library.load([library.builtin_library()])
    root = corpus()
    start = time.perf_counter()
    tokens.words("东南亚国家联盟", "zh")
    print(f"jieba loaded (once a process, on the first Chinese diff): {ms(time.perf_counter() - start)}")
    largest = sorted((root / "ga74").glob("*.docx"), key=lambda p: p.stat().st_size, reverse=True)
    english = next(p for p in largest if not p.stem.endswith("_C"))
    chinese = next(p for p in largest if p.stem.endswith("_C"))
    with tempfile.TemporaryDirectory() as tmp:
        for source in (english, chinese):
            edited = Path(tmp) / f"{source.stem}-edited.docx"
            diff_golden.edited_copy(source, edited)
            paragraphs = sum(1 for p in reader.read(source).paragraphs if p.text.strip())
            changes = diff.run(source, edited, lib)[2]
            median, best = measure(lambda s=source, e=edited: diff.run(s, e, lib), repeat=5)
            print(f"diff {source.name} ({paragraphs} paragraphs, {source.stat().st_size // 1024} KiB) against an "
                  f"edited copy ({len(changes)} changes): median {ms(median)}, best {ms(best)}")

            def tracked(s: Path = source, e: Path = edited) -> bytes:
                old, new, found, pairs, lang = diff.run(s, e, lib)
                diff.tracked(old, new, found, pairs, lang, "drafter", "2027-05-21T10:00:00Z")
                return revised_bytes(new.docx)

            median, best = measure(tracked, repeat=5)
            print(f"  with the tracked .docx written (--out): median {ms(median)}, best {ms(best)}")
        pairs = [(2504, 2533), (2506, 2537), (2530, 2555), (2517, 2525)]
        files = [(root / "sc2020" / f"S_RES_{a}_2020{s}.docx", root / "sc2020" / f"S_RES_{b}_2020{s}.docx")
                 for a, b in pairs for s in ("", "_C")]

        def renewals() -> int:
            count = 0
            for old_path, new_path in files:
                old, new, found, matched, lang = diff.run(old_path, new_path, lib)
                diff.tracked(old, new, found, matched, lang, "drafter", "2027-05-21T10:00:00Z")
                new.docx.save(io.BytesIO())
                count += len(found)
            return count

        count = renewals()
        median, best = measure(renewals, repeat=3)
        print(f"diff --out of the 8 Security Council renewal pairs of 2020 (4 English, 4 Chinese; {count} changes): "
              f"median {ms(median)}, best {ms(best)}")


if __name__ == "__main__":
    main()
