"""NumPy helpers shared by the columnar cores (alerts, detectors, grading)."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["BoolArray", "FloatArray", "IntArray", "frozen"]

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
