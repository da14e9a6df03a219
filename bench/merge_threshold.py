"""Where ``drafter merge`` draws the line between one clause and two (drafter.revise.similar.NEAR_IDENTICAL).

For four Security Council mandates renewed twice in 2020 (UNFICYP 2506/2537, UNMHA 2505/2534, UNDOF 2530/2555,
Syria cross-border 2504/2533), each paragraph of the earlier resolution is paired with the most alike paragraph
of the later one, in English and in Chinese; the histogram shows the ratios, and every pair between 0.6 and 0.97
is printed for a person to judge (carried over with edits, or another paragraph). The library's own clauses are
compared too: distinct clauses that come close to each other, and the contested alternatives.

Run: python bench/merge_threshold.py [UN-CORPUS/sc2020]
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

PAIRS = [(2506, 2537), (2505, 2534), (2530, 2555), (2504, 2533)]


def folder() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    for parent in Path(__file__).resolve().parents:
        found = parent / "shared" / "un-corpus" / "sc2020"
        if found.is_dir():
            return found
    raise SystemExit("give the folder of the sc2020 corpus")


def main() -> None:
    from drafter import library
    from drafter.importer.read import read_document
    from drafter.revise.similar import NEAR_IDENTICAL, ratio
    from drafter.revise.workingpaper import LibraryIndex, key

    lib = library.load()
    base = folder()
    print(f"threshold now: {NEAR_IDENTICAL}")
    for lang, suffix in (("en", ""), ("zh", "_C")):
        rows = []
        for a, b in PAIRS:
            first = read_document(base / f"S_RES_{a}_2020{suffix}.docx", lib).paras
            second = read_document(base / f"S_RES_{b}_2020{suffix}.docx", lib).paras
            keys = [key(p.lead + p.body) for p in second]
            for para in first:
                mine = key(para.lead + para.body)
                score, j = max((ratio(mine, other), j) for j, other in enumerate(keys))
                rows.append((score, f"{a}/{b}", para.lead + " " + para.body, second[j].lead + " " + second[j].body))
        bins = collections.Counter(min(int(r[0] * 20), 19) / 20 for r in rows)
        print(f"\n{lang}: {len(rows)} paragraphs; best ratio in the later resolution:")
        for low in sorted(bins):
            print(f"  {low:.2f}–{low + 0.05:.2f} {'#' * bins[low]} {bins[low]}")
        for score, pair, mine, other in sorted(rows):
            if 0.6 <= score < 0.97:
                print(f"  {score:.3f} {pair}\n      {mine[:150]}\n      {other[:150]}")
        index = LibraryIndex(lib, lang)
        texts = [(ident, key(body)) for ident, (body, _) in index.texts.items()]
        close = sorted(((ratio(x, y), a, b) for n, (a, x) in enumerate(texts) for b, y in texts[n + 1:]
                        if lib.clauses[a].kind == lib.clauses[b].kind and abs(len(x) - len(y)) < len(x) / 2),
                       reverse=True)[:5]
        print(f"  library ({len(texts)} clauses): closest distinct clauses "
              + ", ".join(f"{a}/{b} {r:.3f}" for r, a, b in close))
        contested = lib.contradictions([ident for ident, _ in texts])
        worst = max((ratio(key(index.texts[a][0]), key(index.texts[b][0])), a, b) for a, b, _ in contested)
        print(f"  contested alternatives: at most {worst[0]:.3f} ({worst[1]}/{worst[2]})")


if __name__ == "__main__":
    main()
