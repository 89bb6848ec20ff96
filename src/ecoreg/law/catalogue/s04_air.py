"""Book 5, Ch. 2, Section 4 (第四节 违反大气污染防治规定): air pollution, Arts. 1113–1134.

Each kind quotes the article that fines the conduct under the Code and, for acts
before 2026-08-15, the provision of 大气污染防治法 (2018) that fined the same
conduct then (Arts. 102–121). Items moved: 大气法 Art. 103 (2)(3)(4) became Code
Art. 1115 (3)(4)(2); Art. 108 (1)/(2) are swapped in Code Art. 1120 and Art. 108 (6)
became Code Art. 1120 (6) and (7); Art. 117 (1)(2)(3) became Code Art. 1130 (2)(3)(1).
Conduct the Code made a violation (Art. 1114 (2)(3), Art. 1120 (8) and ¶2, Art. 1125,
Art. 1127 ¶2 as a national fine, Art. 1129's route) has the Code's basis only.

The texts: ``tests/data/law/cn.eco-environment-code.2026.md`` and
``cn.air-pollution-law.2018.md``; the quotes are checked against them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.law import air_pollution_law as air
from ecoreg.law import eco_code as code
from ecoreg.law import permit_regulation as permit
from ecoreg.law.catalogue._build import (
    article,
    band,
    basis,
    daily,
    fact,
    fixed,
    kind,
    multiple,
    no_fine,
    per_unit,
    provision,
    section,
    tiers,
    unfined,
    unspecified,
    yuan,
)

if TYPE_CHECKING:
    from ecoreg.core._citations import Citation, Instrument

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(4, "违反大气污染防治规定", "Air pollution", 1113, 1134)

AIR = air.INSTRUMENT
CODE = code.INSTRUMENT

# Departments (`ecoreg.Department`).
_ECO = "ecology_environment"
_SUP = "supervisory_departments"
_PROV = "provincial_ecology"
_MARKET = "market_regulation"
_CUSTOMS = "customs"
_MARITIME = "maritime"
_FISHERY = "fishery"
_HOUSING = "housing_construction"
_TRANSPORT = "transport"
_ENERGY = "energy"
_LOCAL = "local_designated"

# Side measures (`ecoreg.SideMeasure`).
_CORRECT = "order_correction"
_STOP = "order_stop"
_RESTRICT = "restrict_production"
_SUSPEND = "suspend"
_CLOSE = "close"
_GAINS = "confiscate_gains"
_ITEMS = "confiscate_items"
_DEMOLISH = "demolish"
_RETURN = "return_shipment"

# The daily continuous penalty.
_CODE_DAILY = daily(code.ART_1060, obstruction_counts=True)
_AIR_DAILY_4 = daily(air.ART_123.model_copy(update={"item": 4}))

_CODE_DAILY_PRODUCT = (
    "A fuel, product, equipment or disclosure offence, not a discharge, dumping or disposal of "
    "pollutants: Code Art. 1060 does not reach it (a local regulation may add it, Art. 1060 ¶3)."
)
_CODE_DAILY_MEASURE = (
    "Failing to build, install or take a control measure is not itself a discharge, dumping or "
    "disposal (as for storing dusty material): Code Art. 1060 does not reach it (a local "
    "regulation may add it, Art. 1060 ¶3)."
)
_CODE_DAILY_USE = (
    "Burning a fuel or using a facility, vehicle or machine is not named by Code Art. 1060 "
    "(discharge, dumping, disposal): no daily penalty unless a local regulation adds it (¶3)."
)
_CODE_DAILY_ACTIVITY = (
    "Running a business, a barbecue or a transport where or how the law forbids is not a "
    "discharge, dumping or disposal named by Code Art. 1060: no daily penalty unless a local "
    "regulation adds it (¶3)."
)
_CODE_DAILY_PERSON = (
    "Code Art. 1060 reaches 企业事业单位和其他生产经营者 that discharge, dump or dispose of "
    "pollutants; this conduct (by anyone, mostly individuals) is none of these: no daily penalty."
)
_CODE_DAILY_DISCHARGE = (
    "The conduct is an unlawful discharge of air pollutants by a producer or trader, which Code "
    "Art. 1060 ¶1 reaches (refusing or obstructing the re-inspection also counts)."
)


def _air_daily_no(number: int) -> str:
    return (
        "大气污染防治法 Art. 123 allows the daily penalty only for Art. 99 (1)–(3) and for dust "
        f"from construction or storage (item (4)); Art. {number} is not among them."
    )


_NEW = "New in the Code: no earlier basis; an earlier act is not penalised (行政处罚法 Art. 37)."


def _cite(
    instrument: Instrument,
    number: int,
    chapeau: str,
    item_text: str,
    item: int,
    *,
    paragraph: int | None = None,
    note: str | None = None,
) -> Citation:
    """An item of an article: its chapeau and the item, joined with …… after item (一)."""
    quote = chapeau + item_text if item == 1 else f"{chapeau}……{item_text}"
    return article(instrument, number, quote, paragraph=paragraph, item=item, note=note)


def _permit_35(note: str) -> dict[str, object]:
    """排污许可管理条例 Art. 35 (1): fugitive emissions not controlled as the permit requires."""
    return provision(
        article(
            permit.INSTRUMENT,
            35,
            "违反本条例规定，排污单位有下列行为之一的，由生态环境主管部门责令改正，处5万元以上"
            "20万元以下的罚款；情节严重的，处20万元以上100万元以下的罚款，责令限制生产、停产整治："
            "(一)未按照排污许可证规定控制大气污染物无组织排放；",
            item=1,
        ),
        tiers(
            band(yuan(200_000, 1_000_000), fact("serious"), zh="情节严重", en="serious"),
            band(yuan(50_000, 200_000)),
        ),
        note=note,
        condition=(
            "排污单位的排污许可证载明无组织排放要求而该行为违反",
            "the unit's discharge permit sets fugitive-emission terms that the act breaks",
        ),
    )


_PERMIT_NOTE_OLD = (
    "Only where the unit holds a pollutant discharge permit whose terms for fugitive emissions "
    "(无组织排放) the act breaks: then one act breaks both norms and, from 2021-07-15, "
    "行政处罚法 Art. 29 applies the higher fine (Art. 35: 50,000–200,000, serious "
    "200,000–1,000,000)."
)
_PERMIT_NOTE_CODE = (
    "Only where the unit holds a pollutant discharge permit whose terms for fugitive emissions "
    "(无组织排放) the act breaks: by Code Art. 1055 the higher fine applies (Art. 35: "
    "50,000–200,000, serious 200,000–1,000,000, which is at least this article's)."
)

# ---------------------------------------------------------------------------------------------
# The chapeaus of itemised articles, verbatim.

_C1114 = (
    "违反本法规定，有下列情形之一的，由能源主管部门责令改正，处十万元以上一百万元以下的罚款；"
    "拒不改正的，报经有批准权的人民政府批准，责令停业、关闭："
)
_C1115 = (
    "违反本法规定，有下列情形之一的，由市场监督管理部门责令改正，没收原材料、产品和违法所得，"
    "并处货值金额一倍以上五倍以下的罚款："
)
_A103 = (
    "违反本法规定，有下列行为之一的，由县级以上地方人民政府市场监督管理部门责令改正，没收原材料、"
    "产品和违法所得，并处货值金额一倍以上三倍以下的罚款："
)
_C1116 = (
    "违反本法规定，有下列情形之一的，由海关责令退运，没收违法所得，并处货值金额一倍以上五倍以下的"
    "罚款；无法退运的，没收原材料和产品："
)
_A104 = (
    "违反本法规定，有下列行为之一的，由海关责令改正，没收原材料、产品和违法所得，并处货值金额一倍"
    "以上三倍以下的罚款；构成走私的，由海关依法予以处罚："
)
_C1119 = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门没收燃用高污染燃料的设施、燃煤供热锅炉并"
    "组织拆除，处二万元以上二十万元以下的罚款："
)
_A107_FINE = (
    "由县级以上地方人民政府生态环境主管部门没收燃用高污染燃料的设施，组织拆除燃煤供热锅炉，"
    "并处二万元以上二十万元以下的罚款。"
)
_C1120 = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门责令改正，处二万元以上二十万元以下的罚款；"
    "拒不改正的，责令停产整治："
)
_A108 = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正，处二万元以上"
    "二十万元以下的罚款；拒不改正的，责令停产整治："
)
_C1124 = (
    "违反本法规定，以临时更换、篡改、屏蔽、伪造排放控制系统等弄虚作假的方式通过机动车船、"
    "非道路移动机械排放检验或者破坏、拆除、篡改、屏蔽、伪造机动车船、非道路移动机械排放控制系统的，"
    "由生态环境主管部门、海事管理机构、渔业渔政主管部门按照职责分工责令改正，"
)
_A112_3 = (
    "违反本法规定，以临时更换机动车污染控制装置等弄虚作假的方式通过机动车排放检验或者破坏机动车"
    "车载排放诊断系统的，由县级以上人民政府生态环境主管部门责令改正，"
)
_C1127_FINE = "由生态环境、海事管理、渔业渔政等部门按照职责分工责令改正，处每辆（艘）五千元的罚款。"
_A114_FINE = "由县级以上人民政府生态环境等主管部门按照职责责令改正，处五千元的罚款。"
_C1128 = (
    "违反本法规定，施工单位有下列情形之一的，由住房城乡建设等部门按照职责分工责令改正，处一万元"
    "以上十万元以下的罚款；拒不改正的，责令停工整治："
)
_A115 = (
    "违反本法规定，施工单位有下列行为之一的，由县级以上人民政府住房城乡建设等主管部门按照职责"
    "责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治："
)
_C1129_HEAD = "违反本法规定，运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆和船舶，"
_C1129_FINE = (
    "由县级以上地方人民政府确定的监督管理部门、海事管理机构按照职责分工责令改正，处二千元以上"
    "二万元以下的罚款；拒不改正的，车辆不得上道路行驶。"
)
_C1130 = (
    "违反本法规定，有下列情形之一的，由生态环境等部门按照职责分工责令改正，处一万元以上十万元"
    "以下的罚款；拒不改正的，责令停工整治或者停业整治："
)
_A117 = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府生态环境等主管部门按照职责责令改正，"
    "处一万元以上十万元以下的罚款；拒不改正的，责令停工整治或者停业整治："
)
_C1131_1_FINE = (
    "由县级以上地方人民政府确定的监督管理部门责令改正，可以处五百元以上二千元以下的罚款。"
)
_A119_1_FINE = (
    "由县级以上地方人民政府确定的监督管理部门责令改正，并可以处五百元以上二千元以下的罚款。"
)

# ---------------------------------------------------------------------------------------------
# Fine rules.

_GOODS_1_3 = multiple("goods_value", 1, 3)
_GOODS_1_5 = multiple("goods_value", 1, 5)
_Y2K_20K = yuan(2_000, 20_000)
_Y10K_100K = yuan(10_000, 100_000)
_Y20K_200K = yuan(20_000, 200_000)
_Y50K_500K = yuan(50_000, 500_000)
_Y100K_1M = yuan(100_000, 1_000_000)
_REFUSED = {"zh": "拒不改正", "en": "refused to correct"}


# ---------------------------------------------------------------------------------------------
# Art. 1114: coal washing, desulphurisation and dust removal not built.


def _k1114() -> tuple[dict[str, object], ...]:
    return (
        kind(
            "air.coal-mine-no-washing-facility",
            "煤矿未配套建设煤炭洗选设施",
            "coal mine without the coal washing facility it must build",
            "air",
            basis(
                article(
                    AIR,
                    102,
                    "违反本法规定，煤矿未按照规定建设配套煤炭洗选设施的，由县级以上人民政府能源主管"
                    "部门责令改正，处十万元以上一百万元以下的罚款；拒不改正的，报经有批准权的人民政府"
                    "批准，责令停业、关闭。",
                    paragraph=1,
                ),
                _Y100K_1M,
                enforcers=(_ENERGY,),
                measures=(_CORRECT, _CLOSE),
                daily_note=_air_daily_no(102),
            ),
            basis(
                _cite(CODE, 1114, _C1114, "（一）煤矿未配套建设煤炭洗选设施；", 1, paragraph=1),
                _Y100K_1M,
                enforcers=(_ENERGY,),
                measures=(_CORRECT, _CLOSE),
                daily_note=_CODE_DAILY_MEASURE,
            ),
            keywords=("煤矿", "洗选设施", "煤炭洗选", "coal mine", "coal washing"),
        ),
        kind(
            "air.coal-burner-no-control-equipment",
            "燃煤电厂和其他燃煤单位未配套建设除尘、脱硫、脱硝等装置",
            "coal-fired power plant or other coal burner without dust removal, desulphurisation or "
            "denitration equipment or other emission controls",
            "air",
            basis(
                _cite(
                    CODE,
                    1114,
                    _C1114,
                    "（二）燃煤电厂和其他燃煤单位未配套建设除尘、脱硫、脱硝等装置或者未采取技术改造"
                    "等其他控制大气污染物排放的措施；",
                    2,
                    paragraph=1,
                    note="New in the Code: 大气污染防治法 Art. 41 set the duty but no article fined "
                    "it; no earlier basis; an earlier act is not penalised (行政处罚法 Art. 37). "
                    "An over-limit discharge that followed was fined as such (大气法 Art. 99 (2)).",
                ),
                _Y100K_1M,
                enforcers=(_ENERGY,),
                measures=(_CORRECT, _CLOSE),
                daily_note=_CODE_DAILY_MEASURE,
            ),
            keywords=("燃煤电厂", "脱硫", "脱硝", "除尘", "desulphurisation", "coal-fired"),
        ),
        kind(
            "air.industrial-no-control-equipment",
            "钢铁、建材、有色金属、石油、化工等企业未配套建设除尘、脱硫、脱硝等装置",
            "steel, building-material, non-ferrous, petroleum or chemical works emitting dust, "
            "sulphides or nitrogen oxides without dust removal, desulphurisation or denitration "
            "equipment or other emission controls",
            "air",
            basis(
                _cite(
                    CODE,
                    1114,
                    _C1114,
                    "（三）生产过程中排放粉尘、硫化物和氮氧化物的钢铁、建材、有色金属、石油、化工等"
                    "企业未配套建设除尘、脱硫、脱硝等装置或者未采取技术改造等其他控制大气污染物排放"
                    "的措施。",
                    3,
                    paragraph=1,
                    note="New in the Code: 大气污染防治法 Art. 43 set the duty but no article fined "
                    "it; no earlier basis; an earlier act is not penalised (行政处罚法 Art. 37). "
                    "The Code names the energy department (能源主管部门) for the whole paragraph.",
                ),
                _Y100K_1M,
                enforcers=(_ENERGY,),
                measures=(_CORRECT, _CLOSE),
                daily_note=_CODE_DAILY_MEASURE,
            ),
            keywords=("脱硫", "脱硝", "除尘", "钢铁", "建材", "emission control equipment"),
        ),
    )


# ---------------------------------------------------------------------------------------------
# Arts. 1115–1118: fuels and VOC products that fall short of the standards.

_FUEL_ITEMS = (
    # (id, name_zh, name_en, keywords, code item, code text, old item, old text)
    (
        "air.substandard-coal-sale",
        "销售不符合质量标准的煤炭、石油焦",
        "selling coal or petroleum coke below the quality standard",
        ("劣质煤", "煤炭", "石油焦", "销售", "substandard coal"),
        1,
        "（一）销售不符合质量标准的煤炭、石油焦；",
        1,
        "（一）销售不符合质量标准的煤炭、石油焦的；",
    ),
    (
        "air.high-pollution-fuel-sale-in-ban-zone",
        "在禁燃区内销售高污染燃料",
        "selling high-pollution fuel in a no-burning zone",
        ("禁燃区", "高污染燃料", "销售", "no-burning zone"),
        2,
        "（二）在禁燃区内销售高污染燃料；",
        4,
        "（四）在禁燃区内销售高污染燃料的。",
    ),
    (
        "air.high-voc-material-production-sale",
        "生产、销售挥发性有机物含量不符合质量标准或者要求的原辅材料和产品",
        (
            "producing or selling raw materials or products whose VOC content falls short of the "
            "standard"
        ),
        ("挥发性有机物", "VOCs", "涂料", "原辅材料", "VOC content"),
        3,
        "（三）生产、销售挥发性有机物含量不符合质量标准或者要求的原辅材料和产品；",
        2,
        "（二）生产、销售挥发性有机物含量不符合质量标准或者要求的原材料和产品的；",
    ),
    (
        "air.substandard-vehicle-fuel-production-sale",
        "生产、销售不符合标准的机动车船和非道路移动机械用燃料、发动机油、氮氧化物还原剂等",
        (
            "producing or selling substandard fuel, engine oil, NOx reductant or additives for "
            "vehicles, ships and non-road machinery"
        ),
        ("油品", "车用燃料", "尿素", "添加剂", "substandard fuel"),
        4,
        (
            "（四）生产、销售不符合标准的机动车船和非道路移动机械用燃料、发动机油、氮氧化物还原剂、"
            "燃料和润滑油添加剂以及其他添加剂。"
        ),
        3,
        (
            "（三）生产、销售不符合标准的机动车船和非道路移动机械用燃料、发动机油、氮氧化物还原剂、"
            "燃料和润滑油添加剂以及其他添加剂的；"
        ),
    ),
)

_IMPORT_ITEMS = (
    (
        "air.substandard-coal-import",
        "进口不符合质量标准的煤炭、石油焦",
        "importing coal or petroleum coke below the quality standard",
        ("进口", "劣质煤", "煤炭", "石油焦", "import"),
        "（一）进口不符合质量标准的煤炭、石油焦；",
        "（一）进口不符合质量标准的煤炭、石油焦的；",
    ),
    (
        "air.high-voc-material-import",
        "进口挥发性有机物含量不符合质量标准或者要求的原辅材料和产品",
        "importing raw materials or products whose VOC content falls short of the standard",
        ("进口", "挥发性有机物", "VOCs", "import"),
        "（二）进口挥发性有机物含量不符合质量标准或者要求的原辅材料和产品；",
        "（二）进口挥发性有机物含量不符合质量标准或者要求的原材料和产品的；",
    ),
    (
        "air.substandard-vehicle-fuel-import",
        "进口不符合标准的机动车船和非道路移动机械用燃料、发动机油、氮氧化物还原剂等",
        (
            "importing substandard fuel, engine oil, NOx reductant or additives for vehicles, "
            "ships and non-road machinery"
        ),
        ("进口", "油品", "车用燃料", "添加剂", "import"),
        (
            "（三）进口不符合标准的机动车船和非道路移动机械用燃料、发动机油、氮氧化物还原剂、燃料和"
            "润滑油添加剂以及其他添加剂。"
        ),
        (
            "（三）进口不符合标准的机动车船和非道路移动机械用燃料、发动机油、氮氧化物还原剂、燃料和"
            "润滑油添加剂以及其他添加剂的。"
        ),
    ),
)


def _k1115_1118() -> tuple[dict[str, object], ...]:
    out: list[dict[str, object]] = [
        kind(
            kind_id,
            name_zh,
            name_en,
            "air",
            basis(
                _cite(AIR, 103, _A103, old_text, old_item),
                _GOODS_1_3,
                enforcers=(_MARKET,),
                measures=(_CORRECT, _ITEMS, _GAINS),
                daily_note=_air_daily_no(103),
            ),
            basis(
                _cite(CODE, 1115, _C1115, code_text, code_item),
                _GOODS_1_5,
                enforcers=(_MARKET,),
                measures=(_CORRECT, _ITEMS, _GAINS),
                daily_note=_CODE_DAILY_PRODUCT,
            ),
            keywords=keywords,
        )
        for kind_id, name_zh, name_en, keywords, code_item, code_text, old_item, old_text in (
            _FUEL_ITEMS
        )
    ]
    out += [
        kind(
            kind_id,
            name_zh,
            name_en,
            "air",
            basis(
                _cite(AIR, 104, _A104, old_text, number),
                _GOODS_1_3,
                enforcers=(_CUSTOMS,),
                measures=(_CORRECT, _ITEMS, _GAINS),
                daily_note=_air_daily_no(104),
            ),
            basis(
                _cite(CODE, 1116, _C1116, code_text, number),
                _GOODS_1_5,
                enforcers=(_CUSTOMS,),
                measures=(_RETURN, _GAINS, _ITEMS),
                daily_note=_CODE_DAILY_PRODUCT,
            ),
            keywords=keywords,
        )
        for number, (kind_id, name_zh, name_en, keywords, code_text, old_text) in enumerate(
            _IMPORT_ITEMS, start=1
        )
    ]
    out += [
        kind(
            "air.substandard-coal-burning",
            "单位燃用不符合质量标准的煤炭、石油焦",
            "a unit burning coal or using petroleum coke below the quality standard",
            "air",
            basis(
                article(
                    AIR,
                    105,
                    "违反本法规定，单位燃用不符合质量标准的煤炭、石油焦的，由县级以上人民政府生态"
                    "环境主管部门责令改正，处货值金额一倍以上三倍以下的罚款。",
                ),
                _GOODS_1_3,
                enforcers=(_ECO,),
                measures=(_CORRECT,),
                daily_note=_air_daily_no(105),
            ),
            basis(
                article(
                    CODE,
                    1117,
                    "违反本法规定，单位燃用不符合质量标准的煤炭或者使用不符合质量标准的石油焦的，"
                    "由生态环境主管部门责令改正，处货值金额一倍以上五倍以下的罚款。",
                ),
                _GOODS_1_5,
                enforcers=(_ECO,),
                measures=(_CORRECT,),
                daily_note=_CODE_DAILY_USE,
            ),
            keywords=("燃用", "劣质煤", "煤炭", "石油焦", "substandard coal"),
        ),
        kind(
            "air.ship-substandard-fuel",
            "船舶使用不符合标准或者要求的燃油",
            "ship using fuel oil that falls short of the standard or requirements",
            "air",
            basis(
                article(
                    AIR,
                    106,
                    "违反本法规定，使用不符合标准或者要求的船舶用燃油的，由海事管理机构、渔业主管"
                    "部门按照职责处一万元以上十万元以下的罚款。",
                ),
                _Y10K_100K,
                enforcers=(_MARITIME, _FISHERY),
                daily_note=_air_daily_no(106),
            ),
            basis(
                article(
                    CODE,
                    1118,
                    "违反本法规定，船舶使用不符合标准或者要求的燃油的，由海事管理机构、渔业渔政主管"
                    "部门按照职责分工处一万元以上十万元以下的罚款。",
                ),
                _Y10K_100K,
                enforcers=(_MARITIME, _FISHERY),
                daily_note=_CODE_DAILY_USE,
            ),
            keywords=("船舶", "燃油", "船用燃油", "硫含量", "ship fuel"),
        ),
    ]
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Art. 1119: high-pollution fuel in no-burning zones, coal-fired heating boilers, boilers.

_BOILER_ITEMS = (
    (
        "air.high-pollution-fuel-facility-in-ban-zone",
        "在禁燃区内新建、扩建燃用高污染燃料的设施",
        "building or extending a facility burning high-pollution fuel in a no-burning zone",
        ("禁燃区", "高污染燃料", "新建", "no-burning zone"),
        "（一）在禁燃区内新建、扩建燃用高污染燃料的设施；",
        "违反本法规定，在禁燃区内新建、扩建燃用高污染燃料的设施",
    ),
    (
        "air.high-pollution-fuel-burning-in-ban-zone",
        "在禁燃区内未停止燃用高污染燃料",
        "not stopping burning high-pollution fuel in a no-burning zone",
        ("禁燃区", "高污染燃料", "燃用", "散煤", "no-burning zone"),
        "（二）在禁燃区内未停止燃用高污染燃料；",
        "或者未按照规定停止燃用高污染燃料",
    ),
    (
        "air.coal-boiler-in-heating-network-area",
        "在城市集中供热管网覆盖地区新建、扩建分散燃煤供热锅炉",
        (
            "building or extending a dispersed coal-fired heating boiler where the district "
            "heating network reaches"
        ),
        ("燃煤锅炉", "集中供热", "供热锅炉", "coal-fired boiler"),
        "（三）在城市集中供热管网覆盖地区新建、扩建分散燃煤供热锅炉；",
        "或者在城市集中供热管网覆盖地区新建、扩建分散燃煤供热锅炉",
    ),
    (
        "air.coal-boiler-not-demolished",
        "未在要求期限内拆除已建成的不能达标排放的燃煤供热锅炉",
        (
            "not demolishing in time a coal-fired heating boiler that cannot meet the emission "
            "standard"
        ),
        ("燃煤锅炉", "拆除", "淘汰", "coal-fired boiler"),
        "（四）未在要求期限内拆除已建成的不能达标排放的燃煤供热锅炉。",
        "或者未按照规定拆除已建成的不能达标排放的燃煤供热锅炉的，",
    ),
)


def _k1119() -> tuple[dict[str, object], ...]:
    out: list[dict[str, object]] = [
        kind(
            kind_id,
            name_zh,
            name_en,
            "air",
            basis(
                article(
                    AIR,
                    107,
                    (old_part if number == 1 else f"违反本法规定，……{old_part}")
                    + "……"
                    + _A107_FINE,
                    paragraph=1,
                    note="Art. 107 ¶1 lists the four conducts in one sentence, without items.",
                ),
                _Y20K_200K,
                enforcers=(_ECO,),
                measures=(_ITEMS, _DEMOLISH),
                daily_note=_air_daily_no(107),
            ),
            basis(
                _cite(CODE, 1119, _C1119, code_text, number, paragraph=1),
                _Y20K_200K,
                enforcers=(_ECO,),
                measures=(_ITEMS, _DEMOLISH),
                daily_note=_CODE_DAILY_USE,
            ),
            keywords=keywords,
        )
        for number, (kind_id, name_zh, name_en, keywords, code_text, old_part) in enumerate(
            _BOILER_ITEMS, start=1
        )
    ]
    old_boiler = article(
        AIR,
        107,
        "违反本法规定，生产、进口、销售或者使用不符合规定标准或者要求的锅炉，由县级以上人民政府"
        "市场监督管理、生态环境主管部门责令改正，没收违法所得，并处二万元以上二十万元以下的罚款。",
        paragraph=2,
        note="One sentence for making, importing, selling and using; the two departments act by "
        "their duties (market regulation for products, ecology and environment for use).",
    )
    out += [
        kind(
            "air.nonconforming-boiler-production-sale",
            "生产、进口、销售不符合规定标准或者要求的锅炉",
            "making, importing or selling a boiler that falls short of the standards or "
            "requirements",
            "air",
            basis(
                old_boiler,
                _Y20K_200K,
                enforcers=(_MARKET, _ECO),
                measures=(_CORRECT, _GAINS),
                daily_note=_air_daily_no(107),
            ),
            basis(
                article(
                    CODE,
                    1119,
                    "违反本法规定，生产、进口、销售不符合规定标准或者要求的锅炉的，由市场监督管理部门"
                    "责令改正，没收违法所得，并处二万元以上二十万元以下的罚款；",
                    paragraph=2,
                ),
                _Y20K_200K,
                enforcers=(_MARKET,),
                measures=(_CORRECT, _GAINS),
                daily_note=_CODE_DAILY_PRODUCT,
            ),
            keywords=("锅炉", "生产", "销售", "进口", "boiler"),
        ),
        kind(
            "air.nonconforming-boiler-use",
            "使用不符合规定标准或者要求的锅炉",
            "using a boiler that falls short of the standards or requirements",
            "air",
            basis(
                old_boiler,
                _Y20K_200K,
                enforcers=(_MARKET, _ECO),
                measures=(_CORRECT, _GAINS),
                daily_note=_air_daily_no(107),
            ),
            basis(
                article(
                    CODE,
                    1119,
                    "违反本法规定，……使用不符合规定标准或者要求的锅炉的，由生态环境主管部门责令改正，"
                    "没收违法所得，并处二万元以上二十万元以下的罚款。",
                    paragraph=2,
                ),
                _Y20K_200K,
                enforcers=(_ECO,),
                measures=(_CORRECT, _GAINS),
                daily_note=_CODE_DAILY_USE,
            ),
            keywords=("锅炉", "使用", "boiler"),
        ),
    ]
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Art. 1120: VOCs, solvent leaks, vapour recovery, industrial dust, combustible gas.


def _k1120() -> tuple[dict[str, object], ...]:
    def both(
        kind_id: str,
        name_zh: str,
        name_en: str,
        category: str,
        old: Citation,
        new: Citation,
        keywords: tuple[str, ...],
        *,
        fugitive: bool = False,
    ) -> dict[str, object]:
        old_concurrent = (_permit_35(_PERMIT_NOTE_OLD),) if fugitive else ()
        new_concurrent = (_permit_35(_PERMIT_NOTE_CODE),) if fugitive else ()
        return kind(
            kind_id,
            name_zh,
            name_en,
            category,
            basis(
                old,
                _Y20K_200K,
                enforcers=(_ECO,),
                measures=(_CORRECT, _RESTRICT),
                daily_note=_air_daily_no(108),
                concurrent=old_concurrent,
            ),
            basis(
                new,
                _Y20K_200K,
                enforcers=(_ECO,),
                measures=(_CORRECT, _RESTRICT),
                daily_note=_CODE_DAILY_MEASURE,
                concurrent=new_concurrent,
            ),
            keywords=keywords,
        )

    return (
        both(
            "air.coating-low-voc-not-used",
            "工业涂装企业等未使用低挥发性有机物含量的原辅材料和产品",
            "industrial coating works not using low-VOC raw materials and products",
            "air",
            _cite(
                AIR,
                108,
                _A108,
                "（二）工业涂装企业未使用低挥发性有机物含量涂料",
                2,
                note="The rest of Art. 108 (2) (未建立、保存台账) went to Code Art. 1086 ¶1 (1) "
                "(Section 1, ledgers), not to Art. 1120.",
            ),
            _cite(
                CODE,
                1120,
                _C1120,
                "（一）工业涂装企业等未使用低挥发性有机物含量的原辅材料和产品；",
                1,
                paragraph=1,
            ),
            ("挥发性有机物", "VOCs", "涂装", "低VOC", "涂料", "coating"),
        ),
        both(
            "air.voc-process-not-enclosed",
            "产生含挥发性有机物废气的生产活动未在密闭空间或者设备中进行、未安装使用污染防治设施",
            "VOC-emitting production not in closed spaces or equipment, without pollution control "
            "facilities or waste-gas reduction measures",
            "air",
            _cite(
                AIR,
                108,
                _A108,
                "（一）产生含挥发性有机物废气的生产和服务活动，未在密闭空间或者设备中进行，未按照"
                "规定安装、使用污染防治设施，或者未采取减少废气排放措施的；",
                1,
            ),
            _cite(
                CODE,
                1120,
                _C1120,
                "（二）生产和使用产生含挥发性有机物原辅材料和产品，未在密闭空间或者设备中进行并安装、"
                "使用污染防治设施或者未采取减少废气排放措施；",
                2,
                paragraph=1,
                note="大气污染防治法 Art. 108 (1) also named 服务活动; the Code names production "
                "and use of VOC-bearing materials.",
            ),
            ("挥发性有机物", "VOCs", "密闭", "无组织排放", "废气", "enclosed"),
            fugitive=True,
        ),
        both(
            "air.solvent-leak-not-controlled",
            "石油、化工等企业未对管道、设备进行日常维护、维修或者对泄漏的物料未及时收集处理",
            "petroleum, chemical or solvent-using works not maintaining pipes and equipment or not "
            "collecting leaked material",
            "air",
            _cite(
                AIR,
                108,
                _A108,
                "（三）石油、化工以及其他生产和使用有机溶剂的企业，未采取措施对管道、设备进行日常"
                "维护、维修，减少物料泄漏或者对泄漏的物料未及时收集处理的；",
                3,
            ),
            _cite(
                CODE,
                1120,
                _C1120,
                "（三）石油、化工以及其他生产和使用有机溶剂的企业，未采取措施对管道、设备进行日常"
                "维护、维修，或者对泄漏的物料未及时收集处理；",
                3,
                paragraph=1,
            ),
            ("泄漏", "有机溶剂", "LDAR", "管道", "化工", "leak"),
            fugitive=True,
        ),
        both(
            "air.vapour-recovery-not-used",
            "储油库、加油站和油罐车等未按照国家规定安装并正常使用油气回收装置",
            "oil depot, filling station or tank truck without a working vapour recovery system",
            "air",
            _cite(
                AIR,
                108,
                _A108,
                "（四）储油储气库、加油加气站和油罐车、气罐车等，未按照国家有关规定安装并正常使用"
                "油气回收装置的；",
                4,
            ),
            _cite(
                CODE,
                1120,
                _C1120,
                "（四）储油库、加油站和油罐车等，未按照国家规定安装并正常使用油气回收装置；",
                4,
                paragraph=1,
                note="The Code no longer names gas depots, gas stations and gas tank trucks "
                "(储气库、加气站、气罐车); for them an earlier act is judged by the lighter new "
                "law (行政处罚法 Art. 37), under which only 等 could reach them.",
            ),
            ("油气回收", "加油站", "储油库", "油罐车", "vapour recovery"),
        ),
        both(
            "dust.industrial-not-enclosed",
            "钢铁、建材、矿产等企业未采取密闭、围挡、遮盖等措施控制扬尘",
            "steel, building-material or mining works not enclosing or covering to control dust",
            "dust",
            _cite(
                AIR,
                108,
                _A108,
                "（五）钢铁、建材、有色金属、石油、化工、制药、矿产开采等企业，未采取集中收集处理、"
                "密闭、围挡、遮盖、清扫、洒水等措施，控制、减少粉尘和气态污染物排放的；",
                5,
            ),
            _cite(
                CODE,
                1120,
                _C1120,
                "（五）钢铁、建材、有色金属、石油、化工、制药、矿产开采企业和其他工业生产企业，"
                "未采取集中收集处理、密闭、围挡、遮盖、清扫、洒水等措施，控制、减少粉尘和气态"
                "污染物的排放；",
                5,
                paragraph=1,
            ),
            ("扬尘", "粉尘", "密闭", "围挡", "工业企业", "industrial dust"),
            fugitive=True,
        ),
        both(
            "air.combustible-gas-not-recovered",
            "可燃性气体未回收利用，不具备回收利用条件未进行污染防治处理",
            "combustible gas from industry or landfills neither recovered nor, where recovery is "
            "impossible, treated",
            "air",
            _cite(
                AIR,
                108,
                _A108,
                "（六）工业生产、垃圾填埋或者其他活动中产生的可燃性气体未回收利用，不具备回收利用"
                "条件未进行防治污染处理",
                6,
            ),
            _cite(
                CODE,
                1120,
                _C1120,
                "（六）工业生产、垃圾填埋或者其他活动产生的可燃性气体未回收利用，不具备回收利用条件"
                "未进行污染防治处理；",
                6,
                paragraph=1,
            ),
            ("可燃性气体", "回收利用", "填埋气", "combustible gas"),
        ),
        both(
            "air.combustible-gas-recovery-not-repaired",
            "可燃性气体回收利用装置不能正常作业，未及时修复或者更新",
            "combustible gas recovery unit out of order and not repaired or replaced in time",
            "air",
            _cite(
                AIR,
                108,
                _A108,
                "或者可燃性气体回收利用装置不能正常作业，未及时修复或者更新的。",
                6,
                note="The second conduct of Art. 108 (6); the Code made it an item of its own.",
            ),
            _cite(
                CODE,
                1120,
                _C1120,
                "（七）可燃性气体回收利用装置不能正常作业，未及时修复或者更新；",
                7,
                paragraph=1,
            ),
            ("可燃性气体", "回收利用装置", "修复", "combustible gas"),
        ),
        kind(
            "air.combustible-gas-vented-uncontrolled",
            "在可燃性气体回收利用装置不能正常作业期间排放可燃性气体，未采取控制大气污染物排放措施",
            "venting combustible gas while the recovery unit is out of order without emission "
            "controls",
            "air",
            basis(
                _cite(
                    CODE,
                    1120,
                    _C1120,
                    "（八）在可燃性气体回收利用装置不能正常作业期间排放可燃性气体，未采取控制大气"
                    "污染物排放措施。",
                    8,
                    paragraph=1,
                    note="New in the Code: 大气污染防治法 Art. 49 ¶2 set the duty (充分燃烧或者采取"
                    "其他控制大气污染物排放的措施) but Art. 108 (6) did not fine it; no earlier basis; "
                    "an earlier act is not penalised (行政处罚法 Art. 37).",
                ),
                _Y20K_200K,
                enforcers=(_ECO,),
                measures=(_CORRECT, _RESTRICT),
                daily_penalty=_CODE_DAILY,
                daily_note="Venting the gas without controls is an unlawful discharge of air "
                "pollutants, which Code Art. 1060 ¶1 reaches (a reading: the item fines the "
                "discharge made without the required controls).",
            ),
            keywords=("可燃性气体", "火炬", "排放", "combustible gas", "venting"),
        ),
        kind(
            "air.vapour-recovery-not-used-wharf-ship-rail",
            "原油成品油码头、原油成品油运输船舶、铁路罐车未按照国家规定安装并正常使用油气回收装置",
            "crude or product oil wharf, tanker ship or rail tank car without a working vapour "
            "recovery system",
            "air",
            basis(
                article(
                    CODE,
                    1120,
                    "由生态环境主管部门责令改正，处二万元以上二十万元以下的罚款；拒不改正的，责令停产"
                    "整治……违反本法规定，原油成品油码头、原油成品油运输船舶、铁路罐车未按照国家规定"
                    "安装并正常使用油气回收装置的，由生态环境、交通运输、海事管理等部门按照职责分工，"
                    "依照前款规定予以处罚。",
                    paragraph=2,
                    note="New in the Code: 大气污染防治法 Art. 47 ¶2 required wharves and tanker "
                    "ships to install vapour recovery, but Art. 108 (4) fined only 储油储气库、"
                    "加油加气站和油罐车、气罐车等 (rail tank cars were named nowhere); ecoreg does not "
                    "read 等 as reaching them (unsettled). No earlier basis; an earlier act is not "
                    "penalised (行政处罚法 Art. 37).",
                ),
                _Y20K_200K,
                enforcers=(_ECO, _TRANSPORT, _MARITIME, _SUP),
                measures=(_CORRECT, _RESTRICT),
                daily_note=_CODE_DAILY_MEASURE,
            ),
            keywords=("油气回收", "码头", "油轮", "铁路罐车", "vapour recovery", "wharf"),
        ),
    )


# ---------------------------------------------------------------------------------------------
# Arts. 1121–1127: vehicles, ships, engines and non-road machinery.


def _k1121_1127() -> tuple[dict[str, object], ...]:
    owner_old = article(
        AIR,
        112,
        _A112_3 + "对机动车所有人处五千元的罚款；",
        paragraph=3,
        note="A fixed 5,000 yuan on the owner, not counted per vehicle; the conduct reached motor "
        "vehicles only (ships and non-road machinery are new in the Code, and 篡改、屏蔽、拆除 "
        "beyond the on-board diagnostics are the Code's words).",
    )
    repairer_old = article(
        AIR,
        112,
        _A112_3 + "……对机动车维修单位处每辆机动车五千元的罚款。",
        paragraph=3,
        note="Motor vehicles only; ships and non-road machinery are new in the Code.",
    )
    return (
        kind(
            "air.nonconforming-vehicle-production",
            "生产不符合大气污染物排放标准的机动车船、非道路移动机械、发动机",
            "producing vehicles, ships, non-road machinery or engines that exceed the emission "
            "standard",
            "air",
            basis(
                article(
                    AIR,
                    109,
                    "违反本法规定，生产超过污染物排放标准的机动车、非道路移动机械的，由省级以上人民"
                    "政府生态环境主管部门责令改正，没收违法所得，并处货值金额一倍以上三倍以下的罚款，"
                    "没收销毁无法达到污染物排放标准的机动车、非道路移动机械；拒不改正的，责令停产整治，"
                    "并由国务院机动车生产主管部门责令停止生产该车型。",
                    paragraph=1,
                    note="Motor vehicles and non-road machinery only; ships and engines are new in "
                    "the Code (an earlier act is not penalised, 行政处罚法 Art. 37).",
                ),
                _GOODS_1_3,
                enforcers=(_PROV,),
                measures=(_CORRECT, _GAINS, _ITEMS, _RESTRICT, _STOP),
                daily_note=_air_daily_no(109),
            ),
            basis(
                article(
                    CODE,
                    1121,
                    "违反本法规定，生产不符合大气污染物排放标准的机动车船、非道路移动机械、发动机的，"
                    "由省级以上人民政府生态环境主管部门责令改正，没收违法所得，并处货值金额三倍以下的"
                    "罚款，没收销毁无法达到污染物排放标准的机动车船、非道路移动机械、发动机；拒不改正"
                    "的，责令限制生产、停产整治，并由国务院有关生产主管部门按照职责分工责令停止生产该"
                    "车（船、机）型。",
                    paragraph=1,
                ),
                multiple("goods_value", None, 3),
                enforcers=(_PROV,),
                measures=(_CORRECT, _GAINS, _ITEMS, _RESTRICT, _STOP),
                daily_note=_CODE_DAILY_PRODUCT,
            ),
            keywords=("机动车", "排放标准", "生产企业", "非道路移动机械", "vehicle production"),
        ),
        kind(
            "air.emission-fraud-by-manufacturer",
            "生产企业对发动机、排放控制系统弄虚作假、以次充好，冒充排放检验合格产品出厂销售",
            "manufacturer faking engines or emission control systems and selling them as passing "
            "the emission test",
            "air",
            basis(
                article(
                    AIR,
                    109,
                    "违反本法规定，机动车、非道路移动机械生产企业对发动机、污染控制装置弄虚作假、以次"
                    "充好，冒充排放检验合格产品出厂销售的，由省级以上人民政府生态环境主管部门责令停产"
                    "整治，没收违法所得，并处货值金额一倍以上三倍以下的罚款，没收销毁无法达到污染物"
                    "排放标准的机动车、非道路移动机械，并由国务院机动车生产主管部门责令停止生产该车型。",
                    paragraph=2,
                    note="Vehicle and machinery makers only; engine makers are new in the Code.",
                ),
                _GOODS_1_3,
                enforcers=(_PROV,),
                measures=(_RESTRICT, _GAINS, _ITEMS, _STOP),
                daily_note=_air_daily_no(109),
            ),
            basis(
                article(
                    CODE,
                    1121,
                    "违反本法规定，机动车、非道路移动机械、发动机生产企业对发动机、排放控制系统弄虚"
                    "作假、以次充好，冒充排放检验合格产品出厂销售的，由省级以上人民政府生态环境主管"
                    "部门责令停产整治，没收违法所得，并处货值金额一倍以上三倍以下的罚款，没收销毁无法"
                    "达到污染物排放标准的机动车、非道路移动机械、发动机，并由国务院有关生产主管部门"
                    "按照职责分工责令停止生产该车（机）型。",
                    paragraph=2,
                ),
                _GOODS_1_3,
                enforcers=(_PROV,),
                measures=(_RESTRICT, _GAINS, _ITEMS, _STOP),
                daily_note=_CODE_DAILY_PRODUCT,
            ),
            keywords=("弄虚作假", "以次充好", "排放控制系统", "发动机", "emission fraud"),
        ),
        kind(
            "air.nonconforming-vehicle-import-sale",
            "进口、销售超过污染物排放标准的机动车船、非道路移动机械、发动机",
            "importing or selling vehicles, ships, non-road machinery or engines that exceed the "
            "emission standard",
            "air",
            basis(
                article(
                    AIR,
                    110,
                    "违反本法规定，进口、销售超过污染物排放标准的机动车、非道路移动机械的，由县级以上"
                    "人民政府市场监督管理部门、海关按照职责没收违法所得，并处货值金额一倍以上三倍以下"
                    "的罚款，没收销毁无法达到污染物排放标准的机动车、非道路移动机械；",
                    paragraph=1,
                    note="Motor vehicles and non-road machinery only; ships and engines are new in "
                    "the Code (an earlier act is not penalised, 行政处罚法 Art. 37).",
                ),
                _GOODS_1_3,
                enforcers=(_MARKET, _CUSTOMS),
                measures=(_GAINS, _ITEMS),
                daily_note=_air_daily_no(110),
            ),
            basis(
                article(
                    CODE,
                    1122,
                    "违反本法规定，进口、销售超过污染物排放标准的机动车船、非道路移动机械、发动机的，"
                    "由市场监督管理部门、海关按照职责分工没收违法所得，并处货值金额三倍以下的罚款，"
                    "没收销毁无法达到污染物排放标准的机动车船、非道路移动机械、发动机。",
                ),
                multiple("goods_value", None, 3),
                enforcers=(_MARKET, _CUSTOMS),
                measures=(_GAINS, _ITEMS),
                daily_note=_CODE_DAILY_PRODUCT,
            ),
            keywords=("进口", "销售", "超标车辆", "机动车", "vehicle sale"),
        ),
        kind(
            "air.emission-info-not-disclosed",
            "机动车、非道路移动机械生产、进口企业未按照规定公开排放检验信息或者污染控制技术信息",
            "vehicle or machinery maker or importer not disclosing emission test or pollution "
            "control information",
            "air",
            basis(
                article(
                    AIR,
                    111,
                    "违反本法规定，机动车生产、进口企业未按照规定向社会公布其生产、进口机动车车型的"
                    "排放检验信息或者污染控制技术信息的，由省级以上人民政府生态环境主管部门责令改正，"
                    "处五万元以上五十万元以下的罚款。",
                    paragraph=1,
                    note="Motor vehicle makers and importers only; non-road machinery is new in "
                    "the Code.",
                ),
                _Y50K_500K,
                enforcers=(_PROV,),
                measures=(_CORRECT,),
                daily_note=_air_daily_no(111),
            ),
            basis(
                article(
                    CODE,
                    1123,
                    "违反本法规定，机动车、非道路移动机械生产、进口企业未按照规定向社会公开其生产、"
                    "进口机动车车型、非道路移动机械机型的排放检验信息或者污染控制技术信息的，由省级"
                    "以上人民政府生态环境主管部门责令改正，处五万元以上五十万元以下的罚款。",
                    paragraph=1,
                ),
                _Y50K_500K,
                enforcers=(_PROV,),
                measures=(_CORRECT,),
                daily_note=_CODE_DAILY_PRODUCT,
            ),
            keywords=("信息公开", "排放检验信息", "环保信息公开", "disclosure"),
        ),
        kind(
            "air.repair-info-not-disclosed",
            "机动车、非道路移动机械生产、进口企业未按照规定公开有关维修技术信息",
            "vehicle or machinery maker or importer not disclosing repair technical information",
            "air",
            basis(
                article(
                    AIR,
                    111,
                    "违反本法规定，机动车生产、进口企业未按照规定向社会公布其生产、进口机动车车型的"
                    "有关维修技术信息的，由省级以上人民政府交通运输主管部门责令改正，处五万元以上"
                    "五十万元以下的罚款。",
                    paragraph=2,
                    note="Motor vehicle makers and importers only; non-road machinery is new in "
                    "the Code.",
                ),
                _Y50K_500K,
                enforcers=(_TRANSPORT,),
                measures=(_CORRECT,),
                daily_note=_air_daily_no(111),
            ),
            basis(
                article(
                    CODE,
                    1123,
                    "违反本法规定，机动车、非道路移动机械生产、进口企业未按照规定向社会公开其生产、"
                    "进口机动车车型、非道路移动机械机型的有关维修技术信息的，由省级以上人民政府交通"
                    "运输主管部门责令改正，处五万元以上五十万元以下的罚款。",
                    paragraph=2,
                ),
                _Y50K_500K,
                enforcers=(_TRANSPORT,),
                measures=(_CORRECT,),
                daily_note=_CODE_DAILY_PRODUCT,
            ),
            keywords=("维修技术信息", "信息公开", "repair information"),
        ),
        kind(
            "air.emission-control-tampering-owner",
            "所有人以弄虚作假方式通过排放检验或者破坏、拆除、篡改排放控制系统",
            "owner passing the emission test by fraud or tampering with the emission control "
            "system (owner's fine)",
            "air",
            basis(
                owner_old,
                fixed(5_000),
                enforcers=(_ECO,),
                measures=(_CORRECT,),
                daily_note=_air_daily_no(112),
            ),
            basis(
                article(CODE, 1124, _C1124 + "对所有人处每辆（艘）五千元的罚款，"),
                per_unit("vehicle_or_ship", None, 5_000, fixed=True),
                enforcers=(_ECO, _MARITIME, _FISHERY),
                measures=(_CORRECT,),
                daily_note=_CODE_DAILY_USE,
            ),
            keywords=("排放检验", "篡改", "屏蔽", "OBD", "尾气", "tampering"),
        ),
        kind(
            "air.emission-control-tampering-repairer",
            "维修单位以弄虚作假方式通过排放检验或者破坏、拆除、篡改排放控制系统",
            "repair shop helping pass the emission test by fraud or tampering with the emission "
            "control system (repair shop's fine)",
            "air",
            basis(
                repairer_old,
                per_unit("vehicle", None, 5_000, fixed=True),
                enforcers=(_ECO,),
                measures=(_CORRECT,),
                daily_note=_air_daily_no(112),
            ),
            basis(
                article(CODE, 1124, _C1124 + "……对维修单位处每辆（艘）五千元的罚款。"),
                per_unit("vehicle_or_ship", None, 5_000, fixed=True),
                enforcers=(_ECO, _MARITIME, _FISHERY),
                measures=(_CORRECT,),
                daily_note=_CODE_DAILY_USE,
            ),
            keywords=("维修单位", "排放检验", "篡改", "OBD", "repair shop", "tampering"),
        ),
        kind(
            "air.defeat-device-production-sale",
            "生产、进口或者销售能够篡改、屏蔽、伪造排放检验数据的装置或者为虚假排放检验提供条件的"
            "检验设备",
            "making, importing or selling defeat devices or test equipment for faked emission "
            "tests",
            "air",
            basis(
                article(
                    CODE,
                    1125,
                    "违反本法规定，生产、进口或者销售能够篡改、屏蔽、伪造机动车船、非道路移动机械、"
                    "发动机排放检验数据的装置或者为虚假排放检验提供条件的检验设备的，由生态环境主管"
                    "部门、市场监督管理部门、海关按照职责分工没收违法所得，没收销毁违法装置和检验设备，"
                    "并处货值金额一倍以上五倍以下的罚款，货值金额不足五万元的，以五万元计算；情节严重"
                    "的，报经有批准权的人民政府批准，责令停业、关闭。",
                    note=_NEW,
                ),
                multiple("goods_value", 1, 5, floor=50_000),
                enforcers=(_ECO, _MARKET, _CUSTOMS),
                measures=(_GAINS, _ITEMS, _CLOSE),
                daily_note=_CODE_DAILY_PRODUCT,
            ),
            keywords=("作弊装置", "屏蔽器", "排放检验数据", "检验设备", "defeat device"),
        ),
        kind(
            "air.nonconforming-machinery-use",
            "使用排放不合格的非道路移动机械、铁路内燃机车、船舶",
            "using non-road machinery, diesel locomotives or ships whose emissions fail the "
            "standard",
            "air",
            basis(
                article(
                    AIR,
                    114,
                    "违反本法规定，使用排放不合格的非道路移动机械……" + _A114_FINE,
                    paragraph=1,
                    note="A fixed 5,000 yuan, not counted per machine. Non-road machinery only: "
                    "diesel locomotives and ships are new in the Code (an earlier act is not "
                    "penalised, 行政处罚法 Art. 37).",
                ),
                fixed(5_000),
                enforcers=(_ECO, _SUP),
                measures=(_CORRECT,),
                daily_note=_air_daily_no(114),
            ),
            basis(
                article(
                    CODE,
                    1127,
                    "违反本法规定，使用排放不合格的非道路移动机械、铁路内燃机车、船舶……"
                    + _C1127_FINE,
                    paragraph=1,
                ),
                per_unit("vehicle_or_ship", None, 5_000, fixed=True),
                enforcers=(_ECO, _MARITIME, _FISHERY, _SUP),
                measures=(_CORRECT,),
                daily_note=_CODE_DAILY_USE,
            ),
            keywords=("非道路移动机械", "冒黑烟", "排放不合格", "船舶", "non-road machinery"),
        ),
        kind(
            "air.heavy-vehicle-no-retrofit",
            "在用重型汽车、船舶、非道路移动机械未加装、更换符合要求的排放控制系统",
            "heavy vehicles, ships or non-road machinery in use not fitted with or not replacing "
            "the required emission control system",
            "air",
            basis(
                article(
                    AIR,
                    114,
                    "违反本法规定，……或者在用重型柴油车、非道路移动机械未按照规定加装、更换污染控制装置"
                    "的，" + _A114_FINE,
                    paragraph=1,
                    note="A fixed 5,000 yuan, not counted per vehicle. Heavy diesel vehicles and "
                    "non-road machinery only: ships and other heavy vehicles are new in the Code.",
                ),
                fixed(5_000),
                enforcers=(_ECO, _SUP),
                measures=(_CORRECT,),
                daily_note=_air_daily_no(114),
            ),
            basis(
                article(
                    CODE,
                    1127,
                    "违反本法规定，……或者在用重型汽车、船舶、非道路移动机械未加装、更换符合要求的"
                    "排放控制系统或者采取其他有效措施的，" + _C1127_FINE,
                    paragraph=1,
                ),
                per_unit("vehicle_or_ship", None, 5_000, fixed=True),
                enforcers=(_ECO, _MARITIME, _FISHERY, _SUP),
                measures=(_CORRECT,),
                daily_note=_CODE_DAILY_USE,
            ),
            keywords=("重型柴油车", "加装", "排放控制装置", "DPF", "retrofit"),
        ),
        kind(
            "air.high-emission-machinery-in-ban-zone",
            "在禁止使用高排放非道路移动机械的区域使用高排放非道路移动机械",
            "using high-emission non-road machinery in a zone where it is banned",
            "air",
            basis(
                article(
                    AIR,
                    114,
                    "违反本法规定，在禁止使用高排放非道路移动机械的区域使用高排放非道路移动机械的，"
                    "由城市人民政府生态环境等主管部门依法予以处罚。",
                    paragraph=2,
                ),
                unspecified(
                    "大气污染防治法 Art. 114 ¶2 makes the conduct a violation and has the city's "
                    "ecology and environment (and other) departments punish it 依法, with no amount "
                    "of its own; no encoded instrument sets one. ecoreg cannot decide the fine: "
                    "look to the local regulations in force at the time of the act."
                ),
                enforcers=(_ECO, _SUP),
                daily_note=_air_daily_no(114),
            ),
            basis(
                article(
                    CODE,
                    1127,
                    "违反本法规定，在禁止使用高排放非道路移动机械的区域使用高排放非道路移动机械的，"
                    "由生态环境主管部门责令改正，处每辆五千元的罚款。",
                    paragraph=2,
                ),
                per_unit("vehicle", None, 5_000, fixed=True),
                enforcers=(_ECO,),
                measures=(_CORRECT,),
                daily_note=_CODE_DAILY_USE,
            ),
            keywords=("高排放", "非道路移动机械", "禁用区", "low-emission zone"),
        ),
    )


# ---------------------------------------------------------------------------------------------
# Arts. 1128–1130: construction dust, bulk transport, materials and site dust, toxic
# pollutants, POPs, odours.


def _k1128_1129() -> tuple[dict[str, object], ...]:
    construction_daily = (
        "大气污染防治法 Art. 123 (4) allows the daily penalty for 建筑施工……未采取有效措施防治扬尘"
        "污染, which is this conduct."
    )
    return (
        kind(
            "dust.construction-site-no-dust-control",
            "施工工地未设置硬质围挡，或者未采取覆盖、洒水抑尘、冲洗地面和车辆等有效防尘降尘措施",
            "construction site without hard hoarding or effective dust control (covering, "
            "sprinkling, washing roads and vehicles)",
            "dust",
            basis(
                _cite(
                    AIR,
                    115,
                    _A115,
                    "（一）施工工地未设置硬质围挡，或者未采取覆盖、分段作业、择时施工、洒水抑尘、"
                    "冲洗地面和车辆等有效防尘降尘措施的；",
                    1,
                    paragraph=1,
                ),
                _Y10K_100K,
                enforcers=(_HOUSING, _SUP),
                measures=(_CORRECT, _RESTRICT),
                daily_penalty=_AIR_DAILY_4,
                daily_note=construction_daily,
            ),
            basis(
                _cite(
                    CODE,
                    1128,
                    _C1128,
                    "（一）施工工地未设置硬质围挡，或者未采取覆盖、分段作业、择时施工、洒水抑尘、"
                    "冲洗地面和车辆等有效防尘降尘措施；",
                    1,
                    paragraph=1,
                ),
                _Y10K_100K,
                enforcers=(_HOUSING, _SUP),
                measures=(_CORRECT, _RESTRICT),
                daily_note=_CODE_DAILY_MEASURE,
            ),
            keywords=("施工扬尘", "围挡", "洒水", "工地", "construction dust"),
        ),
        kind(
            "dust.construction-earth-not-cleared-or-covered",
            "建筑土方未及时清运，或者在场地内堆存时未采用密闭式防尘网遮盖",
            "construction earth not removed in time or, stored on site, not covered with dust "
            "netting",
            "dust",
            basis(
                _cite(
                    AIR,
                    115,
                    _A115,
                    "（二）建筑土方、工程渣土、建筑垃圾未及时清运，或者未采用密闭式防尘网遮盖的。",
                    2,
                    paragraph=1,
                    note="The Code keeps 建筑土方 here; construction waste (工程渣土、建筑垃圾) not "
                    "removed in time is fined under the Code's solid-waste section (Art. 1174).",
                ),
                _Y10K_100K,
                enforcers=(_HOUSING, _SUP),
                measures=(_CORRECT, _RESTRICT),
                daily_penalty=_AIR_DAILY_4,
                daily_note=construction_daily,
            ),
            basis(
                _cite(
                    CODE,
                    1128,
                    _C1128,
                    "（二）建筑土方未及时清运，或者在场地内堆存时未采用密闭式防尘网遮盖。",
                    2,
                    paragraph=1,
                ),
                _Y10K_100K,
                enforcers=(_HOUSING, _SUP),
                measures=(_CORRECT, _RESTRICT),
                daily_note=_CODE_DAILY_MEASURE,
            ),
            keywords=("土方", "渣土", "防尘网", "清运", "construction dust"),
        ),
        kind(
            "dust.bare-construction-land-not-covered",
            "建设单位未对暂时不能开工的建设用地的裸露地面进行覆盖、绿化、铺装或者遮盖",
            "developer not covering, greening or paving bare land of a site that cannot start work",
            "dust",
            basis(
                article(
                    AIR,
                    115,
                    "由县级以上人民政府住房城乡建设等主管部门按照职责责令改正，处一万元以上十万元以下"
                    "的罚款；拒不改正的，责令停工整治……违反本法规定，建设单位未对暂时不能开工的建设"
                    "用地的裸露地面进行覆盖，或者未对超过三个月不能开工的建设用地的裸露地面进行绿化、"
                    "铺装或者遮盖的，由县级以上人民政府住房城乡建设等主管部门依照前款规定予以处罚。",
                    paragraph=2,
                ),
                _Y10K_100K,
                enforcers=(_HOUSING, _SUP),
                measures=(_CORRECT, _RESTRICT),
                daily_note="大气污染防治法 Art. 123 (4) names 建筑施工 and storage of dusty "
                "material; bare land of a site where work has not started is neither (a reading): "
                "no daily penalty.",
            ),
            basis(
                article(
                    CODE,
                    1128,
                    "由住房城乡建设等部门按照职责分工责令改正，处一万元以上十万元以下的罚款；拒不改正"
                    "的，责令停工整治……违反本法规定，建设单位未对暂时不能开工的建设用地的裸露地面进行"
                    "覆盖，或者未对超过三个月不能开工的建设用地的裸露地面进行绿化、铺装或者遮盖的，由"
                    "住房城乡建设等部门按照职责分工依照前款规定予以处罚。",
                    paragraph=2,
                ),
                _Y10K_100K,
                enforcers=(_HOUSING, _SUP),
                measures=(_CORRECT, _RESTRICT),
                daily_note=_CODE_DAILY_MEASURE,
            ),
            keywords=("裸土", "裸露地面", "建设单位", "覆盖", "bare land"),
        ),
        kind(
            "dust.bulk-transport-spillage",
            "运输散装、流体物料的车辆和船舶未采取密闭或者其他措施防止物料遗撒",
            "vehicles or ships carrying bulk or fluid material without enclosure or other "
            "measures against spillage",
            "dust",
            basis(
                article(
                    AIR,
                    116,
                    "违反本法规定，运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆，未采取"
                    "密闭或者其他措施防止物料遗撒的，由县级以上地方人民政府确定的监督管理部门责令改正，"
                    "处二千元以上二万元以下的罚款；拒不改正的，车辆不得上道路行驶。",
                    note="Vehicles only: a ship's spillage is new in the Code (an earlier act is "
                    "not penalised, 行政处罚法 Art. 37). A vehicle that refuses to correct may not "
                    "drive on roads (recorded as suspend).",
                ),
                _Y2K_20K,
                enforcers=(_LOCAL,),
                measures=(_CORRECT, _SUSPEND),
                daily_note=_air_daily_no(116),
            ),
            basis(
                article(
                    CODE,
                    1129,
                    _C1129_HEAD + "未采取密闭或者其他措施防止物料遗撒……" + _C1129_FINE,
                ),
                _Y2K_20K,
                enforcers=(_LOCAL, _MARITIME),
                measures=(_CORRECT, _SUSPEND),
                daily_note=_CODE_DAILY_MEASURE,
            ),
            keywords=("渣土车", "遗撒", "抛洒", "密闭运输", "spillage"),
        ),
        kind(
            "dust.bulk-transport-off-route",
            "运输散装、流体物料的车辆和船舶未按照规定路线行驶",
            "vehicles or ships carrying bulk or fluid material not keeping to the prescribed route",
            "dust",
            basis(
                article(
                    CODE,
                    1129,
                    _C1129_HEAD + "……或者未按照规定路线行驶的，" + _C1129_FINE,
                    note="New in the Code: 大气污染防治法 Art. 70 required the route but Art. 116 "
                    "fined only spillage; no earlier basis; an earlier act is not penalised "
                    "(行政处罚法 Art. 37).",
                ),
                _Y2K_20K,
                enforcers=(_LOCAL, _MARITIME),
                measures=(_CORRECT, _SUSPEND),
                daily_note=_CODE_DAILY_ACTIVITY,
            ),
            keywords=("渣土车", "规定路线", "运输路线", "route"),
        ),
    )


_STORAGE_DAILY = (
    "大气污染防治法 Art. 123 (4) allows the daily penalty for 贮存易产生扬尘的物料未采取有效措施"
    "防治扬尘污染, which is this conduct."
)

_MATERIAL_ITEMS = (
    # (id, name_zh, name_en, category, keywords, code item, code text, old item, old text,
    #  True for the pre-Code daily penalty or why there is none, permit Art. 35 concurrent?,
    #  old note)
    (
        "dust.loading-unloading-not-controlled",
        "装卸物料未采取密闭或者喷淋等方式防治扬尘污染",
        "loading or unloading material without enclosure, spraying or other dust control",
        "dust",
        ("装卸", "喷淋", "扬尘", "loading dust"),
        1,
        "（一）装卸物料未采取密闭或者喷淋等方式防治扬尘污染；",
        3,
        "（三）装卸物料未采取密闭或者喷淋等方式控制扬尘排放的；",
        (
            "item (4) names construction and the storage of dusty material; loading and "
            "unloading is neither."
        ),
        True,
        None,
    ),
    (
        "dust.dusty-material-not-enclosed",
        "未密闭贮存煤炭、煤矸石、煤渣、煤灰、水泥、石灰、石膏、砂土等易产生扬尘的物料",
        (
            "dusty materials (coal, gangue, cinder, ash, cement, lime, gypsum, sand, iron ore) not "
            "stored enclosed"
        ),
        "dust",
        ("易产生扬尘的物料", "密闭贮存", "堆场", "煤炭", "扬尘", "dusty material"),
        2,
        (
            "（二）未密闭贮存煤炭、煤矸石、煤渣、煤灰、水泥、石灰、石膏、砂土、铁矿石等易产生扬尘"
            "的物料；"
        ),
        1,
        "（一）未密闭煤炭、煤矸石、煤渣、煤灰、水泥、石灰、石膏、砂土等易产生扬尘的物料的；",
        True,
        True,
        None,
    ),
    (
        "dust.uncovered-stockpile",
        "易产生扬尘的物料未密闭、未设置围挡或者未采取覆盖措施",
        "dusty materials not enclosed, fenced or covered",
        "dust",
        ("堆场", "苫盖", "围挡", "覆盖", "扬尘", "stockpile"),
        3,
        (
            "（三）对不能密闭贮存的易产生扬尘的物料，未设置不低于堆放物高度的严密围挡，或者未采取"
            "有效覆盖措施防治扬尘污染；"
        ),
        2,
        (
            "（二）对不能密闭的易产生扬尘的物料，未设置不低于堆放物高度的严密围挡，或者未采取有效"
            "覆盖措施防治扬尘污染的；"
        ),
        True,
        True,
        None,
    ),
    (
        "air.coal-storage-no-fire-prevention",
        "单位存放煤炭、煤矸石、煤渣、煤灰等物料，未采取防燃措施",
        "a unit storing coal, gangue, cinder or ash without fire prevention",
        "air",
        ("防燃", "自燃", "煤矸石", "煤炭", "fire prevention"),
        4,
        "（四）单位存放煤炭、煤矸石、煤渣、煤灰等物料，未采取防燃措施；",
        4,
        "（四）存放煤炭、煤矸石、煤渣、煤灰等物料，未采取防燃措施的；",
        (
            "item (4) reaches storage without dust control; fire prevention in storage is "
            "not dust control."
        ),
        False,
        (
            "The Code limits the item to units (单位); an individual's earlier act is not "
            "penalised under the Code, which is lighter (行政处罚法 Art. 37)."
        ),
    ),
    (
        "dust.wharf-mine-landfill-dust",
        "码头、矿山、填埋场和消纳场未实施分区作业并采取有效措施防治扬尘污染",
        "wharf, mine, landfill or spoil ground without zoned operation and effective dust control",
        "dust",
        ("码头", "矿山", "填埋场", "消纳场", "扬尘", "mine dust"),
        5,
        "（五）码头、矿山、填埋场和消纳场未实施分区作业并采取有效措施防治扬尘污染；",
        5,
        "（五）码头、矿山、填埋场和消纳场未采取有效措施防治扬尘污染的；",
        (
            "item (4) names construction and the storage of dusty material; the "
            "site-wide dust control of this item is neither (a reading; dust from stored "
            "material there is Art. 117 (1)/(2))."
        ),
        True,
        "The Code adds 未实施分区作业 (zoned operation), which was no element before.",
    ),
    (
        "air.toxic-pollutant-risk-not-prevented",
        (
            "排放有毒有害大气污染物的企业事业单位未建设环境风险预警体系、排查环境安全隐患并采取有效"
            "措施防范环境风险"
        ),
        (
            "emitter of listed toxic air pollutants without an environmental risk warning system, "
            "hazard checks and risk prevention"
        ),
        "air",
        ("有毒有害大气污染物", "环境风险", "预警体系", "隐患排查", "toxic air pollutant"),
        6,
        (
            "（六）排放有毒有害大气污染物名录中所列有毒有害大气污染物的企业事业单位，未建设环境风险"
            "预警体系、排查环境安全隐患并采取有效措施防范环境风险；"
        ),
        6,
        (
            "（六）排放有毒有害大气污染物名录中所列有毒有害大气污染物的企业事业单位，未按照规定建设"
            "环境风险预警体系或者对排放口和周边环境进行定期监测、排查环境安全隐患并采取有效措施防范"
            "环境风险的；"
        ),
        "risk prevention is not among the conduct it lists.",
        False,
        (
            "Not monitoring the outlets and surroundings (定期监测) is no longer in this item; under "
            "the Code it is self-monitoring (Art. 1086, Section 1)."
        ),
    ),
    (
        "air.pop-emission-not-reduced",
        (
            "向大气排放持久性有机污染物的单位未采取减少持久性有机污染物排放的技术方法和工艺，配备有效"
            "的净化装置"
        ),
        (
            "emitter of persistent organic pollutants or waste incinerator without POP-reducing "
            "techniques and effective cleaning equipment"
        ),
        "air",
        ("持久性有机污染物", "二噁英", "焚烧设施", "POPs", "dioxin"),
        7,
        (
            "（七）向大气排放持久性有机污染物的企业事业单位和其他生产经营者以及废弃物焚烧设施的运营"
            "单位，未采取有利于减少持久性有机污染物排放的技术方法和工艺，配备有效的净化装置；"
        ),
        7,
        (
            "（七）向大气排放持久性有机污染物的企业事业单位和其他生产经营者以及废弃物焚烧设施的运营"
            "单位，未按照国家有关规定采取有利于减少持久性有机污染物排放的技术方法和工艺，配备净化装置"
            "的；"
        ),
        "POP-reducing techniques are not among the conduct it lists.",
        False,
        None,
    ),
    (
        "air.odour-not-prevented",
        "未采取有效措施防止排放恶臭气体",
        "no effective measures against the release of malodorous gas",
        "air",
        ("恶臭", "异味", "臭气", "odour"),
        8,
        "（八）未采取有效措施防止排放恶臭气体。",
        8,
        "（八）未采取措施防止排放恶臭气体的。",
        "odour prevention is not among the conduct it lists.",
        False,
        None,
    ),
)


def _k1130() -> tuple[dict[str, object], ...]:
    return tuple(
        kind(
            kind_id,
            name_zh,
            name_en,
            category,
            basis(
                _cite(AIR, 117, _A117, old_text, old_item, note=old_note),
                _Y10K_100K,
                enforcers=(_ECO, _SUP),
                measures=(_CORRECT, _RESTRICT),
                daily_penalty=_AIR_DAILY_4 if storage is True else None,
                daily_note=(
                    _STORAGE_DAILY
                    if storage is True
                    else f"大气污染防治法 Art. 123 does not reach Art. 117 ({old_item}): {storage}"
                ),
                concurrent=(_permit_35(_PERMIT_NOTE_OLD),) if fugitive else (),
            ),
            basis(
                _cite(CODE, 1130, _C1130, code_text, code_item),
                _Y10K_100K,
                enforcers=(_ECO, _SUP),
                measures=(_CORRECT, _RESTRICT),
                daily_note=_CODE_DAILY_MEASURE,
                concurrent=(_permit_35(_PERMIT_NOTE_CODE),) if fugitive else (),
            ),
            keywords=keywords,
        )
        for (
            kind_id,
            name_zh,
            name_en,
            category,
            keywords,
            code_item,
            code_text,
            old_item,
            old_text,
            storage,
            fugitive,
            old_note,
        ) in _MATERIAL_ITEMS
    )


# ---------------------------------------------------------------------------------------------
# Arts. 1131–1134: burning, pesticides, catering fumes, barbecues, dry cleaning, heavy-pollution
# weather.


def _k1131_1134() -> tuple[dict[str, object], ...]:
    by_party = tiers(
        band(yuan(10_000, 100_000), fact("party_type", "unit"), zh="对单位", en="unit"),
        band(yuan(500, 2_000), zh="对个人", en="individual"),
    )
    party_note = (
        "Bands on party_type: 单位 10,000–100,000, 个人 500–2,000. A producer or trader that is "
        "not a unit (个体工商户, a natural person, 民法典 Art. 54) takes the individual band "
        "(a reading)."
    )
    return (
        kind(
            "air.pesticide-spraying-populated-area",
            "在人口集中地区对树木、花草喷洒剧毒、高毒农药",
            "spraying highly toxic pesticide on trees and flowers in a populated area",
            "air",
            basis(
                article(
                    AIR,
                    119,
                    "违反本法规定，在人口集中地区对树木、花草喷洒剧毒、高毒农药……" + _A119_1_FINE,
                    paragraph=1,
                ),
                yuan(500, 2_000, optional=True),
                enforcers=(_LOCAL,),
                measures=(_CORRECT,),
                daily_note=_air_daily_no(119),
            ),
            basis(
                article(
                    CODE,
                    1131,
                    "违反本法规定，在人口集中地区对树木、花草喷洒剧毒、高毒农药……" + _C1131_1_FINE,
                    paragraph=1,
                ),
                yuan(500, 2_000, optional=True),
                enforcers=(_LOCAL,),
                measures=(_CORRECT,),
                daily_note=_CODE_DAILY_PERSON,
            ),
            keywords=("农药", "剧毒", "喷洒", "pesticide"),
        ),
        kind(
            "air.open-burning-straw",
            "在禁止焚烧的区域和时段露天焚烧秸秆、落叶等产生烟尘污染的物质",
            "open burning of straw, leaves or similar smoke-producing matter in a place and time "
            "where burning is banned",
            "air",
            basis(
                article(
                    AIR,
                    119,
                    "违反本法规定，……或者露天焚烧秸秆、落叶等产生烟尘污染的物质的，" + _A119_1_FINE,
                    paragraph=1,
                    note="The statute fined open burning of straw without naming a banned place "
                    "or time; the Code fines it only 在禁止焚烧的区域和时段. An earlier act outside "
                    "them is not penalised once the Code applies (the lighter new law, 行政处罚法 "
                    "Art. 37).",
                ),
                yuan(500, 2_000, optional=True),
                enforcers=(_LOCAL,),
                measures=(_CORRECT,),
                daily_note=_air_daily_no(119),
            ),
            basis(
                article(
                    CODE,
                    1131,
                    "违反本法规定，……或者在禁止焚烧的区域和时段露天焚烧秸秆、落叶等产生烟尘污染的物质"
                    "的，" + _C1131_1_FINE,
                    paragraph=1,
                ),
                yuan(500, 2_000, optional=True),
                enforcers=(_LOCAL,),
                measures=(_CORRECT,),
                daily_note=_CODE_DAILY_PERSON,
            ),
            keywords=("秸秆焚烧", "露天焚烧", "落叶", "禁烧", "straw burning"),
        ),
        kind(
            "air.open-burning-toxic-materials",
            "在人口集中地区焚烧沥青、油毡、橡胶、塑料、皮革、垃圾等产生有毒有害烟尘和恶臭气体的物质",
            "burning asphalt, felt, rubber, plastic, leather, refuse or other matter giving toxic "
            "smoke or odour in a populated or protected area",
            "air",
            basis(
                article(
                    AIR,
                    119,
                    "违反本法规定，在人口集中地区和其他依法需要特殊保护的区域内，焚烧沥青、油毡、橡胶、"
                    "塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质的，由县级人民政府确定的"
                    "监督管理部门责令改正，对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元"
                    "以下的罚款。",
                    paragraph=2,
                    note=party_note,
                ),
                by_party,
                enforcers=(_LOCAL,),
                measures=(_CORRECT,),
                daily_note=_air_daily_no(119),
            ),
            basis(
                article(
                    CODE,
                    1131,
                    "违反本法规定，在人口集中地区和其他依法需要特殊保护的区域内，焚烧沥青、油毡、橡胶、"
                    "塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质的，由县级人民政府确定的"
                    "监督管理部门责令改正，对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元"
                    "以下的罚款。",
                    paragraph=3,
                    note=party_note,
                ),
                by_party,
                enforcers=(_LOCAL,),
                measures=(_CORRECT,),
                daily_penalty=_CODE_DAILY,
                daily_note="Burning such matter releases toxic smoke and disposes of waste by "
                "open burning; for a unit or other producer or trader Code Art. 1060 ¶1 reaches it "
                "(a reading); an individual is outside Art. 1060.",
            ),
            keywords=("焚烧垃圾", "焚烧塑料", "焚烧橡胶", "露天焚烧", "open burning"),
        ),
        kind(
            "air.catering-fumes-over-standard",
            "餐饮服务业经营者未安装或者未正常使用油烟净化设施，超标排放油烟",
            "restaurant without or not running fume-cleaning equipment, emitting cooking fumes "
            "over the standard",
            "air",
            basis(
                article(
                    AIR,
                    118,
                    "违反本法规定，排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化"
                    "设施或者未采取其他油烟净化措施，超过排放标准排放油烟的，由县级以上地方人民政府确定"
                    "的监督管理部门责令改正，处五千元以上五万元以下的罚款；拒不改正的，责令停业整治。",
                    paragraph=1,
                ),
                yuan(5_000, 50_000),
                enforcers=(_LOCAL,),
                measures=(_CORRECT, _RESTRICT),
                daily_note=_air_daily_no(118)
                + " ecoreg does not extend 环境保护法 Art. 59 to it (unsettled).",
            ),
            basis(
                article(
                    CODE,
                    1132,
                    "违反本法规定，排放油烟的餐饮服务业经营者未安装油烟净化等污染防治设施，未保持正常"
                    "使用油烟净化等污染防治设施，或者未采取其他油烟净化措施，致使超过排放标准排放油烟"
                    "污染物的，由县级以上地方人民政府确定的监督管理部门责令改正，处五千元以上五万元以下"
                    "的罚款；拒不改正的，责令停业整治。",
                    paragraph=1,
                ),
                yuan(5_000, 50_000),
                enforcers=(_LOCAL,),
                measures=(_CORRECT, _RESTRICT),
                daily_penalty=_CODE_DAILY,
                daily_note=_CODE_DAILY_DISCHARGE,
            ),
            keywords=("餐饮油烟", "油烟净化", "饭店", "cooking fumes"),
        ),
        kind(
            "air.catering-in-residential-building",
            "在居民住宅楼等内新建、改建、扩建产生油烟、异味、废气的餐饮服务项目",
            "opening, rebuilding or extending a catering business that gives off fumes, odour or "
            "waste gas in a residential building",
            "air",
            basis(
                article(
                    AIR,
                    118,
                    "违反本法规定，在居民住宅楼、未配套设立专用烟道的商住综合楼、商住综合楼内与居住层"
                    "相邻的商业楼层内新建、改建、扩建产生油烟、异味、废气的餐饮服务项目的，由县级以上"
                    "地方人民政府确定的监督管理部门责令改正；拒不改正的，予以关闭，并处一万元以上十万元"
                    "以下的罚款。",
                    paragraph=2,
                    note="The fine comes only with a refusal to correct; a business that corrects "
                    "when ordered is not fined.",
                ),
                tiers(band(_Y10K_100K, fact("refused_to_correct"), **_REFUSED), band(no_fine())),
                enforcers=(_LOCAL,),
                measures=(_CORRECT, _CLOSE),
                daily_note=_air_daily_no(118),
            ),
            basis(
                article(
                    CODE,
                    1132,
                    "违反本法规定，在居民住宅楼、未配套设立专用烟道的商住综合楼、商住综合楼内与居住层"
                    "相邻的商业楼层内新建、改建、扩建产生油烟、异味、废气的餐饮服务项目的，由县级以上"
                    "地方人民政府确定的监督管理部门责令改正；拒不改正的，责令关闭，并处一万元以上十万元"
                    "以下的罚款。",
                    paragraph=2,
                    note="The fine comes only with a refusal to correct; a business that corrects "
                    "when ordered is not fined.",
                ),
                tiers(band(_Y10K_100K, fact("refused_to_correct"), **_REFUSED), band(no_fine())),
                enforcers=(_LOCAL,),
                measures=(_CORRECT, _CLOSE),
                daily_note=_CODE_DAILY_ACTIVITY,
            ),
            keywords=("餐饮", "居民楼", "专用烟道", "商住楼", "restaurant"),
        ),
        kind(
            "air.open-air-barbecue",
            "在禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地",
            "open-air barbecue, or providing a place for it, where and when the local government "
            "bans it",
            "air",
            basis(
                article(
                    AIR,
                    118,
                    "违反本法规定，在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供"
                    "场地的，由县级以上地方人民政府确定的监督管理部门责令改正，没收烧烤工具和违法所得，"
                    "并处五百元以上二万元以下的罚款。",
                    paragraph=3,
                ),
                yuan(500, 20_000),
                enforcers=(_LOCAL,),
                measures=(_CORRECT, _ITEMS, _GAINS),
                daily_note=_air_daily_no(118),
            ),
            basis(
                article(
                    CODE,
                    1132,
                    "违反本法规定，在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供"
                    "场地的，由县级以上地方人民政府确定的监督管理部门责令改正，没收烧烤工具和违法所得，"
                    "并处五百元以上五千元以下的罚款；拒不改正的，处五千元以上二万元以下的罚款。",
                    paragraph=3,
                ),
                tiers(
                    band(yuan(5_000, 20_000), fact("refused_to_correct"), **_REFUSED),
                    band(yuan(500, 5_000)),
                ),
                enforcers=(_LOCAL,),
                measures=(_CORRECT, _ITEMS, _GAINS),
                daily_note=_CODE_DAILY_ACTIVITY,
            ),
            keywords=("露天烧烤", "烧烤", "barbecue"),
        ),
        kind(
            "air.dry-cleaning-repair-no-treatment",
            "从事服装干洗和机动车维修等服务活动，未设置异味和废气处理装置等污染防治设施并保持正常使用",
            "dry cleaner or vehicle repair shop without working odour and waste-gas treatment",
            "air",
            basis(
                article(
                    AIR,
                    120,
                    "违反本法规定，从事服装干洗和机动车维修等服务活动，未设置异味和废气处理装置等污染"
                    "防治设施并保持正常使用，影响周边环境的，由县级以上地方人民政府生态环境主管部门责令"
                    "改正，处二千元以上二万元以下的罚款；拒不改正的，责令停业整治。",
                    note="The statute required that the conduct 影响周边环境; the Code does not.",
                ),
                _Y2K_20K,
                enforcers=(_ECO,),
                measures=(_CORRECT, _RESTRICT),
                daily_note=_air_daily_no(120),
            ),
            basis(
                article(
                    CODE,
                    1133,
                    "违反本法规定，从事服装干洗和机动车维修等服务活动，未设置异味和废气处理装置等污染"
                    "防治设施并保持正常使用的，由生态环境主管部门责令改正，处二千元以上二万元以下的罚款；"
                    "拒不改正的，责令停业整治。",
                ),
                _Y2K_20K,
                enforcers=(_ECO,),
                measures=(_CORRECT, _RESTRICT),
                daily_note=_CODE_DAILY_MEASURE,
            ),
            keywords=("干洗", "汽修", "喷漆", "废气处理", "dry cleaning"),
        ),
        kind(
            "air.heavy-pollution-measures-not-executed",
            "拒不执行停止工地土石方作业或者建筑物拆除施工等重污染天气应对措施",
            "refusing to stop earthworks, demolition or other work under heavy-pollution weather "
            "measures",
            "air",
            basis(
                article(
                    AIR,
                    121,
                    "违反本法规定，拒不执行停止工地土石方作业或者建筑物拆除施工等重污染天气应急措施的，"
                    "由县级以上地方人民政府确定的监督管理部门处一万元以上十万元以下的罚款。",
                    paragraph=2,
                ),
                _Y10K_100K,
                enforcers=(_LOCAL,),
                daily_note=_air_daily_no(121),
            ),
            basis(
                article(
                    CODE,
                    1134,
                    "违反本法规定，拒不执行停止工地土石方作业或者建筑物拆除施工等重污染天气应对措施的，"
                    "由县级以上地方人民政府确定的监督管理部门处一万元以上十万元以下的罚款。",
                    paragraph=2,
                ),
                _Y10K_100K,
                enforcers=(_LOCAL,),
                daily_note=_CODE_DAILY_MEASURE,
            ),
            keywords=("重污染天气", "应急措施", "停工", "土石方", "heavy pollution alert"),
        ),
    )


KINDS = (
    *_k1114(),
    *_k1115_1118(),
    *_k1119(),
    *_k1120(),
    *_k1121_1127(),
    *_k1128_1129(),
    *_k1130(),
    *_k1131_1134(),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (
    unfined(1113, "The section's scope article: it fines nobody."),
    unfined(
        1114,
        "Mining coal whose radioactive or arsenic content exceeds the standard: closure by the "
        "county-level government only, no fine.",
        paragraph=2,
    ),
    unfined(
        1126,
        "Driving a vehicle that failed its emission test: the traffic police punish it under "
        "other law (依法予以处罚, 道路交通安全法); the Code sets no fine.",
    ),
    unfined(
        1131,
        "Producing or using banned pesticides: 农业农村主管部门 punish under other laws and "
        "regulations (依照有关法律法规的规定, e.g. 农药管理条例) and the police detain the persons "
        "responsible; the Code sets no fine.",
        paragraph=2,
    ),
    unfined(
        1131,
        "Fireworks in banned times and places: punished under other law (依法予以处罚, "
        "烟花爆竹安全管理条例 and local rules); the Code sets no fine.",
        paragraph=4,
    ),
    unfined(
        1134,
        "Publishing heavy-pollution weather forecasts or warnings without authority: the police "
        "punish it under 治安管理处罚法; the Code sets no fine.",
        paragraph=1,
    ),
)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
