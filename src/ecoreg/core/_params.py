"""The parameters of the shared core: how legal periods end.

Each spec says what a valid value is; the registry (`ecoreg.core._registry`) gathers every
domain's specs, and keys start with this domain's prefixes.
"""

from __future__ import annotations

from decimal import Decimal

from ecoreg.core._parameters import Combination, ParameterSpec, ParamKind

__all__ = ["COMBINATIONS", "PREFIXES", "SPECS"]

_ONE = Decimal(1)

PREFIXES = ("period.",)
"""The key prefixes this domain owns."""


SPECS: tuple[ParameterSpec, ...] = (
    ParameterSpec(
        "period.working_day_periods",
        ParamKind.INT_LIST,
        "Period lengths, in days, that the Administrative Penalty Law counts as working days "
        "(行政处罚法 Art. 85: 2, 3, 5, 7).",
        minimum=_ONE,
        maximum=Decimal(30),
    ),
    ParameterSpec(
        "period.roll_last_day_to_working_day",
        ParamKind.BOOL,
        "Whether a calendar-day or month period whose last day is a day off ends on the next "
        "working day (民法典 Art. 203).",
    ),
)
"""The domain's parameters."""

COMBINATIONS: tuple[Combination, ...] = ()
"""Rules several of the domain's parameters obey together."""
