"""Tianjin (天津市): no penalty for a first, minor violation with a public apology (seed)."""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, seed
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-TJ"


DATA = layer(
    [jurisdiction(CODE, "天津市", "Tianjin", "province", NATIONAL)],
    [
        {
            "id": "cn-tj.first-minor-apology",
            "jurisdiction": CODE,
            "title_zh": "天津市生态环境首次轻微违法公开道歉承诺免罚机制",
            "title_en": "Tianjin: no penalty for first minor violations with a public apology",
            "versions": [
                {
                    "in_force_from": "2025-01-01",
                    "instrument": {
                        "id": "cn-tj.first-minor-apology.2025",
                        "name_zh": "天津市生态环境首次轻微违法公开道歉承诺免罚机制",
                        "name_en": "Tianjin first-minor-violation apology mechanism",
                        "issuer_zh": "天津市生态环境保护综合行政执法总队",
                        "in_force": "2025-01-01",
                    },
                    "parameters": {
                        "leniency.apology_first_minor_no_penalty": seed(
                            value=True,
                            note="Seed (2025-07): first-time minor violators who apologize "
                            "publicly and pledge to rectify are not penalized; 87 cases, "
                            "3.801 million yuan in the first half of the year. The start date "
                            "is not in the sources (taken as 2025-01-01).",
                        ),
                    },
                }
            ],
        }
    ],
)
"""Tianjin: its measures as read-only policy data."""
