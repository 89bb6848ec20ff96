"""The parameters of the detectors and of monitoring outages.

Each spec says what a valid value is; the registry (`ecoreg.core._registry`) gathers every
domain's specs, and keys start with this domain's prefixes.
"""

from __future__ import annotations

from decimal import Decimal

from ecoreg.core._parameters import Combination, ParameterSpec, ParamKind

__all__ = ["COMBINATIONS", "PREFIXES", "SPECS"]

PREFIXES = ("detectors.", "outage.")
"""The key prefixes this domain owns."""

_ZERO = Decimal(0)
_ONE = Decimal(1)


SPECS: tuple[ParameterSpec, ...] = (
    ParameterSpec(
        "detectors.slot_minutes",
        ParamKind.INT,
        "Length of the time slots whose variance is examined.",
        minimum=Decimal(2),
        maximum=Decimal(1440),
    ),
    ParameterSpec(
        "detectors.flat_relative_std",
        ParamKind.DECIMAL,
        "A slot is flat when its standard deviation is below this share of its mean's size.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "detectors.flat_absolute_std",
        ParamKind.DECIMAL,
        "…or below this absolute standard deviation (for means near zero).",
        minimum=_ZERO,
    ),
    ParameterSpec(
        "detectors.flat_min_slots",
        ParamKind.INT,
        "Flat slots in a series that make it a flat-data (挂瓶) signal.",
        minimum=_ONE,
        maximum=Decimal(1440),
    ),
    ParameterSpec(
        "detectors.constant_run_minutes",
        ParamKind.INT,
        "A run of identical values this long is a constant-data signal.",
        minimum=Decimal(2),
        maximum=Decimal(100000),
    ),
    ParameterSpec(
        "detectors.zero_run_minutes",
        ParamKind.INT,
        "A run of zeros this long is a zero-data signal.",
        minimum=_ONE,
        maximum=Decimal(100000),
    ),
    ParameterSpec(
        "detectors.sudden_rise_factor",
        ParamKind.DECIMAL,
        "A slot whose mean is at least this multiple of the previous slot's is a sudden rise.",
        minimum=_ONE,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "detectors.sudden_rise_min_delta",
        ParamKind.DECIMAL,
        "…and at least this much higher in absolute terms.",
        minimum=_ZERO,
    ),
    ParameterSpec(
        "detectors.ratio_constant_std",
        ParamKind.DECIMAL,
        "A removal ratio (1 - outlet / inlet) whose standard deviation across slots is below "
        "this is implausibly constant.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "outage.manual_testing_hours",
        ParamKind.INT,
        "After an outage this long, manual testing is required (Zibo Art. 23: 24).",
        minimum=_ONE,
        maximum=Decimal(8760),
    ),
    ParameterSpec(
        "outage.backup_equipment_hours",
        ParamKind.INT,
        "After an outage this long, backup equipment is required (Zibo Art. 23: 72).",
        minimum=_ONE,
        maximum=Decimal(8760),
    ),
)
"""The domain's parameters."""

COMBINATIONS: tuple[Combination, ...] = ()
"""Rules several of the domain's parameters obey together."""
