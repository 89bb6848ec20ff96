"""Apache Spark for what outgrows one machine: grading a register, screening HJ 212 minute data.

Needs the ``spark`` extra (PySpark 4, which runs on Java 17, and pyarrow): ``pip install
'ecoreg[spark]'``. PySpark is imported only when a function here is called.

The work is Spark DataFrame transformations on Arrow batches (``mapInArrow``): no Python loop
over rows, nothing collected to the driver. The policy is resolved once on the driver into the
grading settings (plain numbers, 755 bytes pickled), which travel with the function to the
executors; each batch of enterprises is graded there by the same columnar core as
`ecoreg.grade_batch`, so the rows equal the single-process result.

`screen_dataframe` screens a month of HJ 212 minute readings the same way: one series per
outlet, factor and day (the readings partitioned by outlet and factor and sorted, then put on a
grid and through the detectors and `to_alerts` with ``mapInArrow``), then routing and
incidents on all the alerts of an enterprise together (``repartition`` by enterprise,
``mapInArrow``), with the detector and routing settings resolved once on the driver.

Examples:
    >>> import ecoreg.spark
    >>> ecoreg.spark.GRADING_DDL.split(", ")[0]
    'credit_code string'
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np

from ecoreg.alerts._arrow import alerts_from_arrow, incidents_to_arrow, routing_to_arrow
from ecoreg.alerts._batch import _contexts, _routing
from ecoreg.alerts._columns import AlertBatch
from ecoreg.alerts._columns import _Settings as _RoutingSettings
from ecoreg.alerts._models import (
    _FLAGS,
    _KINDS,
    EnterpriseContext,
    Exemption,
    MaintenanceNotice,
)
from ecoreg.core._arrays import FloatArray, IntArray, frozen
from ecoreg.core._boundary import check_public, whole_number
from ecoreg.core._calendar import WorkingCalendar, china_calendar
from ecoreg.core._columnar import pyarrow_module
from ecoreg.core._time import parse_date, shanghai
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._arrow import enterprises_from_arrow, events_from_arrow
from ecoreg.grading._batch import _grade
from ecoreg.grading._engine import _check_dates, _Settings
from ecoreg.monitoring._arguments import shown
from ecoreg.monitoring._detectors import Detection, DetectorSettings, detect
from ecoreg.monitoring._series import Series, _limits, to_alerts

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence
    from decimal import Decimal

    from ecoreg.core._policy import Policy

__all__ = [
    "ALERT_DDL",
    "GRADING_DDL",
    "INCIDENT_DDL",
    "READING_COLUMNS",
    "ROUTING_DDL",
    "Screening",
    "grade_dataframe",
    "screen_dataframe",
]

GRADING_DDL: Final = (
    "credit_code string, credit_score double, credit_level string, risk_score double, "
    "risk_level string, grade string, colour string, positive_list_eligible boolean, "
    "next_change date"
)
"""The Spark schema of `grade_dataframe`'s result (the columns of ``grading_arrow_schema()``)."""

_REGISTER: Final = (
    "credit_code",
    "key_unit",
    "permit_class",
    "drinking_water",
    "other_sensitive",
    "toxic",
)


def _grade_batches(
    batches: Iterator[Any], settings: _Settings, day: dt.date, *, next_change: bool
) -> Iterator[Any]:
    """On an executor: grade each Arrow batch of enterprises with their nested events."""
    pa = pyarrow_module()
    pc = pa.compute
    for batch in batches:
        register = pa.Table.from_batches([batch.select(list(_REGISTER))])
        nested = batch.column("events")
        flat = pc.list_flatten(nested)
        events = pa.table(
            {
                "enterprise": pc.list_parent_indices(nested).cast(pa.int32()),
                "type": flat.field("type"),
                "day": flat.field("day"),
                "value": flat.field("value"),
            }
        )
        ents = enterprises_from_arrow(register)
        table = events_from_arrow(events, len(ents))
        _check_dates(table, day.toordinal(), "events")
        graded = _grade(ents, table, settings, day, next_change=next_change, every_row=False)
        yield from graded.batch.to_arrow().to_batches()


def grade_dataframe(
    register: Any,
    events: Any,
    *,
    policy: Policy,
    on: dt.date | str,
    next_change: bool = True,
) -> Any:
    """Grade an enterprise register joined with its events, as a Spark DataFrame.

    Args:
        register: A Spark DataFrame with the columns of ``enterprise_arrow_schema()``.
        events: A Spark DataFrame of events keyed by ``credit_code`` (string) with ``type``
            (string, the record type), ``day`` (date) and ``value`` (integer) as in
            ``event_arrow_schema()``.
        policy: The policy on ``on`` (resolved on the driver, shipped as its grading settings).
        on: The evaluation date.
        next_change: Whether to work out when each grade would next change.

    Returns:
        A DataFrame of `GRADING_DDL`, one row per enterprise of the register (an enterprise
        without events is graded on its profile alone). Nothing runs until an action.

    Raises:
        InvalidInputError: for a date outside the policy (on the driver); a bad row fails the
            Spark job with the same error, naming the row within its batch.
    """
    functions = __import__("pyspark.sql.functions", fromlist=["collect_list"])
    frame_type = __import__("pyspark.sql", fromlist=["DataFrame"]).DataFrame
    for name, frame in (("register", register), ("events", events)):
        if not isinstance(frame, frame_type):
            raise InvalidInputError(
                field=name, value=type(frame).__name__, allowed="a Spark DataFrame"
            )
    day = parse_date(on, field="on")
    policy.check_date(day, "on")
    settings = _Settings.of(policy)
    missing = [c for c in ("credit_code", "type", "day", "value") if c not in events.columns]
    if missing:
        raise InvalidInputError(
            field=f"events.{missing[0]}",
            value="missing",
            allowed="the columns credit_code (the enterprise's code), type, day and value; "
            f"the frame has {', '.join(events.columns)}",
        )
    nested = events.groupBy("credit_code").agg(
        functions.collect_list(functions.struct("type", "day", "value")).alias("events")
    )
    joined = register.select(*_REGISTER).join(nested, "credit_code", "left")

    def grade(batches: Iterator[Any]) -> Iterator[Any]:
        return _grade_batches(batches, settings, day, next_change=next_change)

    return joined.mapInArrow(grade, GRADING_DDL)


# --- HJ 212 screening ------------------------------------------------------------------------

ALERT_DDL: Final = (
    "id string, enterprise string, outlet string, pollutant string, kind string, "
    "start timestamp, flag string"
)
"""The Spark schema of `Screening.alerts` (the columns of ``alert_arrow_schema()``)."""

ROUTING_DDL: Final = (
    ALERT_DDL + ", suppress tinyint, tier string, tier_cause string, respond_by timestamp, "
    "self_check_until timestamp, tampering boolean, incident bigint"
)
"""The Spark schema of `Screening.routing`: each alert's columns, then those of
``routing_arrow_schema()`` after its ``id``; ``incident`` is numbered within the enterprise."""

INCIDENT_DDL: Final = (
    "incident bigint, enterprise string, outlet string, pollutant string, kind string, "
    "alerts bigint, first_start timestamp, last_start timestamp, tier string, "
    "respond_by timestamp"
)
"""The Spark schema of `Screening.incidents` (the columns of ``incident_arrow_schema()``);
``incident`` is numbered within the enterprise."""

READING_COLUMNS: Final = ("mn", "factor", "time", "value")
"""The columns `screen_dataframe` needs; ``flag`` and ``enterprise`` are optional."""

_DAY: Final = 86_400
_MINUTES: Final = 1_440
_GATHER: Final = 500_000
"""Readings gathered on an executor before they are screened (about 350 outlet-days: 6 MB of
values and flags on the grid, the detectors' blocks of 256 rows full)."""
_MAX_DAYS: Final = 366


@attrs.frozen
class _Screen:
    """What the executors need, resolved on the driver: plain data, pickled with the function."""

    origin: int
    """Epoch seconds of the first day's midnight in Asia/Shanghai."""
    days: int
    detectors: DetectorSettings
    limits: Mapping[str, Decimal | int | str]
    routing: _RoutingSettings
    contexts: Mapping[str, EnterpriseContext]
    notices: tuple[MaintenanceNotice, ...]
    exemptions: tuple[Exemption, ...]
    calendar: WorkingCalendar


def _utc(seconds: Any) -> Any:
    """Epoch seconds as the timestamps Spark reads from Arrow (microseconds, UTC)."""
    pa = pyarrow_module()
    return pa.array(np.asarray(seconds, dtype=np.int64) * 1_000_000, pa.int64()).cast(
        pa.timestamp("us", tz="UTC")
    )


def _alerts_table(batch: AlertBatch) -> Any:
    """An `AlertBatch` as Arrow columns of `ALERT_DDL` (what `route_alerts` reads back)."""
    pa = pyarrow_module()

    def names(table: tuple[str, ...], codes: Any) -> Any:
        return pa.array(table, pa.string()).take(pa.array(codes))

    return pa.table(
        {
            "id": pa.array(list(batch.ids), pa.string()),
            "enterprise": names(batch.enterprises, batch.enterprise),
            "outlet": names(batch.outlets, batch.outlet),
            "pollutant": names(batch.pollutants, batch.pollutant),
            "kind": names(tuple(k.value for k in _KINDS), batch.kind),
            "start": _utc(batch.start),
            "flag": names(tuple(f.value for f in _FLAGS), batch.flag),
        }
    )


def _key_changes(table: Any) -> Any:
    """Where the outlet key (enterprise, MN, factor) changes: ``True`` before row ``i + 1``."""
    pc = pyarrow_module().compute
    n = table.num_rows
    change = np.zeros(max(n - 1, 0), dtype=bool)
    for name in ("enterprise", "mn", "factor"):
        column = table.column(name)
        if column.null_count:
            raise InvalidInputError(
                field=name, value=None, allowed="a non-empty text in every reading"
            )
        change |= np.asarray(
            pc.not_equal(column.slice(1), column.slice(0, n - 1)).to_numpy(zero_copy_only=False),
            dtype=bool,
        )
    return change


def _grid(table: Any, group: IntArray, days: int) -> tuple[FloatArray, Any]:
    """The readings of ``table`` on a grid: row ``group * days + day``, column the minute."""
    pa = pyarrow_module()
    pc = pa.compute
    rows = int(group[-1]) + 1 if len(group) else 0
    day = np.asarray(table.column("day").to_numpy(), dtype=np.int64)
    sent = np.flatnonzero(day >= 0)  # the others are off the grid or outside the days
    row = group[sent] * days + day[sent]
    at = np.asarray(table.column("minute").to_numpy(), dtype=np.int64)[sent]
    values = np.full((rows * days, _MINUTES), np.nan)
    values[row, at] = np.asarray(
        table.column("value").fill_null(np.nan).to_numpy(), dtype=np.float64
    )[sent]
    letters = table.column("flag").fill_null("")
    wide = pc.greater(pc.utf8_length(letters), 1)
    if pc.any(wide).as_py():
        bad = letters.filter(wide)[0].as_py()
        raise InvalidInputError(
            field="flag", value=shown(bad), allowed="one HJ 212 flag letter, or null for none"
        )
    flags = np.full((rows * days, _MINUTES), "", dtype="U1")
    flags[row, at] = np.asarray(letters.to_numpy(), dtype="U1")[sent]
    return values, flags


def _screen_groups(table: Any, job: _Screen) -> Iterator[Any]:
    """Alerts of whole outlet keys: every day of each, through the detectors and `to_alerts`."""
    pa = pyarrow_module()
    opens = np.concatenate(([True], _key_changes(table)))
    group = np.cumsum(opens) - 1
    first = np.flatnonzero(opens)
    keys = table.take(pa.array(first)).select(["enterprise", "mn", "factor"]).to_pydict()
    values, flags = _grid(table, group, job.days)
    detection = detect(values, flags=flags, settings=job.detectors)
    owners = dict(zip(keys["mn"], keys["enterprise"], strict=True))
    stations, factors = tuple(keys["mn"]), tuple(keys["factor"])
    every = np.arange(len(first)) * job.days
    for day in range(job.days):
        rows = every + day
        series = Series(
            stations=stations,
            factors=factors,
            cn="2051",
            kind="avg",
            start=job.origin + _DAY * day,
            minutes_per_point=1,
            values=frozen(values[rows]),
            flags=frozen(flags[rows]),
            outside=0,
            off_grid=0,
            repeated=0,
        )
        found = to_alerts(series, _rows_of(detection, rows), enterprises=owners, limits=job.limits)
        if len(found):
            yield from _alerts_table(found).to_batches()


def _rows_of(detection: Detection, rows: IntArray) -> Detection:
    """The detection of some rows (the detectors judge each row alone)."""
    columns: dict[str, Any] = {
        field.name: None if column is None else frozen(column[rows])
        for field in attrs.fields(Detection)[1:]
        for column in (getattr(detection, field.name),)
    }
    return Detection(settings=detection.settings, **columns)


def _screen_stream(batches: Iterator[Any], job: _Screen, gather: int = _GATHER) -> Iterator[Any]:
    """On an executor: readings sorted by outlet key → alerts, whole keys at a time.

    Batches are gathered until they hold ``gather`` readings; the complete keys are screened
    and the last key, which may go on in the next batch, is kept for it.
    """
    pa = pyarrow_module()
    held: list[Any] = []
    count = 0
    for batch in batches:
        if not batch.num_rows:
            continue
        held.append(batch)
        count += batch.num_rows
        if count < gather:
            continue
        table = pa.Table.from_batches(held).combine_chunks()
        change = np.flatnonzero(_key_changes(table))
        if not len(change):
            continue  # one key so far: keep gathering
        last = int(change[-1]) + 1
        yield from _screen_groups(table.slice(0, last), job)
        held = table.slice(last).to_batches()
        count = table.num_rows - last
    if held:
        yield from _screen_groups(pa.Table.from_batches(held).combine_chunks(), job)


def _within_enterprise(enterprise: Any) -> IntArray:
    """Incident numbers from 0 within each enterprise (rows sorted by enterprise first)."""
    n = len(enterprise)
    opens = np.ones(n, dtype=bool)
    if n > 1:
        opens[1:] = np.asarray(enterprise[1:], dtype=object) != np.asarray(
            enterprise[:-1], dtype=object
        )
    first = np.maximum.accumulate(np.where(opens, np.arange(n), 0))
    local: IntArray = np.arange(n, dtype=np.int64) - first
    return local


def _route_partition(batches: Iterator[Any], job: _Screen) -> Any:
    """All the alerts of a partition (every alert of its enterprises) routed at once."""
    pa = pyarrow_module()
    given = [b for b in batches if b.num_rows]
    if not given:
        return None, None
    table = pa.Table.from_batches(given)
    batch = alerts_from_arrow(table)
    routing = _routing(
        batch, job.contexts, job.notices, job.exemptions, job.routing, job.calendar, ()
    )
    return table, routing


def _routing_batches(batches: Iterator[Any], job: _Screen) -> Iterator[Any]:
    """On an executor: the routing of each alert of the partition, incidents numbered per firm."""
    pa = pyarrow_module()
    table, routing = _route_partition(batches, job)
    if routing is None:
        return
    incidents = incidents_to_arrow(routing)
    local = _within_enterprise(incidents.column("enterprise").to_pylist())
    number = routing.incident
    kept = number >= 0
    renumbered = np.where(kept, local[np.where(kept, number, 0)], -1)
    routed = routing_to_arrow(routing)
    columns = {name: table.column(name) for name in table.column_names}
    for name in routed.column_names[1:]:
        columns[name] = routed.column(name)
    for name in ("respond_by", "self_check_until"):
        seconds = routing.respond_by if name == "respond_by" else routing.self_check_until
        columns[name] = pa.array(
            np.asarray(seconds, dtype=np.int64) * 1_000_000, pa.int64(), mask=seconds < 0
        ).cast(pa.timestamp("us", tz="UTC"))
    columns["incident"] = pa.array(renumbered, pa.int64(), mask=~kept)
    yield from pa.table(columns).to_batches()


def _incident_batches(batches: Iterator[Any], job: _Screen) -> Iterator[Any]:
    """On an executor: the incidents of the partition's enterprises, numbered per firm."""
    pa = pyarrow_module()
    _, routing = _route_partition(batches, job)
    if routing is None or not routing.incident_count:
        return
    incidents = incidents_to_arrow(routing)
    columns = {name: incidents.column(name) for name in incidents.column_names}
    columns["incident"] = pa.array(
        _within_enterprise(incidents.column("enterprise").to_pylist()), pa.int64()
    )
    for name in ("first_start", "last_start", "respond_by"):
        columns[name] = columns[name].cast(pa.timestamp("us", tz="UTC"))
    yield from pa.table(columns).to_batches()


@attrs.frozen
class Screening:
    """The DataFrames of `screen_dataframe` (lazy: nothing runs until an action).

    Both ``routing`` and ``incidents`` are computed from ``alerts``: persist ``alerts`` (or
    the readings) when both are written, or the detectors run once for each.

    The frames hold the columns only: the policy's citations and the ``calendar.provisional``
    notice (deadlines through a year whose holidays are not published) of
    ``BatchRouting.summary`` are not in them; ``route_alerts`` of a few alerts gives both.
    """

    alerts: Any
    """`ALERT_DDL`: one row per alert, as `to_alerts` gives them."""
    routing: Any
    """`ROUTING_DDL`: one row per alert with its routing (as ``BatchRouting.to_arrow``)."""
    incidents: Any
    """`INCIDENT_DDL`: one row per incident (as ``BatchRouting.incidents_to_arrow``)."""


def screen_dataframe(
    readings: Any,
    *,
    policy: Policy,
    start: dt.date | str,
    days: int,
    limits: Mapping[str, Decimal | int | str] | None = None,
    contexts: Mapping[str, EnterpriseContext] | Iterable[EnterpriseContext] = (),
    notices: Sequence[MaintenanceNotice] = (),
    exemptions: Sequence[Exemption] = (),
    calendar: WorkingCalendar | None = None,
    partitions: int | None = None,
) -> Screening:
    """Screen HJ 212 minute readings as Spark transformations: series, detectors, alerts, routing.

    The same as, in one process, `to_series` of each day (``cn="2051"``, 1,440 one-minute
    points from midnight in Asia/Shanghai) over the readings, `Series.detect` and `to_alerts`
    of each day, and `route_alerts` of all those alerts at once:

    1. the readings ``repartition``-ed by outlet and factor and sorted within each partition,
       so that an executor meets all the readings of an outlet's factor together;
    2. on the executors (``mapInArrow``), a gathered run of outlet keys put on one series per
       outlet, factor and day: every outlet and factor of the readings has a series on every
       day, a day it sent nothing being all gap; a reading off the minute grid or outside the
       days is left out (as `to_series` counts it), and of a minute sent twice the later
       reading is kept: by ``position`` where the readings have it (the column
       `Readings.to_arrow` writes: frame order, as `to_series`), else the higher value; then the detectors, and `to_alerts` day by day;
    3. the alerts ``repartition``-ed by enterprise and routed partition by partition
       (``mapInArrow``), so that the grouping into incidents sees every alert of an
       enterprise, across day boundaries, and no alert of another one.

    The detector and routing settings, the limits and the calendar are read from the policy
    once here, on the driver, and travel to the executors with the functions.

    Args:
        readings: A Spark DataFrame with ``mn`` (the outlet's data collector), ``factor`` (the
            HJ 212 factor code), ``time`` (a timestamp), ``value`` (a number; null for none),
            and optionally ``flag`` (the HJ 212 data flag letter; null for none),
            ``enterprise`` (the outlet's enterprise, by default its MN) and ``position`` (the
            frame's place in the capture, as `Readings.to_arrow` writes it: of a minute sent
            twice the later frame's reading is kept, else the higher value).
        policy: The policy whose detector thresholds and alert routing apply.
        start: The first day screened.
        days: How many days, 1 to 366.
        limits: Concentration limits per factor code (`to_alerts`).
        contexts: Enterprise contexts for the tiers (`route_alerts`).
        notices: Announced maintenance, calibration and stop reports (`route_alerts`).
        exemptions: Exemptions (`route_alerts`).
        calendar: The working calendar (by default the Chinese calendar).
        partitions: Partitions of the routing stage (by default Spark's shuffle partitions).

    Returns:
        A `Screening`: alerts (`ALERT_DDL`), routing (`ROUTING_DDL`) and incidents
        (`INCIDENT_DDL`). Incidents are numbered from 0 within each enterprise in the order
        `route_alerts` numbers them (outlet, pollutant, kind, first start): the single
        process's number is this one plus the incidents of the enterprises before it.

    Raises:
        InvalidInputError: on the driver, for a frame that is not a Spark DataFrame or lacks a
            column, a day outside the policy, a bad limit or count of days; a bad reading
            fails the Spark job with the error of the single-process path.

    Examples:
        >>> ROUTING_DDL.split(", ")[7]
        'suppress tinyint'
    """
    functions = __import__("pyspark.sql.functions", fromlist=["col"])
    frame_type = __import__("pyspark.sql", fromlist=["DataFrame"]).DataFrame
    if not isinstance(readings, frame_type):
        raise InvalidInputError(
            field="readings", value=type(readings).__name__, allowed="a Spark DataFrame"
        )
    missing = [c for c in READING_COLUMNS if c not in readings.columns]
    if missing:
        raise InvalidInputError(
            field=f"readings.{missing[0]}",
            value="missing",
            allowed="the columns mn, factor, time and value (flag and enterprise optional); "
            f"the frame has {', '.join(readings.columns)}",
        )
    first = parse_date(start, field="start")
    count = whole_number(days, "days", 1, _MAX_DAYS)
    policy.check_date(first, "start")
    _limits(limits)  # a bad limit fails here, not on an executor
    origin = int(dt.datetime.combine(first, dt.time(), tzinfo=shanghai()).timestamp())
    if partitions is not None:
        whole_number(partitions, "partitions", 1, 1_000_000)
    job = _Screen(
        origin=origin,
        days=count,
        detectors=DetectorSettings.of(policy, minutes_per_point=1),
        limits=dict(limits or {}),
        routing=_RoutingSettings.of(policy),
        contexts=_contexts(contexts),
        notices=tuple(notices),
        exemptions=tuple(exemptions),
        calendar=calendar or china_calendar(),
    )
    f = functions
    columns = set(readings.columns)
    micros = f.unix_micros(f.col("time")) - f.lit(origin * 1_000_000)
    base = readings.select(
        (f.col("enterprise") if "enterprise" in columns else f.col("mn")).alias("enterprise"),
        f.col("mn"),
        f.col("factor"),
        f.floor(micros / (_DAY * 1_000_000)).cast("int").alias("day"),
        (f.pmod(micros, f.lit(_DAY * 1_000_000)) / 60_000_000).cast("int").alias("minute"),
        (micros % 60_000_000 == 0).alias("on_grid"),
        f.col("value").cast("double").alias("value"),
        (f.col("flag").cast("string") if "flag" in columns else f.lit(None).cast("string")).alias(
            "flag"
        ),
        (
            f.col("position").cast("long") if "position" in columns else f.lit(None).cast("long")
        ).alias("position"),
    )
    # A reading off the minute grid or outside the days keeps its outlet key (every key gets
    # its days, as every row of to_series does) but no point: day -1.
    inside = f.col("on_grid") & (f.col("day") >= 0) & (f.col("day") < count)
    stream = (
        base.select(
            "enterprise",
            "mn",
            "factor",
            f.when(inside, f.col("day")).otherwise(f.lit(-1)).alias("day"),
            "minute",
            "value",
            "flag",
        )
        .repartition(*(() if partitions is None else (partitions,)), "mn", "factor")
        # A minute sent twice: the later reading is kept, so the order is made total: by the
        # frame's position where the readings carry one (`Readings.to_arrow`), as `to_series`
        # keeps the later frame, then by value and flag (the higher kept), the same every run.
        .sortWithinPartitions(
            "enterprise", "mn", "factor", "day", "minute", "position", "value", "flag"
        )
        .drop("position")
    )

    def screen(batches: Iterator[Any]) -> Iterator[Any]:
        return _screen_stream(batches, job)

    def route(batches: Iterator[Any]) -> Iterator[Any]:
        return _routing_batches(batches, job)

    def group(batches: Iterator[Any]) -> Iterator[Any]:
        return _incident_batches(batches, job)

    alerts = stream.mapInArrow(screen, ALERT_DDL)
    by_firm = alerts.repartition(*(() if partitions is None else (partitions,)), "enterprise")
    return Screening(
        alerts=alerts,
        routing=by_firm.mapInArrow(route, ROUTING_DDL),
        incidents=by_firm.mapInArrow(group, INCIDENT_DDL),
    )


check_public(globals(), ("grade_dataframe", "screen_dataframe"))
