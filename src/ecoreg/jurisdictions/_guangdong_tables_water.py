"""Guangdong's fine tables of 附件1 chapters 1 (环评类) and 2 (水污染防治类), 粤环发〔2021〕7号.

Read from the annex PDF named in `ecoreg.jurisdictions._guangdong_tables` (printed page = PDF
page - 15). §§2.5, 2.7 and 2.8 are encoded there; this module holds the others of the two
chapters that a catalogue kind covers with the range the table was written for. Where the annex
gives one table for two statutory tiers (限期内改正 / 逾期未改正), each tier is its own table, so
that the fit rule picks the one whose range applies. A band table's "造成重大生态环境影响或者不良
社会影响的" row is the ``impact`` factor (fact ``major_impact``); where that row's amount lies
outside a tier's range (§§2.10, 2.11), only the tier it fits carries it.

The tables not encoded, and why, are listed in docs/jurisdictions/guangdong.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.jurisdictions._guangdong_tables import (
    Data,
    _area_binary,
    _bands,
    _brackets,
    _cooperation,
    _correction,
    _eq,
    _factor,
    _flag,
    _history,
    _impact,
    _lv,
    _networking,
    _num,
    _prior_year,
    _ranked,
    _weights,
)

if TYPE_CHECKING:
    from ecoreg.jurisdictions._guangdong_tables import Band, Levels

__all__ = ["tables_water"]


def _choice(ident: str, zh: str, en: str, fact: str, *values: tuple[str, str, str]) -> Data:
    """A band factor whose levels are ``values`` (value, zh, en), ranked in the order given."""
    return _factor(
        ident,
        zh,
        en,
        *(_lv(vzh, ven, str(rank), _eq(fact, v)) for rank, (v, vzh, ven) in enumerate(values)),
    )


def _mitigation() -> Data:
    return _factor(
        "mitigation",
        "整改情况",
        "mitigation",
        _lv(
            "已采取措施消除或减轻违法后果",
            "measures taken to remove or reduce the consequences",
            "0",
            _eq("mitigated", True),
        ),
        _lv(
            "未采取措施消除或减轻违法后果",
            "no measures taken against the consequences",
            "1",
            _eq("mitigated", False),
        ),
    )


def _water_body() -> Data:
    """江河、水库、湖泊、地下水 / 特殊经济文化价值水体 / 生活饮用水水源保护区（含准保护区）."""
    drinking = ("drinking_buffer", "drinking_second", "drinking_first")
    return _factor(
        "water_body",
        "区域类型",
        "water",
        _lv(
            "江河、水库、湖泊、地下水",
            "rivers, reservoirs, lakes, groundwater",
            "0",
            _eq("water_area", "ordinary"),
        ),
        _lv(
            "风景名胜区水体、重要渔业水体和其他具有特殊经济文化价值水体",
            "scenic, important fishery or other water of special value",
            "1",
            _eq("water_area", "special_value"),
        ),
        *(
            _lv(
                "生活饮用水水源保护区（含准保护区）",
                f"drinking-water source protection zone ({z})",
                "2",
                _eq("water_area", z),
            )
            for z in drinking
        ),
    )


def _zone() -> Data:
    return _choice(
        "zone",
        "区域类型",
        "drinking-water source zone",
        "water_area",
        ("drinking_buffer", "饮用水水源准保护区", "buffer zone"),
        ("drinking_second", "饮用水水源二级保护区", "second-grade zone"),
        ("drinking_first", "饮用水水源一级保护区", "first-grade zone"),
    )


def _by_body(rows: tuple[tuple[str, str], ...]) -> list[tuple[tuple[str, str], ...]]:
    """Six bands (万元) by water body and mitigation, as the annex prints them."""
    return [(rows[0], rows[1]), (rows[2], rows[3]), (rows[4], rows[5])]


_BODY_100 = (("10", "20"), ("20", "30"), ("30", "45"), ("45", "60"), ("60", "80"), ("80", "100"))
"""§§2.12, 2.13, 2.16 (水法 Art. 85 ¶2, 100,000-1,000,000)."""
_BODY_20 = (("2", "5"), ("5", "8"), ("8", "11"), ("11", "14"), ("14", "17"), ("17", "20"))
"""§§2.14, 2.15, 2.17 (水法 Art. 85 ¶2, 20,000-200,000)."""


def _water_85(
    ident: str, section: str, kind: str, zh: str, en: str, *, high: int, page: str
) -> Data:
    """§§2.12, 2.14, 2.16, 2.17: water body × mitigation, and the impact row."""
    rows = _BODY_100 if high == 1_000_000 else _BODY_20
    return _ranked(
        ident,
        section,
        [kind],
        zh,
        en,
        low=high // 10,
        high=high,
        factors=[_water_body(), _mitigation()],
        rows=rows,
        top=_impact("consequences"),
        top_last=False,
        page=page,
    )


# --- Chapter 1: 环评类 -------------------------------------------------------------------------


def _eia_document() -> Data:
    """项目环评文件类别: 报告表 0 / 报告书 5 % / 报告书 and 重点管理 10 %."""
    return _factor(
        "eia_document",
        "项目环评文件类别",
        "EIA document",
        _lv("报告表类", "report form (报告表)", "0", _eq("eia_document", "report_form")),
        _lv(
            "报告书类，但未纳入排污许可证重点管理",
            "report (报告书), not under key permit management",
            "0.05",
            _eq("eia_document", "report"),
        ),
        _lv(
            "报告书类，且已纳入排污许可证重点管理",
            "report (报告书), under key permit management",
            "0.10",
            _eq("eia_document", "report"),
            _eq("permit_class", "key"),
        ),
    )


def _site() -> Data:
    """建设项目地点: 一般区域 0 / 限批区或环境敏感区 6 % / 饮用水水源保护区、生态保护红线 15 %."""
    sensitive = "限批区或环境敏感区（除饮用水水源保护区、生态保护红线区域内）"
    protected = "饮用水水源保护区、生态保护红线区域内"
    return _factor(
        "site",
        "建设项目地点",
        "project site",
        _lv("一般区域", "general area", "0", _eq("area", "general")),
        *(
            _lv(sensitive, f"restricted or sensitive area ({a})", "0.06", _eq("area", a))
            for a in ("restricted", "residential", "ecological")
        ),
        _lv(protected, "drinking-water source zone", "0.15", _eq("area", "drinking_water_first")),
        *(
            _lv(protected, f"drinking-water source zone ({z})", "0.15", _eq("water_area", z))
            for z in ("drinking_buffer", "drinking_second", "drinking_first")
        ),
        _lv(protected, "ecological protection red line", "0.15", _eq("ecological_redline", True)),
    )


def _discharge() -> Data:
    return _factor(
        "discharge",
        "产排污情况",
        "discharge",
        _lv("未排放污染物", "no pollutants", "0", _eq("project_discharge", "none")),
        _lv(
            "除有毒有害污染物以外的其他污染物",
            "pollutants, not toxic",
            "0.05",
            _eq("project_discharge", "other"),
        ),
        _lv("有毒有害污染物", "toxic pollutants", "0.13", _eq("project_discharge", "toxic")),
    )


def _half_years() -> Data:
    return _brackets(
        "duration",
        "违法行为持续时间",
        "duration",
        "duration_months",
        ("6", "12"),
        ("6个月以下", "under 6 months", "0"),
        ("6个月以上12个月以下", "6 to under 12 months", "0.06"),
        ("12个月以上", "12 months or more", "0.11"),
    )


def _form(fact_values: tuple[tuple[str, str, str, str], ...], zh: str = "违法程度") -> Data:
    return _factor(
        "form",
        zh,
        "form",
        *(_lv(vzh, ven, w, _eq("conduct_form", v)) for v, vzh, ven, w in fact_values),
    )


def _chapter_1() -> list[Data]:
    design = (
        (
            "design_measures",
            "建设单位编制建设项目初步设计未落实防治环境污染和生态破坏的措施以及环境保护设施投资概算",
            "measures and the facilities' budget left out of the preliminary design",
            "0.03",
        ),
        (
            "not_in_contract",
            "未将环境保护设施建设纳入施工合同",
            "facilities left out of the construction contract",
            "0.06",
        ),
    )
    design_factors = [
        _eia_document(),
        _discharge(),
        _form(design),
        _site(),
        _half_years(),
        _history("0", "0.04", "0.08", "0.14"),
        _cooperation("0.05", "配合执法调查情况"),
    ]
    design_zh = (
        "建设单位编制建设项目初步设计未落实防治环境污染和生态破坏的措施以及环境保护设施投资概算，"
        "未将环境保护设施建设纳入施工合同"
    )
    design_en = (
        "Protection measures left out of the preliminary design or the construction contract"
    )
    stage = _factor(
        "stage",
        "建设情况",
        "construction stage",
        _lv("基础建设阶段", "foundations", "0", _eq("construction_stage", "foundation")),
        _lv(
            "设备安装阶段", "equipment installation", "0.05", _eq("construction_stage", "equipment")
        ),
        _lv(
            "投入生产/使用阶段",
            "in production or use",
            "0.15",
            _eq("construction_stage", "operating"),
        ),
    )
    stop = (
        (
            "stopped_and_implemented",
            "立即停止建设并主动落实环境保护对策措施",
            "stopped at once and put the measures in place",
            "0",
        ),
        (
            "stopped_not_implemented",
            "立即停止建设，但未主动落实环境保护对策措施",
            "stopped at once, measures not put in place",
            "0.05",
        ),
        ("not_stopped", "逾期不停止建设", "not stopped in time", "0.11"),
    )
    facilities = (
        (
            "not_accepted",
            "已建成，但未通过验收或验收不合格",
            "built, not accepted or failed acceptance",
            "0",
        ),
        ("not_built", "未建成", "not built", "0.06"),
        (
            "acceptance_fraud",
            "已建成，但在环境保护设施验收中弄虚作假",
            "built, acceptance falsified",
            "0.12",
        ),
    )
    facilities_factors = [
        _eia_document(),
        _discharge(),
        _form(facilities, "环境保护设施情况"),
        _site(),
        _half_years(),
        _history("0", "0.04", "0.08", "0.14"),
        _cooperation("0.05", "配合执法调查情况"),
    ]
    facilities_zh = (
        "需要配套建设的环境保护设施未建成、未经验收或者验收不合格，建设项目即投入生产或者使用，"
        "或者在环境保护设施验收中弄虚作假"
    )
    facilities_en = "Project operating before its protection facilities were built or accepted"
    # §1.4: 万元 bands by stage, document category (报告表 非生产型 / 生产型, 报告书 非生产型 /
    # 重点行业以外的生产型 / 重点项目) and area: not in production 50 + 14 × category + 7 × area,
    # 7 wide; in production 120 + 16 × category + 8 × area, 8 wide (pp. 4-5, as printed).
    category = _factor(
        "category",
        "环评文件类别",
        "EIA document and project",
        *(
            _lv(zh, en, rank, _eq("eia_document", doc), _eq("eia_project", project))
            for zh, en, rank, doc, project in (
                (
                    "报告表类（非生产型）",
                    "report form, non-production",
                    "0",
                    "report_form",
                    "non_production",
                ),
                ("报告表类（生产型）", "report form, production", "1", "report_form", "production"),
                (
                    "报告表类（生产型）",
                    "report form, key industry",
                    "1",
                    "report_form",
                    "key_industry",
                ),
                ("报告书类（非生产型）", "report, non-production", "2", "report", "non_production"),
                (
                    "报告书类（重点行业以外的生产型）",
                    "report, production outside the key industries",
                    "3",
                    "report",
                    "production",
                ),
                (
                    "报告书类（化工、电镀、皮革、造纸、制浆、冶炼、放射性、印染、染料、炼焦、炼油等重点项目）",
                    "report, key-industry project",
                    "4",
                    "report",
                    "key_industry",
                ),
            )
        ),
    )
    in_production = _factor(
        "stage",
        "违法程度",
        "stage",
        *(
            _lv("未投入生产", f"not in production ({s})", "0", _eq("construction_stage", s))
            for s in ("foundation", "equipment")
        ),
        _lv("已投入生产", "in production", "1", _eq("construction_stage", "operating")),
    )

    def quality(levels: Levels) -> Band:
        c, a = levels["category"], levels["area"]
        if levels["stage"]:
            lo = 120 + 16 * c + 8 * a
            return str(lo), str(lo + 8)
        lo = 50 + 14 * c + 7 * a
        return str(lo), str(lo + 7)

    return [
        _ranked(
            "cn-gd.table.1-3",
            "§1.3",
            ["eia.registration-form-not-filed"],
            "建设单位未依法备案建设项目环境影响登记表",
            "EIA registration form not filed",
            low=0,
            high=50_000,
            factors=[_area_binary("1", "限批区或环境敏感区"), _correction()],
            rows=[("0", "1"), ("1", "3"), ("3", "5"), ("5", "5")],
            page="pp. 3-4 (PDF pp. 18-19)",
        ),
        _bands(
            "cn-gd.table.1-4",
            "§1.4",
            ["eia.report-serious-quality-problems"],
            "建设项目环境影响报告书、环境影响报告表存在基础资料明显不实，内容存在重大缺陷、遗漏或者虚假，"
            "环境影响评价结论不正确或者不合理等严重质量问题",
            "EIA report with serious quality problems (fine on the project owner)",
            low=500_000,
            high=2_000_000,
            factors=[
                in_production,
                category,
                _area_binary("1", "限批区或环境敏感区"),
                _impact("consequences"),
            ],
            amount=quality,
            page="pp. 4-5 (PDF pp. 19-20); the fine on the persons is not encoded",
        ),
        _weights(
            "cn-gd.table.1-6.in-time",
            "§1.6",
            "eia.facilities-not-designed-or-contracted",
            design_zh + "（限期内改正）",
            design_en + " (corrected within the time set)",
            low=50_000,
            high=200_000,
            start="0.25",
            factors=design_factors,
            note="pp. 6-8 (PDF pp. 21-23); 限期内改正的罚款金额=限期内改正的裁量百分值总和×20万, "
            "超过100%的，按100%计算; 未依法开展环境影响后评价 (12%) has no catalogue kind",
        ),
        _weights(
            "cn-gd.table.1-6.overdue",
            "§1.6",
            "eia.facilities-not-designed-or-contracted",
            design_zh + "（逾期未改正）",
            design_en + " (not corrected in time)",
            low=200_000,
            high=1_000_000,
            start="0.20",
            factors=design_factors,
            note="pp. 6-8 (PDF pp. 21-23); 逾期未改正的罚款金额=逾期未改正的裁量百分值总和×100万; "
            "未依法开展环境影响后评价 (12%) has no catalogue kind",
        ),
        _weights(
            "cn-gd.table.1-7",
            "§1.7",
            "eia.measures-not-implemented",
            "建设单位在项目建设过程中未同时组织实施环境影响报告书、环境影响报告表及其审批部门审批决定中"
            "提出的环境保护对策措施",
            "EIA protection measures not implemented during construction",
            low=200_000,
            high=1_000_000,
            start="0.20",
            factors=[
                _eia_document(),
                _site(),
                stage,
                _discharge(),
                _half_years(),
                _form(stop, "整改情况"),
                _cooperation("0.05", "配合执法调查情况"),
            ],
            note="pp. 8-9 (PDF pp. 23-24); 罚款金额＝裁量百分值总和×100万",
        ),
        _weights(
            "cn-gd.table.1-8.in-time",
            "§1.8",
            "eia.facilities-not-completed",
            facilities_zh + "（限期内改正）",
            facilities_en + " (corrected within the time set)",
            low=200_000,
            high=1_000_000,
            start="0.20",
            factors=facilities_factors,
            note="pp. 9-11 (PDF pp. 24-26); 限期内改正的罚款金额=限期内改正的裁量百分值总和×100万; "
            "the fine on the persons is not encoded",
        ),
        _weights(
            "cn-gd.table.1-8.overdue",
            "§1.8",
            "eia.facilities-not-completed",
            facilities_zh + "（逾期未改正）",
            facilities_en + " (not corrected in time)",
            low=1_000_000,
            high=2_000_000,
            start="0.50",
            factors=facilities_factors,
            note="pp. 9-11 (PDF pp. 24-26); 逾期未改正的罚款金额=逾期未改正的裁量百分值总和×200万, "
            "超过100%的，按100%计算; the fine on the persons is not encoded",
        ),
    ]


# --- Chapter 2: 水污染防治类 -------------------------------------------------------------------


def _monitoring_2_3() -> Data:
    """§2.3: the same factors and weights as §3.8 (air)."""
    return _weights(
        "cn-gd.table.2-3",
        "§2.3",
        ["monitoring.water-not-networked", "monitoring.water-not-running"],
        "未按照规定安装水污染物排放自动监测设备，未按照规定与环境保护主管部门的监控设备联网，"
        "或者未保证监测设备正常运行",
        "Automatic water monitoring not installed, networked or kept running as required",
        low=20_000,
        high=200_000,
        start="0.10",
        factors=_networking(),
        note="pp. 15-16 (PDF pp. 30-31); 罚款金额=裁量百分值总和×20万",
    )


def _chapter_2() -> list[Data]:
    obstruction = _choice(
        "form",
        "违法程度",
        "form",
        "obstruction_form",
        ("delay", "以拖延执法人员的方式阻挠监督检查", "delaying the inspectors"),
        ("falsification", "在接受监督检查时弄虚作假", "falsifying at the inspection"),
        ("refused_entry", "以拒绝执法人员进入厂区的方式阻挠监督检查", "refusing entry"),
        (
            "passive_violence",
            "以围堵、滞留、恐吓执法人员等消极暴力方式阻挠监督检查",
            "besieging, detaining or threatening",
        ),
        (
            "active_violence",
            "以殴打执法人员的积极暴力方式阻挠监督检查",
            "assaulting the inspectors",
        ),
    )
    obstruction_rows = [
        ("2", "4"),
        ("4", "6"),
        ("6", "8"),
        ("8", "11"),
        ("11", "13"),
        ("13", "15"),
        ("15", "17"),
        ("17", "20"),
        ("20", "20"),
        ("20", "20"),
    ]
    self_monitoring = [
        _flag(
            "form",
            "违法程度",
            "form",
            "not_monitored",
            ("未保存原始监测记录", "original records not kept"),
            ("未按照规定对所排放的水污染物自行监测", "no self-monitoring"),
        ),
        _choice(
            "permit_class",
            "排污单位类型",
            "permit class",
            "permit_class",
            ("registration", "登记管理", "registration"),
            ("simplified", "简化管理", "simplified management"),
            ("key", "重点管理", "key management"),
        ),
    ]
    toxic_outlet = [
        _choice(
            "form",
            "违法程度",
            "form",
            "conduct_form",
            (
                "info_not_disclosed",
                "未公开有毒有害水污染物信息",
                "toxic-pollutant information not disclosed",
            ),
            (
                "outlet_not_monitored",
                "未按照规定对有毒有害水污染物的排污口和周边环境进行监测",
                "outlet and surroundings not monitored",
            ),
        ),
        _cooperation(),
    ]
    em, qx = "exceedance_multiple", "quota_excess_ratio"
    exceedance = _factor(
        "exceedance",
        "超标情况",
        "exceedance",
        *(
            level
            for rank, (a, b, qa, qb, zh) in enumerate(
                (
                    (None, "1", None, "0.2", ("超标1倍以下", "超总量20%以下")),
                    ("1", "5", "0.2", "0.5", ("超标1倍以上5倍以下", "超总量20%以上50%以下")),
                    ("5", "10", "0.5", "0.8", ("超标5倍以上10倍以下", "超总量50%以上80%以下")),
                    ("10", None, "0.8", None, ("超标10倍以上", "超总量80%以上")),
                )
            )
            for level in (
                _lv(
                    zh[0],
                    f"{a or 0} to under {b} times over" if b else f"{a} times over or more",
                    str(rank),
                    _num(em, **({"at_least": a} if a else {}), **({"below": b} if b else {})),
                ),
                _lv(
                    zh[1],
                    f"over the quota by {qa or 0} to under {qb}"
                    if qb
                    else f"over the quota by {qa} or more",
                    str(rank),
                    _num(qx, **({"at_least": qa} if qa else {}), **({"below": qb} if qb else {})),
                ),
            )
        ),
    )
    daily = _brackets(
        "daily_wastewater",
        "废水日排放量",
        "daily wastewater",
        "daily_wastewater_tonnes",
        ("100",),
        ("100吨以下", "under 100 t", "0"),
        ("100吨以上", "100 t or more", "1"),
    )
    discharging = _flag(
        "discharging",
        "排污情况",
        "discharge",
        "outlet_discharging",
        ("无排污", "no discharge"),
        ("有排污", "discharging"),
    )
    outlet_area = _factor(
        "area",
        "排污口所在区域",
        "outlet area",
        _lv("一般区域", "general area", "0", _eq("area", "general")),
        *(
            _lv(
                "限批区或环境敏感区（水源保护区除外）",
                f"restricted or sensitive area ({a})",
                "1",
                _eq("area", a),
            )
            for a in ("restricted", "residential", "ecological")
        ),
    )
    src = "在饮用水水源保护区内设置排污口"
    src_en = "Outlet set in a drinking-water source protection zone"
    bad_outlet = "违反法律、行政法规和国务院环境保护主管部门的规定设置排污口"
    bad_outlet_en = "Outlet set in breach of the laws, regulations and the MEE's rules"
    place = _choice(
        "place",
        "违法情节",
        "conduct",
        "conduct_form",
        ("into_water", "向水体排放、倾倒工业废渣、城镇垃圾或者其他废弃物", "dumped into water"),
        (
            "bank_non_hazardous",
            "在最高水位线以下的滩地、岸坡堆放、存贮（非危险废物）",
            "stacked on banks (not hazardous)",
        ),
        (
            "bank_hazardous",
            "在最高水位线以下的滩地、岸坡堆放、存贮（危险废物）",
            "stacked on banks (hazardous)",
        ),
    )

    def dumped(levels: Levels) -> Band:
        m = levels["mitigation"]
        if levels["place"] == 1:
            return (("2", "5"), ("5", "10"))[m]
        if levels["place"] == 2:
            return (("10", "15"), ("15", "20"))[m]
        return _by_body(_BODY_20)[levels["water_body"]][m]

    buried = _choice(
        "form",
        "违法情节",
        "conduct",
        "conduct_form",
        ("into_water", "向水体排放剧毒废液，或者将可溶性剧毒废渣向水体排放、倾倒", "into water"),
        ("buried", "将可溶性剧毒废渣直接埋入地下", "buried underground"),
    )

    def toxic(levels: Levels) -> Band:
        m = levels["mitigation"]
        if levels["form"]:
            return (("60", "80"), ("80", "100"))[m]
        return _by_body(_BODY_100)[levels["water_body"]][m]

    seep_rows = [("2", "6"), ("6", "10"), ("10", "15"), ("15", "20")]

    def ditch(levels: Levels) -> Band:
        rows = (
            ((("10", "20"), ("20", "30")), (("30", "40"), ("40", "50"))),
            ((("50", "60"), ("60", "70")), (("70", "85"), ("85", "100"))),
        )
        return rows[levels["form"]][levels["cooperation"]][levels["mitigation"]]

    stopped = _flag(
        "correction",
        "整改情况",
        "stopping",
        "refused_to_correct",
        ("限期内停止违法行为", "stopped within the time set"),
        ("逾期未停止违法行为", "not stopped in time"),
    )
    source_projects = [
        "water.drinking-source-first-zone-project",
        "water.drinking-source-second-zone-project",
        "water.drinking-source-buffer-zone-project",
    ]
    return [
        _ranked(
            "cn-gd.table.2-1",
            "§2.1",
            ["other.obstructing-inspection-water"],
            "以拖延、围堵、滞留执法人员等方式拒绝、阻挠环境保护主管部门或者其他依照本法规定行使监督管理权的"
            "部门的监督检查，或者在接受监督检查时弄虚作假",
            "Water inspection refused or obstructed, or falsified",
            low=20_000,
            high=200_000,
            factors=[obstruction, _prior_year()],
            rows=obstruction_rows,
            page="p. 14 (PDF p. 29)",
        ),
        _ranked(
            "cn-gd.table.2-2",
            "§2.2",
            ["monitoring.water-not-self-monitored"],
            "未按照规定对所排放的水污染物自行监测，或者未保存原始监测记录",
            "Water pollutants not self-monitored, or original records not kept",
            low=20_000,
            high=200_000,
            factors=self_monitoring,
            rows=[("2", "4"), ("4", "6"), ("6", "8"), ("8", "12"), ("12", "16"), ("16", "20")],
            top=_impact("consequences"),
            top_last=False,
            page="p. 15 (PDF p. 30)",
        ),
        _monitoring_2_3(),
        _ranked(
            "cn-gd.table.2-4",
            "§2.4",
            ["monitoring.toxic-water-outlet-not-monitored"],
            "未按照规定对有毒有害水污染物的排污口和周边环境进行监测，或者未公开有毒有害水污染物信息",
            "Toxic water-pollutant outlet and surroundings not monitored, or information not disclosed",
            low=20_000,
            high=200_000,
            factors=toxic_outlet,
            rows=[("2", "6"), ("6", "10"), ("10", "15"), ("15", "20")],
            top=_impact("consequences"),
            top_last=False,
            page="pp. 16-17 (PDF pp. 31-32)",
        ),
        _ranked(
            "cn-gd.table.2-9",
            "§2.9",
            ["water.nonconforming-wastewater-to-treatment-plant"],
            "未按照规定进行预处理，向污水集中处理设施排放不符合处理工艺要求的工业废水",
            "Industrial wastewater sent to a treatment plant without the required pre-treatment",
            low=100_000,
            high=1_000_000,
            factors=[exceedance, daily],
            rows=[
                ("10", "15"),
                ("15", "20"),
                ("20", "30"),
                ("30", "40"),
                ("40", "55"),
                ("55", "70"),
                ("70", "85"),
                ("85", "100"),
            ],
            top=_impact("consequences"),
            top_last=False,
            page="p. 24 (PDF p. 39)",
        ),
        _ranked(
            "cn-gd.table.2-10.in-time",
            "§2.10",
            ["water.outlet-in-drinking-water-source"],
            src + "（限期内拆除）",
            src_en + " (removed within the time set)",
            low=100_000,
            high=500_000,
            factors=[_zone(), discharging],
            rows=[
                ("10", "12"),
                ("12", "15"),
                ("15", "20"),
                ("20", "25"),
                ("25", "35"),
                ("35", "50"),
            ],
            page="p. 25 (PDF p. 40); the 100万 row (造成重大生态环境影响或者不良社会影响的) lies outside "
            "this tier's range and is carried by the overdue table",
        ),
        _ranked(
            "cn-gd.table.2-10.overdue",
            "§2.10",
            ["water.outlet-in-drinking-water-source"],
            src + "（逾期不拆除）",
            src_en + " (not removed in time)",
            low=500_000,
            high=1_000_000,
            factors=[_zone(), discharging],
            rows=[
                ("50", "55"),
                ("55", "60"),
                ("60", "70"),
                ("70", "80"),
                ("80", "90"),
                ("90", "100"),
            ],
            top=_impact("consequences"),
            top_last=False,
            page="p. 25 (PDF p. 40)",
        ),
        _ranked(
            "cn-gd.table.2-11.in-time",
            "§2.11",
            ["water.outlet-unlawful"],
            bad_outlet + "（限期内拆除）",
            bad_outlet_en + " (removed within the time set)",
            low=20_000,
            high=100_000,
            factors=[outlet_area, discharging],
            rows=[("2", "4"), ("4", "6"), ("6", "8"), ("8", "10")],
            page="pp. 25-26 (PDF pp. 40-41); the 50万 row (造成重大生态环境影响或者不良社会影响的) lies "
            "outside this tier's range and is carried by the overdue table",
        ),
        _ranked(
            "cn-gd.table.2-11.overdue",
            "§2.11",
            ["water.outlet-unlawful"],
            bad_outlet + "（逾期不拆除）",
            bad_outlet_en + " (not removed in time)",
            low=100_000,
            high=500_000,
            factors=[outlet_area, discharging],
            rows=[("10", "20"), ("20", "30"), ("30", "40"), ("40", "50")],
            top=_impact("consequences"),
            top_last=False,
            page="pp. 25-26 (PDF pp. 40-41)",
        ),
        _water_85(
            "cn-gd.table.2-12",
            "§2.12",
            "water.oil-acid-alkali-discharge",
            "向水体排放油类、酸液、碱液",
            "Oil, acid or alkali discharged into water",
            high=1_000_000,
            page="pp. 26-27 (PDF pp. 41-42)",
        ),
        _bands(
            "cn-gd.table.2-13",
            "§2.13",
            ["water.toxic-waste-discharge"],
            "向水体排放剧毒废液，或者将含有汞、镉、砷、铬、铅、氰化物、黄磷等的可溶性剧毒废渣向水体排放、"
            "倾倒或者直接埋入地下",
            "Highly toxic liquid or soluble residue discharged into water, or the residue buried",
            low=100_000,
            high=1_000_000,
            factors=[buried, _water_body(), _mitigation(), _impact("consequences")],
            amount=toxic,
            page="pp. 27-28 (PDF pp. 42-43)",
        ),
        _water_85(
            "cn-gd.table.2-14",
            "§2.14",
            "water.washing-polluting-containers",
            "在水体清洗装贮过油类、有毒污染物的车辆或者容器",
            "Vehicles or containers that held oil or toxic pollutants washed in water",
            high=200_000,
            page="pp. 28-29 (PDF pp. 43-44); the column headed 近一年同类违法行为情况 lists "
            "已采取/未采取措施消除或减轻违法后果, read as the mitigation",
        ),
        _bands(
            "cn-gd.table.2-15",
            "§2.15",
            ["water.waste-dumped-or-stacked"],
            "向水体排放、倾倒工业废渣、城镇垃圾或者其他废弃物，或者在江河、湖泊、运河、渠道、水库最高水位线"
            "以下的滩地、岸坡堆放、存贮固体废弃物或者其他污染物",
            "Waste dumped into water, or stacked on banks below the highest water line",
            low=20_000,
            high=200_000,
            factors=[place, _water_body(), _mitigation(), _impact("consequences")],
            amount=dumped,
            page="pp. 29-30 (PDF pp. 44-45)",
        ),
        _water_85(
            "cn-gd.table.2-16",
            "§2.16",
            "radiation.inland-water-disposal",
            "向水体排放、倾倒放射性固体废物或者含有高放射性、中放射性物质的废水",
            "Radioactive solid waste or high- or medium-level radioactive wastewater put into water",
            high=1_000_000,
            page="pp. 30-31 (PDF pp. 45-46)",
        ),
        _water_85(
            "cn-gd.table.2-17",
            "§2.17",
            "water.hot-or-pathogenic-wastewater",
            "违反国家有关规定或者标准，向水体排放含低放射性物质的废水、热废水或者含病原体的污水",
            "Low-level radioactive, hot or pathogenic wastewater discharged against the standards",
            high=200_000,
            page="pp. 31-32 (PDF pp. 46-47)",
        ),
        _ranked(
            "cn-gd.table.2-18",
            "§2.18",
            ["water.no-seepage-prevention"],
            "未采取防渗漏等措施，或者未建设地下水水质监测井进行监测",
            "No seepage prevention, or no groundwater monitoring well",
            low=20_000,
            high=200_000,
            factors=[
                _choice(
                    "form",
                    "违法程度",
                    "form",
                    "conduct_form",
                    (
                        "no_monitoring_well",
                        "未建设地下水水质监测井并进行监测",
                        "no monitoring well",
                    ),
                    ("no_seepage_measures", "未采取防渗漏等措施", "no seepage prevention"),
                ),
                _mitigation(),
            ],
            rows=seep_rows,
            top=_impact("consequences"),
            top_last=False,
            page="pp. 32-33 (PDF pp. 47-48)",
        ),
        _ranked(
            "cn-gd.table.2-19",
            "§2.19",
            ["water.underground-tank-no-seepage-control"],
            "加油站等的地下油罐未使用双层罐或者采取建造防渗池等其他有效措施，或者未进行防渗漏监测",
            "Underground tanks without double walls or other seepage control, or unmonitored",
            low=20_000,
            high=200_000,
            factors=[
                _choice(
                    "form",
                    "违法程度",
                    "form",
                    "conduct_form",
                    ("no_leak_monitoring", "未进行防渗漏监测", "no leak monitoring"),
                    (
                        "no_double_tank",
                        "未使用双层罐或者采取建造防渗池等其他有效措施",
                        "no double-walled tank or other seepage control",
                    ),
                ),
                _mitigation(),
            ],
            rows=seep_rows,
            top=_impact("consequences"),
            top_last=False,
            page="p. 33 (PDF p. 48)",
        ),
        _bands(
            "cn-gd.table.2-20",
            "§2.20",
            ["water.unlined-ditch-toxic-wastewater", "water.no-protective-measures"],
            "未按照规定采取防护性措施，或者利用无防渗漏措施的沟渠、坑塘等输送或者存贮含有毒污染物的废水、"
            "含病原体的污水或者其他废弃物",
            "No protective measures, or unlined ditches or ponds carrying toxic or pathogenic water",
            low=100_000,
            high=1_000_000,
            factors=[
                _choice(
                    "form",
                    "污染物类型",
                    "pollutants",
                    "conduct_form",
                    ("other_waste", "其他废弃物", "other waste"),
                    (
                        "toxic_or_pathogenic",
                        "含有毒污染物的废水、含病原体的污水",
                        "toxic or pathogenic wastewater",
                    ),
                ),
                _cooperation(),
                _mitigation(),
                _impact("consequences"),
            ],
            amount=ditch,
            page="p. 34 (PDF p. 49)",
        ),
        _ranked(
            "cn-gd.table.2-21",
            "§2.21",
            source_projects,
            "违反饮用水水源保护区内建设项目管理规定",
            "Projects built against the rules of a drinking-water source protection zone",
            low=100_000,
            high=500_000,
            factors=[_zone(), stopped],
            rows=[
                ("10", "15"),
                ("15", "20"),
                ("20", "25"),
                ("25", "30"),
                ("30", "40"),
                ("40", "50"),
            ],
            top=_impact("consequences"),
            top_last=False,
            page="pp. 34-35 (PDF pp. 49-50)",
        ),
        _ranked(
            "cn-gd.table.2-22",
            "§2.22",
            ["water.drinking-source-polluting-activity"],
            "在饮用水水源一级保护区内从事网箱养殖或者组织进行旅游、垂钓或者其他可能污染饮用水水体的活动",
            "Cage fish farming, organised tourism, angling and the like in a first-grade zone",
            low=20_000,
            high=100_000,
            factors=[
                _choice(
                    "form",
                    "违法程度",
                    "form",
                    "conduct_form",
                    (
                        "fishing_or_other",
                        "垂钓或者其他可能污染饮用水水体的活动",
                        "angling or the like",
                    ),
                    ("organised_tourism", "组织旅游", "organised tourism"),
                    ("cage_aquaculture", "从事网箱养殖", "cage fish farming"),
                ),
                _prior_year(),
            ],
            rows=[("2", "3"), ("3", "4"), ("4", "5"), ("5", "6"), ("6", "8"), ("8", "10")],
            top=_impact("consequences"),
            top_last=False,
            page="pp. 35-36 (PDF pp. 50-51)",
        ),
        _bands(
            "cn-gd.table.2-23",
            "§2.23",
            ["water.drinking-source-individual-activity"],
            "个人在饮用水水源一级保护区内游泳、垂钓或者从事其他可能污染饮用水水体的活动",
            "An individual swimming, angling or the like in a first-grade zone",
            low=0,
            high=500,
            factors=[
                _factor(
                    "stopping",
                    "整改情况",
                    "stopping",
                    _lv(
                        "立即停止违法行为", "stopped at once", "0", _eq("stopped_immediately", True)
                    ),
                    _lv(
                        "未立即停止违法行为",
                        "not stopped at once",
                        "1",
                        _eq("stopped_immediately", False),
                    ),
                ),
                _impact("consequences"),
            ],
            amount=lambda lv: (("0", "0.02"), ("0.02", "0.05"))[lv["stopping"]],
            page="pp. 36-37 (PDF pp. 51-52)",
        ),
    ]


def tables_water() -> list[Data]:
    """The tables of 附件1 chapters 1 and 2 encoded here (uncited: ``tables`` cites them)."""
    return [*_chapter_1(), *_chapter_2()]
