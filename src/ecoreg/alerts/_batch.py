"""`route_alerts`: a day of a province's alerts routed and grouped, with a summary."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from ecoreg.alerts._columns import (
    _SELF_SET_FLAGS,
    _SUPPRESS_NAMES,
    AlertBatch,
    _route,
    _Settings,
)
from ecoreg.alerts._grouping import Incident, _group
from ecoreg.alerts._models import (
    _FLAGS,
    _KINDS,
    _TIERS,
    Alert,
    EnterpriseContext,
    Exemption,
    MaintenanceNotice,
    Tier,
    _flag_en,
    _flag_zh,
    _instant,
)
from ecoreg.alerts._stop_rule import batch_reasons
from ecoreg.core._arrays import BoolArray, IntArray, frozen
from ecoreg.core._boundary import check_class, check_public, index_in
from ecoreg.core._calendar import (
    WorkingCalendar,
    china_calendar,
    provisional_notice,
)
from ecoreg.core._columnar import ArrowTabular
from ecoreg.core._decision import Decision, Notice, Reason, count_en
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import parse_instant

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._policy import Policy

__all__ = ["BatchRouting", "BatchSummary", "route_alerts"]


class BatchSummary(EcoregModel):
    """Counts for a routed batch."""

    alerts: int
    suppressed: int
    suppressed_by_rule: tuple[tuple[str, int], ...]
    incidents: int
    by_tier: tuple[tuple[Tier, int], ...]
    """Incidents per tier."""
    tampering_signals: int


@check_class
@attrs.frozen
class BatchRouting:
    """The routing of a batch: per-alert columns, and the incidents as columns.

    `incidents` builds `Incident` objects on demand; for large batches prefer the
    columns (``incident_order``, ``incident_bounds``, ``incident_tier``,
    ``incident_respond_by``).
    """

    batch: AlertBatch
    suppress: IntArray
    """A bit set per alert: 1 data set aside by its flag, 2 maintenance, 4 calibration,
    8 exemption, 16 a stop mark (HJ 212 flag F, always with 1); 0 = kept."""
    tier: IntArray
    """0 LOW … 3 CRITICAL."""
    tier_cause: IntArray
    """The clause of the tier rule that set each tier: an index into `TierCause`
    (0 tampering signal … 5 data problem)."""
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
        """Incident ``number`` (0 to `incident_count` − 1)."""
        index_in(number, "number", self.incident_count, "incidents")
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
        """The suppression rules that apply to alert ``row`` (0 to the batch's length − 1)."""
        bits = int(self.suppress[index_in(row, "row", len(self.suppress), "alerts")])
        return tuple(name for bit, name in _SUPPRESS_NAMES.items() if bits & bit)

    def to_arrow(self) -> Any:
        """The per-alert columns as a ``pyarrow.Table`` (needs the ``arrow`` extra).

        One row per alert in input order, with the columns and types of
        ``routing_arrow_schema()`` (``ecoreg.alerts.arrow``).
        """
        from ecoreg.alerts._arrow import routing_to_arrow  # noqa: PLC0415 - pyarrow on demand

        return routing_to_arrow(self)

    def incidents_to_arrow(self) -> Any:
        """The incidents as a ``pyarrow.Table``, one row per incident (``incident_arrow_schema()``)."""
        from ecoreg.alerts._arrow import incidents_to_arrow  # noqa: PLC0415 - pyarrow on demand

        return incidents_to_arrow(self)

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
    alerts: AlertBatch | ArrowTabular | Iterable[Alert],
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

    ``alerts`` may be an Arrow table or record batch (or a pandas, Polars or DuckDB frame) with
    the columns of ``alert_arrow_schema()``; every column is then checked whole.
    """
    if isinstance(alerts, AlertBatch):
        batch = alerts
    elif isinstance(alerts, ArrowTabular):
        from ecoreg.alerts._arrow import alerts_from_arrow  # noqa: PLC0415 - pyarrow on demand

        batch = alerts_from_arrow(alerts)
    else:
        batch = AlertBatch.from_alerts(alerts)
    settings = _Settings.of(policy)
    return _routing(
        batch,
        _contexts(contexts),
        notices,
        exemptions,
        settings,
        calendar or china_calendar(),
        _policy_reasons(policy, settings),
    )


def _routing(
    batch: AlertBatch,
    ctx: Mapping[str, EnterpriseContext],
    notices: Sequence[MaintenanceNotice],
    exemptions: Sequence[Exemption],
    settings: _Settings,
    calendar: WorkingCalendar,
    citations: tuple[Reason, ...],
) -> BatchRouting:
    """`route_alerts` with the policy already read into ``settings`` (and its citations).

    ``ecoreg.spark`` calls it on the executors with the settings resolved on the driver.
    """
    routed = _route(batch, ctx, notices, exemptions, settings, calendar)
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
        tier_cause=routed.tier_cause,
        respond_by=routed.respond_by,
        self_check_until=routed.self_check_until,
        tampering=routed.tampering,
        incident=incident,
        incident_order=order,
        incident_bounds=bounds,
        incident_tier=frozen(tiers),
        incident_respond_by=frozen(due),
        policy_citations=citations,
        warnings=provisional_notice(routed.provisional),
    )


def _contexts(
    contexts: Mapping[str, EnterpriseContext] | Iterable[EnterpriseContext],
) -> Mapping[str, EnterpriseContext]:
    if isinstance(contexts, Mapping):
        return contexts
    return {c.enterprise: c for c in contexts}


def _policy_reasons(policy: Policy, s: _Settings) -> tuple[Reason, ...]:
    self_set = bool(s.invalid_flags & _SELF_SET_FLAGS)
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
            f"标记为{'、'.join(_flag_zh(_FLAGS[f]) for f in sorted(s.invalid_flags))}的数据不用于"
            f"判定超标{'（M、C仅限事先报备的维护、校准时段内）' if self_set else ''}。",
            f"Data flagged {', '.join(_flag_en(_FLAGS[f]) for f in sorted(s.invalid_flags))} is "
            "not judged as an exceedance"
            f"{' (M and C only within announced maintenance or calibration)' if self_set else ''}.",
            flags=[_FLAGS[f].value for f in sorted(s.invalid_flags)],
        ),
        *batch_reasons(policy, s),
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


check_public(globals(), ("route_alerts",))
