"""NumPy helpers shared by the columnar cores (alerts, detectors, grading)."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from ecoreg.core._boundary import MAX_ITEMS
from ecoreg.exceptions import InvalidInputError

_KIND_WORDS = {"iu": "integers", "b": "booleans", "iuf": "numbers", "f": "numbers"}

__all__ = ["BoolArray", "FloatArray", "IntArray", "column", "frozen"]

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]


def frozen(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Mark ``array`` read-only and return it: results are immutable like every ecoreg value.

    Examples:
        >>> a = frozen(np.zeros(2))
        >>> a.flags.writeable
        False
    """
    array.flags.writeable = False
    return array


def column(value: object, field: str, *, kinds: str, rows: int | None = None) -> npt.NDArray[Any]:
    """``value`` as a one-dimensional NumPy column of the dtype kinds ``kinds`` (``"iu"``, ``"b"``).

    A 0-d array, a table, a ragged list, objects or strings where numbers are meant, more than
    `MAX_ITEMS` values, or (with ``rows``) another length are refused, naming ``field``.

    Examples:
        >>> column([1, 2], "start", kinds="iu").tolist()
        [1, 2]
        >>> column(np.array(5), "start", kinds="iu")
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidInputError: start: 'shape (), int64' is not allowed; one column of integers
    """
    what = _KIND_WORDS.get(kinds, f"values of kind {kinds!r}")
    wanted = f"{rows} {what}, one per row" if rows is not None else f"one column of {what}"
    size = getattr(value, "size", None)
    if isinstance(size, int) and size > MAX_ITEMS:
        raise InvalidInputError(
            field=field, value=f"{size:,} values", allowed=f"at most {MAX_ITEMS:,}"
        )
    try:
        array = np.asarray(value)
    except (ValueError, TypeError, OverflowError, MemoryError):
        raise InvalidInputError(field=field, value=value, allowed=wanted) from None
    if array.ndim != 1 or (array.size and array.dtype.kind not in kinds):
        raise InvalidInputError(
            field=field, value=f"shape {array.shape}, {array.dtype}", allowed=wanted
        )
    if array.size > MAX_ITEMS:
        raise InvalidInputError(
            field=field, value=f"{array.size:,} values", allowed=f"at most {MAX_ITEMS:,}"
        )
    if rows is not None and array.size != rows:
        raise InvalidInputError(field=field, value=f"{array.size} rows", allowed=wanted)
    return array
