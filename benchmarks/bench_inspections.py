"""A city's year of inspection tasks planned: 50,000 enterprises, 200,000 tasks.

Three departments propose tasks for a synthetic province graded with `grade_batch` (the same
seeded generator as the grading benchmark): routine tasks in the annual plan, some outside it,
random-inspection tasks, and triggered ones (complaints, alerts). `plan_inspections` decides
them all: approval, merging, off-site, caps. Baseline: sorting the same tasks by firm and
window in Python, the least any planner does, in the same run.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

import ecoreg
from benchmarks._harness import Result, best_of
from benchmarks.bench_grading import province

TASKS = 200_000
YEAR = 2026
DEPARTMENTS = ("大气环境科", "水生态环境科", "固体废物与化学品科")


def tasks(
    codes: list[str], rng: np.random.Generator, n: int = TASKS
) -> list[ecoreg.InspectionTask]:
    """Seeded tasks: a firm, a department, a window of one to six weeks, some triggered."""
    firm = rng.integers(0, len(codes), n)
    dept = rng.integers(0, len(DEPARTMENTS), n)
    start = rng.integers(0, 320, n)
    length = rng.integers(7, 42, n)
    kind = rng.choice(4, n, p=[0.75, 0.08, 0.12, 0.05])  # planned, unplanned, random, triggered
    first = dt.date(YEAR, 1, 1)
    out = []
    for i in range(n):
        begin = first + dt.timedelta(days=int(start[i]))
        out.append(
            ecoreg.InspectionTask.model_construct(
                id=f"T{i:06d}",
                enterprise=codes[int(firm[i])],
                department=DEPARTMENTS[int(dept[i])],
                purposes=(f"{DEPARTMENTS[int(dept[i])]}例行检查",),
                window_start=begin,
                window_end=begin + dt.timedelta(days=int(length[i])),
                in_annual_plan=bool(kind[i] != 1),
                random_sampling=bool(kind[i] == 2),
                trigger=ecoreg.Trigger.COMPLAINT if kind[i] == 3 else None,
                trigger_ref=None,
            )
        )
    return out


def run() -> Result:
    """Time the plan against a bare sort of the same tasks."""
    rng = np.random.default_rng(20260101)
    on = dt.date(YEAR, 1, 1)
    enterprises, events = province(rng, on)
    table = ecoreg.EnterpriseTable.from_columns(**enterprises)  # type: ignore[arg-type]
    book = ecoreg.standard_policy_book()
    policy = book.resolve("CN", on)
    gradings = ecoreg.grade_batch(
        table,
        ecoreg.EventTable.from_columns(**events),  # type: ignore[arg-type]
        policy=policy,
        on=on,
    )
    proposed = tasks(list(table.codes), rng)
    sample = ecoreg.draw_sample(gradings, policy=policy, seed=f"{YEAR}-round-1")

    def plan() -> ecoreg.InspectionPlan:
        return ecoreg.plan_inspections(
            proposed, gradings=gradings, policy=policy, year=YEAR, sample=sample
        )

    summary = plan().summary().outcome
    print(
        f"  {len(table):,} enterprises, {summary.tasks:,} tasks → {summary.visits_after:,} visits "
        f"(−{summary.reduction_percent} %), { {o.value: n for o, n in summary.by_outcome} }"
    )
    return Result(
        name="inspections: plan a year (approval, merging, off-site, caps)",
        items=len(proposed),
        seconds=best_of(3, plan),
        baseline_name="sorting the tasks by firm and window",
        baseline_seconds=best_of(
            3, lambda: sorted(proposed, key=lambda t: (t.enterprise, t.window_start, t.id))
        ),
    )
