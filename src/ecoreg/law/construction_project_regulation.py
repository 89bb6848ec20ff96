"""建设项目环境保护管理条例 (State Council Order 682): an administrative regulation the Code left in force.

Acts before the 生态环境法典 took effect (2026-08-15) are still judged under it
The catalogue (`ecoreg.law.catalogue`) cites its articles.

Examples:
    >>> from ecoreg.law import construction_project_regulation
    >>> construction_project_regulation.INSTRUMENT.in_force.isoformat()
    '2017-10-01'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.construction-project-regulation.2017",
    name_zh="建设项目环境保护管理条例",
    name_en="Regulations on the Administration of Construction Project Environmental Protection",
    number="中华人民共和国国务院令第682号",
    issuer_zh="国务院",
    in_force=dt.date(2017, 10, 1),
)
"""Amended by State Council Order 682 of 2017-07-16, in force 2017-10-01."""
