"""Grading through Apache Arrow: the register and its events in, the graded columns out.

Every column is checked whole (Arrow compute and NumPy, no loop over rows); a refusal names the
column, the first bad row in input order, its value and what is allowed, as
`EnterpriseTable.from_columns` and `EventTable.from_columns` do. pyarrow is imported lazily
(the ``arrow`` extra).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, overload

import numpy as np

from ecoreg.core._arrays import frozen
from ecoreg.core._boundary import check_public
from ecoreg.core._columnar import (
    EPOCH_ORDINAL,
    arrow_column,
    arrow_table,
    day_ordinals,
    dictionary_codes,
    first_true,
    int_values,
    pyarrow_module,
)
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._credit_code import check_credit_code, first_bad_code
from ecoreg.grading._profile import (
    _MAX_ENTERPRISES,
    _PERMITS,
    _POSITIVE,
    _VIOLATION,
    EnterpriseTable,
    EventTable,
)
from ecoreg.grading._results import _COLOURS, _GRADES, _LEVELS, _RISKS

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = [
    "EVENT_TYPES",
    "CodeColumn",
    "enterprise_arrow_schema",
    "enterprises_from_arrow",
    "event_arrow_schema",
    "events_from_arrow",
    "grading_arrow_schema",
    "grading_to_arrow",
]

EVENT_TYPES: Final = {
    "violation": 0,
    "complaint": 1,
    "alert": 2,
    "disclosure": 3,
    "credit": 4,
    "positive_list": 5,
}
"""An event's ``type`` as text (the record's ``type``) and its code in `EventTable.type`."""

_FIRST_DAY: Final = 712_223  # date(1950, 1, 1).toordinal(), as EventTable.from_columns
_LAST_DAY: Final = 767_009  # date(2100, 12, 31).toordinal()


class CodeColumn(Sequence[str]):
    """Credit codes held as one NumPy column of 18-byte strings (read-only), not as Python strings.

    The enterprises of an Arrow register keep their codes so: 3.3 million codes take 59 MB
    instead of about 250 MB of Python strings.
    """

    __slots__ = ("_codes",)

    def __init__(self, codes: npt.NDArray[np.bytes_]) -> None:
        self._codes = frozen(codes)

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...
    def __getitem__(self, index: int | slice) -> str | tuple[str, ...]:
        if isinstance(index, slice):
            return tuple(c.decode("ascii") for c in self._codes[index].tolist())
        return bytes(self._codes[index]).decode("ascii")

    def __iter__(self) -> Any:
        return (c.decode("ascii") for c in self._codes.tolist())

    def __repr__(self) -> str:
        return f"CodeColumn({len(self)} codes)"

    def to_arrow(self) -> Any:
        """The codes as an Arrow ``string`` array (one copy of the bytes, no Python strings)."""
        pa = pyarrow_module()
        n = len(self._codes)
        offsets = np.arange(0, 18 * (n + 1), 18, dtype=np.int32)
        return pa.StringArray.from_buffers(
            n, pa.py_buffer(offsets), pa.py_buffer(np.ascontiguousarray(self._codes).tobytes())
        )


def _schema(columns: tuple[tuple[str, Any, str], ...]) -> Any:
    pa = pyarrow_module()
    return pa.schema(
        [
            # A column that may hold nulls says so in its description ("null for ...").
            pa.field(name, typ, nullable="null" in doc, metadata={"description": doc})
            for name, typ, doc in columns
        ]
    )


def enterprise_arrow_schema() -> Any:
    """The Arrow schema of an enterprise register, as `grade_batch` reads it (one row per firm).

    Integer columns of any width, ``large_string`` or dictionary-encoded strings are read too.

    Examples:
        >>> enterprise_arrow_schema().names
        ['credit_code', 'key_unit', 'permit_class', 'drinking_water', 'other_sensitive', 'toxic']
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("credit_code", pa.string(), "统一社会信用代码, 18 characters (GB 32100-2015)"),
            ("key_unit", pa.bool_(), "重点排污单位"),
            ("permit_class", pa.string(), "key, simplified or registration"),
            ("drinking_water", pa.bool_(), "in a drinking-water source protection zone"),
            ("other_sensitive", pa.bool_(), "in another environmentally sensitive area"),
            ("toxic", pa.bool_(), "discharges a toxic or hazardous pollutant (有毒有害)"),
        )
    )


def event_arrow_schema() -> Any:
    """The Arrow schema of the events, as `grade_batch` reads them (one row per event).

    ``type`` may also be the code (0 violation … 5 positive list) and ``day`` a day ordinal.

    Examples:
        >>> event_arrow_schema().names
        ['enterprise', 'type', 'day', 'value']
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("enterprise", pa.int32(), "the row of the event's enterprise in the register"),
            ("type", pa.string(), ", ".join(EVENT_TYPES)),
            ("day", pa.date32(), "the day of the event, 1950 to 2100"),
            (
                "value",
                pa.int8(),
                (
                    "severity 0 minor, 1 general, 2 serious for a violation; 1/0 for verified, "
                    "valid, compliant, admitted"
                ),
            ),
        )
    )


def grading_arrow_schema() -> Any:
    """The Arrow schema of `GradingBatch.to_arrow` (one row per enterprise, in input order).

    Examples:
        >>> grading_arrow_schema().field("next_change").type
        DataType(date32[day])
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("credit_code", pa.string(), "统一社会信用代码, in upper case"),
            ("credit_score", pa.float64(), "the credit score"),
            ("credit_level", pa.string(), ", ".join(lv.value for lv in _LEVELS)),
            ("risk_score", pa.float64(), "the risk score"),
            ("risk_level", pa.string(), ", ".join(r.value for r in _RISKS)),
            ("grade", pa.string(), "A, B, C or D"),
            ("colour", pa.string(), ", ".join(_COLOURS)),
            ("positive_list_eligible", pa.bool_(), "eligible for the positive list (正面清单)"),
            ("next_change", pa.date32(), "the next day grade or colour changes; null for none"),
        )
    )


def _codes_from_arrow(arr: Any) -> CodeColumn:
    """Credit codes from an Arrow string array, checked whole; upper-cased as `check_credit_code`."""
    pa = pyarrow_module()
    n = len(arr)
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if pa.types.is_large_string(arr.type) or pa.types.is_string_view(arr.type):
        arr = arr.cast(pa.string())
    buffers = arr.buffers()
    offsets = np.frombuffer(buffers[1], dtype=np.int32)[arr.offset : arr.offset + n + 1]
    data = (
        np.frombuffer(buffers[2], dtype=np.uint8)
        if buffers[2] is not None
        else np.zeros(0, np.uint8)
    )
    wrong = np.diff(offsets) != 18
    end = first_true(wrong)
    good = n if end < 0 else end  # rows before the first of another length are contiguous
    start = int(offsets[0]) if n else 0
    chars = data[start : start + 18 * good].reshape(good, 18)
    first_bad_code(chars, np.zeros(good, dtype=bool), lambda row: arr[row].as_py(), "credit_code")
    if end >= 0:  # a code of another length (in bytes) is refused by the scalar check
        check_credit_code(arr[end].as_py(), field=f"credit_code.{end}")
    upper = np.where((chars >= ord("a")) & (chars <= ord("z")), chars - 32, chars).astype(np.uint8)
    return CodeColumn(upper.view("S18").reshape(good))


def enterprises_from_arrow(data: object) -> EnterpriseTable:
    """An `EnterpriseTable` from an Arrow register (`enterprise_arrow_schema`), checked whole.

    Raises:
        InvalidInputError: naming the column and the first bad row, as ``from_columns``.
    """
    table = arrow_table(data, "enterprises")
    if table.num_rows > _MAX_ENTERPRISES:
        raise InvalidInputError(
            field="enterprises",
            value=f"{table.num_rows:,} rows",
            allowed=f"at most {_MAX_ENTERPRISES:,}",
        )
    codes = _codes_from_arrow(arrow_column(table, "credit_code", "str"))
    permit = dictionary_codes(
        arrow_column(table, "permit_class", "str"),
        _PERMITS,
        "permit_class",
        "key, simplified or registration",
    )
    flags = {
        name: frozen(int_values(arrow_column(table, name, "bool")).astype(bool, copy=False))
        for name in ("key_unit", "drinking_water", "other_sensitive", "toxic")
    }
    return EnterpriseTable(codes=codes, permit=frozen(permit), **flags)


def events_from_arrow(data: object, enterprises: int) -> EventTable:
    """An `EventTable` from Arrow events (`event_arrow_schema`), checked whole.

    The columns keep narrow integers (``enterprise`` and ``day`` 32 bits, ``type`` and
    ``value`` 8 bits): 33 million events take 330 MB instead of 1 GB.

    Raises:
        InvalidInputError: naming the column and the first bad row, as ``from_columns``.
    """
    pa = pyarrow_module()
    table = arrow_table(data, "events")
    ent_arr = arrow_column(table, "enterprise", "int")
    type_arr = arrow_column(table, "type", "int") if _is_int(table, "type") else None
    if type_arr is None:
        type_arr = arrow_column(table, "type", "str")
        kind: npt.NDArray[Any] = dictionary_codes(
            type_arr, EVENT_TYPES, "type", "one of " + ", ".join(EVENT_TYPES)
        )
    else:
        kind = int_values(type_arr)
    day_arr = arrow_column(table, "day", "date")
    value_arr = arrow_column(table, "value", "int")
    if pa.types.is_boolean(value_arr.type):
        value_arr = value_arr.cast(pa.int8())
    ent, day, value = int_values(ent_arr), day_ordinals(day_arr), int_values(value_arr)
    # Whole-column checks on booleans (one byte a row): no wide temporaries on 33 million rows.
    checks = (
        ("enterprise", ent, lambda: _outside(ent, 0, enterprises - 1), f"0 to {enterprises - 1}"),
        ("type", kind, lambda: _outside(kind, 0, _POSITIVE), "0 to 5"),
        (
            "day",
            day,
            lambda: _outside(day, _FIRST_DAY, _LAST_DAY),
            "a date from 1950 to 2100 as an ordinal",
        ),
        (
            "value",
            value,
            lambda: _outside(value, 0, 2) | ((value == 2) & (kind != _VIOLATION)),
            "0–2 for violations, 0 or 1 otherwise",
        ),
    )
    for name, values, bad, allowed in checks:
        row = first_true(bad())
        if row >= 0:
            raise InvalidInputError(field=f"{name}.{row}", value=int(values[row]), allowed=allowed)
    return EventTable(
        enterprise=frozen(ent.astype(np.int32 if enterprises < 2**31 else np.int64, copy=False)),
        type=frozen(kind.astype(np.int8, copy=False)),
        day=frozen(day.astype(np.int32, copy=False)),
        value=frozen(value.astype(np.int8, copy=False)),
    )


def _outside(values: npt.NDArray[Any], low: int, high: int) -> npt.NDArray[np.bool_]:
    """Where ``values`` fall outside ``low`` to ``high`` (two comparisons, booleans only)."""
    info = np.iinfo(values.dtype)
    below = values < low if low > info.min else np.zeros(len(values), dtype=bool)
    if high < info.max:
        below |= values > high
    return below


def _is_int(table: Any, name: str) -> bool:
    pa = pyarrow_module()
    if name not in table.column_names:
        return False
    typ = table.schema.field(name).type
    return bool(pa.types.is_integer(typ))


def grading_to_arrow(batch: Any) -> Any:
    """A `GradingBatch`'s columns as an Arrow table (`grading_arrow_schema`), without row loops.

    (``batch`` is typed loosely: `GradingBatch` imports this module on demand.)
    """
    pa = pyarrow_module()
    codes = batch.enterprises.codes
    code_array = (
        codes.to_arrow() if isinstance(codes, CodeColumn) else pa.array(codes, type=pa.string())
    )

    def words(values: Sequence[str], index: npt.NDArray[np.int64]) -> Any:
        return pa.array(list(values), type=pa.string()).take(pa.array(index))

    change = batch.next_change
    next_change = pa.array(
        (change - EPOCH_ORDINAL).astype(np.int32), type=pa.int32(), mask=change < 0
    ).cast(pa.date32())
    return pa.Table.from_arrays(
        [
            code_array,
            pa.array(batch.credit_score),
            words([lv.value for lv in _LEVELS], batch.credit_level),
            pa.array(batch.risk_score),
            words([r.value for r in _RISKS], batch.risk_level),
            words([g.value for g in _GRADES], batch.grade),
            words(_COLOURS, batch.colour),
            pa.array(batch.positive_list_eligible),
            next_change,
        ],
        schema=grading_arrow_schema(),
    )


check_public(globals(), ("enterprise_arrow_schema", "event_arrow_schema", "grading_arrow_schema"))
