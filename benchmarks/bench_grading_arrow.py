"""Grading from Arrow (issue 26): validate + grade against grade-only, and a nation on one machine.

``python -m benchmarks grading-arrow`` grades 50,000 and 500,000 enterprises (ten events each)
three ways in the same run, each timed three times (best and spread printed):

* grade only: the columns already validated (`EnterpriseTable`, `EventTable`), the baseline;
* from Arrow: a pyarrow register and event table, every column checked, then graded;
* from plain lists: the register as Python lists (codes, permit classes) and the events as
  NumPy columns, as ``benchmarks/bench_grading.py`` gives them.

``python -m benchmarks grading-nation`` grades 3,300,000 enterprises with ten events each from
Arrow, with the next change, in a fresh process, and prints the time, the peak resident memory
and where the memory goes.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

import ecoreg
from benchmarks._harness import Result

if TYPE_CHECKING:
    from collections.abc import Callable

ON = dt.date(2026, 11, 1)
EVENTS_PER_ENTERPRISE = 10
NATION = 3_300_000
_EPOCH = dt.date(1970, 1, 1).toordinal()
_TYPES = np.array(["violation", "complaint", "alert", "disclosure", "credit", "positive_list"])


def _check_chars(bodies: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """GB 32100-2015 check characters of 17-character bodies (bytes), computed on columns."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    value = np.full(256, -1, dtype=np.int64)
    for i, c in enumerate(chars):
        value[ord(c)] = i
    weights = np.array([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
    total = value[bodies] @ weights
    table = np.frombuffer(chars.encode(), dtype=np.uint8)
    out: np.ndarray[Any, Any] = table[(31 - total % 31) % 31]
    return out


def arrow_province(n: int, seed: int) -> tuple[Any, Any]:
    """Seeded Arrow tables: n enterprises (valid credit codes) and ten events each.

    The same distributions as ``bench_grading.province``; built in chunks on narrow types, so
    that building the input does not set the process's peak memory.
    """
    import pyarrow as pa  # noqa: PLC0415 - the arrow extra

    rng = np.random.default_rng(seed)
    digits = np.frombuffer(b"0123456789", dtype=np.uint8)
    codes = np.empty((n, 18), dtype=np.uint8)
    codes[:, :8] = np.frombuffer(b"91610100", dtype=np.uint8)
    index = np.arange(n, dtype=np.int64)
    for k in range(9):
        codes[:, 16 - k] = digits[(index // 10**k) % 10]
    del index
    codes[:, 17] = _check_chars(codes[:, :17])
    offsets = np.arange(0, 18 * (n + 1), 18, dtype=np.int32)
    credit = pa.StringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(codes.tobytes()))
    del codes
    register = pa.table(
        {
            "credit_code": credit,
            "key_unit": rng.random(n) < 0.15,
            "permit_class": pa.DictionaryArray.from_arrays(
                pa.array(rng.choice(3, n, p=[0.15, 0.35, 0.5]).astype(np.int8)),
                pa.array(["key", "simplified", "registration"]),
            ),
            "drinking_water": rng.random(n) < 0.03,
            "other_sensitive": rng.random(n) < 0.1,
            "toxic": rng.random(n) < 0.08,
        }
    )
    m = n * EVENTS_PER_ENTERPRISE
    kind = np.empty(m, dtype=np.int8)
    value = np.empty(m, dtype=np.int8)
    day = np.empty(m, dtype=np.int32)
    step = 1 << 22
    for lo in range(0, m, step):
        size = min(step, m - lo)
        chunk_kind = rng.choice(6, size, p=[0.06, 0.1, 0.35, 0.44, 0.002, 0.048]).astype(np.int8)
        v = np.where(
            chunk_kind == 0, rng.choice(3, size, p=[0.6, 0.3, 0.1]), rng.random(size) < 0.7
        )
        kind[lo : lo + size] = chunk_kind
        value[lo : lo + size] = np.where(chunk_kind == 4, 1, v)
        day[lo : lo + size] = ON.toordinal() - _EPOCH - rng.integers(0, 3 * 365, size)
    events = pa.table(
        {
            "enterprise": pa.array(np.repeat(np.arange(n, dtype=np.int32), EVENTS_PER_ENTERPRISE)),
            "type": pa.DictionaryArray.from_arrays(pa.array(kind), pa.array(_TYPES)),
            "day": pa.array(day).cast(pa.date32()),
            "value": pa.array(value),
        }
    )
    return register, events


def _plain(register: Any, events: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The same data as plain columns: lists for the register, NumPy for the events."""
    enterprises = {
        "credit_code": register.column("credit_code").to_pylist(),
        "key_unit": register.column("key_unit").to_numpy(),
        "permit_class": register.column("permit_class").cast("string").to_pylist(),
        "drinking_water": register.column("drinking_water").to_numpy(),
        "other_sensitive": register.column("other_sensitive").to_numpy(),
        "toxic": register.column("toxic").to_numpy(),
    }
    event_columns = {
        "enterprise": events.column("enterprise").to_numpy().astype(np.int64),
        "type": events.column("type").combine_chunks().indices.to_numpy().astype(np.int64),
        "day": events.column("day").cast("int32").to_numpy().astype(np.int64) + _EPOCH,
        "value": events.column("value").to_numpy().astype(np.int64),
        "enterprises": register.num_rows,
    }
    return enterprises, event_columns


def timed(repeat: int, func: Callable[[], object]) -> tuple[float, float]:
    """The best of ``repeat`` runs and the spread (worst − best), in seconds."""
    runs = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        func()
        runs.append(time.perf_counter() - start)
    return min(runs), max(runs) - min(runs)


def _one_size(n: int, policy: ecoreg.Policy) -> tuple[float, float]:
    register, events = arrow_province(n, 20261101)
    plain_ents, plain_events = _plain(register, events)
    ents = ecoreg.EnterpriseTable.from_columns(**plain_ents)
    evs = ecoreg.EventTable.from_columns(**plain_events)
    arrow_batch = ecoreg.grade_batch(register, events, policy=policy, on=ON)
    plain_batch = ecoreg.grade_batch(ents, evs, policy=policy, on=ON)
    if not arrow_batch.to_arrow().equals(plain_batch.to_arrow()):
        raise SystemExit("grading from Arrow and from plain columns differ")

    def plain() -> None:
        ecoreg.grade_batch(
            ecoreg.EnterpriseTable.from_columns(**plain_ents),
            ecoreg.EventTable.from_columns(**plain_events),
            policy=policy,
            on=ON,
        )

    grade, grade_spread = timed(3, lambda: ecoreg.grade_batch(ents, evs, policy=policy, on=ON))
    arrow, arrow_spread = timed(
        3, lambda: ecoreg.grade_batch(register, events, policy=policy, on=ON)
    )
    listed, listed_spread = timed(3, plain)
    print(
        f"  {n:,} enterprises x {EVENTS_PER_ENTERPRISE} events: "
        f"grade only {grade:.3f} s (spread {grade_spread:.3f}); "
        f"Arrow validate + grade {arrow:.3f} s (spread {arrow_spread:.3f}) = "
        f"{arrow / grade:.2f}x grade only; "
        f"plain lists validate + grade {listed:.3f} s (spread {listed_spread:.3f}) = "
        f"{listed / arrow:.2f}x the Arrow time",
        flush=True,
    )
    return arrow, grade


def run() -> Result:
    """Arrow validate + grade against grade only, on 50,000 and 500,000 enterprises."""
    policy = ecoreg.standard_policy_book().resolve("CN-SN", ON)
    _one_size(50_000, policy)
    arrow, grade = _one_size(500_000, policy)
    return Result(
        name="grading-arrow: validate + grade 500,000 enterprises from Arrow (10 events each)",
        items=500_000,
        seconds=arrow,
        baseline_name="grading the validated columns only",
        baseline_seconds=grade,
    )


def _rss_mb() -> float:
    """The resident memory now (MB), from /proc."""
    pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    return pages * resource.getpagesize() / 2**20


def nation_child(n: int) -> None:
    """In a fresh process: build the Arrow input, grade it, print the figures as JSON."""
    import pyarrow as pa  # noqa: PLC0415 - the arrow extra

    pa.set_cpu_count(1)  # one core: Arrow's compute runs on this thread only
    pa.set_io_thread_count(1)
    policy = ecoreg.standard_policy_book().resolve("CN-SN", ON)
    ecoreg.grade_batch(*arrow_province(100, 1), policy=policy, on=ON)  # load the code once
    register, events = arrow_province(n, 20261101)
    gc.collect()
    before = _rss_mb()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, cpu = time.perf_counter(), time.process_time()
    batch = ecoreg.grade_batch(register, events, policy=policy, on=ON, next_change=True)
    graded, graded_cpu = time.perf_counter() - start, time.process_time() - cpu
    out = batch.to_arrow()
    total = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    held = {
        "enterprise columns": sum(
            a.nbytes
            for a in (
                batch.enterprises.key_unit,
                batch.enterprises.permit,
                batch.enterprises.drinking_water,
                batch.enterprises.other_sensitive,
                batch.enterprises.toxic,
            )
        )
        + 18 * len(batch.enterprises),
        "result columns": sum(
            getattr(batch, c).nbytes
            for c in (
                "credit_score",
                "credit_level",
                "risk_score",
                "risk_level",
                "grade",
                "colour",
                "positive_list_eligible",
                "next_change",
            )
        ),
    }
    print(
        json.dumps(
            {
                "enterprises": n,
                "events": events.num_rows,
                "grade_seconds": graded,
                "grade_cpu_seconds": graded_cpu,
                "with_to_arrow_seconds": total,
                "rss_before_mb": before,
                "peak_before_grading_mb": peak_before,
                "peak_mb": peak,
                "arrow_input_mb": (register.nbytes + events.nbytes) / 2**20,
                "arrow_output_mb": out.nbytes / 2**20,
                "arrow_pool_peak_mb": pa.default_memory_pool().max_memory() / 2**20,
                "held_mb": {k: v / 2**20 for k, v in held.items()},
                "grades": np.bincount(batch.grade, minlength=4).tolist(),
                "with_next_change": int((batch.next_change >= 0).sum()),
            }
        )
    )


def run_nation() -> Result:
    """3,300,000 enterprises x 10 events from Arrow, with next_change, in a fresh process."""
    results = []
    for _ in range(3):
        child = subprocess.run(  # noqa: S603 - this interpreter on this module
            [sys.executable, "-m", "benchmarks.bench_grading_arrow", str(NATION)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
        r = results[-1]
        print(
            f"  run {len(results)}: {r['enterprises']:,} enterprises, {r['events']:,} events: "
            f"graded in {r['grade_seconds']:.2f} s wall, {r['grade_cpu_seconds']:.2f} s CPU "
            f"({r['with_to_arrow_seconds']:.2f} s with "
            f"to_arrow); peak RSS {r['peak_mb']:,.0f} MB (input built: {r['rss_before_mb']:,.0f}"
            f" MB resident, of which Arrow input {r['arrow_input_mb']:,.0f} MB; Arrow pool peak "
            f"{r['arrow_pool_peak_mb']:,.0f} MB; output {r['arrow_output_mb']:,.0f} MB)",
            flush=True,
        )
    best = min(results, key=lambda r: r["grade_seconds"])
    spread = max(r["grade_seconds"] for r in results) - best["grade_seconds"]
    peaks = [r["peak_mb"] for r in results]
    print(
        f"  best {best['grade_seconds']:.2f} s, spread {spread:.2f} s; peak RSS "
        f"{min(peaks):,.0f}-{max(peaks):,.0f} MB; grades A-D {best['grades']}; "
        f"{best['with_next_change']:,} with a next change"
    )
    return Result(
        name=f"grading-nation: {NATION:,} enterprises x 10 events from Arrow, with next_change",
        items=NATION,
        seconds=best["grade_seconds"],
        baseline_name="the 10 s target",
        baseline_seconds=10.0,
    )


if __name__ == "__main__":
    nation_child(int(sys.argv[1]))
