"""Liaoning (辽宁省, CN-LN).

Measures: none encoded yet. The module places Yingkou in the hierarchy; this file
checks the entry, that the children resolve through it, and that it sets no parameter.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ecoreg import JurisdictionLevel, StudyEntry, standard_policy_book, study_standing
from ecoreg.exceptions import MissingParameterError
from ecoreg.jurisdictions import liaoning

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-LN"
CHILDREN = {"CN-LN-YK"}
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
    assert liaoning.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "辽宁省", "Liaoning")
    assert entry.level is JurisdictionLevel.PROVINCE
    assert entry.parent == "CN"
    assert [j["code"] for j in liaoning.DATA["jurisdictions"]] == [CODE]
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.chain == ("CN", CODE)
    assert policy.names[CODE] == ("辽宁省", "Liaoning")


def test_its_children_resolve_through_it() -> None:
    assert {c for c, j in BOOK.jurisdictions.items() if j.parent == CODE} == CHILDREN
    for child in CHILDREN:
        assert BOOK.chain(child) == ("CN", CODE, child)
        assert BOOK.resolve(child, D(2026, 3, 10)).chain == ("CN", CODE, child)


def test_the_module_has_no_measure() -> None:
    assert list(liaoning.DATA["measures"]) == []
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


def test_yingkous_study_points_are_not_read_in_the_province() -> None:
    ledger = [StudyEntry(on=D(2025, 3, 1), minutes=20 * 40, exam_score=80)]
    yingkou = study_standing(
        ledger, policy=BOOK.resolve("CN-LN-YK", D(2025, 6, 1)), on="2025-06-01"
    )
    assert yingkou.outcome.points == 30
    with pytest.raises(MissingParameterError) as info:
        study_standing(ledger, policy=BOOK.resolve(CODE, D(2025, 6, 1)), on="2025-06-01")
    assert info.value.jurisdiction == CODE
