"""Zhejiang (浙江省, CN-ZJ): 5 % of the fine up to 100,000, stage bonuses that stack (2021)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ecoreg import JurisdictionLevel, standard_policy_book
from ecoreg.jurisdictions import zhejiang
from ecoreg.rewards import Reporter, ReportFinding, WhistleblowerReport, decide_reward

BOOK = standard_policy_book()
CODE = "CN-ZJ"
KEY = b"zhejiang-test-key-000"


def _report(fine: str, *outcomes: str) -> WhistleblowerReport:
    return WhistleblowerReport.from_data(
        {
            "report_id": "zj-1",
            "matter": "zj-m",
            "received_at": "2026-03-02T09:00:00+08:00",
            "reporter": Reporter.from_data({"name": "测试甲", "contact": "x"}),
            "verified_on": "2026-04-01",
            "findings": (
                ReportFinding.from_data({"violation": "v", "outcomes": outcomes, "fine": fine}),
            ),
        }
    )


def test_entry_and_dates_in_force() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert (zhejiang.CODE, entry.name_zh, entry.level) == (
        CODE,
        "浙江省",
        JurisdictionLevel.PROVINCE,
    )
    assert BOOK.resolve(CODE, dt.date(2021, 1, 1)).as_str("rewards.model") == "share"
    assert BOOK.resolve(CODE, dt.date(2020, 12, 31)).as_str("rewards.model") == "local"


def test_values() -> None:
    policy = BOOK.resolve(CODE, dt.date(2026, 4, 1))
    assert policy.as_decimal("rewards.share") == Decimal("0.05")
    assert policy.as_decimal("rewards.share_maximum") == Decimal(100000)
    assert policy.as_decimal("rewards.special_cap") == Decimal(500000)
    assert {b.id: b.amount for b in policy.as_tuple("rewards.stage_bonuses")} == {
        "police-detention": Decimal(5000),
        "arrest": Decimal(10000),
        "verdict": Decimal(10000),
    }


def test_worked_case_share_plus_arrest_and_verdict() -> None:
    # 1,000,000 × 5 % = 50,000; + arrest 10,000 + verdict 10,000 = 70,000
    policy = BOOK.resolve(CODE, dt.date(2026, 4, 1))
    d = decide_reward(
        _report("1000000", "fine", "arrest", "conviction"),
        policy=policy,
        decided_on="2026-04-01",
        pseudonym_key=KEY,
    )
    assert d.outcome.amount == Decimal("70000.00")
