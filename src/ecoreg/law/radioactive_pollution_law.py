"""放射性污染防治法 (Radioactive Pollution Law, 2003), repealed on 2026-08-15.

Acts before the 生态环境法典 took effect (2026-08-15) are still judged under it
(行政处罚法 Art. 37); the catalogue (`ecoreg.law.catalogue`) cites its articles.

Examples:
    >>> from ecoreg.law import radioactive_pollution_law
    >>> radioactive_pollution_law.INSTRUMENT.in_force.isoformat()
    '2003-10-01'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument
from ecoreg.law._repeal import CODE_ID, LAST_DAY_BEFORE_CODE

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.radioactive-pollution-law.2003",
    name_zh="中华人民共和国放射性污染防治法",
    name_en="Law of the PRC on Prevention and Control of Radioactive Pollution",
    number="中华人民共和国主席令第六号（2003）",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2003, 10, 1),
    in_force_until=LAST_DAY_BEFORE_CODE,
    replaced_by=CODE_ID,
)
"""Adopted 2003-06-28, in force 2003-10-01."""
