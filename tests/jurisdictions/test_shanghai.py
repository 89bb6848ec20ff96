"""Shanghai (上海市, CN-SH, a municipality at province level).

Measures: its whistleblower reward rules only (issue 27). The module places Xuhui District in the hierarchy; this file
checks the entry, that the children resolve through it, and that it sets no parameter but the rewards ones.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ecoreg import JurisdictionLevel, standard_policy_book
from ecoreg.jurisdictions import shanghai

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-SH"
CHILDREN = {"CN-SH-XH"}
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
    assert shanghai.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "上海市", "Shanghai")
    assert entry.level is JurisdictionLevel.PROVINCE
    assert entry.parent == "CN"
    assert [j["code"] for j in shanghai.DATA["jurisdictions"]] == [CODE]
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.chain == ("CN", CODE)
    assert policy.names[CODE] == ("上海市", "Shanghai")


def test_its_children_resolve_through_it() -> None:
    assert {c for c, j in BOOK.jurisdictions.items() if j.parent == CODE} == CHILDREN
    for child in CHILDREN:
        assert BOOK.chain(child) == ("CN", CODE, child)
        assert BOOK.resolve(child, D(2026, 3, 10)).chain == ("CN", CODE, child)


def test_the_module_has_only_its_reward_measure() -> None:
    assert [m["id"] for m in shanghai.DATA["measures"]] == ["cn-sh.reporting-rewards"]
    assert [m.id for m in BOOK.data.measures if m.jurisdiction == CODE] == [
        "cn-sh.reporting-rewards"
    ]


def test_the_reward_measure_starts_on_its_day_in_force() -> None:
    first = D(2018, 6, 5)
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


def test_xuhuis_off_site_grades_are_not_the_municipalitys() -> None:
    assert BOOK.resolve(CODE, D(2026, 3, 10)).as_tuple("supervision.offsite_first_grades") == (
        "A",
        "B",
    )
    assert BOOK.resolve("CN-SH-XH", D(2026, 3, 10)).as_tuple(
        "supervision.offsite_first_grades"
    ) == ("A", "B", "C")


def test_the_reward_measures_values_and_a_worked_case() -> None:
    from decimal import Decimal  # noqa: PLC0415

    from ecoreg.rewards import WhistleblowerReport, decide_reward  # noqa: PLC0415

    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.as_decimal("rewards.cap") == Decimal(50000)
    assert policy.as_int("rewards.feedback_working_days") == 60
    assert policy.as_bool("rewards.insider_top_of_band")
    tiers = {t.id: (t.amount, t.maximum) for t in policy.as_tuple("rewards.tiers")}
    assert tiers == {
        "sh-1": (Decimal(500), Decimal(5000)),
        "sh-2": (Decimal(5000), Decimal(20000)),
        "sh-3": (Decimal(20000), Decimal(50000)),
    }
    # An insider's report of a plant sealed for illegal discharge: the second tier, rated at its
    # top (5,000–20,000 → 20,000).
    report = WhistleblowerReport.from_data(
        {
            "report_id": "sh-1",
            "matter": "sh-m",
            "received_at": "2026-02-02T09:00:00+08:00",
            "reporter": {"name": "测试辛", "insider": True},
            "verified_on": "2026-03-02",
            "findings": [{"violation": "v", "outcomes": ["seal_seize"]}],
        }
    )
    d = decide_reward(report, policy=policy, decided_on=D(2026, 3, 10), pseudonym_key=b"k" * 16)
    assert d.outcome.amount == Decimal("20000.00")
    assert d.outcome.steps[-1].rule_id == "rewards.amount.top-of-tier"
