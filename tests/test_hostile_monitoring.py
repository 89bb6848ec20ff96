"""Hostile inputs to the monitoring package (issue 22): an ecoreg error or a result, never more.

The fuzzer's reproducers C4, C5, C18, C20, C21, C22, C29, H3 and I2 (see
``hostile-inputs.md``) each have a regression test named after them; then every public
function and method of ``ecoreg.monitoring`` (and ``ecoreg.monitoring.hj212``) is driven
with hostile values, argument by argument: lone surrogates, other scripts' digits, 0-d
arrays and odd dtypes, ``range(10**18)``, huge ints and deep lists. A call must end in a
result or an `EcoregError` within two seconds, without allocating what it was not given.
"""

from __future__ import annotations

import datetime as dt
import inspect
import signal
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ecoreg
from ecoreg import monitoring
from ecoreg.exceptions import EcoregError, InvalidInputError
from ecoreg.monitoring import _arguments, _series, hj212

if TYPE_CHECKING:
    from collections.abc import Callable

POLICY = ecoreg.standard_policy_book().resolve("CN", dt.date(2026, 10, 1))
SETTINGS = monitoring.DetectorSettings.of(POLICY, minutes_per_point=60)
HOUR = (
    "QN=20261001080000000;ST=31;CN=2061;PW=1;MN=M1;Flag=4;"
    "CP=&&DataTime=20261001090000;w01018-Avg=35.2&&"
)
CAPTURE = hj212.frame(HOUR)
READINGS = hj212.read_capture(CAPTURE)
SERIES = hj212.to_series(READINGS, cn="2061", start="2026-10-01T08:00+08:00", points=3)
DETECTION = SERIES.detect(policy=POLICY)
PACKET = hj212.parse(CAPTURE)
VARIANT = hj212.frame(HOUR.replace("20261001090000;w01018", "20261001090000123;011"))
WARNINGS = hj212.read_capture(VARIANT).warnings
DETECTION.to_arrow()  # pyarrow's import (lazy, seconds on a loaded machine) before any clock
HANG_SECONDS = 5.0
"""Far above any call's time here (milliseconds); a loaded CI machine must not trip it."""


def _id(value: object) -> str:
    """A short test id (pytest's own would format a 5,000-digit int with ``str``)."""
    if isinstance(value, int) and value.bit_length() > 64:
        return f"int-of-{value.bit_length()}-bits"
    text = repr(value) if isinstance(value, str | bytes | int | float | Decimal) else ""
    return text[:24] if text else type(value).__name__


def _deep(depth: int) -> Any:
    value: Any = 0
    for _ in range(depth):
        value = [value]
    return value


class _Hang(BaseException):
    """Raised by the alarm when a call runs past `HANG_SECONDS`."""


def _alarm(_signum: int, _frame: object) -> None:
    raise _Hang


def outcome(call: Callable[[], object]) -> object:
    """The call's result, or its ecoreg error; anything else (or a hang) fails the test."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        return call()
    except EcoregError as error:
        return error
    except _Hang:
        pytest.fail(f"no result after {HANG_SECONDS} s")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def refused(call: Callable[[], object]) -> InvalidInputError:
    """The `InvalidInputError` the call raises (within the hang limit)."""
    result = outcome(call)
    assert isinstance(result, InvalidInputError), f"not refused: {type(result).__name__}"
    return result


# --- the reproducers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: hj212.parse("##\ud800"), "packet"),
        (lambda: hj212.parse_stream("##\ud800"), "data"),
        (lambda: hj212.read_capture("##\ud800"), "data"),
        (lambda: hj212.parse(HOUR.replace("M1", "M\udfff")), "packet"),
    ],
)
def test_c4_text_with_a_lone_surrogate_is_refused_by_every_reader(
    call: Callable[[], object], field: str
) -> None:
    assert refused(call).field == field


def test_c4_text_without_surrogates_reads_as_its_utf8_bytes() -> None:
    text = CAPTURE.decode()
    assert hj212.parse(text) == PACKET
    assert hj212.parse_stream(text).packets == ((0, PACKET),)
    assert hj212.read_capture(text).column("avg").tolist() == [35.2]


def test_c5_frame_refuses_text_with_a_lone_surrogate() -> None:
    error = refused(lambda: hj212.frame("QN=1;ST=32;CN=2011;PW=1;MN=\ud800;Flag=4;CP=&&&&"))
    assert error.field == "data"
    assert refused(lambda: hj212.frame("x" * 10_000)).field == "data"  # before encoding


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: ecoreg.regularize(range(10**18), [1.0], start=0, points=10), "timestamps"),
        (lambda: ecoreg.regularize(range(10**19), [1.0], start=0, points=10), "timestamps"),
        (lambda: ecoreg.regularize([0], range(10**18), start=0, points=10), "values"),
        (lambda: ecoreg.regularize(np.array(5), [1.0], start=0, points=10), "timestamps"),
        (lambda: ecoreg.regularize([0], np.array(5.0), start=0, points=10), "values"),
        (lambda: ecoreg.regularize(["0"], [1.0], start=0, points=10), "timestamps"),
        (lambda: ecoreg.regularize([0], np.array(["1"]), start=0, points=10), "values"),
        (lambda: ecoreg.regularize([0], [1j], start=0, points=10), "values"),
        (lambda: ecoreg.regularize([0], [True], start=0, points=10), "values"),
        (lambda: ecoreg.regularize([0], [Decimal("sNaN")], start=0, points=10), "values"),  # type: ignore[arg-type]
        (lambda: ecoreg.detect(range(10**18), policy=POLICY), "values"),
        (lambda: ecoreg.detect([range(10**18)], policy=POLICY), "values"),
        (lambda: ecoreg.detect([[1.0], range(10**18)], policy=POLICY), "values"),
        (lambda: ecoreg.detect(np.array(5.0), policy=POLICY), "values"),
        (lambda: ecoreg.detect(np.float64(5.0), policy=POLICY), "values"),
        (lambda: ecoreg.detect(np.zeros(3, dtype=complex), policy=POLICY), "values"),
        (lambda: ecoreg.detect(np.zeros(3, dtype="M8[s]"), policy=POLICY), "values"),
        (lambda: ecoreg.detect(np.array([1.0], dtype=object), policy=POLICY), "values"),
        (lambda: ecoreg.detect(np.broadcast_to(0.0, (10**6, 10**6)), policy=POLICY), "values"),
        (lambda: ecoreg.detect([1.0], policy=POLICY, flags=np.array("N")), "flags"),
        (lambda: ecoreg.detect([1.0], policy=POLICY, flags=[range(10**18)]), "flags"),
        (lambda: ecoreg.detect([1.0] * 2, policy=POLICY, flags=["N" * 10**6] * 2), "flags"),
        (lambda: ecoreg.detect_ratio(range(10**18), [1.0], policy=POLICY), "inlet"),
        (lambda: ecoreg.detect_ratio([1.0], np.array(1.0), policy=POLICY), "outlet"),
        (
            lambda: ecoreg.detect_ratio([1.0], [1.0], policy=POLICY, outlet_flags=np.zeros(1)),
            "outlet_flags",
        ),
        (lambda: ecoreg.longest_runs(np.broadcast_to(True, (10**5, 10**5))), "mask"),
    ],
)
def test_c18_array_arguments_are_refused_before_numpy_reads_them(
    call: Callable[[], object], field: str
) -> None:
    assert refused(call).field == field


def test_c18_array_arguments_take_numbers_from_lists_arrays_and_ranges() -> None:
    grid = ecoreg.regularize(range(0, 180, 60), [1, 2.5, 3.0], start=0, points=3)
    assert grid.tolist() == [1.0, 2.5, 3.0]
    assert ecoreg.regularize(np.array([0], dtype=np.uint8), [1.0], start=0, points=1)[0] == 1.0
    rows: list[Any] = [np.zeros(60), list(range(60)), range(60)]
    assert len(ecoreg.detect(rows, settings=attrs.evolve(SETTINGS, minutes_per_point=1))) == 3
    assert refused(lambda: ecoreg.regularize([0], [10**400], start=0, points=1)).field == "values"
    gap: list[Any] = [None, 2.0]  # None: a missing point
    assert np.isnan(ecoreg.regularize([0, 60], gap, start=0, points=2)[0])
    no_time: list[Any] = [None]
    assert refused(lambda: ecoreg.regularize(no_time, [1.0], start=0, points=1)).field == (
        "timestamps"
    )


def test_c18_an_argument_at_the_limit_is_taken_past_it_refused() -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_arguments, "MAX_ITEMS", 4)
        patch.setattr(_arguments, "MAX_CELLS", 8)
        ecoreg.regularize(range(4), [1.0] * 4, start=0, points=1)
        assert refused(lambda: ecoreg.regularize(range(5), [1.0] * 5, start=0, points=1)).field
        ones = attrs.evolve(SETTINGS, minutes_per_point=1, slot_points=1)
        assert len(ecoreg.detect([[1.0] * 4] * 2, settings=ones)) == 2
        big = refused(lambda: ecoreg.detect([[1.0] * 3] * 3, settings=ones))
        assert big.field == "values"
        assert "8 values in all" in big.allowed


@pytest.mark.parametrize(
    ("packets", "field"),
    [
        ([(0, None)], "packets.0"),
        (0, "packets"),
        ("-0", "packets"),
        (b"", "packets"),
        (np.array(5), "packets"),
        ([(True, PACKET)], "packets.0"),
        ([(-1, PACKET)], "packets.0"),
        ([(10**5000, PACKET)], "packets.0"),
        ([(0.0, PACKET)], "packets.0"),
        ([(0, PACKET, 1)], "packets.0"),
        ([(0, PACKET), PACKET], "packets.1"),
        (iter([(0, PACKET), None]), "packets.1"),
        ({0: PACKET}, "packets.0"),
    ],
    ids=_id,
)
def test_c20_from_packets_takes_position_packet_pairs_only(packets: object, field: str) -> None:
    error = refused(lambda: hj212.Readings.from_packets(packets))  # type: ignore[arg-type]
    # The boundary names the argument when it sees the wrong item, the method names the item.
    assert error.field in {field, "packets"}
    str(error)  # the message can be written, whatever the value


def test_c20_from_packets_checks_errors_and_junk_and_reads_a_generator() -> None:
    assert refused(lambda: hj212.Readings.from_packets([], errors=[None])).field == "errors"  # type: ignore[arg-type]
    assert refused(lambda: hj212.Readings.from_packets([], junk="x")).field == "junk"  # type: ignore[arg-type]
    readings = hj212.Readings.from_packets(p for p in [(0, PACKET)])
    assert readings.column("avg").tolist() == [35.2]


@pytest.mark.parametrize(
    "kind", [np.zeros((2, 0)), np.array("avg"), [], {}, None, 10**5000, b"avg"], ids=_id
)
def test_c21_column_refuses_a_kind_that_is_no_str(kind: object) -> None:
    error = refused(lambda: READINGS.column(kind))  # type: ignore[arg-type]
    assert error.field == "kind"
    str(error)


@pytest.mark.parametrize(
    ("station", "factor", "field"),
    [
        (10**5000, "x", "station"),
        ("M1", 10**5000, "factor"),
        (_deep(5000), "x", "station"),
        ("M1", _deep(5000), "factor"),
        (np.zeros(2), "x", "station"),
        ("M1", "w99999", "factor"),  # no such row
        ("\ud800", "w01018", "station|factor"),  # the boundary may refuse the text first
    ],
    ids=_id,
)
def test_c22_series_row_names_the_argument_without_formatting_it(
    station: object, factor: object, field: str
) -> None:
    error = refused(lambda: SERIES.row(station, factor))  # type: ignore[arg-type]
    assert error.field in field.split("|")
    str(error)
    assert SERIES.row("M1", "w01018") == 0


@pytest.mark.parametrize("limit", [True, 1.5, float("nan"), None, [35], "\ud800"], ids=_id)
def test_c29_a_limit_of_another_type_is_refused_naming_limits(limit: object) -> None:
    error = refused(
        lambda: hj212.to_alerts(SERIES, DETECTION, limits={"w01018": limit})  # type: ignore[dict-item]
    )
    assert error.field in {"limits", "limits.w01018"}  # the boundary checks the types first
    str(error)


@pytest.mark.parametrize(
    "limit",
    [
        10**5000,
        -(10**5000),
        10**13,
        -1,
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("1e999999"),
        "٣٥",
        "３５",
        " 35",
        "35 ",
        "3_5",
        "0x23",
        "35\n",
        "9" * 5000,
        "1e9999",
    ],
    ids=_id,
)
def test_c29_limits_are_numbers_of_a_sane_magnitude(limit: object) -> None:
    error = refused(
        lambda: hj212.to_alerts(SERIES, DETECTION, limits={"w01018": limit})  # type: ignore[dict-item]
    )
    assert error.field == "limits.w01018"
    str(error)


def test_c29_limits_as_int_decimal_and_text_are_taken() -> None:
    for limit in (30, Decimal("30.5"), "30", "3e1", "+30", 10**12):
        batch = hj212.to_alerts(SERIES, DETECTION, limits={"w01018": limit})
        assert len(batch) >= 1
    assert refused(lambda: hj212.to_alerts(SERIES, DETECTION, limits={"\ud800": 1})).field == (
        "limits"
    )


def test_h3_to_series_bounds_rows_times_points_before_allocating() -> None:
    segs = [hj212.frame(HOUR.replace("MN=M1", f"MN=M{i}")) for i in range(60)]
    readings = hj212.read_capture(b"".join(segs))
    error = refused(
        lambda: hj212.to_series(
            readings, cn="2061", start="2026-10-01T08:00+08:00", points=10_000_000
        )
    )
    assert error.field == "points"
    assert "50,000,000" in error.allowed
    assert "833,333 points" in error.allowed
    assert "50,000,000 cells" in (hj212.to_series.__doc__ or "").replace("\n", " ")


def test_h3_the_cell_limit_is_exact() -> None:
    segs = b"".join(hj212.frame(HOUR.replace("MN=M1", f"MN=M{i}")) for i in range(3))
    readings = hj212.read_capture(segs)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_series, "MAX_CELLS", 12)
        at = hj212.to_series(readings, cn="2061", start="2026-10-01T08:00+08:00", points=4)
        assert at.values.shape == (3, 4)
        past = refused(
            lambda: hj212.to_series(readings, cn="2061", start="2026-10-01T08:00+08:00", points=5)
        )
        assert past.field == "points"


def _with_header(field: str, value: str) -> bytes:
    head = {"Flag": "4", "PNUM": None, "PNO": None}
    head[field] = value
    extra = "".join(f";{k}={v}" for k, v in head.items() if v is not None)
    return hj212.frame(f"QN=20261001080000000;ST=31;CN=2051;PW=1;MN=M1{extra};CP=&&&&")


_NOT_ASCII_DIGITS = ["٤", "４", "𝟒", " 4", "4 ", "+4", "-4", "4\n", "\n4", "0x4", "4_0", "", "4.0"]


@pytest.mark.parametrize("field", ["Flag", "PNUM", "PNO"])
@pytest.mark.parametrize("value", _NOT_ASCII_DIGITS)
def test_i2_header_numbers_are_ascii_digits_in_every_reader(field: str, value: str) -> None:
    data = _with_header(field, value)
    assert refused(lambda: hj212.parse(data)).field == field
    assert [e.field for e in hj212.parse_stream(data).errors] == [field]
    readings = hj212.read_capture(data)
    assert [e.field for e in readings.errors] == [field]
    assert readings.packets == 0


def test_i2_header_numbers_in_ascii_digits_are_taken() -> None:
    packet = hj212.parse(_with_header("PNUM", "0012"))
    assert (packet.flag, packet.pnum) == (4, 12)
    assert refused(lambda: hj212.parse(_with_header("Flag", "9" * 5000))).field == "Flag"


_SEGMENT = (
    b"QN=20261001080000000;ST=31;CN=2031;PW=123456;MN=010000A8900016F000169DC0;Flag=9;CP=&&&&"
)


@pytest.mark.parametrize(
    "crc", [b" 000", b"+000", b"-000", b"0_00", b"0x00", b"0X00", b"000 ", "٠٠٠٠".encode()]
)
def test_i2_the_crc_is_four_ascii_hex_digits_in_every_reader(crc: bytes) -> None:
    assert hj212.crc16(_SEGMENT) == 0
    data = b"##%04d" % len(_SEGMENT) + _SEGMENT + crc + b"\r\n"
    assert refused(lambda: hj212.parse(data)).field in {"crc", "length"}
    assert len(hj212.parse_stream(data).errors) == 1
    assert len(hj212.read_capture(data).errors) == 1


def test_i2_the_crc_in_either_case_and_crlf_endings_are_taken() -> None:
    frame = hj212.frame(HOUR)
    lower = frame[:-6] + frame[-6:-2].lower() + b"\r\n"
    assert hj212.parse(lower) == PACKET
    assert len(hj212.read_capture(lower + b"\r\n" + frame).errors) == 0


@pytest.mark.parametrize(
    ("cp", "field"),
    [
        ("DataTime=20261001090000;w01018-Avg=٣٥.٢", "CP.w01018-Avg"),
        ("DataTime=20261001090000;w01018-Avg=３５", "CP.w01018-Avg"),
        ("DataTime=20261001090000;w01018-Avg= 35", "CP.w01018-Avg"),
        ("DataTime=20261001090000;w01018-Avg=3_5", "CP.w01018-Avg"),
        ("DataTime=20261001090000;w01018-Avg=35\n", "CP.w01018-Avg"),
        ("DataTime=20261001090000;w01018-Avg=1e999999", "CP.w01018-Avg"),
        ("DataTime=20261001090000;w01018-Avg=1e-999", "CP.w01018-Avg"),
        ("DataTime=٢٠٢٦١٠٠١٠٩٠٠٠٠;w01018-Avg=35", "CP.DataTime"),
        ("DataTime=20261001090000\n;w01018-Avg=35", "CP.DataTime"),
        ("DataTime=20261001090000;w01018-Avg\n=35", "CP.0.w01018-Avg\n"),
    ],
)
def test_i2_values_data_times_and_codes_are_ascii_in_every_reader(cp: str, field: str) -> None:
    data = hj212.frame(HOUR.replace("DataTime=20261001090000;w01018-Avg=35.2", cp))
    assert refused(lambda: hj212.parse(data)).field == field
    assert [e.field for e in hj212.parse_stream(data).errors] == [field]
    assert [e.field for e in hj212.read_capture(data).errors] == [field]


# --- the rest of the surface: hand-made values, methods and models -----------------------------


def test_other_crashes_of_the_same_classes() -> None:
    big = Decimal("1e999999999")
    assert refused(lambda: hj212.FactorValue(code="a", avg=big)).field == "avg"
    assert refused(lambda: hj212.FactorValue(code="a", flag="NN")).field == "flag"
    huge_flag = {**PACKET.model_dump(), "flag": 10**5000}
    assert refused(lambda: hj212.Packet(**huge_flag)).field == "flag"
    # pydantic would make an int of a billion digits of it (minutes)
    billion = {**PACKET.model_dump(), "pnum": Decimal("1E+999999999")}
    assert refused(lambda: hj212.Packet(**billion)).field == "pnum"
    assert refused(lambda: hj212.FrameError(position=big, reason="x")).field == "position"  # type: ignore[arg-type]
    assert refused(lambda: hj212.crc16(bytes(10_000_001))).field == "data"
    assert refused(lambda: DETECTION.signals(10**5000)).field == "row"
    assert refused(lambda: DETECTION.signals(len(DETECTION))).field == "row"
    assert refused(lambda: DETECTION.signals(True)).field == "row"
    start = 2**63 + 5  # int64 overflows once the timestamps' offsets are checked
    assert refused(lambda: ecoreg.regularize([2**63 - 1], [1.0], start=start, points=1)).field
    wrapped = np.array([2**64 - 1], dtype=np.uint64)
    assert refused(lambda: ecoreg.regularize(wrapped, [1.0], start=0, points=1)).field == (
        "timestamps"
    )
    assert refused(lambda: SERIES.detect(settings=object())).field == "settings"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("target", "changes", "field"),
    [
        (SETTINGS, {"slot_points": 0}, "slot_points"),
        (SETTINGS, {"minutes_per_point": 10**5000}, "minutes_per_point"),
        (SETTINGS, {"rise_factor": float("nan")}, "rise_factor"),
        (SETTINGS, {"flat_absolute_std": 10**400}, "flat_absolute_std"),
        (SETTINGS, {"invalid_flags": "FM"}, "invalid_flags"),
        (SERIES, {"values": np.zeros((1, 3), dtype=np.float32)}, "values"),
        (SERIES, {"flags": np.zeros((1, 3))}, "flags"),
        (SERIES, {"stations": ["M1"]}, "stations"),
        (SERIES, {"start": 10**5000}, "start"),
        (SERIES, {"kind": np.zeros(2)}, "kind"),
        (READINGS, {"mn": np.array([5])}, "mn"),
        (READINGS, {"mn": np.array(5)}, "mn"),
        (READINGS, {"values": np.zeros((1, 4))}, "values"),
        (READINGS, {"errors": [None]}, "errors"),
        (READINGS, {"packets": -1}, "packets"),
        (DETECTION, {"flat_start": np.zeros(2, dtype=np.int64)}, "flat_start"),
        (DETECTION, {"settings": None}, "settings"),
    ],
)
def test_hand_made_results_are_checked_when_made(
    target: Any, changes: dict[str, object], field: str
) -> None:
    assert refused(lambda: attrs.evolve(target, **changes)).field == field


def test_to_alerts_refuses_a_detection_that_points_past_the_series() -> None:
    past = attrs.evolve(DETECTION, gap_start=np.array([3], dtype=np.int64))
    assert refused(lambda: hj212.to_alerts(SERIES, past)).field == "detection"
    assert refused(lambda: hj212.to_alerts(SERIES, DETECTION, enterprises={"M1": "\ud800"})).field


# --- Hypothesis: hostile values for every argument of every public function --------------------

_HOSTILE_FIXED: list[Any] = [
    "\ud800",
    "M\udfff1",
    "٤",
    "２",
    "𝟒",
    "٢٠٢٦",
    " 4",
    "4\n",
    "",
    "\x00",
    b"\xff\xfe",
    10**5000,
    -(10**5000),
    2**63,
    2**64,
    -1,
    0,
    True,
    None,
    1.5,
    float("nan"),
    float("inf"),
    Decimal("sNaN"),
    Decimal("1e999999999"),
    np.array(5),
    np.array("N"),
    np.float64(1.0),
    np.zeros((2, 0)),
    np.zeros(3, dtype=complex),
    np.zeros(3, dtype="M8[s]"),
    np.array([1, "a"], dtype=object),
    np.array(["a", "b"]),
    np.zeros(3, dtype=np.float16),
    np.ones((2, 2), dtype=bool),
    np.broadcast_to(0.0, (10**6, 10**6)),
    range(10**18),
    range(10**19),
    [range(10**18)],
    [[1.0], range(10**18)],
    _deep(5000),
    [_deep(5000)],
    {"a": 1},
    {1, 2},
    (x for x in range(3)),
    object(),
]
HOSTILE = st.one_of(
    st.sampled_from(_HOSTILE_FIXED),
    st.text(alphabet=st.sampled_from("0123456789٤２𝟒\ud800\n ;=&#-+.eE_xN"), max_size=12),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.lists(st.sampled_from([1.0, "N", None, "\ud800", 10**400]), max_size=4),
)


def arg(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly hostile, sometimes valid (so that the other arguments' checks are reached)."""
    return st.one_of(HOSTILE, HOSTILE, valid)


def _captures() -> st.SearchStrategy[Any]:
    return st.sampled_from([CAPTURE, CAPTURE.decode(), CAPTURE + b"##0005abcde1234\r\n"])


ENTRY_POINTS: dict[str, tuple[Callable[..., object], dict[str, st.SearchStrategy[Any]]]] = {
    "hj212.crc16": (hj212.crc16, {"data": st.binary(max_size=32)}),
    "hj212.frame": (hj212.frame, {"data": st.just(HOUR)}),
    "hj212.parse": (hj212.parse, {"packet": _captures()}),
    "hj212.parse_stream": (hj212.parse_stream, {"data": _captures()}),
    "hj212.read_capture": (hj212.read_capture, {"data": _captures()}),
    "hj212.encode": (hj212.encode, {"packet": st.just(PACKET)}),
    "hj212.to_series": (
        hj212.to_series,
        {
            "readings": st.just(READINGS),
            "cn": st.just("2061"),
            "start": st.just("2026-10-01T08:00+08:00"),
            "points": st.integers(1, 30),
            "minutes_per_point": st.none() | st.just(60),
            "kind": st.none() | st.just("avg"),
        },
    ),
    "hj212.to_alerts": (
        hj212.to_alerts,
        {
            "series": st.just(SERIES),
            "detection": st.just(DETECTION),
            "enterprises": st.none() | st.just({"M1": "E1"}),
            "limits": st.none() | st.just({"w01018": 30}),
        },
    ),
    "Readings.from_packets": (
        hj212.Readings.from_packets,
        {"packets": st.just(((0, PACKET),)), "errors": st.just(()), "junk": st.just(())},
    ),
    "Readings.column": (READINGS.column, {"kind": st.sampled_from(hj212.KINDS)}),
    "Series.row": (SERIES.row, {"station": st.just("M1"), "factor": st.just("w01018")}),
    "Series.detect": (
        SERIES.detect,
        {"policy": st.just(POLICY), "settings": st.none() | st.just(SETTINGS)},
    ),
    "Detection.signals": (DETECTION.signals, {"row": st.just(0)}),
    "Detection.to_arrow": (DETECTION.to_arrow, {}),
    "detection_arrow_schema": (monitoring.detection_arrow_schema, {}),
    "series_arrow_schema": (monitoring.series_arrow_schema, {}),
    "Readings.to_arrow": (READINGS.to_arrow, {}),
    "Readings.warnings_to_arrow": (READINGS.warnings_to_arrow, {}),
    "readings_arrow_schema": (monitoring.readings_arrow_schema, {}),
    "frame_warning_arrow_schema": (monitoring.frame_warning_arrow_schema, {}),
    "ratio_series_arrow_schema": (monitoring.ratio_series_arrow_schema, {}),
    "ratio_result_arrow_schema": (monitoring.ratio_result_arrow_schema, {}),
    "detect": (
        monitoring.detect,
        {
            "values": st.just(np.ones((2, 60))),
            "policy": st.just(POLICY),
            "minutes_per_point": st.just(1),
            "flags": st.none() | st.just(np.full((2, 60), "N")),
        },
    ),
    "detect_ratio": (
        monitoring.detect_ratio,
        {
            "inlet": st.just([2.0] * 60),
            "outlet": st.just([1.0] * 60),
            "policy": st.just(POLICY),
            "minutes_per_point": st.just(1),
            "inlet_flags": st.none() | st.just(["N"] * 60),
            "outlet_flags": st.none() | st.just(np.ones(60, dtype=bool)),
        },
    ),
    "regularize": (
        monitoring.regularize,
        {
            "timestamps": st.just([0, 60]),
            "values": st.just([1.0, 2.0]),
            "start": st.just(0),
            "points": st.integers(1, 5),
            "minutes_per_point": st.just(1),
        },
    ),
    "longest_runs": (monitoring.longest_runs, {"mask": st.just(np.ones((2, 3), dtype=bool))}),
    "DetectorSettings.of": (
        monitoring.DetectorSettings.of,
        {"policy": st.just(POLICY), "minutes_per_point": st.sampled_from([1, 5, 60])},
    ),
    "DetectorSettings": (
        lambda **changes: attrs.evolve(SETTINGS, **changes),
        {name: st.just(getattr(SETTINGS, name)) for name in attrs.fields_dict(type(SETTINGS))},
    ),
    "Series": (
        lambda **changes: attrs.evolve(SERIES, **changes),
        {name: st.just(getattr(SERIES, name)) for name in attrs.fields_dict(hj212.Series)},
    ),
    "Readings": (
        lambda **changes: attrs.evolve(READINGS, **changes),
        {name: st.just(getattr(READINGS, name)) for name in attrs.fields_dict(hj212.Readings)},
    ),
    "WarningColumns": (
        lambda **changes: attrs.evolve(WARNINGS, **changes),
        {
            name: st.just(getattr(WARNINGS, name))
            for name in attrs.fields_dict(hj212.WarningColumns)
        },
    ),
    "WarningColumns.records": (WARNINGS.records, {}),
    "WarningColumns.by_station": (WARNINGS.by_station, {}),
    "Detection": (
        lambda **changes: attrs.evolve(DETECTION, **changes),
        {
            name: st.just(getattr(DETECTION, name))
            for name in attrs.fields_dict(monitoring.Detection)
        },
    ),
    "models": (
        lambda model, **data: model.model_validate(data),
        {
            "model": st.sampled_from(
                [
                    hj212.FactorValue,
                    hj212.Record,
                    hj212.Packet,
                    hj212.FrameError,
                    hj212.StreamResult,
                    hj212.PacketWarning,
                    hj212.FrameWarning,
                ]
            ),
            "code": st.just("w01018"),
            "avg": st.just("1.5"),
            "flag": st.just("N"),
            "data_time": st.just("2026-10-01T09:00:00+08:00"),
            "position": st.just(0),
            "reason": st.just("x"),
            "name": st.just("time.milliseconds"),
            "field": st.just("CP.DataTime"),
            "sent": st.just("20261001090000123"),
            "mn": st.just("M1"),
        },
    ),
}

_FAST = settings(
    # A few seconds in the default profiles; the "long" profile's budget when it is chosen.
    max_examples=60 if settings().max_examples <= 150 else settings().max_examples,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
@_FAST
@given(data=st.data())
def test_every_monitoring_entry_point_ends_in_a_result_or_an_ecoreg_error(
    name: str, data: st.DataObject
) -> None:
    function, strategies = ENTRY_POINTS[name]
    kwargs = {key: data.draw(arg(valid), label=key) for key, valid in strategies.items()}
    if name == "models":
        kwargs["model"] = data.draw(strategies["model"], label="model")
    result = outcome(lambda: function(**kwargs))
    if isinstance(result, EcoregError):
        str(result)  # an error's message can always be made


_DIGIT_TEXT = st.text(alphabet=st.sampled_from("0123456789٤٥２３𝟒 \n\t+-_.xeE"), max_size=6)


@_FAST
@given(field=st.sampled_from(["Flag", "PNUM", "PNO"]), value=_DIGIT_TEXT)
def test_a_header_number_is_taken_only_as_ascii_digits_and_every_reader_agrees(
    field: str, value: str
) -> None:
    data = _with_header(field, value)
    parsed = outcome(lambda: hj212.parse(data))
    stream = hj212.parse_stream(data)
    columns = hj212.read_capture(data)
    assert columns.packets == len(stream.packets)
    assert [e.field for e in columns.errors] == [e.field for e in stream.errors]
    if isinstance(parsed, hj212.Packet):
        assert value.isascii()
        assert value.isdigit()
        again = hj212.parse(hj212.encode(parsed))
        # The encoder writes the number canonically ("Flag=00" as "Flag=0"): the packet is the
        # same, its warnings name the same variants, and only the text shown as sent differs.
        assert again.model_copy(update={"warnings": ()}) == parsed.model_copy(
            update={"warnings": ()}
        )
        assert [w.name for w in again.warnings] == [w.name for w in parsed.warnings]
    else:
        assert isinstance(parsed, InvalidInputError)


@_FAST
@given(value=_DIGIT_TEXT, when=st.sampled_from(["20261001090000", "٢٠٢٦١٠٠١٠٩٠٠٠٠"]))
def test_a_factor_value_is_taken_only_as_ascii_and_every_reader_agrees(
    value: str, when: str
) -> None:
    cp = f"DataTime={when};w01018-Avg={value}"
    data = hj212.frame(HOUR.replace("DataTime=20261001090000;w01018-Avg=35.2", cp))
    parsed = outcome(lambda: hj212.parse(data))
    stream = hj212.parse_stream(data)
    columns = hj212.read_capture(data)
    assert [e.field for e in columns.errors] == [e.field for e in stream.errors]
    assert len(columns) == sum(len(p.records) for _, p in stream.packets)
    if isinstance(parsed, hj212.Packet):
        assert value.isascii()
        assert when.isascii()
        assert hj212.parse(hj212.encode(parsed)) == parsed


def test_every_public_function_and_method_is_driven() -> None:
    """A name added to the package's surface must join `ENTRY_POINTS` (or the data names)."""
    data = {"FLAG_LETTERS", "KINDS", "CODES_2005", "WARNINGS", "hj212"}
    models = {
        "FactorValue",
        "Record",
        "Packet",
        "FrameError",
        "StreamResult",
        "PacketWarning",
        "FrameWarning",
    }
    results = {"RatioDetection"}  # output only: nothing in the package reads one
    for namespace, prefix in ((monitoring, ""), (hj212, "hj212.")):
        for name in namespace.__all__:
            if name in data | models | results:
                continue
            obj = getattr(namespace, name)
            assert f"{prefix}{name}" in ENTRY_POINTS or name in ENTRY_POINTS, name
            if isinstance(obj, type):
                for method, member in vars(obj).items():
                    callable_member = inspect.isfunction(member) or isinstance(
                        member, classmethod | staticmethod
                    )
                    if method.startswith("_") or not callable_member:
                        continue
                    assert f"{name}.{method}" in ENTRY_POINTS, f"{name}.{method}"
