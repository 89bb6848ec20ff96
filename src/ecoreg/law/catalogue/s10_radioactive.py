"""Book 5, Ch. 2, Section 10 (第十节 违反放射性污染防治规定): radioactive pollution, Arts. 1193–1203.

Each kind quotes the article that fines the conduct under the Code and, for acts
before 2026-08-15, the provision that fined the same conduct then: 放射性污染防治法
(2003, Arts. 49–57) in most cases; 水污染防治法 Art. 85 (5) and 海洋环境保护法 (2017
and 2023) for radioactive waste disposed of in inland waters or at sea (Code Art. 1195),
which the 2003 law prohibited but did not fine. Several duties the Code fines were
no item of the 2003 law; their notes say so and name the articles of the administrative
regulations still in force that fined some of them (放射性同位素与射线装置安全和防护条例,
放射性废物安全管理条例), which ecoreg does not encode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ecoreg.law import eco_code as code
from ecoreg.law import environmental_protection_law as epl
from ecoreg.law import marine_environment_law as marine
from ecoreg.law import radioactive_pollution_law as rad
from ecoreg.law import water_pollution_law as water
from ecoreg.law.catalogue._build import (
    article,
    band,
    basis,
    below,
    cap,
    daily,
    fact,
    kind,
    multiple,
    no_fine,
    provision,
    section,
    tiers,
    unfined,
    yuan,
)

if TYPE_CHECKING:
    from ecoreg.core._citations import Citation

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(10, "违反放射性污染防治规定", "Radioactive pollution", 1193, 1203)


def _q(*parts: str) -> str:
    """Quoted parts of one article, joined where words are left out."""
    return "……".join(parts)


# --- daily continuous penalty -------------------------------------------------------------

_CODE_DAILY = daily(code.ART_1060, obstruction_counts=True)
_EPL_DAILY = daily(epl.ART_59)
_WATER_DAILY = daily(
    article(
        water.INSTRUMENT,
        95,
        "企业事业单位和其他生产经营者违法排放水污染物，受到罚款处罚，被责令改正的，依法作出处罚决定的"
        "行政机关应当组织复查，发现其继续违法排放水污染物或者拒绝、阻挠复查的，依照《中华人民共和国"
        "环境保护法》的规定按日连续处罚。",
    ),
    obstruction_counts=True,
)
_MARINE_2017_HEAD = (
    "违反本法有关规定，有下列行为之一的，由依照本法规定行使海洋环境监督管理权的部门责令停止违法行为、"
    "限期改正或者责令采取限制生产、停产整治等措施，并处以罚款；拒不改正的，依法作出处罚决定的部门可以"
    "自责令改正之日的次日起，按照原罚款数额按日连续处罚；情节严重的，报经有批准权的人民政府批准，"
    "责令停业、关闭："
)
_MARINE_2017_DAILY = daily(
    article(
        marine.INSTRUMENT_2017,
        73,
        _MARINE_2017_HEAD,
        paragraph=1,
        note="The article's own daily penalty, on a refusal to correct.",
    )
)
_MARINE_2023_DAILY = daily(
    article(
        marine.INSTRUMENT,
        113,
        "企业事业单位和其他生产经营者违反本法规定向海域排放、倾倒、处置污染物、废弃物或者其他物质，受到"
        "罚款处罚，被责令改正的，依法作出处罚决定的部门或者机构应当组织复查，发现其继续实施该违法行为或者"
        "拒绝、阻挠复查的，依照《中华人民共和国环境保护法》的规定按日连续处罚。",
    ),
    obstruction_counts=True,
)

_RAD_DAILY_NO = (
    "放射性污染防治法 has no daily penalty, and this is no discharge of pollutants (环境保护法 "
    "Art. 59 does not reach it)."
)
_EPL_DAILY_NOTE = (
    "放射性污染防治法 has none of its own; discharging radioactive waste gas or liquid is a "
    "discharge of pollutants, which 环境保护法 Art. 59 reaches (a refusal to correct)."
)
_CODE_DAILY_DISCHARGE = (
    "Discharging or dumping radioactive waste is an unlawful discharge or dumping of pollutants "
    "or waste: Code Art. 1060 reaches it."
)
_CODE_DAILY_NO = (
    "Not a discharge, dumping or disposal of pollutants or waste: Code Art. 1060 does not reach "
    "it (a local regulation may add it, Art. 1060 ¶3)."
)

_EE = ("ecology_environment",)
_EE_OTHERS = ("ecology_environment", "supervisory_departments")

_NEW_2003 = (
    "New in the Code as a fined item of a statute: 放射性污染防治法 (2003) set no fine for it (no "
    "item of Arts. 49–57), so this catalogue has no basis before 2026-08-15 (the Code does not "
    "reach back, 行政处罚法 Art. 37). "
)
_REG_ISOTOPES = "放射性同位素与射线装置安全和防护条例 (国务院令第449号, revised 2019)"
_REG_WASTE = "放射性废物安全管理条例 (国务院令第612号)"
_NOT_ENCODED = (
    " The regulations named are still in force but not encoded in ecoreg: an act before "
    "2026-08-15 must be decided under them outside ecoreg."
)
_NOTE_STORAGE = (
    _NEW_2003 + f"{_REG_ISOTOPES} Art. 35 set the duty to store radioisotopes separately but no "
    "article of its Ch. 6 fined its breach: no earlier basis in an administrative regulation "
    "either."
)
_NOTE_SAFETY = (
    _NEW_2003 + f"Before the Code, {_REG_ISOTOPES} Art. 60 (2) fined sites without the required "
    "safety and protection facilities and signs (2万元以上20万元以下, only after a missed "
    "deadline) and its Art. 57 (1) outdoor use without a marked safety zone (1万元以上10万元以下, "
    "after a missed deadline)." + _NOT_ENCODED
)
_NOTE_TRAINING = (
    _NEW_2003 + f"{_REG_ISOTOPES} Art. 28 set the training duty without a fine; {_REG_WASTE} "
    "Art. 42 fined units that did not train and examine the staff handling radioactive waste "
    "(1万元以上5万元以下; 5万元以上10万元以下 after a missed deadline)." + _NOT_ENCODED
)
_NOTE_SOURCES_RETURN = (
    _NEW_2003 + f"Before the Code, {_REG_ISOTOPES} Art. 59 (1) fined a unit that did not deal "
    "with its disused sources as required (未按照规定对废旧放射源进行处理: 1万元以上10万元以下, "
    f"with proxy handling, only after a missed deadline), and {_REG_WASTE} Art. 36 (2) a "
    "核技术利用单位 that did not send them for storage or disposal (可以处20万元以下, after a "
    "missed deadline)." + _NOT_ENCODED
)
_NOTE_SOURCES_RECOVER = (
    _NEW_2003 + f"Before the Code, {_REG_ISOTOPES} Art. 59 (1) fined a unit that did not deal "
    "with disused sources as required (未按照规定对废旧放射源进行处理: 1万元以上10万元以下, only "
    "after a missed deadline); read to reach a producer that did not take back the sources it "
    "had agreed to under Art. 32 (unsettled)." + _NOT_ENCODED
)
_NOTE_DECOMMISSION = (
    _NEW_2003 + f"Before the Code, {_REG_ISOTOPES} Art. 59 (2) fined the same failure to "
    "decommission (1万元以上10万元以下, with proxy decommissioning, only after a missed "
    "deadline)." + _NOT_ENCODED
)
_NOTE_COLLECTION = (
    _NEW_2003 + f"Neither {_REG_ISOTOPES} nor {_REG_WASTE} fined the collection, packing and "
    "storage of the waste as such (the latter's Art. 36 (2) fines not sending it for storage "
    "or disposal, the field of radiation.solid-waste-not-disposed)."
)

# --- quoted texts -------------------------------------------------------------------------

_RAD_54_HEAD = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府环境保护行政主管部门责令停止违法行为，限期改正，"
    "处以罚款；构成犯罪的，依法追究刑事责任："
)
_RAD_54_HIGH = (
    "有前款第（一）项、第（二）项、第（三）项、第（五）项行为之一的，处十万元以上二十万元以下罚款"
)
_RAD_54_LOW = "有前款第（四）项行为的，处一万元以上十万元以下罚款。"
_RAD_55_HEAD = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府环境保护行政主管部门或者其他有关部门依据职权"
    "责令限期改正；逾期不改正的，责令停产停业，并处二万元以上十万元以下罚款；构成犯罪的，依法追究刑事"
    "责任："
)
_CODE_1196_HEAD = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门、核工业主管部门按照职责分工责令限期改正，处二万元"
    "以上二十万元以下的罚款；逾期不改正的，责令限制生产、停产整治："
)
_CODE_1199_HEAD = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门责令停止违法行为，限期改正，处五万元以上五十万元"
    "以下的罚款；逾期不改正的，由原发证机关指定有处理能力的单位代为处理或者实施退役，费用由生产、销售、"
    "使用放射性同位素和射线装置的单位承担："
)
_CODE_1201_HEAD = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门责令停止违法行为，限期改正，处以罚款："
)
_CODE_1201_LOW = "有前款第一项、第三项情形之一的，处五万元以上五十万元以下的罚款"
_CODE_1201_HIGH = "有前款第二项、第四项、第五项情形之一的，处十万元以上一百万元以下的罚款。"
_CODE_1194 = (
    "违反本法规定，向环境排放禁止排放的放射性废气、废液，倾倒放射性固体废物的，由生态环境主管部门责令"
    "停止违法行为，限期采取治理措施消除污染，处二十万元以上二百万元以下的罚款；逾期不采取治理措施的，"
    "指定有治理能力的单位代为治理，所需费用由违法者承担；情节严重的，报经有批准权的人民政府批准，"
    "责令停业、关闭。"
)
_CODE_1195 = (
    "违反本法规定，在内河水域和海上处置放射性固体废物、放射性物质的，由生态环境主管部门责令停止违法"
    "行为，限期采取治理措施消除污染，处五十万元以上二百万元以下的罚款；逾期不采取治理措施的，指定有"
    "治理能力的单位代为治理，所需费用由违法者承担。"
)
_WATER_85 = (
    (
        "有下列行为之一的，由县级以上地方人民政府环境保护主管部门责令停止违法行为，限期采取治理措施，消除"
        "污染，处以罚款；逾期不采取治理措施的，环境保护主管部门可以指定有治理能力的单位代为治理，所需费用"
        "由违法者承担："
    ),
    "（五）向水体排放、倾倒放射性固体废物或者含有高放射性、中放射性物质的废水的；",
    (
        "有前款第一项、第二项、第五项、第九项行为之一的，处十万元以上一百万元以下的罚款；情节严重的，"
        "报经有批准权的人民政府批准，责令停业、关闭。"
    ),
)

# --- fine rules ---------------------------------------------------------------------------


def _gains(low: int) -> dict[str, Any]:
    """The fine by the illegal gains (放射性污染防治法 Arts. 53, 57).

    违法所得十万元以上的，并处违法所得一倍以上五倍以下罚款；没有违法所得或者违法所得不足十万元的，
    并处{low}以上十万元以下罚款.
    """
    return tiers(
        band(
            yuan(low, 100_000),
            below("illegal_gains", 100_000),
            zh="没有违法所得或者违法所得不足十万元",
            en="no illegal gains or under 100,000 yuan",
        ),
        band(
            multiple("illegal_gains", 1, 5), zh="违法所得十万元以上", en="gains of 100,000 or more"
        ),
    )


def _after_deadline(rule: dict[str, Any]) -> dict[str, Any]:
    """A fine only when the party has not corrected by the deadline (逾期不改正的，…并处…)."""
    return tiers(
        band(rule, fact("refused_to_correct"), zh="逾期不改正", en="not corrected in time"),
        band(no_fine(), zh="限期改正（不处罚款）", en="order to correct by a deadline only"),
    )


def _rad_54(item: int, text: str, amounts: str) -> Citation:
    return article(rad.INSTRUMENT, 54, _q(_RAD_54_HEAD, text, amounts), paragraph=1, item=item)


def _rad_55(item: int, text: str, *, note: str | None = None) -> Citation:
    return article(
        rad.INSTRUMENT,
        55,
        _q(_RAD_55_HEAD, text),
        item=item,
        note=note or "A fine only when not corrected by the deadline.",
    )


def _code_1196_basis(item: int, text: str, *, note: str | None = None) -> dict[str, Any]:
    return basis(
        article(code.INSTRUMENT, 1196, _q(_CODE_1196_HEAD, text), item=item, note=note),
        yuan(20_000, 200_000),
        enforcers=("ecology_environment", "nuclear_industry"),
        measures=("order_correction", "restrict_production"),
        daily_note=_CODE_DAILY_NO,
    )


def _code_1199_basis(item: int, text: str, note: str) -> dict[str, Any]:
    return basis(
        article(code.INSTRUMENT, 1199, _q(_CODE_1199_HEAD, text), item=item, note=note),
        yuan(50_000, 500_000),
        enforcers=_EE,
        measures=("order_stop", "order_correction", "proxy_remediation"),
        daily_note=_CODE_DAILY_NO,
    )


def _code_1201_basis(
    item: int,
    text: str,
    *,
    high: bool,
    note: str | None = None,
    daily_penalty: dict[str, Any] | None = None,
    daily_note: str = _CODE_DAILY_NO,
) -> dict[str, Any]:
    return basis(
        article(
            code.INSTRUMENT,
            1201,
            _q(_CODE_1201_HEAD, text, _CODE_1201_HIGH if high else _CODE_1201_LOW),
            paragraph=1,
            item=item,
            note=note,
        ),
        yuan(100_000, 1_000_000) if high else yuan(50_000, 500_000),
        enforcers=_EE,
        measures=("order_stop", "order_correction"),
        daily_penalty=daily_penalty,
        daily_note=daily_note,
    )


def _rad_54_basis(
    item: int,
    text: str,
    *,
    high: bool,
    daily_penalty: dict[str, Any] | None = None,
    daily_note: str = _RAD_DAILY_NO,
    concurrent: tuple[dict[str, Any], ...] = (),
) -> dict[str, Any]:
    return basis(
        _rad_54(item, text, _RAD_54_HIGH if high else _RAD_54_LOW),
        yuan(100_000, 200_000) if high else yuan(10_000, 100_000),
        enforcers=_EE,
        measures=("order_stop", "order_correction"),
        daily_penalty=daily_penalty,
        daily_note=daily_note,
        concurrent=concurrent,
    )


KINDS = (
    # --- Art. 1194: prohibited radioactive discharges, dumping ------------------------------
    kind(
        "radiation.prohibited-discharge",
        "向环境排放禁止排放的放射性废气、废液",
        "radioactive waste gas or liquid discharged where discharge is prohibited",
        "radiation",
        _rad_54_basis(
            2,
            "（二）向环境排放不得排放的放射性废气、废液的；",
            high=True,
            daily_penalty=_EPL_DAILY,
            daily_note=_EPL_DAILY_NOTE,
            concurrent=(
                provision(
                    article(water.INSTRUMENT, 85, _q(*_WATER_85), paragraph=1, item=5),
                    yuan(100_000, 1_000_000),
                    note="Only where high- or medium-level radioactive waste water went into a "
                    "water body (not waste gas, nor a discharge elsewhere): 水污染防治法 Art. 85 "
                    "(5) fines 100,000–1,000,000, the higher fine, which applies (行政处罚法 "
                    "Art. 29).",
                    condition=(
                        "排放的是含有高放射性、中放射性物质的废水，且排入水体",
                        (
                            "the discharge was waste water with high- or medium-level radioactive "
                            "substances and went into a water body"
                        ),
                    ),
                ),
            ),
        ),
        basis(
            article(
                code.INSTRUMENT,
                1194,
                _CODE_1194,
                note="Dumping radioactive solid waste, the other conduct of the article, is "
                "radiation.solid-waste-dumping.",
            ),
            yuan(200_000, 2_000_000),
            enforcers=_EE,
            measures=("order_stop", "remedy", "proxy_remediation", "close"),
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DISCHARGE,
        ),
        keywords=("放射性废液", "放射性废气", "排放", "radioactive", "discharge"),
    ),
    kind(
        "radiation.solid-waste-dumping",
        "倾倒放射性固体废物",
        "radioactive solid waste dumped",
        "radiation",
        basis(
            article(
                code.INSTRUMENT,
                1194,
                _CODE_1194,
                note="New in the Code as a fined item: 放射性污染防治法 (2003) set no fine for "
                "dumping radioactive solid waste as such, so no earlier basis is encoded and an "
                "earlier act is not penalised under this kind (行政处罚法 Art. 37). Dumping into a "
                "water body was fined under 水污染防治法 Art. 85 (5) (radiation.inland-water-"
                "disposal), and a producer that dumped its waste instead of disposing of it could "
                "be fined under 放射性污染防治法 Art. 56 (radiation.solid-waste-not-disposed).",
            ),
            yuan(200_000, 2_000_000),
            enforcers=_EE,
            measures=("order_stop", "remedy", "proxy_remediation", "close"),
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DISCHARGE,
        ),
        keywords=("放射性固体废物", "倾倒", "radioactive", "solid waste", "dumping"),
    ),
    # --- Art. 1195: disposal in inland waters or at sea -------------------------------------
    kind(
        "radiation.inland-water-disposal",
        "在内河水域处置（排放、倾倒）放射性固体废物、放射性物质",
        "radioactive solid waste or material disposed of (discharged, dumped) in inland waters",
        "radiation",
        basis(
            article(
                water.INSTRUMENT,
                85,
                _q(*_WATER_85),
                paragraph=1,
                item=5,
                note="放射性污染防治法 (2003) prohibited it (Art. 43) but set no fine; the water "
                "law's item fined it. The item's waste water half is also "
                "radiation.prohibited-discharge.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=_EE,
            measures=("order_stop", "remedy", "proxy_remediation", "close"),
            daily_penalty=_WATER_DAILY,
            daily_note="水污染防治法 Art. 95 allows the daily penalty for discharging water "
            "pollutants; dumping radioactive waste into water is such a discharge.",
        ),
        basis(
            article(code.INSTRUMENT, 1195, _CODE_1195),
            yuan(500_000, 2_000_000),
            enforcers=_EE,
            measures=("order_stop", "remedy", "proxy_remediation"),
            daily_penalty=_CODE_DAILY,
            daily_note="Disposing of radioactive waste in waters is an unlawful disposal (处置): "
            "Code Art. 1060 reaches it.",
        ),
        keywords=("放射性固体废物", "内河", "水体", "radioactive", "inland waters"),
    ),
    kind(
        "radiation.sea-disposal",
        "在海上处置放射性废物或者其他放射性物质",
        "radioactive waste or other radioactive material disposed of at sea",
        "radiation",
        basis(
            article(
                marine.INSTRUMENT_2017,
                73,
                _q(
                    _MARINE_2017_HEAD,
                    "（三）未取得海洋倾倒许可证，向海洋倾倒废弃物的；",
                    "有前款第（一）、（三）项行为之一的，处三万元以上二十万元以下的罚款；",
                ),
                paragraph=1,
                item=3,
                note="Reading: Art. 61 ¶2 prohibited disposing of radioactive waste at sea without "
                "a penalty item of its own; disposal at sea from a ship or platform is 倾倒 "
                "(Art. 94 (11)) and no dumping permit can cover it, so item (3) fines it; a "
                "discharge from land is item (1), with the same range.",
            ),
            yuan(30_000, 200_000),
            enforcers=("supervisory_departments",),
            measures=("order_stop", "order_correction", "restrict_production", "close"),
            daily_penalty=_MARINE_2017_DAILY,
            daily_note="海洋环境保护法 (2017) Art. 73 ¶1 allows the daily penalty itself on a "
            "refusal to correct.",
        ),
        basis(
            article(
                marine.INSTRUMENT,
                106,
                _q(
                    "违反本法规定，有下列行为之一，由国务院生态环境主管部门及其海域派出机构、海事管理机构"
                    "或者海警机构责令改正，处以罚款，必要时可以扣押船舶；情节严重的，报经有批准权的人民"
                    "政府批准，责令停业、关闭：",
                    "（三）在海上焚烧废弃物或者处置放射性废物及其他放射性物质的。",
                    "有前款第三项行为的，处五十万元以上五百万元以下的罚款。有前款第二项、第三项行为之一，"
                    "两年内受到行政处罚三次以上的，三年内不得从事废弃物海洋倾倒活动。",
                ),
                paragraph=1,
                item=3,
                note="The radioactive half of item (3); burning waste at sea is a marine kind.",
            ),
            yuan(500_000, 5_000_000),
            enforcers=("mee", "maritime", "coast_guard"),
            measures=("order_correction", "detain_ship", "close", "business_ban"),
            daily_penalty=_MARINE_2023_DAILY,
            daily_note="海洋环境保护法 (2023) Art. 113 allows the daily penalty for unlawful "
            "disposal at sea, also on a refused or obstructed re-inspection.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1195,
                _CODE_1195,
                note="The Code lowers the maximum (海洋环境保护法 2023 Art. 106: 500,000–5,000,000).",
            ),
            yuan(500_000, 2_000_000),
            enforcers=_EE,
            measures=("order_stop", "remedy", "proxy_remediation"),
            daily_penalty=_CODE_DAILY,
            daily_note="Disposing of radioactive waste at sea is an unlawful disposal (处置): "
            "Code Art. 1060 reaches it.",
        ),
        keywords=("放射性废物", "海上处置", "海洋倾倒", "radioactive", "sea disposal"),
    ),
    # --- Art. 1196: signs, security, storage, safety, training ------------------------------
    kind(
        "radiation.no-warning-signs",
        "不按照规定设置放射性标识、标志、中文警示说明",
        "radioactive marks, signs or Chinese warnings not set up as required",
        "radiation",
        basis(
            _rad_55(1, "（一）不按照规定设置放射性标识、标志、中文警示说明的；"),
            _after_deadline(yuan(20_000, 100_000)),
            enforcers=_EE_OTHERS,
            measures=("order_correction", "suspend"),
            daily_note=_RAD_DAILY_NO,
        ),
        _code_1196_basis(1, "（一）不按照规定设置放射性标识、标志、中文警示说明；"),
        keywords=("放射性标识", "警示说明", "标志", "radioactive", "warning sign"),
    ),
    kind(
        "radiation.no-security-system",
        "不按照规定建立健全安全保卫制度",
        "no security system established as required",
        "radiation",
        basis(
            _rad_55(
                2,
                "（二）不按照规定建立健全安全保卫制度和制定事故应急计划或者应急措施的；",
                note="A fine only when not corrected by the deadline. The 2003 item also covered "
                "accident contingency plans, which Code Art. 1196 (2) no longer names.",
            ),
            _after_deadline(yuan(20_000, 100_000)),
            enforcers=_EE_OTHERS,
            measures=("order_correction", "suspend"),
            daily_note=_RAD_DAILY_NO,
        ),
        _code_1196_basis(2, "（二）不按照规定建立健全安全保卫制度；"),
        keywords=("安全保卫制度", "放射源", "radioactive", "security"),
    ),
    kind(
        "radiation.isotopes-not-stored-separately",
        "不按照规定单独存放放射性同位素",
        "radioisotopes not stored separately as required",
        "radiation",
        _code_1196_basis(3, "（三）不按照规定单独存放放射性同位素；", note=_NOTE_STORAGE),
        keywords=("放射性同位素", "单独存放", "radioisotope", "storage"),
    ),
    kind(
        "radiation.no-safety-measures",
        "不按照规定采取安全和防护措施",
        "safety and protection measures not taken as required",
        "radiation",
        _code_1196_basis(4, "（四）不按照规定采取安全和防护措施；", note=_NOTE_SAFETY),
        keywords=("安全和防护措施", "辐射防护", "radiation protection", "safety"),
    ),
    kind(
        "radiation.no-safety-training",
        "未对工作人员进行放射性安全教育、培训和采取有效的防护安全措施",
        "staff not given radiation safety education and training or effective protection",
        "radiation",
        _code_1196_basis(
            5,
            "（五）未对其工作人员进行放射性安全教育、培训和采取有效的防护安全措施。",
            note=_NOTE_TRAINING,
        ),
        keywords=("安全教育", "培训", "工作人员", "training", "radiation safety"),
    ),
    # --- Art. 1198: radioisotopes and ray equipment -----------------------------------------
    kind(
        "radiation.isotope-activity",
        "违反规定生产、销售、使用、转让、进出口、贮存放射性同位素和射线装置以及装备有放射性同位素的仪表",
        "radioisotopes, ray equipment or gauges containing radioisotopes produced, sold, used, "
        "transferred, imported, exported or stored against the law",
        "radiation",
        basis(
            article(
                rad.INSTRUMENT,
                53,
                "违反本法规定，生产、销售、使用、转让、进口、贮存放射性同位素和射线装置以及装备有放射性"
                "同位素的仪表的，由县级以上人民政府环境保护行政主管部门或者其他有关部门依据职权责令停止"
                "违法行为，限期改正；逾期不改正的，责令停产停业或者吊销许可证；有违法所得的，没收违法"
                "所得；违法所得十万元以上的，并处违法所得一倍以上五倍以下罚款；没有违法所得或者违法所得"
                "不足十万元的，并处一万元以上十万元以下罚款；",
                note="Reading: the fine goes with the confiscation and does not wait for a missed "
                "deadline (only 停产停业 or 吊销许可证 does). The 2003 law did not name export.",
            ),
            _gains(10_000),
            enforcers=_EE_OTHERS,
            measures=(
                "order_stop",
                "order_correction",
                "suspend",
                "revoke_permit",
                "confiscate_gains",
            ),
            daily_note=_RAD_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1198,
                "违反本法规定，生产、销售、使用、转让、进出口、贮存放射性同位素和射线装置以及装备有放射性"
                "同位素的仪表的，由生态环境主管部门、市场监督管理部门、海关按照职责分工责令停止违法行为，"
                "限期改正，没收违法所得，并处五万元以上五十万元以下的罚款；逾期不改正的，处违法所得一倍"
                "以上五倍以下的罚款，违法所得不足五十万元的，以五十万元计算，责令限制生产、停产整治或者"
                "吊销许可证。",
                paragraph=1,
            ),
            tiers(
                band(
                    multiple("illegal_gains", 1, 5, floor=500_000),
                    fact("refused_to_correct"),
                    zh="逾期不改正",
                    en="not corrected in time",
                ),
                band(yuan(50_000, 500_000)),
            ),
            enforcers=("ecology_environment", "market_regulation", "customs"),
            measures=(
                "order_stop",
                "order_correction",
                "confiscate_gains",
                "restrict_production",
                "revoke_permit",
            ),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("放射性同位素", "射线装置", "辐射安全许可证", "radioisotope", "ray equipment"),
    ),
    kind(
        "radiation.online-sale",
        "在网络上销售放射性同位素和射线装置",
        "radioisotopes or ray equipment sold online",
        "radiation",
        basis(
            article(
                code.INSTRUMENT,
                1198,
                "违反本法规定，在网络上销售放射性同位素和射线装置的，由市场监督管理部门责令停止违法行为，"
                "限期改正，没收违法所得，并处违法所得一倍以上五倍以下的罚款，违法所得不足五十万元的，"
                "以五十万元计算。",
                paragraph=2,
                note="New in the Code: the ban on online sale (Code Art. 623 ¶1) had no "
                "counterpart before; no earlier basis, an earlier act is not penalised (行政处罚法 "
                "Art. 37). A sale without a licence was, and is, radiation.isotope-activity.",
            ),
            multiple("illegal_gains", 1, 5, floor=500_000),
            enforcers=("market_regulation",),
            measures=("order_stop", "order_correction", "confiscate_gains"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("网络销售", "放射性同位素", "射线装置", "online sale", "radioisotope"),
    ),
    # --- Art. 1199: disused sources, decommissioning ----------------------------------------
    kind(
        "radiation.sources-not-recovered",
        "生产放射源的单位和其他生产经营者未按照规定回收和利用废旧放射源",
        "disused radioactive sources not taken back and reused by their producer",
        "radiation",
        _code_1199_basis(
            1,
            "（一）生产放射源的单位和其他生产经营者未按照规定回收和利用废旧放射源；",
            _NOTE_SOURCES_RECOVER,
        ),
        keywords=("废旧放射源", "回收", "disused source", "recovery"),
    ),
    kind(
        "radiation.sources-not-returned",
        "使用放射源的单位和其他生产经营者未按照规定交回、送交废旧放射源",
        "disused radioactive sources not returned or delivered by their user",
        "radiation",
        _code_1199_basis(
            2,
            "（二）使用放射源的单位和其他生产经营者未按照规定交回、送交废旧放射源；",
            _NOTE_SOURCES_RETURN,
        ),
        keywords=("废旧放射源", "交回", "送交", "disused source", "return"),
    ),
    kind(
        "radiation.not-decommissioned",
        "放射源使用场所、放射性同位素生产场所和射线装置终结运行后未依法实施退役",
        "radioactive-source or isotope site, or ray equipment at end of service, not "
        "decommissioned",
        "radiation",
        _code_1199_basis(
            3,
            "（三）使用对人体健康和生态环境潜在危害程度较高的放射源的场所和生产放射性同位素的场所，"
            "以及终结运行后产生放射性污染的射线装置，未依法实施退役。",
            _NOTE_DECOMMISSION,
        ),
        keywords=("退役", "射线装置", "放射源", "decommissioning"),
    ),
    # --- Art. 1200: loss or theft of sources not reported -----------------------------------
    kind(
        "radiation.source-loss-not-reported",
        "不按照规定报告放射源丢失、被盗情况",
        "loss or theft of a radioactive source not reported as required",
        "radiation",
        basis(
            _rad_55(
                3,
                "（三）不按照规定报告放射源丢失、被盗情况或者放射性污染事故的。",
                note="A fine only when not corrected by the deadline. The 2003 item also covered "
                "radioactive pollution accidents, which Code Art. 1200 does not name.",
            ),
            _after_deadline(yuan(20_000, 100_000)),
            enforcers=_EE_OTHERS,
            measures=("order_correction", "suspend"),
            daily_note=_RAD_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1200,
                "违反本法规定，不按照规定报告放射源丢失、被盗情况的，由公安机关、卫生健康主管部门、生态环境"
                "主管部门按照职责分工责令限期改正，处五万元以上五十万元以下的罚款；情节严重的，责令限制"
                "生产、停产整治。",
            ),
            yuan(50_000, 500_000),
            enforcers=("public_security", "health", "ecology_environment"),
            measures=("order_correction", "restrict_production"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("放射源", "丢失", "被盗", "报告", "lost source", "theft"),
    ),
    # --- Art. 1201: radioactive waste handling ----------------------------------------------
    kind(
        "radiation.waste-not-collected",
        "生产、使用放射性同位素和射线装置的单位和其他生产经营者未按照规定对放射性废物进行收集、包装、贮存",
        "radioactive waste not collected, packed or stored as required by isotope or equipment "
        "users",
        "radiation",
        _code_1201_basis(
            1,
            "（一）生产、使用放射性同位素和射线装置的单位和其他生产经营者未按照规定对产生的放射性废物"
            "进行收集、包装、贮存；",
            high=False,
            note=_NOTE_COLLECTION,
        ),
        keywords=("放射性废物", "收集", "包装", "贮存", "radioactive waste"),
    ),
    kind(
        "radiation.tailings-facility",
        "未建造尾矿库等设施或者设施不符合放射性污染防治要求，贮存、处置铀（钍）矿和伴生放射性矿尾矿",
        "uranium, thorium or associated radioactive tailings stored or disposed of without a "
        "compliant tailings facility",
        "radiation",
        _rad_54_basis(
            1,
            "（一）未建造尾矿库或者不按照放射性污染防治的要求建造尾矿库，贮存、处置铀（钍）矿和伴生"
            "放射性矿的尾矿的；",
            high=True,
        ),
        _code_1201_basis(
            2,
            "（二）未建造尾矿库等设施，或者建造尾矿库等设施不符合放射性污染防治的要求，贮存、处置铀"
            "（钍）矿和伴生放射性矿的尾矿等放射性固体废物；",
            high=True,
            daily_penalty=_CODE_DAILY,
            daily_note="Reading: disposing of radioactive tailings without a compliant facility is "
            "an unlawful disposal (处置) that Code Art. 1060 reaches; storing them is not.",
        ),
        keywords=("尾矿库", "铀", "伴生放射性矿", "tailings", "uranium"),
    ),
    kind(
        "radiation.waste-liquid-mishandled",
        "不按照规定处理或者贮存不得向环境排放的放射性废液",
        "radioactive waste liquid that may not be discharged not treated or stored as required",
        "radiation",
        _rad_54_basis(4, "（四）不按照规定处理或者贮存不得向环境排放的放射性废液的；", high=False),
        _code_1201_basis(
            3,
            "（三）不按照规定处理或者贮存不得向环境排放的放射性废液；",
            high=False,
            note="The Code raises the fine (放射性污染防治法 Art. 54 (4): 10,000–100,000).",
        ),
        keywords=("放射性废液", "贮存", "处理", "radioactive liquid", "storage"),
    ),
    kind(
        "radiation.waste-liquid-improper-discharge",
        "不按照规定的方式排放放射性废液",
        "radioactive waste liquid discharged in a way the rules do not allow",
        "radiation",
        _rad_54_basis(
            3,
            "（三）不按照规定的方式排放放射性废液，利用渗井、渗坑、天然裂隙、溶洞或者国家禁止的其他方式"
            "排放放射性废液的；",
            high=True,
            daily_penalty=_EPL_DAILY,
            daily_note=_EPL_DAILY_NOTE,
            concurrent=(
                provision(
                    article(
                        water.INSTRUMENT,
                        85,
                        _q(
                            _WATER_85[0],
                            "（六）违反国家有关规定或者标准，向水体排放含低放射性物质的废水、热废水或者"
                            "含病原体的污水的；",
                            "有前款第三项、第四项、第六项、第七项、第八项行为之一的，处二万元以上二十万元"
                            "以下的罚款。",
                        ),
                        paragraph=1,
                        item=6,
                    ),
                    yuan(20_000, 200_000),
                    note="Only where waste water with low-level radioactive substances went into a "
                    "water body against the rules or standards: 水污染防治法 Art. 85 (6) fines "
                    "20,000–200,000, below Art. 54's 100,000–200,000, which applies (行政处罚法 "
                    "Art. 29).",
                    condition=(
                        "排放的是含低放射性物质的废水，违反国家有关规定或者标准排入水体",
                        (
                            "the discharge was waste water with low-level radioactive substances and "
                            "went into a water body against the national rules or standards"
                        ),
                    ),
                ),
            ),
        ),
        _code_1201_basis(
            4,
            "（四）不按照规定的方式排放放射性废液；",
            high=True,
            daily_penalty=_CODE_DAILY,
            daily_note=_CODE_DAILY_DISCHARGE,
        ),
        keywords=("放射性废液", "渗井", "渗坑", "排放", "radioactive liquid", "discharge"),
    ),
    kind(
        "radiation.waste-to-unlicensed",
        "将放射性废物提供或者委托给无许可证的单位或者个人贮存、处理和处置",
        "radioactive waste handed or entrusted to an unlicensed unit or person for storage, "
        "treatment or disposal",
        "radiation",
        _rad_54_basis(
            5, "（五）将放射性固体废物提供或者委托给无许可证的单位贮存和处置的。", high=True
        ),
        _code_1201_basis(
            5,
            "（五）将放射性废物提供或者委托给无许可证的单位或者个人贮存、处理和处置。",
            high=True,
            note="The Code widens the 2003 item (radioactive solid waste, units, storage and "
            "disposal) to all radioactive waste, individuals and treatment; for those additions "
            "there is no earlier basis.",
        ),
        keywords=("放射性废物", "无许可证", "委托", "radioactive waste", "unlicensed"),
    ),
    # --- Art. 1202: radioactive solid waste not treated or disposed of ----------------------
    kind(
        "radiation.solid-waste-not-disposed",
        "放射性固体废物产生者不按照规定对其产生的放射性固体废物进行处理和处置",
        "radioactive solid waste not treated and disposed of as required by its producer",
        "radiation",
        basis(
            article(
                rad.INSTRUMENT,
                56,
                "产生放射性固体废物的单位，不按照本法第四十五条的规定对其产生的放射性固体废物进行处置的，"
                "由审批该单位立项环境影响评价文件的环境保护行政主管部门责令停止违法行为，限期改正；逾期"
                "不改正的，指定有处置能力的单位代为处置，所需费用由产生放射性固体废物的单位承担，可以"
                "并处二十万元以下罚款；",
                note="A fine (at the agency's discretion) only when not corrected by the deadline.",
            ),
            _after_deadline(cap(200_000, optional=True)),
            enforcers=_EE,
            measures=("order_stop", "order_correction", "proxy_remediation"),
            daily_note=_RAD_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1202,
                "违反本法规定，放射性固体废物产生者，不按照国家规定对其产生的放射性固体废物进行处理和处置"
                "的，由生态环境主管部门责令停止违法行为，限期改正，处五万元以上二十万元以下的罚款；逾期"
                "不改正的，指定有处理能力的单位代为处理、处置，所需费用由放射性固体废物产生者承担，并处"
                "二十万元以上一百万元以下的罚款。",
                note="Reading: the second fine (200,000–1,000,000) is the band for a party that "
                "has not corrected by the deadline.",
            ),
            tiers(
                band(
                    yuan(200_000, 1_000_000),
                    fact("refused_to_correct"),
                    zh="逾期不改正",
                    en="not corrected in time",
                ),
                band(yuan(50_000, 200_000)),
            ),
            enforcers=_EE,
            measures=("order_stop", "order_correction", "proxy_remediation"),
            daily_note="Failing to treat or dispose is no discharge, dumping or disposal: Code "
            "Art. 1060 does not reach it (dumping instead is Art. 1194).",
        ),
        keywords=("放射性固体废物", "处置", "代为处置", "radioactive solid waste", "disposal"),
    ),
    # --- Art. 1203: radioactive waste operations without or against a licence ---------------
    kind(
        "radiation.unlicensed-waste-operation",
        "未经许可擅自从事贮存、处理和处置放射性废物活动",
        "radioactive waste stored, treated or disposed of without a licence",
        "radiation",
        basis(
            article(
                rad.INSTRUMENT,
                57,
                _q(
                    "违反本法规定，有下列行为之一的，由省级以上人民政府环境保护行政主管部门责令停产停业或者"
                    "吊销许可证；有违法所得的，没收违法所得；违法所得十万元以上的，并处违法所得一倍以上五倍"
                    "以下罚款；没有违法所得或者违法所得不足十万元的，并处五万元以上十万元以下罚款；",
                    "（一）未经许可，擅自从事贮存和处置放射性固体废物活动的；",
                ),
                item=1,
                note="The 2003 item named radioactive solid waste, storage and disposal only.",
            ),
            _gains(50_000),
            enforcers=("provincial_ecology",),
            measures=("suspend", "revoke_permit", "confiscate_gains"),
            daily_note=_RAD_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1203,
                "违反本法规定，未经许可擅自从事贮存、处理和处置放射性废物活动的，由省级以上人民政府生态环境"
                "主管部门没收违法所得，并处一百万元以上五百万元以下的罚款，报经有批准权的人民政府批准，"
                "责令停业、关闭。",
                paragraph=1,
            ),
            yuan(1_000_000, 5_000_000),
            enforcers=("provincial_ecology",),
            measures=("confiscate_gains", "close"),
            daily_penalty=_CODE_DAILY,
            daily_note="Reading: unlicensed disposal of radioactive waste is an unlawful disposal "
            "(处置) that Code Art. 1060 reaches; storage or treatment alone is not.",
        ),
        keywords=("放射性废物", "无证", "贮存", "处置", "radioactive waste", "unlicensed"),
    ),
    kind(
        "radiation.licence-breach-waste-operation",
        "未按照许可证规定从事贮存、处理和处置放射性废物活动",
        "radioactive waste stored, treated or disposed of against the licence",
        "radiation",
        basis(
            article(
                rad.INSTRUMENT,
                57,
                _q(
                    "违反本法规定，有下列行为之一的，由省级以上人民政府环境保护行政主管部门责令停产停业或者"
                    "吊销许可证；有违法所得的，没收违法所得；违法所得十万元以上的，并处违法所得一倍以上五倍"
                    "以下罚款；没有违法所得或者违法所得不足十万元的，并处五万元以上十万元以下罚款；",
                    "（二）不按照许可的有关规定从事贮存和处置放射性固体废物活动的。",
                ),
                item=2,
            ),
            _gains(50_000),
            enforcers=("provincial_ecology",),
            measures=("suspend", "revoke_permit", "confiscate_gains"),
            daily_note=_RAD_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1203,
                "违反本法规定，未按照许可证规定从事贮存、处理和处置放射性废物活动的，由省级以上人民政府"
                "生态环境主管部门责令限期改正，没收违法所得，并处五十万元以上五百万元以下的罚款；情节严重"
                "的，责令限制生产、停产整治或者吊销许可证。",
                paragraph=2,
            ),
            yuan(500_000, 5_000_000),
            enforcers=("provincial_ecology",),
            measures=(
                "order_correction",
                "confiscate_gains",
                "restrict_production",
                "revoke_permit",
            ),
            daily_penalty=_CODE_DAILY,
            daily_note="Reading: a disposal against the licence is an unlawful disposal (处置) "
            "that Code Art. 1060 reaches; storage or treatment alone is not.",
        ),
        keywords=("放射性废物", "许可证", "贮存", "处置", "radioactive waste", "licence breach"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (
    unfined(1193, "The section's scope article: it fines nobody."),
    unfined(
        1197,
        "Nuclear facility siting, construction, operation or decommissioning without a nuclear "
        "safety licence: liability under 《中华人民共和国核安全法》, outside the Code.",
    ),
)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
