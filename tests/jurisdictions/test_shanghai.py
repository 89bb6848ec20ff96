"""Shanghai (上海市, CN-SH, a municipality at province level).

Measures: none encoded yet. The module places Xuhui District in the hierarchy; this file
checks the entry, that the children resolve through it, and that it sets no parameter.
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


def test_the_module_has_no_measure() -> None:
    assert list(shanghai.DATA["measures"]) == []
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


def test_xuhuis_off_site_grades_are_not_the_municipalitys() -> None:
    assert BOOK.resolve(CODE, D(2026, 3, 10)).as_tuple("supervision.offsite_first_grades") == (
        "A",
        "B",
    )
    assert BOOK.resolve("CN-SH-XH", D(2026, 3, 10)).as_tuple(
        "supervision.offsite_first_grades"
    ) == ("A", "B", "C")
