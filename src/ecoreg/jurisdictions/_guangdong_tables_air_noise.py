"""Guangdong's fine tables, chapters 3 (大气) and 5 (噪声) of 附件1: the tables not in `_guangdong_tables`.

粤环发〔2021〕7号 附件1, read in the annex PDF that `_guangdong_tables` names. Encoded here:
§3.1 (obstructing an inspection), §3.6 (monitoring equipment interfered with), §3.7 (no
self-monitoring), §3.9 (automatic monitoring data not disclosed), §3.22 (vehicle emission
information not published), §3.23 (falsified vehicle emission tests), §3.32 (dry cleaning and
vehicle repair without treatment) and §3.48 (fugitive emissions, 排污许可管理条例 Art. 35 (1):
two tables, one for each of the article's ranges). The tables of the two chapters that are not
encoded, and why, are listed in docs/jurisdictions/guangdong.md (chapter 5 is written against
广东省实施《中华人民共和国环境噪声污染防治法》办法, a provincial regulation: no act is judged
under the ranges its tables were written for).

Besides the facts `_guangdong_tables` lists, these tables read ``obstruction_form``,
``device_destroyed``, ``not_monitored``, ``not_disclosed``, ``falsified_reports`` and
``major_impact`` (造成重大生态环境影响或者不良社会影响: the row a band table puts at its
maximum, whatever the other factors).
"""

from __future__ import annotations

from ecoreg.jurisdictions._guangdong_tables import (
    Data,
    _area_binary,
    _brackets,
    _correction,
    _eq,
    _factor,
    _history_ranks,
    _impact,
    _lv,
    _period,
    _permit_35_halves,
    _prior_year,
    _ranked,
    _wan,
    _weights,
)

__all__ = ["tables_air_noise"]


def _obstruction() -> Data:
    """§3.1 (大气法 Art. 98): form of obstruction × same violation within a year."""
    forms = (
        ("delay", "以拖延执法人员的方式阻挠监督检查", "delaying the officers"),
        ("falsification", "在接受监督检查时弄虚作假", "falsification during the inspection"),
        (
            "refused_entry",
            "以拒绝执法人员进入厂区的方式阻挠监督检查",
            "refusing the officers entry",
        ),
        (
            "passive_violence",
            "以围堵、滞留、恐吓执法人员等消极暴力方式阻挠监督检查",
            "blockading, detaining or threatening the officers",
        ),
        ("active_violence", "以殴打执法人员的积极暴力方式阻挠监督检查", "assaulting the officers"),
    )
    factors = [
        _factor(
            "form",
            "违法程度",
            "form",
            *(
                _lv(zh, en, str(rank), _eq("obstruction_form", v))
                for rank, (v, zh, en) in enumerate(forms)
            ),
        ),
        _prior_year(),
    ]
    # 万元, without / with a same violation within a year: 2-4 / 4-6, 6-8 / 8-11, 11-13 /
    # 13-15, 15-17 / 17-20; 殴打: 20 either way.
    amounts = _wan(
        (2, 4), (4, 6), (6, 8), (8, 11), (11, 13), (13, 15), (15, 17), (17, 20), (20, 20), (20, 20)
    )
    return _ranked(
        "cn-gd.table.3-1",
        "§3.1",
        "other.obstructing-inspection-air",
        "以拒绝进入现场等方式拒不接受生态环境主管部门及其环境执法机构的监督检查，或者在接受监督检查时弄虚作假",
        "Air inspection refused (entry refused and the like), or falsification during it",
        low=20_000,
        high=200_000,
        factors=factors,
        rows=amounts,
        page="p. 47 (PDF p. 62)",
    )


def _equipment() -> Data:
    """§3.6 (大气法 Art. 100 (1)): moved or damaged × area, a major impact 200,000."""
    factors = [
        _factor(
            "form",
            "行为表现形式",
            "form",
            _lv("移动、改变", "moved or altered", "0", _eq("device_destroyed", False)),
            _lv("侵占、损毁", "occupied or damaged", "1", _eq("device_destroyed", True)),
        ),
        _area_binary("1"),
    ]
    amounts = _wan((2, 5), (5, 10), (10, 15), (15, 20))
    return _ranked(
        "cn-gd.table.3-6",
        "§3.6",
        "monitoring.equipment-interference",
        "侵占、损毁或者擅自移动、改变大气环境质量监测设施或者大气污染物排放自动监测设备",
        "Air-quality monitoring facilities or automatic emission monitors occupied, damaged, "
        "moved or altered",
        low=20_000,
        high=200_000,
        factors=factors,
        rows=amounts,
        top=_impact("whether"),
        page="p. 54 (PDF p. 69)",
    )


def _toxic_air() -> Data:
    """排污情况 as ranks: 工业废气 0, 有毒有害大气污染物 1 (class A air is the toxic list)."""
    return _factor(
        "pollutant_class",
        "排污情况",
        "pollutants",
        *(
            _lv("工业废气", f"industrial waste gas ({c})", "0", _eq("pollutant_class", c))
            for c in ("voc", "b")
        ),
        *(
            _lv("有毒有害大气污染物", f"toxic air pollutants ({c})", "1", _eq("pollutant_class", c))
            for c in ("a", "toxic")
        ),
    )


def _self_monitoring() -> Data:
    """§3.7 (大气法 Art. 100 (2)): records not kept or no monitoring × toxic, a major impact."""
    factors = [
        _factor(
            "form",
            "行为表现形式",
            "form",
            _lv(
                "有监测但未保存原始监测记录",
                "monitored, original records not kept",
                "0",
                _eq("not_monitored", False),
            ),
            _lv("未监测", "not monitored", "1", _eq("not_monitored", True)),
        ),
        _toxic_air(),
    ]
    amounts = _wan((2, 5), (5, 10), (10, 15), (15, 20))
    return _ranked(
        "cn-gd.table.3-7",
        "§3.7",
        "monitoring.air-not-self-monitored",
        "未按照规定对所排放的工业废气和有毒有害大气污染物进行监测并保存原始监测记录",
        "Industrial waste gas and toxic air pollutants not monitored, or the original records "
        "not kept",
        low=20_000,
        high=200_000,
        factors=factors,
        rows=amounts,
        top=_impact("whether"),
        page="pp. 54-55 (PDF pp. 69-70)",
    )


def _disclosure() -> Data:
    """§3.9 (大气法 Art. 100 (4)): weights × 200,000."""
    factors = [
        _factor(
            "form",
            "行为表现形式",
            "form",
            _lv("不如实公开", "disclosed untruthfully", "0", _eq("not_disclosed", False)),
            _lv("不公开", "not disclosed", "0.20", _eq("not_disclosed", True)),
        ),
        _correction("0.30"),
        _brackets(
            "history",
            "近二年同类违法行为情况",
            "same violations within two years",
            "violations_2y",
            ("5", "10"),
            ("5次以下", "fewer than five", "0"),
            ("5次以上10次以下", "5 to under 10", "0.10"),
            ("10次以上", "10 or more", "0.20"),
        ),
        _factor(
            "pollutant_class",
            "排污情况",
            "pollutants",
            *(
                _lv("B类污染物", f"class-B pollutants ({c})", "0", _eq("pollutant_class", c))
                for c in ("voc", "b")
            ),
            *(
                _lv("A类污染物", f"class-A pollutants ({c})", "0.20", _eq("pollutant_class", c))
                for c in ("a", "toxic")
            ),
        ),
    ]
    return _weights(
        "cn-gd.table.3-9",
        "§3.9",
        "air.monitoring-data-not-disclosed",
        "重点排污单位不公开或者不如实公开自动监测数据",
        "Key emitter's automatic monitoring data not disclosed, or disclosed untruthfully",
        low=20_000,
        high=200_000,
        start="0.10",
        floor=None,
        factors=factors,
        note="p. 56 (PDF p. 71); 罚款金额=裁量百分值总和×20万",
    )


def _emission_info() -> Data:
    """§3.22 (大气法 Art. 111 (1)): repeats × correction, a major impact 500,000."""
    return _ranked(
        "cn-gd.table.3-22",
        "§3.22",
        "air.emission-info-not-disclosed",
        "机动车生产、进口企业未按照规定向社会公布其生产、进口机动车车型的排放检验信息或者污染控制技术信息",
        "Vehicle makers or importers not publishing emission-test or pollution-control information",
        low=50_000,
        high=500_000,
        factors=[_history_ranks(), _correction()],
        rows=_wan((5, 10), (10, 20), (20, 30), (30, 40), (40, 50), (50, 50)),
        top=_impact("whether"),
        page="pp. 64-65 (PDF pp. 79-80)",
    )


def _false_tests() -> Data:
    """§3.23 (大气法 Art. 112 (1)): items falsified × earlier same violations, impact 500,000."""
    factors = [
        _brackets(
            "items",
            "伪造检验结果或者出具虚假报告数量",
            "results falsified or false reports issued",
            "falsified_reports",
            ("3", "5"),
            ("3项以下", "under 3", "0"),
            ("3项以上5项以下", "3 to under 5", "1"),
            ("5项以上", "5 or more", "2"),
        ),
        _brackets(
            "history",
            "近二年同类违法行为情况",
            "earlier same violations within two years",
            "violations_2y",
            ("2",),
            ("无同类违法行为", "none", "0"),
            ("有同类违法行为", "some", "1"),
        ),
    ]
    return _ranked(
        "cn-gd.table.3-23",
        "§3.23",
        "other.false-report-vehicle-emission-testing",
        "伪造机动车、非道路移动机械排放检验结果或者出具虚假排放检验报告",
        "Vehicle or mobile-machinery emission test results falsified, or false reports issued",
        low=100_000,
        high=500_000,
        factors=factors,
        rows=_wan((10, 15), (15, 25), (25, 30), (30, 40), (40, 50), (50, 50)),
        top=_impact("whether"),
        page="pp. 65-66 (PDF pp. 80-81)",
    )


def _dry_cleaning() -> Data:
    """§3.32 (大气法 Art. 120; 广东省环境保护条例 Art. 73 ¶2): by the period."""
    factors = [_period("1", "2")]
    return _ranked(
        "cn-gd.table.3-32",
        "§3.32",
        "air.dry-cleaning-repair-no-treatment",
        "服装干洗和机动车维修等项目未按照规定设置异味或者废气处理装置",
        "Dry cleaning, vehicle repair and the like without odour or waste-gas treatment",
        low=2_000,
        high=20_000,
        factors=factors,
        rows=_wan((1, "1.5"), ("1.5", 2), (2, 2)),
        page=(
            "pp. 70-71 (PDF pp. 85-86); the table cites 大气法 Art. 120 (2,000-20,000) and "
            "广东省环境保护条例 Art. 73 ¶2 (10,000-20,000): its bands lie in both, and it is "
            "applied to the range of 大气法 Art. 120, the catalogue kind's"
        ),
    )


_FUGITIVE_KINDS = [
    "air.voc-process-not-enclosed",
    "air.solvent-leak-not-controlled",
    "dust.industrial-not-enclosed",
]
"""The kinds whose conduct the catalogue finds may also break 排污许可管理条例 Art. 35 (1)
(a concurrent provision, applied where the officer lists it in ``concurrent_findings``)."""


def _fugitive() -> list[Data]:
    """§3.48 (排污许可管理条例 Art. 35 (1)): two tables, one a range (`_permit_35_halves`)."""
    return _permit_35_halves(
        "cn-gd.table.3-48",
        "§3.48",
        _FUGITIVE_KINDS,
        "未按照排污许可证规定控制大气污染物无组织排放",
        "Fugitive air emissions not controlled as the discharge permit requires",
        page="pp. 81-82 (PDF pp. 96-97)",
        item="排污许可管理条例第三十五条第一项",
    )


def tables_air_noise() -> list[Data]:
    """The tables of chapters 3 and 5 encoded here, not yet cited (``tables`` cites them)."""
    return [
        _obstruction(),
        _equipment(),
        _self_monitoring(),
        _disclosure(),
        _emission_info(),
        _false_tests(),
        _dry_cleaning(),
        *_fugitive(),
    ]
