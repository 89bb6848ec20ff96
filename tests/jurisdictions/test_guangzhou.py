"""Guangzhou (广州市, CN-GD-GZ), Guangdong.

Measures: "预警+预约", the firm checks itself first on an alert (seed: 中国环境报, 2025-10-21;
no document number; taken as in force 2025-01-01), a 24-hour self-check window; and
穗环规字〔2022〕2号 (issued 2022-10-13), apology reductions of 30 / 40 / 50 % by the evidence of
rectification, never below the statutory minimum.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

import pytest

from ecoreg import (
    Alert,
    ApologyPledge,
    Harm,
    JurisdictionLevel,
    PriorViolation,
    Tier,
    ViolationCase,
    decide_fine,
    route_alert,
    standard_policy_book,
)
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


def test_the_module_sets_the_self_check_window_and_the_apology_rates() -> None:
    measure, apology = guangzhou.DATA["measures"]
    assert measure["id"] == "cn-gd-gz.alert-self-check"
    assert apology["id"] == "cn-gd-gz.apology-pledge"
    (version,) = apology["versions"]
    assert set(version["parameters"]) == {
        "reduction.apology.share",
        "reduction.apology.share_effect_evidence",
        "reduction.apology.share_harm_eliminated",
    }
    assert version["instrument"]["number"] == "穗环规字〔2022〕2号"
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


# --- 穗环规字〔2022〕2号: 30 / 40 / 50 % by the evidence of rectification --------------------


Evidence = Literal["none", "rectification_effect", "harm_eliminated"]


def _dust_case(evidence: Evidence) -> ViolationCase:
    # §3.24 of Guangdong's 附件1 (p. 66): twice within two years (one earlier + this one),
    # band 50,000-100,000, an ordinary case at its average, 75,000.
    return ViolationCase(
        kind="dust.dusty-material-not-enclosed",
        occurred_on=D(2026, 1, 5),
        discovered_on=D(2026, 1, 6),
        corrected_on=D(2026, 1, 20),
        harm=Harm.HARMFUL,
        prior_violations=(
            PriorViolation(kind="dust.dusty-material-not-enclosed", on=D(2025, 5, 1)),
        ),
        notice_received_on=D(2026, 2, 24),
        apology_pledge=ApologyPledge(filed_on=D(2026, 3, 4), evidence=evidence),
    )


@pytest.mark.parametrize(
    ("evidence", "final", "key"),
    [
        # 75,000 × (1 - 30 %) = 52,500: apology, pledge, rectification complete.
        ("none", "52500.00", "reduction.apology.share"),
        # 75,000 × (1 - 40 %) = 45,000: plus third-party evidence of the rectification's effect.
        ("rectification_effect", "45000.00", "reduction.apology.share_effect_evidence"),
        # 75,000 × (1 - 50 %) = 37,500: plus evidence that the adverse effects are eliminated.
        ("harm_eliminated", "37500.00", "reduction.apology.share_harm_eliminated"),
    ],
)
def test_the_rate_follows_the_evidence(evidence: Evidence, final: str, key: str) -> None:
    day = D(2026, 3, 10)
    policy = BOOK.resolve(CODE, day)
    d = decide_fine(_dust_case(evidence), policy=policy, decided_on=day)
    steps = {s.rule_id: s for s in d.outcome.steps}
    assert steps["fine.table"].amount == Decimal("75000.00")
    assert d.outcome.final == Decimal(final)
    cited = steps["fine.reduction.apology"].citation
    assert cited is not None
    assert cited.instrument.number == "穗环规字〔2022〕2号"
    assert policy.get(key).measure == "cn-gd-gz.apology-pledge"
    # The province's own default (30 %) knows no evidence tiers.
    province = decide_fine(_dust_case(evidence), policy=BOOK.resolve("CN-GD", day), decided_on=day)
    assert province.outcome.final == Decimal("52500.00")


def test_the_rates_start_on_the_issue_date() -> None:
    # Before 2022-10-13 Guangzhou has the province's rate only (30 %).
    assert (
        BOOK.resolve(CODE, D(2022, 10, 12)).get("reduction.apology.share").jurisdiction == "CN-GD"
    )
    first = BOOK.resolve(CODE, D(2022, 10, 13))
    assert first.get("reduction.apology.share").jurisdiction == CODE
    assert first.as_decimal("reduction.apology.share_harm_eliminated") == Decimal("0.5")


def test_never_below_the_statutory_minimum() -> None:
    # A proposed 18,000 (大气法 Art. 117: 10,000-100,000), 50 % off: 9,000, under the minimum,
    # so 10,000. One yuan more of fine makes no difference; 20,002 → 10,001.
    case = _dust_case("harm_eliminated").model_copy(update={"prior_violations": ()})
    day = D(2026, 3, 10)
    policy = BOOK.resolve(CODE, day)

    def final(proposed: str) -> Decimal:
        return decide_fine(case, policy=policy, decided_on=day, proposed=proposed).outcome.final

    assert final("18000") == Decimal("10000.00")
    assert final("20000") == Decimal("10000.00")  # exactly the minimum
    assert final("20002") == Decimal("10001.00")
