"""No module of drafter binds one top-level name twice: a second pattern or table of the same name silently
replaces the first for every function of the module (round 18: a Chinese check's INSTRUMENT_WORD, redefined for
English titles further down, emptied the Chinese titles check until the loop over the student sets showed it).
Overloaded functions (typing.overload) are the one exception."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def doubled_names(source: str) -> list[str]:
    """The top-level names ``source`` binds more than once (assignments, functions, classes; overloads aside)."""
    counts: collections.Counter[str] = collections.Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            overload = any(isinstance(d, (ast.Name, ast.Attribute)) and getattr(d, "id", getattr(d, "attr", "")) ==
                           "overload" for d in getattr(node, "decorator_list", []))
            if not overload:
                counts[node.name] += 1
    return sorted(name for name, count in counts.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {str(path.relative_to(ROOT)): doubled_names(path.read_text(encoding="utf-8"))
             for path in sorted((ROOT / "drafter").rglob("*.py"))}
    assert {path: names for path, names in found.items() if names} == {}


def test_a_name_bound_twice_is_found() -> None:
    source = 'WORD = "公约"\n\ndef check() -> None:\n    return None\n\nWORD = "Convention"\n'
    assert doubled_names(source) == ["WORD"]
    overloads = ("from typing import overload\n\n@overload\ndef f(x: int) -> int: ...\n@overload\n"
                 "def f(x: str) -> str: ...\ndef f(x):\n    return x\n")
    assert doubled_names(overloads) == []
