"""The snapshot of penalty decisions: leniency, discretionary fines, reductions, daily penalties.

Each scenario is one case decided on 2026-10-09 under the national rules, Tianjin (public
apology), Dongguan (law-study points, pledges), Yingkou (excluded situations), Shaanxi and
Shanxi (its no-penalty list; until issue 25 filed under Shaanxi): first and
repeat violations, every must-not and may-not rule, each aggravating and mitigating fact,
factor levels, an apology pledge in time and a day late, and law-study standings. Then the
daily continuous penalty (按日连续处罚) for each trigger. ``tests/test_fines_contract.py``
compares the decisions (outcome, every reason in Chinese and English, facts, hints) with
``tests/snapshots/fines.jsonl``. After a deliberate change, regenerate the file with
``python tests/fines_snapshot.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ecoreg import (
    StudyEntry,
    ViolationCase,
    daily_continuous_penalty,
    decide_fine,
    decide_leniency,
    standard_policy_book,
    study_standing,
)
from snapshot_check import document, line

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "fines.jsonl"
DECIDED = dt.date(2026, 10, 9)
BOOK = standard_policy_book()
CODES = ("CN", "CN-TJ", "CN-GD-DG", "CN-LN-YK", "CN-SN", "CN-SX")


def cases() -> list[tuple[str, dict[str, Any]]]:
    """Case facts, as plain data (``ViolationCase.from_data``)."""
    base: dict[str, Any] = {
        "kind": "air.over-limit",
        "occurred_on": "2026-09-01",
        "discovered_on": "2026-09-03",
        "corrected_on": "2026-09-05",
        "corrected_promptly": True,
        "harm": "slight",
        "exceedance_ratio": "0.3",
    }
    prior = [{"kind": "air.over-limit", "on": "2025-03-01"}]
    pledge = {"notice_received_on": "2026-09-20", "apology_pledge": {"filed_on": "2026-09-25"}}
    late_pledge = {"notice_received_on": "2026-09-03", "apology_pledge": {"filed_on": "2026-10-08"}}
    return [
        ("first, minor, corrected", {**base, "minor": True}),
        ("first, slight harm", base),
        ("first, no harm, not minor", {**base, "harm": "none"}),
        ("not corrected", {**base, "corrected_on": None, "corrected_promptly": False}),
        ("no fault proven", {**base, "no_fault_proven": True}),
        ("repeat of the same kind", {**base, "prior_violations": prior}),
        (
            "prior violation of another kind",
            {**base, "prior_violations": [{"kind": "water.over-limit", "on": "2025-03-01"}]},
        ),
        (
            "prior not penalized",
            {**base, "prior_violations": [{**prior[0], "penalized": False}]},
        ),
        ("falsified data", {**base, "kind": "monitoring.falsified-data", "falsified_data": True}),
        (
            "evading monitoring",
            {**base, "kind": "air.evading-monitoring", "evading_monitoring": True},
        ),
        ("a crime", {**base, "crime": True}),
        ("an excluded situation", {**base, "excluded_situation": "在饮用水水源保护区内"}),
        ("harmful, level 5 destination", {**base, "harm": "harmful", "destination_level": 5}),
        ("heavy-pollution period", {**base, "period_level": 5, "exceedance_ratio": "2.5"}),
        (
            "every aggravation",
            {**base, "aggravations": ["obstructing_officers", "cross_region", "bad_social_impact"]},
        ),
        (
            "every mitigation",
            {**base, "mitigations": ["eliminated_harm", "coerced", "confessed", "meritorious"]},
        ),
        ("mitigation under another law", {**base, "mitigations": ["other_law"]}),
        ("public apology", {**base, "public_apology": True}),
        ("public apology, minor", {**base, "public_apology": True, "minor": True}),
        ("pledge in time", {**base, **pledge}),
        ("pledge a day late", {**base, **late_pledge}),
        (
            "pledge not rectified",
            {**base, **pledge, "apology_pledge": {"filed_on": "2026-09-25", "rectified": False}},
        ),
        ("no permit", {**base, "kind": "air.no-permit"}),
        ("stockpile", {**base, "kind": "dust.uncovered-stockpile", "exceedance_ratio": None}),
        ("an act before the Code", {**base, "occurred_on": "2026-08-14"}),
        (
            "a continuing act across the Code",
            {**base, "occurred_on": "2026-08-01", "ended_on": "2026-08-20"},
        ),
        (
            "prior violation on the act's day",
            {**base, "prior_violations": [{**prior[0], "on": "2026-09-01"}]},
        ),
        (
            "no-penalty list: every condition met",
            {
                **base,
                "toxic_pollutant": False,
                "pollutants_over": 1,
                "hourly_exceedance_multiple": "0.05",
                "hours_over_in_day": 4,
            },
        ),
        (
            "no-penalty list: five hours over",
            {
                **base,
                "toxic_pollutant": False,
                "pollutants_over": 1,
                "hourly_exceedance_multiple": "0.05",
                "hours_over_in_day": 5,
            },
        ),
        ("no-penalty list: facts not given", {**base, "pollutants_over": 1}),
        (
            "limitation passed",
            {
                **base,
                "occurred_on": "2024-09-01",
                "discovered_on": "2026-09-03",
                "corrected_on": "2026-09-05",
            },
        ),
        ("limitation with harm", {**base, "occurred_on": "2022-09-01", "environmental_harm": True}),
    ]


def standings() -> list[tuple[str, list[dict[str, Any]]]]:
    """Law-study records (学法积分) at and around each threshold."""
    return [
        ("no study", []),
        ("one class", [{"on": "2026-09-01", "minutes": 45}]),
        (
            "classes and an exam",
            [{"on": "2026-06-01", "minutes": 600}, {"on": "2026-07-01", "exam_score": 90}],
        ),
        ("a failed exam", [{"on": "2026-07-01", "minutes": 300, "exam_score": 59}]),
        ("points too old", [{"on": "2024-01-01", "minutes": 900, "exam_score": 100}]),
    ]


def lines() -> list[str]:
    """One JSON line per decision, in a fixed order."""
    out = []
    for code in CODES:
        policy = BOOK.resolve(code, DECIDED)
        for name, data in cases():
            case = ViolationCase.from_data(data)
            fine = decide_fine(case, policy=policy, decided_on=DECIDED)
            out.append(line(f"{code}: fine: {name}", {"decision": document(fine)}))
            leniency = decide_leniency(case, policy=policy, decided_on=DECIDED)
            out.append(line(f"{code}: leniency: {name}", {"decision": document(leniency)}))
        minor = ViolationCase.from_data({**dict(cases())["first, minor, corrected"]})
        studies = standings() if "study.minutes_per_class_hour" in policy.parameters else []
        for name, entries in studies:
            standing = study_standing(
                [StudyEntry.from_data(e) for e in entries], policy=policy, on=DECIDED
            )
            out.append(line(f"{code}: study: {name}", {"decision": document(standing)}))
            study = standing.outcome
            fine = decide_fine(minor, policy=policy, decided_on=DECIDED, study=study)
            out.append(line(f"{code}: fine with study: {name}", {"decision": document(fine)}))
            lenient = decide_leniency(minor, policy=policy, decided_on=DECIDED, study=study)
            out.append(
                line(f"{code}: leniency with study: {name}", {"decision": document(lenient)})
            )
        proposed = decide_fine(
            ViolationCase.from_data(dict(cases())["first, slight harm"]),
            policy=policy,
            decided_on=DECIDED,
            proposed="150000",
        )
        out.append(line(f"{code}: fine as proposed", {"decision": document(proposed)}))
        for kind, trigger, served, reinspected in (
            ("air.over-limit", "continuing", "2026-09-01", "2026-09-11"),
            ("air.over-limit", "refused_to_correct", "2026-09-01", "2026-09-02"),
            ("air.over-limit", "obstructed_reinspection", "2026-09-01", "2026-09-30"),
            ("water.over-limit", "continuing", "2026-08-01", "2026-08-14"),
            ("air.evading-monitoring", "continuing", "2026-09-01", "2026-09-02"),
            ("air.no-permit", "refused_to_correct", "2026-07-01", "2026-07-31"),
        ):
            daily = daily_continuous_penalty(
                "100000",
                kind=kind,
                order_served_on=served,
                reinspected_on=reinspected,
                policy=policy,
                decided_on=DECIDED,
                trigger=trigger,
            )
            name = f"{code}: daily: {kind} {trigger} {served}..{reinspected}"
            out.append(line(name, {"decision": document(daily)}))
    return out


if __name__ == "__main__":
    from snapshot_check import write

    write(SNAPSHOT, lines)
