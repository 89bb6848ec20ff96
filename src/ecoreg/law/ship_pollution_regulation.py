"""防治船舶污染海洋环境管理条例 (State Council Order 561): marine pollution from ships.

An administrative regulation under the 海洋环境保护法, issued 2009-09-09 and in force
2010-03-01, revised six times (the last by 国务院令第698号, 2018-03-19). The catalogue
(`ecoreg.law.catalogue`) cites it only for acts until 2023-12-31, where the 2017
amendment of the 海洋环境保护法 fined no such conduct; the text it quotes is
``tests/data/law/cn.ship-marine-pollution-regulation.2017.md``, which is, article by article,
the text that names the sixth revision of 2018-03-19 (repository LawRefBook/Laws,
``行政法规/防治船舶污染海洋环境管理条例.md``, commit 3cd6e86).

Examples:
    >>> from ecoreg.law import ship_pollution_regulation
    >>> ship_pollution_regulation.INSTRUMENT.id
    'cn.ship-marine-pollution-regulation.2017'
    >>> ship_pollution_regulation.INSTRUMENT.in_force_until is None
    True
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.ship-marine-pollution-regulation.2017",
    name_zh="防治船舶污染海洋环境管理条例",
    name_en="Regulation on the Prevention and Control of Marine Pollution from Ships",
    number="中华人民共和国国务院令第561号",
    issuer_zh="国务院",
    in_force=dt.date(2017, 3, 1),
)
"""Issued 2009-09-09 (in force 2010-03-01); the text as revised on 2017-03-01 (国务院令第676号).

The revision of 2018-03-19 (国务院令第698号) left the articles the catalogue quotes (57, 63,
64) as they were: the text that names it is the same article by article.
"""
