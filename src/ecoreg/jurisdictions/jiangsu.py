"""Jiangsu (江苏省): parent of Suzhou; no province-wide measure encoded yet."""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-JS"

DATA = layer([jurisdiction(CODE, "江苏省", "Jiangsu", "province", NATIONAL)], [])
"""Jiangsu: the jurisdiction only, as read-only policy data."""
