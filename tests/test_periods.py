import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecoreg import (
    ChinaWorkingCalendar,
    Deadline,
    FixedCalendar,
    PeriodUnit,
    calendar_days_after,
    china_calendar,
    hours_after,
    months_after,
    penalty_law_days_after,
    working_days_after,
)
from ecoreg.exceptions import InvalidPeriodError, InvalidTimeError, NaiveDatetimeError
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.law import civil_code
from ecoreg.testing import dates

D = dt.date


# --- The worked cases on the real 2026 calendar (issue 2, "Must show") ---


def test_five_working_days_after_notice_on_2026_09_29_end_on_2026_10_12() -> None:
    deadline = penalty_law_days_after(D(2026, 9, 29), 5)
    assert deadline.unit is PeriodUnit.WORKING_DAYS
    assert deadline.last_day == D(2026, 10, 12)
    assert deadline.reasons[-1].citation == apl.ART_85
    # 10-01..10-07 holidays and 10-11 Sunday skipped; Saturday 10-10 is a make-up workday.
    assert deadline.reasons[-1].fact("makeup_workdays_counted") == "2026-10-10"
    assert not deadline.is_provisional


def test_seven_working_days_after_2026_02_12_end_on_a_makeup_saturday() -> None:
    deadline = working_days_after(D(2026, 2, 12), 7)
    assert deadline.last_day == D(2026, 2, 28)
    assert deadline.last_day.weekday() == 5


def test_sunday_2026_01_04_is_a_working_day() -> None:
    assert china_calendar().is_working_day(D(2026, 1, 4))
    assert D(2026, 1, 4).weekday() == 6


def test_fifteen_days_after_2026_09_16_roll_from_national_day_to_2026_10_08() -> None:
    deadline = calendar_days_after(D(2026, 9, 16), 15, source=apl.ART_67)
    assert deadline.rolled_from == D(2026, 10, 1)
    assert deadline.last_day == D(2026, 10, 8)
    assert [r.rule_id for r in deadline.reasons] == [
        "period.source",
        "period.calendar-days",
        "period.roll-to-working-day",
    ]
    assert deadline.reasons[2].citation == civil_code.ART_203
    assert deadline.ends_at.isoformat() == "2026-10-09T00:00:00+08:00"


def test_penalty_law_counts_other_lengths_in_calendar_days() -> None:
    assert penalty_law_days_after(D(2026, 9, 16), 15).last_day == D(2026, 10, 8)
    assert penalty_law_days_after(D(2026, 9, 16), 15).unit is PeriodUnit.CALENDAR_DAYS
    assert penalty_law_days_after(D(2026, 9, 16), 3).unit is PeriodUnit.WORKING_DAYS


def test_rolling_can_be_switched_off() -> None:
    deadline = calendar_days_after(D(2026, 9, 16), 15, roll_to_working_day=False)
    assert deadline.last_day == D(2026, 10, 1)
    assert deadline.rolled_from is None


def test_event_given_as_instant_uses_its_local_day() -> None:
    # 2026-09-28 17:00 UTC is already 2026-09-29 01:00 in Beijing.
    deadline = penalty_law_days_after("2026-09-28T17:00:00Z", 5)
    assert deadline.event_day == D(2026, 9, 29)
    assert deadline.last_day == D(2026, 10, 12)


def test_months_clamp_to_month_end_and_roll() -> None:
    assert months_after(D(2026, 8, 31), 6, roll_to_working_day=False).last_day == D(2027, 2, 28)
    # 2026-05-31 + 3 months = 2026-08-31, a Monday: no roll.
    assert months_after(D(2026, 5, 31), 3).last_day == D(2026, 8, 31)
    # 2026-07-03 + 3 months = 2026-10-03, in the National Day holiday: rolls to 10-08.
    assert months_after(D(2026, 7, 3), 3).last_day == D(2026, 10, 8)


def test_hours_are_clock_hours() -> None:
    deadline = hours_after("2026-09-30T18:00:00+08:00", 48)
    assert deadline.ends_at.isoformat() == "2026-10-02T18:00:00+08:00"
    assert deadline.is_met_by(dt.datetime.fromisoformat("2026-10-02T17:59:59+08:00"))
    assert not deadline.is_met_by(dt.datetime.fromisoformat("2026-10-02T18:00:00+08:00"))


def test_unpublished_year_is_provisional_with_a_warning() -> None:
    deadline = penalty_law_days_after(D(2027, 9, 28), 5)
    assert deadline.provisional_years == (2027,)
    assert deadline.warnings[0].code == "calendar.provisional"
    assert "2027" in deadline.warnings[0].message_zh


def test_calendar_can_be_replaced() -> None:
    cal = FixedCalendar(days_off=[D(2030, 1, 2)], published_through=2030)
    assert working_days_after(D(2030, 1, 1), 1, calendar=cal).last_day == D(2030, 1, 3)
    own = ChinaWorkingCalendar(extra_days_off=[D(2026, 10, 8)])
    assert working_days_after(D(2026, 9, 30), 1, calendar=own).last_day == D(2026, 10, 9)


def test_explanations_in_both_languages() -> None:
    deadline = penalty_law_days_after(D(2026, 9, 29), 5)
    assert "工作日" in deadline.explain("zh")
    assert "第八十五条" in deadline.explain("zh")
    assert "working days" in deadline.explain("en")
    assert "Art. 85" in deadline.explain("en")


def test_deadline_round_trips_through_json() -> None:
    deadline = calendar_days_after(D(2026, 9, 16), 15, source=apl.ART_67)
    assert Deadline.from_json(deadline.to_json()) == deadline


@pytest.mark.parametrize("bad", [0, -1, 3661, True, 2.0, "5"])
def test_bad_period_length_names_the_field(bad: object) -> None:
    with pytest.raises(InvalidPeriodError) as info:
        working_days_after(D(2026, 1, 5), bad)  # type: ignore[arg-type]
    assert info.value.field == "days"


def test_naive_event_is_refused() -> None:
    with pytest.raises(NaiveDatetimeError) as info:
        penalty_law_days_after(dt.datetime(2026, 9, 29, 10, 0), 5)  # noqa: DTZ001
    assert info.value.field == "event"


def test_event_of_wrong_type_is_refused() -> None:
    with pytest.raises(InvalidTimeError, match="event"):
        penalty_law_days_after(20260929, 5)  # type: ignore[arg-type]


# --- Properties ---


@given(dates(), st.integers(1, 60), st.sampled_from(["working", "calendar", "months"]))
def test_a_period_never_ends_before_it_starts(event: dt.date, n: int, kind: str) -> None:
    if kind == "working":
        deadline = working_days_after(event, n)
    elif kind == "calendar":
        deadline = calendar_days_after(event, n)
    else:
        deadline = months_after(event, n)
    assert deadline.last_day > deadline.event_day
    assert deadline.ends_at > deadline.start


@given(dates(), st.integers(1, 40))
def test_adding_a_working_day_never_moves_the_end_earlier(event: dt.date, n: int) -> None:
    shorter = working_days_after(event, n)
    longer = working_days_after(event, n + 1)
    assert longer.last_day > shorter.last_day
    assert china_calendar().is_working_day(longer.last_day)


@given(dates(), st.integers(1, 60))
def test_a_rolled_period_ends_on_a_working_day_and_never_before_the_nominal_day(
    event: dt.date, n: int
) -> None:
    deadline = calendar_days_after(event, n)
    assert china_calendar().is_working_day(deadline.last_day)
    assert deadline.last_day >= event + dt.timedelta(days=n)


@given(dates(), st.integers(1, 59))
def test_calendar_periods_are_monotone(event: dt.date, n: int) -> None:
    assert calendar_days_after(event, n + 1).last_day >= calendar_days_after(event, n).last_day
