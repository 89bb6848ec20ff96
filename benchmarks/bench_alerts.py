"""Routing and grouping 100,000 alerts (one day of a province's automatic monitoring).

Baseline: building the validated `AlertBatch` columns from the same plain
rows, i.e. merely accepting the input, in the same run.
"""

from __future__ import annotations

import datetime as dt
import random

import ecoreg
from benchmarks._harness import Result, best_of

N = 100_000
ENTERPRISES = 3_400


def _columns() -> dict[str, list[object]]:
    rnd = random.Random(20261001)
    day = int(dt.datetime(2026, 10, 1, tzinfo=dt.UTC).timestamp())
    kinds = [k.value for k in ecoreg.AlertKind]
    weights = [40, 10, 10, 15, 3, 7, 12, 3]
    flags = ["N"] * 90 + ["M", "C", "D", "F", "B", "S", "T"] + ["N"] * 3
    rows = [
        (
            f"A{i}",
            f"E{rnd.randrange(ENTERPRISES):04d}",
            f"DA{rnd.randrange(3):03d}",
            rnd.choice(["SO2", "NOx", "PM", "COD", "NH3-N"]),
            rnd.choices(kinds, weights)[0],
            day + 60 * rnd.randrange(1440),
            rnd.choice(flags),
        )
        for i in range(N)
    ]
    names = ["ids", "enterprise", "outlet", "pollutant", "kind", "start", "flag"]
    return {name: [r[i] for r in rows] for i, name in enumerate(names)}


def run() -> Result:
    """Time routing and grouping against merely validating the columns."""
    columns = _columns()
    policy = ecoreg.standard_policy_book().resolve("CN-JS-SZ", dt.date(2026, 10, 1))
    contexts = [
        ecoreg.EnterpriseContext(
            enterprise=f"E{i:04d}", key_unit=i % 5 == 0, sensitive_area=i % 17 == 0
        )
        for i in range(ENTERPRISES)
    ]
    start = dt.datetime(2026, 10, 1, 8, tzinfo=dt.UTC)
    notices = [
        ecoreg.MaintenanceNotice(
            id=f"N{i}",
            enterprise=f"E{i:04d}",
            kind=ecoreg.NoticeKind.MAINTENANCE,
            starts=start,
            ends=start + dt.timedelta(hours=4),
            announced_at=start - dt.timedelta(days=1),
        )
        for i in range(0, ENTERPRISES, 40)
    ]
    batch = ecoreg.AlertBatch.from_columns(**columns)  # type: ignore[arg-type]

    def validate() -> None:
        ecoreg.AlertBatch.from_columns(**columns)  # type: ignore[arg-type]

    def route() -> None:
        ecoreg.route_alerts(
            ecoreg.AlertBatch.from_columns(**columns),  # type: ignore[arg-type]
            policy=policy,
            contexts=contexts,
            notices=notices,
        )

    routing = ecoreg.route_alerts(batch, policy=policy, contexts=contexts, notices=notices)
    summary = routing.summary("2026-10-02T00:00:00+08:00").outcome
    print(
        f"  {summary.alerts:,} alerts -> {summary.suppressed:,} suppressed, "
        f"{summary.incidents:,} incidents, {summary.tampering_signals:,} tampering signals"
    )
    return Result(
        name="alerts: validate + route + group",
        items=N,
        seconds=best_of(3, route),
        baseline_name="validating the same columns only",
        baseline_seconds=best_of(3, validate),
    )
