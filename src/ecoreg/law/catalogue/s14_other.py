"""Book 5, Ch. 2, Section 14 (第十四节 其他违法行为): other violations, Arts. 1228–1238.

The Code gathers here conduct that each repealed statute fined for its own medium:
obstructing an inspection (Art. 1229), false reports of technical service
institutions (Art. 1230), emergency plans (Art. 1235), accidents (Art. 1236) and the
response to them (Art. 1237). Where the fine before 2026-08-15 depended on the medium,
there is one kind per medium, each with its own statute's article in its own shape,
and one kind for the fields no repealed statute fined (new in the Code), named
“（其他）”. Livestock farming (Art. 1231), transboundary hazardous and radioactive
waste (Art. 1232), the pollution-prevention responsibility system (Art. 1233) and the
ecological access list (Art. 1234) complete the section. For ship pollution accidents
the 防治船舶污染海洋环境管理条例 (Arts. 67, 68, 70), in force beside the marine law and the
Code, is a concurrent provision of the marine kinds.

Where the law fines only a refusal to correct or only a serious case, the rule ends
with a band of no fine (`no_fine`): without the finding the article only orders the
correction.
"""

from __future__ import annotations

from ecoreg.law import air_pollution_law as air
from ecoreg.law import carbon_trading_regulation as carbon
from ecoreg.law import eco_code as code
from ecoreg.law import environmental_protection_law as epl
from ecoreg.law import livestock_pollution_regulation as livestock
from ecoreg.law import marine_environment_law as marine
from ecoreg.law import noise_law as noise
from ecoreg.law import permit_regulation as permit
from ecoreg.law import radioactive_pollution_law as radiation
from ecoreg.law import ship_pollution_regulation as ship
from ecoreg.law import soil_pollution_law as soil
from ecoreg.law import solid_waste_law as waste
from ecoreg.law import water_pollution_law as water
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
    no_fine,
    provision,
    scaled,
    section,
    share,
    tiers,
    unfined,
    unspecified,
    yuan,
)

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(14, "其他违法行为", "Other violations", 1228, 1238)

_UNTIL_CODE = "2026-08-14"

_NO_DAILY = (
    "Not a discharge, dumping or disposal of pollutants or waste: neither the daily penalty of "
    "the statute before the Code nor Code Art. 1060 reaches it."
)
_NEW_IN_CODE = (
    "New in the Code: no earlier basis in the statutes it replaced; an earlier act is not "
    "penalised under the Code (行政处罚法 Art. 37)."
)
_MARINE_2023_NEW = (
    "The 2017 amendment of 海洋环境保护法 did not fine this conduct; the 2023 revision made it a "
    "violation from 2024-01-01, so an act before then has no basis here (行政处罚法 Art. 37)."
)


def _refused(rule: dict[str, object], zh: str = "拒不改正") -> dict[str, object]:
    """A fine the law sets only for a refusal to correct (拒不改正的，处……); otherwise none."""
    return tiers(
        band(rule, fact("refused_to_correct"), zh=zh, en="refused to correct"),
        band(no_fine(), zh="责令改正（不处罚款）", en="order to correct only"),
    )


def _serious(rule: dict[str, object]) -> dict[str, object]:
    """A fine the law sets only for a serious case (情节严重的，处……); otherwise none."""
    return tiers(
        band(rule, fact("serious"), zh="情节严重", en="serious"),
        band(no_fine(), zh="责令改正（不处罚款）", en="order to correct only"),
    )


# ---------------------------------------------------------------- Art. 1229 (拒绝、阻挠检查)

_CODE_1229 = article(
    code.INSTRUMENT,
    1229,
    "违反本法规定，以拖延、围堵、滞留执法人员等方式拒绝、阻挠监督检查和突发生态环境事件调查处理，"
    "或者在接受监督检查和调查处理时弄虚作假或者拒不提供必要资料的，由负有生态环境保护监督管理职责"
    "的部门、机构按照职责分工责令改正，处五万元以上二十万元以下的罚款；对直接负责的主管人员和其他"
    "直接责任人员，处五千元以上五万元以下的罚款；构成违反治安管理行为的，由公安机关、海警机构按照"
    "职责分工依法予以处罚。",
)
_PERMIT_39 = article(
    permit.INSTRUMENT,
    39,
    "排污单位拒不配合生态环境主管部门监督检查，或者在接受监督检查时弄虚作假的，由生态环境主管部门"
    "责令改正，处2万元以上20万元以下的罚款。",
)


_PERMIT_39_ONLY = (
    " 排污许可管理条例 Art. 39 binds only a unit under discharge-permit management (排污单位) "
    "and an inspection by the ecology and environment department, while the statute's or the "
    "Code's article reaches every party and every department: it applies only where the officer "
    "finds such a case."
)


def _permit_39(note: str) -> dict[str, object]:
    return provision(
        _PERMIT_39,
        yuan(20_000, 200_000),
        note=note + _PERMIT_39_ONLY,
        condition=(
            (
                "被检查者系实行排污许可管理的排污单位，其拒不配合或者弄虚作假的是生态环境主管部门的"
                "监督检查"
            ),
            (
                "the party is a unit under discharge-permit management and the inspection it refused "
                "or falsified was the ecology and environment department's"
            ),
        ),
    )


_PERMIT_39_CODE = _permit_39(
    "Where the party is a permitted discharger (排污单位) and the inspection is the ecology "
    "department's: 排污许可管理条例 Art. 39 stays in force; the Code's 50,000–200,000 is higher "
    "than its 20,000–200,000, so by Code Art. 1055 the Code's fine applies."
)
_PERMIT_39_SAME = _permit_39(
    "Where the party is a permitted discharger (排污单位), from 2021-03-01: the same range, so the "
    "higher-fine rule (行政处罚法 Art. 29 from 2021-07-15) makes no difference."
)


def _code_1229(*concurrent: dict[str, object]) -> dict[str, object]:
    return basis(
        _CODE_1229,
        yuan(50_000, 200_000),
        persons=yuan(5000, 50_000),
        enforcers=("supervisory_departments", "public_security", "coast_guard"),
        measures=("order_correction",),
        daily_note=_NO_DAILY,
        concurrent=concurrent,
    )


def _obstruction(
    medium: str, zh: str, en: str, *bases: dict[str, object], keyword: str
) -> dict[str, object]:
    return kind(
        f"other.obstructing-inspection-{medium}",
        f"拒绝、阻挠监督检查或者在接受检查时弄虚作假（{zh}）",
        f"inspection refused or obstructed, or falsified during it ({en})",
        "other",
        *bases,
        keywords=(
            "拒绝检查",
            "阻挠检查",
            "监督检查",
            "弄虚作假",
            keyword,
            "obstructing inspection",
        ),
    )


# ---------------------------------------------------------------- Art. 1230 (技术服务机构)

_CODE_1230_2 = (
    "违反本法规定，前款所列机构在生态环境服务活动中弄虚作假、出具虚假报告的，由负有生态环境保护"
    "监督管理职责的部门、机构按照职责分工没收违法所得，并处十万元以上五十万元以下的罚款；情节严重"
    "的，并处五十万元以上二百万元以下的罚款，有许可证的吊销许可证，禁止从事上述业务，报经有批准权"
    "的人民政府批准，责令停业、关闭。……有前款规定情形的，由负有生态环境保护监督管理职责的部门、"
    "机构按照职责分工对直接负责的主管人员和其他直接责任人员处一万元以上五万元以下的罚款，五年内"
    "禁止从事前款规定的业务；情节严重的，十年内禁止从事前款规定的业务。"
)


def _code_1230_2(note: str | None = None) -> dict[str, object]:
    return basis(
        article(code.INSTRUMENT, 1230, _CODE_1230_2, paragraph=2, note=note),
        tiers(
            band(yuan(500_000, 2_000_000), fact("serious"), zh="情节严重", en="serious"),
            band(yuan(100_000, 500_000)),
        ),
        persons=yuan(10_000, 50_000),
        enforcers=("supervisory_departments",),
        measures=("confiscate_gains", "revoke_permit", "business_ban", "close"),
        daily_note=_NO_DAILY,
    )


# ---------------------------------------------------------------- Art. 1231 (畜禽养殖)

_CODE_1231_HEAD = (
    "违反本法规定，有下列情形之一的，由生态环境主管部门、环境卫生主管部门按照职责分工责令改正，"
    "可以处十万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭："
)


def _code_1231(item: int, text: str, **extra: object) -> dict[str, object]:
    return basis(
        article(code.INSTRUMENT, 1231, f"{_CODE_1231_HEAD}……{text}", item=item),
        cap(100_000, optional=True),
        enforcers=("ecology_environment", "sanitation"),
        measures=("order_correction", "close"),
        **extra,  # type: ignore[arg-type]
    )


_LIVESTOCK_41 = article(
    livestock.INSTRUMENT,
    41,
    "排放畜禽养殖废弃物不符合国家或者地方规定的污染物排放标准或者总量控制指标，或者未经无害化处理"
    "直接向环境排放畜禽养殖废弃物的，由县级以上地方人民政府环境保护主管部门责令限期治理，可以处5万元"
    "以下的罚款。",
    note="The regulation fined discharging livestock waste untreated or over the standard, "
    "wherever discharged; the Code's item (3) names the irrigation channel and the result at the "
    "nearest downstream intake. 水污染防治法 Art. 58 ¶2 set the duty without a fine.",
)

# ---------------------------------------------------------------- Art. 1235 (应急预案)

_CODE_1235_HEAD = (
    "违反本法规定，企业事业单位和其他生产经营者有下列情形之一的，由负有生态环境保护监督管理职责的"
    "部门、机构按照职责分工责令改正；情节严重的，处一万元以上五万元以下的罚款："
)


def _code_1235(item: int, text: str, note: str | None = None) -> dict[str, object]:
    return basis(
        article(code.INSTRUMENT, 1235, f"{_CODE_1235_HEAD}……{text}", item=item, note=note),
        _serious(yuan(10_000, 50_000)),
        enforcers=("supervisory_departments",),
        measures=("order_correction",),
        daily_note=_NO_DAILY,
    )


_MARINE_94_HEAD = (
    "违反本法规定，有下列行为之一，由依照本法规定行使海洋环境监督管理权的部门或者机构责令改正，"
    "处以罚款："
)


def _marine_94_3() -> dict[str, object]:
    return basis(
        article(
            marine.INSTRUMENT,
            94,
            f"{_MARINE_94_HEAD}……（三）未按照有关规定制定应急预案并备案，或者未按照有关规定配备"
            "应急设备、器材的；……有前款第三项行为的，处二万元以上二十万元以下的罚款；",
            paragraph=1,
            item=3,
            note=_MARINE_2023_NEW + " The 2017 amendment (Art. 88) only warned or ordered "
            "correction for a missing oil-spill plan.",
        ),
        yuan(20_000, 200_000),
        enforcers=("supervisory_departments",),
        measures=("order_correction",),
        daily_note=_NO_DAILY,
    )


_RADIATION_55_HEAD = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府环境保护行政主管部门或者其他有关部门依据"
    "职权责令限期改正；逾期不改正的，责令停产停业，并处二万元以上十万元以下罚款；构成犯罪的，依法"
    "追究刑事责任："
)


def _radiation_55(item: int, text: str, note: str) -> dict[str, object]:
    return basis(
        article(radiation.INSTRUMENT, 55, f"{_RADIATION_55_HEAD}……{text}", item=item, note=note),
        _refused(yuan(20_000, 100_000), zh="逾期不改正"),
        enforcers=("ecology_environment", "supervisory_departments"),
        measures=("order_correction", "suspend"),
        daily_note=_NO_DAILY,
    )


# ---------------------------------------------------------------- Art. 1236 (事故)

_GRADES = (
    ("general", "一般", "general"),
    ("large", "较大", "large"),
    ("major", "重大", "major"),
    ("especially_major", "特别重大", "especially major"),
)


def _by_grade(*rules: dict[str, object], old_names: bool = False) -> dict[str, object]:
    """Bands by the accident grade, in the order general, large, major, especially major."""
    bands = []
    for (grade, zh, en), rule in zip(_GRADES, rules, strict=True):
        label = "特大" if old_names and grade == "especially_major" else zh
        bands.append(band(rule, fact("accident_grade", grade), zh=label, en=en))
    return tiers(*bands)


_CODE_1236_GRADES = _by_grade(
    yuan(300_000, 1_000_000),
    yuan(1_000_000, 2_000_000),
    yuan(2_000_000, 10_000_000),
    yuan(10_000_000, 20_000_000),
)
_CODE_1236_RULE = tiers(
    band(
        scaled(_CODE_1236_GRADES, 2, 5),
        fact("especially_serious"),
        zh="情节特别严重、影响特别恶劣",
        en="especially serious, with an especially bad effect",
    ),
    band(_CODE_1236_GRADES, zh="按事故等级", en="by the accident grade"),
)
_CODE_1236_TEXT = (
    "违反本法规定，造成环境污染、生态破坏事故的，除依法承担赔偿责任外，由负有生态环境保护监督管理"
    "职责的部门、机构按照职责分工责令限期采取治理措施，适用本条第二款、第三款的规定处以罚款；对直接"
    "负责的主管人员和其他直接责任人员可以处上一年度从本企业事业单位取得收入百分之五十以下的罚款；"
    "对造成重大或者特别重大环境污染、生态破坏事故的，报经有批准权的人民政府批准，责令停业、关闭。"
    "未按照要求采取治理措施的，指定有治理能力的单位代为治理，所需费用由违法者承担。……对造成一般"
    "环境污染、生态破坏事故的，处三十万元以上一百万元以下的罚款；对造成较大环境污染、生态破坏事故"
    "的，处一百万元以上二百万元以下的罚款；对造成重大环境污染、生态破坏事故的，处二百万元以上一千"
    "万元以下的罚款；对造成特别重大环境污染、生态破坏事故的，处一千万元以上二千万元以下的罚款。"
    "……发生环境污染、生态破坏事故，情节特别严重、影响特别恶劣的，负有生态环境保护监督管理职责的"
    "部门、机构可以按照前款罚款数额的二倍以上五倍以下对负有责任的企业事业单位或者其他生产经营者"
    "处以罚款。"
)
_ACCIDENT_DAILY_NO = (
    "The fine is for causing the accident, not for a discharge that continues after an order to "
    "correct: the law orders remediation (限期采取治理措施) and proxy remediation instead, and "
    "neither the daily penalty of the statute before the Code nor Code Art. 1060 is used."
)
_PERSONS_OPTIONAL = "The persons' fine is optional (可以处, encoded optional=True)."


def _code_1236(note: str | None = None) -> dict[str, object]:
    return basis(
        article(
            code.INSTRUMENT,
            1236,
            _CODE_1236_TEXT,
            paragraph=1,
            note=(note + " " if note else "")
            + "¶3's 2–5 times is optional (可以); it scales the band of ¶2 for the accident's "
            "grade. " + _PERSONS_OPTIONAL,
        ),
        _CODE_1236_RULE,
        persons=share("prior_year_income", None, "0.5", optional=True),
        enforcers=("supervisory_departments",),
        measures=("remedy", "close", "proxy_remediation"),
        daily_note=_ACCIDENT_DAILY_NO,
    )


def _share_by_grade() -> dict[str, object]:
    """按照直接损失的百分之二十 (一般或者较大) / 百分之三十 (重大或者特大) 计算罚款."""
    low, high = share("direct_loss", "0.2", "0.2"), share("direct_loss", "0.3", "0.3")
    return _by_grade(low, low, high, high, old_names=True)


def _multiple_by_grade() -> dict[str, object]:
    """直接损失的一倍以上三倍以下 (一般或者较大) / 三倍以上五倍以下 (重大或者特大)."""
    low, high = multiple("direct_loss", 1, 3), multiple("direct_loss", 3, 5)
    return _by_grade(low, low, high, high, old_names=True)


def _accident(
    medium: str, zh: str, en: str, *bases: dict[str, object], kw: str
) -> dict[str, object]:
    return kind(
        f"other.accident-{medium}",
        f"造成环境污染、生态破坏事故（{zh}）",
        f"environmental pollution or ecological damage accident caused ({en})",
        "other",
        *bases,
        keywords=("污染事故", "环境事故", "直接损失", "事故等级", kw, "pollution accident"),
    )


# ---------------------------------------------------------------- Art. 1237 (事故应对)

_CODE_1237_HEAD = (
    "违反本法规定，因发生事故或者其他突发性事件，造成或者可能造成环境污染、生态破坏事件，有下列情形"
    "之一的，由负有生态环境保护监督管理职责的部门、机构按照职责分工责令改正，处以罚款："
)
_CODE_1237_AMOUNTS = (
    "有前款第一项情形的，处五万元以上五十万元以下的罚款，对直接负责的主管人员和其他直接责任人员处"
    "一万元以上十万元以下的罚款，并可以暂扣或者吊销相关任职资格许可；有前款第二项、第三项情形之一"
    "的，处二十万元以上二百万元以下的罚款。"
)


def _code_1237(
    item: int, text: str, note: str | None = None, *concurrent: dict[str, object]
) -> dict[str, object]:
    rule: Data
    persons: Data | None
    measures: tuple[str, ...]
    if item == 1:
        rule, persons, measures = (
            yuan(50_000, 500_000),
            yuan(10_000, 100_000),
            ("order_correction", "revoke_permit"),
        )
    else:
        rule, persons, measures = yuan(200_000, 2_000_000), None, ("order_correction",)
    return basis(
        article(
            code.INSTRUMENT,
            1237,
            f"{_CODE_1237_HEAD}……{text}……{_CODE_1237_AMOUNTS}",
            paragraph=1,
            item=item,
            note=note,
        ),
        rule,
        persons=persons,
        enforcers=("supervisory_departments",),
        measures=measures,
        daily_note=_NO_DAILY,
        concurrent=concurrent,
    )


def _marine_94(
    item: int, text: str, amounts: str, note: str | None = None, *concurrent: dict[str, object]
) -> dict[str, object]:
    rule = yuan(50_000, 500_000) if item == 2 else yuan(200_000, 2_000_000)
    return basis(
        article(
            marine.INSTRUMENT,
            94,
            f"{_MARINE_94_HEAD}……{text}……{amounts}",
            paragraph=1,
            item=item,
            note=note,
        ),
        rule,
        persons=yuan(10_000, 100_000) if item == 2 else None,
        enforcers=("supervisory_departments",),
        measures=("order_correction", "revoke_permit") if item == 2 else ("order_correction",),
        daily_note="海洋环境保护法 (2023) Art. 113 allows the daily penalty only for discharging, "
        "dumping or disposing into the sea; this conduct is none of them.",
        concurrent=concurrent,
    )


# 防治船舶污染海洋环境管理条例 (in force beside the marine law and the Code): a ship pollution
# accident's late report, the emergency plan not started, the investigation obstructed.
_SHIP_67 = article(
    ship.INSTRUMENT,
    67,
    "违反本条例的规定，发生船舶污染事故，船舶、有关作业单位未立即启动应急预案的，对船舶、有关作业"
    "单位，由海事管理机构处2万元以上10万元以下的罚款；对直接负责的主管人员和其他直接责任人员，由"
    "海事管理机构处1万元以上2万元以下的罚款。",
    note="Crew members among the persons also lose their certificate of competency for 1 to 3 "
    "months (the article's last sentence).",
)
_SHIP_68 = article(
    ship.INSTRUMENT,
    68,
    "违反本条例的规定，发生船舶污染事故，船舶、有关作业单位迟报、漏报事故的，对船舶、有关作业单位，"
    "由海事管理机构处5万元以上25万元以下的罚款；对直接负责的主管人员和其他直接责任人员，由海事管理"
    "机构处1万元以上5万元以下的罚款。",
    note="Late or incomplete reports (迟报、漏报). Concealing or falsely reporting (瞒报、谎报) is "
    "fined more (250,000–500,000; the persons 50,000–100,000), a band the case facts cannot "
    "select: apply that sentence by hand where the report was concealed or false.",
)
_SHIP_70 = article(
    ship.INSTRUMENT,
    70,
    "违反本条例的规定，船舶污染事故的当事人和其他有关人员，未如实向组织事故调查处理的机关或者海事"
    "管理机构反映情况和提供资料，伪造、隐匿、毁灭证据或者以其他方式妨碍调查取证的，由海事管理机构"
    "处1万元以上5万元以下的罚款。",
)
_SHIP_WHERE = "Where the accident is a ship pollution accident (船舶污染事故): "


_SHIP_ONLY = (
    " The regulation reaches only ship pollution accidents (its Art. 2: ships and their operations "
    "in the sea areas under PRC jurisdiction) and only the act its article names: it applies only "
    "where the officer finds such a case."
)


def _ship_67(compare: str) -> dict[str, object]:
    return provision(
        _SHIP_67,
        yuan(20_000, 100_000),
        persons=yuan(10_000, 20_000),
        condition=(
            "事故系船舶污染事故，船舶或者有关作业单位未立即启动应急预案",
            (
                "the accident is a ship pollution accident and the ship or the operator did not start "
                "its emergency plan at once"
            ),
        ),
        note=_SHIP_WHERE + "not starting the ship's or operator's emergency plan at once is not "
        "taking immediate measures; 防治船舶污染海洋环境管理条例 Art. 67 fines it 20,000–100,000. "
        + compare
        + _SHIP_ONLY,
    )


def _ship_68(compare: str) -> dict[str, object]:
    return provision(
        _SHIP_68,
        yuan(50_000, 250_000),
        persons=yuan(10_000, 50_000),
        condition=(
            "事故系船舶污染事故，船舶或者有关作业单位迟报、漏报事故",
            (
                "the accident is a ship pollution accident and the ship or the operator reported it "
                "late or incompletely"
            ),
        ),
        note=_SHIP_WHERE + "防治船舶污染海洋环境管理条例 Art. 68 fines a late or incomplete "
        "report 50,000–250,000. " + compare + _SHIP_ONLY,
    )


def _ship_70(compare: str) -> dict[str, object]:
    return provision(
        _SHIP_70,
        yuan(10_000, 50_000),
        condition=(
            "该行为发生在海事管理机构或者组织事故调查处理的机关对船舶污染事故的调查中",
            (
                "the act was in the investigation of a ship pollution accident by the maritime agency "
                "or the body investigating it"
            ),
        ),
        note=_SHIP_WHERE + "防治船舶污染海洋环境管理条例 Art. 70 fines withholding facts or "
        "documents from, or obstructing, the accident investigation 10,000–50,000. "
        + compare
        + _SHIP_ONLY,
    )


_MARINE_94_45 = "有前款第四项、第五项行为之一的，处二十万元以上二百万元以下的罚款。"

_MARINE_2017_73_DAILY = article(
    marine.INSTRUMENT_2017,
    73,
    "拒不改正的，依法作出处罚决定的部门可以自责令改正之日的次日起，按照原罚款数额按日连续处罚；",
    paragraph=1,
)

KINDS = (
    # ------------------------------------------------------------ Art. 1229
    _obstruction(
        "air",
        "大气",
        "air",
        basis(
            article(
                air.INSTRUMENT,
                98,
                "违反本法规定，以拒绝进入现场等方式拒不接受生态环境主管部门及其环境执法机构或者其他"
                "负有大气环境保护监督管理职责的部门的监督检查，或者在接受监督检查时弄虚作假的，由县级"
                "以上人民政府生态环境主管部门或者其他负有大气环境保护监督管理职责的部门责令改正，处二万"
                "元以上二十万元以下的罚款；构成违反治安管理行为的，由公安机关依法予以处罚。",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment", "supervisory_departments", "public_security"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
            concurrent=(_PERMIT_39_SAME,),
        ),
        _code_1229(_PERMIT_39_CODE),
        keyword="大气",
    ),
    _obstruction(
        "water",
        "水",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                81,
                "以拖延、围堵、滞留执法人员等方式拒绝、阻挠环境保护主管部门或者其他依照本法规定行使"
                "监督管理权的部门的监督检查，或者在接受监督检查时弄虚作假的，由县级以上人民政府环境"
                "保护主管部门或者其他依照本法规定行使监督管理权的部门责令改正，处二万元以上二十万元"
                "以下的罚款。",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
            concurrent=(_PERMIT_39_SAME,),
        ),
        _code_1229(_PERMIT_39_CODE),
        keyword="水污染",
    ),
    _obstruction(
        "solid-waste",
        "固体废物",
        "solid waste",
        basis(
            article(
                waste.INSTRUMENT,
                103,
                "违反本法规定，以拖延、围堵、滞留执法人员等方式拒绝、阻挠监督检查，或者在接受监督"
                "检查时弄虚作假的，由生态环境主管部门或者其他负有固体废物污染环境防治监督管理职责的"
                "部门责令改正，处五万元以上二十万元以下的罚款；对直接负责的主管人员和其他直接责任"
                "人员，处二万元以上十万元以下的罚款。",
            ),
            yuan(50_000, 200_000),
            persons=yuan(20_000, 100_000),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
            concurrent=(
                _permit_39(
                    "Where the party is a permitted discharger (排污单位), from 2021-03-01: "
                    "固体废物污染环境防治法 Art. 103's 50,000–200,000 is higher than the "
                    "regulation's 20,000–200,000; the higher-fine rule (行政处罚法 Art. 29 from "
                    "2021-07-15) applies the statute."
                ),
            ),
        ),
        _code_1229(_PERMIT_39_CODE),
        keyword="固体废物",
    ),
    _obstruction(
        "soil",
        "土壤",
        "soil",
        basis(
            article(
                soil.INSTRUMENT,
                93,
                "违反本法规定，被检查者拒不配合检查，或者在接受检查时弄虚作假的，由地方人民政府生态"
                "环境主管部门或者其他负有土壤污染防治监督管理职责的部门责令改正，处二万元以上二十万"
                "元以下的罚款；对直接负责的主管人员和其他直接责任人员处五千元以上二万元以下的罚款。",
            ),
            yuan(20_000, 200_000),
            persons=yuan(5000, 20_000),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        _code_1229(),
        keyword="土壤",
    ),
    _obstruction(
        "noise",
        "噪声",
        "noise",
        basis(
            article(
                noise.INSTRUMENT_2018,
                55,
                "排放环境噪声的单位违反本法第二十一条的规定，拒绝生态环境主管部门或者其他依照本法"
                "规定行使环境噪声监督管理权的部门、机构现场检查或者在被检查时弄虚作假的，生态环境"
                "主管部门或者其他依照本法规定行使环境噪声监督管理权的监督管理部门、机构可以根据"
                "不同情节，给予警告或者处以罚款。",
                note="A unit emitting environmental noise (排放环境噪声的单位) refusing an on-site "
                "inspection or falsifying during it; obstruction by other means was not named.",
            ),
            unspecified(
                "环境噪声污染防治法 (2018) Art. 55: 给予警告或者处以罚款 (a warning or a fine), and "
                "the law writes no amount; no encoded instrument sets one. ecoreg cannot decide "
                "the fine: look to the local regulations in force at the time of the act."
            ),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("warning",),
            daily_note=_NO_DAILY,
            concurrent=(
                _permit_39(
                    "Where the party is a permitted discharger (排污单位), from 2021-03-01: "
                    "排污许可管理条例 Art. 39 fines the same act 20,000–200,000, while the 2018 "
                    "law's fine has no amount, so the two cannot be compared by ecoreg; by the "
                    "higher-fine rule (行政处罚法 Art. 29 from 2021-07-15) the agency applies the "
                    "provision whose fine is higher under the local rules."
                ),
            ),
        ),
        basis(
            article(
                noise.INSTRUMENT,
                71,
                "违反本法规定，拒绝、阻挠监督检查，或者在接受监督检查时弄虚作假的，由生态环境主管"
                "部门或者其他负有噪声污染防治监督管理职责的部门责令改正，处二万元以上二十万元以下的"
                "罚款。",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
            concurrent=(_PERMIT_39_SAME,),
        ),
        _code_1229(_PERMIT_39_CODE),
        keyword="噪声",
    ),
    _obstruction(
        "marine",
        "海洋",
        "marine",
        basis(
            article(
                marine.INSTRUMENT_2017,
                75,
                "违反本法第十九条第二款的规定，拒绝现场检查，或者在被检查时弄虚作假的，由依照本法"
                "规定行使海洋环境监督管理权的部门予以警告，并处二万元以下的罚款。",
            ),
            cap(20_000),
            enforcers=("supervisory_departments",),
            measures=("warning",),
            daily_note=_NO_DAILY,
            concurrent=(
                _ship_70(
                    "Read to overlap this article where the falsification or refusal was in the "
                    "maritime agency's accident investigation; the regulation's maximum is higher "
                    "than 20,000, so by the higher-fine rule (行政处罚法 Art. 29 from 2021-07-15) "
                    "its fine applies."
                ),
            ),
        ),
        basis(
            article(
                marine.INSTRUMENT,
                95,
                "违反本法规定，拒绝、阻挠调查和现场检查，或者在被检查时弄虚作假的，由依照本法规定"
                "行使海洋环境监督管理权的部门或者机构责令改正，处五万元以上二十万元以下的罚款；对"
                "直接负责的主管人员和其他直接责任人员处二万元以上十万元以下的罚款。",
            ),
            yuan(50_000, 200_000),
            persons=yuan(20_000, 100_000),
            enforcers=("supervisory_departments",),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
            concurrent=(
                _ship_70(
                    "The marine law's 50,000–200,000 is higher, so by the higher-fine rule (行政处罚法 "
                    "Art. 29) the marine law's fine applies."
                ),
            ),
        ),
        _code_1229(
            _ship_70(
                "The regulation stays in force; the Code's 50,000–200,000 is higher, so by Code "
                "Art. 1055 the Code's fine applies."
            ),
        ),
        keyword="海洋",
    ),
    _obstruction(
        "radiation",
        "放射性",
        "radioactive pollution",
        basis(
            article(
                radiation.INSTRUMENT,
                49,
                "违反本法规定，有下列行为之一的，由县级以上人民政府环境保护行政主管部门或者其他有关"
                "部门依据职权责令限期改正，可以处二万元以下罚款：……（二）拒绝环境保护行政主管部门"
                "和其他有关部门进行现场检查，或者被检查时不如实反映情况和提供必要资料的。",
                item=2,
            ),
            cap(20_000, optional=True),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        _code_1229(),
        keyword="放射性",
    ),
    _obstruction(
        "carbon",
        "碳排放权交易",
        "carbon emission trading",
        basis(
            article(
                carbon.INSTRUMENT,
                26,
                "拒绝、阻碍生态环境主管部门或者其他负有监督管理职责的部门依法实施监督检查的，由生态"
                "环境主管部门或者其他负有监督管理职责的部门责令改正，处2万元以上20万元以下的罚款。",
                note="From 2024-05-01. Before, the MEE's 碳排放权交易管理办法（试行）, a "
                "departmental rule ecoreg does not encode.",
            ),
            yuan(20_000, 200_000),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
            until=_UNTIL_CODE,
        ),
        _code_1229(
            provision(
                article(
                    carbon.INSTRUMENT,
                    26,
                    "拒绝、阻碍生态环境主管部门或者其他负有监督管理职责的部门依法实施监督检查的，"
                    "由生态环境主管部门或者其他负有监督管理职责的部门责令改正，处2万元以上20万元"
                    "以下的罚款。",
                ),
                yuan(20_000, 200_000),
                note="碳排放权交易管理暂行条例 Art. 26 stays in force; the Code's 50,000–200,000 "
                "is higher, so by Code Art. 1055 the Code's fine applies. It applies only where "
                "the act was refusing or obstructing the inspection: falsifying during it or "
                "withholding documents, which Code Art. 1229 also fines, is not in Art. 26.",
                condition=(
                    "该行为系拒绝、阻碍生态环境主管部门或者其他负有监督管理职责的部门依法实施监督检查",
                    "the act was refusing or obstructing the inspection itself",
                ),
            ),
        ),
        keyword="碳排放",
    ),
    kind(
        "other.obstructing-inspection",
        "拒绝、阻挠监督检查和突发生态环境事件调查处理，或者弄虚作假、拒不提供必要资料（其他）",
        "inspection or emergency investigation refused or obstructed, falsified, or necessary "
        "documents withheld (other fields)",
        "other",
        basis(
            _CODE_1229.model_copy(
                update={
                    "note": _NEW_IN_CODE + " For inspections and emergency investigations no "
                    "repealed statute fined (ecological protection, EIA, emergency "
                    "investigations …); for the media, the kinds other.obstructing-inspection-*."
                }
            ),
            yuan(50_000, 200_000),
            persons=yuan(5000, 50_000),
            enforcers=("supervisory_departments", "public_security", "coast_guard"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        keywords=(
            "拒绝检查",
            "阻挠",
            "调查处理",
            "突发生态环境事件",
            "拒不提供资料",
            "obstruction",
        ),
    ),
    # ------------------------------------------------------------ Art. 1230
    kind(
        "other.service-institution-data-distorted",
        "生态环境技术服务机构未使用符合规定的设施、设备或者未遵守技术规范导致数据失真",
        "environmental technical service institution using non-compliant facilities or equipment, "
        "or breaking technical norms so that data are distorted",
        "other",
        basis(
            article(
                code.INSTRUMENT,
                1230,
                "违反本法规定，从事机动车船排放检验、土壤污染调查和评估、污染防治设施维护或者运营、"
                "固体废物或者危险废物鉴别等活动的生态环境技术服务机构，未使用符合法律、行政法规规定"
                "和国家标准的设施、设备，或者未遵守有关技术规范导致数据失真的，由负有生态环境保护"
                "监督管理职责的部门、机构按照职责分工责令改正，没收违法所得，并处二万元以上二十万元"
                "以下的罚款；拒不改正的，报经有批准权的人民政府批准，责令停业。",
                paragraph=1,
                note=_NEW_IN_CODE,
            ),
            yuan(20_000, 200_000),
            enforcers=("supervisory_departments",),
            measures=("order_correction", "confiscate_gains", "suspend"),
            daily_note=_NO_DAILY,
        ),
        keywords=(
            "技术服务机构",
            "数据失真",
            "排放检验",
            "运营维护",
            "service institution",
            "data",
        ),
    ),
    kind(
        "other.false-report-vehicle-emission-testing",
        "机动车排放检验机构伪造排放检验结果或者出具虚假排放检验报告",
        "vehicle emission testing body forging test results or issuing a false test report",
        "other",
        basis(
            article(
                air.INSTRUMENT,
                112,
                "违反本法规定，伪造机动车、非道路移动机械排放检验结果或者出具虚假排放检验报告的，由"
                "县级以上人民政府生态环境主管部门没收违法所得，并处十万元以上五十万元以下的罚款；"
                "情节严重的，由负责资质认定的部门取消其检验资格。",
                paragraph=1,
                note="Ships' test reports were left to the maritime agency (¶2), with no amount in "
                "this law.",
            ),
            yuan(100_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("confiscate_gains", "revoke_permit"),
            daily_note=_NO_DAILY,
        ),
        _code_1230_2(),
        keywords=("排放检验", "虚假报告", "检验机构", "机动车", "false report", "emission testing"),
    ),
    kind(
        "other.false-report-soil-survey",
        "受委托从事土壤污染状况调查、风险评估等活动的单位出具虚假报告",
        "body commissioned for soil pollution surveys or risk assessments issuing a false report",
        "other",
        basis(
            article(
                soil.INSTRUMENT,
                90,
                "违反本法规定，受委托从事土壤污染状况调查和土壤污染风险评估、风险管控效果评估、修复"
                "效果评估活动的单位，出具虚假调查报告、风险评估报告、风险管控效果评估报告、修复效果"
                "评估报告的，由地方人民政府生态环境主管部门处十万元以上五十万元以下的罚款；情节严重"
                "的，禁止从事上述业务，并处五十万元以上一百万元以下的罚款；有违法所得的，没收违法"
                "所得。……前款规定的单位出具虚假报告的，由地方人民政府生态环境主管部门对直接负责的"
                "主管人员和其他直接责任人员处一万元以上五万元以下的罚款；情节严重的，十年内禁止从事"
                "前款规定的业务；构成犯罪的，终身禁止从事前款规定的业务。",
                paragraph=1,
            ),
            tiers(
                band(yuan(500_000, 1_000_000), fact("serious"), zh="情节严重", en="serious"),
                band(yuan(100_000, 500_000)),
            ),
            persons=yuan(10_000, 50_000),
            enforcers=("ecology_environment",),
            measures=("business_ban", "confiscate_gains"),
            daily_note=_NO_DAILY,
        ),
        _code_1230_2(),
        keywords=("土壤污染状况调查", "风险评估", "虚假报告", "第三方", "false report", "soil"),
    ),
    kind(
        "other.false-report-service-institution",
        "生态环境技术服务机构在服务活动中弄虚作假、出具虚假报告（其他）",
        "environmental technical service institution falsifying its services or issuing a false "
        "report (other services)",
        "other",
        _code_1230_2(
            note=_NEW_IN_CODE + " For services no repealed statute fined (operation of pollution "
            "control facilities, identification of solid or hazardous waste …; 环境保护法 Art. 65 "
            "made them jointly liable in civil law only); vehicle testing and soil surveys have "
            "their own kinds."
        ),
        keywords=(
            "技术服务机构",
            "弄虚作假",
            "虚假报告",
            "运营维护",
            "危险废物鉴别",
            "false report",
        ),
    ),
    # ------------------------------------------------------------ Art. 1231
    kind(
        "other.livestock-waste-not-handled",
        "从事畜禽规模养殖未及时收集、贮存、清运、处理或者利用畜禽粪污、尸体等废弃物",
        "large-scale livestock farm not collecting, storing, removing, treating or using manure, "
        "carcasses and other waste in time",
        "other",
        basis(
            article(
                waste.INSTRUMENT,
                107,
                "从事畜禽规模养殖未及时收集、贮存、利用或者处置养殖过程中产生的畜禽粪污等固体废物的，"
                "由生态环境主管部门责令改正，可以处十万元以下的罚款；情节严重的，报经有批准权的人民"
                "政府批准，责令停业或者关闭。",
            ),
            cap(100_000, optional=True),
            enforcers=("ecology_environment",),
            measures=("order_correction", "close"),
            daily_note=_NO_DAILY,
        ),
        _code_1231(
            1,
            "（一）从事畜禽规模养殖未及时收集、贮存、清运、处理或者利用养殖过程中产生的畜禽粪污、"
            "尸体等废弃物；",
            daily_note="Failing to collect or treat waste is not itself a discharge: Code Art. "
            "1060 does not reach it (a discharge of the manure is item (3) or the water section).",
        ),
        keywords=("畜禽养殖", "畜禽粪污", "规模养殖", "尸体", "livestock", "manure"),
    ),
    kind(
        "other.livestock-fed-kitchen-waste",
        "畜禽养殖场利用未经无害化处理的厨余垃圾饲喂畜禽",
        "livestock farm feeding animals kitchen waste not rendered harmless",
        "other",
        basis(
            article(
                waste.INSTRUMENT,
                111,
                "违反本法规定，有下列行为之一，由县级以上地方人民政府环境卫生主管部门责令改正，处以"
                "罚款，没收违法所得：……（六）畜禽养殖场、养殖小区利用未经无害化处理的厨余垃圾饲喂"
                "畜禽的；……单位有前款第二项、第三项、第四项、第五项、第六项行为之一，处十万元以上"
                "一百万元以下的罚款；",
                paragraph=1,
                item=6,
                note="Only a unit (单位) is fined for item (6); the article sets no fine for an "
                "individual doing it (¶2 fines 个人 for items (1), (5) and (7) only), so the rule "
                "ends in no fine.",
            ),
            tiers(
                band(yuan(100_000, 1_000_000), fact("party_type", "unit"), zh="单位", en="a unit"),
                band(no_fine(), zh="个人", en="not a unit"),
            ),
            enforcers=("sanitation",),
            measures=("order_correction", "confiscate_gains"),
            daily_note=_NO_DAILY,
        ),
        _code_1231(
            2,
            "（二）畜禽养殖场利用未经无害化处理的厨余垃圾饲喂畜禽；",
            daily_note=_NO_DAILY,
        ),
        keywords=("厨余垃圾", "饲喂", "畜禽养殖场", "无害化处理", "kitchen waste", "livestock"),
    ),
    kind(
        "other.livestock-manure-into-irrigation-channel",
        "向农田灌溉渠道排放未综合利用的畜禽养殖粪污，致使下游灌溉取水点水质不达标",
        "livestock manure not used discharged into an irrigation channel, leaving the nearest "
        "downstream intake below the irrigation water standard",
        "other",
        basis(
            _LIVESTOCK_41,
            cap(50_000, optional=True),
            enforcers=("ecology_environment",),
            measures=("remedy",),
            daily_penalty=daily(epl.ART_59),
            daily_note="Discharging livestock waste untreated or over the standard is an unlawful "
            "discharge of pollutants: 环境保护法 Art. 59 reaches it once fined and ordered to "
            "correct (the regulation's order is 责令限期治理).",
            until=_UNTIL_CODE,
        ),
        _code_1231(
            3,
            "（三）向农田灌溉渠道排放未综合利用的畜禽养殖粪污，致使其下游最近的灌溉取水点的水质"
            "不符合农田灌溉用水水质标准。",
            daily_penalty=daily(code.ART_1060, obstruction_counts=True),
            daily_note="Discharging manure into an irrigation channel is an unlawful discharge by "
            "a producer: Code Art. 1060 reaches it once fined and ordered to correct.",
            concurrent=(
                provision(
                    _LIVESTOCK_41,
                    cap(50_000, optional=True),
                    note="畜禽规模养殖污染防治条例 stays in force beside the Code; the Code's "
                    "cap of 100,000 is higher, so by Code Art. 1055 the Code's fine applies. It "
                    "applies only where a farm or farming area (畜禽养殖场、养殖小区, its Art. 2) "
                    "discharged the manure untreated or over the standard or quota: the Code's "
                    "item reaches anyone, and manure not used (未综合利用) may have been treated.",
                    condition=(
                        (
                            "行为人系畜禽养殖场、养殖小区，且排放的粪污未经无害化处理，或者不符合污染物"
                            "排放标准、总量控制指标"
                        ),
                        (
                            "the offender is a livestock farm or farming area and the manure was "
                            "discharged without harmless treatment, or over the discharge standard or "
                            "the total quota"
                        ),
                    ),
                ),
            ),
        ),
        keywords=("畜禽养殖粪污", "灌溉渠道", "农田灌溉", "排放", "livestock manure", "irrigation"),
    ),
    # ------------------------------------------------------------ Art. 1232
    kind(
        "other.hazardous-waste-transit",
        "经中华人民共和国过境转移危险废物",
        "hazardous waste moved in transit through the PRC",
        "other",
        basis(
            article(
                waste.INSTRUMENT,
                116,
                "违反本法规定，经中华人民共和国过境转移危险废物的，由海关责令退运该危险废物，处五十"
                "万元以上五百万元以下的罚款。",
            ),
            yuan(500_000, 5_000_000),
            enforcers=("customs",),
            measures=("return_shipment",),
            daily_note=_NO_DAILY,
            concurrent=(
                provision(
                    article(
                        marine.INSTRUMENT,
                        100,
                        "违反本法规定，经中华人民共和国管辖海域，转移危险废物的，由国家海事管理机构"
                        "责令非法运输该危险废物的船舶退出中华人民共和国管辖海域，处五十万元以上五百"
                        "万元以下的罚款。",
                    ),
                    yuan(500_000, 5_000_000),
                    note="Only for transit through the sea areas under PRC jurisdiction (by ship), "
                    "from 2024-01-01; transit over land is outside it: the same range, so the "
                    "higher-fine rule (行政处罚法 Art. 29) makes no difference.",
                    condition=(
                        "危险废物经中华人民共和国管辖海域转移",
                        "the hazardous waste moved through the sea areas under PRC jurisdiction",
                    ),
                ),
            ),
        ),
        basis(
            article(
                code.INSTRUMENT,
                1232,
                "违反本法规定，经中华人民共和国过境转移危险废物，以及将放射性废物和被放射性污染的"
                "物品输入中华人民共和国境内或者经境内转移的，由海关、海事管理机构按照职责分工责令"
                "退运或者责令非法运输该危险废物的船舶退出中华人民共和国管辖海域，并处五十万元以上"
                "五百万元以下的罚款。",
                paragraph=1,
            ),
            yuan(500_000, 5_000_000),
            enforcers=("customs", "maritime"),
            measures=("return_shipment", "order_stop"),
            daily_note=_NO_DAILY,
        ),
        keywords=("危险废物", "过境转移", "退运", "海关", "hazardous waste", "transit"),
    ),
    kind(
        "other.radioactive-waste-imported",
        "将放射性废物和被放射性污染的物品输入境内或者经境内转移",
        "radioactive waste or contaminated articles imported into or moved through the PRC",
        "other",
        basis(
            article(
                radiation.INSTRUMENT,
                58,
                "向中华人民共和国境内输入放射性废物和被放射性污染的物品，或者经中华人民共和国境内"
                "转移放射性废物和被放射性污染的物品的，由海关责令退运该放射性废物和被放射性污染的"
                "物品，并处五十万元以上一百万元以下罚款；",
            ),
            yuan(500_000, 1_000_000),
            enforcers=("customs",),
            measures=("return_shipment",),
            daily_note=_NO_DAILY,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1232,
                "违反本法规定，经中华人民共和国过境转移危险废物，以及将放射性废物和被放射性污染的"
                "物品输入中华人民共和国境内或者经境内转移的，由海关、海事管理机构按照职责分工责令"
                "退运或者责令非法运输该危险废物的船舶退出中华人民共和国管辖海域，并处五十万元以上"
                "五百万元以下的罚款。",
                paragraph=1,
            ),
            yuan(500_000, 5_000_000),
            enforcers=("customs", "maritime"),
            measures=("return_shipment",),
            daily_note=_NO_DAILY,
        ),
        keywords=("放射性废物", "输入", "境内转移", "退运", "radioactive waste", "import"),
    ),
    kind(
        "other.hazardous-waste-moved-through-sea-areas",
        "未事先取得国务院生态环境主管部门书面同意，经管辖的其他海域转移危险废物",
        "hazardous waste moved through other sea areas under PRC jurisdiction without the MEE's "
        "prior written consent",
        "other",
        basis(
            article(
                marine.INSTRUMENT_2017,
                78,
                "违反本法第三十九条第二款的规定，经中华人民共和国管辖海域，转移危险废物的，由国家"
                "海事行政主管部门责令非法运输该危险废物的船舶退出中华人民共和国管辖海域，并处五万元"
                "以上五十万元以下的罚款。",
            ),
            yuan(50_000, 500_000),
            enforcers=("maritime",),
            measures=("order_stop",),
            daily_note=_NO_DAILY,
        ),
        basis(
            article(
                marine.INSTRUMENT,
                100,
                "违反本法规定，经中华人民共和国管辖海域，转移危险废物的，由国家海事管理机构责令非法"
                "运输该危险废物的船舶退出中华人民共和国管辖海域，处五十万元以上五百万元以下的罚款。",
            ),
            yuan(500_000, 5_000_000),
            enforcers=("maritime",),
            measures=("order_stop",),
            daily_note=_NO_DAILY,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1232,
                "违反本法规定，未事先取得国务院生态环境主管部门书面同意，经中华人民共和国管辖的其他"
                "海域转移危险废物的，由海事管理机构责令非法运输该危险废物的船舶退出中华人民共和国"
                "管辖海域，处五十万元以上五百万元以下的罚款。",
                paragraph=2,
                note="Ordering the ship out of PRC waters is recorded as order_stop.",
            ),
            yuan(500_000, 5_000_000),
            enforcers=("maritime",),
            measures=("order_stop",),
            daily_note=_NO_DAILY,
        ),
        keywords=("危险废物", "管辖海域", "船舶", "书面同意", "hazardous waste", "sea transfer"),
    ),
    # ------------------------------------------------------------ Art. 1233
    kind(
        "other.no-pollution-responsibility-system",
        "排放污染物的企业事业单位未建立污染防治责任制度",
        "discharging unit without a pollution-prevention responsibility system",
        "other",
        basis(
            article(
                code.INSTRUMENT,
                1233,
                "违反本法规定，排放污染物的企业事业单位未建立污染防治责任制度的，由负有生态环境保护"
                "监督管理职责的部门、机构按照职责分工责令改正；拒不改正的，处二万元以上二十万元以下"
                "的罚款；情节严重的，可以责令限制生产、停产整治。",
                note=_NEW_IN_CODE + " 环境保护法 Art. 42 ¶2 set the duty without a fine.",
            ),
            _refused(yuan(20_000, 200_000)),
            enforcers=("supervisory_departments",),
            measures=("order_correction", "restrict_production"),
            daily_note=_NO_DAILY,
        ),
        keywords=("污染防治责任制度", "责任制度", "环境管理制度", "responsibility system"),
    ),
    # ------------------------------------------------------------ Art. 1234
    kind(
        "other.ecological-access-list-breached-marine",
        "违反生态环境准入清单进行生产建设活动（海洋）",
        "production or construction against the ecological environment access list (marine)",
        "other",
        basis(
            article(
                marine.INSTRUMENT,
                102,
                "违反生态环境准入清单进行生产建设活动的，由依照本法规定行使海洋环境监督管理权的部门"
                "或者机构责令停止违法行为，限期拆除并恢复原状，所需费用由违法者承担，处五十万元以上"
                "五百万元以下的罚款，对直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的"
                "罚款；情节严重的，报经有批准权的人民政府批准，责令关闭。",
                paragraph=2,
                note=_MARINE_2023_NEW,
            ),
            yuan(500_000, 5_000_000),
            persons=yuan(50_000, 100_000),
            enforcers=("supervisory_departments",),
            measures=("order_stop", "demolish", "remedy", "close"),
            daily_note=_NO_DAILY,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1234,
                "违反本法规定，未按照生态环境准入清单的规定进行生产建设活动的，由生态环境主管部门、"
                "自然资源主管部门按照职责分工，责令停止违法行为，没收违法所得，限期拆除并恢复原状，"
                "所需费用由违法者承担，并处五十万元以上五百万元以下的罚款，对直接负责的主管人员和"
                "其他直接责任人员处五万元以上十万元以下的罚款；情节严重的，报经有批准权的人民政府"
                "批准，责令停业、关闭。",
            ),
            yuan(500_000, 5_000_000),
            persons=yuan(50_000, 100_000),
            enforcers=("ecology_environment", "natural_resources"),
            measures=("order_stop", "confiscate_gains", "demolish", "remedy", "close"),
            daily_note=_NO_DAILY,
        ),
        keywords=("生态环境准入清单", "准入清单", "生产建设活动", "海洋", "access list", "marine"),
    ),
    kind(
        "other.ecological-access-list-breached",
        "未按照生态环境准入清单的规定进行生产建设活动（其他）",
        "production or construction not following the ecological environment access list "
        "(other areas)",
        "other",
        basis(
            article(
                code.INSTRUMENT,
                1234,
                "违反本法规定，未按照生态环境准入清单的规定进行生产建设活动的，由生态环境主管部门、"
                "自然资源主管部门按照职责分工，责令停止违法行为，没收违法所得，限期拆除并恢复原状，"
                "所需费用由违法者承担，并处五十万元以上五百万元以下的罚款，对直接负责的主管人员和"
                "其他直接责任人员处五万元以上十万元以下的罚款；情节严重的，报经有批准权的人民政府"
                "批准，责令停业、关闭。",
                note=_NEW_IN_CODE + " Outside the sea areas (海洋环境保护法 (2023) Art. 102 ¶2 "
                "fined it there: kind other.ecological-access-list-breached-marine).",
            ),
            yuan(500_000, 5_000_000),
            persons=yuan(50_000, 100_000),
            enforcers=("ecology_environment", "natural_resources"),
            measures=("order_stop", "confiscate_gains", "demolish", "remedy", "close"),
            daily_note=_NO_DAILY,
        ),
        keywords=("生态环境准入清单", "准入清单", "三线一单", "生产建设活动", "access list"),
    ),
    # ------------------------------------------------------------ Art. 1235
    kind(
        "other.no-emergency-plan-water",
        "未制定水污染事故的应急预案",
        "no emergency plan for water pollution accidents",
        "other",
        basis(
            article(
                water.INSTRUMENT,
                93,
                "企业事业单位有下列行为之一的，由县级以上人民政府环境保护主管部门责令改正；情节严重"
                "的，处二万元以上十万元以下的罚款：（一）不按照规定制定水污染事故的应急方案的；",
                item=1,
            ),
            _serious(yuan(20_000, 100_000)),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        _code_1235(1, "（一）未制定环境污染、生态破坏事故或者突发生态环境事件的应急预案；"),
        keywords=("应急预案", "应急方案", "水污染事故", "突发环境事件", "emergency plan", "water"),
    ),
    kind(
        "other.no-emergency-plan-radiation",
        "未制定放射性污染事故应急计划或者应急措施",
        "no emergency plan or measures for radioactive pollution accidents",
        "other",
        _radiation_55(
            2,
            "（二）不按照规定建立健全安全保卫制度和制定事故应急计划或者应急措施的；",
            "The emergency-plan part of item (2); the security-system part moved to Code Art. "
            "1196 (2).",
        ),
        _code_1235(1, "（一）未制定环境污染、生态破坏事故或者突发生态环境事件的应急预案；"),
        keywords=("应急计划", "应急预案", "放射性", "事故", "emergency plan", "radioactive"),
    ),
    kind(
        "other.no-emergency-plan-marine",
        "未按照有关规定制定应急预案（海洋）",
        "no emergency plan as required (marine)",
        "other",
        _marine_94_3(),
        _code_1235(1, "（一）未制定环境污染、生态破坏事故或者突发生态环境事件的应急预案；"),
        keywords=("应急预案", "海洋", "溢油", "突发环境事件", "emergency plan", "marine"),
    ),
    kind(
        "other.no-emergency-plan",
        "未制定环境污染、生态破坏事故或者突发生态环境事件的应急预案（其他）",
        "no emergency plan for pollution or ecological damage accidents or environmental "
        "emergencies (other fields)",
        "other",
        _code_1235(
            1,
            "（一）未制定环境污染、生态破坏事故或者突发生态环境事件的应急预案；",
            note=_NEW_IN_CODE + " 环境保护法 Art. 47 ¶3 set the duty without a fine (the MEE's "
            "突发环境事件应急管理办法, a departmental rule, is not encoded); a missing hazardous-"
            "waste accident plan is fined in the solid-waste section.",
        ),
        keywords=("应急预案", "突发环境事件", "未制定", "emergency plan"),
    ),
    kind(
        "other.emergency-plan-not-filed-marine",
        "应急预案未报备案（海洋）",
        "emergency plan not filed (marine)",
        "other",
        _marine_94_3(),
        _code_1235(2, "（二）应急预案未报备案；"),
        keywords=("应急预案", "备案", "海洋", "emergency plan", "filing"),
    ),
    kind(
        "other.emergency-plan-not-filed",
        "应急预案未报备案（其他）",
        "emergency plan not filed (other fields)",
        "other",
        _code_1235(2, "（二）应急预案未报备案；", note=_NEW_IN_CODE),
        keywords=("应急预案", "备案", "突发环境事件", "emergency plan", "filing"),
    ),
    kind(
        "other.no-emergency-equipment-marine",
        "未按照有关规定配备应急设备、器材（海洋）",
        "emergency equipment and materials not provided as required (marine)",
        "other",
        _marine_94_3(),
        _code_1235(3, "（三）未配备应急设备、器材。"),
        keywords=("应急设备", "应急器材", "海洋", "emergency equipment"),
    ),
    kind(
        "other.no-emergency-equipment",
        "未配备应急设备、器材（其他）",
        "emergency equipment and materials not provided (other fields)",
        "other",
        _code_1235(3, "（三）未配备应急设备、器材。", note=_NEW_IN_CODE),
        keywords=("应急设备", "应急器材", "突发环境事件", "emergency equipment"),
    ),
    # ------------------------------------------------------------ Art. 1236
    _accident(
        "air",
        "大气",
        "air",
        basis(
            article(
                air.INSTRUMENT,
                122,
                "违反本法规定，造成大气污染事故的，由县级以上人民政府生态环境主管部门依照本条第二款"
                "的规定处以罚款；对直接负责的主管人员和其他直接责任人员可以处上一年度从本企业事业"
                "单位取得收入百分之五十以下的罚款。……对造成一般或者较大大气污染事故的，按照污染事故"
                "造成直接损失的一倍以上三倍以下计算罚款；对造成重大或者特大大气污染事故的，按照污染"
                "事故造成的直接损失的三倍以上五倍以下计算罚款。",
                paragraph=1,
                note=_PERSONS_OPTIONAL,
            ),
            _multiple_by_grade(),
            persons=share("prior_year_income", None, "0.5", optional=True),
            enforcers=("ecology_environment",),
            daily_note=_ACCIDENT_DAILY_NO,
        ),
        _code_1236(),
        kw="大气污染事故",
    ),
    _accident(
        "water",
        "水",
        "water",
        basis(
            article(
                water.INSTRUMENT,
                94,
                "企业事业单位违反本法规定，造成水污染事故的，除依法承担赔偿责任外，由县级以上人民"
                "政府环境保护主管部门依照本条第二款的规定处以罚款，责令限期采取治理措施，消除污染；"
                "未按照要求采取治理措施或者不具备治理能力的，由环境保护主管部门指定有治理能力的单位"
                "代为治理，所需费用由违法者承担；对造成重大或者特大水污染事故的，还可以报经有批准权"
                "的人民政府批准，责令关闭；对直接负责的主管人员和其他直接责任人员可以处上一年度从"
                "本单位取得的收入百分之五十以下的罚款；……对造成一般或者较大水污染事故的，按照水污染"
                "事故造成的直接损失的百分之二十计算罚款；对造成重大或者特大水污染事故的，按照水污染"
                "事故造成的直接损失的百分之三十计算罚款。……造成渔业污染事故或者渔业船舶造成水污染"
                "事故的，由渔业主管部门进行处罚；其他船舶造成水污染事故的，由海事管理机构进行处罚。",
                paragraph=1,
                note="The fine is a fixed share of the direct loss (20 % or 30 %), written as a "
                "share from and to the same percentage. " + _PERSONS_OPTIONAL,
            ),
            _share_by_grade(),
            persons=share("prior_year_income", None, "0.5", optional=True),
            enforcers=("ecology_environment", "fishery", "maritime"),
            measures=("remedy", "proxy_remediation", "close"),
            daily_note=_ACCIDENT_DAILY_NO,
        ),
        _code_1236(),
        kw="水污染事故",
    ),
    _accident(
        "solid-waste",
        "固体废物",
        "solid waste",
        basis(
            article(
                waste.INSTRUMENT,
                118,
                "违反本法规定，造成固体废物污染环境事故的，除依法承担赔偿责任外，由生态环境主管部门"
                "依照本条第二款的规定处以罚款，责令限期采取治理措施；造成重大或者特大固体废物污染"
                "环境事故的，还可以报经有批准权的人民政府批准，责令关闭。……造成一般或者较大固体废物"
                "污染环境事故的，按照事故造成的直接经济损失的一倍以上三倍以下计算罚款；造成重大或者"
                "特大固体废物污染环境事故的，按照事故造成的直接经济损失的三倍以上五倍以下计算罚款，"
                "并对法定代表人、主要负责人、直接负责的主管人员和其他责任人员处上一年度从本单位取得"
                "的收入百分之五十以下的罚款。",
                paragraph=1,
                note="The persons are fined (mandatory: 并对……处) only for a major or especially "
                "major accident; for a general or large one the persons' rule ends in no fine.",
            ),
            _multiple_by_grade(),
            persons=tiers(
                band(
                    share("prior_year_income", None, "0.5"),
                    fact("accident_grade", "major"),
                    zh="重大",
                    en="major",
                ),
                band(
                    share("prior_year_income", None, "0.5"),
                    fact("accident_grade", "especially_major"),
                    zh="特大",
                    en="especially major",
                ),
                band(no_fine(), zh="一般或者较大", en="general or large"),
            ),
            persons_zh="法定代表人、主要负责人、直接负责的主管人员和其他责任人员",
            enforcers=("ecology_environment",),
            measures=("remedy", "close"),
            daily_note=_ACCIDENT_DAILY_NO,
        ),
        _code_1236(),
        kw="固体废物污染事故",
    ),
    _accident(
        "marine",
        "海洋",
        "marine",
        basis(
            article(
                marine.INSTRUMENT_2017,
                90,
                "对违反本法规定，造成海洋环境污染事故的单位，除依法承担赔偿责任外，由依照本法规定"
                "行使海洋环境监督管理权的部门依照本条第二款的规定处以罚款；对直接负责的主管人员和"
                "其他直接责任人员可以处上一年度从本单位取得收入百分之五十以下的罚款；……对造成一般"
                "或者较大海洋环境污染事故的，按照直接损失的百分之二十计算罚款；对造成重大或者特大"
                "海洋环境污染事故的，按照直接损失的百分之三十计算罚款。",
                paragraph=1,
                note=_PERSONS_OPTIONAL,
            ),
            _share_by_grade(),
            persons=share("prior_year_income", None, "0.5", optional=True),
            enforcers=("supervisory_departments",),
            daily_note=_ACCIDENT_DAILY_NO,
        ),
        basis(
            article(
                marine.INSTRUMENT,
                115,
                "对违反本法规定，造成海洋环境污染、生态破坏事故的单位，除依法承担赔偿责任外，由依照"
                "本法规定行使海洋环境监督管理权的部门或者机构处以罚款；对直接负责的主管人员和其他"
                "直接责任人员可以处上一年度从本单位取得收入百分之五十以下的罚款；……对造成一般或者"
                "较大海洋环境污染、生态破坏事故的，按照直接损失的百分之二十计算罚款；对造成重大或者"
                "特大海洋环境污染、生态破坏事故的，按照直接损失的百分之三十计算罚款。",
                paragraph=1,
                note=_PERSONS_OPTIONAL,
            ),
            _share_by_grade(),
            persons=share("prior_year_income", None, "0.5", optional=True),
            enforcers=("supervisory_departments",),
            daily_note=_ACCIDENT_DAILY_NO,
        ),
        _code_1236(),
        kw="海洋污染事故",
    ),
    _accident(
        "other",
        "其他",
        "other fields",
        _code_1236(
            note=_NEW_IN_CODE + " For accidents no repealed statute fined (soil, radioactive "
            "pollution, ecological damage outside the sea …); air, water, solid-waste and marine "
            "accidents have their own kinds. A radiation accident (辐射事故) was fined 50,000–"
            "200,000 by 放射性同位素与射线装置安全和防护条例 Art. 61, an administrative "
            "regulation that ecoreg does not encode: an act before 2026-08-15 must be decided "
            "under it outside ecoreg."
        ),
        kw="生态破坏事故",
    ),
    # ------------------------------------------------------------ Art. 1237
    kind(
        "other.incident-not-reported-marine",
        "因事故或者突发性事件造成或者可能造成海洋环境污染、生态破坏事件，未按照规定通报或者报告",
        "marine pollution or ecological incident from an accident or emergency not notified or "
        "reported as required",
        "other",
        basis(
            article(
                marine.INSTRUMENT_2017,
                74,
                "违反本法有关规定，有下列行为之一的，由依照本法规定行使海洋环境监督管理权的部门予以"
                "警告，或者处以罚款：……（二）发生事故或者其他突发性事件不按照规定报告的；……有前款"
                "第（二）、（四）项行为之一的，处五万元以下的罚款。",
                paragraph=1,
                item=2,
                note="A warning or a fine (予以警告，或者处以罚款): the fine is optional.",
            ),
            cap(50_000, optional=True),
            enforcers=("supervisory_departments",),
            measures=("warning",),
            daily_note=_NO_DAILY,
            concurrent=(
                _ship_68(
                    "Its maximum is higher than this article's 50,000, so by the higher-fine rule "
                    "(行政处罚法 Art. 29 from 2021-07-15) the regulation's fine applies."
                ),
            ),
        ),
        _marine_94(
            2,
            "（二）因发生事故或者其他突发性事件，造成或者可能造成海洋环境污染、生态破坏事件，"
            "未按照规定通报或者报告的；",
            "有前款第二项行为的，处五万元以上五十万元以下的罚款，对直接负责的主管人员和其他直接"
            "责任人员处一万元以上十万元以下的罚款，并可以暂扣或者吊销相关任职资格许可；",
            None,
            _ship_68(
                "The marine law's 50,000–500,000 is higher, so by the higher-fine rule (行政处罚法 "
                "Art. 29) the marine law's fine applies."
            ),
        ),
        _code_1237(
            1,
            "（一）未及时通报或者报告；",
            None,
            _ship_68(
                "The regulation stays in force; the Code's 50,000–500,000 is higher, so by Code "
                "Art. 1055 the Code's fine applies."
            ),
        ),
        keywords=("未报告", "通报", "突发事件", "海洋", "incident report", "marine"),
    ),
    kind(
        "other.incident-not-reported-radiation",
        "不按照规定报告放射性污染事故",
        "radioactive pollution accident not reported as required",
        "other",
        _radiation_55(
            3,
            "（三）不按照规定报告放射源丢失、被盗情况或者放射性污染事故的。",
            "The accident part of item (3); not reporting a lost or stolen source moved to Code "
            "Art. 1200.",
        ),
        _code_1237(1, "（一）未及时通报或者报告；"),
        keywords=("放射性污染事故", "未报告", "突发事件", "radioactive", "incident report"),
    ),
    kind(
        "other.incident-not-reported",
        "因事故或者突发性事件造成或者可能造成环境污染、生态破坏事件，未及时通报或者报告（其他）",
        "pollution or ecological incident from an accident or emergency not notified or reported "
        "in time (other fields)",
        "other",
        _code_1237(1, "（一）未及时通报或者报告；", note=_NEW_IN_CODE),
        keywords=("未报告", "未通报", "突发环境事件", "事故", "incident report"),
    ),
    kind(
        "other.no-immediate-measures-marine",
        "因事故或者突发性事件造成或者可能造成海洋环境污染、生态破坏事件，未立即采取有效措施或者逃逸",
        "no immediate effective measures, or flight, after an accident or emergency causing or "
        "threatening a marine pollution or ecological incident",
        "other",
        basis(
            article(
                marine.INSTRUMENT_2017,
                73,
                "违反本法有关规定，有下列行为之一的，由依照本法规定行使海洋环境监督管理权的部门责令"
                "停止违法行为、限期改正或者责令采取限制生产、停产整治等措施，并处以罚款；拒不改正的，"
                "依法作出处罚决定的部门可以自责令改正之日的次日起，按照原罚款数额按日连续处罚；情节"
                "严重的，报经有批准权的人民政府批准，责令停业、关闭：……（四）因发生事故或者其他突发"
                "性事件，造成海洋环境污染事故，不立即采取处理措施的。……有前款第（二）、（四）项行为"
                "之一的，处二万元以上十万元以下的罚款。",
                paragraph=1,
                item=4,
            ),
            yuan(20_000, 100_000),
            enforcers=("supervisory_departments",),
            measures=("order_stop", "order_correction", "restrict_production", "close"),
            daily_penalty=daily(_MARINE_2017_73_DAILY),
            daily_note="海洋环境保护法 (2017) Art. 73 ¶1 itself allows the daily penalty for its "
            "items, item (4) included, on a refusal to correct.",
            concurrent=(
                _ship_67(
                    "The same range as this item's 20,000–100,000: the higher-fine rule (行政处罚法 "
                    "Art. 29 from 2021-07-15) makes no difference to the unit's fine; the "
                    "regulation also fines the persons."
                ),
            ),
        ),
        _marine_94(
            4,
            "（四）因发生事故或者其他突发性事件，造成或者可能造成海洋环境污染、生态破坏事件，未立即"
            "采取有效措施或者逃逸的；",
            _MARINE_94_45,
            None,
            _ship_67(
                "The marine law's 200,000–2,000,000 is higher, so by the higher-fine rule (行政处罚法 "
                "Art. 29) the marine law's fine applies."
            ),
        ),
        _code_1237(
            2,
            "（二）未立即采取有效措施或者逃逸；",
            None,
            _ship_67(
                "The regulation stays in force; the Code's 200,000–2,000,000 is higher, so by Code "
                "Art. 1055 the Code's fine applies."
            ),
        ),
        keywords=("应急措施", "逃逸", "突发事件", "海洋", "emergency measures", "marine"),
    ),
    kind(
        "other.no-immediate-measures-water",
        "水污染事故发生后，未及时启动应急方案，采取有关应急措施",
        "emergency plan not started and emergency measures not taken in time after a water "
        "pollution accident",
        "other",
        basis(
            article(
                water.INSTRUMENT,
                93,
                "企业事业单位有下列行为之一的，由县级以上人民政府环境保护主管部门责令改正；情节严重"
                "的，处二万元以上十万元以下的罚款：……（二）水污染事故发生后，未及时启动水污染事故"
                "的应急方案，采取有关应急措施的。",
                item=2,
            ),
            _serious(yuan(20_000, 100_000)),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        _code_1237(2, "（二）未立即采取有效措施或者逃逸；"),
        keywords=("应急措施", "应急方案", "水污染事故", "突发事件", "emergency measures", "water"),
    ),
    kind(
        "other.no-immediate-measures",
        "因事故或者突发性事件造成或者可能造成环境污染、生态破坏事件，未立即采取有效措施或者逃逸"
        "（其他）",
        "no immediate effective measures, or flight, after an accident or emergency causing or "
        "threatening a pollution or ecological incident (other fields)",
        "other",
        _code_1237(2, "（二）未立即采取有效措施或者逃逸；", note=_NEW_IN_CODE),
        keywords=("应急措施", "逃逸", "突发环境事件", "事故", "emergency measures"),
    ),
    kind(
        "other.disaster-aggravated-marine",
        "未采取必要应对措施，造成海洋生态灾害危害扩大",
        "necessary response measures not taken, so that the harm of a marine ecological disaster "
        "spread",
        "other",
        _marine_94(
            5,
            "（五）未采取必要应对措施，造成海洋生态灾害危害扩大的。",
            _MARINE_94_45,
            note=_MARINE_2023_NEW,
        ),
        _code_1237(3, "（三）未采取必要应对措施，造成生态灾害危害扩大。"),
        keywords=("生态灾害", "应对措施", "危害扩大", "海洋", "ecological disaster", "marine"),
    ),
    kind(
        "other.disaster-aggravated",
        "未采取必要应对措施，造成生态灾害危害扩大（其他）",
        "necessary response measures not taken, so that the harm of an ecological disaster "
        "spread (other fields)",
        "other",
        _code_1237(3, "（三）未采取必要应对措施，造成生态灾害危害扩大。", note=_NEW_IN_CODE),
        keywords=("生态灾害", "应对措施", "危害扩大", "ecological disaster"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (
    unfined(1228, "The section's scope article: it fines nobody."),
    unfined(
        1238,
        "Retaliation against an informant: liability under other laws (应当依照有关法律的规定"
        "承担责任); the Code sets no fine.",
    ),
)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
