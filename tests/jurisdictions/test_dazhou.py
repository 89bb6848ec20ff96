"""Dazhou (达州市, CN-SC-DZ): avoided incidents 5,000–50,000; the province's ±50 % applies."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import standard_policy_book
from ecoreg.exceptions import InvalidInputError
from ecoreg.jurisdictions import dazhou
from ecoreg.rewards import Reporter, ReportFinding, WhistleblowerReport, decide_reward

BOOK = standard_policy_book()
CODE = "CN-SC-DZ"
POLICY = BOOK.resolve(CODE, dt.date(2026, 4, 1))


def _report(outcome: str, adjustment: str | None = None) -> WhistleblowerReport:
    return WhistleblowerReport.from_data(
        {
            "report_id": "dz-1",
            "matter": "dz-m",
            "received_at": "2026-03-02T09:00:00+08:00",
            "reporter": Reporter.from_data({"name": "测试丁", "contact": "x"}),
            "verified_on": "2026-04-01",
            "findings": (ReportFinding.from_data({"violation": "v", "outcomes": (outcome,)}),),
            "local_adjustment": adjustment,
        }
    )


def test_entry_and_day_in_force() -> None:
    assert dazhou.CODE == CODE
    assert BOOK.chain(CODE) == ("CN", "CN-SC", CODE)
    assert BOOK.resolve(CODE, dt.date(2025, 7, 21)).get("rewards.cap").jurisdiction == CODE
    assert BOOK.resolve(CODE, dt.date(2025, 7, 20)).get("rewards.cap").jurisdiction == "CN-SC"


@pytest.mark.parametrize(
    ("outcome", "adjustment", "reward"),
    [
        ("incident_avoided_general", None, "5000.00"),
        ("incident_avoided_especially_major", None, "50000.00"),
        ("incident_avoided_especially_major", "0.5", "50000.00"),  # 75,000 → the cap
        ("conviction", "0.5", "15000.00"),  # 10,000 × 1.5
        ("conviction", "-0.5", "5000.00"),
    ],
)
def test_worked_cases(outcome: str, adjustment: str | None, reward: str) -> None:
    d = decide_reward(
        _report(outcome, adjustment),
        policy=POLICY,
        decided_on="2026-04-01",
        pseudonym_key=b"k" * 16,
    )
    assert d.outcome.amount == Decimal(reward)


def test_adjustment_one_step_past_fifty_percent_is_refused() -> None:
    with pytest.raises(InvalidInputError) as err:
        decide_reward(
            _report("conviction", "0.51"),
            policy=POLICY,
            decided_on="2026-04-01",
            pseudonym_key=b"k" * 16,
        )
    assert err.value.field == "local_adjustment"
