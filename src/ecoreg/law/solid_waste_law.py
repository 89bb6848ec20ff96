"""固体废物污染环境防治法 (Solid Waste Law, 2020 revision), repealed on 2026-08-15.

Acts before the 生态环境法典 took effect (2026-08-15) are still judged under it
(行政处罚法 Art. 37); the catalogue (`ecoreg.law.catalogue`) cites its articles.

Examples:
    >>> from ecoreg.law import solid_waste_law
    >>> solid_waste_law.INSTRUMENT.in_force.isoformat()
    '2020-09-01'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument
from ecoreg.law._repeal import CODE_ID, LAST_DAY_BEFORE_CODE

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.solid-waste-law.2020",
    name_zh="中华人民共和国固体废物污染环境防治法",
    name_en="Law of the PRC on the Prevention and Control of Environmental Pollution by Solid Wastes",
    number="中华人民共和国主席令第四十三号",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2020, 9, 1),
    in_force_until=LAST_DAY_BEFORE_CODE,
    replaced_by=CODE_ID,
)
"""Revised 2020-04-29, in force 2020-09-01."""
