"""环境影响评价法 (Environmental Impact Assessment Law, 2018 amendment), repealed on 2026-08-15.

Acts before the 生态环境法典 took effect (2026-08-15) are still judged under it
(行政处罚法 Art. 37); the catalogue (`ecoreg.law.catalogue`) cites its articles.

Examples:
    >>> from ecoreg.law import eia_law
    >>> eia_law.INSTRUMENT.in_force.isoformat()
    '2018-12-29'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument
from ecoreg.law._repeal import CODE_ID, LAST_DAY_BEFORE_CODE

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.eia-law.2018",
    name_zh="中华人民共和国环境影响评价法",
    name_en="Environmental Impact Assessment Law of the PRC",
    number="中华人民共和国主席令第二十四号（2018）",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2018, 12, 29),
    in_force_until=LAST_DAY_BEFORE_CODE,
    replaced_by=CODE_ID,
)
"""Second amendment of 2018-12-29, in force the same day."""
