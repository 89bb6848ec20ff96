"""The parameters of inspection planning and inspection codes.

Each spec says what a valid value is; the registry (`ecoreg.core._registry`) gathers every
domain's specs, and keys start with this domain's prefixes.
"""

from __future__ import annotations

from decimal import Decimal

from ecoreg.core._parameters import Combination, ParameterSpec, ParamKind

__all__ = ["COMBINATIONS", "PREFIXES", "SPECS"]

PREFIXES = ("inspections.",)
"""The key prefixes this domain owns."""

_ONE = Decimal(1)


SPECS: tuple[ParameterSpec, ...] = (
    ParameterSpec(
        "inspections.refuse_unplanned",
        ParamKind.BOOL,
        "Refuse an untriggered on-site inspection that is not in the approved annual plan "
        "(凡检查必审批).",
    ),
    ParameterSpec(
        "inspections.triggered_always_allowed",
        ParamKind.BOOL,
        "A triggered inspection (触发式检查: a complaint, an alert, a referral, an accident) needs "
        "no annual plan and is never refused for a yearly cap; it still counts toward the cap.",
    ),
    ParameterSpec(
        "inspections.joint_inspection",
        ParamKind.BOOL,
        "Merge the overlapping tasks of several departments for one firm into one visit "
        "(一次进门、全面体检); without it, only a department's own tasks merge.",
    ),
    ParameterSpec(
        "inspections.code_valid_days",
        ParamKind.INT,
        "Days an inspection code stays valid, from the visit's day (检查码).",
        minimum=_ONE,
        maximum=Decimal(31),
    ),
)
"""The domain's parameters."""

COMBINATIONS: tuple[Combination, ...] = ()
"""Rules several of the domain's parameters obey together."""
