"""Run the benchmarks: ``python -m benchmarks [name ...]``.

With more than one name, each benchmark runs in its own interpreter, one after the other: a
benchmark's data and checks (hundreds of megabytes, millions of objects) would otherwise stay in
the heap the next one is timed in (the field's HJ 212 mix read 12 % slower after the canonical
day had run in the same process). Each figure is still measured against its baseline in the
same run.
"""

from __future__ import annotations

import subprocess
import sys

from benchmarks import (
    bench_alerts,
    bench_alerts_arrow,
    bench_arrow_more,
    bench_detectors,
    bench_edge,
    bench_fines,
    bench_grading,
    bench_grading_arrow,
    bench_hj212,
    bench_inspections,
    bench_periods,
    bench_spark,
    bench_spark_hj212,
    bench_spark_month,
)

BENCHMARKS = {
    "alerts": bench_alerts.run,
    "alerts-arrow": bench_alerts_arrow.run,
    "detectors": bench_detectors.run,
    "detectors-arrow": bench_arrow_more.run_ratio,
    "grading": bench_grading.run,
    "grading-arrow": bench_grading_arrow.run,
    "grading-nation": bench_grading_arrow.run_nation,
    "hj212": bench_hj212.run,
    "hj212-field": bench_hj212.run_field,
    "inspections": bench_inspections.run,
    "inspections-arrow": bench_arrow_more.run_inspections,
    "series-arrow": bench_arrow_more.run_series,
    "http": bench_edge.run_http,
    "http-batch": bench_edge.run_http_batch,
    "stdio": bench_edge.run_stdio,
    "periods": bench_periods.run,
    "fines": bench_fines.run,
    "spark-grading": bench_spark.run,
    "spark-hj212": bench_spark_hj212.run,
}
LONG = {"spark-hj212-month": bench_spark_month.run}
"""Run only by name (half an hour on the development machine): the issue's province-month."""


def main(argv: list[str]) -> int:
    """Run the named benchmarks (all by default) and print their figures."""
    names = argv or list(BENCHMARKS)
    known = {**BENCHMARKS, **LONG}
    unknown = [n for n in names if n not in known]
    if unknown:
        print(f"unknown benchmark(s) {unknown}; choose from {sorted(known)}")
        return 2
    if len(names) == 1:
        print(known[names[0]]().report(), flush=True)
        return 0
    for name in names:  # this interpreter, and names checked against the known above
        done = subprocess.run([sys.executable, "-m", "benchmarks", name], check=False)  # noqa: S603
        if done.returncode != 0:
            return done.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
