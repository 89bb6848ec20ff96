"""Guangdong's fine tables written for a multiple or a share of a case amount (附件1, 粤环发〔2021〕7号).

The same annex and PDF as ``_guangdong_tables`` (printed page = PDF page - 15). These tables fine
a multiple or a share of an amount of the case, not a yuan range: the total investment (§§1.1,
1.2: 建设项目总投资额百分之一以上百分之五以下), the fee charged (§1.5: 所收费用), the goods' value
(§§3.11, 3.20, 3.21: 货值金额), the direct loss of an accident (§§3.33, 4.28: 直接损失), the
disposal cost (§§4.7, 4.14, 4.15, 4.22, 4.23: 所需处置费用) and the illegal gains (the rows of
§§7.3, 7.13 and 7.14 for gains of 100,000 yuan or more). Each record names, as ``statute``, the
fine rule of the article it was written for (`ecoreg.FineRule` data: ``multiple`` or ``share``,
the base, the multipliers, a floor on the base), and applies to a case whose rule for the act's
date is that rule.

- **Weight tables** (Art. 6): the annex writes "罚款金额＝裁量百分值总和×所需处置费用×3倍" (or
  ×总投资额×5%): the total, at most 100 %, times the case's statutory maximum (the base times the
  top multiplier), never under the statutory minimum. §4.7 prints its weights as fractions
  (1/3, 1/8, 1/12, 1/24): written here to twelve places, so that a sum of them times the
  maximum rounds to the yuan the fractions give.
- **Band tables** (Art. 12): each row is a band in the statute's unit (times for a multiple); an
  ordinary case takes the midpoint, a single figure ("货值金额3倍") is a band of one.

Where the annex prints one table for a statute's two tiers (§§3.33, 4.28: 一般或者较大 /
重大或者特大 accidents), each tier is its own record. The columns for persons (对人员罚款) are
`_guangdong_tables_persons`'s records.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from ecoreg.jurisdictions._guangdong_tables import (
    Data,
    _band_rows,
    _brackets,
    _cooperation,
    _correction,
    _eq,
    _factor,
    _general_or_sensitive,
    _handling,
    _hazardous_tonnes,
    _history,
    _impact,
    _lv,
    _months,
)
from ecoreg.jurisdictions._guangdong_tables_water import _eia_document, _site

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["tables_times"]

_INVESTMENT = {"shape": "share", "base": "project_investment", "min": "0.01", "max": "0.05"}
"""环境影响评价法 Art. 31 ¶¶1-2: 建设项目总投资额百分之一以上百分之五以下."""
_GOODS_1_3 = {"shape": "multiple", "base": "goods_value", "min": "1", "max": "3"}
"""大气污染防治法 Arts. 105, 109: 货值金额一倍以上三倍以下."""
_COST_1_3 = {
    "shape": "multiple",
    "base": "disposal_cost",
    "min": "1",
    "max": "3",
    "base_floor": "100000",
}
"""固体废物污染环境防治法 Art. 102 ¶2: 所需处置费用一倍以上三倍以下，不足十万元的，按十万元计算."""
_COST_3_5 = {
    "shape": "multiple",
    "base": "disposal_cost",
    "min": "3",
    "max": "5",
    "base_floor": "200000",
}
"""固体废物污染环境防治法 Art. 112 ¶2: 所需处置费用三倍以上五倍以下，不足二十万元的，按二十万元计算."""
_LOSS_1_3 = {"shape": "multiple", "base": "direct_loss", "min": "1", "max": "3"}
_LOSS_3_5 = {"shape": "multiple", "base": "direct_loss", "min": "3", "max": "5"}
"""大气污染防治法 Art. 122 ¶2, 固体废物污染环境防治法 Art. 118 ¶2: 直接损失的一倍以上三倍以下
(一般或者较大事故), 三倍以上五倍以下 (重大或者特大事故)."""
_GAINS_1_5 = {"shape": "multiple", "base": "illegal_gains", "min": "1", "max": "5"}
"""放射性污染防治法 Arts. 53, 57: 违法所得十万元以上的，并处违法所得一倍以上五倍以下罚款."""

_RATES = ("rate_min", "rate_max")
"""A band in the statute's unit (times, or a share as a fraction)."""

_PLACES = Decimal("1e-12")
"""§4.7's fractional weights (1/3, 1/12, 1/24) to twelve places."""


def _frac(numerator: int, denominator: int) -> str:
    """A fraction the annex prints, as a share ("1/8" → "0.125", "1/3" → "0.333333333333")."""
    share = (Decimal(numerator) / Decimal(denominator)).quantize(_PLACES, rounding=ROUND_HALF_UP)
    return f"{share.normalize():f}"


def _pick(rows: Any, *factors: str) -> Callable[[dict[str, int]], tuple[str, str]]:
    """The band ``rows[rank of factors[0]][rank of factors[1]]…``."""

    def rate(levels: dict[str, int]) -> tuple[str, str]:
        found = rows
        for factor in factors:
            found = found[levels[factor]]
        low, high = found
        return str(low), str(high)

    return rate


def _record(
    ident: str,
    section: str,
    kinds: list[str],
    zh: str,
    en: str,
    statute: dict[str, str],
    page: str,
    **rest: Any,
) -> Data:
    return {
        "id": ident,
        "mode": "bands" if "bands" in rest else "weights",
        "kinds": kinds,
        "section": section,
        "title_zh": zh,
        "title_en": en,
        "statute": statute,
        **rest,
        "note": page,
    }


# --- Chapter 1: §§1.1, 1.2 (a share of the investment) and §1.5 (multiples of the fee) ----------


def _stage() -> Data:
    s = "construction_stage"
    return _factor(
        "stage",
        "建设情况",
        "construction",
        _lv("基础建设阶段", "foundation works", "0", _eq(s, "foundation")),
        _lv("设备安装阶段", "equipment being installed", "0.05", _eq(s, "equipment")),
        _lv("投入生产/使用阶段", "in production or use", "0.15", _eq(s, "operating")),
    )


def _unapproved() -> Data:
    """§§1.1 and 1.2: one table twice (报批 / 重新报批或重新审核), one kind: one record."""
    return _record(
        "cn-gd.table.1-1",
        "§§1.1, 1.2",
        ["eia.unapproved-construction"],
        "建设单位未依法报批、重新报批或报请重新审核建设项目环境影响报告书、报告表，或者未经批准、"
        "重新审核同意，擅自开工建设",
        "Construction started without the EIA report approved, re-approved or re-examined",
        _INVESTMENT,
        "pp. 1-3 (PDF pp. 16-18); 环境影响评价法 Art. 31 ¶¶1-2; 罚款金额＝裁量百分值总和×建设项目"
        "总投资额×5%; §1.2 (重新报批或报请重新审核) prints the same weights",
        start="0.20",
        factors=[
            _eia_document(),
            _site(),
            _stage(),
            _months("0", "0.03", "0.08", "0.16", bounds=(3, 6, 12)),
            _history("0", "0.03", "0.08", "0.19"),
            _cooperation("0.05", zh="配合执法调查情况"),
        ],
    )


def _defective_report() -> Data:
    """§1.5: document × area, 3-5 times the fee in half-times; a major impact 5 times."""
    document = _factor(
        "eia_document",
        "环评文件类别",
        "EIA document",
        _lv("报告表类", "report form (报告表)", "0", _eq("eia_document", "report_form")),
        _lv("报告书类", "report (报告书)", "1", _eq("eia_document", "report")),
    )
    factors = [document, _general_or_sensitive(zh="建设项目所在区域"), _impact("consequences")]

    def rate(levels: dict[str, int]) -> tuple[str, str]:
        if levels["impact"]:
            return "5", "5"
        low = 3 + (2 * levels["eia_document"] + levels["area"]) * 0.5
        return f"{low:g}", f"{low + 0.5:g}"

    return _record(
        "cn-gd.table.1-5",
        "§1.5",
        ["eia.technical-unit-defective-report"],
        "接受委托编制建设项目环境影响报告书、环境影响报告表的技术单位违反国家有关环境影响评价标准和"
        "技术规范等规定，致使其编制的报告书、报告表存在严重质量问题",
        "EIA consultancy whose report breaks the standards and has serious quality problems",
        {"shape": "multiple", "base": "service_fee", "min": "3", "max": "5"},
        "pp. 5-6 (PDF pp. 20-21); 环境影响评价法 Art. 32 ¶2, 所收费用三倍以上五倍以下",
        factors=factors,
        bands=_band_rows(factors, rate, _RATES),
    )


# --- Chapter 3: §§3.11, 3.20, 3.21 (the goods' value) and §3.33 (the direct loss) ---------------


def _coal() -> Data:
    """§3.11: tonnes burned (<1, 1-3, 3-5, 5-8, 8 or more / a major impact: 3 times)."""
    labels = ("1吨以下", "1吨以上3吨以下", "3吨以上5吨以下", "5吨以上8吨以下", "8吨以上")
    english = (
        "under 1 t",
        "1 t to under 3 t",
        "3 t to under 5 t",
        "5 t to under 8 t",
        "8 t or more",
    )
    tonnes = _brackets(
        "tonnes",
        "累计燃用吨数",
        "tonnes burned",
        "material_tonnes",
        ("1", "3", "5", "8"),
        *(
            (f"燃用不符合质量标准的煤炭、石油焦{zh}", en, str(rank))
            for rank, (zh, en) in enumerate(zip(labels, english, strict=True))
        ),
    )
    factors = [tonnes, _impact("whether")]
    steps = (("1", "1.5"), ("1.5", "2"), ("2", "2.5"), ("2.5", "3"), ("3", "3"))

    def rate(levels: dict[str, int]) -> tuple[str, str]:
        return steps[4] if levels["impact"] else steps[levels["tonnes"]]

    return _record(
        "cn-gd.table.3-11",
        "§3.11",
        ["air.substandard-coal-burning"],
        "单位燃用不符合质量标准的煤炭、石油焦",
        "Coal or petroleum coke below the quality standard burned by a unit",
        _GOODS_1_3,
        "p. 57 (PDF p. 72); 大气污染防治法 Art. 105, 货值金额一倍以上三倍以下; the last row, "
        "8吨以上或者造成重大生态环境影响或者不良社会影响的, 货值金额3倍",
        factors=factors,
        bands=_band_rows(factors, rate, _RATES),
    )


def _goods_value_tables() -> list[Data]:
    """§§3.20, 3.21: the goods' value (<1, 1-3, 3-5, 5 million or more / a major impact)."""
    size = _brackets(
        "goods_value",
        "违法程度",
        "goods' value",
        "goods_value",
        ("1000000", "3000000", "5000000"),
        ("货值金额在100万元以下", "under 1,000,000 yuan", "0"),
        ("货值金额在100万元以上300万元以下", "1,000,000 to under 3,000,000 yuan", "1"),
        ("货值金额在300万元以上500万元以下", "3,000,000 to under 5,000,000 yuan", "2"),
        ("货值金额在500万元以上", "5,000,000 yuan or more", "3"),
    )
    factors = [size, _impact("whether")]
    steps = (("1", "2"), ("2", "2.5"), ("2.5", "3"), ("3", "3"))

    def rate(levels: dict[str, int]) -> tuple[str, str]:
        return steps[3] if levels["impact"] else steps[levels["goods_value"]]

    last = (
        "the last row, 货值金额在500万元以上或者造成重大生态环境影响或者不良社会影响的, 货值金额3倍"
    )
    return [
        _record(
            "cn-gd.table.3-20",
            "§3.20",
            ["air.nonconforming-vehicle-production"],
            "生产超过污染物排放标准的机动车、非道路移动机械",
            "Motor vehicles or non-road mobile machinery made over the emission standard",
            _GOODS_1_3,
            "pp. 63-64 (PDF pp. 78-79); 大气污染防治法 Art. 109 ¶1, 货值金额一倍以上三倍以下; "
            + last,
            factors=factors,
            bands=_band_rows(factors, rate, _RATES),
        ),
        _record(
            "cn-gd.table.3-21",
            "§3.21",
            ["air.emission-fraud-by-manufacturer"],
            "机动车、非道路移动机械生产企业对发动机、污染控制装置弄虚作假、以次充好，冒充排放检验合格"
            "产品出厂销售",
            "Engines or pollution-control devices faked by a manufacturer and sold as passing",
            _GOODS_1_3,
            "p. 64 (PDF p. 79); 大气污染防治法 Art. 109 ¶2 (生态环境法典 Art. 1121 ¶2 the same), "
            "货值金额一倍以上三倍以下; " + last,
            factors=factors,
            bands=_band_rows(factors, rate, _RATES),
        ),
    ]


def _response() -> Data:
    """整改情况 of an accident: compensation taken on and remediation in time, one, or neither."""
    c, r = "compensation_assumed", "remediated_in_time"
    one = "未主动承担赔偿责任，但限期采取治理措施或者主动承担赔偿责任，但未限期采取治理措施"
    return _factor(
        "response",
        "整改情况",
        "response",
        _lv(
            "主动承担赔偿责任，且限期采取治理措施",
            "compensation taken on and remediation in time",
            "0",
            _eq(c, True),
            _eq(r, True),
        ),
        _lv(one, "remediation in time, no compensation", "1", _eq(c, False), _eq(r, True)),
        _lv(one, "compensation, no remediation in time", "1", _eq(c, True), _eq(r, False)),
        _lv(
            "既未主动承担赔偿责任，也未限期采取治理措施",
            "neither compensation nor remediation in time",
            "2",
            _eq(c, False),
            _eq(r, False),
        ),
    )


def _grade(lower: str, higher: str) -> Data:
    zh = {"general": "一般", "large": "较大", "major": "重大", "especially_major": "特大"}
    return _factor(
        "grade",
        "违法程度",
        "accident grade",
        *(
            _lv(
                f"造成{zh[g]}大气污染环境事故",
                f"{g.replace('_', ' ')} accident",
                str(rank),
                _eq("accident_grade", g),
            )
            for rank, g in enumerate((lower, higher))
        ),
    )


def _air_accident() -> list[Data]:
    """§3.33: grade × response, in each of the statute's two tiers."""
    rows = {
        "lower": ((("1", "1.5"), ("1.5", "2"), ("2", "3")), (("1.5", "2"), ("2", "3"), ("3", "3"))),
        "higher": (
            (("3", "3.5"), ("3.5", "4"), ("4", "5")),
            (("3.5", "4"), ("4", "5"), ("5", "5")),
        ),
    }
    found = []
    for tier, (lower, higher), statute, words in (
        ("lower", ("general", "large"), _LOSS_1_3, "一般或者较大, 直接损失的一倍以上三倍以下"),
        ("higher", ("major", "especially_major"), _LOSS_3_5, "重大或者特大, 三倍以上五倍以下"),
    ):
        factors = [_grade(lower, higher), _response()]
        table = rows[tier]
        found.append(
            _record(
                f"cn-gd.table.3-33.{tier}",
                "§3.33",
                ["other.accident-air"],
                "违反《中华人民共和国大气污染防治法》规定，造成大气污染事故"
                + ("（一般或者较大）" if tier == "lower" else "（重大或者特大）"),
                "Air pollution accident caused "
                + ("(general or large)" if tier == "lower" else "(major or especially major)"),
                statute,
                f"pp. 71-72 (PDF pp. 86-87); 大气污染防治法 Art. 122 ¶2, {words}; the column "
                "对人员罚款 is not encoded",
                factors=factors,
                bands=_band_rows(factors, _pick(table, "grade", "response"), _RATES),
            )
        )
    return found


# --- Chapter 4: the disposal cost (§§4.7, 4.14, 4.15, 4.22, 4.23) and §4.28 ---------------------


def _area_weights(restricted: str, sensitive: str) -> Data:
    """所在区域: 一般区域 0 / 限批区 ``restricted`` / 环境敏感区 ``sensitive``."""
    return _factor(
        "area",
        "所在区域",
        "area",
        _lv("一般区域", "general area", "0", _eq("area", "general")),
        _lv("限批区", "restricted-approval area", restricted, _eq("area", "restricted")),
        *(
            _lv("环境敏感区", f"sensitive area ({a})", sensitive, _eq("area", a))
            for a in ("residential", "ecological", "drinking_water_first")
        ),
    )


def _industrial_dumping() -> Data:
    """§4.7: start 1/3 × cost × 3 (= the statutory minimum), the factors in fractions."""
    eighth, quarter, twelfth = _frac(1, 8), _frac(1, 4), _frac(1, 12)
    return _record(
        "cn-gd.table.4-7",
        "§4.7",
        ["waste.industrial-dumping", "waste.industrial-leakage"],
        "擅自倾倒、堆放、丢弃、遗撒工业固体废物，或者未采取相应防范措施，造成工业固体废物扬散、流失、"
        "渗漏或者其他环境污染",
        "Industrial solid waste dumped, piled, discarded or spilt, or scattered, lost or leaking "
        "for want of precautions",
        _COST_1_3,
        "p. 89 (PDF p. 104); 固体废物污染环境防治法 Art. 102 ¶1 (7), ¶2; 罚款金额=裁量百分值总和×"
        "所需处置费用×3倍; the weights are printed as fractions (裁量起点 1/3)",
        start=_frac(1, 3),
        factors=[
            _brackets(
                "tonnes",
                "涉及量",
                "quantity",
                "material_tonnes",
                ("3", "10"),
                ("3吨以下", "under 3 t", "0"),
                ("3吨以上10吨以下", "3 t to under 10 t", eighth),
                ("10吨以上", "10 t or more", quarter),
            ),
            _brackets(
                "duration",
                "违法行为持续时间",
                "duration",
                "duration_days",
                ("3", "5"),
                ("3天以下", "under 3 days", "0"),
                ("3天以上5天以下", "3 to under 5 days", eighth),
                ("5天以上", "5 days or more", quarter),
            ),
            _general_or_sensitive(twelfth),
            _factor(
                "correction",
                "整改情况",
                "correction",
                _lv(
                    "主动采取整改措施，并完全消除影响",
                    "corrected of its own accord, the effects removed",
                    "0",
                    _eq("mitigated", True),
                    _eq("harm_eliminated", True),
                ),
                _lv(
                    "主动采取整改措施，但未完全消除影响",
                    "corrected of its own accord, the effects not wholly removed",
                    _frac(1, 24),
                    _eq("mitigated", True),
                    _eq("harm_eliminated", False),
                ),
                _lv(
                    "未主动采取整改措施",
                    "no correction of its own accord",
                    twelfth,
                    _eq("mitigated", False),
                ),
            ),
        ],
    )


def _hazardous_cost_tables() -> list[Data]:
    """§§4.14, 4.22, 4.23 (one set of weights) and §4.15: start 60 % × cost × 5."""
    times_5 = "罚款金额=裁量百分值总和×所需处置费用×5倍"
    same = [
        _hazardous_tonnes("0", "0.02", "0.06", "0.15"),
        _area_weights("0.04", "0.13"),
        _correction("0.05"),
        _history("0", "0.02", "0.05", "0.07"),
    ]
    found = [
        _record(
            f"cn-gd.table.4-{n}",
            f"§4.{n}",
            [kind],
            zh,
            en,
            _COST_3_5,
            f"{page}; 固体废物污染环境防治法 Art. 112 ¶1 ({item}), ¶2; {times_5}",
            start="0.60",
            factors=same,
        )
        for n, kind, zh, en, page, item in (
            (
                14,
                "waste.hazardous-dumping",
                "擅自倾倒、堆放危险废物",
                "Hazardous waste dumped or piled without authorisation",
                "p. 96 (PDF p. 111)",
                3,
            ),
            (
                22,
                "waste.hazardous-leakage",
                "未采取相应防范措施，造成危险废物扬散、流失、渗漏或者其他环境污染",
                "Hazardous waste scattered, lost or leaking for want of precautions",
                "p. 104 (PDF p. 119)",
                10,
            ),
            (
                23,
                "waste.hazardous-transport-spill",
                "在运输过程中沿途丢弃、遗撒危险废物",
                "Hazardous waste discarded or spilt along the way in transport",
                "p. 105 (PDF p. 120)",
                11,
            ),
        )
    ]
    found.append(
        _record(
            "cn-gd.table.4-15",
            "§4.15",
            ["waste.hazardous-to-unlicensed"],
            "将危险废物提供或者委托给无许可证的单位或者其他生产经营者从事经营活动",
            "Hazardous waste handed or entrusted to a party without a licence",
            _COST_3_5,
            f"pp. 96-97 (PDF pp. 111-112); 固体废物污染环境防治法 Art. 112 ¶1 (4), ¶2; {times_5}",
            start="0.60",
            factors=[
                _hazardous_tonnes("0", "0.02", "0.06", "0.11"),
                _handling("涉案危险废物去向情况", "0", "0.02", "0.04", "0.10"),
                _correction("0.05"),
                _months("0", "0.02", "0.04", "0.07", bounds=(3, 6, 12)),
                _history("0", "0.02", "0.05", "0.07"),
            ],
        )
    )
    return found


def _solid_waste_accident() -> list[Data]:
    """§4.28: the response, in each of the statute's two tiers (no split by grade within one)."""
    found = []
    for tier, statute, rates, words in (
        (
            "lower",
            _LOSS_1_3,
            (("1", "2"), ("2", "3"), ("3", "3")),
            "一般或者较大, 一倍以上三倍以下",
        ),
        (
            "higher",
            _LOSS_3_5,
            (("3", "4"), ("4", "5"), ("5", "5")),
            "重大或者特大, 三倍以上五倍以下",
        ),
    ):
        factors = [_response()]
        found.append(
            _record(
                f"cn-gd.table.4-28.{tier}",
                "§4.28",
                ["other.accident-solid-waste"],
                "违反相关规定，造成固体废物污染环境事故"
                + ("（一般或者较大）" if tier == "lower" else "（重大或者特大）"),
                "Solid-waste pollution accident caused "
                + ("(general or large)" if tier == "lower" else "(major or especially major)"),
                statute,
                f"pp. 109-110 (PDF pp. 124-125); 固体废物污染环境防治法 Art. 118 ¶2, 直接经济损失, "
                f"{words}; the column 对人员罚款 is not encoded",
                factors=factors,
                bands=_band_rows(factors, _pick(rates, "response"), _RATES),
            )
        )
    return found


# --- Chapter 7: the rows for illegal gains of 100,000 yuan or more (§§7.3, 7.13, 7.14) ----------


def _gains_tables() -> list[Data]:
    factors = [_correction(), _impact("situation")]

    def rate(levels: dict[str, int]) -> tuple[str, str]:
        if levels["impact"]:
            return "5", "5"
        return ("3", "5") if levels["correction"] else ("1", "3")

    rad = "放射性污染防治法"
    return [
        _record(
            f"cn-gd.table.7-{n}.gains",
            f"§7.{n}",
            [kind],
            zh + "（违法所得十万元以上的）",
            en + " (illegal gains of 100,000 yuan or more)",
            _GAINS_1_5,
            f"{page}; {rad} {article}, 违法所得一倍以上五倍以下; the rows for no gains or gains "
            "under 100,000 are the record without '.gains'",
            factors=factors,
            bands=_band_rows(factors, rate, _RATES),
        )
        for n, kind, zh, en, page, article in (
            (
                3,
                "radiation.isotope-activity",
                "违法生产、销售、使用、转让、进口、贮存放射性同位素和射线装置以及装备有放射性同位素的仪表",
                (
                    "Radioisotopes or ray equipment produced, sold, used, transferred, imported "
                    "or stored unlawfully"
                ),
                "pp. 158-159 (PDF pp. 173-174)",
                "Art. 53",
            ),
            (
                13,
                "radiation.unlicensed-waste-operation",
                "未经许可，擅自从事贮存和处置放射性固体废物活动",
                "Radioactive solid waste stored or disposed of without a licence",
                "p. 165 (PDF p. 180)",
                "Art. 57 (1)",
            ),
            (
                14,
                "radiation.licence-breach-waste-operation",
                "不按照许可的有关规定从事贮存和处置放射性固体废物活动",
                "Radioactive solid waste stored or disposed of against the licence",
                "p. 166 (PDF p. 181)",
                "Art. 57 (2)",
            ),
        )
    ]


def tables_times() -> list[Data]:
    """The tables written for a multiple or a share of a case amount (uncited; see the module)."""
    return [
        _unapproved(),
        _defective_report(),
        _coal(),
        *_goods_value_tables(),
        *_air_accident(),
        _industrial_dumping(),
        *_hazardous_cost_tables(),
        *_solid_waste_accident(),
        *_gains_tables(),
    ]
