"""`stop_periods`: the periods each enterprise's outlet marked as stopped, for verification.

A stop mark (HJ 212 flag F, 停运) sets alerts aside, so a false one (虚报停产) hides data. A
platform checks the marked periods against what it knows of the plant (power use, production
records, a site visit): this lists them from the alerts, with the stop reports (停运报告) that
back each one and whether the mark counts under the policy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ecoreg.alerts._batch import BatchRouting
from ecoreg.alerts._columns import _STOP_FLAG, AlertBatch, _Settings, _stop_reports
from ecoreg.alerts._models import (
    _KINDS,
    _VALUE_KINDS,
    Alert,
    AlertKind,
    MaintenanceNotice,
    _instant,
)
from ecoreg.alerts._stop_rule import marking_rule, report_reason, stop_mark
from ecoreg.core._boundary import check_public
from ecoreg.core._decision import Decision
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import Instant

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ecoreg.core._arrays import BoolArray, IntArray
    from ecoreg.core._policy import Policy

__all__ = ["StopPeriod", "StopPeriods", "stop_periods"]


class StopPeriod(EcoregModel):
    """A period in which an enterprise's outlet marked its data as stopped (HJ 212 flag F)."""

    enterprise: str
    outlet: str
    starts: Instant
    """The start of the period's first alert flagged F."""
    ends: Instant
    """The start of its last alert flagged F: the mark is known up to there."""
    pollutants: tuple[str, ...]
    kinds: tuple[AlertKind, ...]
    """The kinds of its alerts, in `AlertKind` order."""
    alert_ids: tuple[str, ...]
    """Its alerts, sorted."""
    value_alerts: int
    """How many are exceedances or sudden rises: readings above a limit while marked stopped,
    which a stopped source does not send. Verify these periods first."""
    reported_alerts: int
    """How many a stop report announced in advance covers."""
    backed: bool
    """Every alert of the period is covered by a stop report announced in advance."""
    reports: tuple[str, ...]
    """The stop reports announced in advance that cover some of it."""
    late_reports: tuple[str, ...]
    """Stop reports that cover some of it but were announced after their window began."""
    counts: bool
    """Whether the policy lets the mark explain the period's alerts (of the kinds in
    ``alerts.stop_kinds``): F data is set aside (``alerts.invalid_flags``), and either no stop
    report is required or the period is backed."""


class StopPeriods(EcoregModel):
    """Every period marked as stopped in a batch of alerts, by enterprise, outlet and start."""

    periods: tuple[StopPeriod, ...]
    report_required: bool
    """Whether the policy requires a stop report before a stop mark counts."""
    marked_alerts: int
    """How many alerts are flagged F."""
    unbacked_periods: int
    """How many periods are not backed by a stop report throughout."""


def stop_periods(
    alerts: BatchRouting | AlertBatch | Iterable[Alert],
    *,
    policy: Policy,
    notices: Sequence[MaintenanceNotice] = (),
) -> Decision[StopPeriods]:
    """List the periods each enterprise's outlet marked as stopped, with the reports behind them.

    The alerts flagged F of one enterprise and outlet, in order of start, form one period while
    each starts within ``alerts.grouping_window_minutes`` of the one before and no alert of that
    outlet flagged otherwise comes between them. A period is backed when stop reports (notices
    of kind ``stop``, 停运报告) announced before their window cover every one of its alerts.
    Pass a routed batch with the notices it was routed with.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-10-01")
        >>> stopped = [
        ...     Alert(
        ...         id=f"z{h}",
        ...         enterprise="E1",
        ...         outlet="DA001",
        ...         pollutant="SO2",
        ...         kind="zero_data",
        ...         start=f"2026-10-01T{h:02d}:00:00+08:00",
        ...         flag="F",
        ...     )
        ...     for h in (1, 2, 3)
        ... ]
        >>> listed = stop_periods(stopped, policy=policy).outcome
        >>> [(p.starts.hour, p.ends.hour, p.backed, p.counts) for p in listed.periods]
        [(1, 3, False, True)]
    """
    batch = (
        alerts.batch
        if isinstance(alerts, BatchRouting)
        else alerts
        if isinstance(alerts, AlertBatch)
        else AlertBatch.from_alerts(alerts)
    )
    settings = _Settings.of(policy)
    marked: BoolArray = batch.flag == _STOP_FLAG
    in_time = _stop_reports(batch, notices, in_time=True)
    late = _stop_reports(batch, notices, in_time=False)
    backed_rows = np.zeros(len(batch), dtype=bool)
    for _, rows in in_time:
        backed_rows |= rows
    periods = tuple(
        _period(batch, members, settings, backed_rows, in_time, late)
        for members in _runs(batch, marked, settings.window_seconds)
    )
    unbacked = sum(not p.backed for p in periods)
    required = settings.stop_requires_report
    window = settings.window_seconds // 60
    reasons = (
        policy.reason(
            "alerts.grouping_window_minutes",
            "alerts.stop-periods",
            f"同一企业、排口标记为F（停运）的预警按开始时间排列，相邻两条相隔不超过{window}分钟"
            f"且其间没有该排口其他标记的预警的，归为同一停运时段；共{len(periods)}个时段。",
            f"Alerts flagged F (stopped) of one enterprise and outlet, in order of start, form "
            f"one period while each starts within {window} minutes of the one before and no alert "
            f"of that outlet flagged otherwise comes between: {len(periods)} periods.",
            window_minutes=window,
            periods=len(periods),
        ),
        stop_mark(
            "标记为F（停运）的数据是排污单位标记的停运；各停运时段列出如下，供与用电、生产记录等"
            "核对。",
            "Data flagged F (stopped) is a stop the source marked; the periods are listed for "
            "verification, e.g. against power or production data.",
            marked_alerts=int(np.count_nonzero(marked)),
        ),
        marking_rule(),
        report_reason(
            policy,
            "alerts.stop-report",
            f"本政策要求停运报告：{len(periods)}个停运时段中{unbacked}个没有事先报备的停运报告"
            "全部覆盖，其停运标记不作为过滤依据。"
            if required
            else f"本政策不要求停运报告；{len(periods)}个停运时段中{unbacked}个没有事先报备的"
            "停运报告全部覆盖，列出供核对。",
            f"This policy requires a stop report: {unbacked} of {len(periods)} periods are not "
            "covered throughout by a stop report announced in advance, and their marks do not "
            "count."
            if required
            else f"This policy requires no stop report; {unbacked} of {len(periods)} periods are "
            "not covered throughout by a stop report announced in advance, listed for "
            "verification.",
            required=required,
            unbacked_periods=unbacked,
        ),
    )
    return Decision[StopPeriods](
        outcome=StopPeriods(
            periods=periods,
            report_required=required,
            marked_alerts=int(np.count_nonzero(marked)),
            unbacked_periods=unbacked,
        ),
        decided_on=policy.on,
        jurisdiction=policy.jurisdiction.code,
        reasons=reasons,
    )


def _rank(names: tuple[str, ...]) -> IntArray:
    """Each code's rank by name: codes follow the input order, names do not."""
    rank: IntArray = np.argsort(np.argsort(np.asarray(names, dtype=object)))
    return rank


def _runs(batch: AlertBatch, marked: BoolArray, window: int) -> list[IntArray]:
    """The rows of each period, periods by enterprise, outlet and start (names, not codes)."""
    if not marked.any():
        return []
    n = len(batch)
    # Sort every alert (flagged F or not) by enterprise, outlet and start, F first at one instant,
    # so that an alert flagged otherwise between two F alerts of the outlet ends the period.
    order = np.lexsort(
        (
            np.arange(n),
            ~marked,
            batch.start,
            _rank(batch.outlets)[batch.outlet],
            _rank(batch.enterprises)[batch.enterprise],
        )
    )
    f, e, o, t = marked[order], batch.enterprise[order], batch.outlet[order], batch.start[order]
    joins = np.zeros(n, dtype=bool)
    joins[1:] = f[1:] & f[:-1] & (e[1:] == e[:-1]) & (o[1:] == o[:-1]) & (t[1:] - t[:-1] <= window)
    rows = order[f]
    first = np.flatnonzero(~joins[f])
    return [part for part in np.split(rows, first[1:]) if len(part)]


def _period(
    batch: AlertBatch,
    rows: IntArray,
    settings: _Settings,
    backed_rows: BoolArray,
    in_time: list[tuple[MaintenanceNotice, BoolArray]],
    late: list[tuple[MaintenanceNotice, BoolArray]],
) -> StopPeriod:
    first, last = int(rows[0]), int(rows[-1])
    kinds = {int(k) for k in batch.kind[rows]}
    value_codes = [_KINDS.index(k) for k in _VALUE_KINDS]
    reported = int(np.count_nonzero(backed_rows[rows]))
    backed = reported == len(rows)
    return StopPeriod(
        enterprise=batch.enterprises[int(batch.enterprise[first])],
        outlet=batch.outlets[int(batch.outlet[first])],
        starts=_instant(int(batch.start[first])),
        ends=_instant(int(batch.start[last])),
        pollutants=tuple(sorted({batch.pollutants[int(p)] for p in batch.pollutant[rows]})),
        kinds=tuple(_KINDS[k] for k in sorted(kinds)),
        alert_ids=tuple(sorted(batch.ids[int(r)] for r in rows)),
        value_alerts=int(np.count_nonzero(np.isin(batch.kind[rows], value_codes))),
        reported_alerts=reported,
        backed=backed,
        reports=tuple(sorted(n.id for n, covered in in_time if covered[rows].any())),
        late_reports=tuple(sorted(n.id for n, covered in late if covered[rows].any())),
        counts=settings.stop_marks and (backed or not settings.stop_requires_report),
    )


check_public(globals(), ("stop_periods",))
