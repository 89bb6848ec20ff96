"""Alerts through Apache Arrow: a day's alerts in, the routing and the incidents out.

Every column is checked whole (Arrow compute and NumPy, no loop over rows); a refusal names the
column, the first bad row in input order, its value and what is allowed, as
`AlertBatch.from_columns` does. pyarrow is imported lazily (the ``arrow`` extra).
"""

from __future__ import annotations

from typing import Any, Final

import numpy as np

from ecoreg.alerts._columns import AlertBatch
from ecoreg.alerts._models import (
    _CAUSES,
    _FIRST_SECOND,
    _FLAG_CODE,
    _KIND_CODE,
    _KINDS,
    _LAST_SECOND,
    _TIERS,
)
from ecoreg.core._arrays import frozen
from ecoreg.core._boundary import check_public
from ecoreg.core._columnar import (
    ArrowStrings,
    arrow_column,
    arrow_table,
    dictionary_codes,
    empty_string_row,
    epoch_seconds,
    factorize,
    first_true,
    pyarrow_module,
)
from ecoreg.core._time import FIRST_DAY, LAST_DAY
from ecoreg.exceptions import InvalidInputError

__all__ = [
    "alert_arrow_schema",
    "alerts_from_arrow",
    "incident_arrow_schema",
    "incidents_to_arrow",
    "routing_arrow_schema",
    "routing_to_arrow",
]

_ZONE: Final = "Asia/Shanghai"


def _schema(columns: tuple[tuple[str, Any, str], ...]) -> Any:
    pa = pyarrow_module()
    return pa.schema(
        [
            # A column that may hold nulls says so in its description ("null ...").
            pa.field(name, typ, nullable="null" in doc, metadata={"description": doc})
            for name, typ, doc in columns
        ]
    )


def alert_arrow_schema() -> Any:
    """The Arrow schema of alerts as `route_alerts` reads them (one row per alert).

    ``start`` may also be epoch seconds (integers) or a timestamp of any unit with a zone;
    ``flag`` may be left out (all normal); strings may be ``large_string`` or dictionaries.

    Examples:
        >>> alert_arrow_schema().names
        ['id', 'enterprise', 'outlet', 'pollutant', 'kind', 'start', 'flag']
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("id", pa.string(), "the alert's id"),
            ("enterprise", pa.string(), "the enterprise (non-empty)"),
            ("outlet", pa.string(), "the outlet (排放口, non-empty)"),
            ("pollutant", pa.string(), "the pollutant (non-empty)"),
            ("kind", pa.string(), ", ".join(k.value for k in _KINDS)),
            (
                "start",
                pa.timestamp("s", tz=_ZONE),
                f"when the alert began, {FIRST_DAY} to {LAST_DAY}",
            ),
            (
                "flag",
                pa.string(),
                "the HJ 212 data flag: " + ", ".join(f.value for f in _FLAG_CODE),
            ),
        )
    )


def routing_arrow_schema() -> Any:
    """The Arrow schema of `BatchRouting.to_arrow` (one row per alert, in input order).

    Examples:
        >>> routing_arrow_schema().field("incident").nullable
        True
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("id", pa.string(), "the alert's id"),
            (
                "suppress",
                pa.int8(),
                "bits: 1 flag, 2 maintenance, 4 calibration, 8 exemption, 16 stop mark; 0 kept",
            ),
            ("tier", pa.string(), ", ".join(t.value for t in _TIERS)),
            ("tier_cause", pa.string(), ", ".join(c.value for c in _CAUSES)),
            ("respond_by", pa.timestamp("s", tz=_ZONE), "the response deadline"),
            (
                "self_check_until",
                pa.timestamp("s", tz=_ZONE),
                "the end of the self-check window; null for none",
            ),
            ("tampering", pa.bool_(), "a tampering signal (never suppressed)"),
            ("incident", pa.int64(), "the incident's number; null for a suppressed alert"),
        )
    )


def incident_arrow_schema() -> Any:
    """The Arrow schema of `BatchRouting.incidents_to_arrow` (one row per incident, by number).

    Examples:
        >>> incident_arrow_schema().names[:3]
        ['incident', 'enterprise', 'outlet']
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("incident", pa.int64(), "the incident's number"),
            ("enterprise", pa.string(), "the enterprise"),
            ("outlet", pa.string(), "the outlet"),
            ("pollutant", pa.string(), "the pollutant"),
            ("kind", pa.string(), "the alert kind"),
            ("alerts", pa.int64(), "how many alerts it holds"),
            ("first_start", pa.timestamp("s", tz=_ZONE), "its first alert's start"),
            ("last_start", pa.timestamp("s", tz=_ZONE), "its last alert's start"),
            ("tier", pa.string(), "the highest tier of its alerts"),
            ("respond_by", pa.timestamp("s", tz=_ZONE), "the earliest deadline of its alerts"),
        )
    )


def _names(arr: Any, field: str) -> tuple[tuple[str, ...], Any]:
    row = empty_string_row(arr)
    if row >= 0:
        raise InvalidInputError(field=f"{field}.{row}", value="", allowed="a non-empty string")
    names, codes = factorize(arr)
    return names, frozen(codes)


def alerts_from_arrow(data: object) -> AlertBatch:
    """An `AlertBatch` from Arrow alerts (`alert_arrow_schema`), every column checked whole.

    Raises:
        InvalidInputError: naming the column and the first bad row, as ``from_columns``.
    """
    pa = pyarrow_module()
    table = arrow_table(data, "alerts")
    ids = arrow_column(table, "id", "str")
    start = epoch_seconds(arrow_column(table, "start", "timestamp"))
    row = first_true((start < _FIRST_SECOND) | (start > _LAST_SECOND))
    if row >= 0:
        raise InvalidInputError(
            field=f"start.{row}",
            value=int(start[row]),
            allowed=f"epoch seconds from {_FIRST_SECOND} to {_LAST_SECOND} "
            f"({FIRST_DAY} to {LAST_DAY}, the days ecoreg supports)",
        )
    ents, ent_codes = _names(arrow_column(table, "enterprise", "str"), "enterprise")
    outs, out_codes = _names(arrow_column(table, "outlet", "str"), "outlet")
    pols, pol_codes = _names(arrow_column(table, "pollutant", "str"), "pollutant")
    flags = (
        np.zeros(table.num_rows, dtype=np.int64)
        if "flag" not in table.column_names
        else dictionary_codes(
            arrow_column(table, "flag", "str"),
            {f.value: i for f, i in _FLAG_CODE.items()},
            "flag",
            "one of " + ", ".join(f.value for f in _FLAG_CODE),
        ).astype(np.int64)
    )
    kind = dictionary_codes(
        arrow_column(table, "kind", "str"),
        {k.value: i for k, i in _KIND_CODE.items()},
        "kind",
        "one of " + ", ".join(k.value for k in _KIND_CODE),
    ).astype(np.int64)
    if pa.types.is_dictionary(ids.type):
        ids = ids.dictionary_decode()
    if not pa.types.is_string(ids.type):
        ids = ids.cast(pa.string())
    return AlertBatch(
        ids=ArrowStrings(ids),
        enterprises=ents,
        enterprise=ent_codes,
        outlet=out_codes,
        pollutant=pol_codes,
        outlets=outs,
        pollutants=pols,
        kind=frozen(kind),
        flag=frozen(flags),
        start=frozen(start.astype(np.int64, copy=True)),
    )


def _ids(batch: AlertBatch) -> Any:
    pa = pyarrow_module()
    ids = batch.ids
    return ids.to_arrow() if isinstance(ids, ArrowStrings) else pa.array(ids, type=pa.string())


def _instants(seconds: Any, null: Any = None) -> Any:
    pa = pyarrow_module()
    return pa.array(seconds, type=pa.int64(), mask=null).cast(pa.timestamp("s", tz=_ZONE))


def _words(values: tuple[str, ...], index: Any) -> Any:
    pa = pyarrow_module()
    return pa.array(list(values), type=pa.string()).take(pa.array(index))


def routing_to_arrow(routing: Any) -> Any:
    """A `BatchRouting`'s per-alert columns as an Arrow table (`routing_arrow_schema`)."""
    pa = pyarrow_module()
    incident = routing.incident
    return pa.Table.from_arrays(
        [
            _ids(routing.batch),
            pa.array(routing.suppress.astype(np.int8)),
            _words(tuple(t.value for t in _TIERS), routing.tier),
            _words(tuple(c.value for c in _CAUSES), routing.tier_cause),
            _instants(routing.respond_by),
            _instants(routing.self_check_until, routing.self_check_until < 0),
            pa.array(routing.tampering),
            pa.array(incident, type=pa.int64(), mask=incident < 0),
        ],
        schema=routing_arrow_schema(),
    )


def incidents_to_arrow(routing: Any) -> Any:
    """A `BatchRouting`'s incidents as an Arrow table (`incident_arrow_schema`), no row loop."""
    pa = pyarrow_module()
    batch = routing.batch
    bounds, order = routing.incident_bounds, routing.incident_order
    first = order[bounds[:-1]]
    last = order[bounds[1:] - 1] if len(bounds) > 1 else first
    return pa.Table.from_arrays(
        [
            pa.array(np.arange(len(bounds) - 1, dtype=np.int64)),
            _words(batch.enterprises, batch.enterprise[first]),
            _words(batch.outlets, batch.outlet[first]),
            _words(batch.pollutants, batch.pollutant[first]),
            _words(tuple(k.value for k in _KINDS), batch.kind[first]),
            pa.array(np.diff(bounds).astype(np.int64)),
            _instants(batch.start[first]),
            _instants(batch.start[last]),
            _words(tuple(t.value for t in _TIERS), routing.incident_tier),
            _instants(routing.incident_respond_by),
        ],
        schema=incident_arrow_schema(),
    )


check_public(globals(), ("alert_arrow_schema", "incident_arrow_schema", "routing_arrow_schema"))
