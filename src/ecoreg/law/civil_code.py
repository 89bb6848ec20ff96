"""民法典 (Civil Code): its Book One, Chapter X sets the general rules for counting periods.

Examples:
    >>> from ecoreg.law import civil_code
    >>> civil_code.ART_203.label_zh
    '《中华人民共和国民法典》第二百零三条'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Citation, Instrument

__all__ = ["ART_201", "ART_202", "ART_203", "INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.civil-code.2020",
    name_zh="中华人民共和国民法典",
    name_en="Civil Code of the PRC",
    number="中华人民共和国主席令第四十五号",
    issuer_zh="全国人民代表大会",
    in_force=dt.date(2021, 1, 1),
)

ART_201 = Citation(
    instrument=INSTRUMENT,
    article=201,
    quote_zh=(
        "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。"
        "按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。"
    ),
)
ART_202 = Citation(
    instrument=INSTRUMENT,
    article=202,
    quote_zh="按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
)
ART_203 = Citation(
    instrument=INSTRUMENT,
    article=203,
    quote_zh=(
        "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。"
        "期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。"
    ),
)
