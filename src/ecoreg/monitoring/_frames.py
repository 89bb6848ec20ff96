"""HJ 212 frames and packets: the exact path (see `ecoreg.monitoring.hj212` for the standard's rules)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

import numpy as np
import numpy.typing as npt
from pydantic import BeforeValidator, Field, model_validator

from ecoreg.core._boundary import MAX_ITEMS, check_public, unicode_text
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import DEFAULT_TIMEZONE, Instant
from ecoreg.exceptions import InvalidInputError
from ecoreg.monitoring._codes import (
    CODES_2005,
    DATA_COMMANDS,
    SYSTEMS,
    TIME_FIELDS,
    WARNINGS,
    WarningName,
    kind_class,
    looks_2005,
)

__all__ = [
    "CRC_TABLE",
    "DECIMAL_DIGITS",
    "FLAG_LETTERS",
    "HEX_DIGITS",
    "FactorValue",
    "FrameError",
    "FrameWarning",
    "Packet",
    "PacketWarning",
    "Record",
    "StreamResult",
    "crc16",
    "encode",
    "frame",
    "frame_result",
    "frame_spans",
    "frame_warnings",
    "lowercase_crc",
    "parse",
    "parse_stream",
    "read_digits",
    "utf8",
]


def _table() -> tuple[int, ...]:
    rows = []
    for i in range(256):
        crc = i
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        rows.append(crc)
    return tuple(rows)


CRC_TABLE: tuple[int, ...] = _table()
"""The byte table of the CRC: 8 right shifts of each byte value with 0xA001."""


def crc16(data: bytes) -> int:
    """The HJ 212 CRC of ``data`` (see the module docstring).

    Raises:
        InvalidInputError: for more than 10,000,000 bytes (a data segment has at most 9,999;
            the CRCs of a capture are `read_capture`'s work).

    Examples:
        >>> hex(crc16(b"123456789"))
        '0x2f80'
    """
    if len(data) > MAX_ITEMS:  # a byte at a time: ten million take a third of a second
        raise InvalidInputError(
            field="data", value=f"{len(data):,} bytes", allowed=f"at most {MAX_ITEMS:,} bytes"
        )
    # The standard's step is ``crc = (crc >> 8) ^ byte`` then ``crc = (crc >> 8) ^ T[crc & 0xFF]``;
    # after the first line the register is below 256, so the second is ``T[crc]``.
    crc = 0xFFFF
    table = CRC_TABLE
    for byte in data:
        crc = table[(crc >> 8) ^ byte]
    return crc


FLAG_LETTERS = "NFMSDCTB"
"""HJ 212 data flags (HJ 212-2017 and -2025): N normal, F stopped (停运), M maintenance (维护),
S manual input (手工输入), D fault (故障), C calibration (校准), T over range (超测上限),
B communication fault (通讯异常)."""

Version = Literal["2005", "2017", "2025"]
_VERSIONS: dict[int, Version] = {0: "2005", 1: "2017", 2: "2025"}
_VALUE_KINDS = ("Rtd", "Avg", "Min", "Max", "Cou")
# Every pattern is ASCII and used with `fullmatch`: ``\d`` takes any script's digits (``٤``,
# ``４``), ``$`` matches before a trailing newline, and ``int``/``Decimal`` take spaces, ``_``
# and other scripts' digits, so each numeric field is matched here before it is converted.
_FACTOR = re.compile(r"([A-Za-z0-9_]+)-([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)")
"""A factor field: the code, ``-``, then the kind (``Rtd``; a vendor's ``Zs-Rtd`` has a ``-``,
vendors' codes and kinds an ``_``: ``pms_rules-Rtd``, ``100000-Pa_ave``)."""
_WHOLE = re.compile(r"[0-9]{1,9}")
"""Flag, PNUM and PNO: ASCII digits (at most nine, so every one is an int at once)."""
_MAX_WHOLE = 999_999_999
_DATA_TIME = re.compile(r"[0-9]{14}(?:[0-9]{3})?")
"""``DataTime``: yyyyMMddHHmmss, or with milliseconds (``zzz``) as many devices send it."""
_TIME_17 = re.compile(r"[0-9]{17}")
_DECIMAL = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]{1,6})?")
"""A factor value: ASCII digits with an optional sign, point and exponent (``-0.5``, ``1e3``)."""
_HEX4 = re.compile(rb"[0-9A-Fa-f]{4}")
"""The CRC field: exactly four ASCII hex digits, either case."""
_MAX_FRAME = 9999
"""The length field has four digits: a data segment is at most 9,999 bytes."""
_MAX_EXPONENT = 300
"""A factor value is below 10**300 in size with at most 300 decimal places: a float64 holds it,
and `encode` writes it in a few hundred characters."""
_VALUE_ALLOWED = (
    f"a decimal number in ASCII digits (a sign, a point and an exponent allowed), below "
    f"1E+{_MAX_EXPONENT} in size with at most {_MAX_EXPONENT} decimal places"
)
_WHOLE_ALLOWED = "a whole number, one to nine ASCII digits"

Text = Annotated[str, Field(max_length=1024)]


_INT_DIGITS = 18
"""Digits of the largest int a model field takes from a ``Decimal`` or a ``float``."""


def _not_huge(value: object) -> object:
    """Refuse a ``Decimal`` or ``float`` past 18 digits before pydantic makes an int of it.

    Pydantic turns an integral ``Decimal("1E+999999999")`` into an int of a billion digits,
    which takes minutes; ints and text are pydantic's to check (text past 4,300 digits it
    refuses at once).
    """
    big = (
        isinstance(value, Decimal) and (not value.is_finite() or value.adjusted() >= _INT_DIGITS)
    ) or (isinstance(value, float) and not abs(value) < 10.0**_INT_DIGITS)
    if big:
        raise InvalidInputError(
            field="", value=value, allowed="a whole number of 18 digits at most"
        )
    return value


Whole = Annotated[int, BeforeValidator(_not_huge)]
"""An int field whose input may be any JSON or Python number."""


def _sane(value: Decimal) -> bool:
    """Whether a value is finite and within `_MAX_EXPONENT` (see there)."""
    exponent = value.as_tuple().exponent  # "n", "N" or "F" for NaN and infinities
    return (
        isinstance(exponent, int)
        and exponent >= -_MAX_EXPONENT
        and value.adjusted() <= _MAX_EXPONENT
    )


def utf8(text: str, field: str) -> bytes:
    """``text`` as UTF-8; text with a lone surrogate is refused naming ``field``, never replaced.

    Raises:
        InvalidInputError: naming ``field``.
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        unicode_text(text, field)
        raise  # pragma: no cover - unicode_text raises for what UTF-8 cannot encode


class FactorValue(EcoregModel):
    """One factor (pollutant or parameter code such as ``a34004`` or ``w01018``) in a record."""

    code: Text
    """The code as sent (``a34013``; an HJ/T 212-2005 code such as ``01`` stays as it was sent)."""
    code_2017: Text | None = None
    """The HJ 212-2017 code of an HJ/T 212-2005 ``code`` (``01`` → ``a34013``), from the 原编码
    column of HJ 212-2017 Tables B.1 and B.2; ``None`` when ``code`` is not a 2005 code with a
    pair there. `Readings` and series use it in place of ``code``."""
    rtd: Decimal | None = None
    """实时值 (real-time value)."""
    avg: Decimal | None = None
    min: Decimal | None = None
    max: Decimal | None = None
    cou: Decimal | None = None
    """累计值 (total in the period)."""
    flag: Text | None = None
    """The data flag (N, F, M, S, D, C, T, B) as sent."""
    extra: tuple[tuple[Text, Text], ...] = ()
    """Other fields of the factor (``ZsRtd``, ``RS``, ``SampleTime``, a vendor's kind …), as sent."""

    @property
    def factor(self) -> str:
        """The code a series uses: `code_2017` when there is one, else `code`."""
        return self.code_2017 or self.code

    @model_validator(mode="after")
    def _something(self) -> FactorValue:
        values = (self.rtd, self.avg, self.min, self.max, self.cou, self.flag)
        if all(v is None for v in values) and not self.extra:
            raise InvalidInputError(
                field="code", value=self.code, allowed="a factor with at least one value or flag"
            )
        for kind in _VALUE_KINDS:
            value = getattr(self, kind.lower())
            if value is not None and not _sane(value):
                raise InvalidInputError(field=kind.lower(), value=value, allowed=_VALUE_ALLOWED)
        if self.flag is not None and (len(self.flag) != 1 or self.flag not in FLAG_LETTERS):
            raise InvalidInputError(
                field="flag",
                value=self.flag,
                allowed=f"an HJ 212 data flag, one of {list(FLAG_LETTERS)}",
            )
        return self


class Record(EcoregModel):
    """The values of one data time."""

    data_time: Instant | None
    """The data time (``DataTime``, yyyyMMddHHmmss in Asia/Shanghai, with its milliseconds when
    sent as yyyyMMddHHmmsszzz); ``None`` if absent."""
    factors: tuple[FactorValue, ...] = ()


class PacketWarning(EcoregModel):
    """Something a packet carries beyond the canonical data frame, read and kept (not refused).

    ``name`` is one of `WARNINGS` (see ``docs/hj212.md``); ``field`` says where (``ST``, ``CN``,
    ``Flag``, ``CP.DataTime``, ``CP.01-Rtd``), ``sent`` what was sent there (the first one, when
    a packet has several: one warning per name and packet).
    """

    name: WarningName
    field: Text
    sent: Text


class FrameWarning(EcoregModel):
    """A warning of a frame in a capture.

    Its byte position and MN, and the `PacketWarning`'s name, field and text sent. ``frame.lowercase-crc`` (a CRC in lowercase hex) is a property of
    the frame, not of the packet, so it is only here.
    """

    position: Whole
    mn: Text
    name: WarningName
    field: Text
    sent: Text


class Packet(EcoregModel):
    """A parsed HJ 212 packet."""

    qn: Text | None
    """请求编码 (yyyyMMddHHmmssSSS), as sent; absent in HJ/T 212-2005 payloads."""
    st: Text
    """系统编码 (HJ 212-2017 Table 5), e.g. 31 air pollution sources, 32 surface-water pollution
    sources, 21 surface-water quality, 22 air quality, 91 system interaction."""
    cn: Text
    """命令编码: 2011 real-time data, 2051 minute data, 2061 hour data, 9011/9012 replies …"""
    pw: Text
    mn: Text
    flag: Annotated[Whole, Field(ge=0, le=255)] | None
    """The Flag byte (``V5…V0 D A``)."""
    version: Version
    answer_required: bool
    split: bool
    pnum: Annotated[Whole, Field(ge=0, le=_MAX_WHOLE)] | None = None
    pno: Annotated[Whole, Field(ge=0, le=_MAX_WHOLE)] | None = None
    fields: tuple[tuple[Text, Text], ...] = ()
    """Data-area fields that are not per data time (``RtdInterval``, ``QnRtn``, ``ExeRtn`` …)."""
    records: tuple[Record, ...] = ()
    warnings: tuple[PacketWarning, ...] = ()
    """What the packet carries beyond the canonical data frame, one warning per name, in the
    order of `WARNINGS`."""


class FrameError(EcoregModel):
    """A frame of a stream that did not parse: where it started, why, and which part."""

    position: Whole
    reason: Text
    field: Text | None = None


class StreamResult(EcoregModel):
    """Every frame of a capture: parsed packets (with their byte positions) and errors."""

    packets: tuple[tuple[Whole, Packet], ...]
    errors: tuple[FrameError, ...]
    """Frames that did not parse, one per frame."""
    junk: tuple[FrameError, ...] = ()
    """Bytes outside any frame (before the first, or between a frame's end and the next)."""
    warnings: tuple[FrameWarning, ...] = ()
    """The warnings of the parsed frames, in frame order (each packet's, and
    ``frame.lowercase-crc``): count them by ``mn`` to find the devices that send variants."""

    @property
    def frames(self) -> int:
        """How many frames were found (packets plus errors)."""
        return len(self.packets) + len(self.errors)


def _fail(field: str, value: object, allowed: str) -> InvalidInputError:
    return InvalidInputError(field=field, value=value, allowed=allowed)


def frame(data: str | bytes) -> bytes:
    """Wrap a data segment in a frame: ``##``, its length, the segment, its CRC and CRLF.

    Text is written as UTF-8.

    Raises:
        InvalidInputError: for a segment over 9,999 bytes, or text with a lone surrogate
            (which UTF-8 cannot carry), naming ``data``.
    """
    if isinstance(data, str) and len(data) > _MAX_FRAME:  # at least a byte a character
        raise _fail("data", f"{len(data)} characters", f"at most {_MAX_FRAME} bytes")
    body = utf8(data, "data") if isinstance(data, str) else data
    if len(body) > _MAX_FRAME:
        raise _fail("data", f"{len(body)} bytes", f"at most {_MAX_FRAME} bytes")
    return b"##%04d%s%04X\r\n" % (len(body), body, crc16(body))


def _number(text: str, field: str) -> Decimal:
    if not _DECIMAL.fullmatch(text):
        raise _fail(field, text, _VALUE_ALLOWED)
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern is Decimal's syntax
        raise _fail(field, text, _VALUE_ALLOWED) from None
    if not _sane(value):
        raise _fail(field, text, _VALUE_ALLOWED)
    return value


def _time(text: str, field: str) -> dt.datetime:
    if not _DATA_TIME.fullmatch(text):
        raise _fail(
            field, text, "a data time yyyyMMddHHmmss (14 ASCII digits, or 17 with milliseconds)"
        )
    try:
        naive = dt.datetime.strptime(text[:14], "%Y%m%d%H%M%S")  # noqa: DTZ007 - zone added below
    except ValueError:
        raise _fail(field, text, "a real date and time yyyyMMddHHmmss") from None
    if len(text) == 17:
        naive = naive.replace(microsecond=int(text[14:]) * 1000)
    from zoneinfo import ZoneInfo  # noqa: PLC0415 - only when a packet has a data time

    return naive.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE))


class _Notes:
    """A packet's warnings as they are found: the first field and text of each name."""

    def __init__(self) -> None:
        self.found: dict[str, tuple[str, str]] = {}

    def add(self, name: WarningName, field: str, sent: str) -> None:
        self.found.setdefault(name, (field, sent))

    def warnings(self) -> tuple[PacketWarning, ...]:
        return tuple(
            PacketWarning(name=name, field=self.found[name][0], sent=self.found[name][1])
            for name in WARNINGS
            if name in self.found
        )


_KIND_WARNINGS: dict[str, WarningName] = {
    "converted": "field.converted",
    "running-state": "field.running-state",
    "vendor": "field.vendor-kind",
}


def _factors(items: list[tuple[str, str]], index: int) -> tuple[FactorValue, ...]:
    by_code: dict[str, dict[str, Any]] = {}
    for key, value in items:
        match = _FACTOR.fullmatch(key)
        if match is None:
            raise _fail(f"CP.{index}.{key}", value, "a factor field 'code-Kind'")
        code, kind = match.groups()
        entry = by_code.get(code)
        if entry is None:
            entry = by_code[code] = {"code": code, "extra": [], "code_2017": CODES_2005.get(code)}
        sort = kind_class(kind)
        if sort == "value":
            entry[kind.lower()] = _number(value, f"CP.{code}-{kind}")
        elif sort == "flag":
            if len(value) != 1 or value not in FLAG_LETTERS:
                raise _fail(
                    f"CP.{code}-Flag", value, f"an HJ 212 data flag, one of {list(FLAG_LETTERS)}"
                )
            entry["flag"] = value
        else:
            entry["extra"].append((kind, value))
    return tuple(FactorValue.from_data({**e, "extra": tuple(e["extra"])}) for e in by_code.values())


def _note_part(notes: _Notes, key: str, value: str) -> None:
    """The warnings one data-area field gives, in the order the fields were sent."""
    if key == "DataTime" or key in TIME_FIELDS:
        if len(value) == 17 and _TIME_17.fullmatch(value):
            notes.add("time.milliseconds", f"CP.{key}", value)
        return
    match = _FACTOR.fullmatch(key)
    if match is None:
        return
    code, kind = match.groups()
    if looks_2005(code):
        notes.add("code.hjt212-2005", f"CP.{key}", code)
    sort = kind_class(kind)
    if sort in _KIND_WARNINGS:
        notes.add(_KIND_WARNINGS[sort], f"CP.{key}", kind)
    elif kind == "SampleTime" and len(value) == 17 and _TIME_17.fullmatch(value):
        notes.add("time.milliseconds", f"CP.{key}", value)


def _data_area(cp: str, notes: _Notes) -> tuple[tuple[tuple[str, str], ...], tuple[Record, ...]]:
    fields: list[tuple[str, str]] = []
    groups: list[tuple[str | None, list[tuple[str, str]]]] = []
    for part in (p for p in re.split(r"[;,]", cp) if p):
        key, sep, value = part.partition("=")
        if not sep or not key:
            raise _fail("CP", part, "key=value pairs separated by ';' and ','")
        if key == "DataTime":
            groups.append((value, []))
        elif "-" in key:
            if not groups:
                groups.append((None, []))
            groups[-1][1].append((key, value))
        else:
            fields.append((key, value))
        _note_part(notes, key, value)
    records = tuple(
        Record(
            data_time=_time(when, "CP.DataTime") if when is not None else None,
            factors=_factors(items, i),
        )
        for i, (when, items) in enumerate(groups)
    )
    return tuple(fields), records


def _header(segment: str) -> tuple[dict[str, str], str]:
    head, sep, rest = segment.partition("CP=&&")
    if not sep or not rest.endswith("&&"):
        raise _fail("CP", segment[-40:], "a data area 'CP=&&…&&' at the end of the segment")
    pairs: dict[str, str] = {}
    for part in (p for p in head.split(";") if p):
        key, eq, value = part.partition("=")
        if not eq or key in pairs:
            raise _fail("header", part, "distinct key=value pairs separated by ';'")
        pairs[key] = value
    return pairs, rest[:-2]


def _segment_text(packet: str | bytes) -> str:
    """The data segment of a frame, after checking the start, the length and the CRC."""
    raw = utf8(packet, "packet") if isinstance(packet, str) else bytes(packet)
    raw = raw.rstrip(b"\r\n")
    if not raw.startswith(b"##"):
        raise _fail("frame", raw[:20], "a frame starting with '##'")
    length_text = raw[2:6]
    if not (len(length_text) == 4 and length_text.isdigit()):
        raise _fail("length", length_text, "four decimal digits")
    length = int(length_text)
    segment, crc_text = raw[6 : 6 + length], raw[6 + length :]
    if len(segment) != length or len(crc_text) != 4:
        raise _fail("length", length, f"the byte length of the data segment ({len(raw) - 10} here)")
    if not _HEX4.fullmatch(crc_text):  # int(text, 16) takes " 0", "+0", "0_0" and "0x"
        raise _fail("crc", crc_text.decode("ascii", "replace"), "four ASCII hex digits")
    sent = int(crc_text, 16)
    if sent != crc16(segment):
        raise _fail("crc", crc_text.decode("ascii", "replace"), f"{crc16(segment):04X}")
    try:
        return segment.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail("frame", segment[:20], "a UTF-8 (ASCII) data segment") from None


def parse(packet: str | bytes) -> Packet:
    """Parse one frame, checking its length and CRC exactly as the standard says.

    Text is read as its UTF-8 bytes. Numeric fields are ASCII: the length four decimal digits,
    the CRC four hex digits (either case), ``Flag``, ``PNUM`` and ``PNO`` one to nine decimal
    digits, ``DataTime`` fourteen (or seventeen, with milliseconds); a factor value ASCII digits
    with an optional sign, point and exponent. Other scripts' digits (``٤``, ``４``), spaces,
    ``_`` and a ``0x`` are refused.

    What devices send beyond the canonical data frame is read, kept and named in
    ``Packet.warnings`` (see `WARNINGS`): a 17-digit time (``time.milliseconds``), HJ/T 212-2005
    factor codes, mapped to HJ 212-2017 beside the code sent (``code.hjt212-2005``), converted
    values, running states and vendors' kinds (``field.*``), status and control commands
    (``command.status``), an ST outside HJ 212-2017 Table 5 (``system.other``) and a 2005
    payload (``version.hjt212-2005``). The frame itself (length, CRC) stays exact.

    Raises:
        InvalidInputError: naming what is wrong: ``packet`` (text with a lone surrogate),
            ``frame`` (the ``##`` start or the ending), ``length``, ``crc``, a header field,
            ``CP`` or a factor value.
    """
    text = _segment_text(packet)
    pairs, cp = _header(text)
    for key in ("ST", "CN", "PW", "MN"):
        if key not in pairs:
            raise _fail(key, None, f"the header field {key}")
    flag_text = pairs.get("Flag")
    if flag_text is not None and not _WHOLE.fullmatch(flag_text):
        raise _fail("Flag", flag_text, _WHOLE_ALLOWED)
    flag = int(flag_text) if flag_text is not None else None
    version = _VERSIONS.get((flag or 0) >> 2)
    if version is None:
        raise _fail("Flag", flag, "version bits of HJ/T 212-2005 (0), 2017 (1) or 2025 (2)")
    notes = _Notes()
    if version == "2005":
        notes.add("version.hjt212-2005", "Flag", flag_text or "")
    if pairs["ST"] not in SYSTEMS:
        notes.add("system.other", "ST", pairs["ST"])
    if pairs["CN"] not in DATA_COMMANDS:
        notes.add("command.status", "CN", pairs["CN"])
    split = bool(flag is not None and flag & 2)
    numbers = {}
    for key in ("PNUM", "PNO"):
        value = pairs.get(key)
        if value is not None and not _WHOLE.fullmatch(value):
            raise _fail(key, value, _WHOLE_ALLOWED)
        numbers[key] = int(value) if value is not None else None
    fields, records = _data_area(cp, notes)
    return Packet(
        qn=pairs.get("QN"),
        st=pairs["ST"],
        cn=pairs["CN"],
        pw=pairs["PW"],
        mn=pairs["MN"],
        flag=flag,
        version=version,
        answer_required=bool(flag is not None and flag & 1),
        split=split,
        pnum=numbers["PNUM"],
        pno=numbers["PNO"],
        fields=fields,
        records=records,
        warnings=notes.warnings(),
    )


def _value_text(value: Decimal) -> str:
    return format(value, "f")


def encode(packet: Packet) -> bytes:
    """The frame of ``packet``, with its length and CRC: ``parse(encode(p)) == p``.

    Codes are written as sent (`FactorValue.code`); a data time with milliseconds is written
    with 17 digits, any other with 14, so a packet read from a 17-digit ``DataTime`` of ``…000``
    comes back without its ``time.milliseconds`` warning; the warnings are not written.

    Examples:
        >>> p = parse(encode(parse(frame("QN=1;ST=32;CN=2011;PW=1;MN=M;Flag=4;CP=&&&&"))))
        >>> p.version, p.records
        ('2017', ())
    """
    head = []
    if packet.qn is not None:
        head.append(f"QN={packet.qn}")
    head += [f"ST={packet.st}", f"CN={packet.cn}", f"PW={packet.pw}", f"MN={packet.mn}"]
    if packet.flag is not None:
        head.append(f"Flag={packet.flag}")
    if packet.pnum is not None:
        head.append(f"PNUM={packet.pnum}")
    if packet.pno is not None:
        head.append(f"PNO={packet.pno}")
    parts = [f"{k}={v}" for k, v in packet.fields]
    for record in packet.records:
        items = []
        if record.data_time is not None:
            when = record.data_time.strftime("%Y%m%d%H%M%S")
            if record.data_time.microsecond:
                when += f"{record.data_time.microsecond // 1000:03d}"
            items.append(f"DataTime={when}")
        for factor in record.factors:
            pairs = [
                f"{factor.code}-{kind}={_value_text(value)}"
                for kind in _VALUE_KINDS
                if (value := getattr(factor, kind.lower())) is not None
            ]
            if factor.flag is not None:
                pairs.append(f"{factor.code}-Flag={factor.flag}")
            pairs += [f"{factor.code}-{k}={v}" for k, v in factor.extra]
            items.append(",".join(pairs))
        parts.append(";".join(i for i in items if i))
    return frame(";".join(head) + ";CP=&&" + ";".join(p for p in parts if p) + "&&")


def frame_result(raw: bytes, start: int, end: int) -> Packet | FrameError:
    """The packet of the frame ``raw[start:end]``, or its error record (never raises)."""
    try:
        return parse(raw[start:end])
    except InvalidInputError as exc:
        return FrameError(position=start, reason=str(exc)[:300], field=exc.field)
    except Exception as exc:  # noqa: BLE001 - a capture never raises; the reason is kept
        return FrameError(position=start, reason=repr(exc)[:300], field=None)


_WHITESPACE = b"\r\n\t \x00"
"""What a receiver may log between frames without it being junk."""
DECIMAL_DIGITS: npt.NDArray[np.int64] = np.full(256, -1, dtype=np.int64)
"""The value of each byte as a decimal digit, -1 for any other byte."""
DECIMAL_DIGITS[48:58] = np.arange(10)
HEX_DIGITS: npt.NDArray[np.int64] = DECIMAL_DIGITS.copy()
"""The value of each byte as a hex digit (either case), -1 for any other byte."""
HEX_DIGITS[65:71] = HEX_DIGITS[97:103] = np.arange(10, 16)


def read_digits(
    matrix: npt.NDArray[np.uint8], digits: npt.NDArray[np.int64], base: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """The number each row of bytes writes in ``base``, and whether every byte is a digit.

    ``digits`` gives each byte's value (`DECIMAL_DIGITS`, `HEX_DIGITS`).
    """
    values = digits[matrix]
    weights = base ** np.arange(matrix.shape[1] - 1, -1, -1, dtype=np.int64)
    number: npt.NDArray[np.int64] = values @ weights
    return number, np.asarray((values >= 0).all(axis=1), dtype=bool)


_HASH = ord("#")


def _starts(raw: bytes) -> npt.NDArray[np.int64]:
    """Where each ``##`` starts, as `re.finditer` finds them (left to right, not overlapping)."""
    hashes: npt.NDArray[np.int64] = np.flatnonzero(np.frombuffer(raw, dtype=np.uint8) == _HASH)
    starts: npt.NDArray[np.int64] = hashes[:-1][hashes[1:] - hashes[:-1] == 1]
    if len(starts) > 1 and bool((starts[1:] - starts[:-1] == 1).any()):  # "###": read as regex does
        found: npt.NDArray[np.int64] = np.fromiter(
            (m.start() for m in re.finditer(rb"##", raw)), dtype=np.int64
        )
        return found
    return starts


def frame_spans(
    raw: bytes,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64], list[FrameError]]:
    """Where each frame of a capture starts and ends, its declared length, and the junk.

    Every ``##`` starts a frame. A frame whose four length digits fit before the next ``##``
    ends where its length says (with its CRC), and bytes after it up to the next frame are
    junk unless whitespace or NUL; any other frame runs to the next ``##`` (and will not
    parse). ``lengths`` is -1 where the declared length is unreadable or does not fit.
    """
    starts = _starts(raw)
    junk: list[FrameError] = []
    first = int(starts[0]) if len(starts) else len(raw)
    if raw[:first].strip(_WHITESPACE):
        junk.append(FrameError(position=0, reason="bytes before the first frame", field="frame"))
    buf = np.frombuffer(raw + b"\x00" * 6, dtype=np.uint8)
    nxt = np.append(starts[1:], len(raw))[: len(starts)]
    number, digits = read_digits(buf[starts[:, None] + np.arange(2, 6)], DECIMAL_DIGITS, 10)
    declared = starts + 6 + np.where(digits, number, 0) + 4
    fits = digits & (declared <= nxt)
    # Bytes between a frame's declared end and the next "##": CRLF (most frames), or junk.
    gap = np.where(fits, nxt - declared, 0)
    crlf = (gap == 2) & (buf[np.minimum(declared, len(raw))] == 13)
    crlf &= buf[np.minimum(declared + 1, len(raw))] == 10
    for i in np.flatnonzero(fits & (gap != 0) & ~crlf).tolist():
        end = int(declared[i])
        if raw[end : int(nxt[i])].strip(_WHITESPACE):
            junk.append(FrameError(position=end, reason="bytes between frames", field="frame"))
    return starts, np.where(fits, declared, nxt), np.where(fits, number, -1), junk


def parse_stream(data: str | bytes) -> StreamResult:
    r"""Parse a day's capture: many frames, CRLF-separated, with whatever junk receivers log.

    Every frame found (see `frame_spans`) ends as a packet or as an error record with its byte
    position and reason; bytes outside frames that are not whitespace or NUL are recorded as
    junk. Nothing is dropped without a record, and no frame raises. Text is read as its UTF-8
    bytes; text with a lone surrogate (which UTF-8 cannot carry) is refused as a whole, naming
    ``data``, as by `read_capture` and `parse`.

    Examples:
        >>> good = frame("QN=1;ST=32;CN=2011;PW=1;MN=M;Flag=4;CP=&&&&")
        >>> result = parse_stream(good + b"\\x00\\x00##0005abcde1234\\r\\n" + good)
        >>> len(result.packets), [e.field for e in result.errors], result.frames
        (2, ['crc'], 3)
    """
    raw = utf8(data, "data") if isinstance(data, str) else bytes(data)
    starts, ends, _, junk = frame_spans(raw)
    packets: list[tuple[int, Packet]] = []
    errors: list[FrameError] = []
    warnings: list[FrameWarning] = []
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        result = frame_result(raw, start, end)
        if isinstance(result, FrameError):
            errors.append(result)
        else:
            packets.append((start, result))
            warnings += frame_warnings(start, result, raw[end - 4 : end])
    return StreamResult(
        packets=tuple(packets), errors=tuple(errors), junk=tuple(junk), warnings=tuple(warnings)
    )


def lowercase_crc(crc: bytes) -> bool:
    """Whether a frame's four CRC digits have a lowercase hex letter (``1c80``)."""
    return any(0x61 <= byte <= 0x66 for byte in crc)


def frame_warnings(position: int, packet: Packet, crc: bytes) -> list[FrameWarning]:
    """The warnings of a parsed frame at ``position`` whose CRC digits are ``crc``."""
    found = []
    if lowercase_crc(crc):
        found.append(
            FrameWarning.model_construct(
                position=position,
                mn=packet.mn,
                name="frame.lowercase-crc",
                field="crc",
                sent=crc.decode("ascii"),
            )
        )
    found += [
        FrameWarning.model_construct(
            position=position, mn=packet.mn, name=w.name, field=w.field, sent=w.sent
        )
        for w in packet.warnings
    ]
    return found


check_public(globals(), ("crc16", "frame", "parse", "encode", "parse_stream", "frame_result"))
