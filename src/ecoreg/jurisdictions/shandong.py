"""Shandong (山东省): parent of Zibo; no province-wide measure encoded yet."""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-SD"

DATA = layer([jurisdiction(CODE, "山东省", "Shandong", "province", NATIONAL)], [])
"""Shandong: the jurisdiction only, as read-only policy data."""
