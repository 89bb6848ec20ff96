"""Book 5, Ch. 2, Section 6 (第六节 违反海洋污染防治规定): marine pollution, Arts. 1146–1157.

Each kind quotes the article that fines the conduct under the Code and, for acts
before 2026-08-15, the provision that fined the same conduct then: 海洋环境保护法
as revised in 2023 (2024-01-01 – 2026-08-14) and, for acts from 2021-01-01 to
2023-12-31, the 2017 amendment. Where the 2017 amendment fined no such conduct
but an administrative regulation did (防治船舶污染海洋环境管理条例 for ships and
cargo, 防治陆源污染物污染损害海洋环境管理条例 for waste on the beach), the
regulation is the basis until 2023-12-31. Where neither did, the conduct became a
violation on 2024-01-01 and the kind has no earlier basis (行政处罚法 Art. 37).

Implementing regulations that fine conduct the statute itself fines, with other
amounts (海洋倾废管理条例 Art. 20, 防治海洋工程建设项目污染损害海洋环境管理条例
Art. 52, 防治陆源污染物污染损害海洋环境管理条例 Art. 27 (3) (5), 防止拆船污染
环境管理条例 Art. 17), are not encoded: a regulation may fine only within the
statute's range (行政处罚法 Art. 11 ¶2), so the statute's range governs.
"""

from __future__ import annotations

from ecoreg.law import eco_code as code
from ecoreg.law import land_source_marine_regulation as land_source_regulation
from ecoreg.law import marine_environment_law as marine
from ecoreg.law import ship_pollution_regulation as ship_regulation
from ecoreg.law import solid_waste_law as waste
from ecoreg.law.catalogue._build import (
    Data,
    article,
    band,
    basis,
    cap,
    daily,
    fact,
    kind,
    multiple,
    per_unit,
    provision,
    section,
    tiers,
    unfined,
    yuan,
)

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(6, "违反海洋污染防治规定", "Marine pollution", 1146, 1157)

M17 = marine.INSTRUMENT_2017
M23 = marine.INSTRUMENT
CODE = code.INSTRUMENT

SHIP_REGULATION = ship_regulation.INSTRUMENT
LAND_SOURCE_REGULATION = land_source_regulation.INSTRUMENT

_UNTIL_2023 = "2023-12-31"

# ---------------------------------------------------------------------------------------------
# The daily continuous penalty (按日连续处罚).

_DAILY_17 = daily(
    article(
        M17,
        73,
        "拒不改正的，依法作出处罚决定的部门可以自责令改正之日的次日起，按照原罚款数额按日连续处罚",
        paragraph=1,
    )
)
_DAILY_23 = daily(
    article(
        M23,
        113,
        "企业事业单位和其他生产经营者违反本法规定向海域排放、倾倒、处置污染物、废弃物或者其他物质，"
        "受到罚款处罚，被责令改正的，依法作出处罚决定的部门或者机构应当组织复查，发现其继续实施该违法"
        "行为或者拒绝、阻挠复查的，依照《中华人民共和国环境保护法》的规定按日连续处罚。",
    ),
    obstruction_counts=True,
)
_DAILY_CODE = daily(code.ART_1060, obstruction_counts=True)

_D17_YES = (
    "海洋环境保护法 (2017) Art. 73 ¶1 itself allows the daily penalty for its items (1)–(4) "
    "when the party refuses to correct (a refused re-inspection does not count)."
)
_D17_NO = (
    "Not an item of 海洋环境保护法 (2017) Art. 73, the only article of that law with the daily "
    "penalty; not a discharge of pollutants, so 环境保护法 Art. 59 does not reach it."
)
_D23_YES = (
    "A discharge, dumping or disposal at sea: 海洋环境保护法 (2023) Art. 113 applies the daily "
    "penalty of 环境保护法 to it, and a refused or obstructed re-inspection counts."
)
_D23_NO = (
    "Not a discharge, dumping or disposal of pollutants or waste: 海洋环境保护法 (2023) Art. 113 "
    "does not reach it."
)
_DCODE_YES = (
    "A discharge, dumping or disposal of pollutants, waste or other substances: Code Art. 1060 ¶1 "
    "reaches it (a refused or obstructed re-inspection counts)."
)
_DCODE_NO = (
    "Not a discharge, dumping or disposal of pollutants or waste: Code Art. 1060 does not reach "
    "it (a local regulation may add it, Art. 1060 ¶3)."
)
_DREG_NO = (
    "The regulation has no daily penalty, and the conduct is not a discharge of pollutants that "
    "环境保护法 Art. 59 reaches."
)
_DLAND_NO = (
    "The regulation has no daily penalty; waste piled on the beach is read as not a discharge of "
    "pollutants under 环境保护法 Art. 59 (unsettled: 环境保护部令第28号 Art. 5 (5) counts "
    "其他违法排放污染物行为)."
)

# ---------------------------------------------------------------------------------------------
# Chapeaux, quoted verbatim.

_C17_73 = (
    "违反本法有关规定，有下列行为之一的，由依照本法规定行使海洋环境监督管理权的部门责令停止违法行为、"
    "限期改正或者责令采取限制生产、停产整治等措施，并处以罚款；拒不改正的，依法作出处罚决定的部门可以"
    "自责令改正之日的次日起，按照原罚款数额按日连续处罚；情节严重的，报经有批准权的人民政府批准，"
    "责令停业、关闭："
)
_F17_73_1_3 = "有前款第（一）、（三）项行为之一的，处三万元以上二十万元以下的罚款"
_F17_73_2 = "有前款第（二）、（四）项行为之一的，处二万元以上十万元以下的罚款"
_C17_74 = (
    "违反本法有关规定，有下列行为之一的，由依照本法规定行使海洋环境监督管理权的部门予以警告，"
    "或者处以罚款："
)
_C17_87 = "违反本法规定，有下列行为之一的，由依照本法规定行使海洋环境监督管理权的部门予以警告，或者处以罚款："
_F17_87_1_4 = "有前款第（一）、（四）项行为之一的，处二万元以上十万元以下的罚款"
_F17_87_2 = "有前款第（二）项行为的，处二万元以下的罚款"
_F17_87_3 = "有前款第（三）项行为的，处五万元以上二十万元以下的罚款"

_C23_93 = (
    "违反本法规定，有下列行为之一，由依照本法规定行使海洋环境监督管理权的部门或者机构责令改正或者"
    "责令采取限制生产、停产整治等措施，并处以罚款；情节严重的，报经有批准权的人民政府批准，责令停业、"
    "关闭："
)
_F23_93_1 = "有前款第一项、第二项行为之一的，处二十万元以上一百万元以下的罚款"
_F23_93_3 = "有前款第三项行为的，处十万元以上一百万元以下的罚款"
_F23_93_5_6 = "有前款第五项、第六项行为之一的，处一万元以上二十万元以下的罚款"
_C23_106 = (
    "违反本法规定，有下列行为之一，由国务院生态环境主管部门及其海域派出机构、海事管理机构或者海警机构"
    "责令改正，处以罚款，必要时可以扣押船舶；情节严重的，报经有批准权的人民政府批准，责令停业、关闭："
)
_C23_107 = (
    "违反本法规定，有下列行为之一，由国务院生态环境主管部门及其海域派出机构、海事管理机构或者海警机构"
    "责令改正，处以罚款，暂扣或者吊销倾倒许可证，必要时可以扣押船舶；情节严重的，报经有批准权的人民政府"
    "批准，责令停业、关闭："
)
_C23_SHIPS = (
    "违反本法规定，有下列行为之一，由依照本法规定行使海洋环境监督管理权的部门或者机构责令改正，"
    "处以罚款："
)
_C23_112 = (
    "违反本法规定，有下列行为之一，由依照本法规定行使海洋环境监督管理权的部门或者机构责令改正，"
    "处一万元以上五万元以下的罚款："
)

_CC_1147 = (
    "违反本法规定，有下列情形之一的，由负有生态环境保护监督管理职责的部门、机构按照职责分工责令改正，"
    "处以罚款，可以责令采取限制生产、停产整治等措施；情节严重的，报经有批准权的人民政府批准，责令停业、"
    "关闭："
)
_FC_1147 = "有前款除第三项以外情形之一的，处十万元以上一百万元以下的罚款"
_CC_1150 = (
    "违反本法规定，海岸工程和海洋工程建设项目有下列情形之一的，由负有生态环境保护监督管理职责的部门、"
    "机构按照职责分工责令停止违法行为、消除危害，处二十万元以上一百万元以下的罚款；情节严重的，报经有"
    "批准权的人民政府批准，责令停业、关闭："
)
_CC_1152 = (
    "违反本法规定，有下列情形之一的，由国务院生态环境主管部门及其海域派出机构、海事管理机构或者海警机构"
    "按照职责分工责令改正，处以罚款，暂扣或者吊销倾倒许可证，必要时可以扣押船舶；情节严重的，报经有批准权"
    "的人民政府批准，责令停业、关闭："
)
_CC_SHIPS = (
    "违反本法规定，有下列情形之一的，由负有生态环境保护监督管理职责的部门、机构按照职责分工责令改正，"
    "处以罚款："
)

_SOA_NOTE = (
    "海洋行政主管部门 (the State Oceanic Administration): since the 2018 reform its marine "
    "environmental duties lie with the MEE and its sea-area branches, and enforcement at sea with "
    "the China Coast Guard (NPC Standing Committee decision of 2018-06-22; 海警法 2021)."
)

# Enforcers and measures, by article.
_SUP = ("supervisory_departments",)
_DUMPING = ("mee", "maritime", "coast_guard")
_SOA = ("mee", "coast_guard")
_M17_73 = ("order_stop", "order_correction", "restrict_production", "close")
_M23_93 = ("order_correction", "restrict_production", "close")
_MC_1147 = ("order_correction", "restrict_production", "close")
_MC_1152 = ("order_correction", "revoke_permit", "detain_ship", "close")
_M23_106 = ("order_correction", "detain_ship", "close")
_M23_107 = ("order_correction", "revoke_permit", "detain_ship", "close")

_NEW_IN_2023 = (
    "海洋环境保护法 (2017) fined no such conduct, nor did a regulation: the 2023 revision made it a "
    "violation from 2024-01-01; an earlier act is not penalised (行政处罚法 Art. 37)."
)


def _code_1147(item: int, item_text: str, *, note: str | None = None) -> Data:
    """The Code basis for Art. 1147 ¶1 items other than (3): 100,000–1,000,000 yuan."""
    return basis(
        article(
            CODE, 1147, f"{_CC_1147}……{item_text}……{_FC_1147}", paragraph=1, item=item, note=note
        ),
        yuan(100_000, 1_000_000),
        enforcers=_SUP,
        measures=_MC_1147,
        daily_penalty=_DAILY_CODE,
        daily_note=_DCODE_YES,
    )


def _m23_93(
    item: int,
    item_text: str,
    amounts: str,
    fine: Data,
    *,
    note: str | None = None,
    daily_note: str = _D23_YES,
) -> Data:
    """A basis under 海洋环境保护法 (2023) Art. 93 ¶1 (a discharge: Art. 113 daily penalty)."""
    return basis(
        article(M23, 93, f"{_C23_93}……{item_text}……{amounts}", paragraph=1, item=item, note=note),
        fine,
        enforcers=_SUP,
        measures=_M23_93,
        daily_penalty=_DAILY_23,
        daily_note=daily_note,
    )


def _m17_73(item: int, item_text: str, *, note: str | None = None) -> Data:
    """A basis under 海洋环境保护法 (2017) Art. 73 ¶1 (its own daily penalty)."""
    amounts = _F17_73_2 if item == 2 else _F17_73_1_3
    fine = yuan(20_000, 100_000) if item == 2 else yuan(30_000, 200_000)
    return basis(
        article(M17, 73, f"{_C17_73}……{item_text}……{amounts}", paragraph=1, item=item, note=note),
        fine,
        enforcers=_SUP,
        measures=_M17_73,
        daily_penalty=_DAILY_17,
        daily_note=_D17_YES,
    )


_I17_73_1 = "（一）向海域排放本法禁止排放的污染物或者其他物质的；"
_I17_73_2 = "（二）不按照本法规定向海洋排放污染物，或者超过标准、总量控制指标排放污染物的；"
_I23_93_1 = "（一）向海域排放本法禁止排放的污染物或者其他物质的；"
_I23_93_3 = "（三）超过标准、总量控制指标排放污染物的；"
_I23_93_6 = "（六）其他未依照本法规定向海洋排放污染物、废弃物的。"


def _ships(
    number: int,
    item: int,
    item_text: str,
    amounts: str,
    fine: Data,
    *,
    paragraph: int | None = 1,
    note: str | None = None,
    measures: tuple[str, ...] = ("order_correction",),
) -> Data:
    """A Code basis under Arts. 1153–1156 (no daily penalty: not a discharge)."""
    return basis(
        article(
            CODE,
            number,
            f"{_CC_SHIPS}……{item_text}……{amounts}",
            paragraph=paragraph,
            item=item,
            note=note,
        ),
        fine,
        enforcers=_SUP,
        measures=measures,
        daily_note=_DCODE_NO,
    )


def _ships23(
    number: int, item: int, item_text: str, amounts: str, fine: Data, *, note: str | None = None
) -> Data:
    """A basis under 海洋环境保护法 (2023) Arts. 109–111 (责令改正，处以罚款)."""
    return basis(
        article(
            M23, number, f"{_C23_SHIPS}……{item_text}……{amounts}", paragraph=1, item=item, note=note
        ),
        fine,
        enforcers=_SUP,
        measures=("order_correction",),
        daily_note=_D23_NO,
    )


def _m17_87(
    item: int, item_text: str, amounts: str, fine: Data, *, note: str | None = None
) -> Data:
    """A basis under 海洋环境保护法 (2017) Art. 87 (警告，或者罚款: the fine is optional)."""
    return basis(
        article(M17, 87, f"{_C17_87}……{item_text}……{amounts}", paragraph=1, item=item, note=note),
        fine,
        enforcers=_SUP,
        measures=("warning",),
        daily_note=_D17_NO,
    )


def _code_1152(
    item: int,
    item_text: str,
    amounts: str,
    fine: Data,
    *,
    discharge: bool = False,
    ban: bool = False,
    persons: Data | None = None,
    persons_zh: str | None = None,
    note: str | None = None,
) -> Data:
    """A Code basis under Art. 1152 ¶1 (dumping)."""
    return basis(
        article(
            CODE, 1152, f"{_CC_1152}……{item_text}……{amounts}", paragraph=1, item=item, note=note
        ),
        fine,
        enforcers=_DUMPING,
        measures=(*_MC_1152, "business_ban") if ban else _MC_1152,
        persons=persons,
        persons_zh=persons_zh,
        daily_penalty=_DAILY_CODE if discharge else None,
        daily_note=_DCODE_YES if discharge else _DCODE_NO,
    )


def _m23_dumping(
    number: int,
    item: int,
    item_text: str,
    amounts: str,
    fine: Data,
    *,
    discharge: bool = False,
    ban: bool = False,
    persons: Data | None = None,
    persons_zh: str | None = None,
    note: str | None = None,
) -> Data:
    """A basis under 海洋环境保护法 (2023) Art. 106 or 107 ¶1 (dumping)."""
    chapeau, measures = (_C23_106, _M23_106) if number == 106 else (_C23_107, _M23_107)
    return basis(
        article(
            M23, number, f"{chapeau}……{item_text}……{amounts}", paragraph=1, item=item, note=note
        ),
        fine,
        enforcers=_DUMPING,
        measures=(*measures, "business_ban") if ban else measures,
        persons=persons,
        persons_zh=persons_zh,
        daily_penalty=_DAILY_23 if discharge else None,
        daily_note=_D23_YES if discharge else _D23_NO,
    )


def _serious(serious: Data, otherwise: Data) -> Data:
    return tiers(band(serious, fact("serious"), zh="情节严重", en="serious"), band(otherwise))


# 防治陆源污染物污染损害海洋环境管理条例 Art. 27 ¶1 (6): waste on the beach, for acts until 2023-12-31.
_LAND_27_6 = article(
    LAND_SOURCE_REGULATION,
    27,
    "违反本条例规定，具有下列情形之一的，由县级以上人民政府环境保护行政主管部门责令改正，并可处以一千元"
    "以上二万元以下的罚款；情节严重的，可处以二万元以上十万元以下的罚款：……（六）未经县级以上地方人民政府"
    "环境保护行政主管部门批准，擅自在岸滩堆放、弃置和处理废弃物",
    item=6,
    note="海洋环境保护法 (2017) Art. 38 sent solid waste on the beach to 固体废物污染环境防治法 and "
    "fined nothing itself; this regulation (in force, implementing the marine law) fines it. A "
    "county bureau may impose up to 10,000 yuan without its superior's approval (Art. 31).",
)
_LAND_27_FINE = _serious(yuan(20_000, 100_000, optional=True), yuan(1_000, 20_000, optional=True))
_SWL_111 = (
    "违反本法规定，有下列行为之一，由县级以上地方人民政府环境卫生主管部门责令改正，处以罚款，没收违法所得："
    "……（一）随意倾倒、抛撒、堆放或者焚烧生活垃圾的；"
)

_C23_104 = (
    "违反本法规定，工程建设项目有下列行为之一，由依照本法规定行使海洋环境监督管理权的部门或者机构责令"
    "其停止违法行为、消除危害，处二十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，"
    "责令停业、关闭："
)


def _m23_104(item: int, item_text: str, *, note: str | None = None) -> Data:
    """A basis under 海洋环境保护法 (2023) Art. 104 (engineering projects)."""
    return basis(
        article(M23, 104, f"{_C23_104}……{item_text}", item=item, note=note),
        yuan(200_000, 1_000_000),
        enforcers=_SUP,
        measures=("order_stop", "remedy", "close"),
        daily_note=_D23_NO,
    )


def _code_1150(item: int, item_text: str) -> Data:
    """A Code basis under Art. 1150 (engineering projects)."""
    return basis(
        article(CODE, 1150, f"{_CC_1150}……{item_text}", item=item),
        yuan(200_000, 1_000_000),
        enforcers=_SUP,
        measures=("order_stop", "remedy", "close"),
        daily_note=_DCODE_NO,
    )


# 防治船舶污染海洋环境管理条例: the basis for acts until 2023-12-31 where the 2017 law fined nothing.
_SHIP_57 = article(
    SHIP_REGULATION,
    57,
    "违反本条例的规定，船舶的结构不符合国家有关防治船舶污染海洋环境的技术规范或者有关国际条约要求的，"
    "由海事管理机构处10万元以上30万元以下的罚款。",
    note="The 2017 marine law fined missing anti-pollution equipment (Art. 87 (1)) but not the "
    "ship's structure; this regulation fines it. 船舶的材料 is new in the Code.",
)
_SHIP_63_3 = article(
    SHIP_REGULATION,
    63,
    "违反本条例的规定，有下列情形之一的，由海事管理机构处2万元以上10万元以下的罚款：……（三）货物所有人"
    "或者代理人未按照规定对污染危害性不明的货物进行危害性评估的。",
    item=3,
    note="The 2017 marine law (Art. 68 ¶2) set the duty but fined nothing; this regulation fines "
    "it.",
)
_SHIP_64 = article(
    SHIP_REGULATION,
    64,
    "违反本条例的规定，未经海事管理机构批准，船舶载运污染危害性货物进出港口、过境停留或者过驳作业的，"
    "由海事管理机构处1万元以上5万元以下的罚款。",
    note="The 2017 marine law (Art. 67) required the approval but fined only 拒报或者谎报 (Art. 74 "
    "(4)); this regulation fines entering or leaving port without approval (loading or unloading "
    "without it is not named).",
)

_I23_109_1 = (
    "（一）港口、码头、装卸站、船舶修造拆解单位未按照规定配备或者有效运行船舶污染物、废弃物接收设施，"
    "或者船舶的结构、配备的防污设备和器材不符合国家防污规定或者未经检验合格的；"
)
_F23_109_1_2 = "有前款第一项、第二项行为之一的，处二万元以上三十万元以下的罚款"
_I23_110_2 = (
    "（二）船舶未持有防污证书、防污文书，或者不按照规定监测、监控，如实记载和保存船舶污染物、压载水和"
    "沉积物的排放及操作记录的；"
)
_F23_110_5_6 = (
    "有前款第五项、第六项行为之一的，处一万元以上十万元以下的罚款，情节严重的，处十万元以上五十万元"
    "以下的罚款"
)
_FC_1154_7_8 = (
    "有前款第七项、第八项情形之一的，处一万元以上十万元以下的罚款，情节严重的，处十万元以上五十万元"
    "以下的罚款"
)
_FC_1155_1_2 = "有前款第一项、第二项情形之一的，处二万元以上二十万元以下的罚款"
_SHORE_POWER_FINE = _serious(yuan(100_000, 500_000), yuan(10_000, 100_000))


def _ship_1154_1() -> Data:
    """Code Art. 1154 ¶1 (1): materials, structure and anti-pollution equipment of ships."""
    return _ships(
        1154,
        1,
        "（一）船舶的材料、结构、配备的防污设备和器材不符合国家防治船舶污染海洋环境规定或者未经检验"
        "合格；",
        "有前款第一项、第二项情形之一的，处一万元以上十万元以下的罚款，拒不改正的，责令船舶临时停航",
        yuan(10_000, 100_000),
        measures=("order_correction", "suspend"),
    )


KINDS = (
    # ----------------------------------------------------------------------------- Art. 1147
    kind(
        "marine.oil-acid-alkali-discharge",
        "向海域排放油类、酸液、碱液",
        "discharging oil, acid or alkali into the sea",
        "marine",
        _m17_73(1, _I17_73_1, note="Art. 33 ¶1 forbids discharging 油类、酸液、碱液 into the sea."),
        _m23_93(
            1,
            _I23_93_1,
            _F23_93_1,
            yuan(200_000, 1_000_000),
            note="Art. 51 ¶1 forbids discharging 油类、酸液、碱液 into the sea.",
        ),
        _code_1147(1, "（一）向海域排放油类、酸液、碱液；"),
        keywords=("油类", "酸液", "碱液", "向海域排放", "oil discharge", "marine discharge"),
    ),
    kind(
        "marine.offshore-residual-oil-discharge",
        "向海域排放海洋油气装备的残油、废油",
        "discharging residual or waste oil from offshore oil and gas installations into the sea",
        "marine",
        _m17_73(
            1,
            _I17_73_1,
            note="Art. 51 ¶1: 残油、废油必须予以回收，不得排放入海 (drilling ships and platforms), "
            "read as a substance the law forbids discharging (Art. 73 (1)).",
        ),
        _m23_93(
            1,
            _I23_93_1,
            _F23_93_1,
            yuan(200_000, 1_000_000),
            note="Art. 67 ¶2: 残油、废油应当予以回收，不得排放入海, read as a substance the law "
            "forbids discharging (Art. 93 (1)); read as another unlawful discharge it would be "
            "Art. 93 (6) (10,000–200,000).",
        ),
        _code_1147(2, "（二）向海域排放海洋油气装备的残油、废油；"),
        keywords=("残油", "废油", "海洋油气", "钻井平台", "offshore platform", "waste oil"),
    ),
    kind(
        "marine.toxic-liquid-discharge",
        "向海域排放剧毒废液",
        "discharging highly toxic waste liquid into the sea",
        "marine",
        _m17_73(1, _I17_73_1, note="Art. 33 ¶1 forbids discharging 剧毒废液 into the sea."),
        _m23_93(
            1,
            _I23_93_1,
            _F23_93_1,
            yuan(200_000, 1_000_000),
            note="Art. 51 ¶1 forbids discharging 剧毒废液 into the sea.",
        ),
        basis(
            article(
                CODE,
                1147,
                f"{_CC_1147}……（三）向海域排放剧毒废液；……"
                "有前款第三项情形的，处二十万元以上二百万元以下的罚款",
                paragraph=1,
                item=3,
            ),
            yuan(200_000, 2_000_000),
            enforcers=_SUP,
            measures=_MC_1147,
            daily_penalty=_DAILY_CODE,
            daily_note=_DCODE_YES,
        ),
        keywords=("剧毒废液", "向海域排放", "toxic waste liquid", "marine discharge"),
    ),
    kind(
        "marine.drilling-mud-discharge",
        "向海域排放钻井使用的油基泥浆和其他有毒复合泥浆",
        "discharging oil-based or other toxic drilling mud into the sea",
        "marine",
        _m17_73(
            1,
            _I17_73_1,
            note="Art. 51 ¶2: 钻井所使用的油基泥浆和其他有毒复合泥浆不得排放入海, read as a "
            "substance the law forbids discharging (Art. 73 (1)).",
        ),
        _m23_93(
            1,
            _I23_93_1,
            _F23_93_1,
            yuan(200_000, 1_000_000),
            note="Art. 67 ¶3: 油基泥浆和其他有毒复合泥浆不得排放入海, read as a substance the law "
            "forbids discharging (Art. 93 (1)).",
        ),
        _code_1147(4, "（四）向海域排放钻井使用的油基泥浆和其他有毒复合泥浆；"),
        keywords=("油基泥浆", "钻井", "有毒复合泥浆", "drilling mud", "offshore drilling"),
    ),
    kind(
        "marine.oily-water-over-standard",
        "向海域排放未达标的含油污水和油性混合物",
        "discharging oily wastewater or oily mixtures above the standard into the sea",
        "marine",
        _m17_73(
            2,
            _I17_73_2,
            note="Art. 51 ¶1: 含油污水和油性混合物，必须经过处理达标后排放 — a discharge above "
            "the standard (Art. 73 (2)).",
        ),
        _m23_93(
            3,
            _I23_93_3,
            _F23_93_3,
            yuan(100_000, 1_000_000),
            note="Art. 67 ¶2: 含油污水和油性混合物，应当经过处理达标后排放 — a discharge above "
            "the standard (Art. 93 (3)).",
        ),
        _code_1147(5, "（五）向海域排放未达标的含油污水和油性混合物；"),
        keywords=("含油污水", "油性混合物", "超标排放", "oily wastewater", "over-limit"),
    ),
    kind(
        "marine.oily-solid-waste-disposal",
        "向海域处置含油的工业固体废物",
        "disposing of oily industrial solid waste into the sea",
        "marine",
        _m17_73(
            2,
            _I17_73_2,
            note="Art. 52: platforms 不得向海域处置含油的工业垃圾. Read as discharging 不按照本法"
            "规定 (Art. 73 (2)); read as a substance the law forbids discharging it would be "
            "Art. 73 (1) (30,000–200,000).",
        ),
        _m23_93(
            6,
            _I23_93_6,
            _F23_93_5_6,
            yuan(10_000, 200_000),
            note="Art. 68: 不得向海域处置含油的工业固体废物. Read as another unlawful discharge of "
            "waste (Art. 93 (6)); read as a substance the law forbids discharging it would be "
            "Art. 93 (1) (200,000–1,000,000).",
        ),
        _code_1147(6, "（六）向海域处置含油的工业固体废物；"),
        keywords=("含油", "工业固体废物", "向海域处置", "oily solid waste", "offshore platform"),
    ),
    kind(
        "marine.special-wastewater-over-standard",
        "违反标准向海域排放含热废水、含病原体污水、含不易降解有机物或者重金属的废水",
        "discharging heated, pathogenic, persistent-organic or heavy-metal wastewater into the sea "
        "above the standards",
        "marine",
        _m17_73(
            2,
            _I17_73_2,
            note="Art. 34: 含病原体的医疗污水、生活污水和工业废水必须经过处理，符合国家有关排放"
            "标准后，方能排入海域 (also Arts. 32, 36).",
        ),
        _m23_93(
            3,
            _I23_93_3,
            _F23_93_3,
            yuan(100_000, 1_000_000),
            note="Arts. 51 ¶3, 52 and 54; a discharge above the standard (Art. 93 (3)).",
        ),
        _code_1147(
            7,
            "（七）违反国家规定或者标准，向海域排放含热废水，含病原体的医疗污水、生活污水和工业"
            "废水，含不易降解的有机物、重金属的废水；",
            note="This kind is the breach of a standard; the breach of another national rule is "
            "marine.special-wastewater-against-rules (the same item, fined apart before 2026).",
        ),
        keywords=("含热废水", "医疗污水", "重金属", "超标排放", "over-limit", "wastewater"),
    ),
    kind(
        "marine.special-wastewater-against-rules",
        "违反国家规定向海域排放含热废水、含病原体污水、含不易降解有机物或者重金属的废水",
        "discharging heated, pathogenic, persistent-organic or heavy-metal wastewater into the sea "
        "against national rules (other than a standard)",
        "marine",
        _m17_73(
            2,
            _I17_73_2,
            note="Discharging 不按照本法规定 (Arts. 32, 34, 35, 36): Art. 73 (2) fines it with the "
            "over-standard discharge.",
        ),
        _m23_93(
            6,
            _I23_93_6,
            _F23_93_5_6,
            yuan(10_000, 200_000),
            note="A discharge against the law's rules that breaks no standard is Art. 93 (6).",
        ),
        _code_1147(
            7,
            "（七）违反国家规定或者标准，向海域排放含热废水，含病原体的医疗污水、生活污水和工业"
            "废水，含不易降解的有机物、重金属的废水；",
            note="This kind is the breach of a national rule other than a standard; the breach of a "
            "standard is marine.special-wastewater-over-standard.",
        ),
        keywords=("含热废水", "医疗污水", "重金属", "向海域排放", "wastewater", "marine discharge"),
    ),
    kind(
        "marine.beach-solid-waste",
        "在岸滩弃置、堆放、处理固体废物",
        "abandoning, piling or treating solid waste on the beach",
        "marine",
        basis(
            _LAND_27_6,
            _LAND_27_FINE,
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note=_DLAND_NO,
            until=_UNTIL_2023,
            concurrent=(
                provision(
                    article(
                        waste.INSTRUMENT,
                        102,
                        "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法"
                        "所得；情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭：……"
                        "（七）擅自倾倒、堆放、丢弃、遗撒工业固体废物，或者未采取相应防范措施，造成"
                        "工业固体废物扬散、流失、渗漏或者其他环境污染的；……有前款第七项行为，处所需"
                        "处置费用一倍以上三倍以下的罚款，所需处置费用不足十万元的，按十万元计算。",
                        paragraph=1,
                        item=7,
                    ),
                    multiple("disposal_cost", 1, 3, floor=100_000),
                    until=_UNTIL_2023,
                    note="Only for industrial solid waste: 海洋环境保护法 (2017) Art. 38 applies the "
                    "固体废物污染环境防治法 to solid waste on the beach. Its fine is the higher, "
                    "which applies from 2021-07-15 (行政处罚法 Art. 29).",
                    condition=(
                        "在岸滩弃置、堆放的固体废物系工业固体废物",
                        "the solid waste abandoned or piled on the beach is industrial solid waste",
                    ),
                ),
                provision(
                    article(
                        waste.INSTRUMENT,
                        111,
                        f"{_SWL_111}……单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的"
                        "罚款",
                        paragraph=1,
                        item=1,
                    ),
                    yuan(50_000, 500_000),
                    until=_UNTIL_2023,
                    note="Only for household garbage dumped by a unit (环境卫生主管部门): through "
                    "海洋环境保护法 (2017) Art. 38; the higher fine, which applies from 2021-07-15 "
                    "(行政处罚法 Art. 29).",
                    condition=(
                        "单位在岸滩倾倒、堆放的固体废物系生活垃圾",
                        "a unit dumped or piled household garbage on the beach",
                    ),
                ),
            ),
        ),
        _m23_93(
            6,
            _I23_93_6,
            _F23_93_5_6,
            yuan(10_000, 200_000),
            note="Art. 56 ¶2 forbids it (法律、行政法规另有规定的除外); fined as another unlawful "
            "discharge of waste to the sea (Art. 93 (6)), which Art. 93 ¶2's rule on individuals "
            "dumping household garbage on the beach confirms.",
            daily_note="Fined as an unlawful discharge of waste to the sea (Art. 93 (6)), so Art. "
            "113 (排放、倾倒、处置…废弃物) is read to reach it; a refused or obstructed re-inspection "
            "counts.",
        ),
        _code_1147(8, "（八）在岸滩弃置、堆放、处理固体废物。"),
        keywords=("岸滩", "固体废物", "弃置", "堆放", "beach", "solid waste"),
    ),
    kind(
        "marine.beach-household-waste-individual",
        "个人擅自在岸滩弃置、堆放和处理生活垃圾",
        "an individual abandoning, piling or treating household garbage on the beach",
        "marine",
        basis(
            _LAND_27_6,
            _LAND_27_FINE,
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note="An individual, not an enterprise or other producer: no daily penalty.",
            until=_UNTIL_2023,
            concurrent=(
                provision(
                    article(
                        waste.INSTRUMENT,
                        111,
                        f"{_SWL_111}……个人有前款第一项、第五项、第七项行为之一，处一百元以上五百元"
                        "以下的罚款",
                        paragraph=1,
                        item=1,
                    ),
                    yuan(100, 500),
                    until=_UNTIL_2023,
                    note="Through 海洋环境保护法 (2017) Art. 38 (环境卫生主管部门). It always applies: "
                    "an individual abandoning, piling or treating (burning, burying) household "
                    "garbage on the beach dumps, piles or burns it at will (随意倾倒、抛撒、堆放或者"
                    "焚烧). Lower than the regulation's band; from 2021-07-15 the higher fine "
                    "applies (行政处罚法 Art. 29).",
                ),
            ),
        ),
        basis(
            article(
                M23,
                93,
                "个人擅自在岸滩弃置、堆放和处理生活垃圾的，按次处一百元以上一千元以下的罚款。",
                paragraph=2,
            ),
            per_unit("occasion", 100, 1000),
            enforcers=_SUP,
            daily_note="An individual, not an enterprise or other producer: Art. 113 does not "
            "reach it.",
        ),
        basis(
            article(
                CODE,
                1147,
                "个人擅自在岸滩弃置、堆放和处理生活垃圾的，按次处一百元以上一千元以下的罚款。",
                paragraph=3,
            ),
            per_unit("occasion", 100, 1000),
            enforcers=_SUP,
            daily_note="An individual, not an enterprise or other producer: Code Art. 1060 does "
            "not reach it.",
        ),
        keywords=("岸滩", "生活垃圾", "个人", "按次", "beach litter", "household garbage"),
    ),
    # ----------------------------------------------------------------------------- Art. 1148
    kind(
        "marine.aquaculture-scale-density",
        "海水养殖违反养殖规模、养殖密度规定",
        "mariculture breaching the rules on scale or stocking density",
        "marine",
        basis(
            article(
                M23,
                98,
                "违反本法规定，从事海水养殖活动有下列行为之一，由依照本法规定行使海洋环境监督管理权"
                "的部门或者机构责令改正，处二万元以上二十万元以下的罚款；情节严重的，报经有批准权的"
                "人民政府批准，责令停业、关闭：……（二）违反养殖规模、养殖密度规定的；",
                item=2,
                note="New in the 2023 revision: the 2017 law (Art. 28 ¶2) asked for 科学确定养殖"
                "密度 but fined nothing. 防治海洋工程建设项目污染损害海洋环境管理条例 Art. 53 "
                "fined farming that polluted, by 1–2 × the clean-up cost (not encoded: no fact "
                "for that cost); an act before 2024 is not penalised here.",
            ),
            yuan(20_000, 200_000),
            enforcers=_SUP,
            measures=("order_correction", "close"),
            daily_note=_D23_NO,
        ),
        basis(
            article(
                CODE,
                1148,
                "违反本法规定，从事海水养殖活动有下列情形之一的，由负有生态环境保护监督管理职责的"
                "部门、机构按照职责分工责令改正，处五千元以上五万元以下的罚款；情节严重的，处五万元"
                "以上二十万元以下的罚款，报经有批准权的人民政府批准，责令停业、关闭：……"
                "（一）违反养殖规模、养殖密度规定；",
                item=1,
            ),
            _serious(yuan(50_000, 200_000), yuan(5_000, 50_000)),
            enforcers=_SUP,
            measures=("order_correction", "close"),
            daily_note=_DCODE_NO,
        ),
        keywords=("海水养殖", "养殖密度", "养殖规模", "mariculture", "aquaculture"),
    ),
    kind(
        "marine.aquaculture-inputs",
        "海水养殖违反投饵、投肥、投饲、投药规定",
        "mariculture breaching the rules on feeding, fertilising or medication",
        "marine",
        basis(
            article(
                M23,
                98,
                "违反本法规定，从事海水养殖活动有下列行为之一，由依照本法规定行使海洋环境监督管理权"
                "的部门或者机构责令改正，处二万元以上二十万元以下的罚款；情节严重的，报经有批准权的"
                "人民政府批准，责令停业、关闭：……（三）违反投饵、投肥、药物使用规定的；",
                item=3,
                note="New in the 2023 revision (the 2017 law, Art. 28 ¶2, asked for 合理投饵、施肥，"
                "正确使用药物 but fined nothing); the Code adds 投饲.",
            ),
            yuan(20_000, 200_000),
            enforcers=_SUP,
            measures=("order_correction", "close"),
            daily_note=_D23_NO,
        ),
        basis(
            article(
                CODE,
                1148,
                "违反本法规定，从事海水养殖活动有下列情形之一的，由负有生态环境保护监督管理职责的"
                "部门、机构按照职责分工责令改正，处五千元以上五万元以下的罚款；情节严重的，处五万元"
                "以上二十万元以下的罚款，报经有批准权的人民政府批准，责令停业、关闭：……"
                "（二）违反投饵、投肥、投饲、投药规定。",
                item=2,
            ),
            _serious(yuan(50_000, 200_000), yuan(5_000, 50_000)),
            enforcers=_SUP,
            measures=("order_correction", "close"),
            daily_note=_DCODE_NO,
        ),
        keywords=("海水养殖", "投饵", "投肥", "投药", "mariculture", "feed"),
    ),
    # ----------------------------------------------------------------------------- Art. 1150
    kind(
        "marine.offshore-project-hazardous-materials",
        "海洋工程建设项目使用含超标放射性物质或者易溶出有毒有害物质的材料",
        "offshore engineering project using materials with excess radioactivity or leachable "
        "toxic substances",
        "marine",
        basis(
            article(
                M17,
                83,
                "违反本法第四十九条的规定，使用含超标准放射性物质或者易溶出有毒有害物质材料的，由海洋"
                "行政主管部门处五万元以下的罚款，并责令其停止该建设项目的运行，直到消除污染危害。",
                note="Art. 49 binds 海洋工程建设项目 only. " + _SOA_NOTE,
            ),
            cap(50_000),
            enforcers=_SOA,
            measures=("order_stop",),
            daily_note=_D17_NO,
        ),
        _m23_104(1, "（一）使用含超标准放射性物质或者易溶出有毒有害物质的材料的；"),
        _code_1150(1, "（一）使用含超标放射性物质或者易溶出有毒有害物质的材料；"),
        keywords=(
            "海洋工程",
            "放射性",
            "有毒有害物质",
            "建设项目",
            "offshore project",
            "materials",
        ),
    ),
    kind(
        "marine.coastal-project-hazardous-materials",
        "海岸工程建设项目使用含超标放射性物质或者易溶出有毒有害物质的材料",
        "coastal engineering project using materials with excess radioactivity or leachable "
        "toxic substances",
        "marine",
        _m23_104(
            1,
            "（一）使用含超标准放射性物质或者易溶出有毒有害物质的材料的；",
            note="For a coastal (海岸) project new in the 2023 revision, whose Art. 65 binds every "
            "工程建设项目: the 2017 law (Art. 49, fined by Art. 83) bound 海洋工程 only. "
            + _NEW_IN_2023,
        ),
        _code_1150(1, "（一）使用含超标放射性物质或者易溶出有毒有害物质的材料；"),
        keywords=("海岸工程", "放射性", "有毒有害物质", "建设项目", "coastal project", "materials"),
    ),
    kind(
        "marine.baseline-point-damage",
        "海岸工程和海洋工程建设项目造成领海基点及其周边环境的侵蚀、淤积或者损害",
        "coastal or offshore engineering project eroding, silting or damaging a territorial-sea "
        "base point or its surroundings",
        "marine",
        _m23_104(
            2,
            "（二）造成领海基点及其周围环境的侵蚀、淤积、损害，或者危及领海基点稳定的。",
            note="New in the 2023 revision as a fine of the statute. 防治海洋工程建设项目污染损害"
            "海洋环境管理条例 Art. 48 (1) fined an offshore project that failed to restore the base "
            "point, by 1–2 × the restoration cost (not encoded: no fact for that cost).",
        ),
        _code_1150(2, "（二）造成领海基点及其周边环境的侵蚀、淤积或者损害；"),
        keywords=("领海基点", "侵蚀", "淤积", "海洋工程", "baseline point", "erosion"),
    ),
    kind(
        "marine.baseline-point-endangered",
        "海岸工程和海洋工程建设项目危及领海基点稳定",
        "coastal or offshore engineering project endangering the stability of a territorial-sea "
        "base point",
        "marine",
        _m23_104(
            2,
            "（二）造成领海基点及其周围环境的侵蚀、淤积、损害，或者危及领海基点稳定的。",
            note="The second half of item (2). " + _NEW_IN_2023,
        ),
        _code_1150(3, "（三）危及领海基点稳定。"),
        keywords=("领海基点", "稳定", "海洋工程", "海岸工程", "baseline point"),
    ),
    # ----------------------------------------------------------------------------- Art. 1151
    kind(
        "marine.offshore-oil-gas-pollution",
        "违反规定进行海洋油气勘探开发活动，造成海洋环境污染",
        "offshore oil and gas exploration or production against the rules, polluting the sea",
        "marine",
        basis(
            article(
                M17,
                84,
                "违反本法规定进行海洋石油勘探开发活动，造成海洋环境污染的，由国家海洋行政主管部门"
                "予以警告，并处二万元以上二十万元以下的罚款。",
                note=_SOA_NOTE,
            ),
            yuan(20_000, 200_000),
            enforcers=_SOA,
            measures=("warning",),
            daily_note=_D17_NO,
        ),
        basis(
            article(
                M23,
                105,
                "违反本法规定进行海洋油气勘探开发活动，造成海洋环境污染的，由海警机构责令改正，给予"
                "警告，并处二十万元以上一百万元以下的罚款。",
            ),
            yuan(200_000, 1_000_000),
            enforcers=("coast_guard",),
            measures=("order_correction", "warning"),
            daily_note="The conduct is the activity that polluted, not a discharge as such: Art. "
            "113 is read not to reach it (an unlawful discharge from the installation is one of "
            "the discharge kinds of Art. 93).",
        ),
        basis(
            article(
                CODE,
                1151,
                "违反本法规定进行海洋油气勘探开发活动，造成海洋环境污染的，由海警机构责令改正，给予"
                "警告，并处二十万元以上一百万元以下的罚款。",
            ),
            yuan(200_000, 1_000_000),
            enforcers=("coast_guard",),
            measures=("order_correction", "warning"),
            daily_note="The conduct is the activity that polluted, not a discharge as such: Code "
            "Art. 1060 is read not to reach it (a discharge from the installation is one of the "
            "Art. 1147 kinds).",
        ),
        keywords=("海洋油气", "勘探开发", "海洋石油", "海警", "offshore oil", "pollution"),
    ),
    # ----------------------------------------------------------------------------- Art. 1152
    kind(
        "marine.dumping-without-permit",
        "未取得倾倒许可证向海洋倾倒废弃物",
        "dumping waste at sea without a dumping permit",
        "marine",
        _m17_73(3, "（三）未取得海洋倾倒许可证，向海洋倾倒废弃物的；"),
        _m23_dumping(
            106,
            2,
            "（二）未取得倾倒许可证，向海洋倾倒废弃物的；",
            "有前款第二项行为的，处二十万元以上二百万元以下的罚款……有前款第二项、第三项行为之一，"
            "两年内受到行政处罚三次以上的，三年内不得从事废弃物海洋倾倒活动",
            yuan(200_000, 2_000_000),
            discharge=True,
            ban=True,
        ),
        _code_1152(
            1,
            "（一）未取得倾倒许可证向海洋倾倒废弃物；",
            "有前款第一项情形的，处二十万元以上二百万元以下的罚款……有前款第一项、第七项情形之一，"
            "二年内受到行政处罚三次以上的，三年内不得从事废弃物海洋倾倒活动",
            yuan(200_000, 2_000_000),
            discharge=True,
            ban=True,
        ),
        keywords=("倾倒", "倾倒许可证", "海洋倾废", "废弃物", "ocean dumping", "no permit"),
    ),
    kind(
        "marine.dumping-against-permit",
        "未按照倾倒许可证的规定倾倒废弃物",
        "dumping waste at sea not as the dumping permit allows",
        "marine",
        basis(
            article(
                M17,
                85,
                "违反本法规定，不按照许可证的规定倾倒，或者向已经封闭的倾倒区倾倒废弃物的，由海洋行政"
                "主管部门予以警告，并处三万元以上二十万元以下的罚款；对情节严重的，可以暂扣或者吊销"
                "许可证。",
                note="Dumping in a closed dumping area is part of this article. " + _SOA_NOTE,
            ),
            yuan(30_000, 200_000),
            enforcers=_SOA,
            measures=("warning", "revoke_permit"),
            daily_note="Not an item of Art. 73, which alone carries the daily penalty in the 2017 "
            "law (it lists dumping without a permit, not this); the marine law defines dumping "
            "(Art. 94 (11)) apart from discharge (Art. 94 (8)), so 环境保护法 Art. 59 (违法排放"
            "污染物) is read not to reach it. Unsettled: 环境保护部令第28号 Art. 5 counts "
            "违法倾倒危险废物 and 其他违法排放污染物行为 under Art. 59.",
        ),
        _m23_dumping(
            107,
            4,
            "（四）未按照倾倒许可证的规定倾倒废弃物的。",
            "有前款第四项行为的，处二十万元以上一百万元以下的罚款，被吊销倾倒许可证的，三年内不得"
            "从事废弃物海洋倾倒活动",
            yuan(200_000, 1_000_000),
            discharge=True,
            ban=True,
        ),
        _code_1152(
            2,
            "（二）未按照倾倒许可证的规定倾倒废弃物；",
            "有前款第二项情形的，处二十万元以上一百万元以下的罚款，被吊销倾倒许可证的，三年内不得"
            "从事废弃物海洋倾倒活动",
            yuan(200_000, 1_000_000),
            discharge=True,
            ban=True,
        ),
        keywords=("倾倒", "倾倒许可证", "倾倒区", "海洋倾废", "ocean dumping", "permit breach"),
    ),
    kind(
        "marine.dumping-monitoring-not-installed",
        "未安装使用符合要求的海洋倾倒在线监控设备并与监管系统联网",
        "dumping vessel without working online monitoring networked to the regulator",
        "marine",
        _m23_dumping(
            107,
            2,
            "（二）未按照国家规定安装使用海洋倾废在线监控设备的；",
            "有前款第二项行为的，处二万元以上二十万元以下的罚款",
            yuan(20_000, 200_000),
            note=_NEW_IN_2023 + " Art. 75 also asked for networking with the MEE's system; the "
            "Code names the missing network in the item itself.",
        ),
        _code_1152(
            3,
            "（三）未安装使用符合要求的海洋倾倒在线监控设备并与监管系统联网；",
            "有前款第三项情形的，处二万元以上二十万元以下的罚款",
            yuan(20_000, 200_000),
        ),
        keywords=("在线监控", "倾倒", "联网", "海洋倾废", "online monitoring", "ocean dumping"),
    ),
    kind(
        "marine.dumping-not-reported",
        "未按照规定报告倾倒情况",
        "dumping not reported as required",
        "marine",
        basis(
            article(
                M17,
                74,
                f"{_C17_74}……（三）不按照规定记录倾倒情况，或者不按照规定提交倾倒报告的；……"
                "有前款第（一）、（三）项行为之一的，处二万元以下的罚款",
                paragraph=1,
                item=3,
                note="Art. 60: the permit holder records the dumping and reports it in writing "
                "after dumping. A warning or a fine (予以警告，或者处以罚款).",
            ),
            cap(20_000, optional=True),
            enforcers=_SUP,
            measures=("warning",),
            daily_note=_D17_NO,
        ),
        _m23_dumping(
            107,
            1,
            "（一）未按照国家规定报告倾倒情况的；",
            "有前款第一项行为的，按次处五千元以上二万元以下的罚款",
            per_unit("occasion", 5000, 20_000),
        ),
        _code_1152(
            4,
            "（四）未按照规定报告倾倒情况；",
            "有前款第四项情形的，按次处五千元以上二万元以下的罚款",
            per_unit("occasion", 5000, 20_000),
        ),
        keywords=("倾倒", "报告", "按次", "倾倒报告", "dumping report", "ocean dumping"),
    ),
    kind(
        "marine.dumping-ship-departure-not-reported",
        "倾倒废弃物的船舶驶出港口未报告（船舶所有人、经营人或者管理人）",
        "dumping vessel leaving port without reporting (owner, operator or manager; the master "
        "and crew fined beside)",
        "marine",
        basis(
            article(
                M17,
                74,
                f"{_C17_74}……（三）不按照规定记录倾倒情况，或者不按照规定提交倾倒报告的；……"
                "有前款第（一）、（三）项行为之一的，处二万元以下的罚款",
                paragraph=1,
                item=3,
                note="Art. 60: 倾倒废弃物的船舶必须向驶出港的海事行政主管部门作出书面报告 — read "
                "as 不按照规定提交倾倒报告 (Art. 74 (3)); no separate fine on the master then. A "
                "warning or a fine.",
            ),
            cap(20_000, optional=True),
            enforcers=_SUP,
            measures=("warning",),
            daily_note=_D17_NO,
        ),
        _m23_dumping(
            106,
            1,
            "（一）倾倒废弃物的船舶驶出港口未报告的；",
            "有前款第一项行为的，对违法船舶的所有人、经营人或者管理人处三千元以上三万元以下的罚款，"
            "对船长、责任船员或者其他责任人员处五百元以上五千元以下的罚款",
            yuan(3000, 30_000),
            persons=yuan(500, 5000),
            persons_zh="船长、责任船员或者其他责任人员",
        ),
        _code_1152(
            5,
            "（五）倾倒废弃物的船舶驶出港口未报告；",
            "有前款第五项情形的，对违法船舶的所有人、经营人或者管理人处三千元以上三万元以下的罚款，"
            "对船长、责任船员或者其他责任人员处五百元以上五千元以下的罚款",
            yuan(3000, 30_000),
            persons=yuan(500, 5000),
            persons_zh="船长、责任船员或者其他责任人员",
        ),
        keywords=("倾倒", "驶出港口", "未报告", "船长", "dumping vessel", "departure report"),
    ),
    kind(
        "marine.dumping-contractor-unsupervised",
        "获准倾倒废弃物的单位未依法委托实施废弃物海洋倾倒作业或者未监督实施",
        "permit holder not contracting the dumping lawfully or not supervising it",
        "marine",
        _m23_dumping(
            107,
            3,
            "（三）获准倾倒废弃物的单位未依照本法规定委托实施废弃物海洋倾倒作业或者未依照本法规定"
            "监督实施的；",
            "有前款第三项行为的，处三万元以上三十万元以下的罚款",
            yuan(30_000, 300_000),
            note=_NEW_IN_2023,
        ),
        _code_1152(
            6,
            "（六）获准倾倒废弃物的单位未依照本法规定委托实施废弃物海洋倾倒作业或者未监督实施；",
            "有前款第六项情形的，处三万元以上三十万元以下的罚款",
            yuan(30_000, 300_000),
        ),
        keywords=("倾倒", "委托", "监督实施", "海洋倾废", "dumping contractor", "supervision"),
    ),
    kind(
        "marine.incineration-at-sea",
        "海上焚烧废弃物",
        "incinerating waste at sea",
        "marine",
        _m23_dumping(
            106,
            3,
            "（三）在海上焚烧废弃物或者处置放射性废物及其他放射性物质的。",
            "有前款第三项行为的，处五十万元以上五百万元以下的罚款……有前款第二项、第三项行为之一，"
            "两年内受到行政处罚三次以上的，三年内不得从事废弃物海洋倾倒活动",
            yuan(500_000, 5_000_000),
            discharge=True,
            ban=True,
            note="The first half of item (3); disposing of radioactive waste at sea is Code "
            "Art. 1195 (Section 10). New in the 2023 revision as a fine: the 2017 law forbade it "
            "(Art. 61) but fined it nowhere. " + _NEW_IN_2023,
        ),
        _code_1152(
            7,
            "（七）海上焚烧废弃物。",
            "有前款第七项情形的，处五十万元以上五百万元以下的罚款……有前款第一项、第七项情形之一，"
            "二年内受到行政处罚三次以上的，三年内不得从事废弃物海洋倾倒活动",
            yuan(500_000, 5_000_000),
            discharge=True,
            ban=True,
        ),
        keywords=("海上焚烧", "废弃物", "焚烧", "incineration at sea", "ocean dumping"),
    ),
    kind(
        "marine.dumping-permit-by-fraud",
        "以欺骗、贿赂等不正当手段申请取得倾倒许可证",
        "obtaining a dumping permit by deception, bribery or other improper means",
        "marine",
        basis(
            article(
                M23,
                107,
                "以提供虚假申请材料、欺骗、贿赂等不正当手段申请取得倾倒许可证的，由国务院生态环境主管"
                "部门及其海域派出机构依法撤销倾倒许可证，并处二十万元以上五十万元以下的罚款；三年内不得"
                "再次申请倾倒许可证。",
                paragraph=3,
                note=_NEW_IN_2023,
            ),
            yuan(200_000, 500_000),
            enforcers=("mee",),
            measures=("revoke_permit", "business_ban"),
            daily_note=_D23_NO,
        ),
        basis(
            article(
                CODE,
                1152,
                "违反本法规定，以欺骗、贿赂等不正当手段申请取得倾倒许可证的，由国务院生态环境主管部门"
                "及其海域派出机构依法撤销倾倒许可证，并处二十万元以上五十万元以下的罚款；三年内不得再次"
                "申请倾倒许可证。",
                paragraph=2,
            ),
            yuan(200_000, 500_000),
            enforcers=("mee",),
            measures=("revoke_permit", "business_ban"),
            daily_note=_DCODE_NO,
        ),
        keywords=("倾倒许可证", "欺骗", "贿赂", "撤销", "permit fraud", "ocean dumping"),
    ),
    # ----------------------------------------------------------------------------- Art. 1153
    kind(
        "marine.ship-discharge",
        "船舶向海域排放船舶垃圾、生活污水、含油污水、含有毒有害物质污水、废气等污染物、废弃物",
        "ship discharging garbage, sewage, oily or noxious water, exhaust or other pollutants into "
        "the sea unlawfully",
        "marine",
        _m17_73(
            2,
            _I17_73_2,
            note="Art. 62 ¶1: 任何船舶及相关作业不得违反本法规定向海洋排放污染物、废弃物和压载水、"
            "船舶垃圾及其他有害物质. Where the substance is one the law forbids outright (油类 …, "
            "Art. 33), Art. 73 (1) (30,000–200,000) applies.",
        ),
        _m23_93(
            6,
            _I23_93_6,
            _F23_93_5_6,
            yuan(10_000, 200_000),
            note="Art. 79 ¶1; where the substance is one the law forbids outright (Art. 51), "
            "Art. 93 (1) (200,000–1,000,000) applies.",
        ),
        basis(
            article(
                CODE,
                1153,
                f"{_CC_SHIPS}……（一）船舶向海域排放船舶垃圾、生活污水、含油污水、含有毒有害物质污水、"
                "废气等污染物、废弃物及其他有害物质；……有前款第一项情形的，处十万元以上五十万元以下"
                "的罚款",
                paragraph=1,
                item=1,
            ),
            yuan(100_000, 500_000),
            enforcers=_SUP,
            measures=("order_correction",),
            daily_penalty=_DAILY_CODE,
            daily_note=_DCODE_YES,
        ),
        keywords=("船舶", "船舶垃圾", "含油污水", "生活污水", "ship discharge", "marine"),
    ),
    kind(
        "marine.ballast-water-discharge",
        "向海洋排放不符合规定的船舶压载水和沉积物",
        "discharging ballast water or sediments not meeting the rules into the sea",
        "marine",
        _m17_73(
            2,
            _I17_73_2,
            note="Art. 62 ¶1 names 压载水 among what ships may not discharge against the law.",
        ),
        _m23_93(
            5,
            "（五）违反本法有关船舶压载水和沉积物排放和管理规定的；",
            _F23_93_5_6,
            yuan(10_000, 200_000),
        ),
        basis(
            article(
                CODE,
                1153,
                f"{_CC_SHIPS}……（二）向海洋排放不符合规定的船舶压载水和沉积物；……有前款第二项至"
                "第五项情形之一的，处二万元以上十万元以下的罚款",
                paragraph=1,
                item=2,
            ),
            yuan(20_000, 100_000),
            enforcers=_SUP,
            measures=("order_correction",),
            daily_penalty=_DAILY_CODE,
            daily_note=_DCODE_YES,
        ),
        keywords=("压载水", "沉积物", "船舶", "ballast water", "ship"),
    ),
    kind(
        "marine.hazardous-cargo-port-unapproved",
        "载运具有污染危害性货物的船舶未经批准进出港口或者装卸作业",
        "ship carrying pollution-hazardous cargo entering or leaving port, or loading or "
        "unloading, without approval",
        "marine",
        basis(
            _SHIP_64,
            yuan(10_000, 50_000),
            enforcers=("maritime",),
            daily_note=_DREG_NO,
            until=_UNTIL_2023,
        ),
        basis(
            article(
                M23,
                112,
                f"{_C23_112}……（一）载运具有污染危害性货物的船舶未经许可进出港口或者装卸作业的；",
                item=1,
            ),
            yuan(10_000, 50_000),
            enforcers=_SUP,
            measures=("order_correction",),
            daily_note=_D23_NO,
        ),
        _ships(
            1153,
            3,
            "（三）载运具有污染危害性货物的船舶未经批准进出港口或者装卸作业；",
            "有前款第二项至第五项情形之一的，处二万元以上十万元以下的罚款",
            yuan(20_000, 100_000),
        ),
        keywords=("污染危害性货物", "进出港口", "未经批准", "海事", "hazardous cargo", "port"),
    ),
    kind(
        "marine.bulk-liquid-transfer-unapproved",
        "船舶进行散装液体污染危害性货物的过驳作业，未编制作业方案或者未按照规定报经批准",
        "ship-to-ship transfer of bulk liquid hazardous cargo without an operation plan or approval",
        "marine",
        basis(
            _SHIP_64.model_copy(
                update={
                    "note": "For 过驳作业 without approval; the 2017 law (Art. 70 ¶2) required the "
                    "approval but fined nothing, and a missing operation plan was not fined "
                    "before 2024."
                }
            ),
            yuan(10_000, 50_000),
            enforcers=("maritime",),
            daily_note=_DREG_NO,
            until=_UNTIL_2023,
        ),
        basis(
            article(
                M23,
                112,
                f"{_C23_112}……（三）船舶进行散装液体污染危害性货物的过驳作业，未编制作业方案或者"
                "未按照有关规定报经批准的。",
                item=3,
            ),
            yuan(10_000, 50_000),
            enforcers=_SUP,
            measures=("order_correction",),
            daily_note=_D23_NO,
        ),
        _ships(
            1153,
            4,
            "（四）船舶进行散装液体污染危害性货物的过驳作业，未编制作业方案或者未按照规定报经批准；",
            "有前款第二项至第五项情形之一的，处二万元以上十万元以下的罚款",
            yuan(20_000, 100_000),
        ),
        keywords=("过驳", "散装液体", "污染危害性货物", "作业方案", "ship-to-ship transfer"),
    ),
    kind(
        "marine.cargo-handling-rules-breached",
        "装卸油类及有毒有害货物的作业，船岸双方未遵守安全防污操作规程",
        "ship and shore not following the safety and anti-pollution procedures when handling oil "
        "or noxious cargo",
        "marine",
        basis(
            article(
                M23,
                112,
                f"{_C23_112}……（二）装卸油类及有毒有害货物的作业，船岸双方未遵守安全防污操作规程的；",
                item=2,
                note="The 2017 law (Art. 68 ¶3) set the duty but fined nothing. " + _NEW_IN_2023,
            ),
            yuan(10_000, 50_000),
            enforcers=_SUP,
            measures=("order_correction",),
            daily_note=_D23_NO,
        ),
        _ships(
            1153,
            5,
            "（五）装卸油类及有毒有害货物的作业，船岸双方未遵守安全防污操作规程。",
            "有前款第二项至第五项情形之一的，处二万元以上十万元以下的罚款",
            yuan(20_000, 100_000),
        ),
        keywords=("装卸", "油类", "有毒有害货物", "操作规程", "cargo handling", "oil"),
    ),
    # ----------------------------------------------------------------------------- Art. 1154
    kind(
        "marine.ship-structure-nonconforming",
        "船舶的材料、结构不符合国家防治船舶污染海洋环境规定",
        "ship materials or structure not meeting the rules on ship pollution",
        "marine",
        basis(
            _SHIP_57,
            yuan(100_000, 300_000),
            enforcers=("maritime",),
            daily_note=_DREG_NO,
            until=_UNTIL_2023,
        ),
        _ships23(
            109,
            1,
            _I23_109_1,
            _F23_109_1_2,
            yuan(20_000, 300_000),
            note="The second half of item (1) (船舶的结构 …); the Code adds 材料.",
        ),
        _ship_1154_1(),
        keywords=("船舶结构", "防污", "检验", "海事", "ship structure", "ship"),
    ),
    kind(
        "marine.ship-antipollution-equipment",
        "船舶配备的防污设备和器材不符合规定或者未经检验合格",
        "ship anti-pollution equipment missing, not meeting the rules or not surveyed",
        "marine",
        _m17_87(
            1,
            "（一）港口、码头、装卸站及船舶未配备防污设施、器材的；",
            _F17_87_1_4,
            yuan(20_000, 100_000, optional=True),
            note="For ships: Art. 64 ¶1 (船舶必须配置相应的防污设备和器材), read to reach "
            "equipment that is not the required (相应的) kind. A warning or a fine.",
        ),
        _ships23(
            109,
            1,
            _I23_109_1,
            _F23_109_1_2,
            yuan(20_000, 300_000),
            note="The second half of item (1) (配备的防污设备和器材 …).",
        ),
        _ship_1154_1(),
        keywords=("防污设备", "防污器材", "船舶", "检验", "anti-pollution equipment", "ship"),
    ),
    kind(
        "marine.ship-no-antipollution-certificate",
        "船舶未持有防治海洋环境污染的证书、文书",
        "ship without its anti-pollution certificates and documents",
        "marine",
        _m17_87(
            2,
            "（二）船舶未持有防污证书、防污文书，或者不按照规定记载排污记录的；",
            _F17_87_2,
            cap(20_000, optional=True),
            note="The first half of item (2). A warning or a fine.",
        ),
        _ships23(
            110,
            2,
            _I23_110_2,
            "有前款第二项行为的，处十万元以下的罚款",
            cap(100_000),
            note="The first half of item (2).",
        ),
        _ships(
            1154,
            2,
            "（二）船舶未持有防治海洋环境污染的证书、文书；",
            "有前款第一项、第二项情形之一的，处一万元以上十万元以下的罚款，拒不改正的，责令船舶"
            "临时停航",
            yuan(10_000, 100_000),
            measures=("order_correction", "suspend"),
        ),
        keywords=("防污证书", "防污文书", "船舶", "证书", "certificate", "ship"),
    ),
    kind(
        "marine.ship-discharge-records",
        "船舶排放及操作未按照规定监测、监控，或者未如实记录和保存",
        "ship discharges and operations not monitored, or not truly recorded and kept",
        "marine",
        _m17_87(
            2,
            "（二）船舶未持有防污证书、防污文书，或者不按照规定记载排污记录的；",
            _F17_87_2,
            cap(20_000, optional=True),
            note="The second half of item (2): 不按照规定记载排污记录 (Art. 63). Monitoring and "
            "keeping the records were not fined before 2024. A warning or a fine.",
        ),
        _ships23(
            110,
            2,
            _I23_110_2,
            "有前款第二项行为的，处十万元以下的罚款",
            cap(100_000),
            note="The second half of item (2).",
        ),
        _ships(
            1154,
            3,
            "（三）船舶进行涉及船舶污染物、压载水和沉积物等排放及操作，未按照规定监测、监控，或者"
            "未如实记录和保存；",
            "有前款第三项、第五项情形之一的，处一万元以上十万元以下的罚款",
            yuan(10_000, 100_000),
        ),
        keywords=("排污记录", "记录簿", "监测", "船舶", "record book", "ship"),
    ),
    kind(
        "marine.ship-hazardous-materials-inventory",
        "未在船上备有、持续更新或者在拆解前提供有害材料清单",
        "ship's inventory of hazardous materials not kept, updated or handed over before recycling",
        "marine",
        _ships23(
            110,
            1,
            "（一）未在船上备有有害材料清单，未在船舶建造、营运和维修过程中持续更新有害材料清单，"
            "或者未在船舶拆解前将有害材料清单提供给从事船舶拆解单位的；",
            "有前款第一项行为的，处二万元以下的罚款",
            cap(20_000),
            note=_NEW_IN_2023,
        ),
        _ships(
            1154,
            4,
            "（四）未在船上备有有害材料清单，未在船舶建造、营运和维修过程中持续更新有害材料清单，"
            "或者未在船舶拆解前将有害材料清单提供给从事船舶拆解的单位；",
            "有前款第四项情形的，处二万元以下的罚款",
            cap(20_000),
        ),
        keywords=("有害材料清单", "船舶拆解", "船舶", "hazardous materials inventory", "ship"),
    ),
    kind(
        "marine.ship-energy-efficiency",
        "船舶采取措施提高能效水平未达到有关规定",
        "ship energy-efficiency measures not meeting the rules",
        "marine",
        _ships23(
            110,
            3,
            "（三）船舶采取措施提高能效水平未达到有关规定的；",
            "有前款第三项行为的，处一万元以上十万元以下的罚款",
            yuan(10_000, 100_000),
            note=_NEW_IN_2023,
        ),
        _ships(
            1154,
            5,
            "（五）船舶采取措施提高能效水平未达到有关规定；",
            "有前款第三项、第五项情形之一的，处一万元以上十万元以下的罚款",
            yuan(10_000, 100_000),
        ),
        keywords=("能效", "船舶", "节能", "energy efficiency", "ship"),
    ),
    kind(
        "marine.emission-control-area",
        "进入船舶污染物排放控制区的船舶不符合排放控制要求",
        "ship in an emission control area not meeting its requirements",
        "marine",
        _ships23(
            110,
            4,
            "（四）进入控制区的船舶不符合船舶污染物排放相关控制要求的；",
            "有前款第四项行为的，处三万元以上三十万元以下的罚款",
            yuan(30_000, 300_000),
            note=_NEW_IN_2023 + " (大气污染防治法 Art. 106 fined the use of fuel below the "
            "standard, a different act: Code Art. 1118.)",
        ),
        _ships(
            1154,
            6,
            "（六）进入船舶污染物排放控制区的船舶不符合船舶污染物排放相关控制要求；",
            "有前款第六项情形的，处三万元以上三十万元以下的罚款",
            yuan(30_000, 300_000),
        ),
        keywords=("排放控制区", "船舶", "船舶排放", "emission control area", "ECA", "ship"),
    ),
    kind(
        "marine.shore-power-not-used",
        "具备岸电使用条件的船舶靠港不按照国家规定使用岸电",
        "ship able to use shore power not using it at berth",
        "marine",
        _ships23(
            110,
            6,
            "（六）具备岸电使用条件的船舶靠港，不按照国家规定使用岸电的。",
            _F23_110_5_6,
            _SHORE_POWER_FINE,
            note=_NEW_IN_2023,
        ),
        _ships(
            1154,
            7,
            "（七）具备岸电使用条件的船舶靠港，不按照国家规定使用岸电；",
            _FC_1154_7_8,
            _SHORE_POWER_FINE,
        ),
        keywords=("岸电", "靠港", "船舶", "shore power", "ship"),
    ),
    kind(
        "marine.shore-power-not-supplied",
        "具备岸电供应能力的港口经营人、岸电供电企业未按照国家规定提供岸电",
        "port operator or shore-power supplier able to supply shore power not supplying it",
        "marine",
        _ships23(
            110,
            5,
            "（五）具备岸电供应能力的港口经营人、岸电供电企业未按照国家规定为具备岸电使用条件的船舶"
            "提供岸电的；",
            _F23_110_5_6,
            _SHORE_POWER_FINE,
            note=_NEW_IN_2023,
        ),
        _ships(
            1154,
            8,
            "（八）具备岸电供应能力的港口经营人、岸电供电企业未按照国家规定为具备岸电使用条件的船舶"
            "提供岸电。",
            _FC_1154_7_8,
            _SHORE_POWER_FINE,
        ),
        keywords=("岸电", "港口经营人", "供电企业", "shore power", "port"),
    ),
    # ----------------------------------------------------------------------------- Art. 1155
    kind(
        "marine.reception-capacity-lacking",
        "从事船舶污染物、废弃物接收和船舶清舱、洗舱作业活动，不具备相应接收处理能力",
        "receiving ship pollutants or cleaning tanks without the capacity to receive and treat",
        "marine",
        _ships23(
            109,
            2,
            "（二）从事船舶污染物、废弃物接收和船舶清舱、洗舱作业活动，不具备相应接收处理能力的；",
            _F23_109_1_2,
            yuan(20_000, 300_000),
            note="The 2017 law (Art. 62 ¶2) set the duty but fined nothing. " + _NEW_IN_2023,
        ),
        _ships(
            1155,
            1,
            "（一）从事船舶污染物、废弃物接收和船舶清舱、洗舱作业活动，不具备相应接收处理能力；",
            _FC_1155_1_2,
            yuan(20_000, 200_000),
        ),
        keywords=("船舶污染物接收", "洗舱", "清舱", "接收能力", "reception", "tank cleaning"),
    ),
    kind(
        "marine.reception-facilities-missing",
        "港口、码头、装卸站、船舶修造拆解单位未按照规定配备船舶污染物、废弃物接收设施",
        "port, terminal, handling station or shipyard without the required reception facilities",
        "marine",
        _m17_87(
            1,
            "（一）港口、码头、装卸站及船舶未配备防污设施、器材的；",
            _F17_87_1_4,
            yuan(20_000, 100_000, optional=True),
            note="For ports, terminals and handling stations: Art. 69 ¶1 (接收设施). Shipyards "
            "(船舶修造拆解单位) are not named in this item: for them the fine is new from 2024. A "
            "warning or a fine.",
        ),
        _ships23(
            109,
            1,
            _I23_109_1,
            _F23_109_1_2,
            yuan(20_000, 300_000),
            note="The first half of item (1) (未按照规定配备 …).",
        ),
        _ships(
            1155,
            2,
            "（二）港口、码头、装卸站、船舶修造拆解单位未按照规定配备或者有效运行船舶污染物、"
            "废弃物接收设施；",
            _FC_1155_1_2,
            yuan(20_000, 200_000),
            note="This kind is the missing facility; not running it is "
            "marine.reception-facilities-not-operated.",
        ),
        keywords=("接收设施", "港口", "码头", "船舶污染物", "reception facilities", "port"),
    ),
    kind(
        "marine.reception-facilities-not-operated",
        "港口、码头、装卸站、船舶修造拆解单位未有效运行船舶污染物、废弃物接收设施",
        "port, terminal, handling station or shipyard not running its reception facilities",
        "marine",
        _ships23(
            109,
            1,
            _I23_109_1,
            _F23_109_1_2,
            yuan(20_000, 300_000),
            note="The first half of item (1) (未…有效运行 …). The 2017 law (Art. 69 ¶1) asked "
            "for facilities in good state but fined only their absence. " + _NEW_IN_2023,
        ),
        _ships(
            1155,
            2,
            "（二）港口、码头、装卸站、船舶修造拆解单位未按照规定配备或者有效运行船舶污染物、"
            "废弃物接收设施；",
            _FC_1155_1_2,
            yuan(20_000, 200_000),
            note="This kind is the facility not run; the missing facility is "
            "marine.reception-facilities-missing.",
        ),
        keywords=("接收设施", "有效运行", "港口", "码头", "reception facilities", "port"),
    ),
    kind(
        "marine.ship-dismantling-pollution",
        "从事船舶拆解、旧船改装、打捞和其他水上、水下施工作业，造成海洋环境污染损害",
        "ship dismantling, conversion, salvage or other works on or under water polluting the sea",
        "marine",
        _m17_87(
            3,
            "（三）从事水上和港区水域拆船、旧船改装、打捞和其他水上、水下施工作业，造成海洋环境"
            "污染损害的；",
            _F17_87_3,
            yuan(50_000, 200_000, optional=True),
            note="A warning or a fine.",
        ),
        _ships23(
            109,
            3,
            "（三）从事船舶拆解、旧船改装、打捞和其他水上、水下施工作业，造成海洋环境污染损害的；",
            "有前款第三项行为的，处五万元以上二十万元以下的罚款",
            yuan(50_000, 200_000),
        ),
        _ships(
            1155,
            3,
            "（三）从事船舶拆解、旧船改装、打捞和其他水上、水下施工作业，造成海洋环境污染损害；",
            "有前款第三项情形的，处五万元以上二十万元以下的罚款",
            yuan(50_000, 200_000),
        ),
        keywords=("拆船", "打捞", "水下施工", "污染损害", "ship dismantling", "salvage"),
    ),
    kind(
        "marine.beach-ship-dismantling",
        "采取冲滩方式在海岸进行船舶拆解作业",
        "dismantling ships by beaching",
        "marine",
        _ships23(
            109,
            4,
            "（四）采取冲滩方式进行船舶拆解作业的。",
            "有前款第四项行为的，处十万元以上一百万元以下的罚款",
            yuan(100_000, 1_000_000),
            note="The 2017 law (Arts. 45, 81) had new beaching yards closed, with no fine. "
            + _NEW_IN_2023,
        ),
        _ships(
            1155,
            4,
            "（四）采取冲滩方式在海岸进行船舶拆解作业。",
            "有前款第四项情形的，处十万元以上一百万元以下的罚款",
            yuan(100_000, 1_000_000),
        ),
        keywords=("冲滩", "拆船", "船舶拆解", "beaching", "ship dismantling"),
    ),
    # ----------------------------------------------------------------------------- Art. 1156
    kind(
        "marine.hazardous-cargo-declaration",
        "未报或者谎报船舶载运污染危害性货物事先申报事项",
        "pollution-hazardous cargo not declared, or falsely declared, before carriage",
        "marine",
        basis(
            article(
                M17,
                74,
                f"{_C17_74}……（四）拒报或者谎报船舶载运污染危害性货物申报事项的。……有前款第（二）、"
                "（四）项行为之一的，处五万元以下的罚款",
                paragraph=1,
                item=4,
                note="Art. 67 (申报 by the carrier, the cargo owner or the agent). A warning or a "
                "fine.",
            ),
            cap(50_000, optional=True),
            enforcers=_SUP,
            measures=("warning",),
            daily_note=_D17_NO,
        ),
        _ships23(
            111,
            1,
            "（一）拒报或者谎报船舶载运污染危害性货物申报事项的；",
            "有前款第一项行为的，处五万元以下的罚款",
            cap(50_000),
        ),
        _ships(
            1156,
            1,
            "（一）未报或者谎报船舶载运污染危害性货物事先申报事项；",
            "有前款第一项情形的，处一万元以上五万元以下的罚款",
            yuan(10_000, 50_000),
        ),
        keywords=("污染危害性货物", "申报", "谎报", "hazardous cargo", "declaration"),
    ),
    kind(
        "marine.shipper-hazard-not-disclosed",
        "托运人未将污染危害性货物的正式名称、污染危害性以及防护措施如实告知承运人",
        "shipper not truly telling the carrier the cargo's proper name, pollution hazard and "
        "precautions",
        "marine",
        _ships23(
            111,
            2,
            "（二）托运人未将托运的污染危害性货物的正式名称、污染危害性以及应当采取的防护措施如实"
            "告知承运人的；",
            "有前款第二项行为的，处五万元以上十万元以下的罚款",
            yuan(50_000, 100_000),
            note=_NEW_IN_2023,
        ),
        _ships(
            1156,
            2,
            "（二）托运人未将托运的污染危害性货物的正式名称、污染危害性以及应当采取的防护措施如实"
            "告知承运人；",
            "有前款第二项情形的，处五万元以上十万元以下的罚款",
            yuan(50_000, 100_000),
        ),
        keywords=("托运人", "污染危害性货物", "告知承运人", "shipper", "hazardous cargo"),
    ),
    kind(
        "marine.shipper-documents-packaging",
        "托运人交付的污染危害性货物的单证、包装、标志、数量限制等不符合规定",
        "shipper's documents, packaging, marking or quantity limits of pollution-hazardous cargo "
        "not meeting the rules",
        "marine",
        _m17_87(
            4,
            "（四）船舶载运的货物不具备防污适运条件的。",
            _F17_87_1_4,
            yuan(20_000, 100_000, optional=True),
            note="Read as the same act: Art. 68 ¶1 requires the 单证、包装、标志、数量限制 of cargo "
            "handed over to meet the rules, which is what makes it fit for carriage (防污适运); "
            "the 2023 revision put this item in its place. A warning or a fine.",
        ),
        _ships23(
            111,
            3,
            "（三）托运人交付承运人的污染危害性货物的单证、包装、标志、数量限制不符合对所交付货物的"
            "有关规定的；",
            "有前款第三项、第五项行为之一的，处二万元以上十万元以下的罚款",
            yuan(20_000, 100_000),
        ),
        _ships(
            1156,
            3,
            "（三）托运人交付承运人的污染危害性货物的单证、包装、标志、数量限制等不符合对所交付货物"
            "的有关规定；",
            "有前款第三项、第五项情形之一的，处二万元以上十万元以下的罚款",
            yuan(20_000, 100_000),
        ),
        keywords=("托运人", "包装", "标志", "单证", "shipper", "packaging"),
    ),
    kind(
        "marine.shipper-concealed-hazardous-cargo",
        "托运人在普通货物中夹带污染危害性货物或者将污染危害性货物谎报为普通货物",
        "shipper hiding pollution-hazardous cargo among, or declaring it as, ordinary cargo",
        "marine",
        _ships23(
            111,
            4,
            "（四）托运人在托运的普通货物中夹带污染危害性货物或者将污染危害性货物谎报为普通货物的；",
            "有前款第四项行为的，处十万元以上二十万元以下的罚款",
            yuan(100_000, 200_000),
            note=_NEW_IN_2023 + " (危险化学品安全管理条例 Art. 87 fines the same with dangerous "
            "chemicals, a different object.)",
        ),
        _ships(
            1156,
            4,
            "（四）托运人在托运的普通货物中夹带污染危害性货物或者将污染危害性货物谎报为普通货物；",
            "有前款第四项情形的，处十万元以上二十万元以下的罚款",
            yuan(100_000, 200_000),
        ),
        keywords=("托运人", "夹带", "谎报", "普通货物", "shipper", "concealed cargo"),
    ),
    kind(
        "marine.unknown-hazard-cargo-not-assessed",
        "需要船舶载运污染危害性不明的货物，未按照规定事先进行评估",
        "cargo of unknown pollution hazard carried by ship without a prior assessment",
        "marine",
        basis(
            _SHIP_63_3,
            yuan(20_000, 100_000),
            enforcers=("maritime",),
            daily_note=_DREG_NO,
            until=_UNTIL_2023,
        ),
        _ships23(
            111,
            5,
            "（五）需要船舶载运污染危害性不明的货物，未按照有关规定事先进行评估的。",
            "有前款第三项、第五项行为之一的，处二万元以上十万元以下的罚款",
            yuan(20_000, 100_000),
        ),
        _ships(
            1156,
            5,
            "（五）需要船舶载运污染危害性不明的货物，未按照规定事先进行评估。",
            "有前款第三项、第五项情形之一的，处二万元以上十万元以下的罚款",
            yuan(20_000, 100_000),
        ),
        keywords=("污染危害性不明", "评估", "货物", "unknown hazard", "cargo assessment"),
    ),
    # ----------------------------------------------------------------------------- Art. 1157
    kind(
        "marine.dumping-fee-unpaid",
        "未按照国家规定缴纳倾倒费，逾期拒不缴纳",
        "dumping fee not paid, and still not paid after the deadline",
        "marine",
        basis(
            article(
                M23,
                117,
                "未依照本法规定缴纳倾倒费的，由国务院生态环境主管部门及其海域派出机构责令限期缴纳；"
                "逾期拒不缴纳的，处应缴纳倾倒费数额一倍以上三倍以下的罚款，并可以报经有批准权的人民"
                "政府批准，责令停业、关闭。",
                note="The fine needs the refusal to pay by the deadline set. The 2017 law (Art. 92) "
                "left the penalty to the State Council, which set none. " + _NEW_IN_2023,
            ),
            multiple("dumping_fee", 1, 3),
            enforcers=("mee",),
            measures=("order_correction", "close"),
            daily_note=_D23_NO,
        ),
        basis(
            article(
                CODE,
                1157,
                "违反本法规定，未按照国家规定缴纳倾倒费的，由国务院生态环境主管部门及其海域派出机构"
                "责令限期缴纳；逾期拒不缴纳的，处应缴纳倾倒费数额一倍以上三倍以下的罚款，并可以报经"
                "有批准权的人民政府批准，责令停业、关闭。",
                note="The fine needs the refusal to pay by the deadline set.",
            ),
            multiple("dumping_fee", 1, 3),
            enforcers=("mee",),
            measures=("order_correction", "close"),
            daily_note=_DCODE_NO,
        ),
        keywords=("倾倒费", "逾期", "拒不缴纳", "dumping fee", "ocean dumping"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (
    unfined(1146, "The section's scope article: it fines nobody."),
    unfined(
        1149,
        "Orders closure only (by the people's government at county level or above), no fine.",
    ),
)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
