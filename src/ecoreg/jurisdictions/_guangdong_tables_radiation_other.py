"""Guangdong's fine tables, chapters 7 (辐射污染防治类) and 8 (其他污染防治类) of 附件1.

The same annex and PDF as ``_guangdong_tables`` (粤环发〔2021〕7号 附件1, read from the PDF
mirrored in ``Fungwingwaa/cee``); each table's note gives its printed page and, in brackets,
its PDF page. Every table of these chapters is a band table (幅度罚款模式): an ordinary case
takes its band's midpoint (Art. 12 (2)), and a row that names a single amount ("20万元") is a
band of one amount.

Nearly every table ends with the row "造成重大生态环境影响或者不良社会影响的" and the statutory
maximum: here a factor ``impact`` read from ``major_impact``, whose higher level gives the
maximum whatever the other factors are.

Only the tables written against an article the catalogue carries as a kind's basis are
encoded: the 放射性污染防治法 tables (§§7.1-7.14; here §§7.3, 7.13 and 7.14 for a case without
illegal gains of 100,000 yuan or more, the part written as a yuan range: their rows for larger
gains, a multiple of the gains, are `_guangdong_tables_times`'s ``.gains`` records), 清洁生产促进法
Art. 39 (§8.2), 畜禽规模养殖污染防治条例 Art. 41 (§§8.22-8.23) and the 排污许可管理条例
tables whose article a kind carries (§§8.27-8.30, 8.34-8.39, 8.41-8.43; §8.37 has §8.36's bands and one table
serves both; §8.27, like §3.48, is one table for each of its article's two ranges). The others,
and why, are listed in docs/jurisdictions/guangdong.md.
"""

from __future__ import annotations

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
    _impact,
    _lv,
    _num,
    _permit_35_halves,
    _ranked,
    _wan,
)

__all__ = ["tables_radiation_other"]


_MAJOR_ZH = "造成重大生态环境影响或者不良社会影响的"


def _prior_2y() -> Data:
    """近二年同类违法行为情况: none / some (the act itself counted in ``violations_2y``)."""
    return _brackets(
        "history",
        "近二年同类违法行为情况",
        "same violations within two years",
        "violations_2y",
        ("2",),
        ("无同类违法行为", "none", "0"),
        ("有同类违法行为", "some", "1"),
    )


def _prior_flag(fact: str, zh: str, en: str) -> Data:
    return _flag("history", zh, en, fact, ("无同类违法行为", "none"), ("有同类违法行为", "some"))


def _classes_ab() -> Data:
    """排放污染物种类: B类 (0) / A类 (1); VOC gas is a class-B pollutant (Art. 18)."""
    return _factor(
        "pollutant_class",
        "排放污染物种类",
        "pollutant class",
        *(_lv("B类污染物", f"class B ({c})", "0", _eq("pollutant_class", c)) for c in ("b", "voc")),
        *(
            _lv("A类污染物", f"class A ({c})", "1", _eq("pollutant_class", c))
            for c in ("a", "toxic")
        ),
    )


def _radioactivity() -> Data:
    """排放废气、废液类型: low / medium / high-level or α (§§7.5, 7.6)."""
    f = "radioactivity_level"
    return _factor(
        "radioactivity",
        "排放废气、废液类型",
        "radioactivity of the waste",
        _lv("低放射性废气、废液的", "low-level", "0", _eq(f, "low")),
        _lv("中放射性废气、废液的", "medium-level", "1", _eq(f, "medium")),
        _lv("高放射性废气、废液或α放射性废液的", "high-level or alpha", "2", _eq(f, "high")),
    )


def _waste_grade(what: str) -> Data:
    """违法程度 by quantity and activity (§§7.7, 7.8, 7.12): 量小活度低 … 量大活度较高."""
    f = "radioactive_waste_grade"
    grades = (
        ("small_low", "量小活度低", "small quantity, low activity"),
        ("large_low", "量大活度低", "large quantity, low activity"),
        ("small_higher", "量小活度较高", "small quantity, higher activity"),
        ("large_higher", "量大活度较高", "large quantity, higher activity"),
    )
    return _factor(
        "grade",
        "违法程度",
        "quantity and activity",
        *(
            _lv(f"{what}{zh}", en, str(rank), _eq(f, value))
            for rank, (value, zh, en) in enumerate(grades)
        ),
    )


def _report(ranks: dict[str, int], labels: dict[int, tuple[str, str]]) -> Data:
    """违法程度 by how the report or disclosure fell short (``report_failure``)."""
    return _factor(
        "report",
        "违法程度",
        "how the report fell short",
        *(
            _lv(
                labels[rank][0],
                f"{labels[rank][1]} ({value})",
                str(rank),
                _eq("report_failure", value),
            )
            for value, rank in ranks.items()
        ),
    )


def _chapter_7() -> list[Data]:
    rad = "放射性污染防治法"
    prohibited = _wan((10, 11), (11, 13), (13, 15), (15, 16), (16, 18), (18, 20))
    found = [
        _ranked(
            "cn-gd.table.7-1",
            "§7.1",
            ["monitoring.radioactive-results-not-reported"],
            "不按照规定报告有关环境监测结果",
            "Environmental monitoring results not reported as required",
            low=0,
            high=20_000,
            factors=[
                _report(
                    {"late_or_incomplete": 0, "untruthful": 0, "not_made": 1},
                    {
                        0: (
                            "未按时报送有关环境监测结果或报送的内容不全或者有错误的",
                            "late, incomplete or wrong",
                        ),
                        1: ("不报、拒报有关环境监测结果", "not reported or refused"),
                    },
                ),
                _prior_2y(),
            ],
            rows=_wan((0, "0.5"), ("0.5", 1), (1, "1.5"), ("1.5", 2)),
            top=_impact("situation"),
            top_last=False,
            page=f"p. 157 (PDF p. 172); {rad} Art. 49 (1), 可以处二万元以下罚款",
        ),
        _ranked(
            "cn-gd.table.7-2",
            "§7.2",
            ["other.obstructing-inspection-radiation"],
            "拒绝环境保护行政主管部门和其他有关部门进行现场检查，或者被检查时不如实反映情况和提供必要资料",
            "On-site inspection refused, or the facts or documents not truthfully given",
            low=0,
            high=20_000,
            factors=[_prior_2y()],
            rows=_wan((0, 1), (1, 2)),
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 157-158 (PDF pp. 172-173); {rad} Art. 49 (2), 可以处二万元以下罚款",
        ),
        _ranked(
            "cn-gd.table.7-3",
            "§7.3",
            ["radiation.isotope-activity"],
            "违法生产、销售、使用、转让、进口、贮存放射性同位素和射线装置以及装备有放射性同位素的仪表"
            "（没有违法所得或者违法所得不足十万元的）",
            "Radioisotopes or ray equipment produced, sold, used, transferred, imported or stored "
            "unlawfully (no illegal gains, or under 100,000 yuan)",
            low=10_000,
            high=100_000,
            factors=[_correction()],
            rows=_wan((1, 5), (5, 10)),
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 158-159 (PDF pp. 173-174); {rad} Art. 53; the rows for illegal gains of "
            "100,000 or more (违法所得1倍以上5倍以下) are the record cn-gd.table.7-3.gains",
        ),
        _ranked(
            "cn-gd.table.7-4",
            "§7.4",
            ["radiation.tailings-facility"],
            "未建造尾矿库或者不按照放射性污染防治的要求建造尾矿库，贮存、处置铀（钍）矿和伴生放射性矿的尾矿",
            "Uranium, thorium or associated radioactive tailings stored or disposed of without a "
            "compliant tailings facility",
            low=100_000,
            high=200_000,
            factors=[_prior_2y(), _correction()],
            rows=_wan((10, 12), (12, 15), (15, 17), (17, 20)),
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 159-160 (PDF pp. 174-175); {rad} Art. 54 (1)",
        ),
        _ranked(
            "cn-gd.table.7-5",
            "§7.5",
            ["radiation.prohibited-discharge"],
            "向环境排放不得排放的放射性废气、废液",
            "Radioactive waste gas or liquid discharged where discharge is prohibited",
            low=100_000,
            high=200_000,
            factors=[_area_binary(), _radioactivity()],
            rows=prohibited,
            top=_impact("situation"),
            top_last=False,
            page=f"p. 160 (PDF p. 175); {rad} Art. 54 (2)",
        ),
        _ranked(
            "cn-gd.table.7-6",
            "§7.6",
            ["radiation.waste-liquid-improper-discharge"],
            "不按照规定的方式排放放射性废液，利用渗井、渗坑、天然裂隙、溶洞或者国家禁止的其他方式排放放射性废液",
            "Radioactive waste liquid discharged in a way the rules do not allow (seepage wells, "
            "pits, fissures, caves …)",
            low=100_000,
            high=200_000,
            factors=[_area_binary(), _radioactivity()],
            rows=prohibited,
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 160-161 (PDF pp. 175-176); {rad} Art. 54 (3)",
        ),
        _ranked(
            "cn-gd.table.7-7",
            "§7.7",
            ["radiation.waste-liquid-mishandled"],
            "不按照规定处理或者贮存不得向环境排放的放射性废液",
            "Radioactive waste liquid that may not be discharged not treated or stored as required",
            low=10_000,
            high=100_000,
            factors=[_waste_grade("放射性废液")],
            rows=_wan((1, 3), (3, 5), (5, 8), (8, 10)),
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 161-162 (PDF pp. 176-177); {rad} Art. 54 (4)",
        ),
        _ranked(
            "cn-gd.table.7-8",
            "§7.8",
            ["radiation.waste-to-unlicensed"],
            "将放射性固体废物提供或者委托给无许可证的单位贮存和处置",
            "Radioactive solid waste handed or entrusted to an unlicensed unit for storage and "
            "disposal",
            low=100_000,
            high=200_000,
            factors=[_prior_2y(), _waste_grade("放射性固体废物")],
            rows=_wan(
                (10, 11), (11, 12), (12, 13), (13, 15), (15, 16), (16, 17), (17, 18), (18, 20)
            ),
            top=_impact("situation"),
            top_last=False,
            page=f"p. 162 (PDF p. 177); {rad} Art. 54 (5)",
        ),
        _ranked(
            "cn-gd.table.7-9",
            "§7.9",
            ["radiation.no-warning-signs"],
            "不按照规定设置放射性标识、标志、中文警示说明，逾期未改正",
            "Radioactive signs, marks or Chinese warnings not set as required, not corrected in "
            "time",
            low=20_000,
            high=100_000,
            factors=[_prior_2y()],
            rows=_wan((2, 5), (5, 10)),
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 162-163 (PDF pp. 177-178); {rad} Art. 55 (1)",
        ),
        _ranked(
            "cn-gd.table.7-10",
            "§7.10",
            ["radiation.no-security-system", "other.no-emergency-plan-radiation"],
            "不按照规定建立健全安全保卫制度和制定事故应急计划或者应急措施，逾期未改正",
            "No security system, or no accident emergency plan or measures, as required, not "
            "corrected in time",
            low=20_000,
            high=100_000,
            factors=[_prior_2y()],
            rows=_wan((2, 5), (5, 10)),
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 163-164 (PDF pp. 178-179); {rad} Art. 55 (2)",
        ),
        _source_loss(),
        _ranked(
            "cn-gd.table.7-12",
            "§7.12",
            ["radiation.solid-waste-not-disposed"],
            "不按照规定对产生的放射性固体废物进行处置，逾期未改正",
            "Radioactive solid waste not disposed of as required by its producer, not corrected "
            "in time",
            low=0,
            high=200_000,
            factors=[_waste_grade("放射性固体废物")],
            rows=_wan((0, 5), (5, 10), (10, 15), (15, 20)),
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 164-165 (PDF pp. 179-180); {rad} Art. 56, 可以并处二十万元以下罚款",
        ),
    ]
    for n, kind, zh, en, page in (
        (
            13,
            "radiation.unlicensed-waste-operation",
            "未经许可，擅自从事贮存和处置放射性固体废物活动（没有违法所得或者违法所得不足十万元的）",
            (
                "Radioactive solid waste stored or disposed of without a licence (no illegal gains, "
                "or under 100,000 yuan)"
            ),
            "p. 165 (PDF p. 180); 放射性污染防治法 Art. 57 (1)",
        ),
        (
            14,
            "radiation.licence-breach-waste-operation",
            "不按照许可的有关规定从事贮存和处置放射性固体废物活动（没有违法所得或者违法所得不足十万元的）",
            (
                "Radioactive solid waste stored or disposed of against the licence (no illegal gains, "
                "or under 100,000 yuan)"
            ),
            "p. 166 (PDF p. 181); 放射性污染防治法 Art. 57 (2)",
        ),
    ):
        found.append(
            _ranked(
                f"cn-gd.table.7-{n}",
                f"§7.{n}",
                [kind],
                zh,
                en,
                low=50_000,
                high=100_000,
                factors=[_correction()],
                rows=_wan((5, 8), (8, 10)),
                top=_impact("situation"),
                top_last=False,
                page=f"{page}; the rows for illegal gains of 100,000 or more are its .gains record",
            )
        )
    return found


def _source_loss() -> Data:
    """§7.11: the class of the source lost or stolen, or the grade of the accident."""
    sc, ag = "radioactive_source_class", "accident_grade"
    severity = _factor(
        "severity",
        "违法程度",
        "source class or accident grade",
        _lv("V、IV类放射源", "class IV or V source", "0", _num(sc, at_least="4")),
        _lv("一般污染事故", "ordinary pollution accident", "0", _eq(ag, "general")),
        _lv("III类放射源", "class III source", "1", _num(sc, at_least="3", below="4")),
        _lv("较大污染事故", "larger pollution accident", "1", _eq(ag, "large")),
        _lv("II、I类放射源", "class I or II source", "2", _num(sc, below="3")),
        _lv("重大污染事故", "major pollution accident", "2", _eq(ag, "major")),
        _lv(
            "特别重大污染事故",
            "especially major pollution accident",
            "3",
            _eq(ag, "especially_major"),
        ),
        _lv(_MAJOR_ZH, "major ecological or adverse social impact", "3", _eq("major_impact", True)),
    )
    rows = _wan((2, 5), (5, 8), (8, 10), (10, 10))
    return _bands(
        "cn-gd.table.7-11",
        "§7.11",
        ["radiation.source-loss-not-reported", "other.incident-not-reported-radiation"],
        "不按照规定报告放射源丢失、被盗情况或者放射性污染事故，逾期未改正",
        "Loss or theft of a radioactive source, or a radioactive pollution accident, not reported "
        "as required, not corrected in time",
        low=20_000,
        high=100_000,
        factors=[severity],
        amount=lambda levels: rows[levels["severity"]],
        page="p. 164 (PDF p. 179); 放射性污染防治法 Art. 55 (3)",
    )


def _chapter_8() -> list[Data]:
    permit = "排污许可管理条例"
    area_class = _wan((2, 5), (5, 10), (10, 15), (15, 20))
    by_coop = _wan((2, 5), (5, 8), (8, 10), (10, 12), (12, 15), (15, 18), (18, 20), (20, 20))
    ledger = _wan(("0.5", 1), (1, 2))
    return [
        _ranked(
            "cn-gd.table.8-2",
            "§8.2",
            ["low_carbon.mandatory-audit-not-conducted", "low_carbon.audit-falsified"],
            "不实施强制性清洁生产审核或者在清洁生产审核中弄虚作假，且拒不改正",
            "Mandatory cleaner-production audit not conducted, or falsified, and not corrected",
            low=50_000,
            high=500_000,
            factors=[_cooperation()],
            rows=_wan((25, 35), (35, 50)),
            top=_impact("situation"),
            top_last=False,
            page="p. 195 (PDF p. 210); 清洁生产促进法 Art. 39, the rows 不实施强制性清洁生产审核或者"
            "在清洁生产审核中弄虚作假",
        ),
        _ranked(
            "cn-gd.table.8-2-report",
            "§8.2",
            ["low_carbon.audit-results-not-reported"],
            "实施强制性清洁生产审核的企业不报告或者不如实报告审核结果，且拒不改正",
            "Mandatory audit results not reported, or not truthfully, and not corrected",
            low=50_000,
            high=500_000,
            factors=[
                _report(
                    {"untruthful": 0, "late_or_incomplete": 0, "not_made": 1},
                    {
                        0: ("不如实报告审核结果", "not truthfully reported"),
                        1: ("不报告审核结果", "not reported"),
                    },
                ),
                _cooperation(),
            ],
            # "5万元以上10万元以上" and "15万元以上20万元以上" as printed: read 以下.
            rows=_wan((5, 10), (10, 15), (15, 20), (20, 25)),
            top=_impact("situation"),
            top_last=False,
            page="p. 195 (PDF p. 210); 清洁生产促进法 Art. 39, the rows 不报告或者不如实报告审核结果",
        ),
        _livestock(),
        *_special_period(),
        _ranked(
            "cn-gd.table.8-28",
            "§8.28",
            ["permit.outlet-not-per-permit"],
            "污染物排放口位置或者数量不符合排污许可证规定",
            "Outlet location or number not as the permit says",
            low=20_000,
            high=200_000,
            factors=[_area_binary(), _classes_ab()],
            rows=area_class,
            top=_impact("situation"),
            top_last=False,
            page=f"p. 210 (PDF p. 225); {permit} Art. 36 (1)",
        ),
        _ranked(
            "cn-gd.table.8-29",
            "§8.29",
            ["permit.discharge-method-not-per-permit"],
            "污染物排放方式或者排放去向不符合排污许可证规定",
            "Discharge method or destination not as the permit says",
            low=20_000,
            high=200_000,
            factors=[_area_binary(), _classes_ab()],
            rows=area_class,
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 210-211 (PDF pp. 225-226); {permit} Art. 36 (2)",
        ),
        _ranked(
            "cn-gd.table.8-30",
            "§8.30",
            ["monitoring.emission-device-interference"],
            "损毁或者擅自移动、改变污染物排放自动监测设备",
            "Automatic emission monitoring equipment damaged, moved or altered",
            low=20_000,
            high=200_000,
            factors=[
                _flag(
                    "form",
                    "违法行为",
                    "conduct",
                    "device_destroyed",
                    ("擅自移动、改变", "moved or altered"),
                    ("损毁", "damaged"),
                ),
                _area_binary(),
                _correction(),
            ],
            rows=by_coop,
            page=f"p. 211 (PDF p. 226); {permit} Art. 36 (3)",
        ),
        _ranked(
            "cn-gd.table.8-34",
            "§8.34",
            ["permit.discharge-info-not-disclosed"],
            "未按照排污许可证规定公开或者不如实公开污染物排放信息",
            "Discharge information not disclosed as the permit says, or not truthfully",
            low=20_000,
            high=200_000,
            factors=[
                _report(
                    {"late_or_incomplete": 0, "not_made": 0, "untruthful": 1},
                    {
                        0: ("未按照排污许可证规定公开", "not disclosed as the permit says"),
                        1: ("不如实公开", "not truthfully disclosed"),
                    },
                ),
                _area_binary(),
                _cooperation(),
            ],
            rows=by_coop,
            page=f"pp. 213-214 (PDF pp. 228-229); {permit} Art. 36 (7)",
        ),
        _ranked(
            "cn-gd.table.8-35",
            "§8.35",
            ["monitoring.anomaly-not-reported"],
            "发现污染物排放自动监测设备传输数据异常或者污染物排放超过污染物排放标准等异常情况不报告",
            "Anomalous automatic-monitoring data or emissions over the standard not reported",
            low=20_000,
            high=200_000,
            factors=[_area_binary(), _classes_ab(), _cooperation()],
            rows=by_coop,
            page=f"pp. 214-215 (PDF pp. 229-230); {permit} Art. 36 (8)",
        ),
        _ranked(
            "cn-gd.table.8-36",
            "§8.36",
            ["monitoring.no-ledger"],
            "未建立环境管理台账记录制度，或者未按照排污许可证规定记录（未如实记录：§8.37，同一幅度）",
            "No environmental management ledger, or not kept as the permit says (or untruthfully, "
            "§8.37, the same bands)",
            low=5_000,
            high=20_000,
            factors=[
                _prior_flag(
                    "prior_same_kind_1y", "近一年内同类违法行为情况", "same violation within a year"
                )
            ],
            rows=ledger,
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 215-216 (PDF pp. 230-231); §8.37 p. 216 (PDF p. 231) has the same bands; "
            f"{permit} Art. 37 (1), (2), 处每次5千元以上2万元以下 (one occasion)",
        ),
        _ranked(
            "cn-gd.table.8-38",
            "§8.38",
            ["permit.execution-report-not-submitted"],
            "未按照排污许可证规定提交排污许可证执行报告",
            "Permit execution report not submitted as the permit says",
            low=5_000,
            high=20_000,
            factors=[
                _prior_flag(
                    "prior_same_kind_1y", "近一年内同类违法行为情况", "same violation within a year"
                )
            ],
            rows=ledger,
            top=_impact("situation"),
            top_last=False,
            page=f"pp. 216-217 (PDF pp. 231-232); {permit} Art. 37 (3), 处每次5千元以上2万元以下 "
            "(one occasion)",
        ),
        _ranked(
            "cn-gd.table.8-39",
            "§8.39",
            ["monitoring.emissions-not-truthfully-reported"],
            "未如实报告污染物排放行为或者污染物排放浓度、排放量",
            "Discharges, concentrations or quantities not truthfully reported",
            low=5_000,
            high=20_000,
            factors=[
                _prior_flag(
                    "prior_same_kind_1y", "近一年内同类违法行为情况", "same violation within a year"
                )
            ],
            rows=ledger,
            top=_impact("situation"),
            top_last=False,
            page=f"p. 217 (PDF p. 232); {permit} Art. 37 (4), 处每次5千元以上2万元以下 (one occasion)",
        ),
        _ranked(
            "cn-gd.table.8-41",
            "§8.41",
            ["permit.fraudulent-permit"],
            "排污单位以欺骗、贿赂等不正当手段申请取得排污许可证",
            "Discharge permit obtained by deception or bribery",
            low=200_000,
            high=500_000,
            factors=[
                _flag(
                    "means",
                    "违法程度",
                    "means",
                    "bribery",
                    ("欺骗", "deception"),
                    ("贿赂", "bribery"),
                ),
                _prior_flag(
                    "prior_same_kind_5y",
                    "近五年同类违法行为情况",
                    "same violation within five years",
                ),
            ],
            rows=_wan((20, 26), (26, 32), (32, 40), (40, 50)),
            top=_impact("situation"),
            top_last=False,
            page=f"p. 218 (PDF p. 233); {permit} Art. 40",
        ),
        _ranked(
            "cn-gd.table.8-42",
            "§8.42",
            ["permit.permit-forged-or-transferred"],
            "伪造、变造、转让排污许可证",
            "Discharge permit forged, altered or transferred",
            low=100_000,
            high=300_000,
            factors=[
                _flag(
                    "form",
                    "违法程度",
                    "conduct",
                    "permit_forged",
                    ("转让排污许可证", "transferred"),
                    ("伪造、变造排污许可证", "forged or altered"),
                ),
                _prior_flag(
                    "prior_same_kind_5y",
                    "近五年同类违法行为情况",
                    "same violation within five years",
                ),
            ],
            rows=_wan((10, 15), (15, 20), (20, 25), (25, 30)),
            top=_impact("situation"),
            top_last=False,
            page=f"p. 219 (PDF p. 234); {permit} Art. 41",
        ),
        _ranked(
            "cn-gd.table.8-43",
            "§8.43",
            ["permit.registration-not-filed"],
            "需要填报排污登记表的企业事业单位和其他生产经营者，未依照规定填报排污信息",
            "Discharge registration form not filed as required",
            low=0,
            high=50_000,
            factors=[_correction()],
            rows=_wan((0, 2), (2, 5)),
            top=_impact("situation"),
            top_last=False,
            page=f"p. 219 (PDF p. 234); {permit} Art. 43, 可以处5万元以下的罚款",
        ),
    ]


def _special_period() -> list[Data]:
    """§8.27 (排污许可管理条例 Art. 35 (2)): as §3.48 for Art. 35 (1) (`_permit_35_halves`)."""
    return _permit_35_halves(
        "cn-gd.table.8-27",
        "§8.27",
        ["permit.special-period-not-restricted"],
        "特殊时段未按照排污许可证规定停止或者限制排放污染物",
        "Discharges not stopped or restricted in special periods as the permit says",
        page="pp. 209-210 (PDF pp. 224-225)",
        item="排污许可管理条例 Art. 35 (2)",
    )


def _livestock() -> Data:
    """§§8.22-8.23, one article (畜禽规模养殖污染防治条例 Art. 41), as one table.

    Over the standard, by how far (§8.22), or untreated, by the herd (§8.23); the bands are
    the same.
    """
    em, qx = "exceedance_multiple", "quota_excess_ratio"
    form = _flag(
        "form",
        "违法情形",
        "conduct",
        "untreated",
        (
            "排放畜禽养殖废弃物不符合国家或者地方规定的污染物排放标准或者总量控制指标",
            "over the standard or the quota",
        ),
        ("未经无害化处理直接向环境排放畜禽养殖废弃物", "discharged without harmless treatment"),
    )
    exceedance = _factor(
        "exceedance",
        "超标情况",
        "exceedance",
        _lv("超标1倍以下", "under 1 time over", "0", _num(em, below="1")),
        _lv("超总量20%以下", "under 20 % over the quota", "0", _num(qx, below="0.2")),
        _lv(
            "超标1倍以上3倍以下", "1 to under 3 times over", "1", _num(em, at_least="1", below="3")
        ),
        _lv(
            "超总量20%以上50%以下",
            "20 % to under 50 % over the quota",
            "1",
            _num(qx, at_least="0.2", below="0.5"),
        ),
        _lv("超标3倍以上", "3 times over or more", "2", _num(em, at_least="3")),
        _lv("超总量50%以上", "50 % or more over the quota", "2", _num(qx, at_least="0.5")),
    )
    herd = _brackets(
        "herd",
        "畜禽养殖场、养殖小区规模",
        "herd (pig equivalents: 500 pigs = 30,000 chickens = 100 cattle)",
        "livestock_pig_equivalents",
        ("500", "1000"),
        ("常年存栏量在500头猪、30000羽鸡、100头牛以下或其他同规模", "under 500 pigs", "0"),
        (
            "常年存栏量在500头以上1000头以下猪、30000羽以上60000羽以下鸡、100头以上200头以下牛或其他同规模",
            "500 to under 1,000 pigs",
            "1",
        ),
        (
            "常年存栏量在1000头以上猪、60000羽以上鸡、200头以上牛或其他同规模",
            "1,000 pigs or more",
            "2",
        ),
    )
    rows = _wan((0, 1), (1, 3), (3, 5))
    return _bands(
        "cn-gd.table.8-22",
        "§§8.22-8.23",
        ["other.livestock-manure-into-irrigation-channel"],
        "排放畜禽养殖废弃物不符合国家或者地方规定的污染物排放标准或者总量控制指标，或者未经无害化处理直接"
        "向环境排放畜禽养殖废弃物",
        "Livestock waste discharged over the standard or the quota, or without harmless treatment",
        low=0,
        high=50_000,
        factors=[form, exceedance, herd, _impact("situation")],
        amount=lambda lv: rows[lv["herd"] if lv["form"] else lv["exceedance"]],
        page="pp. 206-207 (PDF pp. 221-222); 畜禽规模养殖污染防治条例 Art. 41, 可以处5万元以下的罚款",
    )


def tables_radiation_other() -> list[Data]:
    """The encoded tables of chapters 7 and 8 (uncited: ``tables()`` adds the citation)."""
    return [*_chapter_7(), *_chapter_8()]
