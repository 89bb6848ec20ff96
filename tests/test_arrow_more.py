"""Arrow in, Arrow out for HJ 212 readings, detect_ratio and plan_inspections (issue 26, point 1).

The Arrow paths give what the list paths give (Hypothesis, a modest budget), through Parquet
too; every column refused from Arrow names the field, the first bad row in input order, its
value and what is allowed (type, null, range, enumeration), and for the checks the list path
also makes, the same field, value and allowed words.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ecoreg
from ecoreg import (
    EnterpriseTable,
    EventTable,
    InspectionTask,
    Trigger,
    grade_batch,
    plan_inspections,
)
from ecoreg.exceptions import InvalidInputError
from ecoreg.inspections._arrow import _TRIGGERS
from ecoreg.monitoring import hj212
from ecoreg.monitoring._arrow import KINDS
from test_inspections import GRADES, task, task_lists

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
DAY = dt.datetime(2026, 10, 1, tzinfo=SHANGHAI)
POLICY = ecoreg.standard_policy_book().resolve("CN", dt.date(2026, 10, 1))
PLAN_POLICY = ecoreg.standard_policy_book().resolve("CN", "2026-01-01")
BUDGET = settings(max_examples=25, deadline=None)


def _error(call: Any, *args: Any, **kwargs: Any) -> tuple[object, object, object]:
    with pytest.raises(InvalidInputError) as info:
        call(*args, **kwargs)
    return info.value.field, info.value.value, info.value.allowed


def test_the_arrow_modules_hold_the_kinds_and_triggers_of_the_classes() -> None:
    assert hj212.KINDS == KINDS
    assert tuple(t.value for t in Trigger) == _TRIGGERS


# --- HJ 212 readings ----------------------------------------------------------------------------


def _packet(mn: str, minute: int, value: float | None, flag: str, cn: str = "2051") -> bytes:
    when = (DAY + dt.timedelta(minutes=minute)).strftime("%Y%m%d%H%M%S")
    body = f"a21026-Avg={value:.2f},a21026-Flag={flag}" if value is not None else "a21026-Rtd=1"
    return hj212.frame(
        f"QN={when}000;ST=31;CN={cn};PW=123456;MN={mn};Flag=4;CP=&&DataTime={when};{body}&&"
    )


readings_points = st.lists(
    st.tuples(
        st.sampled_from(["B2", "A1", "C3"]),
        st.integers(-5, 130),
        st.one_of(st.none(), st.floats(0, 1000, allow_nan=False)),
        st.sampled_from(list("NFMSDCTB")),
        st.sampled_from(["2051", "2051", "2011"]),
    ),
    max_size=60,
)


def _capture(points: list[tuple[str, int, float | None, str, str]]) -> hj212.Readings:
    return hj212.read_capture(b"".join(_packet(*p) for p in points))


def _parquet(table: pa.Table) -> pa.Table:
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    buffer.seek(0)
    return pq.read_table(buffer)


def _same_series(a: hj212.Series, b: hj212.Series) -> None:
    assert (a.stations, a.factors, a.cn, a.kind, a.start) == (
        b.stations,
        b.factors,
        b.cn,
        b.kind,
        b.start,
    )
    assert np.array_equal(a.values, b.values, equal_nan=True)
    assert np.array_equal(a.flags, b.flags)
    assert (a.outside, a.off_grid, a.repeated) == (b.outside, b.off_grid, b.repeated)


@BUDGET
@given(readings_points, st.sampled_from(["2051", "2011"]), st.sampled_from([1, 2]))
def test_series_from_arrow_readings_equal_series_from_the_readings(
    points: list[tuple[str, int, float | None, str, str]], cn: str, minutes: int
) -> None:
    readings = _capture(points)
    table = readings.to_arrow()
    assert table.schema.equals(ecoreg.readings_arrow_schema(), check_metadata=True)
    grid: dict[str, Any] = {"cn": cn, "start": DAY, "points": 60, "minutes_per_point": minutes}
    plain = hj212.to_series(readings, **grid)
    _same_series(hj212.to_series(table, **grid), plain)
    _same_series(hj212.to_series(_parquet(table), **grid), plain)  # a Parquet store of readings
    # Plain strings (no dictionary) and epoch seconds: the same grid, rows by first appearance.
    decoded = pa.table(
        {
            "mn": table.column("mn").cast(pa.string()),
            "cn": table.column("cn").cast(pa.string()),
            "time": table.column("time").cast(pa.int64()),
            "factor": table.column("factor").cast(pa.string()),
            plain.kind: table.column(plain.kind),
            "flag": table.column("flag"),
        }
    )
    loose = hj212.to_series(decoded, **grid)
    order = [loose.stations.index(s) for s in plain.stations]
    assert np.array_equal(loose.values[order], plain.values, equal_nan=True)
    assert np.array_equal(loose.flags[order], plain.flags)


@BUDGET
@given(readings_points)
def test_the_readings_table_holds_the_readings_columns(
    points: list[tuple[str, int, float | None, str, str]],
) -> None:
    readings = _capture(points)
    table = readings.to_arrow()
    assert table.num_rows == len(readings)
    assert table.column("position").to_pylist() == readings.position.tolist()
    assert table.column("mn").to_pylist() == [readings.stations[i] for i in readings.mn]
    assert table.column("cn").to_pylist() == [readings.commands[i] for i in readings.cn]
    assert table.column("factor").to_pylist() == [readings.factors[i] for i in readings.factor]
    assert table.column("time").cast(pa.int64()).to_pylist() == readings.time.tolist()
    for kind in KINDS:
        column = readings.column(kind)
        expected = [None if np.isnan(v) else float(v) for v in column]
        assert table.column(kind).to_pylist() == expected
    assert table.column("flag").to_pylist() == [f or None for f in readings.flag.tolist()]


def test_the_warnings_table_holds_the_warnings() -> None:
    stamp = "20261001080000"
    segment = (  # a 17-digit data time: the warning names it
        f"QN={stamp}000;ST=31;CN=2051;PW=1;MN=M1;Flag=4;"
        f"CP=&&DataTime={stamp}123;a21026-Avg=1.5,a21026-Flag=N&&"
    )
    readings = hj212.read_capture(hj212.frame(segment))
    table = readings.warnings_to_arrow()
    assert table.schema.equals(ecoreg.frame_warning_arrow_schema(), check_metadata=True)
    records = [w.model_dump() for w in readings.warnings.records()]
    assert len(records) >= 1
    assert table.to_pylist() == records


def _readings_table() -> pa.Table:
    return pa.table(
        {
            "mn": ["M1", "M1", "M2"],
            "cn": ["2051", "2051", "2051"],
            "time": pa.array(
                [DAY, DAY + dt.timedelta(minutes=1), DAY], pa.timestamp("s", tz="Asia/Shanghai")
            ),
            "factor": ["a21026", "a21026", "a21026"],
            "avg": pa.array([1.0, None, 3.0]),
            "flag": ["N", None, "F"],
        }
    )


GRID: dict[str, Any] = {"cn": "2051", "start": DAY, "points": 3, "minutes_per_point": 1}


def test_a_hand_made_readings_table_goes_on_the_grid() -> None:
    series = hj212.to_series(_readings_table(), **GRID)
    assert series.stations == ("M1", "M2")
    assert series.values.tolist()[0][:1] == [1.0]
    assert np.isnan(series.values[0, 1])  # a null value: not sent, a gap
    assert series.flags.tolist() == [["N", "", ""], ["F", "", ""]]
    detection = series.detect(policy=POLICY)
    assert detection.to_arrow().num_rows == 2


@pytest.mark.parametrize(
    ("column", "values", "expected"),
    [
        ("mn", pa.array([1, 2, 3]), ("mn", "int64", "strings")),  # type
        ("mn", pa.array(["M1", None, None]), ("mn.1", None, "no nulls: strings")),  # null
        ("mn", pa.array(["M1", "M2", ""]), ("mn.2", "", "a non-empty string")),  # empty
        ("factor", pa.array(["a", None, "b"]), ("factor.1", None, "no nulls: strings")),
        ("cn", pa.array([2051, 2051, 2051]), ("cn", "int64", "strings")),
        ("avg", pa.array(["1", "2", "3"]), ("avg", "string", "numbers; null where not sent")),
        ("flag", pa.array(["N", "X", "NN"]), ("flag.1", "X", None)),  # enumeration
        ("flag", pa.array([1, 2, 3]), ("flag", "int64", None)),
        ("time", pa.array([0, 0, 0], pa.timestamp("s")), ("time", "timestamp[s]", None)),
    ],
)
def test_bad_readings_columns_are_refused_by_field_and_first_row(
    column: str, values: pa.Array, expected: tuple[object, object, object]
) -> None:
    table = _readings_table()
    table = table.set_column(table.column_names.index(column), column, values)
    field, value, allowed = _error(hj212.to_series, table, **GRID)
    assert (field, value) == expected[:2]
    if expected[2] is not None:
        assert allowed == expected[2]


def test_readings_times_out_of_range_missing_columns_and_other_objects_are_refused() -> None:
    table = _readings_table()
    late = table.set_column(2, "time", pa.array([0, 5_000_000_000, 5_000_000_001]))
    field, value, allowed = _error(hj212.to_series, late, **GRID)
    assert (field, value) == ("time.1", 5_000_000_000)
    assert "1950-01-01 to 2100-12-31" in str(allowed)
    field, value, _ = _error(hj212.to_series, table.drop_columns(["avg"]), **GRID)
    assert (field, value) == ("avg", "missing")
    field, value, _ = _error(hj212.to_series, table.drop_columns(["time"]), **GRID)
    assert (field, value) == ("time", "missing")
    assert _error(hj212.to_series, [1, 2], **GRID)[0] == "readings"
    # Without a flag column every point is unflagged; finer units are read in whole seconds.
    fine = table.drop_columns(["flag"]).set_column(
        2, "time", table.column("time").cast(pa.timestamp("ms", tz="Asia/Shanghai"))
    )
    assert hj212.to_series(fine, **GRID).flags.tolist() == [["", "", ""], ["", "", ""]]


# --- detect_ratio -------------------------------------------------------------------------------


@BUDGET
@given(
    rows=st.integers(1, 4),
    seed=st.integers(0, 2**32 - 1),
    with_flags=st.booleans(),
)
def test_detect_ratio_from_arrow_equals_the_matrices(
    rows: int, seed: int, with_flags: bool
) -> None:
    rng = np.random.default_rng(seed)
    points = 180
    inlet = rng.random((rows, points)) * 100 + 50
    factor = np.where(rng.random((rows, 1)) < 0.5, 0.3, rng.random((rows, points)) * 1.3)
    outlet = inlet * factor
    inlet[rng.random((rows, points)) < 0.05] = np.nan
    outlet[:, :2] = np.where(rng.random((rows, 1)) < 0.3, np.nan, outlet[:, :2])
    flags_in = rng.choice(np.array(["N", "N", "N", "F", "M"]), (rows, points))
    flags_out = rng.choice(np.array(["N", "N", "D"]), (rows, points))

    def lists(x: np.ndarray) -> pa.Array:
        return pa.array([[None if np.isnan(v) else float(v) for v in r] for r in x])

    columns: dict[str, Any] = {"inlet": lists(inlet), "outlet": lists(outlet)}
    if with_flags:
        columns["inlet_flags"] = pa.array(flags_in.tolist())
        columns["outlet_flags"] = pa.array(flags_out.tolist())
    arrow = ecoreg.detect_ratio(pa.table(columns), policy=POLICY)
    plain = ecoreg.detect_ratio(
        inlet,
        outlet,
        policy=POLICY,
        inlet_flags=flags_in if with_flags else None,
        outlet_flags=flags_out if with_flags else None,
    )
    table = plain.to_arrow()
    assert arrow.to_arrow().equals(table)
    assert table.schema.equals(ecoreg.ratio_result_arrow_schema(), check_metadata=True)
    std = plain.removal_ratio_std
    assert table.column("removal_ratio_std").to_pylist() == [
        None if np.isnan(v) else float(v) for v in std
    ]
    assert table.column("implausible").to_pylist() == plain.implausible.tolist()


@BUDGET
@given(
    marks=st.lists(st.sampled_from(["N", "N", "F", "M", "", None]), min_size=12, max_size=12),
    skip=st.integers(0, 2),
    wide=st.booleans(),
)
def test_flags_read_from_arrow_buffers_equal_the_flag_matrix(
    marks: list[str | None], skip: int, wide: bool
) -> None:
    # Three series of four points; the table sliced (an offset into its buffers); a
    # large_string column is read as well.
    values = np.arange(12, dtype=float).reshape(3, 4) + 1
    kind = pa.large_string() if wide else pa.string()
    flags = pa.array([marks[0:4], marks[4:8], marks[8:12]], type=pa.list_(kind))
    table = pa.table({"values": values.tolist(), "flags": flags}).slice(skip)
    plain_flags = np.array([[m or "" for m in marks[i : i + 4]] for i in (0, 4, 8)])[skip:]
    arrow = ecoreg.detect(table, policy=POLICY)
    plain = ecoreg.detect(values[skip:], policy=POLICY, flags=plain_flags)
    assert arrow.to_arrow().equals(plain.to_arrow())
    pairs = pa.table({"inlet": values.tolist(), "outlet": values.tolist(), "inlet_flags": flags})
    both = ecoreg.detect_ratio(pairs.slice(skip), policy=POLICY)
    same = ecoreg.detect_ratio(values[skip:], values[skip:], policy=POLICY, inlet_flags=plain_flags)
    assert both.to_arrow().equals(same.to_arrow())


def test_a_flag_longer_than_a_letter_is_refused_from_arrow_as_from_the_matrix() -> None:
    table = pa.table({"values": [[1.0, 2.0]], "flags": [["N", "NF"]]})
    plain = _error(ecoreg.detect, [[1.0, 2.0]], flags=[["N", "NF"]], policy=POLICY)
    assert _error(ecoreg.detect, table, policy=POLICY) == plain
    assert plain[:2] == ("flags", "NF")


def test_a_constant_removal_ratio_reads_as_arrow() -> None:
    # 120 minutes at 100 in, 10 out: the removal 1 - 10/100 = 0.9 in both hour slots, its
    # standard deviation 0, so the ratio is constant; the outlet is never at or above the inlet.
    pairs = pa.table({"inlet": [[100.0] * 120], "outlet": [[10.0] * 120]})
    found = ecoreg.detect_ratio(pairs, policy=POLICY).to_arrow().to_pylist()
    assert found == [
        {
            "outlet_not_below_inlet_minutes": 0,
            "removal_ratio_std": 0.0,
            "constant_ratio": True,
            "implausible": True,
        }
    ]


def test_bad_ratio_columns_are_refused_by_field_and_first_row() -> None:
    good = pa.table({"inlet": [[1.0, 2.0], [1.0, 2.0]], "outlet": [[1.0, 2.0], [1.0, 2.0]]})
    assert _error(ecoreg.detect_ratio, good, np.ones((2, 2)), policy=POLICY)[0] == "outlet"
    assert _error(ecoreg.detect_ratio, np.ones((2, 2)), policy=POLICY)[:2] == ("outlet", None)
    ragged = good.set_column(1, "outlet", pa.array([[1.0, 2.0], [1.0]]))
    assert _error(ecoreg.detect_ratio, ragged, policy=POLICY) == (
        "outlet.1",
        "1 points",
        "2 points, as many as every series",
    )
    assert _error(ecoreg.detect_ratio, good.drop_columns(["outlet"]), policy=POLICY)[:2] == (
        "outlet",
        "missing",
    )
    text = good.set_column(0, "inlet", pa.array([["a", "b"], ["c", "d"]]))
    assert _error(ecoreg.detect_ratio, text, policy=POLICY) == (
        "inlet",
        "list<item: string>",
        "lists of numbers",
    )
    null = good.set_column(0, "inlet", pa.array([[1.0, 2.0], None]))
    assert _error(ecoreg.detect_ratio, null, policy=POLICY)[:2] == ("inlet.1", None)
    flagged = good.append_column("outlet_flags", pa.array([["N", "N"], ["N", "X"]]))
    assert _error(ecoreg.detect_ratio, flagged, policy=POLICY)[:2] == ("outlet_flags", "X")
    infinite = good.set_column(0, "inlet", pa.array([[1.0, float("inf")], [1.0, 2.0]]))
    assert _error(ecoreg.detect_ratio, infinite, policy=POLICY)[:2] == ("inlet", "infinity")


# --- plan_inspections ---------------------------------------------------------------------------


def _tasks_table(tasks: list[InspectionTask]) -> pa.Table:
    rows = [t.model_dump() for t in tasks]
    return pa.Table.from_pylist(rows, schema=ecoreg.task_arrow_schema())


def _grades_table(grades: dict[str, str]) -> pa.Table:
    return pa.table({"credit_code": list(grades), "grade": list(grades.values())})


@BUDGET
@given(task_lists(), st.dictionaries(st.sampled_from(sorted(GRADES)), st.integers(0, 5)))
def test_a_plan_from_arrow_equals_the_plan_from_tasks(
    tasks: list[InspectionTask], prior: dict[str, int]
) -> None:
    common: dict[str, Any] = {"policy": PLAN_POLICY, "year": 2026, "visits_so_far": prior}
    plain = plan_inspections(tasks, gradings=GRADES, **common)
    arrow = plan_inspections(_tasks_table(tasks), gradings=_grades_table(GRADES), **common)
    assert dict(arrow.outcome) == dict(plain.outcome)
    assert arrow.visits == plain.visits
    assert dict(arrow.visit_of) == dict(plain.visit_of)
    assert arrow.summary() == plain.summary()
    assert arrow.tasks == plain.tasks
    assert all(arrow.decision(t.id) == plain.decision(t.id) for t in tasks)
    table, visits = plain.to_arrow(), plain.visits_to_arrow()
    assert table.equals(arrow.to_arrow())
    assert table.schema.equals(ecoreg.plan_arrow_schema(), check_metadata=True)
    assert visits.schema.equals(ecoreg.visit_arrow_schema(), check_metadata=True)
    assert table.column("task").to_pylist() == [t.id for t in plain.tasks]
    assert table.column("outcome").to_pylist() == [plain.outcome[t.id] for t in plain.tasks]
    assert visits.column("visit").to_pylist() == [v.id for v in plain.visits]
    assert visits.column("on").to_pylist() == [v.on for v in plain.visits]


def test_grades_from_the_grading_table_carry_the_positive_list() -> None:
    codes = ["91350200776049653A", "91440101MA5CJQ4N59", "913502000728319549"]
    table = EnterpriseTable.from_columns(
        credit_code=codes,
        key_unit=[False, True, True],
        permit_class=["registration", "key", "key"],
        drinking_water=[False, True, True],
        other_sensitive=[False, False, True],
        toxic=[False, True, True],
    )
    events = EventTable.from_columns(
        enterprise=[2, 2],
        type=[0, 0],
        day=[dt.date(2025, 5, 1).toordinal()] * 2,
        value=[2, 2],
        enterprises=3,
    )
    batch = grade_batch(table, events, policy=PLAN_POLICY, on="2026-01-01")
    tasks = [task("p", codes[0]), task("k", codes[1]), task("d", codes[2])]
    plain = plan_inspections(tasks, gradings=batch, policy=PLAN_POLICY, year=2026)
    arrow = plan_inspections(
        _tasks_table(tasks), gradings=batch.to_arrow(), policy=PLAN_POLICY, year=2026
    )
    assert (
        dict(arrow.outcome)
        == dict(plain.outcome)
        == {"d": "approved", "k": "offsite", "p": "offsite"}
    )
    assert arrow.decision("p") == plain.decision("p")  # A and on the positive list, both ways


def _plan_error(tasks: pa.Table, grades: pa.Table | None = None) -> tuple[object, object, object]:
    return _error(
        plan_inspections,
        tasks,
        gradings=_grades_table(GRADES) if grades is None else grades,
        policy=PLAN_POLICY,
        year=2026,
    )


BASE = [task("a", "F-A"), task("b", "F-B"), task("c", "F-C")]


@pytest.mark.parametrize(
    ("column", "values", "expected"),
    [
        ("id", pa.array([1, 2, 3]), ("tasks.id", "int64", "strings")),  # type
        ("department", pa.array(["x", None, "y"]), ("tasks.1.department", None, None)),  # null
        ("id", pa.array(["a", "b", "c" * 201]), ("tasks.2.id", "c" * 201, None)),  # range
        ("department", pa.array(["x", "", "y"]), ("tasks.1.department", "", None)),
        ("purposes", pa.array([["p"], [], ["q"]]), ("tasks.1.purposes", [], "one or more texts")),
        ("purposes", pa.array([["p"], ["q"], ["", "r"]]), ("tasks.2.purposes", ["", "r"], None)),
        ("purposes", pa.array([["p"], None, ["q"]]), ("tasks.1.purposes", None, None)),
        ("purposes", pa.array([1, 2, 3]), ("tasks.purposes", "int64", None)),
        (
            "window_start",
            pa.array(["2026-05-01"] * 3),
            ("tasks.window_start", "string", None),
        ),
        (
            "window_end",
            pa.array([dt.date(2026, 5, 31), dt.date(2026, 4, 30), dt.date(2026, 5, 31)]),
            ("tasks.1.window_end", dt.date(2026, 4, 30), "a date on or after window_start"),
        ),
        (
            "trigger",
            pa.array([None, None, "rumour"]),
            ("tasks.2.trigger", "rumour", "one of complaint, alert, referral, accident, or null"),
        ),  # enumeration
        ("in_annual_plan", pa.array([True, None, True]), ("tasks.1.in_annual_plan", None, None)),
        ("random_sampling", pa.array(["no"] * 3), ("tasks.random_sampling", "string", None)),
        ("trigger_ref", pa.array(["r", "", None]), ("tasks.1.trigger_ref", "", None)),
    ],
)
def test_bad_task_columns_are_refused_by_field_and_first_row(
    column: str, values: pa.Array, expected: tuple[object, object, object]
) -> None:
    table = _tasks_table(BASE)
    table = table.set_column(table.column_names.index(column), column, values)
    field, value, allowed = _plan_error(table)
    assert (field, value) == expected[:2]
    if expected[2] is not None:
        assert allowed == expected[2]


@pytest.mark.parametrize(
    "tasks",
    [
        [task("a", "F-A"), task("x", "NOBODY")],  # an enterprise not graded
        [task("a"), task("b", window_end="2027-01-02")],  # a window past the year
        [task("a", window_start="2025-12-31"), task("b")],  # and before it
        [task("a"), task("b"), task("a")],  # an id twice
        [task("a"), task("a", "NOBODY")],  # the row's first bad field: enterprise
    ],
)
def test_the_plans_own_checks_refuse_arrow_tasks_as_they_refuse_task_lists(
    tasks: list[InspectionTask],
) -> None:
    plain = _error(plan_inspections, tasks, gradings=GRADES, policy=PLAN_POLICY, year=2026)
    assert _plan_error(_tasks_table(tasks)) == plain


def test_the_first_bad_row_in_input_order_is_named_whatever_its_column() -> None:
    table = _tasks_table(BASE)
    table = table.set_column(0, "id", pa.array(["a", "b", ""]))  # row 2: an empty id
    table = table.set_column(2, "department", pa.array(["x", "", "y"]))  # row 1: an empty one
    assert _plan_error(table)[:2] == ("tasks.1.department", "")
    missing = _tasks_table(BASE).drop_columns(["window_end"])
    assert _plan_error(missing)[:2] == ("tasks.window_end", "missing")


def test_bad_grade_columns_are_refused_by_field_and_first_row() -> None:
    table = _tasks_table(BASE)
    grades = _grades_table(GRADES)
    bad_grade = grades.set_column(1, "grade", pa.array(["A", "B", "E", "D", "C"]))
    assert _plan_error(table, bad_grade) == ("gradings.2.grade", "E", "a grade: A, B, C or D")
    twice = grades.set_column(0, "credit_code", pa.array(["F-A", "F-B", "F-C", "F-B", "F-C2"]))
    assert _plan_error(table, twice)[:2] == ("gradings.3.credit_code", "F-B")
    null = grades.set_column(1, "grade", pa.array(["A", None, "C", "D", "C"]))
    assert _plan_error(table, null)[:2] == ("gradings.1.grade", None)
    wrong = grades.append_column("positive_list_eligible", pa.array([1, 0, 0, 0, 0]))
    assert _plan_error(table, wrong)[:2] == ("gradings.positive_list_eligible", "int64")


def test_other_string_encodings_and_pandas_are_read_as_plain_strings() -> None:
    tasks, grades = _tasks_table(BASE), _grades_table(GRADES)
    plain = plan_inspections(tasks, gradings=grades, policy=PLAN_POLICY, year=2026)
    for kind in (pa.large_string(), pa.dictionary(pa.int32(), pa.string())):
        encoded = tasks
        for name in ("id", "enterprise", "department", "trigger"):
            at = encoded.column_names.index(name)
            encoded = encoded.set_column(at, name, encoded.column(name).cast(kind))
        codes = grades.set_column(0, "credit_code", grades.column(0).cast(kind))
        again = plan_inspections(encoded, gradings=codes, policy=PLAN_POLICY, year=2026)
        assert again.to_arrow().equals(plain.to_arrow())
    framed = plan_inspections(
        tasks.to_pandas(), gradings=grades.to_pandas(), policy=PLAN_POLICY, year=2026
    )
    assert framed.to_arrow().equals(plain.to_arrow())
    ordinals = tasks
    for name in ("window_start", "window_end"):  # day ordinals instead of dates
        days = [d.toordinal() for d in tasks.column(name).to_pylist()]
        ordinals = ordinals.set_column(ordinals.column_names.index(name), name, pa.array(days))
    again = plan_inspections(ordinals, gradings=grades, policy=PLAN_POLICY, year=2026)
    assert again.to_arrow().equals(plain.to_arrow())
    late = ordinals.set_column(5, "window_end", pa.array([dt.date(2027, 1, 1).toordinal()] * 3))
    assert _plan_error(late) == ("tasks.0.window_end", dt.date(2027, 1, 1), "a day of 2026")


def test_a_dictionary_with_repeated_or_unused_entries_gives_the_plain_series() -> None:
    table = _readings_table()
    # Rows M1, M1, M2 through a dictionary that lists M2 first, M1 twice and an unused MX.
    mn = pa.DictionaryArray.from_arrays(pa.array([1, 3, 0]), ["M2", "M1", "MX", "M1"])
    series = hj212.to_series(table.set_column(0, "mn", mn), **GRID)
    plain = hj212.to_series(table, **GRID)
    assert series.stations == ("M2", "M1")  # the dictionary's order, each at its first entry
    assert np.array_equal(series.values[::-1], plain.values, equal_nan=True)
    assert np.array_equal(series.flags[::-1], plain.flags)
