"""Cold start of `drafter --help` and the time to load and validate the full built-in library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))
from _util import measure, ms  # noqa: E402


def main() -> None:
    help_median, help_best = measure(lambda: subprocess.run([sys.executable, "-m", "drafter", "--help"], check=True,
                                                            capture_output=True), repeat=9)
    print(f"drafter --help (new process, python -m drafter): median {ms(help_median)}, best {ms(help_best)}")
    from drafter import library

    folders = [library.builtin_library()]
    load_median, load_best = measure(lambda: library.load(folders), repeat=9)
    lib = library.load(folders)
    print(f"load + validate the built-in library ({len(lib.clauses)} clauses, {len(lib.phrases)} phrases, "
          f"{len(lib.countries)} countries): median {ms(load_median)}, best {ms(load_best)}")


if __name__ == "__main__":
    main()
