"""Sichuan (四川省, CN-SC): whistleblower rewards in six tiers, cities may move them ±50 %.

《四川省生态环境违法行为举报奖励办法(2023年版)》(生态环境厅 + 财政厅, April 2023), in force
2023-05-07 for five years: 500 to 10,000 yuan in six tiers set by the kind and weight of the
administrative or criminal penalty; up to 50,000 for the key lead of a major case or a report
that avoided a 重大/特别重大 pollution incident; the cities (市、州) may widen the scope and move
the amounts up or down by 50 %. Sources: seed 003 (生态环境部 typical cases, 2025-09-26) and 中国环境
2023-04-16 (H for the figures quoted). The six tiers' own figures were not retrieved: ecoreg's
tiers between the measure's 500 and 10,000 are documented defaults.
"""

from __future__ import annotations

from typing import Any

from ecoreg.jurisdictions._build import default, jurisdiction, layer, measure, param
from ecoreg.jurisdictions._rewards import tier
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA", "IN_FORCE", "UNTIL"]

CODE = "CN-SC"
IN_FORCE = "2023-05-07"
UNTIL = "2028-05-06"
"""Valid five years from 2023-05-07 (中国环境 2023-04-16: 有效期5年)."""

_SRC = "《四川省生态环境违法行为举报奖励办法(2023年版)》, as reported by 中国环境 2023-04-16 and seed 003"
_TIERS_NOTE = (
    "The measure sets six tiers from 500 to 10,000 by the kind and weight of the penalty; the "
    "tiers' own figures were not retrieved. ecoreg's tiers keep the measure's ends (500 for a "
    "fine, 10,000 for arrest or a verdict, up to 50,000 for a key lead in a major case or an "
    "avoided major incident) and place the four between them (1,000, 2,000, 3,000, 5,000) as "
    "documented defaults, rising with the outcome."
)

_measure: dict[str, Any] = measure(
    "cn-sc.reporting-rewards",
    CODE,
    "四川省生态环境违法行为举报奖励办法(2023年版)",
    "Sichuan whistleblower reward measure (2023 edition)",
    IN_FORCE,
    {
        "id": "cn-sc.reporting-rewards.2023",
        "name_zh": "四川省生态环境违法行为举报奖励办法(2023年版)",
        "name_en": "Sichuan whistleblower reward measure (2023 edition)",
        "issuer_zh": "四川省生态环境厅、四川省财政厅",
        "in_force": IN_FORCE,
    },
    {
        "rewards.model": param("tier", _SRC + ": tiers by the penalty's kind and weight.", "local"),
        "rewards.tiers": default(
            [
                tier("sc-1-fine", 1, ["fine"], amount="500"),
                tier("sc-2-coercive", 2, ["seal_seize", "limit_stop_production"], amount="1000"),
                tier("sc-3-daily", 3, ["daily_penalty"], amount="2000"),
                tier("sc-4-detention", 4, ["administrative_detention"], amount="3000"),
                tier(
                    "sc-5-criminal", 5, ["criminal_referral", "criminal_detention"], amount="5000"
                ),
                tier("sc-6-arrest", 6, ["arrest", "conviction"], amount="10000", maximum="50000"),
                tier(
                    "sc-7-incident",
                    7,
                    ["incident_avoided_major", "incident_avoided_especially_major"],
                    amount="50000",
                ),
            ],
            _TIERS_NOTE,
        ),
        "rewards.cap": {
            **param("50000", _SRC + ": 最高5万元.", "local"),
            "quote_zh": "对提供重大案件关键线索的，可给予举报人最高5万元奖励。",
        },
        "rewards.adjustment_limit": {
            **param("0.5", _SRC + ": 奖励金额可上下浮动50%.", "local"),
            "quote_zh": "各市（州）可根据实际情况拓展奖励范围，奖励金额可上下浮动50%。",
        },
    },
)
_measure["versions"][0]["in_force_until"] = UNTIL

DATA = layer([jurisdiction(CODE, "四川省", "Sichuan", "province", NATIONAL)], [_measure])
"""Sichuan: its reward measure as read-only policy data."""
