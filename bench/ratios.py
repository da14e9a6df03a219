"""drafter's commands as ratios against python-docx doing the least it must on the same files, in one run.

    python bench/ratios.py [--repeat N]

Each figure is the median wall time of a new process (python -m drafter ...), with the library cache and the
bytecode of both packages warm (as after an install; PYTHONDONTWRITEBYTECODE is dropped for the runs; the
caches are the run's own, in a temporary folder, so that other drafter processes on the machine cannot evict them),
divided by the median of a new process in which python-docx opens the same file (and, for build, saves it).
Goals (issue 22): --help < 1x, build one draft <= 2x, check one draft <= 2x, batch check of ga74 <= 2x (as the
command runs it: one worker process per core; and in one process, --jobs 1, the figure rounds 10-18 recorded).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the shared corpus beside the repository, or beside a parent folder (a git worktree)
GA74 = next((base / "shared" / "un-corpus" / "ga74" for base in ROOT.parents
             if (base / "shared" / "un-corpus" / "ga74").is_dir()), ROOT.parent / "shared" / "un-corpus" / "ga74")
EXAMPLE = ROOT / "examples" / "usa-resolution-en-un.yaml"


# as installed: bytecode is written on the warm-up run and read afterwards
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(argv: list[str], repeat: int, cwd: Path) -> float:
    """Median wall time of running ``argv`` ``repeat`` times (after one warm-up run)."""
    subprocess.run(argv, cwd=cwd, capture_output=True, env=ENV)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, capture_output=True, env=ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def python_docx(code: str) -> list[str]:
    return [sys.executable, "-c", f"import sys, docx\n{code}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    drafter = [sys.executable, "-m", "drafter"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ENV["XDG_CACHE_HOME"] = str(folder / "cache")  # filled by the first (untimed) run of each command
        subprocess.run([*drafter, "build", str(EXAMPLE), "--out", str(folder / "draft.docx")], check=True,
                       capture_output=True, cwd=ROOT)
        draft = str(folder / "draft.docx")
        corpus = sorted(str(p) for p in GA74.glob("*.docx")) if GA74.is_dir() else []
        rows = [
            ("drafter --help", wall([*drafter, "--help"], args.repeat, folder),
             wall(python_docx(f"docx.Document({draft!r})"), args.repeat, folder), 1.0),
            ("build one draft", wall([*drafter, "build", str(EXAMPLE), "--out", str(folder / "b.docx"), "--force"],
                                     args.repeat, ROOT),
             wall(python_docx(f"docx.Document({draft!r}).save({str(folder / 'c.docx')!r})"), args.repeat, folder),
             2.0),
            ("check one draft", wall([*drafter, "check", draft], args.repeat, folder),
             wall(python_docx(f"docx.Document({draft!r})"), args.repeat, folder), 2.0),
        ]
        if corpus:
            opener = "for p in sys.argv[1:]: docx.Document(p)"
            opened = wall([*python_docx(opener), *corpus], max(3, args.repeat // 2), folder)
            for jobs, name in ((None, f"batch check of ga74 ({len(corpus)} files)"), ("1", "  the same, --jobs 1")):
                argv = [*drafter, "check", "--format", "line", *(["--jobs", jobs] if jobs else []), *corpus]
                rows.append((name, wall(argv, max(3, args.repeat // 2), folder), opened, 2.0))
    print(f"{'':36} {'drafter':>9} {'python-docx':>12} {'ratio':>7}  goal")
    for name, ours, theirs, goal in rows:
        ratio = ours / theirs
        print(f"{name:36} {ours * 1000:7.0f} ms {theirs * 1000:9.0f} ms {ratio:6.2f}x  {'<=' if goal > 1 else '<'} "
              f"{goal:g}x {'ok' if (ratio <= goal if goal > 1 else ratio < goal) else 'MISSED'}")


if __name__ == "__main__":
    main()
