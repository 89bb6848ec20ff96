"""Run the benchmarks: ``python -m benchmarks [name ...]``."""

from __future__ import annotations

import sys

from benchmarks import (
    bench_alerts,
    bench_alerts_arrow,
    bench_detectors,
    bench_edge,
    bench_grading,
    bench_grading_arrow,
    bench_hj212,
    bench_inspections,
    bench_periods,
    bench_spark,
)

BENCHMARKS = {
    "alerts": bench_alerts.run,
    "alerts-arrow": bench_alerts_arrow.run,
    "detectors": bench_detectors.run,
    "grading": bench_grading.run,
    "grading-arrow": bench_grading_arrow.run,
    "grading-nation": bench_grading_arrow.run_nation,
    "hj212": bench_hj212.run,
    "hj212-field": bench_hj212.run_field,
    "inspections": bench_inspections.run,
    "http": bench_edge.run_http,
    "http-batch": bench_edge.run_http_batch,
    "stdio": bench_edge.run_stdio,
    "periods": bench_periods.run,
    "spark-grading": bench_spark.run,
}


def main(argv: list[str]) -> int:
    """Run the named benchmarks (all by default) and print their figures."""
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s) {unknown}; choose from {sorted(BENCHMARKS)}")
        return 2
    for name in names:
        print(BENCHMARKS[name]().report(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
