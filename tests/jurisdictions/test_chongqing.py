"""Chongqing (重庆市, CN-CQ): 500 / 1,000 / 2,000, 5 % of a fine, up to 100,000 (渝环规〔2025〕1号)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import standard_policy_book
from ecoreg.jurisdictions import chongqing
from ecoreg.rewards import Reporter, ReportFinding, RewardStatus, WhistleblowerReport, decide_reward

BOOK = standard_policy_book()
CODE = "CN-CQ"
POLICY = BOOK.resolve(CODE, dt.date(2026, 4, 1))


def _report(
    fine: str, grade: str, outcome: str = "fine", **reporter: object
) -> WhistleblowerReport:
    return WhistleblowerReport.from_data(
        {
            "report_id": "cq-1",
            "matter": "cq-m",
            "received_at": "2026-03-02T09:00:00+08:00",
            "reporter": Reporter.from_data(reporter or {"name": "测试戊"}),
            "verified_on": "2026-04-01",
            "findings": (
                ReportFinding.from_data(
                    {"violation": "v", "outcomes": (outcome,), "fine": fine, "grade": grade}
                ),
            ),
        }
    )


def test_entry_and_day_in_force() -> None:
    assert chongqing.CODE == CODE
    assert BOOK.jurisdiction(CODE).name_zh == "重庆市"
    assert BOOK.resolve(CODE, dt.date(2025, 1, 1)).as_bool("rewards.anonymous_allowed")
    assert not BOOK.resolve(CODE, dt.date(2024, 12, 31)).as_bool("rewards.anonymous_allowed")


@pytest.mark.parametrize(
    ("fine", "grade", "outcome", "reward"),
    [
        ("0", "class-1", "order_to_correct", "500.00"),
        ("0", "class-2", "order_to_correct", "1000.00"),
        ("0", "class-3", "warning", "2000.00"),
        ("100000", "class-1", "fine", "5000.00"),  # 5 %
        ("30000", "class-3", "fine", "2000.00"),  # 1,500 → the class's 2,000
    ],
)
def test_worked_cases(fine: str, grade: str, outcome: str, reward: str) -> None:
    d = decide_reward(
        _report(fine, grade, outcome),
        policy=POLICY,
        decided_on="2026-04-01",
        pseudonym_key=b"k" * 16,
    )
    assert d.outcome.amount == Decimal(reward)


def test_anonymous_reporter_with_contact_is_rewarded() -> None:
    d = decide_reward(
        _report("0", "class-1", "order_to_correct", anonymous=True, contact="wx"),
        policy=POLICY,
        decided_on="2026-04-01",
        pseudonym_key=b"k" * 16,
    )
    assert d.outcome.status is RewardStatus.REWARDED
