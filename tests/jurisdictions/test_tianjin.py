"""Tianjin (天津市, CN-TJ).

Measure: 天津市生态环境首次轻微违法公开道歉承诺免罚机制 (seed, 中国环境报 2025-07-22: 87 cases,
3.801 million yuan waived in the first half of 2025; no document number; taken as in force
2025-01-01): no penalty for a first, minor, corrected violation with a public apology.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ecoreg import (
    Harm,
    JurisdictionLevel,
    LeniencyOutcome,
    PriorViolation,
    ViolationCase,
    decide_leniency,
    standard_policy_book,
)
from ecoreg.jurisdictions import tianjin

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-TJ"
KEY = "leniency.apology_first_minor_no_penalty"


def _case(**changes: Any) -> ViolationCase:
    """A first, minor violation, corrected promptly with slight harm, apologized for in public."""
    facts: dict[str, Any] = {
        "kind": "monitoring.not-networked",
        "occurred_on": D(2024, 10, 1),
        "discovered_on": D(2024, 11, 1),
        "corrected_on": D(2024, 11, 5),
        "corrected_promptly": True,
        "harm": Harm.SLIGHT,
        "minor": True,
        "public_apology": True,
        **changes,
    }
    return ViolationCase.model_validate(facts)


def _outcome(case: ViolationCase, day: dt.date, code: str = CODE) -> LeniencyOutcome:
    return decide_leniency(case, policy=BOOK.resolve(code, day), decided_on=day).outcome.outcome


# --- the jurisdiction ----------------------------------------------------------------------------


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert tianjin.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "天津市", "Tianjin")
    assert entry.level is JurisdictionLevel.PROVINCE
    assert entry.parent == "CN"
    assert BOOK.resolve(CODE, D(2026, 3, 10)).chain == ("CN", CODE)
    assert not [c for c, j in BOOK.jurisdictions.items() if j.parent == CODE]


def test_the_module_sets_only_the_apology_rule() -> None:
    (measure,) = tianjin.DATA["measures"]
    assert measure["id"] == "cn-tj.first-minor-apology"
    (version,) = measure["versions"]
    assert set(version["parameters"]) == {KEY}
    assert version["in_force_from"] == "2025-01-01"
    assert "in_force_until" not in version


# --- dates in force ------------------------------------------------------------------------------


def test_in_force_from_2025_01_01_replacing_the_national_default() -> None:
    before = BOOK.resolve(CODE, D(2024, 12, 31))
    first = BOOK.resolve(CODE, D(2025, 1, 1))
    assert before.as_bool(KEY) is False
    assert before.get(KEY).measure == "ecoreg.defaults.discretion"
    assert first.as_bool(KEY) is True
    assert first.get(KEY).measure == "cn-tj.first-minor-apology"
    assert first.get(KEY).in_force_from == D(2025, 1, 1)
    assert (before.valid_until, first.valid_from) == (D(2024, 12, 31), D(2025, 1, 1))
    assert BOOK.resolve(CODE, D(2040, 1, 1)).as_bool(KEY) is True


# --- value and citation --------------------------------------------------------------------------


def test_value_and_citation() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.as_bool(KEY) is True
    resolved = policy.get(KEY)
    assert (resolved.jurisdiction, resolved.basis) == (CODE, "seed")
    citation = policy.citation(KEY)
    assert citation.instrument.name_zh == "天津市生态环境首次轻微违法公开道歉承诺免罚机制"
    assert citation.instrument.issuer_zh == "天津市生态环境保护综合行政执法总队"
    assert citation.instrument.in_force == D(2025, 1, 1)
    assert "87 cases" in (citation.note or "")
    assert "3.801 million" in (citation.note or "")


# --- worked case ---------------------------------------------------------------------------------


def test_a_first_minor_violation_with_a_public_apology_is_not_penalized() -> None:
    day = D(2025, 1, 1)
    decision = decide_leniency(_case(), policy=BOOK.resolve(CODE, day), decided_on=day)
    assert decision.outcome.outcome is LeniencyOutcome.NOT_PENALIZED
    assert decision.outcome.education_required
    (reason,) = (r for r in decision.reasons if r.rule_id == "leniency.first-minor-apology")
    assert reason.citation is not None
    assert reason.citation.instrument.id == "cn-tj.first-minor-apology.2025"
    assert "（天津市地方规定）" in reason.message_zh


def test_the_day_before_and_nationally_the_agency_only_may_decline() -> None:
    assert _outcome(_case(), D(2024, 12, 31)) is LeniencyOutcome.MAY_DECLINE
    assert _outcome(_case(), D(2025, 6, 1), code="CN") is LeniencyOutcome.MAY_DECLINE


def test_no_waiver_without_the_apology_or_for_a_repeat() -> None:
    day = D(2025, 6, 1)
    assert _outcome(_case(public_apology=False), day) is LeniencyOutcome.MAY_DECLINE
    assert _outcome(_case(minor=False), day) is LeniencyOutcome.MAY_DECLINE
    repeat = _case(
        prior_violations=(PriorViolation(kind="monitoring.not-networked", on=D(2024, 3, 1)),)
    )
    assert _outcome(repeat, day) is LeniencyOutcome.PENALIZE
    assert _outcome(_case(harm=Harm.HARMFUL), day) is LeniencyOutcome.PENALIZE
