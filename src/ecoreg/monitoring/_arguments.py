"""Array arguments of the monitoring functions, checked before NumPy reads them.

`numpy.asarray` reads whatever it is given: it materialises a ``range(10**18)`` (a
MemoryError), a lazy row inside a list too, and wraps a string, a scalar or a 0-d array
without complaint. Every array-like argument of the package (``regularize``'s
timestamps and values, the detectors' matrices and flags) goes through `array_argument`
first, which refuses before any item is read:

* anything that is not an array (an ``ndarray``, an object with a ``shape`` and
  ``__array__`` such as a pandas Series), a ``list``/``tuple``, a ``range`` or another sized
  sequence: a ``str``, ``bytes``, a scalar, a generator;
* a 0-d array and any other number of dimensions than allowed;
* more than `~ecoreg.core._boundary.MAX_ITEMS` items along any axis, or more than `MAX_CELLS`
  in all (read from lengths and shapes, never by iterating a lazy sequence);
* items of another type than allowed (numbers are ``int``, ``float``, ``Decimal``, NumPy
  integers and floats, or ``None`` for a missing point, never ``bool``; flags are one-letter
  ``str``/``bytes`` or booleans), and arrays of another dtype (strings, objects, datetimes,
  complex numbers, booleans for numbers).

Then NumPy converts, and a conversion that still fails (an int past float64) is refused too.
"""

from __future__ import annotations

import functools
import numbers
from collections.abc import Sequence
from decimal import Decimal
from itertools import islice
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import numpy.typing as npt

from ecoreg.core._boundary import MAX_ITEMS
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from ecoreg.core._arrays import FloatArray, IntArray

__all__ = [
    "MAX_CELLS",
    "MAX_POINTS",
    "array_argument",
    "flag_matrix",
    "integer_column",
    "number_column",
    "number_matrix",
    "row_number",
    "shown",
]

MAX_CELLS: Final = 50_000_000
"""The most cells (rows × points) of a matrix argument or of a series: 50 million float64
values are 400 MB; a series' values, flags and the work to fill them about 1 GB."""
MAX_POINTS: Final = MAX_ITEMS
"""Ten million points per series: about 19 years of minutes."""

_SHOWN_BITS: Final = 3300
"""Ints up to about 1,000 digits are shown in errors as they are."""
_NUMBERS: Final = "numbers (NaN for missing data)"
_FLAGS: Final = "HJ 212 flag letters or a boolean mask"
_TEXT_TYPES: Final = (str, bytes)
_BOOL_TYPES: Final = (bool, np.bool_)


@functools.lru_cache(maxsize=256)
def _number_type(kind: type) -> bool:
    """Whether items of this type are numbers (not ``bool``, not complex, not text).

    ``None`` passes too: NumPy reads it as NaN (a missing point, as the JSON edge's ``null``)
    in a float column, and as an object, refused, in an integer one.
    """
    if issubclass(kind, _BOOL_TYPES):
        return False
    return kind is type(None) or issubclass(kind, numbers.Real | Decimal | np.integer | np.floating)


@functools.lru_cache(maxsize=256)
def _flag_type(kind: type) -> bool:
    """Whether items of this type may be flags: text (checked for one letter) or booleans."""
    return issubclass(kind, _TEXT_TYPES + _BOOL_TYPES)


def _numbers_only(items: Sequence[Any]) -> bool:
    return all(map(_number_type, set(map(type, items))))


def _flags_only(items: Sequence[Any]) -> bool:
    kinds = set(map(type, items))
    if not all(map(_flag_type, kinds)):
        return False
    text = [k for k in kinds if issubclass(k, _TEXT_TYPES)]
    if text and len(text) != len(kinds):
        return False  # letters and booleans mixed
    if text and max(map(len, items), default=0) > 1:
        word = next(x for x in items if len(x) > 1)
        letters = word.decode("ascii", "replace") if isinstance(word, bytes) else str(word)
        raise _LongFlagError(letters)
    return True


class _LongFlagError(Exception):
    """A flag of more than one letter (reported with the letters, as the detectors do)."""

    def __init__(self, letters: str) -> None:
        super().__init__(letters)
        self.letters = letters


def _length(value: object) -> int | None:
    """``len(value)``, or ``None`` when it is too large for Python to say (``range(10**19)``).

    A ``__len__`` that fails otherwise (a negative length, a wrong type) is too large as well:
    such a sequence is refused the same way.
    """
    try:
        return len(value)  # type: ignore[arg-type]
    except (OverflowError, TypeError, ValueError):
        return None


def _is_row(item: object) -> bool:
    if isinstance(item, np.ndarray):
        return item.ndim > 0
    return isinstance(item, list | tuple | range)


def _array_like(value: object) -> bool:
    """An array from another library (pandas, xarray …): ``__array__`` and a ``shape``."""
    return hasattr(value, "__array__") and isinstance(getattr(value, "shape", None), tuple)


def array_argument(
    value: object,
    field: str,
    *,
    ndims: tuple[int, ...],
    kinds: str,
    allowed: str,
    shapes: str | None = None,
    dtype: npt.DTypeLike | None = None,
    flags: bool = False,
) -> npt.NDArray[Any]:
    """``value`` as an array, or an `InvalidInputError` naming ``field`` before anything is read.

    Args:
        value: The argument.
        field: Its name.
        ndims: The numbers of dimensions allowed (1, or 1 and 2).
        kinds: The dtype kinds allowed (``"iuf"`` numbers, ``"iu"`` integers, ``"USb"`` flags).
        allowed: What is allowed, in words, for an error about the items or the type.
        shapes: What is allowed, in words, for an error about the dimensions (``allowed``).
        dtype: The dtype to convert to, if any (after the kind is checked).
        flags: Items are flags (one-letter text or booleans), not numbers.

    Raises:
        InvalidInputError: naming ``field``.
    """
    shapes = shapes or allowed
    most = MAX_ITEMS if max(ndims) == 1 else MAX_CELLS
    if isinstance(value, np.ndarray):
        array = value
    elif isinstance(value, list | tuple):
        _check_items(value, field, ndims=ndims, most=most, allowed=allowed, flags=flags)
        array = _converted(value, field, allowed, None if flags else dtype)
    elif isinstance(value, str | bytes | bytearray | memoryview):
        raise InvalidInputError(field=field, value=type(value).__name__, allowed=allowed)
    elif _array_like(value):
        shape = getattr(value, "shape", ())
        _check_shape(shape, field, ndims=ndims, most=most, shapes=shapes)
        array = _converted(value, field, allowed, None)
    elif isinstance(value, range):
        _check_shape((_length(value),), field, ndims=ndims, most=most, shapes=shapes)
        array = _converted(value, field, allowed, None)
    elif isinstance(value, Sequence):
        size = _length(value)
        _check_shape((size,), field, ndims=ndims, most=most, shapes=shapes)
        items = list(islice(value, size))  # a sequence that iterates past its length is cut
        _check_items(items, field, ndims=ndims, most=most, allowed=allowed, flags=flags)
        array = _converted(items, field, allowed, None if flags else dtype)
    else:
        raise InvalidInputError(field=field, value=type(value).__name__, allowed=allowed)
    _check_shape(array.shape, field, ndims=ndims, most=most, shapes=shapes)
    if array.dtype.kind not in kinds:
        raise InvalidInputError(field=field, value=str(array.dtype), allowed=allowed)
    if dtype is not None and array.dtype != dtype:
        array = _converted(array, field, allowed, dtype)
    return array


def _check_shape(
    shape: tuple[Any, ...], field: str, *, ndims: tuple[int, ...], most: int, shapes: str
) -> None:
    """Dimensions and sizes from a shape (or a length): nothing is read."""
    if any(n is None for n in shape):
        raise _too_large(field, shape, most)
    if len(shape) not in ndims or not all(isinstance(n, int | np.integer) for n in shape):
        raise InvalidInputError(field=field, value=shape, allowed=shapes)
    sizes = [int(n) for n in shape]
    size = 1
    for n in sizes:
        size *= n
    if any(n > MAX_ITEMS for n in sizes) or size > most:
        raise _too_large(field, shape, most)


def _too_large(field: str, shape: tuple[Any, ...], most: int) -> InvalidInputError:
    sizes = " × ".join("more than 2**63" if n is None else f"{int(n):,}" for n in shape)
    allowed = (
        f"at most {MAX_ITEMS:,} items"
        if most == MAX_ITEMS
        else f"at most {MAX_ITEMS:,} rows or points, and {most:,} values in all"
    )
    return InvalidInputError(field=field, value=f"{sizes} items", allowed=allowed)


def shown(value: object) -> object:
    """``value`` for an error; an int past about 1,000 digits is described instead.

    ``str`` of an int past 4,300 digits raises ValueError, and an error's value may be
    formatted anywhere (a log, a JSON answer).
    """
    if isinstance(value, int) and value.bit_length() > _SHOWN_BITS:
        return f"an int of {value.bit_length():,} bits"
    return value


def _check_items(
    value: Sequence[Any],
    field: str,
    *,
    ndims: tuple[int, ...],
    most: int,
    allowed: str,
    flags: bool,
) -> None:
    """The items of a list or tuple (and of its rows): sizes and types, before NumPy reads them."""
    size = len(value)
    if size > MAX_ITEMS:
        raise _too_large(field, (size,), most)
    if not size:
        return
    if not _is_row(value[0]):
        _check_leaves(value, field, allowed=allowed, flags=flags)
        return
    if 2 not in ndims:
        raise InvalidInputError(field=field, value=type(value).__name__, allowed=allowed)
    total = 0
    for row in value:
        width = _row_width(row, field, allowed=allowed, flags=flags)
        if width is None or width > MAX_ITEMS:
            raise _too_large(field, (size, width), most)
        total += width
        if total > most:
            raise _too_large(field, (size, width), most)


def _row_width(row: object, field: str, *, allowed: str, flags: bool) -> int | None:
    """The number of items of one row of a nested list, its items checked."""
    if isinstance(row, np.ndarray):
        if row.ndim == 1 and row.dtype.kind in ("USb" if flags else "iuf"):
            return row.size
    elif isinstance(row, list | tuple):
        if len(row) <= MAX_ITEMS:
            _check_leaves(row, field, allowed=allowed, flags=flags)
        return len(row)
    elif isinstance(row, range) and not flags:
        return _length(row)
    raise InvalidInputError(field=field, value=type(row).__name__, allowed=allowed)


def _check_leaves(items: Sequence[Any], field: str, *, allowed: str, flags: bool) -> None:
    if flags:
        try:
            fine = _flags_only(items)
        except _LongFlagError as long:
            raise InvalidInputError(
                field=field,
                value=long.letters,
                allowed=f"HJ 212 flags, one letter of {sorted('NFMSDCTB')}",
            ) from None
    else:
        fine = _numbers_only(items)
    if not fine:
        raise InvalidInputError(field=field, value=type(items).__name__, allowed=allowed)


def _converted(
    value: object, field: str, allowed: str, dtype: npt.DTypeLike | None
) -> npt.NDArray[Any]:
    """NumPy's array of an argument already checked; a conversion that fails is refused."""
    try:
        return np.asarray(value, dtype=dtype)
    except Exception:  # noqa: BLE001 - checked items still fail: 10**400, sNaN, a bad __array__
        raise InvalidInputError(field=field, value=type(value).__name__, allowed=allowed) from None


def number_column(value: object, field: str) -> FloatArray:
    """A 1-D column of numbers as float64 (at most `MAX_ITEMS`): the helper for such arguments."""
    column: FloatArray = array_argument(
        value, field, ndims=(1,), kinds="iuf", allowed=_NUMBERS, dtype=np.float64
    )
    return column


def integer_column(value: object, field: str, allowed: str) -> IntArray:
    """A 1-D column of whole numbers as int64 (at most `MAX_ITEMS`), e.g. epoch seconds.

    Unsigned values past int64 are refused, not wrapped.
    """
    column = array_argument(value, field, ndims=(1,), kinds="iu", allowed=allowed)
    if column.dtype.kind == "u" and column.size and int(column.max()) > np.iinfo(np.int64).max:
        raise InvalidInputError(field=field, value=int(column.max()), allowed=allowed)
    converted: IntArray = column.astype(np.int64, copy=False)
    return converted


def number_matrix(value: object, field: str) -> FloatArray:
    """A series (1-D) or a matrix (series × points) of numbers, as a float64 matrix.

    At most `MAX_ITEMS` rows or points, `MAX_CELLS` in all, and at least one point.
    """
    shapes = "a 1-D series or a 2-D matrix (series × points)"
    array = array_argument(
        value, field, ndims=(1, 2), kinds="iuf", allowed=_NUMBERS, shapes=shapes, dtype=np.float64
    )
    if array.ndim == 1:
        array = array[np.newaxis, :]
    if array.shape[1] == 0:
        raise InvalidInputError(field=field, value=array.shape, allowed=shapes)
    matrix: FloatArray = array
    return matrix


def flag_matrix(value: object, field: str) -> npt.NDArray[Any]:
    """HJ 212 flags (one letter each, ``str`` or ``bytes``) or a boolean mask, 1-D or 2-D."""
    return array_argument(value, field, ndims=(1, 2), kinds="USb", allowed=_FLAGS, flags=True)


def row_number(value: object, field: str, rows: int) -> int:
    """A row of a result (``0`` to ``rows - 1``), as a Python int.

    Raises:
        InvalidInputError: for another type (``bool`` included) or a row out of range.
    """
    allowed = f"a row number from 0 to {rows - 1}" if rows else "no row: the result is empty"
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise InvalidInputError(field=field, value=type(value).__name__, allowed=allowed)
    if not 0 <= value < rows:
        raise InvalidInputError(field=field, value=shown(value), allowed=allowed)
    return int(value)
