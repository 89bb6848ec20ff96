"""The national baseline policy: 行政处罚法 and the Civil Code's period rules as data.

`NATIONAL_DATA` is plain data, in the same shape a province's or city's JSON
file has, so the national layer is validated and resolved exactly like local
ones. `national_policy_book` builds it; `PolicyBook.extend` adds local layers.

Example:
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

from ecoreg import laws
from ecoreg._policy import PolicyBook

if TYPE_CHECKING:
    from ecoreg._citations import Citation

__all__ = ["NATIONAL", "NATIONAL_DATA", "national_policy_book"]

NATIONAL = "CN"
"""The code of the national jurisdiction."""


def _entry(citation: Citation, value: Any, *, note: str | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"value": value, "basis": "law"}
    for key in ("article", "paragraph", "item", "quote_zh"):
        if (v := getattr(citation, key)) is not None:
            entry[key] = v
    if note is not None:
        entry["note"] = note
    return entry


_ART_33_P1 = laws.APL_ART_33.model_copy(update={"paragraph": 1})
_ART_33_P2 = laws.APL_ART_33.model_copy(update={"paragraph": 2})
_ART_33_P3 = laws.APL_ART_33.model_copy(update={"paragraph": 3})

NATIONAL_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "jurisdictions": [
            {"code": NATIONAL, "name_zh": "全国", "name_en": "National", "level": "national"},
        ],
        "measures": [
            {
                "id": "cn.administrative-penalty-law",
                "jurisdiction": NATIONAL,
                "title_zh": "中华人民共和国行政处罚法",
                "title_en": "Administrative Penalty Law of the PRC",
                "versions": [
                    {
                        "in_force_from": laws.ADMINISTRATIVE_PENALTY_LAW.in_force.isoformat(),
                        "instrument": laws.ADMINISTRATIVE_PENALTY_LAW.to_data(),
                        "parameters": {
                            "penalty.working_day_periods": _entry(laws.APL_ART_85, [2, 3, 5, 7]),
                            "penalty.payment_deadline_days": _entry(laws.APL_ART_67, 15),
                            "penalty.deferral_and_installments_allowed": _entry(
                                laws.APL_ART_66, value=True
                            ),
                            "penalty.late_surcharge_daily_rate": _entry(laws.APL_ART_72_1, "0.03"),
                            "penalty.late_surcharge_cap_ratio": _entry(laws.APL_ART_72_1, "1"),
                            "penalty.enforcement_limit_from_term_end": _entry(
                                laws.APL_ART_72_2, value=True
                            ),
                            "penalty.limitation_years": _entry(laws.APL_ART_36, 2),
                            "penalty.limitation_years_extended": _entry(laws.APL_ART_36, 5),
                            "leniency.minor_no_harm_no_penalty": _entry(_ART_33_P1, value=True),
                            "leniency.first_violation_may_decline": _entry(_ART_33_P1, value=True),
                            "leniency.no_fault_no_penalty": _entry(_ART_33_P2, value=True),
                            "leniency.education_required": _entry(_ART_33_P3, value=True),
                        },
                    }
                ],
            },
            {
                "id": "cn.civil-code.periods",
                "jurisdiction": NATIONAL,
                "title_zh": "中华人民共和国民法典（期间的计算）",
                "title_en": "Civil Code of the PRC (counting of periods)",
                "versions": [
                    {
                        "in_force_from": laws.CIVIL_CODE.in_force.isoformat(),
                        "instrument": laws.CIVIL_CODE.to_data(),
                        "parameters": {
                            "period.roll_last_day_to_working_day": _entry(
                                laws.CIVIL_CODE_ART_203, value=True
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
    return PolicyBook.from_data(NATIONAL_DATA)
