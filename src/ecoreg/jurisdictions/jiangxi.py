"""Jiangxi (江西省, CN-JX): whistleblower rewards as a share of the fine by report grade.

The provincial measure (办法, in force 2021-05-20): at most 4 %, 3 % or 2 % of the penalty by
the report's grade; at most 200,000 yuan; insiders' rewards × 200 %. Criminal cases without a
fine take a share of the statutory maximum (not encoded: ecoreg has no statutory maximum on a
report). Source: ``shared/domain/rewards.md`` §4 (M). The document's number was not retrieved;
the issuer (江西省生态环境厅) is inferred from the guidance, which asks provincial departments to
issue these rules.
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, measure, param
from ecoreg.jurisdictions._rewards import ADMINISTRATIVE, CRIMINAL, tier
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-JX"
_IN_FORCE = "2021-05-20"
_SRC = "江西省生态环境违法行为举报奖励办法 (2021-05-20), shared/domain/rewards.md §4 (M)"
_ALL = [*ADMINISTRATIVE, *CRIMINAL]

DATA = layer(
    [jurisdiction(CODE, "江西省", "Jiangxi", "province", NATIONAL)],
    [
        measure(
            "cn-jx.reporting-rewards",
            CODE,
            "江西省生态环境违法行为举报奖励办法",
            "Jiangxi whistleblower reward measure",
            _IN_FORCE,
            {
                "id": "cn-jx.reporting-rewards.2021",
                "name_zh": "江西省生态环境违法行为举报奖励办法",
                "name_en": "Jiangxi whistleblower reward measure",
                "issuer_zh": "江西省生态环境厅",
                "in_force": _IN_FORCE,
            },
            {
                "rewards.model": param("share", _SRC + ": a share of the penalty.", "local"),
                "rewards.tiers": param(
                    [
                        tier("jx-grade-1", 3, _ALL, grade="grade-1", share="0.04"),
                        tier("jx-grade-2", 2, _ALL, grade="grade-2", share="0.03"),
                        tier("jx-grade-3", 1, _ALL, grade="grade-3", share="0.02"),
                    ],
                    _SRC + ": ≤ 4 % / 3 % / 2 % by the report's grade; ecoreg pays the grade's "
                    "figure (the most the measure allows).",
                    "local",
                ),
                "rewards.share_maximum": param("200000", _SRC + ": at most 200,000.", "local"),
                "rewards.insider_multiplier": param("2", _SRC + ": insiders × 200 %.", "local"),
                "rewards.cap": param("200000", _SRC + ": at most 200,000.", "local"),
            },
        )
    ],
)
"""Jiangxi: its reward measure as read-only policy data."""
