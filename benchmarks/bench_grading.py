"""Grading a province: 50,000 enterprises with ten events each, in one call.

Baseline: merely validating the same inputs (the enterprise and event columns,
every credit code checked) in the same run.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

import ecoreg
from benchmarks._harness import Result, best_of

N = 50_000
EVENTS_PER_ENTERPRISE = 10


def credit_code(i: int) -> str:
    """A valid synthetic unified social credit code (check character computed)."""
    body = f"91610100{i:09d}"
    return body + ecoreg.credit_code_check_char(body)


def province(rng: np.random.Generator, on: dt.date) -> tuple[dict[str, object], dict[str, object]]:
    """Seeded columns for N enterprises and their events within the last three years."""
    enterprises = {
        "credit_code": [credit_code(i) for i in range(N)],
        "key_unit": rng.random(N) < 0.15,
        "permit_class": rng.choice(
            ["key", "simplified", "registration"], N, p=[0.15, 0.35, 0.5]
        ).tolist(),
        "drinking_water": rng.random(N) < 0.03,
        "other_sensitive": rng.random(N) < 0.1,
        "toxic": rng.random(N) < 0.08,
    }
    m = N * EVENTS_PER_ENTERPRISE
    kinds = rng.choice(6, m, p=[0.06, 0.1, 0.35, 0.44, 0.002, 0.048])
    values = np.where(
        kinds == 0, rng.choice(3, m, p=[0.6, 0.3, 0.1]), (rng.random(m) < 0.7).astype(np.int64)
    )
    values = np.where(kinds == 4, 1, values)  # a one-vote-red act has no status
    events = {
        "enterprise": np.repeat(np.arange(N), EVENTS_PER_ENTERPRISE),
        "type": kinds,
        "day": on.toordinal() - rng.integers(0, 3 * 365, m),
        "value": values,
        "enterprises": N,
    }
    return enterprises, events


def run() -> Result:
    """Time validating + grading against validating only."""
    on = dt.date(2026, 11, 1)
    enterprises, events = province(np.random.default_rng(20261101), on)
    policy = ecoreg.standard_policy_book().resolve("CN-SN", on)

    def validate() -> tuple[ecoreg.EnterpriseTable, ecoreg.EventTable]:
        return (
            ecoreg.EnterpriseTable.from_columns(**enterprises),  # type: ignore[arg-type]
            ecoreg.EventTable.from_columns(**events),  # type: ignore[arg-type]
        )

    def grade() -> None:
        ents, evs = validate()
        ecoreg.grade_batch(ents, evs, policy=policy, on=on)

    ents, evs = validate()
    summary = ecoreg.grade_batch(ents, evs, policy=policy, on=on).summary(policy).outcome
    print(
        "  grades "
        + ", ".join(f"{g.value}: {n:,}" for g, n in summary.by_grade)
        + "; codes "
        + ", ".join(f"{c}: {n:,}" for c, n in summary.by_colour)
    )
    return Result(
        name="grading: validate + grade 50,000 enterprises (10 events each)",
        items=N,
        seconds=best_of(3, grade),
        baseline_name="validating the same inputs only",
        baseline_seconds=best_of(3, validate),
    )
