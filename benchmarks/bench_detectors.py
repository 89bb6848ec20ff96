"""All detectors over one day of minute data for 3,400 outlets (about 4.9 million points).

Baseline: a plain NumPy pass computing the per-slot variance of the same
matrix (``values.reshape(n, slots, 60).var(axis=2)``), in the same run.
The detectors run over the outlet matrix with each point's HJ 212 flag (stopped plants
and a maintenance window are not judged) and, for the inlet/outlet check, over a matching
inlet matrix.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

import ecoreg
from benchmarks._harness import Result, best_of

OUTLETS = 3_400
MINUTES = 1_440


def run() -> Result:
    """Time every detector against the plain per-slot variance."""
    rng = np.random.default_rng(20261001)
    level = rng.uniform(5, 100, (OUTLETS, 1))
    hourly = 1 + 0.1 * rng.standard_normal((OUTLETS, 24)).repeat(60, axis=1)  # process drift
    outlet = level * hourly * (1 + 0.03 * rng.standard_normal((OUTLETS, MINUTES)))
    outlet[::60, 300:900] = level[::60]  # piped sample (挂瓶)
    outlet[7::113, 200:500] = 0.0
    outlet[11::71, 600:1100] = np.nan
    # The inlet drifts on its own, so removal efficiency varies hour to hour as in real plants.
    inlet_hourly = 1 + 0.1 * rng.standard_normal((OUTLETS, 24)).repeat(60, axis=1)
    inlet = 3 * level * inlet_hourly * (1 + 0.03 * rng.standard_normal((OUTLETS, MINUTES)))
    inlet[5::200] = outlet[5::200] * 1.5  # a constant ratio: a fabricated inlet
    # HJ 212 flags: stopped plants (F) and a maintenance window (M); everything else normal.
    flags = np.full((OUTLETS, MINUTES), "N", dtype="U1")
    flags[3::97] = "F"
    flags[13::89, 480:540] = "M"
    policy = ecoreg.standard_policy_book().resolve("CN-SD-ZB", dt.date(2026, 10, 1))
    settings = ecoreg.DetectorSettings.of(policy)

    def baseline() -> None:
        outlet.reshape(OUTLETS, MINUTES // 60, 60).var(axis=2)

    def detectors() -> None:
        ecoreg.detect(outlet, settings=settings, flags=flags)
        ecoreg.detect_ratio(inlet, outlet, settings=settings, outlet_flags=flags)

    found = ecoreg.detect(outlet, settings=settings, flags=flags)
    ratio = ecoreg.detect_ratio(inlet, outlet, settings=settings, outlet_flags=flags)
    print(
        f"  {OUTLETS:,} outlets: {int(found.flat.sum())} flat, {int(found.zero.sum())} zero runs, "
        f"{int((found.longest_gap_minutes > 0).sum())} with gaps, {int(found.sudden_rise.sum())} "
        f"sudden rises, {int(ratio.implausible.sum())} implausible ratios"
    )
    return Result(
        name="detectors with HJ 212 flags: flat, runs, gaps, rises, inlet/outlet",
        items=OUTLETS * MINUTES,
        seconds=best_of(5, detectors),
        baseline_name="NumPy per-slot variance",
        baseline_seconds=best_of(5, baseline),
    )
