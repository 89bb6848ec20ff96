"""HJ 212 captures read into columns: a province's day of canonical frames, and the field's mix.

* ``hj212``: 3,500 outlets send minute data (CN=2051) every 10 minutes, 504,000 frames in the
  standard's own shape (four factors with Avg, Min, Max, a flow total and flags, ~370 bytes).
* ``hj212-field``: traffic shaped like real stations' (`benchmarks.hj212_mix.field`): 2,000
  stations over two hours, ~300,000 frames of real-time, minute, hour and daily data and status
  traffic, with 17- and 14-digit times, HJ/T 212-2005 payloads and codes, converted values,
  running states, vendors' kinds, lowercase CRCs and 0.5 % broken frames.

`read_capture` checks every frame's length and CRC and reads the values and warnings. Before
timing, each run checks that `read_capture` and `parse_stream` agree on every frame of the mix
(packets, rows, warnings, errors), in a forked child process: `parse_stream` builds millions of
objects, and timing in the heap they leave behind read 10-15 % slower than in a fresh one
(measured: 109,836 frames/s before the check, 98,351/s after it, in one process), which is the
check's cost, not `read_capture`'s. Baseline: splitting the same capture into frames with
`bytes.split` and computing nothing, in the same run.
"""

from __future__ import annotations

import multiprocessing
import sys
from typing import TYPE_CHECKING

import numpy as np

from benchmarks import hj212_mix
from benchmarks._harness import Result, best_of
from ecoreg.monitoring import hj212

if TYPE_CHECKING:
    from collections.abc import Callable

OUTLETS = 3_500
INTERVAL = 10
"""Minutes between two minute-data packets."""
STATIONS = 2_000
MINUTES = 120


def capture(outlets: int = OUTLETS, interval: int = INTERVAL) -> bytes:
    """The canonical day's capture (`benchmarks.hj212_mix.canonical`)."""
    return hj212_mix.canonical(outlets, interval)


def _check(data: bytes) -> hj212.Readings:
    """Read the capture both ways and stop if they disagree on any frame."""
    readings = hj212.read_capture(data)
    stream = hj212.parse_stream(data)
    exact = hj212.Readings.from_packets(
        stream.packets, errors=stream.errors, junk=stream.junk, warnings=stream.warnings
    )
    same = (
        all(getattr(readings, n) == getattr(exact, n) for n in ("stations", "factors", "errors"))
        and readings.packets == exact.packets
        and all(
            np.array_equal(getattr(readings, n), getattr(exact, n))
            for n in ("position", "mn", "cn", "time", "factor", "flag")
        )
        and np.array_equal(readings.values, exact.values, equal_nan=True)
        and readings.warnings.records() == stream.warnings
    )
    frames = data.count(b"##")
    if not same or readings.packets + len(readings.errors) != frames:
        message = "read_capture and parse_stream disagree on this capture"
        raise RuntimeError(message)
    print(
        f"  {frames:,} frames, {len(data) / 1e6:,.0f} MB: {len(readings):,} factor rows of "
        f"{len(readings.stations):,} stations, {len(readings.errors):,} errors, "
        f"{len(readings.warnings):,} warnings; read_capture and parse_stream agree on every frame"
    )
    return readings


def _result(name: str, data: bytes) -> Result:
    return Result(
        name=name,
        items=data.count(b"##"),
        seconds=best_of(3, lambda: hj212.read_capture(data)),
        baseline_name="bytes.split into frames",
        baseline_seconds=best_of(3, lambda: data.split(b"\r\n")),
    )


def _canonical_check(data: bytes) -> None:
    readings = _check(data)
    if readings.errors or len(readings.warnings):
        message = "the canonical capture has errors or warnings"
        raise RuntimeError(message)


def _checked_apart(check: Callable[[bytes], object], data: bytes) -> None:
    """Run ``check`` on ``data`` in a forked child; stop if it fails (its message on stderr)."""
    if sys.platform == "win32":  # no fork: check in this process
        check(data)
        return
    child = multiprocessing.get_context("fork").Process(target=check, args=(data,))
    child.start()
    child.join()
    if child.exitcode != 0:
        message = f"the check of the capture failed (exit code {child.exitcode})"
        raise RuntimeError(message)


def run() -> Result:
    """Time `read_capture` on the canonical day against a bare split of the same bytes."""
    data = capture()
    _checked_apart(_canonical_check, data)
    return _result("hj212: read a day's canonical capture (length, CRC, values)", data)


def run_field() -> Result:
    """Time `read_capture` on the field's mix against a bare split of the same bytes."""
    data = hj212_mix.field(STATIONS, MINUTES)
    _checked_apart(_check, data)
    return _result("hj212-field: read the field's mix (variants, status, broken frames)", data)
