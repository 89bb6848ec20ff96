"""HJ 212 readings, detect_ratio and plan_inspections from Arrow against their list inputs (issue 26).

Each benchmark times the Arrow input and the list input of the same data in the same run (best
of three, garbage collected before each) and reports Arrow / list as the ratio:

* ``series-arrow``: a day of minute readings of 3,400 outlets (4.9 million rows) put on the
  grid by `to_series`, from the `Readings.to_arrow` table (every column checked) against the
  `Readings` themselves; `Readings.to_arrow` timed too;
* ``detectors-arrow``: `detect_ratio` over the same 3,400 inlet/outlet pairs as
  ``bench_detectors.py``, from an Arrow table of list columns against the NumPy matrices;
* ``inspections-arrow``: `plan_inspections` of the 200,000 tasks of ``bench_inspections.py``,
  from an Arrow table (every column checked, the tasks built) and the grading table, against
  the list of `InspectionTask` and the `GradingBatch`; and against rows validated into
  `InspectionTask` models first (what a caller pays to make that list).
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from typing import TYPE_CHECKING, Any

import numpy as np

import ecoreg
from benchmarks._harness import Result
from benchmarks.bench_grading import province
from benchmarks.bench_inspections import YEAR, tasks
from ecoreg.monitoring import hj212

if TYPE_CHECKING:
    from collections.abc import Callable

OUTLETS = 3_400
MINUTES = 1_440
START = dt.datetime(2026, 10, 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def best(repeat: int, func: Callable[[], object]) -> float:
    """The best wall time of ``repeat`` runs, the heap collected before each."""
    walls = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        func()
        walls.append(time.perf_counter() - start)
    return min(walls)


def _report(name: str, items: int, arrow: float, listed: float) -> None:
    print(
        f"  from Arrow {arrow:.3f} s ({items / arrow:,.0f}/s); from lists {listed:.3f} s "
        f"({items / listed:,.0f}/s); Arrow / lists {arrow / listed:.2f}x  [{name}]"
    )


def readings() -> hj212.Readings:
    """A day of minute readings (CN 2051, one factor) of every outlet, in time order."""
    rng = np.random.default_rng(20261001)
    rows = OUTLETS * MINUTES
    station = np.tile(np.arange(OUTLETS, dtype=np.int64), MINUTES)
    minute = np.repeat(np.arange(MINUTES, dtype=np.int64), OUTLETS)
    values = np.full((rows, len(hj212.KINDS)), np.nan)
    values[:, 1] = rng.uniform(5, 100, rows)
    flag = np.full(rows, "N", dtype="U1")
    flag[rng.random(rows) < 0.01] = "F"
    return hj212.Readings(
        stations=tuple(f"MN{i:06d}" for i in range(OUTLETS)),
        commands=("2051",),
        factors=("a21026",),
        position=np.arange(rows, dtype=np.int64) * 120,
        mn=station,
        cn=np.zeros(rows, dtype=np.int64),
        time=int(START.timestamp()) + 60 * minute,
        factor=np.zeros(rows, dtype=np.int64),
        values=values,
        flag=flag,
        packets=rows,
        errors=(),
        junk=(),
    )


def run_series() -> Result:
    """`to_series` from the Arrow readings against the `Readings`."""
    import pyarrow as pa  # noqa: PLC0415 - the arrow extra

    pa.set_cpu_count(1)
    data = readings()
    table = data.to_arrow()
    grid: dict[str, Any] = {"cn": "2051", "start": START, "points": MINUTES, "minutes_per_point": 1}
    one, two = hj212.to_series(data, **grid), hj212.to_series(table, **grid)
    if not (
        np.array_equal(one.values, two.values, equal_nan=True)
        and np.array_equal(one.flags, two.flags)
        and one.stations == two.stations
    ):
        raise SystemExit("series from Arrow and from Readings differ")
    to_arrow = best(3, data.to_arrow)
    print(f"  Readings.to_arrow: {len(data):,} rows in {to_arrow:.3f} s")
    arrow = best(3, lambda: hj212.to_series(table, **grid))
    listed = best(3, lambda: hj212.to_series(data, **grid))
    _report("to_series", len(data), arrow, listed)
    return Result(
        name="series-arrow: a day of minute readings of 3,400 outlets on the grid, from Arrow",
        items=len(data),
        seconds=arrow,
        baseline_name="to_series from the Readings",
        baseline_seconds=listed,
    )


def run_ratio() -> Result:
    """`detect_ratio` from Arrow list columns against the NumPy matrices."""
    import pyarrow as pa  # noqa: PLC0415 - the arrow extra

    pa.set_cpu_count(1)
    rng = np.random.default_rng(20261001)
    level = rng.uniform(5, 100, (OUTLETS, 1))
    outlet = level * (1 + 0.03 * rng.standard_normal((OUTLETS, MINUTES)))
    outlet[11::71, 600:1100] = np.nan
    inlet = 3 * level * (1 + 0.1 * rng.standard_normal((OUTLETS, 24)).repeat(60, axis=1))
    inlet[5::200] = outlet[5::200] * 1.5  # a constant ratio: a fabricated inlet
    flags = np.full((OUTLETS, MINUTES), "N", dtype="U1")
    flags[3::97] = "F"

    def lists(x: np.ndarray) -> Any:
        flat = pa.array(x.reshape(-1), mask=np.isnan(x.reshape(-1)))
        return pa.FixedSizeListArray.from_arrays(flat, MINUTES).cast(pa.list_(pa.float64()))

    table = pa.table(
        {
            "inlet": lists(inlet),
            "outlet": lists(outlet),
            "outlet_flags": pa.ListArray.from_arrays(
                pa.array(np.arange(OUTLETS + 1, dtype=np.int32) * MINUTES),
                pa.array(flags.reshape(-1)),
            ),
        }
    )
    settings = ecoreg.DetectorSettings.of(
        ecoreg.standard_policy_book().resolve("CN-SD-ZB", dt.date(2026, 10, 1))
    )
    one = ecoreg.detect_ratio(inlet, outlet, settings=settings, outlet_flags=flags)
    if not ecoreg.detect_ratio(table, settings=settings).to_arrow().equals(one.to_arrow()):
        raise SystemExit("detect_ratio from Arrow and from matrices differ")
    print(f"  {OUTLETS:,} pairs: {int(one.implausible.sum())} implausible ratios")
    arrow = best(3, lambda: ecoreg.detect_ratio(table, settings=settings))
    listed = best(
        3, lambda: ecoreg.detect_ratio(inlet, outlet, settings=settings, outlet_flags=flags)
    )
    _report("detect_ratio", OUTLETS * MINUTES, arrow, listed)
    return Result(
        name="detectors-arrow: detect_ratio over 3,400 inlet/outlet days from Arrow",
        items=OUTLETS * MINUTES,
        seconds=arrow,
        baseline_name="detect_ratio from the NumPy matrices",
        baseline_seconds=listed,
    )


def run_inspections() -> Result:
    """`plan_inspections` from Arrow tasks and grades against the task list and batch."""
    import pyarrow as pa  # noqa: PLC0415 - the arrow extra

    pa.set_cpu_count(1)
    rng = np.random.default_rng(20260101)
    on = dt.date(YEAR, 1, 1)
    enterprises, events = province(rng, on)
    register = ecoreg.EnterpriseTable.from_columns(**enterprises)  # type: ignore[arg-type]
    policy = ecoreg.standard_policy_book().resolve("CN", on)
    gradings = ecoreg.grade_batch(
        register,
        ecoreg.EventTable.from_columns(**events),  # type: ignore[arg-type]
        policy=policy,
        on=on,
    )
    proposed = tasks(list(register.codes), rng)
    table = pa.Table.from_pylist(
        [t.model_dump() for t in proposed], schema=ecoreg.task_arrow_schema()
    )
    grades = gradings.to_arrow()
    sample = ecoreg.draw_sample(gradings, policy=policy, seed=f"{YEAR}-round-1")
    common: dict[str, Any] = {"policy": policy, "year": YEAR, "sample": sample}
    one = ecoreg.plan_inspections(proposed, gradings=gradings, **common)
    two = ecoreg.plan_inspections(table, gradings=grades, **common)
    if not one.to_arrow().equals(two.to_arrow()) or one.visits != two.visits:
        raise SystemExit("the plan from Arrow and from the task list differ")
    arrow = best(3, lambda: ecoreg.plan_inspections(table, gradings=grades, **common))
    listed = best(3, lambda: ecoreg.plan_inspections(proposed, gradings=gradings, **common))
    _report("plan_inspections", len(proposed), arrow, listed)
    rows = [t.model_dump() for t in proposed]  # the rows a caller holds before the models
    validated = best(
        2,
        lambda: ecoreg.plan_inspections(
            [ecoreg.InspectionTask.model_validate(r) for r in rows], gradings=gradings, **common
        ),
    )
    print(
        f"  from rows validated into InspectionTask models {validated:.3f} s; "
        f"Arrow / validated rows {arrow / validated:.2f}x"
    )
    out = best(3, one.to_arrow)
    print(f"  InspectionPlan.to_arrow: {len(proposed):,} rows in {out:.3f} s")
    return Result(
        name="inspections-arrow: plan 200,000 tasks from Arrow (checked whole)",
        items=len(proposed),
        seconds=arrow,
        baseline_name="plan_inspections from the InspectionTask list and GradingBatch",
        baseline_seconds=listed,
    )
