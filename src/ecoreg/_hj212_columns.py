"""HJ 212 captures as columns: a day of frames to factor values in NumPy arrays, fast.

`read_capture` gives exactly what `parse_stream` gives, as columns: one row per factor of
every record that has a data time, the same frames parsed and the same error records. It is
fast because most frames in a real capture have one shape (the canonical data frame: ``QN``,
``ST``, ``CN``, ``PW``, ``MN``, ``Flag``, then ``CP=&&DataTime=…;`` and factor fields); those
are checked and read in bulk (lengths, CRCs, data times and numbers in NumPy). Every other
frame takes the exact path, `parse`, one by one, so an unusual frame is never guessed at.
Values are float64 (measurements, the detectors' type); `parse` keeps them as `Decimal`.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import TYPE_CHECKING, Final

import attrs
import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ecoreg._arrays import FloatArray, IntArray, frozen
from ecoreg._boundary import check_public
from ecoreg._hj212 import (
    CRC_TABLE,
    FLAG_LETTERS,
    HEX_DIGITS,
    FactorValue,
    FrameError,
    Packet,
    frame_result,
    frame_spans,
    read_digits,
)
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Iterable
    from decimal import Decimal

__all__ = ["Readings", "read_capture"]

KINDS: Final = ("rtd", "avg", "min", "max", "cou")
"""The value columns, in the order of HJ 212's value kinds Rtd, Avg, Min, Max, Cou."""

_NUMBER = rb"-?[0-9]{1,15}(?:\.[0-9]{1,15})?"
_CODE = rb"[A-Za-z0-9]{1,32}"
_PAIR = (
    _CODE + rb"-(?:(?:Rtd|Avg|Min|Max|Cou)=" + _NUMBER + rb"|Flag=[" + FLAG_LETTERS.encode() + rb"]"
    rb"|(?!(?:Rtd|Avg|Min|Max|Cou|Flag)=)[A-Za-z]{1,16}=[-0-9A-Za-z.:]{1,64})"
)
_CANONICAL: Final = re.compile(
    rb"QN=[0-9]{17};ST=[0-9A-Za-z]{1,16};CN=([0-9]{4});PW=[0-9A-Za-z]{0,64};"
    rb"MN=([0-9A-Za-z]{1,64});Flag=([0-9]{1,3});CP=&&DataTime=([0-9]{14});"
    rb"((?:" + _PAIR + rb"[;,])*" + _PAIR + rb")&&"
)
"""The canonical data frame's segment. A frame of any other shape is read by `parse`."""
_SPACES: Final = bytes.maketrans(b",;=", b"   ")
_CHUNK_BYTES: Final = 1 << 25
"""Bytes of frames gathered at once by the CRC pass (32 MiB)."""
_SHANGHAI_OFFSET: Final = 8 * 3600
_FIRST_FIXED_YEAR: Final = 1992
"""Asia/Shanghai is UTC+8 without daylight saving from 1992; earlier data times take `parse`."""
_LAST_YEAR: Final = 2100


@attrs.frozen
class Readings:
    """Factor values of a capture as columns: one row per factor of each record with a time.

    Categorical columns (``mn``, ``cn``, ``factor``) are codes into the tuples of distinct
    values (``stations``, ``commands``, ``factors``); ``flag`` holds the HJ 212 flag letter, or
    ``""`` where the factor had none. Records without a data time (command replies) have no
    rows; frames that did not parse are in ``errors``, bytes outside frames in ``junk``.
    """

    stations: tuple[str, ...]
    commands: tuple[str, ...]
    factors: tuple[str, ...]
    position: IntArray
    """Byte position of the frame each row came from."""
    mn: IntArray
    cn: IntArray
    time: IntArray
    """The data time, epoch seconds (UTC)."""
    factor: IntArray
    values: FloatArray
    """``rows × 5``: Rtd, Avg, Min, Max, Cou (see ``KINDS``); NaN where not sent."""
    flag: npt.NDArray[np.str_]
    packets: int
    """Frames that parsed."""
    errors: tuple[FrameError, ...]
    junk: tuple[FrameError, ...]

    def __len__(self) -> int:
        return len(self.mn)

    @property
    def frames(self) -> int:
        """How many frames were found (parsed plus errors), as `StreamResult.frames`."""
        return self.packets + len(self.errors)

    def column(self, kind: str) -> FloatArray:
        """The values of one kind (``"rtd"``, ``"avg"``, ``"min"``, ``"max"`` or ``"cou"``)."""
        if kind not in KINDS:
            raise InvalidInputError(field="kind", value=kind, allowed=f"one of {list(KINDS)}")
        return self.values[:, KINDS.index(kind)]

    @classmethod
    def from_packets(
        cls,
        packets: Iterable[tuple[int, Packet]],
        *,
        errors: tuple[FrameError, ...] = (),
        junk: tuple[FrameError, ...] = (),
    ) -> Readings:
        """Columns from parsed packets (``(position, packet)`` pairs, as `StreamResult.packets`)."""
        rows = _Rows()
        count = 0
        for position, packet in packets:
            rows.add_packet(position, packet)
            count += 1
        return _merge(fast=None, slow=rows, packets=count, errors=errors, junk=junk)


class _Rows:
    """Row-wise accumulation for frames read one by one (the exact path)."""

    def __init__(self) -> None:
        self.position: list[int] = []
        self.mn: list[str] = []
        self.cn: list[str] = []
        self.time: list[int] = []
        self.factor: list[str] = []
        self.values: list[tuple[float, ...]] = []
        self.flag: list[str] = []

    def add_packet(self, position: int, packet: Packet) -> None:
        for record in packet.records:
            if record.data_time is None:
                continue
            when = int(record.data_time.timestamp())
            for f in record.factors:
                self.position.append(position)
                self.mn.append(packet.mn)
                self.cn.append(packet.cn)
                self.time.append(when)
                self.factor.append(f.code)
                self.values.append(
                    tuple(float("nan") if v is None else float(v) for v in _kinds_of(f))
                )
                self.flag.append(f.flag or "")


def _kinds_of(f: FactorValue) -> tuple[Decimal | None, ...]:
    return (f.rtd, f.avg, f.min, f.max, f.cou)


_CRC_TABLE: Final = np.array(CRC_TABLE, dtype=np.uint16)
_CRC_HIGH: Final = (_CRC_TABLE >> 8).astype(np.uint8)


def _crcs(buf: npt.NDArray[np.uint8], begin: IntArray, length: IntArray) -> IntArray:
    """The HJ 212 CRC of every segment ``buf[begin:begin+length]``, in bulk.

    The CRC's step ``crc = (crc >> 8) ^ byte; crc = (crc >> 8) ^ T[crc & 0xFF]`` only ever
    keeps the register's high byte: after the first line the register is below 256, so the
    second is ``crc = T[(crc_high ^ byte)]``. The state is one byte, ``h = U[h ^ byte]`` with
    ``U = T >> 8``, and the CRC is ``T[h ^ last byte]``: segments are run side by side, one
    byte position at a time, longest first.
    """
    out = np.full(len(begin), 0xFFFF, dtype=np.int64)
    if not len(begin):
        return out
    order = np.argsort(-length, kind="stable")
    widest = int(length.max())
    padded = np.concatenate([buf, np.zeros(max(widest, 1), dtype=np.uint8)])
    windows = sliding_window_view(padded, max(widest, 1))
    at = 0
    while at < len(order):
        width = max(int(length[order[at]]), 1)
        rows = order[at : at + max(1, _CHUNK_BYTES // width)]
        at += len(rows)
        lens = length[rows]
        columns = np.ascontiguousarray(windows[begin[rows], :width].T)
        # Active rows at step k are those longer than k: a prefix, as rows are longest first.
        active = np.searchsorted(-lens, -np.arange(width + 1), side="left")
        state = np.full(len(rows), 0xFF, dtype=np.uint8)
        mixed = np.empty(len(rows), dtype=np.uint8)
        crc = np.full(len(rows), 0xFFFF, dtype=np.int64)
        for k in range(width):
            m, done = int(active[k]), int(active[k + 1])
            if m == 0:
                break
            np.bitwise_xor(state[:m], columns[k, :m], out=mixed[:m])
            if done < m:
                crc[done:m] = _CRC_TABLE[mixed[done:m]]
            np.take(_CRC_HIGH, mixed[:m], out=state[:m])
        out[rows] = crc
    return out


def _epoch(stamps: npt.NDArray[np.uint8]) -> tuple[IntArray, npt.NDArray[np.bool_]]:
    """Epoch seconds of ``yyyyMMddHHmmss`` rows in Asia/Shanghai, and which the bulk path takes.

    It takes a real date and time in a year with the fixed UTC+8 offset.
    """
    d = stamps.astype(np.int64) - 48
    year = d[:, 0] * 1000 + d[:, 1] * 100 + d[:, 2] * 10 + d[:, 3]
    month, day = d[:, 4] * 10 + d[:, 5], d[:, 6] * 10 + d[:, 7]
    hour, minute, second = (
        d[:, 8] * 10 + d[:, 9],
        d[:, 10] * 10 + d[:, 11],
        d[:, 12] * 10 + d[:, 13],
    )
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_days = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
    safe_month = np.clip(month, 1, 12)
    last = month_days[safe_month - 1] + ((safe_month == 2) & leap)
    ok = (
        (year >= _FIRST_FIXED_YEAR)
        & (year <= _LAST_YEAR)
        & (month >= 1)
        & (month <= 12)
        & (day >= 1)
        & (day <= last)
        & (hour <= 23)
        & (minute <= 59)
        & (second <= 59)
    )
    # Days from 1970-01-01 (H. Hinnant's days_from_civil).
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month + np.where(month > 2, -3, 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return days * 86400 + hour * 3600 + minute * 60 + second - _SHANGHAI_OFFSET, ok


@attrs.define
class _Fast:
    """Frames read in bulk: the rows they gave, with categorical columns as codes."""

    position: IntArray
    """Byte position of the frame of each row."""
    stations: list[str]
    mn: IntArray
    commands: list[str]
    cn: IntArray
    time: IntArray
    factors: list[str]
    factor: IntArray
    values: FloatArray
    flag: npt.NDArray[np.str_]


def _codes(items: list[bytes]) -> tuple[list[str], IntArray]:
    """Distinct byte strings (decoded) and each item's code, in first-seen order."""
    index = {k: i for i, k in enumerate(dict.fromkeys(items))}
    codes = np.fromiter(map(index.__getitem__, items), dtype=np.int64, count=len(items))
    return [k.decode() for k in index], codes


def _repeated(pair_frame: IntArray, ident: IntArray, row: IntArray, kind: IntArray) -> IntArray:
    """Frames (positions in the bulk batch) where a factor or a factor's value kind repeats.

    `parse` merges those; the bulk path does not.
    """
    starts = np.flatnonzero(np.diff(row, prepend=-1))
    runs = np.sort(ident[starts])
    twice = runs[1:][runs[1:] == runs[:-1]]
    nrows = int(row[-1]) + 1 if len(row) else 0
    named = kind < 6
    slot = row[named] * 8 + kind[named]
    again = np.flatnonzero(np.bincount(slot, minlength=8 * nrows) > 1)
    if not (len(twice) or len(again)):
        return np.zeros(0, dtype=np.int64)
    bad = np.isin(ident, twice)
    bad[np.flatnonzero(named)[np.isin(slot, again)]] = True
    return np.unique(pair_frame[bad])


def _bulk(
    index: IntArray, matches: list[re.Match[bytes]], times: IntArray, starts: IntArray
) -> tuple[_Fast | None, IntArray]:
    """Rows of the canonical frames ``index``, with their matches and data times.

    ``starts`` are the capture's frame starts (rows carry their frame's position).

    When some frames repeat a factor within the record, returns those frames instead (they
    take `parse`).
    """
    bodies = [m.group(5) for m in matches]
    pairs = np.fromiter((b.count(b"=") for b in bodies), dtype=np.int64, count=len(bodies))
    tokens = b";".join(bodies).translate(_SPACES).split()
    keys, texts = tokens[0::2], tokens[1::2]
    key_names, key = _codes(keys)
    split = [k.rsplit("-", 1) for k in key_names]
    factors = list(dict.fromkeys(code for code, _ in split))
    factor_code = {f: i for i, f in enumerate(factors)}
    key_factor = np.array([factor_code[code] for code, _ in split], dtype=np.int64)
    # Value columns 0-4, the flag 5, other fields (kept by `parse` as extras) 6.
    key_kind = np.array(
        [
            KINDS.index(k.lower()) if k.lower() in KINDS else 5 if k == "Flag" else 6
            for _, k in split
        ],
        dtype=np.int64,
    )
    pair_frame = np.repeat(np.arange(len(bodies), dtype=np.int64), pairs)
    pair_factor = key_factor[key]
    pair_kind = key_kind[key]
    ident = pair_frame * len(factors) + pair_factor
    new_row = np.ones(len(ident), dtype=bool)
    new_row[1:] = ident[1:] != ident[:-1]
    row = np.cumsum(new_row) - 1
    back = _repeated(pair_frame, ident, row, pair_kind)
    if len(back):
        return None, index[back]
    nrows = int(row[-1]) + 1 if len(row) else 0
    values = np.full((nrows, len(KINDS)), np.nan)
    numeric = pair_kind < 5
    numbers = np.fromiter(
        map(float, compress(texts, numeric.tolist())), dtype=np.float64, count=int(numeric.sum())
    )
    values[row[numeric], pair_kind[numeric]] = numbers
    flags = np.full(nrows, "", dtype="U1")
    flagged = pair_kind == 5
    flags[row[flagged]] = np.array(list(compress(texts, flagged.tolist())), dtype="S1").astype("U1")
    row_frame = pair_frame[new_row]
    stations, frame_mn = _codes([m.group(2) for m in matches])
    commands, frame_cn = _codes([m.group(1) for m in matches])
    return (
        _Fast(
            position=starts[index[row_frame]],
            stations=stations,
            mn=frame_mn[row_frame],
            commands=commands,
            cn=frame_cn[row_frame],
            time=times[row_frame],
            factors=factors,
            factor=pair_factor[new_row],
            values=values,
            flag=flags,
        ),
        index[:0],
    )


def read_capture(data: bytes | str) -> Readings:
    r"""Read a day's capture into columns: the same frames, rows and errors as `parse_stream`.

    Example:
        >>> from ecoreg.hj212 import frame
        >>> seg = (
        ...     "QN=20261001080000000;ST=31;CN=2051;PW=123456;MN=M1;Flag=4;"
        ...     "CP=&&DataTime=20261001080000;w01018-Avg=35.2,w01018-Flag=N&&"
        ... )
        >>> r = read_capture(frame(seg) + b"##0005abcde1234\r\n")
        >>> r.factors, r.column("avg").tolist(), r.flag.tolist(), len(r.errors)
        (('w01018',), [35.2], ['N'], 1)
    """
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else bytes(data)
    starts, frame_end, length, junk = frame_spans(raw)
    buf = np.frombuffer(raw, dtype=np.uint8)
    # Bulk candidates: length and CRC right, the canonical shape, a data time the bulk path
    # reads. Everything else goes to `parse`, which gives the packet or the exact error.
    candidate = np.flatnonzero(length >= 0)
    crc_at = frame_end[candidate] - 4
    sent, hex_ok = read_digits(buf[crc_at[:, None] + np.arange(4)], HEX_DIGITS, 16)
    candidate, sent = candidate[hex_ok], sent[hex_ok]
    candidate = candidate[_crcs(buf, starts[candidate] + 6, length[candidate]) == sent]
    fullmatch = _CANONICAL.fullmatch
    found = [
        fullmatch(raw, s, e)
        for s, e in zip(
            (starts[candidate] + 6).tolist(), (frame_end[candidate] - 4).tolist(), strict=True
        )
    ]
    canonical = np.fromiter((m is not None for m in found), dtype=bool, count=len(found))
    matches = [m for m in found if m is not None]
    index = candidate[canonical]
    fast = None
    if matches:
        stamps = np.frombuffer(b"".join(m.group(4) for m in matches), dtype=np.uint8)
        times, time_ok = _epoch(stamps.reshape(-1, 14))
        versions = np.array([int(m.group(3)) >> 2 for m in matches], dtype=np.int64)
        keep = time_ok & ((versions == 1) | (versions == 2))  # HJ 212-2017 and -2025
        matches = [m for m, k in zip(matches, keep.tolist(), strict=True) if k]
        index, times = index[keep], times[keep]
        fast, back = _bulk(index, matches, times, starts)
        if fast is None:
            # A factor repeated within a record: those frames take `parse`, which merges it.
            stay = ~np.isin(index, back)
            matches = [m for m, k in zip(matches, stay.tolist(), strict=True) if k]
            index, times = index[stay], times[stay]
            fast, _ = _bulk(index, matches, times, starts)
    bulk = np.zeros(len(starts), dtype=bool)
    bulk[index] = True
    rows = _Rows()
    errors: list[FrameError] = []
    for i in np.flatnonzero(~bulk).tolist():
        start = int(starts[i])
        result = frame_result(raw, start, int(frame_end[i]))
        if isinstance(result, FrameError):
            errors.append(result)
        else:
            rows.add_packet(start, result)
    return _merge(
        fast=fast,
        slow=rows,
        packets=len(starts) - len(errors),
        errors=tuple(errors),
        junk=tuple(junk),
    )


def _recode(names: list[str], codes: IntArray, merged: dict[str, int]) -> IntArray:
    return np.array([merged[n] for n in names], dtype=np.int64)[codes] if len(codes) else codes


def _merge(
    *,
    fast: _Fast | None,
    slow: _Rows,
    packets: int,
    errors: tuple[FrameError, ...],
    junk: tuple[FrameError, ...],
) -> Readings:
    """Both paths' rows in frame order, with codes into the sorted distinct values of both.

    The merge is stable: the rows of a frame keep their order.
    """
    bulk = fast or _Fast(
        position=np.zeros(0, dtype=np.int64),
        stations=[],
        mn=np.zeros(0, dtype=np.int64),
        commands=[],
        cn=np.zeros(0, dtype=np.int64),
        time=np.zeros(0, dtype=np.int64),
        factors=[],
        factor=np.zeros(0, dtype=np.int64),
        values=np.zeros((0, len(KINDS))),
        flag=np.zeros(0, dtype="U1"),
    )
    columns = {}
    names = {}
    for column, known, codes, exact in (
        ("mn", bulk.stations, bulk.mn, slow.mn),
        ("cn", bulk.commands, bulk.cn, slow.cn),
        ("factor", bulk.factors, bulk.factor, slow.factor),
    ):
        merged = {n: i for i, n in enumerate(sorted(set(known) | set(exact)))}
        names[column] = tuple(merged)
        columns[column] = np.concatenate(
            [_recode(known, codes, merged), _categories_in(exact, merged)]
        )
    position = np.concatenate([bulk.position, np.array(slow.position, dtype=np.int64)])
    order = np.argsort(position, kind="stable")
    values = np.concatenate(
        [bulk.values, np.array(slow.values, dtype=np.float64).reshape(-1, len(KINDS))]
    )
    flags = np.concatenate([bulk.flag, np.array(slow.flag, dtype="U1")])
    times = np.concatenate([bulk.time, np.array(slow.time, dtype=np.int64)])
    return Readings(
        stations=names["mn"],
        commands=names["cn"],
        factors=names["factor"],
        position=frozen(position[order]),
        mn=frozen(columns["mn"][order]),
        cn=frozen(columns["cn"][order]),
        time=frozen(times[order]),
        factor=frozen(columns["factor"][order]),
        values=frozen(values[order]),
        flag=frozen(flags[order]),
        packets=packets,
        errors=errors,
        junk=junk,
    )


def _categories_in(values: list[str], index: dict[str, int]) -> IntArray:
    return np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values))


check_public(globals(), ("read_capture",))
