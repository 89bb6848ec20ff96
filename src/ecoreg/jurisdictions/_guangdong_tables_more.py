"""Guangdong's fine tables left out earlier for want of facts (粤环发〔2021〕7号 附件1).

Read in the annex PDF that `_guangdong_tables` names (printed page = PDF page - 15): §§4.26 and
4.27 (hazardous-waste business without or against a licence: the site factor separates
drinking-water source protection zones and ecological protection red lines, read from
``water_area``, ``ecological_redline`` and ``area``), §4.29 (livestock manure not handled, by the
herd in ``livestock_pig_equivalents``), §6.14 (building on a plot short of its remediation
targets) and §6.15 (after-care management not carried out). Only the column for units (对单位 /
对企业) is encoded: the catalogue's kinds fine the unit.

§§6.14 and 6.15 run across both of 土壤污染防治法's ranges (Arts. 91, 92: a higher one where the
case is serious, 情节严重), so each is encoded as its tables within one range (ids ending
``.ordinary`` and ``.higher``), as `_guangdong_tables_waste_soil` does; the case's ``serious``
picks the range, the range picks the table.

Besides the facts `_guangdong_tables` lists, these tables read ``water_area``,
``ecological_redline``, ``hazardous_waste_handling``, ``livestock_pig_equivalents``, ``area_m2``,
``construction_stage``, ``conduct_form``, ``soil_sensitivity``, ``other_adverse_impact`` and
``major_impact`` (all of `ecoreg.GuangdongFacts`).
"""

from __future__ import annotations

from ecoreg.jurisdictions._guangdong_tables import (
    Data,
    _brackets,
    _eq,
    _factor,
    _handling,
    _hazardous_tonnes,
    _history,
    _impact,
    _lv,
    _months,
    _ranked,
    _wan,
    _weights,
    _yuan,
)
from ecoreg.jurisdictions._guangdong_tables_waste_soil import _plot_area, _sensitivity, _years

__all__ = ["tables_more"]


def _site() -> Data:
    """经营活动所涉地点 (§§4.26, 4.27): general 0, restricted or sensitive 8 %, protected 15 %.

    一般区域 / 限批区或环境敏感区（除饮用水水源保护区、生态保护红线区域内）/ 饮用水水源保护区、生态
    保护红线区域内. As §§1.6-1.8 read it (`_guangdong_tables_water`), a buffer zone (准保护区) is
    scored with the protected zones.
    """
    sensitive = "限批区或环境敏感区（除饮用水水源保护区、生态保护红线区域内）"
    protected = "饮用水水源保护区、生态保护红线区域内"
    return _factor(
        "site",
        "经营活动所涉地点",
        "site of the business",
        _lv("一般区域", "general area", "0", _eq("area", "general")),
        *(
            _lv(sensitive, f"restricted or sensitive area ({a})", "0.08", _eq("area", a))
            for a in ("restricted", "residential", "ecological")
        ),
        _lv(protected, "drinking-water source zone", "0.15", _eq("area", "drinking_water_first")),
        *(
            _lv(protected, f"drinking-water source zone ({z})", "0.15", _eq("water_area", z))
            for z in ("drinking_buffer", "drinking_second", "drinking_first")
        ),
        _lv(protected, "ecological protection red line", "0.15", _eq("ecological_redline", True)),
    )


def _licence_tables() -> list[Data]:
    """§§4.26, 4.27 (固废法 Art. 114 ¶¶1, 2): the units' weights, × 500万 and × 200万."""
    tonnes = _hazardous_tonnes("0", "0.04", "0.11", "0.28")

    def factors() -> list[Data]:
        return [
            tonnes,
            _handling("涉案危险废物收集、贮存、利用、处置情况", "0", "0.06", "0.11", "0.32"),
            _months("0", "0.02", "0.04", "0.06", bounds=(3, 6, 12)),
            _site(),
            _history("0", "0.02", "0.05", "0.09"),
        ]

    unlicensed = "无许可证从事收集、贮存、利用、处置危险废物经营活动"
    breach = "未按照许可证规定从事收集、贮存、利用、处置危险废物经营活动"
    return [
        _weights(
            "cn-gd.table.4-26",
            "§4.26",
            [
                "waste.hazardous-unlicensed-collection-storage",
                "waste.hazardous-unlicensed-use-disposal",
            ],
            unlicensed,
            "Hazardous-waste business without a licence",
            low=1_000_000,
            high=5_000_000,
            start="0.20",
            floor=None,
            factors=factors(),
            note="pp. 107-108 (PDF pp. 122-123); 对单位的罚款金额=对单位的裁量百分值总和×500万, "
            "超过100%的按100%计算",
        ),
        _weights(
            "cn-gd.table.4-27",
            "§4.27",
            [
                "waste.hazardous-licence-breach-collection-storage",
                "waste.hazardous-licence-breach-use-disposal",
            ],
            breach,
            "Hazardous-waste business against the licence",
            low=500_000,
            high=2_000_000,
            start="0.25",
            floor=None,
            factors=factors(),
            note="pp. 108-109 (PDF pp. 123-124); 对单位的罚款金额=对单位的裁量百分值总和×200万, "
            "超过100%的按100%计算",
        ),
    ]


def _livestock() -> Data:
    """§4.29 (固废法 Art. 107, 可以处十万元以下的罚款): the herd, in pig equivalents."""
    herd = _brackets(
        "herd",
        "畜禽养殖场规模",
        "herd (pig equivalents: 500 pigs or sheep = 30,000 chickens or ducks = 100 cattle)",
        "livestock_pig_equivalents",
        ("500", "1000", "1500"),
        (
            "存栏量在500头（只）以下猪（羊）、30000羽以下鸡（鸭）或100头以下牛或其它同规模",
            "under 500 pigs",
            "0",
        ),
        (
            "存栏量在500头（只）以上1000头（只）以下猪（羊）或其它同规模",
            "500 to under 1,000 pigs",
            "1",
        ),
        (
            "存栏量在1000头（只）以上1500头（只）以下猪（羊）或其它同规模",
            "1,000 to under 1,500 pigs",
            "2",
        ),
        (
            "存栏量在1500头（只）以上猪（羊）、90000羽以上鸡（鸭）或300头以上牛或其它同规模",
            "1,500 pigs or more",
            "3",
        ),
    )
    return _ranked(
        "cn-gd.table.4-29",
        "§4.29",
        "other.livestock-waste-not-handled",
        "从事畜禽规模养殖未及时收集、贮存、利用或者处置养殖过程中产生的畜禽粪污等固体废物",
        "Large-scale livestock farm not collecting, storing, using or disposing of manure in time",
        low=0,
        high=100_000,
        factors=[herd],
        rows=_wan((0, 3), (3, 5), (5, 8), (8, 10)),
        top=_impact("whether"),
        page="p. 110 (PDF p. 125)",
    )


def _unremediated_plot() -> list[Data]:
    """§6.14 (土壤法 Art. 91 (4)): × 50万 without, × 100万 with a major impact.

    Our reading: the annex's two computations are the statute's two ranges (20 % × 500,000 =
    100,000 up to 500,000; 50 % × 1,000,000 = 500,000 up to 1,000,000): the lower within
    100,000-500,000, the higher within 500,000-1,000,000 (情节严重), and only the higher has the
    5 % of "造成重大生态环境影响或者不良社会影响".
    """
    c = "conduct_form"

    def factors() -> list[Data]:
        return [
            _plot_area(),
            _factor(
                "stage",
                "建设情况",
                "construction",
                _lv(
                    "主体工程未建成",
                    "main works not built",
                    "0",
                    _eq("construction_stage", "foundation"),
                ),
                _lv(
                    "主体工程已建成，但未投入生产使用",
                    "main works built, not in use",
                    "0.05",
                    _eq("construction_stage", "equipment"),
                ),
                _lv(
                    "主体工程已建设，且已投入生产使用",
                    "main works built and in use",
                    "0.10",
                    _eq("construction_stage", "operating"),
                ),
            ),
            _years(),
            _factor(
                "correction",
                "整改情况",
                "correction",
                _lv(
                    "立即停止违法行为，并主动拆除设备或恢复原状",
                    "stopped at once, equipment removed or the site restored",
                    "0",
                    _eq(c, "stopped_and_implemented"),
                ),
                _lv(
                    "立即停止违法行为，但未主动拆除设备或恢复原状",
                    "stopped at once, not removed or restored",
                    "0.05",
                    _eq(c, "stopped_not_implemented"),
                ),
                _lv("逾期不停止违法行为", "not stopped in time", "0.10", _eq(c, "not_stopped")),
            ),
            _brackets(
                "history",
                "近二年同类违法行为情况",
                "earlier same violations within two years",
                "violations_2y",
                ("2",),
                ("无同类违法行为", "none", "0"),
                ("有同类违法行为情况", "some", "0.08"),
            ),
            _sensitivity("0", "0.03", "0.07"),
        ]

    kind = "soil.construction-on-unremediated-plot"
    zh = "未达到土壤污染风险评估报告确定的风险管控、修复目标的建设用地地块，开工建设与风险管控、修复无关的项目"
    en = "Unrelated project started on a plot short of its risk-control or remediation targets"
    page = "pp. 145-146 (PDF pp. 160-161)"
    return [
        _weights(
            "cn-gd.table.6-14.ordinary",
            "§6.14",
            kind,
            zh,
            en,
            low=100_000,
            high=500_000,
            start="0.20",
            floor=None,
            factors=factors(),
            note=f"{page}; 未造成重大生态环境影响或者不良社会影响的罚款金额=裁量百分值总和×50万",
        ),
        _weights(
            "cn-gd.table.6-14.higher",
            "§6.14",
            kind,
            zh,
            en,
            low=500_000,
            high=1_000_000,
            start="0.50",
            floor=None,
            factors=[*factors(), _impact("weighed", "0.05")],
            note=f"{page}; 已造成重大生态环境影响或者不良社会影响的罚款金额=裁量百分值总和×100万, "
            "超过100%的按100%计算",
        ),
    ]


def _post_management() -> Data:
    """§6.15 (土壤法 Art. 92, serious: 50,000-500,000): the three rows within the higher range.

    The lower range (10,000-50,000) is `_post_management_lower`.
    """
    r, o = "refused_to_correct", "other_adverse_impact"
    degree = _factor(
        "degree",
        "违法程度",
        "degree",
        _lv(
            "限期内改正，已造成其他不良影响",
            "corrected in time, other adverse effects",
            "0",
            _eq(r, False),
            _eq(o, True),
        ),
        _lv(
            "逾期未整改，未造成其他不良影响",
            "not corrected in time, no other adverse effects",
            "1",
            _eq(r, True),
            _eq(o, False),
        ),
        _lv(
            "逾期未整改，已造成其他不良影响",
            "not corrected in time, other adverse effects",
            "2",
            _eq(r, True),
            _eq(o, True),
        ),
    )
    return _ranked(
        "cn-gd.table.6-15.higher",
        "§6.15",
        "soil.post-management-not-done",
        "土壤污染责任人或者土地使用权人未按照规定实施后期管理",
        "After-care management not carried out as required",
        low=50_000,
        high=500_000,
        factors=[degree],
        rows=_wan((5, 20), (20, 35), (35, 50)),
        top=_impact("whether"),
        page="pp. 146-147 (PDF pp. 161-162)",
    )


def _post_management_lower() -> Data:
    """§6.15 within the lower range (土壤法 Art. 92, not serious: 10,000-50,000).

    The range has one row, "限期内改正，未造成其他不良影响 1万元以上5万元以下", the whole range:
    a table of one band and no factor; an ordinary case takes its midpoint, 30,000 (Art. 12).
    """
    return {
        "id": "cn-gd.table.6-15.ordinary",
        "mode": "bands",
        "kinds": ["soil.post-management-not-done"],
        "section": "§6.15",
        "title_zh": "土壤污染责任人或者土地使用权人未按照规定实施后期管理",
        "title_en": "After-care management not carried out as required",
        "statutory_min": "10000",
        "statutory_max": "50000",
        "bands": [{"levels": {}, "min": _yuan("1"), "max": _yuan("5")}],
        "note": "pp. 146-147 (PDF pp. 161-162); the row 限期内改正，未造成其他不良影响",
    }


def tables_more() -> list[Data]:
    """The tables of §§4.26, 4.27, 4.29, 6.14 and 6.15 (uncited: `tables` cites them)."""
    return [
        *_licence_tables(),
        _livestock(),
        *_unremediated_plot(),
        _post_management(),
        _post_management_lower(),
    ]
