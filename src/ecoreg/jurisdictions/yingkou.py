"""Yingkou (营口市), Liaoning: reductions for an apology pledge and for voluntary law study (seed)."""

from __future__ import annotations

from ecoreg.jurisdictions._build import default, jurisdiction, layer, seed
from ecoreg.jurisdictions.liaoning import CODE as LIAONING

__all__ = ["CODE", "DATA"]

CODE = "CN-LN-YK"

_YINGKOU_CASE = (
    "Calibrated from the seed case (营口 stone quarry, uncovered stockpiles, 大气污染防治法 "
    "Art. 117 range 10,000–100,000): 60,000 proposed, the firm passed the law exam and "
    "apologized, final 34,000. With both reductions applied to the part above the minimum, "
    "(1 - apology) × (1 - study) = 24,000 / 50,000 = 0.48. The case fixes only that product; "
    "ecoreg splits it as 40 % for the pledge and 20 % for study."
)


DATA = layer(
    [jurisdiction(CODE, "营口市", "Yingkou", "city", LIAONING)],
    [
        {
            "id": "cn-ln-yk.apology-pledge",
            "jurisdiction": CODE,
            "title_zh": "营口市生态环境违法当事人主动公开道歉承诺守法激励措施暂行规定",
            "title_en": "Yingkou interim provisions on incentives for a public apology and "
            "pledge to comply",
            "versions": [
                {
                    # Seed (2025): "今年4月" the pledge measure was introduced.
                    "in_force_from": "2025-04-01",
                    "instrument": {
                        "id": "cn-ln-yk.apology-pledge.2025",
                        "name_zh": "营口市生态环境违法当事人主动公开道歉承诺守法激励措施暂行规定",
                        "name_en": "Yingkou apology-pledge incentive provisions (interim)",
                        "issuer_zh": "营口市生态环境局",
                        "in_force": "2025-04-01",
                    },
                    "parameters": {
                        "reduction.apology.method": seed(
                            "share_of_excess",
                            "除10种特定情形外，企业积极整改并公开道歉承诺守法，可在行政处罚自由裁量表裁定"
                            "基础上从轻处罚 (seed). Lighter within the range: the "
                            "reduction applies to the "
                            "part above the statutory minimum.",
                        ),
                        "reduction.apology.share": seed("0.4", _YINGKOU_CASE),
                        "reduction.apology.application_working_days": default(
                            7,
                            "Yingkou's application window is not in ecoreg's sources; "
                            "Dongguan's 7 working days are used.",
                        ),
                    },
                }
            ],
        },
        {
            "id": "cn-ln-yk.law-study",
            "jurisdiction": CODE,
            "title_zh": "营口市排污单位主动学法激励制度",
            "title_en": "Yingkou incentives for polluters' voluntary law study",
            "versions": [
                {
                    # Seed (2025): "去年4月起" the law-study incentive started.
                    "in_force_from": "2024-04-01",
                    "instrument": {
                        "id": "cn-ln-yk.law-study.2024",
                        "name_zh": "营口市排污单位主动学法激励制度",
                        "name_en": "Yingkou law-study incentive scheme",
                        "issuer_zh": "营口市生态环境局",
                        "in_force": "2024-04-01",
                    },
                    "parameters": {
                        "study.minutes_per_class_hour": seed(40, "每学时40分钟。"),
                        "study.points_per_class_hour": default(
                            1,
                            "The seed gives no point scale; ecoreg counts one point per "
                            "class hour.",
                        ),
                        "study.points_per_exam_pass": default(
                            10, "ecoreg's default: a passed exam is worth ten class hours."
                        ),
                        "study.exam_pass_score": default(
                            60, "Nantong counts an exam of 60 points or more as passed."
                        ),
                        "study.points_valid_months": default(
                            12, "Nantong counts a passed exam toward a reduction for one year."
                        ),
                        "reduction.study.min_points": default(
                            20,
                            "The seed's firms studied 20 class hours on average; ecoreg asks "
                            "for 20 points for a lighter penalty.",
                        ),
                        "reduction.study.share": seed("0.2", _YINGKOU_CASE),
                        "study.points_for_no_penalty": default(
                            40, "ecoreg's default: twice the lighter-penalty threshold."
                        ),
                        "study.points_for_positive_list": default(30, "ecoreg's default."),
                        "study.points_for_credit_repair": default(20, "ecoreg's default."),
                    },
                }
            ],
        },
    ],
)
"""Yingkou: its measures as read-only policy data."""
