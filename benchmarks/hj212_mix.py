"""HJ 212 captures for the benchmark and the agreement tests: canonical frames and the field's mix.

`canonical` is a province's day of minute data as the standard writes it (one shape, four
factors). `field` is shaped like real station traffic (issue 23: ~36,000 frames of ~290 Hebei
stations, 61 % of them refused before): many stations, each with its own data logger's habits,

* 17-digit times ``yyyyMMddHHmmsszzz`` (most of the refused real frames) and 14-digit ones;
* HJ/T 212-2005 payloads (no ``Flag``, often no ``QN``) with 2005 codes (``01``, ``02``, ``B02``,
  ``S01``, ``011``, ``060`` …) beside HJ 212-2017 stations;
* converted values (``ZsRtd``, ``ZsAvg`` …, some as ``Zs-Rtd``), running states (``SB1-RS``),
  a vendor's own kinds (``-Ma``, ``-Lo``), a lowercase CRC, an ST outside the standard (99);
* real-time (2011) every minute, minute (2051) every 10 minutes, hour (2061) and daily (2031)
  data, running state (2021), and status and control traffic: time uploads (1011), request
  answers and results (9011, 9012), data answers (9014), restarts (2081), a vendor's 8013;
* a few broken frames (a length that does not match, a CRC that does not, a cut frame) and
  now and then an extra CRLF between frames.

Everything is drawn from a seeded generator: the same arguments give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from ecoreg.monitoring._columns import _crcs

__all__ = ["canonical", "field"]

_AIR = (  # 2017 code, 2005 code, level, converted
    ("a21026", "02", 35.0, True),
    ("a21002", "03", 80.0, True),
    ("a34013", "01", 8.0, True),
    ("a19001", "S01", 9.5, False),
    ("a01012", "S03", 95.0, False),
    ("a00000", "B02", 60.0, False),
)
_WATER = (
    ("w01018", "011", 40.0, False),
    ("w21003", "060", 3.0, False),
    ("w21011", "101", 0.4, False),
    ("w01001", "001", 7.2, False),
    ("w00000", "B01", 12.0, False),
)
_FLOWS = ("a00000", "w00000")


def framed(segments: list[bytes], *, lower: list[bool] | None = None) -> list[bytes]:
    """The frames of the segments (their CRCs computed in bulk), in lowercase hex where asked."""
    joined = b"".join(segments)
    lengths = np.fromiter((len(s) for s in segments), dtype=np.int64, count=len(segments))
    begins = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    crcs = _crcs(np.frombuffer(joined, dtype=np.uint8), begins, lengths).tolist()
    cases = lower or [False] * len(segments)
    return [
        b"##%04d%s%s\r\n" % (len(s), s, (b"%04x" if low else b"%04X") % c)
        for s, c, low in zip(segments, crcs, cases, strict=True)
    ]


def canonical(outlets: int = 3_500, interval: int = 10) -> bytes:
    """A day of minute data (CN=2051) from ``outlets`` outlets every ``interval`` minutes.

    Four factors with Avg, Min, Max, a flow total and flags, about 370 bytes a frame, every
    frame in the standard's own shape (HJ 212-2017, 14-digit times, 2017 codes).
    """
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
    return b"".join(framed(segments))


@dataclass(frozen=True)
class _Station:
    """One station's data logger and its habits."""

    mn: str
    st: str
    flag: str | None
    qn: bool
    millis: bool
    old_codes: bool
    converted: str | None
    vendor: bool
    lower: bool
    running: bool
    factors: tuple[tuple[str, str, float, bool], ...]


def _stations(count: int, rng: np.random.Generator) -> list[_Station]:
    out = []
    for i in range(count):
        air = rng.random() < 0.6
        old = rng.random() < 0.12
        draw = rng.random()
        flag = None if old else ("4" if draw < 0.6 else "5" if draw < 0.9 else "8")
        factors = _AIR if air else _WATER
        take = int(rng.integers(3, len(factors) + 1))
        out.append(
            _Station(
                mn=f"{0x010000A89000 + i:012X}{int(rng.integers(0, 16**12)):012X}",
                st="99" if rng.random() < 0.03 else ("31" if air else "32"),
                flag=flag,
                qn=not old or rng.random() < 0.5,
                millis=rng.random() < 0.6,
                old_codes=old,
                converted=(
                    ("Zs-" if rng.random() < 0.2 else "Zs") if air and rng.random() < 0.7 else None
                ),
                vendor=rng.random() < 0.05,
                lower=rng.random() < 0.05,
                running=rng.random() < 0.3,
                factors=factors[:take],
            )
        )
    return out


def _time(when: dt.datetime, station: _Station, ms: int) -> str:
    text = when.strftime("%Y%m%d%H%M%S")
    return f"{text}{ms:03d}" if station.millis else text


def _segment(station: _Station, cn: str, qn: str, cp: str, st: str | None = None) -> bytes:
    head = f"QN={qn};" if station.qn else ""
    flag = f"Flag={station.flag};" if station.flag is not None else ""
    return (
        f"{head}ST={st or station.st};CN={cn};PW=123456;MN={station.mn};{flag}CP=&&{cp}&&"
    ).encode()


def _data(station: _Station, kinds: tuple[str, ...], level: float, rng: np.random.Generator) -> str:
    parts = []
    for code, old, base, converts in station.factors:
        name = old if station.old_codes else code
        v = base * level * float(rng.uniform(0.9, 1.1))
        fields = [
            f"{name}-{kind}={v * scale:.2f}"
            for kind, scale in zip(kinds, (1, 0.9, 1.1)[: len(kinds)], strict=True)
        ]
        if code in _FLOWS and kinds[0] == "Avg":
            fields.append(f"{name}-Cou={v * 60:.1f}")
        if converts and station.converted is not None:
            fields += [
                f"{name}-{station.converted}{kind}={v * 1.4 * scale:.2f}"
                for kind, scale in zip(kinds, (1, 0.9, 1.1)[: len(kinds)], strict=True)
            ]
        if station.vendor:
            fields += [f"{name}-Ma={base * 10:.0f}", f"{name}-Lo=0"]
        fields.append(f"{name}-Flag={'N' if rng.random() < 0.97 else 'M'}")
        parts.append(",".join(fields))
    return ";".join(parts)


def field(stations: int = 2_000, minutes: int = 120, seed: int = 23) -> bytes:
    """Real-time, minute, hour and daily data and status traffic of ``stations`` stations over
    ``minutes`` minutes from 2026-10-01 08:00, interleaved as a receiver logs it.

    About 150 frames per station and 2 hours (a 2,000-station, 2-hour capture has ~300,000
    frames); 0.5 % of them are broken.
    """
    rng = np.random.default_rng(seed)
    fleet = _stations(stations, rng)
    start = dt.datetime(2026, 10, 1, 8, 0)  # noqa: DTZ001 - a data time, Asia/Shanghai
    segments: list[bytes] = []
    lower: list[bool] = []
    for minute in range(minutes):
        when = start + dt.timedelta(minutes=minute)
        level = 1 + 0.2 * np.sin(minute / 90)
        for s in fleet:
            ms = int(rng.integers(0, 1000))
            qn = when.strftime("%Y%m%d%H%M%S") + f"{ms:03d}"
            out = [
                _segment(
                    s, "2011", qn, f"DataTime={_time(when, s, ms)};{_data(s, ('Rtd',), level, rng)}"
                )
            ]
            if s.running and minute % 5 == 0:
                out.append(
                    _segment(s, "2021", qn, f"DataTime={_time(when, s, 0)};SB1-RS=1;SB2-RS=0")
                )
            if minute % 10 == 0:
                period = when - dt.timedelta(minutes=10)
                cp = f"DataTime={_time(period, s, 0)};{_data(s, ('Avg', 'Min', 'Max'), level, rng)}"
                out.append(_segment(s, "2051", qn, cp))
                if s.flag == "5":
                    out.append(_segment(s, "9014", qn, "", st="91"))
            if minute % 60 == 0:
                hour = when - dt.timedelta(hours=1)
                cp = f"DataTime={_time(hour, s, 0)};{_data(s, ('Avg', 'Min', 'Max'), level, rng)}"
                out.append(_segment(s, "2061", qn, cp))
                out.append(_segment(s, "1011", qn, f"SystemTime={_time(when, s, ms)}"))
                out.append(_segment(s, "9011", qn, "QnRtn=1", st="91"))
                out.append(_segment(s, "9012", qn, "ExeRtn=1", st="91"))
            if minute == 0:
                day = (when - dt.timedelta(days=1)).replace(hour=0)
                cp = f"DataTime={_time(day, s, 0)};{_data(s, ('Avg', 'Min', 'Max'), level, rng)}"
                out.append(_segment(s, "2031", qn, cp))
                if rng.random() < 0.1:
                    out.append(
                        _segment(
                            s,
                            "2081",
                            qn,
                            f"DataTime={_time(when, s, 0)};RestartTime={_time(when, s, 0)}",
                        )
                    )
            if rng.random() < 0.002:
                out.append(_segment(s, "8013", qn, ""))
            segments += out
            lower += [s.lower] * len(out)
    frames = framed(segments, lower=lower)
    return b"".join(_damaged(frames, rng))


def _damaged(frames: list[bytes], rng: np.random.Generator) -> list[bytes]:
    """The frames with 0.5 % broken (CRC, length, cut) and 2 % followed by an extra CRLF."""
    draws = rng.random(len(frames))
    out = []
    for sent, draw in zip(frames, draws.tolist(), strict=True):
        frame = sent
        if draw < 0.002:  # a byte of the data segment changed: the CRC does not match
            at = 10 + int(draw * 1e6) % max(len(frame) - 20, 1)
            frame = frame[:at] + (b"0" if frame[at : at + 1] != b"0" else b"1") + frame[at + 1 :]
        elif draw < 0.004:  # the length is one more than the data segment
            frame = b"##%04d" % (int(frame[2:6]) + 1) + frame[6:]
        elif draw < 0.005:  # cut short (a lost packet)
            frame = frame[: len(frame) // 2] + b"\r\n"
        elif draw < 0.025:
            frame += b"\r\n"
        out.append(frame)
    return out
