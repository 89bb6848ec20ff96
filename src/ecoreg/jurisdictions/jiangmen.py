"""Jiangmen (江门市, CN-GD-JM), Guangdong: its list of minor violations not penalized, 2022-02-01 to 2025-01-31.

《江门市生态环境依法不予行政处罚的轻微环境违法行为清单》 (江环〔2021〕231号, 江门市生态环境局), 40
items, read in full (http://www.jiangmen.gov.cn/bmpd/jmssthjj/zwgk/bmwj/content/post_2511354.html;
mirror ``Fungwingwaa/cee`` @ 22aa4af5, ``docs/posts/P5/jmssthjyfbyxzcfdqwhjwfxwqd.md``). Note 5:
"本清单自2022年2月1日起施行，有效期三年", so in force 2022-02-01 to **2025-01-31**; no successor
is known, so a decision on a later date applies only Guangdong's directory (which Jiangmen
inherits), with the measure-ended reason.

Items 1–5, 9–14, 17–18, 30–32, 35 and 40 copy the provincial directory's items 1–5, 6–11, 14,
16, 17–19, 15 and 20 (item 11 adds "危害后果轻微" to the provincial item 8); items 15 and 16 copy
provincial items 12 and 13 with a two-year first-violation window; the others are Jiangmen's own.
Note 2 widens the provincial note: the "可以不予处罚" items (10 and 12) do not apply in ecological
or residential sensitive areas (人居环境敏感区).

Encoded: 31 of the 40 items. Not encoded, each for want of a kind in the catalogue for its
conduct during the list's life: 5 (acceptance report), 7 (post-EIA evaluation), 19, 22 and 23
(duties of 广东省固体废物污染环境防治条例), 24 (noise facilities dismantled with the noise *within*
limits: the national kind needs it over), 29 (ozone-depleting substances filing), 35 (solid-waste
information) and 39 (emergency plan filing: the Code's kind starts 2026-08-15, after the list
ended). docs/jurisdictions/guangdong.md lists them.
"""

from __future__ import annotations

import copy
from typing import Any

from ecoreg.jurisdictions._build import condition, jurisdiction, layer
from ecoreg.jurisdictions._guangdong_directory import (
    CORRECTED,
    FIRST_24,
    GUANGDONG_SPECS,
    SLIGHT,
    Spec,
    build,
)
from ecoreg.jurisdictions.guangdong import CODE as GUANGDONG

__all__ = ["CODE", "DATA", "LIST_MEASURE"]

CODE = "CN-GD-JM"

LIST_MEASURE = "cn-gd-jm.no-penalty-list"
"""The id of the list's measure."""

_LIST = {
    "id": "cn-gd-jm.no-penalty-list.2022",
    "name_zh": "江门市生态环境依法不予行政处罚的轻微环境违法行为清单",
    "name_en": "Jiangmen list of minor environmental violations not penalized by law",
    "number": "江环〔2021〕231号",
    "issuer_zh": "江门市生态环境局",
    "in_force": "2022-02-01",
    "url": "http://www.jiangmen.gov.cn/bmpd/jmssthjj/zwgk/bmwj/content/post_2511354.html",
}

_RESIDENTIAL_AREA = condition(
    "in_residential_sensitive_area",
    "==",
    False,
    "不在以居住、医疗卫生、文教科研、行政办公等为主要功能的人居环境敏感区内（清单备注二）",
    "not in a residential, medical, educational or administrative sensitive area",
)

_F2Y_QUOTE = "（1）属于两年内首次违法；（2）在责令改正期限内改正违法行为，危害后果轻微。"

_COPIES: dict[int, tuple[str, ...]] = {
    1: ("eia-registration-form",),
    2: ("eia-not-resubmitted",),
    3: ("eia-not-re-reviewed",),
    4: ("eia-unapproved-construction",),
    9: ("water-over-limit.one-b-pollutant", "water-over-limit.ph", "water-over-limit.colour"),
    10: ("water-facilities-breakdown",),
    11: ("air-over-limit",),
    12: ("air-facilities-breakdown",),
    13: ("voc-not-enclosed.facilities-used", "voc-not-enclosed.cannot-enclose"),
    14: ("dusty-material-not-enclosed",),
    15: ("hazardous-waste-sign",),
    16: ("industrial-storage-unprotected",),
    17: ("hazardous-waste-storage", "hazardous-waste-mixing"),
    18: ("livestock-manure",),
    30: ("disclosure-way",),
    31: ("disclosure-late",),
    32: ("permit-platform-disclosure",),
    40: ("ledger-not-per-permit",),
}
"""Jiangmen's number → the provincial items (by ident) it copies."""


def _copy(number: int, spec: Spec) -> Spec:
    out = copy.deepcopy(spec)
    out["item"] = number
    if (
        number == 11
    ):  # "（3）在责令改正期限内改正违法行为，危害后果轻微" (provincial item 8 has no harm clause)
        out["conditions"] = [*out["conditions"][:-1], CORRECTED, SLIGHT]
        out["quote_zh"] = (
            "（1）近一年内属于首次违法；（2）仅一个B类大气污染物超过排放标准，且超标排放的倍数在"
            "0.1倍以下；（3）在责令改正期限内改正违法行为，危害后果轻微。"
        )
    if number in {10, 12}:
        out["conditions"] = [*out["conditions"], _RESIDENTIAL_AREA]
    if number in {15, 16}:  # item 15: "两年内属于首次违法"; item 16: "属于两年内首次违法"
        out["conditions"] = [FIRST_24, *out["conditions"][1:]]
        out["quote_zh"] = (
            "（1）两年内属于首次违法；（2）在责令改正期限内改正违法行为，危害后果轻微。"
            if number == 15
            else _F2Y_QUOTE
        )
    return out


def _own() -> list[Spec]:
    """Jiangmen's own items with a kind in the catalogue."""

    def f2y(
        number: int,
        ident: str,
        kinds: list[str],
        zh: str,
        en: str,
        basis: str,
        *extra: dict[str, Any],
        quote: str = _F2Y_QUOTE,
    ) -> Spec:
        return {
            "item": number,
            "ident": ident,
            "kinds": kinds,
            "title_zh": zh,
            "title_en": en,
            "basis": basis,
            "conditions": [FIRST_24, *extra, CORRECTED, SLIGHT],
            "quote_zh": quote,
        }

    late = condition(
        "disclosure_late_or_incomplete",
        "==",
        True,
        "未及时公开或公开内容不全",
        "published late or incompletely, not withheld",
    )
    late_quote = (
        "（1）属于两年内首次违法；（2）未及时公开或公开内容不全；（3）在责令改正期限内改正违法行为，"
        "危害后果轻微。"
    )
    return [
        f2y(
            6,
            "eia-design-or-contract",
            ["eia.facilities-not-designed-or-contracted"],
            "建设单位编制建设项目初步设计未落实防治环境污染和生态破坏的措施以及环境保护设施投资概算，"
            "未将环境保护设施建设纳入施工合同",
            "preliminary design without pollution measures or budget, or facilities not in the "
            "construction contract",
            "建设项目环境保护管理条例 Art. 16",
            condition(
                "project_completed_or_in_use",
                "==",
                False,
                "建设项目未开工建设或已开工建设，但未完工、未投入生产或使用",
                "the project is not completed and not in production or use",
            ),
            quote="（1）属于两年内首次违法；（2）建设项目未开工建设或已开工建设，但未完工、未投入"
            "生产或使用；（3）在责令改正期限内改正违法行为，危害后果轻微。",
        ),
        f2y(
            8,
            "facilities-used-before-acceptance",
            ["eia.facilities-not-completed"],
            "对环境影响报告书、环境影响报告表已经批准的建设项目的配套环境保护设施，建设单位未经验收"
            "合格即投入生产或者使用",
            "facilities of an approved project used before their acceptance",
            "建设项目环境保护管理条例 Art. 19 ¶1",
            condition(
                "facilities_built_as_approved",
                "==",
                True,
                "环评文件已经批准，环保设施已按要求建成",
                "EIA approved and facilities built as required",
            ),
            condition(
                "acceptance_deadline_passed",
                "==",
                False,
                "未超过验收期限",
                "the acceptance deadline has not passed",
            ),
            quote="（1）属于两年内首次违法；（2）环评文件已经批准，环保设施已按要求建成；（3）未超过"
            "验收期限；（4）在责令改正期限内改正违法行为，危害后果轻微。",
        ),
        f2y(
            20,
            "hazardous-waste-plan",
            ["waste.hazardous-no-plan"],
            "产生危险废物的单位，未按照国家有关规定制定危险废物管理计划",
            "hazardous-waste management plan not drawn up",
            "固体废物污染环境防治法 Art. 78",
        ),
        f2y(
            21,
            "hazardous-waste-contingency-plan",
            ["waste.hazardous-no-contingency-plan"],
            "产生、收集、贮存、运输、利用、处置非重点危险废物的单位，未依法制定意外事故的防范措施和"
            "应急预案，未向所在地生态环境主管部门和其他负有固体废物污染环境防治监督管理职责的部门备案",
            "units handling non-key hazardous waste without an accident-prevention and "
            "emergency plan filed",
            "固体废物污染环境防治法 Art. 85",
            condition(
                "key_hazardous_waste", "==", False, "非重点危险废物", "not key hazardous waste"
            ),
        ),
        f2y(
            25,
            "soil-key-unit-duties",
            [
                "monitoring.soil-not-self-monitored",
                "soil.hazard-inspection-system-missing",
                "soil.annual-discharge-report-missing",
            ],
            "土壤污染重点监管单位未制定、实施自行监测方案，或者未将监测数据报生态环境主管部门的；"
            "土壤污染重点监管单位未按年度报告有毒有害物质排放情况，或者未建立土壤污染隐患排查制度",
            "soil key-supervision unit: no self-monitoring, annual report or hidden-danger system",
            "土壤污染防治法 Art. 21 ¶2 (2)(3)",
        ),
        f2y(
            26,
            "tailings-soil-monitoring",
            ["soil.tailings-not-monitored"],
            "尾矿库运营、管理单位未按照规定进行土壤污染状况监测",
            "tailings pond operator without soil monitoring",
            "土壤污染防治法 Art. 23 ¶2",
        ),
        f2y(
            27,
            "soil-post-management",
            ["soil.post-management-not-done"],
            "土壤污染责任人或者土地使用权人未按照规定实施后期管理",
            "post-remediation management not carried out",
            "土壤污染防治法 Art. 42 ¶3",
        ),
        f2y(
            28,
            "soil-survey",
            ["soil.survey-not-done-risk-plot", "soil.survey-not-done-key-unit-land"],
            "未按照规定进行土壤污染状况调查",
            "soil pollution survey not carried out",
            "土壤污染防治法 Arts. 59, 67",
        ),
        f2y(
            33,
            "cems-data-not-published",
            ["air.monitoring-data-not-disclosed"],
            "重点排污单位未公开大气污染物排放自动监测数据的",
            "key discharger: air CEMS data not published",
            "大气污染防治法 Art. 24 ¶1",
            late,
            quote=late_quote,
        ),
        f2y(
            34,
            "toxic-water-info",
            ["monitoring.toxic-water-outlet-not-monitored"],
            "排放有毒有害水污染物名录中所列有毒有害水污染物的企业事业单位和其他生产经营者未按规定"
            "公开有毒有害水污染物信息",
            "toxic water pollutant information not published",
            "水污染防治法 Art. 32 ¶2",
            condition(
                "outlet_and_surroundings_monitored",
                "==",
                True,
                "已按照规定对有毒有害水污染物的排污口和周边环境进行监测",
                "the outlet and its surroundings were monitored as required",
            ),
            quote="（1）属于两年内首次违法；（2）已按照规定对有毒有害水污染物的排污口和周边环境进行"
            "监测；（3）在责令改正期限内改正违法行为，危害后果轻微。",
        ),
        f2y(
            36,
            "waste-plant-data",
            ["monitoring.waste-plant-not-monitoring"],
            "生活垃圾处理单位违反未将污染排放数据实时公开",
            "household-waste plant: discharge data not published in real time",
            "固体废物污染环境防治法 Art. 56",
            late,
            quote=late_quote,
        ),
        f2y(
            37,
            "self-monitoring",
            ["monitoring.water-not-self-monitored", "monitoring.air-not-self-monitored"],
            "企业事业单位和其他生产经营者未按照国家有关规定和监测规范，对所排放的污染物进行监测并"
            "保存原始监测记录",
            "no self-monitoring or monitoring records",
            "水污染防治法 Art. 23 ¶1; 大气污染防治法 Art. 24 ¶1",
        ),
        f2y(
            38,
            "cems-not-running",
            ["monitoring.not-running", "monitoring.water-not-running"],
            "已按照规定安装、使用污染物排放自动监测设备且按规定与生态主管部门的监控设备联网的企业"
            "事业单位和其他生产经营者，未能保证监测设备正常运行",
            "installed and networked automatic monitoring equipment not kept running normally",
            "水污染防治法 Art. 23 ¶1; 大气污染防治法 Art. 24 ¶1",
        ),
    ]


def _specs() -> list[Spec]:
    by_ident = {s["ident"]: s for s in GUANGDONG_SPECS}
    copies = [_copy(n, by_ident[i]) for n, idents in _COPIES.items() for i in idents]
    return sorted([*copies, *_own()], key=lambda s: s["item"])


JIANGMEN_SPECS: tuple[Spec, ...] = tuple(_specs())
"""The list's 31 encoded items as specs (items 9, 13 and 17 as alternatives)."""

_ITEMS = [
    build(s, prefix="cn-gd-jm", instrument=_LIST, article=None, where="江环〔2021〕231号")
    for s in JIANGMEN_SPECS
]

DATA = layer(
    [jurisdiction(CODE, "江门市", "Jiangmen", "city", GUANGDONG)],
    [
        {
            "id": LIST_MEASURE,
            "jurisdiction": CODE,
            "title_zh": "江门市生态环境依法不予行政处罚的轻微环境违法行为清单",
            "title_en": "Jiangmen list of minor environmental violations not penalized by law",
            "versions": [
                {
                    "in_force_from": "2022-02-01",
                    "in_force_until": "2025-01-31",
                    "instrument": _LIST,
                    "parameters": {
                        "leniency.no_penalty_list": {
                            "basis": "local",
                            "quote_zh": "本清单自2022年2月1日起施行，有效期三年。",
                            "note": "31 of the list's 40 items (read in full, local-measures.md "
                            "§3.6); the nine others have no kind in the catalogue. Records merge "
                            "by id: Guangdong's directory (binding province-wide, Art. 13) still "
                            "applies in Jiangmen beside the city's items, which are tried first.",
                            "value": _ITEMS,
                        },
                    },
                }
            ],
        },
    ],
)
"""Jiangmen: its measures as read-only policy data."""
