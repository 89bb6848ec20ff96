"""大气污染防治法 (Air Pollution Prevention and Control Law), repealed on 2026-08-15.

Acts before 2026-08-15 are still judged under it (行政处罚法 Art. 37). The
ranges are those of DOMAIN.md §3 (read in the statute text).

Examples:
    >>> from ecoreg.law import air_pollution_law as air
    >>> air.ART_99_2.label_zh
    '《中华人民共和国大气污染防治法》第九十九条第（二）项'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Citation, Instrument
from ecoreg.law._repeal import CODE_ID, LAST_DAY_BEFORE_CODE

__all__ = [
    "ART_99",
    "ART_99_1",
    "ART_99_2",
    "ART_99_3",
    "ART_100_1",
    "ART_108_5",
    "ART_117_2",
    "ART_123",
    "INSTRUMENT",
]

INSTRUMENT = Instrument(
    id="cn.air-pollution-law.2018",
    name_zh="中华人民共和国大气污染防治法",
    name_en="Air Pollution Prevention and Control Law of the PRC",
    number="中华人民共和国主席令第十六号",
    issuer_zh="全国人民代表大会常务委员会",
    # 2018 amendment, in force 2018-10-26 (the 2015 revision took effect 2016-01-01).
    in_force=dt.date(2018, 10, 26),
    in_force_until=LAST_DAY_BEFORE_CODE,  # 生态环境法典 Art. 1242
    replaced_by=CODE_ID,
)

ART_99 = Citation(instrument=INSTRUMENT, article=99)
"""Art. 99: without a permit (1), over the standard or quota (2), evading supervision (3):
100,000–1,000,000 yuan."""
ART_99_1 = ART_99.model_copy(update={"item": 1})
ART_99_2 = ART_99.model_copy(update={"item": 2})
ART_99_3 = ART_99.model_copy(update={"item": 3})
ART_100_1 = Citation(
    instrument=INSTRUMENT,
    article=100,
    item=1,
    note="Damaging, moving or altering automatic monitoring equipment: 20,000–200,000 yuan.",
)
ART_108_5 = Citation(instrument=INSTRUMENT, article=108, item=5)
"""Steel, building-material, mining and similar works not controlling dust: 20,000–200,000."""
ART_117_2 = Citation(instrument=INSTRUMENT, article=117, item=2)
"""Dusty materials that cannot be enclosed neither fenced nor covered: 10,000–100,000."""
ART_123 = Citation(
    instrument=INSTRUMENT,
    article=123,
    note="For the Art. 99 violations and dust from construction or storage: after a fine and "
    "an order to correct, a refusal to correct allows a daily continuous penalty at the original "
    "amount from the day after the order (自责令改正之日的次日起).",
)
