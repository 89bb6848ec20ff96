"""排污许可管理条例 (State Council Order 736): an administrative regulation the Code left in force.

Examples:
    >>> from ecoreg.law import permit_regulation
    >>> permit_regulation.INSTRUMENT.in_force_until is None
    True
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Citation, Instrument

__all__ = ["ART_36", "INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.pollutant-discharge-permit-regulation.2021",
    name_zh="排污许可管理条例",
    name_en="Regulation on the Administration of Pollutant Discharge Permits",
    number="中华人民共和国国务院令第736号",
    issuer_zh="国务院",
    in_force=dt.date(2021, 3, 1),
)

ART_36 = Citation(instrument=INSTRUMENT, article=36)
"""Monitoring not installed, networked or kept running: 20,000–200,000 yuan."""
