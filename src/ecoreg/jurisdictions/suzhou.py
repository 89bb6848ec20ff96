"""Suzhou (苏州市), Jiangsu: feedback deadlines for automatic-monitoring alerts (seed)."""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, measure, seed
from ecoreg.jurisdictions.jiangsu import CODE as JIANGSU

__all__ = ["CODE", "DATA", "FEEDBACK_NOTE"]

CODE = "CN-JS-SZ"

FEEDBACK_NOTE = (
    "Suzhou practice reported in the seed (中国环境报, 2025: '面对“预警洪峰”…'): feedback within 4 "
    "hours for key pollutant discharge units and 48 hours for other enterprises; ecoreg adopts it "
    "as the national default."
)


DATA = layer(
    [jurisdiction(CODE, "苏州市", "Suzhou", "city", JIANGSU)],
    [
        measure(
            "cn-js-sz.alert-feedback",
            CODE,
            "苏州市自动监控预警反馈时限",
            "Suzhou feedback deadlines for automatic-monitoring alerts",
            "2025-01-01",
            {
                "id": "cn-js-sz.alert-feedback",
                "name_zh": "苏州市自动监控预警反馈时限（报道）",
                "name_en": "Suzhou alert feedback deadlines (as reported)",
                "issuer_zh": "苏州市生态环境局",
                "in_force": "2025-01-01",
            },
            {
                "alerts.response_hours_key_unit": seed(
                    4, FEEDBACK_NOTE + " Start date not in the sources."
                ),
                "alerts.response_hours_other": seed(
                    48, FEEDBACK_NOTE + " Start date not in the sources."
                ),
            },
        )
    ],
)
"""Suzhou: its measures as read-only policy data."""
