"""The snapshot of inspection planning: every rule's decision, the summary, and code checks.

One year of tasks for five firms (grades A–D, one on the positive list) under the national
defaults and under a city that allows no joint inspection, with a random-inspection sample and
visits already made. ``tests/test_inspections.py`` compares the decisions (outcome, every reason
in Chinese and English, facts, hints) with ``tests/snapshots/inspections.jsonl``. After a
deliberate change, regenerate the file with ``python tests/inspections_snapshot.py`` and review
the diff.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ecoreg import (
    InspectionTask,
    Policy,
    issue_code,
    plan_inspections,
    standard_policy_book,
    verify_code,
)
from policy_helpers import local_measure
from snapshot_check import document, line

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "inspections.jsonl"
BOOK = standard_policy_book()
GRADES = {"F-A": "A", "F-B": "B", "F-C": "C", "F-D": "D", "F-C2": "C"}
KEY = b"the snapshot's signing key"


def policies() -> dict[str, Policy]:
    """The national defaults, and a city with no joint inspection and two-day codes."""
    separate = local_measure(
        {"inspections.joint_inspection": False, "inspections.code_valid_days": 2}
    )
    return {
        "national": BOOK.resolve("CN", "2026-01-01"),
        "separate": BOOK.extend(separate).resolve("CN-TJ", "2026-01-01"),
    }


def _task(
    ident: str, firm: str, department: str, start: str, end: str, **more: Any
) -> InspectionTask:
    return InspectionTask.model_validate(
        {
            "id": ident,
            "enterprise": firm,
            "department": department,
            "purposes": [f"{department}检查"],
            "window_start": start,
            "window_end": end,
            **more,
        }
    )


def tasks() -> list[InspectionTask]:
    """Tasks that reach every rule of the plan."""
    return [
        _task("c-air", "F-C", "大气", "2026-05-01", "2026-05-31"),
        _task("c-water", "F-C", "水", "2026-05-10", "2026-06-10"),
        _task("c-waste", "F-C", "固废", "2026-05-15", "2026-05-20"),
        _task("c-later", "F-C", "大气", "2026-09-01", "2026-09-30"),
        _task("c-unplanned", "F-C", "大气", "2026-10-01", "2026-10-31", in_annual_plan=False),
        _task("c2-random", "F-C2", "水", "2026-03-01", "2026-03-31", random_sampling=True),
        _task("c2-capped", "F-C2", "水", "2026-08-01", "2026-08-31"),
        _task("c2-complaint", "F-C2", "水", "2026-04-01", "2026-04-30", trigger="complaint"),
        _task("a-routine", "F-A", "大气", "2026-06-01", "2026-06-30"),
        _task("a-alert", "F-A", "大气", "2026-06-01", "2026-06-30", trigger="alert"),
        _task("b-routine", "F-B", "水", "2026-07-01", "2026-07-15"),
        _task("d-routine", "F-D", "固废", "2026-10-01", "2026-10-07"),
        _task("d-referral", "F-D", "固废", "2026-11-01", "2026-11-30", trigger="referral"),
    ]


def lines() -> list[str]:
    """One JSON line per decision, in a fixed order."""
    out: list[str] = []
    for name, policy in policies().items():
        plan = plan_inspections(
            tasks(),
            gradings=GRADES,
            policy=policy,
            year=2026,
            sample={"F-C"},
            visits_so_far={"F-C2": 4},
        )
        out.extend(
            line(f"{name}: {task.id}", {"decision": document(plan.decision(task.id))})
            for task in plan.tasks
        )
        visits = [v.to_data() for v in plan.visits]
        out.append(line(f"{name}: plan", {"summary": document(plan.summary()), "visits": visits}))
        visit = plan.visits[0]
        code = issue_code(
            visit, agency="某区生态环境局", inspectors=["31010001"], key=KEY, policy=policy
        )
        checks = {
            "valid": verify_code(code, key=KEY, on=visit.on),
            "last day": verify_code(code, key=KEY, on=visit.on + dt.timedelta(days=1)),
            "forged": verify_code(code, key=b"not the snapshot's key!", on=visit.on),
            "version": verify_code("EIC9." + code.split(".", 1)[1], key=KEY, on=visit.on),
            "garbage": verify_code("x.y", key=KEY, on=visit.on),
        }
        for check, decision in checks.items():
            out.append(line(f"{name}: code {check}", {"decision": document(decision)}))
    return out


if __name__ == "__main__":
    from snapshot_check import write

    write(SNAPSHOT, lines)
