"""A province's fines through its discretion tables: 20,000 Guangdong cases, one decision each.

The cases are spread over every catalogue kind one of Guangdong's fine tables (粤环发〔2021〕7号
附件1) scores, acts of 2026 before the Code, with the facts the tables read drawn at random
(pollutant classes, areas, tonnes, days, earlier violations, the amounts a multiple is taken
of …), some with an apology pledge. Cases a kind's rule cannot decide without a fact the draw
left out are drawn again, so every case is decided.

Baseline: the same cases decided under the national rules (ecoreg's default discretion formula,
no tables, no local reductions): what the tables, the persons' columns and the apology rules
add.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import ecoreg
from benchmarks._harness import Result, best_of
from ecoreg.exceptions import EcoregError

if TYPE_CHECKING:
    from collections.abc import Callable

N = 20_000
DAY = dt.date(2026, 6, 30)

_CLASSES = ("a", "b", "toxic", "voc")
_AREAS = ("general", "restricted", "residential", "ecological", "drinking_water_first")


def _guangdong(rnd: random.Random) -> dict[str, Any]:
    """The table facts of one case, each stated or not."""
    facts: dict[str, Any] = {
        "pollutant_classes": rnd.sample(_CLASSES, rnd.randrange(3)),
        "areas": rnd.sample(_AREAS, rnd.randrange(3)),
    }
    maybe: dict[str, Callable[[], object]] = {
        "daily_wastewater_tonnes": lambda: rnd.randrange(500),
        "hazardous_waste_tonnes": lambda: Decimal(rnd.randrange(200)) / 10,
        "material_tonnes": lambda: rnd.randrange(300),
        "duration_days": lambda: rnd.randrange(800),
        "major_impact": lambda: rnd.random() < 0.05,
        "mitigated": lambda: rnd.random() < 0.5,
        "compensation_assumed": lambda: rnd.random() < 0.5,
        "remediated_in_time": lambda: rnd.random() < 0.5,
        "hazardous_waste_handling": lambda: rnd.choice(("not_yet", "recovered", "dumped")),
        "other_adverse_impact": lambda: rnd.random() < 0.3,
    }
    facts |= {k: make() for k, make in maybe.items() if rnd.random() < 0.6}
    return facts


def _case(rnd: random.Random, kinds: list[str]) -> ecoreg.ViolationCase:
    occurred = dt.date(2026, 1, 1) + dt.timedelta(days=rnd.randrange(150))
    found = occurred + dt.timedelta(days=rnd.randrange(1, 20))
    kind = rnd.choice(kinds)
    data: dict[str, Any] = {
        "kind": kind,
        "occurred_on": occurred,
        "discovered_on": found,
        "harm": rnd.choice(("slight", "harmful", "harmful")),
        "pollutants_over": rnd.randrange(1, 4),
        "exceedance_ratio": Decimal(rnd.randrange(0, 300)) / 100,
        "refused_to_correct": rnd.random() < 0.2,
        "serious": rnd.random() < 0.2,
        "prior_violations": [
            {"kind": kind, "on": occurred - dt.timedelta(days=rnd.randrange(30, 900))}
            for _ in range(rnd.randrange(3))
        ],
        "guangdong": _guangdong(rnd),
        "accident_grade": rnd.choice(("general", "large", "major", "especially_major")),
        "count": rnd.randrange(1, 4),
        "prior_year_income": rnd.randrange(50_000, 500_000),
    }
    for name in ("goods_value", "service_fee", "disposal_cost", "direct_loss", "illegal_gains"):
        data[name] = rnd.randrange(10_000, 5_000_000)
    data["project_investment"] = rnd.randrange(1_000_000, 200_000_000)
    if rnd.random() < 0.3:
        data["notice_received_on"] = found + dt.timedelta(days=5)
        data["apology_pledge"] = {"filed_on": found + dt.timedelta(days=8)}
    return ecoreg.ViolationCase.model_validate(data)


def _cases(guangdong: ecoreg.Policy, national: ecoreg.Policy) -> list[ecoreg.ViolationCase]:
    """``N`` cases both policies decide (a draw a rule cannot decide is drawn again)."""
    rnd = random.Random(20261206)
    tables = guangdong.records("discretion.tables").values()
    kinds = sorted({k for t in tables for k in t.kinds})
    found: list[ecoreg.ViolationCase] = []
    while len(found) < N:
        case = _case(rnd, kinds)
        try:
            for policy in (guangdong, national):
                ecoreg.decide_fine(case, policy=policy, decided_on=DAY)
        except EcoregError:
            continue
        found.append(case)
    return found


def run() -> Result:
    """Time Guangdong's decisions against the national ones on the same cases."""
    book = ecoreg.standard_policy_book()
    guangdong, national = book.resolve("CN-GD", DAY), book.resolve("CN", DAY)
    cases = _cases(guangdong, national)
    tabled = sum(
        any(s.rule_id == "fine.table" for s in d.outcome.steps)
        for d in (ecoreg.decide_fine(c, policy=guangdong, decided_on=DAY) for c in cases[:2_000])
    )

    def decide(policy: ecoreg.Policy) -> None:
        for case in cases:
            ecoreg.decide_fine(case, policy=policy, decided_on=DAY)

    print(f"  {len(cases):,} cases; of the first 2,000, {tabled:,} scored on a table")
    return Result(
        name="fines: 20,000 Guangdong cases through the discretion tables",
        items=N,
        seconds=best_of(1, lambda: decide(guangdong)),
        baseline_name="the same cases under the national rules (default formula)",
        baseline_seconds=best_of(1, lambda: decide(national)),
    )
