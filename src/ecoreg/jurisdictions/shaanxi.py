"""Shaanxi (陕西省, CN-SN; 行政区划代码 610000): red/yellow/green scoring on a 70-point base.

The no-penalty list ecoreg carried here until issue 25 is Shanxi's (山西省, CN-SX): see
`ecoreg.jurisdictions.shanxi`. No Shaanxi no-penalty list is in ecoreg's sources.
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import default, jurisdiction, layer, measure, param
from ecoreg.jurisdictions.national import CODE as NATIONAL

__all__ = ["CODE", "DATA", "SCORING_MEASURE"]

SCORING_MEASURE = "cn-sn.enterprise-scoring"
"""The id of the scoring measure (red/yellow/green codes on a 70-point base)."""

CODE = "CN-SN"

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
