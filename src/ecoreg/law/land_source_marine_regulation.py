"""防治陆源污染物污染损害海洋环境管理条例 (State Council Order 61): land-based marine pollution.

An administrative regulation under the 海洋环境保护法, issued 1990-06-22 and in force
1990-08-01, never revised. The catalogue (`ecoreg.law.catalogue`) cites it only for acts
until 2023-12-31, where the 2017 amendment of the 海洋环境保护法 fined no such conduct
(waste piled on the beach); the text it quotes is
``tests/data/law/cn.land-source-marine-pollution-regulation.1990.md``.

Examples:
    >>> from ecoreg.law import land_source_marine_regulation
    >>> land_source_marine_regulation.INSTRUMENT.in_force.isoformat()
    '1990-08-01'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.land-source-marine-pollution-regulation.1990",
    name_zh="中华人民共和国防治陆源污染物污染损害海洋环境管理条例",
    name_en="Regulation on the Prevention of Marine Pollution from Land-based Pollutants",
    number="中华人民共和国国务院令第61号",
    issuer_zh="国务院",
    in_force=dt.date(1990, 8, 1),
)
"""Issued 1990-06-22, in force 1990-08-01, never revised."""
