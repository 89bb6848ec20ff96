"""HJ 212 as devices send it (issue 23): each variant read, kept and named by its warning.

One frame per variant class, with the warning it must carry and what is kept; the frames that
really are broken stay refused; a property over frames built from every variant at once (with
damage) holds `parse_stream` and `read_capture` to the same packets, rows, warnings and errors,
every frame accounted for once; and both benchmark mixes (`benchmarks.hj212_mix`, small) agree.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import numpy as np
import pytest
from benchmarks import hj212_mix
from hypothesis import given
from hypothesis import strategies as st

from ecoreg.exceptions import InvalidInputError
from ecoreg.monitoring import hj212

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def _segment(
    cp: str, *, st_: str = "31", cn: str = "2061", flag: str | None = "4", qn: bool = True
) -> str:
    head = "QN=20261001090000000;" if qn else ""
    flags = f"Flag={flag};" if flag is not None else ""
    return f"{head}ST={st_};CN={cn};PW=123456;MN=M1;{flags}CP=&&{cp}&&"


HOUR = "DataTime=20261001090000;a21026-Avg=35.2,a21026-Flag=N"

# (id, segment, warning name, its field, what was sent there)
VARIANTS = [
    (
        "milliseconds",
        _segment("DataTime=20261001090000123;a21026-Avg=35.2"),
        "time.milliseconds",
        "CP.DataTime",
        "20261001090000123",
    ),
    (
        "milliseconds-system-time",
        _segment("SystemTime=20261001090000456", cn="1011"),
        "time.milliseconds",
        "CP.SystemTime",
        "20261001090000456",
    ),
    (
        "code-2005",
        _segment("DataTime=20261001090000;02-Avg=35.2,02-Flag=N"),
        "code.hjt212-2005",
        "CP.02-Avg",
        "02",
    ),
    (
        "converted",
        _segment("DataTime=20261001090000;a21026-Avg=35.2,a21026-ZsAvg=48.1"),
        "field.converted",
        "CP.a21026-ZsAvg",
        "ZsAvg",
    ),
    (
        "converted-dash",
        _segment("DataTime=20261001090000;a21026-Zs-Rtd=48.1,a21026-Rtd=35.2"),
        "field.converted",
        "CP.a21026-Zs-Rtd",
        "Zs-Rtd",
    ),
    (
        "running-state",
        _segment("DataTime=20261001090000;SB1-RS=1;SB2-RS=0", cn="2021"),
        "field.running-state",
        "CP.SB1-RS",
        "RS",
    ),
    (
        "vendor-kind",
        _segment("DataTime=20261001090000;a21026-Avg=35.2,a21026-Ma=300"),
        "field.vendor-kind",
        "CP.a21026-Ma",
        "Ma",
    ),
    (
        "vendor-kind-underscore",
        _segment("DataTime=20261001090000;100000-Pa_ave=0.3964,100000-Ia=401.4"),
        "field.vendor-kind",
        "CP.100000-Pa_ave",
        "Pa_ave",
    ),
    ("status-command", _segment("QnRtn=1", st_="91", cn="9011"), "command.status", "CN", "9011"),
    ("vendor-command", _segment("", cn="8013"), "command.status", "CN", "8013"),
    ("system-other", _segment(HOUR, st_="99"), "system.other", "ST", "99"),
    ("version-2005", _segment(HOUR, flag=None, qn=False), "version.hjt212-2005", "Flag", ""),
    ("version-bits-0", _segment(HOUR, flag="1"), "version.hjt212-2005", "Flag", "1"),
]


@pytest.mark.parametrize(
    ("segment", "name", "field", "sent"),
    [pytest.param(*v[1:], id=v[0]) for v in VARIANTS],
)
def test_each_variant_is_read_and_named(segment: str, name: str, field: str, sent: str) -> None:
    data = hj212.frame(segment)
    packet = hj212.parse(data)
    found = [(w.name, w.field, w.sent) for w in packet.warnings]
    assert (name, field, sent) in found
    # The same warning, with the frame's position and MN, from both readers of a capture.
    stream = hj212.parse_stream(data)
    readings = hj212.read_capture(data)
    assert (0, "M1", name, field, sent) in [
        (w.position, w.mn, w.name, w.field, w.sent) for w in stream.warnings
    ]
    assert readings.warnings.records() == stream.warnings
    assert readings.warnings.by_station()["M1"][name] == 1


def test_a_canonical_frame_carries_no_warning() -> None:
    data = hj212.frame(_segment(HOUR))
    assert hj212.parse(data).warnings == ()
    assert hj212.parse_stream(data).warnings == ()
    assert len(hj212.read_capture(data).warnings) == 0


def test_milliseconds_are_kept_in_the_packet_and_dropped_in_the_columns() -> None:
    data = hj212.frame(_segment("DataTime=20261001090000123;a21026-Avg=35.2"))
    record = hj212.parse(data).records[0]
    assert record.data_time == dt.datetime(2026, 10, 1, 9, 0, 0, 123_000, tzinfo=SHANGHAI)
    readings = hj212.read_capture(data)
    assert readings.time.tolist() == [int(dt.datetime(2026, 10, 1, 1, tzinfo=dt.UTC).timestamp())]
    # `encode` writes the milliseconds back: the packet round-trips.
    assert hj212.parse(hj212.encode(hj212.parse(data))) == hj212.parse(data)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("01", "a34013"),
        ("02", "a21026"),
        ("03", "a21002"),
        ("S01", "a19001"),
        ("B02", "a00000"),
        ("011", "w01018"),
        ("060", "w21003"),
        ("101", "w21011"),
        ("001", "w01001"),
    ],
)
def test_2005_codes_map_to_2017_codes_beside_the_code_sent(old: str, new: str) -> None:
    """HJ 212-2017 Appendix B, Tables B.1 and B.2, column 原编码."""
    data = hj212.frame(_segment(f"DataTime=20261001090000;{old}-Avg=1.5", flag=None, qn=False))
    factor = hj212.parse(data).records[0].factors[0]
    assert (factor.code, factor.code_2017, factor.factor) == (old, new, new)
    assert hj212.CODES_2005[old] == new
    assert hj212.read_capture(data).factors == (new,)


def test_a_2005_code_without_a_pair_is_kept_as_sent() -> None:
    data = hj212.frame(_segment("DataTime=20261001090000;16-Avg=1.5", flag=None, qn=False))
    packet = hj212.parse(data)
    factor = packet.records[0].factors[0]
    assert (factor.code, factor.code_2017, factor.factor) == ("16", None, "16")
    assert "code.hjt212-2005" in [w.name for w in packet.warnings]
    assert hj212.read_capture(data).factors == ("16",)


def test_the_2005_table_has_every_pair_once() -> None:
    assert len(hj212.CODES_2005) == 93
    assert len(set(hj212.CODES_2005.values())) == 93
    assert sum(v.startswith("w") for v in hj212.CODES_2005.values()) == 48


def test_converted_running_and_vendor_fields_are_kept_beside_the_values() -> None:
    segment = _segment(
        "DataTime=20261001090000;a21026-Avg=35.2,a21026-ZsAvg=48.1,a21026-Ma=300,a21026-Flag=N;"
        "SB1-RS=1,SB1-RT=23.5"
    )
    factors = hj212.parse(hj212.frame(segment)).records[0].factors
    so2, sb1 = factors
    assert so2.avg == Decimal("35.2")
    assert so2.extra == (("ZsAvg", "48.1"), ("Ma", "300"))
    assert sb1.extra == (("RS", "1"), ("RT", "23.5"))
    names = [w.name for w in hj212.parse(hj212.frame(segment)).warnings]
    assert names == ["field.converted", "field.running-state", "field.vendor-kind"]


def test_a_lowercase_crc_is_a_frame_warning() -> None:
    data = hj212.frame(_segment(HOUR))
    lower = data[:-6] + data[-6:-2].lower() + b"\r\n"
    assert lower != data
    assert hj212.parse(lower).warnings == ()
    stream = hj212.parse_stream(lower)
    assert [(w.name, w.field) for w in stream.warnings] == [("frame.lowercase-crc", "crc")]
    assert hj212.read_capture(lower).warnings.records() == stream.warnings


def test_a_packet_lists_each_warning_once_in_a_fixed_order() -> None:
    segment = _segment(
        "DataTime=20261001090000123;01-Avg=1,01-ZsAvg=2;02-Avg=3,02-ZsAvg=4",
        st_="99",
        flag=None,
        qn=False,
    )
    names = [w.name for w in hj212.parse(hj212.frame(segment)).warnings]
    assert names == [
        "version.hjt212-2005",
        "system.other",
        "time.milliseconds",
        "code.hjt212-2005",
        "field.converted",
    ]
    assert names == [n for n in hj212.WARNINGS if n in names]


@pytest.mark.parametrize(
    ("broken", "field"),
    [
        pytest.param(lambda f: b"##%04d" % (int(f[2:6]) + 1) + f[6:], "length", id="length"),
        pytest.param(lambda f: f[:-6] + b"1G80\r\n", "crc", id="crc-not-hex"),
        pytest.param(lambda f: f[:-6] + b"0000\r\n", "crc", id="crc-mismatch"),
        pytest.param(lambda f: f[:20] + f[21:], "length", id="byte-lost"),
    ],
)
def test_broken_frames_stay_refused(broken: object, field: str) -> None:
    good = hj212.frame(_segment("DataTime=20261001090000123;02-Avg=1"))
    bad = broken(good)  # type: ignore[operator]
    with pytest.raises(InvalidInputError) as info:
        hj212.parse(bad)
    assert info.value.field == field
    assert [e.field for e in hj212.read_capture(bad).errors] == [field]


@pytest.mark.parametrize(
    ("cp", "field"),
    [
        ("DataTime=2026100109000012;a21026-Avg=1", "CP.DataTime"),  # 16 digits
        ("DataTime=20261001090000;a21026-Avg=abc", "CP.a21026-Avg"),
        ("DataTime=20261001090000;a21026-Flag=X", "CP.a21026-Flag"),
    ],
)
def test_what_no_variant_explains_stays_refused(cp: str, field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        hj212.parse(hj212.frame(_segment(cp)))
    assert info.value.field == field


# --- every variant at once, with damage: both readers agree, every frame accounted for once ---

_CODES = st.sampled_from(["a21026", "a34013", "w01018", "02", "01", "011", "S01", "16"])
_KINDS = st.sampled_from(["Rtd", "Avg", "Min", "Max", "Cou", "ZsAvg", "Zs-Rtd", "Ma", "Pa_ave"])
_VALUES = st.sampled_from(["35.2", "0", "-1.5", "100", "7.25", "1e3"])


@st.composite
def _frames(draw: st.DrawFn) -> bytes:
    fields = draw(
        st.lists(
            st.tuples(_CODES, _KINDS, _VALUES).map(lambda t: f"{t[0]}-{t[1]}={t[2]}"),
            max_size=6,
        )
    )
    flags = draw(st.lists(st.tuples(_CODES, st.sampled_from("NFMDCTB")), max_size=2))
    fields += [f"{code}-Flag={letter}" for code, letter in flags]
    if draw(st.booleans()):
        fields.append(f"SB{draw(st.integers(1, 3))}-RS={draw(st.integers(0, 1))}")
    when = draw(st.sampled_from(["20261001090000", "20261001090000123", None]))
    head = [f"DataTime={when}"] if when is not None else []
    cp = ";".join([*head, ",".join(fields)] if fields else head)
    segment = _segment(
        cp,
        st_=draw(st.sampled_from(["31", "32", "91", "99"])),
        cn=draw(st.sampled_from(["2011", "2051", "2061", "2031", "2021", "9014"])),
        flag=draw(st.sampled_from(["4", "5", "8", "0", None])),
        qn=draw(st.booleans()),
    )
    data = hj212.frame(segment)
    if draw(st.booleans()):
        data = data[:-6] + data[-6:-2].lower() + b"\r\n"
    return data


def _damage(data: bytes, edits: list[tuple[int, bytes]]) -> bytes:
    out = bytearray(data)
    for at, byte in edits:
        if out:
            out[at % len(out) : at % len(out) + 1] = byte
    return bytes(out)


def _agree(data: bytes) -> None:
    """`read_capture` and `parse_stream` give the same frames, rows, warnings and errors, and
    every frame found ends once: as a packet or as an error."""
    stream = hj212.parse_stream(data)
    fast = hj212.read_capture(data)
    exact = hj212.Readings.from_packets(
        stream.packets, errors=stream.errors, junk=stream.junk, warnings=stream.warnings
    )
    for name in ("stations", "commands", "factors", "packets", "errors", "junk"):
        assert getattr(fast, name) == getattr(exact, name), name
    for name in ("position", "mn", "cn", "time", "factor", "flag"):
        assert np.array_equal(getattr(fast, name), getattr(exact, name)), name
    assert np.array_equal(fast.values, exact.values, equal_nan=True)
    assert fast.warnings.records() == stream.warnings
    starts = [m.start() for m in re.finditer(rb"##", data)]
    ended = sorted([p for p, _ in stream.packets] + [e.position for e in stream.errors])
    assert ended == starts
    assert fast.packets + len(fast.errors) == len(starts)


@given(
    st.lists(_frames(), max_size=8),
    st.lists(
        st.tuples(st.integers(0, 5_000), st.sampled_from([b"", b"#", b";", b"x"])), max_size=2
    ),
)
def test_variant_captures_are_read_alike_and_every_frame_accounted_for(
    frames: list[bytes], edits: list[tuple[int, bytes]]
) -> None:
    _agree(_damage(b"".join(frames), edits))


def test_the_field_mix_and_the_canonical_mix_are_read_alike() -> None:
    """The benchmark's two mixes, small: every frame of each agrees between the readers."""
    field = hj212_mix.field(stations=100, minutes=61)
    canonical = hj212_mix.canonical(outlets=20, interval=60)
    for data in (field, canonical):
        _agree(data)
    readings = hj212.read_capture(field)
    names = set(readings.warnings.name)
    assert names == set(hj212.WARNINGS), set(hj212.WARNINGS) - names
    assert readings.errors  # the mix has broken frames
    assert len(hj212.read_capture(canonical).warnings) == 0


_AREA_ALPHABET = st.sampled_from(
    [
        *("a21026", "-", "Avg", "Rtd", "Flag", "=", ";", ",", "N", "35.2", "-1", "_", ".", ":"),
        *("/", "+", " ", "\n", "&", "&&", "DataTime", "SB1", "RS", "Zs", "01", "é", "\x00", "1e3"),
        "",
    ]
)


@given(st.lists(st.lists(_AREA_ALPHABET, max_size=14).map("".join), min_size=1, max_size=6))
def test_any_data_area_is_read_alike_by_both_readers(areas: list[str]) -> None:
    """Data areas made of the bytes that matter to their shape (separators, ``=``, ``&``,
    whitespace, non-ASCII), each framed with a right length and CRC: `read_capture` reads in
    bulk only what `parse` reads the same way."""
    head = "QN=20261001090000000;ST=31;CN=2051;PW=1;MN=M1;Flag=4;CP=&&"
    frames = [hj212.frame(f"{head}DataTime=20261001090000;{a}&&") for a in areas]
    frames += [hj212.frame(f"{head}{a}&&") for a in areas]
    _agree(b"".join(frames))


@pytest.mark.parametrize(
    "area",
    [
        "a21026==a21026;a21026",  # "==": two "=" in one part
        "a=b=c;d",  # as many "=" as parts, but two in one and none in the other
        "a;b=c=d",
        "a21026-Avg=1;;a21026-Flag=N",  # an empty part
        "a21026-Avg=;a21026-Flag=N",  # an empty value
        "=1;a21026-Flag=N",  # an empty key
        "a21026-Avg=1\n",  # a newline in a value
        "a21026-Avg=1 ",
        "a21026-Avg=1&&a21026-Flag=N",
        "a21026-=1",
        "-Avg=1",
        "a.b-Avg=1",
    ],
)
def test_data_areas_that_are_not_plain_are_left_to_parse(area: str) -> None:
    head = "QN=20261001090000000;ST=31;CN=2051;PW=1;MN=M1;Flag=4;CP=&&"
    good = hj212.frame(f"{head}DataTime=20261001090000;a21026-Avg=1&&")
    odd = hj212.frame(f"{head}DataTime=20261001090000;{area}&&")
    _agree(good + odd + good)
    _agree(odd)
