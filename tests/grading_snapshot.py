"""The snapshot of grading: every kind of history record and profile, at its window's edge.

Each scenario is one enterprise (profile and history) graded on 2026-11-01 under the national
defaults (credit + risk matrix), Shaanxi (score bands on 70 points) and Shanghai Xuhui. Then
all scenarios of a policy are graded together with `grade_batch` (columns, next change,
summary). ``tests/test_grading_contract.py`` compares the decisions (outcome, every reason in
Chinese and English, facts) with ``tests/snapshots/grading.jsonl``. After a deliberate change,
regenerate the file with ``python tests/grading_snapshot.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ecoreg import (
    AlertRecord,
    ComplaintRecord,
    CreditRecord,
    DisclosureRecord,
    EnterpriseProfile,
    PositiveListRecord,
    ViolationRecord,
    grade_batch,
    grade_enterprise,
    standard_policy_book,
)
from snapshot_check import document, line

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "grading.jsonl"
ON = dt.date(2026, 11, 1)
BOOK = standard_policy_book()
CODES = ("CN", "CN-SN", "CN-SH-XH")
CREDIT_CODE = "91350200776049653A"


# (name, profile changes, history as plain data)
Scenario = tuple[str, dict[str, Any], list[dict[str, Any]]]


def scenarios() -> list[Scenario]:
    """One enterprise each: a profile and a history."""
    key = {"key_unit": True, "permit_class": "key"}
    risky = {
        "permit_class": "simplified",
        "sensitive_areas": ["drinking_water", "residential"],
        "pollutants": [{"name": "Cr6+", "toxic": True}, {"name": "COD"}],
    }

    def violation(on: str, severity: str, penalty: str | None = None) -> dict[str, Any]:
        record: dict[str, Any] = {"type": "violation", "on": on, "severity": severity}
        if penalty is not None:
            record["penalty"] = penalty
        return record

    return [
        ("clean", {}, []),
        ("clean key unit", key, []),
        ("sensitive and toxic", risky, []),
        ("minor violation", {}, [violation("2026-03-01", "minor", "5000")]),
        ("general violation", {}, [violation("2026-03-01", "general")]),
        ("serious violation", {}, [violation("2026-03-01", "serious", "200000")]),
        ("serious violation on the anniversary", {}, [violation("2024-11-01", "serious")]),
        ("serious violation a day past", {}, [violation("2024-10-31", "serious")]),
        (
            "three violations",
            key,
            [
                violation("2025-01-10", "minor"),
                violation("2025-06-10", "general"),
                violation("2026-09-10", "serious"),
            ],
        ),
        (
            "complaints",
            {},
            [
                {"type": "complaint", "on": "2026-05-01", "verified": True},
                {"type": "complaint", "on": "2026-06-01", "verified": True},
                {"type": "complaint", "on": "2026-07-01", "verified": False},
            ],
        ),
        (
            "alerts",
            risky,
            [
                {"type": "alert", "on": "2026-09-01", "valid": True},
                {"type": "alert", "on": "2026-09-02", "valid": False},
                {"type": "alert", "on": "2025-11-01", "valid": True},
                {"type": "alert", "on": "2025-10-31", "valid": True},
            ],
        ),
        (
            "disclosure lapsed then fixed",
            {},
            [
                {"type": "disclosure", "on": "2026-01-01", "compliant": False},
                {"type": "disclosure", "on": "2026-06-01", "compliant": True},
            ],
        ),
        (
            "disclosure lapsed",
            key,
            [{"type": "disclosure", "on": "2026-06-01", "compliant": False}],
        ),
        (
            "built without approval",
            {},
            [{"type": "credit", "on": "2026-02-01", "act": "built_without_approval"}],
        ),
        (
            "operated without acceptance, long ago",
            {},
            [{"type": "credit", "on": "2023-11-01", "act": "operated_without_acceptance"}],
        ),
        (
            "environmental crime",
            risky,
            [{"type": "credit", "on": "2026-10-31", "act": "environmental_crime"}],
        ),
        ("positive list", {}, [{"type": "positive_list", "on": "2026-01-01", "admitted": True}]),
        (
            "positive list removed",
            {},
            [
                {"type": "positive_list", "on": "2026-01-01", "admitted": True},
                {"type": "positive_list", "on": "2026-08-01", "admitted": False},
            ],
        ),
        (
            "positive list with a violation",
            key,
            [
                {"type": "positive_list", "on": "2026-01-01", "admitted": True},
                violation("2026-09-01", "general", "30000"),
            ],
        ),
        (
            "everything",
            {**key, **risky, "permit_class": "key"},
            [
                violation("2026-01-05", "serious"),
                {"type": "complaint", "on": "2026-05-01", "verified": True},
                {"type": "alert", "on": "2026-09-01", "valid": True},
                {"type": "disclosure", "on": "2026-06-01", "compliant": False},
            ],
        ),
    ]


def _profile(i: int, changes: dict[str, Any]) -> EnterpriseProfile:
    return EnterpriseProfile.from_data(
        {"credit_code": CREDIT_CODE, "name": f"Firm {i}", "jurisdiction": "CN", **changes}
    )


_RECORDS: dict[str, Any] = {
    "violation": ViolationRecord,
    "complaint": ComplaintRecord,
    "alert": AlertRecord,
    "disclosure": DisclosureRecord,
    "credit": CreditRecord,
    "positive_list": PositiveListRecord,
}


def lines() -> list[str]:
    """One JSON line per decision, in a fixed order."""
    out = []
    for code in CODES:
        policy = BOOK.resolve(code, ON)
        profiles, histories = [], []
        for i, (name, changes, data) in enumerate(scenarios()):
            history = [_RECORDS[r["type"]].from_data(r) for r in data]
            profile = _profile(i, {**changes, "jurisdiction": code})
            decision = grade_enterprise(profile, history, policy=policy, on=ON)
            out.append(line(f"{code}: {name}", {"decision": document(decision)}))
            profiles.append(profile)
            histories.append(history)
        batch = grade_batch(profiles, histories, policy=policy, on=ON)
        columns = (
            "credit_score",
            "credit_level",
            "risk_score",
            "risk_level",
            "grade",
            "colour",
            "positive_list_eligible",
            "next_change",
        )
        rows = [{c: getattr(batch, c)[i].item() for c in columns} for i in range(len(profiles))]
        summary = document(batch.summary(policy))
        out.append(line(f"{code}: batch", {"rows": rows, "summary": summary}))
    return out


if __name__ == "__main__":
    from snapshot_check import write

    write(SNAPSHOT, lines)
