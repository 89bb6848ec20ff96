"""HJ 212 screening on Spark (issue 26): a province-month, scaled, on one process and Spark.

``python -m benchmarks spark-hj212`` screens minute readings of four pollutants per outlet
(series per outlet, factor and day → detectors → alerts → routing and incidents) three ways:
in one process (each day's `to_series`, `Series.detect` and `to_alerts`, then `route_alerts`
of the month's alerts at once), and with `ecoreg.spark.screen_dataframe` on a local Spark
session of one and of two cores.

The issue's province-month is 3,400 outlets × 30 days × 1,440 minutes × 4 pollutants (587
million readings, tens of GB as rows): more than this 2-core development machine holds beside
its other work. The run is scaled down in outlets (`OUTLETS`, `DAYS`: the figure printed says
by how much); the detectors' work is linear in the series, so the per-core rate is what carries
over (docs/deploying.md does the arithmetic).

The readings are made by formulas of the reading's number (no random generator), the same in
NumPy for the single process and in Spark SQL for Spark, so both screen the same data: about
one outlet in fifty flat for five hours a day, one outlet-day in ten with a 50-minute gap, rare
spikes over the limit, and one outlet in ninety-seven flagged F (stopped) in its first hour.
The single process is timed from its readings in memory; Spark from its readings cached in
memory (made by ``spark.range`` on the executors and cached before the clock starts) to the
count of the routed alerts, which runs every stage (the incidents come from the same routing
core). The best of two runs is printed (the first action of a session, which starts
the Python workers, is run before on one outlet-day and not timed).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
import warnings
from typing import TYPE_CHECKING, Any, Final

import numpy as np

import ecoreg
from benchmarks._harness import Result
from ecoreg.alerts import AlertBatch, AlertKind, DataFlag
from ecoreg.monitoring.hj212 import Readings, to_alerts, to_series

if TYPE_CHECKING:
    from collections.abc import Callable

OUTLETS: Final = 170
"""A twentieth of the issue's 3,400 outlets."""
DAYS: Final = 5
"""A sixth of the issue's 30 days (1/120 of the province-month in all: 4.9 million readings)."""
FIRST: Final = dt.date(2026, 11, 1)
FACTORS: Final = ("a21026", "a21002", "a34013", "a21005")
"""SO2, NOx, particulate matter, CO."""
LIMITS: Final = {"a21026": 100, "a21002": 100, "a34013": 100, "a21005": 100}
PER_DAY: Final = len(FACTORS) * 1440
_ZONE: Final = dt.timezone(dt.timedelta(hours=8))

# One formula per column, written once for Spark SQL (``id`` is the reading's number) and
# once below for NumPy.
_SQL: Final = {
    "outlet": "id div {per_outlet}",
    "day": "(id div {per_day}) % {days}",
    "factor": "(id div 1440) % 4",
    "minute": "id % 1440",
}


def _columns(ids: Any, days: int) -> dict[str, Any]:
    """The readings' columns for reading numbers ``ids`` (NumPy), as `_spark_readings` makes them."""
    outlet = ids // (PER_DAY * days)
    day = (ids // PER_DAY) % days
    factor = (ids // 1440) % 4
    minute = ids % 1440
    value = 20 + ((ids * 2654435761) % 1000003) % 300 / 10.0
    value = np.where(
        (outlet % 50 == 7) & (factor == 0) & (minute >= 120) & (minute < 420), 33.0, value
    )
    value = np.where((ids * 40503) % 9973 == 0, 500.0, value)
    sent = ~(((outlet + day) % 10 == 0) & (minute >= 600) & (minute < 650))
    stopped = (outlet % 97 == 3) & (minute < 60)
    return {
        "outlet": outlet,
        "day": day,
        "factor": factor,
        "minute": minute,
        "value": value,
        "sent": sent,
        "stopped": stopped,
    }


def _mn(outlet: int) -> str:
    return f"MN{outlet:05d}"


def _owners(outlets: int) -> dict[str, str]:
    """Two outlets per enterprise."""
    return {_mn(i): f"E{i // 2:05d}" for i in range(outlets)}


def _origin(day: int) -> int:
    return int(dt.datetime.combine(FIRST + dt.timedelta(days=day), dt.time(), _ZONE).timestamp())


def _day_readings(outlets: int, days: int, day: int) -> Readings:
    """One day's readings of every outlet, as `read_capture` would give them (no parsing)."""
    base = np.arange(outlets, dtype=np.int64)[:, None] * (PER_DAY * days) + day * PER_DAY
    ids = (base + np.arange(PER_DAY, dtype=np.int64)[None, :]).reshape(-1)
    c = _columns(ids, days)
    keep = np.flatnonzero(c["sent"])
    n = len(keep)
    values = np.full((n, 5), np.nan)
    values[:, 1] = c["value"][keep]
    return Readings(
        stations=tuple(_mn(i) for i in range(outlets)),
        commands=("2051",),
        factors=FACTORS,
        position=np.arange(n, dtype=np.int64),
        mn=c["outlet"][keep],
        cn=np.zeros(n, dtype=np.int64),
        time=_origin(day) + 60 * c["minute"][keep],
        factor=c["factor"][keep],
        values=values,
        flag=np.where(c["stopped"][keep], "F", "N").astype("U1"),
        packets=n,
        errors=(),
        junk=(),
    )


def _single(days_readings: list[Readings], outlets: int, policy: ecoreg.Policy) -> Any:
    """Each day's series, detection and alerts, then the month's alerts routed at once."""
    return screen_days(days_readings.__getitem__, len(days_readings), outlets, policy)


def screen_days(
    readings_of: Callable[[int], Readings], days: int, outlets: int, policy: ecoreg.Policy
) -> Any:
    """Day by day (``readings_of(day)``, dropped once its series is built): series, detection
    and alerts; then every day's alerts routed at once."""
    owners = _owners(outlets)
    kinds = tuple(k.value for k in AlertKind)
    flags = tuple(f.value for f in DataFlag)
    cols: dict[str, list[Any]] = {k: [] for k in ("ids", "ent", "out", "pol", "kind", "flag")}
    starts = []
    for day in range(days):
        readings = readings_of(day)
        start = dt.datetime.fromtimestamp(_origin(day), _ZONE)
        series = to_series(readings, cn="2051", start=start, points=1440, minutes_per_point=1)
        del readings
        b = to_alerts(series, series.detect(policy=policy), enterprises=owners, limits=LIMITS)
        cols["ids"] += list(b.ids)
        cols["ent"] += [b.enterprises[i] for i in b.enterprise.tolist()]
        cols["out"] += [b.outlets[i] for i in b.outlet.tolist()]
        cols["pol"] += [b.pollutants[i] for i in b.pollutant.tolist()]
        cols["kind"] += [kinds[i] for i in b.kind.tolist()]
        cols["flag"] += [flags[i] for i in b.flag.tolist()]
        starts.append(b.start)
    batch = AlertBatch.from_columns(
        ids=cols["ids"],
        enterprise=cols["ent"],
        outlet=cols["out"],
        pollutant=cols["pol"],
        kind=cols["kind"],
        start=np.concatenate(starts),
        flag=cols["flag"],
    )
    return ecoreg.route_alerts(batch, policy=policy)


def _spark_readings(session: Any, outlets: int, days: int, first: int = 0) -> Any:
    """The same readings generated by Spark SQL on the executors (the formulas of `_columns`):
    of the outlets ``first`` to ``first + outlets - 1``."""
    from pyspark.sql import functions as f  # noqa: PLC0415 - the spark extra

    n = outlets * days * PER_DAY
    sql = {
        k: v.format(per_outlet=PER_DAY * days, per_day=PER_DAY, days=days) for k, v in _SQL.items()
    }
    begin = first * days * PER_DAY
    frame = session.range(
        begin, begin + n, numPartitions=4 * session.sparkContext.defaultParallelism
    )
    frame = frame.select(
        "id", *(f.expr(expression).alias(name) for name, expression in sql.items())
    )
    value = f.expr("20 + ((id * 2654435761) % 1000003) % 300 / 10.0")
    value = f.when(
        (f.col("outlet") % 50 == 7)
        & (f.col("factor") == 0)
        & (f.col("minute") >= 120)
        & (f.col("minute") < 420),
        f.lit(33.0),
    ).otherwise(value)
    value = f.when(f.expr("(id * 40503) % 9973 = 0"), f.lit(500.0)).otherwise(value)
    gap = (
        ((f.col("outlet") + f.col("day")) % 10 == 0)
        & (f.col("minute") >= 600)
        & (f.col("minute") < 650)
    )
    stopped = (f.col("outlet") % 97 == 3) & (f.col("minute") < 60)
    origin = _origin(0)
    return frame.where(~gap).select(
        f.format_string("E%05d", (f.col("outlet") / 2).cast("long")).alias("enterprise"),
        f.format_string("MN%05d", f.col("outlet")).alias("mn"),
        f.element_at(
            f.array(*(f.lit(c) for c in FACTORS)), (f.col("factor") + 1).cast("int")
        ).alias("factor"),
        f.timestamp_seconds(f.lit(origin) + f.col("day") * 86_400 + f.col("minute") * 60).alias(
            "time"
        ),
        value.alias("value"),
        f.when(stopped, f.lit("F")).otherwise(f.lit("N")).alias("flag"),
    )


def _session(cores: int) -> Any:
    from pyspark.sql import SparkSession  # noqa: PLC0415 - the spark extra

    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("ecoreg-bench-hj212")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(4 * cores))
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "10000")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "3g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


def _best(repeat: int, func: Callable[[], object]) -> tuple[float, float, object]:
    runs, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = func()
        runs.append(time.perf_counter() - start)
    return min(runs), max(runs) - min(runs), out


def _spark(cores: int, outlets: int, days: int, policy: ecoreg.Policy) -> tuple[float, float, int]:
    import ecoreg.spark  # noqa: PLC0415 - the spark extra

    session = _session(cores)
    try:
        warm = ecoreg.spark.screen_dataframe(
            _spark_readings(session, 1, 1), policy=policy, start=FIRST, days=1, limits=LIMITS
        )
        warm.routing.count()
        readings = _spark_readings(session, outlets, days).cache()
        readings.count()  # made and cached before the clock starts, as the single process's
        screened = ecoreg.spark.screen_dataframe(
            readings,
            policy=policy,
            start=FIRST,
            days=days,
            limits=LIMITS,
        )
        best, spread, count = _best(2, screened.routing.count)
        return best, spread, int(count)  # type: ignore[call-overload]
    finally:
        session.stop()


def measure(outlets: int = OUTLETS, days: int = DAYS) -> Result:
    """Single process against Spark local[1] and local[2] on ``outlets`` × ``days``."""
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas")
    policy = ecoreg.standard_policy_book().resolve("CN", FIRST)
    series = outlets * days * len(FACTORS)
    made = [_day_readings(outlets, days, d) for d in range(days)]
    readings = sum(len(r) for r in made)
    scale = (3_400 * 30) / (outlets * days)
    print(
        f"  {outlets:,} outlets x {days} days x 1,440 minutes x {len(FACTORS)} pollutants: "
        f"{readings:,} readings, {series:,} series (1/{scale:,.0f} of the issue's province-month)"
    )
    single, spread, routing = _best(2, lambda: _single(made, outlets, policy))
    alerts = len(routing.batch)  # type: ignore[attr-defined]
    print(
        f"  single process: {single:.2f} s (spread {spread:.2f}) = {readings / single:,.0f} "
        f"readings/s, {series / single:,.0f} series/s; {alerts:,} alerts, "
        f"{routing.incident_count:,} incidents"  # type: ignore[attr-defined]
    )
    made.clear()
    spark = {}
    for cores in (1, 2):
        best, spread, count = _spark(cores, outlets, days, policy)
        if count != alerts:
            msg = f"Spark local[{cores}] routed {count:,} alerts, the single process {alerts:,}"
            raise AssertionError(msg)
        spark[cores] = best
        print(
            f"  Spark local[{cores}]: {best:.2f} s (spread {spread:.2f}) = "
            f"{readings / best:,.0f} readings/s, {series / best:,.0f} series/s "
            f"({readings / best / cores:,.0f} readings/s per core); "
            f"{best / single:.2f}x the single process"
        )
    print(f"  local[1] / local[2]: {spark[1] / spark[2]:.2f}x (the speed-up of the second core)")
    return Result(
        name=f"spark-hj212: {readings:,} minute readings screened on Spark local[2]",
        items=readings,
        seconds=spark[2],
        baseline_name="to_series/detect/to_alerts per day + route_alerts in one process",
        baseline_seconds=single,
    )


def run() -> Result:
    """The benchmark at its scale (`OUTLETS` × `DAYS`)."""
    return measure()


if __name__ == "__main__":
    print(run().report())
