"""Round 37's leftovers (second wave): in the bench, a misspelt lead that is a truncated excerpt's last word, which the
page may have cut short, is unscored."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

# -- the bench: a misspelt lead that is the cut paragraph's last word ---------------------------------------------

def _bench() -> object:
    path = Path(__file__).resolve().parents[2] / "bench" / "students.py"
    spec = importlib.util.spec_from_file_location("bench_students_l37c", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("text", "column", "truncated", "counted"), [
    ("Emphasizin", 1, True, False),  # the page's last word, cut short
    ("Noting the report, Emphasizin", 20, True, False),
    ("Emphasizin the need for clean water,", 1, True, True),  # the word goes on: a slip of the writer's
    ("Emphasizin", 1, False, True),  # a complete text: its last word is as written
])
def test_a_lead_cut_short_by_the_excerpt_is_unscored(text: str, column: int, truncated: bool, counted: bool) -> None:
    bench = _bench()
    finding = SimpleNamespace(rule="lead-misspelled", severity="error", paragraph=9, column=column)
    draft = SimpleNamespace(truncated=truncated, plain_text=True, restored=False, unjudged_ends=set())
    assert bench.scored(finding, draft, 9, set(), text) is counted  # type: ignore[attr-defined]
    assert bench.cut_off(finding, draft, 9, set(), text) is (not counted)  # type: ignore[attr-defined]
