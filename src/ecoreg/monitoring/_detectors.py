"""Detectors over monitoring time series (NumPy, vectorized over many outlets at once).

Input is a matrix of measurements, one row per outlet and one column per
minute (or per ``minutes_per_point``), with NaN where data is missing. The
detectors, each with thresholds from policy data:

* **flat slots** (the Tianjin 挂瓶 pattern): time slots whose standard
  deviation is near zero, relative to their mean or absolutely;
* **constant runs** and **zero runs**: the longest run of identical values,
  and of zeros;
* **gaps**: the longest run of missing data, with the Zibo marks (manual
  testing after 24 hours, backup equipment after 72) where the policy has them;
* **sudden rises**: a slot mean at least a factor above the previous slot's;
* **inlet/outlet** (`detect_ratio`): outlet concentration not below the
  inlet's, or a removal ratio that stays implausibly constant.

Measurements are physical quantities, not money, so they are floats.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np
import numpy.typing as npt

from ecoreg.alerts._models import AlertKind
from ecoreg.core._arrays import BoolArray, FloatArray, IntArray, frozen
from ecoreg.core._boundary import check_public, checked, whole_number
from ecoreg.core._columnar import ArrowTabular
from ecoreg.exceptions import InvalidInputError
from ecoreg.monitoring._arguments import (
    MAX_CELLS,
    MAX_POINTS,
    flag_matrix,
    integer_column,
    number_column,
    number_matrix,
    row_number,
    shown,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from ecoreg.core._policy import Policy

__all__ = [
    "Detection",
    "DetectorSettings",
    "RatioDetection",
    "detect",
    "detect_ratio",
    "longest_runs",
    "regularize",
]


@attrs.frozen
class DetectorSettings:
    """Detector thresholds, in points, read from a policy."""

    minutes_per_point: int
    slot_points: int
    flat_relative_std: float
    flat_absolute_std: float
    flat_min_slots: int
    constant_run_points: int
    zero_run_points: int
    rise_factor: float
    rise_min_delta: float
    ratio_constant_std: float
    manual_testing_points: int | None
    backup_equipment_points: int | None
    invalid_flags: frozenset[str] = frozenset()
    """HJ 212 flags whose points are not judged (``alerts.invalid_flags``: F, M, D, C, B)."""

    def __attrs_post_init__(self) -> None:
        """Refuse thresholds the detectors cannot use (settings made by hand or `attrs.evolve`).

        Raises:
            InvalidInputError: naming the field.
        """
        _whole(self.minutes_per_point, "minutes_per_point", 1, _MAX_MINUTES_PER_POINT)
        _whole(self.slot_points, "slot_points", 1, _MAX_MINUTES_PER_POINT)
        for name in ("flat_min_slots", "constant_run_points", "zero_run_points"):
            _whole(getattr(self, name), name, 1, MAX_POINTS)
        for name in ("manual_testing_points", "backup_equipment_points"):
            if getattr(self, name) is not None:
                _whole(getattr(self, name), name, 1, MAX_POINTS)
        for name in (
            "flat_relative_std",
            "flat_absolute_std",
            "rise_factor",
            "rise_min_delta",
            "ratio_constant_std",
        ):
            _threshold(getattr(self, name), name)
        if not isinstance(self.invalid_flags, frozenset) or not all(
            isinstance(f, str) for f in self.invalid_flags
        ):
            raise InvalidInputError(
                field="invalid_flags",
                value=type(self.invalid_flags).__name__,
                allowed="a frozenset of HJ 212 flag letters",
            )

    @classmethod
    @checked
    def of(cls, policy: Policy, *, minutes_per_point: int = 1) -> DetectorSettings:
        """Read the ``detectors.*`` and ``outage.*`` parameters.

        Raises:
            InvalidInputError: if ``minutes_per_point`` does not divide the slot length.
        """
        slot = policy.as_int("detectors.slot_minutes")
        if (
            isinstance(minutes_per_point, bool)
            or not isinstance(minutes_per_point, int)
            or minutes_per_point < 1
            or slot % minutes_per_point
        ):
            raise InvalidInputError(
                field="minutes_per_point",
                value=minutes_per_point,
                allowed=f"a whole number of minutes that divides the {slot}-minute slot",
            )

        def points(minutes: int) -> int:
            return max(1, -(-minutes // minutes_per_point))

        def optional(key: str) -> int | None:
            return points(60 * policy.as_int(key)) if key in policy.parameters else None

        return cls(
            minutes_per_point=minutes_per_point,
            slot_points=slot // minutes_per_point,
            flat_relative_std=float(policy.as_decimal("detectors.flat_relative_std")),
            flat_absolute_std=float(policy.as_decimal("detectors.flat_absolute_std")),
            flat_min_slots=policy.as_int("detectors.flat_min_slots"),
            constant_run_points=points(policy.as_int("detectors.constant_run_minutes")),
            zero_run_points=points(policy.as_int("detectors.zero_run_minutes")),
            rise_factor=float(policy.as_decimal("detectors.sudden_rise_factor")),
            rise_min_delta=float(policy.as_decimal("detectors.sudden_rise_min_delta")),
            ratio_constant_std=float(policy.as_decimal("detectors.ratio_constant_std")),
            manual_testing_points=optional("outage.manual_testing_hours"),
            backup_equipment_points=optional("outage.backup_equipment_hours"),
            invalid_flags=frozenset(policy.as_tuple("alerts.invalid_flags"))
            if "alerts.invalid_flags" in policy.parameters
            else frozenset(),
        )


def _whole(value: object, field: str, low: int, high: int) -> None:
    allowed = f"a whole number from {low} to {high}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(field=field, value=type(value).__name__, allowed=allowed)
    if not low <= value <= high:
        raise InvalidInputError(field=field, value=shown(value), allowed=allowed)


_MAX_THRESHOLD: Final = 1e15
"""The largest threshold a setting may hold (a share, a factor or a concentration)."""


def _threshold(value: object, field: str) -> None:
    allowed = f"a finite number from 0 to {_MAX_THRESHOLD:g}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInputError(field=field, value=type(value).__name__, allowed=allowed)
    if isinstance(value, int) and not 0 <= value <= _MAX_THRESHOLD:
        raise InvalidInputError(field=field, value=shown(value), allowed=allowed)
    if not (math.isfinite(value) and 0 <= value <= _MAX_THRESHOLD):
        raise InvalidInputError(field=field, value=value, allowed=allowed)


_BOOLEAN_COLUMNS: Final = frozenset(
    {
        "flat",
        "constant",
        "zero",
        "manual_testing_required",
        "backup_equipment_required",
        "sudden_rise",
    }
)
"""`Detection`'s boolean columns; the others hold ints."""


@attrs.frozen
class Detection:
    """Per-series results of `detect` (one entry per row of the input)."""

    settings: DetectorSettings
    flat_slots: IntArray
    flat: BoolArray
    longest_constant_minutes: IntArray
    constant: BoolArray
    longest_zero_minutes: IntArray
    zero: BoolArray
    longest_gap_minutes: IntArray
    missing_minutes: IntArray
    manual_testing_required: BoolArray | None
    """Zibo Art. 23: an outage of 24 hours or more (``None`` where the policy has no mark)."""
    backup_equipment_required: BoolArray | None
    sudden_rises: IntArray
    sudden_rise: BoolArray
    flat_start: IntArray
    """The point where flat data first shows (the first flat slot, or the start of the first
    long constant run, whichever is earlier); -1 where the row is not flat."""
    zero_start: IntArray
    """The start of the first zero run long enough to count; -1 where none."""
    gap_start: IntArray
    """The first missing point; -1 where none."""
    rise_start: IntArray
    """The first point of the first slot that rose suddenly; -1 where none."""

    def __attrs_post_init__(self) -> None:
        """Refuse columns `to_alerts` and `signals` cannot read (a detection made by hand).

        Raises:
            InvalidInputError: naming the field.
        """
        if not isinstance(self.settings, DetectorSettings):
            raise InvalidInputError(
                field="settings",
                value=type(self.settings).__name__,
                allowed="DetectorSettings",
            )
        rows = len(self.flat) if isinstance(self.flat, np.ndarray) and self.flat.ndim == 1 else -1
        for field in attrs.fields(Detection)[1:]:
            column = getattr(self, field.name)
            if column is None and field.name.endswith("_required"):
                continue
            kind = "b" if field.name in _BOOLEAN_COLUMNS else "i"
            if not (
                isinstance(column, np.ndarray)
                and column.shape == (rows,)
                and column.dtype.kind == kind
            ):
                allowed = f"a 1-D {'boolean' if kind == 'b' else 'int'} array, one per row"
                raise InvalidInputError(
                    field=field.name, value=type(column).__name__, allowed=allowed
                )

    def __len__(self) -> int:
        return len(self.flat)

    @checked
    def to_arrow(self) -> Any:
        """The columns as a ``pyarrow.Table``, one row per series (``detection_arrow_schema()``).

        Needs the ``arrow`` extra; a mark the policy does not have is a column of nulls.
        """
        from ecoreg.monitoring._arrow import detection_to_arrow  # noqa: PLC0415 - on demand

        return detection_to_arrow(self)

    @checked
    def signals(self, row: int) -> tuple[AlertKind, ...]:
        """The alert kinds series ``row`` raises.

        Raises:
            InvalidInputError: naming ``row`` when it is not a row of the detection.
        """
        row = row_number(row, "row", len(self))
        out = []
        if self.flat[row] or self.constant[row]:
            out.append(AlertKind.FLAT_DATA)
        if self.zero[row]:
            out.append(AlertKind.ZERO_DATA)
        if self.longest_gap_minutes[row] > 0:
            out.append(AlertKind.MISSING_DATA)
        if self.sudden_rise[row]:
            out.append(AlertKind.SUDDEN_RISE)
        return tuple(out)


@attrs.frozen
class RatioDetection:
    """Per-series results of `detect_ratio`."""

    outlet_not_below_inlet_minutes: IntArray
    removal_ratio_std: FloatArray
    """Standard deviation of the slot removal ratios (NaN where fewer than two slots are valid)."""
    constant_ratio: BoolArray
    implausible: BoolArray

    def __len__(self) -> int:
        return len(self.implausible)

    @checked
    def to_arrow(self) -> Any:
        """The columns as a ``pyarrow.Table``, one row per series pair (``ratio_result_arrow_schema()``).

        Needs the ``arrow`` extra; ``removal_ratio_std`` is null where it is NaN here.
        """
        from ecoreg.monitoring._arrow import ratio_to_arrow  # noqa: PLC0415 - on demand

        return ratio_to_arrow(self)


_MAX_MINUTES_PER_POINT = 1440
"""A point per day at most."""
_MAX_POINTS = MAX_POINTS
"""Ten million points per series: about 19 years of minutes."""
_MAX_START = 2**62
"""``regularize``'s ``start``: any epoch seconds int64 can hold with room for the offsets."""
_MIN_OFFSET, _MAX_OFFSET = -(2**40), 2**40
"""Offsets of about ±34,800 years in seconds: anything beyond is a wrong ``start``."""


_FLAG_LETTERS = frozenset("NFMSDCTB")
"""HJ 212 data flags: N normal, F stopped, M maintenance, S manual, D fault, C calibration,
T over range, B communication fault."""


_KNOWN: Final = np.zeros(128, dtype=bool)
"""The flags `detect` accepts, by code point: the HJ 212 letters and ``""`` (no flag)."""
_KNOWN[[0, *(ord(c) for c in _FLAG_LETTERS)]] = True


def _letters(mark: object) -> str:
    """A flag as text, whether it came as ``str`` or ``bytes``."""
    return mark.decode("ascii", "replace") if isinstance(mark, bytes) else str(mark)


def _hidden(
    x: FloatArray, flags: npt.ArrayLike | None, settings: DetectorSettings, field: str
) -> IntArray:
    """Flat indices (row-major, ascending) of the points of ``x`` that are not judged.

    ``flags`` is an array of HJ 212 flag letters of the same shape (points flagged with one of
    ``settings.invalid_flags`` are not judged; N, S and T always are; ``""`` is a point without
    a flag, judged as sent), or a boolean mask that is True where a point is valid. Flags are
    read once here, as code points; the detectors then hide these points block by block.
    """
    if flags is None:
        return _NOTHING
    marks = flag_matrix(flags, field)
    if marks.ndim == 1 and x.shape[0] == 1:
        marks = marks[np.newaxis, :]
    if marks.shape != x.shape:
        raise InvalidInputError(
            field=field, value=marks.shape, allowed=f"one flag per point, shape {x.shape}"
        )
    if marks.dtype == np.bool_:
        return np.flatnonzero(~marks)
    if marks.dtype.kind not in "US":
        raise InvalidInputError(
            field=field, value=str(marks.dtype), allowed="HJ 212 flag letters or a boolean mask"
        )
    if marks.dtype.itemsize > (4 if marks.dtype.kind == "U" else 1):  # wider than 1 letter
        longer = np.char.str_len(marks) > 1
        if longer.any():
            allowed = f"HJ 212 flags, one letter of {sorted(_FLAG_LETTERS)}"
            raise InvalidInputError(field=field, value=_letters(marks[longer][0]), allowed=allowed)
    # One letter per point as a code point (a U1 array is a uint32 array). Most points are N:
    # only the others are looked up, in tables by code point where "clip" sends every code
    # past ASCII to DEL (127), which is unknown.
    letters = marks if marks.dtype == np.dtype("U1") else marks.astype("U1")
    codes = letters.view(np.uint32)
    odd = np.flatnonzero(codes != _N)
    odd_codes = np.take(codes, odd)
    unknown = ~np.take(_KNOWN, odd_codes, mode="clip")
    if unknown.any():
        allowed = f"HJ 212 flags, one of {sorted(_FLAG_LETTERS)}"
        raise InvalidInputError(field=field, value=chr(int(odd_codes[unknown][0])), allowed=allowed)
    excused = np.zeros(128, dtype=bool)
    excused[[ord(f) for f in settings.invalid_flags if f in _FLAG_LETTERS]] = True
    hidden: IntArray = odd[np.take(excused, odd_codes, mode="clip")]
    return hidden


_N: Final = ord("N")
_NOTHING: Final = np.zeros(0, dtype=np.int64)


def _values_first(*matrices: tuple[FloatArray, str]) -> None:
    """Refuse the first matrix that holds an infinity, in argument order.

    The detectors meet infinities block by block; before any other error is raised, and
    when a block holds one, this check over the whole input keeps the error the same as if
    each matrix had been checked first, whole.
    """
    for x, field in matrices:
        if np.isinf(x).any():
            raise InvalidInputError(
                field=field, value="infinity", allowed="finite numbers, or NaN for missing data"
            )


def _each_block(
    matrices: tuple[FloatArray, ...],
    hidden: IntArray,
    work: Callable[[tuple[FloatArray, ...], IntArray], None],
) -> None:
    """Call ``work(blocks, rows)`` over the matrices' rows, `_BLOCK_ROWS` at a time.

    Every row is first taken as it is (views, no copy); then the rows that hold hidden points
    are taken again, copied with those points set to NaN, and their results overwrite the
    first ones. Hidden points sit in few rows, so the matrices are never copied whole.
    """
    n, t = matrices[0].shape
    for first, last in _blocks(n):
        work(tuple(m[first:last] for m in matrices), np.arange(first, last))
    if not len(hidden):
        return
    row_of = hidden // t
    new = np.empty(len(hidden), dtype=bool)
    new[0] = True
    np.not_equal(row_of[1:], row_of[:-1], out=new[1:])
    rows = row_of[new]  # ascending, distinct (hidden is sorted)
    # Each hidden point's flat index within the copied rows: its row's rank, then its column.
    local = (np.cumsum(new) - 1) * t + (hidden - row_of * t)
    for first, last in _blocks(len(rows)):
        lo, hi = np.searchsorted(local, (first * t, last * t)).tolist()
        at = rows[first:last]
        blocks = tuple(m[at] for m in matrices)  # copies
        for block in blocks:
            block.reshape(-1)[local[lo:hi] - first * t] = np.nan
        work(blocks, at)


def _union(a: IntArray, b: IntArray) -> IntArray:
    """The sorted distinct values of two sorted index arrays."""
    if not len(a) or not len(b):
        return a if len(b) == 0 else b
    both = np.sort(np.concatenate([a, b]))
    return both[np.flatnonzero(np.diff(both, prepend=-1))]


def _matrix(values: npt.ArrayLike, field: str) -> FloatArray:
    """The values as a float matrix (`number_matrix`).

    Infinities are refused as the detectors meet them.
    """
    return number_matrix(values, field)


def longest_runs(mask: BoolArray) -> IntArray:
    """The longest run of True in each row.

    Examples:
        >>> longest_runs(np.array([[True, True, False, True], [False, False, False, False]]))
        array([2, 0])
    """
    if mask.ndim != 2 or mask.dtype != np.bool_:
        raise InvalidInputError(
            field="mask", value=f"{mask.shape} {mask.dtype}", allowed="a 2-D boolean array"
        )
    if mask.size > MAX_CELLS:  # a broadcast view can be far larger than its memory
        raise InvalidInputError(
            field="mask", value=f"{mask.size:,} cells", allowed=f"at most {MAX_CELLS:,} cells"
        )
    return _runs(mask, 1)[0]


def _runs(mask: BoolArray, least: int) -> tuple[IntArray, IntArray]:
    """The longest run of True in each row, and where its first run of ``least`` or more starts.

    The start is -1 where no run is that long.
    """
    n, t = mask.shape
    longest = np.zeros(n, dtype=np.int64)
    first = np.full(n, -1, dtype=np.int64)
    rows = np.flatnonzero(mask.any(axis=1))
    if len(rows) == 0:
        return longest, first
    # Only rows with a run are scanned: on real data most masks are almost empty.
    padded = np.zeros((len(rows), t + 2), dtype=np.int8)
    padded[:, 1:-1] = mask[rows]
    edges = np.diff(padded, axis=1).ravel()
    starts = np.flatnonzero(edges == 1)
    lengths = np.flatnonzero(edges == -1) - starts
    row = starts // (t + 1)
    best = np.zeros(len(rows), dtype=np.int64)
    np.maximum.at(best, row, lengths)
    earliest = np.full(len(rows), t, dtype=np.int64)
    long_enough = lengths >= least
    np.minimum.at(earliest, row[long_enough], (starts % (t + 1))[long_enough])
    longest[rows] = best
    first[rows] = np.where(earliest < t, earliest, -1)
    return longest, first


def _first_true(mask: BoolArray) -> IntArray:
    """The column of the first True in each row (0 where none; the caller masks those)."""
    if mask.shape[1] == 0:
        return np.zeros(mask.shape[0], dtype=np.int64)
    first: IntArray = mask.argmax(axis=1).astype(np.int64)
    return first


_BLOCK_ROWS: Final = 256
"""Rows the detectors take at a time: 256 rows of a day's minute data (2.9 MB of float64) stay
in cache while every detector reads them, so the matrix leaves memory once, and the blocks are
few enough that NumPy's per-call cost stays small (64 rows ran 1.67x the benchmark's baseline,
128 1.45x, 256 and 512 about 1.35x, the whole matrix at once 1.5x)."""


def _blocks(n: int) -> Iterator[tuple[int, int]]:
    for first in range(0, n, _BLOCK_ROWS):
        yield first, min(first + _BLOCK_ROWS, n)


def _slot_stats(x: FloatArray, slot: int) -> tuple[FloatArray, FloatArray, IntArray, IntArray]:
    """Mean, variance and count of valid points per slot, and the rows that may hold NaN or inf.

    A trailing partial slot is dropped. Sums (`numpy.einsum`, the fastest here) run on the
    data as it is, where NaN propagates; only the rows whose sums came out NaN are summed
    again without their missing points, so a few gaps do not cost a pass over the whole
    matrix. A row without a NaN or an infinity has finite sums of squares and a finite tail,
    so the other rows are the only suspects.
    """
    n, t = x.shape
    slots = t // slot
    v = x[:, : slots * slot].reshape(n, slots, slot)
    total = np.einsum("ijk->ij", v)
    square = np.einsum("ijk,ijk->ij", v, v)
    tail = x[:, slots * slot :]
    suspect = np.flatnonzero(~(np.isfinite(square).all(axis=1) & np.isfinite(tail).all(axis=1)))
    count = np.full((n, slots), slot, dtype=np.int64)
    bad = np.flatnonzero(np.isnan(total).any(axis=1))
    if len(bad):
        sub = v[bad]
        ok = ~np.isnan(sub)
        zeroed = np.where(ok, sub, 0.0)
        total[bad] = np.einsum("ijk->ij", zeroed)
        square[bad] = np.einsum("ijk,ijk->ij", zeroed, zeroed)
        count[bad] = np.count_nonzero(ok, axis=2)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = total / count
        var = np.maximum(square / count - mean * mean, 0.0)
    return mean, var, count, suspect


def _neighbours_equal(x: FloatArray) -> BoolArray:
    """``x[:, 1:] == x[:, :-1]``, compared along the flattened rows (one contiguous pass)."""
    flat = x.reshape(-1)
    out = np.empty(flat.size, dtype=bool)
    np.equal(flat[1:], flat[:-1], out=out[:-1])
    equal: BoolArray = out.reshape(x.shape)[:, :-1]
    return equal


def _row_counts(mask: BoolArray) -> IntArray:
    """How many points of each row are True (bit-packed: faster than a sum of booleans)."""
    counts: IntArray = np.bitwise_count(np.packbits(mask, axis=1)).sum(axis=1, dtype=np.int64)
    return counts


def _joint_slot_means(
    a: FloatArray, b: FloatArray, slot: int
) -> tuple[FloatArray, FloatArray, IntArray, IntArray]:
    """Slot means of two series over the points both have, their count, and the suspects.

    The suspects are the only rows that can hold a NaN or an infinity (as in `_slot_stats`).
    """
    n, t = a.shape
    slots = t // slot
    va = a[:, : slots * slot].reshape(n, slots, slot)
    vb = b[:, : slots * slot].reshape(n, slots, slot)
    ta, tb = np.einsum("ijk->ij", va), np.einsum("ijk->ij", vb)
    finite = np.isfinite(ta).all(axis=1) & np.isfinite(tb).all(axis=1)
    finite &= np.isfinite(a[:, slots * slot :]).all(axis=1)
    finite &= np.isfinite(b[:, slots * slot :]).all(axis=1)
    count = np.full((n, slots), slot, dtype=np.int64)
    bad = np.flatnonzero(np.isnan(ta).any(axis=1) | np.isnan(tb).any(axis=1))
    if len(bad):
        sa, sb = va[bad], vb[bad]
        ok = ~(np.isnan(sa) | np.isnan(sb))
        ta[bad] = np.einsum("ijk->ij", np.where(ok, sa, 0.0))
        tb[bad] = np.einsum("ijk->ij", np.where(ok, sb, 0.0))
        count[bad] = np.count_nonzero(ok, axis=2)
    with np.errstate(invalid="ignore", divide="ignore"):
        return ta / count, tb / count, count, np.flatnonzero(~finite)


def detect(
    values: npt.ArrayLike,
    *,
    policy: Policy | None = None,
    settings: DetectorSettings | None = None,
    minutes_per_point: int = 1,
    flags: npt.ArrayLike | None = None,
) -> Detection:
    """Run every single-series detector over each row of ``values``.

    With ``flags`` (HJ 212 flag letters, or a validity mask), points that are not normal
    operation (stopped F, maintenance M, fault D, calibration C, communication fault B, as
    ``alerts.invalid_flags`` lists) are not judged as flat, constant, zero or rising: a
    stopped plant is not a 挂瓶 suspect. Points flagged N (and S, T) are always judged, so a
    flag never hides tampering in normal data. Gaps count only missing values (NaN).

    Args:
        values: One series (1-D) or a matrix, one row per outlet; NaN (or ``None`` in a list)
            marks missing data. Or an Arrow table (``series_arrow_schema()``): one series per
            row of a list column ``values``, with its ``flags`` if the table has them. At most 10,000,000 rows or points and 50,000,000 values in
            all; an array, a list or tuple (of rows), or a ``range``, checked before it is read.
        flags: The HJ 212 flag of each point (same shape), or a boolean mask (True: valid).
        policy: The policy whose ``detectors.*`` thresholds apply (or pass ``settings``).
        settings: Thresholds already read with `DetectorSettings.of` (faster in a loop).
        minutes_per_point: The spacing of the points.

    Raises:
        InvalidInputError: for infinities, a wrong shape, items that are not numbers (text,
            booleans, complex numbers, datetimes, objects), an argument past the sizes above,
            or neither policy nor settings.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-10-01")
        >>> flat = np.full(1440, 35.0)
        >>> bool(detect(flat, policy=policy).flat[0])
        True
    """
    s = _settings(policy, settings, minutes_per_point)
    given: object = values  # an Arrow table passes as array-like (it has __array__)
    if isinstance(given, ArrowTabular):
        from ecoreg.monitoring._arrow import series_from_arrow  # noqa: PLC0415 - pyarrow on demand

        values, arrow_flags = series_from_arrow(given)
        flags = arrow_flags if flags is None else flags
    raw = _matrix(values, "values")
    try:
        hidden = _hidden(raw, flags, s, "flags")
    except InvalidInputError:
        _values_first((raw, "values"))
        raise
    n, t = raw.shape
    slots = t // s.slot_points
    mean, var = np.empty((n, slots)), np.empty((n, slots))
    count = np.empty((n, slots), dtype=np.int64)
    pairs, constant_from = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
    longest_zero, zero_from = np.empty(n, dtype=np.int64), np.empty(n, dtype=np.int64)
    longest_gap, gap_from = np.zeros(n, dtype=np.int64), np.full(n, -1, dtype=np.int64)
    missing_points = np.zeros(n, dtype=np.int64)
    constant_least = max(s.constant_run_points - 1, 1)

    def work(blocks: tuple[FloatArray, ...], rows: IntArray) -> None:
        (x,) = blocks
        mean[rows], var[rows], count[rows], suspect = _slot_stats(x, s.slot_points)
        # A constant run of k points is k - 1 equal neighbours.
        pairs[rows], constant_from[rows] = _runs(_neighbours_equal(x), constant_least)
        longest_zero[rows], zero_from[rows] = _runs(x == 0.0, s.zero_run_points)
        at = rows[suspect]  # only these rows can hold a NaN or an infinity in the input
        if len(at):
            if np.isinf(raw[at]).any():
                _values_first((raw, "values"))
            missing = np.isnan(raw[at])
            longest_gap[at], gap_from[at] = _runs(missing, 1)
            missing_points[at] = np.count_nonzero(missing, axis=1)

    _each_block((raw,), hidden, work)
    std = np.sqrt(var)
    enough = count >= max(2, s.slot_points // 2)
    flat_slot = enough & (
        (std <= s.flat_relative_std * np.abs(mean)) | (std <= s.flat_absolute_std)
    )
    flat_slots = flat_slot.sum(axis=1)
    longest_constant = np.where(pairs > 0, pairs + 1, 0)
    constant = longest_constant >= s.constant_run_points
    prev, cur = mean[:, :-1], mean[:, 1:]
    rising = (
        enough[:, 1:]
        & enough[:, :-1]
        & (cur >= s.rise_factor * prev)
        & (cur - prev >= s.rise_min_delta)
    )
    rises = rising.sum(axis=1)
    flat = flat_slots >= s.flat_min_slots
    flat_from = np.minimum(
        np.where(flat, _first_true(flat_slot) * s.slot_points, t),
        np.where(constant, constant_from, t),
    )
    per = s.minutes_per_point
    return Detection(
        settings=s,
        flat_slots=frozen(flat_slots.astype(np.int64)),
        flat=frozen(flat),
        longest_constant_minutes=frozen(longest_constant * per),
        constant=frozen(constant),
        longest_zero_minutes=frozen(longest_zero * per),
        zero=frozen(longest_zero >= s.zero_run_points),
        longest_gap_minutes=frozen(longest_gap * per),
        missing_minutes=frozen(missing_points * per),
        manual_testing_required=None
        if s.manual_testing_points is None
        else frozen(longest_gap >= s.manual_testing_points),
        backup_equipment_required=None
        if s.backup_equipment_points is None
        else frozen(longest_gap >= s.backup_equipment_points),
        sudden_rises=frozen(rises.astype(np.int64)),
        sudden_rise=frozen(rises > 0),
        flat_start=frozen(np.where(flat_from < t, flat_from, -1)),
        zero_start=frozen(zero_from),
        gap_start=frozen(gap_from),
        rise_start=frozen(np.where(rises > 0, (_first_true(rising) + 1) * s.slot_points, -1)),
    )


def _settings(
    policy: Policy | None, settings: DetectorSettings | None, minutes_per_point: int
) -> DetectorSettings:
    if settings is not None:
        return settings
    if policy is None:
        raise InvalidInputError(field="policy", value=None, allowed="a Policy, or settings")
    return DetectorSettings.of(policy, minutes_per_point=minutes_per_point)


def detect_ratio(
    inlet: npt.ArrayLike,
    outlet: npt.ArrayLike | None = None,
    *,
    policy: Policy | None = None,
    settings: DetectorSettings | None = None,
    minutes_per_point: int = 1,
    inlet_flags: npt.ArrayLike | None = None,
    outlet_flags: npt.ArrayLike | None = None,
) -> RatioDetection:
    """Inlet/outlet plausibility: outlet not below inlet, or a removal ratio that never moves.

    Points that either analyser flags as not normal operation (see `detect`) are not judged.

    Args:
        inlet: The inlet series, one row per outlet (as `detect`'s ``values``). Or an Arrow
            table of series pairs (``ratio_series_arrow_schema()``): list columns ``inlet``
            and ``outlet``, one pair per row, with ``inlet_flags`` and ``outlet_flags`` if the
            table has them; ``outlet`` is then left out.
        outlet: The outlet series, of the inlet's shape.
        policy: The policy whose ``detectors.*`` thresholds apply (or pass ``settings``).
        settings: Thresholds already read with `DetectorSettings.of`.
        minutes_per_point: The spacing of the points.
        inlet_flags: The HJ 212 flag of each inlet point, or a validity mask.
        outlet_flags: The same for the outlet.

    Raises:
        InvalidInputError: if the two matrices differ in shape (naming ``outlet``), or
            ``outlet`` is missing (or given beside an Arrow table).

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-10-01")
        >>> inlet = np.full((1, 60), 100.0)
        >>> bool(detect_ratio(inlet, inlet * 1.2, policy=policy).implausible[0])
        True
    """
    s = _settings(policy, settings, minutes_per_point)
    given: object = inlet
    if isinstance(given, ArrowTabular):
        if outlet is not None:
            raise InvalidInputError(
                field="outlet",
                value=type(outlet).__name__,
                allowed="None: the Arrow table holds the outlet series (a column 'outlet')",
            )
        from ecoreg.monitoring._arrow import ratio_from_arrow  # noqa: PLC0415 - pyarrow on demand

        inlet, outlet, arrow_in, arrow_out = ratio_from_arrow(given)
        inlet_flags = arrow_in if inlet_flags is None else inlet_flags
        outlet_flags = arrow_out if outlet_flags is None else outlet_flags
    elif outlet is None:
        raise InvalidInputError(
            field="outlet", value=None, allowed="the outlet series, of the inlet's shape"
        )
    a, b = _matrix(inlet, "inlet"), _matrix(outlet, "outlet")
    both = ((a, "inlet"), (b, "outlet"))
    if a.shape != b.shape:
        _values_first(*both)
        raise InvalidInputError(
            field="outlet", value=b.shape, allowed=f"the inlet's shape {a.shape}"
        )
    try:
        hidden = _union(
            _hidden(a, inlet_flags, s, "inlet_flags"), _hidden(b, outlet_flags, s, "outlet_flags")
        )
    except InvalidInputError:
        _values_first(*both)
        raise
    n, t = a.shape
    slots = t // s.slot_points
    mean_in, mean_out = np.empty((n, slots)), np.empty((n, slots))
    count = np.empty((n, slots), dtype=np.int64)
    not_below_points = np.empty(n, dtype=np.int64)

    def work(blocks: tuple[FloatArray, ...], rows: IntArray) -> None:
        inlet_x, outlet_x = blocks
        not_below_points[rows] = _row_counts(outlet_x >= inlet_x)
        mean_in[rows], mean_out[rows], count[rows], suspect = _joint_slot_means(
            inlet_x, outlet_x, s.slot_points
        )
        at = rows[suspect]
        if len(at) and (np.isinf(a[at]).any() or np.isinf(b[at]).any()):
            _values_first(*both)

    _each_block((a, b), hidden, work)
    not_below = not_below_points * s.minutes_per_point
    usable = (count >= max(2, s.slot_points // 2)) & (mean_in > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        removal = np.where(usable, 1.0 - mean_out / mean_in, 0.0)
    slots = usable.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        centre = removal.sum(axis=1, keepdims=True) / np.maximum(slots, 1)[:, None]
        centred = np.where(usable, removal - centre, 0.0)
        std = np.sqrt((centred * centred).sum(axis=1) / np.maximum(slots - 1, 1))
    std = np.where(slots >= 2, std, np.nan)
    constant = (slots >= 2) & (std < s.ratio_constant_std)
    return RatioDetection(
        outlet_not_below_inlet_minutes=frozen(not_below),
        removal_ratio_std=frozen(std),
        constant_ratio=frozen(constant),
        implausible=frozen(constant | (not_below >= s.slot_points * s.minutes_per_point)),
    )


def regularize(
    timestamps: npt.ArrayLike,
    values: npt.ArrayLike,
    *,
    start: int,
    points: int,
    minutes_per_point: int = 1,
) -> FloatArray:
    """Put a series with irregular timestamps (epoch seconds) on a regular grid, NaN in gaps.

    A value whose timestamp falls off the grid's points, or outside it, is dropped.

    ``timestamps`` are whole numbers and ``values`` numbers (``int``, ``float``, ``Decimal`` or
    NumPy's), 1-D, at most 10,000,000 of each; both are checked before they are read (see
    `ecoreg.monitoring._arguments`).

    Raises:
        InvalidInputError: if timestamps and values differ in length (naming ``values``), or
            for an argument that is not such a column (a ``str``, a 0-d array, a huge
            ``range``, strings or objects), naming it.

    Examples:
        >>> regularize([0, 60, 180], [1.0, 2.0, 4.0], start=0, points=4)
        array([ 1.,  2., nan,  4.])
    """
    whole_number(minutes_per_point, "minutes_per_point", 1, _MAX_MINUTES_PER_POINT)
    whole_number(points, "points", 1, _MAX_POINTS)
    ts = integer_column(timestamps, "timestamps", "a 1-D array of integer epoch seconds")
    vs = number_column(values, "values")
    whole_number(start, "start", -_MAX_START, _MAX_START)
    if vs.shape != ts.shape:
        raise InvalidInputError(
            field="values",
            value=f"{vs.size} values",
            allowed=f"{ts.size} values, one per timestamp",
        )
    step = 60 * minutes_per_point
    if ts.size and not (
        int(ts.min()) - start >= _MIN_OFFSET and int(ts.max()) - start <= _MAX_OFFSET
    ):
        raise InvalidInputError(
            field="start",
            value=start,
            allowed=f"epoch seconds within {_MAX_OFFSET} seconds of every timestamp",
        )
    offset = ts.astype(np.int64) - np.int64(start)
    index = offset // step
    keep = (offset % step == 0) & (index >= 0) & (index < points)
    grid = np.full(points, np.nan)
    grid[index[keep]] = vs[keep]
    return grid


check_public(
    globals(),
    (
        "longest_runs",
        "detect",
        "detect_ratio",
        "regularize",
    ),
)
