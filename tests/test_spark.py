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
