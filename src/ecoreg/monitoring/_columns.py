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
from itertools import compress, islice, repeat
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ecoreg.core._arrays import BoolArray, FloatArray, IntArray, frozen
from ecoreg.core._boundary import MAX_ITEMS, check_public, checked
from ecoreg.exceptions import InvalidInputError
from ecoreg.monitoring._arguments import shown
from ecoreg.monitoring._frames import (
    CRC_TABLE,
    FLAG_LETTERS,
    HEX_DIGITS,
    FactorValue,
    FrameError,
    Packet,
    frame_result,
    frame_spans,
    read_digits,
    utf8,
)

if TYPE_CHECKING:
    from collections.abc import Iterable
    from decimal import Decimal

__all__ = ["Readings", "read_capture"]

KINDS: Final = ("rtd", "avg", "min", "max", "cou")
"""The value columns, in the order of HJ 212's value kinds Rtd, Avg, Min, Max, Cou."""

# Possessive quantifiers and an atomic group: no part of a frame can be read two ways (codes
# stop at "-", names at "=", numbers and values at ";", "," or "&"), so the regular expression
# never needs to backtrack, and telling it so halves the time it takes.
_NUMBER = rb"-?+[0-9]{1,15}+(?:\.[0-9]{1,15}+)?+"
_CODE = rb"[A-Za-z0-9]{1,32}+"
_PAIR = (
    _CODE + rb"-(?>(?:Rtd|Avg|Min|Max|Cou)=" + _NUMBER + rb"|Flag=[" + FLAG_LETTERS.encode() + rb"]"
    rb"|(?!(?:Rtd|Avg|Min|Max|Cou|Flag)=)[A-Za-z]{1,16}+=[-0-9A-Za-z.:]{1,64}+)"
)
_CANONICAL: Final = re.compile(
    rb"QN=[0-9]{17};ST=[0-9A-Za-z]{1,16}+;CN=([0-9]{4});PW=[0-9A-Za-z]{0,64}+;"
    rb"MN=([0-9A-Za-z]{1,64}+);Flag=([0-9]{1,3}+);CP=&&DataTime=([0-9]{14});"
    rb"(" + _PAIR + rb"(?:[;,]" + _PAIR + rb")*+)&&"
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

    def __attrs_post_init__(self) -> None:
        """Refuse columns `to_series` cannot read (readings made by hand).

        Checks types, dtypes and shapes, and that every code points into its table (one pass
        over the code columns: a millisecond for a province's day).

        Raises:
            InvalidInputError: naming the field.
        """
        for name in ("stations", "commands", "factors"):
            names = getattr(self, name)
            if not isinstance(names, tuple) or not all(isinstance(n, str) for n in names):
                raise InvalidInputError(
                    field=name, value=type(names).__name__, allowed="a tuple of str"
                )
        first = self.position  # the first column sets the rows; the others must agree
        rows = first.shape[0] if isinstance(first, np.ndarray) and first.ndim == 1 else -1
        for name, table in (
            ("position", None),
            ("mn", self.stations),
            ("cn", self.commands),
            ("time", None),
            ("factor", self.factors),
        ):
            _code_column(getattr(self, name), name, rows, table)
        if not (
            isinstance(self.values, np.ndarray)
            and self.values.dtype == np.float64
            and self.values.shape == (rows, len(KINDS))
        ):
            raise InvalidInputError(
                field="values",
                value=type(self.values).__name__,
                allowed=f"a float64 array of {rows} rows × {len(KINDS)} kinds",
            )
        if not (
            isinstance(self.flag, np.ndarray)
            and self.flag.dtype.kind == "U"
            and self.flag.shape == (rows,)
        ):
            raise InvalidInputError(
                field="flag", value=type(self.flag).__name__, allowed=f"a str array of {rows} rows"
            )
        if isinstance(self.packets, bool) or not isinstance(self.packets, int) or self.packets < 0:
            raise InvalidInputError(
                field="packets", value=shown(self.packets), allowed="an int, 0 or more"
            )
        for name in ("errors", "junk"):
            _frame_errors(getattr(self, name), name)

    def __len__(self) -> int:
        return len(self.mn)

    @property
    def frames(self) -> int:
        """How many frames were found (parsed plus errors), as `StreamResult.frames`."""
        return self.packets + len(self.errors)

    @checked
    def column(self, kind: str) -> FloatArray:
        """The values of one kind (``"rtd"``, ``"avg"``, ``"min"``, ``"max"`` or ``"cou"``).

        Raises:
            InvalidInputError: naming ``kind`` when it is not one of those ``str``.
        """
        # The type first: ``in`` compares with ==, and an array's == is an array.
        if not isinstance(kind, str) or kind not in KINDS:
            given = kind if isinstance(kind, str) else type(kind).__name__
            raise InvalidInputError(field="kind", value=given, allowed=f"one of {list(KINDS)}")
        return self.values[:, KINDS.index(kind)]

    @classmethod
    @checked
    def from_packets(
        cls,
        packets: Iterable[tuple[int, Packet]],
        *,
        errors: tuple[FrameError, ...] = (),
        junk: tuple[FrameError, ...] = (),
    ) -> Readings:
        """Columns from parsed packets (``(position, packet)`` pairs, as `StreamResult.packets`).

        Args:
            packets: An iterable (a one-shot iterator too) of at most 10,000,000 pairs of a
                byte position (an ``int`` from 0 to 2**62) and a `Packet`.
            errors: The frames that did not parse (`FrameError`), as `StreamResult.errors`.
            junk: Bytes outside frames, as `StreamResult.junk`.

        Raises:
            InvalidInputError: naming ``packets`` (or ``packets.<i>``), ``errors`` or ``junk``.
        """
        given: object = packets  # checked as what a caller may pass, not as annotated
        try:
            if isinstance(given, str | bytes | bytearray):
                raise TypeError  # noqa: TRY301 - text is refused as any other non-iterable
            items = iter(given)  # type: ignore[call-overload]
        except TypeError:  # not iterable (an int, a 0-d array)
            raise InvalidInputError(
                field="packets",
                value=type(given).__name__,
                allowed="an iterable of (position, Packet) pairs",
            ) from None
        errors, junk = _frame_errors(errors, "errors"), _frame_errors(junk, "junk")
        rows = _Rows()
        count = 0
        for item in islice(items, MAX_ITEMS + 1):
            if count == MAX_ITEMS:
                raise InvalidInputError(
                    field="packets", value="…", allowed=f"at most {MAX_ITEMS:,} pairs"
                )
            position, packet = _pair(item, f"packets.{count}")
            rows.add_packet(position, packet)
            count += 1
        return _merge(
            bulk=_Part.join([]),
            tables=_Tables(),
            slow=rows,
            packets=count,
            errors=errors,
            junk=junk,
        )


_MAX_POSITION: Final = 2**62
"""A byte position in a capture (any capture that fits in memory)."""


def _pair(item: object, field: str) -> tuple[int, Packet]:
    """One ``(position, packet)`` pair of `Readings.from_packets`, checked."""
    allowed = f"a (position, Packet) pair: an int from 0 to {_MAX_POSITION} and a Packet"
    if not isinstance(item, tuple | list) or len(item) != 2:
        raise InvalidInputError(field=field, value=type(item).__name__, allowed=allowed)
    position, packet = item
    if isinstance(position, bool) or not isinstance(position, int | np.integer):
        raise InvalidInputError(field=field, value=type(position).__name__, allowed=allowed)
    if not 0 <= position <= _MAX_POSITION:
        raise InvalidInputError(field=field, value=shown(position), allowed=allowed)
    if not isinstance(packet, Packet):
        raise InvalidInputError(field=field, value=type(packet).__name__, allowed=allowed)
    return int(position), packet


def _frame_errors(value: object, field: str) -> tuple[FrameError, ...]:
    """A tuple (or list) of `FrameError`, as a tuple."""
    if not isinstance(value, tuple | list) or len(value) > MAX_ITEMS:
        raise InvalidInputError(
            field=field, value=type(value).__name__, allowed="a tuple of FrameError"
        )
    if not all(isinstance(e, FrameError) for e in value):
        raise InvalidInputError(field=field, value="…", allowed="a tuple of FrameError")
    return tuple(value)


def _code_column(column: object, field: str, rows: int, table: tuple[str, ...] | None) -> None:
    """An int64 column of ``rows`` (codes into ``table``, when there is one)."""
    if not (
        isinstance(column, np.ndarray) and column.dtype == np.int64 and column.shape == (rows,)
    ):
        raise InvalidInputError(
            field=field, value=type(column).__name__, allowed=f"an int64 array of {rows} rows"
        )
    if table is not None and rows > 0 and (column.min() < 0 or column.max() >= len(table)):
        raise InvalidInputError(
            field=field, value="a code past its table", allowed=f"codes from 0 to {len(table) - 1}"
        )


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
class _Part:
    """Rows of one chunk of frames read in bulk; codes into the capture's `_Tables`."""

    taken: IntArray
    """The frames read (indices into the capture's frames)."""
    position: IntArray
    """Byte position of the frame of each row."""
    mn: IntArray
    cn: IntArray
    time: IntArray
    factor: IntArray
    values: FloatArray
    flag: npt.NDArray[np.str_]

    @classmethod
    def join(cls, parts: list[_Part]) -> _Part:
        """The chunks' rows as one part (their codes are shared, so rows only concatenate)."""
        if not parts:
            empty = np.zeros(0, dtype=np.int64)
            return cls(
                empty, empty, empty, empty, empty, empty, np.zeros((0, 5)), np.zeros(0, "U1")
            )
        columns = (np.concatenate([getattr(p, f.name) for p in parts]) for f in attrs.fields(cls))
        return cls(*columns)


class _Tables:
    """Codes shared by every chunk of a capture: stations, commands, keys and factors."""

    def __init__(self) -> None:
        self.stations: dict[bytes, int] = {}
        self.commands: dict[bytes, int] = {}
        self.keys: dict[bytes, int] = {}
        self.factors: dict[str, int] = {}
        self.key_factor: list[int] = []
        self.key_kind: list[int] = []

    def code(self, table: dict[bytes, int], items: list[bytes]) -> IntArray:
        """Each item's code in ``table``, adding new items in first-seen order."""
        lookup = table.__getitem__
        try:  # after a capture's first chunk, every station, command and key is known
            return np.fromiter(map(lookup, items), dtype=np.int64, count=len(items))
        except KeyError:
            pass
        for item in dict.fromkeys(items):
            if item not in table:
                table[item] = len(table)
                if table is self.keys:
                    code, kind = item.decode().rsplit("-", 1)
                    self.key_factor.append(self.factors.setdefault(code, len(self.factors)))
                    # Value columns 0-4, the flag 5, other fields (kept by `parse` as extras) 6.
                    self.key_kind.append(
                        _SENT_KINDS.index(kind)
                        if kind in _SENT_KINDS
                        else 5
                        if kind == "Flag"
                        else 6
                    )
        return np.fromiter(map(lookup, items), dtype=np.int64, count=len(items))


_SENT_KINDS: Final = ("Rtd", "Avg", "Min", "Max", "Cou")
"""The value kinds as HJ 212 spells them (case matters: ``rtd`` is another field, as in `parse`)."""
_BULK_FRAMES: Final = 16_384
"""Frames read in bulk at a time: a chunk's tokens and arrays stay small enough for the caches."""


def _repeated(
    pair_frame: IntArray, ident: IntArray, new_row: BoolArray, row: IntArray, kind: IntArray
) -> IntArray:
    """Frames (positions in the bulk batch) where a factor or a factor's value kind repeats.

    `parse` merges those; the bulk path does not. ``ident`` numbers each (frame, factor) pair;
    a factor repeats when its ident starts two runs of rows. Idents and slots are counted
    with `numpy.bincount` (one pass) while their range stays near the number of pairs.
    """
    runs = ident[new_row]
    twice = _twice(runs)
    nrows = len(runs)
    named = kind < 6
    slot = row * 8 + kind if named.all() else row[named] * 8 + kind[named]
    again = np.flatnonzero(np.bincount(slot, minlength=8 * nrows) > 1)
    if not (len(twice) or len(again)):
        return np.zeros(0, dtype=np.int64)
    bad = np.isin(ident, twice)
    bad[np.flatnonzero(named)[np.isin(slot, again)]] = True
    return np.unique(pair_frame[bad])


def _twice(values: IntArray) -> IntArray:
    """The non-negative values that occur more than once."""
    if not len(values):
        return values
    top = int(values.max()) + 1
    if top <= 4 * len(values) + 4096:
        return np.flatnonzero(np.bincount(values, minlength=top) > 1)
    ordered = np.sort(values)
    return np.unique(ordered[1:][ordered[1:] == ordered[:-1]])


def _bulk(
    index: IntArray,
    groups: list[tuple[bytes, ...]],
    times: IntArray,
    starts: IntArray,
    tables: _Tables,
) -> tuple[_Part | None, IntArray]:
    """Rows of the canonical frames ``index``, from their matches' groups and data times.

    When some frames repeat a factor within the record, returns those frames instead (they
    take `parse`).
    """
    commands, stations, _, _, bodies = zip(*groups, strict=True)
    pairs = np.fromiter(map(bytes.count, bodies, repeat(b"=")), dtype=np.int64, count=len(bodies))
    tokens = b";".join(bodies).translate(_SPACES).split()
    texts = tokens[1::2]
    key = tables.code(tables.keys, tokens[0::2])
    pair_frame = np.repeat(np.arange(len(bodies), dtype=np.int64), pairs)
    pair_factor = np.array(tables.key_factor, dtype=np.int64)[key]
    pair_kind = np.array(tables.key_kind, dtype=np.int64)[key]
    ident = pair_frame * len(tables.factors) + pair_factor
    new_row = np.ones(len(ident), dtype=bool)
    new_row[1:] = ident[1:] != ident[:-1]
    row = np.cumsum(new_row) - 1
    back = _repeated(pair_frame, ident, new_row, row, pair_kind)
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
    return (
        _Part(
            taken=index,
            position=starts[index[row_frame]],
            mn=tables.code(tables.stations, list(stations))[row_frame],
            cn=tables.code(tables.commands, list(commands))[row_frame],
            time=times[row_frame],
            factor=pair_factor[new_row],
            values=values,
            flag=flags,
        ),
        index[:0],
    )


def _bulk_chunk(
    raw: bytes, candidate: IntArray, starts: IntArray, ends: IntArray, tables: _Tables
) -> _Part | None:
    """The rows of the canonical frames among ``candidate`` (frames with length and CRC right).

    A frame is read in bulk if it has the canonical shape, a data time the bulk path reads
    and a 2017 or 2025 version; the others are left to `parse`.
    """
    fullmatch = _CANONICAL.fullmatch
    found = [
        fullmatch(raw, s, e)
        for s, e in zip(
            (starts[candidate] + 6).tolist(), (ends[candidate] - 4).tolist(), strict=True
        )
    ]
    canonical = np.fromiter((m is not None for m in found), dtype=bool, count=len(found))
    groups = [m.groups() for m in found if m is not None]
    index = candidate[canonical]
    if not groups:
        return None
    stamps = np.frombuffer(b"".join(g[3] for g in groups), dtype=np.uint8)
    times, time_ok = _epoch(stamps.reshape(-1, 14))
    versions = np.fromiter((int(g[2]) >> 2 for g in groups), dtype=np.int64, count=len(groups))
    keep = time_ok & ((versions == 1) | (versions == 2))  # HJ 212-2017 and -2025
    groups = list(compress(groups, keep.tolist()))
    index, times = index[keep], times[keep]
    if not groups:
        return None
    fast, back = _bulk(index, groups, times, starts, tables)
    if fast is None:
        # A factor repeated within a record: those frames take `parse`, which merges it.
        stay = ~np.isin(index, back)
        groups = list(compress(groups, stay.tolist()))
        index, times = index[stay], times[stay]
        fast, _ = _bulk(index, groups, times, starts, tables) if groups else (None, index)
    return fast


def read_capture(data: bytes | str) -> Readings:
    r"""Read a day's capture into columns: the same frames, rows and errors as `parse_stream`.

    Text is read as its UTF-8 bytes; text with a lone surrogate (which UTF-8 cannot carry) is
    refused, naming ``data``, as by `parse_stream` and `parse`.

    Examples:
        >>> from ecoreg.monitoring.hj212 import frame
        >>> seg = (
        ...     "QN=20261001080000000;ST=31;CN=2051;PW=123456;MN=M1;Flag=4;"
        ...     "CP=&&DataTime=20261001080000;w01018-Avg=35.2,w01018-Flag=N&&"
        ... )
        >>> r = read_capture(frame(seg) + b"##0005abcde1234\r\n")
        >>> r.factors, r.column("avg").tolist(), r.flag.tolist(), len(r.errors)
        (('w01018',), [35.2], ['N'], 1)
    """
    raw = utf8(data, "data") if isinstance(data, str) else bytes(data)
    starts, frame_end, length, junk = frame_spans(raw)
    buf = np.frombuffer(raw, dtype=np.uint8)
    # Bulk candidates: length and CRC right, the canonical shape, a data time the bulk path
    # reads. Everything else goes to `parse`, which gives the packet or the exact error.
    candidate = np.flatnonzero(length >= 0)
    crc_at = frame_end[candidate] - 4
    sent, hex_ok = read_digits(buf[crc_at[:, None] + np.arange(4)], HEX_DIGITS, 16)
    candidate, sent = candidate[hex_ok], sent[hex_ok]
    candidate = candidate[_crcs(buf, starts[candidate] + 6, length[candidate]) == sent]
    tables = _Tables()
    parts = [
        part
        for first in range(0, len(candidate), _BULK_FRAMES)
        if (
            part := _bulk_chunk(
                raw, candidate[first : first + _BULK_FRAMES], starts, frame_end, tables
            )
        )
        is not None
    ]
    fast = _Part.join(parts)
    index = np.concatenate([p.taken for p in parts]) if parts else np.zeros(0, dtype=np.int64)
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
        bulk=fast,
        tables=tables,
        slow=rows,
        packets=len(starts) - len(errors),
        errors=tuple(errors),
        junk=tuple(junk),
    )


def _recode(names: list[str], codes: IntArray, merged: dict[str, int]) -> IntArray:
    return np.array([merged[n] for n in names], dtype=np.int64)[codes] if len(codes) else codes


def _merge(
    *,
    bulk: _Part,
    tables: _Tables,
    slow: _Rows,
    packets: int,
    errors: tuple[FrameError, ...],
    junk: tuple[FrameError, ...],
) -> Readings:
    """Both paths' rows in frame order, with codes into the sorted distinct values of both.

    The merge is stable: the rows of a frame keep their order.
    """
    columns = {}
    names = {}
    for column, known, codes, exact in (
        ("mn", [k.decode() for k in tables.stations], bulk.mn, slow.mn),
        ("cn", [k.decode() for k in tables.commands], bulk.cn, slow.cn),
        ("factor", list(tables.factors), bulk.factor, slow.factor),
    ):
        merged = {n: i for i, n in enumerate(sorted(set(known) | set(exact)))}
        names[column] = tuple(merged)
        columns[column] = np.concatenate(
            [_recode(known, codes, merged), _categories_in(exact, merged)]
        )
    position, values, flags, times = (
        _joined(bulk_column, np.array(slow_column, dtype=bulk_column.dtype))
        for bulk_column, slow_column in (
            (bulk.position, slow.position),
            (bulk.values, slow.values),
            (bulk.flag, slow.flag),
            (bulk.time, slow.time),
        )
    )
    # Each path's rows are in frame order already; when the paths do not interleave, neither
    # does anything need moving (a stable sort of sorted rows is the identity).
    in_order = bool(np.all(position[1:] >= position[:-1]))
    order: slice | IntArray = slice(None) if in_order else np.argsort(position, kind="stable")
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


def _joined(bulk: npt.NDArray[Any], slow: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Bulk rows then exact-path rows (the bulk column itself when there are none)."""
    if not len(slow):
        return bulk
    return np.concatenate([bulk, slow.reshape(-1, *bulk.shape[1:])])


def _categories_in(values: list[str], index: dict[str, int]) -> IntArray:
    return np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values))


check_public(globals(), ("read_capture",))
