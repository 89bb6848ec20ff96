"""ecoreg.spark (issue 26): grading in a local Spark session equals grade_batch row for row."""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pytest

import ecoreg
from ecoreg.grading._arrow import EVENT_TYPES

if TYPE_CHECKING:
    from collections.abc import Iterator

pyspark = pytest.importorskip("pyspark", reason="the spark extra is not installed")

ON = dt.date(2026, 11, 1)
# PySpark 4.3 warns that it does not fully support pandas 3 (the dev environment's); ecoreg's
# Spark functions hand Arrow batches to mapInArrow and use no pandas.
pytestmark = pytest.mark.filterwarnings(
    "ignore:PySpark does not yet fully support pandas:FutureWarning"
)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the executors run this interpreter
    session = (
        pyspark.sql.SparkSession.builder.master("local[2]")
        .appName("ecoreg-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "3")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "7")  # several batches
        .getOrCreate()
    )
    yield session
    session.stop()


def _code(i: int) -> str:
    body = f"91440300{i:09d}"
    return body + ecoreg.credit_code_check_char(body)


def _data(n: int, per: int, seed: int) -> tuple[pa.Table, pa.Table]:
    rng = np.random.default_rng(seed)
    register = pa.table(
        {
            "credit_code": [_code(i) for i in range(n)],
            "key_unit": rng.random(n) < 0.3,
            "permit_class": rng.choice(["key", "simplified", "registration"], n).tolist(),
            "drinking_water": rng.random(n) < 0.2,
            "other_sensitive": rng.random(n) < 0.2,
            "toxic": rng.random(n) < 0.3,
        }
    )
    m = n * per
    kinds = rng.integers(0, 6, m)
    owners = rng.integers(0, n - 5, m)  # the last five firms have no events
    events = pa.table(
        {
            "enterprise": pa.array(owners, pa.int32()),
            "type": pa.array(np.array(list(EVENT_TYPES))[kinds]),
            "day": pa.array([ON - dt.timedelta(days=int(d)) for d in rng.integers(0, 1000, m)]),
            "value": pa.array(
                np.where(kinds == 0, rng.integers(0, 3, m), rng.integers(0, 2, m)), pa.int8()
            ),
        }
    )
    return register, events


@pytest.mark.parametrize("code", ["CN", "CN-SN"])
def test_grading_in_spark_equals_grade_batch_row_for_row(spark: Any, code: str) -> None:
    import ecoreg.spark  # noqa: PLC0415 - after the session is up

    register, events = _data(60, 6, 3)
    policy = ecoreg.standard_policy_book().resolve(code, ON)
    expected = ecoreg.grade_batch(register, events, policy=policy, on=ON).to_arrow()
    keyed = events.append_column(
        "credit_code", register.column("credit_code").take(events.column("enterprise"))
    ).drop_columns(["enterprise"])
    result = ecoreg.spark.grade_dataframe(
        spark.createDataFrame(register),
        spark.createDataFrame(keyed),
        policy=policy,
        on=ON,
    )
    rows = sorted(result.toArrow().to_pylist(), key=lambda r: r["credit_code"])
    assert rows == sorted(expected.to_pylist(), key=lambda r: r["credit_code"])
    assert len(rows) == 60


def test_events_without_credit_codes_are_refused_on_the_driver(spark: Any) -> None:
    import ecoreg.spark  # noqa: PLC0415 - after the session is up

    register, _ = _data(6, 0, 1)
    frame = spark.createDataFrame(register)
    policy = ecoreg.standard_policy_book().resolve("CN", ON)
    with pytest.raises(ecoreg.exceptions.InvalidInputError) as info:
        ecoreg.spark.grade_dataframe(frame, frame, policy=policy, on=ON)
    assert (info.value.field, info.value.value) == ("events.type", "missing")


# --- HJ 212 screening: a month's shape in small, on Spark and in one process ---------------

DAY1 = dt.date(2026, 11, 2)
DAYS = 3
T = DAYS * 1440
LIMITS: dict[str, str | int] = {"a21026": "300", "a21002": 100}
OWNERS = {"MN01": "E1", "MN02": "E1", "MN03": "E2", "MN04": "E3"}


def _minutes() -> dict[tuple[str, str], tuple[np.ndarray, np.ndarray]]:
    """Three days of minute values (NaN: nothing sent) and flags per outlet and factor."""
    rng = np.random.default_rng(11)
    out = {}
    for mn in OWNERS:
        for factor in LIMITS:
            out[mn, factor] = (np.round(30 + rng.normal(0, 3, T), 1), np.full(T, "N", dtype="U1"))
    d1, d2 = 1440, 2880
    out["MN01", "a21026"][0][d1 + 600 : d1 + 900] = 35.0  # 5 h flat on day 2: flat, constant
    out["MN01", "a21002"][0][120:210] = 0.0  # 90 min of zeros on day 1
    out["MN01", "a21002"][1][500:600] = ""  # sent without a flag (null in Spark)
    out["MN02", "a21026"][0][d1 - 30 : d1 + 40] = np.nan  # a gap over midnight, days 1-2
    values, flags = out["MN02", "a21002"]
    values[d2 + 600 : d2 + 720] = 150.0  # a sudden rise over the limit (100) on day 3
    values[300:330], flags[300:330] = 200.0, "F"  # over the limit while stopped (F)
    out["MN03", "a21026"][0][d2 - 10 : d2 + 20] = 400.0  # over the limit (300) over midnight
    out["MN03", "a21002"][0][d2:] = np.nan  # silent all of day 3
    values, flags = out["MN04", "a21026"]
    values[400:700], flags[400:700] = 20.0, "M"  # flat under maintenance: not judged
    values, flags = out["MN04", "a21002"]
    values[d1 + 100 : d1 + 130], flags[d1 + 100 : d1 + 130] = 150.0, "M"  # over, in maintenance
    out["MN04", "a21002"][0][:d1] = np.nan  # silent on day 1 ...
    out["MN04", "a21002"][0][d2:] = np.nan  # ... and on day 3
    return out


def _readings_table(origin: int) -> pa.Table:
    """The minute readings as rows, with readings off the grid and outside the three days."""
    mns, factors, times, values, flags = [], [], [], [], []
    for (mn, factor), (v, f) in _minutes().items():
        sent = np.flatnonzero(~np.isnan(v))
        mns += [mn] * len(sent)
        factors += [factor] * len(sent)
        times += (origin + 60 * sent).tolist()
        values += v[sent].tolist()
        flags += f[sent].tolist()
    for offset in (30, -60, 60 * T):  # off the minute grid, before day 1, after day 3
        mns.append("MN01")
        factors.append("a21026")
        times.append(origin + offset)
        values.append(999.0)
        flags.append("N")
    # A minute sent twice more (MN02's a21026 at 10:00 on day 2): over the limit, then as before.
    # The later frame's reading is kept (by `position`); keeping the higher one would add an
    # exceedance alert the single process does not have.
    v, f = _minutes()[("MN02", "a21026")]
    minute = 1440 + 600
    assert not np.isnan(v[minute])
    assert v[minute] < 300
    for value in (9999.0, float(v[minute])):
        mns.append("MN02")
        factors.append("a21026")
        times.append(origin + 60 * minute)
        values.append(value)
        flags.append(f[minute])
    return pa.table(
        {
            "enterprise": [OWNERS[m] for m in mns],
            "mn": mns,
            "factor": factors,
            "time": pa.array(np.array(times) * 1_000_000, pa.int64()).cast(
                pa.timestamp("us", tz="UTC")
            ),
            "value": values,
            "flag": pa.array([f or None for f in flags], pa.string()),
            "position": pa.array(np.arange(len(mns)), pa.int64()),
        }
    )


def _routing_data() -> dict[str, Any]:
    """A key unit (E1), a maintenance notice over MN04's M-flagged exceedance on day 2, and an
    exemption of E2's missing data on day 3: shipped to the executors, used by the routing."""
    at = dt.datetime.combine(DAY1, dt.time(), tzinfo=SHANGHAI)
    hour = dt.timedelta(hours=1)
    return {
        "contexts": {"E1": ecoreg.alerts.EnterpriseContext(enterprise="E1", key_unit=True)},
        "notices": (
            ecoreg.alerts.MaintenanceNotice(
                id="N1",
                enterprise="E3",
                outlet="MN04",
                kind=ecoreg.alerts.NoticeKind.MAINTENANCE,
                starts=at + 25 * hour,
                ends=at + 27 * hour,
                announced_at=at + 12 * hour,
            ),
        ),
        "exemptions": (
            ecoreg.alerts.Exemption(
                id="X1",
                enterprise="E2",
                kinds=(ecoreg.alerts.AlertKind.MISSING_DATA,),
                starts=at + 48 * hour,
                ends=at + 72 * hour,
                reason_zh="设备更换",
                reason_en="analyser replaced",
            ),
        ),
    }


def _single_process(table: pa.Table, policy: Any) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Each day's `to_series` → `detect` → `to_alerts`, then `route_alerts` of them all."""
    from ecoreg.monitoring.hj212 import Readings, to_alerts, to_series  # noqa: PLC0415

    stations, mn = np.unique(np.array(table.column("mn").to_pylist()), return_inverse=True)
    codes, factor = np.unique(np.array(table.column("factor").to_pylist()), return_inverse=True)
    n = table.num_rows
    values = np.full((n, 5), np.nan)
    values[:, 1] = table.column("value").to_numpy()  # Avg
    readings = Readings(
        stations=tuple(stations.tolist()),
        commands=("2051",),
        factors=tuple(codes.tolist()),
        position=np.arange(n, dtype=np.int64),
        mn=mn.astype(np.int64),
        cn=np.zeros(n, dtype=np.int64),
        time=table.column("time").cast(pa.int64()).to_numpy() // 1_000_000,
        factor=factor.astype(np.int64),
        values=values,
        flag=np.array([f or "" for f in table.column("flag").to_pylist()], dtype="U1"),
        packets=n,
        errors=(),
        junk=(),
    )
    columns: dict[str, list[Any]] = {
        k: [] for k in ("ids", "ent", "out", "pol", "kind", "start", "flag")
    }
    for day in range(DAYS):
        start = dt.datetime.combine(DAY1 + dt.timedelta(days=day), dt.time(), tzinfo=SHANGHAI)
        series = to_series(readings, cn="2051", start=start, points=1440, minutes_per_point=1)
        assert series.off_grid == (day == 0)  # the reading 30 s past day 1's midnight
        b = to_alerts(series, series.detect(policy=policy), enterprises=OWNERS, limits=LIMITS)
        columns["ids"] += list(b.ids)
        columns["ent"] += [b.enterprises[i] for i in b.enterprise]
        columns["out"] += [b.outlets[i] for i in b.outlet]
        columns["pol"] += [b.pollutants[i] for i in b.pollutant]
        columns["kind"] += [ALERT_KINDS[i] for i in b.kind]
        columns["start"] += b.start.tolist()
        columns["flag"] += [FLAGS[i] for i in b.flag]
    batch = ecoreg.alerts.AlertBatch.from_columns(
        ids=columns["ids"],
        enterprise=columns["ent"],
        outlet=columns["out"],
        pollutant=columns["pol"],
        kind=columns["kind"],
        start=np.array(columns["start"], dtype=np.int64),
        flag=columns["flag"],
    )
    routing = ecoreg.route_alerts(batch, policy=policy, **_routing_data())
    alerts = pa.table(
        {
            "id": columns["ids"],
            "enterprise": columns["ent"],
            "outlet": columns["out"],
            "pollutant": columns["pol"],
            "kind": columns["kind"],
            "start": pa.array(columns["start"], pa.int64()).cast(pa.timestamp("s", tz="UTC")),
            "flag": columns["flag"],
        }
    )
    return alerts, routing.to_arrow(), routing.incidents_to_arrow()


SHANGHAI = dt.timezone(dt.timedelta(hours=8))
ALERT_KINDS = [k.value for k in ecoreg.alerts.AlertKind]
FLAGS = [f.value for f in ecoreg.alerts.DataFlag]


def _local(numbers: list[int | None], enterprises: list[str], first: dict[str, int]) -> list[Any]:
    """The single process's incident numbers counted from each enterprise's first incident."""
    return [None if i is None else i - first[e] for i, e in zip(numbers, enterprises, strict=True)]


def test_hj212_screening_in_spark_equals_the_single_process_row_for_row(spark: Any) -> None:
    import ecoreg.spark  # noqa: PLC0415 - after the session is up

    policy = ecoreg.standard_policy_book().resolve("CN", DAY1)
    origin = int(dt.datetime.combine(DAY1, dt.time(), tzinfo=SHANGHAI).timestamp())
    table = _readings_table(origin)
    alerts, routed, incidents = _single_process(table, policy)
    screened = ecoreg.spark.screen_dataframe(
        spark.createDataFrame(table),
        policy=policy,
        start=DAY1,
        days=DAYS,
        limits=LIMITS,
        **_routing_data(),
    )
    by_id = sorted(alerts.to_pylist(), key=lambda r: r["id"])
    assert screened.alerts.columns == alerts.column_names

    # Routing: the alert's columns, then route_alerts' own, incidents numbered per enterprise.
    first: dict[str, int] = {}
    for row in incidents.to_pylist():
        first.setdefault(row["enterprise"], row["incident"])
    expected = alerts.to_pylist()
    for row, extra in zip(expected, routed.to_pylist(), strict=True):
        assert extra.pop("id") == row["id"]
        row.update(extra)
        row["incident"] = _local([extra["incident"]], [row["enterprise"]], first)[0]
    # The alerts are the routing's first columns (one action less: a Spark action costs seconds).
    got = sorted(screened.routing.toArrow().to_pylist(), key=lambda r: r["id"])
    assert [{k: r[k] for k in alerts.column_names} for r in got] == by_id
    assert got == sorted(expected, key=lambda r: r["id"])

    want = incidents.to_pylist()
    for row in want:
        row["incident"] -= first[row["enterprise"]]
    got_incidents = screened.incidents.toArrow().to_pylist()
    key = lambda r: (r["enterprise"], r["incident"])  # noqa: E731
    assert sorted(got_incidents, key=key) == sorted(want, key=key)

    # The cases the data was made for are there, so the equality is not an empty one.
    kinds = {r["kind"] for r in by_id}
    assert kinds == {
        "flat_data",
        "zero_data",
        "missing_data",
        "sudden_rise",
        "concentration_exceedance",
    }
    assert any(r["flag"] == "F" and r["suppress"] for r in got)  # a stop mark
    assert any(r["outlet"] == "MN04" and r["suppress"] & 2 for r in got)  # the maintenance
    assert any(r["enterprise"] == "E2" and r["suppress"] & 8 for r in got)  # the exemption
    over_midnight = [
        r
        for r in got_incidents
        if r["first_start"].astimezone(SHANGHAI).date()
        != r["last_start"].astimezone(SHANGHAI).date()
    ]
    assert {(r["outlet"], r["kind"]) for r in over_midnight} >= {
        ("MN02", "missing_data"),
        ("MN03", "concentration_exceedance"),
    }
    silent = [r for r in by_id if r["outlet"] == "MN03" and r["pollutant"] == "a21002"]
    assert any(
        r["start"].astimezone(SHANGHAI) == dt.datetime(2026, 11, 4, tzinfo=SHANGHAI) for r in silent
    )


def test_screening_refuses_what_the_driver_can_see(spark: Any) -> None:
    import ecoreg.spark  # noqa: PLC0415 - after the session is up

    policy = ecoreg.standard_policy_book().resolve("CN", DAY1)
    frame = spark.createDataFrame(pa.table({"mn": ["MN01"], "factor": ["a21026"], "value": [1.0]}))
    with pytest.raises(ecoreg.exceptions.InvalidInputError) as info:
        ecoreg.spark.screen_dataframe(frame, policy=policy, start=DAY1, days=1)
    assert (info.value.field, info.value.value) == ("readings.time", "missing")
    origin = int(dt.datetime.combine(DAY1, dt.time(), tzinfo=SHANGHAI).timestamp())
    whole = spark.createDataFrame(_readings_table(origin).slice(0, 5))
    arguments: dict[str, Any]
    for arguments, field, value in (
        ({"days": 0}, "days", "0"),
        ({"days": 1, "limits": {"a21026": "1,5"}}, "limits.a21026", "1,5"),
        ({"days": 1, "start": "2026-02-30"}, "start", "2026-02-30"),
    ):
        given: dict[str, Any] = {"start": DAY1, **arguments}
        with pytest.raises(ecoreg.exceptions.InvalidInputError) as info:
            ecoreg.spark.screen_dataframe(whole, policy=policy, **given)
        assert (info.value.field, str(info.value.value)) == (field, value)
    with pytest.raises(ecoreg.exceptions.InvalidInputError) as info:
        ecoreg.spark.screen_dataframe(_readings_table(origin), policy=policy, start=DAY1, days=1)
    assert (info.value.field, info.value.value) == ("readings", "Table")


@pytest.mark.parametrize("gather", [1_000, 10**9])
def test_the_stream_screens_an_outlet_whose_readings_span_batches_whole(gather: int) -> None:
    # The executor's side of the screening without Spark: sorted readings in batches of 997
    # rows, screened after gathering 1,000 (every outlet's readings run over many batches and
    # gatherings) or all of them at once; the alerts are the single process's either way.
    import pyarrow.compute as pc  # noqa: PLC0415

    from ecoreg.alerts._columns import _Settings  # noqa: PLC0415
    from ecoreg.core._calendar import china_calendar  # noqa: PLC0415
    from ecoreg.monitoring._detectors import DetectorSettings  # noqa: PLC0415
    from ecoreg.spark import _Screen, _screen_stream  # noqa: PLC0415

    policy = ecoreg.standard_policy_book().resolve("CN", DAY1)
    origin = int(dt.datetime.combine(DAY1, dt.time(), tzinfo=SHANGHAI).timestamp())
    table = _readings_table(origin)
    seconds = table.column("time").cast(pa.int64()).to_numpy() // 1_000_000 - origin
    day = np.where(
        (seconds % 60 == 0) & (seconds >= 0) & (seconds < DAYS * 86_400), seconds // 86_400, -1
    )
    stream = table.select(["enterprise", "mn", "factor"]).append_column(
        "day", pa.array(day, pa.int32())
    )
    stream = stream.append_column("minute", pa.array(seconds % 86_400 // 60, pa.int32()))
    stream = stream.append_column("value", table.column("value"))
    stream = stream.append_column("flag", table.column("flag"))
    stream = stream.take(pc.sort_indices(stream, [("mn", "descending"), ("factor", "ascending")]))
    job = _Screen(
        origin=origin,
        days=DAYS,
        detectors=DetectorSettings.of(policy),
        limits=LIMITS,
        routing=_Settings.of(policy),
        contexts={},
        notices=(),
        exemptions=(),
        calendar=china_calendar(),
    )
    batches = stream.to_batches(max_chunksize=997)
    got = pa.Table.from_batches(list(_screen_stream(iter(batches), job, gather)))
    expected, _, _ = _single_process(table, policy)
    assert sorted(got.to_pylist(), key=lambda r: r["id"]) == sorted(
        expected.to_pylist(), key=lambda r: r["id"]
    )


def _stream_job() -> Any:
    from ecoreg.alerts._columns import _Settings  # noqa: PLC0415
    from ecoreg.core._calendar import china_calendar  # noqa: PLC0415
    from ecoreg.monitoring._detectors import DetectorSettings  # noqa: PLC0415
    from ecoreg.spark import _Screen  # noqa: PLC0415

    policy = ecoreg.standard_policy_book().resolve("CN", DAY1)
    return _Screen(
        origin=int(dt.datetime.combine(DAY1, dt.time(), tzinfo=SHANGHAI).timestamp()),
        days=1,
        detectors=DetectorSettings.of(policy),
        limits={},
        routing=_Settings.of(policy),
        contexts={},
        notices=(),
        exemptions=(),
        calendar=china_calendar(),
    )


@pytest.mark.parametrize(
    ("column", "values", "field", "value"),
    [
        ("flag", ["N", "NF", None], "flag", "NF"),
        ("flag", ["N", "X", "N"], "flags", "X"),
        ("mn", ["MN01", None, "MN01"], "mn", None),
    ],
)
def test_a_bad_reading_fails_on_the_executor_with_the_single_process_error(
    column: str, values: list[Any], field: str, value: object
) -> None:
    from ecoreg.spark import _screen_stream  # noqa: PLC0415

    readings = {
        "enterprise": ["E1"] * 3,
        "mn": ["MN01"] * 3,
        "factor": ["a21026"] * 3,
        "day": pa.array([0, 0, 0], pa.int32()),
        "minute": pa.array([0, 1, 2], pa.int32()),
        "value": [1.0, 2.0, 3.0],
        "flag": ["N", "N", "N"],
    }
    readings[column] = values
    batches = pa.table(readings).to_batches()
    with pytest.raises(ecoreg.exceptions.InvalidInputError) as info:
        list(_screen_stream(iter(batches), _stream_job()))
    assert (info.value.field, info.value.value) == (field, value)


def test_the_published_spark_schemas_name_the_arrow_schemas_columns() -> None:
    import ecoreg.spark  # noqa: PLC0415
    from ecoreg.alerts import (  # noqa: PLC0415
        alert_arrow_schema,
        incident_arrow_schema,
        routing_arrow_schema,
    )

    def names(ddl: str) -> list[str]:
        return [column.split(" ")[0] for column in ddl.split(", ")]

    assert names(ecoreg.spark.ALERT_DDL) == alert_arrow_schema().names
    assert names(ecoreg.spark.ROUTING_DDL) == [
        *alert_arrow_schema().names,
        *routing_arrow_schema().names[1:],
    ]
    assert names(ecoreg.spark.INCIDENT_DDL) == incident_arrow_schema().names
