"""Jiangxi (江西省, CN-JX): 4 % / 3 % / 2 % by grade, at most 200,000, insiders × 2 (2021-05-20)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import standard_policy_book
from ecoreg.jurisdictions import jiangxi
from ecoreg.rewards import Reporter, ReportFinding, WhistleblowerReport, decide_reward

BOOK = standard_policy_book()
CODE = "CN-JX"
POLICY = BOOK.resolve(CODE, dt.date(2026, 4, 1))


def test_entry_and_day_in_force() -> None:
    assert jiangxi.CODE == CODE
    assert BOOK.jurisdiction(CODE).name_zh == "江西省"
    assert BOOK.resolve(CODE, dt.date(2021, 5, 20)).as_str("rewards.model") == "share"
    assert BOOK.resolve(CODE, dt.date(2021, 5, 19)).as_str("rewards.model") == "local"


@pytest.mark.parametrize(
    ("fine", "grade", "insider", "reward"),
    [
        ("100000", "grade-1", False, "4000.00"),  # 4 %
        ("100000", "grade-2", False, "3000.00"),  # 3 %
        ("100000", "grade-3", False, "2000.00"),  # 2 %
        ("100000", "grade-3", True, "4000.00"),  # × 2
        ("10000000", "grade-3", False, "200000.00"),  # 2 % = 200,000: at the cap
        ("10000050", "grade-3", False, "200000.00"),  # 200,001 → the cap
    ],
)
def test_worked_cases(fine: str, grade: str, insider: bool, reward: str) -> None:
    report = WhistleblowerReport.from_data(
        {
            "report_id": "jx-1",
            "matter": "jx-m",
            "received_at": "2026-03-02T09:00:00+08:00",
            "reporter": Reporter.from_data({"name": "测试己", "insider": insider}),
            "verified_on": "2026-04-01",
            "findings": (
                ReportFinding.from_data(
                    {"violation": "v", "outcomes": ("fine",), "fine": fine, "grade": grade}
                ),
            ),
        }
    )
    d = decide_reward(report, policy=POLICY, decided_on="2026-04-01", pseudonym_key=b"k" * 16)
    assert d.outcome.amount == Decimal(reward)
