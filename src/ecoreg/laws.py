"""The national laws ecoreg applies, under their first names (kept for compatibility).

Since 0.2 each instrument has its own module in `ecoreg.law`; this module
re-exports the constants under the names they had before, so existing imports
keep working. New code should import from `ecoreg.law`.

Examples:
    >>> from ecoreg import laws
    >>> laws.APL_ART_85.label_zh
    '《中华人民共和国行政处罚法》第八十五条'
"""

from __future__ import annotations

from ecoreg.law import administrative_compulsion_law as _acl
from ecoreg.law import administrative_penalty_law as _apl
from ecoreg.law import air_pollution_law as _air
from ecoreg.law import civil_code as _civil
from ecoreg.law import eco_code as _code
from ecoreg.law import environmental_protection_law as _epl
from ecoreg.law import mee_measures as _mee
from ecoreg.law import permit_regulation as _permit
from ecoreg.law import water_pollution_law as _water
from ecoreg.law.defaults import ECOREG_DEFAULTS

__all__ = [
    "ACL_ART_69",
    "ADMINISTRATIVE_COMPULSION_LAW",
    "ADMINISTRATIVE_PENALTY_LAW",
    "AIR_POLLUTION_LAW",
    "APL_ART_32",
    "APL_ART_33",
    "APL_ART_36",
    "APL_ART_37",
    "APL_ART_66",
    "APL_ART_67",
    "APL_ART_72_1",
    "APL_ART_72_2",
    "APL_ART_85",
    "CIVIL_CODE",
    "CIVIL_CODE_ART_201",
    "CIVIL_CODE_ART_202",
    "CIVIL_CODE_ART_203",
    "DISCRETION_GUIDANCE_2019",
    "ECOREG_DEFAULTS",
    "ECO_ENVIRONMENT_CODE",
    "ECO_PENALTY_MEASURES",
    "ENVIRONMENTAL_PROTECTION_LAW",
    "EPL_ART_59",
    "PERMIT_REGULATION",
    "WATER_POLLUTION_LAW",
]

ADMINISTRATIVE_PENALTY_LAW = _apl.INSTRUMENT
ADMINISTRATIVE_COMPULSION_LAW = _acl.INSTRUMENT
CIVIL_CODE = _civil.INSTRUMENT
AIR_POLLUTION_LAW = _air.INSTRUMENT
WATER_POLLUTION_LAW = _water.INSTRUMENT
PERMIT_REGULATION = _permit.INSTRUMENT
ENVIRONMENTAL_PROTECTION_LAW = _epl.INSTRUMENT
ECO_ENVIRONMENT_CODE = _code.INSTRUMENT
ECO_PENALTY_MEASURES = _mee.ECO_PENALTY_MEASURES
DISCRETION_GUIDANCE_2019 = _mee.DISCRETION_GUIDANCE_2019

APL_ART_32 = _apl.ART_32
APL_ART_33 = _apl.ART_33
APL_ART_36 = _apl.ART_36
APL_ART_37 = _apl.ART_37
APL_ART_66 = _apl.ART_66
APL_ART_67 = _apl.ART_67
APL_ART_72_1 = _apl.ART_72_1
APL_ART_72_2 = _apl.ART_72_2
APL_ART_85 = _apl.ART_85
ACL_ART_69 = _acl.ART_69
CIVIL_CODE_ART_201 = _civil.ART_201
CIVIL_CODE_ART_202 = _civil.ART_202
CIVIL_CODE_ART_203 = _civil.ART_203
EPL_ART_59 = _epl.ART_59
