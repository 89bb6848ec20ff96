"""Local measures and ecoreg's documented defaults, as plain policy data.

`standard_policy_book` gives the national baseline (`ecoreg.baseline`) plus:

* ``ecoreg.defaults.payment`` (national layer, ``basis: default``): the
  deferral and installment limits that apply where no local measure sets
  them. 行政处罚法 Art. 66 ¶2 allows relief but fixes no numbers, so ecoreg
  adopts the figures of the only published local guideline in its sources
  (Dongguan's), and does not admit late applications, which no national
  text provides for. Every value says so in its ``note``.
* Guangdong (``CN-GD``) and Dongguan (``CN-GD-DG``), with the Dongguan
  guideline on deferred and installment payment of fines
  (东生态规〔2025〕2号, in force 2025-10-01).

A platform adds its own jurisdictions with `ecoreg.PolicyBook.extend`.

Example:
    >>> import datetime as dt
    >>> book = standard_policy_book()
    >>> book.resolve("CN-GD-DG", dt.date(2025, 10, 1)).as_bool("payment.late_application_allowed")
    True
    >>> book.resolve("CN-GD-DG", dt.date(2025, 9, 30)).as_bool("payment.late_application_allowed")
    False
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ecoreg import laws
from ecoreg.baseline import NATIONAL, national_policy_book

if TYPE_CHECKING:
    from ecoreg._policy import PolicyBook

__all__ = [
    "DONGGUAN",
    "DONGGUAN_DATA",
    "GUANGDONG",
    "NATIONAL_DEFAULTS_DATA",
    "standard_policy_book",
]

GUANGDONG = "CN-GD"
DONGGUAN = "CN-GD-DG"

_GROUNDS = ["low_income", "medical_or_accident", "force_majeure", "operating_difficulty"]

_DEFAULT_NOTE = (
    "行政处罚法 Art. 66 ¶2 sets no limit; ecoreg's default adopts the Dongguan guideline "
    "(东生态规〔2025〕2号), the only published local figures in its sources. Replace it with "
    "your jurisdiction's measure."
)


def _default(value: Any, note: str = _DEFAULT_NOTE) -> dict[str, Any]:
    return {"value": value, "basis": "default", "note": note}


NATIONAL_DEFAULTS_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "measures": [
            {
                "id": "ecoreg.defaults.payment",
                "jurisdiction": NATIONAL,
                "title_zh": "ecoreg 默认参数：罚款暂缓与分期缴纳",
                "title_en": "ecoreg defaults: deferred and installment payment of fines",
                "versions": [
                    {
                        "in_force_from": laws.ADMINISTRATIVE_PENALTY_LAW.in_force.isoformat(),
                        "instrument": laws.ECOREG_DEFAULTS.to_data(),
                        "parameters": {
                            "payment.relief_grounds": _default(
                                _GROUNDS,
                                "Art. 66 ¶2 requires 'real economic difficulty' without listing "
                                "grounds; ecoreg accepts the four grounds of the Dongguan "
                                "guideline.",
                            ),
                            "payment.deferral_max_months": _default(6),
                            "payment.installment_max_months_non_litigation": _default(24),
                            "payment.installment_max_months_litigation": _default(6),
                            "payment.installment_max_gap_months": _default(3),
                            "payment.installment_min_share_non_litigation": _default("0.05"),
                            "payment.installment_min_share_litigation": _default("0.30"),
                            "payment.late_application_allowed": _default(
                                value=False,
                                note="No national text admits an application after the payment "
                                "deadline; local measures (e.g. Dongguan's) may.",
                            ),
                            "payment.late_application_volunteer_hours": _default(12),
                            "payment.late_application_volunteer_months": _default(3),
                            "payment.missed_installment_surcharge_base": _default(
                                "installment",
                                "Art. 72 applies 3 % a day to the fine 'due and unpaid'; under an "
                                "approved plan what falls due on a date is that installment, so "
                                "the surcharge (and its cap) applies to the missed installment. "
                                "A jurisdiction that accelerates the plan on default can choose "
                                "'outstanding' or 'fine'.",
                            ),
                        },
                    }
                ],
            }
        ]
    }
)
"""ecoreg's documented national defaults (read-only plain data)."""

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
    return {
        "value": value,
        "basis": "local",
        "note": "Reported content (南方都市报, 2025-10-09; the guideline's article text is not in "
        f"ecoreg's sources): {reported}",
    }


DONGGUAN_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "jurisdictions": [
            {
                "code": GUANGDONG,
                "name_zh": "广东省",
                "name_en": "Guangdong",
                "level": "province",
                "parent": NATIONAL,
            },
            {
                "code": DONGGUAN,
                "name_zh": "东莞市",
                "name_en": "Dongguan",
                "level": "city",
                "parent": GUANGDONG,
            },
        ],
        "measures": [
            {
                "id": "cn-gd-dg.fine-deferral-installments",
                "jurisdiction": DONGGUAN,
                "title_zh": "东莞市生态环境局罚款暂缓或分期缴纳指引",
                "title_en": "Dongguan guideline on deferred or installment payment of fines",
                "versions": [
                    {
                        "in_force_from": "2025-10-01",
                        "instrument": _DONGGUAN_GUIDELINE,
                        "parameters": {
                            "payment.relief_grounds": _local(
                                _GROUNDS,
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
            }
        ],
    }
)
"""Guangdong and Dongguan layers (read-only plain data)."""


@lru_cache(maxsize=1)
def standard_policy_book() -> PolicyBook:
    """The national baseline, ecoreg's national defaults and every bundled local measure."""
    return national_policy_book().extend(NATIONAL_DEFAULTS_DATA).extend(DONGGUAN_DATA)
