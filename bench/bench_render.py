"""One resolution rendered in-process, and a batch of position papers, one per member State."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))
from _util import measure, ms  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    from drafter import library
    from drafter.commands import batch
    from drafter.compose import answers, assemble, render
    from drafter.environment import Environment

    lib = library.load([library.builtin_library()])
    example = ROOT / "examples" / "usa-resolution-en-un.yaml"
    parsed = answers.read(example, lib)

    def one() -> bytes:
        return render.to_docx(assemble.assemble(parsed, lib))

    one()
    median, best = measure(one, repeat=9)
    size = len(parsed.preambular) + len(parsed.operative)
    print(f"one resolution ({size} clauses, {parsed.language}, {parsed.profile}) to .docx in-process: "
          f"median {ms(median)}, best {ms(best)}")

    members = [c for c in lib.countries.values() if not c.observer]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for i, country in enumerate(members):
            path = folder / f"{country.iso3.lower()}.yaml"
            lang = "zh" if i % 2 else "en"
            path.write_text(f"kind: position-paper\nlanguage: {lang}\ncountry: {country.iso3}\ndate: 2027-05-20\n",
                            encoding="utf-8")
            paths.append(path)
        env = Environment(stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"), cwd=folder)
        start = time.perf_counter()
        batch.run(paths, lib, env, out_dir=folder / "out")
        elapsed = time.perf_counter() - start
        print(f"batch of {len(paths)} position papers (drafter build, one process, en and zh alternating): "
              f"{elapsed:.2f} s total, {ms(elapsed / len(paths))} per paper")


if __name__ == "__main__":
    main()
