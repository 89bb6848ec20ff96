"""Shanghai (上海市): parent of Xuhui; no city-wide measure encoded yet."""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-SH"

DATA = layer([jurisdiction(CODE, "上海市", "Shanghai", "province", NATIONAL)], [])
"""Shanghai: the jurisdiction only, as read-only policy data."""
