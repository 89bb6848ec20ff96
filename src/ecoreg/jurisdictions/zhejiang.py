"""Zhejiang (浙江省, CN-ZJ): whistleblower rewards, a share of the fine and stage bonuses.

《浙江省生态环境违法行为举报奖励办法》(生态环境厅 + 财政厅, issued December 2020, in force
2021-01-01): 5 % of the fine, at most 100,000 yuan; 5,000 when the police detain, 10,000 for
criminal measures with arrest, 10,000 for a guilty verdict, added together; a one-off award of
up to 500,000 with the government's approval. Source: ``shared/domain/rewards.md`` §4 (H).
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, measure, param
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-ZJ"

_SRC = "《浙江省生态环境违法行为举报奖励办法》(2021), as summarised in shared/domain/rewards.md §4."

DATA = layer(
    [jurisdiction(CODE, "浙江省", "Zhejiang", "province", NATIONAL)],
    [
        measure(
            "cn-zj.reporting-rewards",
            CODE,
            "浙江省生态环境违法行为举报奖励办法",
            "Zhejiang whistleblower reward measure",
            "2021-01-01",
            {
                "id": "cn-zj.reporting-rewards.2021",
                "name_zh": "浙江省生态环境违法行为举报奖励办法",
                "name_en": "Zhejiang whistleblower reward measure",
                "issuer_zh": "浙江省生态环境厅、浙江省财政厅",
                "in_force": "2021-01-01",
            },
            {
                "rewards.model": param("share", _SRC + " 5 % of the fine.", "local"),
                "rewards.share": param("0.05", _SRC, "local"),
                "rewards.share_maximum": param("100000", _SRC + " At most 100,000.", "local"),
                "rewards.stage_bonuses": param(
                    [
                        {
                            "id": "police-detention",
                            "outcome": "administrative_detention",
                            "amount": "5000",
                        },
                        {"id": "arrest", "outcome": "arrest", "amount": "10000"},
                        {"id": "verdict", "outcome": "conviction", "amount": "10000"},
                    ],
                    _SRC + " Police detention 5,000; criminal measures with arrest 10,000; a "
                    "guilty verdict 10,000; stackable. ecoreg reads 公安拘留 as administrative "
                    "detention.",
                    "local",
                ),
                "rewards.special_cap": param("500000", _SRC + " One-off, approval.", "local"),
            },
        )
    ],
)
"""Zhejiang: its reward measure as read-only policy data."""
