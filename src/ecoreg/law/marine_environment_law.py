"""海洋环境保护法 (Marine Environment Protection Law): the 2023 revision, and the 2017 amendment it replaced.

Acts before the 生态环境法典 took effect (2026-08-15) are still judged under it
(行政处罚法 Art. 37); the catalogue (`ecoreg.law.catalogue`) cites its articles.

Examples:
    >>> from ecoreg.law import marine_environment_law
    >>> marine_environment_law.INSTRUMENT.in_force.isoformat()
    '2024-01-01'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument
from ecoreg.law._repeal import CODE_ID, LAST_DAY_BEFORE_CODE

__all__ = ["INSTRUMENT", "INSTRUMENT_2017"]

INSTRUMENT = Instrument(
    id="cn.marine-environment-law.2023",
    name_zh="中华人民共和国海洋环境保护法",
    name_en="Marine Environment Protection Law of the PRC",
    number="中华人民共和国主席令第十二号",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2024, 1, 1),
    in_force_until=LAST_DAY_BEFORE_CODE,
    replaced_by=CODE_ID,
)
"""Revised 2023-10-24, in force 2024-01-01 (Art. 124)."""

INSTRUMENT_2017 = Instrument(
    id="cn.marine-environment-law.2017",
    name_zh="中华人民共和国海洋环境保护法",
    name_en="Marine Environment Protection Law of the PRC (2017 amendment)",
    number="中华人民共和国主席令第八十一号",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2017, 11, 5),
    in_force_until=dt.date(2023, 12, 31),
    replaced_by="cn.marine-environment-law.2023",
)
"""Third amendment of 2017-11-04, in force 2017-11-05; replaced by the 2023 revision on 2024-01-01."""
