"""Book 5, Ch. 2, Section 7 (第七节 违反土壤污染防治规定): soil pollution, Arts. 1158–1167.

Each kind quotes the article that fines the conduct under the Code and, for acts
before 2026-08-15, the provision of 土壤污染防治法 (2018, in force 2019-01-01) that
fined the same conduct then (Arts. 86–95). Items moved: 土壤法 Art. 86 (3)–(7) became
Code Art. 1159 (1)–(5) and Art. 1166 (1) (the annual report, now fined only on a
refusal to correct); Art. 86 (4) was split into Code 1159 (2) and (3); Art. 86 (5) and
(6) were merged into Code 1159 (4); Art. 94 (1) was split into Code 1165 (1) and (2);
Art. 95 (1)–(3) became Code 1167 (1), 1166 (6) and 1167 (2). Where the Code added an
alternative conduct to an item that the statute did not fine, that alternative is its
own kind with the Code's basis only. Self-monitoring and falsified data (土壤法 Art. 86
(1)–(2)), false reports (Art. 90) and refusing inspection (Art. 93) moved to other
sections of the Code.
"""

from __future__ import annotations

from typing import Any

from ecoreg.law import eco_code as code
from ecoreg.law import environmental_protection_law as epl
from ecoreg.law import soil_pollution_law as soil
from ecoreg.law import solid_waste_law as waste
from ecoreg.law.catalogue._build import (
    article,
    band,
    basis,
    daily,
    fact,
    kind,
    no_fine,
    provision,
    section,
    tiers,
    unfined,
    yuan,
)

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

Data = dict[str, Any]

SECTION = section(7, "违反土壤污染防治规定", "Soil pollution", 1158, 1167)


def _q(*parts: str) -> str:
    """Parts of one article's text, joined where words between them are left out."""
    return "……".join(parts)


_NEW = "New in the Code: no earlier basis; an earlier act is not penalised (行政处罚法 Art. 37)."

_CODE_DAILY = daily(code.ART_1060, obstruction_counts=True)
_CODE_DAILY_NO = (
    "Not a discharge, dumping or disposal of pollutants or waste: Code Art. 1060 does not reach "
    "it (a local regulation may add it, Art. 1060 ¶3)."
)
_SOIL_DAILY_NO = (
    "土壤污染防治法 has no daily penalty, and the conduct is not a discharge of pollutants under "
    "环境保护法 Art. 59."
)

_OLD_ENFORCERS = ("ecology_environment", "supervisory_departments")
_CODE_ENFORCERS = ("supervisory_departments",)

_SEVERE = tiers(
    band(
        yuan(200_000, 2_000_000),
        fact("severe_consequences"),
        zh="造成严重后果",
        en="severe consequences",
    ),
    band(yuan(20_000, 200_000)),
)
_SERIOUS_1M = tiers(
    band(yuan(500_000, 1_000_000), fact("serious"), zh="情节严重", en="serious"),
    band(yuan(100_000, 500_000)),
)
_REFUSED_1M = tiers(
    band(
        yuan(200_000, 1_000_000),
        fact("refused_to_correct"),
        zh="拒不改正",
        en="refused to correct",
    ),
    band(yuan(20_000, 200_000)),
)


def _only_refused(minimum: int, maximum: int) -> Data:
    """责令改正；拒不改正的，处…: a fine only on a refusal to correct, no fine otherwise."""
    return tiers(
        band(
            yuan(minimum, maximum),
            fact("refused_to_correct"),
            zh="拒不改正",
            en="refused to correct",
        ),
        band(no_fine(), zh="责令改正（不处罚款）", en="order to correct only"),
    )


_ONLY_REFUSED_NOTE = (
    "Only an order to correct at first; the fine needs a refusal to correct (拒不改正): without "
    "that finding the rule's last band is no fine."
)

# ---------------------------------------------------------------------------------------------
# Quoted chapeaux and amount sentences
# ---------------------------------------------------------------------------------------------

_S86 = (
    "违反本法规定，有下列行为之一的，由地方人民政府生态环境主管部门或者其他负有土壤污染防治监督管理职责的"
    "部门责令改正，处以罚款；拒不改正的，责令停产整治："
)
_S86_2 = (
    "有前款规定行为之一的，处二万元以上二十万元以下的罚款；有前款第二项、第四项、第五项、第七项规定行为"
    "之一，造成严重后果的，处二十万元以上二百万元以下的罚款。"
)
_C1159 = (
    "违反本法规定，有下列情形之一的，由地方人民政府负有生态环境保护监督管理职责的部门按照职责分工责令"
    "改正，处以罚款；拒不改正的，责令限制生产、停产整治："
)
_C1159_2 = (
    "有前款情形之一的，处二万元以上二十万元以下的罚款；有前款第二项至第五项情形之一，造成严重后果的，"
    "处二十万元以上二百万元以下的罚款。"
)
_MEASURES_1159 = ("order_correction", "restrict_production")

_S88 = (
    "违反本法规定，农业投入品生产者、销售者、使用者未按照规定及时回收肥料等农业投入品的包装废弃物或者"
    "农用薄膜，或者未按照规定及时回收农药包装废弃物交由专门的机构或者组织进行无害化处理的，由地方人民"
    "政府农业农村主管部门责令改正，处一万元以上十万元以下的罚款；农业投入品使用者为个人的，可以处二百元"
    "以上二千元以下的罚款。"
)
_C1161 = (
    "违反本法规定，农业投入品生产者、销售者、使用者未及时回收农药、肥料等农业投入品的包装废弃物或者农用"
    "薄膜，或者未将农药包装废弃物交由专门的机构或者组织进行无害化处理的，由农业农村主管部门责令改正，处"
    "一万元以上十万元以下的罚款；农业投入品使用者为个人的，可以处二百元以上二千元以下的罚款。"
)

_S91 = (
    "违反本法规定，有下列行为之一的，由地方人民政府生态环境主管部门责令改正，处十万元以上五十万元以下的"
    "罚款；情节严重的，处五十万元以上一百万元以下的罚款；有违法所得的，没收违法所得；对直接负责的主管人员"
    "和其他直接责任人员处五千元以上二万元以下的罚款："
)
_C1162 = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门责令改正，没收违法所得，并处十万元以上五十万元"
    "以下的罚款；情节严重的，并处五十万元以上一百万元以下的罚款；对直接负责的主管人员和其他直接责任人员"
    "处五千元以上二万元以下的罚款："
)
_MEASURES_1162 = ("order_correction", "confiscate_gains")

_S94 = (
    "违反本法规定，土壤污染责任人或者土地使用权人有下列行为之一的，由地方人民政府生态环境主管部门或者其他"
    "负有土壤污染防治监督管理职责的部门责令改正，处二万元以上二十万元以下的罚款；拒不改正的，处二十万元"
    "以上一百万元以下的罚款，并委托他人代为履行，所需费用由土壤污染责任人或者土地使用权人承担；对直接负责"
    "的主管人员和其他直接责任人员处五千元以上二万元以下的罚款："
)
_C1165 = (
    "违反本法规定，土壤污染责任人或者土地使用权人有下列情形之一的，由地方人民政府负有生态环境保护监督管理"
    "职责的部门按照职责分工责令改正，处二万元以上二十万元以下的罚款；拒不改正的，处二十万元以上一百万元"
    "以下的罚款，并委托他人代为履行，所需费用由土壤污染责任人或者土地使用权人承担；对直接负责的主管人员和"
    "其他直接责任人员处五千元以上二万元以下的罚款："
)
_MEASURES_1165 = ("order_correction", "proxy_remediation")
_MEASURES_1165_DETENTION = ("order_correction", "proxy_remediation", "detention_referral")

_S95 = (
    "违反本法规定，有下列行为之一的，由地方人民政府有关部门责令改正；拒不改正的，处一万元以上五万元以下"
    "的罚款："
)
_C1166 = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门、农业农村主管部门、林业草原主管部门按照职责分工"
    "责令改正；拒不改正的，处二万元以上十万元以下的罚款："
)
_C1166_ENFORCERS = ("ecology_environment", "agriculture", "forestry_grassland")
_C1167 = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门、工业和信息化主管部门按照职责分工责令改正；拒不"
    "改正的，处一万元以上五万元以下的罚款："
)


def _c1159(item: int, text: str, rule: Data, note: str | None = None) -> Data:
    return basis(
        article(
            code.INSTRUMENT, 1159, _q(_C1159, text, _C1159_2), paragraph=1, item=item, note=note
        ),
        rule,
        enforcers=_CODE_ENFORCERS,
        measures=_MEASURES_1159,
        daily_note=_CODE_DAILY_NO,
    )


def _s86(item: int, text: str, rule: Data, note: str | None = None) -> Data:
    return basis(
        article(soil.INSTRUMENT, 86, _q(_S86, text, _S86_2), paragraph=1, item=item, note=note),
        rule,
        enforcers=_OLD_ENFORCERS,
        measures=("order_correction", "restrict_production"),
        daily_note=_SOIL_DAILY_NO,
    )


def _c1162(
    item: int,
    text: str,
    note: str | None = None,
    *,
    daily_penalty: Data | None = None,
    daily_note: str = _CODE_DAILY_NO,
    concurrent: tuple[Data, ...] = (),
) -> Data:
    return basis(
        article(code.INSTRUMENT, 1162, _q(_C1162, text), item=item, note=note),
        _SERIOUS_1M,
        persons=yuan(5_000, 20_000),
        enforcers=("ecology_environment",),
        measures=_MEASURES_1162,
        daily_penalty=daily_penalty,
        daily_note=daily_note,
        concurrent=concurrent,
    )


def _s91(item: int, text: str) -> Data:
    return basis(
        article(soil.INSTRUMENT, 91, _q(_S91, text), item=item),
        _SERIOUS_1M,
        persons=yuan(5_000, 20_000),
        enforcers=("ecology_environment",),
        measures=_MEASURES_1162,
        daily_note=_SOIL_DAILY_NO,
    )


def _c1165(item: int, text: str, *, detention: bool = False, note: str | None = None) -> Data:
    return basis(
        article(code.INSTRUMENT, 1165, _q(_C1165, text), paragraph=1, item=item, note=note),
        _REFUSED_1M,
        persons=yuan(5_000, 20_000),
        enforcers=_CODE_ENFORCERS,
        measures=_MEASURES_1165_DETENTION if detention else _MEASURES_1165,
        daily_note=_CODE_DAILY_NO,
    )


def _s94(item: int, text: str, *, detention: bool = False, note: str | None = None) -> Data:
    return basis(
        article(soil.INSTRUMENT, 94, _q(_S94, text), paragraph=1, item=item, note=note),
        _REFUSED_1M,
        persons=yuan(5_000, 20_000),
        enforcers=_OLD_ENFORCERS,
        measures=_MEASURES_1165_DETENTION if detention else _MEASURES_1165,
        daily_note=_SOIL_DAILY_NO,
    )


def _c1166(item: int, text: str, note: str | None = None) -> Data:
    return basis(
        article(
            code.INSTRUMENT,
            1166,
            _q(_C1166, text),
            item=item,
            note=_ONLY_REFUSED_NOTE if note is None else f"{note} {_ONLY_REFUSED_NOTE}",
        ),
        _only_refused(20_000, 100_000),
        enforcers=_C1166_ENFORCERS,
        measures=("order_correction",),
        daily_note=_CODE_DAILY_NO,
    )


def _c1167(item: int, text: str) -> Data:
    return basis(
        article(code.INSTRUMENT, 1167, _q(_C1167, text), item=item, note=_ONLY_REFUSED_NOTE),
        _only_refused(10_000, 50_000),
        enforcers=("ecology_environment", "industry_it"),
        measures=("order_correction",),
        daily_note=_CODE_DAILY_NO,
    )


def _s95(item: int, text: str, enforcers: tuple[str, ...]) -> Data:
    return basis(
        article(
            soil.INSTRUMENT,
            95,
            _q(_S95, text),
            item=item,
            note="The article names 地方人民政府有关部门; the enforcers are the departments the "
            "item names for the filing. " + _ONLY_REFUSED_NOTE,
        ),
        _only_refused(10_000, 50_000),
        enforcers=enforcers,
        measures=("order_correction",),
        daily_note=_SOIL_DAILY_NO,
    )


_CODE_1175_4 = provision(
    article(
        code.INSTRUMENT,
        1175,
        _q(
            "违反本法规定，有下列情形之一的，由生态环境主管部门责令改正，没收违法所得，并处以罚款；",
            "（四）未按照国家规定和生态环境保护标准贮存、利用、处置危险废物，或者将危险废物混入非危险废物中"
            "贮存；",
            "有前款第一项、第二项、第三项、第四项、第六项、第七项、第九项、第十项、第十一项情形之一的，处五万元"
            "以上二十万元以下的罚款，拒不改正的，处二十万元以上一百万元以下的罚款；",
        ),
        paragraph=1,
        item=4,
    ),
    tiers(
        band(
            yuan(200_000, 1_000_000),
            fact("refused_to_correct"),
            zh="拒不改正",
            en="refused to correct",
        ),
        band(yuan(50_000, 200_000)),
    ),
    note="Only where the contractor stored, used or disposed of the soil otherwise than as the "
    "national rules and standards require, or stored it mixed with non-hazardous waste: that is "
    "hazardous waste mishandled under Art. 1175 ¶1 (4). Leaving the soil undisposed, or handing "
    "it to an unlicensed unit (Art. 1175 ¶1 (5)), is not that item. 50,000–200,000 (refusal "
    "200,000–1,000,000); by Art. 1055 the higher fine applies, usually Art. 1162's.",
    condition=(
        (
            "修复施工单位未按照国家规定和生态环境保护标准贮存、利用、处置该污染土壤，或者将其混入非危险"
            "废物中贮存"
        ),
        (
            "the contractor stored, used or disposed of the soil otherwise than as the national rules "
            "and environmental standards require, or stored it mixed with non-hazardous waste"
        ),
    ),
)

# ---------------------------------------------------------------------------------------------
# The kinds
# ---------------------------------------------------------------------------------------------

KINDS = (
    # --- Art. 1159 -------------------------------------------------------------------------------
    kind(
        "soil.hazard-inspection-system-missing",
        "土壤污染重点监管单位未建立并实施土壤、地下水污染隐患排查整治制度",
        "key soil-pollution unit without a system for finding and fixing soil and groundwater "
        "pollution hazards",
        "soil",
        _s86(
            3,
            "（三）土壤污染重点监管单位未按年度报告有毒有害物质排放情况，或者未建立土壤污染隐患排查制度的；",
            yuan(20_000, 200_000),
            note="The second alternative of item (3); the first (the annual report) is kind "
            "soil.annual-discharge-report-missing.",
        ),
        _c1159(
            1,
            "（一）土壤污染重点监管单位未建立并实施土壤、地下水污染隐患排查整治制度；",
            yuan(20_000, 200_000),
            note="The statute fined not establishing a soil-hazard inspection system; the Code "
            "adds implementing it, groundwater and the fixing (整治).",
        ),
        keywords=("隐患排查", "重点监管单位", "土壤", "地下水", "hazard inspection", "soil"),
    ),
    kind(
        "soil.demolition-no-work-plan",
        "土壤污染重点监管单位拆除设施、设备或者建筑物、构筑物未制定并实施土壤污染防治工作方案",
        "key soil-pollution unit demolishing facilities or buildings without making and carrying "
        "out a soil-pollution prevention work plan",
        "soil",
        _s86(
            4,
            "（四）拆除设施、设备或者建筑物、构筑物，企业事业单位未采取相应的土壤污染防治措施或者土壤污染"
            "重点监管单位未制定、实施土壤污染防治工作方案的；",
            _SEVERE,
            note="The second alternative of item (4); the first is kind "
            "soil.demolition-no-prevention-measures.",
        ),
        _c1159(
            2,
            "（二）土壤污染重点监管单位拆除设施、设备或者建筑物、构筑物未制定并实施土壤污染防治工作方案；",
            _SEVERE,
        ),
        keywords=("拆除", "工作方案", "重点监管单位", "demolition", "work plan"),
    ),
    kind(
        "soil.demolition-no-prevention-measures",
        "拆除设施、设备或者建筑物、构筑物未采取土壤污染防治措施",
        "facilities or buildings demolished without soil-pollution prevention measures",
        "soil",
        _s86(
            4,
            "（四）拆除设施、设备或者建筑物、构筑物，企业事业单位未采取相应的土壤污染防治措施",
            _SEVERE,
            note="The first alternative of item (4) (an enterprise or institution).",
        ),
        _c1159(
            3,
            "（三）拆除设施、设备或者建筑物、构筑物未采取土壤污染防治措施；",
            _SEVERE,
        ),
        keywords=("拆除", "土壤污染防治措施", "构筑物", "demolition", "soil"),
    ),
    kind(
        "soil.tailings-no-prevention",
        "尾矿库运营、管理单位未按照规定采取有效措施防止土壤污染，或者未针对风险隐患采取相应措施",
        "tailings pond operator not taking effective measures against soil pollution or against "
        "identified risks",
        "soil",
        _s86(5, "（五）尾矿库运营、管理单位未按照规定采取措施防止土壤污染的；", _SEVERE),
        _c1159(
            4,
            "（四）尾矿库运营、管理单位未按照规定采取有效措施防止土壤污染，未针对风险隐患采取相应措施",
            _SEVERE,
            note="The first two alternatives of item (4); monitoring and periodic assessment are "
            "kinds soil.tailings-not-monitored and soil.tailings-no-periodic-assessment.",
        ),
        keywords=("尾矿库", "土壤污染", "风险隐患", "tailings", "tailings pond"),
    ),
    kind(
        "soil.tailings-not-monitored",
        "需要重点监管的尾矿库的运营、管理单位未进行土壤污染状况监测",
        "operator of a key-monitored tailings pond not monitoring the soil",
        "soil",
        _s86(
            6, "（六）尾矿库运营、管理单位未按照规定进行土壤污染状况监测的；", yuan(20_000, 200_000)
        ),
        _c1159(
            4,
            "或者需要重点监管的尾矿库的运营、管理单位未进行土壤污染状况监测或者定期评估；",
            _SEVERE,
            note="The statute's item (6) had no band for severe consequences; the Code's item (4) "
            "has.",
        ),
        keywords=("尾矿库", "土壤污染状况监测", "重点监管", "tailings", "soil monitoring"),
    ),
    kind(
        "soil.tailings-no-periodic-assessment",
        "需要重点监管的尾矿库的运营、管理单位未进行定期评估",
        "operator of a key-monitored tailings pond without the periodic assessment",
        "soil",
        _c1159(
            4,
            "或者需要重点监管的尾矿库的运营、管理单位未进行土壤污染状况监测或者定期评估；",
            _SEVERE,
            note=_NEW + " 土壤污染防治法 Art. 23 ¶2 required the periodic assessment but Art. 86 "
            "(6) fined only the missing monitoring.",
        ),
        keywords=("尾矿库", "定期评估", "重点监管", "tailings", "periodic assessment"),
    ),
    kind(
        "soil.treatment-facility-no-prevention",
        "建设和运行污水集中处理设施、固体废物处置设施，未依照法律法规和相关标准的要求采取有效措施防止土壤"
        "污染",
        "central sewage-treatment or solid-waste disposal facility built or run without "
        "effective measures against soil pollution",
        "soil",
        _s86(
            7,
            "（七）建设和运行污水集中处理设施、固体废物处置设施，未依照法律法规和相关标准的要求采取措施防止"
            "土壤污染的。",
            _SEVERE,
        ),
        _c1159(
            5,
            "（五）建设和运行污水集中处理设施、固体废物处置设施，未依照法律法规和相关标准的要求采取有效措施"
            "防止土壤污染。",
            _SEVERE,
        ),
        keywords=("污水集中处理设施", "固体废物处置设施", "土壤污染", "treatment plant", "soil"),
    ),
    # --- Art. 1160 -------------------------------------------------------------------------------
    kind(
        "soil.toxic-discharge-to-farmland",
        "向农用地排放重金属或者其他有毒有害物质含量超标的污水、污泥，以及可能造成土壤污染的清淤底泥、尾矿、"
        "矿渣等",
        "wastewater or sludge over the heavy-metal or toxic limits, or dredged sediment, tailings "
        "or slag, discharged onto farmland",
        "soil",
        basis(
            article(
                soil.INSTRUMENT,
                87,
                "违反本法规定，向农用地排放重金属或者其他有毒有害物质含量超标的污水、污泥，以及可能造成土壤"
                "污染的清淤底泥、尾矿、矿渣等的，由地方人民政府生态环境主管部门责令改正，处十万元以上五十万元"
                "以下的罚款；情节严重的，处五十万元以上二百万元以下的罚款，并可以将案件移送公安机关，对直接"
                "负责的主管人员和其他直接责任人员处五日以上十五日以下的拘留；有违法所得的，没收违法所得。",
            ),
            tiers(
                band(yuan(500_000, 2_000_000), fact("serious"), zh="情节严重", en="serious"),
                band(yuan(100_000, 500_000)),
            ),
            enforcers=("ecology_environment",),
            measures=("order_correction", "detention_referral", "confiscate_gains"),
            daily_penalty=daily(epl.ART_59),
            daily_note="A discharge of pollutants: 环境保护法 Art. 59 allows the daily penalty on a "
            "refusal to correct (土壤污染防治法 has no article of its own).",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1160,
                "违反本法规定，向农用地排放重金属或者其他有毒有害物质含量超标的污水、污泥，以及可能造成土壤"
                "污染的清淤底泥、尾矿、矿渣等的，由生态环境主管部门责令改正，没收违法所得，并处十万元以上"
                "五十万元以下的罚款；情节严重的，并处五十万元以上二百万元以下的罚款，并将案件移送公安机关，由"
                "公安机关对直接负责的主管人员和其他直接责任人员处五日以上十五日以下拘留。",
            ),
            tiers(
                band(yuan(500_000, 2_000_000), fact("serious"), zh="情节严重", en="serious"),
                band(yuan(100_000, 500_000)),
            ),
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains", "detention_referral"),
            daily_penalty=_CODE_DAILY,
            daily_note="A discharge of pollutants: Code Art. 1060 ¶1 allows the daily penalty.",
        ),
        keywords=("农用地", "重金属", "污泥", "尾矿", "矿渣", "farmland", "heavy metals"),
    ),
    # --- Art. 1161 -------------------------------------------------------------------------------
    kind(
        "soil.agri-packaging-not-recovered",
        "农业投入品生产者、销售者、使用者（个人使用者除外）未及时回收农药、肥料等农业投入品的包装废弃物或者"
        "农用薄膜，或者未将农药包装废弃物交由专门机构无害化处理",
        "producer, seller or (non-individual) user of farm inputs not recovering pesticide or "
        "fertiliser packaging or farm film, or not handing pesticide packaging over for safe "
        "treatment",
        "soil",
        basis(
            article(
                soil.INSTRUMENT,
                88,
                _S88,
                note="For an individual user: kind soil.agri-packaging-not-recovered-individual.",
            ),
            yuan(10_000, 100_000),
            enforcers=("agriculture",),
            measures=("order_correction",),
            daily_note=_SOIL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1161,
                _C1161,
                note="For an individual user: kind soil.agri-packaging-not-recovered-individual.",
            ),
            yuan(10_000, 100_000),
            enforcers=("agriculture",),
            measures=("order_correction",),
            daily_note="Not recovering packaging is not a discharge, dumping or disposal: Code "
            "Art. 1060 does not reach it.",
        ),
        keywords=(
            "农药包装废弃物",
            "农用薄膜",
            "农业投入品",
            "回收",
            "pesticide packaging",
            "farm film",
        ),
    ),
    kind(
        "soil.agri-packaging-not-recovered-individual",
        "农业投入品使用者为个人，未及时回收农药、肥料等农业投入品的包装废弃物或者农用薄膜，或者未将农药包装"
        "废弃物交由专门机构无害化处理",
        "individual user of farm inputs not recovering pesticide or fertiliser packaging or farm "
        "film, or not handing pesticide packaging over for safe treatment",
        "soil",
        basis(
            article(soil.INSTRUMENT, 88, _S88),
            yuan(200, 2_000, optional=True),
            enforcers=("agriculture",),
            measures=("order_correction",),
            daily_note="An individual, not an enterprise's discharge: no daily penalty.",
        ),
        basis(
            article(code.INSTRUMENT, 1161, _C1161),
            yuan(200, 2_000, optional=True),
            enforcers=("agriculture",),
            measures=("order_correction",),
            daily_note="An individual, not an enterprise's discharge: Code Art. 1060 does not "
            "reach it.",
        ),
        keywords=("农药包装废弃物", "农用薄膜", "个人", "农户", "farm film", "individual"),
    ),
    # --- Art. 1162 -------------------------------------------------------------------------------
    kind(
        "soil.over-limit-resistance-reducer",
        "在土壤中使用重金属含量超标的降阻产品",
        "resistance-reducing product over the heavy-metal limit used in soil",
        "soil",
        _c1162(
            1,
            "（一）在土壤中使用重金属含量超标的降阻产品；",
            note=_NEW + " 土壤污染防治法 Art. 24 ¶2 forbade it but no article fined it.",
        ),
        keywords=("降阻产品", "重金属", "防雷", "接地", "resistance reducer"),
    ),
    kind(
        "soil.topsoil-not-stored-separately",
        "未单独收集、存放开发建设过程中剥离的表土",
        "topsoil stripped in development not collected and stored separately",
        "soil",
        _s91(1, "（一）未单独收集、存放开发建设过程中剥离的表土的；"),
        _c1162(2, "（二）未单独收集、存放开发建设过程中剥离的表土；"),
        keywords=("表土", "剥离", "开发建设", "topsoil"),
    ),
    kind(
        "soil.remediation-new-pollution",
        "实施风险管控、修复活动对土壤、周边环境造成新的污染",
        "risk control or remediation causing new pollution of the soil or surroundings",
        "soil",
        _s91(2, "（二）实施风险管控、修复活动对土壤、周边环境造成新的污染的；"),
        _c1162(
            3,
            "（三）实施风险管控、修复活动未对产生的污染物采取处理、处置措施，或者对土壤、周边环境造成新的"
            "污染；",
            note="The second alternative of item (3); the first is kind "
            "soil.remediation-pollutants-untreated.",
        ),
        keywords=("风险管控", "修复", "新的污染", "remediation", "secondary pollution"),
    ),
    kind(
        "soil.remediation-pollutants-untreated",
        "实施风险管控、修复活动未对产生的污染物采取处理、处置措施",
        "pollutants from risk control or remediation not treated or disposed of",
        "soil",
        _c1162(
            3,
            "（三）实施风险管控、修复活动未对产生的污染物采取处理、处置措施，",
            note=_NEW + " 土壤污染防治法 Art. 40 set the duty but no article fined it; the "
            "discharge of those pollutants may have been fined under the water, air or solid-waste "
            "statute as its own kind.",
        ),
        keywords=("风险管控", "修复", "污染物", "处理处置", "remediation waste"),
    ),
    kind(
        "soil.hazardous-contaminated-soil-not-disposed",
        "转运的污染土壤属于危险废物的，修复施工单位未依法进行处置",
        "remediation contractor not lawfully disposing of transferred contaminated soil that is "
        "hazardous waste",
        "soil",
        basis(
            article(
                waste.INSTRUMENT,
                112,
                _q(
                    "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得；情节严重"
                    "的，报经有批准权的人民政府批准，可以责令停业或者关闭：",
                    "（六）未按照国家环境保护标准贮存、利用、处置危险废物或者将危险废物混入非危险废物中贮存的；",
                    "有前款第一项、第二项、第五项、第六项、第七项、第八项、第九项、第十二项、第十三项行为之一，"
                    "处十万元以上一百万元以下的罚款；",
                ),
                paragraph=1,
                item=6,
                note="土壤污染防治法 did not fine it (Art. 41 ¶2 set the duty); soil that is "
                "hazardous waste is hazardous waste, and not disposing of it to the standards was "
                "fined under 固体废物污染环境防治法 Art. 112 (6) (a reading).",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains", "close"),
            daily_note="Not disposing of hazardous waste to the standards is not a discharge of "
            "solid waste under 固体废物污染环境防治法 Art. 119, nor of pollutants under 环境保护法 "
            "Art. 59 (a reading).",
        ),
        _c1162(
            4,
            "（四）转运的污染土壤属于危险废物的，修复施工单位未依法进行处置；",
            note="土壤污染防治法 Art. 41 ¶2 set the duty; the statute did not fine it, the solid-"
            "waste law did (see the earlier basis).",
            daily_penalty=_CODE_DAILY,
            daily_note="Where the soil was disposed of unlawfully, that is 违法处置 under Code Art. "
            "1060 ¶1 and the daily penalty applies; not where it was merely left undisposed (a "
            "reading).",
            concurrent=(_CODE_1175_4,),
        ),
        keywords=("污染土壤", "危险废物", "修复施工单位", "处置", "contaminated soil"),
    ),
    kind(
        "soil.contaminated-soil-transfer-not-reported",
        "转运污染土壤，未将运输时间、方式、线路和污染土壤数量、去向、最终处置措施等提前报所在地和接受地"
        "生态环境主管部门",
        "contaminated soil transferred without reporting the transport and final disposal in "
        "advance to the authorities of both places",
        "soil",
        _s91(
            3,
            "（三）转运污染土壤，未将运输时间、方式、线路和污染土壤数量、去向、最终处置措施等提前报所在地"
            "和接收地生态环境主管部门的；",
        ),
        _c1162(
            5,
            "（五）转运污染土壤，未将运输时间、方式、线路和污染土壤数量、去向、最终处置措施等提前报所在地"
            "和接受地生态环境主管部门；",
        ),
        keywords=("转运", "污染土壤", "提前报告", "transfer", "contaminated soil"),
    ),
    kind(
        "soil.polluting-project-in-prime-farmland",
        "在永久基本农田集中区域新建可能造成土壤污染的建设项目",
        "project that may pollute soil newly built in a concentrated area of permanent prime "
        "farmland",
        "soil",
        _c1162(
            6,
            "（六）在永久基本农田集中区域新建可能造成土壤污染的建设项目；",
            note=_NEW + " 土壤污染防治法 Art. 50 ¶2 forbade it but no article fined it (固体废物"
            "污染环境防治法 Art. 102 (4) fined only solid-waste facilities and landfills there).",
        ),
        keywords=("永久基本农田", "建设项目", "土壤污染", "prime farmland"),
    ),
    kind(
        "soil.construction-on-unremediated-plot",
        "未达到土壤污染风险评估报告确定的风险管控、修复目标的建设用地地块，开工建设与风险管控、修复无关的"
        "项目",
        "unrelated project started on a construction-land plot that has not reached its risk "
        "control or remediation targets",
        "soil",
        _s91(
            4,
            "（四）未达到土壤污染风险评估报告确定的风险管控、修复目标的建设用地地块，开工建设与风险管控、"
            "修复无关的项目的。",
        ),
        _c1162(
            7,
            "（七）未达到土壤污染风险评估报告确定的风险管控、修复目标",
            note="The first alternative of item (7); plots not surveyed or assessed are kind "
            "soil.construction-on-unassessed-plot.",
        ),
        keywords=("建设用地", "修复目标", "开工建设", "风险管控", "remediation target"),
    ),
    kind(
        "soil.construction-on-unassessed-plot",
        "未按照规定进行土壤污染状况调查和土壤污染风险评估、风险管控、修复、效果评估的建设用地地块，开工建设"
        "与风险管控、修复无关的项目",
        "unrelated project started on a construction-land plot not surveyed, assessed, "
        "controlled or remediated as required",
        "soil",
        _c1162(
            7,
            "或者未按照规定进行土壤污染状况调查和土壤污染风险评估、风险管控、修复、风险管控效果评估、修复"
            "效果评估的建设用地地块，开工建设与风险管控、修复无关的项目。",
            note=_NEW + " 土壤污染防治法 Art. 91 (4) fined only building on a plot that had not "
            "reached its targets; the missing survey or assessment itself is kind "
            "soil.survey-not-done-* or soil.risk-assessment-not-done.",
        ),
        keywords=("建设用地", "土壤污染状况调查", "开工建设", "unassessed plot"),
    ),
    # --- Art. 1163 -------------------------------------------------------------------------------
    kind(
        "soil.polluted-waste-for-land-reclamation",
        "将重金属或者其他有毒有害物质含量超标的工业固体废物、生活垃圾或者污染土壤用于土地复垦",
        "industrial solid waste, household waste or polluted soil over the toxic limits used for "
        "land reclamation",
        "soil",
        basis(
            article(
                soil.INSTRUMENT,
                89,
                "违反本法规定，将重金属或者其他有毒有害物质含量超标的工业固体废物、生活垃圾或者污染土壤用于"
                "土地复垦的，由地方人民政府生态环境主管部门责令改正，处十万元以上一百万元以下的罚款；有违法"
                "所得的，没收违法所得。",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains"),
            daily_note="Using waste for reclamation is not a discharge of pollutants under 环境保护法 "
            "Art. 59 (a reading); 土壤污染防治法 has no daily penalty.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1163,
                "违反本法规定，将重金属或者其他有毒有害物质含量超标的工业固体废物、生活垃圾或者污染土壤用于"
                "土地复垦的，由生态环境主管部门责令改正，没收违法所得，并处十万元以上一百万元以下的罚款。",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains"),
            daily_penalty=_CODE_DAILY,
            daily_note="Putting such waste into the land is an unlawful disposal (处置) of waste "
            "under Code Art. 1060 ¶1 (a reading).",
        ),
        keywords=("土地复垦", "工业固体废物", "污染土壤", "重金属", "land reclamation"),
    ),
    # --- Art. 1164 -------------------------------------------------------------------------------
    kind(
        "soil.post-management-not-done",
        "土壤污染责任人或者土地使用权人未按照要求实施后期管理",
        "party responsible for soil pollution or land-use right holder not carrying out "
        "after-care management",
        "soil",
        basis(
            article(
                soil.INSTRUMENT,
                92,
                "违反本法规定，土壤污染责任人或者土地使用权人未按照规定实施后期管理的，由地方人民政府生态环境"
                "主管部门或者其他负有土壤污染防治监督管理职责的部门责令改正，处一万元以上五万元以下的罚款；"
                "情节严重的，处五万元以上五十万元以下的罚款。",
            ),
            tiers(
                band(yuan(50_000, 500_000), fact("serious"), zh="情节严重", en="serious"),
                band(yuan(10_000, 50_000)),
            ),
            enforcers=_OLD_ENFORCERS,
            measures=("order_correction",),
            daily_note=_SOIL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1164,
                "违反本法规定，土壤污染责任人或者土地使用权人未按照要求实施后期管理的，由负有生态环境保护监督"
                "管理职责的部门按照职责分工责令改正，处一万元以上五万元以下的罚款；情节严重的，处五万元以上"
                "五十万元以下的罚款。",
            ),
            tiers(
                band(yuan(50_000, 500_000), fact("serious"), zh="情节严重", en="serious"),
                band(yuan(10_000, 50_000)),
            ),
            enforcers=_CODE_ENFORCERS,
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("后期管理", "土壤污染责任人", "土地使用权人", "after-care"),
    ),
    # --- Art. 1165 -------------------------------------------------------------------------------
    kind(
        "soil.survey-not-done-risk-plot",
        "对有土壤污染风险的建设用地地块或者用途变更为居住、公共管理与公共服务用地的地块，未进行土壤污染状况"
        "调查",
        "no soil survey of a construction-land plot with pollution risk or one changing to "
        "residential or public use",
        "soil",
        _s94(
            1,
            "（一）未按照规定进行土壤污染状况调查的；",
            note="Item (1) reached every required survey; the Code split it into 1165 (1) and (2).",
        ),
        _c1165(
            1,
            "（一）对土壤污染状况普查、详查和监测、现场检查表明有土壤污染风险的建设用地地块，用途变更为居住、"
            "公共管理与公共服务用地的地块等，未进行土壤污染状况调查；",
        ),
        keywords=("土壤污染状况调查", "用途变更", "建设用地", "soil survey", "land use change"),
    ),
    kind(
        "soil.survey-not-done-key-unit-land",
        "土壤污染重点监管单位生产经营用地的用途变更或者在土地使用权收回、转让前，未进行土壤污染状况调查",
        "no soil survey before the use of a key soil-pollution unit's land changes or the land "
        "right is taken back or transferred",
        "soil",
        _s94(
            1,
            "（一）未按照规定进行土壤污染状况调查的；",
            note="Item (1) reached every required survey; the Code split it into 1165 (1) and (2).",
        ),
        _c1165(
            2,
            "（二）土壤污染重点监管单位生产经营用地的用途变更或者在土地使用权收回、转让前，未进行土壤污染"
            "状况调查；",
        ),
        keywords=(
            "土壤污染状况调查",
            "重点监管单位",
            "土地使用权转让",
            "soil survey",
            "land transfer",
        ),
    ),
    kind(
        "soil.risk-assessment-not-done",
        "对污染物含量超过土壤污染风险管控标准的建设用地地块等，未进行土壤污染风险评估",
        "no soil-pollution risk assessment of a construction-land plot over the risk-control "
        "standard",
        "soil",
        _s94(2, "（二）未按照规定进行土壤污染风险评估的；"),
        _c1165(
            3,
            "（三）对土壤污染状况调查报告评审表明污染物含量超过土壤污染风险管控标准的建设用地地块等，未进行"
            "土壤污染风险评估；",
        ),
        keywords=("土壤污染风险评估", "风险管控标准", "建设用地", "risk assessment"),
    ),
    kind(
        "soil.risk-control-not-taken",
        "对安全利用类和严格管控类农用地地块、风险管控和修复名录中的建设用地地块等，未采取相应风险管控措施",
        "risk-control measures not taken for farmland in the safe-use or strict-control class "
        "or listed construction land",
        "soil",
        _s94(3, "（三）未按照规定采取风险管控措施的；", detention=True),
        _c1165(
            4,
            "（四）对安全利用类和严格管控类农用地地块，建设用地土壤污染风险管控和修复名录中的地块等，未采取"
            "相应风险管控措施；",
            detention=True,
        ),
        keywords=("风险管控措施", "严格管控类", "农用地", "修复名录", "risk control"),
    ),
    kind(
        "soil.remediation-not-done",
        "未按照规定实施修复",
        "remediation not carried out as required",
        "soil",
        _s94(4, "（四）未按照规定实施修复的；", detention=True),
        _c1165(5, "（五）未按照规定实施修复；", detention=True),
        keywords=("修复", "土壤修复", "土壤污染责任人", "remediation"),
    ),
    kind(
        "soil.effect-assessment-not-done",
        "风险管控、修复活动完成后，未另行委托有关单位对风险管控效果、修复效果进行评估",
        "no independent assessment of the effect of risk control or remediation once completed",
        "soil",
        _s94(
            5,
            "（五）风险管控、修复活动完成后，未另行委托有关单位对风险管控效果、修复效果进行评估的。",
        ),
        _c1165(
            6,
            "（六）风险管控、修复活动完成后，未另行委托有关单位对风险管控效果、修复效果进行评估。",
        ),
        keywords=("效果评估", "修复效果", "风险管控效果", "effect assessment"),
    ),
    # --- Art. 1166 -------------------------------------------------------------------------------
    kind(
        "soil.annual-discharge-report-missing",
        "土壤污染重点监管单位未按年度报告有毒有害物质排放情况",
        "key soil-pollution unit not reporting its toxic-substance discharges yearly",
        "soil",
        _s86(
            3,
            "（三）土壤污染重点监管单位未按年度报告有毒有害物质排放情况",
            yuan(20_000, 200_000),
            note="The first alternative of item (3); fined at once, without a refusal to correct.",
        ),
        _c1166(1, "（一）土壤污染重点监管单位未按年度报告有毒有害物质排放情况；"),
        keywords=("年度报告", "有毒有害物质", "排放情况", "重点监管单位", "annual report"),
    ),
    kind(
        "soil.underground-tank-info-not-reported",
        "土壤污染重点监管单位未将贮存有毒有害物质的地下储罐信息报生态环境主管部门",
        "key soil-pollution unit not reporting its underground tanks of toxic substances",
        "soil",
        _c1166(
            2,
            "（二）土壤污染重点监管单位未将贮存有毒有害物质的地下储罐信息报生态环境主管部门；",
            note=_NEW + " 土壤污染防治法 had no such duty.",
        ),
        keywords=("地下储罐", "有毒有害物质", "重点监管单位", "underground tank"),
    ),
    kind(
        "soil.survey-report-not-submitted",
        "土地使用权人未依法报送土壤污染调查报告",
        "land-use right holder not submitting the soil survey report",
        "soil",
        _c1166(
            3,
            "（三）土地使用权人未依法报送土壤污染调查报告；",
            note=_NEW + " 土壤污染防治法 Art. 59 ¶3 required submitting the report for review but "
            "Art. 95 (3) fined only not filing it (备案), now Code Art. 1167 (2).",
        ),
        keywords=("土壤污染状况调查报告", "报送", "土地使用权人", "survey report"),
    ),
    kind(
        "soil.risk-assessment-report-not-submitted",
        "土壤污染责任人、土地使用权人未依法报送土壤污染风险评估报告",
        "risk assessment report not submitted by the party responsible or the land-use right "
        "holder",
        "soil",
        _c1166(
            4,
            "（四）土壤污染责任人、土地使用权人未依法报送土壤污染风险评估报告；",
            note=_NEW + " 土壤污染防治法 Art. 60 set the duty but no article fined it.",
        ),
        keywords=("风险评估报告", "报送", "土壤污染责任人", "risk assessment report"),
    ),
    kind(
        "soil.risk-control-not-reported",
        "土壤污染责任人未依法报告风险管控措施",
        "party responsible for soil pollution not reporting its risk-control measures",
        "soil",
        _c1166(
            5,
            "（五）土壤污染责任人未依法报告风险管控措施；",
            note=_NEW + " 土壤污染防治法 Arts. 56 and 62 required regular reports but no article "
            "fined their absence.",
        ),
        keywords=("风险管控措施", "报告", "土壤污染责任人", "risk control report"),
    ),
    kind(
        "soil.remediation-plan-not-filed",
        "土壤污染责任人、土地使用权人未依法将修复方案、效果评估报告备案",
        "remediation plan or effect assessment report not filed",
        "soil",
        _s95(
            2,
            "（二）土壤污染责任人或者土地使用权人未按照规定将修复方案、效果评估报告报地方人民政府生态环境、"
            "农业农村、林业草原主管部门备案的；",
            ("ecology_environment", "agriculture", "forestry_grassland"),
        ),
        _c1166(6, "（六）土壤污染责任人、土地使用权人未依法将修复方案、效果评估报告备案。"),
        keywords=("修复方案", "效果评估报告", "备案", "remediation plan", "filing"),
    ),
    # --- Art. 1167 -------------------------------------------------------------------------------
    kind(
        "soil.work-plan-not-filed",
        "土壤污染重点监管单位未将土壤污染防治工作方案备案",
        "key soil-pollution unit not filing its soil-pollution prevention work plan",
        "soil",
        _s95(
            1,
            "（一）土壤污染重点监管单位未按照规定将土壤污染防治工作方案报地方人民政府生态环境、工业和信息化"
            "主管部门备案的；",
            ("ecology_environment", "industry_it"),
        ),
        _c1167(1, "（一）土壤污染重点监管单位未将土壤污染防治工作方案备案；"),
        keywords=("工作方案", "备案", "拆除", "重点监管单位", "work plan filing"),
    ),
    kind(
        "soil.survey-report-not-filed",
        "土地使用权人未将土壤污染状况调查报告备案",
        "land-use right holder not filing the soil survey report",
        "soil",
        _s95(
            3,
            "（三）土地使用权人未按照规定将土壤污染状况调查报告报地方人民政府生态环境主管部门备案的。",
            ("ecology_environment",),
        ),
        _c1167(2, "（二）土地使用权人未将土壤污染状况调查报告备案。"),
        keywords=("土壤污染状况调查报告", "备案", "土地使用权人", "survey report filing"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (unfined(1158, "The section's scope article: it fines nobody."),)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
