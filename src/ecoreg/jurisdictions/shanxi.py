"""Shanxi (山西省, CN-SX; 行政区划代码 140000): the no-penalty list of 山西省生态环境厅, two editions.

Not Shaanxi (陕西省, CN-SN, 610000): ecoreg carried this list under Shaanxi until issue 25.

* 《生态环境轻微违法行为不予处罚事项清单（2022年版）》: 14 轻微不罚 + 11 首违不罚 items, in force
  2023-01-01 (山西日报 2023-02-07; 新华网山西频道 2023-02-02). Replaced by the 2025 edition.
* 《生态环境轻微违法行为不予处罚事项清单》 (2025): 16 轻微不罚 + 13 首违不罚 items, announced
  2025-07-04 (山西经济日报 / 省厅网站 2025-07-05; 山西日报 2025-07-18), valid five years. Its
  首违不罚 items need a first violation, "违法行为被检查发现时距上次被检查发现的同一违法行为已超过
  12个月": counted from detection to detection, the anniversary day not "exceeded".

Neither list's text was read; the items come from the reports (confidence M,
``shared/domain/local-measures.md`` §4). Each edition encodes the items whose every condition
is reported and is a fact of `ecoreg.ViolationCase`: the air-exceedance item and the
EIA item (施工初期 is ``ListFacts.construction_early_stage``). The others
(docs/jurisdictions/shanxi.md lists them) are known in part, or turn on facts a case does not
carry (stage of construction, tonnes stored, area, days to correct).

An item matches by conduct through the catalogue's kinds: ``air.over-limit`` is 大气法
Art. 99(2) for acts until 2026-08-14 and 生态环境法典 Art. 1107 from 2026-08-15, so the item keeps
applying after the Code replaced the statute the list was written against.
"""

from __future__ import annotations

from typing import Any

from ecoreg.jurisdictions._build import condition, jurisdiction, layer
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA", "LIST_MEASURE"]

CODE = "CN-SX"

LIST_MEASURE = "cn-sx.no-penalty-list"
"""The id of the no-penalty list measure (both editions are its versions)."""

_ISSUER = "山西省生态环境厅"

_EDITION_2022 = {
    "id": "cn-sx.no-penalty-list.2022",
    "name_zh": "生态环境轻微违法行为不予处罚事项清单（2022年版）",
    "name_en": "Shanxi list of minor environmental violations not penalized (2022 edition)",
    "issuer_zh": _ISSUER,
    "in_force": "2023-01-01",
    "in_force_until": "2025-07-03",
    "replaced_by": "cn-sx.no-penalty-list.2025",
}

_EDITION_2025 = {
    "id": "cn-sx.no-penalty-list.2025",
    "name_zh": "生态环境轻微违法行为不予处罚事项清单",
    "name_en": "Shanxi list of minor environmental violations not penalized (2025 edition)",
    "issuer_zh": _ISSUER,
    "in_force": "2025-07-04",
}

_SOURCES_2022 = (
    "Reported, not read in the text: 山西日报 2023-02-07 (liangyou365.com/show/17972.html), "
    "新华网山西 2023-02-02 (sx.news.cn/2023-02/02/c_1129330394.htm): 14 轻微不罚 + 11 首违不罚, "
    "in force 2023-01-01; the 文号 and item numbers are not in ecoreg's sources."
)

_SOURCES_2025 = (
    "Reported, not read in the text: 山西经济日报 / 山西省生态环境厅网站 2025-07-05 "
    "(aqsx.sxkjnews.com itemid 6448), 晋中市政府 (cn.office369.com 2450033), 山西日报 "
    "2025-07-18: 16 轻微不罚 + 13 首违不罚, announced 2025-07-04 as issued '日前', valid five "
    "years. The in-force date is not reported: ecoreg takes 2025-07-04, the announcement, and "
    "ends the edition five years on, 2030-07-03."
)


def _air_conditions() -> list[dict[str, Any]]:
    """The three conditions both editions report for the air item."""
    return [
        condition(
            "toxic_pollutant", "==", False, "不含有毒有害大气污染物", "no toxic air pollutant"
        ),
        condition("pollutants_over", "<=", 1, "仅一个污染因子超标", "only one pollutant over"),
        condition(
            "hourly_exceedance_multiple",
            "<",
            "0.1",
            "小时均值超标倍数小于0.1倍",
            "hourly-mean exceedance multiple below 0.1",
        ),
    ]


_AIR_2022 = {
    "id": "cn-sx.2022.air-exceedance",
    "list_type": "minor",
    "title_zh": "超标排放大气污染物",
    "title_en": "air pollutants discharged over the standard",
    "kinds": ["air.over-limit"],
    "citation": {
        "instrument": _EDITION_2022,
        "quote_zh": "不含有毒有害大气污染物；只有一个污染因子超标；小时均值超标倍数小于0.1倍；"
        "一个自然日内累计超标排放不超过4小时；责令改正后，及时按要求完成整改。",
        "note": "山西日报 2023-02-07: '如果同时满足5个条件，可不予处罚'. Encoded as 轻微不罚 "
        "(must not penalize), the reading ecoreg had; 新华网山西 reports it in the 首违不罚 "
        "paragraph, so the 2022 category is not certain (local-measures.md §4.1).",
    },
    "conditions": [
        *_air_conditions(),
        condition(
            "hours_over_in_day",
            "<=",
            4,
            "一个自然日内累计超标排放不超过4小时",
            "at most 4 hours over in a calendar day",
        ),
        condition(
            "corrected_promptly",
            "==",
            True,
            "责令改正后及时按要求完成整改",
            "corrected as ordered, in time",
        ),
    ],
}


def _eia_conditions() -> list[dict[str, Any]]:
    """The three conditions both editions report for the EIA item."""
    return [
        condition("no_harm", "==", True, "没有造成危害后果", "no harmful consequence"),
        condition(
            "construction_early_stage",
            "==",
            True,
            "处于施工初期",
            "construction at its early stage",
        ),
        condition(
            "corrected_promptly",
            "==",
            True,
            "责令改正后按要求完成整改",
            "corrected as ordered, in time",
        ),
    ]


_EIA_2022 = {
    "id": "cn-sx.2022.eia-unapproved-construction",
    "list_type": "minor",
    "title_zh": "未按规定进行环境影响评价，擅自开工建设",
    "title_en": "construction started without the required environmental impact assessment",
    "kinds": ["eia.unapproved-construction"],
    "citation": {
        "instrument": _EDITION_2022,
        "quote_zh": "违法行为轻微，没有造成危害后果，处于施工初期，责令改正后按要求完成整改。",
        "note": "Reported (local-measures.md §4.1, one of the two 2022 items whose every "
        "condition is reported): 环境影响评价法 Arts. 25, 31, a 轻微不罚 item (must not "
        "penalize). It matches by conduct: eia.unapproved-construction, also under the Code "
        "(Art. 1095 ¶1) from 2026-08-15, though the edition ended on 2025-07-03. The list's "
        "违法行为轻微 is what the item finds (the case it describes is minor), not a condition of "
        "its own: a case the officer has already found minor is not penalized under 行政处罚法 "
        "Art. 33 ¶1 anyway.",
    },
    "conditions": _eia_conditions(),
}

_EIA_2025 = {
    "id": "cn-sx.2025.eia-unapproved-construction",
    "list_type": "minor",
    "title_zh": "未批先建",
    "title_en": "construction started without an approved environmental impact assessment",
    "kinds": ["eia.unapproved-construction"],
    "citation": {
        "instrument": _EDITION_2025,
        "quote_zh": "未批先建，处于施工初期、未造成危害后果且及时整改的，不予处罚。",
        "note": "A 轻微不罚 item (must not penalize), as reported (local-measures.md §4.2); the "
        "conditions are the 2022 item's. It matches eia.unapproved-construction under either "
        "law (环境影响评价法 Art. 31 until 2026-08-14, 生态环境法典 Art. 1095 ¶1 from 2026-08-15).",
    },
    "conditions": _eia_conditions(),
}

_AIR_2025 = {
    "id": "cn-sx.2025.air-exceedance",
    "list_type": "first",
    "title_zh": "超标排放大气污染物",
    "title_en": "air pollutants discharged over the standard",
    "kinds": ["air.over-limit"],
    "citation": {
        "instrument": _EDITION_2025,
        "quote_zh": "超标排放大气污染物，若不含有毒有害污染物、仅一个因子超标且小时均值超标倍数"
        "小于0.1倍，也可适用。",
        "note": "A 首违不罚 item (the agency may decline): a first violation, and, as every "
        "首违不罚 item (行政处罚法 Art. 33 ¶1), slight harm at most and corrected in time. The "
        "2022 edition's 4-hour condition is not in the 2025 reports and is not applied.",
    },
    "conditions": [
        *_air_conditions(),
        condition(
            "harm_at_most_slight",
            "==",
            True,
            "危害后果轻微",
            "slight harm at most",
        ),
        condition("corrected_promptly", "==", True, "及时改正", "corrected in time"),
    ],
}


DATA = layer(
    [jurisdiction(CODE, "山西省", "Shanxi", "province", NATIONAL)],
    [
        {
            "id": LIST_MEASURE,
            "jurisdiction": CODE,
            "title_zh": "山西省生态环境轻微违法行为不予处罚事项清单",
            "title_en": "Shanxi list of minor environmental violations not penalized",
            "versions": [
                {
                    "in_force_from": "2023-01-01",
                    "in_force_until": "2025-07-03",
                    "instrument": _EDITION_2022,
                    "parameters": {
                        "leniency.no_penalty_list": {
                            "basis": "local",
                            "note": _SOURCES_2022
                            + " Two items of 25 are encoded (the air and EIA items).",
                            "value": [_AIR_2022, _EIA_2022],
                        },
                    },
                },
                {
                    "in_force_from": "2025-07-04",
                    "in_force_until": "2030-07-03",
                    "instrument": _EDITION_2025,
                    "parameters": {
                        "leniency.no_penalty_list": {
                            "basis": "local",
                            "note": _SOURCES_2025
                            + " Two items of 29 are encoded (the air and EIA items).",
                            "value": [_AIR_2025, _EIA_2025],
                        },
                        "leniency.first_violation_lookback_months": {
                            "basis": "local",
                            "value": 12,
                            "quote_zh": "“初次违法”是指违法行为被检查发现时距上次被检查发现的同一违法行为"
                            "已超过12个月。",
                            "note": _SOURCES_2025,
                        },
                        "leniency.first_violation_counted_from": {
                            "basis": "local",
                            "value": "detection",
                            "quote_zh": "违法行为被检查发现时距上次被检查发现的同一违法行为已超过12个月",
                            "note": "Counted from detection to detection. " + _SOURCES_2025,
                        },
                    },
                },
            ],
        },
    ],
)
"""Shanxi: its measures as read-only policy data."""
