"""Not a law: the "instrument" of the documented defaults ecoreg picks where no source fixes a number.

A citation of it always has a ``note`` saying why the default was chosen, and a
jurisdiction replaces it with its own measure.

Examples:
    >>> from ecoreg.law.defaults import ECOREG_DEFAULTS
    >>> ECOREG_DEFAULTS.issuer_zh
    'ecoreg'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument

__all__ = ["ECOREG_DEFAULTS"]

ECOREG_DEFAULTS = Instrument(
    id="ecoreg.defaults",
    name_zh="ecoreg 默认参数",
    name_en="ecoreg documented defaults",
    issuer_zh="ecoreg",
    in_force=dt.date(2021, 7, 15),
)
