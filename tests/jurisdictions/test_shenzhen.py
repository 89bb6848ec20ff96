"""Shenzhen (深圳市, CN-GD-SZ), Guangdong.

Measure: the apology system as reported (明报 2018-02-07): a reduction of at most 300,000 yuan,
and none for a party that re-offends within three years of an apology; dated from
2017-01-01. The rate is the province's (粤环发〔2021〕7号 Art. 14, ecoreg's 30 %) from 2022-01-01
to 2026-12-31.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import (
    ApologyPledge,
    Harm,
    JurisdictionLevel,
    PriorViolation,
    ViolationCase,
    decide_fine,
    standard_policy_book,
)
from ecoreg.jurisdictions import shenzhen

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-GD-SZ"
DAY = D(2026, 3, 10)


def _eia(**changes: object) -> ViolationCase:
    # 未批先建 (环境影响评价法 Art. 31: 1 %-5 % of the investment): 50,000,000 yuan invested,
    # range 500,000-2,500,000.
    facts: dict[str, object] = {
        "kind": "eia.unapproved-construction",
        "occurred_on": D(2026, 1, 5),
        "discovered_on": D(2026, 1, 6),
        "corrected_on": D(2026, 1, 20),
        "harm": Harm.HARMFUL,
        "project_investment": "50000000",
        "eia_document": "report_book",
        "notice_received_on": D(2026, 2, 24),
        "apology_pledge": ApologyPledge(filed_on=D(2026, 3, 4)),
        **changes,
    }
    return ViolationCase.model_validate(facts)


def _final(
    case: ViolationCase, code: str = CODE, day: dt.date = DAY, proposed: str = "2000000"
) -> Decimal:
    d = decide_fine(case, policy=BOOK.resolve(code, day), decided_on=day, proposed=proposed)
    return d.outcome.final


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert shenzhen.CODE == CODE
    assert (entry.name_zh, entry.name_en, entry.parent) == ("深圳市", "Shenzhen", "CN-GD")
    assert entry.level is JurisdictionLevel.CITY
    (measure,) = shenzhen.DATA["measures"]
    (version,) = measure["versions"]
    assert set(version["parameters"]) == {
        "reduction.apology.cap",
        "reduction.apology.repeat_bar_months",
    }
    assert version["in_force_from"] == "2017-01-01"


@pytest.mark.parametrize(
    ("proposed", "shenzhen_final", "province_final"),
    [
        # 2,000,000 × 30 % = 600,000 > 300,000: capped; 2,000,000 - 300,000 = 1,700,000.
        ("2000000", "1700000.00", "1400000.00"),
        # 1,000,000 × 30 % = 300,000, exactly the cap: 700,000 either way.
        ("1000000", "700000.00", "700000.00"),
        # One step past: 1,000,010 × 30 % = 300,003 → 300,000 in Shenzhen: 700,010 (700,007).
        ("1000010", "700010.00", "700007.00"),
    ],
)
def test_the_reduction_is_capped_at_300000(
    proposed: str, shenzhen_final: str, province_final: str
) -> None:
    assert _final(_eia(), proposed=proposed) == Decimal(shenzhen_final)
    assert _final(_eia(), code="CN-GD", proposed=proposed) == Decimal(province_final)


@pytest.mark.parametrize(
    ("earlier", "reduced"),
    [
        (D(2023, 1, 4), True),  # three years and a day before the act (2026-01-05)
        (D(2023, 1, 5), False),  # three years to the day: within
        (D(2025, 6, 1), False),
    ],
)
def test_the_three_year_bar(earlier: dt.date, reduced: bool) -> None:
    prior = (PriorViolation(kind="air.over-limit", on=earlier, apology_reduced=True),)
    # 1,000,000 × 30 % = 300,000 → 700,000 with a reduction; 1,000,000 without.
    expected = Decimal("700000.00") if reduced else Decimal("1000000.00")
    assert _final(_eia(prior_violations=prior), proposed="1000000") == expected
    # The province bars a second reduction after any earlier one (Art. 14 (8)).
    assert _final(_eia(prior_violations=prior), code="CN-GD", proposed="1000000") == Decimal(
        "1000000.00"
    )


def test_no_rate_before_the_provincial_rules_and_none_after_them() -> None:
    # Before 2022-01-01 no rate is known: no reduction, though the cap is in force.
    early = _eia(
        occurred_on=D(2021, 7, 20),
        discovered_on=D(2021, 7, 21),
        corrected_on=D(2021, 7, 25),
        notice_received_on=D(2021, 8, 1),
        apology_pledge=ApologyPledge(filed_on=D(2021, 8, 5)),
    )
    day = D(2021, 8, 10)
    assert BOOK.resolve(CODE, day).as_decimal("reduction.apology.cap") == Decimal(300000)
    assert _final(early, day=day, proposed="1000000") == Decimal("1000000.00")
    # After 2026-12-31 the province's Art. 14 has ended: no reduction.
    late_day = D(2027, 1, 1)
    assert _final(_eia(), day=late_day, proposed="1000000") == Decimal("1000000.00")
