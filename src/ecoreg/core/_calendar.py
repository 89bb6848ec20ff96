"""Working-day calendars.

`ChinaWorkingCalendar` follows the State Council's yearly holiday arrangement
(国务院办公厅关于部分节假日安排的通知) as carried by the ``holidays`` package:
statutory holidays are days off, Saturdays and Sundays are days off except the
make-up workdays (调休上班日) of the arrangement. The arrangement for a year is
published near the end of the year before. The ``holidays`` package silently
extrapolates years it has no notice for, so ecoreg keeps its own list of the
published notices (`PUBLISHED_NOTICES`, one line per year): any other year is
*provisional*, and every result that depends on a date in it carries the
``calendar.provisional`` warning (`provisional_notice`).

Any object with ``is_working_day(day)`` and ``is_provisional(year)`` can
replace it (see `WorkingCalendar`), for instance a platform's own calendar
table, built with `FixedCalendar`.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Protocol, runtime_checkable

import attrs

from ecoreg.core._boundary import check_class
from ecoreg.core._decision import Notice
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "PUBLISHED_NOTICES",
    "ChinaWorkingCalendar",
    "FixedCalendar",
    "HolidayNotice",
    "WorkingCalendar",
    "china_calendar",
    "on_or_after_working_day",
    "provisional_notice",
    "provisional_years",
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
    # Imported on first use: the holidays package loads every country when imported, which
    # would cost every program that imports ecoreg, whether it counts working days or not.
    from holidays.constants import PUBLIC  # noqa: PLC0415
    from holidays.countries.china import China  # noqa: PLC0415

    table = China(years=year, categories=(PUBLIC,))  # type: ignore[no-untyped-call]
    days_off = frozenset(d for d in table if d.year == year)
    workdays = frozenset(d for d in table.weekend_workdays if d.year == year)
    return days_off, workdays


@attrs.frozen
class HolidayNotice:
    """A published State Council notice of a year's holiday arrangement."""

    year: int
    published_on: dt.date
    number: str | None
    """The document number (文号), where ecoreg's sources give it."""
    source: str
    """Where the text was published (the State Council gazette, 国务院公报)."""


_GAZETTE = "https://www.gov.cn/gongbao/"

PUBLISHED_NOTICES: Final[Mapping[int, HolidayNotice]] = MappingProxyType(
    {
        n.year: n
        for n in (
            # One line per year. When the State Council publishes next year's arrangement,
            # add its line here (and update the holidays package if it lacks the year).
            HolidayNotice(2021, dt.date(2020, 11, 25), None, _GAZETTE + "content/2020/content_5567750.htm"),
            HolidayNotice(2022, dt.date(2021, 10, 25), None, _GAZETTE + "content/2021/content_5651728.htm"),
            HolidayNotice(2023, dt.date(2022, 12, 8), None, _GAZETTE + "content/2023/content_5736714.htm"),
            HolidayNotice(2024, dt.date(2023, 10, 25), "国办发明电〔2023〕7号", _GAZETTE + "2023/issue_10806/202311/content_6913823.html"),
            HolidayNotice(2025, dt.date(2024, 11, 12), "国办发明电〔2024〕12号", _GAZETTE + "2024/issue_11726/202411/content_6989767.html"),
            HolidayNotice(2026, dt.date(2025, 11, 4), None, _GAZETTE + "2025/issue_12406/202511/content_7048922.html"),
        )
    }
)  # fmt: skip
"""The holiday arrangements ecoreg knows were published, by year. Any other year is provisional."""


def _published() -> frozenset[int]:
    return frozenset(PUBLISHED_NOTICES)


def _years(values: Iterable[int]) -> frozenset[int]:
    out = frozenset(values)
    for year in out:
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidInputError(field="published", value=year, allowed="years as whole numbers")
    return out


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


@check_class
@attrs.frozen
class ChinaWorkingCalendar:
    """Mainland China's working days, with make-up workdays.

    Attributes:
        published: The years whose arrangement is officially published: by default
            those of `PUBLISHED_NOTICES`. Any other year is provisional.
        extra_days_off: Further days off (e.g. a local arrangement).
        extra_workdays: Further working days.

    Examples:
        >>> cal = ChinaWorkingCalendar()
        >>> cal.is_working_day(dt.date(2026, 1, 4))  # a Sunday, make-up workday
        True
        >>> cal.is_working_day(dt.date(2026, 10, 8))
        True
        >>> cal.is_working_day(dt.date(2026, 10, 7))  # National Day holiday
        False
    """

    published: frozenset[int] = attrs.field(factory=_published, converter=_years)
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
        """Whether no published notice of ``year``'s arrangement is known."""
        return year not in self.published


@check_class
@attrs.frozen
class FixedCalendar:
    """A calendar from explicit lists: weekends off, minus and plus the given days.

    Use it to plug in a platform's own calendar table, or in tests.

    Examples:
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

    Examples:
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


def provisional_years(calendar: WorkingCalendar, *days: dt.date | None) -> tuple[int, ...]:
    """The provisional years among those of ``days`` (a span from the first to the last).

    Examples:
        >>> provisional_years(china_calendar(), dt.date(2026, 12, 20), dt.date(2027, 1, 8))
        (2027,)
    """
    known = [d for d in days if d is not None]
    if not known:
        return ()
    first, last = min(known).year, max(known).year
    return tuple(y for y in range(first, last + 1) if calendar.is_provisional(y))


def provisional_notice(years: Iterable[int]) -> tuple[Notice, ...]:
    """The ``calendar.provisional`` warning for ``years``, or nothing when there are none."""
    listed = sorted(set(years))
    if not listed:
        return ()
    return (
        Notice(
            code="calendar.provisional",
            message_zh=(
                f"{'、'.join(str(y) for y in listed)}年的节假日安排尚未由国务院办公厅公布，"
                "本期限按法定节假日推算，公布后可能变化。"
            ),
            message_en=(
                f"The State Council has not yet published the holiday arrangement for "
                f"{', '.join(str(y) for y in listed)}; this period is extrapolated from the "
                "statutory holidays and may change once it is published."
            ),
        ),
    )
