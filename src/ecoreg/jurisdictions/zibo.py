"""Zibo (淄博市), Shandong: handling outages of automatic monitoring (local regulation Art. 23)."""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, measure
from ecoreg.jurisdictions.shandong import CODE as SHANDONG

__all__ = ["CODE", "DATA"]

CODE = "CN-SD-ZB"


DATA = layer(
    [jurisdiction(CODE, "淄博市", "Zibo", "city", SHANDONG)],
    [
        measure(
            "cn-sd-zb.monitoring-outage",
            CODE,
            "淄博市自动监控设备故障处置",
            "Zibo: handling outages of automatic monitoring",
            "2021-07-15",
            {
                "id": "cn-sd-zb.monitoring-regulation",
                "name_zh": "淄博市自动监控地方性法规",
                "name_en": "Zibo local regulation on automatic monitoring",
                "issuer_zh": "淄博市人民代表大会常务委员会",
                "in_force": "2021-07-15",
            },
            {
                "outage.manual_testing_hours": {
                    "value": 24,
                    "basis": "local",
                    "article": 23,
                    "note": "Zibo regulation Art. 23 (second-hand): manual testing after a "
                    "24-hour outage. Title and date not in ecoreg's sources.",
                },
                "outage.backup_equipment_hours": {
                    "value": 72,
                    "basis": "local",
                    "article": 23,
                    "note": "Zibo regulation Art. 23 (second-hand): backup equipment after 72 "
                    "hours. Title and date not in ecoreg's sources.",
                },
            },
        )
    ],
)
"""Zibo: its measures as read-only policy data."""
