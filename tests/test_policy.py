import datetime as dt
import random
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecoreg import PolicyBook, national_policy_book, standard_policy_book
from ecoreg.exceptions import MissingParameterError, PolicyDataError, UnknownJurisdictionError
from ecoreg.jurisdictions.national import DATA as NATIONAL_DATA
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.testing import dates, policy_data

D = dt.date

GUANGDONG: dict[str, Any] = {
    "jurisdictions": [
        {
            "code": "CN-GD",
            "name_zh": "广东省",
            "name_en": "Guangdong",
            "level": "province",
            "parent": "CN",
        },
        {
            "code": "CN-GD-DG",
            "name_zh": "东莞市",
            "name_en": "Dongguan",
            "level": "city",
            "parent": "CN-GD",
        },
    ],
    "measures": [
        {
            "id": "dg.test-measure",
            "jurisdiction": "CN-GD-DG",
            "title_zh": "东莞测试措施",
            "title_en": "Dongguan test measure",
            "versions": [
                {
                    "in_force_from": "2022-01-01",
                    "in_force_until": "2024-07-31",
                    "instrument": {
                        "id": "dg.v1",
                        "name_zh": "旧版",
                        "name_en": "old",
                        "in_force": "2022-01-01",
                        "number": "东环〔2022〕1号",
                    },
                    "parameters": {
                        "penalty.payment_deadline_days": {
                            "value": 20,
                            "basis": "local",
                            "article": 3,
                        }
                    },
                },
                {
                    "in_force_from": "2024-08-01",
                    "instrument": {
                        "id": "dg.v2",
                        "name_zh": "新版",
                        "name_en": "new",
                        "in_force": "2024-08-01",
                    },
                    "parameters": {
                        "penalty.payment_deadline_days": {"value": 30, "basis": "local"}
                    },
                },
            ],
        }
    ],
}


def book() -> PolicyBook:
    return national_policy_book().extend(GUANGDONG)


def test_national_baseline_carries_its_citations() -> None:
    policy = national_policy_book().resolve("CN", D(2026, 3, 1))
    assert policy.as_int("penalty.payment_deadline_days") == 15
    assert policy.citation("penalty.payment_deadline_days") == apl.ART_67
    assert policy.as_tuple("period.working_day_periods") == (2, 3, 5, 7)
    assert policy.as_decimal("penalty.late_surcharge_cap_ratio") == Decimal(1)
    assert policy.as_bool("leniency.education_required") is True
    assert policy.citation("leniency.education_required").paragraph == 3
    assert policy.as_bool("period.roll_last_day_to_working_day") is True
    assert policy.get("penalty.late_surcharge_daily_rate").basis == "law"


def test_city_overlays_province_and_nation_by_date() -> None:
    b = book()
    assert b.chain("CN-GD-DG") == ("CN", "CN-GD", "CN-GD-DG")
    assert b.resolve("CN-GD-DG", D(2021, 12, 31)).as_int("penalty.payment_deadline_days") == 15
    old = b.resolve("CN-GD-DG", D(2024, 7, 31))
    assert old.as_int("penalty.payment_deadline_days") == 20
    assert old.citation("penalty.payment_deadline_days").instrument.number == "东环〔2022〕1号"
    new = b.resolve("CN-GD-DG", "2024-08-01")
    assert new.as_int("penalty.payment_deadline_days") == 30
    assert new.get("penalty.payment_deadline_days").measure == "dg.test-measure"
    # The province itself is untouched by the city's measure.
    assert b.resolve("CN-GD", D(2025, 1, 1)).as_int("penalty.payment_deadline_days") == 15
    # National values still show through.
    assert new.as_decimal("penalty.late_surcharge_daily_rate") == Decimal("0.03")


def test_before_the_law_nothing_is_in_force() -> None:
    policy = national_policy_book().resolve("CN", D(2021, 7, 14))
    with pytest.raises(MissingParameterError) as info:
        policy.as_int("penalty.payment_deadline_days")
    err = info.value
    assert (err.jurisdiction, err.on, err.field) == (
        "CN",
        D(2021, 7, 14),
        "penalty.payment_deadline_days",
    )


def test_wrong_type_accessor_is_an_ecoreg_error() -> None:
    policy = national_policy_book().resolve("CN", D(2026, 3, 1))
    with pytest.raises(MissingParameterError, match="another type"):
        policy.as_bool("penalty.payment_deadline_days")


def test_unknown_jurisdiction() -> None:
    with pytest.raises(UnknownJurisdictionError) as info:
        national_policy_book().resolve("CN-XX", D(2026, 1, 1))
    assert info.value.field == "jurisdiction"
    assert info.value.value == "CN-XX"


def test_books_are_immutable() -> None:
    b = book()
    with pytest.raises(AttributeError):
        b._data = None  # type: ignore[assignment]
    with pytest.raises(TypeError):
        b.resolve("CN", D(2026, 1, 1)).parameters["x"] = 1  # type: ignore[index]
    assert b == book()
    assert hash(b) == hash(book())
    assert "jurisdictions" in repr(b)


def _with_version(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "jurisdictions": GUANGDONG["jurisdictions"],
        "measures": [dict(GUANGDONG["measures"][0])],
    }
    version = dict(data["measures"][0]["versions"][1])
    version.update(changes)
    data["measures"][0]["versions"] = [data["measures"][0]["versions"][0], version]
    return data


@pytest.mark.parametrize(
    ("data", "field", "needle"),
    [
        (
            _with_version(parameters={"penalty.payment_deadline_days": {"value": 0}}),
            "parameters.penalty.payment_deadline_days.value",
            "at least 1",
        ),
        (
            _with_version(parameters={"penalty.late_surcharge_daily_rate": {"value": 0.03}}),
            "parameters.penalty.late_surcharge_daily_rate.value",
            "not a float",
        ),
        (
            _with_version(parameters={"no.such.key": {"value": 1}}),
            "parameters.no.such.key",
            "PARAMETERS",
        ),
        (_with_version(in_force_from="2024-07-01"), "in_force_from", "after the version"),
        (_with_version(in_force_until="2024-01-01"), "in_force_until", "on or after"),
    ],
)
def test_bad_versions_name_jurisdiction_measure_and_date(
    data: dict[str, Any], field: str, needle: str
) -> None:
    with pytest.raises(PolicyDataError) as info:
        national_policy_book().extend(data)
    err = info.value
    assert err.jurisdiction == "CN-GD-DG"
    assert err.measure == "dg.test-measure"
    assert err.on is not None
    assert err.field == field
    assert needle in str(err)
    assert "CN-GD-DG" in str(err)
    assert "dg.test-measure" in str(err)


def test_malformed_plain_data_names_the_version_date() -> None:
    with pytest.raises(PolicyDataError) as info:
        national_policy_book().extend(
            _with_version(in_force_from="2024-08-01", instrument={"id": "x"})
        )
    assert info.value.on == D(2024, 8, 1)
    assert info.value.field is not None
    assert info.value.field.startswith("measures.0.versions.1.instrument")


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (
            {
                "jurisdictions": [
                    {
                        "code": "CN-GD",
                        "name_zh": "x",
                        "name_en": "x",
                        "level": "province",
                        "parent": "CN",
                    }
                ]
            },
            "used twice",
        ),
        (
            {
                "jurisdictions": [
                    {
                        "code": "CN-HB",
                        "name_zh": "x",
                        "name_en": "x",
                        "level": "province",
                        "parent": "CN-ZZ",
                    }
                ]
            },
            "unknown",
        ),
        (
            {
                "jurisdictions": [
                    {
                        "code": "CN-HB",
                        "name_zh": "x",
                        "name_en": "x",
                        "level": "province",
                        "parent": "CN-GD-DG",
                    }
                ]
            },
            "higher level",
        ),
        (
            {
                "jurisdictions": [
                    {"code": "cn-hb", "name_zh": "x", "name_en": "x", "level": "province"}
                ]
            },
            "pattern",
        ),
        (
            {"measures": [{**GUANGDONG["measures"][0], "id": "zz.other", "jurisdiction": "CN-ZZ"}]},
            "unknown jurisdiction",
        ),
        ({"measures": [GUANGDONG["measures"][0]]}, "used twice"),
        ({"surprise": []}, "unknown top-level"),
        ({"measures": {}}, "must be a list"),
    ],
)
def test_bad_books_are_refused(data: dict[str, Any], needle: str) -> None:
    with pytest.raises(PolicyDataError, match=needle):
        book().extend(data)


def test_same_day_conflict_between_measures_is_refused() -> None:
    clash = {
        "measures": [
            {
                "id": "dg.other",
                "jurisdiction": "CN-GD-DG",
                "title_zh": "另一措施",
                "title_en": "other",
                "versions": [
                    {
                        "in_force_from": "2024-08-01",
                        "instrument": {
                            "id": "o",
                            "name_zh": "o",
                            "name_en": "o",
                            "in_force": "2024-08-01",
                        },
                        "parameters": {"penalty.payment_deadline_days": {"value": 10}},
                    },
                ],
            }
        ]
    }
    with pytest.raises(PolicyDataError, match="neither can take precedence") as info:
        book().extend(clash)
    assert info.value.on == D(2024, 8, 1)


def test_later_measure_wins_within_a_jurisdiction() -> None:
    later = {
        "measures": [
            {
                "id": "dg.later",
                "jurisdiction": "CN-GD-DG",
                "title_zh": "后一措施",
                "title_en": "later",
                "versions": [
                    {
                        "in_force_from": "2025-10-01",
                        "instrument": {
                            "id": "l",
                            "name_zh": "l",
                            "name_en": "l",
                            "in_force": "2025-10-01",
                        },
                        "parameters": {"penalty.payment_deadline_days": {"value": 10}},
                    },
                ],
            }
        ]
    }
    b = book().extend(later)
    assert b.resolve("CN-GD-DG", D(2025, 9, 30)).as_int("penalty.payment_deadline_days") == 30
    assert b.resolve("CN-GD-DG", D(2025, 10, 1)).as_int("penalty.payment_deadline_days") == 10


def test_an_extended_book_is_the_book_of_all_its_data() -> None:
    # extend checks only the new measures (the book's own were checked when it was built):
    # the result is the book built from all the data at once, and a reused id is still refused.
    from ecoreg.jurisdictions import REGISTRY, combined  # noqa: PLC0415

    extended = standard_policy_book()
    whole = PolicyBook.from_data(combined(NATIONAL_DATA, *(m.DATA for m in REGISTRY)))
    assert extended == whole
    for code in ("CN-GD-SZ", "CN-SX", "CN-JS-SZ"):
        assert extended.resolve(code, D(2026, 9, 1)) == whole.resolve(code, D(2026, 9, 1))
    again = {"measures": [extended.data.measures[0]]}
    with pytest.raises(PolicyDataError, match="measure id used twice"):
        extended.extend(again)


@given(policy_data(), st.randoms(use_true_random=False), dates())
def test_lookup_does_not_depend_on_registration_order(
    data: dict[str, Any], rnd: random.Random, on: dt.date
) -> None:
    shuffled = {"jurisdictions": list(data["jurisdictions"]), "measures": []}
    rnd.shuffle(shuffled["jurisdictions"])
    for measure in data["measures"]:
        versions = list(measure["versions"])
        rnd.shuffle(versions)
        shuffled["measures"].append({**measure, "versions": versions})
    rnd.shuffle(shuffled["measures"])
    a = PolicyBook.from_data(data)
    b = PolicyBook.from_data(shuffled)
    assert a == b
    for code in ("CN", "CN-XA", "CN-XA-XB"):
        pa, pb = a.resolve(code, on), b.resolve(code, on)
        assert dict(pa.parameters) == dict(pb.parameters)
        assert pa.as_int("penalty.payment_deadline_days") >= 1


def test_national_data_is_plain_data() -> None:
    import json  # noqa: PLC0415

    assert (
        PolicyBook.from_data(json.loads(json.dumps(dict(NATIONAL_DATA)))) == national_policy_book()
    )


def test_a_policy_keeps_what_is_read_from_it() -> None:
    from ecoreg import standard_policy_book  # noqa: PLC0415
    from ecoreg.penalties._settings import PenaltySettings  # noqa: PLC0415

    standard = standard_policy_book()
    policy = standard.resolve("CN-GD-DG", D(2026, 3, 1))
    again = standard.resolve("CN-GD-DG", D(2026, 3, 1))
    first = policy.records("violations.catalogue")
    assert policy.records("violations.catalogue") is first
    assert PenaltySettings.of(policy) is PenaltySettings.of(policy)
    # The cache is not part of the policy's value: equal policies stay equal.
    assert policy == again
    assert dict(again.records("violations.catalogue")) == dict(first)
