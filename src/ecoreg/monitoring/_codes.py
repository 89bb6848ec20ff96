"""The tables of HJ 212-2017 that tell a standard frame from what devices in the field send.

Every table here is copied from the text of HJ 212-2017 (《污染物在线监控（监测）系统数据传输标准》,
environmental protection standard of 2017-04-24, in force 2017-05-01):

* `SYSTEMS`: Table 5, 系统编码表 (section 6.6.1.2);
* `COMMANDS`: Table 9, 命令编码表 (section 6.6.5.2);
* `STANDARD_KINDS` and `TIME_FIELDS`: Table 4, 字段对照表 (section 6.3.3.2.3);
* `CODES_2005`: Appendix B, Tables B.1 (水监测因子编码表, after HJ 525-2009) and B.2 (气监测因子
  编码表, after HJ 524-2009), whose column 原编码 gives the HJ/T 212-2005 code of each factor.
  The same pairs are in the code tables of open-source HJ 212 peers (e.g. the ``原编码（HJ2005)``
  column of ``hj212.csv`` in the Lua library srdgame/lua-HJ212).

The names of the warnings a packet carries (`WARNINGS`) are ecoreg's; `docs/hj212.md` has the
table of what each one means and what is kept.
"""

from __future__ import annotations

import re
from typing import Final, Literal, get_args

__all__ = [
    "CODES_2005",
    "COMMANDS",
    "DATA_COMMANDS",
    "KIND_CLASSES",
    "STANDARD_KINDS",
    "SYSTEMS",
    "TIME_FIELDS",
    "WARNINGS",
    "WarningName",
    "kind_class",
    "looks_2005",
]

WarningName = Literal[
    "frame.lowercase-crc",
    "version.hjt212-2005",
    "system.other",
    "command.status",
    "time.milliseconds",
    "code.hjt212-2005",
    "field.converted",
    "field.running-state",
    "field.vendor-kind",
]
WARNINGS: Final[tuple[WarningName, ...]] = get_args(WarningName)
"""Every warning name, in the order a frame's warnings are listed."""

SYSTEMS: Final = frozenset(
    {"21", "22", "23", "24", "25", "26", "27"}  # 环境质量 (environmental quality)
    | {"31", "32", "33", "34", "35", "36", "37", "38", "39", "41"}  # 污染源 (pollution sources)
    | {"51", "52"}  # 排放过程监控 (process monitoring)
    | {"91"}  # 系统交互 (interaction: replies and acknowledgements)
)
"""HJ 212-2017 Table 5: 21 surface water, 22 air quality, 23 acoustic environment, 24 ground water,
25 soil, 26 sea water, 27 VOCs; 31 air pollution sources, 32 surface-water pollution sources, 33
ground water, 34 sea, 35 soil, 36 noise, 37 vibration, 38 radioactivity, 39 construction-site dust,
41 electromagnetic; 51 flue-gas process, 52 waste-water process; 91 system interaction."""

DATA_COMMANDS: Final = frozenset({"2011", "2051", "2061", "2031"})
"""The commands that carry pollutant data: real-time (2011), minute (2051), hour (2061), day (2031)."""

COMMANDS: Final[dict[str, str]] = {
    "1000": "set timeout and retries (设置超时时间及重发次数)",
    "1011": "get or upload the device time (提取/上传现场机时间)",
    "1012": "set the device time (设置现场机时间)",
    "1013": "device time calibration request (现场机时间校准请求)",
    "1061": "get or upload the real-time interval (提取/上传实时数据间隔)",
    "1062": "set the real-time interval (设置实时数据间隔)",
    "1063": "get or upload the minute interval (提取/上传分钟数据间隔)",
    "1064": "set the minute interval (设置分钟数据间隔)",
    "1072": "set the device password (设置现场机密码)",
    "2011": "real-time data (污染物实时数据)",
    "2012": "stop real-time data (停止察看实时数据)",
    "2021": "equipment running state (设备运行状态数据)",
    "2022": "stop running state (停止察看设备运行状态)",
    "2031": "daily data (污染物日历史数据)",
    "2041": "equipment running time per day (设备运行时间日历史数据)",
    "2051": "minute data (污染物分钟数据)",
    "2061": "hour data (污染物小时数据)",
    "2081": "data logger start time (数采仪开机时间)",
    "3011": "zero and span calibration (零点校准量程校准)",
    "3012": "immediate sampling (即时采样)",
    "3013": "cleaning or blow-back (启动清洗/反吹)",
    "3014": "comparison sampling (比对采样)",
    "3015": "sample kept on exceedance (超标留样)",
    "3016": "set the sampling period (设置采样时间周期)",
    "3017": "get or upload the sampling period (提取/上传采样时间周期)",
    "3018": "get or upload the sampling time (提取/上传出样时间)",
    "3019": "get or upload the instrument id (提取/上传设备唯一标识)",
    "3020": "get or upload device information (提取/上传现场机信息)",
    "3021": "set device parameters (设置现场机参数)",
    "9011": "request answer (请求应答)",
    "9012": "execution result (执行结果)",
    "9013": "notice answer (通知应答)",
    "9014": "data answer (数据应答)",
}
"""HJ 212-2017 Table 9 (1001-1010, 1073-1999, 2082-2999, 3022-3999 and 9015-9999 are reserved)."""

VALUE_KINDS: Final = ("Rtd", "Avg", "Min", "Max", "Cou")
STANDARD_KINDS: Final = frozenset(
    {*VALUE_KINDS, "Flag", "EFlag", "ZsRtd", "ZsMin", "ZsAvg", "ZsMax", "RS", "RT"}
    | {"SampleTime", "Data", "DayData", "NightData", "Info", "SN"}
)
"""The factor field kinds of HJ 212-2017 Table 4 (``xxxxxx-Rtd`` …, ``SBxxx-RS``, ``SBxxx-RT``)."""
TIME_FIELDS: Final = frozenset({"SystemTime", "RestartTime", "BeginTime", "EndTime"})
"""Data-area fields that hold a time yyyyMMddHHmmss (Table 4), besides ``DataTime`` and the kind
``SampleTime``."""

KindClass = Literal["value", "flag", "converted", "running-state", "standard", "vendor"]
KIND_CLASSES: Final[tuple[KindClass, ...]] = (
    "value",
    "flag",
    "converted",
    "running-state",
    "standard",
    "vendor",
)
_CONVERTED: Final = re.compile(
    r"[Zz][Ss]-?(?:[Rr][Tt][Dd]|[Aa][Vv][Gg]|[Mm][Ii][Nn]|[Mm][Aa][Xx]|[Cc][Oo][Uu])"
)
_RUNNING: Final = frozenset({"RS", "RT"})


def kind_class(kind: str) -> KindClass:
    """What a factor field's kind is.

    A value (Rtd …), the flag, a converted (折算) value in any
    spelling (``ZsRtd``, ``Zs-Rtd``, ``ZSAvg``), a running state or time (``RS``, ``RT``), another
    kind of Table 4 (``EFlag``, ``SampleTime`` …), or a vendor's own kind.
    """
    if kind in VALUE_KINDS:
        return "value"
    if kind == "Flag":
        return "flag"
    if _CONVERTED.fullmatch(kind):
        return "converted"
    if kind in _RUNNING:
        return "running-state"
    if kind in STANDARD_KINDS:
        return "standard"
    return "vendor"


_LOOKS_2005: Final = re.compile(r"[0-9]{2,3}|[BS][0-9]{2}")


def looks_2005(code: str) -> bool:
    """Whether a factor code has the shape of an HJ/T 212-2005 code.

    ``01``, ``011``, ``B02``, ``S01``: a shape no HJ 212-2017 code has.
    """
    return _LOOKS_2005.fullmatch(code) is not None


CODES_2005: Final[dict[str, str]] = {
    # Table B.1, water (原编码 → 编码)
    "B01": "w00000", "001": "w01001", "002": "w01002", "003": "w01012", "010": "w01017",
    "011": "w01018", "015": "w01020", "550": "w02003", "570": "w03001", "571": "w03002",
    "520": "w19002", "039": "w20012", "037": "w20023", "040": "w20038", "038": "w20061",
    "041": "w20089", "036": "w20092", "020": "w20111", "021": "w20113", "022": "w20115",
    "023": "w20116", "024": "w20117", "026": "w20119", "027": "w20120", "028": "w20121",
    "029": "w20122", "030": "w20123", "031": "w20124", "032": "w20125", "033": "w20126",
    "034": "w20127", "035": "w20128", "065": "w21001", "060": "w21003", "062": "w21004",
    "063": "w21006", "064": "w21007", "101": "w21011", "070": "w21016", "072": "w21017",
    "071": "w21019", "090": "w21022", "080": "w22001", "110": "w23002", "540": "w25043",
    "350": "w33001", "351": "w33007", "061": "w99001",
    # Table B.2, air (原编码 → 编码)
    "B02": "a00000", "37": "a01010", "S02": "a01011", "S03": "a01012", "S08": "a01013",
    "S05": "a01014", "S06": "a01015", "S07": "a01016", "S04": "a01017", "30": "a05001",
    "S01": "a19001", "36": "a20016", "33": "a20025", "32": "a20043", "31": "a20057",
    "35": "a20063", "34": "a20091", "10": "a21001", "03": "a21002", "04": "a21005",
    "07": "a21017", "06": "a21018", "11": "a21022", "08": "a21024", "02": "a21026",
    "05": "a21028", "27": "a23001", "29": "a24046", "25": "a24087", "17": "a25003",
    "18": "a25005", "23": "a25010", "22": "a25023", "20": "a25044", "21": "a26001",
    "28": "a30001", "13": "a30022", "19": "a31001", "26": "a31002", "01": "a34013",
    "09": "a34038", "14": "a34039", "15": "a34040", "24": "a99049", "12": "a99051",
}  # fmt: skip
"""HJ/T 212-2005 factor codes and their HJ 212-2017 codes, from the 原编码 column of HJ 212-2017
Tables B.1 and B.2 (93 pairs: 48 water, 45 air). Codes of 2005 without a pair there (for example
air ``16``, noise ``B03``) are kept as sent."""
