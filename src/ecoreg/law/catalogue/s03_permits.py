"""Book 5, Ch. 2, Section 3 (第三节 违反排污许可管理规定): discharge permits, Arts. 1101–1112.

Each kind quotes the article that fines the conduct under the Code and, for acts
before 2026-08-15, the provision of the repealed statute (or of 排污许可管理条例)
that fined the same conduct then. Where the earlier law fined one Code item under
different provisions by medium (大气法, 水法, 海洋环境保护法, 噪声污染防治法,
固体废物法), the item has one kind per medium.

排污许可管理条例 (in force from 2021-03-01) stays in force beside the Code: where it
fines the same act, it is a concurrent provision of the Code's basis (and of the
statute's, before the Code), and by Code Art. 1055 (行政处罚法 Art. 29 before it)
the higher fine applies. Where it is the only earlier provision, it is the earlier
basis until 2026-08-14 and a concurrent provision from 2026-08-15.

Industrial noise: Arts. 1102, 1103 and 1107 end with 其中，污染物为工业噪声的，罚款数额为
二万元以上二十万元以下. The catalogue gives industrial noise its own kinds
(``noise.industrial-no-permit``, ``noise.industrial-over-permit-limit``,
``noise.industrial-over-standard``), whose Code fine is that sentence's range and
whose earlier basis is 噪声污染防治法 Art. 75, rather than a band on
``pollutant_is_industrial_noise`` in kinds that are about other media.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.law import air_pollution_law as air
from ecoreg.law import carbon_trading_regulation as carbon
from ecoreg.law import eco_code as code
from ecoreg.law import environmental_protection_law as epl
from ecoreg.law import marine_environment_law as marine
from ecoreg.law import noise_law as noise
from ecoreg.law import permit_regulation as permit
from ecoreg.law import radioactive_pollution_law as radioactive
from ecoreg.law import solid_waste_law as solid
from ecoreg.law import water_law
from ecoreg.law import water_pollution_law as water
from ecoreg.law._repeal import LAST_DAY_BEFORE_CODE
from ecoreg.law.catalogue._build import (
    Data,
    article,
    band,
    basis,
    cap,
    daily,
    fact,
    kind,
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
    from ecoreg.core._citations import Citation

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(3, "违反排污许可管理规定", "Discharge permits", 1101, 1112)

_UNTIL_CODE = LAST_DAY_BEFORE_CODE.isoformat()
_NEW_IN_CODE = (
    "New in the Code: no earlier basis; an earlier act is not penalised (行政处罚法 Art. 37)."
)

# ---------------------------------------------------------------------------------------------
# Daily continuous penalty (按日连续处罚)
# ---------------------------------------------------------------------------------------------

_CODE_DAILY = daily(code.ART_1060, obstruction_counts=True)
_AIR_DAILY = {n: daily(air.ART_123.model_copy(update={"item": n})) for n in (1, 2, 3)}
_WATER_DAILY = daily(
    article(
        water.INSTRUMENT,
        95,
        "企业事业单位和其他生产经营者违法排放水污染物，受到罚款处罚，被责令改正的，依法作出处罚"
        "决定的行政机关应当组织复查，发现其继续违法排放水污染物或者拒绝、阻挠复查的，依照"
        "《中华人民共和国环境保护法》的规定按日连续处罚。",
    ),
    obstruction_counts=True,
)
_MARINE_DAILY = daily(
    article(
        marine.INSTRUMENT,
        113,
        "企业事业单位和其他生产经营者违反本法规定向海域排放、倾倒、处置污染物、废弃物或者其他"
        "物质，受到罚款处罚，被责令改正的，依法作出处罚决定的部门或者机构应当组织复查，发现其"
        "继续实施该违法行为或者拒绝、阻挠复查的，依照《中华人民共和国环境保护法》的规定按日"
        "连续处罚。",
    ),
    obstruction_counts=True,
)
_MARINE_2017_DAILY = daily(
    article(
        marine.INSTRUMENT_2017,
        73,
        "拒不改正的，依法作出处罚决定的部门可以自责令改正之日的次日起，按照原罚款数额按日连续处罚",
        paragraph=1,
        item=2,
    )
)
_PERMIT_DAILY = daily(
    article(
        permit.INSTRUMENT,
        38,
        "排污单位违反本条例规定排放污染物，受到罚款处罚，被责令改正的，生态环境主管部门应当组织"
        "复查，发现其继续实施该违法行为或者拒绝、阻挠复查的，依照《中华人民共和国环境保护法》的"
        "规定按日连续处罚。",
    ),
    obstruction_counts=True,
)
_EPL_DAILY = daily(epl.ART_59)

_CODE_DAILY_DISCHARGE = (
    "An unlawful discharge of pollutants: Code Art. 1060 allows the daily penalty after a fine "
    "and an order to correct, also where the re-inspection is refused or obstructed."
)
_CODE_DAILY_NO = (
    "Not itself a discharge, dumping or disposal of pollutants or waste: Code Art. 1060 does not "
    "reach it (a local regulation may add it, Art. 1060 ¶3)."
)
_PERMIT_DAILY_NOTE = (
    "排污许可管理条例 Art. 38: a discharge in breach of the regulation, fined and ordered to "
    "correct, continuing or with the re-inspection refused or obstructed, is penalised daily under "
    "环境保护法 (Art. 59)."
)
_NO_DAILY_BEFORE = "No article of the instrument allows a daily penalty for this conduct."

# ---------------------------------------------------------------------------------------------
# 排污许可管理条例 provisions (concurrent beside the statutes and the Code)
# ---------------------------------------------------------------------------------------------

_REG_33_CHAPEAU = (
    "违反本条例规定，排污单位有下列行为之一的，由生态环境主管部门责令改正或者限制生产、停产整治，"
    "处20万元以上100万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭："
)
_REG_33 = article(
    permit.INSTRUMENT,
    33,
    _REG_33_CHAPEAU + "(一)未取得排污许可证排放污染物；(二)排污许可证有效期届满未申请延续或者延续"
    "申请未经批准排放污染物；(三)被依法撤销、注销、吊销排污许可证后排放污染物；(四)依法应当"
    "重新申请取得排污许可证，未重新申请取得排污许可证排放污染物。",
    note="Items (1)–(4): each is a discharge without a valid permit (none, expired, revoked or "
    "cancelled, or not applied for again), which the statute's and the Code's 未依法取得排污许可证"
    "排放污染物 covers as one act.",
)
_REG_33_4 = article(
    permit.INSTRUMENT,
    33,
    _REG_33_CHAPEAU + "……(四)依法应当重新申请取得排污许可证，未重新申请取得排污许可证排放污染物。",
    item=4,
    note="Art. 15 (3): an increase in the kinds of pollutants discharged (污染物排放种类……增加) "
    "requires a new permit; discharging a kind the permit does not list without one is item (4).",
)
_REG_34_CHAPEAU = (
    "违反本条例规定，排污单位有下列行为之一的，由生态环境主管部门责令改正或者限制生产、停产整治，"
    "处20万元以上100万元以下的罚款；情节严重的，吊销排污许可证，报经有批准权的人民政府批准，"
    "责令停业、关闭："
)
_REG_34_1 = article(
    permit.INSTRUMENT,
    34,
    _REG_34_CHAPEAU + "(一)超过许可排放浓度、许可排放量排放污染物；",
    item=1,
)
_REG_34_2 = article(
    permit.INSTRUMENT,
    34,
    _REG_34_CHAPEAU + "……(二)通过暗管、渗井、渗坑、灌注或者篡改、伪造监测数据，或者不正常运行污染"
    "防治设施等逃避监管的方式违法排放污染物。",
    item=2,
)
_REG_36_CHAPEAU = (
    "违反本条例规定，排污单位有下列行为之一的，由生态环境主管部门责令改正，处2万元以上20万元以下"
    "的罚款；拒不改正的，责令停产整治："
)
_REG_36_1 = article(
    permit.INSTRUMENT,
    36,
    _REG_36_CHAPEAU + "(一)污染物排放口位置或者数量不符合排污许可证规定；",
    item=1,
)
_REG_36_7 = article(
    permit.INSTRUMENT,
    36,
    _REG_36_CHAPEAU + "……(七)未按照排污许可证规定公开或者不如实公开污染物排放信息；",
    item=7,
)
_REG_40 = article(
    permit.INSTRUMENT,
    40,
    "排污单位以欺骗、贿赂等不正当手段申请取得排污许可证的，由审批部门依法撤销其排污许可证，"
    "处20万元以上50万元以下的罚款，3年内不得再次申请排污许可证。",
)
_REG_43 = article(
    permit.INSTRUMENT,
    43,
    "需要填报排污登记表的企业事业单位和其他生产经营者，未依照本条例规定填报排污信息的，由生态"
    "环境主管部门责令改正，可以处5万元以下的罚款。",
)

_EPL_62_QUOTE = (
    "违反本法规定，重点排污单位不公开或者不如实公开环境信息的，由县级以上地方人民政府环境保护主管"
    "部门责令公开，处以罚款，并予以公告。"
)
_EPL_62_FINE = unspecified(
    "环境保护法 Art. 62 fines a key discharging unit (重点排污单位) that does not disclose its "
    "environmental information, or not truthfully, with 处以罚款 and no amount; no encoded "
    "instrument sets one. ecoreg cannot decide the fine: look to the local regulations in force at "
    "the time of the act."
)
_EPL_62_ONLY_KEY = (
    "Art. 62 binds only a key discharging unit (重点排污单位, Art. 55: 主要污染物的名称、排放方式、"
    "排放浓度和总量、超标排放情况，以及防治污染设施的建设和运行情况); another party's failure was no "
    "violation then (行政处罚法 Art. 37)."
)


def _epl_62(note: str, *, until: str) -> Data:
    return basis(
        article(epl.INSTRUMENT, 62, _EPL_62_QUOTE, note=note),
        _EPL_62_FINE,
        enforcers=_ECO,
        measures=("order_correction", "publicise"),
        daily_note="Not a discharge: 环境保护法 Art. 59 does not reach it.",
        until=until,
    )


_CARBON_21_3 = article(
    carbon.INSTRUMENT,
    21,
    "重点排放单位有下列情形之一的，由生态环境主管部门责令改正，处5万元以上50万元以下的罚款；拒不"
    "改正的，可以责令停产整治：……（三）未按照规定向社会公开年度排放报告中的排放量、排放设施、统计"
    "核算方法等信息；",
    item=3,
)

_REG36_7_ONLY = (
    "It applies only where the key discharging unit is a unit under permit management whose "
    "permit requires the data to be disclosed: 大气污染防治法 Art. 100 (4) and Code Art. 1110 are "
    "not so limited."
)
_REG36_7_IF = (
    "重点排污单位系实行排污许可管理的排污单位，其排污许可证规定公开该自动监测数据",
    (
        "the key discharging unit is a unit under discharge-permit management whose permit requires "
        "the automatic monitoring data to be disclosed"
    ),
)

_REG_HIGH = yuan(200_000, 1_000_000)
_REG_LOW = yuan(20_000, 200_000)

_REG_FROM = "The 排污许可管理条例 is in force from 2021-03-01 (国务院令第736号). "


def _first(cite: Citation, note: str) -> Citation:
    """A regulation's citation as a kind's first basis, with why nothing fined the act before."""
    full = _REG_FROM + note if cite.note is None else f"{cite.note} {_REG_FROM}{note}"
    return cite.model_copy(update={"note": full})


def _reg33(note: str) -> Data:
    return provision(_REG_33, _REG_HIGH, note=note)


_REG33_ALWAYS = (
    "It always applies: only a unit that the law puts under permit management must hold a permit, "
    "and such a unit is the regulation's 排污单位 (Art. 2: 依照法律规定实行排污许可管理), so every "
    "discharge without the permit the law requires is also one of Art. 33's items (none, expired, "
    "revoked or cancelled, or not applied for again)."
)
_REG33_BESIDE_STATUTE = (
    "From 2021-03-01 排污许可管理条例 Art. 33 fines the same act 200,000–1,000,000, a higher "
    "floor than the statute's 100,000: by 行政处罚法 Art. 29 the higher fine applies. "
    + _REG33_ALWAYS
)
_REG33_BESIDE_CODE = (
    "排污许可管理条例 Art. 33 stays in force with the same 200,000–1,000,000 range as Code "
    "Art. 1102; by Code Art. 1055 the higher fine applies, which is the same. " + _REG33_ALWAYS
)
_REG34_2_ONLY_PERMIT_UNIT = (
    "It applies only where the discharger is a unit under permit management (排污单位, Art. 2): "
    "the statute and the Code fine anyone who discharges by evading supervision."
)
_REG34_2_BESIDE_STATUTE = (
    "From 2021-03-01 排污许可管理条例 Art. 34 (2) fines the act 200,000–1,000,000, a higher floor "
    "than the statute's 100,000: by 行政处罚法 Art. 29 the higher fine applies. "
    + _REG34_2_ONLY_PERMIT_UNIT
)
_REG34_2_BESIDE_CODE = (
    "排污许可管理条例 Art. 34 (2) stays in force: 200,000–1,000,000, a higher floor than Code "
    "Art. 1108's 100,000; by Code Art. 1055 the higher fine (the regulation's) applies. "
    + _REG34_2_ONLY_PERMIT_UNIT
)
_PERMIT_UNIT_IF = (
    "行为人系实行排污许可管理的排污单位",
    "the offender is a unit under discharge-permit management (排污单位)",
)


def _reg34_2(note: str) -> Data:
    return provision(_REG_34_2, _REG_HIGH, note=note, condition=_PERMIT_UNIT_IF)


# ---------------------------------------------------------------------------------------------
# Code articles
# ---------------------------------------------------------------------------------------------

_C1102 = (
    "违反本法规定，未依法取得排污许可证排放污染物的，由生态环境主管部门责令改正，处二十万元以上"
    "一百万元以下的罚款，并可以责令限制生产、停产整治；情节严重的，报经有批准权的人民政府批准，"
    "责令停业、关闭。"
)
_C1102_NOISE = (
    "违反本法规定，未依法取得排污许可证排放污染物的，由生态环境主管部门责令改正，……并可以责令"
    "限制生产、停产整治；情节严重的，报经有批准权的人民政府批准，责令停业、关闭。其中，污染物为"
    "工业噪声的，罚款数额为二万元以上二十万元以下。"
)
_C1103 = (
    "违反本法规定，未按照排污许可证载明的污染物排放种类，或者超过载明的许可排放浓度、许可排放量、"
    "许可排放限值排放污染物的，由生态环境主管部门责令改正，处十万元以上一百万元以下的罚款，并可以"
    "责令限制生产、停产整治；情节严重的，吊销排污许可证，报经有批准权的人民政府批准，责令停业、"
    "关闭。"
)
_C1103_NOISE = (
    "违反本法规定，……超过载明的……许可排放限值排放污染物的，由生态环境主管部门责令改正，……并可以"
    "责令限制生产、停产整治；情节严重的，吊销排污许可证，报经有批准权的人民政府批准，责令停业、"
    "关闭。其中，污染物为工业噪声的，罚款数额为二万元以上二十万元以下。"
)
_C1107 = (
    "违反本法规定，超过污染物排放标准或者超过重点污染物排放总量控制指标排放污染物的，由生态环境"
    "主管部门责令改正，处十万元以上一百万元以下的罚款，可以责令限制生产、停产整治；情节严重的，"
    "报经有批准权的人民政府批准，责令停业、关闭。"
)
_C1107_NOISE = (
    "违反本法规定，超过污染物排放标准……排放污染物的，由生态环境主管部门责令改正，……可以责令限制"
    "生产、停产整治；情节严重的，报经有批准权的人民政府批准，责令停业、关闭。其中，污染物为工业"
    "噪声的，罚款数额为二万元以上二十万元以下。"
)
_C1108 = (
    "违反本法规定，通过暗管、渗井、渗坑、灌注、裂隙、溶洞、篡改或者伪造监测数据、以逃避现场检查为"
    "目的的临时停产、非紧急情况下开启应急排放通道、不正常运行污染防治设施等逃避监管的方式排放污染"
    "物的，由生态环境主管部门责令改正，处十万元以上一百万元以下的罚款，责令限制生产、停产整治，并将"
    "案件移送公安机关，由公安机关对其直接负责的主管人员和其他直接责任人员，处五日以上十日以下拘留；"
    "情节严重的，吊销排污许可证，报经有批准权的地方人民政府批准，责令停业、关闭，并由公安机关对其"
    "直接负责的主管人员和其他直接责任人员，处十日以上十五日以下拘留。"
)
_C1109_1 = (
    "违反本法和其他法律法规、国务院生态环境主管部门的规定、排污许可证规定设置排污口的，除本条第二款"
    "规定外，由生态环境主管部门责令限期拆除，逾期不拆除的，强制拆除，所需费用由违法者承担，处二万元"
    "以上十万元以下的罚款；情节严重的，处十万元以上五十万元以下的罚款，责令限制生产、停产整治。"
)
_C1109_2 = (
    "违反本法规定，在饮用水水源保护区内设置排污口的，或者在自然保护地水体等具有特殊经济文化价值的"
    "水体、生态保护红线区域及其他需要特别保护的区域新设排污口的，由县级以上地方人民政府责令限期"
    "拆除，逾期不拆除的，强制拆除，所需费用由违法者承担，由生态环境主管部门处十万元以上五十万元以下"
    "的罚款；情节严重的，处五十万元以上一百万元以下的罚款，责令限制生产、停产整治。"
)
_C1110 = (
    "违反本法规定，未向社会公开或者不如实公开污染物排放信息、温室气体排放信息等生态环境信息的，由"
    "负有生态环境保护监督管理职责的部门、机构按照职责分工责令改正，处二万元以上二十万元以下的罚款；"
    "拒不改正的，责令限制生产、停产整治，并公告上述生态环境信息。"
)
_C1111 = (
    "违反本法规定，建设单位未将污染防治所需资金列入工程造价的，由生态环境主管部门责令改正，处二万元"
    "以上十万元以下的罚款；拒不改正的，处十万元以上一百万元以下的罚款，责令停产整治。"
)
_C1112_1 = (
    "违反本法规定，将中华人民共和国境外的固体废物、放射性废物和被放射性污染的物品输入境内的，由海关"
    "责令退运该固体废物、放射性废物和被放射性污染的物品，处五十万元以上五百万元以下的罚款。已经非法"
    "入境的，由省级以上人民政府生态环境主管部门依法向海关提出处理意见，由海关按照前述规定予以处理；"
    "已经造成环境污染的，由省级以上人民政府生态环境主管部门责令进口者消除污染。"
)


def _code(
    number: int, quote: str, *, paragraph: int | None = None, note: str | None = None
) -> Citation:
    return article(code.INSTRUMENT, number, quote, paragraph=paragraph, note=note)


_CODE_HIGH = yuan(100_000, 1_000_000)
_NOISE_BAND = yuan(20_000, 200_000)
_ECO = ("ecology_environment",)

# Measures of the Code's articles.
_M1102 = ("order_correction", "restrict_production", "close", "detention_referral")
_M1103 = ("order_correction", "restrict_production", "revoke_permit", "close")
_M1107 = ("order_correction", "restrict_production", "close")
_M1108 = ("order_correction", "restrict_production", "detention_referral", "revoke_permit", "close")
_M1109 = ("demolish", "restrict_production")
_M1110 = ("order_correction", "restrict_production", "publicise")
_M1111 = ("order_correction", "restrict_production")


def _code_1102(note: str | None = None) -> Data:
    return basis(
        _code(1102, _C1102, note=note),
        yuan(200_000, 1_000_000),
        enforcers=_ECO,
        measures=_M1102,
        daily_penalty=_CODE_DAILY,
        daily_note=_CODE_DAILY_DISCHARGE,
        concurrent=(_reg33(_REG33_BESIDE_CODE),),
    )


def _code_1107(note: str | None = None) -> Data:
    return basis(
        _code(1107, _C1107, note=note),
        _CODE_HIGH,
        enforcers=_ECO,
        measures=_M1107,
        daily_penalty=_CODE_DAILY,
        daily_note=_CODE_DAILY_DISCHARGE,
    )


def _code_1108(note: str | None = None) -> Data:
    return basis(
        _code(1108, _C1108, note=note),
        _CODE_HIGH,
        enforcers=_ECO,
        measures=_M1108,
        daily_penalty=_CODE_DAILY,
        daily_note=_CODE_DAILY_DISCHARGE,
        concurrent=(_reg34_2(_REG34_2_BESIDE_CODE),),
    )


def _code_1109_1(note: str | None = None, concurrent: tuple[Data, ...] = ()) -> Data:
    return basis(
        _code(1109, _C1109_1, paragraph=1, note=note),
        tiers(
            band(yuan(100_000, 500_000), fact("serious"), zh="情节严重", en="serious"),
            band(yuan(20_000, 100_000)),
        ),
        enforcers=_ECO,
        measures=_M1109,
        daily_note=_CODE_DAILY_NO,
        concurrent=concurrent,
    )


def _code_1109_2(note: str | None = None) -> Data:
    return basis(
        _code(1109, _C1109_2, paragraph=2, note=note),
        tiers(
            band(yuan(500_000, 1_000_000), fact("serious"), zh="情节严重", en="serious"),
            band(yuan(100_000, 500_000)),
        ),
        enforcers=("local_government", "ecology_environment"),
        measures=_M1109,
        daily_note=_CODE_DAILY_NO,
    )


def _code_1110(note: str | None = None, concurrent: tuple[Data, ...] = ()) -> Data:
    return basis(
        _code(1110, _C1110, note=note),
        yuan(20_000, 200_000),
        enforcers=("supervisory_departments",),
        measures=_M1110,
        daily_note=_CODE_DAILY_NO,
        concurrent=concurrent,
    )


def _code_1111(note: str | None = None) -> Data:
    return basis(
        _code(1111, _C1111, note=note),
        tiers(
            band(
                yuan(100_000, 1_000_000),
                fact("refused_to_correct"),
                zh="拒不改正",
                en="refused to correct",
            ),
            band(yuan(20_000, 100_000)),
        ),
        enforcers=_ECO,
        measures=_M1111,
        daily_note=_CODE_DAILY_NO,
    )


# ---------------------------------------------------------------------------------------------
# Statute articles used by several kinds
# ---------------------------------------------------------------------------------------------

_AIR_99_CHAPEAU = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正或者限制生产、停产"
    "整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭："
)
_AIR_100_CHAPEAU = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正，处二万元以上二十万元"
    "以下的罚款；拒不改正的，责令停产整治："
)
_WATER_83_CHAPEAU = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府环境保护主管部门责令改正或者责令限制生产、"
    "停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、"
    "关闭："
)
_WATER_84_2 = (
    "除前款规定外，违反法律、行政法规和国务院环境保护主管部门的规定设置排污口的，由县级以上地方人民"
    "政府环境保护主管部门责令限期拆除，处二万元以上十万元以下的罚款；逾期不拆除的，强制拆除，所需费用"
    "由违法者承担，处十万元以上五十万元以下的罚款；情节严重的，可以责令停产整治。"
)
_MARINE_93_CHAPEAU = (
    "违反本法规定，有下列行为之一，由依照本法规定行使海洋环境监督管理权的部门或者机构责令改正或者"
    "责令采取限制生产、停产整治等措施，并处以罚款；情节严重的，报经有批准权的人民政府批准，责令停业、"
    "关闭："
)
_MARINE_99_1 = (
    "违反本法规定设置入海排污口的，由生态环境主管部门责令关闭或者拆除，处二万元以上十万元以下的罚款；"
    "拒不关闭或者拆除的，强制关闭、拆除，所需费用由违法者承担，处十万元以上五十万元以下的罚款；情节"
    "严重的，可以责令停产整治。"
)
_MARINE_2017_77 = (
    "违反本法第三十条第一款、第三款规定设置入海排污口的，由县级以上地方人民政府环境保护行政主管部门"
    "责令其关闭，并处二万元以上十万元以下的罚款。"
)
_NOISE_75 = (
    "违反本法规定，无排污许可证或者超过噪声排放标准排放工业噪声的，由生态环境主管部门责令改正或者限制"
    "生产、停产整治，并处二万元以上二十万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令"
    "停业、关闭。"
)

_WATER_LAW_67_2 = article(
    water_law.INSTRUMENT,
    67,
    "未经水行政主管部门或者流域管理机构审查同意，擅自在江河、湖泊新建、改建或者扩大排污口的，由县级"
    "以上人民政府水行政主管部门或者流域管理机构依据职权，责令停止违法行为，限期恢复原状，处五万元以上"
    "十万元以下的罚款。",
    paragraph=2,
)
_REFUSED = {"zh": "逾期不拆除", "en": "not removed by the deadline"}
_WATER_84_2_RULE = tiers(
    band(yuan(100_000, 500_000), fact("refused_to_correct"), **_REFUSED),
    band(yuan(20_000, 100_000)),
)
_MARINE_99_1_RULE = tiers(
    band(
        yuan(100_000, 500_000),
        fact("refused_to_correct"),
        zh="拒不关闭或者拆除",
        en="refused to close or remove",
    ),
    band(yuan(20_000, 100_000)),
)

_NOISE_DAILY_NOTE = (
    "噪声污染防治法 has no daily penalty of its own; 环境保护法 Art. 59 reaches 违法排放污染物, "
    "and industrial noise is a pollutant discharged under permit management (环境保护法 Art. 42 "
    "¶1, 噪声污染防治法 Art. 36): a reading."
)
_NOISE_BEFORE = (
    "Before 2022-06-05 (环境噪声污染防治法 2018) industrial noise needed no discharge permit, so "
    "no provision fined discharging it without one: this basis starts with the 2021 law."
)

# ---------------------------------------------------------------------------------------------
# The kinds
# ---------------------------------------------------------------------------------------------

_NO_PERMIT = (
    kind(
        "air.no-permit",
        "未依法取得排污许可证排放大气污染物",
        "air discharge without a permit",
        "air",
        basis(
            article(
                air.INSTRUMENT,
                99,
                _AIR_99_CHAPEAU + "（一）未依法取得排污许可证排放大气污染物的；",
                item=1,
            ),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_AIR_DAILY[1],
            daily_note="大气污染防治法 Art. 123 (1) allows the daily penalty for Art. 99 (1), after a "
            "refusal to correct.",
            concurrent=(_reg33(_REG33_BESIDE_STATUTE),),
        ),
        _code_1102(),
        keywords=("无证排污", "排污许可证", "大气污染物", "废气", "no permit", "air discharge"),
    ),
    kind(
        "water.no-permit",
        "未依法取得排污许可证排放水污染物",
        "water discharge without a permit",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                83,
                _WATER_83_CHAPEAU + "（一）未依法取得排污许可证排放水污染物的；",
                item=1,
            ),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_WATER_DAILY,
            daily_note="水污染防治法 Art. 95 applies 环境保护法's daily penalty to unlawful water "
            "discharges that continue after a fine and an order to correct, or whose re-inspection "
            "is refused or obstructed.",
            concurrent=(_reg33(_REG33_BESIDE_STATUTE),),
        ),
        _code_1102(),
        keywords=("无证排污", "排污许可证", "水污染物", "废水", "no permit", "water discharge"),
    ),
    kind(
        "marine.no-permit",
        "未依法取得排污许可证向海洋排放污染物",
        "discharge into the sea without a permit",
        "marine",
        basis(
            article(
                permit.INSTRUMENT,
                33,
                _REG_33_CHAPEAU + "(一)未取得排污许可证排放污染物；",
                item=1,
                note="Before 2024-01-01 海洋环境保护法 (2017) required no discharge permit: "
                "排污许可管理条例 (from 2021-03-01) fined a unit under permit management that "
                "discharged into the sea without one.",
            ),
            _REG_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_PERMIT_DAILY,
            daily_note=_PERMIT_DAILY_NOTE,
            until="2023-12-31",
        ),
        basis(
            article(
                marine.INSTRUMENT,
                93,
                _MARINE_93_CHAPEAU + "……（二）未依法取得排污许可证排放污染物的；……有前款第一项、"
                "第二项行为之一的，处二十万元以上一百万元以下的罚款；",
                paragraph=1,
                item=2,
            ),
            _REG_HIGH,
            enforcers=("supervisory_departments",),
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_MARINE_DAILY,
            daily_note="海洋环境保护法 Art. 113 applies 环境保护法's daily penalty to unlawful "
            "discharges into the sea, also where the re-inspection is refused or obstructed.",
            concurrent=(
                _reg33(
                    "排污许可管理条例 Art. 33 fines the same act 200,000–1,000,000, the same "
                    "range: 行政处罚法 Art. 29 makes no difference. " + _REG33_ALWAYS
                ),
            ),
        ),
        _code_1102(),
        keywords=("无证排污", "排污许可证", "海洋", "入海", "no permit", "sea discharge"),
    ),
    kind(
        "waste.industrial-solid-waste-no-permit",
        "未依法取得排污许可证产生工业固体废物",
        "industrial solid waste produced without a discharge permit",
        "waste",
        basis(
            article(
                solid.INSTRUMENT,
                104,
                "违反本法规定，未依法取得排污许可证产生工业固体废物的，由生态环境主管部门责令改正或者"
                "限制生产、停产整治，处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府"
                "批准，责令停业或者关闭。",
            ),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_note="Producing waste without a permit is not a discharge of waste: 固体废物法 "
            "Art. 119 (排放固体废物) does not reach it.",
        ),
        basis(
            _code(
                1102,
                _C1102,
                note="The Code requires a permit of 产生工业固体废物的单位 (Art. 176 (5)) and fines "
                "the lack of one only under Art. 1102 (排放污染物): a reading that Art. 1102 "
                "replaces 固体废物法 Art. 104. 排污许可管理条例 Art. 33 (排放污染物) is not taken as "
                "reaching the mere production of waste.",
            ),
            yuan(200_000, 1_000_000),
            enforcers=_ECO,
            measures=_M1102,
            daily_penalty=_CODE_DAILY,
            daily_note="Code Art. 1102 fines the conduct as a discharge of pollutants without a "
            "permit, so Art. 1060 reaches it where it continues after a fine and an order to "
            "correct: a reading.",
        ),
        keywords=("工业固体废物", "排污许可证", "无证", "固废", "solid waste", "no permit"),
    ),
    kind(
        "noise.industrial-no-permit",
        "无排污许可证排放工业噪声",
        "industrial noise without a discharge permit",
        "noise",
        basis(
            article(noise.INSTRUMENT, 75, _NOISE_75, note=_NOISE_BEFORE),
            _NOISE_BAND,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_EPL_DAILY,
            daily_note=_NOISE_DAILY_NOTE,
        ),
        basis(
            _code(
                1102,
                _C1102_NOISE,
                note="The industrial-noise sentence of Art. 1102. 排污许可管理条例 Art. 33 "
                "(200,000–1,000,000) is not taken as a concurrent provision: its range exceeds the "
                "statute's for noise (噪声污染防治法 Art. 75, the Code's sentence), which a "
                "regulation may not do (行政处罚法 Art. 11 ¶2): a reading.",
            ),
            _NOISE_BAND,
            enforcers=_ECO,
            measures=_M1102,
            daily_penalty=_CODE_DAILY,
            daily_note="Art. 1102 calls industrial noise a pollutant (污染物为工业噪声的): its "
            "discharge without a permit is reached by Art. 1060.",
        ),
        keywords=("工业噪声", "无证排污", "排污许可证", "噪声", "industrial noise", "no permit"),
    ),
    kind(
        "permit.no-permit-other",
        "伴生放射性矿开发利用、电磁辐射设施运营等单位未依法取得排污许可证排放污染物",
        "discharge without a permit by units the Code newly puts under permits "
        "(radioactive-mineral mining, electromagnetic-radiation facilities)",
        "permit",
        basis(
            _code(
                1102,
                _C1102,
                note="Code Art. 176 (7) and (8) put these units under permit management; no earlier "
                "statute required them to hold a discharge permit for these discharges (their air "
                "and water discharges are kinds air.no-permit and water.no-permit). "
                + _NEW_IN_CODE,
            ),
            yuan(200_000, 1_000_000),
            enforcers=_ECO,
            measures=_M1102,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DISCHARGE,
            concurrent=(_reg33(_REG33_BESIDE_CODE),),
        ),
        keywords=("无证排污", "排污许可证", "电磁辐射", "伴生放射性矿", "no permit"),
    ),
)

_PERMIT_TERMS = (
    kind(
        "permit.over-permitted-limit",
        "超过许可排放浓度、许可排放量排放污染物",
        "discharge over the permitted concentration or quantity",
        "permit",
        basis(
            _first(
                _REG_34_1,
                "Before it no statute fined exceeding a permit's limits as such: the statutes "
                "fined a discharge over the emission standard or the total quota (kinds "
                "air.over-limit, water.over-limit), which stay the basis where the act is also "
                "that; the MEE's 排污许可管理办法（试行） (2018) is a departmental rule, not encoded.",
            ),
            _REG_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "revoke_permit", "close"),
            daily_penalty=_PERMIT_DAILY,
            daily_note=_PERMIT_DAILY_NOTE,
            until=_UNTIL_CODE,
        ),
        basis(
            _code(1103, _C1103),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=_M1103,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DISCHARGE,
            concurrent=(
                provision(
                    _REG_34_1,
                    _REG_HIGH,
                    note="排污许可管理条例 Art. 34 (1) stays in force and always applies: the kind "
                    "is the act it names (its earlier basis), a breach of the permit's limits by "
                    "the permit holder. 200,000–1,000,000, a higher floor than Code Art. 1103's "
                    "100,000; by Code Art. 1055 the higher fine (the regulation's) applies.",
                ),
            ),
        ),
        keywords=("超许可排放", "许可排放浓度", "许可排放量", "排污许可证", "over permit limit"),
    ),
    kind(
        "permit.pollutant-type-not-permitted",
        "未按照排污许可证载明的污染物排放种类排放污染物",
        "discharge of a kind of pollutant the permit does not list",
        "permit",
        basis(
            _first(
                _REG_33_4,
                "Before it no statute or administrative regulation required a new permit for a new "
                "kind of pollutant (that was the MEE's 排污许可管理办法（试行）, a departmental rule, "
                "not encoded); a discharge of air or water pollutants without any permit is kinds "
                "air.no-permit and water.no-permit.",
            ),
            _REG_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_PERMIT_DAILY,
            daily_note=_PERMIT_DAILY_NOTE,
            until=_UNTIL_CODE,
        ),
        basis(
            _code(
                1103,
                _C1103,
                note="Art. 1103 names the act; it may also be read as a discharge without the new "
                "permit Art. 182 (3) requires (Art. 1102, 200,000–1,000,000). The specific "
                "article is taken here.",
            ),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=_M1103,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DISCHARGE,
            concurrent=(
                provision(
                    _REG_33_4,
                    _REG_HIGH,
                    note="排污许可管理条例 Art. 33 (4) stays in force and always applies: a kind of "
                    "pollutant the permit does not list is an increase in the kinds discharged, "
                    "which needs a new permit (Art. 15 (3)), so every act of the kind is a "
                    "discharge without it (the kind's earlier basis). 200,000–1,000,000, a higher "
                    "floor than Code Art. 1103's 100,000; by Code Art. 1055 the higher fine (the "
                    "regulation's) applies.",
                ),
            ),
        ),
        keywords=("排放种类", "排污许可证", "重新申请", "超种类排放", "pollutant type"),
    ),
    kind(
        "noise.industrial-over-permit-limit",
        "超过排污许可证载明的许可排放限值排放工业噪声",
        "industrial noise over the permit's noise limit",
        "noise",
        basis(
            _code(
                1103,
                _C1103_NOISE,
                note="The industrial-noise sentence of Art. 1103. Before the Code no provision fined "
                "exceeding a permit's noise limit as such (排污许可管理条例 Art. 34 (1) names "
                "concentrations and quantities; 噪声污染防治法 Art. 75 the noise standard, kind "
                "noise.industrial-over-standard). " + _NEW_IN_CODE,
            ),
            _NOISE_BAND,
            enforcers=_ECO,
            measures=_M1103,
            daily_penalty=_CODE_DAILY,
            daily_note="Art. 1103 calls industrial noise a pollutant (污染物为工业噪声的): its "
            "discharge over the permitted limit is reached by Art. 1060.",
        ),
        keywords=("工业噪声", "许可排放限值", "排污许可证", "噪声超标", "industrial noise"),
    ),
)

_FACILITIES = (
    kind(
        "permit.facilities-not-run-per-permit",
        "未按照排污许可证的规定运行和维护污染防治设施",
        "pollution control facilities not run and maintained as the permit requires",
        "permit",
        basis(
            _code(
                1104,
                "违反本法规定，未按照排污许可证的规定运行和维护污染防治设施的，由生态环境主管部门责令"
                "改正，处二万元以上五万元以下的罚款；",
                paragraph=1,
                note="排污许可管理条例 Art. 17 ¶2 set the duty but no article of it fined it (Art. "
                "36 (9) reaches other requirements of laws and regulations, Art. 13 (11), not the "
                "operating requirements of Art. 13 (6)); facilities run abnormally to evade "
                "supervision were fined as evading (kinds *.evading-monitoring). " + _NEW_IN_CODE,
            ),
            yuan(20_000, 50_000),
            enforcers=_ECO,
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("污染防治设施", "运行维护", "排污许可证", "治污设施", "pollution control"),
    ),
    kind(
        "permit.facilities-ineffective",
        "未按照排污许可证的规定运行和维护污染防治设施，致使其不能正常发挥作用（不属于逃避监管）",
        "pollution control facilities not run as the permit requires, so that they do not work "
        "(not evading supervision)",
        "permit",
        basis(
            _code(
                1104,
                "违反本法规定，未按照排污许可证的规定运行和维护污染防治设施的，……致使污染防治设施不能"
                "正常发挥作用，但不属于以逃避监管方式排放污染物的，由生态环境主管部门责令改正，处五万元"
                "以上二十万元以下的罚款；情节严重的，责令限制生产、停产整治。",
                paragraph=1,
                note="A separate kind: whether the facilities failed to work is not a fact the fine "
                "rules read. Before the Code, facilities run abnormally were fined only as evading "
                "supervision (kinds *.evading-monitoring), which this kind excludes. "
                + _NEW_IN_CODE,
            ),
            yuan(50_000, 200_000),
            enforcers=_ECO,
            measures=("order_correction", "restrict_production"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("污染防治设施", "不能正常发挥作用", "排污许可证", "治污设施", "ineffective"),
    ),
    kind(
        "permit.facilities-removed",
        "擅自拆除污染防治设施",
        "pollution control facilities removed without approval",
        "permit",
        basis(
            _code(
                1104,
                "违反本法规定，擅自拆除污染防治设施的，由生态环境主管部门责令改正，处十万元以上一百万元"
                "以下的罚款；拒不改正的，责令限制生产、停产整治；情节严重的，吊销排污许可证，报经有批准权"
                "的人民政府批准，责令停业、关闭。",
                paragraph=2,
                note="环境保护法 Art. 41 required the facilities but no article fined removing them; "
                "removing noise control facilities so that the noise exceeded the standard is kind "
                "noise.facilities-removed (环境噪声污染防治法 (2018) Art. 50). For other facilities: "
                + _NEW_IN_CODE,
            ),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "revoke_permit", "close"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("擅自拆除", "污染防治设施", "治污设施", "拆除", "facilities removed"),
    ),
    kind(
        "noise.facilities-removed",
        "擅自拆除环境噪声污染防治设施，致使噪声排放超过规定标准",
        "noise control facilities removed without approval, so that the noise exceeds the standard",
        "noise",
        basis(
            article(
                noise.INSTRUMENT_2018,
                50,
                "违反本法第十五条的规定，未经生态环境主管部门批准，擅自拆除或者闲置环境噪声污染防治"
                "设施，致使环境噪声排放超过规定标准的，由县级以上地方人民政府生态环境主管部门责令改正，"
                "并处罚款。",
                note="The removal branch (擅自拆除) of the article; idling the facilities (闲置) so "
                "that the noise exceeds the standard is, from 2022-06-05, an over-standard "
                "discharge (kind noise.industrial-over-standard).",
            ),
            unspecified(
                "环境噪声污染防治法 (2018) Art. 50: 并处罚款, and the law writes no amount; no "
                "encoded instrument sets one. ecoreg cannot decide the fine: look to the local "
                "regulations in force at the time of the act."
            ),
            enforcers=_ECO,
            measures=("order_correction",),
            daily_note="The 环境噪声污染防治法 (2018) has no daily penalty, and the fine has no "
            "amount to repeat (环境保护法 Art. 59 ¶1: 按照原处罚数额).",
        ),
        basis(
            article(
                noise.INSTRUMENT,
                75,
                _NOISE_75,
                note="The 噪声污染防治法 (2021) does not fine removing noise control facilities as "
                "such: the noise over the standard that the removal causes is its Art. 75 (the act "
                "of kind noise.industrial-over-standard), a reading.",
            ),
            _NOISE_BAND,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_EPL_DAILY,
            daily_note=_NOISE_DAILY_NOTE,
        ),
        basis(
            _code(
                1104,
                "违反本法规定，擅自拆除污染防治设施的，由生态环境主管部门责令改正，处十万元以上一百万元"
                "以下的罚款；拒不改正的，责令限制生产、停产整治；情节严重的，吊销排污许可证，报经有批准权"
                "的人民政府批准，责令停业、关闭。",
                paragraph=2,
            ),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "revoke_permit", "close"),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    _code(1107, _C1107_NOISE),
                    _NOISE_BAND,
                    note="The noise over the standard that the removal causes, only where it is "
                    "industrial noise (the sentence names 工业噪声; the facilities may control "
                    "other noise): 20,000–200,000 against Art. 1104 ¶2's 100,000–1,000,000; by "
                    "Code Art. 1055 the higher fine (Art. 1104 ¶2's) applies.",
                    condition=(
                        "拆除设施后超过噪声排放标准排放的是工业噪声",
                        "the noise emitted over the standard after the removal is industrial noise",
                    ),
                ),
            ),
        ),
        keywords=("擅自拆除", "噪声污染防治设施", "噪声超标", "noise facilities", "removed"),
    ),
)

_PERMIT_ADMIN = (
    kind(
        "permit.fraudulent-permit",
        "以欺骗、贿赂等不正当手段申请取得排污许可证",
        "discharge permit obtained by deception or bribery",
        "permit",
        basis(
            _first(
                _REG_40,
                "Before it no statute or administrative regulation fined obtaining a discharge "
                "permit by deception or bribery (行政许可法 Art. 79 refers to the penalty another "
                "law sets, and none set one).",
            ),
            yuan(200_000, 500_000),
            enforcers=_ECO,
            measures=("revoke_permit", "business_ban"),
            daily_note=_NO_DAILY_BEFORE,
            until=_UNTIL_CODE,
        ),
        basis(
            _code(
                1105,
                "违反本法规定，以欺骗、贿赂等不正当手段申请取得排污许可证的，由生态环境主管部门"
                "依法撤销其排污许可证，处二十万元以上五十万元以下的罚款。",
            ),
            yuan(200_000, 500_000),
            enforcers=_ECO,
            measures=("revoke_permit",),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    _REG_40,
                    yuan(200_000, 500_000),
                    note="排污许可管理条例 Art. 40 stays in force and always applies: it names the "
                    "same act in the same words. The same range (and a 3-year bar on applying "
                    "again); by Code Art. 1055 the higher fine applies, which is the same.",
                ),
            ),
        ),
        keywords=("欺骗", "贿赂", "撤销排污许可证", "不正当手段", "fraud", "permit"),
    ),
    kind(
        "permit.registration-not-filed",
        "需要填报排污登记表的单位未依法填报排污信息",
        "discharge registration form not filed",
        "permit",
        basis(
            _first(
                _REG_43,
                "Before it no statute or administrative regulation fined a failure to file the "
                "discharge registration (registration management was set up by the MEE's "
                "departmental rules, not encoded).",
            ),
            cap(50_000, optional=True),
            enforcers=_ECO,
            measures=("order_correction",),
            daily_note=_NO_DAILY_BEFORE,
            until=_UNTIL_CODE,
        ),
        basis(
            _code(
                1106,
                "违反本法规定，需要填报排污登记表的企业事业单位和其他生产经营者未依法填报排污"
                "信息的，由生态环境主管部门责令改正，可以处五万元以下的罚款。",
            ),
            cap(50_000, optional=True),
            enforcers=_ECO,
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    _REG_43,
                    cap(50_000, optional=True),
                    note="排污许可管理条例 Art. 43 stays in force and always applies: it names the "
                    "same act in the same words. The same range; by Code Art. 1055 the higher "
                    "fine applies, which is the same.",
                ),
            ),
        ),
        keywords=("排污登记表", "排污登记", "未填报", "登记管理", "registration form"),
    ),
)

_OVER_LIMIT = (
    kind(
        "air.over-limit",
        "超标或者超总量排放大气污染物",
        "over-limit air discharge",
        "air",
        basis(
            article(
                air.INSTRUMENT,
                99,
                _AIR_99_CHAPEAU + "……（二）超过大气污染物排放标准或者超过重点大气污染物排放总量控制"
                "指标排放大气污染物的；",
                item=2,
            ),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_AIR_DAILY[2],
            daily_note="大气污染防治法 Art. 123 (2) allows the daily penalty for Art. 99 (2), after a "
            "refusal to correct.",
        ),
        _code_1107(),
        keywords=("超标排放", "超总量", "大气污染物", "废气", "over-limit", "air"),
    ),
    kind(
        "water.over-limit",
        "超标或者超总量排放水污染物",
        "over-limit water discharge",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                83,
                _WATER_83_CHAPEAU
                + "……（二）超过水污染物排放标准或者超过重点水污染物排放总量控制指标"
                "排放水污染物的；",
                item=2,
            ),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_WATER_DAILY,
            daily_note="水污染防治法 Art. 95 applies 环境保护法's daily penalty to unlawful water "
            "discharges that continue after a fine and an order to correct, or whose re-inspection "
            "is refused or obstructed.",
        ),
        _code_1107(),
        keywords=("超标排放", "超总量", "水污染物", "废水", "over-limit", "water"),
    ),
    kind(
        "marine.over-limit",
        "超过标准、总量控制指标向海洋排放污染物",
        "over-limit discharge into the sea",
        "marine",
        basis(
            article(
                marine.INSTRUMENT_2017,
                73,
                "违反本法有关规定，有下列行为之一的，由依照本法规定行使海洋环境监督管理权的部门责令停止"
                "违法行为、限期改正或者责令采取限制生产、停产整治等措施，并处以罚款；……（二）不按照本法"
                "规定向海洋排放污染物，或者超过标准、总量控制指标排放污染物的；……有前款第（二）、（四）"
                "项行为之一的，处二万元以上十万元以下的罚款。",
                paragraph=1,
                item=2,
                note="The fine is in ¶2.",
            ),
            yuan(20_000, 100_000),
            enforcers=("supervisory_departments",),
            measures=("order_stop", "order_correction", "restrict_production", "close"),
            daily_penalty=_MARINE_2017_DAILY,
            daily_note="海洋环境保护法 (2017) Art. 73 ¶1 itself allows the daily penalty for its items "
            "after a refusal to correct.",
        ),
        basis(
            article(
                marine.INSTRUMENT,
                93,
                _MARINE_93_CHAPEAU
                + "……（三）超过标准、总量控制指标排放污染物的；……有前款第三项行为"
                "的，处十万元以上一百万元以下的罚款；",
                paragraph=1,
                item=3,
                note="The fine is in ¶2.",
            ),
            _CODE_HIGH,
            enforcers=("supervisory_departments",),
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_MARINE_DAILY,
            daily_note="海洋环境保护法 Art. 113 applies 环境保护法's daily penalty to unlawful "
            "discharges into the sea, also where the re-inspection is refused or obstructed.",
        ),
        _code_1107(),
        keywords=("超标排放", "超总量", "海洋", "入海", "over-limit", "sea"),
    ),
    kind(
        "noise.industrial-over-standard",
        "超过噪声排放标准排放工业噪声",
        "industrial noise over the emission standard",
        "noise",
        basis(
            article(
                noise.INSTRUMENT_2018,
                52,
                "违反本法第十七条的规定，对经限期治理逾期未完成治理任务的企业事业单位，除依照国家规定"
                "加收超标准排污费外，可以根据所造成的危害后果处以罚款，或者责令停业、搬迁、关闭。……"
                "前款规定的罚款由生态环境主管部门决定。",
                paragraph=1,
                note="The 2018 law did not fine noise over the standard as such (it charged a fee, "
                "Art. 16); a unit causing serious noise pollution in an area of noise-sensitive "
                "buildings was ordered to treat it by a deadline (限期治理, Art. 17), and only a unit "
                "that missed the deadline was fined, with no amount: the band on "
                "refused_to_correct, a reading. Removing noise facilities so that the noise "
                "exceeded the standard was its Art. 50 (kind noise.facilities-removed).",
            ),
            tiers(
                band(
                    unspecified(
                        "环境噪声污染防治法 (2018) Art. 52: 可以……处以罚款, and the law writes no "
                        "amount; no encoded instrument sets one. ecoreg cannot decide the fine: look "
                        "to the local regulations in force at the time of the act."
                    ),
                    fact("refused_to_correct"),
                    zh="经限期治理逾期未完成治理任务",
                    en="treatment not completed by the deadline",
                ),
                band(no_fine()),
            ),
            enforcers=_ECO,
            measures=("close",),
            daily_note="The 环境噪声污染防治法 (2018) has no daily penalty, and the fine has no "
            "amount to repeat (环境保护法 Art. 59 ¶1: 按照原处罚数额).",
        ),
        basis(
            article(noise.INSTRUMENT, 75, _NOISE_75),
            _NOISE_BAND,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_EPL_DAILY,
            daily_note=_NOISE_DAILY_NOTE,
        ),
        basis(
            _code(1107, _C1107_NOISE, note="The industrial-noise sentence of Art. 1107."),
            _NOISE_BAND,
            enforcers=_ECO,
            measures=_M1107,
            daily_penalty=_CODE_DAILY,
            daily_note="Art. 1107 calls industrial noise a pollutant (污染物为工业噪声的): its "
            "discharge over the standard is reached by Art. 1060.",
        ),
        keywords=("工业噪声", "噪声超标", "厂界噪声", "噪声排放标准", "industrial noise"),
    ),
)

_EVADING = (
    kind(
        "air.evading-monitoring",
        "以逃避监管的方式排放大气污染物",
        "evading monitoring (air)",
        "air",
        basis(
            article(
                air.INSTRUMENT,
                99,
                _AIR_99_CHAPEAU + "……（三）通过逃避监管的方式排放大气污染物的。",
                item=3,
            ),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_AIR_DAILY[3],
            daily_note="大气污染防治法 Art. 123 (3) allows the daily penalty for Art. 99 (3), after a "
            "refusal to correct.",
            concurrent=(_reg34_2(_REG34_2_BESIDE_STATUTE),),
        ),
        _code_1108(),
        keywords=("逃避监管", "暗管", "篡改数据", "偷排", "evading", "air"),
        never_lenient=True,
    ),
    kind(
        "water.evading-monitoring",
        "以暗管、篡改数据等逃避监管的方式排放水污染物",
        "evading monitoring (water: hidden pipes, falsified data)",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                83,
                _WATER_83_CHAPEAU
                + "……（三）利用渗井、渗坑、裂隙、溶洞，私设暗管，篡改、伪造监测数据，"
                "或者不正常运行水污染防治设施等逃避监管的方式排放水污染物的；",
                item=3,
            ),
            _CODE_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=_WATER_DAILY,
            daily_note="水污染防治法 Art. 95 applies 环境保护法's daily penalty to unlawful water "
            "discharges that continue after a fine and an order to correct, or whose re-inspection "
            "is refused or obstructed.",
            concurrent=(_reg34_2(_REG34_2_BESIDE_STATUTE),),
        ),
        _code_1108(),
        keywords=("逃避监管", "暗管", "渗井", "篡改数据", "偷排", "evading", "water"),
        never_lenient=True,
    ),
    kind(
        "marine.evading-monitoring",
        "以私设暗管、篡改数据等逃避监管的方式向海洋排放污染物",
        "evading monitoring (discharge into the sea)",
        "marine",
        basis(
            article(
                permit.INSTRUMENT,
                34,
                _REG_34_CHAPEAU
                + "……(二)通过暗管、渗井、渗坑、灌注或者篡改、伪造监测数据，或者不正常"
                "运行污染防治设施等逃避监管的方式违法排放污染物。",
                item=2,
                note="海洋环境保护法 (2017) had no evading clause: before 2024-01-01 排污许可管理条例 "
                "(from 2021-03-01) fined a unit under permit management that evaded supervision.",
            ),
            _REG_HIGH,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production", "revoke_permit", "close"),
            daily_penalty=_PERMIT_DAILY,
            daily_note=_PERMIT_DAILY_NOTE,
            until="2023-12-31",
        ),
        basis(
            article(
                marine.INSTRUMENT,
                93,
                _MARINE_93_CHAPEAU
                + "……（四）通过私设暗管或者篡改、伪造监测数据，或者不正常运行污染"
                "防治设施等逃避监管的方式违法向海洋排放污染物的；……有前款第四项行为的，处十万元以上"
                "一百万元以下的罚款，情节严重的，吊销排污许可证；",
                paragraph=1,
                item=4,
                note="The fine is in ¶2.",
            ),
            _CODE_HIGH,
            enforcers=("supervisory_departments",),
            measures=("order_correction", "restrict_production", "revoke_permit", "close"),
            daily_penalty=_MARINE_DAILY,
            daily_note="海洋环境保护法 Art. 113 applies 环境保护法's daily penalty to unlawful "
            "discharges into the sea, also where the re-inspection is refused or obstructed.",
            concurrent=(_reg34_2(_REG34_2_BESIDE_STATUTE),),
        ),
        _code_1108(),
        keywords=("逃避监管", "暗管", "篡改数据", "海洋", "偷排", "evading", "sea"),
        never_lenient=True,
    ),
)

_OUTLETS = (
    kind(
        "water.outlet-unlawful",
        "违反法律、行政法规和国务院生态环境主管部门的规定设置排污口",
        "water discharge outlet set up against laws, regulations or MEE rules",
        "water",
        basis(
            article(water.INSTRUMENT, 84, _WATER_84_2, paragraph=2),
            _WATER_84_2_RULE,
            enforcers=_ECO,
            measures=("demolish", "restrict_production"),
            daily_note="Setting up an outlet is not itself a discharge: 水污染防治法 Art. 95 does "
            "not reach it.",
        ),
        _code_1109_1(),
        keywords=("排污口", "设置排污口", "违规排污口", "入河排污口", "outlet"),
    ),
    kind(
        "water.river-outlet-without-consent",
        "未经同意在江河、湖泊新建、改建、扩建排污口",
        "river or lake outlet built, rebuilt or enlarged without consent",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                84,
                "未经水行政主管部门或者流域管理机构同意，在江河、湖泊新建、改建、扩建排污口的，由县级"
                "以上人民政府水行政主管部门或者流域管理机构依据职权，依照前款规定采取措施、给予处罚。",
                paragraph=3,
                note="The fine is ¶2's (依照前款规定): 20,000–100,000; 100,000–500,000 when not "
                "removed by the deadline.",
            ),
            _WATER_84_2_RULE,
            enforcers=("water_administration",),
            measures=("demolish", "restrict_production"),
            daily_note="Setting up an outlet is not itself a discharge: 水污染防治法 Art. 95 does "
            "not reach it.",
            concurrent=(
                provision(
                    _WATER_LAW_67_2,
                    yuan(50_000, 100_000),
                    note="水法 Art. 67 ¶2 fines the same act 50,000–100,000, a higher floor than "
                    "水污染防治法 Art. 84's 20,000 (and a lower ceiling than its 500,000 for an "
                    "outlet not removed): by 行政处罚法 Art. 29 the higher fine applies. It always "
                    "applies: both name an outlet built, rebuilt or enlarged on a river or lake "
                    "without the consent of the water authority or river-basin body.",
                ),
            ),
        ),
        _code_1109_1(
            note="The Code requires the consent of the 生态环境 authority for new, rebuilt or "
            "enlarged river outlets (Art. 275); an outlet set up without it is set up against the "
            "Code (Art. 1109 ¶1).",
            concurrent=(
                provision(
                    _WATER_LAW_67_2,
                    yuan(50_000, 100_000),
                    note="水法 (not repealed) Art. 67 ¶2 still fines an outlet built without the "
                    "consent of the water authority or river-basin body (水法 Art. 34 ¶2) "
                    "50,000–100,000, a higher floor than Code Art. 1109 ¶1's 20,000; by Code Art. "
                    "1055 the higher fine applies. Whether that consent survives Code Art. 275 "
                    "(consent of the 生态环境 authority) is unsettled, so 水法 applies only where "
                    "the outlet also lacked the water authority's consent.",
                    condition=(
                        "排污口未经水行政主管部门或者流域管理机构审查同意",
                        (
                            "the outlet also lacked the review and consent of the water administration "
                            "department or river-basin authority (水法 Art. 34 ¶2)"
                        ),
                    ),
                ),
            ),
        ),
        keywords=("入河排污口", "排污口", "未经同意", "江河湖泊", "river outlet"),
    ),
    kind(
        "air.outlet-not-per-rules",
        "未按照规定设置大气污染物排放口",
        "air emission outlet not set up as required",
        "air",
        basis(
            article(
                air.INSTRUMENT,
                100,
                _AIR_100_CHAPEAU + "……（五）未按照规定设置大气污染物排放口的。",
                item=5,
            ),
            yuan(20_000, 200_000),
            enforcers=_ECO,
            measures=("order_correction", "restrict_production"),
            daily_note="大气污染防治法 Art. 123 does not list Art. 100.",
        ),
        _code_1109_1(),
        keywords=("排放口", "大气污染物排放口", "排污口", "废气排放口", "outlet", "air"),
    ),
    kind(
        "permit.outlet-not-per-permit",
        "污染物排放口位置或者数量不符合排污许可证规定",
        "outlet location or number not as the permit states",
        "permit",
        basis(
            _first(
                _REG_36_1,
                "Before it an outlet was fined only where it broke the statutes' own rules (kinds "
                "air.outlet-not-per-rules, water.outlet-unlawful); no provision fined an outlet "
                "that did not match the permit as such.",
            ),
            _REG_LOW,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production"),
            daily_note=_NO_DAILY_BEFORE,
            until=_UNTIL_CODE,
        ),
        _code_1109_1(
            note="An outlet set up against the permit (排污许可证规定设置排污口). An outlet added "
            "after the permit may also be a discharge without the new permit Art. 182 (3) requires "
            "(kind permit.pollutant-type-not-permitted or the medium's no-permit kind): a reading "
            "left to the case.",
            concurrent=(
                provision(
                    _REG_36_1,
                    _REG_LOW,
                    note="排污许可管理条例 Art. 36 (1) stays in force and always applies: the kind "
                    "is the act it names in its words (its earlier basis). 20,000–200,000, the "
                    "same floor as Code Art. 1109 ¶1 and a higher ceiling than its ordinary "
                    "100,000; by Code Art. 1055 the higher fine applies.",
                ),
            ),
        ),
        keywords=("排放口", "排污口", "排污许可证", "排放口数量", "outlet", "permit"),
    ),
    kind(
        "marine.outlet-unlawful",
        "违反规定设置入海排污口",
        "sea outfall set up against the law",
        "marine",
        basis(
            article(
                marine.INSTRUMENT_2017,
                77,
                _MARINE_2017_77,
                paragraph=1,
                note="Art. 30 ¶1: the outfall's site chosen by the marine zoning, the sea's "
                "dynamics and the rules, after scientific assessment.",
            ),
            yuan(20_000, 100_000),
            enforcers=_ECO,
            measures=("close",),
            daily_note=_NO_DAILY_BEFORE,
        ),
        basis(
            article(marine.INSTRUMENT, 99, _MARINE_99_1, paragraph=1),
            _MARINE_99_1_RULE,
            enforcers=_ECO,
            measures=("close", "demolish", "restrict_production"),
            daily_note="Setting up an outfall is not itself a discharge: 海洋环境保护法 Art. 113 "
            "does not reach it.",
        ),
        _code_1109_1(),
        keywords=("入海排污口", "排污口", "海洋", "违规设置", "sea outfall"),
    ),
    kind(
        "water.outlet-in-drinking-water-source",
        "在饮用水水源保护区内设置排污口",
        "outlet in a drinking-water source protection area",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                84,
                "在饮用水水源保护区内设置排污口的，由县级以上地方人民政府责令限期拆除，处十万元以上"
                "五十万元以下的罚款；逾期不拆除的，强制拆除，所需费用由违法者承担，处五十万元以上一百"
                "万元以下的罚款，并可以责令停产整治。",
                paragraph=1,
            ),
            tiers(
                band(yuan(500_000, 1_000_000), fact("refused_to_correct"), **_REFUSED),
                band(yuan(100_000, 500_000)),
            ),
            enforcers=("local_government",),
            measures=("demolish", "restrict_production"),
            daily_note="Setting up an outlet is not itself a discharge: 水污染防治法 Art. 95 does "
            "not reach it.",
        ),
        _code_1109_2(
            note="水污染防治法 Art. 84 ¶1's higher band was for an outlet not removed by the "
            "deadline; the Code's is for 情节严重. 水法 (not repealed) Art. 67 ¶1 also fines the "
            "act, 50,000–100,000 and only when the outlet is not removed by the deadline: lower "
            "than this basis in every case, and not encoded as a concurrent provision because a "
            "fine rule cannot leave the other cases unfined."
        ),
        keywords=("饮用水水源保护区", "排污口", "水源地", "drinking water", "outlet"),
    ),
    kind(
        "water.outlet-new-in-special-water",
        "在自然保护地水体等具有特殊经济文化价值的水体的保护区内新设排污口",
        "new outlet in the protected zone of a water body of special value",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                84,
                _WATER_84_2,
                paragraph=2,
                note="Art. 75 forbade new outlets in the protected zones of 风景名胜区水体、重要渔业"
                "水体和其他具有特殊经济文化价值的水体; a breach is an outlet set up against the "
                "law, fined under ¶2.",
            ),
            _WATER_84_2_RULE,
            enforcers=_ECO,
            measures=("demolish", "restrict_production"),
            daily_note="Setting up an outlet is not itself a discharge: 水污染防治法 Art. 95 does "
            "not reach it.",
        ),
        _code_1109_2(
            note="Also a new outlet in an ecological red-line area or another area needing "
            "special protection: where 水污染防治法 did not forbid it (Art. 75), such an act before "
            "the Code was no violation under that law."
        ),
        keywords=("排污口", "特殊经济文化价值", "自然保护地", "生态保护红线", "new outlet"),
    ),
    kind(
        "marine.outlet-new-in-protected-area",
        "在自然保护地、重要渔业水域、生态保护红线区域等需要特别保护的区域新设入海排污口",
        "new sea outfall in a nature reserve, key fishery water, red-line or other specially "
        "protected area",
        "marine",
        basis(
            article(
                marine.INSTRUMENT_2017,
                77,
                _MARINE_2017_77,
                paragraph=1,
                note="Art. 30 ¶3: no new outfall in 海洋自然保护区、重要渔业水域、海滨风景名胜区和其他需要"
                "特别保护的区域.",
            ),
            yuan(20_000, 100_000),
            enforcers=_ECO,
            measures=("close",),
            daily_note=_NO_DAILY_BEFORE,
        ),
        basis(
            article(
                marine.INSTRUMENT,
                99,
                _MARINE_99_1,
                paragraph=1,
                note="Art. 48 ¶1: no new industrial or sewage-plant outfall in 自然保护地、重要渔业水域、"
                "海水浴场、生态保护红线区域及其他需要特别保护的区域.",
            ),
            _MARINE_99_1_RULE,
            enforcers=_ECO,
            measures=("close", "demolish", "restrict_production"),
            daily_note="Setting up an outfall is not itself a discharge: 海洋环境保护法 Art. 113 "
            "does not reach it.",
        ),
        _code_1109_2(
            note="Code Art. 349: no new industrial or sewage-plant outfall in these areas; they "
            "are taken as ¶2's 生态保护红线区域及其他需要特别保护的区域, so the Code fines the act "
            "under ¶2, no longer with the other unlawful outfalls: a reading."
        ),
        keywords=("入海排污口", "生态保护红线", "自然保护地", "重要渔业水域", "sea outfall"),
    ),
    kind(
        "marine.outlet-not-filed",
        "设置入海排污口未备案",
        "sea outfall not filed with the authority",
        "marine",
        basis(
            article(
                marine.INSTRUMENT_2017,
                77,
                _MARINE_2017_77,
                paragraph=1,
                note="Art. 30 ¶1 required the outfall's site to be filed (报……备案) with the "
                "environmental authority; setting up an outfall without filing broke ¶1: a reading.",
            ),
            yuan(20_000, 100_000),
            enforcers=_ECO,
            measures=("close",),
            daily_note=_NO_DAILY_BEFORE,
        ),
        basis(
            article(
                marine.INSTRUMENT,
                99,
                "违反本法规定，设置入海排污口未备案的，由生态环境主管部门责令改正，处二万元以上十万元"
                "以下的罚款。",
                paragraph=2,
            ),
            yuan(20_000, 100_000),
            enforcers=_ECO,
            measures=("order_correction",),
            daily_note="Not a discharge: 海洋环境保护法 Art. 113 does not reach it.",
        ),
        basis(
            _code(
                1109,
                "违反本法规定，设置入海排污口未备案的，由生态环境主管部门责令改正，处二万元以上十万元"
                "以下的罚款。",
                paragraph=3,
            ),
            yuan(20_000, 100_000),
            enforcers=_ECO,
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("入海排污口", "备案", "未备案", "排污口", "sea outfall", "filing"),
    ),
)

_DISCLOSURE = (
    kind(
        "air.monitoring-data-not-disclosed",
        "重点排污单位不公开或者不如实公开自动监测数据",
        "key discharger not disclosing, or falsely disclosing, automatic monitoring data",
        "air",
        basis(
            article(
                air.INSTRUMENT,
                100,
                _AIR_100_CHAPEAU + "……（四）重点排污单位不公开或者不如实公开自动监测数据的；",
                item=4,
            ),
            yuan(20_000, 200_000),
            enforcers=_ECO,
            measures=("order_correction", "restrict_production"),
            daily_note="大气污染防治法 Art. 123 does not list Art. 100.",
            concurrent=(
                provision(
                    _REG_36_7,
                    _REG_LOW,
                    note="From 2021-03-01 排污许可管理条例 Art. 36 (7) fines a permit holder's "
                    "failure to disclose its discharge information as its permit requires, which "
                    "may include its monitoring data (Art. 23 ¶2), with the same range: 行政处罚法 "
                    "Art. 29 makes no difference. " + _REG36_7_ONLY,
                    condition=_REG36_7_IF,
                ),
            ),
        ),
        _code_1110(
            concurrent=(
                provision(
                    _REG_36_7,
                    _REG_LOW,
                    note="排污许可管理条例 Art. 36 (7) stays in force with the same range; by Code "
                    "Art. 1055 the higher fine applies, which is the same. " + _REG36_7_ONLY,
                    condition=_REG36_7_IF,
                ),
            ),
        ),
        keywords=("信息公开", "自动监测数据", "重点排污单位", "不如实公开", "disclosure"),
    ),
    kind(
        "permit.discharge-info-not-disclosed",
        "未按照排污许可证规定公开或者不如实公开污染物排放信息",
        "discharge information not disclosed, or falsely disclosed, as the permit requires",
        "permit",
        _epl_62(
            "Until the 排污许可管理条例 took effect (2021-03-01). " + _EPL_62_ONLY_KEY,
            until="2021-02-28",
        ),
        basis(
            _REG_36_7.model_copy(
                update={
                    "note": "环境保护法 Art. 62 also fines a key discharging unit's failure, with no "
                    "amount (处以罚款): the regulation's range is the one the law writes."
                }
            ),
            _REG_LOW,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production"),
            daily_note=_NO_DAILY_BEFORE,
            until=_UNTIL_CODE,
        ),
        _code_1110(
            concurrent=(
                provision(
                    _REG_36_7,
                    _REG_LOW,
                    note="排污许可管理条例 Art. 36 (7) stays in force and always applies: the kind "
                    "is the act it names in its words (its earlier basis). The same range; by "
                    "Code Art. 1055 the higher fine applies, which is the same.",
                ),
            ),
        ),
        keywords=("信息公开", "污染物排放信息", "排污许可证", "不如实公开", "disclosure"),
    ),
    kind(
        "marine.discharge-info-not-disclosed",
        "未依法公开排污信息或者弄虚作假（海洋）",
        "discharge information into the sea not disclosed as the law requires, or falsified",
        "marine",
        _epl_62(
            "Until the 海洋环境保护法 (2023) took effect (2024-01-01): the 2017 law had no such "
            "item. " + _EPL_62_ONLY_KEY,
            until="2023-12-31",
        ),
        basis(
            article(
                marine.INSTRUMENT,
                94,
                "违反本法规定，有下列行为之一，由依照本法规定行使海洋环境监督管理权的部门或者机构责令"
                "改正，处以罚款：（一）未依法公开排污信息或者弄虚作假的；……有前款第一项行为的，处二万元"
                "以上二十万元以下的罚款，拒不改正的，责令限制生产、停产整治；",
                paragraph=1,
                item=1,
                note="The fine is in ¶2. 海洋环境保护法 (2017) had no such item (its Art. 74 (1) is "
                "about the declaration of discharges); a permit holder's failure to disclose as its "
                "permit requires is also kind permit.discharge-info-not-disclosed.",
            ),
            yuan(20_000, 200_000),
            enforcers=("supervisory_departments",),
            measures=("order_correction", "restrict_production"),
            daily_note="Not a discharge: 海洋环境保护法 Art. 113 does not reach it.",
        ),
        _code_1110(),
        keywords=("信息公开", "排污信息", "海洋", "弄虚作假", "disclosure", "sea"),
    ),
    kind(
        "low_carbon.ghg-info-not-disclosed",
        "重点排放单位未按照规定向社会公开或者不如实公开温室气体排放信息",
        "key emitting unit not disclosing, or falsely disclosing, greenhouse-gas emission "
        "information",
        "low_carbon",
        basis(
            _CARBON_21_3.model_copy(
                update={
                    "note": "The 碳排放权交易管理暂行条例 (国务院令第775号) is in force from "
                    "2024-05-01. Before it no statute or administrative regulation fined a key "
                    "emitting unit's failure to disclose its greenhouse-gas emissions (环境保护法 "
                    "Art. 62 is about a key discharging unit's pollutant information, Art. 55); "
                    "the MEE's 碳排放权交易管理办法（试行） (2021-02-01) is a departmental rule, "
                    "not encoded."
                }
            ),
            yuan(50_000, 500_000),
            enforcers=_ECO,
            measures=("order_correction", "restrict_production"),
            daily_note=_NO_DAILY_BEFORE,
            until=_UNTIL_CODE,
        ),
        _code_1110(
            concurrent=(
                provision(
                    _CARBON_21_3,
                    yuan(50_000, 500_000),
                    note="碳排放权交易管理暂行条例 Art. 21 (3) stays in force: 50,000–500,000, a "
                    "higher floor and ceiling than Code Art. 1110's 20,000–200,000; by Code Art. "
                    "1055 the higher fine (the regulation's) applies. It applies only where the "
                    "information not disclosed as required is that of the annual emission report "
                    "(排放量、排放设施、统计核算方法等) of a unit in the national carbon market: the "
                    "Code's 温室气体排放信息 is wider.",
                    condition=(
                        (
                            "重点排放单位系纳入全国碳排放权交易市场的温室气体重点排放单位，未按照规定向"
                            "社会公开的是年度排放报告中的排放量、排放设施、统计核算方法等信息"
                        ),
                        (
                            "the unit is a key emitter in the national carbon emission trading market "
                            "and the information it did not disclose as required is that of its annual "
                            "emission report (emissions, emitting facilities, accounting methods …)"
                        ),
                    ),
                ),
            ),
        ),
        keywords=("温室气体", "碳排放", "信息公开", "年度排放报告", "greenhouse gas"),
    ),
    kind(
        "permit.environmental-info-not-disclosed",
        "未向社会公开或者不如实公开其他生态环境信息",
        "other environmental information not disclosed, or falsely disclosed",
        "permit",
        _epl_62(
            "For information other than a permit holder's discharge information, automatic "
            "monitoring data and greenhouse-gas data (their own kinds). " + _EPL_62_ONLY_KEY,
            until=_UNTIL_CODE,
        ),
        _code_1110(
            note="For information other than a permit holder's discharge information, automatic "
            "monitoring data and greenhouse-gas data (their own kinds)."
        ),
        keywords=("环境信息", "信息公开", "依法披露", "不如实公开", "disclosure"),
    ),
)

_COSTS = (
    kind(
        "noise.construction-cost-not-budgeted",
        "建设单位未按照规定将噪声污染防治费用列入工程造价",
        "builder not including noise control costs in the project price",
        "noise",
        basis(
            article(
                noise.INSTRUMENT,
                78,
                "违反本法规定，有下列行为之一，由工程所在地人民政府指定的部门责令改正，处五千元以上五万"
                "元以下的罚款；拒不改正的，处五万元以上二十万元以下的罚款：（一）建设单位未按照规定将噪声"
                "污染防治费用列入工程造价的；",
                item=1,
                note="环境噪声污染防治法 (until 2022-06-04) set no such duty: this basis starts with "
                "the 2021 law.",
            ),
            tiers(
                band(
                    yuan(50_000, 200_000),
                    fact("refused_to_correct"),
                    zh="拒不改正",
                    en="refused to correct",
                ),
                band(yuan(5_000, 50_000)),
            ),
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_NO_DAILY_BEFORE,
        ),
        _code_1111(),
        keywords=("工程造价", "噪声污染防治费用", "建设单位", "施工噪声", "construction cost"),
    ),
    kind(
        "permit.pollution-cost-not-budgeted",
        "建设单位未将扬尘、建筑垃圾等污染防治所需资金列入工程造价",
        "builder not including dust, construction-waste or other pollution control costs in the "
        "project price",
        "permit",
        _code_1111(
            note="大气污染防治法 Art. 69 required the dust-control cost in the project price but "
            "fined no breach; noise costs are kind noise.construction-cost-not-budgeted. "
            + _NEW_IN_CODE
        ),
        keywords=("工程造价", "污染防治资金", "扬尘", "建筑垃圾", "建设单位", "construction cost"),
    ),
)

_FOREIGN_WASTE = (
    kind(
        "waste.foreign-solid-waste-import",
        "将境外的固体废物输入境内",
        "foreign solid waste brought into China",
        "waste",
        basis(
            article(
                solid.INSTRUMENT,
                115,
                "违反本法规定，将中华人民共和国境外的固体废物输入境内的，由海关责令退运该固体废物，处"
                "五十万元以上五百万元以下的罚款。",
                paragraph=1,
            ),
            yuan(500_000, 5_000_000),
            enforcers=("customs",),
            measures=("return_shipment",),
            daily_note="Not a discharge of solid waste: 固体废物法 Art. 119 does not reach it.",
        ),
        basis(
            _code(1112, _C1112_1, paragraph=1),
            yuan(500_000, 5_000_000),
            enforcers=("customs", "provincial_ecology"),
            measures=("return_shipment", "remedy"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("洋垃圾", "境外固体废物", "进口", "退运", "海关", "foreign waste"),
    ),
    kind(
        "radiation.foreign-radioactive-waste-import",
        "将境外的放射性废物和被放射性污染的物品输入境内",
        "foreign radioactive waste or contaminated articles brought into China",
        "radiation",
        basis(
            article(
                radioactive.INSTRUMENT,
                58,
                "向中华人民共和国境内输入放射性废物和被放射性污染的物品，或者经中华人民共和国境内转移"
                "放射性废物和被放射性污染的物品的，由海关责令退运该放射性废物和被放射性污染的物品，并处"
                "五十万元以上一百万元以下罚款；",
                note="The kind is the import; transit through China (经……境内转移), also in "
                "Art. 58, is fined by Code Art. 1232 ¶1 (Section 14) only.",
            ),
            yuan(500_000, 1_000_000),
            enforcers=("customs",),
            measures=("return_shipment",),
            daily_note=_NO_DAILY_BEFORE,
        ),
        basis(
            _code(1112, _C1112_1, paragraph=1),
            yuan(500_000, 5_000_000),
            enforcers=("customs", "provincial_ecology"),
            measures=("return_shipment", "remedy"),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    _code(
                        1232,
                        "违反本法规定，经中华人民共和国过境转移危险废物，以及将放射性废物和被放射性污染的"
                        "物品输入中华人民共和国境内或者经境内转移的，由海关、海事管理机构按照职责分工责令"
                        "退运或者责令非法运输该危险废物的船舶退出中华人民共和国管辖海域，并处五十万元以上"
                        "五百万元以下的罚款。",
                        paragraph=1,
                    ),
                    yuan(500_000, 5_000_000),
                    note="Code Art. 1232 ¶1 (Section 14) also fines the import of radioactive waste "
                    "and contaminated articles in the same words, so it always applies; the same "
                    "range: Art. 1055 makes no difference.",
                ),
            ),
        ),
        keywords=("放射性废物", "境外", "输入", "退运", "海关", "radioactive waste"),
    ),
    kind(
        "marine.foreign-waste-dumping",
        "将境外废弃物运进管辖海域倾倒",
        "foreign waste brought into Chinese waters and dumped",
        "marine",
        basis(
            article(
                marine.INSTRUMENT_2017,
                86,
                "违反本法第五十五条第三款的规定，将中华人民共和国境外废弃物运进中华人民共和国管辖海域"
                "倾倒的，由国家海洋行政主管部门予以警告，并根据造成或者可能造成的危害后果，处十万元以上"
                "一百万元以下的罚款。",
                note="国家海洋行政主管部门: its marine-environment duties passed to the 生态环境部 in "
                "2018 and enforcement at sea to the 海警.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("mee", "coast_guard"),
            measures=("warning",),
            daily_note="海洋环境保护法 (2017) Art. 73's daily penalty covers only its own items; "
            "Art. 86 is not among them.",
        ),
        basis(
            article(
                marine.INSTRUMENT,
                108,
                "违反本法规定，将中华人民共和国境外废弃物运进中华人民共和国管辖海域倾倒的，由海警机构责令"
                "改正，根据造成或者可能造成的危害后果，处五十万元以上五百万元以下的罚款。",
            ),
            yuan(500_000, 5_000_000),
            enforcers=("coast_guard",),
            measures=("order_correction",),
            daily_penalty=_MARINE_DAILY,
            daily_note="Dumping waste into the sea: 海洋环境保护法 Art. 113 allows the daily penalty "
            "(also where the re-inspection is refused or obstructed).",
        ),
        basis(
            _code(
                1112,
                "违反本法规定，将中华人民共和国境外废弃物运进中华人民共和国管辖海域倾倒的，由海警机构责令"
                "改正，处五十万元以上五百万元以下的罚款。",
                paragraph=2,
            ),
            yuan(500_000, 5_000_000),
            enforcers=("coast_guard",),
            measures=("order_correction",),
            daily_penalty=_CODE_DAILY,
            daily_note="An unlawful dumping of waste: Code Art. 1060 allows the daily penalty, also "
            "where the re-inspection is refused or obstructed.",
        ),
        keywords=("境外废弃物", "海洋倾倒", "倾倒", "海警", "foreign waste", "dumping"),
    ),
)

_REG_35_2 = article(
    permit.INSTRUMENT,
    35,
    "违反本条例规定，排污单位有下列行为之一的，由生态环境主管部门责令改正，处5万元以上20万元以下的"
    "罚款；情节严重的，处20万元以上100万元以下的罚款，责令限制生产、停产整治：……(二)特殊时段未"
    "按照排污许可证规定停止或者限制排放污染物。",
    item=2,
)
_REG_36_2 = article(
    permit.INSTRUMENT,
    36,
    _REG_36_CHAPEAU + "……(二)污染物排放方式或者排放去向不符合排污许可证规定；",
    item=2,
)
_REG_37_3 = article(
    permit.INSTRUMENT,
    37,
    "违反本条例规定，排污单位有下列行为之一的，由生态环境主管部门责令改正，处每次5千元以上2万元"
    "以下的罚款；法律另有规定的，从其规定：……(三)未按照排污许可证规定提交排污许可证执行报告；",
    item=3,
)
_NO_CODE_ARTICLE = (
    "The Code fines no such act (no article of Book 5 names it), so 排污许可管理条例, in force from "
    "2021-03-01 and left in force by the Code, is the only basis before and after 2026-08-15. "
)
_PERMIT_DAILY_BOTH = (
    _PERMIT_DAILY_NOTE + " From 2026-08-15 Code Art. 1060 reaches the same discharge too: it is "
    "not limited to acts against the Code (企业事业单位和其他生产经营者违法排放……污染物)."
)

_REGULATION_ONLY = (
    kind(
        "permit.permit-forged-or-transferred",
        "伪造、变造、转让排污许可证",
        "discharge permit forged, altered or transferred",
        "permit",
        basis(
            article(
                permit.INSTRUMENT,
                41,
                "违反本条例规定，伪造、变造、转让排污许可证的，由生态环境主管部门没收相关证件或者吊销"
                "排污许可证，处10万元以上30万元以下的罚款，3年内不得再次申请排污许可证。",
                note="The Code fines no such act (Art. 1105 is about a permit obtained by deception "
                "or bribery): 排污许可管理条例 Art. 41, in force from 2021-03-01 and left in force "
                "by the Code, is the only basis before and after 2026-08-15. Discharging under a "
                "forged or transferred permit is also a discharge without a permit (Art. 1102).",
            ),
            yuan(100_000, 300_000),
            enforcers=_ECO,
            measures=("confiscate_items", "revoke_permit", "business_ban"),
            daily_note="Not a discharge: neither 排污许可管理条例 Art. 38 nor Code Art. 1060 reaches "
            "it.",
        ),
        keywords=("伪造", "变造", "转让", "排污许可证", "forged permit"),
    ),
    kind(
        "permit.special-period-not-restricted",
        "特殊时段未按照排污许可证规定停止或者限制排放污染物",
        "discharges not stopped or restricted in special periods as the permit requires",
        "permit",
        basis(
            _first(
                _REG_35_2,
                "Before it no statute fined a breach of a permit's special-period terms as such "
                "(Art. 17 ¶2: 排污单位应当遵守排污许可证规定). " + _NO_CODE_ARTICLE + "The permit "
                "records the special-period terms apart from its limits (Code Art. 181 (4), not "
                "(2)), so Code Art. 1103 does not name the act; a discharge over the permitted "
                "limits is also kind permit.over-permitted-limit.",
            ),
            tiers(
                band(yuan(200_000, 1_000_000), fact("serious"), zh="情节严重", en="serious"),
                band(yuan(50_000, 200_000)),
            ),
            enforcers=_ECO,
            measures=("order_correction", "restrict_production"),
            daily_penalty=_PERMIT_DAILY,
            daily_note=_PERMIT_DAILY_BOTH,
        ),
        keywords=("特殊时段", "停止排放", "限制排放", "重污染天气", "排污许可证", "special period"),
    ),
    kind(
        "permit.discharge-method-not-per-permit",
        "污染物排放方式或者排放去向不符合排污许可证规定",
        "discharge method or destination not as the permit states",
        "permit",
        basis(
            _first(
                _REG_36_2,
                "Before it no statute fined a discharge method or destination that did not match "
                "the permit as such (Art. 18 ¶2: 污染物排放方式和排放去向应当与排污许可证规定"
                "相符). " + _NO_CODE_ARTICLE + "A change of method or destination requires a new "
                "permit (Art. 15 (2), Code Art. 182 (2)): discharging after it without one may also "
                "be a discharge without the permit the law requires (Art. 33 (4), Code Art. 1102), "
                "a reading left to the case.",
            ),
            _REG_LOW,
            enforcers=_ECO,
            measures=("order_correction", "restrict_production"),
            daily_penalty=_PERMIT_DAILY,
            daily_note=_PERMIT_DAILY_BOTH,
        ),
        keywords=("排放方式", "排放去向", "排污许可证", "discharge method", "destination"),
    ),
    kind(
        "permit.execution-report-not-submitted",
        "未按照排污许可证规定提交排污许可证执行报告",
        "permit execution report not submitted as the permit requires",
        "permit",
        basis(
            _first(
                _REG_37_3,
                "Before it no statute fined an execution report not submitted (Art. 22 ¶1: 按照"
                "排污许可证规定的内容、频次和时间要求，向审批部门提交排污许可证执行报告). "
                + _NO_CODE_ARTICLE
                + "Code Art. 1086 ¶1 (1)'s 未如实报告 is an untruthful report, not a report not "
                "submitted (an untruthful execution report is kind "
                "monitoring.emissions-not-truthfully-reported).",
            ),
            per_unit("occasion", 5_000, 20_000),
            enforcers=_ECO,
            measures=("order_correction",),
            daily_note="Not a discharge: neither 排污许可管理条例 Art. 38 nor Code Art. 1060 reaches "
            "it.",
        ),
        keywords=(
            "执行报告",
            "排污许可证执行报告",
            "年度执行报告",
            "排污许可证",
            "execution report",
        ),
    ),
)

KINDS = (
    *_NO_PERMIT,
    *_PERMIT_TERMS,
    *_FACILITIES,
    *_PERMIT_ADMIN,
    *_OVER_LIMIT,
    *_EVADING,
    *_OUTLETS,
    *_DISCLOSURE,
    *_COSTS,
    *_FOREIGN_WASTE,
    *_REGULATION_ONLY,
)
"""The kinds of this section, as plain data."""

NOT_FINING = (unfined(1101, "The section's scope article: it fines nobody."),)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
