"""Guangdong (广东省): parent of Dongguan and Guangzhou; no province-wide measure encoded yet."""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-GD"

DATA = layer([jurisdiction(CODE, "广东省", "Guangdong", "province", NATIONAL)], [])
"""Guangdong: the jurisdiction only, as read-only policy data."""
