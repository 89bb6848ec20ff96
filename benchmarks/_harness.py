"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(frozen=True)
class Result:
    """One benchmark's figures."""

    name: str
    items: int
    seconds: float
    baseline_name: str
    baseline_seconds: float

    def report(self) -> str:
        """A line for the console."""
        rate = self.items / self.seconds if self.seconds else float("inf")
        ratio = self.seconds / self.baseline_seconds if self.baseline_seconds else float("inf")
        return (
            f"{self.name}: {self.items:,} items in {self.seconds:.3f} s = {rate:,.0f}/s; "
            f"baseline ({self.baseline_name}) {self.baseline_seconds:.3f} s; ratio {ratio:.2f}x"
        )


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """The fastest of ``repeat`` timed runs of ``func``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best
