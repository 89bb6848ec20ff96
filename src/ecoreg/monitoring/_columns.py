"""HJ 212 captures as columns: a day of frames to factor values in NumPy arrays, fast.

`read_capture` gives exactly what `parse_stream` gives, as columns: one row per factor of
every record that has a data time, the same frames parsed, the same warnings and the same
error records. It is fast because it reads in bulk every frame of the shapes devices send
(``QN``, ``ST``, ``CN``, ``PW``, ``MN``, ``Flag`` in that order, then ``CP=&&`` with an optional
``DataTime`` of 14 or 17 digits and ``key=value`` fields): lengths, CRCs, data times and the
tokens are checked and read chunk by chunk (NumPy, and one regular expression per frame), the
variants (17-digit times, HJ/T 212-2005 codes, converted values, running states, vendors'
kinds, status commands, an ST outside the standard) included. Every other frame takes the
exact path, `parse`, one by one, so an unusual frame is never guessed at. Values are float64
(measurements, the detectors' type); `parse` keeps them as `Decimal`.
"""

from __future__ import annotations

import gc
import math
import re
from itertools import compress, islice, repeat
from operator import is_not, itemgetter, methodcaller, truth
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ecoreg.core._arrays import BoolArray, FloatArray, IntArray, frozen
from ecoreg.core._boundary import MAX_ITEMS, check_public, checked
from ecoreg.exceptions import InvalidInputError
from ecoreg.monitoring._arguments import shown
from ecoreg.monitoring._codes import (
    CODES_2005,
    DATA_COMMANDS,
    SYSTEMS,
    TIME_FIELDS,
    WARNINGS,
    kind_class,
    looks_2005,
)
from ecoreg.monitoring._frames import (
    _FACTOR,
    CRC_TABLE,
    FLAG_LETTERS,
    HEX_DIGITS,
    FactorValue,
    FrameError,
    FrameWarning,
    Packet,
    frame_result,
    frame_spans,
    lowercase_crc,
    read_digits,
    utf8,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from decimal import Decimal

__all__ = ["Readings", "WarningColumns", "read_capture"]

KINDS: Final = ("rtd", "avg", "min", "max", "cou")
"""The value columns, in the order of HJ 212's value kinds Rtd, Avg, Min, Max, Cou."""

# Possessive quantifiers: no part of a frame can be read two ways (fields stop at ";", the data
# area at "&"), so the regular expression never needs to backtrack. The data area's shape is
# checked for a whole chunk at once (`_data_areas`), and what a kind needs (a number, a flag
# letter) afterwards: a character class per character costs sre far more than NumPy does.
_BULK: Final = re.compile(
    rb"(?:QN=[0-9]{1,20}+;)?+(ST=[0-9A-Za-z]{1,16}+;CN=[0-9]{4};PW=[0-9A-Za-z]{0,64}+;"
    rb"MN=[0-9A-Za-z]{1,64}+;(?:Flag=[0-9]{1,2}+;)?+)CP=&&"
    rb"(?:DataTime=([0-9]{14}+)([0-9]{3})?+(?:[;,]|(?=&&)))?+"
    rb"([^&]*+)&&"
)
"""The frames read in bulk: with `_data_areas`, the segments whose data area (the last group) is
``key=value`` items, each followed by ``;`` or ``,`` but the last (which may be too), keys of
HJ 212's shape (`_KEY`) and values of at most 64 of ``[-+0-9A-Za-z.:/]``. A frame of any other
shape is read by `parse`."""
_GROUPS: Final = methodcaller("groups")
_HEAD: Final = re.compile(rb"ST=([^;]*+);CN=([^;]*+);PW=[^;]*+;MN=([^;]*+);(?:Flag=([^;]*+);)?+")
"""The fields of a frame's head (`_BULK`'s first group, already checked): ST, CN, MN and Flag.
A capture has few distinct heads (a station sends a few commands), so each is read once."""
_KEY: Final = re.compile(rb"[A-Za-z0-9_]{1,32}+(?:-[A-Za-z0-9_]{1,16}+){0,2}+")
"""The keys the bulk path reads (checked once per distinct key, by `_Tables`)."""
_AREA_CHARS: Final = b"-+.:/_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
"""The characters of keys and values read in bulk."""
_SPACES: Final = bytes(c if c in _AREA_CHARS else 0x20 if c in b"=;,&" else 0 for c in range(256))
"""Joined data areas to tokens: marks (``=``, ``;``, ``,``, ``&``) to spaces, a character the
bulk path does not read to NUL, every other kept."""
_MARK_KIND: Final = np.full(256, -1, dtype=np.int8)
_MARK_KIND[[ord("="), ord(";"), ord(","), ord("&")]] = 0, 1, 1, 2
"""Marks of joined data areas: ``=`` 0, an item's end (``;`` or ``,``) 1, an area's end 2."""
_LONGEST_VALUE: Final = 64
_SPACE, _UNDERSCORE = b" _"
_NUMBERS: Final = re.compile(rb"(?:-?+[0-9]{1,20}+(?:\.[0-9]{1,20}+)?+\n)*+")
"""Numbers the bulk path reads (each followed by a newline): ASCII digits with an optional minus
and point, at most 20 digits each side, so that ``float`` gives what ``float(Decimal)`` gives."""
_NUMBER: Final = re.compile(rb"-?+[0-9]{1,20}+(?:\.[0-9]{1,20}+)?+")
_FLAGS: Final = re.compile(rb"[" + FLAG_LETTERS.encode() + rb"]*+")
_DIGITS_17: Final = re.compile(rb"[0-9]{17}")
_CHUNK_BYTES: Final = 1 << 21
"""Bytes of frames gathered at once by the CRC pass (2 MiB: the gathered bytes and their
transpose stay in the caches; 32 MiB took half as long again)."""
_SHANGHAI_OFFSET: Final = 8 * 3600
_FIRST_FIXED_YEAR: Final = 1992
"""Asia/Shanghai is UTC+8 without daylight saving from 1992; earlier data times take `parse`."""
_LAST_YEAR: Final = 2100
_DATA_COMMANDS: Final = frozenset(c.encode() for c in DATA_COMMANDS)
_SYSTEMS: Final = frozenset(s.encode() for s in SYSTEMS)
_WARNING_INDEX: Final = {name: i for i, name in enumerate(WARNINGS)}
_NAMES: Final = frozenset(WARNINGS)
_LOWER_CRC, _VERSION, _SYSTEM, _STATUS, _MILLIS, _CODE, _CONVERTED, _RUNNING, _VENDOR = range(9)


def _texts(value: object, field: str, rows: int) -> None:
    if not (isinstance(value, tuple) and len(value) == rows and set(map(type, value)) <= {str}):
        raise InvalidInputError(
            field=field, value=type(value).__name__, allowed=f"a tuple of {rows} str"
        )


@attrs.frozen
class WarningColumns:
    """The warnings of a capture's parsed frames as columns.

    One row per frame and name, in frame order (as `StreamResult.warnings`): the frame's byte position and MN, the warning's
    name (one of `WARNINGS`), where it was found and what was sent there.
    """

    position: IntArray
    mn: tuple[str, ...]
    name: tuple[str, ...]
    field: tuple[str, ...]
    sent: tuple[str, ...]

    def __attrs_post_init__(self) -> None:
        """Refuse columns of different lengths or types (warnings made by hand).

        Raises:
            InvalidInputError: naming the field.
        """
        position = self.position
        if not (
            isinstance(position, np.ndarray) and position.dtype == np.int64 and position.ndim == 1
        ):
            raise InvalidInputError(
                field="position", value=type(position).__name__, allowed="an int64 array"
            )
        rows = len(position)
        for name in ("mn", "name", "field", "sent"):
            _texts(getattr(self, name), name, rows)
        unknown = set(self.name) - _NAMES
        if unknown:
            raise InvalidInputError(
                field="name", value=min(unknown), allowed=f"one of {list(WARNINGS)}"
            )

    def __len__(self) -> int:
        return len(self.position)

    @checked
    def records(self) -> tuple[FrameWarning, ...]:
        """The warnings as `FrameWarning` models (JSON-serialisable), in frame order."""
        return tuple(
            FrameWarning(position=p, mn=m, name=n, field=f, sent=s)  # type: ignore[arg-type]
            for p, m, n, f, s in zip(
                self.position.tolist(), self.mn, self.name, self.field, self.sent, strict=True
            )
        )

    @checked
    def by_station(self) -> dict[str, dict[str, int]]:
        """For each MN, how many of its frames carry each warning (the devices to look at)."""
        counts: dict[str, dict[str, int]] = {}
        for mn, name in zip(self.mn, self.name, strict=True):
            per = counts.setdefault(mn, {})
            per[name] = per.get(name, 0) + 1
        return counts


def _no_warnings() -> WarningColumns:
    """No warnings."""
    return WarningColumns(frozen(np.zeros(0, dtype=np.int64)), (), (), (), ())


def _warning_columns(found: _Found) -> WarningColumns:
    """The warnings gathered from both paths, ordered by frame position then name."""
    if not found.position:
        return _no_warnings()
    position = np.array(found.position, dtype=np.int64)
    names = np.array(found.name, dtype=np.int64)
    order = np.argsort(position * len(WARNINGS) + names, kind="stable")
    pick = itemgetter(*order.tolist())

    def ordered(column: list[str]) -> tuple[str, ...]:
        # itemgetter of one index gives the item, of several a tuple
        return tuple(pick(column)) if len(order) > 1 else tuple(column)

    return WarningColumns(
        position=frozen(position[order]),
        mn=ordered(found.mn),
        name=tuple(WARNINGS[i] for i in names[order].tolist()),
        field=ordered(found.field),
        sent=ordered(found.sent),
    )


class _Found:
    """Warnings gathered as lists, in any order (see `_warning_columns`)."""

    def __init__(self) -> None:
        self.position: list[int] = []
        self.name: list[int] = []
        self.mn: list[str] = []
        self.field: list[str] = []
        self.sent: list[str] = []

    def add(self, position: int, mn: str, name: int, field: str, sent: str) -> None:
        self.position.append(position)
        self.name.append(name)
        self.mn.append(mn)
        self.field.append(field)
        self.sent.append(sent)

    def extend(
        self, position: list[int], mn: list[str], name: int, field: str, sent: list[str]
    ) -> None:
        """Warnings of one name and field, one per frame."""
        self.position += position
        self.mn += mn
        self.name += [name] * len(position)
        self.field += [field] * len(position)
        self.sent += sent


@attrs.frozen
class Readings:
    """Factor values of a capture as columns: one row per factor of each record with a time.

    Categorical columns (``mn``, ``cn``, ``factor``) are codes into the tuples of distinct
    values (``stations``, ``commands``, ``factors``); ``flag`` holds the HJ 212 flag letter, or
    ``""`` where the factor had none. Records without a data time (command replies) have no
    rows; frames that did not parse are in ``errors``, bytes outside frames in ``junk``, and
    what parsed frames carry beyond the canonical data frame in ``warnings``. A factor sent
    with an HJ/T 212-2005 code is under its HJ 212-2017 code (``01`` → ``a34013``), and a
    data time sent with milliseconds is in whole seconds (the packet keeps the milliseconds).
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
    warnings: WarningColumns = attrs.field(factory=_no_warnings)
    """The parsed frames' warnings, as `StreamResult.warnings` (``warnings.records()``)."""

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
        if not isinstance(self.warnings, WarningColumns):
            raise InvalidInputError(
                field="warnings", value=type(self.warnings).__name__, allowed="WarningColumns"
            )

    def __len__(self) -> int:
        return len(self.mn)

    @property
    def frames(self) -> int:
        """How many frames were found (parsed plus errors), as `StreamResult.frames`."""
        return self.packets + len(self.errors)

    @checked
    def to_arrow(self) -> Any:
        """The readings as a ``pyarrow.Table``, one row per reading (``readings_arrow_schema()``).

        Needs the ``arrow`` extra. ``mn``, ``cn`` and ``factor`` are dictionary-encoded with
        the readings' own tables (``stations``, ``commands``, ``factors``); a value not sent
        and a missing flag are nulls. `to_series` reads the table back (a Parquet store of
        readings, say) and gives the same series as from the readings themselves.
        """
        from ecoreg.monitoring._arrow import readings_to_arrow  # noqa: PLC0415 - on demand

        return readings_to_arrow(self)

    @checked
    def warnings_to_arrow(self) -> Any:
        """The frames' warnings as a ``pyarrow.Table`` (``frame_warning_arrow_schema()``).

        One row per frame and warning, in frame order, as ``warnings``; ``position`` links a
        warning to the readings of its frame.
        """
        from ecoreg.monitoring._arrow import reading_warnings_to_arrow  # noqa: PLC0415

        return reading_warnings_to_arrow(self)

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
        warnings: tuple[FrameWarning, ...] | None = None,
    ) -> Readings:
        """Columns from parsed packets (``(position, packet)`` pairs, as `StreamResult.packets`).

        Args:
            packets: An iterable (a one-shot iterator too) of at most 10,000,000 pairs of a
                byte position (an ``int`` from 0 to 2**62) and a `Packet`.
            errors: The frames that did not parse (`FrameError`), as `StreamResult.errors`.
            junk: Bytes outside frames, as `StreamResult.junk`.
            warnings: The frames' warnings, as `StreamResult.warnings`; by default the packets'
                own (without ``frame.lowercase-crc``, which only the frame shows).

        Raises:
            InvalidInputError: naming ``packets`` (or ``packets.<i>``), ``errors``, ``junk`` or
                ``warnings``.
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
        given_warnings = _frame_warnings(warnings)
        found = _Found()
        rows = _Rows()
        count = 0
        for item in islice(items, MAX_ITEMS + 1):
            if count == MAX_ITEMS:
                raise InvalidInputError(
                    field="packets", value="…", allowed=f"at most {MAX_ITEMS:,} pairs"
                )
            position, packet = _pair(item, f"packets.{count}")
            rows.add_packet(position, packet)
            if given_warnings is None:
                for w in packet.warnings:
                    found.add(position, packet.mn, _WARNING_INDEX[w.name], w.field, w.sent)
            count += 1
        if given_warnings is not None:
            for fw in given_warnings:
                found.add(fw.position, fw.mn, _WARNING_INDEX[fw.name], fw.field, fw.sent)
        return _merge(
            bulk=_Part.join([]),
            tables=_Tables(),
            slow=rows,
            packets=count,
            errors=errors,
            junk=junk,
            warnings=_warning_columns(found),
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


def _frame_warnings(value: object) -> tuple[FrameWarning, ...] | None:
    """``None``, or a tuple (or list) of `FrameWarning`, as a tuple."""
    if value is None:
        return None
    allowed = "a tuple of FrameWarning (StreamResult.warnings)"
    if not isinstance(value, tuple | list) or len(value) > MAX_ITEMS:
        raise InvalidInputError(field="warnings", value=type(value).__name__, allowed=allowed)
    if not all(isinstance(w, FrameWarning) for w in value):
        raise InvalidInputError(field="warnings", value="…", allowed=allowed)
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
            when = math.floor(record.data_time.timestamp())  # milliseconds dropped, as in bulk
            for f in record.factors:
                self.position.append(position)
                self.mn.append(packet.mn)
                self.cn.append(packet.cn)
                self.time.append(when)
                self.factor.append(f.factor)
                self.values.append(
                    tuple(float("nan") if v is None else float(v) for v in _kinds_of(f))
                )
                self.flag.append(f.flag or "")


def _kinds_of(f: FactorValue) -> tuple[Decimal | None, ...]:
    return (f.rtd, f.avg, f.min, f.max, f.cou)


_CRC_TABLE: Final = np.array(CRC_TABLE, dtype=np.uint16)
_CRC_HIGH: Final = (_CRC_TABLE >> 8).astype(np.uint8)


def _pair_tables() -> tuple[npt.NDArray[np.uint16], npt.NDArray[np.uint16]]:
    """The CRC's tables for two bytes at a time (see `_crcs`).

    For ``x = (h ^ a) << 8 | b`` (the state ``h``, the next bytes ``a`` and ``b``):
    ``step[x]`` is the state after both bytes, shifted left by 8 (``U[U[h ^ a] ^ b] << 8``);
    ``last[x]`` is the CRC of a segment whose last byte is ``a`` (``T[h ^ a]``) and
    ``last[65536 + x]`` that of one whose last byte is ``b`` (``T[U[h ^ a] ^ b]``).
    """
    x = np.arange(1 << 16, dtype=np.int64)
    high, low = x >> 8, x & 0xFF
    after_one = _CRC_HIGH[high].astype(np.int64)
    step = (_CRC_HIGH[after_one ^ low].astype(np.uint16) << 8).astype(np.uint16)
    last = np.concatenate([_CRC_TABLE[high], _CRC_TABLE[after_one ^ low]])
    return step, last


_CRC_STEP, _CRC_LAST = _pair_tables()


def _crcs(buf: npt.NDArray[np.uint8], begin: IntArray, length: IntArray) -> IntArray:
    """The HJ 212 CRC of every segment ``buf[begin:begin+length]``, in bulk.

    The CRC's step ``crc = (crc >> 8) ^ byte; crc = (crc >> 8) ^ T[crc & 0xFF]`` only ever
    keeps the register's high byte: after the first line the register is below 256, so the
    second is ``crc = T[(crc_high ^ byte)]``. The state is one byte, ``h = U[h ^ byte]`` with
    ``U = T >> 8``, and the CRC is ``T[h ^ last byte]``. Two bytes at a time, through 65,536-entry
    tables (`_pair_tables`): the state kept shifted left by 8, one XOR with the next two bytes
    (big-endian) and one look-up per step. A segment of ``L`` bytes takes ``(L - 1) // 2`` steps,
    then its CRC is looked up from the next pair (its last byte is the pair's first when ``L`` is
    odd, its second when even). Segments are run side by side, one pair at a time, longest first.
    """
    out = np.full(len(begin), 0xFFFF, dtype=np.int64)
    if not len(begin):
        return out
    order = np.argsort(-length, kind="stable")
    order = order[length[order] > 0]  # an empty segment's CRC is the register's start, 0xFFFF
    if not len(order):
        return out
    widest = int(length[order[0]]) + 1  # pairs: an odd segment's last pair reads a byte more
    widest += widest % 2
    # Windows of the widest segment from every start: past the buffer's end only the last
    # frames' windows reach, so only its tail is copied with zeros after it (never used).
    tail = max(len(buf) - widest, 0)
    windows = sliding_window_view(buf, widest) if len(buf) >= widest else buf[:0, None]
    end_windows = sliding_window_view(
        np.concatenate([buf[tail:], np.zeros(widest, dtype=np.uint8)]), widest
    )
    at = 0
    while at < len(order):
        width = int(length[order[at]]) + 1
        width += width % 2
        rows = order[at : at + max(1, _CHUNK_BYTES // width)]
        at += len(rows)
        lens = length[rows]
        starts = begin[rows]
        if starts.max() < len(windows):
            gathered = windows[starts, :width]
        else:
            near = starts >= len(windows)
            gathered = np.empty((len(rows), width), dtype=np.uint8)
            gathered[~near] = windows[starts[~near], :width]
            gathered[near] = end_windows[starts[near] - tail, :width]
        pairs = np.ascontiguousarray(gathered.view(">u2").astype(np.uint16).T)
        steps = (lens - 1) // 2  # pairs folded into the state before the CRC's look-up
        # Rows still stepping at pair k are those with more steps than k: a prefix (longest
        # first); those with exactly k steps take their CRC from pair k.
        active = np.searchsorted(-steps, -np.arange(int(steps[0]) + 2), side="right")
        last = np.where(lens % 2 == 1, 0, 1 << 16)
        state = np.full(len(rows), 0xFF00, dtype=np.uint16)
        mixed = np.empty(len(rows), dtype=np.uint16)
        crc = np.empty(len(rows), dtype=np.int64)
        for k in range(int(steps[0]) + 1):
            ending, done = int(active[k]), int(active[k + 1])
            np.bitwise_xor(state[:ending], pairs[k, :ending], out=mixed[:ending])
            if done < ending:
                crc[done:ending] = _CRC_LAST[mixed[done:ending] + last[done:ending]]
            np.take(_CRC_STEP, mixed[:done], out=state[:done])
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
    """Codes into `_Tables.codes` (the codes as sent; `_Tables.code_factor` names the factor)."""
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


# What a key of a data area is, for the bulk path: value kinds 0-4 (Rtd … Cou), the flag 5,
# another factor field 6 (kept by `parse` as an extra), a field of the packet 7 (``QnRtn``),
# ``DataTime`` 8 (a second record) and a key not of HJ 212's shape 9 (`_KEY`): `parse` reads the
# frames with those.
_EXTRA, _FIELD, _DATA_TIME_KEY, _OTHER_KEY = 6, 7, 8, 9
# Warning bits of a key, and the bit of a key whose value may be a 17-digit time.
_BIT_CODE, _BIT_CONVERTED, _BIT_RUNNING, _BIT_VENDOR, _BIT_TIME = 1, 2, 4, 8, 16
_KEY_BITS: Final = (
    (_BIT_CODE, _CODE),
    (_BIT_CONVERTED, _CONVERTED),
    (_BIT_RUNNING, _RUNNING),
    (_BIT_VENDOR, _VENDOR),
)
_KIND_BITS: Final = {
    "converted": _BIT_CONVERTED,
    "running-state": _BIT_RUNNING,
    "vendor": _BIT_VENDOR,
}


class _Codes(dict[Any, int]):
    """Items to codes: an item not seen before gets the next code (first-seen order)."""

    def __init__(self, added: Callable[[Any], None] | None = None) -> None:
        super().__init__()
        self._added = added

    def __missing__(self, item: Any) -> int:
        code = self[item] = len(self)
        if self._added is not None:
            self._added(item)
        return code


class _Tables:
    """Codes shared by every chunk of a capture: stations, commands, keys and factor codes."""

    def __init__(self) -> None:
        self.station_names: list[str] = []
        self.stations = _Codes(lambda item: self.station_names.append(item.decode()))
        self.commands = _Codes()
        self.systems = _Codes()
        self.flags = _Codes()
        self.heads = _Codes(self._add_head)
        self.head_columns = np.zeros((4, 64), dtype=np.int64)
        """Per head: its codes in ``systems``, ``commands``, ``stations`` and ``flags``."""
        self.keys = _Codes(self._add_key)
        self.codes: dict[str, int] = {}
        self.code_factor: list[str] = []
        """The factor of each code as sent: its HJ 212-2017 code, or the code itself."""
        key_columns = ("key_code", "key_kind", "key_bits")
        for name in key_columns:
            setattr(self, name, np.zeros(64, dtype=np.int64))
        self.key_code: IntArray
        self.key_kind: IntArray
        self.key_bits: IntArray
        self.key_text: list[str] = []
        self.key_field: list[str] = []
        """Per key, the field a warning names (``CP.<key>``)."""
        self.key_sent: list[tuple[str, str]] = []
        """Per key, the text a warning shows as sent: (the code, the kind)."""

    @staticmethod
    def code(table: _Codes, items: list[Any]) -> IntArray:
        """Each item's code in ``table`` (one dict look-up each; new items are added)."""
        return np.fromiter(map(table.__getitem__, items), dtype=np.int64, count=len(items))

    def _add_head(self, item: bytes) -> None:
        index = len(self.heads) - 1
        if index >= self.head_columns.shape[1]:
            self.head_columns = np.concatenate(
                [self.head_columns, np.zeros_like(self.head_columns)], axis=1
            )
        fields = _HEAD.fullmatch(item)
        if fields is None:  # `_BULK` read it: it has the fields
            message = f"a frame's head of an unexpected shape: {item!r}"
            raise AssertionError(message)
        system, command, station, flag = fields.groups()
        self.head_columns[:, index] = (
            self.systems[system],
            self.commands[command],
            self.stations[station],
            self.flags[flag],
        )

    def _add_key(self, item: bytes) -> None:
        index = len(self.key_text)
        if index >= len(self.key_code):
            for name in ("key_code", "key_kind", "key_bits"):
                column = getattr(self, name)
                setattr(self, name, np.concatenate([column, np.zeros_like(column)]))
        text = item.decode()
        self.key_text.append(text)
        self.key_field.append(f"CP.{text}")
        match = _FACTOR.fullmatch(text)
        code, kind, bits = -1, _FIELD, 0
        sent = ("", "")
        if _KEY.fullmatch(item) is None:
            kind = _OTHER_KEY
        elif text == "DataTime":
            kind = _DATA_TIME_KEY
        elif match is None:
            bits = _BIT_TIME if text in TIME_FIELDS else 0
        else:
            sent_code, sent_kind = match.groups()
            sent = (sent_code, sent_kind)
            if sent_code not in self.codes:
                self.codes[sent_code] = len(self.codes)
                self.code_factor.append(CODES_2005.get(sent_code, sent_code))
            code = self.codes[sent_code]
            sort = kind_class(sent_kind)
            kind = (
                _SENT_KINDS.index(sent_kind) if sort == "value" else 5 if sort == "flag" else _EXTRA
            )
            bits = (_BIT_CODE if looks_2005(sent_code) else 0) | _KIND_BITS.get(sort, 0)
            if sent_kind == "SampleTime":
                bits |= _BIT_TIME
        self.key_code[index], self.key_kind[index], self.key_bits[index] = code, kind, bits
        self.key_sent.append(sent)


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
    twice = _twice(runs, int(np.bincount(pair_frame[new_row]).max()) if len(runs) else 0)
    nrows = len(runs)
    named = kind < 6
    slot = row * 8 + kind if named.all() else row[named] * 8 + kind[named]
    again = np.flatnonzero(np.bincount(slot, minlength=8 * nrows) > 1)
    if not (len(twice) or len(again)):
        return np.zeros(0, dtype=np.int64)
    bad = np.isin(ident, twice)
    bad[np.flatnonzero(named)[np.isin(slot, again)]] = True
    return np.unique(pair_frame[bad])


def _twice(values: IntArray, span: int) -> IntArray:
    """The non-negative values that occur more than once, in runs of at most ``span`` values.

    The values are grouped: equal values are never more than ``span - 1`` places apart (a
    frame's factors). For short groups each value is compared with the few before it; else they
    are counted (`numpy.bincount`) while their range stays near their number, or sorted.
    """
    if not len(values):
        return values
    if span <= _SHORT_SPAN:
        hits = [values[lag:][values[lag:] == values[:-lag]] for lag in range(1, span)]
        return np.unique(np.concatenate(hits)) if hits else values[:0]
    top = int(values.max()) + 1
    if top <= 4 * len(values) + 4096:
        return np.flatnonzero(np.bincount(values, minlength=top) > 1)
    ordered = np.sort(values)
    return np.unique(ordered[1:][ordered[1:] == ordered[:-1]])


_SHORT_SPAN: Final = 16
"""Factors per frame up to which `_twice` compares neighbours (15 comparisons of the column)."""


_DIGIT, _MINUS, _POINT, _NEWLINE, _NOT_NUMBER = range(5)
_NUMBER_CLASS: Final = np.full(256, _NOT_NUMBER, dtype=np.int8)
_NUMBER_CLASS[np.frombuffer(b"0123456789", dtype=np.uint8)] = _DIGIT
_NUMBER_CLASS[[ord("-"), ord("."), ord("\n")]] = _MINUS, _POINT, _NEWLINE
"""The characters of joined numbers (each number followed by a newline), by class."""
_MOST_DIGITS: Final = 20


def _numbers_fine(joined: bytes) -> bool:
    r"""Whether ``joined`` (numbers, each followed by a newline) matches `_NUMBERS`, with NumPy.

    Each number is ``-?+[0-9]{1,20}+(?:\.[0-9]{1,20}+)?+``: only the characters between the
    digits are looked at (sre tests every character). A ``-`` comes first and before a digit,
    a ``.`` between two digits and at most once, a newline after a digit; at most 20 digits in
    a row.
    """
    classes = _NUMBER_CLASS[np.frombuffer(joined, dtype=np.uint8)]
    at = np.flatnonzero(classes)
    kind = classes[at]
    if not len(at) or at[-1] != len(joined) - 1 or kind[-1] != _NEWLINE:
        return False
    before = np.where(at > 0, classes[np.maximum(at - 1, 0)], _NEWLINE)
    after = np.append(classes[at[:-1] + 1], _NEWLINE)  # after the final newline: a new start
    wrong = (
        (kind == _NOT_NUMBER)
        | ((kind == _MINUS) & ((before != _NEWLINE) | (after != _DIGIT)))
        | ((kind == _POINT) & ((before != _DIGIT) | (after != _DIGIT)))
        | ((kind == _NEWLINE) & (before != _DIGIT))
    )
    second = (kind[:-1] == _POINT) & (kind[1:] != _NEWLINE)  # a "." then another mark
    return not (wrong.any() or second.any() or (np.diff(at, prepend=-1) > _MOST_DIGITS + 1).any())


def _number_values(
    texts: list[bytes], which: BoolArray, pair_frame: IntArray, bad: BoolArray
) -> FloatArray:
    """The numbers among the pairs ``which`` as floats, every text checked at once.

    Frames with a number the bulk path does not take are marked ``bad`` (`parse` reads them;
    their value here is 0). Each distinct text is checked and converted once: a station's
    readings repeat (a few decimals over a narrow range: the field's mix sends about 3 %
    distinct values), so the texts are hashed once into a table of their floats and looked up;
    converting every text took a tenth of the bulk path.
    """
    chosen = list(compress(texts, which.tolist()))
    distinct = dict.fromkeys(chosen)
    if chosen and not _numbers_fine(b"\n".join(distinct) + b"\n"):
        chosen = _checked(chosen, pair_frame[which], bad, _NUMBER, b"0")
        distinct = dict.fromkeys(chosen)
    floats = dict(zip(distinct, map(float, distinct), strict=True))
    return np.fromiter(map(floats.__getitem__, chosen), dtype=np.float64, count=len(chosen))


def _checked(
    chosen: list[bytes], frames: IntArray, bad: BoolArray, pattern: re.Pattern[bytes], fill: bytes
) -> list[bytes]:
    """``chosen`` with each text ``pattern`` does not match replaced by ``fill``, its frame bad."""
    wrong = np.fromiter(
        (pattern.fullmatch(t) is None for t in chosen), dtype=bool, count=len(chosen)
    )
    bad[frames[wrong]] = True
    return [fill if w else t for t, w in zip(chosen, wrong.tolist(), strict=True)]


def _flag_letters(
    texts: list[bytes], which: BoolArray, pair_frame: IntArray, bad: BoolArray
) -> list[bytes]:
    """The flags among the pairs ``which``, every one checked at once.

    Frames with a flag the bulk path does not take are marked ``bad`` (`parse` reads them).
    """
    chosen = list(compress(texts, which.tolist()))
    joined = b"".join(chosen)
    if len(joined) == len(chosen) and _FLAGS.fullmatch(joined) is not None:
        return chosen
    letter = re.compile(rb"[" + FLAG_LETTERS.encode() + rb"]")
    return _checked(chosen, pair_frame[which], bad, letter, b"N")


def _data_areas(areas: list[bytes]) -> tuple[bytes, BoolArray, IntArray]:
    """The data areas (without ``&``) as tokens; which have the bulk shape; their pairs.

    The tokens: the areas joined, each followed by ``&``, translated by `_SPACES` (a key and its
    value, then the next key and value …, once split at spaces). The pairs: each area's ``=``
    count (its key=value pairs, when it has the shape).

    The shape (`_BULK`): ``key=value`` items, a ``;`` or ``,`` after each but the last (and
    optionally after it), keys and values of `_AREA_CHARS`, values of 1 to 64 characters without
    ``_``, keys not empty (`_Tables` checks each distinct key against `_KEY`). Every mark (``=``,
    ``;``, ``,``, ``&``) is checked against the one before it and the characters between them.
    """
    joined = b"&".join(areas) + b"&"
    spaced = joined.translate(_SPACES)
    text = np.frombuffer(joined, dtype=np.uint8)
    marks = np.flatnonzero(np.frombuffer(spaced, dtype=np.uint8) == _SPACE)  # one pass
    kind = _MARK_KIND[text[marks]]
    gap = np.diff(marks, prepend=-1) - 1  # characters since the mark before (or the start)
    before = np.empty_like(kind)
    before[0], before[1:] = 2, kind[:-1]
    after_key = kind == 0
    after_value = before == 0
    wrong = np.where(
        after_key,
        after_value | (gap == 0),  # a key: not empty, after an item's or an area's end
        np.where(
            after_value,
            (gap == 0) | (gap > _LONGEST_VALUE),  # a value: 1 to 64 characters
            (kind == 1) | (gap != 0),  # else only an area's end, right after an end
        ),
    )
    frame_of_mark = np.cumsum(kind == 2)  # areas ended at or before each mark
    frame_of_mark -= kind == 2
    shaped = np.ones(len(areas), dtype=bool)
    if wrong.any():
        shaped[frame_of_mark[wrong]] = False
    others = [b"\0" in spaced, b"_" in joined]
    if any(others):  # a character the bulk path does not read, or "_" (only keys may have it)
        ends = marks[kind == 2]
        at = np.flatnonzero(np.frombuffer(spaced, dtype=np.uint8) == 0)
        if others[1]:
            underscore = np.flatnonzero(text == _UNDERSCORE)
            at = np.concatenate([at, underscore[kind[np.searchsorted(marks, underscore)] != 0]])
        shaped[np.searchsorted(ends, at)] = False
    pairs = np.bincount(frame_of_mark[after_key], minlength=len(areas))
    return spaced, shaped, pairs


def _bulk_chunk(  # noqa: PLR0915 - one pass over a chunk, best read top to bottom
    raw: bytes,
    candidate: IntArray,
    starts: IntArray,
    ends: IntArray,
    tables: _Tables,
    found: _Found,
) -> _Part | None:
    """The rows of the frames among ``candidate`` (length and CRC right) the bulk path reads.

    Their warnings are added to ``found``; the other frames are left to `parse`.

    A frame is read in bulk if its segment has the bulk shape (`_BULK`), a version of 2005,
    2017 or 2025, a data time the bulk path reads (or none), one record, numbers and flags the
    bulk path reads, and no factor or value kind repeated within the record.
    """
    found_matches = list(
        map(
            _BULK.fullmatch,
            repeat(raw),
            (starts[candidate] + 6).tolist(),
            (ends[candidate] - 4).tolist(),
        )
    )
    matched = np.fromiter(map(truth, found_matches), dtype=bool, count=len(candidate))
    groups = list(map(_GROUPS, filter(None, found_matches)))
    if not groups:
        return None
    heads, stamps, millis, areas = map(list, zip(*groups, strict=True))
    spaced, shaped, pairs = _data_areas(areas)
    if not shaped.all():  # rare: those frames are read by `parse`
        matched[np.flatnonzero(matched)[~shaped]] = False
        keep = shaped.tolist()
        if not any(keep):
            return None
        heads, stamps, millis, areas = (
            list(compress(c, keep)) for c in (heads, stamps, millis, areas)
        )
        spaced = (b"&".join(areas) + b"&").translate(_SPACES)
        pairs = pairs[shaped]
    index = candidate[matched]
    nframes = len(heads)
    head_code = tables.code(tables.heads, heads)  # first: a new head may widen the columns
    system_code, command_codes, station_codes, flag_code = tables.head_columns[:, head_code]
    # Version bits 0, 1 or 2 (HJ/T 212-2005, HJ 212-2017, HJ 212-2025); no Flag is 2005.
    ok = np.array([f is None or int(f) < 12 for f in tables.flags], dtype=bool)[flag_code]
    timed = np.fromiter(map(is_not, stamps, repeat(None)), dtype=bool, count=nframes)
    times = np.zeros(nframes, dtype=np.int64)
    if timed.any():
        stamped = b"".join(compress(stamps, timed.tolist()))
        at, time_ok = _epoch(np.frombuffer(stamped, dtype=np.uint8).reshape(-1, 14))
        times[timed] = at
        ok[np.flatnonzero(timed)[~time_ok]] = False
    # The data areas' tokens: keys and values alternate (a value is never empty).
    tokens = spaced.split()
    texts = tokens[1::2]
    key = tables.code(tables.keys, tokens[0::2])
    pair_frame = np.repeat(np.arange(nframes, dtype=np.int64), pairs)
    kind = tables.key_kind[key]
    bits = tables.key_bits[key]
    bad = ~ok
    bad[pair_frame[kind >= _DATA_TIME_KEY]] = True
    numeric = kind < 5
    numbers = _number_values(texts, numeric, pair_frame, bad)
    flagged = kind == 5
    letters = _flag_letters(texts, flagged, pair_frame, bad)
    # Rows: the factor fields of frames with a data time, a row per factor (code as sent).
    while True:
        in_rows = (kind < _FIELD) & (timed & ~bad)[pair_frame]
        row_frame_of_pair = pair_frame[in_rows]
        code = tables.key_code[key[in_rows]]
        row_kind = kind[in_rows]
        ident = row_frame_of_pair * max(len(tables.codes), 1) + code
        new_row = np.ones(len(ident), dtype=bool)
        new_row[1:] = ident[1:] != ident[:-1]
        row = np.cumsum(new_row) - 1
        back = _repeated(row_frame_of_pair, ident, new_row, row, row_kind)
        if not len(back):
            break
        bad[back] = True  # a factor repeated within a record: `parse` merges it
    nrows = int(row[-1]) + 1 if len(row) else 0
    values = np.full((nrows, len(KINDS)), np.nan)
    numeric_rows = numeric[in_rows]
    numeric_kept = in_rows[numeric]
    values[row[numeric_rows], row_kind[numeric_rows]] = (
        numbers if numeric_kept.all() else numbers[numeric_kept]
    )
    row_flags = np.full(nrows, "", dtype="U1")
    flag_rows = flagged[in_rows]
    if flag_rows.any():
        kept_letters = b"".join(compress(letters, in_rows[flagged].tolist()))
        row_flags[row[flag_rows]] = np.frombuffer(kept_letters, dtype="S1").astype("U1")
    good = ~bad
    taken = index[good]
    _bulk_warnings(
        found=found,
        tables=tables,
        good=good,
        position=starts[index],
        station_codes=station_codes,
        header=(
            flag_code,
            system_code,
            command_codes,
            np.fromiter(map(is_not, millis, repeat(None)), dtype=bool, count=nframes),
        ),
        texts=(stamps, millis),
        tokens=(key, texts, pair_frame, bits),
    )
    row_frame = row_frame_of_pair[new_row]
    return _Part(
        taken=taken,
        position=starts[index[row_frame]],
        mn=station_codes[row_frame],
        cn=command_codes[row_frame],
        time=times[row_frame],
        factor=code[new_row],
        values=values,
        flag=row_flags,
    )


def _bulk_warnings(
    *,
    found: _Found,
    tables: _Tables,
    good: BoolArray,
    position: IntArray,
    station_codes: IntArray,
    header: tuple[IntArray, IntArray, IntArray, BoolArray],
    texts: tuple[list[bytes], list[bytes | None]],
    tokens: tuple[IntArray, list[bytes], IntArray, IntArray],
) -> None:
    """The warnings of the frames ``good`` of a chunk, as `parse` gives them.

    The first of each name in the data area's order; `_warning_columns` orders them.
    """
    flag_code, system_code, command_code, millis = header
    stamps, ms = texts
    key, values, pair_frame, bits = tokens
    names = tables.station_names

    def add(
        mask: BoolArray, name: int, field: str, sent: Callable[[list[int]], list[str]]
    ) -> list[int]:
        frames = np.flatnonzero(mask & good).tolist()
        if frames:
            found.extend(
                position[frames].tolist(),
                [names[c] for c in station_codes[frames].tolist()],
                name,
                field,
                sent(frames),
            )
        return frames

    def warn_head(
        table: _Codes, codes: IntArray, name: int, field: str, warns: Callable[[Any], bool]
    ) -> None:
        text = [(item or b"").decode() for item in table]
        warned = np.fromiter(map(warns, table), dtype=bool, count=len(table))
        add(warned[codes], name, field, lambda at: [text[i] for i in codes[at].tolist()])

    warn_head(tables.flags, flag_code, _VERSION, "Flag", lambda f: f is None or int(f) < 4)
    warn_head(tables.systems, system_code, _SYSTEM, "ST", lambda s: s not in _SYSTEMS)
    warn_head(tables.commands, command_code, _STATUS, "CN", lambda c: c not in _DATA_COMMANDS)
    stamped = set(
        add(
            millis,
            _MILLIS,
            "CP.DataTime",
            lambda at: [(stamps[i] + ms[i]).decode() for i in at],  # type: ignore[operator]
        )
    )
    live = good[pair_frame]
    for p in np.flatnonzero(live & ((bits & _BIT_TIME) != 0)).tolist():
        frame_index = int(pair_frame[p])  # a 17-digit SystemTime, SampleTime …: the first one
        if frame_index not in stamped and _DIGITS_17.fullmatch(values[p]):
            stamped.add(frame_index)
            found.add(
                int(position[frame_index]),
                names[int(station_codes[frame_index])],
                _MILLIS,
                tables.key_field[int(key[p])],
                values[p].decode(),
            )
    for bit, name in _KEY_BITS:
        hit = np.flatnonzero(live & ((bits & bit) != 0))
        if not len(hit):
            continue
        frames, first = np.unique(pair_frame[hit], return_index=True)
        side = 0 if bit == _BIT_CODE else 1
        keys = key[hit[first]].tolist()
        found.position += position[frames].tolist()
        found.mn += [names[c] for c in station_codes[frames].tolist()]
        found.name += [name] * len(keys)
        found.field += [tables.key_field[k] for k in keys]
        found.sent += [tables.key_sent[k][side] for k in keys]


def read_capture(data: bytes | str) -> Readings:
    r"""Read a day's capture into columns: the frames, rows, warnings and errors of `parse_stream`.

    Text is read as its UTF-8 bytes; text with a lone surrogate (which UTF-8 cannot carry) is
    refused, naming ``data``, as by `parse_stream` and `parse`.

    Examples:
        >>> from ecoreg.monitoring.hj212 import frame
        >>> seg = (
        ...     "QN=20261001080000000;ST=31;CN=2051;PW=123456;MN=M1;Flag=4;"
        ...     "CP=&&DataTime=20261001080000000;w01018-Avg=35.2,w01018-Flag=N&&"
        ... )
        >>> r = read_capture(frame(seg) + b"##0005abcde1234\r\n")
        >>> r.factors, r.column("avg").tolist(), r.flag.tolist(), len(r.errors)
        (('w01018',), [35.2], ['N'], 1)
        >>> r.warnings.name, r.warnings.by_station()
        (('time.milliseconds',), {'M1': {'time.milliseconds': 1}})
    """
    raw = utf8(data, "data") if isinstance(data, str) else bytes(data)
    collecting = gc.isenabled()
    gc.disable()  # millions of small objects, none in a cycle: the collector only slows this
    try:
        return _read(raw)
    finally:
        if collecting:
            gc.enable()


def _read(raw: bytes) -> Readings:
    starts, frame_end, length, junk = frame_spans(raw)
    buf = np.frombuffer(raw, dtype=np.uint8)
    # Bulk candidates: length and CRC right. Of those, the bulk path reads the frames of the
    # shapes it knows; everything else goes to `parse`, which gives the packet or the error.
    candidate = np.flatnonzero(length >= 0)
    crc_bytes = buf[(frame_end[candidate] - 4)[:, None] + np.arange(4)]
    sent, hex_ok = read_digits(crc_bytes, HEX_DIGITS, 16)
    lower = np.zeros(len(starts), dtype=bool)
    lower[candidate] = ((crc_bytes >= 0x61) & (crc_bytes <= 0x66)).any(axis=1)
    candidate, sent = candidate[hex_ok], sent[hex_ok]
    candidate = candidate[_crcs(buf, starts[candidate] + 6, length[candidate]) == sent]
    tables = _Tables()
    found = _Found()
    parts = [
        part
        for first in range(0, len(candidate), _BULK_FRAMES)
        if (
            part := _bulk_chunk(
                raw, candidate[first : first + _BULK_FRAMES], starts, frame_end, tables, found
            )
        )
        is not None
    ]
    fast = _Part.join(parts)
    index = np.concatenate([p.taken for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    bulk = np.zeros(len(starts), dtype=bool)
    bulk[index] = True
    for i in np.flatnonzero(bulk & lower).tolist():
        start, end = int(starts[i]), int(frame_end[i])
        mn_text = _bulk_mn(raw, start, end)
        found.add(start, mn_text, _LOWER_CRC, "crc", raw[end - 4 : end].decode("ascii"))
    rows = _Rows()
    errors: list[FrameError] = []
    for i in np.flatnonzero(~bulk).tolist():
        start, end = int(starts[i]), int(frame_end[i])
        result = frame_result(raw, start, end)
        if isinstance(result, FrameError):
            errors.append(result)
        else:
            rows.add_packet(start, result)
            _add_packet_warnings(found, start, result, raw[end - 4 : end])
    return _merge(
        bulk=fast,
        tables=tables,
        slow=rows,
        packets=len(starts) - len(errors),
        errors=tuple(errors),
        junk=tuple(junk),
        warnings=_warning_columns(found),
    )


def _bulk_mn(raw: bytes, start: int, end: int) -> str:
    """The MN of a frame read in bulk (for its rare frame-level warning)."""
    match = _BULK.fullmatch(raw, start + 6, end - 4)
    fields = _HEAD.fullmatch(match.group(1)) if match is not None else None
    return fields.group(3).decode() if fields is not None else ""


def _add_packet_warnings(found: _Found, position: int, packet: Packet, crc: bytes) -> None:
    if lowercase_crc(crc):
        found.add(position, packet.mn, _LOWER_CRC, "crc", crc.decode("ascii"))
    for w in packet.warnings:
        found.add(position, packet.mn, _WARNING_INDEX[w.name], w.field, w.sent)


def _recode(names: list[str], codes: IntArray, merged: dict[str, int]) -> IntArray:
    if not len(codes):
        return codes
    return np.array([merged.get(n, -1) for n in names], dtype=np.int64)[codes]


def _merge(
    *,
    bulk: _Part,
    tables: _Tables,
    slow: _Rows,
    packets: int,
    errors: tuple[FrameError, ...],
    junk: tuple[FrameError, ...],
    warnings: WarningColumns,
) -> Readings:
    """Both paths' rows in frame order, with codes into the sorted distinct values of both.

    The merge is stable: the rows of a frame keep their order.
    """
    columns = {}
    names = {}
    for column, known, codes, exact in (
        ("mn", tables.station_names, bulk.mn, slow.mn),
        ("cn", [k.decode() for k in tables.commands], bulk.cn, slow.cn),
        ("factor", tables.code_factor, bulk.factor, slow.factor),
    ):
        # frames without rows: no name (codes are dense, so a count finds the used ones)
        used = {known[i] for i in np.flatnonzero(np.bincount(codes, minlength=len(known))).tolist()}
        merged = {n: i for i, n in enumerate(sorted(used | set(exact)))}
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
        warnings=warnings,
    )


def _joined(bulk: npt.NDArray[Any], slow: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Bulk rows then exact-path rows (the bulk column itself when there are none)."""
    if not len(slow):
        return bulk
    return np.concatenate([bulk, slow.reshape(-1, *bulk.shape[1:])])


def _categories_in(values: list[str], index: dict[str, int]) -> IntArray:
    return np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values))


check_public(globals(), ("read_capture",))
