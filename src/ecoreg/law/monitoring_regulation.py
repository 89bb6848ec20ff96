"""生态环境监测条例 (State Council Order 820): an administrative regulation in force before the Code.

It took effect on 2026-01-01, seven and a half months before the 生态环境法典, and the Code
left it in force. Its Chapter 6 fines enterprises' self-monitoring failures (Art. 42),
monitoring service agencies (Arts. 43 and 45), falsified monitoring data (Art. 44) and
interference with quality monitoring stations (Art. 40): for acts from 2026-01-01 it is a
basis of its own or beside a statute, and from 2026-08-15 it stands beside the Code's
Arts. 1086–1093 (Code Art. 1055: the higher fine applies).

Examples:
    >>> from ecoreg.law import monitoring_regulation
    >>> monitoring_regulation.INSTRUMENT.in_force.isoformat()
    '2026-01-01'
    >>> monitoring_regulation.INSTRUMENT.in_force_until is None
    True
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.eco-environment-monitoring-regulation.2026",
    name_zh="生态环境监测条例",
    name_en="Regulation on Ecological Environment Monitoring",
    number="中华人民共和国国务院令第820号",
    issuer_zh="国务院",
    in_force=dt.date(2026, 1, 1),
)
"""Adopted by the State Council on 2025-10-17, published 2025-10-31, in force 2026-01-01 (Art. 49)."""
