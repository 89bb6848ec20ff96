"""行政处罚法 (Administrative Penalty Law, 2021 revision): the articles ecoreg applies.

It stays in force after the 生态环境法典: the Code repeats its Art. 33 and 37 for
environmental violations (Code Art. 1056 ¶2, 1057) and sets its own limitation
period (Code Art. 1054, a 法律另有规定 in the sense of Art. 36).

Examples:
    >>> from ecoreg.law import administrative_penalty_law as apl
    >>> apl.ART_85.label_zh
    '《中华人民共和国行政处罚法》第八十五条'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Citation, Instrument

__all__ = [
    "ART_29",
    "ART_32",
    "ART_33",
    "ART_33_1",
    "ART_33_2",
    "ART_33_3",
    "ART_36",
    "ART_37",
    "ART_66",
    "ART_67",
    "ART_72_1",
    "ART_72_2",
    "ART_85",
    "INSTRUMENT",
]

INSTRUMENT = Instrument(
    id="cn.administrative-penalty-law.2021",
    name_zh="中华人民共和国行政处罚法",
    name_en="Administrative Penalty Law of the PRC",
    number="中华人民共和国主席令第七十号",
    issuer_zh="全国人民代表大会常务委员会",
    # Revised 2021-01-22 by the 25th session of the 13th NPC Standing Committee,
    # in force from 2021-07-15.
    in_force=dt.date(2021, 7, 15),
)

ART_33 = Citation(
    instrument=INSTRUMENT,
    article=33,
    quote_zh=(
        "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。"
        "初次违法且危害后果轻微并及时改正的，可以不予行政处罚。"
        "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。"
        "对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育。"
    ),
)
ART_33_1 = ART_33.model_copy(update={"paragraph": 1})
ART_33_2 = ART_33.model_copy(update={"paragraph": 2})
ART_33_3 = ART_33.model_copy(update={"paragraph": 3})
ART_29 = Citation(
    instrument=INSTRUMENT,
    article=29,
    quote_zh=(
        "对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚。同一个违法行为违反多个法律规范"
        "应当给予罚款处罚的，按照罚款数额高的规定处罚。"
    ),
)
"""One act under several provisions: the higher fine (before the Code; Code Art. 1055 after)."""

ART_32 = Citation(
    instrument=INSTRUMENT,
    article=32,
    quote_zh=(
        "当事人有下列情形之一，应当从轻或者减轻行政处罚：（一）主动消除或者减轻违法行为危害后果的；"
        "（二）受他人胁迫或者诱骗实施违法行为的；（三）主动供述行政机关尚未掌握的违法行为的；"
        "（四）配合行政机关查处违法行为有立功表现的；（五）法律、法规、规章规定其他应当从轻或者减轻"
        "行政处罚的。"
    ),
)
ART_36 = Citation(
    instrument=INSTRUMENT,
    article=36,
    quote_zh=(
        "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，"
        "上述期限延长至五年。法律另有规定的除外。前款规定的期限，从违法行为发生之日起计算；"
        "违法行为有连续或者继续状态的，从行为终了之日起计算。"
    ),
)
ART_37 = Citation(
    instrument=INSTRUMENT,
    article=37,
    quote_zh=(
        "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚决定时，"
        "法律、法规、规章已被修改或者废止，且新的规定处罚较轻或者不认为是违法的，适用新的规定。"
    ),
)
ART_66 = Citation(
    instrument=INSTRUMENT,
    article=66,
    paragraph=2,
    quote_zh=(
        "当事人确有经济困难，需要延期或者分期缴纳罚款的，经当事人申请和行政机关批准，"
        "可以暂缓或者分期缴纳。"
    ),
)
ART_67 = Citation(
    instrument=INSTRUMENT,
    article=67,
    paragraph=3,
    quote_zh="当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。",
)
ART_72_1 = Citation(
    instrument=INSTRUMENT,
    article=72,
    paragraph=1,
    item=1,
    quote_zh="到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。",
)
ART_72_2 = Citation(
    instrument=INSTRUMENT,
    article=72,
    paragraph=2,
    quote_zh=(
        "行政机关批准延期、分期缴纳罚款的，申请人民法院强制执行的期限，"
        "自暂缓或者分期缴纳罚款期限结束之日起计算。"
    ),
)
ART_85 = Citation(
    instrument=INSTRUMENT,
    article=85,
    quote_zh="本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。",
)
