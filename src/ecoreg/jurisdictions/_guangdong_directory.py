"""Guangdong's no-penalty directory (粤环发〔2021〕7号 附件2) as list items, and the builders Jiangmen shares.

《广东省生态环境不予行政处罚的轻微违法行为目录》, 20 items, read in full in the annex PDF
(mirror ``Fungwingwaa/cee`` @ 22aa4af5, ``docs/.vuepress/public/static/pdf/P5/
gdssthjbyxzcfdqwwfxwml.pdf``). Each item below quotes its "不予处罚的情节" and covers the
catalogue kinds of its conduct, so it matches an act under the statute it was written against
and, from 2026-08-15, the same conduct under the 生态环境法典.

Items with alternative conditions ("或", "有下列情形之一") are one record per alternative, with the
same item number. Items 5 (acceptance report not published) and 15 (solid-waste information not
published) are not encoded: the catalogue has no kind for their conduct (the Code does not fine
it, and the catalogue holds what the Code fines). docs/jurisdictions/guangdong.md lists them.

Readings (documented, confidence L): "近一年内属于首次违法" counts one year back from the act
(Art. 22), "年度内" is the calendar year of the act (Art. 23), and the directory's note 2
("生态环境敏感区内发生的环境违法行为不适用依法可不予处罚的相关规定") binds the two "依法可以不予行政处罚"
items (7 and 9), the only ones the note's words name.
"""

from __future__ import annotations

from typing import Any

from ecoreg.jurisdictions._build import condition

__all__ = [
    "CORRECTED",
    "ECOLOGICAL_AREA",
    "FIRST",
    "FIRST_12",
    "FIRST_24",
    "FIRST_IN_YEAR",
    "GUANGDONG_SPECS",
    "SLIGHT",
    "Spec",
    "breakdown",
    "build",
]

Spec = dict[str, Any]
"""One item as plain data: number, ident, kinds, titles, basis, conditions, quote, effect."""

FIRST = condition("first_violation", "==", True, "首次违法", "a first violation")
FIRST_12 = condition(
    "first_within_12_months",
    "==",
    True,
    "近一年内属于首次违法",
    "the first violation of its kind within the past year",
)
FIRST_24 = condition(
    "first_within_24_months",
    "==",
    True,
    "两年内属于首次违法",
    "the first violation of its kind within two years",
)
FIRST_IN_YEAR = condition(
    "first_in_calendar_year",
    "==",
    True,
    "年度内属于首次违法",
    "the first violation of its kind in the calendar year",
)
CORRECTED = condition(
    "corrected_promptly",
    "==",
    True,
    "在责令改正期限内改正",
    "corrected within the correction period",
)
SLIGHT = condition("harm_at_most_slight", "==", True, "危害后果轻微", "slight harm at most")
ECOLOGICAL_AREA = condition(
    "in_ecological_sensitive_area",
    "==",
    False,
    "不在自然保护区、风景名胜区、饮用水源保护区等生态环境敏感区内（目录备注二）",
    "not in an ecological sensitive area (nature reserve, scenic area, drinking-water zone …)",
)
_STOPPED = condition(
    "stopped_or_restored",
    "==",
    True,
    "经发现后主动实施关闭或者实施停止建设、拆除涉案设备或者恢复原状等措施",
    "after discovery closed, stopped building, removed the equipment or restored the site",
)
_REPORT_FORM = condition(
    "eia_report_form",
    "==",
    True,
    "建设项目应当编制环境影响报告表",
    "a project that needs an EIA report form (报告表)",
)
_RESUBMIT = condition(
    "major_change_not_resubmitted",
    "==",
    True,
    "发生重大变动，未依法重新报批环境影响报告表",
    "not re-submitted after a major change",
)
_RE_REVIEW = condition(
    "approval_not_re_reviewed",
    "==",
    True,
    "批准超过五年方开工建设，未依法报请重新审核",
    "an approval over five years old not re-reviewed",
)
_NO_APPROVAL = [
    condition(
        "major_change_not_resubmitted",
        "==",
        False,
        "未报批或者未经批准（非重大变动未重新报批）",
        "not submitted or not approved (not a major change)",
    ),
    condition(
        "approval_not_re_reviewed",
        "==",
        False,
        "未报批或者未经批准（非超过五年未重新审核）",
        "not submitted or not approved (not an expired approval)",
    ),
]
_ONE_POLLUTANT = condition(
    "pollutants_over", "==", 1, "仅一个污染物超标", "only one pollutant over"
)
_B_CLASS = condition(
    "class_a_pollutant", "==", False, "不属于A类污染物", "not an A-class pollutant"
)
_UNDER_0_1 = condition(
    "exceedance_ratio",
    "<",
    "0.1",
    "超标排放的倍数在0.1倍以下",
    "exceedance multiple below 0.1",
)
_DAYS_20 = condition(
    "days_lasted", "<=", 20, "违法行为持续时间不超过20日", "the violation lasted at most 20 days"
)


def breakdown(*, air: bool) -> list[dict[str, Any]]:
    """The conditions of the facility-breakdown items (Guangdong 7 and 9, Jiangmen 10 and 12)."""
    return [
        condition(
            "air_pollution_facilities",
            "==",
            air,
            "大气污染防治设施" if air else "水污染防治设施",
            "air-pollution facilities" if air else "water-pollution facilities",
        ),
        condition(
            "sudden_breakdown",
            "==",
            True,
            "因突发故障导致污染防治设施不正常运行",
            "the facilities ran abnormally because of a sudden breakdown",
        ),
        condition("report_hours", "<=", 24, "24小时内及时报告", "reported within 24 hours"),
        condition(
            "emergency_measures_taken",
            "==",
            True,
            "采取应急处置、停产等措施减少污染物排放",
            "emergency measures or a production stop reduced the discharge",
        ),
        condition(
            "daily_mean_over_standard", "==", False, "日均值未超标", "the daily mean was not over"
        ),
    ]


def _specs() -> list[Spec]:
    corrected_slight = [CORRECTED, SLIGHT]
    discharge_corrected = condition(
        "corrected_promptly",
        "==",
        True,
        "在责令改正期限内改正违法排放污染物的行为",
        "the unlawful discharge corrected within the correction period",
    )
    return [
        {
            "item": 1,
            "ident": "eia-registration-form",
            "kinds": ["eia.registration-form-not-filed"],
            "title_zh": "建设单位未依法备案建设项目环境影响登记表",
            "title_en": "EIA registration form not filed",
            "basis": "环境影响评价法 Art. 22 ¶4",
            "conditions": [FIRST, *corrected_slight],
            "quote_zh": "（1）属于首次违法；（2）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        {
            "item": 2,
            "ident": "eia-not-resubmitted",
            "kinds": ["eia.unapproved-construction"],
            "title_zh": "建设单位未依法重新报批环境影响报告表，擅自开工建设",
            "title_en": "EIA report form not re-submitted after a major change; construction began",
            "basis": "环境影响评价法 Art. 24 ¶1",
            "conditions": [FIRST, _REPORT_FORM, _RESUBMIT, _STOPPED, SLIGHT],
            "quote_zh": "（1）属于首次违法；（2）经发现后主动实施关闭或者实施停止建设、拆除涉案设备"
            "或者恢复原状等措施，危害后果轻微。",
        },
        {
            "item": 3,
            "ident": "eia-not-re-reviewed",
            "kinds": ["eia.unapproved-construction"],
            "title_zh": "建设单位未依法报请重新审核环境影响报告表，擅自开工建设",
            "title_en": "EIA report form over five years old not re-reviewed; construction began",
            "basis": "环境影响评价法 Art. 24 ¶2",
            "conditions": [FIRST, _REPORT_FORM, _RE_REVIEW, *corrected_slight],
            "quote_zh": "（1）属于首次违法；（2）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        {
            "item": 4,
            "ident": "eia-unapproved-construction",
            "kinds": ["eia.unapproved-construction"],
            "title_zh": "建设单位未依法报批建设项目环境影响报告表，或建设项目环境影响报告表未经批准，"
            "擅自开工建设",
            "title_en": "EIA report form not submitted or not approved; construction began",
            "basis": "环境影响评价法 Art. 25",
            "conditions": [FIRST, _REPORT_FORM, *_NO_APPROVAL, _STOPPED, SLIGHT],
            "quote_zh": "（1）属于首次违法；（2）经发现后主动实施关闭或者实施停止建设、拆除涉案设备"
            "或者恢复原状等措施，危害后果轻微。",
        },
        {
            "item": 6,
            "ident": "water-over-limit.one-b-pollutant",
            "kinds": ["water.over-limit"],
            "title_zh": "超过水污染物排放标准排放水污染物（仅一个B类水污染物超标）",
            "title_en": "water pollutants over the standard (one B-class pollutant)",
            "basis": "水污染防治法 Art. 10",
            "conditions": [FIRST_12, _ONE_POLLUTANT, _B_CLASS, _UNDER_0_1, discharge_corrected],
            "quote_zh": "（1）近一年内属于首次违法；（2）仅一个B类水污染物超过排放标准，且超标排放的"
            "倍数在0.1倍以下……；（3）在责令改正期限内改正违法排放污染物的行为。",
        },
        {
            "item": 6,
            "ident": "water-over-limit.ph",
            "kinds": ["water.over-limit"],
            "title_zh": "超过水污染物排放标准排放水污染物（仅pH值超标）",
            "title_en": "water pollutants over the standard (only the pH value)",
            "basis": "水污染防治法 Art. 10",
            "conditions": [
                FIRST_12,
                condition("only_ph_over", "==", True, "仅pH值超过标准", "only the pH value over"),
                condition("ph_value", ">=", 5, "pH值在5-10以内（不低于5）", "pH at least 5"),
                condition("ph_value", "<=", 10, "pH值在5-10以内（不高于10）", "pH at most 10"),
                discharge_corrected,
            ],
            "quote_zh": "（1）近一年内属于首次违法；（2）……或仅pH值超过标准，且数值在5-10以内……；"
            "（3）在责令改正期限内改正违法排放污染物的行为。",
        },
        {
            "item": 6,
            "ident": "water-over-limit.colour",
            "kinds": ["water.over-limit"],
            "title_zh": "超过水污染物排放标准排放水污染物（仅色度超标）",
            "title_en": "water pollutants over the standard (only colour)",
            "basis": "水污染防治法 Art. 10",
            "conditions": [
                FIRST_12,
                condition("only_colour_over", "==", True, "仅色度超过标准", "only colour over"),
                condition("exceedance_ratio", "<", 1, "超标倍数在1倍以下", "multiple below 1"),
                discharge_corrected,
            ],
            "quote_zh": "（1）近一年内属于首次违法；（2）……或仅色度超过标准，且超标倍数在1倍以下；"
            "（3）在责令改正期限内改正违法排放污染物的行为。",
        },
        {
            "item": 7,
            "ident": "water-facilities-breakdown",
            "kinds": ["permit.facilities-ineffective"],
            "title_zh": "通过不正常运行水污染防治设施的方式排放水污染物（因突发故障）",
            "title_en": "water-pollution facilities run abnormally after a sudden breakdown",
            "basis": "水污染防治法 Art. 39",
            "effect": "may_decline",
            "conditions": [FIRST_12, *breakdown(air=False), *corrected_slight, ECOLOGICAL_AREA],
            "quote_zh": "同时满足下列情形的，依法可以不予行政处罚：（1）近一年内属于首次违法；（2）因"
            "突发故障导致污染防治设施不正常运行，24小时内及时报告并采取应急处置、停产等措施减少"
            "污染物排放；（3）日均值未超标；（4）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        {
            "item": 8,
            "ident": "air-over-limit",
            "kinds": ["air.over-limit"],
            "title_zh": "超过大气污染物排放标准排放大气污染物",
            "title_en": "air pollutants over the standard",
            "basis": "大气污染防治法 Art. 18",
            "conditions": [FIRST_12, _ONE_POLLUTANT, _B_CLASS, _UNDER_0_1, discharge_corrected],
            "quote_zh": "（1）近一年内属于首次违法；（2）仅一个B类大气污染物超过排放标准，且超标排放"
            "的倍数在0.1倍以下；（3）在责令改正期限内改正违法排放污染物的行为。",
        },
        {
            "item": 9,
            "ident": "air-facilities-breakdown",
            "kinds": ["permit.facilities-ineffective"],
            "title_zh": "通过不正常运行大气污染防治设施的方式排放大气污染物（因突发故障）",
            "title_en": "air-pollution facilities run abnormally after a sudden breakdown",
            "basis": "大气污染防治法 Art. 20 ¶2",
            "effect": "may_decline",
            "conditions": [FIRST_12, *breakdown(air=True), *corrected_slight, ECOLOGICAL_AREA],
            "quote_zh": "同时满足下列情形的，依法可以不予行政处罚：（1）近一年内属于首次违法；（2）因"
            "突发故障导致污染防治设施不正常运行，24小时内及时报告并采取应急处置、停产等措施减少"
            "污染物排放；（3）日均值未超标；（4）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        {
            "item": 10,
            "ident": "voc-not-enclosed.facilities-used",
            "kinds": ["air.voc-process-not-enclosed"],
            "title_zh": "产生含挥发性有机物废气的生产和服务活动未按要求进行密闭（已安装并使用污染防治设施）",
            "title_en": "VOC activity not enclosed, with facilities installed and used",
            "basis": "大气污染防治法 Art. 45",
            "conditions": [
                condition(
                    "facilities_installed_and_used",
                    "==",
                    True,
                    "已按照规定安装并使用污染防治设施",
                    "pollution-control facilities installed and used as required",
                ),
                condition(
                    "corrected_immediately",
                    "==",
                    True,
                    "经责令改正后立即改正违法行为",
                    "corrected at once when ordered",
                ),
                FIRST_12,
            ],
            "quote_zh": "（1）未按要求进行密闭的。已按照规定安装并使用污染防治设施，经责令改正后立即"
            "改正违法行为且近一年内属于首次违法的。",
        },
        {
            "item": 10,
            "ident": "voc-not-enclosed.cannot-enclose",
            "kinds": ["air.voc-process-not-enclosed"],
            "title_zh": "产生含挥发性有机物废气的生产和服务活动无法密闭且未采取措施减少废气排放",
            "title_en": "VOC activity that cannot be enclosed, without emission-reduction measures",
            "basis": "大气污染防治法 Art. 45",
            "conditions": [
                condition(
                    "enclosure_impossible",
                    "==",
                    True,
                    "无法密闭",
                    "the activity cannot be enclosed",
                ),
                CORRECTED,
                FIRST_12,
            ],
            "quote_zh": "（2）无法密闭且未采取措施减少废气排放的。在责令改正期限内改正违法行为且近"
            "一年内属于首次违法的。",
        },
        {
            "item": 11,
            "ident": "dusty-material-not-enclosed",
            "kinds": ["dust.dusty-material-not-enclosed"],
            "title_zh": "未密闭煤炭、煤矸石、煤渣、煤灰、水泥、石灰、石膏、砂土等易产生扬尘的物料",
            "title_en": "dusty materials stored without enclosure",
            "basis": "大气污染防治法 Art. 72 ¶1",
            "conditions": [FIRST, *corrected_slight],
            "quote_zh": "（1）属于首次违法；（2）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        {
            "item": 12,
            "ident": "hazardous-waste-sign",
            "kinds": ["waste.hazardous-no-label"],
            "title_zh": "未按照规定设置危险废物识别标志",
            "title_en": "hazardous-waste identification sign not set",
            "basis": "固体废物污染环境防治法 Art. 77",
            "conditions": [FIRST_IN_YEAR, *corrected_slight],
            "quote_zh": "（1）年度内属于首次违法；（2）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        {
            "item": 13,
            "ident": "industrial-storage-unprotected",
            "kinds": ["waste.industrial-storage-unprotected"],
            "title_zh": "贮存工业固体废物未采取符合国家环境保护标准的防护措施",
            "title_en": "industrial solid waste stored without standard protection",
            "basis": "固体废物污染环境防治法 Art. 40 ¶1",
            "conditions": [FIRST, *corrected_slight],
            "quote_zh": "（1）属于首次违法；（2）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        *_hazardous_storage(14),
        {
            "item": 16,
            "ident": "livestock-manure",
            "kinds": ["other.livestock-waste-not-handled"],
            "title_zh": "从事畜禽规模养殖未及时收集、贮存、利用或者处置养殖过程中产生的畜禽粪污等固体废物",
            "title_en": "livestock-farm manure not collected, stored, used or disposed of in time",
            "basis": "固体废物污染环境防治法 Art. 65 ¶2",
            "conditions": [FIRST, _DAYS_20, _B_CLASS, *corrected_slight],
            "quote_zh": "（1）属于首次违法；（2）违法行为持续时间不超过20日；（3）所涉固体废物不属于A类"
            "污染物；（4）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        {
            "item": 17,
            "ident": "disclosure-way",
            "kinds": ["permit.environmental-info-not-disclosed"],
            "title_zh": "重点排污单位不按照规定的方式公开环境信息",
            "title_en": "key discharger discloses environmental information in a way not prescribed",
            "basis": "企业事业单位环境信息公开办法 Art. 10",
            "conditions": [
                FIRST,
                condition(
                    "disclosed_late",
                    "==",
                    False,
                    "不按照规定的方式公开",
                    "disclosed, not in the way prescribed",
                ),
                *corrected_slight,
            ],
            "quote_zh": "（1）属于首次违法；（2）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        {
            "item": 18,
            "ident": "disclosure-late",
            "kinds": ["permit.environmental-info-not-disclosed"],
            "title_zh": "重点排污单位不在规定的时限公开环境信息",
            "title_en": "key discharger discloses environmental information after the deadline",
            "basis": "企业事业单位环境信息公开办法 Art. 11",
            "conditions": [
                FIRST,
                condition("disclosed_late", "==", True, "不在规定的时限公开", "disclosed late"),
                *corrected_slight,
            ],
            "quote_zh": "（1）属于首次违法；（2）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        {
            "item": 19,
            "ident": "permit-platform-disclosure",
            "kinds": ["permit.discharge-info-not-disclosed"],
            "title_zh": "排污单位未及时公开污染物排放信息或已公开但不符合要求",
            "title_en": "discharge information not published in time on the permit platform, "
            "or not as required",
            "basis": "排污许可管理条例 Art. 23 ¶1",
            "conditions": [FIRST, _DAYS_20, _B_CLASS, *corrected_slight],
            "quote_zh": "（1）属于首次违法；（2）违法行为持续时间不超过20日；（3）所涉污染物不属于A类"
            "污染物；（4）在责令改正期限内改正违法行为，危害后果轻微。",
        },
        {
            "item": 20,
            "ident": "ledger-not-per-permit",
            "kinds": ["monitoring.no-ledger"],
            "title_zh": "已建立台账记录制度，但未按照排污许可证规定记录",
            "title_en": "a ledger system exists but records do not follow the permit",
            "basis": "排污许可管理条例 Art. 21 ¶1",
            "conditions": [
                condition(
                    "ledger_system_established",
                    "==",
                    True,
                    "已建立台账记录制度",
                    "a ledger system exists",
                ),
                FIRST,
                _DAYS_20,
                *corrected_slight,
            ],
            "quote_zh": "（1）属于首次违法；（2）违法行为持续时间不超过20日；（3）在责令改正期限内改正"
            "违法行为，危害后果轻微。",
        },
    ]


def _hazardous_storage(number: int) -> list[Spec]:
    """Item 14 (Jiangmen 17): two alternatives, off-standard storage (≤ 0.1 t) or mixing (≤ 0.01 t)."""
    not_special = condition(
        "special_hazardous_waste",
        "==",
        False,
        "所涉危险废物不属于废弃剧毒化学品、医疗废物、实验室废物及易燃易爆危险废物",
        "not discarded highly toxic chemicals, medical, laboratory, flammable or explosive waste",
    )
    quote = (
        "（1）属于首次违法；（2）未按照国家环境保护标准贮存的，所涉危险废物不超过0.1吨；危险废物"
        "混入非危险废物中贮存的，所涉危险废物不超过0.01吨；（3）所涉危险废物不属于废弃剧毒化学品、"
        "医疗废物、实验室废物及易燃易爆危险废物；（4）在责令改正期限内改正违法行为，危害后果轻微。"
    )
    out = []
    for mixed, tonnes, ident, zh, en in (
        (False, "0.1", "storage", "未按照国家环境保护标准贮存危险废物", "stored off the standard"),
        (
            True,
            "0.01",
            "mixing",
            "将危险废物混入非危险废物中贮存",
            "mixed into non-hazardous waste",
        ),
    ):
        out.append(
            {
                "item": number,
                "ident": f"hazardous-waste-{ident}",
                "kinds": ["waste.hazardous-improper-storage-disposal"],
                "title_zh": zh,
                "title_en": f"hazardous waste {en}",
                "basis": "固体废物污染环境防治法 Art. 81 ¶2",
                "conditions": [
                    FIRST,
                    condition("mixed_into_non_hazardous", "==", mixed, zh, f"hazardous waste {en}"),
                    condition(
                        "hazardous_waste_tonnes",
                        "<=",
                        tonnes,
                        f"所涉危险废物不超过{tonnes}吨",
                        f"at most {tonnes} t of hazardous waste",
                    ),
                    not_special,
                    CORRECTED,
                    SLIGHT,
                ],
                "quote_zh": quote,
            }
        )
    return out


def build(
    spec: Spec, *, prefix: str, instrument: dict[str, Any], article: int | None, where: str
) -> dict[str, Any]:
    """A list item record (`ecoreg.NoPenaltyItem` data) from its spec."""
    record: dict[str, Any] = {
        "id": f"{prefix}.{spec['ident']}",
        "list_type": "minor",
        "item": spec["item"],
        "title_zh": spec["title_zh"],
        "title_en": spec["title_en"],
        "kinds": list(spec["kinds"]),
        "citation": {
            "instrument": instrument,
            **({"article": article} if article is not None else {}),
            "quote_zh": spec["quote_zh"],
            "note": f"{where} item {spec['item']} (written against {spec['basis']}); covers "
            f"{', '.join(spec['kinds'])}.",
        },
        "conditions": list(spec["conditions"]),
    }
    if "effect" in spec:
        record["effect"] = spec["effect"]
    return record


GUANGDONG_SPECS: tuple[Spec, ...] = tuple(_specs())
"""The directory's 18 encoded items as specs, 22 records (items 6, 10 and 14 as 3, 2 and 2
alternatives); Jiangmen's list copies most of them."""
