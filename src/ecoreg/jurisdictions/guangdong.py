"""Guangdong (广东省, CN-GD): the discretion rules 粤环发〔2021〕7号 and their no-penalty directory.

《广东省生态环境行政处罚自由裁量权规定》 (粤环发〔2021〕7号, 广东省生态环境厅, signed 2021-11-14),
in force 2022-01-01 and valid five years (Art. 25), so to **2026-12-31**; read in full
(http://gdee.gd.gov.cn/shbtwj/content/post_3667603.html, mirror ``Fungwingwaa/cee``). Art. 13:
conduct in its 附件2 (广东省生态环境不予行政处罚的轻微违法行为目录, 20 items) is not penalized.

Encoded: 18 of the directory's 20 items, each matched by the catalogue kinds of its conduct
(`ecoreg.jurisdictions._guangdong_directory`); items 5 and 15 have no kind in the catalogue.
Parent of Dongguan, Guangzhou and Jiangmen, which inherit the directory.
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer
from ecoreg.jurisdictions._guangdong_directory import GUANGDONG_SPECS, build
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA", "RULES_MEASURE"]

CODE = "CN-GD"

RULES_MEASURE = "cn-gd.discretion-rules"
"""The id of the measure of 粤环发〔2021〕7号."""

_RULES = {
    "id": "cn-gd.discretion-rules.2021",
    "name_zh": "广东省生态环境行政处罚自由裁量权规定",
    "name_en": "Guangdong rules on discretion in environmental administrative penalties",
    "number": "粤环发〔2021〕7号",
    "issuer_zh": "广东省生态环境厅",
    "in_force": "2022-01-01",
    "url": "http://gdee.gd.gov.cn/shbtwj/content/post_3667603.html",
}


DATA = layer(
    [jurisdiction(CODE, "广东省", "Guangdong", "province", NATIONAL)],
    [
        {
            "id": RULES_MEASURE,
            "jurisdiction": CODE,
            "title_zh": "广东省生态环境行政处罚自由裁量权规定",
            "title_en": "Guangdong rules on discretion in environmental administrative penalties",
            "versions": [
                {
                    "in_force_from": "2022-01-01",
                    "in_force_until": "2026-12-31",
                    "instrument": _RULES,
                    "parameters": {
                        "leniency.no_penalty_list": {
                            "basis": "local",
                            "article": 13,
                            "quote_zh": "违法行为属于《广东省生态环境不予行政处罚的轻微违法行为目录》"
                            "所列情形的，不予行政处罚。",
                            "note": "附件2, 18 of its 20 items (read in full, local-measures.md "
                            "§3.2; items 5 and 15 have no kind in the catalogue). Valid five "
                            "years from 2022-01-01 (Art. 25).",
                            "value": [
                                build(
                                    s, prefix="cn-gd", instrument=_RULES, article=13, where="附件2"
                                )
                                for s in GUANGDONG_SPECS
                            ],
                        },
                    },
                }
            ],
        },
    ],
)
"""Guangdong: its measures as read-only policy data."""
