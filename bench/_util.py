"""Shared helpers for the benchmarks (not tests): timing and a fixed random choice of clauses."""

from __future__ import annotations

import statistics
import time
from typing import Callable


def measure(fn: Callable[[], object], repeat: int = 7, number: int = 1) -> tuple[float, float]:
    """Median and best wall time per call, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return statistics.median(times), min(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
