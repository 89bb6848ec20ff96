"""Monitoring series through Apache Arrow: one series per row in, the detection's columns out.

A series is one row of a list column ``values`` (numbers; a null point is missing data), with
an optional list column ``flags`` (the HJ 212 flag letters of its points): the shape that
``collect_list`` over an outlet-day gives in Spark or DuckDB. pyarrow is imported lazily (the
``arrow`` extra).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from ecoreg.core._boundary import check_public
from ecoreg.core._columnar import (
    arrow_column,
    arrow_table,
    dictionary_codes,
    empty_string_row,
    factorize,
    first_true,
    pyarrow_module,
)
from ecoreg.core._time import FIRST_DAY, LAST_DAY
from ecoreg.exceptions import InvalidInputError
from ecoreg.monitoring._frames import FLAG_LETTERS

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = [
    "detection_arrow_schema",
    "frame_warning_arrow_schema",
    "ratio_result_arrow_schema",
    "ratio_series_arrow_schema",
    "readings_arrow_schema",
    "series_arrow_schema",
]

_ZONE: Final = "Asia/Shanghai"
_UTC8: Final = dt.timezone(dt.timedelta(hours=8))
_FIRST_SECOND: Final = int(dt.datetime(FIRST_DAY.year, 1, 1, tzinfo=_UTC8).timestamp())
_LAST_SECOND: Final = int(dt.datetime(LAST_DAY.year, 12, 31, 23, 59, 59, tzinfo=_UTC8).timestamp())
"""The data times `to_series` reads from Arrow: the days ecoreg supports, in Asia/Shanghai."""
KINDS: Final = ("rtd", "avg", "min", "max", "cou")
"""The value columns of readings, as ``hj212.KINDS`` (`Readings` imports this module, not the
other way round; a test holds them equal)."""
_UNIT: Final = {"s": 1, "ms": 1_000, "us": 1_000_000, "ns": 1_000_000_000}
_FLAG_CODE: Final = {flag: i for i, flag in enumerate(("", *FLAG_LETTERS))}
_FLAG_WORDS: Final = np.array(("", *FLAG_LETTERS), dtype="U1")

DETECTION_COLUMNS: Final = (
    ("flat_slots", False),
    ("flat", True),
    ("longest_constant_minutes", False),
    ("constant", True),
    ("longest_zero_minutes", False),
    ("zero", True),
    ("longest_gap_minutes", False),
    ("missing_minutes", False),
    ("manual_testing_required", True),
    ("backup_equipment_required", True),
    ("sudden_rises", False),
    ("sudden_rise", True),
    ("flat_start", False),
    ("zero_start", False),
    ("gap_start", False),
    ("rise_start", False),
)
"""`Detection`'s columns in order, and which are booleans (the others hold integers); a test
holds them to the class (`Detection` imports this module, not the other way round)."""


def series_arrow_schema() -> Any:
    """The Arrow schema of series as `detect` reads them: one series per row, points in order.

    ``values`` may be any list type of integers or floats (a null point is missing data);
    ``flags`` may be left out.

    Examples:
        >>> series_arrow_schema().names
        ['values', 'flags']
    """
    pa = pyarrow_module()
    return pa.schema(
        [
            pa.field(
                "values",
                pa.list_(pa.float64()),
                nullable=False,
                metadata={"description": "the points of one series, equally spaced"},
            ),
            pa.field(
                "flags",
                pa.list_(pa.string()),
                nullable=True,
                metadata={"description": "the HJ 212 flag of each point; null for none given"},
            ),
        ]
    )


def detection_arrow_schema() -> Any:
    """The Arrow schema of `Detection.to_arrow` (one row per series, in input order).

    Examples:
        >>> detection_arrow_schema().field("flat").type
        DataType(bool)
    """
    pa = pyarrow_module()
    fields = []
    for name, boolean in DETECTION_COLUMNS:
        nullable = name.endswith("_required")
        fields.append(
            pa.field(
                name,
                pa.bool_() if boolean else pa.int64(),
                nullable=nullable,
                metadata={
                    "description": "null where the policy has no such mark"
                    if nullable
                    else "see ecoreg.monitoring.Detection"
                },
            )
        )
    return pa.schema(fields)


def _lists(table: Any, name: str, rows: int | None) -> tuple[Any, int]:
    """Column ``name`` as one list array of equal-length rows, and that length."""
    pa = pyarrow_module()
    t = pa.types
    column = table.column(name)
    arr = column.chunk(0) if column.num_chunks else pa.array([], type=column.type)
    typ = arr.type
    if not (t.is_list(typ) or t.is_large_list(typ) or t.is_fixed_size_list(typ)):
        raise InvalidInputError(
            field=name, value=str(typ), allowed="a list column: one series per row"
        )
    if arr.null_count:
        row = first_true(np.asarray(arr.is_null().to_numpy(zero_copy_only=False)))
        raise InvalidInputError(
            field=f"{name}.{row}", value=None, allowed="a series (a list of points)"
        )
    lengths = np.asarray(pa.compute.list_value_length(arr).to_numpy(zero_copy_only=False))
    points = int(lengths[0]) if rows is None and len(lengths) else (rows or 0)
    row = first_true(lengths != points)
    if row >= 0:
        raise InvalidInputError(
            field=f"{name}.{row}",
            value=f"{int(lengths[row])} points",
            allowed=f"{points} points, as many as every series",
        )
    return arr, points


def _number_lists(table: Any, name: str, rows: int | None) -> tuple[npt.NDArray[np.float64], int]:
    """List column ``name`` as a matrix (rows × points, NaN where a point is null)."""
    pa = pyarrow_module()
    if name not in table.column_names:
        raise InvalidInputError(
            field=name,
            value="missing",
            allowed=f"a column {name!r}: one series per row; the table has "
            + (", ".join(table.column_names) or "no columns"),
        )
    arr, points = _lists(table, name, rows)
    flat = pa.compute.list_flatten(arr)
    if not (pa.types.is_integer(flat.type) or pa.types.is_floating(flat.type)):
        raise InvalidInputError(field=name, value=str(arr.type), allowed="lists of numbers")
    values = np.asarray(flat.cast(pa.float64()).to_numpy(zero_copy_only=False), dtype=np.float64)
    return values.reshape(len(arr), points), points


def _single_letters(letters: Any) -> npt.NDArray[np.str_] | None:
    """Flags of at most one byte each as a ``U1`` array, or ``None`` when a flag is longer.

    Read from the string array's buffers: no Python string, no dictionary. A null or empty
    flag is ``""``; one byte of UTF-8 is an ASCII character, so the letters are the bytes.
    """
    n = len(letters)
    if n == 0:
        return np.zeros(0, dtype="U1")
    offsets = np.frombuffer(letters.buffers()[1], dtype=np.int32)[
        letters.offset : letters.offset + n + 1
    ]
    lengths = np.diff(offsets)
    if n and int(lengths.max()) > 1:
        return None
    data = letters.buffers()[2]
    raw = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, np.uint8)
    if n and int(lengths.min()) == 1 and not letters.null_count:
        codes = raw[offsets[0] : offsets[0] + n].astype(np.uint32)  # every flag one letter
    else:
        codes = np.zeros(n, dtype=np.uint32)
        one = lengths == 1
        if letters.null_count:
            one &= np.asarray(letters.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
        codes[one] = raw[offsets[:-1][one]]
    return codes.view("U1")


def _flag_lists(table: Any, name: str, points: int) -> npt.NDArray[Any] | None:
    """List column ``name`` of flag letters as a matrix, or ``None`` when absent or all null."""
    pa = pyarrow_module()
    if name not in table.column_names or table.column(name).null_count == table.num_rows:
        return None
    marks, _ = _lists(table, name, points)
    letters = pa.compute.list_flatten(marks)
    if pa.types.is_dictionary(letters.type):
        letters = letters.dictionary_decode()
    if not pa.types.is_string(letters.type):
        letters = letters.cast(pa.string())
    single = _single_letters(letters)
    if single is not None:
        return single.reshape(len(marks), points)
    # Each distinct flag once: a few words, then NumPy takes them by index (a Python string
    # per point cost 20 times the detectors' own time).
    encoded = letters.fill_null("").dictionary_encode()
    words = np.array(encoded.dictionary.to_pylist() or [""], dtype=str)
    indices = np.asarray(encoded.indices.to_numpy(zero_copy_only=False), dtype=np.intp)
    return words[indices].reshape(len(marks), points)


def series_from_arrow(data: object) -> tuple[npt.NDArray[np.float64], npt.NDArray[Any] | None]:
    """The values (rows × points, NaN where missing) and the flags (or ``None``) of Arrow series.

    Raises:
        InvalidInputError: naming the column, and the first row that is not a series of the
            same length as the first.
    """
    table = arrow_table(data, "values")
    matrix, points = _number_lists(table, "values", None)
    return matrix, _flag_lists(table, "flags", points)


def detection_to_arrow(detection: Any) -> Any:
    """A `Detection`'s columns as an Arrow table (`detection_arrow_schema`)."""
    pa = pyarrow_module()
    n = len(detection)
    columns = []
    for name, boolean in DETECTION_COLUMNS:
        column = getattr(detection, name)
        typ = pa.bool_() if boolean else pa.int64()
        columns.append(pa.nulls(n, typ) if column is None else pa.array(column, type=typ))
    return pa.Table.from_arrays(columns, schema=detection_arrow_schema())


def _schema(columns: tuple[tuple[str, Any, str], ...]) -> Any:
    pa = pyarrow_module()
    return pa.schema(
        [
            # A column that may hold nulls says so in its description ("null ...").
            pa.field(name, typ, nullable="null" in doc, metadata={"description": doc})
            for name, typ, doc in columns
        ]
    )


def readings_arrow_schema() -> Any:
    """The Arrow schema of `Readings.to_arrow`: one row per factor of each record with a time.

    `to_series` reads a table of this schema back (from Parquet, say); it needs ``mn``,
    ``cn``, ``time``, ``factor`` and the value column it puts on the grid, and reads ``flag``
    when there is one. Strings may also be plain (not dictionary-encoded) and ``time`` epoch
    seconds or a timestamp of any unit with a zone.

    Examples:
        >>> readings_arrow_schema().names[:5]
        ['position', 'mn', 'cn', 'time', 'factor']
    """
    pa = pyarrow_module()
    text = pa.dictionary(pa.int32(), pa.string())
    kinds = ("Rtd", "Avg", "Min", "Max", "Cou")
    return _schema(
        (
            ("position", pa.int64(), "the byte position of the frame the reading came from"),
            ("mn", text, "the data collector (MN) of the frame"),
            ("cn", text, "the command (CN): 2011 real-time, 2051 minute, 2061 hour, 2031 day"),
            ("time", pa.timestamp("s", tz=_ZONE), "the data time (DataTime), whole seconds"),
            ("factor", text, "the factor code (an HJ/T 212-2005 code under its 2017 code)"),
            *(
                (kind, pa.float64(), f"the {word} value; null where not sent")
                for kind, word in zip(KINDS, kinds, strict=True)
            ),
            (
                "flag",
                pa.string(),
                f"the HJ 212 data flag, one of {', '.join(FLAG_LETTERS)}; null where none was sent",
            ),
        )
    )


def frame_warning_arrow_schema() -> Any:
    """The Arrow schema of `Readings.warnings_to_arrow` (one row per frame and warning).

    Examples:
        >>> frame_warning_arrow_schema().names
        ['position', 'mn', 'name', 'field', 'sent']
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("position", pa.int64(), "the byte position of the frame"),
            ("mn", pa.string(), "the frame's data collector (MN)"),
            ("name", pa.string(), "the warning (ecoreg.monitoring.hj212.WARNINGS)"),
            ("field", pa.string(), "where in the frame it was found"),
            ("sent", pa.string(), "what was sent there"),
        )
    )


def _coded(names: tuple[str, ...], codes: npt.NDArray[np.int64]) -> Any:
    pa = pyarrow_module()
    return pa.DictionaryArray.from_arrays(
        pa.array(codes.astype(np.int32)), pa.array(list(names), type=pa.string())
    )


def readings_to_arrow(readings: Any) -> Any:
    """`Readings` as an Arrow table (`readings_arrow_schema`), in the readings' row order."""
    pa = pyarrow_module()
    values = readings.values
    kinds = []
    for i in range(len(KINDS)):
        column = np.ascontiguousarray(values[:, i])
        kinds.append(pa.array(column, type=pa.float64(), mask=np.isnan(column)))
    return pa.Table.from_arrays(
        [
            pa.array(readings.position, type=pa.int64()),
            _coded(readings.stations, readings.mn),
            _coded(readings.commands, readings.cn),
            pa.array(readings.time, type=pa.int64()).cast(pa.timestamp("s", tz=_ZONE)),
            _coded(readings.factors, readings.factor),
            *kinds,
            _flag_array(readings.flag),
        ],
        schema=readings_arrow_schema(),
    )


def _flag_array(flag: npt.NDArray[np.str_]) -> Any:
    """Flags (``""`` for none) as an Arrow string array, null where ``""``.

    Flags of one ASCII letter (every flag `read_capture` gives) are written straight into the
    array's buffers; any other text goes through pyarrow's conversion.
    """
    pa = pyarrow_module()
    if flag.dtype != np.dtype("U1"):
        return pa.array(flag, type=pa.string(), mask=flag == "")
    codes = flag.view(np.uint32)
    sent = codes != 0
    letters = codes[sent]
    if len(letters) and int(letters.max()) > 0x7F:
        return pa.array(flag, type=pa.string(), mask=~sent)
    offsets = np.zeros(len(flag) + 1, dtype=np.int32)
    np.cumsum(sent, out=offsets[1:])
    nulls = len(flag) - len(letters)
    validity = pa.py_buffer(np.packbits(sent, bitorder="little")) if nulls else None
    return pa.StringArray.from_buffers(
        len(flag),
        pa.py_buffer(offsets),
        pa.py_buffer(letters.astype(np.uint8)),
        validity,
        nulls,
    )


def reading_warnings_to_arrow(readings: Any) -> Any:
    """The warnings of `Readings` as an Arrow table (`frame_warning_arrow_schema`)."""
    pa = pyarrow_module()
    w = readings.warnings
    return pa.Table.from_arrays(
        [
            pa.array(w.position, type=pa.int64()),
            *(
                pa.array(list(getattr(w, n)), type=pa.string())
                for n in ("mn", "name", "field", "sent")
            ),
        ],
        schema=frame_warning_arrow_schema(),
    )


def _categories(table: Any, name: str) -> tuple[tuple[str, ...], npt.NDArray[np.int64]]:
    """A string column's distinct values and each row's code.

    The values are in a dictionary's own order (each value at its first entry), or in the
    order of first appearance for plain strings.
    """
    pa = pyarrow_module()
    arr = arrow_column(table, name, "str")
    row = empty_string_row(arr)
    if row >= 0:
        raise InvalidInputError(field=f"{name}.{row}", value="", allowed="a non-empty string")
    if not pa.types.is_dictionary(arr.type):
        return factorize(arr)
    canonical: dict[str, int] = {}
    same = np.array(
        [canonical.setdefault(w, len(canonical)) for w in arr.dictionary.to_pylist()],
        dtype=np.int64,
    )
    indices = np.asarray(arr.indices.to_numpy(), dtype=np.int64)
    return tuple(canonical), same[indices] if len(same) else np.zeros(len(arr), dtype=np.int64)


def _data_times(table: Any) -> npt.NDArray[np.int64]:
    """Column ``time`` as epoch seconds (a finer unit rounded down).

    Refused without a zone, or outside the days ecoreg supports.
    """
    pa = pyarrow_module()
    arr = arrow_column(table, "time", "timestamp")
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if pa.types.is_timestamp(arr.type):
        if arr.type.tz is None:
            raise InvalidInputError(
                field="time",
                value=str(arr.type),
                allowed="zone-aware instants (timestamp with a time zone) or epoch seconds",
            )
        raw = np.asarray(arr.cast(pa.int64()).to_numpy())
        seconds = raw // _UNIT[arr.type.unit]
    else:
        seconds = np.asarray(arr.to_numpy()).astype(np.int64)
    row = first_true((seconds < _FIRST_SECOND) | (seconds > _LAST_SECOND))
    if row >= 0:
        raise InvalidInputError(
            field=f"time.{row}",
            value=int(seconds[row]),
            allowed=f"epoch seconds from {_FIRST_SECOND} to {_LAST_SECOND} "
            f"({FIRST_DAY} to {LAST_DAY}, the days ecoreg supports)",
        )
    return seconds


def _kind_values(table: Any, kind: str) -> npt.NDArray[np.float64]:
    """The value column ``kind`` as float64, NaN where null (not sent)."""
    pa = pyarrow_module()
    t = pa.types
    if kind not in table.column_names:
        raise InvalidInputError(
            field=kind,
            value="missing",
            allowed=f"a column {kind!r} of numbers (the kind put on the grid); the table has "
            + (", ".join(table.column_names) or "no columns"),
        )
    column = table.column(kind)
    if t.is_null(column.type):  # nothing sent of this kind
        return np.full(table.num_rows, np.nan)
    if not (t.is_integer(column.type) or t.is_floating(column.type)):
        raise InvalidInputError(
            field=kind, value=str(column.type), allowed="numbers; null where not sent"
        )
    arr = column.chunk(0) if column.num_chunks else pa.array([], type=column.type)
    return np.asarray(arr.cast(pa.float64()).to_numpy(zero_copy_only=False), dtype=np.float64)


def _flag_letters(table: Any) -> npt.NDArray[np.str_]:
    """Column ``flag`` as one letter per row, ``""`` where null, empty or absent."""
    pa = pyarrow_module()
    t = pa.types
    n = table.num_rows
    if "flag" not in table.column_names or t.is_null(table.column("flag").type):
        return np.full(n, "", dtype="U1")
    column = table.column("flag")
    typ = column.type.value_type if t.is_dictionary(column.type) else column.type
    if not (t.is_string(typ) or t.is_large_string(typ) or t.is_string_view(typ)):
        raise InvalidInputError(
            field="flag", value=str(typ), allowed="strings: an HJ 212 flag letter, or null"
        )
    arr = column.chunk(0) if column.num_chunks else pa.array([], type=column.type)
    if t.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    codes = dictionary_codes(
        arr.fill_null(""),
        _FLAG_CODE,
        "flag",
        f"one of {', '.join(FLAG_LETTERS)}; null or empty where none was sent",
    )
    return _FLAG_WORDS[codes]


def readings_from_arrow(data: object, cn: str, kind: str) -> tuple[Any, ...]:
    """What `to_series` needs of Arrow readings (`readings_arrow_schema`), every column checked.

    Returns the station and factor tables, and for the rows of command ``cn`` (in input order)
    the station and factor codes, the data times, the values of ``kind`` and the flags.

    Raises:
        InvalidInputError: naming the column and the first bad row in input order.
    """
    pa = pyarrow_module()
    table = arrow_table(data, "readings")
    stations, mn = _categories(table, "mn")
    commands = arrow_column(table, "cn", "str")
    time = _data_times(table)
    factors, factor = _categories(table, "factor")
    values = _kind_values(table, kind)
    flags = _flag_letters(table)
    if pa.types.is_dictionary(commands.type):
        words = commands.dictionary.to_pylist()
        match = np.array([w == cn for w in words], dtype=bool)
        indices = np.asarray(commands.indices.to_numpy(), dtype=np.int64)
        chosen = match[indices] if len(words) else np.zeros(len(commands), dtype=bool)
    else:
        chosen = np.asarray(
            pa.compute.equal(commands, cn).to_numpy(zero_copy_only=False), dtype=bool
        )
    take = np.flatnonzero(chosen)
    return stations, factors, mn[take], factor[take], time[take], values[take], flags[take]


def ratio_series_arrow_schema() -> Any:
    """The Arrow schema of inlet/outlet series as `detect_ratio` reads them: one pair per row.

    ``inlet`` and ``outlet`` may be any list type of integers or floats (a null point is
    missing data); the flags may be left out.

    Examples:
        >>> ratio_series_arrow_schema().names
        ['inlet', 'outlet', 'inlet_flags', 'outlet_flags']
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("inlet", pa.list_(pa.float64()), "the inlet analyser's points, equally spaced"),
            ("outlet", pa.list_(pa.float64()), "the outlet analyser's points, as many"),
            ("inlet_flags", pa.list_(pa.string()), "the inlet points' HJ 212 flags; null for none"),
            (
                "outlet_flags",
                pa.list_(pa.string()),
                "the outlet points' HJ 212 flags; null for none",
            ),
        )
    )


def ratio_from_arrow(data: object) -> tuple[Any, Any, Any, Any]:
    """The inlet and outlet matrices and their flags (or ``None``) of Arrow series pairs.

    Raises:
        InvalidInputError: naming the column and the first row that is not a series of the
            first inlet's length.
    """
    table = arrow_table(data, "inlet")
    inlet, points = _number_lists(table, "inlet", None)
    outlet, _ = _number_lists(table, "outlet", points)
    return (
        inlet,
        outlet,
        _flag_lists(table, "inlet_flags", points),
        _flag_lists(table, "outlet_flags", points),
    )


def ratio_result_arrow_schema() -> Any:
    """The Arrow schema of `RatioDetection.to_arrow` (one row per series pair, in input order).

    Examples:
        >>> ratio_result_arrow_schema().field("removal_ratio_std").nullable
        True
    """
    pa = pyarrow_module()
    return _schema(
        (
            (
                "outlet_not_below_inlet_minutes",
                pa.int64(),
                "minutes the outlet read at or above the inlet",
            ),
            (
                "removal_ratio_std",
                pa.float64(),
                "the standard deviation of the slot removal ratios; null under two valid slots",
            ),
            ("constant_ratio", pa.bool_(), "a removal ratio that never moves"),
            ("implausible", pa.bool_(), "a constant ratio, or an outlet not below its inlet"),
        )
    )


def ratio_to_arrow(detection: Any) -> Any:
    """A `RatioDetection`'s columns as an Arrow table (`ratio_result_arrow_schema`)."""
    pa = pyarrow_module()
    std = np.ascontiguousarray(detection.removal_ratio_std, dtype=np.float64)
    return pa.Table.from_arrays(
        [
            pa.array(detection.outlet_not_below_inlet_minutes, type=pa.int64()),
            pa.array(std, type=pa.float64(), mask=np.isnan(std)),
            pa.array(detection.constant_ratio, type=pa.bool_()),
            pa.array(detection.implausible, type=pa.bool_()),
        ],
        schema=ratio_result_arrow_schema(),
    )


check_public(
    globals(),
    (
        "detection_arrow_schema",
        "frame_warning_arrow_schema",
        "ratio_result_arrow_schema",
        "ratio_series_arrow_schema",
        "readings_arrow_schema",
        "series_arrow_schema",
    ),
)
