"""The national catalogue of violations: each conduct with its legal bases over time.

A kind names the conduct (over-limit air discharge, uncovered dusty stockpile …);
its bases say which article made it a violation and with what fine range on
which days: the repealed statute's article for acts until 2026-08-14, the
生态环境法典's from 2026-08-15 (the table of ``shared/law/eco-code.md``, checked
against the Code's text). The rules choose between them by 行政处罚法 Art. 37 /
Code Art. 1057. A jurisdiction adds kinds, or replaces one, in its own policy
data (records merge by id).

Examples:
    >>> import datetime as dt
    >>> over = kind("air.over-limit")
    >>> [b.citation.instrument.name_zh for b in over.bases]
    ['中华人民共和国大气污染防治法', '中华人民共和国生态环境法典']
    >>> over.basis_on(dt.date(2026, 8, 15)).citation.article
    1107
"""

from __future__ import annotations

from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ecoreg.core._records import ViolationKind
from ecoreg.exceptions import InvalidInputError
from ecoreg.law import air_pollution_law as air
from ecoreg.law import eco_code as code
from ecoreg.law import environmental_protection_law as epl
from ecoreg.law import permit_regulation as permit
from ecoreg.law import water_pollution_law as water
from ecoreg.law._repeal import LAST_DAY_BEFORE_CODE

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ecoreg.core._citations import Citation

__all__ = ["KINDS_DATA", "SECTION_MODULES", "kind", "kinds"]

SECTION_MODULES = (
    "s01_monitoring",
    "s02_eia",
    "s03_permits",
    "s04_air",
    "s05_water",
    "s06_marine",
    "s07_soil",
    "s08_solid_waste",
    "s09_noise",
    "s10_radioactive",
    "s11_chemicals",
    "s12_ecology",
    "s13_low_carbon",
    "s14_other",
)
"""The catalogue's modules, one per section of Book 5's 分则 (法律责任分则), in the Code's order."""


def _daily(citation: Citation, *, obstruction_counts: bool = False) -> dict[str, Any]:
    return {"citation": citation.to_data(), "obstruction_counts": obstruction_counts}


def _basis(
    citation: Citation,
    fine_min: int,
    fine_max: int,
    *,
    daily: dict[str, Any] | None = None,
    until: str | None = None,
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "citation": citation.to_data(),
        "fine_min": str(fine_min),
        "fine_max": str(fine_max),
    }
    if daily is not None:
        entry["daily_penalty"] = daily
    if until is not None:
        entry["in_force_until"] = until
    return entry


def _kind(
    kind_id: str, name_zh: str, name_en: str, category: str, *bases: dict[str, Any], **flags: bool
) -> dict[str, Any]:
    return {
        "id": kind_id,
        "name_zh": name_zh,
        "name_en": name_en,
        "category": category,
        "bases": list(bases),
        **flags,
    }


# The daily continuous penalty: 大气污染防治法 Art. 123 (1)–(4) for air and dust from storage;
# 环境保护法 Art. 59 for water; from 2026-08-15 生态环境法典 Art. 1060, which also counts a
# refusal or obstruction of the re-inspection and covers unlawful discharges (排放、倾倒、处置).
_AIR_123 = {n: air.ART_123.model_copy(update={"item": n}) for n in (1, 2, 3, 4)}
_CODE_DAILY = _daily(code.ART_1060, obstruction_counts=True)
_EPL_DAILY = _daily(epl.ART_59)

# The Code keeps 排污许可管理条例 in force: from 2026-08-15 the Code's article is the basis, and
# Code Art. 1055 (the higher fine where one act breaks several norms) makes no difference while
# the ranges are equal.
_PERMIT_UNTIL = LAST_DAY_BEFORE_CODE.isoformat()
_MONITORING_NOTE = (
    "排污许可管理条例 Art. 36 stays in force with the same 20,000–200,000 range; by Code "
    "Art. 1055 the higher fine applies, which is the same."
)
_CODE_1086 = code.ART_1086_1_2.model_copy(update={"note": _MONITORING_NOTE})

KINDS_DATA: tuple[Mapping[str, Any], ...] = tuple(
    MappingProxyType(k)
    for k in (
        _kind(
            "air.no-permit",
            "未依法取得排污许可证排放大气污染物",
            "air discharge without a permit",
            "air",
            # 大气污染防治法 Art. 99 (1): 100,000–1,000,000 yuan.
            _basis(air.ART_99_1, 100_000, 1_000_000, daily=_daily(_AIR_123[1])),
            # 生态环境法典 Art. 1102: 200,000–1,000,000 yuan (industrial noise 20,000–200,000).
            _basis(code.ART_1102, 200_000, 1_000_000, daily=_CODE_DAILY),
        ),
        _kind(
            "air.over-limit",
            "超标或者超总量排放大气污染物",
            "over-limit air discharge",
            "air",
            # 大气污染防治法 Art. 99 (2): 100,000–1,000,000 yuan.
            _basis(air.ART_99_2, 100_000, 1_000_000, daily=_daily(_AIR_123[2])),
            # 生态环境法典 Art. 1107: 100,000–1,000,000 yuan.
            _basis(code.ART_1107, 100_000, 1_000_000, daily=_CODE_DAILY),
        ),
        _kind(
            "air.evading-monitoring",
            "以逃避监管的方式排放大气污染物",
            "evading monitoring (air)",
            "air",
            # 大气污染防治法 Art. 99 (3): 100,000–1,000,000 yuan.
            _basis(air.ART_99_3, 100_000, 1_000_000, daily=_daily(_AIR_123[3])),
            # 生态环境法典 Art. 1108: 100,000–1,000,000 yuan, plus referral for detention.
            _basis(code.ART_1108, 100_000, 1_000_000, daily=_CODE_DAILY),
            never_lenient=True,
        ),
        _kind(
            "monitoring.falsified-data",
            "篡改、伪造监测数据",
            "falsified or tampered monitoring data",
            "monitoring",
            # 大气污染防治法 Art. 20 ¶2 counts falsifying data as evading supervision (Art. 99 (3)).
            _basis(
                air.ART_99_3.model_copy(
                    update={
                        "note": "大气污染防治法 Art. 20 ¶2 counts tampering with or falsifying "
                        "monitoring data as evading supervision, which Art. 99 (3) punishes."
                    }
                ),
                100_000,
                1_000_000,
                daily=_daily(_AIR_123[3]),
            ),
            # 生态环境法典 Art. 1088: 100,000–1,000,000 yuan (and 50,000–200,000 on the persons
            # responsible). Falsifying data is not itself a discharge, so Art. 1060 does not reach
            # it; falsified data used to discharge is evading supervision (Art. 1108).
            _basis(
                code.ART_1088.model_copy(
                    update={
                        "note": "Also 50,000–200,000 yuan on the persons directly responsible. "
                        "Where falsified data were the means of discharging, the conduct is "
                        "evading supervision (Art. 1108, kind air.evading-monitoring)."
                    }
                ),
                100_000,
                1_000_000,
            ),
            never_lenient=True,
        ),
        _kind(
            "water.over-limit",
            "超标或者超总量排放水污染物",
            "over-limit water discharge",
            "water",
            # 水污染防治法 Art. 83 (2): 100,000–1,000,000 yuan.
            _basis(water.ART_83_2, 100_000, 1_000_000, daily=_EPL_DAILY),
            # 生态环境法典 Art. 1107.
            _basis(code.ART_1107, 100_000, 1_000_000, daily=_CODE_DAILY),
        ),
        _kind(
            "water.evading-monitoring",
            "以暗管、篡改数据等逃避监管的方式排放水污染物",
            "evading monitoring (water: hidden pipes, falsified data)",
            "water",
            # 水污染防治法 Art. 83 (3): 100,000–1,000,000 yuan.
            _basis(water.ART_83_3, 100_000, 1_000_000, daily=_EPL_DAILY),
            # 生态环境法典 Art. 1108.
            _basis(code.ART_1108, 100_000, 1_000_000, daily=_CODE_DAILY),
            never_lenient=True,
        ),
        *(
            _kind(
                kind_id,
                name_zh,
                name_en,
                "monitoring",
                # 排污许可管理条例 Art. 36: 20,000–200,000 yuan.
                _basis(permit.ART_36, 20_000, 200_000, until=_PERMIT_UNTIL),
                # 生态环境法典 Art. 1086 ¶1 (2): 20,000–200,000 yuan.
                _basis(_CODE_1086, 20_000, 200_000),
            )
            for kind_id, name_zh, name_en in (
                (
                    "monitoring.not-networked",
                    "未按规定安装自动监测设备或者未与监控设备联网",
                    "automatic monitoring not installed or not networked",
                ),
                (
                    "monitoring.not-running",
                    "未保证自动监测设备正常运行",
                    "automatic monitoring not kept running",
                ),
                (
                    "monitoring.anomaly-not-reported",
                    "自动监测数据异常未及时报告",
                    "abnormal monitoring data not reported",
                ),
            )
        ),
        _kind(
            "monitoring.equipment-interference",
            "损毁、擅自移动或者改变自动监测设备",
            "automatic monitoring equipment damaged, moved or altered",
            "monitoring",
            # 大气污染防治法 Art. 100 (1): 20,000–200,000 yuan.
            _basis(air.ART_100_1, 20_000, 200_000),
            # 生态环境法典 Art. 1093: 20,000–200,000 yuan.
            _basis(code.ART_1093, 20_000, 200_000),
        ),
        _kind(
            "dust.industrial-not-enclosed",
            "钢铁、建材、矿产等企业未采取密闭、围挡、遮盖等措施控制扬尘",
            "steel, building-material or mining works not enclosing or covering to control dust",
            "dust",
            # 大气污染防治法 Art. 108 (5): 20,000–200,000 yuan.
            _basis(air.ART_108_5, 20_000, 200_000),
            # 生态环境法典 Art. 1120 ¶1 (5): 20,000–200,000 yuan.
            _basis(code.ART_1120_1_5, 20_000, 200_000),
        ),
        _kind(
            "dust.uncovered-stockpile",
            "易产生扬尘的物料未密闭、未设置围挡或者未采取覆盖措施",
            "dusty materials not enclosed, fenced or covered",
            "dust",
            # 大气污染防治法 Art. 117 (2): 10,000–100,000 yuan; Art. 123 (4) allows the daily
            # penalty for dust from storage.
            _basis(air.ART_117_2, 10_000, 100_000, daily=_daily(_AIR_123[4])),
            # 生态环境法典 Art. 1130 ¶1 (3): 10,000–100,000 yuan. Art. 1060 reaches unlawful
            # discharges; storing dusty material is not named, and ¶3 leaves adding kinds to local
            # regulations, so no daily penalty unless a local regulation adds it.
            _basis(code.ART_1130_1_3, 10_000, 100_000),
        ),
    )
)
"""Every built-in kind as plain data (what a policy file holds)."""


@cache
def kinds() -> Mapping[str, ViolationKind]:
    """The built-in kinds, validated, by id."""
    return MappingProxyType({k["id"]: ViolationKind.from_data(dict(k)) for k in KINDS_DATA})


def kind(kind_id: str) -> ViolationKind:
    """The built-in kind ``kind_id``.

    Raises:
        InvalidInputError: for an id the national catalogue does not have.
    """
    try:
        return kinds()[kind_id]
    except (KeyError, TypeError):
        raise InvalidInputError(
            field="kind", value=kind_id, allowed=f"one of {sorted(kinds())}"
        ) from None
