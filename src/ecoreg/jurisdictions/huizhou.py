"""Huizhou (惠州市), Guangdong: 30 % off for an apology by a firm with an electroplating process.

惠州市生态环境局生态环境行政处罚自由裁量权裁量规定 (document number and date not in ecoreg's
sources) sets apology rates by industry; the one reported is **30 % for firms with an
electroplating process** (南方都市报 2025-12-11: a fine of 140,000 reduced to 98,000, i.e.
140,000 × (1 - 30 %)). Its other rates are not in the sources: other firms get the province's
(粤环发〔2021〕7号 Art. 14; ecoreg's default 30 %). The in-force date is not known either: ecoreg
dates the rate from the day of the report (2025-12-11), the first day it is known to apply.
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, measure, param
from ecoreg.jurisdictions.guangdong import CODE as GUANGDONG

__all__ = ["CODE", "DATA"]

CODE = "CN-GD-HZ"

DATA = layer(
    [jurisdiction(CODE, "惠州市", "Huizhou", "city", GUANGDONG)],
    [
        measure(
            "cn-gd-hz.discretion-rules",
            CODE,
            "惠州市生态环境局生态环境行政处罚自由裁量权裁量规定",
            "Huizhou rules on discretion in environmental administrative penalties",
            "2025-12-11",
            {
                "id": "cn-gd-hz.discretion-rules",
                "name_zh": "惠州市生态环境局生态环境行政处罚自由裁量权裁量规定",
                "name_en": "Huizhou Ecology and Environment Bureau rules on discretion in "
                "administrative penalties",
                "issuer_zh": "惠州市生态环境局",
                "in_force": "2025-12-11",
            },
            {
                "reduction.apology.share_electroplating": param(
                    "0.3",
                    "南方都市报 2025-12-11: an electroplating firm's fine of 140,000 reduced to "
                    "98,000 after its apology (30 %, the rate for electroplating processes). "
                    "Dated from the report: the rules' own date is not in the sources.",
                    "local",
                ),
            },
        )
    ],
)
"""Huizhou: its measures as read-only policy data."""
