"""Shaanxi (陕西省): the no-penalty lists and the red/yellow/green scoring on a 70-point base."""

from __future__ import annotations

from ecoreg.jurisdictions._build import condition, default, jurisdiction, layer, measure, param
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA", "SCORING_MEASURE"]

SCORING_MEASURE = "cn-sn.enterprise-scoring"
"""The id of the scoring measure (red/yellow/green codes on a 70-point base)."""

CODE = "CN-SN"

_SHAANXI_LIST = {
    "id": "cn-sn.no-penalty-lists",
    "name_zh": "陕西省生态环境轻微违法行为不予处罚和首次违法免罚清单",
    "name_en": "Shaanxi no-penalty lists for minor and first environmental violations",
    "issuer_zh": "陕西省生态环境厅",
    "in_force": "2021-07-15",
}


_SHAANXI_SCORE = {
    "id": "cn-sn.enterprise-scoring",
    "name_zh": "陕西省排污单位环境信用与风险赋码（报道）",
    "name_en": "Shaanxi enterprise scoring and colour codes (as reported)",
    "issuer_zh": "陕西省生态环境厅",
    "in_force": "2025-01-01",
}


DATA = layer(
    [jurisdiction(CODE, "陕西省", "Shaanxi", "province", NATIONAL)],
    [
        {
            "id": "cn-sn.no-penalty-lists",
            "jurisdiction": CODE,
            "title_zh": _SHAANXI_LIST["name_zh"],
            "title_en": _SHAANXI_LIST["name_en"],
            "versions": [
                {
                    "in_force_from": "2021-07-15",
                    "instrument": _SHAANXI_LIST,
                    "parameters": {
                        "leniency.no_penalty_list": {
                            "basis": "local",
                            "note": "14 minor + 11 first-violation items (second-hand); the "
                            "air-exceedance item is encoded. The list's exact title, date and "
                            "item numbers are not in ecoreg's sources.",
                            "value": [
                                {
                                    "id": "cn-sn.air-exceedance",
                                    "list_type": "minor",
                                    "title_zh": "大气污染物轻微超标排放",
                                    "title_en": "slight air-pollutant exceedance",
                                    "kinds": ["air.over-limit"],
                                    "citation": {"instrument": _SHAANXI_LIST},
                                    "conditions": [
                                        condition(
                                            "toxic_pollutant",
                                            "==",
                                            False,
                                            "不含有毒有害大气污染物",
                                            "no toxic pollutant",
                                        ),
                                        condition(
                                            "pollutants_over",
                                            "<=",
                                            1,
                                            "仅一项污染物超标",
                                            "only one pollutant over",
                                        ),
                                        condition(
                                            "hourly_exceedance_multiple",
                                            "<",
                                            "0.1",
                                            "小时均值超标倍数小于0.1倍",
                                            "hourly exceedance multiple below 0.1",
                                        ),
                                        condition(
                                            "hours_over_in_day",
                                            "<=",
                                            4,
                                            "一个自然日内超标时段不超过4小时",
                                            "at most 4 hours over in a calendar day",
                                        ),
                                        condition(
                                            "corrected_promptly",
                                            "==",
                                            True,
                                            "及时改正",
                                            "corrected promptly",
                                        ),
                                    ],
                                }
                            ],
                        },
                    },
                }
            ],
        },
        measure(
            "cn-sn.enterprise-scoring",
            CODE,
            "陕西省排污单位环境信用与风险赋码",
            "Shaanxi scoring and red/yellow/green codes",
            "2025-01-01",
            _SHAANXI_SCORE,
            {
                "grading.method": param("bands", "Score bands on a 70-point base.", "local"),
                "grading.credit_base": param("70", "Base of 70 points (second-hand).", "local"),
                "grading.grade_bands": param(
                    ["90", "60", "40"], "A ≥ 90, B 60–90, C 40–60, D < 40.", "local"
                ),
                "grading.credit_level_bands": default(
                    ["90", "60", "40"],
                    "The local variant of the four credit levels on the 70-point base: "
                    "诚信 ≥ 90, 良好 ≥ 60, 警示 ≥ 40, else 不良, aligned with the A–D bands "
                    "(the national bands 90/75/60 assume a 100-point base).",
                ),
                "grading.clean_record_bonus": default(
                    "10",
                    "Reaching A from the 70-point base needs bonuses the sources do not list; "
                    "ecoreg gives 10 for a clean record, 5 for compliant disclosure and 5 on the "
                    "positive list.",
                ),
                "grading.disclosure_points": default(["5", "5"], "See the clean-record bonus."),
                "grading.positive_list_bonus": default("5", "See the clean-record bonus."),
                "grading.colour_by_grade": param(
                    ["green", "green", "yellow", "red"],
                    "Red, yellow and green codes (seed: 48,000 green, 631 yellow, 127 red of "
                    "~50,000); the mapping from grades is ecoreg's default.",
                    "local",
                ),
            },
        ),
    ],
)
"""Shaanxi: its measures as read-only policy data."""
