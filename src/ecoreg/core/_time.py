"""Zone-aware instants and plain dates.

An *instant* is a point in time; ecoreg accepts it only with a time zone
(a naive ``datetime`` could mean any of 24 instants, so it is refused) and
returns it as a `pendulum.DateTime` in Asia/Shanghai unless told otherwise.
A *date* is a calendar day, used for legal periods.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Annotated, Any, Final

import pendulum
from pydantic import PlainSerializer, PlainValidator, ValidationInfo, WithJsonSchema

from ecoreg.core._boundary import check_public
from ecoreg.exceptions import InvalidTimeError, NaiveDatetimeError

__all__ = [
    "DEFAULT_TIMEZONE",
    "Day",
    "Instant",
    "parse_date",
    "parse_instant",
]

DEFAULT_TIMEZONE: Final = "Asia/Shanghai"
"""Mainland China's zone (UTC+8, no daylight saving since 1991)."""

_MIN_YEAR: Final = 1950
_MAX_YEAR: Final = 2100
_YEARS = f"a year from {_MIN_YEAR} to {_MAX_YEAR}"
FIRST_DAY: Final = dt.date(_MIN_YEAR, 1, 1)
"""The first day ecoreg accepts (dates and instants, in Asia/Shanghai)."""
LAST_DAY: Final = dt.date(_MAX_YEAR, 12, 31)
"""The last day ecoreg accepts; a computed period must end before it (its end instant is the
next midnight)."""


@lru_cache(maxsize=64)
def _load_zone(tz: str) -> pendulum.Timezone | pendulum.FixedTimezone:
    # pendulum reads the zone file on every call; zones never change within a run.
    return pendulum.timezone(tz)


def shanghai() -> pendulum.Timezone:
    """The Asia/Shanghai zone object (cached)."""
    zone = _load_zone(DEFAULT_TIMEZONE)
    assert isinstance(zone, pendulum.Timezone)  # noqa: S101 - a named zone, never a fixed offset
    return zone


def _zone(tz: str, field: str) -> pendulum.Timezone | pendulum.FixedTimezone:
    try:
        return _load_zone(tz)
    except Exception:  # pendulum raises zoneinfo's own errors for unknown names  # noqa: BLE001
        raise InvalidTimeError(
            field=f"{field}.tz", value=tz, allowed="an IANA time zone name such as 'Asia/Shanghai'"
        ) from None


def parse_instant(
    value: object, *, field: str = "instant", tz: str = DEFAULT_TIMEZONE
) -> pendulum.DateTime:
    """Validate an instant and return it in zone ``tz``.

    Accepted: a zone-aware ``datetime`` (stdlib or pendulum), or an ISO 8601
    string with an offset or ``Z``. Refused: naive datetimes and strings
    without an offset (`NaiveDatetimeError`), plain dates, other types.

    Args:
        value: The instant.
        field: The name to report in an error.
        tz: The zone to express the result in.

    Returns:
        The same instant as a `pendulum.DateTime` in ``tz``.

    Raises:
        NaiveDatetimeError: for a datetime without time zone.
        InvalidTimeError: for anything else that is not an instant.

    Examples:
        >>> parse_instant("2026-10-01T01:00:00Z").isoformat()
        '2026-10-01T09:00:00+08:00'
        >>> parse_instant(dt.datetime(2026, 10, 1, 9, 0), field="alert.start")
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.NaiveDatetimeError: alert.start: datetime.datetime(2026, 10, 1, 9, 0) is not allowed; a zone-aware datetime (e.g. with tzinfo=ZoneInfo('Asia/Shanghai')); a naive datetime could be any of 24 instants
    """
    zone = _zone(tz, field)
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise InvalidTimeError(
                field=field,
                value=value,
                allowed="an ISO 8601 date-time with an offset, e.g. '2026-10-01T09:00:00+08:00'",
            ) from None
        value = parsed
    if not isinstance(value, dt.datetime):
        raise InvalidTimeError(
            field=field,
            value=value,
            allowed="a zone-aware datetime or an ISO 8601 date-time string with an offset",
        )
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise NaiveDatetimeError(
            field=field,
            value=value,
            allowed="a zone-aware datetime (e.g. with tzinfo=ZoneInfo('Asia/Shanghai')); "
            "a naive datetime could be any of 24 instants",
        )
    try:
        result = pendulum.instance(value).in_timezone(zone)
        years: tuple[int, ...] = (value.year, result.year, result.in_timezone(shanghai()).year)
    except (OverflowError, ValueError):
        years = (0,)
    if not all(_MIN_YEAR <= year <= _MAX_YEAR for year in years):
        # Checked in the caller's zone, the target zone and Shanghai, so that an instant
        # accepted here is also read back from its own JSON (1950-01-01T00:00+14:00 is 1949
        # in Shanghai).
        raise InvalidTimeError(field=field, value=value, allowed=f"an instant in {_YEARS}")
    return result


def parse_date(value: object, *, field: str = "date") -> dt.date:
    """Validate a calendar date.

    Accepted: a ``datetime.date`` (or `pendulum.Date`) that is not a
    ``datetime``, or an ISO string ``"YYYY-MM-DD"``. A ``datetime`` is refused:
    take ``.date()`` of the instant in the zone you mean, so the day is never
    guessed.

    Args:
        value: The date.
        field: The name to report in an error.

    Returns:
        The date as a plain ``datetime.date``.

    Raises:
        InvalidTimeError: naming ``field``.

    Examples:
        >>> parse_date("2026-09-29")
        datetime.date(2026, 9, 29)
    """
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidTimeError(
                field=field, value=value, allowed="an ISO date 'YYYY-MM-DD'"
            ) from None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidTimeError(
            field=field,
            value=value,
            allowed="a date (not a datetime: take .date() of the instant in the zone you mean)",
        )
    if not _MIN_YEAR <= value.year <= _MAX_YEAR:
        raise InvalidTimeError(field=field, value=value, allowed=f"a date in {_YEARS}")
    return dt.date(value.year, value.month, value.day)


def _instant_validator(value: Any, info: ValidationInfo) -> pendulum.DateTime:
    return parse_instant(value, field=info.field_name or "instant")


def _date_validator(value: Any, info: ValidationInfo) -> dt.date:
    return parse_date(value, field=info.field_name or "date")


Instant = Annotated[
    dt.datetime,
    PlainValidator(_instant_validator),
    PlainSerializer(lambda v: v.isoformat(), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
"""A pydantic field type: a zone-aware instant, held in Asia/Shanghai."""

Day = Annotated[
    dt.date,
    PlainValidator(_date_validator),
    PlainSerializer(lambda v: v.isoformat(), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date"}),
]
"""A pydantic field type: a calendar date (never a datetime)."""


check_public(
    globals(),
    (
        "parse_instant",
        "parse_date",
    ),
)
