"""A province's day of HJ 212 minute packets (504,000 frames) read into columns.

3,500 outlets send minute data (CN=2051) every 10 minutes: four factors with Avg, Min, Max, a
flow total and flags, about 370 bytes a frame. `read_capture` checks every frame's length and
CRC and reads the values. Baseline: splitting the same capture into frames with `bytes.split`
and computing nothing, in the same run.
"""

from __future__ import annotations

import numpy as np

from benchmarks._harness import Result, best_of
from ecoreg.monitoring import hj212
from ecoreg.monitoring._columns import _crcs

OUTLETS = 3_500
INTERVAL = 10
"""Minutes between two minute-data packets."""


def capture(outlets: int = OUTLETS, interval: int = INTERVAL) -> bytes:
    """The day's capture: segments built as text, their CRCs computed in bulk."""
    rng = np.random.default_rng(20261001)
    segments = []
    for minute in range(0, 1440, interval):
        when = f"20261001{minute // 60:02d}{minute % 60:02d}00"
        level = rng.uniform(5, 100, outlets)
        for i in range(outlets):
            v = level[i]
            body = (
                f"a34013-Avg={v * 0.1:.2f},a34013-Min={v * 0.09:.2f},a34013-Max={v * 0.11:.2f},"
                f"a34013-Flag=N;a21026-Avg={v:.2f},a21026-Min={v * 0.9:.2f},"
                f"a21026-Max={v * 1.1:.2f},a21026-Flag=N;a21002-Avg={v * 2:.2f},"
                f"a21002-Min={v * 1.8:.2f},a21002-Max={v * 2.2:.2f},a21002-Flag=N;"
                f"a00000-Avg={v / 50:.3f},a00000-Min={v / 60:.3f},a00000-Max={v / 40:.3f},"
                f"a00000-Cou={v * 12:.1f},a00000-Flag=N"
            )
            segments.append(
                f"QN={when}000;ST=31;CN=2051;PW=123456;MN=8888888{i:07d};Flag=4;"
                f"CP=&&DataTime={when};{body}&&".encode()
            )
    joined = b"".join(segments)
    lengths = np.fromiter((len(s) for s in segments), dtype=np.int64, count=len(segments))
    begins = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    crcs = _crcs(np.frombuffer(joined, dtype=np.uint8), begins, lengths)
    return b"".join(
        b"##%04d%s%04X\r\n" % (len(s), s, c) for s, c in zip(segments, crcs.tolist(), strict=True)
    )


def run() -> Result:
    """Time `read_capture` against a bare split of the same bytes."""
    data = capture()
    frames = data.count(b"##")
    readings = hj212.read_capture(data)
    if readings.packets != frames or readings.errors:
        message = f"{len(readings.errors)} of {frames} frames did not parse"
        raise RuntimeError(message)
    print(
        f"  {frames:,} frames, {len(data) / 1e6:,.0f} MB: {len(readings):,} factor rows of "
        f"{len(readings.stations):,} outlets, {len(readings.errors)} errors"
    )
    return Result(
        name="hj212: read a day's capture (length, CRC, values)",
        items=frames,
        seconds=best_of(3, lambda: hj212.read_capture(data)),
        baseline_name="bytes.split into frames",
        baseline_seconds=best_of(3, lambda: data.split(b"\r\n")),
    )
