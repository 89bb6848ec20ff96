"""Guangdong (广东省, CN-GD): the discretion rules 粤环发〔2021〕7号 and their no-penalty directory.

《广东省生态环境行政处罚自由裁量权规定》 (粤环发〔2021〕7号, 广东省生态环境厅, signed 2021-11-14),
in force 2022-01-01 and valid five years (Art. 25), so to **2026-12-31**; read in full
(http://gdee.gd.gov.cn/shbtwj/content/post_3667603.html, mirror ``Fungwingwaa/cee``). Art. 13:
conduct in its 附件2 (广东省生态环境不予行政处罚的轻微违法行为目录, 20 items) is not penalized.

Encoded: 18 of the directory's 20 items, each matched by the catalogue kinds of its conduct
(`ecoreg.jurisdictions._guangdong_directory`); items 5 and 15 have no kind in the catalogue.
Also the discretion step: 152 of the 281 fine tables of 附件1 (`ecoreg.jurisdictions.
_guangdong_tables` and its chapter modules; Arts. 5, 6, 12, 17-19), with the columns for the
persons responsible of 16 of them, and the apology reduction of Art. 14 with its eleven
exclusions.
Parent of Dongguan, Guangzhou, Shenzhen, Huizhou and Jiangmen, which inherit them.
"""

from __future__ import annotations

from typing import Any

from ecoreg.jurisdictions._build import default, jurisdiction, layer, param
from ecoreg.jurisdictions._guangdong_directory import GUANGDONG_SPECS, build
from ecoreg.jurisdictions._guangdong_tables import tables as fine_tables
from ecoreg.jurisdictions._guangdong_tables_air_noise import tables_air_noise
from ecoreg.jurisdictions._guangdong_tables_more import tables_more
from ecoreg.jurisdictions._guangdong_tables_persons import tables_persons
from ecoreg.jurisdictions._guangdong_tables_radiation_other import tables_radiation_other
from ecoreg.jurisdictions._guangdong_tables_times import tables_times
from ecoreg.jurisdictions._guangdong_tables_waste_soil import tables_waste_soil
from ecoreg.jurisdictions._guangdong_tables_water import tables_water
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


_ART14 = (
    "当事人在行政处罚决定作出前改正生态环境违法行为，向生态环境主管部门提出公开道歉申请并在地市级以上"
    "主要媒体或网站上公开道歉、作出生态环境守法承诺的，按罚款标准的30%-50%降低处罚；降低后的罚款额低于"
    "法定最低罚款额的，按法定最低罚款额处罚。"
)


def _benchmark_parameters() -> dict[str, Any]:
    """The fine tables (Arts. 5, 6, 12, 17-19 and 附件1) and the apology reduction (Art. 14)."""
    unit = fine_tables(
        _RULES,
        tables_water(),
        tables_air_noise(),
        tables_radiation_other(),
        tables_waste_soil(),
        tables_more(),
        tables_times(),
    )
    return {
        "discretion.method": param(
            "tables",
            "Art. 6: 权重累加模式 (start weight + factor weights, at most 100 %, × the statutory "
            "maximum) and 幅度罚款模式 (a band; Art. 12 (2): an ordinary case at its average). "
            "Art. 5: a factor that cannot be established is scored at its lowest level. Kinds "
            "without an encoded table keep ecoreg's default formula.",
            "local",
        ),
        "discretion.tables": param(
            [*unit, *tables_persons(unit)],
            "附件1, 152 of its 281 tables as 177 records, for 157 catalogue kinds (read in the annex PDF; the "
            "others are listed in docs/jurisdictions/guangdong.md as not encoded); and the columns "
            "for the persons responsible of 16 of them, as 16 records with party 'persons'.",
            "local",
        ),
        "reduction.apology.method": {
            "value": "share_of_fine",
            "basis": "local",
            "article": 14,
            "quote_zh": _ART14,
            "note": "按罚款标准的30%-50%降低处罚: a share of the standard amount, never below the "
            "statutory minimum; the apology comes before the decision (no window of days).",
        },
        "reduction.apology.share": default(
            "0.3",
            "Art. 14 gives 30 %-50 % and lets each prefecture-level city set its rate in a "
            "guideline (last paragraph); where a city has none encoded, ecoreg takes 30 %, the "
            "reduction the article assures in any city.",
        ),
        "reduction.apology.exclusions": {
            "value": [
                "drinking_water_prohibition",
                "hazardous_waste_to_unlicensed",
                "hazardous_waste_unlicensed_operation",
                "art10_aggravation",
                "detention_referral",
                "suspected_crime",
                "continued_after_order",
                "repeat_after_apology",
                "concurrent_excluded",
                "fixed_or_minimum_fine",
                "other_rule",
            ],
            "basis": "local",
            "article": 14,
            "quote_zh": "有以下行为之一的，不适用公开道歉承诺从轻制度",
            "note": "Items (1)-(11). (8) 公开道歉承诺后再次出现生态环境违法行为: an earlier apology "
            "reduction at any time bars a second one. (10) 定额罚款，或法定最低罚款: a fixed fine, "
            "or a standard amount already at the statutory minimum.",
        },
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
                        **_benchmark_parameters(),
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
