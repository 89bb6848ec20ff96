"""Alerts from Arrow (issue 26): validate + route + group a million alerts on one core.

``python -m benchmarks alerts-arrow`` builds 1,000,000 alerts (the distributions of
``bench_alerts.py``: 3,400 enterprises, a day of minute starts) as an Arrow table and as plain
lists, and times, three runs each (best and spread, wall and CPU):

* from Arrow: every column checked, routed, grouped into incidents;
* from plain lists: `AlertBatch.from_columns` on the lists, then the same routing;
* route only: the validated `AlertBatch` routed and grouped (the baseline).
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from typing import TYPE_CHECKING, Any

import numpy as np

import ecoreg
from benchmarks._harness import Result

if TYPE_CHECKING:
    from collections.abc import Callable

N = 1_000_000
ENTERPRISES = 3_400


def columns(n: int, seed: int) -> dict[str, Any]:
    """Seeded alert columns as NumPy arrays (strings as NumPy unicode)."""
    rng = np.random.default_rng(seed)
    day = int(dt.datetime(2026, 10, 1, tzinfo=dt.UTC).timestamp())
    kinds = np.array([k.value for k in ecoreg.AlertKind])
    weights = np.array([40, 10, 10, 15, 3, 7, 12, 3]) / 100
    flags = np.array(["N"] * 90 + ["M", "C", "D", "F", "B", "S", "T"] + ["N"] * 3)
    return {
        "ids": np.char.add("A", np.arange(n).astype(str)),
        "enterprise": np.char.add(
            "E", np.char.zfill(rng.integers(0, ENTERPRISES, n).astype(str), 4)
        ),
        "outlet": np.char.add("DA", np.char.zfill(rng.integers(0, 3, n).astype(str), 3)),
        "pollutant": rng.choice(["SO2", "NOx", "PM", "COD", "NH3-N"], n),
        "kind": kinds[rng.choice(len(kinds), n, p=weights)],
        "start": day + 60 * rng.integers(0, 1440, n),
        "flag": flags[rng.integers(0, len(flags), n)],
    }


def arrow_alerts(data: dict[str, Any]) -> Any:
    """The columns as an Arrow table: strings, the start as a zone-aware timestamp."""
    import pyarrow as pa  # noqa: PLC0415 - the arrow extra

    return pa.table(
        {
            "id": pa.array(data["ids"]),
            "enterprise": pa.array(data["enterprise"]),
            "outlet": pa.array(data["outlet"]),
            "pollutant": pa.array(data["pollutant"]),
            "kind": pa.array(data["kind"]),
            "start": pa.array(data["start"]).cast(pa.timestamp("s", tz="Asia/Shanghai")),
            "flag": pa.array(data["flag"]),
        }
    )


def timed(repeat: int, func: Callable[[], object]) -> tuple[float, float, float]:
    """Best wall time, its spread (worst − best) and the best CPU time, in seconds."""
    walls, cpus = [], []
    for _ in range(repeat):
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        func()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return min(walls), max(walls) - min(walls), min(cpus)


def run() -> Result:
    """Arrow validate + route + group against routing the validated batch."""
    import pyarrow as pa  # noqa: PLC0415 - the arrow extra

    pa.set_cpu_count(1)
    data = columns(N, 20261001)
    table = arrow_alerts(data)
    lists = {k: v.tolist() for k, v in data.items()}
    policy = ecoreg.standard_policy_book().resolve("CN-JS-SZ", dt.date(2026, 10, 1))
    contexts = [
        ecoreg.EnterpriseContext(
            enterprise=f"E{i:04d}", key_unit=i % 5 == 0, sensitive_area=i % 17 == 0
        )
        for i in range(ENTERPRISES)
    ]
    batch = ecoreg.AlertBatch.from_columns(**lists)
    routed = ecoreg.route_alerts(table, policy=policy, contexts=contexts)
    plain = ecoreg.route_alerts(batch, policy=policy, contexts=contexts)
    if not routed.to_arrow().equals(plain.to_arrow()):
        raise SystemExit("routing from Arrow and from plain columns differ")
    summary = routed.summary("2026-10-02T00:00:00+08:00").outcome
    print(
        f"  {summary.alerts:,} alerts -> {summary.suppressed:,} suppressed, "
        f"{summary.incidents:,} incidents, {summary.tampering_signals:,} tampering signals"
    )
    arrow = timed(3, lambda: ecoreg.route_alerts(table, policy=policy, contexts=contexts))
    listed = timed(
        3,
        lambda: ecoreg.route_alerts(
            ecoreg.AlertBatch.from_columns(**lists), policy=policy, contexts=contexts
        ),
    )
    route = timed(3, lambda: ecoreg.route_alerts(batch, policy=policy, contexts=contexts))
    for name, (wall, spread, cpu) in (
        ("from Arrow: validate + route + group", arrow),
        ("from plain lists: validate + route + group", listed),
        ("route + group only (validated batch)", route),
    ):
        print(
            f"  {name}: {wall:.3f} s wall (spread {spread:.3f}) = {N / wall:,.0f}/s; "
            f"{cpu:.3f} s CPU = {N / cpu:,.0f}/s"
        )
    print(
        f"  Arrow / route only {arrow[0] / route[0]:.2f}x; plain lists / Arrow {listed[0] / arrow[0]:.2f}x"
    )
    return Result(
        name="alerts-arrow: validate + route + group 1,000,000 alerts from Arrow",
        items=N,
        seconds=arrow[0],
        baseline_name="routing the validated batch only",
        baseline_seconds=route[0],
    )
