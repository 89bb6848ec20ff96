"""Xuhui District (徐汇区), Shanghai: A–D grading of inspection targets on credit + risk (seed)."""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, measure, seed
from ecoreg.jurisdictions.shanghai import CODE as SHANGHAI

__all__ = ["CODE", "DATA"]

CODE = "CN-SH-XH"


DATA = layer(
    [jurisdiction(CODE, "徐汇区", "Xuhui District", "district", SHANGHAI)],
    [
        measure(
            "cn-sh-xh.inspection-grading",
            CODE,
            "徐汇区涉企行政检查对象分级（信用+风险）",
            "Xuhui: A–D grading of inspection targets on credit + risk",
            "2025-01-01",
            {
                "id": "cn-sh-xh.inspection-plan.2025",
                "name_zh": "徐汇区2025年度涉企行政检查计划（报道）",
                "name_en": "Xuhui 2025 inspection plan (as reported)",
                "issuer_zh": "上海市徐汇区生态环境局",
                "in_force": "2025-01-01",
            },
            {
                "grading.method": seed(
                    "matrix",
                    "Seed: inspection targets graded A, B, C, D on a 'credit + risk' principle, "
                    "updated dynamically; intensity differs by grade.",
                ),
                "supervision.offsite_first_grades": seed(
                    ["A", "B", "C"], "Seed: data verified before on-site checks (数据先行)."
                ),
            },
        )
    ],
)
"""Xuhui District: its measures as read-only policy data."""
