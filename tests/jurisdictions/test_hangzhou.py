"""Hangzhou (杭州市, CN-ZJ-HZ): rewards by fine band (2021-01-20), each edge and one step past."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import standard_policy_book
from ecoreg.jurisdictions import hangzhou
from ecoreg.rewards import Reporter, ReportFinding, WhistleblowerReport, decide_reward

BOOK = standard_policy_book()
CODE = "CN-ZJ-HZ"
POLICY = BOOK.resolve(CODE, dt.date(2026, 4, 1))


def test_entry_and_dates_in_force() -> None:
    assert hangzhou.CODE == CODE
    assert BOOK.chain(CODE) == ("CN", "CN-ZJ", CODE)
    assert BOOK.resolve(CODE, dt.date(2021, 1, 20)).as_str("rewards.model") == "band"
    assert BOOK.resolve(CODE, dt.date(2021, 1, 19)).as_str("rewards.model") == "share"


@pytest.mark.parametrize(
    ("fine", "reward"),
    [
        ("50000", "5000.00"),  # 50,000 × 10 %
        ("99999", "9999.90"),  # 99,999 × 10 %
        ("100000", "10000.00"),
        ("499999.99", "30000.00"),
        ("500000", "50000.00"),
        ("999999.99", "50000.00"),
        ("1000000", "80000.00"),
        ("1499999.99", "80000.00"),
        ("1500000", "100000.00"),
        ("9000000", "100000.00"),
    ],
)
def test_bands(fine: str, reward: str) -> None:
    report = WhistleblowerReport.from_data(
        {
            "report_id": "hz-1",
            "matter": "hz-m",
            "received_at": "2026-03-02T09:00:00+08:00",
            "reporter": Reporter.from_data({"name": "测试乙", "contact": "x"}),
            "verified_on": "2026-04-01",
            "findings": (
                ReportFinding.from_data({"violation": "v", "outcomes": ("fine",), "fine": fine}),
            ),
        }
    )
    d = decide_reward(report, policy=POLICY, decided_on="2026-04-01", pseudonym_key=b"k" * 16)
    assert d.outcome.amount == Decimal(reward)
    assert d.outcome.steps[0].rule_id == "rewards.amount.band"
