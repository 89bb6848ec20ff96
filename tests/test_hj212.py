"""HJ 212 packets (issue 13): the frame, the CRC, versions, streams, and encode/parse."""

import datetime as dt
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecoreg.exceptions import InvalidInputError
from ecoreg.monitoring import _columns as _hj212_columns
from ecoreg.monitoring import hj212

EXAMPLE = (
    "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;"
    "CP=&&RtdInterval=30&&"
)


def test_the_standards_example_and_check_value() -> None:
    assert hj212.crc16(b"123456789") == 0x2F80
    assert hj212.crc16(EXAMPLE.encode()) == 0x1C80
    frame = hj212.frame(EXAMPLE)
    assert frame == b"##0101" + EXAMPLE.encode() + b"1C80\r\n"
    packet = hj212.parse(frame)
    assert (packet.qn, packet.st, packet.cn, packet.pw, packet.flag) == (
        "20160801085857223",
        "32",
        "1062",
        "100000",
        5,
    )
    assert packet.mn == "010000A8900016F000169DC0"
    assert (packet.version, packet.answer_required, packet.split) == ("2017", True, False)
    assert packet.fields == (("RtdInterval", "30"),)
    assert hj212.parse(frame.replace(b"1C80", b"1c80")) == packet  # hex in either case


@pytest.mark.parametrize("index", [6, 30, 100, 106])
def test_one_byte_changed_fails_the_crc(index: int) -> None:
    frame = bytearray(hj212.frame(EXAMPLE))
    frame[index] ^= 0x01
    with pytest.raises(InvalidInputError) as info:
        hj212.parse(bytes(frame))
    assert info.value.field in {"crc", "length"}


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        (b"#0101" + EXAMPLE.encode(), "frame"),
        (b"##01x1" + EXAMPLE.encode() + b"1C80", "length"),
        (b"##0100" + EXAMPLE.encode() + b"1C80", "length"),
        (b"##0101" + EXAMPLE.encode() + b"ZZZZ", "crc"),
    ],
)
def test_bad_frames_name_what_is_wrong(bad: bytes, field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        hj212.parse(bad)
    assert info.value.field == field


def _segment(cn: str, flag: int, cp: str) -> str:
    return f"QN=20260105093000123;ST=22;CN={cn};PW=123456;MN=88888880000001;Flag={flag};CP=&&{cp}&&"


@pytest.mark.parametrize(
    ("cn", "flag", "version", "kind"),
    [
        ("2011", 4, "2017", "Rtd"),  # real-time data, HJ 212-2017
        ("2051", 5, "2017", "Avg"),  # minute data, asks for an answer
        ("2061", 8, "2025", "Avg"),  # hour data, HJ 212-2025
        ("2061", 9, "2025", "Cou"),
    ],
)
def test_2017_and_2025_data_frames(cn: str, flag: int, version: str, kind: str) -> None:
    cp = f"DataTime=20260105093000;a34004-{kind}=12.30,a34004-Flag=N;w01018-{kind}=166.2,w01018-Flag=F"
    packet = hj212.parse(hj212.frame(_segment(cn, flag, cp)))
    assert packet.version == version
    assert packet.answer_required is bool(flag & 1)
    (record,) = packet.records
    assert record.data_time is not None
    assert record.data_time.isoformat() == "2026-01-05T09:30:00+08:00"
    dust, cod = record.factors
    assert getattr(dust, kind.lower()) == Decimal("12.30")
    assert (dust.code, dust.flag, cod.code, cod.flag) == ("a34004", "N", "w01018", "F")


def test_a_command_reply_and_a_2005_payload_say_what_they_are() -> None:
    reply = hj212.parse(hj212.frame(_segment("9011", 4, "QnRtn=1")))
    assert (reply.cn, reply.fields, reply.records) == ("9011", (("QnRtn", "1"),), ())
    old = hj212.parse(
        hj212.frame(
            "ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20050101000000;01-Rtd=1.5&&"
        )
    )
    assert old.version == "2005"
    assert old.qn is None
    assert old.warnings
    assert old.records[0].factors[0].code == "01"
    with pytest.raises(InvalidInputError) as info:
        hj212.parse(hj212.frame(_segment("2011", 64, "")))
    assert info.value.field == "Flag"


def test_a_capture_with_junk_accounts_for_every_frame() -> None:
    good = hj212.frame(_segment("2011", 4, "DataTime=20000101000000;a34004-Rtd=1"))  # clock at 2000
    capture = (
        good + b"\r\n\x00\x00" + b"##0005abcde1234\r\n" + good[:40] + b"\r\n" + good + b"noise"
    )
    result = hj212.parse_stream(capture)
    assert len(result.packets) == 2
    assert [e.field for e in result.errors] == ["crc", "length"]
    assert result.frames == 4
    assert [j.reason for j in result.junk] == ["bytes between frames"]
    assert result.packets[0][1].records[0].data_time is not None
    assert result.packets[0][1].records[0].data_time.year == 2000


_codes = st.from_regex(r"[a-w][0-9]{5}", fullmatch=True)
_values = st.decimals(min_value=-1000, max_value=100000, places=3, allow_nan=False)
_factor = st.builds(
    hj212.FactorValue,
    code=_codes,
    rtd=st.none() | _values,
    avg=_values,
    flag=st.none() | st.sampled_from(list("NFMSDCTB")),
)
_record = st.builds(
    hj212.Record,
    data_time=st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2030, 1, 1)).map(  # noqa: DTZ001
        lambda d: d.replace(microsecond=0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    ),
    factors=st.lists(_factor, max_size=4, unique_by=lambda f: f.code).map(tuple),
)
packets = st.builds(
    hj212.Packet,
    qn=st.from_regex(r"20[0-9]{15}", fullmatch=True),
    st=st.sampled_from(["21", "22", "31", "32"]),
    cn=st.sampled_from(["2011", "2051", "2061", "2031"]),
    pw=st.just("123456"),
    mn=st.from_regex(r"[0-9A-F]{14}", fullmatch=True),
    flag=st.sampled_from([4, 5, 8, 9]),
    version=st.just("2017"),
    answer_required=st.just(False),
    split=st.just(False),
    records=st.lists(_record, max_size=3).map(tuple),
).map(
    lambda p: p.model_copy(
        update={
            "version": "2017" if p.flag in {4, 5} else "2025",
            "answer_required": bool(p.flag and p.flag & 1),
        }
    )
)


@given(packets)
def test_parse_of_encode_is_the_packet(packet: hj212.Packet) -> None:
    assert hj212.parse(hj212.encode(packet)) == packet


@given(
    st.binary(max_size=400).filter(lambda j: not j.endswith(b"#")), st.lists(packets, max_size=3)
)
def test_a_stream_accounts_for_every_frame_and_never_raises(
    junk: bytes, items: list[hj212.Packet]
) -> None:
    data = junk + b"\r\n".join(hj212.encode(p) for p in items) + junk
    result = hj212.parse_stream(data)
    assert result.frames >= len(items)
    assert len(result.packets) >= sum(1 for _ in items) - junk.count(b"##") * 2
    found = data.count(b"##")
    assert result.frames <= found


def _readings_of_stream(data: bytes) -> hj212.Readings:
    result = hj212.parse_stream(data)
    return hj212.Readings.from_packets(result.packets, errors=result.errors, junk=result.junk)


def _same_readings(fast: hj212.Readings, exact: hj212.Readings) -> None:
    for name in ("stations", "commands", "factors", "packets", "errors", "junk"):
        assert getattr(fast, name) == getattr(exact, name), name
    for name in ("position", "mn", "cn", "time", "factor", "flag"):
        assert np.array_equal(getattr(fast, name), getattr(exact, name)), name
    assert np.array_equal(fast.values, exact.values, equal_nan=True)


_mutations = st.lists(
    st.tuples(
        st.integers(0, 10_000), st.sampled_from([b"", b"#", b"=", b",", b";", b"\x00", b"x"])
    ),
    max_size=3,
)


@given(st.lists(packets, max_size=6), _mutations, st.binary(max_size=20))
def test_read_capture_gives_what_parse_stream_gives(
    items: list[hj212.Packet], edits: list[tuple[int, bytes]], junk: bytes
) -> None:
    data = bytearray(junk + b"".join(hj212.encode(p) for p in items))
    for at, byte in edits:  # damage: a changed, deleted or inserted byte somewhere
        if data:
            data[at % len(data) : at % len(data) + 1] = byte
    fast = hj212.read_capture(bytes(data))
    _same_readings(fast, _readings_of_stream(bytes(data)))
    assert fast.frames == hj212.parse_stream(bytes(data)).frames


def _data_segment(mn: str, when: str, body: str, flag: int = 4) -> str:
    return f"QN={when}000;ST=31;CN=2051;PW=123456;MN={mn};Flag={flag};CP=&&DataTime={when};{body}&&"


@pytest.mark.parametrize(
    "body",
    [
        "w01018-Avg=35.2,w01018-Flag=N;w01018-Max=40",  # a factor repeated within the record
        "w01018-Avg=35.2,w01018-Avg=36.0",  # a value kind repeated (parse keeps the last)
        "w01018-Avg=1e3,w01018-Flag=N",  # an exponent: not the canonical number shape
        "w01018-ZsAvg=12.5,w01018-Avg=3",  # an extra field beside the values
        "w01018-Avg=-0.0,w01018-Flag=T",
        "w01018-rtd=5,w01018-Flag=N",  # kinds are case-sensitive: "rtd" is another field
        "w01018-AVG=5;a34013-Cou=2",
    ],
)
def test_read_capture_takes_unusual_frames_exactly(body: str) -> None:
    good = hj212.frame(_data_segment("M1", "20261001080000", "a34013-Avg=1.5"))
    odd = hj212.frame(_data_segment("M2", "20261001080000", body))
    data = good + odd + good
    _same_readings(hj212.read_capture(data), _readings_of_stream(data))


@pytest.mark.parametrize(
    ("when", "flag"),
    [("19910701080000", 4), ("20261301080000", 4), ("20260229080000", 4), ("20261001080000", 0)],
)
def test_read_capture_leaves_old_clocks_bad_dates_and_2005_to_parse(when: str, flag: int) -> None:
    data = hj212.frame(_data_segment("M1", when, "a34013-Avg=1.5", flag)) * 2
    _same_readings(hj212.read_capture(data), _readings_of_stream(data))


@given(st.lists(packets, max_size=8), st.integers(1, 3), _mutations)
def test_read_capture_in_chunks_gives_the_same_columns(
    items: list[hj212.Packet], chunk: int, edits: list[tuple[int, bytes]]
) -> None:
    """Frames are read in bulk a chunk at a time; codes and order do not depend on the chunk."""
    data = bytearray(b"".join(hj212.encode(p) for p in items))
    for at, byte in edits:
        if data:
            data[at % len(data) : at % len(data) + 1] = byte
    whole = hj212.read_capture(bytes(data))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_hj212_columns, "_BULK_FRAMES", chunk)
        chunked = hj212.read_capture(bytes(data))
    _same_readings(chunked, whole)


@given(
    st.binary(max_size=600),
    st.lists(st.tuples(st.integers(0, 600), st.integers(0, 600)), max_size=12),
    st.integers(1, 4096),
)
def test_bulk_crcs_are_the_standards_crc(
    data: bytes, spans: list[tuple[int, int]], chunk_bytes: int
) -> None:
    """The bulk CRC (two bytes a step, segments side by side) is `crc16` of every segment.

    Every length, odd and even, the empty segment, segments that reach the buffer's end, and
    chunks of any size (one row at a time up to all at once).
    """
    begin = np.array([min(b, len(data)) for b, _ in spans], dtype=np.int64)
    length = np.array(
        [min(n, len(data) - int(b)) for (_, n), b in zip(spans, begin, strict=True)],
        dtype=np.int64,
    )
    buf = np.frombuffer(data, dtype=np.uint8)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_hj212_columns, "_CHUNK_BYTES", chunk_bytes)
        got = _hj212_columns._crcs(buf, begin, length).tolist()
    assert got == [hj212.crc16(data[b : b + n]) for b, n in zip(begin, length, strict=True)]


@given(st.lists(st.lists(st.integers(0, 40), max_size=24), max_size=12))
def test_repeated_factors_are_found_in_frames_of_any_size(frames: list[list[int]]) -> None:
    """`_twice` finds every (frame, factor) sent twice, by neighbours or by counting."""
    values = [f * 41 + code for f, codes in enumerate(frames) for code in codes]
    span = max((len(codes) for codes in frames), default=0)
    got = _hj212_columns._twice(np.array(values, dtype=np.int64), span).tolist()
    assert got == sorted({v for v in values if values.count(v) > 1})


@given(
    st.lists(
        st.text(alphabet="0123456789-.\nx", max_size=25).map(str.encode)
        | st.from_regex(rb"-?[0-9]{1,21}(\.[0-9]{1,21})?", fullmatch=True),
        max_size=6,
    )
)
def test_numbers_are_checked_as_the_regular_expression_checks_them(numbers: list[bytes]) -> None:
    """`_numbers_fine` (NumPy) agrees with `_NUMBERS` on any joined numbers, 20 digits or 21."""
    joined = b"\n".join(numbers) + b"\n"
    expected = _hj212_columns._NUMBERS.fullmatch(joined) is not None
    assert _hj212_columns._numbers_fine(joined) == expected


def test_read_capture_columns() -> None:
    data = hj212.frame(
        _data_segment(
            "M1", "20261001080000", "a34013-Avg=1.5,a34013-Max=2,a34013-Flag=F;a21026-Cou=7"
        )
    )
    r = hj212.read_capture(data + b"garbage\r\n" + data[:-10])
    assert (r.stations, r.commands, r.factors) == (("M1",), ("2051",), ("a21026", "a34013"))
    assert r.factor.tolist() == [1, 0]  # rows in the record's order, codes into the sorted names
    assert r.column("avg")[0] == 1.5
    assert r.column("max")[0] == 2.0
    assert r.column("cou")[1] == 7.0
    assert np.isnan(r.column("rtd")).all()
    assert r.flag.tolist() == ["F", ""]
    assert r.time.tolist() == [int(dt.datetime(2026, 10, 1, tzinfo=dt.UTC).timestamp())] * 2
    assert [e.field for e in r.errors] == ["length"]
    assert [j.reason for j in r.junk] == ["bytes between frames"]
    assert (len(r), r.packets, r.frames) == (2, 1, 2)
    with pytest.raises(InvalidInputError) as info:
        r.column("zs")
    assert info.value.field == "kind"


def test_an_unknown_data_flag_is_an_error_naming_the_factor() -> None:
    with pytest.raises(InvalidInputError) as info:
        hj212.parse(
            hj212.frame(_data_segment("M1", "20261001080000", "a34013-Avg=1,a34013-Flag=X"))
        )
    assert info.value.field == "CP.a34013-Flag"
    assert "N" in info.value.allowed


@pytest.mark.parametrize("capture", [b"##-999", b"##\xff\xff\xff\xffxyz", b"##12", b"x##0-1##"])
def test_an_unreadable_length_is_an_error_record_in_both_readers(capture: bytes) -> None:
    # Bytes that are not digits once gave negative offsets into the capture.
    result = hj212.parse_stream(capture)
    assert result.frames == capture.count(b"##")
    assert {e.field for e in result.errors} <= {"length", "frame"}
    _same_readings(hj212.read_capture(capture), _readings_of_stream(capture))
