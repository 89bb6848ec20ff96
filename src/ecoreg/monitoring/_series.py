"""From HJ 212 readings to series on a regular grid, to the detectors, to alerts.

`to_series` puts the readings of one command (minute, hour, real-time data) on a grid, one
row per outlet (MN) and factor, each point's HJ 212 flag kept beside its value and gaps as
gaps. `Series.detect` runs the detectors with those flags (a stopped or maintained plant is
not judged, data flagged N always is), and `to_alerts` turns what they find, and readings over
a limit, into an `AlertBatch` whose flags the router understands: `route_alerts` takes it as is.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Final

import attrs
import numpy as np
import numpy.typing as npt

from ecoreg.alerts._columns import AlertBatch
from ecoreg.alerts._models import AlertKind
from ecoreg.core._arrays import FloatArray, IntArray, frozen
from ecoreg.core._boundary import check_public, checked, unicode_text, whole_number
from ecoreg.core._time import parse_instant
from ecoreg.exceptions import InvalidInputError
from ecoreg.monitoring._arguments import MAX_CELLS, MAX_POINTS, shown
from ecoreg.monitoring._columns import KINDS, Readings
from ecoreg.monitoring._detectors import Detection, DetectorSettings, detect

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from ecoreg.core._policy import Policy

__all__ = ["Series", "to_alerts", "to_series"]

GRID_MINUTES: Final = {"2061": 60, "2031": 1440}
"""Commands with a fixed spacing (HJ 212-2017 Table 7: 2061 hour data, 2031 daily data); real-time
(2011) and minute data (2051) come at the interval the station is set to, which the caller gives."""
DEFAULT_KIND: Final = {"2011": "rtd"}
"""The value a series takes: real-time data has Rtd, every other data command Avg."""
_MAX_POINTS: Final = MAX_POINTS
_MAX_START: Final = 2**40
"""A series' start, in epoch seconds: about ±34,800 years (a start from `to_series` is within
the supported dates)."""
_MAX_LIMIT: Final = 10**12
"""The largest concentration limit `to_alerts` takes."""
_LIMIT_TEXT: Final = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]{1,4})?")
"""A limit given as text: ASCII digits, an optional sign, point and exponent (no spaces, no
``_``, no other script's digits, which `Decimal` would take)."""


def _int(value: object, field: str, low: int, high: int) -> None:
    allowed = f"a whole number from {low} to {high}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(field=field, value=type(value).__name__, allowed=allowed)
    if not low <= value <= high:
        raise InvalidInputError(field=field, value=shown(value), allowed=allowed)


@attrs.frozen
class Series:
    """Values on a regular grid: one row per outlet (``stations``) and factor (``factors``)."""

    stations: tuple[str, ...]
    """The MN (data collector id) of each row."""
    factors: tuple[str, ...]
    """The factor code of each row."""
    cn: str
    kind: str
    """The value kind used: ``rtd``, ``avg``, ``min``, ``max`` or ``cou``."""
    start: int
    """Epoch seconds of the first point."""
    minutes_per_point: int
    values: FloatArray
    """``rows × points``, NaN where no reading arrived (a gap)."""
    flags: npt.NDArray[np.str_]
    """``rows × points``: each point's HJ 212 flag, ``""`` in gaps and for values sent without one."""
    outside: int
    """Readings of the command that fell before or after the grid."""
    off_grid: int
    """Readings between two grid points (a clock off the station's interval)."""
    repeated: int
    """Readings for a point that already had one (a resent packet): the later one is kept."""

    def __attrs_post_init__(self) -> None:
        """Refuse a series `detect`, `to_alerts` and `row` cannot read (one made by hand).

        Raises:
            InvalidInputError: naming the field.
        """
        for name in ("stations", "factors"):
            names = getattr(self, name)
            if not isinstance(names, tuple) or not all(isinstance(n, str) for n in names):
                raise InvalidInputError(
                    field=name, value=type(names).__name__, allowed="a tuple of str, one per row"
                )
        rows = len(self.stations)
        if len(self.factors) != rows:
            raise InvalidInputError(
                field="factors", value=len(self.factors), allowed=f"{rows} factors, one per row"
            )
        if not isinstance(self.cn, str) or not isinstance(self.kind, str) or self.kind not in KINDS:
            raise InvalidInputError(
                field="kind", value=self.kind, allowed=f"one of {list(KINDS)} (and cn a str)"
            )
        _int(self.start, "start", -_MAX_START, _MAX_START)
        _int(self.minutes_per_point, "minutes_per_point", 1, 1440)
        for name in ("outside", "off_grid", "repeated"):
            _int(getattr(self, name), name, 0, 2**62)
        values, flags = self.values, self.flags
        if not (
            isinstance(values, np.ndarray)
            and values.dtype == np.float64
            and values.ndim == 2
            and values.shape[0] == rows
            and 1 <= values.shape[1] <= _MAX_POINTS
            and values.size <= MAX_CELLS
        ):
            raise InvalidInputError(
                field="values",
                value=type(values).__name__,
                allowed=f"a float64 array of {rows} rows × 1 to {_MAX_POINTS:,} points, "
                f"at most {MAX_CELLS:,} cells",
            )
        if not (
            isinstance(flags, np.ndarray)
            and flags.dtype.kind == "U"
            and flags.shape == values.shape
        ):
            raise InvalidInputError(
                field="flags",
                value=type(flags).__name__,
                allowed=f"a str array of the values' shape {values.shape}",
            )

    def __len__(self) -> int:
        return len(self.stations)

    @property
    def times(self) -> IntArray:
        """Epoch seconds of every point."""
        points = self.values.shape[1]
        return frozen(self.start + 60 * self.minutes_per_point * np.arange(points, dtype=np.int64))

    @checked
    def row(self, station: str, factor: str) -> int:
        """The row of one outlet's factor.

        Raises:
            InvalidInputError: naming ``factor`` when the series has no such row, or the
                argument that is not a ``str``.
        """
        for name, value in (("station", station), ("factor", factor)):
            if not isinstance(value, str):  # before the message formats it (a 5,000-digit int)
                raise InvalidInputError(field=name, value=type(value).__name__, allowed="a str")
        for i, (s, f) in enumerate(zip(self.stations, self.factors, strict=True)):
            if s == station and f == factor:
                return i
        raise InvalidInputError(
            field="factor",
            value=f"{station}/{factor}",
            allowed="an outlet and factor of the series",
        )

    @checked
    def detect(
        self, *, policy: Policy | None = None, settings: DetectorSettings | None = None
    ) -> Detection:
        """Every detector over every row, with the points' flags (see `detect`).

        Raises:
            InvalidInputError: naming ``settings`` when they are not `DetectorSettings` for the
                series' spacing, or ``policy`` when it is not a `Policy`.
        """
        if settings is not None and not isinstance(settings, DetectorSettings):
            raise InvalidInputError(
                field="settings", value=type(settings).__name__, allowed="DetectorSettings"
            )
        if settings is not None and settings.minutes_per_point != self.minutes_per_point:
            raise InvalidInputError(
                field="settings",
                value=f"{settings.minutes_per_point} minutes per point",
                allowed=f"settings for the series' {self.minutes_per_point} minutes per point",
            )
        return detect(
            self.values,
            flags=self.flags,
            policy=policy,
            settings=settings,
            minutes_per_point=self.minutes_per_point,
        )


def to_series(
    readings: Readings,
    *,
    cn: str,
    start: dt.datetime | str,
    points: int,
    minutes_per_point: int | None = None,
    kind: str | None = None,
) -> Series:
    """Put the readings of command ``cn`` on a grid of ``points`` from ``start``.

    Args:
        readings: From `read_capture` (or `Readings.from_packets`).
        cn: The data command: ``2011`` real-time, ``2051`` minute, ``2061`` hour, ``2031`` daily.
        start: The first point (a zone-aware instant).
        points: How many points: 1 to 10,000,000, and at most 50,000,000 cells in all (rows ×
            points, about 1 GB of values and flags), so that a series of many outlets and
            factors is refused before its arrays are made.
        minutes_per_point: The spacing; fixed for 2061 (60) and 2031 (1440), required for
            2011 and 2051 (the interval the stations are set to).
        kind: The value used; ``rtd`` for 2011, ``avg`` otherwise.

    Every reading of the command is on the grid or counted in ``outside``, ``off_grid`` or
    ``repeated``: none is dropped without a count.

    Raises:
        InvalidInputError: naming the argument that is wrong; ``points`` when rows × points
            would pass 50,000,000 cells (the error says how many points the rows allow).

    Examples:
        >>> from ecoreg.monitoring.hj212 import frame, read_capture
        >>> seg = (
        ...     "QN=20261001080000000;ST=31;CN=2061;PW=1;MN=M1;Flag=4;"
        ...     "CP=&&DataTime=20261001090000;w01018-Avg=35.2,w01018-Flag=N&&"
        ... )
        >>> s = to_series(
        ...     read_capture(frame(seg)), cn="2061", start="2026-10-01T08:00+08:00", points=3
        ... )
        >>> s.values.tolist(), s.flags.tolist()
        ([[nan, 35.2, nan]], [['', 'N', '']])
    """
    if not isinstance(readings, Readings):
        raise InvalidInputError(
            field="readings", value=type(readings).__name__, allowed="Readings (read_capture)"
        )
    if not isinstance(cn, str) or not (cn.isascii() and cn.isdigit() and len(cn) == 4):
        raise InvalidInputError(field="cn", value=cn, allowed="a four-digit command code")
    fixed = GRID_MINUTES.get(cn)
    if minutes_per_point is None:
        if fixed is None:
            raise InvalidInputError(
                field="minutes_per_point",
                value=None,
                allowed=f"the stations' interval in minutes: CN={cn} has no fixed spacing",
            )
        minutes_per_point = fixed
    step = 60 * whole_number(minutes_per_point, "minutes_per_point", 1, 1440)
    whole_number(points, "points", 1, _MAX_POINTS)
    chosen = DEFAULT_KIND.get(cn, "avg") if kind is None else kind
    if chosen not in KINDS:
        raise InvalidInputError(field="kind", value=kind, allowed=f"one of {list(KINDS)}")
    origin = int(parse_instant(start, field="start").timestamp())
    code = readings.commands.index(cn) if cn in readings.commands else -1
    take = np.flatnonzero(readings.cn == code)
    width = max(len(readings.factors), 1)
    pair = readings.mn[take] * width + readings.factor[take]
    rows, row = np.unique(pair, return_inverse=True)
    if len(rows) * points > MAX_CELLS:  # before any array of rows × points is made
        raise InvalidInputError(
            field="points",
            value=points,
            allowed=f"at most {MAX_CELLS // len(rows):,} points for the {len(rows):,} rows of "
            f"CN={cn} (rows × points at most {MAX_CELLS:,} cells)",
        )
    offset = readings.time[take] - origin
    index = offset // step
    inside = (index >= 0) & (index < points)
    on_grid = offset % step == 0
    keep = inside & on_grid
    values = np.full((len(rows), points), np.nan)
    flags = np.full((len(rows), points), "", dtype="U1")
    where = (row[keep], index[keep])
    # Rows are in frame order, so the later reading of a point is written last and kept.
    values[where] = readings.column(chosen)[take][keep]
    flags[where] = readings.flag[take][keep]
    # Repeats as equal neighbours once sorted: np.unique of a million distinct cells takes
    # seconds (its hash path), a sort a fifth of a second.
    cells = np.sort(where[0] * points + where[1])
    repeated = int(np.count_nonzero(cells[1:] == cells[:-1]))
    return Series(
        stations=tuple(readings.stations[int(r) // width] for r in rows),
        factors=tuple(readings.factors[int(r) % width] for r in rows),
        cn=cn,
        kind=chosen,
        start=origin,
        minutes_per_point=minutes_per_point,
        values=frozen(values),
        flags=frozen(flags),
        outside=int((~inside).sum()),
        off_grid=int((inside & ~on_grid).sum()),
        repeated=repeated,
    )


def _limits(limits: Mapping[str, Decimal | int | str] | None) -> dict[str, float]:
    """Each factor's limit as a float, every value checked before it is formatted or parsed."""
    out: dict[str, float] = {}
    for code, value in (limits or {}).items():
        if not isinstance(code, str):
            raise InvalidInputError(field="limits", value=type(code).__name__, allowed="str keys")
        unicode_text(code, "limits")
        out[code] = _limit(value, f"limits.{code if len(code) <= 64 else code[:63] + '…'}")
    return out


def _limit(value: object, field: str) -> float:
    """A limit: an ``int``, a finite ``Decimal`` or its ASCII text, from 0 to `_MAX_LIMIT`.

    A ``bool`` or a ``float`` is refused (a float is no exact decimal); an ``int`` is compared,
    never formatted (``str`` of an int past 4,300 digits raises).
    """
    allowed = f"a finite decimal limit from 0 to {_MAX_LIMIT:,} (an int, a Decimal or its text)"
    number: Decimal | None = None
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        number = None
    elif isinstance(value, int):
        number = Decimal(value) if 0 <= value <= _MAX_LIMIT else None
    elif isinstance(value, Decimal):
        number = value
    elif len(value) <= 64 and _LIMIT_TEXT.fullmatch(value):
        try:
            number = Decimal(value)
        except InvalidOperation:  # pragma: no cover - the pattern is Decimal's syntax
            number = None
    if number is None or not number.is_finite() or not 0 <= number <= _MAX_LIMIT:
        given = shown(value) if isinstance(value, Decimal | str | int) else type(value).__name__
        raise InvalidInputError(field=field, value=given, allowed=allowed)
    return float(number)


def _of_series(series: Series, detection: Detection) -> None:
    """Refuse a detection whose starts fall outside the series (a detection made by hand)."""
    points = series.values.shape[1]
    starts_of = (
        detection.flat_start,
        detection.zero_start,
        detection.gap_start,
        detection.rise_start,
    )
    if any(len(first) and (first.min() < -1 or first.max() >= points) for first in starts_of):
        raise InvalidInputError(
            field="detection",
            value="a start past the series",
            allowed=f"the detection of this series ({points} points)",
        )


def _owners(series: Series, enterprises: Mapping[str, str] | None) -> Mapping[str, str]:
    """The enterprises of the series' MNs, each checked as text UTF-8 can carry."""
    owners = enterprises or {}
    for station in dict.fromkeys(series.stations):
        name = owners.get(station, station)
        if not isinstance(name, str):
            raise InvalidInputError(
                field="enterprises", value=type(name).__name__, allowed="a str for each MN"
            )
        unicode_text(name, "enterprises")
    return owners


def to_alerts(
    series: Series,
    detection: Detection,
    *,
    enterprises: Mapping[str, str] | None = None,
    limits: Mapping[str, Decimal | int | str] | None = None,
) -> AlertBatch:
    """Alerts from what the detectors found, and from readings over a limit, for `route_alerts`.

    One alert per signal of a row (flat, zero, missing, sudden rise), starting at the point it
    first shows, with that point's flag; and one concentration-exceedance alert per run of
    readings over ``limits[factor]`` with the same flag, so the router can set aside what a
    stopped or maintained plant sent (F, M, C …) and keep what was sent as normal (N).

    Args:
        series: The series the detection ran on.
        detection: `Series.detect` of ``series``.
        enterprises: The enterprise of each MN (by default the MN itself).
        limits: Concentration limits per factor code (the permit's or the standard's).

    Raises:
        InvalidInputError: if the detection is not of this series, or a limit is not a number
            from 0 to 10**12 (``limits.<factor>``: an ``int``, a finite ``Decimal`` or its ASCII
            text; not a ``bool`` or a ``float``), or an enterprise is not text.
    """
    if len(detection) != len(series) or detection.settings.minutes_per_point != (
        series.minutes_per_point
    ):
        raise InvalidInputError(
            field="detection",
            value=f"{len(detection)} rows",
            allowed=f"the detection of this series ({len(series)} rows)",
        )
    _of_series(series, detection)
    caps = _limits(limits)
    owners = _owners(series, enterprises)
    step = 60 * series.minutes_per_point
    ids: list[str] = []
    owner: list[str] = []
    outlet: list[str] = []
    pollutant: list[str] = []
    kinds: list[str] = []
    starts: list[int] = []
    flags_at: list[str] = []

    def add(row: int, kind: AlertKind, point: int) -> None:
        when = series.start + step * point
        station, factor = series.stations[row], series.factors[row]
        ids.append(f"{station}/{factor}/{kind.value}/{when}")
        owner.append(owners.get(station, station))
        outlet.append(station)
        pollutant.append(factor)
        kinds.append(kind.value)
        starts.append(when)
        flags_at.append(str(series.flags[row, point]) or "N")

    for kind, first in (
        (AlertKind.FLAT_DATA, detection.flat_start),
        (AlertKind.ZERO_DATA, detection.zero_start),
        (AlertKind.MISSING_DATA, detection.gap_start),
        (AlertKind.SUDDEN_RISE, detection.rise_start),
    ):
        for row in np.flatnonzero(first >= 0).tolist():
            add(row, kind, int(first[row]))
    for row, factor in enumerate(series.factors):
        if factor not in caps:
            continue
        over = series.values[row] > caps[factor]
        flags = series.flags[row]
        begins = over & np.concatenate([[True], ~over[:-1] | (flags[1:] != flags[:-1])])
        for point in np.flatnonzero(begins).tolist():
            add(row, AlertKind.CONCENTRATION_EXCEEDANCE, point)
    return AlertBatch.from_columns(
        ids=ids,
        enterprise=owner,
        outlet=outlet,
        pollutant=pollutant,
        kind=kinds,
        start=np.array(starts, dtype=np.int64),
        flag=flags_at,
    )


check_public(globals(), ("to_series", "to_alerts"))
