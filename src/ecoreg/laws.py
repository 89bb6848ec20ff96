"""The national laws ecoreg applies, and the articles it cites.

Each constant is an `ecoreg.Instrument` (a law with its document number and
date in force) or an `ecoreg.Citation` of one of its articles, with the
article's words quoted where a rule depends on them. Rules cite these
constants; decisions carry them, so an enterprise can look the text up.

Example:
    >>> from ecoreg import laws
    >>> laws.APL_ART_85.label_zh
    '《中华人民共和国行政处罚法》第八十五条'
"""

from __future__ import annotations

import datetime as dt

from ecoreg._citations import Citation, Instrument

__all__ = [
    "ACL_ART_69",
    "ADMINISTRATIVE_COMPULSION_LAW",
    "ADMINISTRATIVE_PENALTY_LAW",
    "AIR_POLLUTION_LAW",
    "APL_ART_32",
    "APL_ART_33",
    "APL_ART_36",
    "APL_ART_66",
    "APL_ART_67",
    "APL_ART_72_1",
    "APL_ART_72_2",
    "APL_ART_85",
    "CIVIL_CODE",
    "CIVIL_CODE_ART_201",
    "CIVIL_CODE_ART_202",
    "CIVIL_CODE_ART_203",
    "DISCRETION_GUIDANCE_2019",
    "ECOREG_DEFAULTS",
    "ECO_PENALTY_MEASURES",
    "ENVIRONMENTAL_PROTECTION_LAW",
    "EPL_ART_59",
    "PERMIT_REGULATION",
    "WATER_POLLUTION_LAW",
]

ADMINISTRATIVE_PENALTY_LAW = Instrument(
    id="cn.administrative-penalty-law.2021",
    name_zh="中华人民共和国行政处罚法",
    name_en="Administrative Penalty Law of the PRC",
    number="中华人民共和国主席令第七十号",
    issuer_zh="全国人民代表大会常务委员会",
    # Revised 2021-01-22 by the 25th session of the 13th NPC Standing Committee,
    # in force from 2021-07-15.
    in_force=dt.date(2021, 7, 15),
)
"""行政处罚法 (2021 revision)."""

ADMINISTRATIVE_COMPULSION_LAW = Instrument(
    id="cn.administrative-compulsion-law.2011",
    name_zh="中华人民共和国行政强制法",
    name_en="Administrative Compulsion Law of the PRC",
    number="中华人民共和国主席令第四十九号",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2012, 1, 1),
)
"""行政强制法."""

CIVIL_CODE = Instrument(
    id="cn.civil-code.2020",
    name_zh="中华人民共和国民法典",
    name_en="Civil Code of the PRC",
    number="中华人民共和国主席令第四十五号",
    issuer_zh="全国人民代表大会",
    in_force=dt.date(2021, 1, 1),
)
"""民法典: its Book One, Chapter X sets the general rules for counting periods."""

AIR_POLLUTION_LAW = Instrument(
    id="cn.air-pollution-law.2018",
    name_zh="中华人民共和国大气污染防治法",
    name_en="Air Pollution Prevention and Control Law of the PRC",
    number="中华人民共和国主席令第十六号",
    issuer_zh="全国人民代表大会常务委员会",
    # 2018 amendment, in force 2018-10-26 (the 2015 revision took effect 2016-01-01).
    in_force=dt.date(2018, 10, 26),
)
"""大气污染防治法."""

WATER_POLLUTION_LAW = Instrument(
    id="cn.water-pollution-law.2017",
    name_zh="中华人民共和国水污染防治法",
    name_en="Water Pollution Prevention and Control Law of the PRC",
    number="中华人民共和国主席令第七十号（2017）",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2018, 1, 1),
)
"""水污染防治法 (2017 amendment)."""

PERMIT_REGULATION = Instrument(
    id="cn.pollutant-discharge-permit-regulation.2021",
    name_zh="排污许可管理条例",
    name_en="Regulation on the Administration of Pollutant Discharge Permits",
    number="中华人民共和国国务院令第736号",
    issuer_zh="国务院",
    in_force=dt.date(2021, 3, 1),
)
"""排污许可管理条例."""

ENVIRONMENTAL_PROTECTION_LAW = Instrument(
    id="cn.environmental-protection-law.2014",
    name_zh="中华人民共和国环境保护法",
    name_en="Environmental Protection Law of the PRC",
    number="中华人民共和国主席令第九号",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2015, 1, 1),
)
"""环境保护法 (2014 revision)."""

ECO_PENALTY_MEASURES = Instrument(
    id="cn.mee-order-30.2023",
    name_zh="生态环境行政处罚办法",
    name_en="Measures on Ecological and Environmental Administrative Penalties",
    number="生态环境部令第30号",
    issuer_zh="生态环境部",
    in_force=dt.date(2023, 7, 1),
)
"""生态环境行政处罚办法 (MEE Order No. 30)."""

DISCRETION_GUIDANCE_2019 = Instrument(
    id="cn.mee-discretion-guidance.2019",
    name_zh="关于进一步规范适用环境行政处罚自由裁量权的指导意见",
    name_en="Guidance on further standardizing discretion in environmental administrative "
    "penalties",
    number="环执法〔2019〕42号",
    issuer_zh="生态环境部",
    in_force=dt.date(2019, 5, 21),
)
"""环执法〔2019〕42号: discretion factors and aggravating circumstances (second-hand)."""

ECOREG_DEFAULTS = Instrument(
    id="ecoreg.defaults",
    name_zh="ecoreg 默认参数",
    name_en="ecoreg documented defaults",
    issuer_zh="ecoreg",
    in_force=dt.date(2021, 7, 15),
)
"""Not a law: the documented defaults ecoreg picks where no source fixes a number.

A citation of this instrument always has a ``note`` saying why the default was
chosen, and a jurisdiction replaces it with its own measure.
"""

APL_ART_33 = Citation(
    instrument=ADMINISTRATIVE_PENALTY_LAW,
    article=33,
    quote_zh=(
        "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。"
        "初次违法且危害后果轻微并及时改正的，可以不予行政处罚。"
        "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。"
        "对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育。"
    ),
)
APL_ART_32 = Citation(
    instrument=ADMINISTRATIVE_PENALTY_LAW,
    article=32,
    quote_zh=(
        "当事人有下列情形之一，应当从轻或者减轻行政处罚：（一）主动消除或者减轻违法行为危害后果的；"
        "（二）受他人胁迫或者诱骗实施违法行为的；（三）主动供述行政机关尚未掌握的违法行为的；"
        "（四）配合行政机关查处违法行为有立功表现的；（五）法律、法规、规章规定其他应当从轻或者减轻"
        "行政处罚的。"
    ),
)
APL_ART_36 = Citation(
    instrument=ADMINISTRATIVE_PENALTY_LAW,
    article=36,
    quote_zh=(
        "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，"
        "上述期限延长至五年。法律另有规定的除外。前款规定的期限，从违法行为发生之日起计算；"
        "违法行为有连续或者继续状态的，从行为终了之日起计算。"
    ),
)
APL_ART_66 = Citation(
    instrument=ADMINISTRATIVE_PENALTY_LAW,
    article=66,
    paragraph=2,
    quote_zh=(
        "当事人确有经济困难，需要延期或者分期缴纳罚款的，经当事人申请和行政机关批准，"
        "可以暂缓或者分期缴纳。"
    ),
)
APL_ART_67 = Citation(
    instrument=ADMINISTRATIVE_PENALTY_LAW,
    article=67,
    paragraph=3,
    quote_zh="当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。",
)
APL_ART_72_1 = Citation(
    instrument=ADMINISTRATIVE_PENALTY_LAW,
    article=72,
    paragraph=1,
    item=1,
    quote_zh="到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。",
)
APL_ART_72_2 = Citation(
    instrument=ADMINISTRATIVE_PENALTY_LAW,
    article=72,
    paragraph=2,
    quote_zh=(
        "行政机关批准延期、分期缴纳罚款的，申请人民法院强制执行的期限，"
        "自暂缓或者分期缴纳罚款期限结束之日起计算。"
    ),
)
APL_ART_85 = Citation(
    instrument=ADMINISTRATIVE_PENALTY_LAW,
    article=85,
    quote_zh="本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。",
)
ACL_ART_69 = Citation(
    instrument=ADMINISTRATIVE_COMPULSION_LAW,
    article=69,
    quote_zh="本法中十日以内期限的规定是指工作日，不含法定节假日。",
)
CIVIL_CODE_ART_201 = Citation(
    instrument=CIVIL_CODE,
    article=201,
    quote_zh=(
        "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。"
        "按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。"
    ),
)
CIVIL_CODE_ART_202 = Citation(
    instrument=CIVIL_CODE,
    article=202,
    quote_zh="按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
)
CIVIL_CODE_ART_203 = Citation(
    instrument=CIVIL_CODE,
    article=203,
    quote_zh=(
        "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。"
        "期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。"
    ),
)
EPL_ART_59 = Citation(
    instrument=ENVIRONMENTAL_PROTECTION_LAW,
    article=59,
    paragraph=1,
    quote_zh=(
        "企业事业单位和其他生产经营者违法排放污染物，受到罚款处罚，被责令改正，拒不改正的，"
        "依法作出处罚决定的行政机关可以自责令改正之日的次日起，按照原处罚数额按日连续处罚。"
    ),
)
