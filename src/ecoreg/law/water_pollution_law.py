"""水污染防治法 (Water Pollution Prevention and Control Law), repealed on 2026-08-15.

Acts before 2026-08-15 are still judged under it (行政处罚法 Art. 37).

Examples:
    >>> from ecoreg.law import water_pollution_law as water
    >>> water.ART_83_2.label_en
    'Water Pollution Prevention and Control Law of the PRC, Art. 83 item (2)'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Citation, Instrument
from ecoreg.law._repeal import CODE_ID, LAST_DAY_BEFORE_CODE

__all__ = ["ART_83_2", "ART_83_3", "INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.water-pollution-law.2017",
    name_zh="中华人民共和国水污染防治法",
    name_en="Water Pollution Prevention and Control Law of the PRC",
    number="中华人民共和国主席令第七十号（2017）",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2018, 1, 1),
    in_force_until=LAST_DAY_BEFORE_CODE,  # 生态环境法典 Art. 1242
    replaced_by=CODE_ID,
)

ART_83_2 = Citation(instrument=INSTRUMENT, article=83, item=2)
"""Over the standard or the total-quantity quota: 100,000–1,000,000 yuan."""
ART_83_3 = Citation(instrument=INSTRUMENT, article=83, item=3)
"""Evading supervision (hidden pipes, falsified data …): 100,000–1,000,000 yuan."""
