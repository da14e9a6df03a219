"""Time from launching `drafter new` to its first prompt, in a pseudo-terminal (needs pexpect)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    import pexpect

    times = []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONPATH=str(ROOT), TERM="xterm")
        for _ in range(7):
            start = time.perf_counter()
            child = pexpect.spawn(sys.executable, ["-m", "drafter", "new", "--lang", "en"], cwd=tmp, env=env,
                                  encoding="utf-8", timeout=30)
            child.expect("What do you want to draft")
            times.append(time.perf_counter() - start)
            child.sendcontrol("c")
            child.expect(pexpect.EOF)
            child.close()
    print(f"drafter new to its first prompt: median {statistics.median(times) * 1000:.0f} ms, "
          f"best {min(times) * 1000:.0f} ms ({len(times)} runs)")


if __name__ == "__main__":
    main()
