"""Jiangsu (江苏省, CN-JS).

Measures: its whistleblower reward rules only (issue 27). The module places Suzhou in the hierarchy; this file
checks the entry, that the children resolve through it, and that it sets no parameter but the rewards ones.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ecoreg import JurisdictionLevel, standard_policy_book
from ecoreg.jurisdictions import jiangsu

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-JS"
CHILDREN = {"CN-JS-SZ"}
DAYS = [
    D(2021, 7, 14),
    D(2021, 7, 15),
    D(2024, 8, 1),
    D(2025, 1, 1),
    D(2026, 3, 10),
    D(2026, 8, 15),
]


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert jiangsu.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "江苏省", "Jiangsu")
    assert entry.level is JurisdictionLevel.PROVINCE
    assert entry.parent == "CN"
    assert [j["code"] for j in jiangsu.DATA["jurisdictions"]] == [CODE]
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.chain == ("CN", CODE)
    assert policy.names[CODE] == ("江苏省", "Jiangsu")


def test_its_children_resolve_through_it() -> None:
    assert {c for c, j in BOOK.jurisdictions.items() if j.parent == CODE} == CHILDREN
    for child in CHILDREN:
        assert BOOK.chain(child) == ("CN", CODE, child)
        assert BOOK.resolve(child, D(2026, 3, 10)).chain == ("CN", CODE, child)


def test_the_module_has_only_its_reward_measure() -> None:
    assert [m["id"] for m in jiangsu.DATA["measures"]] == ["cn-js.reporting-rewards"]
    assert [m.id for m in BOOK.data.measures if m.jurisdiction == CODE] == [
        "cn-js.reporting-rewards"
    ]


def test_the_reward_measure_starts_on_its_day_in_force() -> None:
    first = D(2021, 11, 1)
    assert BOOK.resolve(CODE, first).get("rewards.model").jurisdiction == CODE
    before = BOOK.resolve(CODE, first - dt.timedelta(days=1)).parameters
    assert "rewards.model" not in before or before["rewards.model"].jurisdiction == "CN"


@pytest.mark.parametrize("day", DAYS)
def test_it_sets_no_parameter_of_its_own_but_rewards(day: dt.date) -> None:
    province = BOOK.resolve(CODE, day)
    national = BOOK.resolve("CN", day)
    assert province.parameters.keys() >= national.parameters.keys()
    for key, resolved in province.parameters.items():
        if key.startswith("rewards."):
            continue
        assert resolved.jurisdiction == "CN", key
        assert resolved == national.get(key), key
    for child in CHILDREN:
        for key, resolved in BOOK.resolve(child, day).parameters.items():
            assert resolved.jurisdiction != CODE or key.startswith("rewards."), key


def test_suzhous_deadlines_are_cited_as_local_only_in_suzhou() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.as_int("alerts.response_hours_key_unit") == 4
    assert policy.get("alerts.response_hours_key_unit").measure == "ecoreg.defaults.alerts"
    assert policy.local_note("alerts.response_hours_key_unit") == ("", "")
    suzhou = BOOK.resolve("CN-JS-SZ", D(2026, 3, 10))
    assert suzhou.local_note("alerts.response_hours_key_unit") == (
        "（苏州市地方规定）",
        " (a local measure of Suzhou)",
    )


def test_the_reward_rules_values_and_a_worked_case() -> None:
    from decimal import Decimal  # noqa: PLC0415

    from ecoreg.rewards import WhistleblowerReport, decide_reward  # noqa: PLC0415

    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.citation("rewards.cap").instrument.number == "苏环办〔2021〕293号"
    assert policy.as_decimal("rewards.evidence_multiplier") == Decimal("1.5")
    assert policy.as_decimal("rewards.evidence_cap") == Decimal(15000)
    assert policy.as_decimal("rewards.special_cap") == Decimal(500000)
    # An ordinary penalty of 150,000: 5 % = 7,500 (within 50–10,000); evidence +50 % = 11,250.
    report = WhistleblowerReport.from_data(
        {
            "report_id": "js-1",
            "matter": "js-m",
            "received_at": "2026-02-02T09:00:00+08:00",
            "reporter": {"name": "测试庚"},
            "verified_on": "2026-03-02",
            "evidence_supplied": True,
            "findings": [{"violation": "v", "outcomes": ["fine"], "fine": "150000"}],
        }
    )
    d = decide_reward(report, policy=policy, decided_on=D(2026, 3, 10), pseudonym_key=b"k" * 16)
    assert d.outcome.amount == Decimal("11250.00")
