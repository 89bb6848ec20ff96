"""Guangzhou (广州市, CN-GD-GZ), Guangdong.

Measure: "预警+预约", the firm checks itself first on an alert (seed: 中国环境报, 2025-10-21;
no document number; taken as in force 2025-01-01), a 24-hour self-check window.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ecoreg import Alert, JurisdictionLevel, Tier, route_alert, standard_policy_book
from ecoreg.jurisdictions import guangzhou

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-GD-GZ"
KEY = "alerts.self_check_hours"


def _alert(start: str, **changes: Any) -> Alert:
    data: dict[str, Any] = {
        "id": "gz-1",
        "enterprise": "E1",
        "outlet": "DA001",
        "pollutant": "VOCs",
        "kind": "concentration_exceedance",
        "start": start,
        **changes,
    }
    return Alert.from_data(data)


# --- the jurisdiction ----------------------------------------------------------------------------


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert guangzhou.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "广州市", "Guangzhou")
    assert entry.level is JurisdictionLevel.CITY
    assert entry.parent == "CN-GD"
    assert BOOK.resolve(CODE, D(2026, 3, 10)).chain == ("CN", "CN-GD", CODE)


def test_the_module_sets_only_the_self_check_window() -> None:
    (measure,) = guangzhou.DATA["measures"]
    assert measure["id"] == "cn-gd-gz.alert-self-check"
    (version,) = measure["versions"]
    assert set(version["parameters"]) == {KEY}
    assert version["in_force_from"] == "2025-01-01"
    assert "in_force_until" not in version


# --- dates in force ------------------------------------------------------------------------------


def test_the_window_is_24_hours_from_2025_01_01_and_0_the_day_before() -> None:
    before = BOOK.resolve(CODE, D(2024, 12, 31))
    first = BOOK.resolve(CODE, D(2025, 1, 1))
    assert before.as_int(KEY) == 0
    assert before.get(KEY).measure == "ecoreg.defaults.alerts"
    assert first.as_int(KEY) == 24
    assert first.get(KEY).measure == "cn-gd-gz.alert-self-check"
    assert first.get(KEY).in_force_from == D(2025, 1, 1)
    assert before.valid_until == D(2024, 12, 31)
    assert first.valid_from == D(2025, 1, 1)
    assert BOOK.resolve(CODE, D(2040, 1, 1)).as_int(KEY) == 24


# --- values and citation -------------------------------------------------------------------------


def test_value_and_citation() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.as_int(KEY) == 24
    resolved = policy.get(KEY)
    assert (resolved.jurisdiction, resolved.basis) == (CODE, "seed")
    citation = policy.citation(KEY)
    assert citation.instrument.name_zh == "广州市生态环境局“预警+预约”执法（报道）"
    assert citation.instrument.issuer_zh == "广州市生态环境局"
    assert citation.instrument.in_force == D(2025, 1, 1)
    assert "2025-10-21" in (citation.note or "")
    # Guangzhou's window does not reach its province or its sister city.
    assert BOOK.resolve("CN-GD", D(2026, 3, 10)).as_int(KEY) == 0
    assert BOOK.resolve("CN-GD-DG", D(2026, 3, 10)).as_int(KEY) == 0


# --- worked case ---------------------------------------------------------------------------------


def test_a_vocs_alert_at_0900_leaves_the_firm_until_0900_the_next_day_to_check_itself() -> None:
    first = route_alert(
        _alert("2025-01-01T09:00:00+08:00"), policy=BOOK.resolve(CODE, D(2025, 1, 1))
    )
    assert first.outcome.self_check_until is not None
    assert first.outcome.self_check_until.isoformat() == "2025-01-02T09:00:00+08:00"
    assert first.outcome.tier is Tier.MEDIUM
    assert first.outcome.respond_by.isoformat() == "2025-01-03T09:00:00+08:00"
    before = route_alert(
        _alert("2024-12-31T09:00:00+08:00"), policy=BOOK.resolve(CODE, D(2024, 12, 31))
    )
    assert before.outcome.self_check_until is None


def test_no_self_check_for_a_tampering_signal_or_a_suppressed_alert() -> None:
    policy = BOOK.resolve(CODE, D(2026, 10, 1))
    flat = route_alert(_alert("2026-10-01T09:00:00+08:00", kind="flat_data"), policy=policy)
    assert flat.outcome.tampering_signal
    assert flat.outcome.self_check_until is None
    stopped = route_alert(_alert("2026-10-01T09:00:00+08:00", flag="F"), policy=policy)
    assert stopped.outcome.suppressed
    assert stopped.outcome.self_check_until is None
