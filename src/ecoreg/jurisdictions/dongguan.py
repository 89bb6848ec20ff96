"""Dongguan (东莞市), Guangdong: deferred and installment payment of fines, apology pledges.

* 东生态规〔2025〕2号 (in force 2025-10-01): deferral and installments.
* 东环〔2024〕69号 (in force 2024-08-01) and its 2022 version: 50 % off for a public
  apology and pledge, never below the statutory minimum.
"""

from __future__ import annotations

from typing import Any

from ecoreg.jurisdictions._build import jurisdiction, layer, param
from ecoreg.jurisdictions.defaults import RELIEF_GROUNDS
from ecoreg.jurisdictions.guangdong import CODE as GUANGDONG

__all__ = ["CODE", "DATA"]

CODE = "CN-GD-DG"

_DONGGUAN_GUIDELINE = {
    "id": "cn-gd-dg.fine-deferral-installments.2025",
    "name_zh": "东莞市生态环境局罚款暂缓或分期缴纳指引",
    "name_en": "Dongguan Ecology and Environment Bureau guideline on deferred or installment "
    "payment of fines",
    "number": "东生态规〔2025〕2号",
    "issuer_zh": "东莞市生态环境局",
    "in_force": "2025-10-01",
}


def _local(value: Any, reported: str) -> dict[str, Any]:
    return param(
        value,
        "Reported content (南方都市报, 2025-10-09; the guideline's article text is not in "
        f"ecoreg's sources): {reported}",
        "local",
    )


def _local2022(value: Any) -> dict[str, Any]:
    return param(
        value,
        "Dongguan's 2022 version as summarized in DOMAIN.md §3: 30 % for heavy-pollution "
        "processes, 40 % in two river basins, 50 % otherwise, the reduction capped at 200,000 "
        "yuan, 13 excluded categories; its in-force date and application window are not in "
        "ecoreg's sources (taken as 2022-01-01 and the later version's 7 working days).",
        "local",
    )


DATA = layer(
    [jurisdiction(CODE, "东莞市", "Dongguan", "city", GUANGDONG)],
    [
        {
            "id": "cn-gd-dg.fine-deferral-installments",
            "jurisdiction": CODE,
            "title_zh": "东莞市生态环境局罚款暂缓或分期缴纳指引",
            "title_en": "Dongguan guideline on deferred or installment payment of fines",
            "versions": [
                {
                    "in_force_from": "2025-10-01",
                    "instrument": _DONGGUAN_GUIDELINE,
                    "parameters": {
                        "payment.relief_grounds": _local(
                            RELIEF_GROUNDS,
                            "（一）家庭收入低于当地最低生活保障标准；（二）因重大疾病或意外事故支出较大；"
                            "（三）因不可抗力遭受重大经济损失；（四）生产经营困难，缴纳罚款将导致停产停业。",
                        ),
                        "payment.deferral_max_months": _local(
                            6, "暂缓缴纳罚款的期限最长不超过6个月。"
                        ),
                        "payment.installment_max_months_non_litigation": _local(
                            24, "分期缴纳罚款的期限，非诉案件最长不超过2年。"
                        ),
                        "payment.installment_max_months_litigation": _local(
                            6, "诉讼案件最长不超过6个月。"
                        ),
                        "payment.installment_max_gap_months": _local(
                            3, "每期间隔时间不得超过3个月。"
                        ),
                        "payment.installment_min_share_non_litigation": _local(
                            "0.05", "非诉案件每期缴纳的罚款金额不得低于罚款总额的5%。"
                        ),
                        "payment.installment_min_share_litigation": _local(
                            "0.30", "诉讼案件每期缴纳的罚款金额不得低于罚款总额的30%。"
                        ),
                        "payment.late_application_allowed": _local(
                            value=True,
                            reported="逾期提出申请的，还应当承诺参加生态环境志愿服务活动。",
                        ),
                        "payment.late_application_volunteer_hours": _local(
                            12, "每宗案件参加志愿服务时长不少于12小时。"
                        ),
                        "payment.late_application_volunteer_months": _local(
                            3, "自收到批准决定之日起3个月内完成志愿服务。"
                        ),
                    },
                }
            ],
        },
        {
            "id": "cn-gd-dg.apology-pledge",
            "jurisdiction": CODE,
            "title_zh": "东莞市生态环境违法行为公开道歉承诺从轻处罚",
            "title_en": "Dongguan: lighter penalties for a public apology and pledge",
            "versions": [
                {
                    "in_force_from": "2022-01-01",
                    "in_force_until": "2024-07-31",
                    "instrument": {
                        "id": "cn-gd-dg.apology-pledge.2022",
                        "name_zh": "东莞市生态环境违法行为公开道歉承诺从轻处罚规定（2022年版）",
                        "name_en": "Dongguan apology-pledge measure (2022 version)",
                        "issuer_zh": "东莞市生态环境局",
                        "in_force": "2022-01-01",
                    },
                    "parameters": {
                        "reduction.apology.method": _local2022("share_of_fine"),
                        "reduction.apology.share": _local2022("0.5"),
                        "reduction.apology.share_heavy_pollution": _local2022("0.3"),
                        "reduction.apology.share_river_basin": _local2022("0.4"),
                        "reduction.apology.cap": _local2022("200000"),
                        "reduction.apology.application_working_days": _local2022(7),
                    },
                },
                {
                    "in_force_from": "2024-08-01",
                    "instrument": {
                        "id": "cn-gd-dg.apology-pledge.2024",
                        "name_zh": "东莞市生态环境违法行为公开道歉承诺从轻处罚规定",
                        "name_en": "Dongguan apology-pledge measure",
                        "number": "东环〔2024〕69号",
                        "issuer_zh": "东莞市生态环境局",
                        "in_force": "2024-08-01",
                    },
                    "parameters": {
                        "reduction.apology.method": _local(
                            "share_of_fine",
                            "已改正违法行为并公开道歉（媒体或官网并承诺志愿服务）的，按拟罚款数额减轻50%，"
                            "不低于法定罚款下限。",
                        ),
                        "reduction.apology.share": _local("0.5", "减轻50%。"),
                        "reduction.apology.application_working_days": _local(
                            7, "收到行政处罚事先告知书之日起7个工作日内申请。"
                        ),
                    },
                },
            ],
        },
    ],
)
"""Dongguan: its measures as read-only policy data."""
