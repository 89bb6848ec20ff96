"""The contract of every period function: its errors, its range edges, its reasons.

`test_periods.py` checks the dates; this file checks what an embedding system reads besides
the date: which field an error names and what it allows, where the supported range ends, which
years make a result provisional, and the facts each reason records. Written against the
surviving mutants of ``make mutation MODULE=_periods``.
"""

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from ecoreg import (
    Deadline,
    FixedCalendar,
    Reason,
    add_months,
    calendar_days_after,
    compulsion_law_days_after,
    hours_after,
    months_after,
    penalty_law_days_after,
    working_days_after,
)
from ecoreg.exceptions import InvalidPeriodError, InvalidTimeError, NaiveDatetimeError
from ecoreg.jurisdictions import standard_policy_book
from ecoreg.law import administrative_compulsion_law as acl
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.law import civil_code

D = dt.date
LAST_SUPPORTED = D(2100, 12, 31)
"""ecoreg's last supported day (``ecoreg.core._time.LAST_DAY``)."""

Period = Callable[..., Deadline]

# (function, name of its length argument, its largest length, an event it accepts)
LENGTHS: list[tuple[Period, str, int, object]] = [
    (working_days_after, "days", 3660, D(2026, 1, 5)),
    (calendar_days_after, "days", 3660, D(2026, 1, 5)),
    (penalty_law_days_after, "days", 3660, D(2026, 1, 5)),
    (compulsion_law_days_after, "days", 3660, D(2026, 1, 5)),
    (months_after, "months", 1200, D(2000, 1, 5)),
    (hours_after, "hours", 87840, "2026-01-05T09:00:00+08:00"),
]
IDS = [fn.__name__ for fn, *_ in LENGTHS]


def facts_of(reason: Reason) -> dict[str, Any]:
    return {fact.name: fact.value for fact in reason.facts}


# --- Lengths: the exact bounds, and the error that names them ---


@pytest.mark.parametrize(
    ("fn", "largest", "event"), [(fn, big, event) for fn, _, big, event in LENGTHS], ids=IDS
)
def test_the_largest_length_is_accepted(fn: Period, largest: int, event: object) -> None:
    assert fn(event, largest).count == largest
    assert fn(event, 1).count == 1


@pytest.mark.parametrize(("fn", "field", "largest", "event"), LENGTHS, ids=IDS)
@pytest.mark.parametrize("offset", [1, "zero", "bool"])
def test_a_length_out_of_range_names_field_value_and_bounds(
    fn: Period, field: str, largest: int, event: object, offset: object
) -> None:
    bad: object = {1: largest + 1, "zero": 0, "bool": True}[offset]
    with pytest.raises(InvalidPeriodError) as info:
        fn(event, bad)
    assert info.value.field == field
    assert info.value.value is bad
    if offset != "bool":  # a bool is refused as "an int" at the public boundary
        assert info.value.allowed == f"a whole number from 1 to {largest}"


@pytest.mark.parametrize(
    ("fn", "field", "length"),
    [
        (working_days_after, "event", 5),
        (calendar_days_after, "event", 15),
        (penalty_law_days_after, "event", 5),
        (penalty_law_days_after, "event", 15),
        (compulsion_law_days_after, "event", 10),
        (months_after, "event", 6),
        (hours_after, "start", 4),
    ],
)
def test_a_naive_event_names_the_functions_own_field(fn: Period, field: str, length: int) -> None:
    with pytest.raises(NaiveDatetimeError) as info:
        fn(dt.datetime(2026, 9, 29, 10, 0), length)  # noqa: DTZ001
    assert info.value.field == field
    with pytest.raises(InvalidTimeError) as bad_text:
        fn("2026-02-30T10:00:00+08:00", length)
    assert bad_text.value.field == field


# --- The end of the supported range (2100-12-31) ---

# (call that ends just inside the range, call that reaches it, field, length of the latter, event)
RANGE_EDGES: list[tuple[Callable[[], Deadline], Callable[[], Deadline], str, int, D]] = [
    (
        # calendar days keep 30 days of room for a roll past a long holiday
        lambda: calendar_days_after(D(2100, 10, 1), 60),
        lambda: calendar_days_after(D(2100, 10, 1), 61),
        "days",
        61,
        D(2100, 10, 1),
    ),
    (
        lambda: months_after(D(2100, 9, 30), 2),
        lambda: months_after(D(2100, 10, 1), 2),
        "months",
        2,
        D(2100, 10, 1),
    ),
    (
        lambda: working_days_after(D(2100, 12, 29), 1, calendar=FixedCalendar()),
        lambda: working_days_after(D(2100, 12, 29), 2, calendar=FixedCalendar()),
        "days",
        2,
        D(2100, 12, 29),
    ),
    (
        lambda: hours_after("2100-12-30T00:00:00+08:00", 23),
        lambda: hours_after("2100-12-30T00:00:00+08:00", 24),
        "hours",
        24,
        D(2100, 12, 30),
    ),
]


@pytest.mark.parametrize(
    ("inside", "reaching", "field", "length", "event_day"),
    RANGE_EDGES,
    ids=["calendar", "months", "working", "hours"],
)
def test_a_period_reaching_the_last_supported_day_is_refused(
    inside: Callable[[], Deadline],
    reaching: Callable[[], Deadline],
    field: str,
    length: int,
    event_day: D,
) -> None:
    assert inside().last_day < LAST_SUPPORTED
    with pytest.raises(InvalidPeriodError) as info:
        reaching()
    assert info.value.field == field
    assert info.value.value == length
    assert info.value.allowed == (
        f"a period from {event_day.isoformat()} that ends before 2100-12-31, "
        "the last day ecoreg supports"
    )


def test_add_months_beyond_year_9999_names_months() -> None:
    with pytest.raises(InvalidPeriodError) as info:
        add_months(D(9999, 6, 1), 12)
    assert info.value.field == "months"
    assert info.value.value == 12
    assert info.value.allowed == "a number of months that keeps 9999-06-01 within the years 1–9999"


def test_add_months_reports_a_clamp_only_when_the_day_is_missing() -> None:
    assert add_months(D(2026, 1, 15), 1) == (D(2026, 2, 15), False)
    assert add_months(D(2026, 1, 31), 1) == (D(2026, 2, 28), True)
    assert add_months(D(2028, 1, 31), 1) == (D(2028, 2, 29), True)


# --- Provisional years: the whole span from the event to the last day ---

SPANS: list[Callable[..., Deadline]] = [
    lambda **kw: calendar_days_after(D(2027, 12, 20), 30, **kw),
    lambda **kw: months_after(D(2027, 12, 20), 1, **kw),
]


@pytest.mark.parametrize("period", SPANS, ids=["calendar", "months"])
def test_every_unpublished_year_of_the_span_is_provisional(period: Callable[..., Deadline]) -> None:
    deadline = period()
    assert deadline.event_day.year == 2027
    assert deadline.last_day.year == 2028
    assert deadline.provisional_years == (2027, 2028)
    assert [w.code for w in deadline.warnings] == ["calendar.provisional"]
    unrolled = period(roll_to_working_day=False)
    assert unrolled.provisional_years == ()
    assert unrolled.warnings == ()


def test_working_days_across_unpublished_years_are_provisional() -> None:
    deadline = working_days_after(D(2027, 12, 20), 15)
    assert deadline.last_day.year == 2028
    assert deadline.provisional_years == (2027, 2028)
    assert [w.code for w in deadline.warnings] == ["calendar.provisional"]


def test_a_span_starting_in_a_published_year_names_only_the_later_one() -> None:
    deadline = calendar_days_after(D(2026, 12, 20), 30)
    assert deadline.provisional_years == (2027,)
    published = calendar_days_after(D(2026, 9, 16), 15)
    assert published.provisional_years == ()
    assert published.warnings == ()


# --- Which article the working-day count cites ---


def dongguan_apology_days() -> Any:
    policy = standard_policy_book().resolve("CN-GD-DG", D(2025, 1, 1))
    return policy.citation("reduction.apology.application_working_days")


def test_working_days_cite_the_rule_of_the_sources_law() -> None:
    under_apl = working_days_after(D(2026, 9, 29), 5, source=apl.ART_67)
    assert under_apl.reasons[0].citation == apl.ART_67
    assert under_apl.reasons[-1].citation == apl.ART_85
    under_acl = working_days_after(D(2026, 9, 29), 5, source=acl.ART_69)
    assert under_acl.reasons[-1].citation == acl.ART_69
    assert working_days_after(D(2026, 9, 29), 5).reasons[-1].citation == apl.ART_85


def test_a_measure_that_sets_working_days_is_its_own_rule() -> None:
    measure = dongguan_apology_days()
    assert measure.instrument.number == "东环〔2024〕69号"
    deadline = working_days_after(D(2026, 9, 29), 7, source=measure)
    assert [r.citation for r in deadline.reasons] == [measure, measure]
    assert deadline.reasons[0].message_zh == "法定期限为7个工作日。"


def test_compulsion_and_penalty_law_cite_their_own_counting_rule() -> None:
    under_acl = compulsion_law_days_after(D(2026, 9, 29), 10, source=apl.ART_67)
    assert under_acl.reasons[-1].citation == acl.ART_69
    under_apl = penalty_law_days_after(D(2026, 9, 29), 5, source=acl.ART_69)
    assert under_apl.reasons[-1].citation == apl.ART_85


# --- The reasons: the source, and the facts of the count ---


@pytest.mark.parametrize(
    ("deadline", "zh", "en"),
    [
        (
            lambda: working_days_after(D(2026, 2, 12), 7, source=apl.ART_67),
            "法定期限为7个工作日。",
            "The legal period is 7 working days.",
        ),
        (
            lambda: calendar_days_after(D(2026, 9, 16), 15, source=apl.ART_67),
            "法定期限为15日。",
            "The legal period is 15 days.",
        ),
        (
            lambda: months_after(D(2026, 3, 31), 6, source=apl.ART_67),
            "法定期限为6个月。",
            "The legal period is 6 months.",
        ),
        (
            lambda: hours_after("2026-10-01T09:00:00+08:00", 4, source=apl.ART_67),
            "法定期限为4小时。",
            "The legal period is 4 hours.",
        ),
    ],
    ids=["working", "calendar", "months", "hours"],
)
def test_the_source_reason_states_the_legal_length(
    deadline: Callable[[], Deadline], zh: str, en: str
) -> None:
    result = deadline()
    source = result.reasons[0]
    assert source.rule_id == "period.source"
    assert source.citation == apl.ART_67
    assert (source.message_zh, source.message_en) == (zh, en)
    assert facts_of(source) == {"count": result.count, "unit": result.unit.value}


def test_working_day_reason_records_the_days_off_and_makeup_days() -> None:
    # Spring Festival 2026: 15–23 February off; Saturdays 14 and 28 February are workdays.
    reason = working_days_after(D(2026, 2, 12), 7).reasons[-1]
    assert reason.rule_id == "period.working-days"
    assert facts_of(reason) == {
        "event_day": "2026-02-12",
        "days": 7,
        "last_day": "2026-02-28",
        "days_off_skipped": 9,
        "makeup_workdays_counted": "2026-02-14, 2026-02-28",
    }


def test_calendar_reason_records_the_nominal_day_and_the_roll() -> None:
    deadline = calendar_days_after(D(2026, 9, 16), 15)
    count, roll = deadline.reasons
    assert count.citation == civil_code.ART_201
    assert facts_of(count) == {
        "event_day": "2026-09-16",
        "days": 15,
        "nominal_last_day": "2026-10-01",
    }
    assert roll.citation == civil_code.ART_203
    assert facts_of(roll) == {"nominal_last_day": "2026-10-01", "last_day": "2026-10-08"}
    assert (deadline.rolled_from, deadline.last_day) == (D(2026, 10, 1), D(2026, 10, 8))


def test_months_reason_records_the_clamp() -> None:
    deadline = months_after(D(2026, 8, 31), 6, roll_to_working_day=False)
    (reason,) = deadline.reasons
    assert reason.citation == civil_code.ART_202
    assert facts_of(reason) == {
        "event_day": "2026-08-31",
        "months": 6,
        "nominal_last_day": "2027-02-28",
        "clamped": True,
    }
    assert "以月末日为最后一日" in reason.message_zh
    assert "its last day counts" in reason.message_en
    plain = months_after(D(2026, 3, 15), 1, roll_to_working_day=False).reasons[0]
    assert facts_of(plain)["clamped"] is False
    assert "月末日" not in plain.message_zh


def test_hours_reason_records_start_and_end() -> None:
    deadline = hours_after("2026-10-01T09:00:00+08:00", 4)
    (reason,) = deadline.reasons
    assert reason.rule_id == "period.hours"
    assert reason.citation == civil_code.ART_201
    assert facts_of(reason) == {
        "start": "2026-10-01T09:00:00+08:00",
        "hours": 4,
        "ends_at": "2026-10-01T13:00:00+08:00",
    }
    assert deadline.event_day == deadline.last_day == D(2026, 10, 1)


# --- Meeting a deadline ---


def test_the_last_day_itself_meets_the_deadline() -> None:
    deadline = penalty_law_days_after(D(2026, 9, 29), 5)
    assert deadline.is_met_by(D(2026, 10, 12))
    assert not deadline.is_met_by(D(2026, 10, 13))
    end = deadline.ends_at
    assert end.isoformat() == "2026-10-13T00:00:00+08:00"
    assert deadline.is_met_by(end - dt.timedelta(microseconds=1))
    assert not deadline.is_met_by(end)


@pytest.mark.parametrize(
    "when",
    [dt.datetime(2026, 10, 12, 10, 0), "2026-10-32", 20261012],  # noqa: DTZ001
    ids=["naive", "bad-text", "number"],
)
def test_a_bad_act_time_names_when(when: Any) -> None:
    deadline = penalty_law_days_after(D(2026, 9, 29), 5)
    with pytest.raises(InvalidTimeError) as info:
        deadline.is_met_by(when)
    assert info.value.field == "when"


# --- The law-specific counters pass the caller's calendar, source and roll through ---

OFFICE_CLOSED = FixedCalendar(days_off=[D(2030, 1, 2), D(2030, 1, 21)], published_through=2030)
"""Weekends plus two days off: 2030-01-01 is a Tuesday, 2030-01-21 a Monday."""


@pytest.mark.parametrize(
    ("fn", "short", "long"),
    [(penalty_law_days_after, 2, 20), (compulsion_law_days_after, 2, 20)],
    ids=["penalty", "compulsion"],
)
def test_law_counters_use_the_given_calendar_and_source(fn: Period, short: int, long: int) -> None:
    # 2 working days after Tue 1 Jan skip the day off on the 2nd: Thu 3, Fri 4.
    working = fn(D(2030, 1, 1), short, calendar=OFFICE_CLOSED, source=apl.ART_67)
    assert working.last_day == D(2030, 1, 4)
    assert working.reasons[0].citation == apl.ART_67
    # 20 calendar days end on Mon 21 Jan, a day off here, so the period rolls to the 22nd.
    rolled = fn(D(2030, 1, 1), long, calendar=OFFICE_CLOSED, source=apl.ART_67)
    assert (rolled.rolled_from, rolled.last_day) == (D(2030, 1, 21), D(2030, 1, 22))
    assert rolled.reasons[0].citation == apl.ART_67
    kept = fn(D(2030, 1, 1), long, calendar=OFFICE_CLOSED, roll_to_working_day=False)
    assert (kept.rolled_from, kept.last_day) == (None, D(2030, 1, 21))


def test_months_record_a_roll_only_when_there_was_one() -> None:
    plain = months_after(D(2026, 8, 31), 1)
    assert (plain.last_day, plain.rolled_from) == (D(2026, 9, 30), None)
    rolled = months_after(D(2026, 8, 1), 2)
    assert (rolled.rolled_from, rolled.last_day) == (D(2026, 10, 1), D(2026, 10, 8))


def test_months_clamp_messages_in_full() -> None:
    (clamped,) = months_after(D(2026, 8, 31), 6, roll_to_working_day=False).reasons
    assert clamped.message_zh == (
        "自2026-08-31起算6个月，到期月的对应日2027-02-28为期间的最后一日"
        "（到期月没有对应日，以月末日为最后一日）。"
    )
    assert clamped.message_en == (
        "6 months from 2026-08-31 end on the corresponding day 2027-02-28 "
        "(the final month has no such day, so its last day counts)."
    )
    (plain,) = months_after(D(2026, 3, 15), 1, roll_to_working_day=False).reasons
    assert plain.message_zh == "自2026-03-15起算1个月，到期月的对应日2026-04-15为期间的最后一日。"
    assert plain.message_en == "1 month from 2026-03-15 end on the corresponding day 2026-04-15."


@pytest.mark.parametrize(
    ("deadline", "en"),
    [
        (lambda: working_days_after(D(2026, 9, 29), 1), "1 working day counted from"),
        (lambda: calendar_days_after(D(2026, 9, 29), 1), "; 1 day from the next day"),
        (lambda: hours_after("2026-10-01T09:00:00+08:00", 1), "1 hour from 2026-10-01"),
        (lambda: months_after(D(2026, 9, 29), 1, source=apl.ART_67), "is 1 month."),
    ],
    ids=["working", "calendar", "hours", "months"],
)
def test_a_length_of_one_is_singular_in_english(deadline: Callable[[], Deadline], en: str) -> None:
    assert en in deadline().explain("en")
