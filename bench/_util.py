"""Shared helpers for the benchmarks (not tests): timing and a fixed random choice of clauses."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(fn: Callable[[], object], repeat: int = 7, number: int = 1) -> tuple[float, float]:
    """Median and best wall time per call, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return statistics.median(times), min(times)


def big_draft(lib: object) -> bytes:
    """A .docx resolution of 150 preambular and 330 operative paragraphs drawn from the library in order."""
    from drafter.compose import answers, assemble, render

    pre = [c.id for c in lib.clauses.values() if c.kind == "preambular"]  # type: ignore[attr-defined]
    ops = [c.id for c in lib.clauses.values() if c.kind == "operative"]  # type: ignore[attr-defined]
    parsed = answers.Answers(kind="resolution", language="en", profile="un", committee="ccpcj", agenda="cybercrime",
                             country="BRA", sponsors=["BRA"], date="2027-05-20")
    parsed.preambular = [answers.ClauseChoice(id=pre[i % len(pre)]) for i in range(150)]
    parsed.operative = [answers.ClauseChoice(id=ops[i % len(ops)]) for i in range(330)]
    return render.to_docx(assemble.assemble(parsed, lib))  # type: ignore[arg-type]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
