"""Chongqing (重庆市, CN-CQ): whistleblower rewards, 2025 edition.

渝环规〔2025〕1号 (市生态环境局 with 市公安局, January 2025): 34 conducts; 500 / 1,000 / 2,000
yuan when verified, by the conduct's class; 5 % of the fine where a penalty is imposed; up to
100,000 for a report that avoids or reveals a sudden environmental incident, by its grade;
anonymous and repeat reports rewarded. Source: ``shared/domain/rewards.md`` §4 (M+). The day
in force was not retrieved (January 2025): ecoreg uses 2025-01-01. The 2022 edition
(渝环规〔2022〕1号, max 10,000) is not encoded.
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, measure, param
from ecoreg.jurisdictions._rewards import ADMINISTRATIVE, CRIMINAL, tier
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-CQ"
_IN_FORCE = "2025-01-01"
_SRC = "渝环规〔2025〕1号 (shared/domain/rewards.md §4, M+)"
_VERIFIED = ["order_to_correct", "warning", *ADMINISTRATIVE, *CRIMINAL]

DATA = layer(
    [jurisdiction(CODE, "重庆市", "Chongqing", "province", NATIONAL)],
    [
        measure(
            "cn-cq.reporting-rewards",
            CODE,
            "重庆市生态环境违法行为举报奖励办法",
            "Chongqing whistleblower reward measure",
            _IN_FORCE,
            {
                "id": "cn-cq.reporting-rewards.2025",
                "name_zh": "重庆市生态环境违法行为举报奖励办法",
                "name_en": "Chongqing whistleblower reward measure (2025)",
                "number": "渝环规〔2025〕1号",
                "issuer_zh": "重庆市生态环境局、重庆市公安局",
                "in_force": _IN_FORCE,
            },
            {
                "rewards.anonymous_allowed": param(
                    True, _SRC + ": anonymous reports rewarded, with a payment method.", "local"
                ),
                "rewards.rewarding_outcomes": param(
                    [
                        *_VERIFIED,
                        "incident_avoided_general",
                        "incident_avoided_larger",
                        "incident_avoided_major",
                        "incident_avoided_especially_major",
                    ],
                    _SRC + ": a verified report of a listed conduct is rewarded.",
                    "local",
                ),
                "rewards.model": param("share", _SRC + ": 5 % of the fine.", "local"),
                "rewards.share": param("0.05", _SRC, "local"),
                "rewards.tiers": param(
                    [
                        tier(
                            "cq-class-1", 1, _VERIFIED, grade="class-1", amount="500", minimum="500"
                        ),
                        tier(
                            "cq-class-2",
                            1,
                            _VERIFIED,
                            grade="class-2",
                            amount="1000",
                            minimum="1000",
                        ),
                        tier(
                            "cq-class-3",
                            1,
                            _VERIFIED,
                            grade="class-3",
                            amount="2000",
                            minimum="2000",
                        ),
                        tier(
                            "cq-incident-general", 2, ["incident_avoided_general"], amount="10000"
                        ),
                        tier("cq-incident-larger", 3, ["incident_avoided_larger"], amount="20000"),
                        tier("cq-incident-major", 4, ["incident_avoided_major"], amount="50000"),
                        tier(
                            "cq-incident-especially-major",
                            5,
                            ["incident_avoided_especially_major"],
                            amount="100000",
                        ),
                    ],
                    _SRC + ": 500 / 1,000 / 2,000 by class; incidents up to 100,000 by grade. "
                    "Defaults: where a fine is imposed, 5 % of it but never less than the "
                    "class's fixed sum (the source does not say how the two meet); the incident "
                    "grades below 特别重大 (10,000 / 20,000 / 50,000) are ecoreg's, rising to the "
                    "source's 100,000.",
                    "local",
                ),
                "rewards.cap": param("100000", _SRC + ": up to 100,000.", "local"),
                "rewards.repeat_after_close": param(True, _SRC + ": 重复举报奖励.", "local"),
            },
        )
    ],
)
"""Chongqing: its reward measure as read-only policy data."""
