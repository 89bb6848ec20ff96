"""Book 5, Ch. 2, Section 2 (第二节 违反生态环境影响评价管理规定): EIA, Arts. 1094–1100.

Each kind quotes the article that fines the conduct under the Code and, for acts
before 2026-08-15, the provision that fined the same conduct then: the 环境影响评价法
(2018) for land projects, the 海洋环境保护法 (2017 amendment until 2023-12-31, the 2023
revision from 2024-01-01) for marine and coastal engineering, the 放射性污染防治法 for
nuclear and radiation activities, and the 建设项目环境保护管理条例 (2017), which the Code
left in force, for the "three simultaneities" (三同时) and the measures of the approval.
"""

from __future__ import annotations

from ecoreg.law import construction_project_regulation as cpr
from ecoreg.law import eco_code as code
from ecoreg.law import eia_law as eia
from ecoreg.law import marine_environment_law as marine
from ecoreg.law import radioactive_pollution_law as radio
from ecoreg.law._repeal import LAST_DAY_BEFORE_CODE
from ecoreg.law.catalogue._build import (
    Data,
    article,
    band,
    basis,
    cap,
    fact,
    kind,
    multiple,
    provision,
    section,
    share,
    tiers,
    unfined,
    yuan,
)

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(2, "违反生态环境影响评价管理规定", "Environmental impact assessment", 1094, 1100)

_CODE_DAILY_NO = (
    "Not a discharge, dumping or disposal of pollutants or waste: Code Art. 1060 does not reach "
    "it (a local regulation may add it, Art. 1060 ¶3)."
)
_UNTIL = LAST_DAY_BEFORE_CODE.isoformat()
"""The last day a regulation left in force is the main basis: from 2026-08-15 the Code's article is."""
_DAILY_NO = "Not a discharge: no daily continuous penalty under the statute."
_NEW_IN_CODE = (
    "New in the Code: no earlier basis; an earlier act is not penalised (行政处罚法 Art. 37)."
)
_HIGHER = "by Code Art. 1055 the higher fine applies (行政处罚法 Art. 29 before the Code)"
_OCEAN_DEPT = (
    "海洋行政主管部门 in the text; its marine-environment duties passed to the 生态环境主管部门 in "
    "the 2018 reform, recorded here as the ecology and environment department."
)

# ---------------------------------------------------------------- fine rules

_INVESTMENT_SHARE = share("project_investment", "0.01", "0.05")
_SERIOUS = {"zh": "情节严重", "en": "serious"}
_CODE_1095_RULE = tiers(
    band(
        tiers(
            band(yuan(1_000_000, 10_000_000), fact("serious"), **_SERIOUS),
            band(yuan(200_000, 1_000_000)),
        ),
        fact("eia_document", "report_book"),
        zh="报批、审核类型为生态环境影响报告书",
        en="report book",
    ),
    band(
        tiers(
            band(yuan(500_000, 5_000_000), fact("serious"), **_SERIOUS),
            band(yuan(100_000, 500_000)),
        ),
        fact("eia_document", "report_form"),
        zh="报批、审核类型为生态环境影响报告表",
        en="report form",
    ),
)
_REFUSED = {"zh": "逾期不改正（拒不改正）", "en": "refused to correct"}
_FACILITIES_RULE = tiers(
    band(yuan(1_000_000, 2_000_000), fact("refused_to_correct"), **_REFUSED),
    band(yuan(200_000, 1_000_000)),
)

# ---------------------------------------------------------------- quotes

_C1095_1_BANDS = (
    "报批、审核类型为生态环境影响报告书的，处二十万元以上一百万元以下的罚款，情节严重的，处一百万元以上"
    "一千万元以下的罚款；报批、审核类型为生态环境影响报告表的，处十万元以上五十万元以下的罚款，情节严重"
    "的，处五十万元以上五百万元以下的罚款。"
)
_C1095_1 = (
    "违反本法规定，建设单位未依法报批，或者未依照本法有关规定重新报批或者报请重新审核生态环境影响报告书、"
    "报告表，建设项目生态环境影响报告书、报告表未经批准或者未经原审批部门重新审核同意，擅自开工建设的，"
    "由生态环境主管部门、海警机构按照职责分工责令其停止建设，并可以责令恢复原状，" + _C1095_1_BANDS
)
_C1095_3 = (
    "违反本法规定，建设单位未依法将建设项目生态环境影响登记表报生态环境主管部门备案的，由生态环境主管"
    "部门责令改正，可以处五万元以下的罚款。"
)
_C1100 = (
    "违反本法规定，生态环境保护设施未与主体工程同时设计、同时施工、同时投产使用，或者生态环境保护设施"
    "未建成、未达到规定要求即投入生产、使用的，由负有生态环境保护监督管理职责的部门、机构按照职责分工"
    "责令改正，处二十万元以上一百万元以下的罚款，拒不改正的，处一百万元以上二百万元以下的罚款；对直接"
    "负责的主管人员和其他直接责任人员处五万元以上二十万元以下的罚款；造成重大环境污染、生态破坏的，"
    "责令其停止生产、使用，或者报经有批准权的人民政府批准，责令停业、关闭。"
)
_EIA_31_1 = (
    "建设单位未依法报批建设项目环境影响报告书、报告表，或者未依照本法第二十四条的规定重新报批或者报请"
    "重新审核环境影响报告书、报告表，擅自开工建设的，由县级以上生态环境主管部门责令停止建设，根据违法"
    "情节和危害后果，处建设项目总投资额百分之一以上百分之五以下的罚款，并可以责令恢复原状；"
)
_EIA_31_2 = (
    "建设项目环境影响报告书、报告表未经批准或者未经原审批部门重新审核同意，建设单位擅自开工建设的，依照"
    "前款的规定处罚、处分。"
)
_M23_101_2 = (
    "违反本法规定，建设单位未依法报批或者报请重新审核环境影响报告书（表），擅自开工建设的，由生态环境"
    "主管部门或者海警机构责令其停止建设，根据违法情节和危害后果，处建设项目总投资额百分之一以上百分之五"
    "以下的罚款，并可以责令恢复原状；"
)
_M23_103 = (
    "违反本法规定，环境保护设施未与主体工程同时设计、同时施工、同时投产使用的，或者环境保护设施未建成、"
    "未达到规定要求、未经验收或者经验收不合格即投入生产、使用的，由生态环境主管部门或者海警机构责令改正，"
    "处二十万元以上一百万元以下的罚款；拒不改正的，处一百万元以上二百万元以下的罚款；对直接负责的主管"
    "人员和其他责任人员处五万元以上二十万元以下的罚款；造成重大环境污染、生态破坏的，责令其停止生产、"
    "使用，或者报经有批准权的人民政府批准，责令关闭。"
)
_CPR_23 = (
    "违反本条例规定，需要配套建设的环境保护设施未建成、未经验收或者验收不合格，建设项目即投入生产或者"
    "使用，或者在环境保护设施验收中弄虚作假的，由县级以上环境保护行政主管部门责令限期改正，处20万元以上"
    "100万元以下的罚款；逾期不改正的，处100万元以上200万元以下的罚款；对直接负责的主管人员和其他责任"
    "人员，处5万元以上20万元以下的罚款；造成重大环境污染或者生态破坏的，责令停止生产或者使用，或者报经"
    "有批准权的人民政府批准，责令关闭。"
)
_CPR_22_1 = (
    "违反本条例规定，建设单位编制建设项目初步设计未落实防治环境污染和生态破坏的措施以及环境保护设施投资"
    "概算，未将环境保护设施建设纳入施工合同，……由建设项目所在地县级以上环境保护行政主管部门责令限期"
    "改正，处5万元以上20万元以下的罚款；逾期不改正的，处20万元以上100万元以下的罚款。"
)
_CPR_22_2 = (
    "违反本条例规定，建设单位在项目建设过程中未同时组织实施环境影响报告书、环境影响报告表及其审批部门"
    "审批决定中提出的环境保护对策措施的，由建设项目所在地县级以上环境保护行政主管部门责令限期改正，处20"
    "万元以上100万元以下的罚款；逾期不改正的，责令停止建设。"
)

_CPR_25_IF = (
    "技术单位在环境影响评价工作中弄虚作假",
    "the technical unit falsified its EIA work (弄虚作假)",
)

# ---------------------------------------------------------------- bases


def _code_1095_1(note: str | None = None) -> Data:
    return basis(
        article(code.INSTRUMENT, 1095, _C1095_1, paragraph=1, note=note),
        _CODE_1095_RULE,
        enforcers=("ecology_environment", "coast_guard"),
        measures=("order_stop", "remedy", "detention_referral"),
        daily_note=_CODE_DAILY_NO,
    )


def _code_1100(note: str | None = None, *, concurrent: tuple[Data, ...] = ()) -> Data:
    return basis(
        article(code.INSTRUMENT, 1100, _C1100, note=note),
        _FACILITIES_RULE,
        persons=yuan(50_000, 200_000),
        enforcers=("supervisory_departments",),
        measures=("order_correction", "order_stop", "close"),
        daily_note="Running a project without its protection facilities is not in itself a "
        "discharge: Code Art. 1060 does not reach it (a discharge over the standard is its own "
        "violation, Art. 1107).",
        concurrent=concurrent,
    )


def _cpr_23_concurrent(note: str, condition: tuple[str, str] | None = None) -> Data:
    return provision(
        article(cpr.INSTRUMENT, 23, _CPR_23, paragraph=1),
        _FACILITIES_RULE,
        persons=yuan(50_000, 200_000),
        note=note,
        condition=condition,
    )


_CPR_23_COASTAL_IF = (
    "环境保护设施未建成、未经验收或者验收不合格，海岸工程建设项目即投入生产或者使用",
    (
        "the protection facilities were not built, not accepted or failed acceptance when the coastal "
        "project went into production or use"
    ),
)
_CPR_23_COASTAL_WHY = (
    "建设项目环境保护管理条例 Art. 23 ¶1 fines facilities not built, not accepted or failing "
    "acceptance; facilities built and accepted that later fall short of the requirements "
    "(未达到规定要求) are outside it, so it applies only where the officer finds one of its cases. "
)
_CPR_23_RADIATION_IF = (
    "主体工程系建设项目，未建成或者未经验收合格的设施系其需要配套建设的环境保护设施",
    (
        "the main works are a construction project and the facilities not built or not accepted are "
        "the environmental protection facilities it had to build with it"
    ),
)
_CPR_23_RADIATION_WHY = (
    "建设项目环境保护管理条例 Art. 23 ¶1 reaches a construction project's environmental protection "
    "facilities (需要配套建设的环境保护设施); whether the radiation protection facility (放射防护"
    "设施) of a nuclear or nuclear-technology activity is one, and the activity a construction "
    "project under the regulation, is for the case (a reading), so it applies only where the "
    "officer so finds. "
)


def _marine_2023_103(note: str | None = None, *, concurrent: tuple[Data, ...] = ()) -> Data:
    return basis(
        article(marine.INSTRUMENT, 103, _M23_103, note=note),
        _FACILITIES_RULE,
        persons=yuan(50_000, 200_000),
        persons_zh="直接负责的主管人员和其他责任人员",
        enforcers=("ecology_environment", "coast_guard"),
        measures=("order_correction", "order_stop", "close"),
        daily_note=_DAILY_NO,
        concurrent=concurrent,
    )


KINDS = (
    # ------------------------------------------------ Art. 1095 ¶1: building without approval
    kind(
        "eia.unapproved-construction",
        "建设项目环境影响报告书、报告表未依法报批或者未经批准，擅自开工建设（未批先建）",
        "construction started without an approved EIA report book or report form",
        "eia",
        basis(
            article(
                eia.INSTRUMENT,
                31,
                _EIA_31_1 + "……" + _EIA_31_2,
                paragraph=1,
                note="¶1 (not filed or not re-filed) and ¶2 (not approved or not re-approved), "
                "which ¶2 fines as ¶1. 环境保护法 Art. 61 fines the same act (处以罚款) without an "
                "amount of its own. Marine engineering projects: kind "
                "eia.marine-unapproved-construction (¶4).",
            ),
            _INVESTMENT_SHARE,
            enforcers=("ecology_environment",),
            measures=("order_stop", "remedy"),
            daily_note=_DAILY_NO,
            concurrent=(
                provision(
                    article(marine.INSTRUMENT, 101, _M23_101_2, paragraph=2),
                    _INVESTMENT_SHARE,
                    note="From 2024-01-01, only for a coastal engineering project (海岸工程) under "
                    "the 海洋环境保护法 whose report was not filed (its Art. 101 ¶2 does not name a "
                    "report filed but refused); other land projects are outside it: the same "
                    "1 %–5 % of the total investment, so the higher-fine rule (行政处罚法 Art. 29; "
                    "Code Art. 1055) makes no difference.",
                    condition=(
                        (
                            "建设项目系海岸工程建设项目，且建设单位未依法报批或者报请重新审核环境影响"
                            "报告书（表）"
                        ),
                        (
                            "the project is a coastal engineering project (海岸工程) whose EIA report "
                            "book or form was not filed, or not filed again, as the law requires"
                        ),
                    ),
                ),
            ),
        ),
        _code_1095_1(),
        keywords=("未批先建", "环评", "报告书", "报告表", "擅自开工", "EIA", "unapproved"),
    ),
    kind(
        "eia.marine-unapproved-construction",
        "海洋工程建设项目环境影响报告书（表）未经批准擅自开工建设",
        "marine engineering project built without an approved EIA",
        "eia",
        basis(
            article(
                marine.INSTRUMENT_2017,
                82,
                "违反本法第四十七条第一款的规定，进行海洋工程建设项目的，由海洋行政主管部门责令其停止"
                "施工，根据违法情节和危害后果，处建设项目总投资额百分之一以上百分之五以下的罚款，并可以"
                "责令恢复原状。",
                paragraph=1,
                note="Art. 47 ¶1 requires the marine EIA report to be approved before work starts; "
                "环境影响评价法 Art. 31 ¶4 sends marine engineering projects here. " + _OCEAN_DEPT,
            ),
            _INVESTMENT_SHARE,
            enforcers=("ecology_environment",),
            measures=("order_stop", "remedy"),
            daily_note=_DAILY_NO,
        ),
        basis(
            article(marine.INSTRUMENT, 101, _M23_101_2, paragraph=2),
            _INVESTMENT_SHARE,
            enforcers=("ecology_environment", "coast_guard"),
            measures=("order_stop", "remedy"),
            daily_note="Not a discharge: 海洋环境保护法 Art. 113 does not reach it.",
        ),
        _code_1095_1(),
        keywords=("海洋工程", "未批先建", "环评", "填海", "marine engineering", "EIA"),
    ),
    kind(
        "eia.radioactive-unapproved",
        "核设施、核技术利用、铀（钍）矿和伴生放射性矿开发利用未编制环境影响评价文件或者环境影响"
        "评价文件未经批准，擅自进行建造、运行、生产和使用等活动",
        "nuclear or radiation activity carried on without an approved EIA",
        "eia",
        basis(
            article(
                radio.INSTRUMENT,
                50,
                "违反本法规定，未编制环境影响评价文件，或者环境影响评价文件未经环境保护行政主管部门"
                "批准，擅自进行建造、运行、生产和使用等活动的，由审批环境影响评价文件的环境保护行政主管"
                "部门责令停止违法行为，限期补办手续或者恢复原状，并处一万元以上二十万元以下罚款。",
            ),
            yuan(10_000, 200_000),
            enforcers=("ecology_environment",),
            measures=("order_stop", "remedy"),
            daily_note=_DAILY_NO,
            concurrent=(
                provision(
                    article(eia.INSTRUMENT, 31, _EIA_31_1 + "……" + _EIA_31_2, paragraph=1),
                    _INVESTMENT_SHARE,
                    note="Only where the activity is starting to build a construction project "
                    "whose EIA report book or form was not filed or approved (环境影响评价法 "
                    "Art. 31 does not reach running, producing or using without an EIA, nor a "
                    "registration form): 1 %–5 % of the total investment against "
                    f"10,000–200,000; {_HIGHER}.",
                    condition=(
                        "该活动系建设项目环境影响报告书、报告表未依法报批或者未经批准，擅自开工建设",
                        (
                            "the activity is starting to build a construction project whose EIA "
                            "report book or report form was not filed or not approved"
                        ),
                    ),
                ),
            ),
        ),
        basis(
            article(
                code.INSTRUMENT,
                1095,
                "违反本法规定，核设施选址、建造、运行、退役和核技术、铀（钍）矿、伴生放射性矿开发利用中"
                "有第一款至第三款规定的违法情形的，适用第一款至第三款的规定予以处罚。……"
                + _C1095_1_BANDS,
                paragraph=4,
                note="¶4 applies the bands of ¶1 (and ¶3 for a registration form, kind "
                "eia.registration-form-not-filed).",
            ),
            _CODE_1095_RULE,
            enforcers=("ecology_environment",),
            measures=("order_stop", "remedy", "detention_referral"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("核技术利用", "放射性", "辐射", "未批先建", "环评", "radiation", "EIA"),
    ),
    # ------------------------------------------------ Art. 1095 ¶3: registration form
    kind(
        "eia.registration-form-not-filed",
        "建设单位未依法备案建设项目环境影响登记表",
        "EIA registration form not filed",
        "eia",
        basis(
            article(
                eia.INSTRUMENT,
                31,
                "建设单位未依法备案建设项目环境影响登记表的，由县级以上生态环境主管部门责令备案，处五万元"
                "以下的罚款。",
                paragraph=3,
            ),
            cap(50_000),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note=_DAILY_NO,
        ),
        basis(
            article(code.INSTRUMENT, 1095, _C1095_3, paragraph=3),
            cap(50_000, optional=True),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("登记表", "备案", "环评", "registration form", "EIA"),
    ),
    kind(
        "eia.marine-registration-form-not-filed",
        "海洋工程等建设单位未依法备案环境影响登记表（海洋环境保护法）",
        "EIA registration form of a marine or coastal project not filed",
        "eia",
        basis(
            article(
                marine.INSTRUMENT,
                101,
                "建设单位未依法备案环境影响登记表的，由生态环境主管部门责令备案，处五万元以下的罚款。",
                paragraph=2,
                note="Before 2024-01-01 环境影响评价法 Art. 31 ¶4 sent marine engineering projects to "
                "the 海洋环境保护法 (2017), which did not fine an unfiled registration form: no basis "
                "before the 2023 revision.",
            ),
            cap(50_000),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note="Not a discharge: 海洋环境保护法 Art. 113 does not reach it.",
        ),
        basis(
            article(code.INSTRUMENT, 1095, _C1095_3, paragraph=3),
            cap(50_000, optional=True),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("登记表", "备案", "海洋工程", "registration form", "marine"),
    ),
    # ------------------------------------------------ Art. 1096: quality of the report
    kind(
        "eia.report-serious-quality-problems",
        "建设项目环境影响报告书、报告表存在基础资料明显不实，内容存在重大缺陷、遗漏或者虚假，结论不"
        "正确或者不合理等严重质量问题（对建设单位）",
        "EIA report with false data, major defects or unsound conclusions (the developer's fine)",
        "eia",
        basis(
            article(
                eia.INSTRUMENT,
                32,
                "建设项目环境影响报告书、环境影响报告表存在基础资料明显不实，内容存在重大缺陷、遗漏或者"
                "虚假，环境影响评价结论不正确或者不合理等严重质量问题的，由设区的市级以上人民政府生态环境"
                "主管部门对建设单位处五十万元以上二百万元以下的罚款，并对建设单位的法定代表人、主要负责人、"
                "直接负责的主管人员和其他直接责任人员，处五万元以上二十万元以下的罚款。",
                paragraph=1,
            ),
            yuan(500_000, 2_000_000),
            persons=yuan(50_000, 200_000),
            persons_zh="法定代表人、主要负责人、直接负责的主管人员和其他直接责任人员",
            enforcers=("ecology_environment",),
            daily_note=_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1096,
                "违反本法规定，建设项目生态环境影响报告书、报告表存在基础资料明显不实，内容存在重大缺陷、"
                "遗漏或者虚假，生态环境影响评价结论不正确或者不合理等严重质量问题的，由生态环境主管部门、"
                "海警机构按照职责分工对建设单位处五十万元以上二百万元以下的罚款，并对建设单位的法定代表人、"
                "主要负责人、直接负责的主管人员和其他直接责任人员，处五万元以上二十万元以下的罚款；情节"
                "严重的，责令限制生产、停产整治。",
                paragraph=1,
            ),
            yuan(500_000, 2_000_000),
            persons=yuan(50_000, 200_000),
            persons_zh="法定代表人、主要负责人、直接负责的主管人员和其他直接责任人员",
            enforcers=("ecology_environment", "coast_guard"),
            measures=("restrict_production",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("环评质量", "报告书", "虚假", "弄虚作假", "EIA report", "quality"),
    ),
    kind(
        "eia.self-prepared-report-preparers",
        "建设单位自行编制的报告书、报告表存在严重质量问题（对编制主持人和主要编制人员罚款）",
        "developer's own EIA report with serious quality problems (fine on its lead and main "
        "preparers)",
        "eia",
        basis(
            article(
                code.INSTRUMENT,
                1096,
                "建设单位自行编制生态环境影响报告书、报告表有前款规定的违法情形的，对编制主持人和主要编制"
                "人员处一万元以上五万元以下的罚款，五年内禁止从事生态环境影响报告书、报告表编制工作；",
                paragraph=2,
                note="The fine is new in the Code: 环境影响评价法 Art. 32 ¶3 only barred the lead and "
                "main preparers for five years, without a fine; an earlier act is not fined "
                "(行政处罚法 Art. 37).",
            ),
            yuan(10_000, 50_000),
            enforcers=("ecology_environment", "coast_guard"),
            measures=("business_ban",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("编制主持人", "主要编制人员", "自行编制", "环评", "EIA preparers"),
    ),
    # ------------------------------------------------ Art. 1097: the technical unit
    kind(
        "eia.technical-unit-defective-report",
        "接受委托的技术单位违反环境影响评价标准和技术规范，致使其编制的报告书、报告表存在严重质量"
        "问题",
        "commissioned EIA consultancy whose report has serious quality problems",
        "eia",
        basis(
            article(
                eia.INSTRUMENT,
                32,
                "接受委托编制建设项目环境影响报告书、环境影响报告表的技术单位违反国家有关环境影响评价标准"
                "和技术规范等规定，致使其编制的建设项目环境影响报告书、环境影响报告表存在基础资料明显不实，"
                "内容存在重大缺陷、遗漏或者虚假，环境影响评价结论不正确或者不合理等严重质量问题的，由设区"
                "的市级以上人民政府生态环境主管部门对技术单位处所收费用三倍以上五倍以下的罚款；情节严重的，"
                "禁止从事环境影响报告书、环境影响报告表编制工作；有违法所得的，没收违法所得。",
                paragraph=2,
                note="所收费用: the fee the technical unit charged for the report (service_fee).",
            ),
            multiple("service_fee", 3, 5),
            enforcers=("ecology_environment",),
            measures=("business_ban", "confiscate_gains"),
            daily_note=_DAILY_NO,
            concurrent=(
                provision(
                    article(
                        cpr.INSTRUMENT,
                        25,
                        "从事建设项目环境影响评价工作的单位，在环境影响评价工作中弄虚作假的，由县级以上环境"
                        "保护行政主管部门处所收费用1倍以上3倍以下的罚款。",
                    ),
                    multiple("service_fee", 1, 3),
                    note="Only where the defect is falsification (弄虚作假) in the EIA work; "
                    "a report defective through negligence is outside it: 1–3 times the fee, "
                    f"lower than the statute's 3–5 times; {_HIGHER}.",
                    condition=_CPR_25_IF,
                ),
            ),
        ),
        basis(
            article(
                code.INSTRUMENT,
                1097,
                "违反本法规定，接受委托为建设单位编制建设项目生态环境影响报告书、报告表的技术单位违反国家"
                "有关生态环境影响评价标准和技术规范等规定，致使其编制的报告书、报告表存在基础资料明显不实，"
                "内容存在重大缺陷、遗漏或者虚假，生态环境影响评价结论不正确或者不合理等严重后果的，由生态"
                "环境主管部门、海警机构按照职责分工没收违法所得，并处十万元以上五十万元以下的罚款；情节严重"
                "的，并处五十万元以上二百万元以下的罚款，禁止从事生态环境影响报告书、报告表编制工作，报经"
                "有批准权的人民政府批准，责令停业。",
                paragraph=1,
            ),
            tiers(
                band(yuan(500_000, 2_000_000), fact("serious"), **_SERIOUS),
                band(yuan(100_000, 500_000)),
            ),
            enforcers=("ecology_environment", "coast_guard"),
            measures=("confiscate_gains", "business_ban", "suspend"),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    article(
                        cpr.INSTRUMENT,
                        25,
                        "从事建设项目环境影响评价工作的单位，在环境影响评价工作中弄虚作假的，由县级以上环境"
                        "保护行政主管部门处所收费用1倍以上3倍以下的罚款。",
                    ),
                    multiple("service_fee", 1, 3),
                    note="Still in force, only where the defect is falsification (弄虚作假) in "
                    "the EIA work; a report defective through negligence is outside it: 1–3 "
                    f"times the fee against 100,000–500,000; {_HIGHER}.",
                    condition=_CPR_25_IF,
                ),
            ),
        ),
        keywords=("环评机构", "技术单位", "编制单位", "报告质量", "EIA consultancy"),
    ),
    # ------------------------------------------------ Art. 1098: conflicts and filing
    kind(
        "eia.technical-unit-conflict-or-unfiled",
        "编制报告书、报告表的技术单位和人员与负责审批的部门存在利益关系，或者技术单位未依法备案",
        "EIA consultancy with an interest in the approving department, or not filed",
        "eia",
        basis(
            article(
                code.INSTRUMENT,
                1098,
                "违反本法规定，接受委托为建设单位编制建设项目生态环境影响报告书、报告表的技术单位和人员，"
                "与负责审批的部门存在利益关系的，或者该技术单位未依法报生态环境主管部门备案的，由生态环境"
                "主管部门、海警机构按照职责分工责令改正，处二万元以上二十万元以下的罚款；拒不改正的，报经"
                "有批准权的人民政府批准，责令停业。",
                note=_NEW_IN_CODE + " (环境影响评价法 Art. 19 ¶4 forbade the interest but fined "
                "nobody; filing was a departmental rule, 建设项目环境影响报告书（表）编制监督管理办法.)",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment", "coast_guard"),
            measures=("order_correction", "suspend"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("环评机构", "利益关系", "备案", "技术单位", "EIA consultancy", "conflict"),
    ),
    # ------------------------------------------------ Art. 1099: measures of the approval
    kind(
        "eia.measures-not-implemented",
        "在项目建设过程中未实施环境影响报告书、报告表及其审批部门审批决定中提出的环境保护对策措施",
        "environmental measures of the EIA and its approval not carried out during construction",
        "eia",
        basis(
            article(cpr.INSTRUMENT, 22, _CPR_22_2, paragraph=2),
            yuan(200_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "order_stop"),
            daily_note=_DAILY_NO,
            until=_UNTIL,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1099,
                "违反本法规定，在建设项目建设、运行过程中，未实施生态环境影响报告书、报告表及其审批部门"
                "审批意见中提出的生态环境保护对策措施的，由生态环境主管部门、海警机构按照职责分工对建设"
                "单位处五万元以上五十万元以下的罚款；情节严重的，处五十万元以上二百万元以下的罚款。",
                note="本法另有规定的，适用其规定: protection facilities not built are Art. 1100.",
            ),
            tiers(
                band(yuan(500_000, 2_000_000), fact("serious"), **_SERIOUS),
                band(yuan(50_000, 500_000)),
            ),
            enforcers=("ecology_environment", "coast_guard"),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    article(cpr.INSTRUMENT, 22, _CPR_22_2, paragraph=2),
                    yuan(200_000, 1_000_000),
                    note="建设项目环境保护管理条例 Art. 22 ¶2 stays in force and always applies: the "
                    "kind is the construction-phase act it names (its earlier basis; operation is "
                    "kind eia.measures-not-implemented-in-operation). Its 200,000–1,000,000 is "
                    "above the Code's 50,000–500,000 unless the case is serious; "
                    f"{_HIGHER}.",
                ),
            ),
        ),
        keywords=("环保对策措施", "环评批复", "未落实", "建设过程", "EIA measures"),
    ),
    kind(
        "eia.measures-not-implemented-in-operation",
        "在建设项目运行过程中未实施生态环境影响报告书、报告表及其审批部门审批意见中提出的生态环境保护"
        "对策措施",
        "environmental measures of the EIA and its approval not carried out in operation",
        "eia",
        basis(
            article(
                code.INSTRUMENT,
                1099,
                "违反本法规定，在建设项目建设、运行过程中，未实施生态环境影响报告书、报告表及其审批部门"
                "审批意见中提出的生态环境保护对策措施的，由生态环境主管部门、海警机构按照职责分工对建设"
                "单位处五万元以上五十万元以下的罚款；情节严重的，处五十万元以上二百万元以下的罚款。",
                note=_NEW_IN_CODE + " (建设项目环境保护管理条例 Art. 22 ¶2 fined the construction "
                "phase only: kind eia.measures-not-implemented.)",
            ),
            tiers(
                band(yuan(500_000, 2_000_000), fact("serious"), **_SERIOUS),
                band(yuan(50_000, 500_000)),
            ),
            enforcers=("ecology_environment", "coast_guard"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("环保对策措施", "环评批复", "未落实", "运行", "EIA measures"),
    ),
    # ------------------------------------------------ Art. 1100: the three simultaneities
    kind(
        "eia.facilities-not-completed",
        "需要配套建设的环境保护设施未建成、未经验收或者验收不合格，建设项目即投入生产或者使用（未验"
        "先投）",
        "project operating before its environmental protection facilities were built or accepted",
        "eia",
        basis(
            article(
                cpr.INSTRUMENT,
                23,
                _CPR_23,
                paragraph=1,
                note="验收中弄虚作假, also in this paragraph, has no item in Code Art. 1100 and stays "
                "under the regulation. For noise control facilities the 环境噪声污染防治法 (2018) "
                "Art. 48 also fined the act until 2022-06-04, with no amount (处以罚款): the "
                "regulation's range is the one the law writes.",
            ),
            _FACILITIES_RULE,
            persons=yuan(50_000, 200_000),
            persons_zh="直接负责的主管人员和其他责任人员",
            enforcers=("ecology_environment",),
            measures=("order_correction", "order_stop", "close"),
            daily_note=_DAILY_NO,
            until=_UNTIL,
        ),
        _code_1100(
            concurrent=(
                _cpr_23_concurrent(
                    "建设项目环境保护管理条例 Art. 23 stays in force and always applies: the kind "
                    "is the act its ¶1 names (its earlier basis). The same bands and the same "
                    "50,000–200,000 on the persons; by Code Art. 1055 the higher fine applies, "
                    "which is the same."
                ),
            ),
        ),
        keywords=("三同时", "未验先投", "环保验收", "环保设施", "acceptance", "facilities"),
    ),
    kind(
        "eia.facilities-not-designed-or-contracted",
        "初步设计未落实防治环境污染和生态破坏的措施以及环境保护设施投资概算，或者未将环境保护设施建设"
        "纳入施工合同（环境保护设施未与主体工程同时设计、同时施工）",
        "protection facilities left out of the preliminary design or the construction contract",
        "eia",
        basis(
            article(cpr.INSTRUMENT, 22, _CPR_22_1, paragraph=1),
            tiers(
                band(yuan(200_000, 1_000_000), fact("refused_to_correct"), **_REFUSED),
                band(yuan(50_000, 200_000)),
            ),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note=_DAILY_NO,
            until=_UNTIL,
        ),
        _code_1100(
            "Our reading: leaving the measures and the facilities' budget out of the preliminary "
            "design, or the facilities out of the construction contract, is not designing or "
            "building them together with the main works (未与主体工程同时设计、同时施工).",
            concurrent=(
                provision(
                    article(cpr.INSTRUMENT, 22, _CPR_22_1, paragraph=1),
                    tiers(
                        band(yuan(200_000, 1_000_000), fact("refused_to_correct"), **_REFUSED),
                        band(yuan(50_000, 200_000)),
                    ),
                    note="建设项目环境保护管理条例 Art. 22 ¶1 stays in force and always applies: "
                    "the kind is the act it names (its earlier basis). Its bands are lower; "
                    f"{_HIGHER}.",
                ),
            ),
        ),
        keywords=("三同时", "同时设计", "初步设计", "施工合同", "simultaneous design"),
    ),
    kind(
        "eia.coastal-facilities-not-completed",
        "海岸工程建设项目未建成环境保护设施，或者环境保护设施未达到规定要求即投入生产、使用",
        "coastal engineering project operating without its protection facilities in order",
        "eia",
        basis(
            article(
                marine.INSTRUMENT_2017,
                80,
                "违反本法第四十四条的规定，海岸工程建设项目未建成环境保护设施，或者环境保护设施未达到"
                "规定要求即投入生产、使用的，由环境保护行政主管部门责令其停止生产或者使用，并处二万元以上"
                "十万元以下的罚款。",
            ),
            yuan(20_000, 100_000),
            enforcers=("ecology_environment",),
            measures=("order_stop",),
            daily_note="Not among the discharges of 海洋环境保护法 (2017) Art. 73: no daily penalty.",
            concurrent=(
                _cpr_23_concurrent(
                    _CPR_23_COASTAL_WHY + "A coastal project is a construction project under the "
                    "regulation (its Art. 28 excepts only marine engineering): 200,000–1,000,000 "
                    f"against 20,000–100,000; {_HIGHER}.",
                    _CPR_23_COASTAL_IF,
                ),
            ),
        ),
        _marine_2023_103(
            "Art. 103 covers coastal and marine engineering projects alike.",
            concurrent=(
                _cpr_23_concurrent(
                    _CPR_23_COASTAL_WHY + f"The same bands; {_HIGHER}, which is the same.",
                    _CPR_23_COASTAL_IF,
                ),
            ),
        ),
        _code_1100(
            concurrent=(
                _cpr_23_concurrent(
                    _CPR_23_COASTAL_WHY + f"The same bands; {_HIGHER}, which is the same.",
                    _CPR_23_COASTAL_IF,
                ),
            ),
        ),
        keywords=("海岸工程", "三同时", "环保设施", "coastal project", "facilities"),
    ),
    kind(
        "eia.marine-facilities-not-completed",
        "海洋工程建设项目未建成环境保护设施，或者环境保护设施未达到规定要求即投入生产、使用",
        "marine engineering project operating without its protection facilities in order",
        "eia",
        basis(
            article(
                marine.INSTRUMENT_2017,
                82,
                "违反本法第四十八条的规定，海洋工程建设项目未建成环境保护设施、环境保护设施未达到规定"
                "要求即投入生产、使用的，由海洋行政主管部门责令其停止生产、使用，并处五万元以上二十万元"
                "以下的罚款。",
                paragraph=2,
                note=_OCEAN_DEPT,
            ),
            yuan(50_000, 200_000),
            enforcers=("ecology_environment",),
            measures=("order_stop",),
            daily_note="Not among the discharges of 海洋环境保护法 (2017) Art. 73: no daily penalty.",
        ),
        _marine_2023_103(),
        _code_1100(),
        keywords=("海洋工程", "三同时", "环保设施", "marine engineering", "facilities"),
    ),
    kind(
        "eia.radiation-facilities-not-completed",
        "未建造放射性污染防治设施、放射防护设施，或者防治防护设施未经验收合格，主体工程即投入生产或者"
        "使用",
        "main works operating before radioactive pollution or radiation protection facilities "
        "were built and accepted",
        "eia",
        basis(
            article(
                radio.INSTRUMENT,
                51,
                "违反本法规定，未建造放射性污染防治设施、放射防护设施，或者防治防护设施未经验收合格，"
                "主体工程即投入生产或者使用的，由审批环境影响评价文件的环境保护行政主管部门责令停止违法"
                "行为，限期改正，并处五万元以上二十万元以下罚款。",
            ),
            yuan(50_000, 200_000),
            enforcers=("ecology_environment",),
            measures=("order_stop", "order_correction"),
            daily_note=_DAILY_NO,
            concurrent=(
                _cpr_23_concurrent(
                    _CPR_23_RADIATION_WHY + f"200,000–1,000,000 against 50,000–200,000; {_HIGHER}.",
                    _CPR_23_RADIATION_IF,
                ),
            ),
        ),
        _code_1100(
            concurrent=(
                _cpr_23_concurrent(
                    _CPR_23_RADIATION_WHY + "The same bands; by Code Art. 1055 the higher fine "
                    "applies, which is the same.",
                    _CPR_23_RADIATION_IF,
                ),
            ),
        ),
        keywords=("放射防护设施", "辐射", "三同时", "验收", "radiation", "facilities"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (
    unfined(1094, "The section's scope article: it fines nobody."),
    unfined(
        1095,
        "Detention of the persons responsible by the police or the coast guard when the order to "
        "stop or restore is refused: no fine.",
        paragraph=2,
    ),
    unfined(
        1097,
        "A five- or ten-year ban on the lead preparers of a technical unit: no fine.",
        paragraph=2,
    ),
)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
