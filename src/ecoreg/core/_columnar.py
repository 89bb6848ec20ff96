"""Columnar input through Apache Arrow, and whole-column checks that name the first bad row.

Anything that speaks the Arrow PyCapsule stream interface (``__arrow_c_stream__``: a pyarrow
``Table`` or ``RecordBatch``, a pandas or Polars data frame, a DuckDB result) is an
`ArrowTabular`. It is read with pyarrow, which is imported here lazily, only when such an
object is given: the core imports without it (``pip install 'ecoreg[arrow]'`` brings it).

The checks are whole-column (NumPy or Arrow compute, no Python loop over rows); where a column
is refused, the error names the column, the first bad row in input order, its value and what
is allowed, as the row-by-row checks did.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, Protocol, overload, runtime_checkable

import numpy as np

from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from types import ModuleType

    import numpy.typing as npt

__all__ = [
    "ArrowStrings",
    "ArrowTabular",
    "arrow_table",
    "first_true",
    "pyarrow_module",
]

EPOCH_ORDINAL: Final = 719_163
"""``date(1970, 1, 1).toordinal()``: Arrow's ``date32`` counts days from 1970-01-01."""

ARROW_EXTRA: Final = "pip install 'ecoreg[arrow]'"


@runtime_checkable
class ArrowTabular(Protocol):
    """Columns that speak the Arrow PyCapsule stream interface (``__arrow_c_stream__``).

    A pyarrow ``Table`` or ``RecordBatch``, a pandas (≥ 2.2) or Polars data frame, a DuckDB
    result, the batches Spark's ``mapInArrow`` hands over: ecoreg reads them with pyarrow
    (the ``arrow`` extra).
    """

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        """Export the columns as an Arrow C stream (a PyCapsule)."""


def pyarrow_module() -> ModuleType:
    """The ``pyarrow`` module, imported on first use.

    Raises:
        ImportError: naming the extra that installs it.

    Examples:
        >>> pyarrow_module().__name__
        'pyarrow'
    """
    try:
        pa = importlib.import_module("pyarrow")  # lazily: the core imports without pyarrow
        importlib.import_module("pyarrow.compute")  # pa.compute, which pyarrow does not load
    except ImportError as exc:
        raise ImportError(f"Arrow input and output need pyarrow: {ARROW_EXTRA}") from exc
    module: ModuleType = pa
    return module


def arrow_table(value: object, field: str) -> Any:
    """``value`` (an `ArrowTabular`) as a ``pyarrow.Table`` whose columns are single chunks.

    Raises:
        InvalidInputError: naming ``field`` when the stream cannot be read.
    """
    pa = pyarrow_module()
    try:
        if isinstance(value, pa.RecordBatch):
            table = pa.Table.from_batches([value])
        elif isinstance(value, pa.Table):
            table = value
        else:
            table = pa.table(value)
    except (TypeError, ValueError, pa.ArrowException) as exc:
        raise InvalidInputError(
            field=field, value=type(value).__name__, allowed=f"an Arrow table ({exc})"
        ) from None
    return table.combine_chunks()


def first_true(mask: npt.NDArray[np.bool_]) -> int:
    """The first row where ``mask`` holds, or -1 (a whole-column scan in C).

    Examples:
        >>> first_true(np.array([False, True, True]))
        1
        >>> first_true(np.zeros(3, dtype=bool))
        -1
    """
    if mask.size == 0:
        return -1
    row = int(np.argmax(mask))
    return row if mask[row] else -1


def _type_words(kinds: str) -> str:
    return {
        "int": "integers",
        "bool": "booleans",
        "str": "strings",
        "date": "dates (date32) or day ordinals (integers)",
        "float": "numbers",
        "timestamp": "instants (timestamp with a time zone) or epoch seconds (integers)",
    }[kinds]


_EMPTY_TYPES: Final = {
    "int": lambda: pyarrow_module().int64(),
    "bool": lambda: pyarrow_module().bool_(),
    "str": lambda: pyarrow_module().string(),
    "date": lambda: pyarrow_module().date32(),
    "float": lambda: pyarrow_module().float64(),
    "timestamp": lambda: pyarrow_module().int64(),
}


def arrow_column(table: Any, name: str, kinds: str, prefix: str = "") -> Any:
    """Column ``name`` of ``table`` (one chunk), refused when missing, of another type, or null.

    ``kinds`` is one of ``int``, ``bool``, ``str``, ``date``, ``float``, ``timestamp``.

    Raises:
        InvalidInputError: ``prefix + name`` for a missing column or the wrong type;
            ``prefix + name.row`` for the first null.
    """
    pa = pyarrow_module()
    t = pa.types
    field = prefix + name
    if name not in table.column_names:
        raise InvalidInputError(
            field=field,
            value="missing",
            allowed=f"a column {name!r} of {_type_words(kinds)}; the table has "
            + (", ".join(table.column_names) or "no columns"),
        )
    col = table.column(name)
    typ = col.type
    encoded = t.is_dictionary(typ)
    if encoded:  # checked by its values' type, kept encoded (the readers below take both)
        typ = typ.value_type
    if t.is_null(typ) and not len(col):  # an empty column says no type: read it as the one meant
        typ = _EMPTY_TYPES[kinds]()
        col, encoded = pa.chunked_array([], type=typ), False
    ok = {
        "int": t.is_integer(typ),
        "bool": t.is_boolean(typ),
        "str": t.is_string(typ) or t.is_large_string(typ) or t.is_string_view(typ),
        "date": t.is_date(typ) or t.is_integer(typ),
        "float": t.is_integer(typ) or t.is_floating(typ),
        "timestamp": t.is_timestamp(typ) or t.is_integer(typ),
    }[kinds]
    if not ok:
        raise InvalidInputError(field=field, value=str(typ), allowed=_type_words(kinds))
    arr = col.chunk(0) if col.num_chunks else pa.array([], type=col.type)
    if encoded and arr.dictionary.null_count:
        arr = arr.dictionary_decode()
    if arr.null_count:
        row = first_true(np.asarray(arr.is_null().to_numpy(zero_copy_only=False)))
        raise InvalidInputError(
            field=f"{field}.{row}", value=None, allowed=f"no nulls: {_type_words(kinds)}"
        )
    return arr


def int_values(arr: Any) -> npt.NDArray[Any]:
    """The values of an integer (or boolean) Arrow array without nulls, as NumPy (no copy if it can)."""
    pa = pyarrow_module()
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if pa.types.is_boolean(arr.type):
        return np.asarray(arr.to_numpy(zero_copy_only=False))
    return np.asarray(arr.to_numpy())


def day_ordinals(arr: Any) -> npt.NDArray[np.int32]:
    """Dates (``date32``/``date64``) as proleptic day ordinals, or integers taken as ordinals."""
    pa = pyarrow_module()
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if pa.types.is_date(arr.type):
        date32 = arr if pa.types.is_date32(arr.type) else arr.cast(pa.date32())
        days = np.asarray(date32.view(pa.int32()).to_numpy())
        return (days + np.int32(EPOCH_ORDINAL)).astype(np.int32, copy=False)
    return np.asarray(arr.to_numpy())


def epoch_seconds(arr: Any) -> npt.NDArray[np.int64]:
    """Instants (any ``timestamp`` unit, with a zone or in UTC) as epoch seconds, or integers as such."""
    pa = pyarrow_module()
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if pa.types.is_timestamp(arr.type):
        if arr.type.tz is None:
            raise InvalidInputError(
                field="start",
                value=str(arr.type),
                allowed="zone-aware instants (timestamp with a time zone) or epoch seconds",
            )
        return np.asarray(arr.cast(pa.timestamp("s", tz=arr.type.tz)).cast(pa.int64()).to_numpy())
    return np.asarray(arr.to_numpy()).astype(np.int64, copy=False)


def dictionary_codes(
    arr: Any, table: Mapping[str, int], field: str, allowed: str
) -> npt.NDArray[np.int8]:
    """Strings as their codes in ``table`` (each distinct string looked up once).

    Raises:
        InvalidInputError: ``field.row`` for the first value that is not in ``table``.
    """
    pa = pyarrow_module()
    encoded = arr if pa.types.is_dictionary(arr.type) else arr.dictionary_encode()
    words = encoded.dictionary.to_pylist()
    lookup = np.array([table.get(w, -1) for w in words], dtype=np.int8)
    indices = np.asarray(encoded.indices.to_numpy())
    codes = lookup[indices] if len(words) else np.zeros(len(arr), dtype=np.int8)
    row = first_true(codes < 0)
    if row >= 0:
        raise InvalidInputError(field=f"{field}.{row}", value=arr[row].as_py(), allowed=allowed)
    return codes


def factorize(arr: Any) -> tuple[tuple[str, ...], npt.NDArray[np.int64]]:
    """Distinct strings in order of first appearance, and each row's index into them.

    A dictionary-encoded column is read through its dictionary (each entry once), whatever the
    order or repetition of its entries.
    """
    pa = pyarrow_module()
    if not pa.types.is_dictionary(arr.type):
        encoded = arr.dictionary_encode()  # Arrow numbers values in order of first appearance
        return tuple(encoded.dictionary.to_pylist()), np.asarray(
            encoded.indices.to_numpy(), dtype=np.int64
        )
    words = arr.dictionary.to_pylist()
    canonical: dict[str, int] = {}
    same = np.array([canonical.setdefault(w, len(canonical)) for w in words], dtype=np.int64)
    rows = (
        same[np.asarray(arr.indices.to_numpy(), dtype=np.int64)] if words else np.zeros(0, np.int64)
    )
    distinct, first = np.unique(rows, return_index=True)
    by_appearance = np.argsort(first)
    rank = np.empty(len(canonical), dtype=np.int64)
    rank[distinct[by_appearance]] = np.arange(len(distinct))
    names = list(canonical)
    return tuple(names[int(c)] for c in distinct[by_appearance]), rank[rows]


def empty_string_row(arr: Any) -> int:
    """The first row of an Arrow string array (one chunk, no nulls) that is empty, or -1."""
    pa = pyarrow_module()
    if pa.types.is_dictionary(arr.type):
        empty = np.array([w == "" for w in arr.dictionary.to_pylist()], dtype=bool)
        if not empty.any():
            return -1
        return first_true(empty[np.asarray(arr.indices.to_numpy(), dtype=np.int64)])
    lengths = arr.cast(pa.large_string()) if pa.types.is_string_view(arr.type) else arr
    offsets_type = np.int64 if pa.types.is_large_string(lengths.type) else np.int32
    n = len(lengths)
    offsets = np.frombuffer(lengths.buffers()[1], dtype=offsets_type)[
        lengths.offset : lengths.offset + n + 1
    ]
    return first_true(np.diff(offsets) == 0)


class ArrowStrings(Sequence[str]):
    """A read-only sequence of strings over an Arrow array: no Python string per row until read.

    Examples:
        >>> s = ArrowStrings(pyarrow_module().array(["a", "b"]))
        >>> (len(s), s[1], list(s))
        (2, 'b', ['a', 'b'])
    """

    __slots__ = ("_array",)

    def __init__(self, array: Any) -> None:
        self._array = array

    def __len__(self) -> int:
        return len(self._array)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...
    def __getitem__(self, index: int | slice) -> str | tuple[str, ...]:
        if isinstance(index, slice):
            return tuple(self._array.to_pylist()[index])
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        value: str = self._array[index].as_py()
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._array.to_pylist())

    def __repr__(self) -> str:
        return f"ArrowStrings({len(self)} strings)"

    def to_arrow(self) -> Any:
        """The Arrow array itself."""
        return self._array
