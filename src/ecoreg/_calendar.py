"""Working-day calendars.

`ChinaWorkingCalendar` follows the State Council's yearly holiday arrangement
(国务院办公厅关于部分节假日安排的通知) as carried by the ``holidays`` package:
statutory holidays are days off, Saturdays and Sundays are days off except the
make-up workdays (调休上班日) of the arrangement. The arrangement for a year is
published near the end of the year before; for a later year the package can
only extrapolate the statutory days, so such a year is reported as
*provisional* and every result that touches it carries a warning.

Any object with ``is_working_day(day)`` and ``is_provisional(year)`` can
replace it (see `WorkingCalendar`), for instance a platform's own calendar
table, built with `FixedCalendar`.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs
from holidays.constants import PUBLIC
from holidays.countries.china import China

from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ChinaWorkingCalendar",
    "FixedCalendar",
    "WorkingCalendar",
    "china_calendar",
    "on_or_after_working_day",
]

_SATURDAY = 5


@runtime_checkable
class WorkingCalendar(Protocol):
    """What ecoreg needs from a calendar."""

    def is_working_day(self, day: dt.date) -> bool:
        """Whether public bodies work on ``day``."""
        ...

    def is_provisional(self, year: int) -> bool:
        """Whether the holiday arrangement of ``year`` is not officially known."""
        ...


@lru_cache(maxsize=256)
def _china_year(year: int) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """Holidays (days off that are not weekends or are weekends) and make-up workdays of a year."""
    table = China(years=year, categories=(PUBLIC,))  # type: ignore[no-untyped-call]
    days_off = frozenset(d for d in table if d.year == year)
    workdays = frozenset(d for d in table.weekend_workdays if d.year == year)
    return days_off, workdays


@lru_cache(maxsize=1)
def _published_through() -> int:
    """The last year whose arrangement ``holidays`` carries (its substituted days)."""
    table = China()  # type: ignore[no-untyped-call]
    return int(max(table.special_public_holidays))


def _dates(values: Iterable[dt.date], field: str) -> frozenset[dt.date]:
    out: set[dt.date] = set()
    for i, value in enumerate(values):
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise InvalidInputError(field=f"{field}.{i}", value=value, allowed="a date")
        out.add(value)
    return frozenset(out)


def _extra_days_off(values: Iterable[dt.date]) -> frozenset[dt.date]:
    return _dates(values, "extra_days_off")


def _extra_workdays(values: Iterable[dt.date]) -> frozenset[dt.date]:
    return _dates(values, "extra_workdays")


def _days_off(values: Iterable[dt.date]) -> frozenset[dt.date]:
    return _dates(values, "days_off")


def _workdays(values: Iterable[dt.date]) -> frozenset[dt.date]:
    return _dates(values, "workdays")


@attrs.frozen
class ChinaWorkingCalendar:
    """Mainland China's working days, with make-up workdays.

    Args:
        published_through: The last year whose arrangement is officially
            published. Defaults to the last year for which the installed
            ``holidays`` package carries the arrangement's swapped days.
        extra_days_off: Further days off (e.g. a local arrangement).
        extra_workdays: Further working days.

    Example:
        >>> cal = ChinaWorkingCalendar()
        >>> cal.is_working_day(dt.date(2026, 1, 4))  # a Sunday, make-up workday
        True
        >>> cal.is_working_day(dt.date(2026, 10, 8))
        True
        >>> cal.is_working_day(dt.date(2026, 10, 7))  # National Day holiday
        False
    """

    published_through: int = attrs.field(factory=_published_through)
    extra_days_off: frozenset[dt.date] = attrs.field(default=frozenset(), converter=_extra_days_off)
    extra_workdays: frozenset[dt.date] = attrs.field(default=frozenset(), converter=_extra_workdays)

    def is_working_day(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day in mainland China."""
        if day in self.extra_workdays:
            return True
        if day in self.extra_days_off:
            return False
        days_off, workdays = _china_year(day.year)
        if day in workdays:
            return True
        if day in days_off:
            return False
        return day.weekday() < _SATURDAY

    def is_provisional(self, year: int) -> bool:
        """Whether ``year`` lies after the last officially published arrangement."""
        return year > self.published_through


@attrs.frozen
class FixedCalendar:
    """A calendar from explicit lists: weekends off, minus and plus the given days.

    Use it to plug in a platform's own calendar table, or in tests.

    Example:
        >>> cal = FixedCalendar(days_off=[dt.date(2030, 1, 1)], published_through=2030)
        >>> cal.is_working_day(dt.date(2030, 1, 1)), cal.is_working_day(dt.date(2030, 1, 2))
        (False, True)
    """

    days_off: frozenset[dt.date] = attrs.field(default=frozenset(), converter=_days_off)
    workdays: frozenset[dt.date] = attrs.field(default=frozenset(), converter=_workdays)
    published_through: int | None = None
    """The last year the lists are complete for; ``None`` means never provisional."""

    def is_working_day(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day."""
        if day in self.workdays:
            return True
        if day in self.days_off:
            return False
        return day.weekday() < _SATURDAY

    def is_provisional(self, year: int) -> bool:
        """Whether ``year`` lies after ``published_through``."""
        return self.published_through is not None and year > self.published_through


_MAX_DAYS_OFF = 366
"""No real calendar has a year without a working day; a longer search means a broken calendar."""


def on_or_after_working_day(day: dt.date, calendar: WorkingCalendar) -> dt.date:
    """``day`` itself if it is a working day, else the next working day.

    Example:
        >>> on_or_after_working_day(dt.date(2026, 10, 1), china_calendar())
        datetime.date(2026, 10, 8)
    """
    for offset in range(_MAX_DAYS_OFF):
        candidate = day + dt.timedelta(days=offset)
        if calendar.is_working_day(candidate):
            return candidate
    raise InvalidInputError(
        field="calendar",
        value=type(calendar).__name__,
        allowed=f"a calendar with a working day within {_MAX_DAYS_OFF} days of {day}",
    )


@lru_cache(maxsize=1)
def china_calendar() -> ChinaWorkingCalendar:
    """The shared default calendar (built once; calendars are immutable)."""
    return ChinaWorkingCalendar()
