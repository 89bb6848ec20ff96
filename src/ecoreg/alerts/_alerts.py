"""Monitoring alerts: filtering, tiering, routing, deadlines, escalation and grouping.

One core, `_route`, works on columns (NumPy arrays) so that a day of a
province's alerts is routed in well under a second; `route_alert` runs the
same core on a single alert and explains the result rule by rule.

What is decided for each alert:

* **suppressed or not**, with every reason (a silenced-by list; suppressed
  alerts stay visible): data flagged invalid (HJ 212 flags the 2022 marking
  rule treats as invalid) is not judged as an exceedance; a maintenance or
  calibration window announced in advance covers it; an exemption-list item
  (免责清单) covers it. A tampering signal is never suppressed.
* **risk tier**: LOW < MEDIUM < HIGH < CRITICAL (ecoreg's documented default
  rules, below).
* **who is told**: the enterprise's environmental manager and the officer on
  duty (Tianjin), then the escalation chain when nobody answers.
* **the response deadline**: 4 hours for key pollutant discharge units and 48
  for others (Suzhou), from the alert's start, in clock hours by default; a
  higher tier may shorten it, so a higher tier never answers later.
* **a self-check window** for the firm where the policy grants one (Guangzhou
  预警+预约), never for a tampering signal.

Batches are grouped into incidents: same enterprise, outlet, pollutant and
kind, starting within the grouping window of the incident's first alert.
Every alert ends up in exactly one incident or in the suppressed list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence, Sized
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Final

import attrs
import numpy as np
import pendulum
from pydantic import Field, model_validator

from ecoreg.core._arrays import BoolArray, IntArray, frozen
from ecoreg.core._boundary import check_public, checked
from ecoreg.core._calendar import (
    WorkingCalendar,
    china_calendar,
    provisional_notice,
    provisional_years,
)
from ecoreg.core._decision import Decision, Notice, Reason, count_en
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import FIRST_DAY, LAST_DAY, Instant, parse_instant, shanghai
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from ecoreg.core._policy import Policy

__all__ = [
    "Alert",
    "AlertBatch",
    "AlertKind",
    "BatchRouting",
    "BatchSummary",
    "DataFlag",
    "EnterpriseContext",
    "Escalation",
    "Exemption",
    "Incident",
    "MaintenanceNotice",
    "NoticeKind",
    "Recipient",
    "RoutedAlert",
    "Tier",
    "route_alert",
    "route_alerts",
]


class AlertKind(StrEnum):
    """What an automatic-monitoring alert is about."""

    CONCENTRATION_EXCEEDANCE = "concentration_exceedance"
    TOTAL_EXCEEDANCE = "total_exceedance"
    FACILITY_ABNORMAL = "facility_abnormal"
    MISSING_DATA = "missing_data"
    FLAT_DATA = "flat_data"
    ZERO_DATA = "zero_data"
    SUDDEN_RISE = "sudden_rise"
    RATIO_IMPLAUSIBLE = "ratio_implausible"


_KINDS: Final = tuple(AlertKind)
_KIND_CODE: Final = {k: i for i, k in enumerate(_KINDS)}
# The supported days (ecoreg.core._time) as epoch seconds, for alert start columns.
_FIRST_SECOND: Final = int(dt.datetime(FIRST_DAY.year, 1, 1, tzinfo=dt.UTC).timestamp()) + 86_400
_LAST_SECOND: Final = int(dt.datetime(LAST_DAY.year, 12, 30, tzinfo=dt.UTC).timestamp())
_KIND_ZH: Final = {
    AlertKind.CONCENTRATION_EXCEEDANCE: "浓度超标",
    AlertKind.TOTAL_EXCEEDANCE: "总量超标",
    AlertKind.FACILITY_ABNORMAL: "治污设施运行异常",
    AlertKind.MISSING_DATA: "数据缺失或断线",
    AlertKind.FLAT_DATA: "数据恒值或波动异常小",
    AlertKind.ZERO_DATA: "数据为零",
    AlertKind.SUDDEN_RISE: "数据突升",
    AlertKind.RATIO_IMPLAUSIBLE: "进出口浓度比异常",
}
# Alerts judged from measured values: invalid data cannot found them (2022 marking rule).
_VALUE_KINDS: Final = frozenset(
    {AlertKind.CONCENTRATION_EXCEEDANCE, AlertKind.TOTAL_EXCEEDANCE, AlertKind.SUDDEN_RISE}
)


class DataFlag(StrEnum):
    """HJ 212-2017 data flags."""

    N = "N"
    """normal"""
    F = "F"
    """stopped (停运)"""
    M = "M"
    """maintenance (维护)"""
    S = "S"
    """manually set (手工输入)"""
    D = "D"
    """fault (故障)"""
    C = "C"
    """calibration (校准)"""
    T = "T"
    """over range (超测上限)"""
    B = "B"
    """communication fault (通讯异常)"""


_FLAGS: Final = tuple(DataFlag)
_FLAG_CODE: Final = {f: i for i, f in enumerate(_FLAGS)}
_FLAG_ZH: Final = {
    DataFlag.N: "正常",
    DataFlag.F: "停运",
    DataFlag.M: "维护",
    DataFlag.S: "手工输入",
    DataFlag.D: "故障",
    DataFlag.C: "校准",
    DataFlag.T: "超测上限",
    DataFlag.B: "通讯异常",
}
_FLAG_EN: Final = {DataFlag.M: "maintenance", DataFlag.C: "calibration"}


class Tier(StrEnum):
    """Risk tiers, from the lowest."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


_TIERS: Final = tuple(Tier)
_TIER_ZH: Final = {Tier.LOW: "低", Tier.MEDIUM: "中", Tier.HIGH: "高", Tier.CRITICAL: "紧急"}


class Recipient(StrEnum):
    """Who is told."""

    ENTERPRISE_MANAGER = "enterprise_manager"
    OFFICER_ON_DUTY = "officer_on_duty"
    SECTION_CHIEF = "section_chief"
    BUREAU_LEADER = "bureau_leader"


_ESCALATION_CHAIN: Final = (Recipient.SECTION_CHIEF, Recipient.BUREAU_LEADER)
_RECIPIENT_ZH: Final = {
    Recipient.ENTERPRISE_MANAGER: "企业环保负责人",
    Recipient.OFFICER_ON_DUTY: "值班执法人员",
    Recipient.SECTION_CHIEF: "科室负责人",
    Recipient.BUREAU_LEADER: "局分管领导",
}

Text = Annotated[str, Field(min_length=1, max_length=200)]
Measure = Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]


class Alert(EcoregModel):
    """One automatic-monitoring alert."""

    id: Text
    enterprise: Text
    outlet: Text
    pollutant: Text
    kind: AlertKind
    start: Instant
    flag: DataFlag = DataFlag.N
    value: Measure | None = None
    limit: Measure | None = None


class EnterpriseContext(EcoregModel):
    """What routing needs to know about the enterprise."""

    enterprise: Text
    key_unit: bool = False
    """重点排污单位."""
    grade: Annotated[str, Field(pattern="^[ABCD]$")] | None = None
    colour: Annotated[str, Field(pattern="^(green|yellow|red)$")] | None = None
    sensitive_area: bool = False
    heavy_pollution_warning: bool = False
    """A heavy-pollution weather warning is in force where the enterprise is."""


class NoticeKind(StrEnum):
    """Announced work on monitoring equipment."""

    MAINTENANCE = "maintenance"
    CALIBRATION = "calibration"


def _window(starts: dt.datetime, ends: dt.datetime, field: str) -> None:
    if ends <= starts:
        raise InvalidInputError(
            field=field, value=ends, allowed=f"an instant after starts ({starts})"
        )


class MaintenanceNotice(EcoregModel):
    """Maintenance or calibration announced in advance (outlet or pollutant ``None``: all)."""

    id: Text
    enterprise: Text
    outlet: Text | None = None
    pollutant: Text | None = None
    kind: NoticeKind
    starts: Instant
    ends: Instant
    announced_at: Instant

    @model_validator(mode="after")
    def _valid(self) -> MaintenanceNotice:
        _window(self.starts, self.ends, "ends")
        return self

    @property
    def in_advance(self) -> bool:
        """Whether the notice was announced before the window began."""
        return self.announced_at <= self.starts


class Exemption(EcoregModel):
    """An item of an exemption list (免责清单).

    These alert kinds, in this window, are not pursued.
    """

    id: Text
    enterprise: Text | None = None
    """``None``: every enterprise."""
    kinds: tuple[AlertKind, ...] = Field(min_length=1)
    starts: Instant
    ends: Instant
    reason_zh: Text
    reason_en: Text

    @model_validator(mode="after")
    def _valid(self) -> Exemption:
        _window(self.starts, self.ends, "ends")
        return self


class Escalation(EcoregModel):
    """Who is told next, and when, if nobody has answered."""

    at: Instant
    to: Recipient


class RoutedAlert(EcoregModel):
    """The routing of one alert."""

    alert_id: str
    suppressed: bool
    silenced_by: tuple[str, ...]
    """Why it is suppressed: rule ids and notice or exemption ids. Empty when not."""
    tier: Tier
    tampering_signal: bool
    recipients: tuple[Recipient, ...]
    respond_by: Instant
    self_check_until: Instant | None = None
    escalations: tuple[Escalation, ...] = ()


# --- columns ---------------------------------------------------------------------------------


_SELF_SET_FLAGS: Final = frozenset({_FLAG_CODE[DataFlag.M], _FLAG_CODE[DataFlag.C]})
"""Maintenance (M) and calibration (C): valid as an excuse only with an announced notice."""
_SUPPRESS_INVALID: Final = 1
_SUPPRESS_MAINTENANCE: Final = 2
_SUPPRESS_CALIBRATION: Final = 4
_SUPPRESS_EXEMPTION: Final = 8
_SUPPRESS_NAMES: Final = {
    _SUPPRESS_INVALID: "alerts.invalid-flag",
    _SUPPRESS_MAINTENANCE: "alerts.maintenance",
    _SUPPRESS_CALIBRATION: "alerts.calibration",
    _SUPPRESS_EXEMPTION: "alerts.exemption",
}


def _codes(values: Sequence[str], field: str) -> tuple[tuple[str, ...], IntArray]:
    """Factorize strings: the distinct values and each value's index."""
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

    ids: tuple[str, ...]
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
        columns: dict[str, Sized] = {
            "enterprise": enterprise,
            "outlet": outlet,
            "pollutant": pollutant,
            "kind": kind,
            "start": start,
        }
        if flag is not None:
            columns["flag"] = flag
        for name, column in columns.items():
            if len(column) != n:
                raise InvalidInputError(
                    field=name, value=f"{len(column)} rows", allowed=f"{n} rows, one per id"
                )
        starts = np.asarray(start)
        if starts.dtype.kind not in "iu":
            raise InvalidInputError(
                field="start", value=str(starts.dtype), allowed="integer epoch seconds"
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

    @classmethod
    def of(cls, policy: Policy) -> _Settings:
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
    tampering = np.isin(kind, list(settings.tampering)) if settings.tampering else np.zeros(n, bool)
    value_kind = np.isin(kind, [_KIND_CODE[k] for k in _VALUE_KINDS])
    suppress = np.zeros(n, dtype=np.int64)
    # M and C are flags the enterprise sets itself: they make data invalid only within work
    # announced in advance (the notices below), never on their own.
    own_flags = settings.invalid_flags - _SELF_SET_FLAGS
    if own_flags:
        invalid = value_kind & np.isin(batch.flag, list(own_flags)) & ~tampering
        suppress[invalid] |= _SUPPRESS_INVALID
    ent_index = {name: i for i, name in enumerate(batch.enterprises)}
    out_index = {name: i for i, name in enumerate(batch.outlets)}
    pol_index = {name: i for i, name in enumerate(batch.pollutants)}
    for notice in notices if settings.announced_work else ():
        e = ent_index.get(notice.enterprise)
        if e is None or not notice.in_advance:
            continue
        mask = (batch.enterprise == e) & ~tampering
        mask &= (start >= _epoch(notice.starts)) & (start < _epoch(notice.ends))
        if notice.outlet is not None:
            mask &= batch.outlet == out_index.get(notice.outlet, -1)
        if notice.pollutant is not None:
            mask &= batch.pollutant == pol_index.get(notice.pollutant, -1)
        bit = (
            _SUPPRESS_MAINTENANCE
            if notice.kind is NoticeKind.MAINTENANCE
            else _SUPPRESS_CALIBRATION
        )
        suppress[mask] |= bit
    if settings.invalid_flags & _SELF_SET_FLAGS:
        # A self-set flag marks invalid data where announced work of its kind covers it.
        flag = batch.flag
        announced_m = (flag == _FLAG_CODE[DataFlag.M]) & (suppress & _SUPPRESS_MAINTENANCE > 0)
        announced_c = (flag == _FLAG_CODE[DataFlag.C]) & (suppress & _SUPPRESS_CALIBRATION > 0)
        covered = (
            value_kind & (announced_m | announced_c) & np.isin(flag, list(settings.invalid_flags))
        )
        suppress[covered] |= _SUPPRESS_INVALID
    for item in exemptions if settings.exemptions else ():
        mask = np.isin(kind, [_KIND_CODE[k] for k in item.kinds]) & ~tampering
        mask &= (start >= _epoch(item.starts)) & (start < _epoch(item.ends))
        if item.enterprise is not None:
            mask &= batch.enterprise == ent_index.get(item.enterprise, -1)
        suppress[mask] |= _SUPPRESS_EXEMPTION

    key, elevated, warning = _context_arrays(batch, contexts)
    exceedance = value_kind | (kind == _KIND_CODE[AlertKind.FACILITY_ABNORMAL])
    tier = np.where(exceedance, 1, 0)
    tier = np.where(key | (exceedance & elevated), np.maximum(tier, 2), tier)
    tier = np.where(tampering | (value_kind & warning & key), 3, tier)
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
        respond_by=frozen(respond.astype(np.int64)),
        self_check_until=frozen(self_check),
        tampering=frozen(tampering),
        provisional=provisional,
    )


# --- grouping -----------------------------------------------------------------------------------


@attrs.frozen
class Incident:
    """Alerts of one enterprise, outlet, pollutant and kind, within the grouping window."""

    enterprise: str
    outlet: str
    pollutant: str
    kind: AlertKind
    members: tuple[int, ...]
    """Row numbers of the member alerts in the batch."""
    first_start: dt.datetime
    last_start: dt.datetime
    tier: Tier
    respond_by: dt.datetime

    @property
    def count(self) -> int:
        """How many alerts the incident holds."""
        return len(self.members)


def _group(batch: AlertBatch, routed: _Routed, window: int) -> tuple[IntArray, IntArray, IntArray]:
    """Group the kept alerts: (incident of each alert, kept rows in incident order, bounds).

    Incident ``i`` holds ``order[bounds[i]:bounds[i + 1]]``. Rows are sorted by
    enterprise, outlet, pollutant, kind and start (then row, for ties), so the
    numbering does not depend on the input order.
    """
    live = np.flatnonzero(routed.suppress == 0)

    def by_name(codes: IntArray, names: tuple[str, ...]) -> IntArray:
        # Sort by names, not by codes: codes follow the input order.
        rank: IntArray = np.argsort(np.argsort(np.asarray(names, dtype=object)))
        return rank[codes[live]]

    order = live[
        np.lexsort(
            (
                batch.start[live],
                batch.kind[live],
                by_name(batch.pollutant, batch.pollutants),
                by_name(batch.outlet, batch.outlets),
                by_name(batch.enterprise, batch.enterprises),
            )
        )
    ]
    incident = np.full(len(batch), -1, dtype=np.int64)
    if len(order) == 0:
        return frozen(incident), frozen(order), frozen(np.zeros(1, dtype=np.int64))
    ent, out, pol, kind, start = (
        batch.enterprise[order],
        batch.outlet[order],
        batch.pollutant[order],
        batch.kind[order],
        batch.start[order],
    )
    new_key = np.ones(len(order), dtype=bool)
    new_key[1:] = (
        (ent[1:] != ent[:-1])
        | (out[1:] != out[:-1])
        | (pol[1:] != pol[:-1])
        | (kind[1:] != kind[:-1])
    )
    bounds: list[int] = []
    first = 0
    for pos, (fresh, s) in enumerate(zip(new_key.tolist(), start.tolist(), strict=True)):
        if fresh or s - first > window:
            bounds.append(pos)
            first = s
    bounds.append(len(order))
    edges = np.asarray(bounds, dtype=np.int64)
    incident[order] = np.repeat(np.arange(len(edges) - 1), np.diff(edges))
    return frozen(incident), frozen(order), frozen(edges)


# --- results ---


class BatchSummary(EcoregModel):
    """Counts for a routed batch."""

    alerts: int
    suppressed: int
    suppressed_by_rule: tuple[tuple[str, int], ...]
    incidents: int
    by_tier: tuple[tuple[Tier, int], ...]
    """Incidents per tier."""
    tampering_signals: int


@attrs.frozen
class BatchRouting:
    """The routing of a batch: per-alert columns, and the incidents as columns.

    `incidents` builds `Incident` objects on demand; for large batches prefer the
    columns (``incident_order``, ``incident_bounds``, ``incident_tier``,
    ``incident_respond_by``).
    """

    batch: AlertBatch
    suppress: IntArray
    """A bit set per alert: 1 invalid flag, 2 maintenance, 4 calibration, 8 exemption; 0 = kept."""
    tier: IntArray
    """0 LOW … 3 CRITICAL."""
    respond_by: IntArray
    self_check_until: IntArray
    tampering: BoolArray
    incident: IntArray
    """The incident number of each alert; -1 for a suppressed alert."""
    incident_order: IntArray
    incident_bounds: IntArray
    incident_tier: IntArray
    """The highest tier of each incident's members."""
    incident_respond_by: IntArray
    """The earliest deadline of each incident's members (epoch seconds)."""
    policy_citations: tuple[Reason, ...]
    warnings: tuple[Notice, ...] = ()
    """``calendar.provisional`` when working-time deadlines ran through an unpublished year."""

    @property
    def suppressed(self) -> BoolArray:
        """Which alerts are suppressed."""
        result: BoolArray = self.suppress != 0
        return result

    @property
    def incident_count(self) -> int:
        """How many incidents the kept alerts form."""
        return len(self.incident_bounds) - 1

    @property
    def incidents(self) -> tuple[Incident, ...]:
        """Every incident as an object (built on each access)."""
        return tuple(self.incident_at(i) for i in range(self.incident_count))

    def incident_at(self, number: int) -> Incident:
        """Incident ``number``."""
        rows = self.incident_order[self.incident_bounds[number] : self.incident_bounds[number + 1]]
        first = int(rows[0])
        b = self.batch
        return Incident(
            enterprise=b.enterprises[int(b.enterprise[first])],
            outlet=b.outlets[int(b.outlet[first])],
            pollutant=b.pollutants[int(b.pollutant[first])],
            kind=_KINDS[int(b.kind[first])],
            members=tuple(int(r) for r in rows),
            first_start=_instant(int(b.start[first])),
            last_start=_instant(int(b.start[int(rows[-1])])),
            tier=_TIERS[int(self.incident_tier[number])],
            respond_by=_instant(int(self.incident_respond_by[number])),
        )

    def silenced_by(self, row: int) -> tuple[str, ...]:
        """The suppression rules that apply to alert ``row``."""
        bits = int(self.suppress[row])
        return tuple(name for bit, name in _SUPPRESS_NAMES.items() if bits & bit)

    def summary(self, decided_at: dt.datetime | str) -> Decision[BatchSummary]:
        """Counts, with the rules and their sources."""
        when = parse_instant(decided_at, field="decided_at")
        by_rule = tuple(
            (name, int(np.count_nonzero(self.suppress & bit)))
            for bit, name in _SUPPRESS_NAMES.items()
        )
        per_tier = np.bincount(self.incident_tier, minlength=len(_TIERS))
        return Decision[BatchSummary](
            outcome=BatchSummary(
                alerts=len(self.batch),
                suppressed=int(np.count_nonzero(self.suppress)),
                suppressed_by_rule=by_rule,
                incidents=self.incident_count,
                by_tier=tuple((t, int(per_tier[i])) for i, t in enumerate(_TIERS)),
                tampering_signals=int(np.count_nonzero(self.tampering)),
            ),
            decided_on=when.date(),
            reasons=self.policy_citations,
            warnings=self.warnings,
        )


def route_alerts(
    alerts: AlertBatch | Iterable[Alert],
    *,
    policy: Policy,
    contexts: Mapping[str, EnterpriseContext] | Iterable[EnterpriseContext] = (),
    notices: Sequence[MaintenanceNotice] = (),
    exemptions: Sequence[Exemption] = (),
    calendar: WorkingCalendar | None = None,
) -> BatchRouting:
    """Route a batch of alerts and group them into incidents.

    Every alert ends up in exactly one incident or is suppressed (never
    both, never neither); the result does not depend on the input order
    (incidents are numbered by enterprise, outlet, pollutant, kind and start).
    """
    batch = alerts if isinstance(alerts, AlertBatch) else AlertBatch.from_alerts(alerts)
    ctx = _contexts(contexts)
    settings = _Settings.of(policy)
    routed = _route(batch, ctx, notices, exemptions, settings, calendar or china_calendar())
    incident, order, bounds = _group(batch, routed, settings.window_seconds)
    count = len(bounds) - 1
    kept = order
    tiers = np.zeros(count, dtype=np.int64)
    due = np.full(count, np.iinfo(np.int64).max, dtype=np.int64)
    if count:
        np.maximum.at(tiers, incident[kept], routed.tier[kept])
        np.minimum.at(due, incident[kept], routed.respond_by[kept])
    return BatchRouting(
        batch=batch,
        suppress=routed.suppress,
        tier=routed.tier,
        respond_by=routed.respond_by,
        self_check_until=routed.self_check_until,
        tampering=routed.tampering,
        incident=incident,
        incident_order=order,
        incident_bounds=bounds,
        incident_tier=frozen(tiers),
        incident_respond_by=frozen(due),
        policy_citations=_policy_reasons(policy, settings),
        warnings=provisional_notice(routed.provisional),
    )


def _contexts(
    contexts: Mapping[str, EnterpriseContext] | Iterable[EnterpriseContext],
) -> Mapping[str, EnterpriseContext]:
    if isinstance(contexts, Mapping):
        return contexts
    return {c.enterprise: c for c in contexts}


def _instant(epoch: int) -> pendulum.DateTime:
    return pendulum.from_timestamp(epoch, tz=shanghai())


def _policy_reasons(policy: Policy, s: _Settings) -> tuple[Reason, ...]:
    return (
        policy.reason(
            "alerts.response_hours_key_unit",
            "alerts.deadline.key-unit",
            f"重点排污单位的预警须在{s.key_hours}小时内反馈。",
            "Alerts of key pollutant discharge units are answered within "
            f"{count_en(s.key_hours, 'hour')}.",
            hours=s.key_hours,
        ),
        policy.reason(
            "alerts.response_hours_other",
            "alerts.deadline.other",
            f"其他企业的预警须在{s.other_hours}小时内反馈。",
            f"Alerts of other enterprises are answered within {count_en(s.other_hours, 'hour')}.",
            hours=s.other_hours,
        ),
        policy.reason(
            "alerts.invalid_flags",
            "alerts.invalid-flag",
            "标记为无效的数据不用于判定超标。",
            "Data flagged invalid is not used to judge an exceedance.",
            flags=[_FLAGS[f].value for f in sorted(s.invalid_flags)],
        ),
        policy.reason(
            "alerts.tampering_kinds",
            "alerts.tampering",
            "疑似篡改监测数据的预警一律不予过滤。",
            "Suspected tampering signals are never suppressed.",
            kinds=[_KINDS[k].value for k in sorted(s.tampering)],
        ),
        policy.reason(
            "alerts.grouping_window_minutes",
            "alerts.grouping",
            f"同一企业、排口、污染物、类型在{s.window_seconds // 60}分钟内的预警合并为一个事件。",
            f"Alerts of one enterprise, outlet, pollutant and kind within {s.window_seconds // 60} "
            "minutes of an incident's first alert join that incident.",
            window_minutes=s.window_seconds // 60,
        ),
    )


# --- one alert, explained ------------------------------------------------------------------------


def route_alert(  # noqa: C901 - one branch per documented rule, each explained
    alert: Alert,
    *,
    policy: Policy,
    context: EnterpriseContext | None = None,
    notices: Sequence[MaintenanceNotice] = (),
    exemptions: Sequence[Exemption] = (),
    calendar: WorkingCalendar | None = None,
) -> Decision[RoutedAlert]:
    """Route one alert and explain every rule that applied.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-10-01")
        >>> alert = Alert(
        ...     id="a1",
        ...     enterprise="E1",
        ...     outlet="DA001",
        ...     pollutant="SO2",
        ...     kind="concentration_exceedance",
        ...     start="2026-10-01T09:00:00+08:00",
        ... )
        >>> d = route_alert(
        ...     alert, policy=policy, context=EnterpriseContext(enterprise="E1", key_unit=True)
        ... )
        >>> d.outcome.respond_by.isoformat()
        '2026-10-01T13:00:00+08:00'
    """
    cal = calendar or china_calendar()
    settings = _Settings.of(policy)
    batch = AlertBatch.from_alerts([alert])
    contexts = {context.enterprise: context} if context is not None else {}
    routed = _route(batch, contexts, notices, exemptions, settings, cal)
    bits = int(routed.suppress[0])
    tier = _TIERS[int(routed.tier[0])]
    tampering = bool(routed.tampering[0])
    respond_by = _instant(int(routed.respond_by[0]))
    key_unit = bool(context and context.key_unit)
    reasons: list[Reason] = []

    def cite(key: str, rule: str, zh: str, en: str, **used: object) -> None:
        reasons.append(policy.reason(key, rule, zh, en, **used))

    silenced: list[str] = []
    if bits & _SUPPRESS_INVALID:
        silenced.append("alerts.invalid-flag")
        cite(
            "alerts.invalid_flags",
            "alerts.invalid-flag",
            f"数据标记为{alert.flag.value}（{_FLAG_ZH[alert.flag]}，无效数据），"
            f"不用于判定{_KIND_ZH[alert.kind]}，预警予以过滤。",
            f"The data is flagged {alert.flag.value} (invalid): it is not judged as "
            f"{alert.kind.value.replace('_', ' ')}; the alert is suppressed.",
            flag=alert.flag,
        )
    for notice in notices if settings.announced_work else ():
        if not _covers(notice, alert):
            continue
        if not notice.in_advance:
            cite(
                "alerts.suppress_announced_work",
                "alerts.notice-late",
                f"{notice.id}号通知晚于维护时段开始才报备，不能依据该通知过滤预警。",
                f"Notice {notice.id} was announced after its window began, so it is no ground "
                "for suppressing the alert.",
                notice=notice.id,
            )
            continue
        if tampering:
            cite(
                "alerts.tampering_kinds",
                "alerts.tampering",
                f"疑似篡改信号（{_KIND_ZH[alert.kind]}）一律不予过滤，即使处于{notice.id}号报备时段内。",
                f"A tampering signal ({alert.kind.value.replace('_', ' ')}) is never suppressed, "
                f"even within announced window {notice.id}.",
                notice=notice.id,
                kind=alert.kind,
            )
            continue
        rule = (
            "alerts.maintenance" if notice.kind is NoticeKind.MAINTENANCE else "alerts.calibration"
        )
        silenced.extend([rule, notice.id])
        cite(
            "alerts.suppress_announced_work",
            rule,
            f"预警处于事先报备的{'维护' if notice.kind is NoticeKind.MAINTENANCE else '校准'}时段"
            f"（{notice.id}：{notice.starts.isoformat()}至{notice.ends.isoformat()}）内，予以过滤。",
            f"The alert falls in the {notice.kind.value} window announced in advance "
            f"({notice.id}: {notice.starts.isoformat()} to {notice.ends.isoformat()}); suppressed.",
            notice=notice.id,
        )
    announced = bits & (_SUPPRESS_MAINTENANCE | _SUPPRESS_CALIBRATION)
    if _FLAG_CODE[alert.flag] in _SELF_SET_FLAGS and not announced and not tampering:
        cite(
            "alerts.suppress_announced_work",
            "alerts.flag-not-announced",
            f"数据标记为{alert.flag.value}（{_FLAG_ZH[alert.flag]}），但没有事先报备的维护或校准"
            "通知覆盖该时段，标记不作为过滤依据。",
            f"The data is flagged {alert.flag.value} ({_FLAG_EN[alert.flag]}) but no notice "
            "announced in advance covers it, so the flag is no ground for suppressing the alert.",
            flag=alert.flag,
        )
    for item in exemptions:
        if bits & _SUPPRESS_EXEMPTION and _exempts(item, alert):
            silenced.extend(["alerts.exemption", item.id])
            cite(
                "alerts.exemptions_allowed",
                "alerts.exemption",
                f"属于免责清单事项{item.id}：{item.reason_zh}，予以过滤。",
                f"Exemption-list item {item.id}: {item.reason_en}; suppressed.",
                exemption=item.id,
            )
    if tampering and not any(r.rule_id == "alerts.tampering" for r in reasons):
        cite(
            "alerts.tampering_kinds",
            "alerts.tampering",
            f"疑似篡改信号（{_KIND_ZH[alert.kind]}）一律不予过滤。",
            f"A tampering signal ({alert.kind.value.replace('_', ' ')}) is never suppressed.",
            kind=alert.kind,
        )
    unit_key = "alerts.response_hours_key_unit" if key_unit else "alerts.response_hours_other"
    hours = settings.key_hours if key_unit else settings.other_hours
    tier_hours = settings.tier_hours[_TIERS.index(tier)]
    counting_zh = "按工作时间" if settings.working_time else "按自然小时"
    counting_en = "working hours" if settings.working_time else "clock hours"
    cite(
        unit_key,
        "alerts.deadline",
        f"{'重点排污单位' if key_unit else '一般企业'}，风险等级{_TIER_ZH[tier]}，自预警开始"
        f"（{alert.start.isoformat()}）起{min(hours, tier_hours)}小时内（{counting_zh}）反馈，"
        f"即{respond_by.isoformat()}前。",
        f"{'Key pollutant discharge unit' if key_unit else 'Ordinary enterprise'}, tier "
        f"{tier.value}: answer within {min(hours, tier_hours)} {counting_en} of the alert's start "
        f"({alert.start.isoformat()}), by {respond_by.isoformat()}.",
        key_unit=key_unit,
        tier=tier,
        unit_hours=hours,
        tier_hours=tier_hours,
        respond_by=respond_by,
    )
    suppressed = bits != 0
    self_check = int(routed.self_check_until[0])
    escalations = (
        ()
        if suppressed
        else tuple(
            Escalation(at=respond_by.add(hours=h), to=to)
            for h, to in zip(settings.escalation_hours, _ESCALATION_CHAIN, strict=False)
        )
    )
    if escalations:
        cite(
            "alerts.escalation_hours",
            "alerts.escalation",
            "逾期未反馈的，依次报告"
            + "、".join(f"{_RECIPIENT_ZH[e.to]}（{e.at.isoformat()}）" for e in escalations)
            + "。",
            "If nobody answers: "
            + ", then ".join(f"{e.to.value} at {e.at.isoformat()}" for e in escalations)
            + ".",
        )
    return Decision[RoutedAlert](
        outcome=RoutedAlert(
            alert_id=alert.id,
            suppressed=suppressed,
            silenced_by=tuple(silenced),
            tier=tier,
            tampering_signal=tampering,
            recipients=()
            if suppressed
            else (Recipient.ENTERPRISE_MANAGER, Recipient.OFFICER_ON_DUTY),
            respond_by=respond_by,
            self_check_until=_instant(self_check) if self_check >= 0 and not suppressed else None,
            escalations=escalations,
        ),
        decided_on=alert.start.date(),
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(reasons),
        warnings=provisional_notice(routed.provisional),
    )


def _covers(notice: MaintenanceNotice, alert: Alert) -> bool:
    return (
        notice.enterprise == alert.enterprise
        and (notice.outlet is None or notice.outlet == alert.outlet)
        and (notice.pollutant is None or notice.pollutant == alert.pollutant)
        and notice.starts <= alert.start < notice.ends
    )


def _exempts(item: Exemption, alert: Alert) -> bool:
    return (
        (item.enterprise is None or item.enterprise == alert.enterprise)
        and alert.kind in item.kinds
        and item.starts <= alert.start < item.ends
    )


check_public(
    globals(),
    (
        "route_alerts",
        "route_alert",
    ),
)
