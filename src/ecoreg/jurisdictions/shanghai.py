"""Shanghai (上海市, CN-SH): parent of Xuhui; its whistleblower reward measure (2018).

《上海市生态环境违法行为举报奖励办法》, 2018 revision in force 2018-06-05: three tiers,
500–5,000; 5,000–20,000; up to 50,000; insider reports rated at the top of their tier;
accept or reject within 2 working days, reply with the result within 60 working days.
Source: ``shared/domain/rewards.md`` §3–4 (H for the tiers, M for the periods). A later
revision (1–2 % of the fine, up to 500,000) is known only without its date and is not encoded.
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import default, jurisdiction, layer, measure, param
from ecoreg.jurisdictions._rewards import COERCIVE, CRIMINAL, tier
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-SH"
_IN_FORCE = "2018-06-05"
_SRC = "上海市生态环境违法行为举报奖励办法 (2018 revision), shared/domain/rewards.md §4 (H)"

DATA = layer(
    [jurisdiction(CODE, "上海市", "Shanghai", "province", NATIONAL)],
    [
        measure(
            "cn-sh.reporting-rewards",
            CODE,
            "上海市生态环境违法行为举报奖励办法",
            "Shanghai whistleblower reward measure",
            _IN_FORCE,
            {
                "id": "cn-sh.reporting-rewards.2018",
                "name_zh": "上海市生态环境违法行为举报奖励办法",
                "name_en": "Shanghai whistleblower reward measure (2018 revision)",
                "issuer_zh": "上海市生态环境局",
                "in_force": _IN_FORCE,
            },
            {
                "rewards.model": param("tier", _SRC + ": three tiers.", "local"),
                "rewards.tiers": default(
                    [
                        tier("sh-1", 1, ["fine"], amount="500", maximum="5000"),
                        tier("sh-2", 2, COERCIVE, amount="5000", maximum="20000"),
                        tier(
                            "sh-3",
                            3,
                            [
                                *CRIMINAL,
                                "incident_avoided_major",
                                "incident_avoided_especially_major",
                            ],
                            amount="20000",
                            maximum="50000",
                        ),
                    ],
                    _SRC + ": 500–5,000; 5,000–20,000; up to 50,000. Which outcomes fall in "
                    "which tier was not retrieved: ecoreg puts a fine in the first, coercive "
                    "measures and detention in the second, criminal steps and avoided major "
                    "incidents in the third, and pays a tier's lower figure unless the report "
                    "is a key lead or an insider's (then its upper figure).",
                ),
                "rewards.insider_top_of_band": param(
                    True, _SRC + ": insider reports rated at the top of the band.", "local"
                ),
                "rewards.cap": param("50000", _SRC + ": up to 50,000.", "local"),
                "rewards.feedback_working_days": param(
                    60, _SRC + ": reply with the result within 60 working days.", "local"
                ),
            },
        )
    ],
)
"""Shanghai: its reward measure as read-only policy data."""
