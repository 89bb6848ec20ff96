"""Book 5, Ch. 2, Section 11: chemicals, electromagnetic radiation and light, Arts. 1204–1210.

第十一节 违反化学物质污染风险管控、电磁辐射和光污染防治规定.

No statute or administrative regulation fined these conducts before 2026-08-15.
New pollutants and new chemical substances (Arts. 1205–1207) were governed by
departmental rules (新化学物质环境管理登记办法, 生态环境部令第12号, from 2021-01-01; the
重点管控新污染物清单); those rules are not encoded, so each kind has only the Code's
basis. Electromagnetic radiation and light pollution (Arts. 1208–1210) are fined at
the level of law for the first time by the Code.
"""

from __future__ import annotations

from ecoreg.law import eco_code as code
from ecoreg.law.catalogue._build import (
    article,
    band,
    basis,
    daily,
    fact,
    kind,
    multiple,
    no_fine,
    section,
    tiers,
    unfined,
    yuan,
)

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(
    11,
    "违反化学物质污染风险管控、电磁辐射和光污染防治规定",
    "Chemical substances, electromagnetic radiation and light",
    1204,
    1210,
)

_NEW_POLLUTANT_NOTE = (
    "New in the Code at the level of law: no statute or administrative regulation fined a breach "
    "of the ban or restriction measures of the 重点管控新污染物清单 as such; the list (2023 "
    "edition, in force 2023-03-01) is a departmental rule (部门规章), which ecoreg does not "
    "encode. An act before 2026-08-15 has no basis here (行政处罚法 Art. 37)."
)
_NEW_SUBSTANCE_NOTE = (
    "New in the Code at the level of law: no statute or administrative regulation fined it. "
    "From 2021-01-01 the departmental rule 新化学物质环境管理登记办法 (生态环境部令第12号) set "
    "the registration duties and fines within the limit the State Council allows departmental "
    "rules; ecoreg does not encode departmental rules, so an act before 2026-08-15 must be "
    "decided under that rule outside ecoreg (行政处罚法 Art. 37: the Code does not reach back)."
)
_NEW_IN_CODE = (
    "New in the Code: no earlier basis; an earlier act is not penalised (行政处罚法 Art. 37)."
)
_CODE_DAILY_NO = (
    "Not a discharge, dumping or disposal of pollutants or waste: Code Art. 1060 does not reach "
    "it (a local regulation may add it, Art. 1060 ¶3)."
)
_CHEMICALS_DAILY_NO = (
    "Producing, importing or using a chemical substance is not a discharge, dumping or disposal: "
    "Code Art. 1060 does not reach it (a local regulation may add it, Art. 1060 ¶3)."
)

_CODE_1208 = (
    "违反本法规定，未实行排污许可管理的企业事业单位，有下列情形之一的，由负有生态环境保护监督管理"
    "职责的部门、机构按照职责分工责令改正，处二万元以上二十万元以下的罚款；拒不改正的，可以责令"
    "限制生产、停产整治："
)


def _refused(high: tuple[int, int], low: tuple[int, int]) -> dict[str, object]:
    """处{low}的罚款；拒不改正的，处{high}的罚款."""
    return tiers(
        band(yuan(*high), fact("refused_to_correct"), zh="拒不改正", en="refused to correct"),
        band(yuan(*low)),
    )


KINDS = (
    # Art. 1205: priority-controlled new pollutants.
    kind(
        "chemicals.new-pollutant-control-breach",
        "未按照重点管控新污染物禁止或者限制环境风险管控措施要求生产、进口或者使用清单中的化学物质",
        "producing, importing or using a listed priority new pollutant against the ban or "
        "restriction measures",
        "chemicals",
        basis(
            article(
                code.INSTRUMENT,
                1205,
                "违反本法规定，未按照重点管控新污染物禁止或者限制环境风险管控措施要求，生产或者进口"
                "重点管控新污染物清单中的化学物质，或者使用重点管控新污染物清单中化学物质生产产品的，"
                "由生态环境主管部门或者其他负有化学物质生产、进口、使用监督管理职责的部门按照职责分工"
                "责令改正，处十万元以上五十万元以下的罚款；拒不改正的，处五十万元以上一百万元以下的"
                "罚款，责令限制生产、停产整治；情节严重的，报经有批准权的人民政府批准，责令停业、关闭。",
                note=_NEW_POLLUTANT_NOTE,
            ),
            _refused((500_000, 1_000_000), (100_000, 500_000)),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction", "restrict_production", "close"),
            daily_note=_CHEMICALS_DAILY_NO,
        ),
        keywords=("新污染物", "重点管控新污染物清单", "化学物质", "new pollutants", "chemicals"),
    ),
    # Art. 1206: new chemical substance against the registration certificate.
    kind(
        "chemicals.new-substance-registration-terms-breach",
        "不按照新化学物质环境管理登记证的要求生产、进口新化学物质",
        "producing or importing a new chemical substance against the terms of its environmental "
        "registration certificate",
        "chemicals",
        basis(
            article(
                code.INSTRUMENT,
                1206,
                "违反本法规定，不按照新化学物质环境管理登记证的要求生产、进口新化学物质的，由生态环境"
                "主管部门或者其他负有化学物质生产、进口监督管理职责的部门按照职责分工责令改正，处二十"
                "万元以上一百万元以下的罚款；拒不改正的，处一百万元以上二百万元以下的罚款，责令限制"
                "生产、停产整治；情节严重的，吊销新化学物质环境管理登记证书，报经有批准权的人民政府"
                "批准，责令停业、关闭。",
                note=_NEW_SUBSTANCE_NOTE,
            ),
            _refused((1_000_000, 2_000_000), (200_000, 1_000_000)),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction", "restrict_production", "revoke_permit", "close"),
            daily_note=_CHEMICALS_DAILY_NO,
        ),
        keywords=("新化学物质", "登记证", "环境管理登记", "new chemical substance", "registration"),
    ),
    # Art. 1207: new chemical substance without a registration certificate.
    kind(
        "chemicals.new-substance-unregistered",
        "无新化学物质环境管理登记证生产、进口新化学物质，或者使用无登记证企业的新化学物质生产产品",
        "producing or importing a new chemical substance without an environmental registration "
        "certificate, or using such a substance to make products",
        "chemicals",
        basis(
            article(
                code.INSTRUMENT,
                1207,
                "违反本法规定，无新化学物质环境管理登记证，生产、进口新化学物质，或者使用无新化学物质"
                "环境管理登记证的企业事业单位生产、进口的新化学物质生产产品的，由生态环境主管部门或者"
                "其他负有化学物质生产、进口、使用监督管理职责的部门按照职责分工责令改正，处二十万元"
                "以上一百万元以下的罚款；拒不改正的，处一百万元以上二百万元以下的罚款，责令限制生产、"
                "停产整治；情节严重的，报经有批准权的人民政府批准，责令停业、关闭。",
                note=_NEW_SUBSTANCE_NOTE,
            ),
            _refused((1_000_000, 2_000_000), (200_000, 1_000_000)),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction", "restrict_production", "close"),
            daily_note=_CHEMICALS_DAILY_NO,
        ),
        keywords=("新化学物质", "无登记证", "未登记", "new chemical substance", "unregistered"),
    ),
    # Art. 1208 (1): electromagnetic radiation over the emission standard.
    kind(
        "chemicals.em-radiation-over-standard",
        "未实行排污许可管理的企业事业单位超过电磁辐射排放标准排放电磁辐射",
        "enterprise outside permit management emitting electromagnetic radiation over the "
        "emission standard",
        "chemicals",
        basis(
            article(
                code.INSTRUMENT,
                1208,
                _CODE_1208 + "……（一）超过电磁辐射排放标准排放电磁辐射；",
                item=1,
                note=_NEW_IN_CODE + " A unit under permit management that exceeds the standard "
                "falls under the permit and over-limit articles instead.",
            ),
            yuan(20_000, 200_000),
            enforcers=("supervisory_departments",),
            measures=("order_correction", "restrict_production"),
            daily_penalty=daily(code.ART_1060, obstruction_counts=True),
            daily_note="Emitting electromagnetic radiation over the emission standard is read as "
            "discharging a pollutant (Code Art. 150 counts electromagnetic radiation pollution "
            "among the pollution a discharger must prevent, and Art. 176 (8) puts radiation "
            "facilities under discharge permits), so Code Art. 1060 reaches an enterprise that "
            "keeps emitting after the order to correct (unsettled).",
        ),
        keywords=("电磁辐射", "超标", "基站", "electromagnetic radiation", "over standard"),
    ),
    # Art. 1208 (2): no electromagnetic radiation control measures.
    kind(
        "chemicals.em-radiation-no-measures",
        "未实行排污许可管理的企业事业单位未依法采取电磁辐射污染防治措施",
        "enterprise outside permit management not taking the required measures against "
        "electromagnetic radiation pollution",
        "chemicals",
        basis(
            article(
                code.INSTRUMENT,
                1208,
                _CODE_1208 + "……（二）未依法采取电磁辐射污染防治措施防止、减轻电磁辐射污染。",
                item=2,
                note=_NEW_IN_CODE,
            ),
            yuan(20_000, 200_000),
            enforcers=("supervisory_departments",),
            measures=("order_correction", "restrict_production"),
            daily_note="A failure to take measures, not a discharge over a standard: Code Art. "
            "1060 does not reach it (a local regulation may add it, Art. 1060 ¶3).",
        ),
        keywords=("电磁辐射", "防治措施", "屏蔽", "electromagnetic radiation", "measures"),
    ),
    # Art. 1209: products over the electromagnetic radiation limit.
    kind(
        "chemicals.em-product-over-limit",
        "生产、进口、销售超过电磁辐射限值的产品",
        "producing, importing or selling products over the electromagnetic radiation limit",
        "chemicals",
        basis(
            article(
                code.INSTRUMENT,
                1209,
                "违反本法规定，生产、进口、销售超过电磁辐射限值的产品的，由负有生态环境保护监督管理"
                "职责的部门、机构按照职责分工责令改正，没收违法所得，并处货值金额一倍以上五倍以下的"
                "罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭。",
                note=_NEW_IN_CODE,
            ),
            multiple("goods_value", 1, 5),
            enforcers=("supervisory_departments",),
            measures=("order_correction", "confiscate_gains", "close"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("电磁辐射限值", "产品", "货值金额", "electromagnetic radiation", "product"),
    ),
    # Art. 1210: light pollution (the fine only after a refusal to correct).
    kind(
        "chemicals.light-pollution",
        "广告屏、广告牌、灯箱、道路、体育场、施工场地等未采取有效措施防止、减轻光污染",
        "advertising screens, signs, light boxes, roads, stadiums, building sites and the like "
        "without effective measures against light pollution",
        "chemicals",
        basis(
            article(
                code.INSTRUMENT,
                1210,
                "违反本法规定，广告屏、广告牌、灯箱、媒体立面墙、道路、体育场、施工场地等，未采取有效"
                "措施防止、减轻光污染，干扰他人正常生活、交通出行的，由住房城乡建设主管部门、生态环境"
                "主管部门、交通运输主管部门、公安机关交通管理部门按照职责分工责令改正；拒不改正的，"
                "处五千元以上五万元以下的罚款。",
                note=_NEW_IN_CODE + " The fine needs a refusal to correct; without it the "
                "article only orders the correction (the rule's last band is no fine).",
            ),
            tiers(
                band(
                    yuan(5_000, 50_000),
                    fact("refused_to_correct"),
                    zh="拒不改正",
                    en="refused to correct",
                ),
                band(no_fine(), zh="责令改正（不处罚款）", en="order to correct only"),
            ),
            enforcers=(
                "housing_construction",
                "ecology_environment",
                "transport",
                "traffic_police",
            ),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("光污染", "广告屏", "灯箱", "亮化", "light pollution", "glare"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (unfined(1204, "The section's scope article: it fines nobody."),)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
