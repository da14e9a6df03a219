"""What the scripts that write docs/ from the checker's rules share: the repository's own package on the path, the
rules loaded (a damaged rule file is its name and line on stderr and exit 2, not a traceback), and writing a
document or, with ``--check``, saying whether it is up to date."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def rules() -> ModuleType:
    """drafter.check.rules, loaded; exits 2 with the problem when a rule file is damaged."""
    from drafter.status import DrafterError  # the repository's own package, put on the path above

    try:
        from drafter.check import rules as loaded
    except DrafterError as exc:
        print(exc, file=sys.stderr)
        sys.exit(2)
    return loaded


def write_or_check(document: Path, text: str, argv: list[str], script: str) -> int:
    """Write ``text`` to ``document`` (0), or with ``--check`` in ``argv`` return 1 when the document differs
    (naming ``script``, which rewrites it) and 0 when it is up to date."""
    shown = document.relative_to(ROOT) if document.is_relative_to(ROOT) else document
    if "--check" in argv:
        current = document.read_text(encoding="utf-8") if document.exists() else ""
        if current != text:
            print(f"{shown} is out of date: run python {script}", file=sys.stderr)
            return 1
        return 0
    document.parent.mkdir(exist_ok=True)
    document.write_text(text, encoding="utf-8")
    print(f"wrote {shown}")
    return 0
