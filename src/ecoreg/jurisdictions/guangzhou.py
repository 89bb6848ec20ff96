"""Guangzhou (广州市), Guangdong: the alert self-check window, and the apology reduction.

* "预警+预约" (seed): the firm checks itself first on an alert.
* 穗环规字〔2022〕2号 (issued 2022-10-13): a public apology and pledge with the rectification
  complete takes 30 % off; with qualified third-party evidence of the rectification's effect
  40 %; with third-party evidence that the adverse effects are fully eliminated 50 %; never
  below the statutory minimum (粤环发〔2021〕7号 Art. 14 lets each city set its rate).
"""

from __future__ import annotations

from typing import Any

from ecoreg.jurisdictions._build import jurisdiction, layer, measure, param, seed
from ecoreg.jurisdictions.guangdong import CODE as GUANGDONG

__all__ = ["CODE", "DATA"]

CODE = "CN-GD-GZ"


def _gz(value: str, reported: str) -> dict[str, Any]:
    return param(
        value,
        "穗环规字〔2022〕2号 as summarized by the bureau's pages (sthjj.gz.gov.cn post_8678264, "
        "application guide post_8622047; the article text is not in ecoreg's sources): "
        f"{reported} Its in-force date is not in the sources: taken as the issue date, "
        "2022-10-13; no end date is known.",
        "local",
    )


DATA = layer(
    [jurisdiction(CODE, "广州市", "Guangzhou", "city", GUANGDONG)],
    [
        measure(
            "cn-gd-gz.alert-self-check",
            CODE,
            "广州市“预警+预约”企业自查",
            "Guangzhou 'alert + appointment': the firm checks itself first",
            "2025-01-01",
            {
                "id": "cn-gd-gz.alert-self-check",
                "name_zh": "广州市生态环境局“预警+预约”执法（报道）",
                "name_en": "Guangzhou alert-and-appointment enforcement (as reported)",
                "issuer_zh": "广州市生态环境局",
                "in_force": "2025-01-01",
            },
            {
                "alerts.self_check_hours": seed(
                    24,
                    "Seed (中国环境报, 2025-10-21): on a high-VOCs alert the firm is invited "
                    "to "
                    "diagnose itself before enforcement. The length of the window is not "
                    "reported; ecoreg uses 24 hours. Start date not in the sources.",
                ),
            },
        ),
        measure(
            "cn-gd-gz.apology-pledge",
            CODE,
            "广州市生态环境违法当事人公开道歉承诺守法从轻处罚暂行规定",
            "Guangzhou interim provisions on lighter penalties for a public apology and pledge",
            "2022-10-13",
            {
                "id": "cn-gd-gz.apology-pledge.2022",
                "name_zh": "广州市生态环境违法当事人公开道歉承诺守法从轻处罚暂行规定",
                "name_en": "Guangzhou interim provisions on lighter penalties for a public "
                "apology and pledge to comply",
                "number": "穗环规字〔2022〕2号",
                "issuer_zh": "广州市生态环境局",
                "in_force": "2022-10-13",
                "url": "http://sthjj.gz.gov.cn/zwgk/Policies/content/post_8678264.html",
            },
            {
                "reduction.apology.share": _gz("0.3", "公开道歉、承诺守法并完成整改的，减轻30%。"),
                "reduction.apology.share_effect_evidence": _gz(
                    "0.4", "另有第三方（具备资质）检测、修复或评估整改效果证据的，减轻40%。"
                ),
                "reduction.apology.share_harm_eliminated": _gz(
                    "0.5", "另有第三方证据证明不良影响已完全消除的，减轻50%。"
                ),
            },
        ),
    ],
)
"""Guangzhou: its measures as read-only policy data."""
