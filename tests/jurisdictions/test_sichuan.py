"""Sichuan (四川省, CN-SC): six tiers 500–10,000, up to 50,000, cities ±50 % (2023 edition)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ecoreg import standard_policy_book
from ecoreg.jurisdictions import sichuan
from ecoreg.rewards import Reporter, ReportFinding, WhistleblowerReport, decide_reward

BOOK = standard_policy_book()
CODE = "CN-SC"


def test_entry_and_five_years_in_force() -> None:
    assert sichuan.CODE == CODE
    assert BOOK.jurisdiction(CODE).name_zh == "四川省"
    assert BOOK.resolve(CODE, dt.date(2023, 5, 7)).as_str("rewards.model") == "tier"
    assert BOOK.resolve(CODE, dt.date(2023, 5, 6)).as_str("rewards.model") == "local"
    assert BOOK.resolve(CODE, dt.date(2028, 5, 6)).as_str("rewards.model") == "tier"
    assert BOOK.resolve(CODE, dt.date(2028, 5, 7)).as_str("rewards.model") == "local"


def test_values() -> None:
    policy = BOOK.resolve(CODE, dt.date(2025, 3, 1))
    amounts = sorted(t.amount for t in policy.as_tuple("rewards.tiers"))
    assert (amounts[0], amounts[-2]) == (Decimal(500), Decimal(10000))  # the measure's ends
    assert policy.as_decimal("rewards.cap") == Decimal(50000)
    assert policy.as_decimal("rewards.adjustment_limit") == Decimal("0.5")


def test_seed_003_zigong_dumping_reported_to_110() -> None:
    # Seed 003: on 2024-02-28 at about 21:00 a resident phoned 110 about a tanker dumping waste
    # near the estate; the case was verified and the reporter rewarded under the 2023 measure
    # (500–10,000). A verified dumping case with a criminal referral sits in tier 5: 5,000.
    policy = BOOK.resolve(CODE, dt.date(2024, 6, 1))
    report = WhistleblowerReport.from_data(
        {
            "report_id": "zg-110",
            "matter": "zg-dumping",
            "received_at": "2024-02-28T21:00:00+08:00",
            "reporter": Reporter.from_data({"name": "测试丙", "contact": "110"}),
            "verified_on": "2024-05-20",
            "findings": (
                ReportFinding.from_data(
                    {
                        "violation": "waste.dumping",
                        "outcomes": ("fine", "criminal_referral"),
                        "fine": "100000",
                    }
                ),
            ),
        }
    )
    d = decide_reward(report, policy=policy, decided_on="2024-06-01", pseudonym_key=b"k" * 16)
    assert d.outcome.amount == Decimal("5000.00")
    assert Decimal(500) <= d.outcome.amount <= Decimal(10000)
