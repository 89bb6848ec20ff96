"""Dazhou (达州市, CN-SC-DZ), Sichuan: the city's reward measure (2025 edition).

《达州市生态环境违法行为举报奖励办法(2025年版)》: 500 to 50,000 yuan; 14 listed conducts
500–1,000; fines in six grades 500–10,000; a report that avoided a sudden environmental
incident 5,000–50,000 by the incident's grade (中国改革报, reported 2025-07-21; M). The
measure's day in force was not retrieved: ecoreg uses the day of the report that it had been
issued. The provincial tiers and the ±50 % adjustment stay in force.
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import default, jurisdiction, layer, measure, param
from ecoreg.jurisdictions._rewards import tier
from ecoreg.jurisdictions.sichuan import CODE as SICHUAN

__all__ = ["CODE", "DATA"]

CODE = "CN-SC-DZ"
_IN_FORCE = "2025-07-21"
_SRC = "达州市生态环境违法行为举报奖励办法(2025年版), 中国改革报 2025-07-21 (M)"

DATA = layer(
    [jurisdiction(CODE, "达州市", "Dazhou", "city", SICHUAN)],
    [
        measure(
            "cn-sc-dz.reporting-rewards",
            CODE,
            "达州市生态环境违法行为举报奖励办法(2025年版)",
            "Dazhou whistleblower reward measure (2025 edition)",
            _IN_FORCE,
            {
                "id": "cn-sc-dz.reporting-rewards.2025",
                "name_zh": "达州市生态环境违法行为举报奖励办法(2025年版)",
                "name_en": "Dazhou whistleblower reward measure (2025 edition)",
                "issuer_zh": "达州市生态环境局",
                "in_force": _IN_FORCE,
            },
            {
                "rewards.tiers": default(
                    [
                        tier("dz-incident-general", 8, ["incident_avoided_general"], amount="5000"),
                        tier("dz-incident-larger", 9, ["incident_avoided_larger"], amount="10000"),
                        tier("sc-7-incident", 10, ["incident_avoided_major"], amount="20000"),
                        tier(
                            "dz-incident-especially-major",
                            11,
                            ["incident_avoided_especially_major"],
                            amount="50000",
                        ),
                    ],
                    _SRC + ": avoided incidents 5,000–50,000 by grade. The ends are the "
                    "source's (一般 5,000, 特别重大 50,000); 较大 10,000 and 重大 20,000 are "
                    "ecoreg's defaults between them. The city's table replaces the province's "
                    "incident tier (same id).",
                ),
                "rewards.cap": param("50000", _SRC + ": 500元至50000元.", "local"),
            },
        )
    ],
)
"""Dazhou: its reward measure as read-only policy data."""
