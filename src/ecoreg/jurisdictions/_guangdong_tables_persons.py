"""Guangdong's columns for the persons responsible in a unit (粤环发〔2021〕7号 附件1).

Many tables of the annex print, beside the unit's column (对单位 / 对企业), a column or a formula
for 法定代表人、主要负责人、直接负责的主管人员和其他直接责任人员, often headed 对个人: each is
written for the range the article sets on those persons (docs/jurisdictions/guangdong.md,
"Columns for individuals"). Here they are records with ``party: persons``, read in the annex PDF
that `_guangdong_tables` names (printed page = PDF page - 15).

Each is derived from the unit's record of the same table (found by id among the cited unit
records, deep-copied): the same kinds and, in a formula table, the same factors and weights
(the annex prints one 裁量权重 column for both), with the persons' start, base, id and page.
The band columns vary with fewer of the factors than the unit's: the record keeps the factors
the persons' column varies with (a unit factor where it has one, otherwise the table's own
words as a fact: 逾期未改正 is ``refused_to_correct``, 造成土壤环境污染 ``pollution_caused``).

§§3.33 and 4.28 (accidents) give the persons a share of their income of the year before (上一年度
从本单位取得的收入), by the accident's grade and the response (compensation taken on of the
party's own accord, remediation in time: `_guangdong_tables_times`'s factor), for a major or
especially major accident; their "/" for a general or large accident is read as no fine on the
persons (a band of 0). 大气污染防治法 Art. 122 and, for acts from 2026-08-15, 生态环境法典
Art. 1236 let the persons be fined for every grade ("可以处"): the table chooses not to for the
lower two (our reading). 固体废物污染环境防治法 Art. 118 fines them only for the higher two, so
under it the "/" rows are never reached.

Not here: §6.11 (its column, 5,000-20,000, is not the range 土壤污染防治法 Art. 90 ¶2 sets on the
persons, 10,000-50,000); §4.34 (a party who is an individual, no kind); §5.1 (no kind).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from ecoreg.jurisdictions._guangdong_tables import (
    Data,
    _band_rows,
    _correction,
    _eq,
    _factor,
    _lv,
    _with_citation,
)
from ecoreg.jurisdictions._guangdong_tables_times import _response

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["tables_persons"]

_WHO_ZH = "（对直接负责的主管人员和其他直接责任人员）"
_WHO_EN = " (the persons responsible)"


def _derived(unit: Data, ident: str, title_en: str, low: int, high: int, page: str) -> Data:
    """A persons' record from the unit's: same kinds and factors, the persons' range and page."""
    table = copy.deepcopy(unit)
    table.pop("citation")
    table.pop("floor", None)
    base_zh = table["title_zh"].split("（")[0]
    table.update(
        id=ident,
        party="persons",
        title_zh=base_zh + _WHO_ZH,
        title_en=title_en + _WHO_EN,
        statutory_min=str(low),
        statutory_max=str(high),
        note=page,
    )
    return table


def _formula(
    unit: Data, ident: str, title_en: str, *, start: str, low: int, high: int, page: str
) -> Data:
    """对个人的罚款金额 = 对个人裁量百分值总和 × ``high``, the start ``start``."""
    table = _derived(unit, ident, title_en, low, high, page)
    table["start"] = start
    return table


def _bands(
    unit: Data,
    ident: str,
    title_en: str,
    *,
    factors: list[Data],
    amount: Callable[[dict[str, int]], tuple[int, int]],
    low: int,
    high: int,
    page: str,
) -> Data:
    """A band column over ``factors`` (by their ranks): ``amount`` gives each row's band."""
    table = _derived(unit, ident, title_en, low, high, page)
    table["factors"] = factors
    table["bands"] = _band_rows(factors, amount)
    return table


def _unit_factor(unit: Data, ident: str) -> Data:
    """A deep copy of the unit table's factor ``ident``."""
    (found,) = (f for f in unit["factors"] if f["id"] == ident)
    factor: Data = copy.deepcopy(found)
    return factor


def _soil_polluted() -> Data:
    """违法程度: 未造成 / 造成土壤环境污染 (``pollution_caused``)."""
    return _factor(
        "pollution",
        "违法程度",
        "soil pollution",
        _lv("未造成土壤环境污染", "no soil pollution caused", "0", _eq("pollution_caused", False)),
        _lv("造成土壤环境污染", "soil pollution caused", "1", _eq("pollution_caused", True)),
    )


def _two_tiers(
    tier: str, lower: tuple[int, int], upper: tuple[int, int], top: int
) -> Callable[[dict[str, int]], tuple[int, int]]:
    """The lower band, the upper band where ``tier`` is at rank 1, ``top`` with a major impact."""

    def amount(levels: dict[str, int]) -> tuple[int, int]:
        if levels["impact"]:
            return top, top
        return upper if levels[tier] else lower

    return amount


def _obstruction(first: int, step: int, top: int) -> Callable[[dict[str, int]], tuple[int, int]]:
    """§§4.52, 6.16: ten rows, the form × a repeat within a year, each ``step`` above the last."""

    def amount(levels: dict[str, int]) -> tuple[int, int]:
        if levels["form"] == 4:
            return top, top
        lo = first + step * (2 * levels["form"] + levels["prior_year"])
        return lo, min(lo + step, top)

    return amount


_GRADES = (
    ("general", "一般", "general"),
    ("large", "较大", "large"),
    ("major", "重大", "major"),
    ("especially_major", "特大", "especially major"),
)


def _accident(
    section: str,
    kind: str,
    zh: str,
    en: str,
    *,
    optional: bool,
    major: tuple[tuple[str, str], ...],
    especially_major: tuple[tuple[str, str], ...],
    page: str,
) -> Data:
    """§§3.33, 4.28: the persons' share of their income of the year before, by grade × response.

    ``major`` and ``especially_major`` give the three bands (shares) of a major or especially
    major accident by the response's rank; a general or large one has "/" (a band of 0).
    """
    grade = _factor(
        "grade",
        "事故等级",
        "accident grade",
        *(
            _lv(f"造成{g_zh}事故", f"{g_en} accident", str(rank), _eq("accident_grade", g))
            for rank, (g, g_zh, g_en) in enumerate(_GRADES)
        ),
    )
    response = _response()
    by_grade = {2: major, 3: especially_major}  # general, large: "/"
    bands = _band_rows(
        [grade, response],
        lambda lv: by_grade[lv["grade"]][lv["response"]] if lv["grade"] in by_grade else ("0", "0"),
        ("rate_min", "rate_max"),
    )
    statute: Data = {"shape": "share", "base": "prior_year_income", "max": "0.5"}
    if optional:
        statute["optional"] = True
    return {
        "id": f"cn-gd.table.{section[1:].replace('.', '-')}.persons",
        "mode": "bands",
        "party": "persons",
        "kinds": [kind],
        "section": section,
        "title_zh": zh + _WHO_ZH,
        "title_en": en + _WHO_EN,
        "statute": statute,
        "factors": [grade, response],
        "bands": bands,
        "note": page,
    }


def tables_persons(unit: list[Data]) -> list[Data]:
    """The persons' records, each derived from its unit record in ``unit`` (cited records).

    Each is cited as the unit records are (their instrument, 粤环发〔2021〕7号, the article of its
    mode), with the persons' page of the annex.
    """
    by_id = {t["id"]: t for t in unit}
    instrument: dict[str, Any] = by_id["cn-gd.table.1-4"]["citation"]["instrument"]
    soil_tiers = _two_tiers("correction", (5_000, 10_000), (10_000, 20_000), 20_000)
    found = [
        # §1.4 pp. 4-5: 未投入生产 5万元以上12万元以下, 已投入生产 12万元以上20万元以下; 造成重大
        # 生态环境影响或者不良社会影响的 20万元 (环境影响评价法 Art. 32 ¶1: 5万-20万).
        _bands(
            by_id["cn-gd.table.1-4"],
            "cn-gd.table.1-4.persons",
            "EIA report with serious quality problems",
            factors=[
                _unit_factor(by_id["cn-gd.table.1-4"], "stage"),
                _unit_factor(by_id["cn-gd.table.1-4"], "impact"),
            ],
            amount=lambda lv: (
                (200_000, 200_000)
                if lv["impact"]
                else ((120_000, 200_000) if lv["stage"] else (50_000, 120_000))
            ),
            low=50_000,
            high=200_000,
            page="pp. 4-5 (PDF pp. 19-20), the column 对法定代表人、主要负责人、直接负责的主管人员"
            "和其他直接责任人员罚款",
        ),
        # §1.8 pp. 9-11: 直接负责的主管人员和其他责任人员的罚款金额=对个人裁量百分值总和×20万,
        # 对个人 start 25 %, 超过100%的按100%计算 (建设项目环境保护管理条例 Art. 23 ¶1: 5万-20万).
        _formula(
            by_id["cn-gd.table.1-8.in-time"],
            "cn-gd.table.1-8.persons",
            "Project operating before its protection facilities were built or accepted",
            start="0.25",
            low=50_000,
            high=200_000,
            page="pp. 9-11 (PDF pp. 24-26); 直接负责的主管人员和其他责任人员的罚款金额=对个人裁量"
            "百分值总和×20万, 对个人裁量百分值总和超过100%的，按100%计算",
        ),
        # §4.26 pp. 107-108: 对个人的罚款金额=对个人的裁量百分值总和×100万, start 10 %
        # (固体废物污染环境防治法 Art. 114 ¶1: 10万-100万).
        _formula(
            by_id["cn-gd.table.4-26"],
            "cn-gd.table.4-26.persons",
            "Hazardous-waste business without a licence",
            start="0.10",
            low=100_000,
            high=1_000_000,
            page="pp. 107-108 (PDF pp. 122-123); 对个人的罚款金额=对个人的裁量百分值总和×100万",
        ),
        # §4.27 pp. 108-109: 对个人的罚款金额=对个人的裁量百分值总和×50万, start 10 % (Art. 114
        # ¶2: 5万-50万).
        _formula(
            by_id["cn-gd.table.4-27"],
            "cn-gd.table.4-27.persons",
            "Hazardous-waste business against the licence",
            start="0.10",
            low=50_000,
            high=500_000,
            page="pp. 108-109 (PDF pp. 123-124); 对个人的罚款金额=对个人的裁量百分值总和×50万",
        ),
        # §4.52 pp. 126-127: 对个人罚款 2万元以上3万元以下 … 9万元以上10万元以下 (form × a repeat
        # within a year, 1万 a row); violence 10万元 (Art. 103: 2万-10万).
        _bands(
            by_id["cn-gd.table.4-52"],
            "cn-gd.table.4-52.persons",
            "Solid-waste inspection obstructed, or falsehoods during it",
            factors=copy.deepcopy(by_id["cn-gd.table.4-52"]["factors"]),
            amount=_obstruction(20_000, 10_000, 100_000),
            low=20_000,
            high=100_000,
            page="pp. 126-127 (PDF pp. 141-142), the column 对个人罚款",
        ),
        # §6.12 pp. 143-144: 限期内改正 0.5万元以上1.2万元以下, 逾期未改正 1.2万元以上2万元以下;
        # 造成重大生态环境影响或者不良社会影响的 2万元 (土壤污染防治法 Art. 91: 5,000-20,000).
        _bands(
            by_id["cn-gd.table.6-12.higher"],
            "cn-gd.table.6-12.persons",
            "New pollution of the soil or surroundings by risk-control or remediation work",
            factors=[_correction(), _unit_factor(by_id["cn-gd.table.6-12.higher"], "impact")],
            amount=_two_tiers("correction", (5_000, 12_000), (12_000, 20_000), 20_000),
            low=5_000,
            high=20_000,
            page="pp. 143-144 (PDF pp. 158-159), the column 对直接负责的主管人员和其他直接责任人员"
            "罚款",
        ),
        # §6.13 p. 144: 未造成土壤环境污染 0.5万元以上1.2万元以下, 造成 1.2万元以上2万元以下;
        # major impact 2万元 (Art. 91).
        _bands(
            by_id["cn-gd.table.6-13.higher"],
            "cn-gd.table.6-13.persons",
            "Polluted soil moved without reporting the transport plan in advance",
            factors=[_soil_polluted(), _unit_factor(by_id["cn-gd.table.6-13.higher"], "impact")],
            amount=_two_tiers("pollution", (5_000, 12_000), (12_000, 20_000), 20_000),
            low=5_000,
            high=20_000,
            page="p. 144 (PDF p. 159), the column 对直接负责的主管人员和其他直接责任人员罚款",
        ),
        # §6.14 pp. 145-146: 直接负责的主管人员和其他责任人员的罚款金额=对个人裁量百分值总和×2万,
        # start 25 %, the factors of the unit's table with a major impact (5 %), capped at 100 %
        # (Art. 91 (4): 5,000-20,000).
        _formula(
            by_id["cn-gd.table.6-14.higher"],
            "cn-gd.table.6-14.persons",
            "Unrelated project started on a plot short of its risk-control or remediation targets",
            start="0.25",
            low=5_000,
            high=20_000,
            page="pp. 145-146 (PDF pp. 160-161); 直接负责的主管人员和其他责任人员的罚款金额=对个人"
            "裁量百分值总和×2万, 超过100%的，按100%计算",
        ),
        # §6.16 pp. 147-148: 对个人罚款 5000元以上7000元以下 … 19000元以上2万元以下 (the last row
        # prints "19000元以下"); violence 2万元 (Art. 93: 5,000-20,000).
        _bands(
            by_id["cn-gd.table.6-16"],
            "cn-gd.table.6-16.persons",
            "Soil inspection not cooperated with, or falsehoods during it",
            factors=copy.deepcopy(by_id["cn-gd.table.6-16"]["factors"]),
            amount=_obstruction(5_000, 2_000, 20_000),
            low=5_000,
            high=20_000,
            page="pp. 147-148 (PDF pp. 162-163), the column 对个人罚款; its row 有同类违法行为 of "
            "消极暴力 prints 19000元以下2万元以下, read 19000元以上",
        ),
        *(
            _bands(
                by_id[f"cn-gd.table.{n}.higher"],
                f"cn-gd.table.{n}.persons",
                en,
                factors=[_correction(), _unit_factor(by_id[f"cn-gd.table.{n}.higher"], "impact")],
                amount=soil_tiers,
                low=5_000,
                high=20_000,
                page=f"{page}, the column 对直接负责的主管人员和其他直接责任人员罚款",
            )
            # §§6.17, 6.18, 6.21: 限期内改正 0.5万元以上1万元以下, 逾期未改正 1万元以上2万元以下;
            # major impact 2万元 (Art. 94: 5,000-20,000).
            for n, en, page in (
                (
                    "6-17",
                    "Soil-pollution survey not carried out as required",
                    "pp. 148-149 (PDF pp. 163-164)",
                ),
                (
                    "6-18",
                    "Soil-pollution risk assessment not carried out as required",
                    "pp. 149-150 (PDF pp. 164-165)",
                ),
                (
                    "6-21",
                    "Risk-control or remediation effect not assessed",
                    "pp. 153-154 (PDF pp. 168-169)",
                ),
            )
        ),
        *(
            # §§6.19, 6.20 pp. 150-153: 直接负责的主管人员和其他责任人员的罚款金额=对个人裁量百分值
            # 总和×2万, 对个人 start 25 %, capped at 100 % (Art. 94 (3), (4): 5,000-20,000).
            _formula(
                by_id[f"cn-gd.table.{n}.higher"],
                f"cn-gd.table.{n}.persons",
                en,
                start="0.25",
                low=5_000,
                high=20_000,
                page=f"{page}; 直接负责的主管人员和其他责任人员的罚款金额=对个人裁量百分值总和×2万, "
                "超过100%的，按100%计算",
            )
            for n, en, page in (
                (
                    "6-19",
                    "Soil risk-control measures not taken as required",
                    "pp. 150-151 (PDF pp. 165-166)",
                ),
                (
                    "6-20",
                    "Soil remediation not carried out as required",
                    "pp. 151-153 (PDF pp. 166-168)",
                ),
            )
        ),
        # §3.33 pp. 71-72: 对人员罚款, a major accident 10%以下 / 10%以上30%以下 / 30%以上50%以下,
        # an especially major one 30%以下 / 30%以上50%以下 / 50%, by the response; "/" below
        # (大气污染防治法 Art. 122 ¶1: 可以处上一年度从本企业事业单位取得收入百分之五十以下的罚款).
        _accident(
            "§3.33",
            "other.accident-air",
            "违反《中华人民共和国大气污染防治法》规定，造成大气污染事故",
            "Air pollution accident caused",
            optional=True,
            major=(("0", "0.10"), ("0.10", "0.30"), ("0.30", "0.50")),
            especially_major=(("0", "0.30"), ("0.30", "0.50"), ("0.50", "0.50")),
            page="pp. 71-72 (PDF pp. 86-87); 对人员罚款: 上一年度从本单位取得的收入的比例, "
            "造成一般、较大大气污染环境事故的为“/”",
        ),
        # §4.28 pp. 109-110: 重大或者特大, 15%以下 / 15%以上30%以下 / 30%以上50%以下, one column
        # for both grades; "/" for a general or large accident (固废法 Art. 118 ¶2: 处上一年度从本单位
        # 取得的收入百分之五十以下的罚款, for a major or especially major accident only).
        _accident(
            "§4.28",
            "other.accident-solid-waste",
            "违反相关规定，造成固体废物污染环境事故",
            "Solid-waste pollution accident caused",
            optional=False,
            major=(("0", "0.15"), ("0.15", "0.30"), ("0.30", "0.50")),
            especially_major=(("0", "0.15"), ("0.15", "0.30"), ("0.30", "0.50")),
            page="pp. 109-110 (PDF pp. 124-125); 对人员罚款: 上一年度从本单位取得的收入的比例, "
            "造成一般或者较大固体废物污染环境事故的为“/”",
        ),
    ]
    return [_with_citation(t, instrument) for t in found]
