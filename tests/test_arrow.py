"""Arrow in, Arrow out (issue 26): the same answers and the same errors as the plain columns.

Grading and alert routing from Arrow tables equal the plain-list paths row for row; every
refusal of an Arrow column names the same field, row, value and allowed words as the plain
columns do for the same data; the whole-column checks of plain lists find the same first bad row
as the row-by-row checks they replaced (kept here as the reference); the grouping without a row
loop equals the loop; and ecoreg imports and grades without pyarrow.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import subprocess
import sys
from importlib.resources import files
from typing import Any

import attrs
import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ecoreg
from ecoreg import (
    AlertBatch,
    AlertKind,
    EnterpriseTable,
    EventTable,
    check_credit_code,
    credit_code_check_char,
    grade_batch,
    route_alerts,
)
from ecoreg.alerts._grouping import _incident_starts, _sort_order
from ecoreg.core._boundary import _plain_column
from ecoreg.exceptions import InvalidInputError, InvalidTypeError
from ecoreg.grading._arrow import EVENT_TYPES, CodeColumn
from ecoreg.grading._engine import (
    _evaluate,
    _latest_status,
    _next_change,
    _next_change_at_once,
    _next_change_by_rounds,
    _prepare,
    _Settings,
    _statuses,
)
from ecoreg.monitoring import Detection
from ecoreg.monitoring._arrow import DETECTION_COLUMNS
from ecoreg.monitoring._detectors import _BOOLEAN_COLUMNS
from ecoreg.schemas import ARROW_SCHEMAS

ON = dt.date(2026, 11, 1)
POLICY = ecoreg.standard_policy_book().resolve("CN", ON)
ALERT_POLICY = ecoreg.standard_policy_book().resolve("CN-JS-SZ", dt.date(2026, 10, 1))
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _code(i: int) -> str:
    body = f"91440300{i:09d}"
    return body + credit_code_check_char(body)


def _province(n: int, m: int, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    rng = np.random.default_rng(seed)
    ents = {
        "credit_code": [_code(i) for i in range(n)],
        "key_unit": rng.random(n) < 0.3,
        "permit_class": rng.choice(["key", "simplified", "registration"], n).tolist(),
        "drinking_water": rng.random(n) < 0.2,
        "other_sensitive": rng.random(n) < 0.2,
        "toxic": rng.random(n) < 0.3,
    }
    kinds = rng.integers(0, 6, m)
    evs = {
        "enterprise": rng.integers(0, max(n, 1), m),
        "type": kinds,
        "day": ON.toordinal() - rng.integers(0, 4 * 365, m),
        "value": np.where(kinds == 0, rng.integers(0, 3, m), rng.integers(0, 2, m)),
        "enterprises": n,
    }
    return ents, evs


NO_EVENTS = pa.table(
    {
        "enterprise": pa.array([], pa.int32()),
        "type": pa.array([], pa.string()),
        "day": pa.array([], pa.date32()),
        "value": pa.array([], pa.int8()),
    }
)


def _arrow_register(ents: dict[str, Any]) -> pa.Table:
    return pa.table({k: pa.array(v) for k, v in ents.items()})


def _arrow_events(evs: dict[str, Any], *, as_text: bool = True) -> pa.Table:
    names = np.array(list(EVENT_TYPES))
    kind = names[evs["type"]] if as_text else np.asarray(evs["type"], dtype=np.int8)
    return pa.table(
        {
            "enterprise": pa.array(np.asarray(evs["enterprise"], dtype=np.int32)),
            "type": pa.array(kind),
            "day": pa.array(np.asarray(evs["day"]) - 719_163, type=pa.int32()).cast(pa.date32()),
            "value": pa.array(np.asarray(evs["value"], dtype=np.int8)),
        }
    )


# --- grading -----------------------------------------------------------------------------------


@given(
    n=st.integers(0, 40),
    per=st.integers(0, 6),
    seed=st.integers(0, 2**32 - 1),
    as_text=st.booleans(),
)
def test_grading_from_arrow_equals_grading_from_plain_columns(
    n: int, per: int, seed: int, as_text: bool
) -> None:
    ents, evs = _province(n, n * per, seed)
    plain = grade_batch(
        EnterpriseTable.from_columns(**ents),
        EventTable.from_columns(**evs),
        policy=POLICY,
        on=ON,
    )
    arrow = grade_batch(
        _arrow_register(ents), _arrow_events(evs, as_text=as_text), policy=POLICY, on=ON
    )
    for column in (
        "credit_score",
        "credit_level",
        "risk_score",
        "risk_level",
        "grade",
        "colour",
        "positive_list_eligible",
        "next_change",
    ):
        assert getattr(arrow, column).tolist() == getattr(plain, column).tolist(), column
    assert list(arrow.enterprises.codes) == list(plain.enterprises.codes)
    assert arrow.to_arrow().equals(plain.to_arrow())
    assert arrow.to_arrow().schema.equals(ecoreg.grading_arrow_schema())


def test_the_graded_arrow_table_reads_as_the_batch_says() -> None:
    ents, _ = _province(3, 0, 1)
    ents["credit_code"][1] = ents["credit_code"][1].lower()  # read in upper case
    # Firm 0: a serious violation on 2026-06-01 counts through 2028-06-01 (the national
    # 24-month window, its anniversary day included), so its grade next changes on 2028-06-02.
    events = pa.table(
        {
            "enterprise": pa.array([0], pa.int32()),
            "type": ["violation"],
            "day": pa.array([dt.date(2026, 6, 1)], pa.date32()),
            "value": pa.array([2], pa.int8()),
        }
    )
    batch = grade_batch(_arrow_register(ents), events, policy=POLICY, on=ON)
    rows = batch.to_arrow().to_pylist()
    assert rows[1]["credit_code"] == ents["credit_code"][1].upper()
    assert rows[0]["next_change"] == dt.date.fromordinal(int(batch.next_change[0]))
    assert rows[0]["next_change"] == dt.date(2028, 6, 2)
    assert rows[2]["next_change"] is None
    assert [r["grade"] for r in rows] == [("A", "B", "C", "D")[int(g)] for g in batch.grade]


def test_pandas_and_record_batches_are_read_as_tables() -> None:
    ents, evs = _province(5, 20, 7)
    table = _arrow_register(ents)
    expected = grade_batch(table, _arrow_events(evs), policy=POLICY, on=ON).to_arrow()
    frame = table.to_pandas()
    from_pandas = grade_batch(frame, _arrow_events(evs).to_batches()[0], policy=POLICY, on=ON)
    assert from_pandas.to_arrow().equals(expected)
    chunked = pa.concat_tables([table.slice(0, 2), table.slice(2)])
    assert (
        grade_batch(chunked, _arrow_events(evs), policy=POLICY, on=ON).to_arrow().equals(expected)
    )


def _error(call: Any, *args: Any, **kwargs: Any) -> tuple[object, object, object]:
    with pytest.raises(InvalidInputError) as info:
        call(*args, **kwargs)
    return info.value.field, info.value.value, info.value.allowed


BAD_CODES = [
    "9144030000000000",  # 16 characters
    "91440300000000000AA",  # 19 characters
    "91440300000000000I",  # a letter the code does not use
    "91A40300000000000X",  # a letter in the division code
    "914403000000000001",  # a wrong check character
    "９1440300000000000X",  # a full-width digit (3 bytes in UTF-8)
    "",
]


@pytest.mark.parametrize("bad", BAD_CODES)
@pytest.mark.parametrize("row", [0, 3])
def test_a_bad_credit_code_in_arrow_is_refused_as_in_plain_columns(bad: str, row: int) -> None:
    ents, _ = _province(5, 0, 3)
    ents["credit_code"][row] = bad
    ents["credit_code"][4] = "x"  # a later bad row is not the one named
    plain = _error(EnterpriseTable.from_columns, **ents)
    assert plain[0] == f"credit_code.{row}"
    assert plain == _error(check_credit_code, bad, field=f"credit_code.{row}")
    assert _error(grade_batch, _arrow_register(ents), NO_EVENTS, policy=POLICY, on=ON) == plain


def test_bad_register_columns_in_arrow_are_refused_as_in_plain_columns() -> None:
    ents, _ = _province(4, 0, 5)
    ents["permit_class"][2] = "major"
    expected = ("permit_class.2", "major", "key, simplified or registration")
    assert _error(EnterpriseTable.from_columns, **ents) == expected
    assert _error(grade_batch, _arrow_register(ents), NO_EVENTS, policy=POLICY, on=ON) == expected


@pytest.mark.parametrize(
    ("column", "row", "value", "allowed"),
    [
        ("enterprise", 3, 9, "0 to 3"),
        ("type", 1, 6, "0 to 5"),
        ("day", 2, 700_000, "a date from 1950 to 2100 as an ordinal"),
        ("value", 0, 2, "0–2 for violations, 0 or 1 otherwise"),
    ],
)
def test_bad_event_columns_in_arrow_are_refused_as_in_plain_columns(
    column: str, row: int, value: int, allowed: str
) -> None:
    ents, evs = _province(4, 5, 11)
    evs["type"] = np.array([1, 0, 2, 3, 5])
    evs["value"] = np.array([1, 2, 0, 1, 0])
    evs[column] = np.asarray(evs[column]).copy()
    evs[column][row] = value
    evs[column][4] = value  # a later bad row is not the one named
    expected = (f"{column}.{row}", value, allowed)
    assert _error(EventTable.from_columns, **evs) == expected
    arrow = _arrow_events(evs, as_text=False)
    assert _error(grade_batch, _arrow_register(ents), arrow, policy=POLICY, on=ON) == expected


def test_an_arrow_event_type_as_text_must_be_a_record_type() -> None:
    ents, evs = _province(2, 3, 1)
    table = _arrow_events(evs).set_column(1, "type", pa.array(["alert", "fine", "audit"]))
    assert _error(grade_batch, _arrow_register(ents), table, policy=POLICY, on=ON) == (
        "type.1",
        "fine",
        "one of " + ", ".join(EVENT_TYPES),
    )


def test_missing_mistyped_and_null_arrow_columns_are_named() -> None:
    ents, evs = _province(3, 3, 2)
    register = _arrow_register(ents)
    field, value, allowed = _error(
        grade_batch, register.drop_columns(["toxic"]), [], policy=POLICY, on=ON
    )
    assert (field, value) == ("toxic", "missing")
    assert str(allowed).startswith("a column 'toxic' of booleans; the table has credit_code")
    mistyped = register.set_column(1, "key_unit", pa.array([1, 0, 1]))
    assert _error(grade_batch, mistyped, [], policy=POLICY, on=ON) == (
        "key_unit",
        "int64",
        "booleans",
    )
    nulls = register.set_column(2, "permit_class", pa.array(["key", None, None]))
    assert _error(grade_batch, nulls, [], policy=POLICY, on=ON) == (
        "permit_class.1",
        None,
        "no nulls: strings",
    )
    events = _arrow_events(evs).set_column(2, "day", pa.array([1.5, 2.0, 3.0]))
    assert _error(grade_batch, register, events, policy=POLICY, on=ON) == (
        "day",
        "double",
        "dates (date32) or day ordinals (integers)",
    )


def test_an_arrow_event_after_the_evaluation_date_is_refused() -> None:
    ents, evs = _province(2, 2, 1)
    evs["day"] = np.array([ON.toordinal(), ON.toordinal() + 1])
    field, value, _ = _error(
        grade_batch, _arrow_register(ents), _arrow_events(evs), policy=POLICY, on=ON
    )
    assert (field, value) == ("events.1.on", ON + dt.timedelta(days=1))


# --- whole-column checks of plain lists against the row-by-row reference ------------------------


def _reference_codes(codes: list[Any]) -> tuple[str, ...]:
    """The row-by-row check the whole-column one replaced."""
    return tuple(check_credit_code(c, field=f"credit_code.{i}") for i, c in enumerate(codes))


_code_chars = st.sampled_from(USCC + "ioszvIOSZV9a ١\x00é")


@given(
    st.lists(
        st.one_of(
            st.integers(0, 10**9 - 1).map(_code),
            st.integers(0, 10**9 - 1).map(lambda i: _code(i).lower()),
            st.text(_code_chars, min_size=16, max_size=19),
            st.integers(0, 10**9 - 1).map(lambda i: _code(i)[:17] + "0"),
        ),
        min_size=1,
        max_size=80,
    )
)
def test_whole_column_credit_codes_equal_the_row_by_row_check(codes: list[str]) -> None:
    try:
        expected: object = _reference_codes(codes)
    except InvalidInputError as exc:
        expected = (exc.field, exc.value, exc.allowed)
    flags = [False] * len(codes)
    columns = {
        "credit_code": codes,
        "key_unit": flags,
        "permit_class": ["key"] * len(codes),
        "drinking_water": flags,
        "other_sensitive": flags,
        "toxic": flags,
    }
    try:
        got: object = EnterpriseTable.from_columns(**columns).codes  # type: ignore[arg-type]
    except InvalidInputError as exc:
        got = (exc.field, exc.value, exc.allowed)
    assert got == expected
    try:
        arrow: object = tuple(
            grade_batch(pa.table(columns), NO_EVENTS, policy=POLICY, on=ON).enterprises.codes
        )
    except InvalidInputError as exc:
        arrow = (exc.field, exc.value, exc.allowed)
    assert arrow == expected


@given(
    st.lists(
        st.sampled_from(["key", "simplified", "registration", "Key", "major", "key\x00", ""]),
        min_size=1,
        max_size=100,
    )
)
def test_whole_column_permit_classes_equal_the_row_by_row_check(permits: list[str]) -> None:
    expected: object
    bad = [i for i, p in enumerate(permits) if p not in {"key", "simplified", "registration"}]
    expected = (
        (f"permit_class.{bad[0]}", permits[bad[0]], "key, simplified or registration")
        if bad
        else [{"key": 0, "simplified": 1, "registration": 2}[p] for p in permits]
    )
    n = len(permits)
    columns = {
        "credit_code": [_code(i) for i in range(n)],
        "key_unit": [False] * n,
        "permit_class": permits,
        "drinking_water": [False] * n,
        "other_sensitive": [False] * n,
        "toxic": [False] * n,
    }
    try:
        got: object = EnterpriseTable.from_columns(**columns).permit.tolist()  # type: ignore[arg-type]
    except InvalidInputError as exc:
        got = (exc.field, exc.value, exc.allowed)
    assert got == expected


def test_a_long_column_with_a_lone_surrogate_or_another_type_is_still_refused() -> None:
    codes = [_code(i) for i in range(100)]
    assert _plain_column(codes, str)
    assert not _plain_column([*codes[:50], "\ud800", *codes[50:]], str)
    assert not _plain_column([*codes[:99], 5], str)
    assert not _plain_column([True] * 100, int)
    assert _plain_column([1] * 100, float)
    with pytest.raises(InvalidTypeError) as info:
        EnterpriseTable.from_columns(
            credit_code=[*codes[:70], "\udc00", *codes[71:]],
            key_unit=[False] * 100,
            permit_class=["key"] * 100,
            drinking_water=[False] * 100,
            other_sensitive=[False] * 100,
            toxic=[False] * 100,
        )
    assert info.value.field == "credit_code"


def test_the_code_column_reads_as_a_sequence_of_strings() -> None:
    column = CodeColumn(np.array([b"91440300000000000X", b"914403000000000010"], dtype="S18"))
    assert (len(column), column[1], column[-1], column[:1], list(column)) == (
        2,
        "914403000000000010",
        "914403000000000010",
        ("91440300000000000X",),
        ["91440300000000000X", "914403000000000010"],
    )
    assert column.to_arrow().to_pylist() == list(column)


# --- alerts --------------------------------------------------------------------------------------


def _alert_columns(n: int, seed: int) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    day = int(dt.datetime(2026, 10, 1, tzinfo=dt.UTC).timestamp())
    kinds = [k.value for k in AlertKind]
    return {
        "ids": [f"A{i}" for i in range(n)],
        "enterprise": [f"E{i}" for i in rng.integers(0, 5, n)],
        "outlet": [f"DA{i}" for i in rng.integers(0, 2, n)],
        "pollutant": rng.choice(["SO2", "NOx", "PM"], n).tolist(),
        "kind": rng.choice(kinds, n).tolist(),
        "start": (day + 60 * rng.integers(0, 300, n)).tolist(),
        "flag": rng.choice(["N", "N", "N", "M", "F", "D"], n).tolist(),
    }


def _alert_table(columns: dict[str, Any], *, timestamps: bool = True) -> pa.Table:
    start = pa.array(columns["start"], pa.int64())
    return pa.table(
        {
            "id": columns["ids"],
            "enterprise": pa.array(columns["enterprise"]).dictionary_encode(),
            "outlet": columns["outlet"],
            "pollutant": pa.array(columns["pollutant"], pa.large_string()),
            "kind": columns["kind"],
            "start": start.cast(pa.timestamp("s", tz="UTC")) if timestamps else start,
            "flag": columns["flag"],
        }
    )


CONTEXTS = [ecoreg.EnterpriseContext(enterprise="E1", key_unit=True)]


@given(n=st.integers(0, 120), seed=st.integers(0, 2**32 - 1), timestamps=st.booleans())
def test_routing_from_arrow_equals_routing_from_plain_columns(
    n: int, seed: int, timestamps: bool
) -> None:
    columns = _alert_columns(n, seed)
    plain = route_alerts(AlertBatch.from_columns(**columns), policy=ALERT_POLICY, contexts=CONTEXTS)
    arrow = route_alerts(
        _alert_table(columns, timestamps=timestamps), policy=ALERT_POLICY, contexts=CONTEXTS
    )
    for column in (
        "suppress",
        "tier",
        "tier_cause",
        "respond_by",
        "self_check_until",
        "tampering",
        "incident",
        "incident_order",
        "incident_bounds",
        "incident_tier",
        "incident_respond_by",
    ):
        assert getattr(arrow, column).tolist() == getattr(plain, column).tolist(), column
    assert arrow.to_arrow().equals(plain.to_arrow())
    assert arrow.incidents_to_arrow().equals(plain.incidents_to_arrow())
    assert list(arrow.batch.ids) == columns["ids"]
    assert arrow.incidents == plain.incidents


def test_the_routed_arrow_tables_read_as_the_incidents_say() -> None:
    routing = route_alerts(
        _alert_table(_alert_columns(60, 3)), policy=ALERT_POLICY, contexts=CONTEXTS
    )
    rows = routing.incidents_to_arrow().to_pylist()
    assert len(rows) == routing.incident_count
    for number, row in enumerate(rows):
        incident = routing.incident_at(number)
        assert (row["enterprise"], row["kind"], row["alerts"], row["tier"]) == (
            incident.enterprise,
            incident.kind.value,
            incident.count,
            incident.tier.value,
        )
        assert row["first_start"] == incident.first_start
        assert row["respond_by"] == incident.respond_by
    alerts = routing.to_arrow().to_pylist()
    assert [a["incident"] is None for a in alerts] == routing.suppressed.tolist()


@pytest.mark.parametrize(
    ("column", "bad", "allowed"),
    [
        ("enterprise", "", "a non-empty string"),
        ("outlet", "", "a non-empty string"),
        ("kind", "smoke", "one of " + ", ".join(k.value for k in AlertKind)),
        ("flag", "Z", "one of N, F, M, S, D, C, T, B"),
    ],
)
def test_bad_alert_columns_in_arrow_are_refused_as_in_plain_columns(
    column: str, bad: str, allowed: str
) -> None:
    columns = _alert_columns(6, 1)
    columns[column][2] = bad
    columns[column][5] = bad
    expected = (f"{column}.2", bad, allowed)
    assert _error(AlertBatch.from_columns, **columns) == expected
    assert _error(route_alerts, _alert_table(columns), policy=ALERT_POLICY) == expected


def test_an_alert_start_out_of_range_is_refused_as_in_plain_columns() -> None:
    columns = _alert_columns(4, 1)
    columns["start"][1] = -(10**12)
    plain = _error(AlertBatch.from_columns, **columns)
    assert plain[:2] == ("start.1", -(10**12))
    assert _error(route_alerts, _alert_table(columns, timestamps=False), policy=ALERT_POLICY) == (
        plain
    )
    naive = _alert_table(columns).set_column(5, "start", pa.array([0, 1, 2, 3], pa.timestamp("s")))
    assert _error(route_alerts, naive, policy=ALERT_POLICY)[0] == "start"


def _reference_starts(new_key: list[bool], start: list[int], window: int) -> list[int]:
    """The row loop the whole-column grouping replaced."""
    bounds, first = [], 0
    for pos, (fresh, s) in enumerate(zip(new_key, start, strict=True)):
        if fresh or s - first > window:
            bounds.append(pos)
            first = s
    return [*bounds, len(start)]


@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(0, 400)), min_size=1, max_size=200),
    st.integers(0, 120),
)
def test_incident_openings_equal_the_row_loop(rows: list[tuple[int, int]], window: int) -> None:
    rows.sort()
    key = np.array([k for k, _ in rows])
    start = np.array([s for _, s in rows], dtype=np.int64)
    new_key = np.ones(len(rows), dtype=bool)
    new_key[1:] = key[1:] != key[:-1]
    got = _incident_starts(new_key, start, window).tolist()
    assert got == _reference_starts(new_key.tolist(), start.tolist(), window)


@given(
    st.lists(
        st.tuples(st.integers(-3, 3), st.integers(0, 5), st.integers(0, 10**9 - 1)), max_size=60
    )
)
def test_the_packed_sort_equals_lexsort(rows: list[tuple[int, int, int]]) -> None:
    keys = tuple(np.array([r[i] for r in rows], dtype=np.int64) for i in range(3))
    assert _sort_order(keys).tolist() == np.lexsort(keys).tolist()
    wide = (np.array([0, 2**40, 1]), np.array([2**40, 0, 2**40]))  # too wide to pack
    assert _sort_order(wide).tolist() == np.lexsort(wide).tolist()


# --- the published schemas and the optional dependency --------------------------------------------


@pytest.mark.parametrize("name", sorted(ARROW_SCHEMAS))
def test_each_published_arrow_schema_file_is_current_and_reads_back(name: str) -> None:
    text = (files("ecoreg.schemas") / f"{name}.arrow.json").read_text(encoding="utf-8")
    doc = json.loads(text)
    schema = pa.ipc.read_schema(pa.py_buffer(base64.b64decode(doc["ipc_base64"])))
    assert schema.equals(ARROW_SCHEMAS[name](), check_metadata=True)
    assert [f["name"] for f in doc["fields"]] == schema.names
    result = subprocess.run(
        [sys.executable, "scripts/gen_arrow_schemas.py", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


BLOCKED = """
import sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"pyarrow", "pyspark"}:
            raise ImportError(name + " is blocked")
        return None

sys.meta_path.insert(0, Block())
import datetime as dt
import ecoreg
from ecoreg import grading, alerts, monitoring, inspections, schemas, spark

policy = ecoreg.standard_policy_book().resolve("CN", dt.date(2026, 11, 1))
batch = ecoreg.grade_batch([], [], policy=policy, on="2026-11-01")
assert "pyarrow" not in sys.modules and "pyspark" not in sys.modules


class Stream:
    def __arrow_c_stream__(self, requested_schema=None):
        raise AssertionError("never read without pyarrow")


try:
    ecoreg.grade_batch(Stream(), [], policy=policy, on="2026-11-01")
except ImportError as exc:
    print(exc)
"""


def test_ecoreg_imports_and_grades_without_pyarrow_or_pyspark() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Arrow input and output need pyarrow: pip install 'ecoreg[arrow]'"
    )


# --- the grading core at a nation's scale: the same answers as the rounds it replaced -----------


@given(
    n=st.integers(1, 30),
    per=st.integers(0, 8),
    seed=st.integers(0, 2**32 - 1),
    code=st.sampled_from(["CN", "CN-SN"]),
)
def test_next_change_at_once_equals_the_rounds(n: int, per: int, seed: int, code: str) -> None:
    ents_columns, evs_columns = _province(n, n * per, seed)
    # Days within 900 days before the date: many expiries fall after it, some on the same day.
    evs_columns["day"] = ON.toordinal() - np.random.default_rng(seed).integers(0, 900, n * per)
    ents = EnterpriseTable.from_columns(**ents_columns)
    evs = EventTable.from_columns(**evs_columns)
    s = _Settings.of(ecoreg.standard_policy_book().resolve(code, ON))
    day = ON.toordinal()
    for every_row, counting_on in ((True, None), (False, None), (False, day)):
        prep = _prepare(ents, evs, s, every_row=every_row, counting_on=counting_on)
        statuses = _statuses(evs, n)
        now = _evaluate(ents, prep, s, np.full(n, day, dtype=np.int64), statuses)
        at_once = _next_change_at_once(ents, prep, s, day, now, statuses)
        rounds = _next_change_by_rounds(ents, prep, s, day, now, statuses)
        assert at_once.tolist() == rounds.tolist()


def test_fractional_points_take_the_rounds() -> None:
    ents_columns, evs_columns = _province(20, 100, 4)
    ents = EnterpriseTable.from_columns(**ents_columns)
    evs = EventTable.from_columns(**evs_columns)
    s = attrs.evolve(
        _Settings.of(POLICY), v_credit=(0.1, 0.2, 0.7), event_points=(0.1, 0.2, 0.3, 0.1, 0.1)
    )
    prep = _prepare(ents, evs, s, every_row=False)
    statuses = _statuses(evs, 20)
    day = ON.toordinal()
    now = _evaluate(ents, prep, s, np.full(20, day, dtype=np.int64), statuses)
    assert _next_change(ents, prep, s, day, now, statuses).tolist() == (
        _next_change_by_rounds(ents, prep, s, day, now, statuses).tolist()
    )


@given(
    st.lists(
        st.tuples(st.integers(0, 4), st.sampled_from([3, 5]), st.integers(0, 6), st.integers(0, 1)),
        max_size=60,
    )
)
def test_latest_status_equals_the_reference(rows: list[tuple[int, int, int, int]]) -> None:
    table = EventTable(
        enterprise=np.array([r[0] for r in rows], dtype=np.int64),
        type=np.array([r[1] for r in rows], dtype=np.int64),
        day=np.array([700_000 + r[2] for r in rows], dtype=np.int64),
        value=np.array([r[3] for r in rows], dtype=np.int64),
    )
    for code in (3, 5):
        expected = []
        for e in range(5):
            mine = [(d, v) for ent, t, d, v in rows if ent == e and t == code]
            latest = max((d for d, _ in mine), default=None)
            expected.append(-1 if latest is None else min(v for d, v in mine if d == latest))
        everything = np.ones(len(rows), dtype=bool)
        assert _latest_status(table, code, everything, 5).tolist() == expected
        assert _latest_status(table, code, None, 5).tolist() == expected


def test_a_dictionary_column_is_factorized_in_order_of_first_appearance() -> None:
    columns = _alert_columns(5, 2)
    columns["enterprise"] = ["E2", "E1", "E2", "E3", "E1"]
    table = _alert_table(columns).set_column(
        1,
        "enterprise",
        pa.DictionaryArray.from_arrays(
            pa.array([1, 0, 2, 3, 0], pa.int8()), ["E1", "E2", "E2", "E3", "unused"]
        ),
    )
    batch = route_alerts(table, policy=ALERT_POLICY).batch
    assert batch.enterprises == ("E2", "E1", "E3")
    assert batch.enterprise.tolist() == [0, 1, 0, 2, 1]
    empty = table.set_column(
        1, "enterprise", pa.DictionaryArray.from_arrays(pa.array([0, 0, 1, 0, 0]), ["E1", ""])
    )
    assert _error(route_alerts, empty, policy=ALERT_POLICY) == (
        "enterprise.2",
        "",
        "a non-empty string",
    )


# --- monitoring series from Arrow ----------------------------------------------------------------

DETECT_POLICY = ecoreg.standard_policy_book().resolve("CN", dt.date(2026, 10, 1))


@given(
    rows=st.integers(1, 4),
    seed=st.integers(0, 2**32 - 1),
    with_flags=st.booleans(),
    as_nulls=st.booleans(),
)
def test_detecting_arrow_series_equals_detecting_the_matrix(
    rows: int, seed: int, with_flags: bool, as_nulls: bool
) -> None:
    rng = np.random.default_rng(seed)
    points = 240
    values = np.where(rng.random((rows, points)) < 0.5, 35.0, rng.random((rows, points)) * 50)
    values[rng.random((rows, points)) < 0.1] = np.nan
    values[:, 100:160] = np.where(rng.random((rows, 1)) < 0.5, 0.0, values[:, 100:160])
    flags = rng.choice(np.array(["N", "N", "N", "F", "M", "D"]), (rows, points))
    series = pa.array(
        [[None if as_nulls and np.isnan(x) else float(x) for x in row] for row in values],
        type=pa.list_(pa.float64()),
    )
    columns: dict[str, Any] = {"values": series}
    if with_flags:
        columns["flags"] = pa.array(flags.tolist())
    arrow = ecoreg.detect(pa.table(columns), policy=DETECT_POLICY)
    plain = ecoreg.detect(values, policy=DETECT_POLICY, flags=flags if with_flags else None)
    assert arrow.to_arrow().equals(plain.to_arrow())
    assert arrow.to_arrow().schema.equals(ecoreg.detection_arrow_schema())


def test_arrow_series_of_another_length_are_refused_by_row() -> None:
    ragged = pa.table({"values": pa.array([[1.0, 2.0, 3.0], [1.0, 2.0, 3.0], [1.0]])})
    assert _error(ecoreg.detect, ragged, policy=DETECT_POLICY) == (
        "values.2",
        "1 points",
        "3 points, as many as every series",
    )
    flags = ragged.slice(0, 2).append_column("flags", pa.array([["N", "N", "N"], ["N"]]))
    assert _error(ecoreg.detect, flags, policy=DETECT_POLICY)[:2] == ("flags.1", "1 points")
    text = pa.table({"values": pa.array([["a", "b"]])})
    assert _error(ecoreg.detect, text, policy=DETECT_POLICY) == (
        "values",
        "list<item: string>",
        "lists of numbers",
    )
    scalar = pa.table({"values": pa.array([1.0, 2.0])})
    assert _error(ecoreg.detect, scalar, policy=DETECT_POLICY)[:2] == ("values", "double")


def test_the_detection_columns_are_the_classes() -> None:
    fields = [f.name for f in attrs.fields(Detection)[1:]]
    assert [name for name, _ in DETECTION_COLUMNS] == fields
    assert {name for name, boolean in DETECTION_COLUMNS if boolean} == _BOOLEAN_COLUMNS
