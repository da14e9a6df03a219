"""Cold start of `drafter --help` and the time to load the built-in library: kept between runs (drafter/library/
snapshot.py) with the sections `drafter check` decodes, with every section decoded, and read and validated from
its files (DRAFTER_NO_CACHE=1)."""

from __future__ import annotations

import os
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
    lib = library.load(folders)  # keeps the library when it was not kept yet

    def checker_sections() -> None:
        kept = library.load(folders)
        kept.phrases, kept.committees, kept.state_names  # noqa: B018 - what the checker reads

    def every_section() -> None:
        kept = library.load(folders)
        for name in library.SECTIONS[:-1]:  # "facts" are held by the countries
            getattr(kept, name)
        for country in kept.countries.values():
            country.records  # noqa: B018 - decoded on first use

    what = f"({len(lib.clauses)} clauses, {len(lib.phrases)} phrases, {len(lib.countries)} countries)"
    for label, run in (("kept, with what check reads", checker_sections), ("kept, every section", every_section)):
        median, best = measure(run, repeat=9)
        print(f"load the built-in library {what}, {label}: median {ms(median)}, best {ms(best)}")
    os.environ["DRAFTER_NO_CACHE"] = "1"
    median, best = measure(lambda: library.load(folders), repeat=9)
    print(f"load + validate the built-in library from its files (DRAFTER_NO_CACHE=1): median {ms(median)}, "
          f"best {ms(best)}")

if __name__ == "__main__":
    main()
