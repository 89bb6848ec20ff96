"""Yingkou (营口市, CN-LN-YK), Liaoning.

Measures (seed, 2025; no document numbers): 《营口市排污单位主动学法激励制度》 (law-study
points, from 2024-04-01: "去年4月起") and 《营口市生态环境违法当事人主动公开道歉承诺守法激励措施
暂行规定》 (apology pledge, from 2025-04-01: "今年4月"). Worked case: the stone quarry,
60,000 proposed → 34,000 after the law exam and the apology.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import (
    ApologyPledge,
    Harm,
    JurisdictionLevel,
    StudyEntry,
    StudyStanding,
    ViolationCase,
    decide_fine,
    standard_policy_book,
    study_standing,
)
from ecoreg.exceptions import MissingParameterError
from ecoreg.jurisdictions import yingkou

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-LN-YK"
STUDY = "cn-ln-yk.law-study"
APOLOGY = "cn-ln-yk.apology-pledge"

STUDY_INTS = {
    "study.minutes_per_class_hour": 40,
    "study.points_per_class_hour": 1,
    "study.points_per_exam_pass": 10,
    "study.exam_pass_score": 60,
    "study.points_valid_months": 12,
    "reduction.study.min_points": 20,
    "study.points_for_no_penalty": 40,
    "study.points_for_positive_list": 30,
    "study.points_for_credit_repair": 20,
}
STUDY_KEYS = {*STUDY_INTS, "reduction.study.share"}
APOLOGY_KEYS = {
    "reduction.apology.method",
    "reduction.apology.share",
    "reduction.apology.application_working_days",
}
SEED_KEYS = {
    "study.minutes_per_class_hour",
    "reduction.study.share",
    "reduction.apology.method",
    "reduction.apology.share",
}
"""The values the seed reports (or is calibrated on); the rest are ecoreg's defaults."""

# 20 class hours of 40 minutes (the seed's average) and a passed exam.
LEDGER = [StudyEntry(on=D(2025, 3, 1), minutes=20 * 40, exam_score=80)]


def _parameters(measure_id: str) -> set[str]:
    (measure,) = (m for m in yingkou.DATA["measures"] if m["id"] == measure_id)
    (version,) = measure["versions"]
    assert "in_force_until" not in version
    return set(version["parameters"])


def _standing(day: dt.date) -> StudyStanding:
    return study_standing(LEDGER, policy=BOOK.resolve(CODE, day), on=day).outcome


def _quarry(decided_on: dt.date) -> ViolationCase:
    """Stone powder stockpiled uncovered, dust net broken; notice 6 days, pledge 4 days before."""
    return ViolationCase(
        kind="dust.uncovered-stockpile",
        occurred_on=D(2025, 1, 20),
        discovered_on=D(2025, 2, 1),
        corrected_on=D(2025, 2, 10),
        harm=Harm.HARMFUL,
        notice_received_on=decided_on - dt.timedelta(days=6),
        apology_pledge=ApologyPledge(filed_on=decided_on - dt.timedelta(days=4)),
    )


# --- the jurisdiction ----------------------------------------------------------------------------


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert yingkou.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "营口市", "Yingkou")
    assert entry.level is JurisdictionLevel.CITY
    assert entry.parent == "CN-LN"
    assert BOOK.resolve(CODE, D(2026, 3, 10)).chain == ("CN", "CN-LN", CODE)


def test_the_module_sets_these_parameters_and_no_others() -> None:
    assert _parameters(STUDY) == STUDY_KEYS
    assert _parameters(APOLOGY) == APOLOGY_KEYS


# --- dates in force ------------------------------------------------------------------------------


def test_law_study_from_2024_04_01() -> None:
    before = BOOK.resolve(CODE, D(2024, 3, 31))
    first = BOOK.resolve(CODE, D(2024, 4, 1))
    for key in STUDY_KEYS:
        assert key not in before.parameters, key
        assert first.get(key).measure == STUDY, key
        assert first.get(key).in_force_from == D(2024, 4, 1), key
    assert first.as_int("study.minutes_per_class_hour") == 40
    with pytest.raises(MissingParameterError) as info:
        study_standing(LEDGER, policy=before, on=D(2024, 3, 31))
    assert info.value.field == "study.minutes_per_class_hour"


def test_apology_pledge_from_2025_04_01() -> None:
    before = BOOK.resolve(CODE, D(2025, 3, 31))
    first = BOOK.resolve(CODE, D(2025, 4, 1))
    assert before.as_str("reduction.apology.method") == "none"  # the national default
    assert before.get("reduction.apology.method").measure == "ecoreg.defaults.discretion"
    assert "reduction.apology.share" not in before.parameters
    assert "reduction.apology.application_working_days" not in before.parameters
    for key in APOLOGY_KEYS:
        assert first.get(key).measure == APOLOGY, key
        assert first.get(key).in_force_from == D(2025, 4, 1), key
    assert first.as_str("reduction.apology.method") == "share_of_excess"
    assert (before.valid_from, before.valid_until) == (D(2024, 4, 1), D(2025, 3, 31))
    assert (first.valid_from, first.valid_until) == (D(2025, 4, 1), None)


# --- values and citations ------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "expected"), sorted(STUDY_INTS.items()))
def test_law_study_int_values(key: str, expected: int) -> None:
    assert BOOK.resolve(CODE, D(2026, 3, 10)).as_int(key) == expected


def test_values_and_their_basis() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.as_decimal("reduction.study.share") == Decimal("0.2")
    assert policy.as_str("reduction.apology.method") == "share_of_excess"
    assert policy.as_decimal("reduction.apology.share") == Decimal("0.4")
    assert policy.as_int("reduction.apology.application_working_days") == 7
    # The two shares are calibrated so that (1 - 0.4) × (1 - 0.2) = 0.48 = 24,000 / 50,000.
    product = (1 - policy.as_decimal("reduction.apology.share")) * (
        1 - policy.as_decimal("reduction.study.share")
    )
    assert product == Decimal("0.48")
    for key in STUDY_KEYS | APOLOGY_KEYS:
        assert policy.get(key).basis == ("seed" if key in SEED_KEYS else "default"), key


def test_citations_name_the_two_measures() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    for key in STUDY_KEYS:
        citation = policy.citation(key)
        assert citation.instrument.name_zh == "营口市排污单位主动学法激励制度", key
        assert citation.instrument.issuer_zh == "营口市生态环境局", key
        assert citation.instrument.in_force == D(2024, 4, 1), key
    for key in APOLOGY_KEYS:
        citation = policy.citation(key)
        assert citation.instrument.name_zh == (
            "营口市生态环境违法当事人主动公开道歉承诺守法激励措施暂行规定"
        ), key
        assert citation.instrument.in_force == D(2025, 4, 1), key
    assert "Calibrated from the seed case" in (
        policy.citation("reduction.apology.share").note or ""
    )


# --- worked cases --------------------------------------------------------------------------------


def test_20_class_hours_and_a_passed_exam_earn_30_points() -> None:
    standing = _standing(D(2025, 6, 1))
    assert (standing.class_hours, standing.exams_passed, standing.points) == (20, 1, 30)
    assert standing.lighter_penalty  # ≥ 20
    assert standing.faster_credit_repair  # ≥ 20
    assert standing.positive_list_priority  # ≥ 30
    assert not standing.no_penalty_for_first_minor  # < 40
    failed = study_standing(
        [StudyEntry(on=D(2025, 3, 1), minutes=20 * 40, exam_score=59)],
        policy=BOOK.resolve(CODE, D(2025, 6, 1)),
        on=D(2025, 6, 1),
    ).outcome
    assert (failed.exams_passed, failed.points) == (0, 20)


def test_points_count_for_12_months_the_anniversary_included() -> None:
    assert _standing(D(2026, 3, 1)).points == 30
    assert _standing(D(2026, 3, 2)).points == 0


def test_the_quarry_60000_becomes_34000_with_the_exam_and_the_apology() -> None:
    # As calibrated: 大气污染防治法 Art. 117 (2), 10,000–100,000. DOMAIN.md §3 says the
    # city's published case names Art. 108 (5), 20,000–200,000.
    day = D(2025, 6, 1)
    decision = decide_fine(
        _quarry(day),
        policy=BOOK.resolve(CODE, day),
        decided_on=day,
        proposed="60000",
        study=_standing(day),
    )
    assert decision.outcome.final == Decimal("34000.00")
    assert decision.outcome.statutory_min == Decimal("10000.00")
    steps = {s.rule_id: s for s in decision.outcome.steps}
    # 40 % of the 50,000 above the minimum, then 20 % of the remaining 30,000.
    assert steps["fine.reduction.apology"].change == Decimal("-20000.00")
    assert steps["fine.reduction.study"].change == Decimal("-6000.00")
    apology = steps["fine.reduction.apology"].citation
    assert apology is not None
    assert apology.instrument.id == "cn-ln-yk.apology-pledge.2025"


def test_the_day_before_the_pledge_measure_only_the_study_reduction_applies() -> None:
    day = D(2025, 3, 31)
    decision = decide_fine(
        _quarry(day),
        policy=BOOK.resolve(CODE, day),
        decided_on=day,
        proposed="60000",
        study=_standing(day),
    )
    assert decision.outcome.final == Decimal("50000.00")  # 10,000 + 50,000 × 0.8
    assert "fine.reduction.apology" not in decision.rule_ids
    first = D(2025, 4, 1)
    assert decide_fine(
        _quarry(first),
        policy=BOOK.resolve(CODE, first),
        decided_on=first,
        proposed="60000",
        study=_standing(first),
    ).outcome.final == Decimal("34000.00")
