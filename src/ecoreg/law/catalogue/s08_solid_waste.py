"""Book 5, Ch. 2, Section 8 (第八节 违反固体废物污染防治规定): solid waste, Arts. 1168–1180.

Each kind quotes the article that fines the conduct under the Code and, for acts
before 2026-08-15, the provision of 固体废物污染环境防治法 (2020 revision, in force
2020-09-01) that fined the same conduct then, in its own shape: Art. 102 (7) and
Art. 112 (3), (4), (10), (11) fined a multiple of the disposal cost with a floor, which
the Code replaced with ranges. Where 固废法 2020 fined the conduct under different
provisions by the kind of waste or by who acted, the Code item has one kind per
provision (Code Art. 1169 ¶1: industrial waste, household waste, construction waste).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ecoreg.law import eco_code as code
from ecoreg.law import solid_waste_law as sw
from ecoreg.law import water_pollution_law as water
from ecoreg.law.catalogue._build import (
    article,
    band,
    basis,
    daily,
    fact,
    kind,
    multiple,
    no_fine,
    provision,
    section,
    tiers,
    unfined,
    unspecified,
    yuan,
)

if TYPE_CHECKING:
    from ecoreg.core._citations import Citation

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(8, "违反固体废物污染防治规定", "Solid waste", 1168, 1180)


def _q(*parts: str) -> str:
    """Quoted parts of one article, joined where words are left out."""
    return "……".join(parts)


# --- daily continuous penalty -------------------------------------------------------------

_CODE_DAILY = daily(code.ART_1060, obstruction_counts=True)
_SW_119 = article(
    sw.INSTRUMENT,
    119,
    "单位和其他生产经营者违反本法规定排放固体废物，受到罚款处罚，被责令改正的，依法作出处罚决定的"
    "行政机关应当组织复查，发现其继续实施该违法行为的，依照《中华人民共和国环境保护法》的规定按日"
    "连续处罚。",
    note="Only continuing the violation triggers it (环境保护法 Art. 59 applies by reference); "
    "refusing or obstructing the re-inspection does not.",
)
_SW_DAILY = daily(_SW_119)

_SW_DAILY_DUMP = (
    "固废法 Art. 119 allows the daily penalty where a unit or other producer unlawfully discharged "
    "(排放) solid waste; dumping, piling, abandoning or spilling it is such a discharge."
)
_SW_DAILY_LEAK = (
    "Reading: letting waste blow away, run off or leak for want of precautions releases it into "
    "the environment, a discharge (排放) of solid waste under 固废法 Art. 119."
)
_SW_DAILY_NO = "Not a discharge (排放) of solid waste: 固废法 Art. 119 does not reach it."
_CODE_DAILY_DUMP = (
    "Dumping, piling, abandoning, scattering, spilling or burning waste is an unlawful dumping or "
    "disposal (倾倒、处置) of waste by a producer or operator: Code Art. 1060 reaches it."
)
_CODE_DAILY_LEAK = (
    "Reading: waste blown away, run off or leaked for want of precautions is an unlawful release "
    "(排放) of waste, which Code Art. 1060 reaches."
)
_CODE_DAILY_NO = (
    "Not a discharge, dumping or disposal of pollutants or waste: Code Art. 1060 does not reach "
    "it (a local regulation may add it, Art. 1060 ¶3)."
)
_CODE_DAILY_INDIVIDUAL = (
    "Code Art. 1060 reaches only 企业事业单位和其他生产经营者, not an individual's own household "
    "or construction waste."
)

# --- enforcers and side measures ----------------------------------------------------------

_EE = ("ecology_environment",)
_1169_ENFORCERS = ("ecology_environment", "urban_drainage", "sanitation")
_1169_MEASURES = (
    "order_stop",
    "remedy",
    "confiscate_gains",
    "restrict_production",
    "proxy_remediation",
)
_102_MEASURES = ("order_correction", "confiscate_gains", "close")
_111_MEASURES = ("order_correction", "confiscate_gains")

# --- quoted texts -------------------------------------------------------------------------

_SW_102_HEAD = (
    "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得；情节严重的，"
    "报经有批准权的人民政府批准，可以责令停业或者关闭："
)
_SW_102_LOW = "有前款第一项、第八项行为之一，处五万元以上二十万元以下的罚款"
_SW_102_MID = (
    "有前款第二项、第三项、第四项、第五项、第六项、第九项、第十项、第十一项行为之一，"
    "处十万元以上一百万元以下的罚款"
)
_SW_102_COST = (
    "有前款第七项行为，处所需处置费用一倍以上三倍以下的罚款，所需处置费用不足十万元的，按十万元计算"
)
_SW_102_7 = (
    "（七）擅自倾倒、堆放、丢弃、遗撒工业固体废物，或者未采取相应防范措施，造成工业固体废物扬散、"
    "流失、渗漏或者其他环境污染的；"
)

_SW_111_HEAD = (
    "违反本法规定，有下列行为之一，由县级以上地方人民政府环境卫生主管部门责令改正，处以罚款，"
    "没收违法所得："
)
_SW_111_UNIT_LOW = "单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的罚款"
_SW_111_UNIT_HIGH = (
    "单位有前款第二项、第三项、第四项、第五项、第六项行为之一，处十万元以上一百万元以下的罚款"
)
_SW_111_PERSON = "个人有前款第一项、第五项、第七项行为之一，处一百元以上五百元以下的罚款"

_SW_112_HEAD = (
    "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得；情节严重的，"
    "报经有批准权的人民政府批准，可以责令停业或者关闭："
)
_SW_112_RANGE = (
    "有前款第一项、第二项、第五项、第六项、第七项、第八项、第九项、第十二项、第十三项行为之一，"
    "处十万元以上一百万元以下的罚款"
)
_SW_112_COST = (
    "有前款第三项、第四项、第十项、第十一项行为之一，处所需处置费用三倍以上五倍以下的罚款，"
    "所需处置费用不足二十万元的，按二十万元计算"
)

_CODE_1169_1 = (
    "违反本法规定，擅自倾倒、堆放、丢弃、抛撒、遗撒、焚烧固体废物的，由生态环境主管部门、城镇排水"
    "主管部门、环境卫生主管部门按照职责分工责令停止违法行为，采取治理措施消除污染，没收违法所得，"
    "并处十万元以上一百万元以下的罚款；情节严重的，责令限制生产、停产整治；拒不采取治理措施的，"
    "指定有治理能力的单位代为治理，所需费用由违法者承担。"
)
_CODE_1169_2 = (
    "前款规定的固体废物为危险废物、城镇污水处理设施产生的污泥和处理后的污泥的，处二十万元以上"
    "二百万元以下的罚款；对直接负责的主管人员和其他直接责任人员处二万元以上十万元以下的罚款；"
    "造成严重后果的，处二百万元以上五百万元以下的罚款。"
)
_CODE_1169_3 = (
    "个人擅自倾倒、堆放、丢弃、抛撒、遗撒、焚烧个人产生的生活垃圾、建筑垃圾的，由环境卫生主管部门"
    "责令改正，处一百元以上一千元以下的罚款。"
)
_CODE_1170 = (
    "违反本法规定，未采取防范措施，造成工业固体废物扬散、流失、渗漏或者其他环境污染的，由生态环境"
    "主管部门责令改正，处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，"
    "责令停业、关闭。"
)
_CODE_1170_HAZ = "工业固体废物为危险废物的，罚款数额为二十万元以上二百万元以下。"
_CODE_1171_HEAD = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门责令改正，没收违法所得，并处以罚款；情节严重"
    "的，报经有批准权的人民政府批准，责令停业、关闭："
)
_CODE_1171_LOW = "有前款第三项情形的，处五万元以上五十万元以下的罚款"
_CODE_1171_HIGH = "有前款除第三项以外情形之一的，处十万元以上一百万元以下的罚款"
_CODE_1174_HEAD = (
    "违反本法规定，有下列情形之一的，由环境卫生主管部门责令改正，没收违法所得，并处以罚款："
)
_CODE_1174_UNIT = "单位有前款情形之一的，处十万元以上一百万元以下的罚款"
_CODE_1174_PERSON = "个人有前款第二项情形的，处一百元以上五百元以下的罚款。"
_CODE_1175_HEAD = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门责令改正，没收违法所得，并处以罚款；情节严重"
    "的，报经有批准权的人民政府批准，责令停业、关闭："
)
_CODE_1175_LOW = (
    "有前款第一项、第二项、第三项、第四项、第六项、第七项、第九项、第十项、第十一项情形之一的，处五万元"
    "以上二十万元以下的罚款，拒不改正的，处二十万元以上一百万元以下的罚款"
)
_CODE_1175_HIGH = "有前款第五项、第八项情形之一的，处二十万元以上二百万元以下的罚款。"

# --- fine rules ---------------------------------------------------------------------------

_R_1169_2 = tiers(
    band(yuan(2_000_000, 5_000_000), fact("severe_consequences"), zh="造成严重后果", en="severe"),
    band(yuan(200_000, 2_000_000)),
)
_R_1175_LOW = tiers(
    band(yuan(200_000, 1_000_000), fact("refused_to_correct"), zh="拒不改正", en="refused"),
    band(yuan(50_000, 200_000)),
)
_R_SW_102_COST = multiple("disposal_cost", 1, 3, floor=100_000)
_NO_FINE_ORDER = band(no_fine(), zh="责令改正（不处罚款）", en="order to correct only")
_R_SLUDGE_TRACKING = tiers(
    band(yuan(100_000, 200_000), fact("severe_consequences"), zh="造成严重后果", en="severe"),
    band(no_fine(), zh="给予警告（不处罚款）", en="a warning, no fine"),
)
_R_SW_112_COST = multiple("disposal_cost", 3, 5, floor=200_000)

# --- concurrent provisions for waste dumped into water ------------------------------------

_WATER_85_4 = provision(
    article(
        water.INSTRUMENT,
        85,
        _q(
            "有下列行为之一的，由县级以上地方人民政府环境保护主管部门责令停止违法行为，限期采取治理"
            "措施，消除污染，处以罚款；",
            "（四）向水体排放、倾倒工业废渣、城镇垃圾或者其他废弃物，或者在江河、湖泊、运河、渠道、"
            "水库最高水位线以下的滩地、岸坡堆放、存贮固体废弃物或者其他污染物的；",
            "有前款第三项、第四项、第六项、第七项、第八项行为之一的，处二万元以上二十万元以下的罚款。",
        ),
        paragraph=1,
        item=4,
    ),
    yuan(20_000, 200_000),
    note="Only where the waste went into a water body, or was stacked or stored on beaches or "
    "banks below the high-water line: elsewhere 水污染防治法 Art. 85 (4) does not reach it. The "
    "固废法 fine is the higher in every such case (a unit's household waste 50,000–500,000, "
    "construction waste 100,000–1,000,000, industrial waste at least 100,000–300,000), so it "
    "applies (行政处罚法 Art. 29).",
    condition=(
        "废物向水体排放、倾倒，或者堆放、存贮于江河、湖泊、运河、渠道、水库最高水位线以下的滩地、岸坡",
        (
            "the waste was discharged or dumped into a water body, or stacked or stored on the "
            "beaches or banks below the high-water line of a river, lake, canal, channel or reservoir"
        ),
    ),
)
_CODE_1136_5 = provision(
    article(
        code.INSTRUMENT,
        1136,
        _q(
            "违反本法规定，有下列情形之一的，由生态环境主管部门责令停止违法行为，采取治理措施消除污染，"
            "处以罚款，",
            "（五）向水体排放、倾倒工业废渣、城镇垃圾或者其他废弃物，或者向江河湖泊、运河、渠道、水库"
            "及其最高水位线以下的滩地、岸坡以及法律法规规定的其他地点倾倒、堆放、贮存固体废物或者其他"
            "污染物。",
            "有前款第一项、第五项情形之一的，处十万元以上一百万元以下的罚款；",
        ),
        paragraph=1,
        item=5,
    ),
    yuan(100_000, 1_000_000),
    note="Only where the waste went into a water body or onto its banks or another place the "
    "laws name (Section 5, water): elsewhere Art. 1136 ¶1 (5) does not reach it. The same range "
    "as Art. 1169 ¶1, so Code Art. 1055 (the higher fine) makes no difference.",
    condition=(
        (
            "废物向水体排放、倾倒，或者倾倒、堆放、贮存于江河湖泊、运河、渠道、水库及其最高水位线以下的"
            "滩地、岸坡以及法律法规规定的其他地点"
        ),
        (
            "the waste was discharged or dumped into a water body, or dumped, stacked or stored in a "
            "river, lake, canal, channel or reservoir, on the beaches or banks below its high-water "
            "line, or at another place the laws and regulations name"
        ),
    ),
)


def _sw_102(item: int, text: str, amounts: str, *, note: str | None = None) -> Citation:
    return article(
        sw.INSTRUMENT,
        102,
        _q(_SW_102_HEAD, text, amounts),
        paragraph=1,
        item=item,
        note=note,
    )


def _sw_112(item: int, text: str, amounts: str, *, note: str | None = None) -> Citation:
    return article(
        sw.INSTRUMENT,
        112,
        _q(_SW_112_HEAD, text, amounts),
        paragraph=1,
        item=item,
        note=note,
    )


def _code_1171(item: int, text: str, amounts: str, *, note: str | None = None) -> Citation:
    return article(
        code.INSTRUMENT,
        1171,
        _q(_CODE_1171_HEAD, text, amounts),
        paragraph=1,
        item=item,
        note=note,
    )


def _code_1175(item: int, text: str, amounts: str, *, note: str | None = None) -> Citation:
    return article(
        code.INSTRUMENT,
        1175,
        _q(_CODE_1175_HEAD, text, amounts),
        paragraph=1,
        item=item,
        note=note,
    )


def _sw_112_basis(
    item: int, text: str, *, note: str | None = None, cost: bool = False
) -> dict[str, Any]:
    rule = _R_SW_112_COST if cost else yuan(100_000, 1_000_000)
    return basis(
        _sw_112(item, text, _SW_112_COST if cost else _SW_112_RANGE, note=note),
        rule,
        enforcers=_EE,
        measures=_102_MEASURES,
        daily_note=_SW_DAILY_NO,
    )


def _code_1175_basis(
    item: int, text: str, *, high: bool = False, note: str | None = None, disposal: bool = False
) -> dict[str, Any]:
    return basis(
        _code_1175(item, text, _CODE_1175_HIGH if high else _CODE_1175_LOW, note=note),
        yuan(200_000, 2_000_000) if high else _R_1175_LOW,
        enforcers=_EE,
        measures=_102_MEASURES,
        daily_penalty=_CODE_DAILY if disposal else None,
        daily_note=(
            "Reading: a disposal against the standards is an unlawful disposal (违法处置) that "
            "Code Art. 1060 reaches; storing or using against them is not."
            if disposal
            else _CODE_DAILY_NO
        ),
    )


def _hazardous(
    slug: str,
    name_zh: str,
    name_en: str,
    old: tuple[int, str],
    new: tuple[int, str],
    keywords: tuple[str, ...],
    *,
    high: bool = False,
    old_note: str | None = None,
    new_note: str | None = None,
) -> dict[str, Any]:
    """A kind of Code Art. 1175 with its 固废法 2020 Art. 112 item (100,000–1,000,000)."""
    return kind(
        f"waste.{slug}",
        name_zh,
        name_en,
        "waste",
        _sw_112_basis(old[0], old[1], note=old_note),
        _code_1175_basis(new[0], new[1], high=high, note=new_note),
        keywords=("危险废物", "hazardous waste", *keywords),
    )


def _licence(
    slug: str,
    name_zh: str,
    name_en: str,
    *,
    licensed: bool,
    disposal: bool,
    keywords: tuple[str, ...],
) -> dict[str, Any]:
    """A kind of Code Art. 1178: no licence (¶1) or not as licensed (¶2), by the activity."""
    old_measures: tuple[str, ...]
    new_measures: tuple[str, ...]
    new_daily: tuple[dict[str, Any] | None, str]
    if licensed:
        old_quote = (
            "未按照许可证规定从事收集、贮存、利用、处置危险废物经营活动的，由生态环境主管部门责令改正，"
            "限制生产、停产整治，处五十万元以上二百万元以下的罚款；对法定代表人、主要负责人、直接负责的"
            "主管人员和其他责任人员，处五万元以上五十万元以下的罚款；情节严重的，报经有批准权的人民政府"
            "批准，责令停业或者关闭，还可以由发证机关吊销许可证。"
        )
        old_rule, old_persons = yuan(500_000, 2_000_000), yuan(50_000, 500_000)
        old_measures = ("order_correction", "restrict_production", "close", "revoke_permit")
        head = (
            "违反本法规定，企业事业单位未按照许可证规定从事收集、贮存、利用、处置危险废物经营活动的，"
            "由生态环境主管部门责令改正，没收违法所得，限制生产、停产整治，"
        )
        unit_rule = yuan(500_000, 2_000_000) if disposal else yuan(100_000, 500_000)
        activity = (
            "对利用、处置危险废物经营活动并处五十万元以上二百万元以下的罚款；"
            if disposal
            else "对收集、贮存危险废物经营活动并处十万元以上五十万元以下的罚款，"
        )
        tail = (
            "对法定代表人、主要负责人、直接负责的主管人员和其他直接责任人员，处五万元以上五十万元以下的"
            "罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭，由发证机关吊销许可证。"
        )
        persons_rule = yuan(50_000, 500_000)
        new_measures = (
            "order_correction",
            "confiscate_gains",
            "restrict_production",
            "close",
            "revoke_permit",
        )
    else:
        old_quote = (
            "无许可证从事收集、贮存、利用、处置危险废物经营活动的，由生态环境主管部门责令改正，处一百万元"
            "以上五百万元以下的罚款，并报经有批准权的人民政府批准，责令停业或者关闭；对法定代表人、主要"
            "负责人、直接负责的主管人员和其他责任人员，处十万元以上一百万元以下的罚款。"
        )
        old_rule, old_persons = yuan(1_000_000, 5_000_000), yuan(100_000, 1_000_000)
        old_measures = ("order_correction", "close")
        head = (
            "违反本法规定，企业事业单位无许可证从事收集、贮存、利用、处置危险废物经营活动的，由生态环境"
            "主管部门责令改正，没收违法所得，"
        )
        unit_rule = yuan(1_000_000, 5_000_000) if disposal else yuan(200_000, 1_000_000)
        activity = (
            "对利用、处置危险废物经营活动并处一百万元以上五百万元以下的罚款，"
            if disposal
            else "对收集、贮存危险废物经营活动并处二十万元以上一百万元以下的罚款，"
        )
        tail = (
            "报经有批准权的人民政府批准，责令停业、关闭；对法定代表人、主要负责人、直接负责的主管人员和"
            "其他直接责任人员，处十万元以上一百万元以下的罚款。"
        )
        persons_rule = yuan(100_000, 1_000_000)
        new_measures = ("order_correction", "confiscate_gains", "close")
    other = (
        "其他生产经营者有前两款违法情形的，由生态环境主管部门责令改正，没收违法所得，并处二万元以上"
        "十万元以下的罚款；情节严重的，并处十万元以上五十万元以下的罚款。"
    )
    paragraph = 2 if licensed else 1
    new_rule = tiers(
        band(unit_rule, fact("party_type", "unit"), zh="企业事业单位", en="unit"),
        band(
            tiers(
                band(yuan(100_000, 500_000), fact("serious"), zh="情节严重", en="serious"),
                band(yuan(20_000, 100_000)),
            ),
            zh="其他生产经营者（¶3）",
            en="other producer or operator (¶3)",
        ),
    )
    if disposal:
        new_daily = (
            _CODE_DAILY,
            (
                "Reading: disposing of hazardous waste without a licence (or against it) is an "
                "unlawful disposal (处置) of waste, which Code Art. 1060 reaches; using it alone is not."
            ),
        )
    else:
        new_daily = (
            None,
            (
                "Collecting or storing is no discharge, dumping or disposal: Code "
                "Art. 1060 does not reach it."
            ),
        )
    return kind(
        f"waste.{slug}",
        name_zh,
        name_en,
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                114,
                old_quote,
                paragraph=2 if licensed else 1,
                note="固废法 2020 Art. 114 fined every activity (collection, storage, use, "
                "disposal) and every party alike.",
            ),
            old_rule,
            persons=old_persons,
            persons_zh="法定代表人、主要负责人、直接负责的主管人员和其他责任人员",
            enforcers=_EE,
            measures=old_measures,
            daily_note="Operating without (or against) a licence is not a discharge (排放) of "
            "solid waste: 固废法 Art. 119 does not reach it.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1178,
                _q(head, activity, tail, other),
                paragraph=paragraph,
                note=f"¶{paragraph} fines 企业事业单位 by the activity; ¶3 fines 其他生产经营者 "
                "for the same conduct (the band for a party that is not a unit). The fine on the "
                "persons responsible applies to units only (¶3 sets none).",
            ),
            new_rule,
            persons=tiers(
                band(persons_rule, fact("party_type", "unit"), zh="企业事业单位", en="unit"),
                band(no_fine(), zh="其他生产经营者（¶3 不罚人员）", en="other producer: none"),
            ),
            persons_zh="法定代表人、主要负责人、直接负责的主管人员和其他直接责任人员",
            enforcers=_EE,
            measures=new_measures,
            daily_penalty=new_daily[0],
            daily_note=new_daily[1],
        ),
        keywords=("危险废物", "经营许可证", "hazardous waste", "licence", *keywords),
    )


KINDS = (
    # --- Art. 1169: dumping, piling, abandoning, scattering, spilling, burning ------------
    kind(
        "waste.industrial-dumping",
        "擅自倾倒、堆放、丢弃、遗撒工业固体废物",
        "industrial solid waste dumped, piled, abandoned or spilled without authorisation",
        "waste",
        basis(
            _sw_102(7, _SW_102_7, _SW_102_COST),
            _R_SW_102_COST,
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_penalty=_SW_DAILY,
            daily_note=_SW_DAILY_DUMP,
            concurrent=(_WATER_85_4,),
        ),
        basis(
            article(
                code.INSTRUMENT,
                1169,
                _CODE_1169_1,
                paragraph=1,
                note="The Code adds 抛撒 and 焚烧 and reaches every solid waste; burning is the kind "
                "waste.unauthorised-burning. Hazardous waste and sludge are ¶2.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=_1169_ENFORCERS,
            measures=_1169_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DUMP,
            concurrent=(_CODE_1136_5,),
        ),
        keywords=("工业固体废物", "倾倒", "堆放", "丢弃", "industrial solid waste", "dumping"),
    ),
    kind(
        "waste.unauthorised-burning",
        "擅自焚烧固体废物（生活垃圾以外）",
        "solid waste (other than household waste) burnt without authorisation",
        "waste",
        basis(
            article(
                code.INSTRUMENT,
                1169,
                _CODE_1169_1,
                paragraph=1,
                note="New in the Code for solid waste as such: 固废法 2020 Art. 102 (7) did not list "
                "焚烧, so there is no earlier basis in it and an earlier act is not penalised under "
                "this kind (行政处罚法 Art. 37). Before the Code, burning waste that gives off toxic "
                "smoke in populated or specially protected areas was fined under 大气污染防治法 "
                "Art. 119 ¶2 (now Code Art. 1131 ¶2, Section 4), and burning that polluted the "
                "environment could fall under 固废法 Art. 102 (11) (waste.other-requirements). "
                "Burning household waste is waste.household-dumping; hazardous waste is ¶2.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=_1169_ENFORCERS,
            measures=_1169_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DUMP,
        ),
        keywords=("焚烧", "固体废物", "露天焚烧", "burning", "solid waste"),
    ),
    kind(
        "waste.household-dumping",
        "单位随意倾倒、抛撒、堆放或者焚烧生活垃圾",
        "household waste dumped, scattered, piled or burnt at will by a unit",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                111,
                _q(
                    _SW_111_HEAD, "（一）随意倾倒、抛撒、堆放或者焚烧生活垃圾的；", _SW_111_UNIT_LOW
                ),
                paragraph=1,
                item=1,
                note="The unit's fine; an individual's is the kind waste.household-dumping-individual.",
            ),
            yuan(50_000, 500_000),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_penalty=_SW_DAILY,
            daily_note=_SW_DAILY_DUMP,
            concurrent=(_WATER_85_4,),
        ),
        basis(
            article(code.INSTRUMENT, 1169, _CODE_1169_1, paragraph=1),
            yuan(100_000, 1_000_000),
            enforcers=_1169_ENFORCERS,
            measures=_1169_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DUMP,
            concurrent=(_CODE_1136_5,),
        ),
        keywords=("生活垃圾", "随意倾倒", "焚烧", "household waste", "dumping"),
    ),
    kind(
        "waste.household-dumping-individual",
        "个人擅自倾倒、抛撒、堆放或者焚烧生活垃圾",
        "household waste dumped, scattered, piled or burnt by an individual",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                111,
                _q(_SW_111_HEAD, "（一）随意倾倒、抛撒、堆放或者焚烧生活垃圾的；", _SW_111_PERSON),
                paragraph=1,
                item=1,
            ),
            yuan(100, 500),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_note="An individual is not a unit or other producer: 固废法 Art. 119 does not "
            "reach it.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1169,
                _CODE_1169_3,
                paragraph=3,
                note="Household waste the individual produced; waste of others is ¶1.",
            ),
            yuan(100, 1000),
            enforcers=("sanitation",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_INDIVIDUAL,
        ),
        keywords=("生活垃圾", "个人", "乱扔", "household waste", "individual"),
    ),
    kind(
        "waste.household-waste-transport-spill",
        "在运输过程中沿途丢弃、遗撒生活垃圾",
        "household waste abandoned or spilled along the route in transport",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                111,
                _q(
                    _SW_111_HEAD,
                    "（七）在运输过程中沿途丢弃、遗撒生活垃圾的。",
                    _SW_111_UNIT_LOW,
                    _SW_111_PERSON,
                ),
                paragraph=1,
                item=7,
                note="单位 and 个人 are fined differently; an other producer or operator must be "
                "classed as one or the other.",
            ),
            tiers(
                band(yuan(50_000, 500_000), fact("party_type", "unit"), zh="单位", en="unit"),
                band(yuan(100, 500), fact("party_type", "individual"), zh="个人", en="individual"),
            ),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_penalty=_SW_DAILY,
            daily_note=_SW_DAILY_DUMP + " Not for an individual, who is no unit or producer.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1169,
                _CODE_1169_1,
                paragraph=1,
                note="¶1 reaches whoever abandons or spills household waste in transport; an "
                "individual spilling household waste he produced himself is ¶3 "
                "(waste.household-dumping-individual).",
            ),
            yuan(100_000, 1_000_000),
            enforcers=_1169_ENFORCERS,
            measures=_1169_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DUMP,
        ),
        keywords=("生活垃圾", "运输", "遗撒", "household waste", "spill", "transport"),
    ),
    kind(
        "waste.construction-waste-dumping",
        "工程施工单位擅自倾倒、抛撒或者堆放建筑垃圾",
        "construction waste dumped, scattered or piled by a construction contractor",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                111,
                _q(
                    _SW_111_HEAD,
                    "（四）工程施工单位擅自倾倒、抛撒或者堆放工程施工过程中产生的建筑垃圾，",
                    _SW_111_UNIT_HIGH,
                ),
                paragraph=1,
                item=4,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_penalty=_SW_DAILY,
            daily_note=_SW_DAILY_DUMP,
            concurrent=(_WATER_85_4,),
        ),
        basis(
            article(code.INSTRUMENT, 1169, _CODE_1169_1, paragraph=1),
            yuan(100_000, 1_000_000),
            enforcers=_1169_ENFORCERS,
            measures=_1169_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DUMP,
            concurrent=(_CODE_1136_5,),
        ),
        keywords=("建筑垃圾", "工程施工单位", "倾倒", "construction waste", "dumping"),
    ),
    kind(
        "waste.individual-construction-waste-dumping",
        "个人擅自倾倒、堆放、丢弃、抛撒、遗撒、焚烧个人产生的建筑垃圾",
        "construction waste an individual produced, dumped, piled, abandoned, spilled or burnt",
        "waste",
        basis(
            article(
                code.INSTRUMENT,
                1169,
                _CODE_1169_3,
                paragraph=3,
                note="New in the Code: no earlier basis in a statute; an earlier act is not "
                "penalised under this catalogue (行政处罚法 Art. 37). 固废法 2020 Art. 111 fined "
                "individuals only for household waste and construction waste only when a "
                "construction contractor dumped it; the departmental rule 城市建筑垃圾管理规定 "
                "(建设部令第139号) Art. 26, not encoded here, fined 个人 up to 200 yuan.",
            ),
            yuan(100, 1000),
            enforcers=("sanitation",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_INDIVIDUAL,
        ),
        keywords=("建筑垃圾", "装修垃圾", "个人", "construction waste", "individual"),
    ),
    kind(
        "waste.hazardous-dumping",
        "擅自倾倒、堆放危险废物",
        "hazardous waste dumped or piled without authorisation",
        "waste",
        basis(
            _sw_112(3, "（三）擅自倾倒、堆放危险废物的；", _SW_112_COST),
            _R_SW_112_COST,
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_penalty=_SW_DAILY,
            daily_note=_SW_DAILY_DUMP,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1169,
                _q(_CODE_1169_1, _CODE_1169_2),
                paragraph=2,
                note="¶2 sets the fine for hazardous waste; the conduct and the measures are ¶1's.",
            ),
            _R_1169_2,
            persons=yuan(20_000, 100_000),
            enforcers=_1169_ENFORCERS,
            measures=_1169_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DUMP,
        ),
        keywords=("危险废物", "非法倾倒", "堆放", "hazardous waste", "illegal dumping"),
        never_lenient=True,
    ),
    kind(
        "waste.hazardous-transport-spill",
        "在运输过程中沿途丢弃、遗撒危险废物",
        "hazardous waste abandoned or spilled along the route in transport",
        "waste",
        basis(
            _sw_112(11, "（十一）在运输过程中沿途丢弃、遗撒危险废物的；", _SW_112_COST),
            _R_SW_112_COST,
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_penalty=_SW_DAILY,
            daily_note=_SW_DAILY_DUMP,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1169,
                _q(_CODE_1169_1, _CODE_1169_2),
                paragraph=2,
                note="丢弃、遗撒 hazardous waste: ¶2 sets the fine, ¶1 the conduct and measures.",
            ),
            _R_1169_2,
            persons=yuan(20_000, 100_000),
            enforcers=_1169_ENFORCERS,
            measures=_1169_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DUMP,
        ),
        keywords=("危险废物", "运输", "遗撒", "丢弃", "hazardous waste", "spill"),
        never_lenient=True,
    ),
    kind(
        "waste.sludge-dumping",
        "擅自倾倒、堆放、丢弃、遗撒城镇污水处理设施产生的污泥和处理后的污泥",
        "sewage sludge (raw or treated) dumped, piled, abandoned or spilled without authorisation",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                108,
                "违反本法规定，擅自倾倒、堆放、丢弃、遗撒城镇污水处理设施产生的污泥和处理后的污泥的，"
                "由城镇排水主管部门责令改正，处二十万元以上二百万元以下的罚款，对直接负责的主管人员和"
                "其他直接责任人员处二万元以上十万元以下的罚款；造成严重后果的，处二百万元以上五百万元"
                "以下的罚款，对直接负责的主管人员和其他直接责任人员处五万元以上五十万元以下的罚款；"
                "拒不改正的，城镇排水主管部门可以指定有治理能力的单位代为治理，所需费用由违法者承担。",
                paragraph=2,
            ),
            _R_1169_2,
            persons=tiers(
                band(
                    yuan(50_000, 500_000),
                    fact("severe_consequences"),
                    zh="造成严重后果",
                    en="severe",
                ),
                band(yuan(20_000, 100_000)),
            ),
            enforcers=("urban_drainage",),
            measures=("order_correction", "proxy_remediation"),
            daily_penalty=_SW_DAILY,
            daily_note=_SW_DAILY_DUMP,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1169,
                _q(_CODE_1169_1, _CODE_1169_2),
                paragraph=2,
                note="The Code keeps the unit's bands but drops the persons' higher band for severe "
                "consequences (固废法 Art. 108 ¶2: 50,000–500,000).",
            ),
            _R_1169_2,
            persons=yuan(20_000, 100_000),
            enforcers=_1169_ENFORCERS,
            measures=_1169_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DUMP,
        ),
        keywords=("污泥", "城镇污水处理", "倾倒", "sludge", "sewage sludge", "dumping"),
    ),
    # --- Art. 1170: industrial solid waste blown, run off or leaked ------------------------
    kind(
        "waste.industrial-leakage",
        "未采取防范措施，造成工业固体废物扬散、流失、渗漏或者其他环境污染",
        "industrial solid waste blown away, run off or leaked for want of precautions",
        "waste",
        basis(
            _sw_102(7, _SW_102_7, _SW_102_COST),
            _R_SW_102_COST,
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_penalty=_SW_DAILY,
            daily_note=_SW_DAILY_LEAK,
        ),
        basis(
            article(code.INSTRUMENT, 1170, _CODE_1170),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=("order_correction", "close"),
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_LEAK,
        ),
        keywords=("工业固体废物", "扬散", "流失", "渗漏", "leakage", "industrial solid waste"),
    ),
    kind(
        "waste.hazardous-leakage",
        "未采取防范措施，造成危险废物扬散、流失、渗漏或者其他环境污染",
        "hazardous waste blown away, run off or leaked for want of precautions",
        "waste",
        basis(
            _sw_112(
                10,
                "（十）未采取相应防范措施，造成危险废物扬散、流失、渗漏或者其他环境污染的；",
                _SW_112_COST,
            ),
            _R_SW_112_COST,
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_penalty=_SW_DAILY,
            daily_note=_SW_DAILY_LEAK,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1170,
                _q(_CODE_1170, _CODE_1170_HAZ),
                note="The Code's band is for industrial solid waste that is hazardous waste; "
                "固废法 Art. 112 (10) reached all hazardous waste.",
            ),
            yuan(200_000, 2_000_000),
            enforcers=_EE,
            measures=("order_correction", "close"),
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_LEAK,
        ),
        keywords=("危险废物", "扬散", "流失", "渗漏", "hazardous waste", "leakage"),
    ),
    # --- Art. 1171: industrial solid waste management --------------------------------------
    kind(
        "waste.protected-area-facility",
        "在生态保护红线区域等需要特别保护的区域内建设工业固体废物、危险废物集中贮存、利用、处置的"
        "设施、场所和生活垃圾填埋场",
        "industrial or hazardous waste facility or household-waste landfill built in a specially "
        "protected area (ecological red line, permanent basic farmland)",
        "waste",
        basis(
            _sw_102(
                4,
                "（四）在生态保护红线区域、永久基本农田集中区域和其他需要特别保护的区域内，建设工业"
                "固体废物、危险废物集中贮存、利用、处置的设施、场所和生活垃圾填埋场的；",
                _SW_102_MID,
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            _code_1171(
                1,
                "（一）在生态保护红线区域、永久基本农田集中区域和其他需要特别保护的区域内，建设工业"
                "固体废物、建筑垃圾、危险废物集中贮存、利用、处置的设施、场所和生活垃圾填埋场；",
                _CODE_1171_HIGH,
                note="The Code adds construction-waste facilities "
                "(waste.protected-area-construction-waste-facility).",
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("生态保护红线", "永久基本农田", "填埋场", "red line", "landfill"),
    ),
    kind(
        "waste.protected-area-construction-waste-facility",
        "在生态保护红线区域等需要特别保护的区域内建设建筑垃圾集中贮存、利用、处置的设施、场所",
        "construction-waste storage, use or disposal facility built in a specially protected area",
        "waste",
        basis(
            _code_1171(
                1,
                "（一）在生态保护红线区域、永久基本农田集中区域和其他需要特别保护的区域内，建设工业"
                "固体废物、建筑垃圾、危险废物集中贮存、利用、处置的设施、场所和生活垃圾填埋场；",
                _CODE_1171_HIGH,
                note="New in the Code: 固废法 2020 Art. 102 (4) did not name construction-waste "
                "facilities; no earlier basis, an earlier act is not penalised (行政处罚法 Art. 37).",
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("生态保护红线", "建筑垃圾", "red line", "construction waste"),
    ),
    kind(
        "waste.transfer-storage-disposal-unapproved",
        "转移固体废物出省、自治区、直辖市行政区域贮存、处置未经批准",
        "solid waste moved out of the province for storage or disposal without approval",
        "waste",
        basis(
            _sw_102(
                5,
                "（五）转移固体废物出省、自治区、直辖市行政区域贮存、处置未经批准的；",
                _SW_102_MID,
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            _code_1171(
                2,
                "（二）转移固体废物出省、自治区、直辖市行政区域贮存、处置未经批准；",
                _CODE_1171_HIGH,
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("跨省转移", "未经批准", "固体废物", "transfer", "approval"),
    ),
    kind(
        "waste.transfer-use-unreported",
        "转移固体废物出省、自治区、直辖市行政区域利用，未提前报送信息（未报备案）",
        "solid waste moved out of the province for use without reporting it in advance",
        "waste",
        basis(
            _sw_102(
                6,
                "（六）转移固体废物出省、自治区、直辖市行政区域利用未报备案的；",
                _SW_102_MID,
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            _code_1171(
                3,
                "（三）转移固体废物出省、自治区、直辖市行政区域利用，未提前报送信息；",
                _CODE_1171_LOW,
                note="The Code lowers the fine (固废法 Art. 102 (6): 100,000–1,000,000).",
            ),
            yuan(50_000, 500_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("跨省转移", "备案", "报送信息", "transfer", "filing"),
    ),
    kind(
        "waste.industrial-improper-entrustment",
        "产生工业固体废物的单位违反规定委托他人运输、利用、处置工业固体废物",
        "industrial solid waste entrusted to others for transport, use or disposal against the law",
        "waste",
        basis(
            _sw_102(
                9,
                "（九）产生工业固体废物的单位违反本法规定委托他人运输、利用、处置工业固体废物的；",
                _SW_102_MID,
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            _code_1171(
                4,
                "（四）产生工业固体废物的单位违反本法规定委托他人运输、利用、处置工业固体废物；",
                _CODE_1171_HIGH,
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note="Entrusting others is not itself a discharge, dumping or disposal: Code "
            "Art. 1060 does not reach it.",
        ),
        keywords=("工业固体废物", "委托", "运输", "处置", "entrustment", "industrial solid waste"),
    ),
    kind(
        "waste.industrial-storage-unprotected",
        "贮存工业固体废物未采取符合国家生态环境保护标准的防护措施",
        "industrial solid waste stored without the protective measures the standards require",
        "waste",
        basis(
            _sw_102(
                10,
                "（十）贮存工业固体废物未采取符合国家环境保护标准的防护措施的；",
                _SW_102_MID,
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            _code_1171(
                5,
                "（五）贮存工业固体废物未采取符合国家生态环境保护标准的防护措施；",
                _CODE_1171_HIGH,
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note="Storage is not a discharge, dumping or disposal: Code Art. 1060 does not "
            "reach it (a leak from the store is waste.industrial-leakage).",
        ),
        keywords=("工业固体废物", "贮存", "防护措施", "storage", "industrial solid waste"),
    ),
    kind(
        "waste.other-requirements",
        "单位和其他生产经营者违反固体废物管理其他要求，污染环境、破坏生态",
        "other solid-waste requirements broken by a unit or producer, polluting or harming ecology",
        "waste",
        basis(
            _sw_102(
                11,
                "（十一）单位和其他生产经营者违反固体废物管理其他要求，污染环境、破坏生态的。",
                _q(
                    _SW_102_MID,
                    "对前款第十一项行为的处罚，有关法律、行政法规另有规定的，适用其规定。",
                ),
                note="Where another law or administrative regulation fines the conduct, that "
                "provision applies instead.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note="A catch-all item, not in itself a discharge: 固废法 Art. 119 is not "
            "applied to it here.",
        ),
        basis(
            _code_1171(
                6,
                "（六）单位和其他生产经营者违反固体废物管理其他要求，污染环境、破坏生态。",
                _q(
                    _CODE_1171_HIGH,
                    "对前款第六项情形的处罚，有关法律、行政法规另有规定的，依照其规定。",
                ),
                note="Where another law or administrative regulation fines the conduct, that "
                "provision applies instead.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note="A catch-all item, not in itself a discharge, dumping or disposal: Code "
            "Art. 1060 is not applied to it here (a dumping is Art. 1169).",
        ),
        keywords=("固体废物", "其他要求", "污染环境", "solid waste", "other requirements"),
    ),
    kind(
        "waste.industrial-ledger",
        "产生工业固体废物的单位未建立工业固体废物管理台账并如实记录",
        "no industrial solid waste ledger kept truthfully by the producing unit",
        "waste",
        basis(
            _sw_102(
                8,
                "（八）产生工业固体废物的单位未建立固体废物管理台账并如实记录的；",
                _SW_102_LOW,
            ),
            yuan(50_000, 200_000),
            enforcers=_EE,
            measures=_102_MEASURES,
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1171,
                "违反本法规定，产生工业固体废物的单位未建立工业固体废物管理台账并如实记录的，由生态环境"
                "主管部门责令改正；拒不改正的，处五万元以上二十万元以下的罚款。",
                paragraph=3,
                note="The Code fines only a refusal to correct; a first breach is ordered corrected "
                "without a fine (the rule's last band is no fine).",
            ),
            tiers(
                band(
                    yuan(50_000, 200_000), fact("refused_to_correct"), zh="拒不改正", en="refused"
                ),
                _NO_FINE_ORDER,
            ),
            enforcers=_EE,
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("台账", "工业固体废物", "记录", "ledger", "records"),
    ),
    # --- Art. 1172: sludge tracking ---------------------------------------------------------
    kind(
        "waste.sludge-tracking",
        "污水处理设施运营单位或者污泥处理处置单位未跟踪、记录污泥流向、用途、用量，或者处理后的污泥"
        "不符合国家标准",
        "sludge destination, use or quantity not tracked and recorded, or treated sludge below the "
        "national standard",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                108,
                "违反本法规定，城镇污水处理设施维护运营单位或者污泥处理单位对污泥流向、用途、用量等未进行"
                "跟踪、记录，或者处理后的污泥不符合国家有关标准的，由城镇排水主管部门责令改正，给予警告；"
                "造成严重后果的，处十万元以上二十万元以下的罚款；拒不改正的，城镇排水主管部门可以指定有"
                "治理能力的单位代为治理，所需费用由违法者承担。",
                paragraph=1,
                note="A fine only where severe consequences were caused; otherwise a warning.",
            ),
            _R_SLUDGE_TRACKING,
            enforcers=("urban_drainage",),
            measures=("order_correction", "warning", "proxy_remediation"),
            daily_note=_SW_DAILY_NO,
            concurrent=(
                provision(
                    article(
                        water.INSTRUMENT,
                        88,
                        "城镇污水集中处理设施的运营单位或者污泥处理处置单位，处理处置后的污泥不符合国家"
                        "标准，或者对污泥去向等未进行记录的，由城镇排水主管部门责令限期采取治理措施，给予"
                        "警告；造成严重后果的，处十万元以上二十万元以下的罚款；",
                    ),
                    _R_SLUDGE_TRACKING,
                    note="水污染防治法 Art. 88 fines the same act with the same band: 行政处罚法 "
                    "Art. 29 (the higher fine) makes no difference. It always applies: the same "
                    "operators (城镇污水集中处理设施的运营单位, 污泥处理处置单位), treated sludge "
                    "below the national standard, and 对污泥去向等未进行记录, which reaches the "
                    "destination, use and quantity (流向、用途、用量) alike.",
                ),
            ),
        ),
        basis(
            article(
                code.INSTRUMENT,
                1172,
                "违反本法规定，城镇污水集中处理设施的运营单位或者污泥无害化处理处置单位对污泥流向、用途、"
                "用量等未进行跟踪、记录，或者处理处置后的污泥不符合国家标准的，由城镇排水主管部门责令"
                "改正，给予警告；造成严重后果的，并处十万元以上二十万元以下的罚款；拒不改正的，指定有"
                "治理能力的单位代为治理，所需费用由违法者承担。",
                note="A fine only where severe consequences were caused; otherwise a warning.",
            ),
            _R_SLUDGE_TRACKING,
            enforcers=("urban_drainage",),
            measures=("order_correction", "warning", "proxy_remediation"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("污泥", "台账", "流向", "sludge", "tracking"),
    ),
    # --- Art. 1173: mine waste stores not closed --------------------------------------------
    kind(
        "waste.mine-storage-not-closed",
        "尾矿、煤矸石、废石等矿业固体废物贮存设施停止使用后未按照规定封场",
        "disused tailings, coal gangue or waste-rock store not closed as the rules require",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                110,
                "尾矿、煤矸石、废石等矿业固体废物贮存设施停止使用后，未按照国家有关环境保护规定进行封场"
                "的，由生态环境主管部门责令改正，处二十万元以上一百万元以下的罚款。",
            ),
            yuan(200_000, 1_000_000),
            enforcers=_EE,
            measures=("order_correction",),
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1173,
                "违反本法规定，尾矿、煤矸石、废石等矿业固体废物贮存设施停止使用后，未按照国家有关生态环境"
                "保护等规定进行封场的，由生态环境主管部门责令改正，处二十万元以上一百万元以下的罚款。",
            ),
            yuan(200_000, 1_000_000),
            enforcers=_EE,
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("尾矿", "煤矸石", "封场", "tailings", "closure"),
    ),
    # --- Art. 1174: household and construction waste ---------------------------------------
    kind(
        "waste.household-facility-closed",
        "擅自关闭、闲置或者拆除生活垃圾处理设施、场所",
        "household-waste treatment facility closed, left idle or dismantled without authorisation",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                111,
                _q(
                    _SW_111_HEAD,
                    "（二）擅自关闭、闲置或者拆除生活垃圾处理设施、场所的；",
                    _SW_111_UNIT_HIGH,
                ),
                paragraph=1,
                item=2,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1174,
                _q(
                    _CODE_1174_HEAD,
                    "（一）擅自关闭、闲置或者拆除生活垃圾处理设施、场所；",
                    _CODE_1174_UNIT,
                ),
                paragraph=1,
                item=1,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("生活垃圾处理设施", "擅自关闭", "闲置", "household waste facility"),
    ),
    kind(
        "waste.kitchen-waste-not-treated",
        "产生、收集厨余垃圾的单位和其他生产经营者未将厨余垃圾交由具备相应资质条件的单位进行无害化处理",
        "kitchen waste not handed to a qualified unit for harmless treatment",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                111,
                _q(
                    _SW_111_HEAD,
                    "（五）产生、收集厨余垃圾的单位和其他生产经营者未将厨余垃圾交由具备相应资质条件的单位"
                    "进行无害化处理的；",
                    _SW_111_UNIT_HIGH,
                    _SW_111_PERSON,
                ),
                paragraph=1,
                item=5,
                note="单位 and 个人 are fined differently; an other producer or operator must be "
                "classed as one or the other (an individual business is 个人).",
            ),
            tiers(
                band(yuan(100_000, 1_000_000), fact("party_type", "unit"), zh="单位", en="unit"),
                band(yuan(100, 500), fact("party_type", "individual"), zh="个人", en="individual"),
            ),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1174,
                _q(
                    _CODE_1174_HEAD,
                    "（二）产生、收集厨余垃圾的单位和其他生产经营者未将厨余垃圾交由具备相应资质条件的单位"
                    "进行无害化处理；",
                    _CODE_1174_UNIT,
                    _CODE_1174_PERSON,
                ),
                paragraph=1,
                item=2,
                note="单位 and 个人 are fined differently (¶2); an other producer or operator must "
                "be classed as one or the other.",
            ),
            tiers(
                band(yuan(100_000, 1_000_000), fact("party_type", "unit"), zh="单位", en="unit"),
                band(yuan(100, 500), fact("party_type", "individual"), zh="个人", en="individual"),
            ),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("厨余垃圾", "餐厨垃圾", "无害化处理", "kitchen waste", "food waste"),
    ),
    kind(
        "waste.construction-waste-not-used-disposed",
        "工程施工单位未按照规定对施工过程中产生的建筑垃圾进行利用或者处置",
        "construction waste not used or disposed of as the rules require by the contractor",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                111,
                _q(
                    _SW_111_HEAD,
                    "或者未按照规定对施工过程中产生的固体废物进行利用或者处置的；",
                    _SW_111_UNIT_HIGH,
                ),
                paragraph=1,
                item=4,
                note="The second half of item (4); the first half (dumping) is "
                "waste.construction-waste-dumping.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1174,
                _q(
                    _CODE_1174_HEAD,
                    "（三）工程施工单位未按照规定对工程施工过程中产生的建筑垃圾进行利用或者处置；",
                    _CODE_1174_UNIT,
                ),
                paragraph=1,
                item=3,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_penalty=_CODE_DAILY,
            daily_note="Reading: Code Art. 1060 reaches a disposal done against the rules "
            "(违法处置); a mere failure to arrange use or disposal is no disposal and is not reached.",
        ),
        keywords=("建筑垃圾", "利用", "处置", "construction waste", "disposal"),
    ),
    kind(
        "waste.construction-waste-plan",
        "工程施工单位未编制建筑垃圾处理方案报备案，或者未及时清运施工过程中产生的建筑垃圾",
        "no construction-waste plan filed, or construction waste not cleared in time",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                111,
                _q(
                    _SW_111_HEAD,
                    "（三）工程施工单位未编制建筑垃圾处理方案报备案，或者未及时清运施工过程中产生的固体"
                    "废物的；",
                    _SW_111_UNIT_HIGH,
                ),
                paragraph=1,
                item=3,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1174,
                _q(
                    _CODE_1174_HEAD,
                    "（四）工程施工单位未编制建筑垃圾处理方案并报备案，或者未及时清运工程施工过程中产生的"
                    "建筑垃圾。",
                    _CODE_1174_UNIT,
                ),
                paragraph=1,
                item=4,
            ),
            yuan(100_000, 1_000_000),
            enforcers=("sanitation",),
            measures=_111_MEASURES,
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("建筑垃圾", "处理方案", "备案", "清运", "construction waste", "plan"),
    ),
    kind(
        "waste.household-sorting",
        "单位未在指定的地点分类投放生活垃圾",
        "household waste not sorted into the designated places by a unit",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                111,
                "违反本法规定，未在指定的地点分类投放生活垃圾的，由县级以上地方人民政府环境卫生主管部门"
                "责令改正；情节严重的，对单位处五万元以上五十万元以下的罚款，对个人依法处以罚款。",
                paragraph=3,
                note="A unit is fined only where the case is serious (otherwise the order to correct "
                "alone); an individual is the kind waste.household-sorting-individual.",
            ),
            tiers(
                band(yuan(50_000, 500_000), fact("serious"), zh="情节严重", en="serious"),
                _NO_FINE_ORDER,
            ),
            enforcers=("sanitation",),
            measures=("order_correction",),
            daily_note=_SW_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1174,
                "违反本法规定，未在指定的地点分类投放生活垃圾的，由环境卫生主管部门责令改正；拒不改正的，"
                "对单位处五万元以上五十万元以下的罚款，对个人依法处以罚款。",
                paragraph=3,
                note="A unit is fined only after a refusal to correct (固废法 Art. 111 ¶3: only "
                "where serious); an individual is the kind waste.household-sorting-individual.",
            ),
            tiers(
                band(
                    yuan(50_000, 500_000), fact("refused_to_correct"), zh="拒不改正", en="refused"
                ),
                _NO_FINE_ORDER,
            ),
            enforcers=("sanitation",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("垃圾分类", "分类投放", "生活垃圾", "waste sorting", "household waste"),
    ),
    kind(
        "waste.household-sorting-individual",
        "个人未在指定的地点分类投放生活垃圾",
        "household waste not sorted into the designated places by an individual",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                111,
                "违反本法规定，未在指定的地点分类投放生活垃圾的，由县级以上地方人民政府环境卫生主管部门"
                "责令改正；情节严重的，对单位处五万元以上五十万元以下的罚款，对个人依法处以罚款。",
                paragraph=3,
                note="An individual is fined only where the case is serious, and 依法处以罚款 "
                "leaves the amount to other law (the local regulations on household-waste sorting).",
            ),
            tiers(
                band(
                    unspecified(
                        "固体废物污染环境防治法 Art. 111 ¶3 fines an individual 依法 (by other law) "
                        "and writes no amount; the local regulations on household-waste sorting "
                        "set it. ecoreg encodes none of them and cannot decide the fine."
                    ),
                    fact("serious"),
                    zh="情节严重",
                    en="serious",
                ),
                _NO_FINE_ORDER,
            ),
            enforcers=("sanitation",),
            measures=("order_correction",),
            daily_note="An individual's sorting is no discharge by a unit or other producer: "
            "固废法 Art. 119 does not reach it.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1174,
                "违反本法规定，未在指定的地点分类投放生活垃圾的，由环境卫生主管部门责令改正；拒不改正的，"
                "对单位处五万元以上五十万元以下的罚款，对个人依法处以罚款。",
                paragraph=3,
                note="An individual is fined only after a refusal to correct (固废法 Art. 111 ¶3: "
                "only where serious), and 依法处以罚款 leaves the amount to other law (the local "
                "regulations on household-waste sorting).",
            ),
            tiers(
                band(
                    unspecified(
                        "生态环境法典 Art. 1174 ¶3 fines an individual 依法 (by other law) and "
                        "writes no amount; the local regulations on household-waste sorting set "
                        "it. ecoreg encodes none of them and cannot decide the fine."
                    ),
                    fact("refused_to_correct"),
                    zh="拒不改正",
                    en="refused",
                ),
                _NO_FINE_ORDER,
            ),
            enforcers=("sanitation",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_INDIVIDUAL,
        ),
        keywords=("垃圾分类", "分类投放", "个人", "生活垃圾", "waste sorting", "individual"),
    ),
    # --- Art. 1175: hazardous waste management ---------------------------------------------
    _hazardous(
        "hazardous-no-label",
        "未设置危险废物识别标志",
        "no hazardous waste identification mark",
        (1, "（一）未按照规定设置危险废物识别标志的；"),
        (1, "（一）未设置危险废物识别标志；"),
        ("识别标志", "标签", "label"),
    ),
    _hazardous(
        "hazardous-no-plan",
        "未制定危险废物管理计划，或者未申报危险废物有关资料",
        "no hazardous waste management plan, or hazardous waste data not declared",
        (2, "（二）未按照国家有关规定制定危险废物管理计划或者申报危险废物有关资料的；"),
        (2, "（二）未制定危险废物管理计划，或者未申报危险废物有关资料；"),
        ("管理计划", "申报", "management plan"),
    ),
    _hazardous(
        "hazardous-no-ledger",
        "未建立危险废物管理台账并如实记录",
        "no hazardous waste ledger kept truthfully",
        (13, "（十三）未按照国家有关规定建立危险废物管理台账并如实记录的。"),
        (3, "（三）未建立危险废物管理台账并如实记录；"),
        ("台账", "ledger", "records"),
    ),
    kind(
        "waste.hazardous-improper-storage-disposal",
        "未按照国家规定和标准贮存、利用、处置危险废物，或者将危险废物混入非危险废物中贮存",
        "hazardous waste stored, used or disposed of against the standards, or mixed into "
        "non-hazardous waste in storage",
        "waste",
        _sw_112_basis(
            6,
            "（六）未按照国家环境保护标准贮存、利用、处置危险废物或者将危险废物混入非危险废物中"
            "贮存的；",
        ),
        _code_1175_basis(
            4,
            "（四）未按照国家规定和生态环境保护标准贮存、利用、处置危险废物，或者将危险废物混入非危险"
            "废物中贮存；",
            disposal=True,
        ),
        keywords=("危险废物", "贮存", "处置", "混入", "hazardous waste", "storage"),
    ),
    kind(
        "waste.hazardous-to-unlicensed",
        "将危险废物提供或者委托给无许可证的单位或者其他生产经营者从事相关活动",
        "hazardous waste handed or entrusted to an unlicensed unit or operator",
        "waste",
        _sw_112_basis(
            4,
            "（四）将危险废物提供或者委托给无许可证的单位或者其他生产经营者从事经营活动的；",
            cost=True,
        ),
        _code_1175_basis(
            5,
            "（五）将危险废物提供或者委托给无许可证的单位或者其他生产经营者从事相关活动；",
            high=True,
        ),
        keywords=("危险废物", "无许可证", "委托", "hazardous waste", "unlicensed"),
    ),
    _hazardous(
        "hazardous-incompatible-mixing",
        "未经安全性处置，混合收集、贮存、运输、处置性质不相容的危险废物",
        "incompatible hazardous wastes mixed in collection, storage, transport or disposal",
        (7, "（七）未经安全性处置，混合收集、贮存、运输、处置具有不相容性质的危险废物的；"),
        (6, "（六）未经安全性处置，混合收集、贮存、运输、处置性质不相容的危险废物；"),
        ("不相容", "混合", "incompatible"),
    ),
    _hazardous(
        "hazardous-no-manifest",
        "未填写、运行危险废物转移联单",
        "hazardous waste transfer manifest not filled in or run",
        (
            5,
            "（五）未按照国家有关规定填写、运行危险废物转移联单或者未经批准擅自转移危险废物的；",
        ),
        (7, "（七）未填写、运行危险废物转移联单；"),
        ("转移联单", "manifest", "transfer"),
        old_note="The first half of item (5); the second half is waste.hazardous-unapproved-transfer.",
    ),
    _hazardous(
        "hazardous-unapproved-transfer",
        "未经批准擅自转移危险废物",
        "hazardous waste transferred without approval",
        (
            5,
            "（五）未按照国家有关规定填写、运行危险废物转移联单或者未经批准擅自转移危险废物的；",
        ),
        (8, "（八）未经批准擅自转移危险废物；"),
        ("擅自转移", "未经批准", "transfer", "approval"),
        high=True,
        old_note="The second half of item (5); the first half is waste.hazardous-no-manifest.",
    ),
    _hazardous(
        "hazardous-with-passengers",
        "将危险废物与旅客在同一运输工具上载运",
        "hazardous waste carried on the same vehicle as passengers",
        (8, "（八）将危险废物与旅客在同一运输工具上载运的；"),
        (9, "（九）将危险废物与旅客在同一运输工具上载运；"),
        ("旅客", "运输", "passengers"),
    ),
    _hazardous(
        "hazardous-containers-reused",
        "未经消除污染处理，将收集、贮存、运输、处置危险废物的场所、设施、设备和容器、包装物及其他物品"
        "转作他用",
        "hazardous waste sites, equipment, containers or packaging put to other use uncleaned",
        (
            9,
            (
                "（九）未经消除污染处理，将收集、贮存、运输、处置危险废物的场所、设施、设备和容器、包装物"
                "及其他物品转作他用的；"
            ),
        ),
        (
            10,
            (
                "（十）未经过消除污染处理，将收集、贮存、运输、利用、处置危险废物的场所、设施、设备和容器、"
                "包装物及其他物品转作他用；"
            ),
        ),
        ("包装物", "容器", "转作他用", "containers"),
    ),
    _hazardous(
        "hazardous-no-contingency-plan",
        "未制定危险废物意外事故防范措施和应急预案",
        "no hazardous waste accident precautions and contingency plan",
        (12, "（十二）未制定危险废物意外事故防范措施和应急预案的；"),
        (11, "（十一）未制定危险废物意外事故防范措施和应急预案。"),
        ("应急预案", "意外事故", "contingency plan"),
    ),
    # --- Art. 1177: producer refuses to dispose ---------------------------------------------
    kind(
        "waste.hazardous-producer-refuses-disposal",
        "危险废物产生者未按照规定处置其产生的危险废物，被责令改正后拒不改正",
        "hazardous waste producer that does not dispose of its waste and refuses an order to",
        "waste",
        basis(
            article(
                sw.INSTRUMENT,
                113,
                "违反本法规定，危险废物产生者未按照规定处置其产生的危险废物被责令改正后拒不改正的，由"
                "生态环境主管部门组织代为处置，处置费用由危险废物产生者承担；拒不承担代为处置费用的，"
                "处代为处置费用一倍以上三倍以下的罚款。",
                note="固废法 2020 fined the producer only if it also refused to bear the cost of the "
                "proxy disposal: 1–3 × that cost (read as disposal_cost, the cost of the disposal "
                "the agency arranged). A producer that paid was not fined.",
            ),
            multiple("disposal_cost", 1, 3),
            enforcers=_EE,
            measures=("proxy_remediation",),
            daily_note="Failing to dispose is not a discharge (排放): 固废法 Art. 119 does not "
            "reach it.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1177,
                "违反本法规定，危险废物产生者未按照规定处置其产生的危险废物，被责令改正后拒不改正的，由"
                "生态环境主管部门组织代为处置，处置费用由危险废物产生者承担，处十万元以上一百万元以下的"
                "罚款。",
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=("proxy_remediation",),
            daily_note="Failing to dispose is no discharge, dumping or disposal: Code Art. 1060 "
            "does not reach it (the agency arranges the disposal instead).",
        ),
        keywords=("危险废物", "代为处置", "拒不改正", "hazardous waste", "proxy disposal"),
    ),
    # --- Art. 1178: hazardous waste business without or against a licence ------------------
    _licence(
        "hazardous-unlicensed-collection-storage",
        "无许可证从事收集、贮存危险废物经营活动",
        "hazardous waste collected or stored as a business without a licence",
        licensed=False,
        disposal=False,
        keywords=("无证经营", "收集", "贮存", "unlicensed"),
    ),
    _licence(
        "hazardous-unlicensed-use-disposal",
        "无许可证从事利用、处置危险废物经营活动",
        "hazardous waste used or disposed of as a business without a licence",
        licensed=False,
        disposal=True,
        keywords=("无证经营", "利用", "处置", "unlicensed"),
    ),
    _licence(
        "hazardous-licence-breach-collection-storage",
        "未按照许可证规定从事收集、贮存危险废物经营活动",
        "hazardous waste collected or stored as a business against the licence",
        licensed=True,
        disposal=False,
        keywords=("许可证规定", "收集", "贮存", "licence breach"),
    ),
    _licence(
        "hazardous-licence-breach-use-disposal",
        "未按照许可证规定从事利用、处置危险废物经营活动",
        "hazardous waste used or disposed of as a business against the licence",
        licensed=True,
        disposal=True,
        keywords=("许可证规定", "利用", "处置", "licence breach"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (
    unfined(1168, "The section's scope article: it fines nobody."),
    unfined(
        1176,
        "Building and decoration materials over the national limits: liability under "
        "《中华人民共和国产品质量法》 and civil and criminal law, outside the Code.",
    ),
    unfined(
        1179,
        "Detention by the police only (法定代表人、主要负责人 and others); the fines for the same "
        "conduct are Arts. 1169, 1170, 1171, 1175 and 1178.",
    ),
    unfined(
        1180,
        "Seized waste whose owner cannot be found or that cannot be returned is disposed of by the "
        "local government: no penalty.",
    ),
)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
