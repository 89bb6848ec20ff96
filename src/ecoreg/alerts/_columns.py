"""The routing core on columns: the policy read once into settings, and every alert routed at once.

Filters (data set aside by its flag, stop marks, maintenance and calibration windows,
exemptions; never a tampering signal), the tier, the recipients, the deadline and the self-check
window, all with NumPy.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np
import pendulum

from ecoreg.alerts._models import (
    _CAUSE_TIER,
    _CAUSES,
    _FIRST_SECOND,
    _FLAG_CODE,
    _KIND_CODE,
    _LAST_SECOND,
    _TIERS,
    _VALUE_KINDS,
    Alert,
    AlertKind,
    DataFlag,
    EnterpriseContext,
    Exemption,
    MaintenanceNotice,
    NoticeKind,
    TierCause,
    _instant,
)
from ecoreg.core._arrays import BoolArray, IntArray, column, frozen
from ecoreg.core._boundary import checked
from ecoreg.core._calendar import (
    WorkingCalendar,
    provisional_years,
)
from ecoreg.core._citations import Citation
from ecoreg.core._decision import count_en
from ecoreg.core._policy import memoized
from ecoreg.core._time import FIRST_DAY, LAST_DAY, shanghai
from ecoreg.exceptions import InvalidInputError
from ecoreg.law.defaults import ECOREG_DEFAULTS

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence, Sized

    from ecoreg.core._policy import Policy

__all__ = ["AlertBatch"]


_SELF_SET_FLAGS: Final = frozenset({_FLAG_CODE[DataFlag.M], _FLAG_CODE[DataFlag.C]})
"""Maintenance (M) and calibration (C): valid as an excuse only with an announced notice."""
_STOP_FLAG: Final = _FLAG_CODE[DataFlag.F]
"""停运 (F): a stop mark, handled by its own rule (`alerts.stop_kinds`)."""
_SUPPRESS_INVALID: Final = 1
_SUPPRESS_MAINTENANCE: Final = 2
_SUPPRESS_CALIBRATION: Final = 4
_SUPPRESS_EXEMPTION: Final = 8
_SUPPRESS_STOP: Final = 16
_SUPPRESS_NAMES: Final = {
    _SUPPRESS_INVALID: "alerts.invalid-flag",
    _SUPPRESS_MAINTENANCE: "alerts.maintenance",
    _SUPPRESS_CALIBRATION: "alerts.calibration",
    _SUPPRESS_EXEMPTION: "alerts.exemption",
    _SUPPRESS_STOP: "alerts.stop-mark",
}


def _codes(values: Sequence[str], field: str) -> tuple[tuple[str, ...], IntArray]:
    """Factorize strings: the distinct values and each value's index.

    A column of strings is hashed in C (each distinct value looked up once, no Python code per
    row); anything else is read row by row, which names the first bad row.
    """
    if set(map(type, values)) == {str}:
        distinct = dict.fromkeys(values)
        if "" not in distinct:
            index = {value: i for i, value in enumerate(distinct)}
            return tuple(index), np.fromiter(
                map(index.__getitem__, values), dtype=np.int64, count=len(values)
            )
    return _codes_by_row(values, field)


def _codes_by_row(values: Sequence[str], field: str) -> tuple[tuple[str, ...], IntArray]:
    index: dict[str, int] = {}
    out = np.empty(len(values), dtype=np.int64)
    for i, value in enumerate(values):
        if not isinstance(value, str) or not value:
            raise InvalidInputError(field=f"{field}.{i}", value=value, allowed="a non-empty string")
        out[i] = index.setdefault(value, len(index))
    return tuple(index), out


def _enum_codes(
    values: Sequence[Any], table: Mapping[Any, int], field: str, enum: type
) -> IntArray:
    """Members (or their values) as codes: each distinct value converted once, then mapped in C."""
    if set(map(type, values)) <= {str, enum}:
        codes: dict[Any, int] = {}
        for value in dict.fromkeys(values):
            try:
                codes[value] = table[enum(value)]
            except ValueError:
                break  # the row-by-row reading names the first bad row
        else:
            return np.fromiter(map(codes.__getitem__, values), dtype=np.int64, count=len(values))
    return _enum_codes_by_row(values, table, field, enum)


def _enum_codes_by_row(
    values: Sequence[Any], table: Mapping[Any, int], field: str, enum: type
) -> IntArray:
    out = np.empty(len(values), dtype=np.int64)
    for i, value in enumerate(values):
        try:
            out[i] = table[enum(value)]
        except ValueError:
            allowed = ", ".join(str(m.value) for m in table)
            raise InvalidInputError(
                field=f"{field}.{i}", value=value, allowed=f"one of {allowed}"
            ) from None
    return out


@attrs.frozen
class AlertBatch:
    """Alerts as columns, ready for `route_alerts`.

    Build it with `from_alerts` (validated `Alert` models) or `from_columns`
    (plain sequences, e.g. straight from a database query; instants as epoch
    seconds, which are zone-independent).
    """

    ids: Sequence[str]
    """The alerts' ids: a tuple, or for Arrow alerts a read-only view of the Arrow column."""
    enterprises: tuple[str, ...]
    """Distinct enterprise ids; ``enterprise`` indexes into them."""
    enterprise: IntArray
    outlet: IntArray
    pollutant: IntArray
    outlets: tuple[str, ...]
    pollutants: tuple[str, ...]
    kind: IntArray
    flag: IntArray
    start: IntArray
    """Epoch seconds (UTC)."""

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    @checked
    def from_columns(
        cls,
        *,
        ids: Sequence[str],
        enterprise: Sequence[str],
        outlet: Sequence[str],
        pollutant: Sequence[str],
        kind: Sequence[str | AlertKind],
        start: Sequence[int] | IntArray,
        flag: Sequence[str | DataFlag] | None = None,
    ) -> AlertBatch:
        """Validate columns of equal length.

        Raises:
            InvalidInputError: naming the column (and row) that is wrong.
        """
        n = len(ids)
        starts = column(start, "start", kinds="iu", rows=n)
        columns: dict[str, Sized] = {
            "enterprise": enterprise,
            "outlet": outlet,
            "pollutant": pollutant,
            "kind": kind,
        }
        if flag is not None:
            columns["flag"] = flag
        for name, values in columns.items():
            if len(values) != n:
                raise InvalidInputError(
                    field=name, value=f"{len(values)} rows", allowed=f"{n} rows, one per id"
                )
        outside = np.flatnonzero((starts < _FIRST_SECOND) | (starts > _LAST_SECOND))
        if outside.size:
            row = int(outside[0])
            raise InvalidInputError(
                field=f"start.{row}",
                value=int(starts[row]),
                allowed=f"epoch seconds from {_FIRST_SECOND} to {_LAST_SECOND} "
                f"({FIRST_DAY} to {LAST_DAY}, the days ecoreg supports)",
            )
        ents, ent_codes = _codes(enterprise, "enterprise")
        outs, out_codes = _codes(outlet, "outlet")
        pols, pol_codes = _codes(pollutant, "pollutant")
        flags = (
            np.zeros(n, dtype=np.int64)
            if flag is None
            else _enum_codes(flag, _FLAG_CODE, "flag", DataFlag)
        )
        return cls(
            ids=tuple(ids),
            enterprises=ents,
            enterprise=frozen(ent_codes),
            outlet=frozen(out_codes),
            pollutant=frozen(pol_codes),
            outlets=outs,
            pollutants=pols,
            kind=frozen(_enum_codes(kind, _KIND_CODE, "kind", AlertKind)),
            flag=frozen(flags),
            start=frozen(starts.astype(np.int64, copy=True)),
        )

    @classmethod
    @checked
    def from_alerts(cls, alerts: Iterable[Alert]) -> AlertBatch:
        """Columns from validated alerts."""
        items = list(alerts)
        return cls.from_columns(
            ids=[a.id for a in items],
            enterprise=[a.enterprise for a in items],
            outlet=[a.outlet for a in items],
            pollutant=[a.pollutant for a in items],
            kind=[a.kind for a in items],
            start=np.array([int(a.start.timestamp()) for a in items], dtype=np.int64),
            flag=[a.flag for a in items],
        )


@attrs.frozen
class _Settings:
    invalid_flags: frozenset[int]
    tampering: frozenset[int]
    key_hours: int
    other_hours: int
    tier_hours: tuple[int, int, int, int]
    self_check_hours: int
    escalation_hours: tuple[int, ...]
    window_seconds: int
    working_time: bool
    day_start: int
    day_end: int
    announced_work: bool
    exemptions: bool
    stop_kinds: frozenset[int]
    """Alert kinds a stop mark explains (`alerts.stop_kinds`)."""
    stop_requires_report: bool
    """Whether a stop mark counts only with a stop report announced in time."""

    @property
    def stop_marks(self) -> bool:
        """Whether F data is set aside at all (F among `alerts.invalid_flags`)."""
        return _STOP_FLAG in self.invalid_flags and bool(self.stop_kinds)

    @classmethod
    def of(cls, policy: Policy) -> _Settings:
        """The settings read from ``policy``, once (kept with it)."""
        return memoized(policy, "alert-settings", lambda: cls._read(policy))

    @classmethod
    def _read(cls, policy: Policy) -> _Settings:
        # Four hours, one per tier (the parameter's spec holds it to four items).
        low, medium, high, critical = policy.as_tuple("alerts.tier_response_hours")
        start, end = (
            policy.as_int("alerts.working_day_start_minute"),
            policy.as_int("alerts.working_day_end_minute"),
        )
        return cls(
            invalid_flags=frozenset(
                _FLAG_CODE[DataFlag(f)] for f in policy.as_tuple("alerts.invalid_flags")
            ),
            tampering=frozenset(
                _KIND_CODE[AlertKind(k)] for k in policy.as_tuple("alerts.tampering_kinds")
            ),
            key_hours=policy.as_int("alerts.response_hours_key_unit"),
            other_hours=policy.as_int("alerts.response_hours_other"),
            tier_hours=(low, medium, high, critical),
            self_check_hours=policy.as_int("alerts.self_check_hours"),
            escalation_hours=tuple(policy.as_tuple("alerts.escalation_hours")),
            window_seconds=60 * policy.as_int("alerts.grouping_window_minutes"),
            working_time=policy.as_bool("alerts.count_working_hours"),
            day_start=start,
            day_end=end,
            announced_work=policy.as_bool("alerts.suppress_announced_work"),
            exemptions=policy.as_bool("alerts.exemptions_allowed"),
            stop_kinds=frozenset(
                _KIND_CODE[AlertKind(k)] for k in policy.as_tuple("alerts.stop_kinds")
            ),
            stop_requires_report=policy.as_bool("alerts.stop_requires_report"),
        )


def _epoch(instant: dt.datetime) -> int:
    return int(instant.timestamp())


_MAX_SCAN_DAYS = 36_600
"""A hundred years of days: the longest any response deadline may be searched for."""


def _working_end(
    start: int, hours: int, calendar: WorkingCalendar, day_start: int, day_end: int
) -> int:
    """The instant (epoch s) after ``hours`` of working time.

    Working time is working days, from ``day_start`` to ``day_end`` minutes after midnight.
    """
    remaining = hours * 3600
    local = pendulum.from_timestamp(start, tz=shanghai())
    day = local.date()
    second = local.hour * 3600 + local.minute * 60 + local.second  # counted to the second
    # Each working day gives day_end - day_start > 0 minutes (checked when the policy is
    # resolved), and no real calendar has fewer than 200 working days a year, so the scan
    # ends well within this bound.
    for _ in range(_MAX_SCAN_DAYS):
        if calendar.is_working_day(day):
            begin = max(second, 60 * day_start)
            available = max(0, 60 * day_end - begin)
            if remaining <= available:
                end = pendulum.datetime(day.year, day.month, day.day, tz=shanghai()).add(
                    seconds=begin + remaining
                )
                return int(end.timestamp())
            remaining -= available
        day += dt.timedelta(days=1)
        second = 0
    raise InvalidInputError(
        field="calendar",
        value=type(calendar).__name__,
        allowed=f"a calendar with enough working time for {count_en(hours, 'hour')} within "
        f"{count_en(_MAX_SCAN_DAYS, 'day')}",
    )


def _respond_by(
    start: IntArray, hours: IntArray, settings: _Settings, calendar: WorkingCalendar
) -> tuple[IntArray, tuple[int, ...]]:
    """Deadlines in clock hours, or in working time (and the provisional years it ran through)."""
    n = len(start)
    if not settings.working_time:
        return start + hours * 3600, ()
    cache: dict[tuple[int, int], int] = {}
    respond = np.empty(n, dtype=np.int64)
    for i in range(n):
        k = (int(start[i]), int(hours[i]))
        if k not in cache:
            cache[k] = _working_end(k[0], k[1], calendar, settings.day_start, settings.day_end)
        respond[i] = cache[k]
    if not n:
        return respond, ()
    first, last = _instant(int(start.min())).date(), _instant(int(respond.max())).date()
    return respond, provisional_years(calendar, first, last)


@attrs.frozen
class _Routed:
    suppress: IntArray
    tier: IntArray
    tier_cause: IntArray
    """The `TierCause` (its index) that set each alert's tier."""
    respond_by: IntArray
    self_check_until: IntArray
    """-1 where no self-check window."""
    tampering: BoolArray
    provisional: tuple[int, ...] = ()
    """Years of an unpublished holiday arrangement that a working-time deadline ran through."""


def _context_arrays(
    batch: AlertBatch, contexts: Mapping[str, EnterpriseContext]
) -> tuple[BoolArray, BoolArray, BoolArray]:
    """Per alert: key unit, elevated risk, heavy-pollution warning."""
    key = np.zeros(len(batch.enterprises), dtype=bool)
    elevated = np.zeros(len(batch.enterprises), dtype=bool)
    warning = np.zeros(len(batch.enterprises), dtype=bool)
    for i, name in enumerate(batch.enterprises):
        ctx = contexts.get(name)
        if ctx is None:
            continue
        key[i] = ctx.key_unit
        warning[i] = ctx.heavy_pollution_warning
        elevated[i] = (
            ctx.sensitive_area
            or ctx.heavy_pollution_warning
            or ctx.grade == "D"
            or ctx.colour == "red"
        )
    return key[batch.enterprise], elevated[batch.enterprise], warning[batch.enterprise]


TIER_RULE = Citation(
    instrument=ECOREG_DEFAULTS,
    note="No law or measure fixes the tiers of monitoring alerts. The Suzhou report (seed 001: "
    "the alert flood, 预警洪峰) asks for a tiered response by the alert's risk and impact; "
    "ecoreg's default ranks a tampering signal and a key unit's exceedance during a "
    "heavy-pollution warning CRITICAL, any key pollutant discharge unit's alert and an "
    "exceedance at elevated risk HIGH, other exceedances MEDIUM and data problems LOW "
    "(docs/alerts.md). The response hours per tier are alerts.tier_response_hours.",
)
"""The source of the tier rule: ecoreg's documented default, after the Suzhou report."""


def tier_rule(
    *,
    tampering: BoolArray,
    exceedance: BoolArray,
    value_kind: BoolArray,
    key_unit: BoolArray,
    elevated: BoolArray,
    warning: BoolArray,
) -> tuple[IntArray, IntArray]:
    """Every alert's risk tier and the clause that set it (`TIER_RULE`).

    The clauses, highest first; the first that holds sets the tier:

    | clause (`TierCause`) | tier |
    |---|---|
    | a tampering signal | CRITICAL |
    | a value exceedance (concentration, total, sudden rise) at a key unit during a
      heavy-pollution warning | CRITICAL |
    | any alert of a key pollutant discharge unit | HIGH |
    | an exceedance or facility abnormality at elevated risk (sensitive area, warning, grade D,
      red code) | HIGH |
    | an exceedance, sudden rise or facility abnormality | MEDIUM |
    | otherwise (missing or zero data) | LOW |

    Returns:
        The tier (index into `Tier`) and the cause (index into `TierCause`) of each alert.
    """
    cause = np.full(len(tampering), _CAUSES.index(TierCause.DATA_PROBLEM), dtype=np.int64)
    for holds, clause in (
        (exceedance, TierCause.EXCEEDANCE),
        (exceedance & elevated, TierCause.EXCEEDANCE_AT_ELEVATED_RISK),
        (key_unit, TierCause.KEY_UNIT),
        (value_kind & warning & key_unit, TierCause.KEY_UNIT_EXCEEDANCE_IN_WARNING),
        (tampering, TierCause.TAMPERING_SIGNAL),
    ):
        cause = np.where(holds, _CAUSES.index(clause), cause)
    tier_of_cause = np.asarray([_TIERS.index(_CAUSE_TIER[c]) for c in _CAUSES], dtype=np.int64)
    return tier_of_cause[cause], cause


def _covered(
    batch: AlertBatch,
    notice: MaintenanceNotice | Exemption,
    indexes: tuple[Mapping[str, int], Mapping[str, int], Mapping[str, int]],
) -> BoolArray | None:
    """The rows a notice (or an exemption's window) covers; ``None`` when its enterprise has none."""
    ent_index, out_index, pol_index = indexes
    start = batch.start
    mask: BoolArray = (start >= _epoch(notice.starts)) & (start < _epoch(notice.ends))
    if notice.enterprise is not None:
        e = ent_index.get(notice.enterprise)
        if e is None:
            return None
        mask &= batch.enterprise == e
    if isinstance(notice, MaintenanceNotice):
        if notice.outlet is not None:
            mask &= batch.outlet == out_index.get(notice.outlet, -1)
        if notice.pollutant is not None:
            mask &= batch.pollutant == pol_index.get(notice.pollutant, -1)
    return mask


def _indexes(batch: AlertBatch) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Name → code of the batch's enterprises, outlets and pollutants."""
    return (
        {name: i for i, name in enumerate(batch.enterprises)},
        {name: i for i, name in enumerate(batch.outlets)},
        {name: i for i, name in enumerate(batch.pollutants)},
    )


def _stop_reports(
    batch: AlertBatch, notices: Sequence[MaintenanceNotice], *, in_time: bool
) -> list[tuple[MaintenanceNotice, BoolArray]]:
    """The stop reports announced in time (or late) and the F rows each covers."""
    marked = batch.flag == _STOP_FLAG
    out: list[tuple[MaintenanceNotice, BoolArray]] = []
    if not marked.any():
        return out
    indexes = _indexes(batch)
    for notice in notices:
        if notice.kind is not NoticeKind.STOP or notice.in_advance is not in_time:
            continue
        mask = _covered(batch, notice, indexes)
        if mask is not None and (mask & marked).any():
            out.append((notice, mask & marked))
    return out


def _stop_counts(
    batch: AlertBatch, notices: Sequence[MaintenanceNotice], settings: _Settings
) -> BoolArray:
    """Which alerts a stop mark explains: flagged F, of a stop kind, reported where required."""
    if not settings.stop_marks:
        return np.zeros(len(batch), dtype=bool)
    stop: BoolArray = (batch.flag == _STOP_FLAG) & np.isin(batch.kind, list(settings.stop_kinds))
    if settings.stop_requires_report and stop.any():
        backed = np.zeros(len(batch), dtype=bool)
        for _, rows in _stop_reports(batch, notices, in_time=True):
            backed |= rows
        stop &= backed
    return stop


def _route(
    batch: AlertBatch,
    contexts: Mapping[str, EnterpriseContext],
    notices: Sequence[MaintenanceNotice],
    exemptions: Sequence[Exemption],
    settings: _Settings,
    calendar: WorkingCalendar,
) -> _Routed:
    n = len(batch)
    kind, start = batch.kind, batch.start
    # A stop mark that counts explains what a stopped source sends: those alerts are set aside
    # and raise no tampering signal, even of a tampering kind (flat data while stopped).
    stop = _stop_counts(batch, notices, settings)
    tampering = np.isin(kind, list(settings.tampering)) if settings.tampering else np.zeros(n, bool)
    tampering &= ~stop
    value_kind = np.isin(kind, [_KIND_CODE[k] for k in _VALUE_KINDS])
    suppress = np.zeros(n, dtype=np.int64)
    suppress[stop] |= _SUPPRESS_INVALID | _SUPPRESS_STOP
    # M and C are flags the enterprise sets itself: they set data aside only within work
    # announced in advance (the notices below), never on their own; F is the stop mark above.
    own_flags = settings.invalid_flags - _SELF_SET_FLAGS - {_STOP_FLAG}
    if own_flags:
        invalid = value_kind & np.isin(batch.flag, list(own_flags)) & ~tampering
        suppress[invalid] |= _SUPPRESS_INVALID
    indexes = _indexes(batch)
    kept = ~tampering
    for notice in notices if settings.announced_work else ():
        if notice.kind is NoticeKind.STOP or not notice.in_advance:
            continue
        mask = _covered(batch, notice, indexes)
        if mask is None:
            continue
        bit = (
            _SUPPRESS_MAINTENANCE
            if notice.kind is NoticeKind.MAINTENANCE
            else _SUPPRESS_CALIBRATION
        )
        suppress[mask & kept] |= bit
    if settings.invalid_flags & _SELF_SET_FLAGS:
        # A self-set flag sets data aside where announced work of its kind covers it.
        flag = batch.flag
        announced_m = (flag == _FLAG_CODE[DataFlag.M]) & (suppress & _SUPPRESS_MAINTENANCE > 0)
        announced_c = (flag == _FLAG_CODE[DataFlag.C]) & (suppress & _SUPPRESS_CALIBRATION > 0)
        covered = (
            value_kind & (announced_m | announced_c) & np.isin(flag, list(settings.invalid_flags))
        )
        suppress[covered] |= _SUPPRESS_INVALID
    for item in exemptions if settings.exemptions else ():
        mask = _covered(batch, item, indexes)
        if mask is None:
            continue
        mask &= np.isin(kind, [_KIND_CODE[k] for k in item.kinds]) & kept
        suppress[mask] |= _SUPPRESS_EXEMPTION

    key, elevated, warning = _context_arrays(batch, contexts)
    exceedance = value_kind | (kind == _KIND_CODE[AlertKind.FACILITY_ABNORMAL])
    tier, cause = tier_rule(
        tampering=tampering,
        exceedance=exceedance,
        value_kind=value_kind,
        key_unit=key,
        elevated=elevated,
        warning=warning,
    )
    unit_hours = np.where(key, settings.key_hours, settings.other_hours)
    hours = np.minimum(unit_hours, np.asarray(settings.tier_hours)[tier])
    respond, provisional = _respond_by(start, hours, settings, calendar)
    self_check = np.full(n, -1, dtype=np.int64)
    if settings.self_check_hours > 0:
        grant = ~tampering & (tier < 3)
        until = np.minimum(start + settings.self_check_hours * 3600, respond)
        self_check = np.where(grant, until, -1)
    return _Routed(
        suppress=frozen(suppress),
        tier=frozen(tier.astype(np.int64)),
        tier_cause=frozen(cause.astype(np.int64)),
        respond_by=frozen(respond.astype(np.int64)),
        self_check_until=frozen(self_check),
        tampering=frozen(tampering),
        provisional=provisional,
    )
