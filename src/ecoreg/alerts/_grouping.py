"""Grouping routed alerts into incidents, so that every alert ends in exactly one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import numpy as np

from ecoreg.core._arrays import IntArray, frozen

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.alerts._columns import AlertBatch, _Routed
    from ecoreg.alerts._models import AlertKind, Tier

__all__ = ["Incident"]


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
