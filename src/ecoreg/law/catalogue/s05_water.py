"""Book 5, Ch. 2, Section 5 (第五节 违反水污染防治规定): water pollution, Arts. 1135–1145.

Each kind quotes the article that fines the conduct under the Code and, for acts
before 2026-08-15, the provision of 水污染防治法 (2017, in force 2018-01-01) that
fined the same conduct then: Art. 85 for discharges and dumping into water and for
groundwater (Code Arts. 1136–1137), Art. 83 (4) for industrial wastewater sent to a
treatment plant (Art. 1140), Arts. 89–90 for ships (Arts. 1142–1143, the maritime
administration) and Arts. 91–92 for drinking-water sources (Art. 1145). Where the Code
added an alternative conduct to an item that the statute did not fine, that
alternative is its own kind with the Code's basis only. Discharge without a permit,
over-limit discharge and evading supervision (水法 Art. 83 (1)–(3)) are Code Arts. 1102,
1107 and 1108, in Section 3.
"""

from __future__ import annotations

from ecoreg.law import eco_code as code
from ecoreg.law import groundwater_regulation as groundwater
from ecoreg.law import solid_waste_law as waste
from ecoreg.law import water_pollution_law as water
from ecoreg.law._repeal import LAST_DAY_BEFORE_CODE
from ecoreg.law.catalogue._build import (
    article,
    band,
    basis,
    cap,
    daily,
    fact,
    kind,
    multiple,
    provision,
    section,
    tiers,
    unfined,
    yuan,
)

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(5, "违反水污染防治规定", "Water pollution", 1135, 1145)


def _q(*parts: str) -> str:
    """Parts of one article's text, joined where words between them are left out."""
    return "……".join(parts)


_NEW = "New in the Code: no earlier basis; an earlier act is not penalised (行政处罚法 Art. 37)."

_GROUNDWATER_59_3 = article(
    groundwater.INSTRUMENT,
    59,
    "在泉域保护范围以及岩溶强发育、存在较多落水洞和岩溶漏斗的区域内，新建、改建、扩建造成地下水污染的"
    "建设项目的，由地方人民政府生态环境主管部门处10万元以上50万元以下罚款，并报经有批准权的人民政府"
    "批准，责令拆除或者关闭。",
    paragraph=3,
)

# ---------------------------------------------------------------------------------------------
# Daily continuous penalty (按日连续处罚)
# ---------------------------------------------------------------------------------------------

_CODE_DAILY = daily(code.ART_1060, obstruction_counts=True)
_WATER_95 = article(
    water.INSTRUMENT,
    95,
    "企业事业单位和其他生产经营者违法排放水污染物，受到罚款处罚，被责令改正的，依法作出处罚决定的"
    "行政机关应当组织复查，发现其继续违法排放水污染物或者拒绝、阻挠复查的，依照《中华人民共和国环境"
    "保护法》的规定按日连续处罚。",
    note="Refers to 环境保护法 Art. 59; a refusal or obstruction of the re-inspection also counts.",
)
_WATER_DAILY = daily(_WATER_95, obstruction_counts=True)

_CODE_DAILY_NO = (
    "Not a discharge, dumping or disposal of pollutants or waste: Code Art. 1060 does not reach "
    "it (a local regulation may add it, Art. 1060 ¶3)."
)
_WATER_DAILY_NO = (
    "Not a discharge of water pollutants: 水污染防治法 Art. 95 does not reach it (环境保护法 "
    "Art. 59 ¶3 lets a local regulation add it)."
)

# ---------------------------------------------------------------------------------------------
# Quoted chapeaux and amount sentences
# ---------------------------------------------------------------------------------------------

_C1136 = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门责令停止违法行为，采取治理措施消除污染，处以"
    "罚款，可以责令采取限制生产、停产整治等措施；拒不采取治理措施的，可以指定有治理能力的单位代为治理，"
    "所需费用由违法者承担；情节严重的，报经有批准权的人民政府批准，责令停业、关闭："
)
_C1136_34 = "有前款第三项、第四项情形之一的，处二万元以上二十万元以下的罚款；"
_C1136_15 = "有前款第一项、第五项情形之一的，处十万元以上一百万元以下的罚款；"
_C1136_2 = "有前款第二项情形的，处二十万元以上二百万元以下的罚款。"
_C1136_MEASURES = ("order_stop", "remedy", "restrict_production", "proxy_remediation", "close")

_W85 = (
    "有下列行为之一的，由县级以上地方人民政府环境保护主管部门责令停止违法行为，限期采取治理措施，消除"
    "污染，处以罚款；逾期不采取治理措施的，环境保护主管部门可以指定有治理能力的单位代为治理，所需费用"
    "由违法者承担："
)
_W85_LOW = (
    "有前款第三项、第四项、第六项、第七项、第八项行为之一的，处二万元以上二十万元以下的罚款。"
)
_W85_HIGH = (
    "有前款第一项、第二项、第五项、第九项行为之一的，处十万元以上一百万元以下的罚款；情节严重的，"
    "报经有批准权的人民政府批准，责令停业、关闭。"
)
_W85_MEASURES_LOW = ("order_stop", "remedy", "proxy_remediation")
_W85_MEASURES_HIGH = ("order_stop", "remedy", "proxy_remediation", "close")

_C1137 = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门责令停止违法行为，采取治理措施消除污染，处以"
    "罚款，可以责令采取限制生产、停产整治等措施；拒不采取治理措施的，指定有治理能力的单位代为治理，所需"
    "费用由违法者承担；情节严重的，报经有批准权的人民政府批准，责令停业、关闭："
)
_C1137_12 = "有前款第一项、第二项情形之一的，处二万元以上二十万元以下的罚款；"
_C1137_34 = "有前款第三项、第四项情形之一的，处十万元以上一百万元以下的罚款。"

_C1139 = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门责令改正，处以罚款，可以责令采取限制生产、停产"
    "整治等措施；情节严重的，报经有批准权的人民政府批准，责令停业、关闭："
)
_C1139_34 = "有前款第三项、第四项情形之一的，处二万元以上二十万元以下的罚款；"
_C1139_12 = "有前款第一项、第二项情形之一的，处十万元以上一百万元以下的罚款。"
_C1139_MEASURES = ("order_correction", "restrict_production", "close")

_C1142_2 = (
    "违反本法规定，船舶进行涉及污染物、压载水等排放及操作，未遵守操作规程，未实施监测、监控，或者未如实"
    "记录并保存的，由海事管理机构、渔业渔政主管部门按照职责分工责令改正，处五千元以上五万元以下的罚款。"
)

_C1143 = (
    "违反本法规定，有下列情形之一的，由海事管理机构、渔业渔政主管部门按照职责分工责令停止违法行为，处"
    "一万元以上十万元以下的罚款；造成水污染的，责令限期采取治理措施消除污染，处二万元以上二十万元以下的"
    "罚款；逾期不采取治理措施的，指定有治理能力的单位代为治理，所需费用由船舶承担："
)
_W90 = (
    "违反本法规定，有下列行为之一的，由海事管理机构、渔业主管部门按照职责分工责令停止违法行为，处一万"
    "元以上十万元以下的罚款；造成水污染的，责令限期采取治理措施，消除污染，处二万元以上二十万元以下的"
    "罚款；逾期不采取治理措施的，海事管理机构、渔业主管部门按照职责分工可以指定有治理能力的单位代为治理，"
    "所需费用由船舶承担："
)
_SHIP_TIERS = tiers(
    band(yuan(20_000, 200_000), fact("pollution_caused"), zh="造成水污染", en="water polluted"),
    band(yuan(10_000, 100_000)),
)
_SHIP_ENFORCERS = ("maritime", "fishery")
_SHIP_MEASURES = ("order_stop", "remedy", "proxy_remediation")

_C1144 = (
    "违反本法规定，有下列情形之一的，由海事管理机构、渔业渔政主管部门按照职责分工责令改正，处二万元以上"
    "二十万元以下的罚款："
)

_C1145_1 = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门责令停止违法行为，处十万元以上五十万元以下的罚款，"
    "并报经有批准权的人民政府批准，责令拆除或者关闭："
)
_W91_1 = (
    "有下列行为之一的，由县级以上地方人民政府环境保护主管部门责令停止违法行为，处十万元以上五十万元以下"
    "的罚款；并报经有批准权的人民政府批准，责令拆除或者关闭："
)

# ---------------------------------------------------------------------------------------------
# Concurrent solid-waste provisions (the same act of dumping or stacking solid waste)
# ---------------------------------------------------------------------------------------------

_WASTE_102_7 = provision(
    article(
        waste.INSTRUMENT,
        102,
        _q(
            "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得；",
            "（七）擅自倾倒、堆放、丢弃、遗撒工业固体废物，或者未采取相应防范措施，造成工业固体废物扬散、"
            "流失、渗漏或者其他环境污染的；",
            "有前款第七项行为，处所需处置费用一倍以上三倍以下的罚款，所需处置费用不足十万元的，按十万元"
            "计算。",
        ),
        paragraph=1,
        item=7,
    ),
    multiple("disposal_cost", 1, 3, floor=100_000),
    condition=(
        "倾倒、堆放的废物系工业固体废物",
        "the waste dumped or stacked is industrial solid waste",
    ),
    note="Only where the waste dumped or stacked is industrial solid waste (工业废渣): the same act "
    "breaks 固体废物污染环境防治法 Art. 20 ¶2 and Art. 102 (7) fines it at 1–3 × the disposal "
    "cost (at least 100,000–300,000); by 行政处罚法 Art. 29 the higher fine applies, usually "
    "this one.",
)
_WASTE_111_1 = provision(
    article(
        waste.INSTRUMENT,
        111,
        _q(
            "违反本法规定，有下列行为之一，由县级以上地方人民政府环境卫生主管部门责令改正，处以罚款，没收"
            "违法所得：",
            "（一）随意倾倒、抛撒、堆放或者焚烧生活垃圾的；",
            "单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的罚款；",
            "个人有前款第一项、第五项、第七项行为之一，处一百元以上五百元以下的罚款。",
        ),
        paragraph=1,
        item=1,
    ),
    tiers(
        band(yuan(100, 500), fact("party_type", "individual"), zh="个人", en="an individual"),
        band(yuan(50_000, 500_000)),
    ),
    condition=(
        "倾倒、堆放的废物系生活垃圾",
        "the waste dumped or stacked is household waste",
    ),
    note="Only where the waste is household waste (城镇垃圾, 生活垃圾), enforced by the sanitation "
    "department: 50,000–500,000 for a unit, more than 水污染防治法 Art. 85's 20,000–200,000, so "
    "by 行政处罚法 Art. 29 the higher fine applies; for an individual 100–500, lower.",
)
_WASTE_112_3 = provision(
    article(
        waste.INSTRUMENT,
        112,
        _q(
            "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得；",
            "（三）擅自倾倒、堆放危险废物的；",
            "有前款第三项、第四项、第十项、第十一项行为之一，处所需处置费用三倍以上五倍以下的罚款，所需"
            "处置费用不足二十万元的，按二十万元计算。",
        ),
        paragraph=1,
        item=3,
    ),
    multiple("disposal_cost", 3, 5, floor=200_000),
    condition=(
        "倾倒、堆放或者埋入的废物系危险废物",
        "the waste dumped, stacked or buried is hazardous waste",
    ),
    note="Only where the waste dumped, stacked or buried is hazardous waste (a soluble highly toxic "
    "residue nearly always is; not wastewater discharged into water, which Art. 125 leaves to the "
    "water law): 3–5 × the disposal cost (at least 600,000–1,000,000) under 固体废物污染环境防治法 "
    "Art. 112 (3); by 行政处罚法 Art. 29 the higher fine applies, which is this one.",
)
_CODE_1169_1 = provision(
    article(
        code.INSTRUMENT,
        1169,
        "违反本法规定，擅自倾倒、堆放、丢弃、抛撒、遗撒、焚烧固体废物的，由生态环境主管部门、城镇排水主管"
        "部门、环境卫生主管部门按照职责分工责令停止违法行为，采取治理措施消除污染，没收违法所得，并处十万元"
        "以上一百万元以下的罚款；",
        paragraph=1,
    ),
    yuan(100_000, 1_000_000),
    condition=(
        "该行为系擅自倾倒、堆放固体废物",
        "the act is the unauthorised dumping or stacking of solid waste",
    ),
    note="Only where the act is dumping or stacking solid waste (not discharging other waste or "
    "pollutants into water, nor storing them on the banks): that is also 擅自倾倒、堆放 under "
    "Art. 1169 ¶1, with the same "
    "100,000–1,000,000 range; by Art. 1055 the higher fine applies, which is the same (an "
    "individual's own household or construction waste: Art. 1169 ¶3, 100–1,000, lower).",
)
_CODE_1169_2 = provision(
    article(
        code.INSTRUMENT,
        1169,
        "前款规定的固体废物为危险废物、城镇污水处理设施产生的污泥和处理后的污泥的，处二十万元以上二百万元"
        "以下的罚款；对直接负责的主管人员和其他直接责任人员处二万元以上十万元以下的罚款；造成严重后果的，"
        "处二百万元以上五百万元以下的罚款。",
        paragraph=2,
    ),
    tiers(
        band(
            yuan(2_000_000, 5_000_000),
            fact("severe_consequences"),
            zh="造成严重后果",
            en="severe consequences",
        ),
        band(yuan(200_000, 2_000_000)),
    ),
    persons=yuan(20_000, 100_000),
    condition=(
        "倾倒、堆放或者埋入的固体废物系危险废物、城镇污水处理设施产生的污泥或者处理后的污泥",
        (
            "the solid waste dumped, stacked or buried is hazardous waste or sludge from an urban "
            "sewage treatment plant, treated or not"
        ),
    ),
    note="Only where the solid waste dumped, stacked or buried is hazardous waste or sewage sludge (not "
    "wastewater discharged into water, which Code Art. 486 ¶2 leaves out of the solid-waste rules): "
    "200,000–2,000,000 (severe consequences 2,000,000–5,000,000) under Art. 1169 ¶2, and "
    "20,000–100,000 on the persons responsible; by Art. 1055 the higher fine applies, which for "
    "item (5) is Art. 1169 ¶2 and for item (2) may be either.",
)

# ---------------------------------------------------------------------------------------------
# The kinds
# ---------------------------------------------------------------------------------------------

KINDS = (
    # --- Art. 1136: discharges and dumping into water -----------------------------------------
    kind(
        "water.oil-acid-alkali-discharge",
        "向水体排放油类、酸液、碱液",
        "oil, acid or alkali discharged into water",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                85,
                _q(_W85 + "（一）向水体排放油类、酸液、碱液的；", _W85_HIGH),
                paragraph=1,
                item=1,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=_W85_MEASURES_HIGH,
            daily_penalty=_WATER_DAILY,
            daily_note="A discharge of water pollutants: 水污染防治法 Art. 95 allows the daily "
            "penalty (refusal or obstruction of the re-inspection counts).",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1136,
                _q(_C1136 + "（一）向水体排放油类、酸液、碱液；", _C1136_15),
                paragraph=1,
                item=1,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=_C1136_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="A discharge of pollutants: Code Art. 1060 ¶1 allows the daily penalty.",
        ),
        keywords=("油类", "酸液", "碱液", "排放", "oil", "acid", "alkali"),
    ),
    kind(
        "water.toxic-waste-discharge",
        "向水体排放剧毒废液，或者将可溶性剧毒废渣向水体排放、倾倒或者直接埋入地下",
        "highly toxic waste liquid discharged into water, or soluble highly toxic residue "
        "discharged or dumped into water or buried",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                85,
                _q(
                    _W85,
                    "（二）向水体排放剧毒废液，或者将含有汞、镉、砷、铬、铅、氰化物、黄磷等的可溶性剧毒"
                    "废渣向水体排放、倾倒或者直接埋入地下的；",
                    _W85_HIGH,
                ),
                paragraph=1,
                item=2,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=_W85_MEASURES_HIGH,
            daily_penalty=_WATER_DAILY,
            daily_note="A discharge of water pollutants: 水污染防治法 Art. 95 allows the daily "
            "penalty; burying residue is not a discharge into water, so not for that alternative.",
            concurrent=(_WASTE_112_3,),
        ),
        basis(
            article(
                code.INSTRUMENT,
                1136,
                _q(
                    _C1136,
                    "（二）向水体排放剧毒废液，或者将含有汞、镉、砷、铬、铅、氰化物、黄磷等的可溶性剧毒"
                    "废渣向水体排放、倾倒或者直接埋入地下；",
                    _C1136_2,
                ),
                paragraph=1,
                item=2,
            ),
            yuan(200_000, 2_000_000),
            enforcers=("ecology_environment",),
            measures=_C1136_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="Discharging, dumping or burying (disposing of) toxic waste: Code Art. 1060 "
            "¶1 allows the daily penalty.",
            concurrent=(_CODE_1169_2,),
        ),
        keywords=("剧毒废液", "剧毒废渣", "埋入地下", "危险废物", "toxic waste", "buried"),
        never_lenient=True,
    ),
    kind(
        "water.washing-polluting-containers",
        "在水体清洗装贮过油类、有毒有害污染物的车辆或者容器",
        "vehicles or containers that held oil or toxic pollutants washed in water",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                85,
                _q(_W85, "（三）在水体清洗装贮过油类、有毒污染物的车辆或者容器的；", _W85_LOW),
                paragraph=1,
                item=3,
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_W85_MEASURES_LOW,
            daily_penalty=_WATER_DAILY,
            daily_note="Washing such containers in water releases their residues into it, a "
            "discharge of water pollutants: 水污染防治法 Art. 95 allows the daily penalty (a reading).",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1136,
                _q(
                    _C1136,
                    "（三）在水体清洗装贮过油类、有毒有害污染物的车辆或者容器；",
                    _C1136_34,
                ),
                paragraph=1,
                item=3,
                note="The statute said 有毒污染物, the Code 有毒有害污染物.",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_C1136_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="Washing releases the residues into water, a discharge of pollutants under "
            "Code Art. 1060 ¶1 (a reading).",
        ),
        keywords=("清洗", "车辆", "容器", "油类", "washing", "containers"),
    ),
    kind(
        "water.hot-or-pathogenic-wastewater",
        "违反国家规定或者标准，向水体排放含热废水或者含病原体的污水",
        "hot wastewater or wastewater with pathogens discharged into water against the rules or "
        "standards",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                85,
                _q(
                    _W85,
                    "（六）违反国家有关规定或者标准，向水体排放含低放射性物质的废水、热废水或者含病原体的"
                    "污水的；",
                    _W85_LOW,
                ),
                paragraph=1,
                item=6,
                note="Item (6) also named wastewater with low-level radioactive substances, which the "
                "Code moved out of this article; this kind covers the hot and pathogenic wastewater.",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_W85_MEASURES_LOW,
            daily_penalty=_WATER_DAILY,
            daily_note="A discharge of water pollutants: 水污染防治法 Art. 95 allows the daily "
            "penalty.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1136,
                _q(
                    _C1136,
                    "（四）违反国家规定或者标准，向水体排放含热废水或者含病原体的污水；",
                    _C1136_34,
                ),
                paragraph=1,
                item=4,
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_C1136_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="A discharge of pollutants: Code Art. 1060 ¶1 allows the daily penalty.",
        ),
        keywords=("热废水", "病原体", "医疗污水", "hot wastewater", "pathogens"),
    ),
    kind(
        "water.waste-dumped-or-stacked",
        "向水体排放、倾倒工业废渣、城镇垃圾或者其他废弃物，或者在最高水位线以下的滩地、岸坡倾倒、堆放、"
        "贮存固体废物或者其他污染物",
        "industrial residue, municipal refuse or other waste dumped into water, or solid waste "
        "dumped, stacked or stored on beaches and banks below the high-water line",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                85,
                _q(
                    _W85,
                    "（四）向水体排放、倾倒工业废渣、城镇垃圾或者其他废弃物，或者在江河、湖泊、运河、渠道、"
                    "水库最高水位线以下的滩地、岸坡堆放、存贮固体废弃物或者其他污染物的；",
                    _W85_LOW,
                ),
                paragraph=1,
                item=4,
                note="The statute named stacking and storing on the banks; the Code adds dumping there "
                "and 法律法规规定的其他地点, which 固体废物污染环境防治法 Art. 20 ¶2 already forbade "
                "(fined under its Arts. 102 (7), 111 (1), 112 (3): see the concurrent provisions).",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_W85_MEASURES_LOW,
            daily_penalty=_WATER_DAILY,
            daily_note="Dumping waste into water is a discharge of water pollutants (水污染防治法 "
            "Art. 95 applies); stacking or storing on the banks is not, and gets no daily penalty "
            "(a reading).",
            concurrent=(_WASTE_102_7, _WASTE_111_1, _WASTE_112_3),
        ),
        basis(
            article(
                code.INSTRUMENT,
                1136,
                _q(
                    _C1136,
                    "（五）向水体排放、倾倒工业废渣、城镇垃圾或者其他废弃物，或者向江河湖泊、运河、渠道、"
                    "水库及其最高水位线以下的滩地、岸坡以及法律法规规定的其他地点倾倒、堆放、贮存固体废物"
                    "或者其他污染物。",
                    _C1136_15,
                ),
                paragraph=1,
                item=5,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=_C1136_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="Dumping into water or onto the banks is 倾倒 under Code Art. 1060 ¶1; mere "
            "stacking or storage is not named there, so no daily penalty for it (a reading).",
            concurrent=(_CODE_1169_1, _CODE_1169_2),
        ),
        keywords=(
            "倾倒",
            "工业废渣",
            "城镇垃圾",
            "滩地",
            "岸坡",
            "固体废物",
            "dumping",
            "riverbank",
        ),
    ),
    # --- Art. 1137: groundwater ------------------------------------------------------------------
    kind(
        "water.no-seepage-prevention",
        "未采取防渗漏等措施，未建设地下水水质监测井进行监测",
        "no anti-seepage measures, or no groundwater quality monitoring well",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                85,
                _q(
                    _W85,
                    "（七）未采取防渗漏等措施，或者未建设地下水水质监测井进行监测的；",
                    _W85_LOW,
                ),
                paragraph=1,
                item=7,
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_W85_MEASURES_LOW,
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1137,
                _q(
                    _C1137 + "（一）未采取防渗漏等措施，未建设地下水水质监测井进行监测；", _C1137_12
                ),
                paragraph=1,
                item=1,
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_C1136_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("防渗漏", "地下水", "监测井", "seepage", "groundwater"),
    ),
    kind(
        "water.underground-tank-no-seepage-control",
        "加油站、采油厂等的地下油罐未使用双层罐或者采取建造防渗池等其他有效措施，或者未进行防渗漏监测",
        "underground oil tanks of filling stations or oil plants without double walls or "
        "seepage pools, or without seepage monitoring",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                85,
                _q(
                    _W85,
                    "（八）加油站等的地下油罐未使用双层罐或者采取建造防渗池等其他有效措施，或者未进行"
                    "防渗漏监测的；",
                    _W85_LOW,
                ),
                paragraph=1,
                item=8,
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_W85_MEASURES_LOW,
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1137,
                _q(
                    _C1137,
                    "（二）加油站、采油厂等的地下油罐未使用双层罐或者采取建造防渗池等其他有效措施，或者"
                    "未进行防渗漏监测；",
                    _C1137_12,
                ),
                paragraph=1,
                item=2,
                note="The Code names 采油厂 beside 加油站; the statute's 加油站等 already reached "
                "other underground oil tanks.",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_C1136_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("地下油罐", "双层罐", "加油站", "防渗池", "underground tank", "filling station"),
    ),
    kind(
        "water.unlined-ditch-toxic-wastewater",
        "利用无防渗漏措施的沟渠、坑塘等输送或者贮存含有毒有害污染物的废水、含病原体的污水或者其他废弃物",
        "toxic wastewater, pathogenic sewage or other waste conveyed or stored in unlined "
        "ditches or ponds",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                85,
                _q(
                    _W85,
                    "（九）未按照规定采取防护性措施，或者利用无防渗漏措施的沟渠、坑塘等输送或者存贮含有毒"
                    "污染物的废水、含病原体的污水或者其他废弃物的。",
                    _W85_HIGH,
                ),
                paragraph=1,
                item=9,
                note="The second alternative of item (9); the first (protective measures) is kind "
                "water.no-protective-measures.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=_W85_MEASURES_HIGH,
            daily_note="Conveying or storing in unlined ditches is not a discharge of water "
            "pollutants: 水污染防治法 Art. 95 does not reach it (a reading).",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1137,
                _q(
                    _C1137,
                    "（三）利用无防渗漏措施的沟渠、坑塘等输送或者贮存含有毒有害污染物的废水、含病原体的"
                    "污水或者其他废弃物；",
                    _C1137_34,
                ),
                paragraph=1,
                item=3,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=_C1136_MEASURES,
            daily_note="Conveying or storing is not a discharge, dumping or disposal: Code Art. "
            "1060 does not reach it (a reading; a local regulation may add it).",
        ),
        keywords=("沟渠", "坑塘", "防渗漏", "有毒有害", "unlined ditch", "seepage"),
    ),
    kind(
        "water.no-protective-measures",
        "未按照规定采取防护性措施",
        "protective measures against groundwater pollution not taken",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                85,
                _q(_W85, "（九）未按照规定采取防护性措施，", _W85_HIGH),
                paragraph=1,
                item=9,
                note="The first alternative of item (9): 水污染防治法 Art. 42 (underground "
                "works, exploration and mining).",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=_W85_MEASURES_HIGH,
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1137,
                _q(_C1137, "（四）未按照规定采取防护性措施。", _C1137_34),
                paragraph=1,
                item=4,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=_C1136_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("防护性措施", "地下工程", "采矿", "groundwater", "protective measures"),
    ),
    # --- Art. 1138: karst and spring areas ------------------------------------------------------
    kind(
        "water.karst-area-polluting-project",
        "在泉域保护范围以及岩溶强发育、存在较多落水洞和岩溶漏斗的区域内新建、改建、扩建造成地下水污染的"
        "建设项目",
        "project polluting groundwater built, rebuilt or extended in a spring protection area "
        "or a strongly karstic area",
        "water",
        basis(
            _GROUNDWATER_59_3.model_copy(
                update={
                    "note": "The 地下水管理条例 (国务院令第748号) is in force from 2021-12-01; before "
                    "it no statute or administrative regulation fined the conduct (水污染防治法 and "
                    "水法 have no rule on spring areas or karst), so an act before that day is not "
                    "penalised (行政处罚法 Art. 37). Its Art. 42 forbids the projects; Art. 59 ¶3 "
                    "fines them in the words the Code took over."
                }
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("close",),
            daily_note="Building a project is not a discharge of pollutants: the 地下水管理条例 has "
            "no daily penalty, and 环境保护法 Art. 59 (违法排放污染物) does not reach it.",
            until=LAST_DAY_BEFORE_CODE.isoformat(),
        ),
        basis(
            article(
                code.INSTRUMENT,
                1138,
                "违反本法规定，在泉域保护范围以及岩溶强发育、存在较多落水洞和岩溶漏斗的区域内，新建、"
                "改建、扩建造成地下水污染的建设项目的，由生态环境主管部门处十万元以上五十万元以下的"
                "罚款，并报经有批准权的人民政府批准，责令拆除或者关闭。",
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("close",),
            daily_note="Building a project is not a discharge, dumping or disposal: Code Art. 1060 "
            "does not reach it.",
            concurrent=(
                provision(
                    _GROUNDWATER_59_3,
                    yuan(100_000, 500_000),
                    note="地下水管理条例 Art. 59 ¶3 stays in force and always applies: the Code took "
                    "its words over (and it is the kind's earlier basis). The same "
                    "100,000–500,000; by Code Art. 1055 the higher fine applies, which is the "
                    "same.",
                ),
            ),
        ),
        keywords=("泉域", "岩溶", "落水洞", "地下水污染", "karst", "spring area"),
    ),
    # --- Art. 1139 -------------------------------------------------------------------------------
    kind(
        "water.firefighting-waste-into-water",
        "未采取有效措施，致使处理安全生产事故过程中产生的可能严重污染水体的消防废物直接排入水体",
        "fire-fighting waste from handling a work-safety accident let into water for want of "
        "effective measures",
        "water",
        basis(
            article(
                code.INSTRUMENT,
                1139,
                _q(
                    _C1139
                    + "（一）未采取有效措施，致使在处理安全生产事故过程中产生的可能严重污染水体的"
                    "消防废物直接排入水体；",
                    _C1139_12,
                ),
                paragraph=1,
                item=1,
                note=_NEW
                + " 水污染防治法 Art. 77 ¶2 required the measures of enterprises producing "
                "or storing hazardous chemicals, but no article of its Chapter 7 fined the failure.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=_C1139_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="The waste reaches the water as a discharge of pollutants: Code Art. 1060 "
            "¶1 allows the daily penalty (a reading).",
        ),
        keywords=("消防废水", "消防废物", "安全生产事故", "fire-fighting water", "accident"),
    ),
    kind(
        "water.diluted-toxic-wastewater",
        "稀释排放含有毒有害水污染物的工业废水（不属于以逃避监管方式排放污染物）",
        "industrial wastewater with toxic pollutants diluted and discharged (not as evading "
        "supervision)",
        "water",
        basis(
            article(
                code.INSTRUMENT,
                1139,
                _q(
                    _C1139,
                    "（二）稀释排放含有毒有害水污染物的工业废水，但不属于以逃避监管方式排放污染物；",
                    _C1139_12,
                ),
                paragraph=1,
                item=2,
                note=_NEW + " 水污染防治法 Art. 45 ¶1 forbade diluting such wastewater but no "
                "article fined it; where the dilution evaded supervision it was and is evading "
                "supervision (水法 Art. 83 (3), Code Art. 1108: kind water.evading-monitoring).",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=_C1139_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="A discharge of pollutants: Code Art. 1060 ¶1 allows the daily penalty.",
        ),
        keywords=("稀释排放", "有毒有害", "工业废水", "dilution", "toxic wastewater"),
    ),
    kind(
        "water.wastewater-into-irrigation-channel",
        "向农田灌溉渠道排放工业废水或者医疗污水",
        "industrial or medical wastewater discharged into a farmland irrigation channel",
        "water",
        basis(
            article(
                code.INSTRUMENT,
                1139,
                _q(_C1139, "（三）向农田灌溉渠道排放工业废水或者医疗污水；", _C1139_34),
                paragraph=1,
                item=3,
                note=_NEW + " 水污染防治法 Art. 58 ¶2 forbade it but no article fined it (an "
                "over-standard discharge was over-limit discharge, kind water.over-limit).",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_C1139_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="A discharge of pollutants: Code Art. 1060 ¶1 allows the daily penalty.",
        ),
        keywords=(
            "农田灌溉渠道",
            "工业废水",
            "医疗污水",
            "irrigation channel",
            "medical wastewater",
        ),
    ),
    kind(
        "water.sewage-into-irrigation-substandard",
        "向农田灌溉渠道排放城镇污水以及未综合利用的水产养殖尾水、农产品加工废水，致使下游最近的灌溉取水点"
        "水质不符合农田灌溉用水水质标准",
        "urban sewage, aquaculture tail water or farm-produce processing wastewater discharged "
        "into an irrigation channel so that the nearest downstream intake fails the irrigation "
        "water standard",
        "water",
        basis(
            article(
                code.INSTRUMENT,
                1139,
                _q(
                    _C1139,
                    "（四）向农田灌溉渠道排放城镇污水以及未综合利用的水产养殖尾水、农产品加工废水，致使其"
                    "下游最近的灌溉取水点的水质不符合农田灌溉用水水质标准。",
                    _C1139_34,
                ),
                paragraph=1,
                item=4,
                note=_NEW + " 水污染防治法 Art. 58 ¶2 set the duty but no article fined it.",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment",),
            measures=_C1139_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="A discharge of pollutants: Code Art. 1060 ¶1 allows the daily penalty.",
        ),
        keywords=("农田灌溉", "城镇污水", "养殖尾水", "灌溉水质", "irrigation water"),
    ),
    # --- Art. 1140 -------------------------------------------------------------------------------
    kind(
        "water.nonconforming-wastewater-to-treatment-plant",
        "向污水集中处理设施排放不符合处理工艺要求的工业废水",
        "industrial wastewater not meeting the process requirements discharged to a central "
        "sewage treatment plant",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                83,
                _q(
                    "违反本法规定，有下列行为之一的，由县级以上人民政府环境保护主管部门责令改正或者责令限制"
                    "生产、停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府"
                    "批准，责令停业、关闭：",
                    "（四）未按照规定进行预处理，向污水集中处理设施排放不符合处理工艺要求的工业废水的。",
                ),
                item=4,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_WATER_DAILY,
            daily_note="A discharge of water pollutants: 水污染防治法 Art. 95 allows the daily "
            "penalty.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1140,
                "违反本法规定，向污水集中处理设施排放不符合处理工艺要求的工业废水的，由生态环境主管部门"
                "责令改正或者责令限制生产、停产整治，处十万元以上一百万元以下的罚款；情节严重的，报经有"
                "批准权的人民政府批准，责令停业、关闭。",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_CODE_DAILY,
            daily_note="A discharge of pollutants: Code Art. 1060 ¶1 allows the daily penalty.",
        ),
        keywords=("污水集中处理设施", "预处理", "工业废水", "treatment plant", "pretreatment"),
    ),
    # --- Art. 1142: ships' equipment and operations ----------------------------------------------
    kind(
        "water.ship-no-antipollution-equipment",
        "船舶未配备相应的防污设备和器材，或者未持有合法有效的防治水域环境污染的证书与文书",
        "ship without the anti-pollution equipment or without valid pollution-prevention "
        "certificates and documents",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                89,
                "船舶未配置相应的防污染设备和器材，或者未持有合法有效的防止水域环境污染的证书与文书的，"
                "由海事管理机构、渔业主管部门按照职责分工责令限期改正，处二千元以上二万元以下的罚款；"
                "逾期不改正的，责令船舶临时停航。",
                paragraph=1,
            ),
            yuan(2_000, 20_000),
            enforcers=_SHIP_ENFORCERS,
            measures=("order_correction", "suspend"),
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1142,
                "违反本法规定，船舶未配备相应的防污设备和器材，或者未持有合法有效的防治水域环境污染的证书"
                "与文书的，由海事管理机构、渔业渔政主管部门按照职责分工责令限期改正，处五千元以上五万元"
                "以下的罚款；逾期不改正的，责令船舶临时停航。",
                paragraph=1,
            ),
            yuan(5_000, 50_000),
            enforcers=_SHIP_ENFORCERS,
            measures=("order_correction", "suspend"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("船舶", "防污设备", "证书", "文书", "ship", "certificate"),
    ),
    kind(
        "water.ship-operation-rules-or-records",
        "船舶进行涉及污染物排放的作业，未遵守操作规程或者未如实记录",
        "ship's operation involving pollutant discharge not following the operating rules or "
        "not truly recorded",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                89,
                "船舶进行涉及污染物排放的作业，未遵守操作规程或者未在相应的记录簿上如实记载的，由海事管理"
                "机构、渔业主管部门按照职责分工责令改正，处二千元以上二万元以下的罚款。",
                paragraph=2,
                note="Ballast-water operations are not named; whether they were 涉及污染物排放的作业 "
                "is unsettled.",
            ),
            yuan(2_000, 20_000),
            enforcers=_SHIP_ENFORCERS,
            measures=("order_correction",),
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1142,
                _C1142_2,
                paragraph=2,
                note="The Code adds ballast water (压载水) and keeping the records (并保存); not "
                "monitoring is kind water.ship-operation-not-monitored.",
            ),
            yuan(5_000, 50_000),
            enforcers=_SHIP_ENFORCERS,
            measures=("order_correction",),
            daily_note="Breaking the operating rules or the record duty is not itself a discharge: "
            "Code Art. 1060 does not reach it.",
        ),
        keywords=("船舶", "操作规程", "记录簿", "压载水", "ship", "record book"),
    ),
    kind(
        "water.ship-operation-not-monitored",
        "船舶进行涉及污染物、压载水等排放及操作，未实施监测、监控",
        "ship's discharge or operation involving pollutants or ballast water not monitored",
        "water",
        basis(
            article(
                code.INSTRUMENT,
                1142,
                _C1142_2,
                paragraph=2,
                note=_NEW + " 水污染防治法 Art. 89 ¶2 fined only breaking the operating rules and "
                "false records.",
            ),
            yuan(5_000, 50_000),
            enforcers=_SHIP_ENFORCERS,
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("船舶", "监测", "监控", "压载水", "ship monitoring"),
    ),
    # --- Art. 1143: ships' discharges and operations ---------------------------------------------
    kind(
        "water.ship-garbage-or-waste-oil",
        "船舶向水体倾倒垃圾或者排放船舶的残油、废油",
        "ship dumping garbage or discharging residual or waste oil into water",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                90,
                _W90 + "（一）向水体倾倒船舶垃圾或者排放船舶的残油、废油的；",
                item=1,
            ),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_penalty=_WATER_DAILY,
            daily_note="A discharge of water pollutants: 水污染防治法 Art. 95 allows the daily "
            "penalty where the ship's operator is an enterprise or other producer.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1143,
                _C1143 + "（一）船舶向水体倾倒垃圾或者排放船舶的残油、废油、含油污水、生活污水；",
                paragraph=1,
                item=1,
                note="Oily and domestic sewage, which the Code adds, are kind "
                "water.ship-oily-or-domestic-sewage.",
            ),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="Dumping or discharging waste: Code Art. 1060 ¶1 allows the daily penalty "
            "where the ship's operator is an enterprise or other producer.",
        ),
        keywords=("船舶垃圾", "残油", "废油", "倾倒", "ship garbage", "waste oil"),
    ),
    kind(
        "water.ship-oily-or-domestic-sewage",
        "船舶向水体排放含油污水、生活污水",
        "ship discharging oily water or domestic sewage into water",
        "water",
        basis(
            article(
                code.INSTRUMENT,
                1143,
                _C1143 + "（一）船舶向水体倾倒垃圾或者排放船舶的残油、废油、含油污水、生活污水；",
                paragraph=1,
                item=1,
                note=_NEW + " 水污染防治法 Art. 90 (1) named only garbage, residual and waste oil; "
                "a discharge above the ship-pollutant standard (水法 Art. 59 ¶1) may have been "
                "fined as over-limit discharge (Art. 83 (2), kind water.over-limit), which is "
                "unsettled for ships.",
            ),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="A discharge of pollutants: Code Art. 1060 ¶1 allows the daily penalty "
            "where the ship's operator is an enterprise or other producer.",
        ),
        keywords=("含油污水", "生活污水", "船舶", "oily water", "ship sewage"),
    ),
    kind(
        "water.ship-cargo-no-spill-prevention",
        "船舶装载运输油类或者有毒有害货物未采取防止溢流和渗漏的措施",
        "ship carrying oil or toxic cargo without measures against overflow and leakage",
        "water",
        basis(
            article(
                code.INSTRUMENT,
                1143,
                _C1143 + "……（二）船舶装载运输油类或者有毒有害货物未采取防止溢流和渗漏的措施；",
                paragraph=1,
                item=2,
                note=_NEW + " 水污染防治法 Art. 59 ¶4 set the duty but Art. 90 did not fine it; a "
                "cargo operation (装卸) without pollution-prevention measures was Art. 90 (3), kind "
                "water.ship-risky-operation-no-measures.",
            ),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("船舶", "油类", "有毒有害货物", "溢流", "渗漏", "cargo leakage"),
    ),
    kind(
        "water.ship-risky-operation-no-measures",
        "船舶及有关作业单位从事有污染风险的作业活动，未采取污染防治措施",
        "ship or operator carrying out an operation with pollution risk without pollution "
        "prevention measures",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                90,
                _q(
                    _W90,
                    "（三）船舶及有关作业单位从事有污染风险的作业活动，未按照规定采取污染防治措施的；",
                ),
                item=3,
            ),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1143,
                _q(
                    _C1143, "（三）船舶及有关作业单位从事有污染风险的作业活动，未采取污染防治措施；"
                ),
                paragraph=1,
                item=3,
            ),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("船舶作业", "污染风险", "污染防治措施", "ship operation", "pollution risk"),
    ),
    kind(
        "water.ship-lightering-unapproved",
        "船舶进行散装液体污染危害性货物的过驳作业，未按照规定报经批准",
        "ship-to-ship transfer of noxious liquid bulk cargo without approval",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                90,
                _q(
                    _W90,
                    "（二）未经作业地海事管理机构批准，船舶进行散装液体污染危害性货物的过驳作业的；",
                ),
                item=2,
            ),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1143,
                _q(
                    _C1143,
                    "（四）船舶进行散装液体污染危害性货物的过驳作业，未编制方案或者未按照规定报经批准。",
                ),
                paragraph=1,
                item=4,
                note="A transfer without a plan (未编制方案), which the Code adds, is kind "
                "water.ship-lightering-no-plan.",
            ),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("过驳", "散装液体", "污染危害性货物", "批准", "lightering", "ship-to-ship"),
    ),
    kind(
        "water.ship-lightering-no-plan",
        "船舶进行散装液体污染危害性货物的过驳作业，未编制方案",
        "ship-to-ship transfer of noxious liquid bulk cargo without an operation plan",
        "water",
        basis(
            article(
                code.INSTRUMENT,
                1143,
                _q(
                    _C1143,
                    "（四）船舶进行散装液体污染危害性货物的过驳作业，未编制方案或者未按照规定报经批准。",
                ),
                paragraph=1,
                item=4,
                note=_NEW + " 水污染防治法 Art. 62 ¶2 required the plan but Art. 90 (2) fined only "
                "the missing approval.",
            ),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("过驳", "作业方案", "散装液体", "lightering plan"),
    ),
    kind(
        "water.ship-beaching-dismantling",
        "采取冲滩方式进行船舶拆解作业",
        "ship dismantled by beaching",
        "water",
        basis(
            article(water.INSTRUMENT, 90, _q(_W90, "（四）以冲滩方式进行船舶拆解的；"), item=4),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1143,
                "违反本法规定，采取冲滩方式进行船舶拆解作业的，由海事管理机构、渔业渔政主管部门按照职责分工"
                "责令停止违法行为，处十万元以上一百万元以下的罚款。",
                paragraph=2,
            ),
            yuan(100_000, 1_000_000),
            enforcers=_SHIP_ENFORCERS,
            measures=("order_stop",),
            daily_note="Dismantling by beaching is a way of working, not a discharge, dumping or "
            "disposal: Code Art. 1060 does not reach it (a reading).",
        ),
        keywords=("冲滩", "船舶拆解", "beaching", "ship breaking"),
    ),
    kind(
        "water.ship-ballast-water",
        "进入内河的国际航线船舶排放不符合规定的船舶压载水",
        "international ship in inland waters discharging non-compliant ballast water",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                90,
                _q(
                    _W90,
                    "（五）进入中华人民共和国内河的国际航线船舶，排放不符合规定的船舶压载水的。",
                ),
                item=5,
            ),
            _SHIP_TIERS,
            enforcers=_SHIP_ENFORCERS,
            measures=_SHIP_MEASURES,
            daily_note="Whether ballast water is a 水污染物 under 水污染防治法 Art. 95 is unsettled; "
            "no daily penalty is read into it.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1143,
                "违反本法规定，进入中华人民共和国内河的国际航线船舶，排放不符合规定的船舶压载水的，由海事"
                "管理机构、渔业渔政主管部门按照职责分工责令停止违法行为，处二万元以上二十万元以下的罚款。",
                paragraph=3,
            ),
            yuan(20_000, 200_000),
            enforcers=_SHIP_ENFORCERS,
            measures=("order_stop",),
            daily_penalty=_CODE_DAILY,
            daily_note="A discharge of 其他物质 under Code Art. 1060 ¶1: the daily penalty applies "
            "where the ship's operator is an enterprise or other producer.",
        ),
        keywords=("压载水", "国际航线船舶", "内河", "ballast water"),
    ),
    # --- Art. 1144: reception facilities ---------------------------------------------------------
    kind(
        "water.port-reception-facilities-missing",
        "港口、码头、装卸站、船舶修造厂未按照规定配备或者有效运行船舶污染物、废弃物接收设施",
        "port, wharf, loading station or shipyard without working reception facilities for "
        "ships' pollutants and waste",
        "water",
        basis(
            article(
                code.INSTRUMENT,
                1144,
                _C1144
                + "（一）港口、码头、装卸站、船舶修造厂未按照规定配备或者有效运行船舶污染物、废弃物"
                "接收设施；",
                item=1,
                note=_NEW + " 水污染防治法 Art. 61 ¶2 set the duty but no article fined it.",
            ),
            yuan(20_000, 200_000),
            enforcers=_SHIP_ENFORCERS,
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("接收设施", "港口", "码头", "船舶修造厂", "reception facilities", "port"),
    ),
    kind(
        "water.ship-waste-reception-capacity-lacking",
        "从事船舶污染物、废弃物接收和船舱清洗作业活动，不具备相应接收处理能力",
        "receiving ships' pollutants and waste or cleaning tanks without the matching handling "
        "capacity",
        "water",
        basis(
            article(
                code.INSTRUMENT,
                1144,
                _C1144
                + "……（二）从事船舶污染物、废弃物接收和船舱清洗作业活动，不具备相应接收处理能力。",
                item=2,
                note=_NEW + " 水污染防治法 Art. 61 ¶2 set the duty but no article fined it.",
            ),
            yuan(20_000, 200_000),
            enforcers=_SHIP_ENFORCERS,
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("船舶污染物接收", "船舱清洗", "接收处理能力", "tank cleaning", "reception"),
    ),
    # --- Art. 1145: drinking-water sources -------------------------------------------------------
    kind(
        "water.drinking-source-first-zone-project",
        "在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设项目",
        "project unrelated to water supply built, rebuilt or extended in a first-level "
        "drinking-water source protection zone",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                91,
                _W91_1
                + "（一）在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设"
                "项目的；",
                paragraph=1,
                item=1,
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_stop", "close"),
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1145,
                _C1145_1
                + "（一）在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设"
                "项目；",
                paragraph=1,
                item=1,
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_stop", "close"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=(
            "饮用水水源",
            "一级保护区",
            "建设项目",
            "drinking water source",
            "protection zone",
        ),
    ),
    kind(
        "water.drinking-source-second-zone-project",
        "在饮用水水源二级保护区内新建、改建、扩建排放污染物的建设项目",
        "project discharging pollutants built, rebuilt or extended in a second-level "
        "drinking-water source protection zone",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                91,
                _q(
                    _W91_1, "（二）在饮用水水源二级保护区内新建、改建、扩建排放污染物的建设项目的；"
                ),
                paragraph=1,
                item=2,
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_stop", "close"),
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1145,
                _q(
                    _C1145_1, "（二）在饮用水水源二级保护区内新建、改建、扩建排放污染物的建设项目；"
                ),
                paragraph=1,
                item=2,
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_stop", "close"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("饮用水水源", "二级保护区", "建设项目", "drinking water source"),
    ),
    kind(
        "water.drinking-source-buffer-zone-project",
        "在饮用水水源准保护区内新建、扩建对水体污染严重的建设项目，或者改建建设项目增加排污量",
        "heavily polluting project built or extended, or a project rebuilt with more discharge, "
        "in a drinking-water source buffer protection zone",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                91,
                _q(
                    _W91_1,
                    "（三）在饮用水水源准保护区内新建、扩建对水体污染严重的建设项目，或者改建建设项目增加"
                    "排污量的。",
                ),
                paragraph=1,
                item=3,
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_stop", "close"),
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1145,
                _q(
                    _C1145_1,
                    "（三）在饮用水水源准保护区内新建、扩建对水体污染严重的建设项目，或者改建建设项目增加"
                    "排污量。",
                ),
                paragraph=1,
                item=3,
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_stop", "close"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("饮用水水源", "准保护区", "增加排污量", "drinking water source", "buffer zone"),
    ),
    kind(
        "water.drinking-source-polluting-activity",
        "在饮用水水源一级保护区内从事网箱养殖或者组织进行旅游、垂钓或者其他可能污染饮用水水体的活动",
        "cage fish farming, or organising tourism, angling or other polluting activities, in a "
        "first-level drinking-water source protection zone",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                91,
                "在饮用水水源一级保护区内从事网箱养殖或者组织进行旅游、垂钓或者其他可能污染饮用水水体的"
                "活动的，由县级以上地方人民政府环境保护主管部门责令停止违法行为，处二万元以上十万元以下"
                "的罚款。",
                paragraph=2,
            ),
            yuan(20_000, 100_000),
            enforcers=("ecology_environment",),
            measures=("order_stop",),
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1145,
                "违反本法规定，在饮用水水源一级保护区内从事网箱养殖或者组织进行旅游、垂钓或者其他可能污染"
                "饮用水水体的活动的，由生态环境主管部门责令停止违法行为，处二万元以上十万元以下的罚款。",
                paragraph=2,
            ),
            yuan(20_000, 100_000),
            enforcers=("ecology_environment",),
            measures=("order_stop",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("网箱养殖", "旅游", "垂钓", "一级保护区", "cage farming", "angling"),
    ),
    kind(
        "water.drinking-source-individual-activity",
        "个人在饮用水水源一级保护区内游泳、垂钓或者从事其他可能污染饮用水水体的活动",
        "individual swimming, angling or doing other polluting activities in a first-level "
        "drinking-water source protection zone",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                91,
                "个人在饮用水水源一级保护区内游泳、垂钓或者从事其他可能污染饮用水水体的活动的，由县级以上"
                "地方人民政府环境保护主管部门责令停止违法行为，可以处五百元以下的罚款。",
                paragraph=2,
            ),
            cap(500, optional=True),
            enforcers=("ecology_environment",),
            measures=("order_stop",),
            daily_note="An individual's activity, not an enterprise's discharge: no daily penalty.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1145,
                "个人在饮用水水源一级保护区内游泳、垂钓或者从事其他可能污染饮用水水体的活动的，由生态环境"
                "主管部门责令停止违法行为，可以处五百元以下的罚款。",
                paragraph=2,
            ),
            cap(500, optional=True),
            enforcers=("ecology_environment",),
            measures=("order_stop",),
            daily_note="An individual's activity, not an enterprise's discharge: Code Art. 1060 "
            "does not reach it.",
        ),
        keywords=("游泳", "垂钓", "个人", "饮用水水源", "swimming", "angling"),
    ),
    kind(
        "water.supply-quality-substandard",
        "饮用水供水单位供水水质不符合国家规定标准",
        "drinking-water supplier's water below the national standard",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                92,
                "饮用水供水单位供水水质不符合国家规定标准的，由所在地市、县级人民政府供水主管部门责令改正，"
                "处二万元以上二十万元以下的罚款；情节严重的，报经有批准权的人民政府批准，可以责令停业整顿",
                note="The persons responsible are disciplined (处分), not fined.",
            ),
            yuan(20_000, 200_000),
            enforcers=("water_supply",),
            measures=("order_correction", "suspend"),
            daily_note=_WATER_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1145,
                "违反本法规定，饮用水供水单位供水水质不符合国家规定标准的，由供水主管部门责令改正，处二万元"
                "以上二十万元以下的罚款；情节严重的，报经有批准权的人民政府批准，可以责令停业整顿。",
                paragraph=3,
            ),
            yuan(20_000, 200_000),
            enforcers=("water_supply",),
            measures=("order_correction", "suspend"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("供水单位", "供水水质", "饮用水", "water supply", "drinking water quality"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (
    unfined(1135, "The section's scope article: it fines nobody."),
    unfined(
        1141,
        "Orders the closure of small projects against the national industrial policy only (the "
        "city or county government); no fine (水污染防治法 Art. 87 before the Code, the same).",
    ),
)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
