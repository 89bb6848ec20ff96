"""The snapshot of payment decisions: deferral, installments, plan checks and surcharges.

Each scenario is decided under the national rules and under Dongguan's guideline
(东生态规〔2025〕2号): relief applications at and past every limit (term, gap, share,
grounds, writing, a late application with and without volunteer service), plan checks of
built and hand-edited plans, and the late-payment surcharge (行政处罚法 Art. 72) on the due day,
the day after, and at its cap. ``tests/test_payment_contract.py`` compares the decisions
(outcome, reasons in Chinese and English, facts, hints, warnings) with
``tests/snapshots/payment.jsonl``. After a deliberate change, regenerate the file with
``python tests/payment_snapshot.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from ecoreg import (
    CaseType,
    InstallmentPlan,
    ReliefApplication,
    build_installment_plan,
    check_installment_plan,
    decide_relief,
    installment_surcharge,
    late_surcharge,
    payment_deadline,
    standard_policy_book,
)
from snapshot_check import document, line

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "payment.jsonl"
DECIDED = dt.date(2026, 3, 2)
BOOK = standard_policy_book()
CODES = ("CN", "CN-GD-DG")


def _application(**changes: Any) -> ReliefApplication:
    base: dict[str, Any] = {
        "fine": "200000",
        "case_type": "non_litigation",
        "decision_received_on": "2026-02-24",
        "filed_on": "2026-03-01",
        "grounds": ["operating_difficulty"],
        "request": {"kind": "installments", "count": 8, "interval_months": 3},
    }
    return ReliefApplication.from_data({**base, **changes})


def applications() -> list[tuple[str, ReliefApplication]]:
    """Relief applications at and past each limit."""

    def installments(count: int, interval: int, **changes: Any) -> ReliefApplication:
        request = {"kind": "installments", "count": count, "interval_months": interval}
        return _application(request=request, **changes)

    def deferral(**request: Any) -> ReliefApplication:
        return _application(request={"kind": "deferral", **request})

    return [
        ("8 quarterly installments", installments(8, 3)),
        ("24 monthly installments", installments(24, 1)),
        ("25 monthly installments", installments(25, 1)),
        ("4 installments 4 months apart", installments(4, 4)),
        ("litigation 12 monthly", installments(12, 1, case_type="litigation")),
        ("litigation 13 monthly", installments(13, 1, case_type="litigation")),
        ("small fine, many installments", installments(12, 1, fine="3000")),
        ("small fine, few installments", installments(3, 1, fine="3000")),
        ("deferral 3 months", deferral(months=3)),
        ("deferral 7 months", deferral(months=7)),
        ("deferral until a date", deferral(until="2026-06-30")),
        # Decided on 2026-03-03: six months run to 2026-09-03, the last day allowed.
        ("deferral to the last day", deferral(until="2026-09-03")),
        ("deferral a day too long", deferral(until="2026-09-04")),
        ("no grounds", installments(8, 3, grounds=[])),
        ("every ground", installments(8, 3, grounds=["low_income", "force_majeure"])),
        ("not in writing", installments(8, 3, in_writing=False)),
        ("filed late", installments(8, 3, filed_on="2026-03-20")),
        (
            "filed late with volunteer service",
            installments(8, 3, filed_on="2026-03-20", volunteer_pledge_hours=40),
        ),
        (
            "filed late, too little service",
            installments(8, 3, filed_on="2026-03-20", volunteer_pledge_hours=1),
        ),
    ]


def plans() -> list[tuple[str, InstallmentPlan]]:
    """Plans as built, and plans edited by hand past a limit."""
    built = build_installment_plan(
        "200000", count=8, interval_months=3, starts_on=DECIDED, case_type=CaseType.NON_LITIGATION
    )
    data = json.loads(built.to_json())
    late_last = json.loads(built.to_json())
    late_last["installments"][-1]["due_on"] = "2028-06-30"
    uneven = json.loads(built.to_json())
    first, second = (Decimal(i["amount"]) for i in uneven["installments"][:2])
    uneven["installments"][0]["amount"] = "100"
    uneven["installments"][1]["amount"] = str(second + first - 100)
    return [
        ("as built", built),
        (
            "odd fen",
            build_installment_plan(
                "100000.01",
                count=3,
                interval_months=2,
                starts_on=DECIDED,
                case_type=CaseType.LITIGATION,
            ),
        ),
        ("same data", InstallmentPlan.from_data(data)),
        ("last installment too late", InstallmentPlan.from_data(late_last)),
        ("a tiny first installment", InstallmentPlan.from_data(uneven)),
    ]


def lines() -> list[str]:
    """One JSON line per decision, in a fixed order."""
    out = []
    for code in CODES:
        policy = BOOK.resolve(code, DECIDED)
        deadline = payment_deadline("2026-09-16", policy=policy)
        out.append(line(f"{code}: payment deadline", {"deadline": document(deadline)}))
        for name, app in applications():
            decided = max(DECIDED, app.filed_on + dt.timedelta(days=2))
            decision = decide_relief(app, policy=policy, decided_on=decided)
            out.append(line(f"{code}: relief: {name}", {"decision": document(decision)}))
        for name, plan in plans():
            checked = check_installment_plan(plan, policy=policy)
            out.append(line(f"{code}: plan: {name}", {"decision": document(checked)}))
        for name, base, due, paid in (
            ("paid on the due day", "10000", "2026-04-01", "2026-04-01"),
            ("a day late", "10000", "2026-04-01", "2026-04-02"),
            ("a month late", "10000", "2026-04-01", "2026-05-01"),
            ("capped", "10000", "2026-04-01", "2026-07-15"),
            ("odd fen", "333.33", "2026-04-01", "2026-04-04"),
        ):
            late = late_surcharge(base, due_on=due, paid_on=paid, policy=policy)
            out.append(line(f"{code}: surcharge: {name}", {"decision": document(late)}))
        plan = plans()[0][1]
        for missed, paid in ((1, "2026-06-10"), (3, "2026-12-01"), (8, "2028-06-01")):
            surcharge = installment_surcharge(plan, missed=missed, paid_on=paid, policy=policy)
            out.append(
                line(f"{code}: installment {missed} paid {paid}", {"decision": document(surcharge)})
            )
    return out


if __name__ == "__main__":
    from snapshot_check import write

    write(SNAPSHOT, lines)
