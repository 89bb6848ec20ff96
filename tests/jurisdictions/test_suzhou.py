"""Suzhou (苏州市, CN-JS-SZ), Jiangsu.

Measure: feedback deadlines for automatic-monitoring alerts (seed: 中国环境报, 2025,
"面对‘预警洪峰’，基层生态环境部门该如何应对？"; no document number; taken as in force
2025-01-01): 4 hours for key pollutant discharge units, 48 hours for other enterprises.
ecoreg adopts the same numbers as its national default, so the measure changes the source
of the deadline, not its length.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ecoreg import (
    Alert,
    EnterpriseContext,
    JurisdictionLevel,
    Reason,
    Tier,
    route_alert,
    standard_policy_book,
)
from ecoreg.jurisdictions import suzhou

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-JS-SZ"
KEYS = {"alerts.response_hours_key_unit": 4, "alerts.response_hours_other": 48}
KEY_UNIT = EnterpriseContext(enterprise="E1", key_unit=True)


def _alert(start: str, **changes: Any) -> Alert:
    data: dict[str, Any] = {
        "id": "sz-1",
        "enterprise": "E1",
        "outlet": "DA001",
        "pollutant": "COD",
        "kind": "concentration_exceedance",
        "start": start,
        **changes,
    }
    return Alert.from_data(data)


def _deadline_reason(reasons: tuple[Reason, ...]) -> Reason:
    (reason,) = (r for r in reasons if r.rule_id == "alerts.deadline")
    return reason


# --- the jurisdiction ----------------------------------------------------------------------------


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert suzhou.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "苏州市", "Suzhou")
    assert entry.level is JurisdictionLevel.CITY
    assert entry.parent == "CN-JS"
    assert BOOK.resolve(CODE, D(2026, 3, 10)).chain == ("CN", "CN-JS", CODE)


def test_the_module_sets_these_parameters_and_no_others() -> None:
    (measure,) = suzhou.DATA["measures"]
    assert measure["id"] == "cn-js-sz.alert-feedback"
    (version,) = measure["versions"]
    assert set(version["parameters"]) == set(KEYS)
    assert version["in_force_from"] == "2025-01-01"
    assert "in_force_until" not in version


# --- dates in force ------------------------------------------------------------------------------


def test_in_force_from_2025_01_01_replacing_the_national_defaults() -> None:
    before = BOOK.resolve(CODE, D(2024, 12, 31))
    first = BOOK.resolve(CODE, D(2025, 1, 1))
    for key, hours in KEYS.items():
        assert before.as_int(key) == hours, key  # the same numbers, as ecoreg's default
        assert before.get(key).measure == "ecoreg.defaults.alerts", key
        assert before.get(key).basis == "default", key
        assert first.get(key).measure == "cn-js-sz.alert-feedback", key
        assert first.get(key).basis == "seed", key
        assert first.get(key).in_force_from == D(2025, 1, 1), key
    assert (before.valid_until, first.valid_from) == (D(2024, 12, 31), D(2025, 1, 1))


# --- values and citation -------------------------------------------------------------------------


def test_values_and_citation() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.as_int("alerts.response_hours_key_unit") == 4
    assert policy.as_int("alerts.response_hours_other") == 48
    for key in KEYS:
        assert policy.get(key).jurisdiction == CODE, key
        citation = policy.citation(key)
        assert citation.instrument.id == "cn-js-sz.alert-feedback", key
        assert citation.instrument.name_zh == "苏州市自动监控预警反馈时限（报道）", key
        assert citation.instrument.issuer_zh == "苏州市生态环境局", key
        assert citation.instrument.in_force == D(2025, 1, 1), key
        assert "预警洪峰" in (citation.note or ""), key
        assert suzhou.FEEDBACK_NOTE in (citation.note or ""), key


# --- worked cases --------------------------------------------------------------------------------


def test_a_key_unit_alert_at_0900_is_answered_by_1300_citing_suzhou() -> None:
    decision = route_alert(
        _alert("2025-01-02T09:00:00+08:00"),
        policy=BOOK.resolve(CODE, D(2025, 1, 2)),
        context=KEY_UNIT,
    )
    assert decision.outcome.tier is Tier.HIGH
    assert decision.outcome.respond_by.isoformat() == "2025-01-02T13:00:00+08:00"
    reason = _deadline_reason(decision.reasons)
    assert reason.fact("unit_hours") == 4
    assert reason.citation is not None
    assert reason.citation.instrument.id == "cn-js-sz.alert-feedback"
    assert reason.message_zh.endswith("（苏州市地方规定）")


def test_another_enterprise_has_48_hours() -> None:
    decision = route_alert(
        _alert("2025-01-02T09:00:00+08:00"), policy=BOOK.resolve(CODE, D(2025, 1, 2))
    )
    assert decision.outcome.tier is Tier.MEDIUM
    assert decision.outcome.respond_by.isoformat() == "2025-01-04T09:00:00+08:00"
    assert _deadline_reason(decision.reasons).fact("unit_hours") == 48


def test_the_day_before_the_same_4_hours_come_from_ecoregs_default() -> None:
    decision = route_alert(
        _alert("2024-12-31T09:00:00+08:00"),
        policy=BOOK.resolve(CODE, D(2024, 12, 31)),
        context=KEY_UNIT,
    )
    assert decision.outcome.respond_by.isoformat() == "2024-12-31T13:00:00+08:00"
    reason = _deadline_reason(decision.reasons)
    assert reason.citation is not None
    assert reason.citation.instrument.id == "ecoreg.defaults"
    assert "地方规定" not in reason.message_zh
