"""Book 5, Ch. 2, Section 9 (第九节 违反噪声污染防治规定): noise, Arts. 1181–1192.

Each kind quotes the article that fines the conduct under the Code and, for acts
before 2026-08-15, the provision of the 噪声污染防治法 (in force 2022-06-05 –
2026-08-14) that fined the same conduct then.

The 环境噪声污染防治法 (1996, amended 2018-12-29; in force until 2022-06-04) fined
some of these conducts (Arts. 56–60), but always 罚款 without an amount (处以罚款,
可以并处罚款): where it did, the kind has that article as its first basis with an
`unspecified` fine, so an act from 2021-01-01 to 2022-06-04 is a violation that ecoreg
names but does not quantify. Where it fined nothing, the first basis is the 2021 law's
and its note says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.law import eco_code as code
from ecoreg.law import environmental_protection_law as epl
from ecoreg.law import noise_law as noise
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
    share,
    tiers,
    unfined,
    unspecified,
    yuan,
)

if TYPE_CHECKING:
    from ecoreg.core._citations import Citation

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(9, "违反噪声污染防治规定", "Noise", 1181, 1192)

_NEW_IN_CODE = (
    "New in the Code: no earlier basis; an earlier act is not penalised (行政处罚法 Art. 37)."
)
_NO_2018_FINE = (
    "The 环境噪声污染防治法 (2018) did not fine this conduct (no article of its Ch. 7, Arts. "
    "48–60, names it): no basis before 2022-06-05, and an earlier act is not penalised (行政处罚法 "
    "Art. 37)."
)


_OLD_DAILY_NO = (
    "The 环境噪声污染防治法 (2018) has no daily penalty, and its fine has no amount to repeat; the "
    "conduct is not a discharge of pollutants under 环境保护法 Art. 59."
)
_OLD_DAILY_NOISE = (
    "The 环境噪声污染防治法 (2018) has no daily penalty of its own; 环境保护法 Art. 59 reaches "
    "违法排放污染物 and its Art. 42 ¶1 counts noise among the pollution a discharger must prevent, "
    "so Art. 59 is read to reach over-standard noise (unsettled); but the article's fine has no "
    "amount, so there is no amount to repeat daily (Art. 59 ¶1: 按照原处罚数额)."
)


def _unspecified(art: str, how: str) -> dict[str, object]:
    """The 2018 law's fine without an amount (处以罚款 / 可以并处罚款)."""
    return unspecified(
        f"环境噪声污染防治法 (2018) {art}: {how}, and the law writes no amount; no encoded "
        "instrument sets one. ecoreg cannot decide the fine: look to the local regulations in "
        "force at the time of the act."
    )


def _old(
    number: int, quote: str, *, paragraph: int | None = None, item: int | None = None, note: str
) -> Citation:
    """A citation of the 环境噪声污染防治法 (2018), in force until 2022-06-04."""
    return article(noise.INSTRUMENT_2018, number, quote, paragraph=paragraph, item=item, note=note)


_OLD_58 = "违反本法规定，有下列行为之一的，由公安机关给予警告，可以并处罚款："
_OLD_58_3 = (
    "（三）未按本法第四十六条和第四十七条规定采取措施，从家庭室内发出严重干扰周围居民生活的"
    "环境噪声的。"
)
_OLD_59 = (
    "违反本法第四十三条第二款、第四十四条第二款的规定，造成环境噪声污染的，由县级以上地方人民政府"
    "生态环境主管部门责令改正，可以并处罚款。"
)
_OLD_60 = "违反本法第四十四条第一款的规定，造成环境噪声污染的，由公安机关责令改正，可以并处罚款。"
_OLD_60_2 = (
    "省级以上人民政府依法决定由县级以上地方人民政府生态环境主管部门行使前款规定的行政处罚权的，"
    "从其决定。"
)

_CODE_DAILY_NO = (
    "Not a discharge, dumping or disposal of pollutants or waste: Code Art. 1060 does not reach "
    "it (a local regulation may add it, Art. 1060 ¶3)."
)
_NL_DAILY_NO = (
    "The 噪声污染防治法 has no daily penalty, and the conduct is not a discharge of pollutants "
    "under 环境保护法 Art. 59."
)
_CODE_DAILY_NOISE = (
    "Emitting noise over the emission standard is discharging a pollutant (Code Art. 150 counts "
    "noise pollution among the pollution a discharger must prevent, and Arts. 1102, 1103, 1107 "
    "call industrial noise a pollutant), so Code Art. 1060 reaches an enterprise or operator that "
    "keeps emitting after the order to correct."
)
_EPL_DAILY_NOISE = (
    "The 噪声污染防治法 has no daily penalty of its own; 环境保护法 Art. 59 reaches 违法排放污染物 "
    "by enterprises and operators, and its Art. 42 ¶1 counts noise among the pollution a "
    "discharger must prevent, so Art. 59 is read to reach over-standard noise emission "
    "(unsettled)."
)

# The fine bands that recur: 处五千元以上五万元以下的罚款；拒不改正的，处五万元以上二十万元以下的罚款.
_REFUSED_5K = tiers(
    band(yuan(50_000, 200_000), fact("refused_to_correct"), zh="拒不改正", en="refused to correct"),
    band(yuan(5_000, 50_000)),
)
# 说服教育，责令改正；拒不改正的，给予警告，对个人可以处…，对单位可以处…: no fine without a refusal.
_SOCIAL_BANDS = tiers(
    band(
        tiers(
            band(
                yuan(200, 1_000, optional=True),
                fact("party_type", "individual"),
                zh="对个人",
                en="an individual",
            ),
            band(
                yuan(2_000, 20_000, optional=True),
                fact("party_type", "unit"),
                zh="对单位",
                en="a unit",
            ),
        ),
        fact("refused_to_correct"),
        zh="拒不改正",
        en="refused to correct",
    ),
    band(no_fine(), zh="未拒不改正（说服教育，责令改正）", en="no refusal: persuasion and order"),
)

# The chapeaus of the articles with items, verbatim.
_NL_77 = (
    "违反本法规定，建设单位、施工单位有下列行为之一，由工程所在地人民政府指定的部门责令改正，"
    "处一万元以上十万元以下的罚款；拒不改正的，可以责令暂停施工："
)
_NL_78 = (
    "违反本法规定，有下列行为之一，由工程所在地人民政府指定的部门责令改正，处五千元以上五万元"
    "以下的罚款；拒不改正的，处五万元以上二十万元以下的罚款："
)
_NL_80 = (
    "违反本法规定，有下列行为之一，由交通运输、铁路监督管理、民用航空等部门或者地方人民政府"
    "指定的城市道路、城市轨道交通有关部门，按照职责责令改正，处五千元以上五万元以下的罚款；"
    "拒不改正的，处五万元以上二十万元以下的罚款："
)
_NL_81 = (
    "违反本法规定，有下列行为之一，由地方人民政府指定的部门责令改正，处五千元以上五万元以下的"
    "罚款；拒不改正的，处五万元以上二十万元以下的罚款，并可以报经有批准权的人民政府批准，"
    "责令停业："
)
_NL_82 = (
    "违反本法规定，有下列行为之一，由地方人民政府指定的部门说服教育，责令改正；拒不改正的，"
    "给予警告，对个人可以处二百元以上一千元以下的罚款，对单位可以处二千元以上二万元以下的罚款："
)
_NL_83 = (
    "违反本法规定，有下列行为之一，由县级以上地方人民政府房产管理部门责令改正，处一万元以上"
    "五万元以下的罚款；拒不改正的，责令暂停销售："
)
_NL_84 = (
    "违反本法规定，有下列行为之一，由地方人民政府指定的部门责令改正，处五千元以上五万元以下的"
    "罚款；拒不改正的，处五万元以上二十万元以下的罚款："
)
_CODE_1185 = (
    "违反本法规定，建设单位、施工单位有下列情形之一的，由工程所在地人民政府指定的部门责令改正，"
    "处一万元以上十万元以下的罚款；拒不改正的，可以责令暂停施工："
)
_CODE_1186 = (
    "违反本法规定，有下列情形之一的，由工程所在地人民政府指定的部门责令改正，处五千元以上五万元"
    "以下的罚款；拒不改正的，处五万元以上二十万元以下的罚款："
)
_CODE_1188 = (
    "违反本法规定，有下列情形之一的，由交通运输主管部门、铁路监督管理部门、民用航空主管部门或者"
    "地方人民政府指定的城市道路、城市轨道交通有关部门按照职责分工责令改正，处五千元以上五万元"
    "以下的罚款；拒不改正的，处五万元以上二十万元以下的罚款："
)
_CODE_1189 = (
    "违反本法规定，有下列情形之一的，由地方人民政府指定的部门责令改正，处五千元以上五万元以下的"
    "罚款；拒不改正的，处五万元以上二十万元以下的罚款，并可以报经有批准权的人民政府批准，"
    "责令停业："
)
_CODE_1190 = (
    "违反本法规定，有下列情形之一的，由地方人民政府指定的部门说服教育，责令改正；拒不改正的，"
    "给予警告，对个人可以处二百元以上一千元以下的罚款，对单位可以处二千元以上二万元以下的罚款："
)
_CODE_1191_1 = (
    "违反本法规定，新建居民住房的房地产开发经营者未在销售场所公示住房可能受到噪声影响的情况以及"
    "采取或者拟采取的防治措施，或者未纳入买卖合同，未在买卖合同中明确住房的共用设施设备位置或者"
    "建筑隔声情况的，由住房城乡建设主管部门责令改正，处一万元以上五万元以下的罚款；拒不改正的，"
    "责令暂停销售。"
)
_CODE_1191_2 = (
    "违反本法规定，有下列情形之一的，由地方人民政府指定的部门责令改正，处五千元以上五万元以下的"
    "罚款；拒不改正的，处五万元以上二十万元以下的罚款："
)

_CODE_1183_1 = article(
    code.INSTRUMENT,
    1183,
    "违反本法规定，建设单位建设噪声敏感建筑物不符合民用建筑隔声设计标准要求的，由住房城乡建设"
    "主管部门责令改正，处建设工程合同价款百分之二以上百分之四以下的罚款。",
    paragraph=1,
)
_NL_73_1 = (
    "违反本法规定，建设单位建设噪声敏感建筑物不符合民用建筑隔声设计相关标准要求的，由县级以上"
    "地方人民政府住房和城乡建设主管部门责令改正，处建设工程合同价款百分之二以上百分之四以下的罚款。"
)


def _nl(
    number: int,
    quote: str,
    *,
    paragraph: int | None = None,
    item: int | None = None,
    note: str | None = None,
) -> Citation:
    """A citation of the 噪声污染防治法 (2021)."""
    return article(noise.INSTRUMENT, number, quote, paragraph=paragraph, item=item, note=note)


KINDS = (
    # Art. 1182: products over the noise limit.
    kind(
        "noise.product-over-limit",
        "生产、进口、销售超过噪声限值的产品",
        "producing, importing or selling products over the noise limit",
        "noise",
        basis(
            _nl(
                72,
                "违反本法规定，生产、进口、销售超过噪声限值的产品的，由县级以上人民政府市场监督管理"
                "部门、海关按照职责责令改正，没收违法所得，并处货值金额一倍以上三倍以下的罚款；情节"
                "严重的，报经有批准权的人民政府批准，责令停业、关闭。",
                paragraph=1,
                note="The 环境噪声污染防治法 (2018) Art. 32 banned making or selling cars over the "
                "noise limit but no article fined it: no basis before 2022-06-05.",
            ),
            multiple("goods_value", 1, 3),
            enforcers=("market_regulation", "customs"),
            measures=("order_correction", "confiscate_gains", "close"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1182,
                "违反本法规定，生产、进口、销售超过噪声限值的产品的，由市场监督管理部门、海关按照"
                "职责分工责令改正，没收违法所得，并处货值金额一倍以上五倍以下的罚款；情节严重的，"
                "报经有批准权的人民政府批准，责令停业、关闭。",
            ),
            multiple("goods_value", 1, 5),
            enforcers=("market_regulation", "customs"),
            measures=("order_correction", "confiscate_gains", "close"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("噪声限值", "超标产品", "货值金额", "noise limit", "product"),
    ),
    # Art. 1183 ¶1: noise-sensitive building below the sound-insulation standard.
    kind(
        "noise.building-insulation-substandard",
        "建设噪声敏感建筑物不符合民用建筑隔声设计标准要求",
        "noise-sensitive building not meeting the sound-insulation design standard",
        "noise",
        basis(
            _nl(73, _NL_73_1, paragraph=1, note=_NO_2018_FINE),
            share("contract_price", "0.02", "0.04"),
            enforcers=("housing_construction",),
            measures=("order_correction",),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            _CODE_1183_1,
            share("contract_price", "0.02", "0.04"),
            enforcers=("housing_construction",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("隔声设计", "噪声敏感建筑物", "合同价款", "sound insulation", "building"),
    ),
    # Art. 1183 ¶2: noise-sensitive building in the airport no-build zone.
    kind(
        "noise.building-in-airport-no-build-zone",
        "在噪声敏感建筑物禁止建设区域新建与航空无关的噪声敏感建筑物",
        "new noise-sensitive building unrelated to aviation in the airport no-build zone",
        "noise",
        basis(
            _nl(
                73,
                "违反本法规定，建设单位在噪声敏感建筑物禁止建设区域新建与航空无关的噪声敏感建筑物的，"
                "由地方人民政府指定的部门责令停止违法行为，处建设工程合同价款百分之二以上百分之十"
                "以下的罚款，并报经有批准权的人民政府批准，责令拆除。",
                paragraph=2,
                note=_NO_2018_FINE,
            ),
            share("contract_price", "0.02", "0.10"),
            enforcers=("local_designated",),
            measures=("order_stop", "close"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1183,
                "违反本法规定，建设单位在噪声敏感建筑物禁止建设区域新建与航空无关的噪声敏感建筑物的，"
                "由地方人民政府指定的部门责令停止违法行为，处建设工程合同价款百分之二以上百分之十"
                "以下的罚款，报经有批准权的人民政府批准，责令拆除。",
                paragraph=2,
            ),
            share("contract_price", "0.02", "0.10"),
            enforcers=("local_designated",),
            measures=("order_stop", "close"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("禁止建设区域", "机场", "噪声敏感建筑物", "合同价款", "airport", "no-build zone"),
    ),
    # Art. 1184 ¶1: new noise-emitting industrial enterprise in a noise-sensitive area.
    kind(
        "noise.new-industrial-in-sensitive-area",
        "在噪声敏感建筑物集中区域新建排放噪声的工业企业",
        "new noise-emitting industrial enterprise in a noise-sensitive building area",
        "noise",
        basis(
            _nl(
                74,
                "违反本法规定，在噪声敏感建筑物集中区域新建排放噪声的工业企业的，由生态环境主管部门"
                "责令停止违法行为，处十万元以上五十万元以下的罚款，并报经有批准权的人民政府批准，"
                "责令关闭。",
                paragraph=1,
                note=_NO_2018_FINE,
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_stop", "close"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1184,
                "违反本法规定，在噪声敏感建筑物集中区域新建排放噪声的工业企业的，由生态环境主管部门"
                "责令停止违法行为，处十万元以上五十万元以下的罚款，报经有批准权的人民政府批准，"
                "责令停业、关闭。",
                paragraph=1,
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_stop", "close"),
            daily_note="Building a new enterprise is not itself a discharge: Code Art. 1060 does "
            "not reach it (its noise over the standard is a separate conduct, Art. 1107).",
        ),
        keywords=("噪声敏感建筑物集中区域", "工业企业", "新建", "industrial noise", "siting"),
    ),
    # Art. 1184 ¶2: rebuilding or extending an industrial enterprise without noise measures.
    kind(
        "noise.industrial-extension-without-measures",
        "在噪声敏感建筑物集中区域改建、扩建工业企业未采取有效措施防止工业噪声污染",
        "industrial enterprise rebuilt or extended in a noise-sensitive area without effective "
        "measures against industrial noise",
        "noise",
        basis(
            _nl(
                74,
                "违反本法规定，在噪声敏感建筑物集中区域改建、扩建工业企业，未采取有效措施防止工业噪声"
                "污染的，由生态环境主管部门责令改正，处十万元以上五十万元以下的罚款；拒不改正的，"
                "报经有批准权的人民政府批准，责令关闭。",
                paragraph=2,
                note=_NO_2018_FINE,
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "close"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1184,
                "违反本法规定，在噪声敏感建筑物集中区域改建、扩建工业企业，未采取有效措施防止工业噪声"
                "污染的，由生态环境主管部门责令改正，处十万元以上五十万元以下的罚款；拒不改正的，"
                "报经有批准权的人民政府批准，责令停业、关闭。",
                paragraph=2,
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "close"),
            daily_note="A failure to take measures, not a discharge over a standard: Code Art. "
            "1060 does not reach it (a local regulation may add it, Art. 1060 ¶3).",
        ),
        keywords=("改建", "扩建", "工业噪声", "噪声敏感建筑物集中区域", "industrial noise"),
    ),
    # Art. 1185 (1): construction noise over the emission standard.
    kind(
        "noise.construction-over-standard",
        "超过噪声排放标准排放建筑施工噪声",
        "construction noise emitted over the emission standard",
        "noise",
        basis(
            _nl(
                77,
                _NL_77 + "……（一）超过噪声排放标准排放建筑施工噪声的；",
                item=1,
                note="The 环境噪声污染防治法 (2018) Art. 28 required the standard but no article "
                "fined a breach: no basis before 2022-06-05.",
            ),
            yuan(10_000, 100_000),
            enforcers=("local_designated",),
            measures=("order_correction", "suspend"),
            daily_penalty=daily(epl.ART_59),
            daily_note=_EPL_DAILY_NOISE,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1185,
                _CODE_1185 + "……（一）超过噪声排放标准排放建筑施工噪声；",
                item=1,
            ),
            yuan(10_000, 100_000),
            enforcers=("local_designated",),
            measures=("order_correction", "suspend"),
            daily_penalty=daily(code.ART_1060, obstruction_counts=True),
            daily_note=_CODE_DAILY_NOISE,
        ),
        keywords=("建筑施工噪声", "超标", "施工", "construction noise", "over standard"),
    ),
    # Art. 1185 (2): night construction without the certificate.
    kind(
        "noise.night-construction-without-certificate",
        "未依法取得连续施工作业证明在噪声敏感建筑物集中区域夜间施工",
        "night construction in a noise-sensitive area without a continuous-work certificate",
        "noise",
        basis(
            _old(
                56,
                "建筑施工单位违反本法第三十条第一款的规定，在城市市区噪声敏感建筑物集中区域内，夜间"
                "进行禁止进行的产生环境噪声污染的建筑施工作业的，由工程所在地县级以上地方人民政府"
                "生态环境主管部门责令改正，可以并处罚款。",
                note="It reached the construction contractor (建筑施工单位) in urban noise-sensitive "
                "areas (城市市区) doing night work that Art. 30 ¶1 banned, i.e. without the "
                "certificate of Art. 30 ¶2 for continuous work; the 2021 law added the project "
                "owner.",
            ),
            _unspecified("Art. 56", "可以并处罚款 (the fine is optional)"),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note=_OLD_DAILY_NO,
        ),
        basis(
            _nl(
                77,
                _NL_77
                + "……（二）未按照规定取得证明，在噪声敏感建筑物集中区域夜间进行产生噪声的建筑施工"
                "作业的。",
                item=2,
                note="The 2021 law reaches the project owner as well as the contractor.",
            ),
            yuan(10_000, 100_000),
            enforcers=("local_designated",),
            measures=("order_correction", "suspend"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1185,
                _CODE_1185
                + "……（二）未依法取得连续施工作业证明，在噪声敏感建筑物集中区域夜间进行产生噪声的"
                "建筑施工作业。",
                item=2,
            ),
            yuan(10_000, 100_000),
            enforcers=("local_designated",),
            measures=("order_correction", "suspend"),
            daily_note="Working at night without the certificate is a breach of a time rule, not a "
            "discharge over a standard: Code Art. 1060 does not reach it (Art. 1060 ¶3).",
        ),
        keywords=("夜间施工", "连续施工作业证明", "施工噪声", "night construction", "permit"),
    ),
    # Art. 1186 (1): contractor without a noise-control plan or measures.
    kind(
        "noise.construction-no-control-plan",
        "施工单位未按照规定制定噪声污染防治实施方案或者未采取有效措施减少振动、降低噪声",
        "contractor without a noise-control plan or effective measures against vibration and noise",
        "noise",
        basis(
            _nl(
                78,
                _NL_78
                + "……（二）施工单位未按照规定制定噪声污染防治实施方案，或者未采取有效措施减少振动、"
                "降低噪声的；",
                item=2,
                note=_NO_2018_FINE,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1186,
                _CODE_1186
                + "……（一）施工单位未按照规定制定噪声污染防治实施方案，或者未采取有效措施减少振动、"
                "降低噪声；",
                item=1,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("噪声污染防治实施方案", "施工单位", "振动", "construction", "noise plan"),
    ),
    # Art. 1186 (2): owner not supervising the contractor's plan.
    kind(
        "noise.owner-not-supervising-plan",
        "建设单位未监督施工单位落实噪声污染防治实施方案",
        "project owner not supervising the contractor's noise-control plan",
        "noise",
        basis(
            article(
                code.INSTRUMENT,
                1186,
                _CODE_1186 + "……（二）建设单位未监督施工单位落实噪声污染防治实施方案；",
                item=2,
                note=_NEW_IN_CODE + " (噪声污染防治法 Art. 40 ¶2 set the duty, but Art. 78 did "
                "not fine it.)",
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("建设单位", "监督", "噪声污染防治实施方案", "project owner", "construction"),
    ),
    # Art. 1186 (3), the project owner: continuous night work not announced to residents.
    kind(
        "noise.night-work-not-announced-by-owner",
        "建设单位取得连续施工作业证明但未按照规定公告附近居民",
        "project owner with a continuous-work certificate not announcing it to nearby residents",
        "noise",
        basis(
            _nl(
                78,
                _NL_78 + "……（四）因特殊需要必须连续施工作业，建设单位未按照规定公告附近居民的。",
                item=4,
                note="The 环境噪声污染防治法 (2018) Art. 30 ¶3 required the announcement but no "
                "article fined its breach: no basis before 2022-06-05.",
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1186,
                _CODE_1186
                + "……（三）建设单位、施工单位依法取得连续施工作业证明但未按照规定公告附近居民。",
                item=3,
                note="The Code fines the owner and the contractor alike; before the Code only the "
                "owner (see noise.night-work-not-announced-by-contractor).",
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("连续施工", "公告", "附近居民", "建设单位", "night work", "notice"),
    ),
    # Art. 1186 (3), the contractor: new in the Code.
    kind(
        "noise.night-work-not-announced-by-contractor",
        "施工单位取得连续施工作业证明但未按照规定公告附近居民",
        "contractor with a continuous-work certificate not announcing it to nearby residents",
        "noise",
        basis(
            article(
                code.INSTRUMENT,
                1186,
                _CODE_1186
                + "……（三）建设单位、施工单位依法取得连续施工作业证明但未按照规定公告附近居民。",
                item=3,
                note=_NEW_IN_CODE + " (噪声污染防治法 Art. 78 (4) fined only the project owner.)",
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("连续施工", "公告", "附近居民", "施工单位", "night work", "contractor"),
    ),
    # Art. 1187 ¶1: motor vehicles (traffic police).
    kind(
        "noise.motor-vehicle-noise",
        "驾驶擅自改装的机动车轰鸣、疾驶，未按照规定使用声响装置或者违反禁行、禁鸣规定",
        "driving an illegally modified motor vehicle with roaring or speeding, misusing the horn, "
        "or breaking no-drive or no-horn rules",
        "noise",
        basis(
            _old(
                57,
                "违反本法第三十四条的规定，机动车辆不按照规定使用声响装置的，由当地公安机关根据不同"
                "情节给予警告或者处以罚款。",
                paragraph=1,
                note="Misuse of the horn in urban areas (Art. 34 ¶1) and of sirens (¶2); driving "
                "or sounding the horn in the no-drive and no-horn zones of Art. 35 counts as not "
                "using it as required. Roaring or speeding in a modified car was not named.",
            ),
            _unspecified("Art. 57 ¶1", "给予警告或者处以罚款 (a warning or a fine)"),
            enforcers=("public_security",),
            measures=("warning",),
            daily_note=_OLD_DAILY_NO,
        ),
        basis(
            _nl(
                79,
                "违反本法规定，驾驶拆除或者损坏消声器、加装排气管等擅自改装的机动车轰鸣、疾驶，机动车"
                "运行时未按照规定使用声响装置，或者违反禁止机动车行驶和使用声响装置的路段和时间规定的，"
                "由县级以上地方人民政府公安机关交通管理部门依照有关道路交通安全的法律法规处罚。",
                paragraph=1,
                note="The 2021 law set no fine of its own but sent the case to the road traffic "
                "safety laws (依照有关道路交通安全的法律法规处罚).",
            ),
            unspecified(
                "噪声污染防治法 Art. 79 ¶1 punishes under the road traffic safety laws and "
                "regulations (道路交通安全法 and its implementing rules, and local rules), which "
                "set the fine; none of them is encoded in ecoreg, so it cannot decide the fine."
            ),
            enforcers=("traffic_police",),
            measures=(),
            daily_note="A driver's conduct, not a discharge of pollutants by an enterprise or "
            "operator: 环境保护法 Art. 59 does not reach it.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1187,
                "违反本法规定，驾驶拆除或者损坏消声器、加装排气管等擅自改装的机动车轰鸣、疾驶，"
                "机动车运行时未按照规定使用声响装置，或者违反禁止机动车行驶和使用声响装置的路段和"
                "时间规定的，由公安机关交通管理部门给予警告，处二百元以上二千元以下的罚款、暂扣机动车"
                "驾驶证等处罚。",
                paragraph=1,
                note="The Code sets the fine itself; before it the noise laws fined the conduct "
                "without an amount of their own (the two bases before this one).",
            ),
            yuan(200, 2_000),
            enforcers=("traffic_police",),
            measures=("warning", "revoke_permit"),
            daily_note="A driver's conduct, not a discharge by an enterprise or operator: Code Art. "
            "1060 does not reach it.",
        ),
        keywords=("炸街", "改装", "消声器", "鸣喇叭", "机动车", "vehicle", "horn"),
    ),
    # Art. 1187 ¶2: trains, rail transit and ships misusing the horn.
    kind(
        "noise.rail-ship-horn-misuse",
        "铁路机车车辆、城市轨道交通车辆、机动船舶等运行时未按照规定使用声响装置",
        "train, urban rail vehicle or motor ship not using its horn as required",
        "noise",
        basis(
            _old(
                57,
                "机动船舶有前款违法行为的，由港务监督机构根据不同情节给予警告或者处以罚款。",
                paragraph=2,
                note="Motor ships not using the horn as required (Art. 34 ¶1, the conduct of ¶1: "
                "不按照规定使用声响装置), by the harbour superintendency, now the maritime agency. "
                "For trains ¶3 gave only internal sanctions to the persons responsible (对有关"
                "责任人员给予行政处分) and urban rail vehicles were named nowhere: for them there "
                "was no fine before 2022-06-05.",
            ),
            _unspecified("Art. 57 ¶2", "给予警告或者处以罚款 (a warning or a fine)"),
            enforcers=("maritime",),
            measures=("warning",),
            daily_note=_OLD_DAILY_NO,
        ),
        basis(
            _nl(
                79,
                "违反本法规定，铁路机车车辆、城市轨道交通车辆、机动船舶等交通运输工具运行时未按照规定"
                "使用声响装置的，由交通运输、铁路监督管理、海事等部门或者地方人民政府指定的城市轨道"
                "交通有关部门按照职责责令改正，处五千元以上一万元以下的罚款。",
                paragraph=2,
                note="The 2021 law reaches trains, urban rail vehicles and motor ships; the 2018 "
                "law fined motor ships only (Art. 57 ¶2).",
            ),
            yuan(5_000, 10_000),
            enforcers=("transport", "railway", "maritime", "local_designated"),
            measures=("order_correction",),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1187,
                "违反本法规定，铁路机车车辆、城市轨道交通车辆、机动船舶等交通运输工具运行时未按照规定"
                "使用声响装置的，由交通运输主管部门、铁路监督管理部门、海事管理机构或者地方人民政府"
                "指定的城市轨道交通有关部门按照职责分工责令改正，处五千元以上一万元以下的罚款。",
                paragraph=2,
            ),
            yuan(5_000, 10_000),
            enforcers=("transport", "railway", "maritime", "local_designated"),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("声响装置", "鸣笛", "铁路", "船舶", "轨道交通", "horn", "railway"),
    ),
    # Art. 1188 (1): noise-reduction facilities of roads and railways not maintained.
    kind(
        "noise.transport-facility-not-maintained",
        "未履行维护和保养义务，未保持减少振动、降低噪声设施正常运行",
        "road, urban rail or railway operator not keeping its noise-reduction facilities running",
        "noise",
        basis(
            _nl(
                80,
                _NL_80
                + "……（一）公路养护管理单位、城市道路养护维修单位、城市轨道交通运营单位、铁路运输企业"
                "未履行维护和保养义务，未保持减少振动、降低噪声设施正常运行的；",
                item=1,
                note=_NO_2018_FINE,
            ),
            _REFUSED_5K,
            enforcers=("transport", "railway", "civil_aviation", "local_designated"),
            measures=("order_correction",),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1188,
                _CODE_1188
                + "……（一）公路养护管理单位、城市道路养护维修单位、城市轨道交通运营单位、铁路运输企业"
                "未履行维护和保养义务，未保持减少振动、降低噪声设施正常运行；",
                item=1,
            ),
            _REFUSED_5K,
            enforcers=("transport", "railway", "civil_aviation", "local_designated"),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("声屏障", "降噪设施", "维护保养", "交通噪声", "traffic noise", "maintenance"),
    ),
    # Art. 1188 (2), no design: new in the Code.
    kind(
        "noise.airport-zone-no-insulation-design",
        "在限制建设区域建设噪声敏感建筑物，建设单位未进行建筑隔声设计",
        "noise-sensitive building in the airport restricted zone built without sound-insulation "
        "design",
        "noise",
        basis(
            article(
                code.INSTRUMENT,
                1188,
                _CODE_1188
                + "……（二）在限制建设区域建设噪声敏感建筑物，建设单位未进行建筑隔声设计或者不符合"
                "民用建筑隔声设计标准要求；",
                item=2,
                note=_NEW_IN_CODE + " (噪声污染防治法 Art. 52 ¶3 required the design, but no "
                "article fined its absence; a building that fails the standard is "
                "noise.airport-zone-insulation-substandard.)",
            ),
            _REFUSED_5K,
            enforcers=("transport", "railway", "civil_aviation", "local_designated"),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("限制建设区域", "隔声设计", "机场", "噪声敏感建筑物", "airport", "insulation"),
    ),
    # Art. 1188 (2), substandard building: fined before the Code under the general rule.
    kind(
        "noise.airport-zone-insulation-substandard",
        "在限制建设区域建设噪声敏感建筑物不符合民用建筑隔声设计标准要求",
        "noise-sensitive building in the airport restricted zone not meeting the sound-insulation "
        "standard",
        "noise",
        basis(
            _nl(
                73,
                _NL_73_1,
                paragraph=1,
                note="The 噪声污染防治法 had no special rule for the restricted zone (Art. 52 ¶3 set "
                "the duty); a substandard building there was fined under the general Art. 73 ¶1. "
                + _NO_2018_FINE,
            ),
            share("contract_price", "0.02", "0.04"),
            enforcers=("housing_construction",),
            measures=("order_correction",),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1188,
                _CODE_1188
                + "……（二）在限制建设区域建设噪声敏感建筑物，建设单位未进行建筑隔声设计或者不符合"
                "民用建筑隔声设计标准要求；",
                item=2,
                note="The special rule for the restricted zone.",
            ),
            _REFUSED_5K,
            enforcers=("transport", "railway", "civil_aviation", "local_designated"),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    _CODE_1183_1,
                    share("contract_price", "0.02", "0.04"),
                    note="Art. 1183 ¶1 fines any substandard noise-sensitive building, so it "
                    "always applies to one in the restricted zone too (unsettled: Art. 1188 (2) "
                    "may be meant to displace it). By Art. 1055 the higher fine applies: 2 %–4 % "
                    "of the contract price exceeds 50,000 yuan (200,000 after a refusal) once the "
                    "price is above 1,250,000 yuan (5,000,000).",
                ),
            ),
        ),
        keywords=("限制建设区域", "隔声", "机场", "噪声敏感建筑物", "airport", "insulation"),
    ),
    # Art. 1188 (3): aircraft noise.
    kind(
        "noise.aircraft-noise-not-mitigated",
        "民用机场管理机构、航空运输企业、通用航空企业未采取措施防止、减轻民用航空器噪声污染",
        "airport, airline or general-aviation operator not preventing or reducing aircraft noise",
        "noise",
        basis(
            _nl(
                80,
                _NL_80
                + "……（三）民用机场管理机构、航空运输企业、通用航空企业未采取措施防止、减轻民用航空器"
                "噪声污染的；",
                item=3,
                note=_NO_2018_FINE,
            ),
            _REFUSED_5K,
            enforcers=("transport", "railway", "civil_aviation", "local_designated"),
            measures=("order_correction",),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1188,
                _CODE_1188
                + "……（三）民用机场管理机构、航空运输企业、通用航空企业未采取措施防止、减轻民用航空器"
                "噪声污染；",
                item=3,
            ),
            _REFUSED_5K,
            enforcers=("transport", "railway", "civil_aviation", "local_designated"),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("航空器噪声", "机场", "民航", "aircraft noise", "airport"),
    ),
    # Art. 1188 (4): comprehensive noise-remediation plan not carried out: new in the Code.
    kind(
        "noise.remediation-plan-not-implemented",
        "负有责任的企业事业单位未按照噪声污染综合治理方案的要求采取有效措施减轻噪声污染",
        "responsible enterprise not carrying out the comprehensive noise-remediation plan",
        "noise",
        basis(
            article(
                code.INSTRUMENT,
                1188,
                _CODE_1188
                + "……（四）负有责任的企业事业单位未按照噪声污染综合治理方案的要求采取有效措施减轻"
                "噪声污染。",
                item=4,
                note=_NEW_IN_CODE + " (噪声污染防治法 Arts. 55–57 set the duty, but Art. 80 did "
                "not fine it.)",
            ),
            _REFUSED_5K,
            enforcers=("transport", "railway", "civil_aviation", "local_designated"),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("综合治理方案", "交通噪声", "减轻噪声", "remediation plan", "traffic noise"),
    ),
    # Art. 1189 (1): social-life noise over the emission standard.
    kind(
        "noise.social-life-over-standard",
        "超过噪声排放标准排放社会生活噪声",
        "social-life noise emitted over the emission standard",
        "noise",
        basis(
            _old(
                59,
                _OLD_59,
                note="Entertainment venues (Art. 43 ¶2) and commercial equipment such as air "
                "conditioners and cooling towers (Art. 44 ¶2) whose boundary noise exceeded the "
                "emission standard; other social-life noise over a standard was not fined.",
            ),
            _unspecified("Art. 59", "可以并处罚款 (the fine is optional)"),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_penalty=daily(epl.ART_59),
            daily_note=_OLD_DAILY_NOISE,
        ),
        basis(
            _nl(
                81,
                _NL_81 + "……（一）超过噪声排放标准排放社会生活噪声的；",
                item=1,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction", "suspend"),
            daily_penalty=daily(epl.ART_59),
            daily_note=_EPL_DAILY_NOISE,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1189,
                _CODE_1189 + "……（一）超过噪声排放标准排放社会生活噪声；",
                item=1,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction", "suspend"),
            daily_penalty=daily(code.ART_1060, obstruction_counts=True),
            daily_note=_CODE_DAILY_NOISE,
        ),
        keywords=("社会生活噪声", "超标", "娱乐场所", "商铺", "social noise", "over standard"),
    ),
    # Art. 1189 (2): loudspeakers or other high noise for advertising.
    kind(
        "noise.commercial-loudspeaker-advertising",
        "在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传",
        "loudspeakers or other repeated high noise used for advertising in business",
        "noise",
        basis(
            _old(
                60,
                _OLD_60 + "……" + _OLD_60_2,
                note="Loudspeakers or other high noise used in trade to attract customers (Art. 44 "
                "¶1), where it caused noise pollution; by the police, or by the ecology department "
                "where a provincial government so decided (¶2).",
            ),
            _unspecified("Art. 60", "可以并处罚款 (the fine is optional)"),
            enforcers=("public_security", "ecology_environment"),
            measures=("order_correction",),
            daily_note=_OLD_DAILY_NO,
        ),
        basis(
            _nl(
                81,
                _NL_81
                + "……（二）在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行"
                "广告宣传的；",
                item=2,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction", "suspend"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1189,
                _CODE_1189
                + "……（二）在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行"
                "广告宣传；",
                item=2,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction", "suspend"),
            daily_note="Using loudspeakers in trade is a banned way of advertising, not a discharge "
            "over a standard: Code Art. 1060 does not reach it (Art. 1060 ¶3).",
        ),
        keywords=("高音广播喇叭", "广告宣传", "商业经营", "loudspeaker", "advertising"),
    ),
    # Art. 1189 (3): other noise from business activities.
    kind(
        "noise.commercial-other-noise",
        "未对商业经营活动中产生的其他噪声采取有效措施造成噪声污染",
        "other noise from business activities causing noise pollution for want of effective "
        "measures",
        "noise",
        basis(
            _nl(
                81,
                _NL_81 + "……（三）未对商业经营活动中产生的其他噪声采取有效措施造成噪声污染的。",
                item=3,
                note=_NO_2018_FINE + " (Its Art. 59 fined commercial equipment only over the "
                "boundary noise standard, see noise.social-life-over-standard.)",
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction", "suspend"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1189,
                _CODE_1189 + "……（三）未对商业经营活动中产生的其他噪声采取有效措施造成噪声污染。",
                item=3,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction", "suspend"),
            daily_note="A failure to take measures, not a discharge over a standard: Code Art. "
            "1060 does not reach it (a local regulation may add it, Art. 1060 ¶3).",
        ),
        keywords=("商业经营", "社会生活噪声", "噪声污染", "business noise", "shop"),
    ),
    # Art. 1190 (1): loudspeakers in a noise-sensitive area.
    kind(
        "noise.loudspeaker-in-sensitive-area",
        "在噪声敏感建筑物集中区域使用高音广播喇叭",
        "loudspeakers used in a noise-sensitive building area",
        "noise",
        basis(
            _old(
                58,
                _OLD_58 + "……（一）在城市市区噪声敏感建筑物集中区域内使用高音广播喇叭；",
                item=1,
                note="Urban areas (城市市区) only; by the police.",
            ),
            _unspecified("Art. 58 (1)", "给予警告，可以并处罚款 (a warning; the fine is optional)"),
            enforcers=("public_security",),
            measures=("warning",),
            daily_note=_OLD_DAILY_NO,
        ),
        basis(
            _nl(
                82,
                _NL_82 + "……（一）在噪声敏感建筑物集中区域使用高音广播喇叭的；",
                item=1,
            ),
            _SOCIAL_BANDS,
            enforcers=("local_designated",),
            measures=("order_correction", "warning"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1190,
                _CODE_1190 + "……（一）在噪声敏感建筑物集中区域使用高音广播喇叭；",
                item=1,
            ),
            _SOCIAL_BANDS,
            enforcers=("local_designated",),
            measures=("order_correction", "warning"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("高音广播喇叭", "噪声敏感建筑物集中区域", "扰民", "loudspeaker"),
    ),
    # Art. 1190 (2): public-place activities (square dancing …).
    kind(
        "noise.public-activity-noise",
        "在公共场所组织或者开展娱乐、健身等活动造成噪声污染或者使用音响器材产生过大音量",
        "entertainment or fitness activities in a public place causing noise pollution or "
        "excessive volume",
        "noise",
        basis(
            _old(
                58,
                _OLD_58
                + "……（二）违反当地公安机关的规定，在城市市区街道、广场、公园等公共场所组织娱乐、"
                "集会等活动，使用音响器材，产生干扰周围生活环境的过大音量的；",
                item=2,
                note="Organising entertainment or gatherings in urban public places with sound "
                "equipment at excessive volume against the local police rules; by the police. "
                "Fitness activities and noise without sound equipment were not named.",
            ),
            _unspecified("Art. 58 (2)", "给予警告，可以并处罚款 (a warning; the fine is optional)"),
            enforcers=("public_security",),
            measures=("warning",),
            daily_note=_OLD_DAILY_NO,
        ),
        basis(
            _nl(
                82,
                _NL_82
                + "……（二）在公共场所组织或者开展娱乐、健身等活动，未遵守公共场所管理者有关活动区域、"
                "时段、音量等规定，未采取有效措施造成噪声污染，或者违反规定使用音响器材产生过大音量的；",
                item=2,
            ),
            _SOCIAL_BANDS,
            enforcers=("local_designated",),
            measures=("order_correction", "warning"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1190,
                _CODE_1190
                + "……（二）在公共场所组织或者开展娱乐、健身等活动，未遵守公共场所管理者有关活动区域、"
                "时段、音量等规定，未采取有效措施造成噪声污染，或者违反规定使用音响器材产生过大音量；",
                item=2,
            ),
            _SOCIAL_BANDS,
            enforcers=("local_designated",),
            measures=("order_correction", "warning"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("广场舞", "音响器材", "公共场所", "健身", "public place", "volume"),
    ),
    # Art. 1190 (3): interior renovation.
    kind(
        "noise.renovation-noise",
        "室内装修活动未在限定作业时间内进行或者未采取有效措施造成噪声污染",
        "interior renovation outside the permitted hours or causing noise pollution",
        "noise",
        basis(
            _old(
                58,
                _OLD_58 + "……" + _OLD_58_3,
                item=3,
                note="Renovation of finished dwellings without the limits on working hours or other "
                "measures of Art. 47, where the noise from the home seriously disturbed the "
                "neighbours; by the police. The item's other half (household appliances, "
                "instruments and entertainment, Art. 46) is noise.other-social-life-noise.",
            ),
            _unspecified("Art. 58 (3)", "给予警告，可以并处罚款 (a warning; the fine is optional)"),
            enforcers=("public_security",),
            measures=("warning",),
            daily_note=_OLD_DAILY_NO,
        ),
        basis(
            _nl(
                82,
                _NL_82
                + "……（三）对已竣工交付使用的建筑物进行室内装修活动，未按照规定在限定的作业时间内进行，"
                "或者未采取有效措施造成噪声污染的；",
                item=3,
            ),
            _SOCIAL_BANDS,
            enforcers=("local_designated",),
            measures=("order_correction", "warning"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1190,
                _CODE_1190
                + "……（三）对已竣工交付使用的建筑物进行室内装修活动，未在限定作业时间内进行，或者"
                "未采取有效措施造成噪声污染；",
                item=3,
            ),
            _SOCIAL_BANDS,
            enforcers=("local_designated",),
            measures=("order_correction", "warning"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("装修", "装修噪声", "作业时间", "renovation", "decoration"),
    ),
    # Art. 1190 (4): other social-life noise.
    kind(
        "noise.other-social-life-noise",
        "其他违反法律法规规定造成社会生活噪声污染",
        "other social-life noise pollution in breach of laws or regulations",
        "noise",
        basis(
            _old(
                58,
                _OLD_58 + "……" + _OLD_58_3,
                item=3,
                note="Only household noise: appliances, instruments or other home entertainment "
                "without the measures of Art. 46, seriously disturbing the neighbours; by the "
                "police. Other social-life noise that the 2021 law's Art. 82 (4) reaches was not "
                "fined before 2022-06-05. The item's renovation half is noise.renovation-noise.",
            ),
            _unspecified("Art. 58 (3)", "给予警告，可以并处罚款 (a warning; the fine is optional)"),
            enforcers=("public_security",),
            measures=("warning",),
            daily_note=_OLD_DAILY_NO,
        ),
        basis(
            _nl(
                82,
                _NL_82 + "……（四）其他违反法律规定造成社会生活噪声污染的。",
                item=4,
                note="The 2021 law reached breaches of laws (法律) only; the Code adds regulations "
                "(法规).",
            ),
            _SOCIAL_BANDS,
            enforcers=("local_designated",),
            measures=("order_correction", "warning"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1190,
                _CODE_1190 + "……（四）其他违反法律法规规定造成社会生活噪声污染。",
                item=4,
                note="A breach of an administrative or local regulation (not of a law) is new in "
                "the Code: such an act before 2026-08-15 is not penalised (行政处罚法 Art. 37).",
            ),
            _SOCIAL_BANDS,
            enforcers=("local_designated",),
            measures=("order_correction", "warning"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("社会生活噪声", "扰民", "噪声污染", "social noise"),
    ),
    # Art. 1191 ¶1, first half: noise information not disclosed at the sales office.
    kind(
        "noise.housing-noise-not-disclosed",
        "房地产开发经营者未在销售场所公示住房可能受到噪声影响的情况及防治措施或者未纳入买卖合同",
        "developer not disclosing at the sales office the noise a new home may suffer and the "
        "measures, or not writing them into the sales contract",
        "noise",
        basis(
            _nl(
                83,
                _NL_83
                + "……（一）新建居民住房的房地产开发经营者未在销售场所公示住房可能受到噪声影响的情况"
                "以及采取或者拟采取的防治措施，或者未纳入买卖合同的；",
                item=1,
                note="The enforcer is the 房产管理部门 (real-estate administration), encoded as "
                "housing_construction. " + _NO_2018_FINE,
            ),
            yuan(10_000, 50_000),
            enforcers=("housing_construction",),
            measures=("order_correction", "suspend"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(code.INSTRUMENT, 1191, _CODE_1191_1, paragraph=1),
            yuan(10_000, 50_000),
            enforcers=("housing_construction",),
            measures=("order_correction", "suspend"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("房地产开发", "公示", "买卖合同", "噪声影响", "developer", "disclosure"),
    ),
    # Art. 1191 ¶1, second half: facilities and insulation not stated in the contract.
    kind(
        "noise.housing-contract-facility-info-missing",
        "房地产开发经营者未在买卖合同中明确住房的共用设施设备位置或者建筑隔声情况",
        "developer not stating in the sales contract where shared equipment is or how the home "
        "is sound-insulated",
        "noise",
        basis(
            _nl(
                83,
                _NL_83
                + "……（二）新建居民住房的房地产开发经营者未在买卖合同中明确住房的共用设施设备位置"
                "或者建筑隔声情况的。",
                item=2,
                note="The enforcer is the 房产管理部门 (real-estate administration), encoded as "
                "housing_construction. " + _NO_2018_FINE,
            ),
            yuan(10_000, 50_000),
            enforcers=("housing_construction",),
            measures=("order_correction", "suspend"),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(code.INSTRUMENT, 1191, _CODE_1191_1, paragraph=1),
            yuan(10_000, 50_000),
            enforcers=("housing_construction",),
            measures=("order_correction", "suspend"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("买卖合同", "共用设施设备", "建筑隔声", "developer", "contract"),
    ),
    # Art. 1191 ¶2 (1): shared equipment in residential areas badly installed.
    kind(
        "noise.residential-facility-unreasonable",
        "居民住宅区安装共用设施设备设置不合理或者未采取减振降噪措施，不符合民用建筑隔声设计标准要求",
        "shared equipment of a residential area badly placed or without vibration and noise "
        "measures, below the sound-insulation standard",
        "noise",
        basis(
            _nl(
                84,
                _NL_84
                + "……（一）居民住宅区安装共用设施设备，设置不合理或者未采取减少振动、降低噪声的措施，"
                "不符合民用建筑隔声设计相关标准要求的；",
                item=1,
                note=_NO_2018_FINE,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1191,
                _CODE_1191_2
                + "……（一）居民住宅区安装共用设施设备，设置不合理或者未采取减少振动、降低噪声的措施，"
                "不符合民用建筑隔声设计标准要求；",
                paragraph=2,
                item=1,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("电梯", "水泵", "变压器", "共用设施设备", "residential", "equipment noise"),
    ),
    # Art. 1191 ¶2 (2): shared equipment of residential areas not maintained.
    kind(
        "noise.residential-facility-not-maintained",
        "对已建成使用的居民住宅区共用设施设备未进行维护管理，不符合民用建筑隔声设计标准要求",
        "shared equipment of a residential area in use not maintained, below the "
        "sound-insulation standard",
        "noise",
        basis(
            _nl(
                84,
                _NL_84
                + "……（二）对已建成使用的居民住宅区共用设施设备，专业运营单位未进行维护管理，不符合"
                "民用建筑隔声设计相关标准要求的。",
                item=2,
                note="The 2021 law named the professional operator (专业运营单位); the Code names "
                "no party. " + _NO_2018_FINE,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_NL_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1191,
                _CODE_1191_2
                + "……（二）对已建成使用的居民住宅区共用设施设备，未进行维护管理，不符合民用建筑隔声"
                "设计标准要求。",
                paragraph=2,
                item=2,
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("电梯", "水泵", "维护管理", "共用设施设备", "residential", "maintenance"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (
    unfined(1181, "The section's scope article: it fines nobody."),
    unfined(
        1192,
        "Punished by the police under the 治安管理处罚法 (治安管理处罚), outside the Code; "
        "the article sets no fine.",
    ),
)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
