"""噪声污染防治法 (Noise Pollution Prevention and Control Law, 2021), and the 环境噪声污染防治法 it replaced.

Acts before the 生态环境法典 took effect (2026-08-15) are still judged under it
(行政处罚法 Art. 37); the catalogue (`ecoreg.law.catalogue`) cites its articles.

Examples:
    >>> from ecoreg.law import noise_law
    >>> noise_law.INSTRUMENT.in_force.isoformat()
    '2022-06-05'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument
from ecoreg.law._repeal import CODE_ID, LAST_DAY_BEFORE_CODE

__all__ = ["INSTRUMENT", "INSTRUMENT_2018"]

INSTRUMENT = Instrument(
    id="cn.noise-law.2021",
    name_zh="中华人民共和国噪声污染防治法",
    name_en="Noise Pollution Prevention and Control Law of the PRC",
    number="中华人民共和国主席令第一〇四号",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2022, 6, 5),
    in_force_until=LAST_DAY_BEFORE_CODE,
    replaced_by=CODE_ID,
)
"""Adopted 2021-12-24, in force 2022-06-05."""

INSTRUMENT_2018 = Instrument(
    id="cn.environmental-noise-law.2018",
    name_zh="中华人民共和国环境噪声污染防治法",
    name_en="Law of the PRC on Prevention and Control of Pollution from Environmental Noise (2018 amendment)",
    number="中华人民共和国主席令第二十四号（2018）",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2018, 12, 29),
    in_force_until=dt.date(2022, 6, 4),
    replaced_by="cn.noise-law.2021",
)
"""Adopted 1996, amended 2018-12-29; repealed by the 噪声污染防治法 on 2022-06-05."""
