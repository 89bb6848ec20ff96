"""Jiangsu (江苏省, CN-JS): parent of Suzhou; its whistleblower reward rules.

《江苏省保护和奖励生态环境违法行为举报人的若干规定》苏环办〔2021〕293号 (November 2021): in
principle 1–5 % of the fine, in five grades: an ordinary penalty 50–10,000; 按日连续处罚,
查封扣押, 限产停产 or administrative detention 500–10,000; criminal detention 1,000–10,000;
查封扣押 without a penalty 2,000; +50 % when the reporter supplies detailed material and helps
(at most 15,000); up to 500,000 one-off with the approval of the government at the same level.
Source: ``shared/domain/rewards.md`` §4 (H). The day in force was not retrieved: ecoreg uses
2021-11-01.
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import default, jurisdiction, layer, measure, param
from ecoreg.jurisdictions._rewards import COERCIVE, CRIMINAL, tier
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA"]

CODE = "CN-JS"
_IN_FORCE = "2021-11-01"
_SRC = "苏环办〔2021〕293号 (shared/domain/rewards.md §4, H)"

DATA = layer(
    [jurisdiction(CODE, "江苏省", "Jiangsu", "province", NATIONAL)],
    [
        measure(
            "cn-js.reporting-rewards",
            CODE,
            "江苏省保护和奖励生态环境违法行为举报人的若干规定",
            "Jiangsu rules on protecting and rewarding whistleblowers",
            _IN_FORCE,
            {
                "id": "cn-js.reporting-rewards.2021",
                "name_zh": "江苏省保护和奖励生态环境违法行为举报人的若干规定",
                "name_en": "Jiangsu rules on protecting and rewarding whistleblowers",
                "number": "苏环办〔2021〕293号",
                "issuer_zh": "江苏省生态环境厅",
                "in_force": _IN_FORCE,
            },
            {
                "rewards.model": param("share", _SRC + ": 1–5 % of the fine.", "local"),
                "rewards.share": default(
                    "0.05",
                    _SRC + " sets 1–5 % 'in principle' without saying where in the range; "
                    "ecoreg uses 5 %, Zhejiang's and 泰州's figure, and the grade caps bound it.",
                ),
                "rewards.tiers": param(
                    [
                        tier("js-1-penalty", 1, ["fine"], share="0.05", minimum="50", cap="10000"),
                        tier(
                            "js-2-coercive",
                            2,
                            COERCIVE,
                            share="0.05",
                            minimum="500",
                            cap="10000",
                            amount="2000",
                        ),
                        tier(
                            "js-3-criminal",
                            3,
                            CRIMINAL,
                            share="0.05",
                            minimum="1000",
                            cap="10000",
                            amount="1000",
                        ),
                    ],
                    _SRC + ": ordinary penalty 50–10,000; coercive measures or detention "
                    "500–10,000; criminal detention 1,000–10,000; 查封扣押 without a penalty "
                    "2,000 (ecoreg: any coercive measure without a fine); a criminal step "
                    "without a fine earns the grade's 1,000 (default).",
                    "local",
                ),
                "rewards.evidence_multiplier": param("1.5", _SRC + ": +50 %.", "local"),
                "rewards.evidence_cap": param("15000", _SRC + ": at most 15,000.", "local"),
                "rewards.cap": param("15000", _SRC + ": ordinary rewards at most 15,000.", "local"),
                "rewards.special_cap": param("500000", _SRC + ": one-off, approval.", "local"),
            },
        )
    ],
)
"""Jiangsu: its reward rules as read-only policy data."""
