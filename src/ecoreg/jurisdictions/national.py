"""National (全国): the baseline every jurisdiction starts from, as policy data.

行政处罚法 and the Civil Code's period rules as parameters, and the national
catalogue of violations (`ecoreg.law.catalogue`), each conduct with its dated
legal bases. `DATA` is plain data, in the same shape a province's or city's
file has, so the national layer is validated and resolved exactly like local
ones. ecoreg's documented defaults are a separate layer (`defaults`).

Examples:
    >>> import datetime as dt
    >>> policy = national_policy_book().resolve("CN", dt.date(2026, 3, 1))
    >>> policy.as_decimal("penalty.late_surcharge_daily_rate")
    Decimal('0.03')
    >>> policy.citation("penalty.late_surcharge_daily_rate").label_zh
    '《中华人民共和国行政处罚法》第七十二条第一款第（一）项'
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ecoreg.core._policy import PolicyBook
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.law import catalogue, civil_code, permit_regulation

if TYPE_CHECKING:
    from ecoreg.core._citations import Citation

__all__ = ["CODE", "DATA", "national_policy_book"]

CODE = "CN"
"""The code of the national jurisdiction."""


def _entry(citation: Citation, value: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"value": value, "basis": "law"}
    for key in ("article", "paragraph", "item", "quote_zh"):
        if (v := getattr(citation, key)) is not None:
            entry[key] = v
    return entry


DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "jurisdictions": [
            {"code": CODE, "name_zh": "全国", "name_en": "National", "level": "national"},
        ],
        "measures": [
            {
                "id": "cn.administrative-penalty-law",
                "jurisdiction": CODE,
                "title_zh": "中华人民共和国行政处罚法",
                "title_en": "Administrative Penalty Law of the PRC",
                "versions": [
                    {
                        "in_force_from": apl.INSTRUMENT.in_force.isoformat(),
                        "instrument": apl.INSTRUMENT.to_data(),
                        "parameters": {
                            "period.working_day_periods": _entry(apl.ART_85, [2, 3, 5, 7]),
                            "penalty.payment_deadline_days": _entry(apl.ART_67, 15),
                            "penalty.deferral_and_installments_allowed": _entry(
                                apl.ART_66, value=True
                            ),
                            "penalty.late_surcharge_daily_rate": _entry(apl.ART_72_1, "0.03"),
                            "penalty.late_surcharge_cap_ratio": _entry(apl.ART_72_1, "1"),
                            "penalty.enforcement_limit_from_term_end": _entry(
                                apl.ART_72_2, value=True
                            ),
                            "leniency.minor_no_harm_no_penalty": _entry(apl.ART_33_1, value=True),
                            "leniency.first_violation_may_decline": _entry(
                                apl.ART_33_1, value=True
                            ),
                            "leniency.no_fault_no_penalty": _entry(apl.ART_33_2, value=True),
                            "leniency.education_required": _entry(apl.ART_33_3, value=True),
                        },
                    }
                ],
            },
            {
                "id": "cn.violation-catalogue",
                "jurisdiction": CODE,
                "title_zh": "生态环境违法行为及其法定罚款幅度",
                "title_en": "Environmental violations and their statutory fine ranges",
                "versions": [
                    {
                        # The date from which every cited text is in force (排污许可管理条例).
                        "in_force_from": permit_regulation.INSTRUMENT.in_force.isoformat(),
                        # ecoreg's compilation; every basis carries its own statutory citation
                        # and the days it applies to acts (ecoreg.law.catalogue).
                        "instrument": {
                            "id": "ecoreg.violation-catalogue",
                            "name_zh": "生态环境违法行为法定罚款幅度汇编",
                            "name_en": "Compilation of statutory fine ranges for environmental "
                            "violations",
                            "issuer_zh": "ecoreg",
                            "in_force": permit_regulation.INSTRUMENT.in_force.isoformat(),
                        },
                        "parameters": {
                            "violations.catalogue": {
                                "value": [dict(k) for k in catalogue.KINDS_DATA],
                                "basis": "law",
                            },
                        },
                    }
                ],
            },
            {
                "id": "cn.civil-code.periods",
                "jurisdiction": CODE,
                "title_zh": "中华人民共和国民法典（期间的计算）",
                "title_en": "Civil Code of the PRC (counting of periods)",
                "versions": [
                    {
                        "in_force_from": civil_code.INSTRUMENT.in_force.isoformat(),
                        "instrument": civil_code.INSTRUMENT.to_data(),
                        "parameters": {
                            "period.roll_last_day_to_working_day": _entry(
                                civil_code.ART_203, value=True
                            ),
                        },
                    }
                ],
            },
        ],
    }
)
"""The national layer as plain data (read-only)."""


@lru_cache(maxsize=1)
def national_policy_book() -> PolicyBook:
    """The policy book holding only the national layer (built once; books are immutable)."""
    return PolicyBook.from_data(DATA)
