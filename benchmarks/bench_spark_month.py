"""The issue's province-month on Spark (issue 26): 3,400 outlets × 30 days × 1,440 minutes × 4.

``python -m benchmarks spark-hj212-month`` screens the whole province-month of
``bench_spark_hj212`` (the same formulas: 587 million minute readings) in one process and on
Spark ``local[2]``, and prints the throughput of each and their ratio. It takes about half an
hour on the 2-core development machine, so it is not part of the default run.

- One process: day by day, each day's readings of every outlet made (NumPy), put on series
  (`to_series`), detected and turned into alerts (`to_alerts`), then the month's alerts routed
  at once (`route_alerts`). A day's readings are dropped before the next day's are made.
- Spark: the outlets in blocks of `BLOCK` (an enterprise's two outlets in the same block), each
  block's month made by ``spark.range`` on the executors, screened by
  `ecoreg.spark.screen_dataframe` and its routed alerts counted; nothing is cached (the month
  is tens of GB as rows). A platform partitions by outlet in the same way; the blocks keep each
  job's shuffle to a few GB on this machine's disk.

Both clocks include making the readings. The routed alerts of the two paths must agree in
number (the equality row for row is `tests/test_spark.py`'s).
"""

from __future__ import annotations

import time
import warnings
from typing import TYPE_CHECKING, Final

import ecoreg
from benchmarks._harness import Result
from benchmarks.bench_spark_hj212 import (
    FACTORS,
    FIRST,
    LIMITS,
    _day_readings,
    _session,
    _spark_readings,
    screen_days,
)

if TYPE_CHECKING:
    from ecoreg.monitoring.hj212 import Readings

OUTLETS: Final = 3_400
DAYS: Final = 30
BLOCK: Final = 340
"""Outlets per Spark job: ten jobs of 58.8 million readings."""


def _single(policy: ecoreg.Policy) -> tuple[float, int, int]:
    """The month day by day in one process: seconds, readings, routed alerts."""
    made = [0]

    def readings_of(day: int) -> Readings:
        readings = _day_readings(OUTLETS, DAYS, day)
        made[0] += len(readings)
        return readings

    clock = time.perf_counter()
    routing = screen_days(readings_of, DAYS, OUTLETS, policy)
    return time.perf_counter() - clock, made[0], len(routing.batch)


def _spark(policy: ecoreg.Policy, cores: int) -> tuple[float, int]:
    """The month on Spark ``local[cores]``, block by block: seconds, routed alerts."""
    import ecoreg.spark  # noqa: PLC0415 - the spark extra

    session = _session(cores)
    try:
        warm = ecoreg.spark.screen_dataframe(
            _spark_readings(session, 1, 1), policy=policy, start=FIRST, days=1, limits=LIMITS
        )
        warm.routing.count()
        clock = time.perf_counter()
        routed = 0
        for first in range(0, OUTLETS, BLOCK):
            readings = _spark_readings(session, BLOCK, DAYS, first)
            screened = ecoreg.spark.screen_dataframe(
                readings, policy=policy, start=FIRST, days=DAYS, limits=LIMITS
            )
            routed += int(screened.routing.count())
            print(f"    outlets {first:,} to {first + BLOCK - 1:,}: {routed:,} alerts so far")
        return time.perf_counter() - clock, routed
    finally:
        session.stop()


def run() -> Result:
    """The province-month in one process and on Spark local[2]."""
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas")
    policy = ecoreg.standard_policy_book().resolve("CN", FIRST)
    series = OUTLETS * DAYS * len(FACTORS)
    single, readings, alerts = _single(policy)
    print(
        f"  {OUTLETS:,} outlets x {DAYS} days x 1,440 minutes x {len(FACTORS)} pollutants: "
        f"{readings:,} readings, {series:,} series"
    )
    print(
        f"  single process: {single:.1f} s = {readings / single:,.0f} readings/s, "
        f"{series / single:,.0f} series/s; {alerts:,} alerts routed"
    )
    spark, routed = _spark(policy, 2)
    if routed != alerts:
        msg = f"Spark local[2] routed {routed:,} alerts, the single process {alerts:,}"
        raise AssertionError(msg)
    print(
        f"  Spark local[2]: {spark:.1f} s = {readings / spark:,.0f} readings/s "
        f"({readings / spark / 2:,.0f} per core), {series / spark:,.0f} series/s; "
        f"{spark / single:.2f}x the single process"
    )
    return Result(
        name=f"spark-hj212-month: {readings:,} minute readings (a province-month) on local[2]",
        items=readings,
        seconds=spark,
        baseline_name="to_series/detect/to_alerts day by day + route_alerts in one process",
        baseline_seconds=single,
    )


if __name__ == "__main__":
    print(run().report())
