"""The detectors' contract: every threshold at its edge, every error's document, exact figures.

`test_alerts.py` shows the detectors find what they should on realistic days; this file pins
what an embedding system relies on beyond that: a value exactly at a threshold, the error an
input gets (field, value, allowed), the minutes a result reports, and results that do not warn.
Written against the surviving mutants of ``make mutation MODULE=_detectors``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ecoreg
from ecoreg import (
    AlertKind,
    Detection,
    DetectorSettings,
    RatioDetection,
    detect,
    detect_ratio,
    longest_runs,
    regularize,
)
from ecoreg.exceptions import InvalidInputError
from ecoreg.monitoring import _detectors

NAN = np.nan
ZIBO = ecoreg.standard_policy_book().resolve("CN-SD-ZB", dt.date(2026, 10, 1))
BASE = DetectorSettings.of(ZIBO)
# Small slots make every threshold easy to reach exactly.
SMALL = attrs.evolve(
    BASE,
    slot_points=4,
    flat_relative_std=0.25,
    flat_absolute_std=0.5,
    flat_min_slots=2,
    constant_run_points=4,
    zero_run_points=3,
    rise_factor=2.0,
    rise_min_delta=4.0,
    ratio_constant_std=0.05,
    manual_testing_points=5,
    backup_equipment_points=7,
)


def _error(call: object, *args: object, **kwargs: object) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    return info.value


def _doc(error: InvalidInputError) -> tuple[object, object, object]:
    return error.field, error.value, error.allowed


# --- signals and the run counters -------------------------------------------------------------


def test_signals_name_each_kind_a_row_raises() -> None:
    flat_only = [5.0, 5.0, 5.0, 6.0] * 2 + [1.0, 9.0, 1.0, 9.0]  # two flat slots, no long run
    constant_only = [1.0, 9.0, 1.0, 9.0] + [7.0] * 4 + [1.0, 9.0, 1.0, 9.0]
    gap_of_one = [1.0, 9.0, 1.0, NAN] + [1.0, 9.0, 1.0, 9.0] * 2
    rise = [1.0, 3.0, 1.0, 3.0, 5.0, 7.0, 5.0, 7.0, 1.0, 9.0, 1.0, 9.0]
    zeros = [1.0, 9.0, 0.0, 0.0, 0.0, 9.0, *([1.0, 9.0] * 3)]
    found = detect(np.array([flat_only, constant_only, gap_of_one, rise, zeros]), settings=SMALL)
    assert found.signals(0) == (AlertKind.FLAT_DATA,)
    assert found.signals(1) == (AlertKind.FLAT_DATA,)
    assert (bool(found.flat[1]), bool(found.constant[1])) == (False, True)
    assert found.signals(2) == (AlertKind.MISSING_DATA,)
    assert found.signals(3) == (AlertKind.SUDDEN_RISE,)
    assert found.signals(4) == (AlertKind.ZERO_DATA,)
    assert len(found) == 5
    # Where each finding first shows: the first flat slot, the first long constant run, the
    # first missing point, the first point of the rising slot, the first long zero run.
    assert found.flat_start.tolist() == [0, 4, -1, -1, -1]
    assert found.gap_start.tolist() == [-1, -1, 3, -1, -1]
    assert found.rise_start.tolist() == [-1, -1, -1, 4, -1]
    assert found.zero_start.tolist() == [-1, -1, -1, -1, 2]


def test_longest_runs_in_every_row() -> None:
    mask = np.array(
        [
            [True, True, False, True, True, True],
            [False, False, False, False, False, False],
            [True, False, True, True, False, True],
            [True, True, True, True, True, True],
        ]
    )
    assert longest_runs(mask).tolist() == [3, 0, 2, 6]
    assert longest_runs(mask).dtype == np.int64
    assert _doc(_error(longest_runs, np.zeros(3, dtype=bool))) == (
        "mask",
        "(3,) bool",
        "a 2-D boolean array",
    )
    assert _error(longest_runs, np.zeros((2, 2))).value == "(2, 2) float64"


def test_runs_at_their_thresholds() -> None:
    # constant_run_points 4: a run of exactly 4 equal points is constant, 3 is not.
    rows = np.array(
        [
            [1.0, 2.0, 7.0, 7.0, 7.0, 7.0, 1.0, 2.0],
            [1.0, 2.0, 7.0, 7.0, 7.0, 1.0, 2.0, 1.0],
            [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0],
            [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0],
            [1.0, 0.0, 0.0, 2.0, 1.0, 0.0, 0.0, 1.0],
        ]
    )
    found = detect(rows, settings=SMALL)
    assert found.longest_constant_minutes.tolist() == [4, 3, 0, 3, 2]
    assert found.constant.tolist() == [True, False, False, False, False]
    assert found.flat_start.tolist() == [2, -1, -1, 0, -1]  # row 0: the run of 4 from point 2
    assert found.zero_start.tolist() == [-1, -1, -1, 1, -1]  # the run of exactly 3 from point 1
    assert found.longest_zero_minutes.tolist() == [0, 0, 0, 3, 2]
    assert found.zero.tolist() == [False, False, False, True, False]


def test_gaps_at_the_manual_testing_and_backup_marks() -> None:
    rows = np.ones((4, 10))
    rows[0, 2:6] = NAN  # 4: below the manual-testing mark (5)
    rows[1, 2:7] = NAN  # 5: manual testing
    rows[2, 1:8] = NAN  # 7: backup equipment as well
    found = detect(rows, settings=SMALL)
    assert found.longest_gap_minutes.tolist() == [4, 5, 7, 0]
    assert found.missing_minutes.tolist() == [4, 5, 7, 0]
    assert found.manual_testing_required is not None
    assert found.backup_equipment_required is not None
    assert found.manual_testing_required.tolist() == [False, True, True, False]
    assert found.backup_equipment_required.tolist() == [False, False, True, False]
    national = detect(rows, policy=ecoreg.standard_policy_book().resolve("CN", "2026-10-01"))
    assert national.manual_testing_required is None
    assert national.backup_equipment_required is None


def test_minutes_scale_with_the_spacing() -> None:
    row = np.array([[1.0, 0.0, 0.0, 0.0, NAN, NAN] + [1.0, 2.0] * 57])
    five = detect(row, policy=ZIBO, minutes_per_point=5)
    assert five.settings.minutes_per_point == 5
    assert five.settings.slot_points == 12
    assert (five.longest_zero_minutes[0], five.longest_gap_minutes[0]) == (15, 10)
    assert five.missing_minutes[0] == 10


# --- flat slots and sudden rises at their edges --------------------------------------------


def _slot_row(*slots: list[float]) -> np.ndarray:
    return np.array([[v for slot in slots for v in slot]])


def test_flat_at_the_relative_and_absolute_limits() -> None:
    varied = [1.0, 9.0, 1.0, 9.0]
    # std 1 over mean 4: relative std exactly 0.25 (flat); std 0.5 exactly the absolute limit.
    relative = [3.0, 5.0, 3.0, 5.0]
    absolute = [100.0, 101.0, 100.0, 101.0]
    above = [3.0, 5.02, 3.0, 5.02]  # std just over 0.25 × mean and over 0.5
    assert detect(_slot_row(relative, relative, varied), settings=SMALL).flat_slots[0] == 2
    assert detect(_slot_row(absolute, absolute, varied), settings=SMALL).flat_slots[0] == 2
    assert detect(_slot_row(above, above, varied), settings=SMALL).flat_slots[0] == 0
    assert detect(_slot_row(relative, varied, varied), settings=SMALL).flat.tolist() == [False]
    assert detect(_slot_row(relative, relative, varied), settings=SMALL).flat.tolist() == [True]


def test_a_slot_needs_half_its_points_to_be_judged() -> None:
    half = [3.0, 3.0, NAN, NAN]  # 2 of 4 points: judged (flat)
    less = [3.0, NAN, NAN, NAN]
    assert detect(_slot_row(half, half, [1.0, 9.0, 1.0, 9.0]), settings=SMALL).flat_slots[0] == 2
    assert detect(_slot_row(less, less, [1.0, 9.0, 1.0, 9.0]), settings=SMALL).flat_slots[0] == 0
    wide = attrs.evolve(SMALL, slot_points=6)  # half of 6 is 3: two points are not enough
    two = [3.0, 3.0, NAN, NAN, NAN, NAN]
    assert detect(np.array([two * 3]), settings=wide).flat_slots[0] == 0


def test_slot_means_skip_missing_points_exactly() -> None:
    # Rise from mean 2 (1, 3 and two gaps) to mean 8 (5, 11): factor 4, delta 6.
    row = _slot_row([1.0, NAN, 3.0, NAN], [5.0, 11.0, 5.0, 11.0], [5.0, 11.0, 5.0, 11.0])
    found = detect(row, settings=SMALL)
    assert found.sudden_rises.tolist() == [1]
    with_gap = _slot_row([1.0, 3.0, 1.0, 3.0], [5.0, 11.0, NAN, NAN], [1.0, 3.0, 1.0, 3.0])
    assert detect(with_gap, settings=SMALL).sudden_rises.tolist() == [1]


@pytest.mark.parametrize(
    ("before", "after", "rises"),
    [
        ([2.0, 2.0, 2.0, 2.0], [4.0, 8.0, 4.0, 8.0], 1),  # factor 3, delta exactly 4
        ([4.0, 4.0, 4.0, 4.0], [7.0, 9.0, 7.0, 9.0], 1),  # factor exactly 2, delta exactly 4
        ([6.0, 6.0, 6.0, 6.0], [10.0, 12.0, 10.0, 12.0], 0),  # delta 5, factor 11/6 < 2
        ([1.0, 1.0, 1.0, 1.0], [2.0, 4.0, 2.0, 4.0], 0),  # factor 3, delta 2 < 4
        ([2.0, 2.0, 2.0, 2.0], [-2.0, 2.0, -2.0, 2.0], 0),  # a fall
    ],
)
def test_sudden_rise_at_its_factor_and_delta(
    before: list[float], after: list[float], rises: int
) -> None:
    found = detect(_slot_row([1.0, 9.0, 1.0, 9.0], before, after), settings=SMALL)
    assert found.sudden_rises.tolist() == [rises]
    assert found.sudden_rise.tolist() == [rises > 0]


def test_sudden_rise_is_compared_with_the_previous_slot_only() -> None:
    row = _slot_row([2.0] * 4, [2.0] * 4, [3.0, 9.0, 3.0, 9.0], [1.0, 2.0, 1.0, 2.0])
    assert detect(row, settings=SMALL).sudden_rises.tolist() == [1]


# --- the inlet/outlet check ---------------------------------------------------------------


def test_removal_ratio_figures() -> None:
    inlet = np.array([[10.0] * 4 + [20.0] * 4 + [40.0] * 4])
    outlet = np.array([[1.0] * 4 + [4.0] * 4 + [4.0] * 4])  # removal 0.9, 0.8, 0.9
    found = detect_ratio(inlet, outlet, settings=SMALL)
    assert found.removal_ratio_std[0] == pytest.approx(np.std([0.9, 0.8, 0.9], ddof=1))
    assert found.constant_ratio.tolist() == [False]
    assert found.outlet_not_below_inlet_minutes.tolist() == [0]
    same = detect_ratio(inlet, inlet * 0.5, settings=SMALL)
    assert same.removal_ratio_std[0] == pytest.approx(0.0)
    assert same.constant_ratio.tolist() == [True]
    assert same.implausible.tolist() == [True]


def test_removal_ratio_with_missing_points_and_too_few_slots() -> None:
    inlet = np.array(
        [
            [10.0, NAN, 10.0, 10.0] + [20.0] * 4 + [40.0] * 4,
            [10.0] * 4 + [NAN] * 8,
            [0.0] * 4 + [20.0] * 4 + [NAN] * 4,
        ]
    )
    outlet = np.array(
        [
            [1.0, 50.0, 1.0, 1.0] + [4.0, 4.0, NAN, 4.0] + [4.0] * 4,
            [1.0] * 12,
            [1.0] * 12,
        ]
    )
    found = detect_ratio(inlet, outlet, settings=SMALL)
    assert found.removal_ratio_std[0] == pytest.approx(np.std([0.9, 0.8, 0.9], ddof=1))
    assert np.isnan(found.removal_ratio_std[1:]).all()  # one usable slot; inlet 0 is unusable
    assert found.constant_ratio.tolist() == [False, False, False]


def test_ratio_constant_std_is_a_strict_limit() -> None:
    inlet = np.array([[100.0] * 4 + [100.0] * 4])
    outlet = np.array([[10.0] * 4 + [10.0 + 100 * 0.05 * np.sqrt(2)] * 4])
    found = detect_ratio(inlet, outlet, settings=SMALL)
    std = float(found.removal_ratio_std[0])
    assert std == pytest.approx(0.05)
    at = detect_ratio(inlet, outlet, settings=attrs.evolve(SMALL, ratio_constant_std=std))
    above = detect_ratio(
        inlet, outlet, settings=attrs.evolve(SMALL, ratio_constant_std=std * 1.001)
    )
    assert at.constant_ratio.tolist() == [False]  # strictly below the limit only
    assert above.constant_ratio.tolist() == [True]


def test_outlet_not_below_inlet_counts_minutes_up_to_a_slot() -> None:
    inlet = np.array([[10.0] * 8, [10.0] * 8])
    outlet = np.array(
        [[10.0, 11.0, 12.0, 10.0, 1.0, 1.0, 1.0, 1.0], [10.0, 11.0, 12.0] + [1.0] * 5]
    )
    found = detect_ratio(inlet, outlet, settings=SMALL)
    assert found.outlet_not_below_inlet_minutes.tolist() == [4, 3]
    assert found.implausible.tolist() == [True, False]  # a slot (4 points) of it is implausible
    two = detect_ratio(inlet, outlet, policy=ZIBO, minutes_per_point=2)
    assert two.outlet_not_below_inlet_minutes.tolist() == [8, 6]


def test_ratio_flags_set_aside_points_on_either_side() -> None:
    inlet = np.array([[10.0] * 8])
    outlet = np.array([[10.0] * 4 + [1.0] * 4])
    stopped = np.array([["F"] * 4 + ["N"] * 4])
    assert detect_ratio(
        inlet, outlet, settings=SMALL, inlet_flags=stopped
    ).implausible.tolist() == [False]
    assert detect_ratio(
        inlet, outlet, settings=SMALL, outlet_flags=stopped
    ).implausible.tolist() == [False]
    assert detect_ratio(inlet, outlet, settings=SMALL).implausible[0]
    assert _error(detect_ratio, inlet, outlet, settings=SMALL, inlet_flags=[["X"] * 8]).field == (
        "inlet_flags"
    )
    assert _error(detect_ratio, inlet, outlet, settings=SMALL, outlet_flags=[["N"] * 7]).field == (
        "outlet_flags"
    )


# --- errors: field, value, allowed ------------------------------------------------------


def test_matrix_errors() -> None:
    assert _doc(_error(detect, "abc", settings=SMALL)) == (
        "values",
        "str",
        "numbers (NaN for missing data)",
    )
    assert _doc(_error(detect, np.zeros((2, 2, 2)), settings=SMALL)) == (
        "values",
        (2, 2, 2),
        "a 1-D series or a 2-D matrix (series × points)",
    )
    assert _error(detect, np.zeros((2, 0)), settings=SMALL).value == (2, 0)
    assert _doc(_error(detect, [1.0, np.inf], settings=SMALL)) == (
        "values",
        "infinity",
        "finite numbers, or NaN for missing data",
    )
    assert len(detect([4.0], settings=SMALL)) == 1  # a single point is a series
    assert _doc(_error(detect_ratio, [1.0] * 4, [1.0] * 5, settings=SMALL)) == (
        "outlet",
        (1, 5),
        "the inlet's shape (1, 4)",
    )
    assert _error(detect_ratio, "x", [1.0], settings=SMALL).field == "inlet"
    assert _error(detect_ratio, [1.0], "x", settings=SMALL).field == "outlet"


def test_a_policy_or_settings_is_required() -> None:
    assert _doc(_error(detect, [1.0])) == ("policy", None, "a Policy, or settings")
    assert _error(detect_ratio, [1.0], [1.0]).field == "policy"


def test_flag_errors() -> None:
    values = np.ones((1, 4))
    assert _doc(_error(detect, values, settings=SMALL, flags=[["N", "N", "Q", "N"]])) == (
        "flags",
        "Q",
        "HJ 212 flags, one of ['B', 'C', 'D', 'F', 'M', 'N', 'S', 'T']",
    )
    assert _doc(_error(detect, values, settings=SMALL, flags=[["N", "NN", "N", "N"]])) == (
        "flags",
        "NN",
        "HJ 212 flags, one letter of ['B', 'C', 'D', 'F', 'M', 'N', 'S', 'T']",
    )
    assert _doc(_error(detect, values, settings=SMALL, flags=[["N"] * 3])) == (
        "flags",
        (1, 3),
        "one flag per point, shape (1, 4)",
    )
    assert _doc(_error(detect, values, settings=SMALL, flags=np.zeros((1, 4)))) == (
        "flags",
        "float64",
        "HJ 212 flag letters or a boolean mask",
    )
    assert (
        _error(detect, values, settings=SMALL, flags=np.array([[b"N", b"Q", b"N", b"N"]])).value
        == "Q"
    )
    assert _error(detect, values, settings=SMALL, flags=np.array([[b"NN"] * 4])).value == "NN"
    judged = detect(values, settings=SMALL, flags=["N", "", "S", "T"])  # 1-D flags for one row
    assert judged.missing_minutes.tolist() == [0]


def test_regularize_errors_and_edges() -> None:
    for name, value, allowed in (
        ("minutes_per_point", 0, "a whole number from 1 to 1440"),
        ("minutes_per_point", 1441, "a whole number from 1 to 1440"),
        ("points", 0, "a whole number from 1 to 10000000"),
        ("points", 10_000_001, "a whole number from 1 to 10000000"),
    ):
        kwargs = {"minutes_per_point": 1, "points": 2, name: value}
        assert _doc(_error(regularize, [0], [1.0], start=0, **kwargs)) == (name, value, allowed)
    assert regularize(
        [0, 86_400], [1.0, 2.0], start=0, points=2, minutes_per_point=1440
    ).tolist() == [
        1.0,
        2.0,
    ]
    assert _doc(_error(regularize, [0, 60], [1.0], start=0, points=2)) == (
        "values",
        "1 values",
        "2 values, one per timestamp",
    )
    assert _doc(_error(regularize, [0.5], [1.0], start=0, points=2)) == (
        "timestamps",
        "float64",
        "a 1-D array of integer epoch seconds",
    )
    assert _error(regularize, [[0]], [[1.0]], start=0, points=2).field == "timestamps"
    assert _doc(_error(regularize, [0], ["x"], start=0, points=2)) == (
        "values",
        "list",
        "numbers (NaN for missing data)",
    )
    far = 2**40
    assert _doc(_error(regularize, [far + 1], [1.0], start=0, points=2)) == (
        "start",
        0,
        f"epoch seconds within {far} seconds of every timestamp",
    )
    assert _error(regularize, [-far - 1], [1.0], start=0, points=2).field == "start"
    assert np.isnan(regularize([far], [1.0], start=0, points=1)).all()
    grid = regularize(
        [0, 30, 120, 180, -60], [1.0, 9.0, 2.0, 3.0, 9.0], start=0, points=3, minutes_per_point=1
    )
    assert np.array_equal(grid, [1.0, NAN, 2.0], equal_nan=True)
    assert np.isnan(regularize(np.array([], dtype=np.int64), [], start=0, points=2)).all()


def test_settings_must_divide_the_slot() -> None:
    assert _doc(_error(DetectorSettings.of, ZIBO, minutes_per_point=7)) == (
        "minutes_per_point",
        7,
        "a whole number of minutes that divides the 60-minute slot",
    )
    assert _error(DetectorSettings.of, ZIBO, minutes_per_point=0).field == "minutes_per_point"
    assert DetectorSettings.of(ZIBO, minutes_per_point=60).slot_points == 1
    assert DetectorSettings.of(ZIBO, minutes_per_point=30).manual_testing_points == 48


# --- no warnings from empty slots ----------------------------------------------------------


def test_empty_slots_and_zero_inlets_do_not_warn() -> None:
    rows = np.full((2, 12), NAN)
    rows[1, :4] = 0.0
    with np.errstate(all="raise"):
        found = detect(rows, settings=SMALL)
        ratio = detect_ratio(rows, rows, settings=SMALL)
    assert found.flat_slots.tolist() == [0, 1]  # four zeros make a flat slot
    assert ratio.constant_ratio.tolist() == [False, False]


# --- blocks: the detectors read a matrix a block of rows at a time -----------------------------

_POINTS = st.sampled_from([0.0, 1.0, 1.0, 2.0, 7.5, 40.0, NAN])
_FLAGS = st.sampled_from(["N", "N", "N", "F", "M", "T", ""])


@st.composite
def _flagged_matrices(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, points = draw(st.integers(1, 9)), draw(st.integers(1, 14))
    cells = st.lists(_POINTS, min_size=rows * points, max_size=rows * points)
    values = np.array(draw(cells)).reshape(rows, points)
    inlet = np.array(draw(cells)).reshape(rows, points)
    flags = draw(st.lists(_FLAGS, min_size=rows * points, max_size=rows * points))
    return values, inlet, np.array(flags, dtype="U1").reshape(rows, points)


def _fields(result: Detection | RatioDetection) -> dict[str, Any]:
    return {
        name: value
        for name, value in attrs.asdict(result, recurse=False).items()
        if name != "settings" and value is not None
    }


@given(_flagged_matrices(), st.integers(1, 4))
def test_a_matrix_gives_what_its_rows_give_one_by_one(
    matrix: tuple[np.ndarray, np.ndarray, np.ndarray], block: int
) -> None:
    """Rows are independent: blocks of any size, and flagged rows taken again, change nothing."""
    values, inlet, flags = matrix
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_detectors, "_BLOCK_ROWS", block)
        whole = detect(values, settings=SMALL, flags=flags)
        ratio = detect_ratio(inlet, values, settings=SMALL, outlet_flags=flags)
    for i in range(len(values)):
        one = _fields(detect(values[i], settings=SMALL, flags=flags[i]))
        one_ratio = _fields(
            detect_ratio(inlet[i], values[i], settings=SMALL, outlet_flags=flags[i])
        )
        for name, column in _fields(whole).items():
            assert np.array_equal(column[i : i + 1], one[name], equal_nan=True), name
        for name, column in _fields(ratio).items():
            assert np.array_equal(column[i : i + 1], one_ratio[name], equal_nan=True), name
    # A flagged point is judged as if it were missing, but never counts as a gap.
    hidden = np.isin(flags, ["F", "M"])
    as_missing = _fields(detect(np.where(hidden, NAN, values), settings=SMALL))
    unflagged = _fields(detect(values, settings=SMALL))
    gaps = {"longest_gap_minutes", "missing_minutes", "gap_start"}
    gaps |= {"manual_testing_required", "backup_equipment_required"}
    for name, column in _fields(whole).items():
        expected = unflagged[name] if name in gaps else as_missing[name]
        assert np.array_equal(column, expected, equal_nan=True), name
    masked_inlet = np.where(hidden, NAN, inlet)
    masked_outlet = np.where(hidden, NAN, values)
    for name, column in _fields(detect_ratio(masked_inlet, masked_outlet, settings=SMALL)).items():
        assert np.array_equal(_fields(ratio)[name], column, equal_nan=True), name


def test_an_infinity_in_a_later_block_is_refused_as_the_whole_matrix_would_be() -> None:
    values = np.ones((9, 8))
    values[7, 5] = np.inf
    flags = np.full((9, 8), "N", dtype="U1")
    flags[7, 5] = "F"  # hidden points are still checked
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_detectors, "_BLOCK_ROWS", 2)
        assert _doc(_error(detect, values, settings=SMALL, flags=flags)) == (
            "values",
            "infinity",
            "finite numbers, or NaN for missing data",
        )
        inlet = np.ones((9, 8))
        inlet[8, 0] = -np.inf  # both hold one: the inlet is named, as argument order says
        assert _error(detect_ratio, inlet, values, settings=SMALL).field == "inlet"
        assert _error(detect_ratio, np.ones((9, 8)), values, settings=SMALL).field == "outlet"
        # An unknown flag and an infinity: the values are judged first.
        flags[0, 0] = "X"
        assert _error(detect, values, settings=SMALL, flags=flags).field == "values"
        assert _error(detect, np.ones((9, 8)), settings=SMALL, flags=flags).value == "X"
