"""Legal periods: working days, calendar days, months and hours after an event.

The counting follows the law:

* the day of the event is not counted, counting starts the next day
  (民法典 Art. 201);
* in the Administrative Penalty Law, periods of 2, 3, 5 and 7 days are working
  days (行政处罚法 Art. 85); in the Administrative Compulsion Law, periods of
  ten days or less are (行政强制法 Art. 69);
* a period in months ends on the same day of the final month, or its last day
  when it has no such day (民法典 Art. 202);
* when the last day of a calendar-day or month period is a day off, the period
  ends on the next working day (民法典 Art. 203) — a switch, on by default;
* a period ends at 24:00 of its last day (民法典 Art. 203); a period in hours
  ends exactly that many hours after its start (民法典 Art. 201).

Every function returns a `Deadline` that says how it was counted, in Chinese
and English, and warns when a year it touched has no published holiday
arrangement yet.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Final

import pendulum

from ecoreg.core._boundary import check_public, checked, whole_number
from ecoreg.core._calendar import (
    WorkingCalendar,
    china_calendar,
    on_or_after_working_day,
    provisional_notice,
    provisional_years,
)
from ecoreg.core._decision import Notice, Reason, count_en, facts, render_explanation
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import LAST_DAY, Day, Instant, parse_date, parse_instant, shanghai
from ecoreg.exceptions import InvalidPeriodError
from ecoreg.law import administrative_compulsion_law as acl
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.law import civil_code

if TYPE_CHECKING:
    from ecoreg.core._citations import Citation

__all__ = [
    "Deadline",
    "PeriodUnit",
    "calendar_days_after",
    "compulsion_law_days_after",
    "hours_after",
    "months_after",
    "penalty_law_days_after",
    "working_days_after",
]

_MAX_DAYS: Final = 3660
_MAX_MONTHS: Final = 1200
_MAX_HOURS: Final = 87840
_ART_85_WORKING_DAY_PERIODS: Final = frozenset({2, 3, 5, 7})  # 行政处罚法 Art. 85


class PeriodUnit(StrEnum):
    """How a period is counted."""

    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"
    HOURS = "hours"


_UNIT_ZH = {
    PeriodUnit.WORKING_DAYS: "个工作日",
    PeriodUnit.CALENDAR_DAYS: "日",
    PeriodUnit.MONTHS: "个月",
    PeriodUnit.HOURS: "小时",
}
_UNIT_EN = {
    PeriodUnit.WORKING_DAYS: "working day",
    PeriodUnit.CALENDAR_DAYS: "day",
    PeriodUnit.MONTHS: "month",
    PeriodUnit.HOURS: "hour",
}


def _length_en(count: int, unit: PeriodUnit) -> str:
    """``1 month``, ``6 months``: a period's length in English."""
    return count_en(count, _UNIT_EN[unit])


class Deadline(EcoregModel):
    """The end of a legal period, with how it was counted.

    ``ends_at`` is the first instant *after* the period: 24:00 of the last day
    (00:00 of the next day) for day and month periods, the exact instant for
    hour periods. Something done at an instant ``t`` is in time when
    ``t < ends_at``; see `is_met_by`.
    """

    unit: PeriodUnit
    count: int
    start: Instant
    """The event the period runs from."""
    event_day: Day
    """The local day of the event (not counted for day and month periods)."""
    last_day: Day
    """The last day of the period, after any roll to a working day."""
    ends_at: Instant
    rolled_from: Day | None = None
    """The nominal last day, when it was a day off and the period was extended."""
    provisional_years: tuple[int, ...] = ()
    """Years the count depended on whose holiday arrangement is not published."""
    reasons: tuple[Reason, ...]
    warnings: tuple[Notice, ...] = ()

    @property
    def is_provisional(self) -> bool:
        """Whether the result depends on an unpublished holiday arrangement."""
        return bool(self.provisional_years)

    def is_met_by(self, when: dt.date | dt.datetime | str) -> bool:
        """Whether an act on ``when`` (a date or its ISO text, or a zone-aware instant) is in time.

        Examples:
            >>> d = penalty_law_days_after(dt.date(2026, 9, 29), 5)
            >>> d.is_met_by(dt.date(2026, 10, 12)), d.is_met_by(dt.date(2026, 10, 13))
            (True, False)
        """
        if isinstance(when, dt.datetime):
            return parse_instant(when, field="when") < self.ends_at
        return parse_date(when, field="when") <= self.last_day

    @checked
    def explain(self, language: str = "zh") -> str:
        """The reasons and warnings as text, in ``"zh"`` or ``"en"``."""
        return render_explanation(self.reasons, (), self.warnings, language)


def _count(value: int, field: str, maximum: int) -> int:
    """``value`` if it is from 1 to ``maximum`` (its type is checked at the public boundary)."""
    return whole_number(value, field, 1, maximum, InvalidPeriodError)


def _event(event: object, field: str) -> tuple[pendulum.DateTime, dt.date]:
    """An event given as a date (00:00 local) or as a zone-aware instant."""
    if isinstance(event, dt.datetime | str) and not _is_plain_date_text(event):
        start = parse_instant(event, field=field)
        return start, start.date()
    day = parse_date(event, field=field)
    start = pendulum.datetime(day.year, day.month, day.day, tz=shanghai())
    return start, day


def _is_plain_date_text(value: object) -> bool:
    return isinstance(value, str) and len(value.strip()) == len("2026-01-01")


_ART_69_WORKING_DAY_LIMIT = 10
"""行政强制法 Art. 69: 本法中十日以内期限的规定是指工作日，不含法定节假日。"""

_WORKING_DAY_RULES = {
    apl.INSTRUMENT.id: apl.ART_85,
    acl.INSTRUMENT.id: acl.ART_69,
}
"""The article that makes a law's short periods working days: 行政处罚法 Art. 85 (2, 3, 5, 7
days), 行政强制法 Art. 69 (10 days or less)."""


def _working_day_rule(source: Citation | None) -> Citation:
    """The citation for counting in working days: the rule of the law whose period it is.

    A period of 行政处罚法 is counted under its Art. 85, one of 行政强制法 under its Art. 69; a
    measure that sets a period in working days itself (e.g. Dongguan's 7 working days) is its
    own rule; with no source, ecoreg counts as 行政处罚法 Art. 85 does.
    """
    if source is None:
        return apl.ART_85
    return _WORKING_DAY_RULES.get(source.instrument.id, source)


def _within_range(last: dt.date, field: str, count: int, event_day: dt.date) -> None:
    """Refuse a period that would end outside ecoreg's supported range, naming its length."""
    if last >= LAST_DAY:
        raise InvalidPeriodError(
            field=field,
            value=count,
            allowed=f"a period from {event_day.isoformat()} that ends before "
            f"{LAST_DAY.isoformat()}, the last day ecoreg supports",
        )


def _end_of(day: dt.date) -> pendulum.DateTime:
    nxt = day + dt.timedelta(days=1)
    return pendulum.datetime(nxt.year, nxt.month, nxt.day, tz=shanghai())


def _source_reasons(source: Citation | None, count: int, unit: PeriodUnit) -> list[Reason]:
    if source is None:
        return []
    return [
        Reason(
            rule_id="period.source",
            citation=source,
            message_zh=f"法定期限为{count}{_UNIT_ZH[unit]}。",
            message_en=f"The legal period is {_length_en(count, unit)}.",
            facts=facts(count=count, unit=unit),
        )
    ]


def _roll(
    nominal: dt.date, calendar: WorkingCalendar, *, roll: bool
) -> tuple[dt.date, list[Reason]]:
    last = on_or_after_working_day(nominal, calendar) if roll else nominal
    if last == nominal:
        return nominal, []
    reason = Reason(
        rule_id="period.roll-to-working-day",
        citation=civil_code.ART_203,
        message_zh=(
            f"期间的最后一日{nominal.isoformat()}是法定休假日，"
            f"以休假日结束的次日{last.isoformat()}为期间的最后一日。"
        ),
        message_en=(
            f"The nominal last day {nominal.isoformat()} is a day off, so the period ends on "
            f"the next working day, {last.isoformat()}."
        ),
        facts=facts(nominal_last_day=nominal, last_day=last),
    )
    return last, [reason]


def working_days_after(
    event: dt.date | dt.datetime | str,
    days: int,
    *,
    calendar: WorkingCalendar | None = None,
    source: Citation | None = None,
) -> Deadline:
    """The period of ``days`` working days after ``event``.

    Args:
        event: The triggering event: a date, or a zone-aware instant (its
            local day is the event day).
        days: The number of working days, 1 to 3660.
        calendar: The working-day calendar (mainland China by default).
        source: The article that sets the period, to cite in the reasons. The counting in
            working days cites the rule of that source's law (行政处罚法 Art. 85, 行政强制法
            Art. 69), or the source itself for a measure that sets working days directly.

    Returns:
        The deadline; its last day is the ``days``-th working day after the event day.

    Raises:
        InvalidPeriodError: if ``days`` is out of range.
        InvalidTimeError: if ``event`` is not a date or a zone-aware instant.

    Examples:
        >>> d = working_days_after(dt.date(2026, 2, 12), 7)
        >>> d.last_day  # ends on a make-up Saturday
        datetime.date(2026, 2, 28)
    """
    return _working_days(event, days, calendar, source, _working_day_rule(source))


def _working_days(
    event: dt.date | dt.datetime | str,
    days: int,
    calendar: WorkingCalendar | None,
    source: Citation | None,
    rule: Citation,
) -> Deadline:
    days = _count(days, "days", _MAX_DAYS)
    start, event_day = _event(event, "event")
    cal = calendar or china_calendar()
    day, counted, skipped, makeup = event_day, 0, 0, []
    while counted < days:
        day += dt.timedelta(days=1)
        if cal.is_working_day(day):
            counted += 1
            if day.weekday() >= 5:
                makeup.append(day)
        else:
            skipped += 1
    _within_range(day, "days", days, event_day)
    provisional = provisional_years(cal, event_day, day)
    reasons = _source_reasons(source, days, PeriodUnit.WORKING_DAYS)
    reasons.append(
        Reason(
            rule_id="period.working-days",
            citation=rule,
            message_zh=(
                f"自{event_day.isoformat()}的次日起算{days}个工作日（不含法定节假日和休息日，"
                f"调休上班日计入），期间的最后一日为{day.isoformat()}。"
            ),
            message_en=(
                f"{_length_en(days, PeriodUnit.WORKING_DAYS)} counted from the day after {event_day.isoformat()} "
                "(statutory holidays and rest days excluded, make-up workdays included) end on "
                f"{day.isoformat()}."
            ),
            facts=facts(
                event_day=event_day,
                days=days,
                last_day=day,
                days_off_skipped=skipped,
                makeup_workdays_counted=makeup,
            ),
        )
    )
    return Deadline(
        unit=PeriodUnit.WORKING_DAYS,
        count=days,
        start=start,
        event_day=event_day,
        last_day=day,
        ends_at=_end_of(day),
        provisional_years=provisional,
        reasons=tuple(reasons),
        warnings=provisional_notice(provisional),
    )


def calendar_days_after(
    event: dt.date | dt.datetime | str,
    days: int,
    *,
    roll_to_working_day: bool = True,
    calendar: WorkingCalendar | None = None,
    source: Citation | None = None,
) -> Deadline:
    """The period of ``days`` calendar days after ``event``.

    The event day is not counted; if the last day is a day off and
    ``roll_to_working_day`` is true, the period ends on the next working day.

    Args:
        event: The triggering event: a date or a zone-aware instant.
        days: The number of days, 1 to 3660.
        roll_to_working_day: Apply 民法典 Art. 203 (on by default).
        calendar: The working-day calendar (mainland China by default).
        source: The article that sets the period, to cite in the reasons.

    Returns:
        The deadline.

    Raises:
        InvalidPeriodError: if ``days`` is out of range.
        InvalidTimeError: if ``event`` is not a date or a zone-aware instant.

    Examples:
        >>> d = calendar_days_after(dt.date(2026, 9, 16), 15)
        >>> d.rolled_from, d.last_day
        (datetime.date(2026, 10, 1), datetime.date(2026, 10, 8))
    """
    return _calendar_days(event, days, calendar, source, roll=roll_to_working_day)


def _calendar_days(
    event: dt.date | dt.datetime | str,
    days: int,
    calendar: WorkingCalendar | None,
    source: Citation | None,
    *,
    roll: bool,
) -> Deadline:
    days = _count(days, "days", _MAX_DAYS)
    start, event_day = _event(event, "event")
    cal = calendar or china_calendar()
    nominal = event_day + dt.timedelta(days=days)
    _within_range(nominal + dt.timedelta(days=30), "days", days, event_day)
    reasons = _source_reasons(source, days, PeriodUnit.CALENDAR_DAYS)
    reasons.append(
        Reason(
            rule_id="period.calendar-days",
            citation=civil_code.ART_201,
            message_zh=(
                f"期间开始的当日{event_day.isoformat()}不计入，自次日起算{days}日，"
                f"届满日为{nominal.isoformat()}。"
            ),
            message_en=(
                f"The event day {event_day.isoformat()} is not counted; {_length_en(days, PeriodUnit.CALENDAR_DAYS)} from the next "
                f"day end on {nominal.isoformat()}."
            ),
            facts=facts(event_day=event_day, days=days, nominal_last_day=nominal),
        )
    )
    last, rolled = _roll(nominal, cal, roll=roll)
    reasons.extend(rolled)
    provisional = provisional_years(cal, event_day, last) if roll else ()
    return Deadline(
        unit=PeriodUnit.CALENDAR_DAYS,
        count=days,
        start=start,
        event_day=event_day,
        last_day=last,
        ends_at=_end_of(last),
        rolled_from=nominal if last != nominal else None,
        provisional_years=provisional,
        reasons=tuple(reasons),
        warnings=provisional_notice(provisional),
    )


def add_months(day: dt.date, months: int) -> tuple[dt.date, bool]:
    """The same day ``months`` later, clamped to the month's end; and whether it was clamped.

    Examples:
        >>> add_months(dt.date(2026, 8, 31), 6)
        (datetime.date(2027, 2, 28), True)
    """
    try:
        result = pendulum.date(day.year, day.month, day.day).add(months=months)
    except (OverflowError, ValueError):
        raise InvalidPeriodError(
            field="months",
            value=months,
            allowed=f"a number of months that keeps {day.isoformat()} within the years 1–9999",
        ) from None
    return dt.date(result.year, result.month, result.day), result.day != day.day


def months_after(
    event: dt.date | dt.datetime | str,
    months: int,
    *,
    roll_to_working_day: bool = True,
    calendar: WorkingCalendar | None = None,
    source: Citation | None = None,
) -> Deadline:
    """The period of ``months`` months after ``event``.

    It ends on the same day of the final month, or on that month's last day
    when it has no such day (31 August + 6 months → 28 February).

    Examples:
        >>> months_after(dt.date(2026, 3, 31), 3, roll_to_working_day=False).last_day
        datetime.date(2026, 6, 30)
    """
    months = _count(months, "months", _MAX_MONTHS)
    start, event_day = _event(event, "event")
    cal = calendar or china_calendar()
    nominal, clamped = add_months(event_day, months)
    _within_range(nominal + dt.timedelta(days=30), "months", months, event_day)
    reasons = _source_reasons(source, months, PeriodUnit.MONTHS)
    clamp_zh = "（到期月没有对应日，以月末日为最后一日）" if clamped else ""
    clamp_en = " (the final month has no such day, so its last day counts)" if clamped else ""
    reasons.append(
        Reason(
            rule_id="period.months",
            citation=civil_code.ART_202,
            message_zh=(
                f"自{event_day.isoformat()}起算{months}个月，到期月的对应日"
                f"{nominal.isoformat()}为期间的最后一日{clamp_zh}。"
            ),
            message_en=(
                f"{_length_en(months, PeriodUnit.MONTHS)} from {event_day.isoformat()} end on the corresponding day "
                f"{nominal.isoformat()}{clamp_en}."
            ),
            facts=facts(
                event_day=event_day, months=months, nominal_last_day=nominal, clamped=clamped
            ),
        )
    )
    last, rolled = _roll(nominal, cal, roll=roll_to_working_day)
    reasons.extend(rolled)
    provisional = provisional_years(cal, event_day, last) if roll_to_working_day else ()
    return Deadline(
        unit=PeriodUnit.MONTHS,
        count=months,
        start=start,
        event_day=event_day,
        last_day=last,
        ends_at=_end_of(last),
        rolled_from=nominal if last != nominal else None,
        provisional_years=provisional,
        reasons=tuple(reasons),
        warnings=provisional_notice(provisional),
    )


def hours_after(
    start: dt.datetime | str,
    hours: int,
    *,
    source: Citation | None = None,
) -> Deadline:
    """The period of ``hours`` clock hours from the instant ``start``.

    Examples:
        >>> d = hours_after("2026-10-01T09:00:00+08:00", 4)
        >>> d.ends_at.isoformat()
        '2026-10-01T13:00:00+08:00'
    """
    hours = _count(hours, "hours", _MAX_HOURS)
    begin = parse_instant(start, field="start")
    end = begin.add(hours=hours)
    _within_range(end.date(), "hours", hours, begin.date())
    reasons = _source_reasons(source, hours, PeriodUnit.HOURS)
    reasons.append(
        Reason(
            rule_id="period.hours",
            citation=civil_code.ART_201,
            message_zh=f"自{begin.isoformat()}起算{hours}小时，至{end.isoformat()}届满。",
            message_en=f"{_length_en(hours, PeriodUnit.HOURS)} from {begin.isoformat()} end at {end.isoformat()}.",
            facts=facts(start=begin, hours=hours, ends_at=end),
        )
    )
    return Deadline(
        unit=PeriodUnit.HOURS,
        count=hours,
        start=begin,
        event_day=begin.date(),
        last_day=end.date(),
        ends_at=end,
        reasons=tuple(reasons),
    )


def penalty_law_days_after(
    event: dt.date | dt.datetime | str,
    days: int,
    *,
    calendar: WorkingCalendar | None = None,
    source: Citation | None = None,
    roll_to_working_day: bool = True,
) -> Deadline:
    """A period of ``days`` days as the Administrative Penalty Law counts it.

    Periods of 2, 3, 5 and 7 days are working days (行政处罚法 Art. 85); any
    other number of days is calendar days, rolled to the next working day when
    the last day is a day off.

    Examples:
        >>> penalty_law_days_after(dt.date(2026, 9, 29), 5).last_day
        datetime.date(2026, 10, 12)
        >>> penalty_law_days_after(dt.date(2026, 9, 16), 15).last_day
        datetime.date(2026, 10, 8)
    """
    days = _count(days, "days", _MAX_DAYS)
    if days in _ART_85_WORKING_DAY_PERIODS:
        return _working_days(event, days, calendar, source, apl.ART_85)
    return _calendar_days(event, days, calendar, source, roll=roll_to_working_day)


def compulsion_law_days_after(
    event: dt.date | dt.datetime | str,
    days: int,
    *,
    calendar: WorkingCalendar | None = None,
    source: Citation | None = None,
    roll_to_working_day: bool = True,
) -> Deadline:
    """A period of ``days`` days as the Administrative Compulsion Law counts it.

    Periods of 10 days or less are working days (行政强制法 Art. 69, cited in the
    reasons); longer ones are calendar days, rolled to the next working day.

    Examples:
        >>> d = compulsion_law_days_after(dt.date(2026, 9, 29), 10)
        >>> d.last_day, d.reasons[-1].citation.article
        (datetime.date(2026, 10, 19), 69)
    """
    days = _count(days, "days", _MAX_DAYS)
    if days <= _ART_69_WORKING_DAY_LIMIT:
        return _working_days(event, days, calendar, source, acl.ART_69)
    return _calendar_days(event, days, calendar, source, roll=roll_to_working_day)


check_public(
    globals(),
    (
        "working_days_after",
        "calendar_days_after",
        "add_months",
        "months_after",
        "hours_after",
        "penalty_law_days_after",
        "compulsion_law_days_after",
    ),
    errors={
        "working_days_after": {"days": InvalidPeriodError},
        "calendar_days_after": {"days": InvalidPeriodError},
        "add_months": {"months": InvalidPeriodError},
        "months_after": {"months": InvalidPeriodError},
        "hours_after": {"hours": InvalidPeriodError},
        "penalty_law_days_after": {"days": InvalidPeriodError},
        "compulsion_law_days_after": {"days": InvalidPeriodError},
    },
)
