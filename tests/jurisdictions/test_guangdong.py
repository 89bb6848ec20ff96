"""Guangdong (广东省, CN-GD).

Measures: none encoded yet. The module places Dongguan and Guangzhou in the hierarchy; this file
checks the entry, that the children resolve through it, and that it sets no parameter.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import (
    ApologyPledge,
    Harm,
    JurisdictionLevel,
    ViolationCase,
    decide_fine,
    standard_policy_book,
)
from ecoreg.jurisdictions import guangdong

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-GD"
CHILDREN = {"CN-GD-DG", "CN-GD-GZ"}
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
    assert guangdong.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "广东省", "Guangdong")
    assert entry.level is JurisdictionLevel.PROVINCE
    assert entry.parent == "CN"
    assert [j["code"] for j in guangdong.DATA["jurisdictions"]] == [CODE]
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.chain == ("CN", CODE)
    assert policy.names[CODE] == ("广东省", "Guangdong")


def test_its_children_resolve_through_it() -> None:
    assert {c for c, j in BOOK.jurisdictions.items() if j.parent == CODE} == CHILDREN
    for child in CHILDREN:
        assert BOOK.chain(child) == ("CN", CODE, child)
        assert BOOK.resolve(child, D(2026, 3, 10)).chain == ("CN", CODE, child)


def test_the_module_has_no_measure() -> None:
    assert list(guangdong.DATA["measures"]) == []
    assert not [m for m in BOOK.data.measures if m.jurisdiction == CODE]


@pytest.mark.parametrize("day", DAYS)
def test_it_sets_no_parameter_of_its_own(day: dt.date) -> None:
    province = BOOK.resolve(CODE, day)
    national = BOOK.resolve("CN", day)
    assert province.parameters.keys() == national.parameters.keys()
    for key, resolved in province.parameters.items():
        assert resolved.jurisdiction == "CN", key
        assert resolved == national.get(key), key
    assert (province.valid_from, province.valid_until) == (
        national.valid_from,
        national.valid_until,
    )
    for child in CHILDREN:
        for resolved in BOOK.resolve(child, day).parameters.values():
            assert resolved.jurisdiction != CODE


def test_dongguans_apology_reduction_stops_at_the_city_boundary() -> None:
    case = ViolationCase(
        kind="monitoring.not-networked",
        occurred_on=D(2026, 1, 5),
        discovered_on=D(2026, 2, 1),
        corrected_on=D(2026, 2, 10),
        harm=Harm.SLIGHT,
        notice_received_on=D(2026, 2, 24),
        apology_pledge=ApologyPledge(filed_on=D(2026, 3, 4)),
    )

    def final(code: str) -> Decimal:
        policy = BOOK.resolve(code, D(2026, 3, 10))
        return decide_fine(
            case, policy=policy, decided_on="2026-03-10", proposed="100000"
        ).outcome.final

    assert final("CN-GD-DG") == Decimal("50000.00")
    assert final(CODE) == Decimal("100000.00")
    assert final("CN-GD-GZ") == Decimal("100000.00")
