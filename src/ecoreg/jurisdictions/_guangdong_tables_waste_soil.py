"""Guangdong's fine tables for solid waste and soil (附件1 chapters 4 and 6 of 粤环发〔2021〕7号).

The tables of 第四章 固体废物污染类 and 第六章 土壤污染防治类 that a catalogue kind fines with a
yuan range (§§4.12 and 4.18 are in ``_guangdong_tables``); the others, and why, are listed in
docs/jurisdictions/guangdong.md. Each table's note gives its printed page and, in brackets, its
PDF page of the annex.

Besides the facts ``_guangdong_tables`` names, these tables read ``major_impact`` (造成重大生态
环境影响或者不良社会影响), ``material_tonnes``, ``volume_m3``, ``area_m2``,
``soil_sensitivity``, ``soil_duty_form``, ``wholly_missing``, ``transport_protection``,
``entrusted_for``, ``farmland``, ``falsified_indicators``, ``hazardous_use_disposal``,
``obstruction_form``, ``waste_plant_shortfall``, ``equipment_items``, ``facility_type`` (all of
`ecoreg.GuangdongFacts`) and ``pollution_caused`` (of the case).

Several soil tables run across both of the statute's ranges (土壤污染防治法 Arts. 86, 87, 90,
91 and 94: an ordinary range, and a higher one for severe consequences, a serious case or a
refusal to correct). A table applies only to the range it was written for, so each such table
is encoded as two: the rows within the ordinary range, and the rows within the higher one
(ids ending ``.ordinary`` and ``.higher``); the case's own facts (``severe_consequences``,
``serious``, ``refused_to_correct``) pick the range, and the range picks the table.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import TYPE_CHECKING

from ecoreg.jurisdictions._guangdong_tables import (
    _LABEL_BANDS,
    _brackets,
    _cooperation,
    _correction,
    _earlier_ranks,
    _eq,
    _factor,
    _flag,
    _general_or_sensitive,
    _history,
    _impact,
    _lv,
    _prior_any,
    _prior_year,
    _ranked,
    _weights,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ecoreg.jurisdictions._guangdong_tables import Band, Data

__all__ = ["tables_waste_soil"]

_SENSITIVE = ("residential", "ecological", "drinking_water_first")
_TIMES_100 = "罚款金额=裁量百分值总和×100万"


def _steps(
    ident: str,
    zh: str,
    en: str,
    fact: str,
    bounds: Sequence[str],
    scores: Sequence[str],
    unit: tuple[str, str],
    *,
    scale: str = "1",
    first: str = "以下",
    closed_at: str | None = None,
) -> Data:
    """A factor on a number cut at ``bounds`` ("a以下 / a以上b以下 / … / z以上", Art. 23).

    ``scale`` converts the printed unit to the fact's (kg to t: 0.001). ``closed_at``: the
    printed last row ends there ("15000以上20000以下") and the table has no row beyond; ecoreg
    reads the last row as open above, and its label says so.
    """
    uz, ue = unit
    cut = [str(Decimal(b) * Decimal(scale)) for b in bounds]
    top = bounds[-1]
    if closed_at is None:
        last = (f"{top}{uz}以上", f"{top} {ue} or more")
    else:
        last = (
            f"{top}{uz}以上{closed_at}{uz}以下（及以上）",
            f"{top} {ue} or more (the last row printed ends at {closed_at} {ue})",
        )
    labels = [
        (f"{bounds[0]}{uz}{first}", f"under {bounds[0]} {ue}"),
        *(
            (f"{a}{uz}以上{b}{uz}以下", f"{a} to under {b} {ue}")
            for a, b in itertools.pairwise(bounds)
        ),
        last,
    ]
    rows = [
        (label_zh, label_en, score)
        for (label_zh, label_en), score in zip(labels, scores, strict=True)
    ]
    return _brackets(ident, zh, en, fact, cut, *rows)


def _ranks(n: int) -> list[str]:
    return [str(i) for i in range(n)]


def _pollution_rank(zh: str = "违法行为造成土壤环境污染") -> Data:
    return _flag(
        "pollution",
        zh,
        "soil pollution caused",
        "pollution_caused",
        ("未造成", "none"),
        ("造成", "caused"),
    )


def _sensitivity(*scores: str) -> Data:
    low, mid, high = scores
    s = "soil_sensitivity"
    return _factor(
        "sensitivity",
        "所在区域土壤环境敏感程度",
        "soil sensitivity of the area",
        _lv("不敏感", "insensitive", low, _eq(s, "insensitive")),
        _lv("较敏感", "less sensitive", mid, _eq(s, "less_sensitive")),
        _lv("敏感", "sensitive", high, _eq(s, "sensitive")),
    )


def _earlier_2y(none: str, some: str, many: str) -> Data:
    """近二年同类违法行为情况: none / 1 to under 3 / 3 or more earlier ones (as §4.12 reads it)."""
    return _brackets(
        "history",
        "近二年同类违法行为情况",
        "earlier same violations within two years",
        "violations_2y",
        ("2", "4"),
        ("无同类违法行为", "none", none),
        ("1次以上同类违法行为3次以下同类违法行为", "1 to under 3", some),
        ("3次以上同类违法行为", "3 or more", many),
    )


def _pairs(*wan: str) -> list[Band]:
    """Consecutive bands from their edges: ("10", "20", "30") → (10, 20), (20, 30)."""
    return list(itertools.pairwise(wan))


# --- chapter 4: solid waste ----------------------------------------------------------------


def _tonnes_5(fact: str = "material_tonnes") -> Data:
    return _steps(
        "tonnes",
        "涉及量",
        "quantity",
        fact,
        ("3", "10", "50", "100"),
        ("0", "0.08", "0.12", "0.18", "0.25"),
        ("吨", "t"),
    )


def _unit_class() -> Data:
    p = "permit_class"
    return _factor(
        "permit_class",
        "产污单位管理类别",
        "management class of the waste producer",
        _lv("登记管理", "registration", "0.02", _eq(p, "registration")),
        _lv("简化管理", "simplified management", "0.05", _eq(p, "simplified")),
        _lv("重点管理", "key management", "0.07", _eq(p, "key")),
    )


def _transport(partial: str, none: str) -> Data:
    t = "transport_protection"
    return _factor(
        "transport",
        "运输过程中防护措施情况",
        "protection in transport",
        _lv("措施完备", "complete", "0", _eq(t, "complete")),
        _lv("有措施但不完备", "incomplete", partial, _eq(t, "partial")),
        _lv("无防护措施", "none", none, _eq(t, "none")),
    )


def _receiving_binary() -> Data:
    return _factor(
        "area",
        "接受地区域类型",
        "receiving area",
        *(
            _lv("环境敏感区以外的区域", f"outside sensitive areas ({a})", "0", _eq("area", a))
            for a in ("general", "restricted")
        ),
        *(_lv("环境敏感区", f"sensitive area ({a})", "0.10", _eq("area", a)) for a in _SENSITIVE),
    )


def _transfer(ident: str, section: str, kind: str, zh: str, en: str, page: str) -> Data:
    """§§4.5 and 4.6: 固废法 Art. 102 (5), (6), 100,000-1,000,000; start 8 %."""
    return _weights(
        ident,
        section,
        kind,
        zh,
        en,
        low=100_000,
        high=1_000_000,
        start="0.08",
        floor=None,
        factors=[
            _tonnes_5(),
            _unit_class(),
            _transport("0.05", "0.10"),
            _receiving_binary(),
            _correction("0.10"),
            _earlier_2y("0", "0.05", "0.10"),
            _impact("weighed", "0.20"),
        ],
        note=f"{page}; {_TIMES_100}",
    )


def _entrustment() -> Data:
    e = "entrusted_for"
    return _weights(
        "cn-gd.table.4-9",
        "§4.9",
        "waste.industrial-improper-entrustment",
        "产生工业固体废物的单位违反规定委托他人运输、利用、处置工业固体废物",
        "Industrial solid waste entrusted to others for transport, use or disposal against the "
        "rules",
        low=100_000,
        high=1_000_000,
        start="0.08",
        floor=None,
        factors=[
            _tonnes_5(),
            _unit_class(),
            _factor(
                "form",
                "违法程度",
                "entrusted for",
                _lv("委托他人运输", "transport", "0", _eq(e, "transport")),
                _lv("委托他人利用", "use", "0.05", _eq(e, "use")),
                _lv("委托他人处置", "disposal", "0.10", _eq(e, "disposal")),
            ),
            _general_or_sensitive("0.10"),
            _correction("0.10"),
            _earlier_2y("0", "0.05", "0.10"),
            _impact("weighed", "0.20"),
        ],
        note=f"pp. 90-91 (PDF pp. 105-106); {_TIMES_100}",
    )


def _storage() -> Data:
    return _weights(
        "cn-gd.table.4-10",
        "§4.10",
        "waste.industrial-storage-unprotected",
        "贮存工业固体废物未采取符合国家环境保护标准的防护措施",
        "Industrial solid waste stored without the protection the national standards require",
        low=100_000,
        high=1_000_000,
        start="0.10",
        floor=None,
        factors=[
            _steps(
                "tonnes",
                "涉及固废数量",
                "solid waste involved",
                "material_tonnes",
                ("5", "10", "20"),
                ("0", "0.10", "0.20", "0.30"),
                ("吨", "t"),
            ),
            _prior_any("0.30"),
            _correction("0.30"),
        ],
        note=f"pp. 91-92 (PDF pp. 106-107); {_TIMES_100}",
    )


def _hazardous_transfer() -> Data:
    return _weights(
        "cn-gd.table.4-17",
        "§4.17",
        "waste.hazardous-unapproved-transfer",
        "未经批准擅自转移危险废物",
        "Hazardous waste transferred without approval",
        low=100_000,
        high=1_000_000,
        start="0.10",
        floor=None,
        factors=[
            _steps(
                "tonnes",
                "涉及量",
                "quantity",
                "hazardous_waste_tonnes",
                ("1", "3", "10"),
                ("0", "0.02", "0.06", "0.15"),
                ("吨", "t"),
            ),
            _factor(
                "permit_class",
                "产污单位管理类别",
                "management class of the waste producer",
                _lv("简化管理", "simplified management", "0", _eq("permit_class", "simplified")),
                _lv("重点管理", "key management", "0.15", _eq("permit_class", "key")),
            ),
            _transport("0.05", "0.10"),
            _factor(
                "area",
                "接受地区域类型",
                "receiving area",
                _lv("一般区域", "general area", "0", _eq("area", "general")),
                _lv("限批区", "restricted-approval area", "0.04", _eq("area", "restricted")),
                *(
                    _lv("环境敏感区", f"sensitive area ({a})", "0.13", _eq("area", a))
                    for a in _SENSITIVE
                ),
            ),
            _correction("0.10"),
            _history("0", "0.02", "0.05", "0.07"),
            _impact("weighed", "0.20"),
        ],
        note=f"pp. 99-100 (PDF pp. 114-115); {_TIMES_100}",
    )


def _form_tonnes_bands(
    ident: str, section: str, kind: str, zh: str, en: str, forms: tuple[str, str], page: str
) -> Data:
    hw = "hazardous_waste_tonnes"
    return _ranked(
        ident,
        section,
        kind,
        zh,
        en,
        low=100_000,
        high=1_000_000,
        factors=[
            _factor(
                "form",
                "违法程度",
                "form",
                _lv(forms[0], "done, but not as required", "0", _eq("wholly_missing", False)),
                _lv(forms[1], "not done", "1", _eq("wholly_missing", True)),
            ),
            _steps("tonnes", "涉及量", "quantity", hw, ("3", "10"), _ranks(3), ("吨", "t")),
            _correction(),
            _earlier_ranks(),
        ],
        rows=_LABEL_BANDS,
        page=page,
        top=_impact(),
    )


_YEAR_BANDS = _pairs("10", "20", "30", "40", "50", "60", "70", "85", "100")
"""§§4.19-4.21, 4.25: four quantity bands × none / some same violation within a year."""


def _quantity_year(
    ident: str,
    section: str,
    kind: str,
    zh: str,
    en: str,
    quantity: Data,
    page: str,
) -> Data:
    return _ranked(
        ident,
        section,
        kind,
        zh,
        en,
        low=100_000,
        high=1_000_000,
        factors=[quantity, _prior_year()],
        rows=_YEAR_BANDS,
        page=page,
        top=_impact(),
    )


def _first_tables() -> list[Data]:
    """§§4.2-4.4 (固废法 Art. 102 (2)-(4), 100,000-1,000,000)."""
    w, f = "waste_plant_shortfall", "facility_type"
    return [
        _ranked(
            "cn-gd.table.4-2",
            "§4.2",
            "monitoring.waste-plant-not-monitoring",
            "生活垃圾处理单位未按照国家有关规定安装使用监测设备、实时监测污染物的排放情况并公开污染排放数据",
            "Household-waste plant without monitoring installed and used, real-time monitoring, "
            "or the data published",
            low=100_000,
            high=1_000_000,
            factors=[
                _prior_year(),
                _factor(
                    "form",
                    "违法情节",
                    "form",
                    _lv(
                        "按规定安装使用监测设备、实时监测污染物排放情况，但未公开污染排放数据",
                        "data not published",
                        "0",
                        _eq(w, "not_published"),
                    ),
                    _lv(
                        "按规定安装使用监测设备但未实时监测污染物排放情况",
                        "not monitoring in real time",
                        "1",
                        _eq(w, "not_monitored"),
                    ),
                    _lv(
                        "未按照国家有关规定安装使用监测设备",
                        "monitoring not installed or used",
                        "2",
                        _eq(w, "not_installed"),
                    ),
                ),
            ],
            rows=_pairs("10", "25", "40", "55", "70", "85", "100"),
            page="p. 84 (PDF p. 99)",
            top=_impact(),
        ),
        _ranked(
            "cn-gd.table.4-3",
            "§4.3",
            "low_carbon.eliminated-equipment-transferred",
            "将列入限期淘汰名录被淘汰的设备转让给他人使用",
            "Equipment on the phase-out list transferred to others for use",
            low=100_000,
            high=1_000_000,
            factors=[
                _prior_year(),
                _steps(
                    "items",
                    "设备数量",
                    "items of equipment",
                    "equipment_items",
                    ("25", "50"),
                    _ranks(3),
                    ("件", "items"),
                ),
            ],
            rows=_pairs("10", "25", "40", "55", "70", "85", "100"),
            page="p. 85 (PDF p. 100)",
            top=_impact(),
        ),
        _ranked(
            "cn-gd.table.4-4",
            "§4.4",
            "waste.protected-area-facility",
            "在生态保护红线区域、永久基本农田集中区域和其他需要特别保护的区域内，建设工业固体废物、危险废物"
            "集中贮存、利用、处置的设施、场所和生活垃圾填埋场",
            "Waste facility or landfill built in an ecological red-line, prime-farmland or other "
            "specially protected area",
            low=100_000,
            high=1_000_000,
            factors=[
                _steps(
                    "capacity",
                    "设施、场所容量",
                    "capacity",
                    "volume_m3",
                    ("2000", "5000"),
                    _ranks(3),
                    ("立方米", "m³"),
                ),
                _factor(
                    "facility",
                    "违法情节",
                    "what was built",
                    _lv(
                        "建设生活垃圾填埋场",
                        "household-waste landfill",
                        "0",
                        _eq(f, "household_landfill"),
                    ),
                    _lv(
                        "建设工业固体废物集中贮存、利用、处置的设施、场所",
                        "industrial solid-waste facility",
                        "1",
                        _eq(f, "industrial"),
                    ),
                    _lv(
                        "建设危险废物集中贮存、利用、处置的设施、场所",
                        "hazardous-waste facility",
                        "2",
                        _eq(f, "hazardous"),
                    ),
                ),
            ],
            rows=_pairs("10", "20", "30", "40", "50", "60", "70", "80", "90", "100"),
            page="pp. 85-86 (PDF pp. 100-101)",
            top=_impact(),
        ),
    ]


def _chapter_4() -> list[Data]:
    hw = "hazardous_waste_tonnes"
    return [
        *_first_tables(),
        _transfer(
            "cn-gd.table.4-5",
            "§4.5",
            "waste.transfer-storage-disposal-unapproved",
            "转移固体废物出省、自治区、直辖市行政区域贮存、处置未经批准",
            "Solid waste moved out of the province for storage or disposal without approval",
            "pp. 86-87 (PDF pp. 101-102)",
        ),
        _transfer(
            "cn-gd.table.4-6",
            "§4.6",
            "waste.transfer-use-unreported",
            "转移固体废物出省、自治区、直辖市行政区域利用未报备案",
            "Solid waste moved out of the province for use without filing",
            "p. 88 (PDF p. 103)",
        ),
        _ranked(
            "cn-gd.table.4-8",
            "§4.8",
            "waste.industrial-ledger",
            "产生工业固体废物的单位未建立固体废物管理台账并如实记录",
            "No industrial solid-waste ledger kept truthfully",
            low=50_000,
            high=200_000,
            factors=[_correction(), _cooperation()],
            rows=(("5", "10"), ("10", "15"), ("15", "20"), ("20", "20")),
            page="pp. 89-90 (PDF pp. 104-105)",
            top=_impact(),
        ),
        _entrustment(),
        _storage(),
        _ranked(
            "cn-gd.table.4-11",
            "§4.11",
            "waste.mine-storage-not-closed",
            "尾矿、煤矸石、废石等矿业固体废物贮存设施停止使用后，未按照国家有关环境保护规定进行封场",
            "Mine-waste store (tailings, gangue, waste rock) not closed as required after use",
            low=200_000,
            high=1_000_000,
            factors=[
                _steps(
                    "volume",
                    "涉案体积（应封场）",
                    "volume to be closed",
                    "volume_m3",
                    ("50000", "100000", "300000"),
                    _ranks(4),
                    ("立方米", "m³"),
                ),
                _prior_year(),
            ],
            rows=_pairs("20", "25", "30", "40", "50", "60", "70", "85", "100"),
            page="p. 92 (PDF p. 107)",
            top=_impact(),
        ),
        _form_tonnes_bands(
            "cn-gd.table.4-13",
            "§4.13",
            "waste.hazardous-no-plan",
            "未按照国家有关规定制定危险废物管理计划或者申报危险废物有关资料",
            "No hazardous-waste management plan, or the hazardous-waste declaration not made",
            ("已申报，但不符合要求", "未申报或虽已申报，但存在弄虚作假"),
            "pp. 94-96 (PDF pp. 109-111)",
        ),
        _form_tonnes_bands(
            "cn-gd.table.4-16",
            "§4.16",
            "waste.hazardous-no-manifest",
            "未按照国家有关规定填写、运行危险废物转移联单",
            "Hazardous-waste transfer manifest not filled in or run as required",
            ("已填写或已运行，但不符合要求", "未填写或未运行"),
            "pp. 97-99 (PDF pp. 112-114)",
        ),
        _hazardous_transfer(),
        _quantity_year(
            "cn-gd.table.4-19",
            "§4.19",
            "waste.hazardous-incompatible-mixing",
            "未经安全性处置，混合收集、贮存、运输、处置具有不相容性质的危险废物",
            "Incompatible hazardous wastes mixed without safe treatment",
            _steps("tonnes", "涉及量", "quantity", hw, ("1", "3", "5"), _ranks(4), ("吨", "t")),
            "pp. 101-102 (PDF pp. 116-117)",
        ),
        _quantity_year(
            "cn-gd.table.4-20",
            "§4.20",
            "waste.hazardous-with-passengers",
            "将危险废物与旅客在同一运输工具上载运",
            "Hazardous waste carried with passengers",
            _steps(
                "quantity",
                "涉及量",
                "quantity",
                hw,
                ("3", "5", "10"),
                _ranks(4),
                ("千克", "kg"),
                scale="0.001",
            ),
            "pp. 102-103 (PDF pp. 117-118)",
        ),
        _quantity_year(
            "cn-gd.table.4-21",
            "§4.21",
            "waste.hazardous-containers-reused",
            "未经消除污染处理，将收集、贮存、运输、处置危险废物的场所、设施、设备和容器、包装物及其他"
            "物品转作他用",
            "Hazardous-waste sites, equipment or containers turned to other use without "
            "decontamination",
            _steps(
                "volume",
                "容量",
                "capacity",
                "volume_m3",
                ("30", "50", "80"),
                _ranks(4),
                ("立方米", "m³"),
                first="以内",
            ),
            "pp. 103-104 (PDF pp. 118-119)",
        ),
        _ranked(
            "cn-gd.table.4-24",
            "§4.24",
            "waste.hazardous-no-contingency-plan",
            "未制定危险废物意外事故防范措施和应急预案",
            "No hazardous-waste accident prevention measures or contingency plan",
            low=100_000,
            high=1_000_000,
            factors=[
                _factor(
                    "use_disposal",
                    "违法情节",
                    "use or disposal of hazardous waste",
                    _lv(
                        "不涉及危险废物利用、处置的",
                        "not involved",
                        "0",
                        _eq("hazardous_use_disposal", False),
                    ),
                    _lv(
                        "涉及危险废物利用、处置的",
                        "involved",
                        "1",
                        _eq("hazardous_use_disposal", True),
                    ),
                ),
                _prior_year(),
                _correction(),
            ],
            rows=_pairs("10", "20", "30", "40", "50", "60", "70", "85", "100"),
            page="pp. 105-106 (PDF pp. 120-121)",
            top=_impact(),
        ),
        _quantity_year(
            "cn-gd.table.4-25",
            "§4.25",
            "waste.hazardous-no-ledger",
            "未按照国家有关规定建立危险废物管理台账并如实记录",
            "No hazardous-waste ledger kept truthfully",
            _steps("tonnes", "涉及量", "quantity", hw, ("1", "3", "5"), _ranks(4), ("吨", "t")),
            "pp. 106-107 (PDF pp. 121-122)",
        ),
        _obstruction(
            "cn-gd.table.4-52",
            "§4.52",
            "other.obstructing-inspection-solid-waste",
            "以拖延、围堵、滞留执法人员等方式拒绝、阻挠固体废物有关监督检查，或者在接受监督检查时弄虚作假",
            "Solid-waste inspection refused or obstructed, or falsehoods during it (units)",
            low=50_000,
            rows=[
                *_pairs("5", "7", "9", "11", "13", "15", "17", "19", "20"),
                ("20", "20"),
                ("20", "20"),
            ],
            page="pp. 126-127 (PDF pp. 141-142)",
        ),
    ]


def _obstruction(
    ident: str,
    section: str,
    kind: str,
    zh: str,
    en: str,
    *,
    low: int,
    rows: list[Band],
    page: str,
) -> Data:
    """§§4.52 and 6.16 (the column for units): the form × a same violation within a year.

    The last form (beating the officers, or retaliation) has one amount whatever the history.
    """
    o = "obstruction_form"
    forms = (
        ("delay", "以拖延执法人员的方式阻挠监督检查", "delaying the officers"),
        ("falsification", "在接受监督检查时弄虚作假", "falsehoods during the inspection"),
        ("refused_entry", "以拒绝执法人员进入厂区的方式阻挠监督检查", "refusing them entry"),
        (
            "passive_violence",
            "以围堵、滞留、恐吓执法人员等消极暴力方式阻挠监督检查",
            "blocking, detaining or threatening them",
        ),
        (
            "active_violence",
            "以殴打执法人员的积极暴力方式阻挠监督检查或者事后打击报复",
            "beating them, or retaliating",
        ),
    )
    # The printed rows: two per form (none / some within a year) for the first four, and the
    # single amount of the fifth, given here for both.
    return _ranked(
        ident,
        section,
        kind,
        zh,
        en,
        low=low,
        high=200_000,
        factors=[
            _factor(
                "form",
                "违法程度",
                "form",
                *(_lv(z, e, str(i), _eq(o, v)) for i, (v, z, e) in enumerate(forms)),
            ),
            _prior_year(),
        ],
        rows=rows,
        page=page,
    )


# --- chapter 6: soil -----------------------------------------------------------------------


def _duty_form(zh: tuple[str, str, str]) -> Data:
    d = "soil_duty_form"
    return _factor(
        "form",
        "违法程度",
        "form",
        _lv(zh[0], "made and carried out, not reported", "0", _eq(d, "not_reported")),
        _lv(zh[1], "made, not carried out", "1", _eq(d, "not_carried_out")),
        _lv(zh[2], "not made", "2", _eq(d, "not_made")),
    )


_AREA_POLLUTED = ("500", "5000", "10000", "15000", "20000")
_POLLUTED_BANDS = _pairs("20", "50", "80", "110", "140", "170", "200")


def _two_tiers(n: int, kind: str, zh: str, en: str, page: str) -> list[Data]:
    """§§6.4-6.6, 6.8 (土壤法 Art. 86 (4), (5), (7)): two tables, one a range.

    No soil pollution, by sensitivity, within 20,000-200,000; soil polluted (a severe
    consequence), by area, within 200,000-2,000,000.
    """
    return [
        _ranked(
            f"cn-gd.table.6-{n}.ordinary",
            f"§6.{n}",
            kind,
            zh,
            en,
            low=20_000,
            high=200_000,
            factors=[_sensitivity(*_ranks(3))],
            rows=_pairs("2", "8", "14", "20"),
            page=f"{page}; rows 未造成土壤环境污染",
        ),
        _ranked(
            f"cn-gd.table.6-{n}.higher",
            f"§6.{n}",
            kind,
            zh,
            en,
            low=200_000,
            high=2_000_000,
            factors=[
                _steps(
                    "area",
                    "涉案面积",
                    "area",
                    "area_m2",
                    _AREA_POLLUTED,
                    _ranks(6),
                    ("平方米", "m²"),
                )
            ],
            rows=_POLLUTED_BANDS,
            page=f"{page}; rows 造成土壤环境污染",
            top=_impact(),
        ),
    ]


def _area_tiers(
    n: int,
    kinds: str | list[str],
    zh: str,
    en: str,
    *,
    ranges: tuple[tuple[int, int], tuple[int, int]],
    bounds: tuple[str, ...],
    lower: list[Band],
    upper: list[Band],
    page: str,
    rows: tuple[str, str],
    fact: str = "area_m2",
    unit: tuple[str, str] = ("平方米", "m²"),
    lower_closed: str | None = None,
) -> list[Data]:
    """A table whose rows split along the statute's two ranges, each tier by area (or tonnes)."""
    (lo1, hi1), (lo2, hi2) = ranges
    label = ("涉案面积", "area") if fact == "area_m2" else ("涉及量", "quantity")
    n_levels = len(bounds) + 1
    return [
        _ranked(
            f"cn-gd.table.6-{n}.ordinary",
            f"§6.{n}",
            kinds,
            zh,
            en,
            low=lo1,
            high=hi1,
            factors=[
                _steps("size", *label, fact, bounds, _ranks(n_levels), unit, closed_at=lower_closed)
            ],
            rows=lower,
            page=f"{page}; rows {rows[0]}",
        ),
        _ranked(
            f"cn-gd.table.6-{n}.higher",
            f"§6.{n}",
            kinds,
            zh,
            en,
            low=lo2,
            high=hi2,
            factors=[_steps("size", *label, fact, bounds, _ranks(n_levels), unit)],
            rows=upper,
            page=f"{page}; rows {rows[1]}",
            top=_impact(),
        ),
    ]


def _plot_area() -> Data:
    """涉案面积 of §§6.14, 6.19, 6.20: 400 / 1000 / 3000 / 5000 / 10000 m², 0 to 25 %."""
    return _steps(
        "area",
        "涉案面积",
        "area",
        "area_m2",
        ("400", "1000", "3000", "5000", "10000"),
        ("0", "0.05", "0.10", "0.15", "0.20", "0.25"),
        ("平方米", "m²"),
    )


def _years() -> Data:
    """违法行为持续时间 of §§6.14, 6.19, 6.20: 6 months / 1 year / 3 years, 0 to 15 %."""
    return _brackets(
        "duration",
        "违法行为持续时间",
        "duration",
        "duration_months",
        ("6", "12", "36"),
        ("6个月以下", "under 6 months", "0"),
        ("6个月以上1年以下", "6 to under 12 months", "0.05"),
        ("1年以上3年以下", "1 to under 3 years", "0.10"),
        ("3年以上", "3 years or more", "0.15"),
    )


def _risk_weights(
    n: int, kind: str, zh: str, en: str, forms: tuple[str, str], page: str
) -> list[Data]:
    """§§6.19, 6.20 (土壤法 Art. 94 (3), (4)): two weight tables, one a range.

    Corrected in time: × 200,000, start 10 %, within 20,000-200,000; not corrected in time (a
    refusal to correct): × 1,000,000, start 20 %, within 200,000-1,000,000.
    """

    def factors() -> list[Data]:
        return [
            _plot_area(),
            _factor(
                "form",
                "违法程度",
                "form",
                _lv(forms[0], "done, but not as required", "0", _eq("wholly_missing", False)),
                _lv(forms[1], "not done", "0.10", _eq("wholly_missing", True)),
            ),
            _factor(
                "land",
                "土地性质",
                "land",
                _lv("建设用地", "construction land", "0", _eq("farmland", False)),
                _lv("农用地", "farmland", "0.10", _eq("farmland", True)),
            ),
            _years(),
            _brackets(
                "history",
                "近二年同类违法行为情况",
                "earlier same violations within two years",
                "violations_2y",
                ("2",),
                ("无同类违法行为", "none", "0"),
                ("有同类违法行为", "some", "0.08"),
            ),
            _correction("0.10"),
            _sensitivity("0", "0.03", "0.07"),
            _impact("weighed", "0.05"),
        ]

    return [
        _weights(
            f"cn-gd.table.6-{n}.ordinary",
            f"§6.{n}",
            kind,
            zh,
            en,
            low=20_000,
            high=200_000,
            start="0.10",
            floor=None,
            factors=factors(),
            note=f"{page}; 限期内改正的罚款金额=限期内改正的裁量百分值总和×20万",
        ),
        _weights(
            f"cn-gd.table.6-{n}.higher",
            f"§6.{n}",
            kind,
            zh,
            en,
            low=200_000,
            high=1_000_000,
            start="0.20",
            floor=None,
            factors=factors(),
            note=f"{page}; 逾期未改正的罚款金额=逾期未改正的裁量百分值总和×100万, 超过100%的按100%计算",
        ),
    ]


def _chapter_6() -> list[Data]:
    survey = ("1000", "5000", "10000", "15000")
    survey_lower = _pairs("2", "5", "8", "12", "15", "20")
    survey_upper = _pairs("20", "36", "52", "68", "84", "100")
    art94 = ((20_000, 200_000), (200_000, 1_000_000))
    art91 = ((100_000, 500_000), (500_000, 1_000_000))
    return [
        _ranked(
            "cn-gd.table.6-1",
            "§6.1",
            "monitoring.soil-not-self-monitored",
            "土壤污染重点监管单位未制定、实施自行监测方案，或者未将监测数据报生态环境主管部门",
            "Key soil-pollution unit without a self-monitoring plan made and carried out, or "
            "without the data reported",
            low=20_000,
            high=200_000,
            factors=[
                _duty_form(
                    (
                        "制定并实施了自行监测方案，但监测数据未上报",
                        "已制定自行监测方案，但未实施",
                        "未制定自行监测方案",
                    )
                ),
                _sensitivity(*_ranks(3)),
            ],
            rows=_pairs("2", "4", "6", "8", "10", "12", "14", "16", "18", "20"),
            page="p. 133 (PDF p. 148)",
            top=_pollution_rank(),
        ),
        *_falsified(),
        _ranked(
            "cn-gd.table.6-3",
            "§6.3",
            ["soil.annual-discharge-report-missing", "soil.hazard-inspection-system-missing"],
            "土壤污染重点监管单位未按年度报告有毒有害物质排放情况，或者未建立土壤污染隐患排查制度",
            "Key soil-pollution unit without the annual toxic-discharge report or the "
            "hazard-inspection system",
            low=20_000,
            high=200_000,
            factors=[
                _duty_form(
                    (
                        "建立并实施土壤污染隐患排查制度，但未按年度上报有毒有害物质排放情况",
                        "建立土壤污染隐患排查制度，但未实施",
                        "未建立土壤污染隐患排查制度",
                    )
                ),
                _sensitivity(*_ranks(3)),
            ],
            rows=_pairs("2", "4", "6", "8", "10", "12", "14", "16", "18", "20"),
            page="pp. 134-135 (PDF pp. 149-150)",
            top=_pollution_rank("违法行为造成有毒有害物质渗漏、流失、扬散"),
        ),
        *_two_tiers(
            4,
            "soil.demolition-no-prevention-measures",
            "企业事业单位未采取相应的土壤污染防治措施拆除设施、设备或者建筑物、构筑物",
            "Facilities or buildings demolished without soil-pollution prevention measures",
            "pp. 135-136 (PDF pp. 150-151)",
        ),
        *_two_tiers(
            5,
            "soil.demolition-no-work-plan",
            "土壤污染重点监管单位未制定、实施土壤污染防治工作方案拆除设施、设备或者建筑物、构筑物",
            "Key soil-pollution unit demolishing without a soil-pollution prevention work plan",
            "pp. 136-137 (PDF pp. 151-152)",
        ),
        *_two_tiers(
            6,
            "soil.tailings-no-prevention",
            "尾矿库运营、管理单位未按照规定采取措施防止土壤污染",
            "Tailings-pond operator without measures against soil pollution",
            "pp. 137-138 (PDF pp. 152-153)",
        ),
        _ranked(
            "cn-gd.table.6-7",
            "§6.7",
            "soil.tailings-not-monitored",
            "尾矿库运营、管理单位未按照规定进行土壤污染状况监测",
            "Tailings-pond operator not monitoring the soil",
            low=20_000,
            high=200_000,
            factors=[_correction(), _sensitivity(*_ranks(3))],
            rows=_pairs("2", "5", "8", "11", "14", "17", "20"),
            page="pp. 138-139 (PDF pp. 153-154)",
            top=_pollution_rank(),
        ),
        *_two_tiers(
            8,
            "soil.treatment-facility-no-prevention",
            "建设和运行污水集中处理设施、固体废物处置设施，未依照法律法规和相关标准的要求采取措施防止土壤污染",
            "Central sewage or solid-waste facility without measures against soil pollution",
            "pp. 139-140 (PDF pp. 154-155)",
        ),
        *_farmland_discharge(),
        _ranked(
            "cn-gd.table.6-10",
            "§6.10",
            "soil.polluted-waste-for-land-reclamation",
            "将重金属或者其他有毒有害物质含量超标的工业固体废物、生活垃圾或者污染土壤用于土地复垦",
            "Waste or polluted soil over the heavy-metal or toxic limits used for land reclamation",
            low=100_000,
            high=1_000_000,
            factors=[
                _correction(),
                _steps(
                    "area",
                    "涉案面积",
                    "area",
                    "area_m2",
                    ("100", "200", "300", "400"),
                    _ranks(5),
                    ("平方米", "m²"),
                ),
            ],
            rows=_pairs("10", "19", "28", "37", "46", "55", "64", "73", "82", "91", "100"),
            page="pp. 141-142 (PDF pp. 156-157)",
            top=_impact(),
        ),
        *_area_tiers(
            11,
            "other.false-report-soil-survey",
            "出具虚假调查报告、风险评估报告、风险管控效果评估报告、修复效果评估报告",
            "False soil survey, risk-assessment or effect-assessment reports (the unit)",
            ranges=art91,
            bounds=survey,
            lower=_pairs("10", "18", "26", "34", "42", "50"),
            upper=_pairs("50", "60", "70", "80", "90", "100"),
            page="pp. 142-143 (PDF pp. 157-158)",
            rows=("限期内改正", "逾期未改正"),
            lower_closed="20000",
        ),
        *_area_tiers(
            12,
            "soil.remediation-new-pollution",
            "实施风险管控、修复活动对土壤、周边环境造成新的污染",
            "New pollution of the soil or surroundings by risk-control or remediation work",
            ranges=art91,
            bounds=("50", "100", "150", "200"),
            lower=_pairs("10", "18", "26", "34", "42", "50"),
            upper=_pairs("50", "60", "70", "80", "90", "100"),
            page="pp. 143-144 (PDF pp. 158-159)",
            rows=("限期内改正", "逾期未改正"),
        ),
        *_area_tiers(
            13,
            "soil.contaminated-soil-transfer-not-reported",
            "转运污染土壤，未将运输时间、方式、线路和污染土壤数量、去向、最终处置措施等提前报所在地和接收地"
            "生态环境主管部门",
            "Polluted soil moved without reporting the transport plan in advance",
            ranges=art91,
            bounds=("2", "5", "10", "15"),
            lower=_pairs("10", "18", "26", "34", "42", "50"),
            upper=_pairs("50", "60", "70", "80", "90", "100"),
            page="p. 144 (PDF p. 159)",
            rows=("未造成土壤环境污染", "造成土壤环境污染"),
            fact="material_tonnes",
            unit=("吨", "t"),
        ),
        *(
            t
            for n, kinds, zh, en, page in (
                (
                    17,
                    ["soil.survey-not-done-risk-plot", "soil.survey-not-done-key-unit-land"],
                    "土壤污染责任人或者土地使用权人未按照规定进行土壤污染状况调查",
                    "Soil-pollution survey not carried out as required",
                    "pp. 148-149 (PDF pp. 163-164)",
                ),
                (
                    18,
                    "soil.risk-assessment-not-done",
                    "土壤污染责任人或者土地使用权人未按照规定进行土壤污染风险评估",
                    "Soil-pollution risk assessment not carried out as required",
                    "pp. 149-150 (PDF pp. 164-165)",
                ),
                (
                    21,
                    "soil.effect-assessment-not-done",
                    (
                        "土壤污染责任人或者土地使用权人风险管控、修复活动完成后，未另行委托有关单位对风险管控"
                        "效果、修复效果进行评估"
                    ),
                    "Effects of risk control or remediation not assessed by another unit",
                    "pp. 153-154 (PDF pp. 168-169)",
                ),
            )
            for t in _area_tiers(
                n,
                kinds,
                zh,
                en,
                ranges=art94,
                bounds=survey,
                lower=survey_lower,
                upper=survey_upper,
                page=page,
                rows=("限期内改正", "逾期未改正"),
                lower_closed="20000",
            )
        ),
        *_risk_weights(
            19,
            "soil.risk-control-not-taken",
            "土壤污染责任人或者土地使用权人未按照规定采取风险管控措施",
            "Soil risk-control measures not taken as required",
            ("已采取风险管控措施，但不符合规定", "未采取风险管控措施"),
            "pp. 150-151 (PDF pp. 165-166); the row printed 3000平方米以上50000平方米以下 is read as 3000-5000 m², the next row starting at 5000",
        ),
        *_risk_weights(
            20,
            "soil.remediation-not-done",
            "土壤污染责任人或者土地使用权人未按照规定实施土壤修复",
            "Soil remediation not carried out as required",
            ("已实施修复，但不符合规定", "未实施修复"),
            "pp. 151-153 (PDF pp. 166-168); the row printed 3000平方米以上50000平方米以下 is read as 3000-5000 m², the next row starting at 5000",
        ),
        *(
            _ranked(
                f"cn-gd.table.6-{n}",
                f"§6.{n}",
                kind,
                zh,
                en,
                low=10_000,
                high=50_000,
                factors=[_sensitivity(*_ranks(3))],
                rows=(("1", "3"), ("3", "5"), ("5", "5")),
                page=page,
            )
            for n, kind, zh, en, page in (
                (
                    22,
                    "soil.work-plan-not-filed",
                    "土壤污染重点监管单位未按照规定将土壤污染防治工作方案报生态环境主管部门备案，逾期未改正",
                    "Soil-pollution prevention work plan not filed, not corrected in time",
                    "p. 154 (PDF p. 169)",
                ),
                (
                    23,
                    "soil.remediation-plan-not-filed",
                    (
                        "土壤污染责任人或者土地使用权人未按照规定将修复方案、效果评估报告报生态环境主管部门"
                        "备案，逾期未改正"
                    ),
                    "Remediation plan or effect-assessment report not filed, not corrected in time",
                    "p. 155 (PDF p. 170)",
                ),
            )
        ),
        _ranked(
            "cn-gd.table.6-24",
            "§6.24",
            "soil.survey-report-not-filed",
            "土地使用权人未按照规定将土壤污染状况调查报告报地方人民政府生态环境主管部门备案，拒不改正",
            "Soil survey report not filed, and the order to correct refused",
            low=10_000,
            high=50_000,
            factors=[_correction()],
            rows=(("1", "3"), ("3", "5")),
            page="pp. 155-156 (PDF pp. 170-171)",
            top=_impact(),
        ),
        _obstruction(
            "cn-gd.table.6-16",
            "§6.16",
            "other.obstructing-inspection-soil",
            "被检查者拒不配合检查，或者在接受检查时弄虚作假",
            "Soil inspection not cooperated with, or falsehoods during it (units)",
            low=20_000,
            rows=[
                *_pairs("2", "4", "6", "8", "11", "13", "15", "17", "20"),
                ("20", "20"),
                ("20", "20"),
            ],
            page="pp. 147-148 (PDF pp. 162-163)",
        ),
    ]


def _falsified() -> list[Data]:
    """§6.2 (土壤法 Art. 86 (2)): by the number of the 45 indicators falsified, five a band.

    No soil pollution: within 20,000-200,000; soil polluted: within 200,000-2,000,000.
    """
    cuts = [str(k) for k in range(6, 42, 5)]  # 6, 11, …, 41: "1-5项", "6-10项", …, "41-45项"

    def count() -> Data:
        return _brackets(
            "indicators",
            "篡改伪造监测数据指标个数",
            "indicators falsified",
            "falsified_indicators",
            cuts,
            ("1-5项", "1 to 5", "0"),
            *(
                (f"{c}-{int(c) + 4}项", f"{c} to {int(c) + 4}", str(i))
                for i, c in enumerate(cuts, 1)
            ),
        )

    title = (
        "土壤污染重点监管单位篡改、伪造监测数据",
        "Key soil-pollution unit falsifying monitoring data",
    )
    return [
        _ranked(
            "cn-gd.table.6-2.ordinary",
            "§6.2",
            "monitoring.falsified-data-soil",
            *title,
            low=20_000,
            high=200_000,
            factors=[count()],
            rows=_pairs("2", "4", "6", "8", "10", "12", "14", "16", "18", "20"),
            page="p. 134 (PDF p. 149); rows 未造成土壤环境污染",
        ),
        _ranked(
            "cn-gd.table.6-2.higher",
            "§6.2",
            "monitoring.falsified-data-soil",
            *title,
            low=200_000,
            high=2_000_000,
            factors=[count()],
            rows=_pairs("20", "40", "60", "80", "100", "120", "140", "160", "180", "200"),
            page="p. 134 (PDF p. 149); rows 造成土壤环境污染",
            top=_impact(),
        ),
    ]


def _farmland_discharge() -> list[Data]:
    """§6.9 (土壤法 Art. 87): two tables, one a range.

    Corrected in time and no soil pollution, by tonnes, within 100,000-500,000; polluted though
    corrected, or not corrected in time, by tonnes, within 500,000-2,000,000 (情节严重).
    """
    tonnes = ("2", "5", "10", "20")

    def size() -> Data:
        return _steps(
            "tonnes", "污染量", "quantity", "material_tonnes", tonnes, _ranks(5), ("吨", "t")
        )

    zh = "向农用地排放重金属或者其他有毒有害物质含量超标的污水、污泥，以及可能造成土壤污染的清淤底泥、尾矿、矿渣等"
    en = "Sewage, sludge, dredged mud, tailings or slag over the heavy-metal or toxic limits put on farmland"
    page = "pp. 140-141 (PDF pp. 155-156)"
    return [
        _ranked(
            "cn-gd.table.6-9.ordinary",
            "§6.9",
            "soil.toxic-discharge-to-farmland",
            zh,
            en,
            low=100_000,
            high=500_000,
            factors=[size()],
            rows=_pairs("10", "18", "26", "34", "42", "50"),
            page=f"{page}; rows 限期内改正，且未造成土壤污染",
        ),
        _ranked(
            "cn-gd.table.6-9.higher",
            "§6.9",
            "soil.toxic-discharge-to-farmland",
            zh,
            en,
            low=500_000,
            high=2_000_000,
            factors=[
                _factor(
                    "correction",
                    "整改情况",
                    "correction",
                    _lv(
                        "限期内改正，但已造成土壤污染",
                        "corrected in time, soil polluted",
                        "0",
                        _eq("refused_to_correct", False),
                    ),
                    _lv(
                        "逾期未改正", "not corrected in time", "1", _eq("refused_to_correct", True)
                    ),
                ),
                size(),
            ],
            rows=[
                *_pairs("50", "65", "80", "95", "110", "125"),
                *_pairs("125", "140", "155", "170", "185", "200"),
            ],
            page=f"{page}; rows 限期内改正，但已造成土壤污染 / 逾期未改正",
            top=_impact(),
        ),
    ]


def tables_waste_soil() -> list[Data]:
    """The encoded tables of 附件1 chapters 4 and 6, uncited (``tables`` adds the citation)."""
    return [*_chapter_4(), *_chapter_6()]
