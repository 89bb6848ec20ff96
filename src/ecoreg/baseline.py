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
from typing import Any

from ecoreg import laws
from ecoreg._citations import Citation, Instrument
from ecoreg._policy import PolicyBook

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


def _kind(
    kind_id: str,
    name_zh: str,
    name_en: str,
    category: str,
    citation: Citation,
    fine_min: int,
    fine_max: int,
    **flags: bool,
) -> dict[str, Any]:
    return {
        "id": kind_id,
        "name_zh": name_zh,
        "name_en": name_en,
        "category": category,
        "citation": citation.to_data(),
        "fine_min": str(fine_min),
        "fine_max": str(fine_max),
        **flags,
    }


def _cite(instrument: Instrument, article: int, item: int | None = None, **extra: Any) -> Citation:
    return Citation(instrument=instrument, article=article, item=item, **extra)


def _catalogue() -> list[dict[str, Any]]:
    air, water, permit = laws.AIR_POLLUTION_LAW, laws.WATER_POLLUTION_LAW, laws.PERMIT_REGULATION
    evading_note = (
        "大气污染防治法 Art. 20 ¶2 counts tampering with or falsifying monitoring data as evading "
        "supervision, which Art. 99 (3) punishes."
    )
    return [
        # 大气污染防治法 Art. 99: 100,000–1,000,000 yuan.
        _kind(
            "air.no-permit",
            "未依法取得排污许可证排放大气污染物",
            "air discharge without a permit",
            "air",
            _cite(air, 99, 1),
            100_000,
            1_000_000,
            daily_penalty=True,
        ),
        _kind(
            "air.over-limit",
            "超标或者超总量排放大气污染物",
            "over-limit air discharge",
            "air",
            _cite(air, 99),
            100_000,
            1_000_000,
            daily_penalty=True,
        ),
        _kind(
            "air.evading-monitoring",
            "以逃避监管的方式排放大气污染物",
            "evading monitoring (air)",
            "air",
            _cite(air, 99, 3),
            100_000,
            1_000_000,
            never_lenient=True,
            daily_penalty=True,
        ),
        _kind(
            "monitoring.falsified-data",
            "篡改、伪造监测数据",
            "falsified or tampered monitoring data",
            "monitoring",
            _cite(air, 99, 3, note=evading_note),
            100_000,
            1_000_000,
            never_lenient=True,
            daily_penalty=True,
        ),
        # 水污染防治法 Art. 83: 100,000–1,000,000 yuan.
        _kind(
            "water.over-limit",
            "超标或者超总量排放水污染物",
            "over-limit water discharge",
            "water",
            _cite(water, 83, 2),
            100_000,
            1_000_000,
            daily_penalty=True,
        ),
        _kind(
            "water.evading-monitoring",
            "以暗管、篡改数据等逃避监管的方式排放水污染物",
            "evading monitoring (water: hidden pipes, falsified data)",
            "water",
            _cite(water, 83, 3),
            100_000,
            1_000_000,
            never_lenient=True,
            daily_penalty=True,
        ),
        # 排污许可管理条例 Art. 36: 20,000–200,000 yuan.
        _kind(
            "monitoring.not-networked",
            "未按规定安装自动监测设备或者未与监控设备联网",
            "automatic monitoring not installed or not networked",
            "monitoring",
            _cite(permit, 36),
            20_000,
            200_000,
        ),
        _kind(
            "monitoring.not-running",
            "未保证自动监测设备正常运行",
            "automatic monitoring not kept running",
            "monitoring",
            _cite(permit, 36),
            20_000,
            200_000,
        ),
        _kind(
            "monitoring.anomaly-not-reported",
            "自动监测数据异常未及时报告",
            "abnormal monitoring data not reported",
            "monitoring",
            _cite(permit, 36),
            20_000,
            200_000,
        ),
        # 大气污染防治法 Art. 108 (5): 20,000–200,000; Art. 117 (1)(2): 10,000–100,000.
        _kind(
            "dust.industrial-not-enclosed",
            "钢铁、建材、矿产等企业未采取密闭、围挡、遮盖等措施控制扬尘",
            "steel, building-material or mining works not enclosing or covering to control dust",
            "dust",
            _cite(air, 108, 5),
            20_000,
            200_000,
        ),
        _kind(
            "dust.uncovered-stockpile",
            "易产生扬尘的物料未密闭、未设置围挡或者未采取覆盖措施",
            "dusty materials not enclosed, fenced or covered",
            "dust",
            _cite(air, 117, 2),
            10_000,
            100_000,
            daily_penalty=True,
        ),
    ]


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
                "id": "cn.violation-catalogue",
                "jurisdiction": NATIONAL,
                "title_zh": "生态环境违法行为及其法定罚款幅度",
                "title_en": "Environmental violations and their statutory fine ranges",
                "versions": [
                    {
                        # The date from which every cited text is in force (排污许可管理条例).
                        "in_force_from": laws.PERMIT_REGULATION.in_force.isoformat(),
                        # ecoreg's compilation; every kind carries its own statutory citation.
                        "instrument": {
                            "id": "ecoreg.violation-catalogue",
                            "name_zh": "生态环境违法行为法定罚款幅度汇编",
                            "name_en": "Compilation of statutory fine ranges for environmental "
                            "violations",
                            "issuer_zh": "ecoreg",
                            "in_force": laws.PERMIT_REGULATION.in_force.isoformat(),
                        },
                        "parameters": {
                            "violations.catalogue": {"value": _catalogue(), "basis": "law"},
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
