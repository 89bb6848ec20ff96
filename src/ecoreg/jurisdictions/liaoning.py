"""Liaoning (辽宁省): parent of Yingkou; no province-wide measure encoded yet."""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-LN"

DATA = layer([jurisdiction(CODE, "辽宁省", "Liaoning", "province", NATIONAL)], [])
"""Liaoning: the jurisdiction only, as read-only policy data."""
