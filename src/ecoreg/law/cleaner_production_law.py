"""清洁生产促进法 (Cleaner Production Promotion Law, 2012 amendment), repealed on 2026-08-15.

Acts before the 生态环境法典 took effect (2026-08-15) are still judged under it
(行政处罚法 Art. 37); the catalogue (`ecoreg.law.catalogue`) cites its articles.

Examples:
    >>> from ecoreg.law import cleaner_production_law
    >>> cleaner_production_law.INSTRUMENT.in_force.isoformat()
    '2012-07-01'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument
from ecoreg.law._repeal import CODE_ID, LAST_DAY_BEFORE_CODE

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.cleaner-production-law.2012",
    name_zh="中华人民共和国清洁生产促进法",
    name_en="Cleaner Production Promotion Law of the PRC",
    number="中华人民共和国主席令第五十四号",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2012, 7, 1),
    in_force_until=LAST_DAY_BEFORE_CODE,
    replaced_by=CODE_ID,
)
"""Amended 2012-02-29, in force 2012-07-01."""
