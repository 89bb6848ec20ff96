"""Local measures end: a version's ``in_force_until`` (inclusive), checked when loaded.

A decision dated after the end does not apply the measure and says so (reason
``policy.measure-ended``); a local measure in force that ends within 90 days of the decision,
or has ended with no successor known, puts a warning on the decision (``policy.measure-ending``
/ ``policy.measure-ended``): the local layer may be out of date. Guangdong's rules
(粤环发〔2021〕7号, to 2026-12-31) are checked in tests/jurisdictions/test_guangdong.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecoreg import standard_policy_book
from ecoreg.core._policy import ENDING_SOON_DAYS
from ecoreg.exceptions import PolicyDataError

D = dt.date
KEY = "leniency.first_violation_lookback_months"
NATIONAL = standard_policy_book()
"""The bundled book (its national defaults set the lookback); CN-ZZ is added under CN."""


def _data(start: dt.date, until: dt.date | None, **instrument: Any) -> dict[str, Any]:
    version: dict[str, Any] = {
        "in_force_from": start.isoformat(),
        "instrument": {
            "id": "cn-zz.rules.1",
            "name_zh": "某省规定",
            "name_en": "a province's rules",
            "issuer_zh": "某省生态环境厅",
            "in_force": start.isoformat(),
            **instrument,
        },
        "parameters": {KEY: {"value": 6, "basis": "local"}},
    }
    if until is not None:
        version["in_force_until"] = until.isoformat()
    return {
        "jurisdictions": [
            {
                "code": "CN-ZZ",
                "name_zh": "某省",
                "name_en": "Someprovince",
                "level": "province",
                "parent": "CN",
            }
        ],
        "measures": [
            {
                "id": "cn-zz.rules",
                "jurisdiction": "CN-ZZ",
                "title_zh": "某省规定",
                "title_en": "the province's rules",
                "versions": [version],
            }
        ],
    }


def test_an_end_before_the_start_is_refused_when_loaded() -> None:
    with pytest.raises(PolicyDataError) as info:
        NATIONAL.extend(_data(D(2022, 1, 1), D(2021, 12, 31)))
    error = info.value
    assert (error.measure, error.field, error.on) == (
        "cn-zz.rules",
        "in_force_until",
        D(2022, 1, 1),
    )
    assert error.allowed == "a date on or after 2022-01-01"


def test_a_one_day_version_is_allowed() -> None:
    book = NATIONAL.extend(_data(D(2022, 1, 1), D(2022, 1, 1)))
    assert book.resolve("CN-ZZ", D(2022, 1, 1)).as_int(KEY) == 6
    assert book.resolve("CN-ZZ", D(2022, 1, 2)).as_int(KEY) == 24


def test_a_replaced_instrument_is_not_reported_as_ended() -> None:
    book = NATIONAL.extend(_data(D(2022, 1, 1), D(2024, 1, 1), replaced_by="cn-zz.rules.2"))
    policy = book.resolve("CN-ZZ", D(2024, 1, 2))
    assert policy.ended == ()
    assert policy.lapse_reasons() == ()
    assert policy.layer_warnings(D(2024, 1, 2)) == ()
    assert book.resolve("CN-ZZ", D(2023, 12, 1)).layer_warnings(D(2023, 12, 1)) == ()


def test_an_open_ended_measure_never_warns() -> None:
    book = NATIONAL.extend(_data(D(2022, 1, 1), None))
    policy = book.resolve("CN-ZZ", D(2030, 1, 1))
    assert (policy.ending, policy.ended) == ((), ())


starts = st.dates(min_value=D(2021, 7, 15), max_value=D(2035, 12, 31))


@settings(max_examples=40, deadline=None)
@given(start=starts, length=st.integers(0, 3650), after=st.integers(1, 3650))
def test_an_expired_measure_never_applies(start: dt.date, length: int, after: int) -> None:
    end = start + dt.timedelta(days=length)
    day = end + dt.timedelta(days=after)
    book = NATIONAL.extend(_data(start, end))
    policy = book.resolve("CN-ZZ", day)
    assert policy.get(KEY).measure != "cn-zz.rules"
    assert policy.as_int(KEY) == NATIONAL.resolve("CN", day).as_int(KEY)
    (reason,) = policy.lapse_reasons()
    assert reason.rule_id == "policy.measure-ended"
    assert reason.fact("in_force_until") == end.isoformat()
    assert [w.code for w in policy.layer_warnings(day)] == ["policy.measure-ended"]


@settings(max_examples=40, deadline=None)
@given(start=starts, length=st.integers(0, 3650), back=st.integers(0, 400))
def test_in_force_until_its_last_day_with_a_warning_from_90_days_before(
    start: dt.date, length: int, back: int
) -> None:
    end = start + dt.timedelta(days=length)
    day = end - dt.timedelta(days=back)
    if day < start:
        return
    book = NATIONAL.extend(_data(start, end))
    policy = book.resolve("CN-ZZ", day)
    assert policy.get(KEY).measure == "cn-zz.rules"
    assert policy.lapse_reasons() == ()
    codes = [w.code for w in policy.layer_warnings(day)]
    assert codes == (["policy.measure-ending"] if back <= ENDING_SOON_DAYS else [])
