import datetime as dt
from zoneinfo import ZoneInfo

import pendulum
import pytest
from hypothesis import given

from ecoreg import Day, EcoregModel, Instant, parse_date, parse_instant
from ecoreg.exceptions import InvalidTimeError, NaiveDatetimeError
from ecoreg.testing import instants, naive_datetimes


class Event(EcoregModel):
    at: Instant
    on: Day | None = None


def test_instants_are_held_in_asia_shanghai() -> None:
    utc = dt.datetime(2026, 10, 1, 1, 0, tzinfo=dt.UTC)
    got = parse_instant(utc)
    assert isinstance(got, pendulum.DateTime)
    assert got.isoformat() == "2026-10-01T09:00:00+08:00"
    assert got == utc


def test_stdlib_zoneinfo_is_accepted() -> None:
    local = dt.datetime(2026, 10, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert parse_instant(local).hour == 9


@given(naive_datetimes())
def test_naive_datetimes_are_always_refused(value: dt.datetime) -> None:
    with pytest.raises(NaiveDatetimeError) as info:
        Event(at=value)
    assert info.value.field == "at"


def test_strings_without_offset_are_naive() -> None:
    with pytest.raises(NaiveDatetimeError):
        parse_instant("2026-10-01T09:00:00")
    with pytest.raises(InvalidTimeError, match="ISO 8601"):
        parse_instant("yesterday", field="start")
    with pytest.raises(InvalidTimeError, match="zone-aware"):
        parse_instant(dt.date(2026, 1, 1))
    with pytest.raises(InvalidTimeError, match="tz"):
        parse_instant("2026-10-01T09:00:00Z", tz="Mars/Olympus")


def test_dates_refuse_datetimes_and_bad_text() -> None:
    assert parse_date("2026-01-04") == dt.date(2026, 1, 4)
    assert type(parse_date(pendulum.date(2026, 1, 4))) is dt.date
    with pytest.raises(InvalidTimeError, match=r"take \.date\(\)"):
        parse_date(dt.datetime(2026, 1, 4, tzinfo=dt.UTC), field="on")
    with pytest.raises(InvalidTimeError) as info:
        Event(at="2026-01-01T00:00:00Z", on="2026-02-30")  # type: ignore[arg-type]
    assert info.value.field == "on"
    with pytest.raises(InvalidTimeError, match="1950"):
        parse_date("1900-01-01")


@given(instants())
def test_instants_round_trip_through_json(at: pendulum.DateTime) -> None:
    event = Event(at=at, on=at.date())
    back = Event.from_json(event.to_json())
    assert back == event
    assert back.at.utcoffset() == dt.timedelta(hours=8)
