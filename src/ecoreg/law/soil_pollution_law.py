"""土壤污染防治法 (Soil Pollution Prevention and Control Law, 2018), repealed on 2026-08-15.

Acts before the 生态环境法典 took effect (2026-08-15) are still judged under it
(行政处罚法 Art. 37); the catalogue (`ecoreg.law.catalogue`) cites its articles.

Examples:
    >>> from ecoreg.law import soil_pollution_law
    >>> soil_pollution_law.INSTRUMENT.in_force.isoformat()
    '2019-01-01'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument
from ecoreg.law._repeal import CODE_ID, LAST_DAY_BEFORE_CODE

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.soil-pollution-law.2018",
    name_zh="中华人民共和国土壤污染防治法",
    name_en="Soil Pollution Prevention and Control Law of the PRC",
    number="中华人民共和国主席令第八号（2018）",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2019, 1, 1),
    in_force_until=LAST_DAY_BEFORE_CODE,
    replaced_by=CODE_ID,
)
"""Adopted 2018-08-31, in force 2019-01-01."""
