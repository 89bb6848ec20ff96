"""Guangzhou (广州市), Guangdong: the firm checks itself first on an alert ("预警+预约", seed)."""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, measure, seed
from ecoreg.jurisdictions.guangdong import CODE as GUANGDONG

__all__ = ["CODE", "DATA"]

CODE = "CN-GD-GZ"


DATA = layer(
    [jurisdiction(CODE, "广州市", "Guangzhou", "city", GUANGDONG)],
    [
        measure(
            "cn-gd-gz.alert-self-check",
            CODE,
            "广州市“预警+预约”企业自查",
            "Guangzhou 'alert + appointment': the firm checks itself first",
            "2025-01-01",
            {
                "id": "cn-gd-gz.alert-self-check",
                "name_zh": "广州市生态环境局“预警+预约”执法（报道）",
                "name_en": "Guangzhou alert-and-appointment enforcement (as reported)",
                "issuer_zh": "广州市生态环境局",
                "in_force": "2025-01-01",
            },
            {
                "alerts.self_check_hours": seed(
                    24,
                    "Seed (中国环境报, 2025-10-21): on a high-VOCs alert the firm is invited "
                    "to "
                    "diagnose itself before enforcement. The length of the window is not "
                    "reported; ecoreg uses 24 hours. Start date not in the sources.",
                ),
            },
        )
    ],
)
"""Guangzhou: its measures as read-only policy data."""
