"""Applying amendments to, and comparing versions of, a 500-paragraph draft resolution in-process."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))
from _util import big_draft, measure, ms  # noqa: E402


def main() -> None:
    from drafter import library
    from drafter.revise import amend, apply, diff
    from drafter.revise.document import open_draft

    lib = library.load([library.builtin_library()])
    data = big_draft(lib)
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "big.docx"
        draft.write_bytes(data)
        amendment = Path(tmp) / "a.yaml"
        actions = "".join(f"  - strike: '{n}'\n" for n in range(300, 100, -20))
        actions += "".join(f"  - add_after: '{n}'\n    text: Decides to remain seized of the matter\n"
                           for n in range(10, 200, 20))
        amendment.write_text(f"draft: big.docx\nsubmitted_by: FRA\nactions:\n{actions}", encoding="utf-8")
        parsed_amendment = amend.read(amendment, lib)

        def revise() -> bytes:
            opened = open_draft(draft, lib)
            apply.revise(opened, [parsed_amendment], lib)
            return apply.to_bytes(opened)

        revised = Path(tmp) / "revised.docx"
        revised.write_bytes(revise())
        median, best = measure(revise, repeat=5)
        print(f"apply 20 actions to a {330}-operative-paragraph draft (open, revise, save): "
              f"median {ms(median)}, best {ms(best)}")
        median, best = measure(lambda: diff.run(draft, revised, lib), repeat=5)
        changes = diff.run(draft, revised, lib)[2]
        print(f"diff the draft and its revised version ({len(changes)} changes): median {ms(median)}, best {ms(best)}")


if __name__ == "__main__":
    main()
