"""Shaanxi (陕西省, CN-SN).

Measure (no document number in the sources): the scoring behind the red/yellow/green codes
(seed: 48,000 green, 631 yellow, 127 red; taken as in force 2025-01-01): a 70-point base,
A ≥ 90, B 60–90, C 40–60, D < 40. The no-penalty list ecoreg carried here until issue 25 is
Shanxi's (山西省, CN-SX; tests/jurisdictions/test_shanxi.py): a Shaanxi case gets no list.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from ecoreg import (
    CreditLevel,
    DisclosureRecord,
    EnterpriseProfile,
    Grade,
    Harm,
    JurisdictionLevel,
    LeniencyOutcome,
    PositiveListRecord,
    PriorViolation,
    Severity,
    ViolationCase,
    ViolationRecord,
    decide_leniency,
    grade_enterprise,
    standard_policy_book,
)
from ecoreg.jurisdictions import shaanxi

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-SN"
LIST_KEY = "leniency.no_penalty_list"
SCORING_DECIMALS = {
    "grading.credit_base": "70",
    "grading.clean_record_bonus": "10",
    "grading.positive_list_bonus": "5",
}
SCORING_TUPLES: dict[str, tuple[object, ...]] = {
    "grading.grade_bands": (Decimal(90), Decimal(60), Decimal(40)),
    "grading.credit_level_bands": (Decimal(90), Decimal(60), Decimal(40)),
    "grading.disclosure_points": (Decimal(5), Decimal(5)),
    "grading.colour_by_grade": ("green", "green", "yellow", "red"),
}
SCORING_KEYS = {"grading.method", *SCORING_DECIMALS, *SCORING_TUPLES}
SCORING_LOCAL = {
    "grading.method",
    "grading.credit_base",
    "grading.grade_bands",
    "grading.colour_by_grade",
}
"""The scoring values from the second-hand sources; the rest are ecoreg's defaults."""


def _version(measure_id: str) -> dict[str, Any]:
    (measure,) = (m for m in shaanxi.DATA["measures"] if m["id"] == measure_id)
    (version,) = measure["versions"]
    assert "in_force_until" not in version
    found: dict[str, Any] = version
    return found


def _air_case(**changes: Any) -> ViolationCase:
    """Slightly over the air limit; not a first violation, so only the list can waive it."""
    facts: dict[str, Any] = {
        "kind": "air.over-limit",
        "occurred_on": D(2026, 1, 5),
        "discovered_on": D(2026, 2, 1),
        "corrected_on": D(2026, 2, 10),
        "corrected_promptly": True,
        "harm": Harm.SLIGHT,
        "toxic_pollutant": False,
        "pollutants_over": 1,
        "hourly_exceedance_multiple": "0.05",
        "hours_over_in_day": "3",
        "prior_violations": (PriorViolation(kind="air.over-limit", on=D(2025, 8, 1)),),
        **changes,
    }
    return ViolationCase.model_validate(facts)


def _firm() -> EnterpriseProfile:
    return EnterpriseProfile.from_data(
        {"credit_code": "91350200776049653A", "name": "Example Co.", "jurisdiction": CODE}
    )


# --- the jurisdiction ----------------------------------------------------------------------------


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert shaanxi.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "陕西省", "Shaanxi")
    assert entry.level is JurisdictionLevel.PROVINCE
    assert entry.parent == "CN"
    assert BOOK.resolve(CODE, D(2026, 3, 10)).chain == ("CN", CODE)


def test_the_module_sets_these_parameters_and_no_others() -> None:
    assert [m["id"] for m in shaanxi.DATA["measures"]] == [shaanxi.SCORING_MEASURE]
    assert set(_version(shaanxi.SCORING_MEASURE)["parameters"]) == SCORING_KEYS
    assert shaanxi.SCORING_MEASURE == "cn-sn.enterprise-scoring"


# --- no no-penalty list: that one is Shanxi's ---------------------------------------------------


@pytest.mark.parametrize("day", [D(2021, 7, 15), D(2023, 1, 1), D(2025, 7, 4), D(2026, 8, 15)])
def test_no_no_penalty_list_in_shaanxi(day: dt.date) -> None:
    assert LIST_KEY not in BOOK.resolve(CODE, day).parameters


@pytest.mark.parametrize(
    ("act", "day"), [(D(2024, 1, 5), D(2024, 3, 1)), (D(2026, 1, 5), D(2026, 3, 1))]
)
def test_a_slight_air_exceedance_in_shaanxi_gets_no_list_item(act: dt.date, day: dt.date) -> None:
    # Before issue 25 this case was NOT_PENALIZED under "cn-sn.air-exceedance" (Shanxi's item).
    case = _air_case(
        occurred_on=act,
        discovered_on=act + dt.timedelta(days=27),
        corrected_on=act + dt.timedelta(days=36),
        prior_violations=(PriorViolation(kind="air.over-limit", on=act - dt.timedelta(days=157)),),
    )
    decision = decide_leniency(case, policy=BOOK.resolve(CODE, day), decided_on=day)
    assert decision.outcome.outcome is LeniencyOutcome.PENALIZE
    assert decision.outcome.list_item is None
    assert "leniency.list-item" not in decision.rule_ids
    assert not [h for h in decision.hints if h.rule_id == "leniency.list-item"]


# --- dates in force ------------------------------------------------------------------------------


def test_the_scoring_from_2025_01_01_replacing_the_national_defaults() -> None:
    before = BOOK.resolve(CODE, D(2024, 12, 31))
    first = BOOK.resolve(CODE, D(2025, 1, 1))
    for key in SCORING_KEYS:
        assert before.get(key).measure == "ecoreg.defaults.grading", key
        assert first.get(key).measure == shaanxi.SCORING_MEASURE, key
        assert first.get(key).in_force_from == D(2025, 1, 1), key
    assert before.as_str("grading.method") == "matrix"
    assert before.as_decimal("grading.credit_base") == Decimal(100)
    assert first.as_str("grading.method") == "bands"
    assert first.as_decimal("grading.credit_base") == Decimal(70)
    assert (before.valid_until, first.valid_from) == (D(2024, 12, 31), D(2025, 1, 1))


# --- values and citations ------------------------------------------------------------------------


def test_scoring_values_and_citation() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.as_str("grading.method") == "bands"
    for key, value in SCORING_DECIMALS.items():
        assert policy.as_decimal(key) == Decimal(value), key
    for key, expected in SCORING_TUPLES.items():
        assert policy.as_tuple(key) == expected, key
    for key in SCORING_KEYS:
        assert policy.get(key).basis == ("local" if key in SCORING_LOCAL else "default"), key
        citation = policy.citation(key)
        assert citation.instrument.name_zh == "陕西省排污单位环境信用与风险赋码（报道）", key
        assert citation.instrument.in_force == D(2025, 1, 1), key


# --- worked cases --------------------------------------------------------------------------------


def test_a_clean_firm_scores_80_and_grade_b_from_2025_and_100_and_a_the_day_before() -> None:
    before = grade_enterprise(
        _firm(), [], policy=BOOK.resolve(CODE, D(2024, 12, 31)), on=D(2024, 12, 31)
    )
    assert (before.outcome.credit_score, before.outcome.grade) == (Decimal(100), Grade.A)
    first = grade_enterprise(
        _firm(), [], policy=BOOK.resolve(CODE, D(2025, 1, 1)), on=D(2025, 1, 1)
    )
    assert first.outcome.credit_score == 80  # 70 + 10 for a clean record
    assert (first.outcome.grade, first.outcome.colour) == (Grade.B, "green")
    (grade,) = (r for r in first.reasons if r.rule_id == "grading.grade")
    assert grade.citation is not None
    assert grade.citation.instrument.id == shaanxi.SCORING_MEASURE


def test_bonuses_reach_a_at_90_and_a_serious_violation_drops_to_c_at_50() -> None:
    day = D(2026, 11, 1)
    policy = BOOK.resolve(CODE, day)
    best = grade_enterprise(
        _firm(),
        [
            DisclosureRecord(on=D(2026, 1, 1), compliant=True),
            PositiveListRecord(on=D(2026, 2, 1), admitted=True),
        ],
        policy=policy,
        on=day,
    ).outcome
    assert (best.credit_score, best.grade, best.credit_level) == (
        Decimal(90),
        Grade.A,
        CreditLevel.TRUSTWORTHY,
    )
    worse = grade_enterprise(
        _firm(),
        [ViolationRecord(on=D(2026, 5, 1), severity=Severity.SERIOUS)],
        policy=policy,
        on=day,
    ).outcome
    assert (worse.credit_score, worse.grade, worse.colour) == (Decimal(50), Grade.C, "yellow")
    assert worse.credit_level is CreditLevel.WARNING  # 40 ≤ 50 < 60 on the 70-point base
