"""Grading on Spark (issue 26): the same register on one process, Spark local[1] and local[2].

``python -m benchmarks spark-grading`` grades 200,000 enterprises with ten events each (the
distributions of ``bench_grading_arrow``) with `grade_batch` from Arrow, then with
`ecoreg.spark.grade_dataframe` on a local Spark session of one and of two cores (the data
cached in Spark first; the time is the action that grades and counts every row). Each is run
three times; best and spread are printed, and throughput with the ratios.
"""

from __future__ import annotations

import os
import sys
import warnings
from typing import Any

import ecoreg
from benchmarks._harness import Result
from benchmarks.bench_grading_arrow import ON, arrow_province, timed

N = 200_000


def _keyed(register: Any, events: Any) -> Any:
    """The events keyed by credit code (as a platform's table holds them), type as text."""
    keyed = events.append_column(
        "credit_code", register.column("credit_code").take(events.column("enterprise"))
    ).drop_columns(["enterprise"])
    at = keyed.schema.get_field_index("type")
    return keyed.set_column(at, "type", keyed.column("type").cast("string"))


def _spark_seconds(
    cores: int, register: Any, keyed: Any, policy: ecoreg.Policy
) -> tuple[float, float]:
    from pyspark.sql import SparkSession  # noqa: PLC0415 - the spark extra

    import ecoreg.spark  # noqa: PLC0415 - the spark extra

    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("ecoreg-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(2 * cores))
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        frame = session.createDataFrame(register).cache()
        events = session.createDataFrame(keyed).cache()
        frame.count()
        events.count()
        graded = ecoreg.spark.grade_dataframe(frame, events, policy=policy, on=ON)
        return timed(3, graded.count)
    finally:
        session.stop()


def run() -> Result:
    """Single process against Spark local[1] and local[2]."""
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas")
    policy = ecoreg.standard_policy_book().resolve("CN-SN", ON)
    register, events = arrow_province(N, 20261101)
    register = register.set_column(
        2, "permit_class", register.column("permit_class").cast("string")
    )
    single, single_spread = timed(
        3, lambda: ecoreg.grade_batch(register, events, policy=policy, on=ON)
    )
    keyed = _keyed(register, events)
    print(f"  single process: {single:.2f} s (spread {single_spread:.2f}) = {N / single:,.0f}/s")
    spark = {}
    for cores in (1, 2):
        best, spread = _spark_seconds(cores, register, keyed, policy)
        spark[cores] = best
        print(
            f"  Spark local[{cores}]: {best:.2f} s (spread {spread:.2f}) = {N / best:,.0f}/s; "
            f"{best / single:.1f}x the single process"
        )
    print(f"  local[2] / local[1]: {spark[2] / spark[1]:.2f}x")
    return Result(
        name=f"spark-grading: {N:,} enterprises x 10 events on Spark local[2]",
        items=N,
        seconds=spark[2],
        baseline_name="grade_batch from Arrow in one process",
        baseline_seconds=single,
    )


if __name__ == "__main__":
    print(run().report())
