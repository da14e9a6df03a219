"""A committee's debate through ``drafter amendments`` on the longest resolution of the General Assembly corpus
(the one with the most operative paragraphs in shared/un-corpus/ga74, or the folder given): ten amendments submitted and voted one
at a time, then the revised draft and the sheet written. Prints the time of each step."""

from __future__ import annotations

import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))
from _util import measure, ms  # noqa: E402


def corpus() -> Path:
    """The folder given, else ga74 of the first shared/un-corpus above here."""
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    for parent in Path(__file__).resolve().parents:
        found = parent / "shared" / "un-corpus" / "ga74"
        if found.is_dir():
            return found
    return Path("shared/un-corpus/ga74")


CORPUS = corpus()
AMENDMENTS = [  # each addresses the text with the earlier ones accepted
    "  - strike: '12'\n",
    "  - change_lead: '40'\n    phrase: urges\n",
    "  - add_after: '100'\n    text: Encourages States to share information on their practice\n",
    "  - strike: '200'\n  - strike: '201'\n",
    "  - add_after: '0'\n    text: Welcomes the report of the Secretary-General\n",
    "  - change_lead: '300'\n    phrase: requests\n",
    "  - strike: '2'\n",
    "  - add_after: last\n    text: Decides to remain seized of the matter\n",
    "  - strike: '350'\n",
    "  - change_lead: '5'\n    phrase: encourages\n",
]
COUNTRIES = ["FRA", "DEU", "ITA", "JPN", "CHN", "BRA", "KEN", "IND", "MEX", "EGY"]


def longest(lib: object) -> tuple[Path, int]:
    """The English resolution of the corpus with the most operative paragraphs, and their number."""
    from drafter.revise.document import open_draft

    best: tuple[int, Path] | None = None
    for path in sorted(CORPUS.glob("*.docx")):
        if path.stem.endswith("_C"):
            continue
        count = len(open_draft(path, lib).structure.operative)  # type: ignore[arg-type]
        if best is None or count > best[0]:
            best = (count, path)
    assert best is not None, f"no resolution in {CORPUS}"
    return best[1], best[0]


def main() -> None:
    from drafter import library
    from drafter.cli import main as drafter
    from drafter.environment import Environment

    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}")
        return
    lib = library.load([library.builtin_library()])
    source, operative = longest(lib)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(source, folder / "draft.docx")

        def run(*argv: str) -> float:
            env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.StringIO(), cwd=folder,
                              variables={})
            start = time.perf_counter()
            status = drafter(list(argv), env)
            took = time.perf_counter() - start
            assert status == 0, (argv, env.stderr.getvalue())  # type: ignore[attr-defined]
            return took

        run("amendments", "log.yaml", "start", "draft.docx")
        adds, votes = [], []
        for n, (country, actions) in enumerate(zip(COUNTRIES, AMENDMENTS), 1):
            (folder / f"a{n}.yaml").write_text(f"submitted_by: {country}\nkind: unfriendly\nactions:\n{actions}",
                                               encoding="utf-8")
            adds.append(run("amendments", "log.yaml", "add", f"a{n}.yaml"))
            votes.append(run("amendments", "log.yaml", "vote", str(n), "--for", "20", "--against", "5"))
        print(f"{source.name}: {operative} operative paragraphs, 10 amendments submitted and voted one at a time")
        print(f"  add  (checked on the text with the earlier ones passed): first {ms(adds[0])}, tenth {ms(adds[-1])}, "
              f"median {ms(statistics.median(adds))}")
        print(f"  vote (applied, pending ones checked for staleness): first {ms(votes[0])}, tenth {ms(votes[-1])}, "
              f"median {ms(statistics.median(votes))}")
        for what, argv in [("build (tracked changes)", ("build", "--out", "revised.docx", "--force")),
                           ("build --accept", ("build", "--out", "clean.docx", "--accept", "--force")),
                           ("sheet", ("sheet", "--out", "sheet.docx", "--force")),
                           ("show the log", ())]:
            median, best = measure(lambda argv=argv: run("amendments", "log.yaml", *argv), repeat=3)
            print(f"  {what}: median {ms(median)}, best {ms(best)}")
        files = [f"a{n}.yaml" for n in range(1, 11)]
        median, best = measure(lambda: run("apply", "draft.docx", *files, "--out", "once.docx", "--accept", "--force"),
                               repeat=3)
        print(f"  drafter apply of the ten at once (--accept): median {ms(median)}, best {ms(best)}")


if __name__ == "__main__":
    main()
