"""Legal periods in bulk: 100,000 payment deadlines (15 days, rolled) and 5-working-day periods.

Baseline: the same number of plain ``date + timedelta`` additions with a
set-membership check per day, i.e. the least work any correct implementation
must do.
"""

from __future__ import annotations

import datetime as dt
import random

import ecoreg
from benchmarks._harness import Result, best_of

N = 100_000


def run() -> Result:
    """Time ecoreg's periods against the plain baseline."""
    rnd = random.Random(20261122)
    start = dt.date(2026, 1, 1)
    events = [start + dt.timedelta(days=rnd.randrange(365)) for _ in range(N)]
    cal = ecoreg.china_calendar()
    off = {
        d for d in (start + dt.timedelta(days=i) for i in range(400)) if not cal.is_working_day(d)
    }

    def baseline() -> None:
        for e in events:
            end = e + dt.timedelta(days=15)
            while end in off:
                end += dt.timedelta(days=1)

    def ecoreg_periods() -> None:
        for i, e in enumerate(events):
            ecoreg.penalty_law_days_after(e, 5 if i % 2 else 15)

    return Result(
        name="legal periods (penalty_law_days_after)",
        items=N,
        seconds=best_of(1, ecoreg_periods),
        baseline_name="date + timedelta with holiday-set roll",
        baseline_seconds=best_of(3, baseline),
    )
