r"""HJ 212 packets (污染物自动监测监控系统数据传输技术要求): frames in, typed values out.

Pure: bytes or text in, values out. A frame is ``##``, four decimal digits giving the
byte length of the data segment, the data segment, four hex digits of its CRC and
``\r\n``. The data segment holds ``QN``, ``ST``, ``CN``, ``PW``, ``MN``, ``Flag`` (and
``PNUM``/``PNO`` when a message is split) and the data area ``CP=&&…&&``.

The CRC: the standard calls it "ANSI CRC16", but it is not CRC-16/MODBUS. The register
starts at 0xFFFF; each byte is folded into the register's high byte
(``crc = (crc >> 8) ^ byte``), then the register is shifted eight times with 0xA001,
without a final XOR. Its check value over ASCII ``123456789`` is 0x2F80.

Versions, read from the Flag bits ``V5…V0 D A`` (version = Flag >> 2):

* 1: HJ 212-2017 (``Flag=4``, or 5 asking for an answer);
* 2: HJ 212-2025, in force from 2026-01-01 (``Flag=8``/``9``);
* a frame without a Flag, or with version bits 0, is an HJ/T 212-2005 payload: it is parsed
  as it is, marked ``version="2005"`` with the warning ``version.hjt212-2005``; any other
  version is refused.

Strict on the frame, tolerant of what the field sends: the length and the CRC are exact, and
inside the data segment every variant devices are known to send is read, kept and named by a
warning (`WARNINGS`): 17-digit times, HJ/T 212-2005 factor codes (mapped to HJ 212-2017 beside
the code sent, `CODES_2005`), converted values, running states, vendors' kinds, status and
control commands, an ST outside the standard's table, a lowercase CRC.

Examples:
    >>> data = "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&"
    >>> f"{crc16(data.encode()):04X}"
    '1C80'
    >>> packet = parse(frame(data))
    >>> packet.cn, packet.version, packet.answer_required, packet.fields
    ('1062', '2017', True, (('RtdInterval', '30'),))
"""

from __future__ import annotations

from ecoreg.monitoring._codes import CODES_2005, WARNINGS
from ecoreg.monitoring._columns import KINDS, Readings, WarningColumns, read_capture
from ecoreg.monitoring._frames import (
    FLAG_LETTERS,
    FactorValue,
    FrameError,
    FrameWarning,
    Packet,
    PacketWarning,
    Record,
    StreamResult,
    crc16,
    encode,
    frame,
    parse,
    parse_stream,
)
from ecoreg.monitoring._series import Series, to_alerts, to_series

__all__ = [
    "CODES_2005",
    "FLAG_LETTERS",
    "KINDS",
    "WARNINGS",
    "FactorValue",
    "FrameError",
    "FrameWarning",
    "Packet",
    "PacketWarning",
    "Readings",
    "Record",
    "Series",
    "StreamResult",
    "WarningColumns",
    "crc16",
    "encode",
    "frame",
    "parse",
    "parse_stream",
    "read_capture",
    "to_alerts",
    "to_series",
]
