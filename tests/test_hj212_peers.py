"""HJ 212 as devices really send it (issue 23): the packets other parsers' tests ship.

``tests/data/hj212_peers/packets.jsonl`` holds test packets taken from the test suites and docs
of other open-source HJ 212 parsers (Java, Go, C#, C, Rust); its README says where each comes
from, under which licence, and how ``expect`` and ``variants`` were decided.

What each entry asks of the reader:

* ``expect == "refuse"``: `hj212.parse` raises an `EcoregError` whose ``field`` is the frame
  part the reason names first (``frame.length`` -> ``"length"``, ``frame.crc`` -> ``"crc"``).
* ``expect == "parse"``: `hj212.parse` returns a packet, and its warnings name every variant
  listed in ``variants``. Its warnings are ``hj212.parse(packet).warnings`` together with the
  frame warnings ``hj212.parse_stream(packet).warnings``, where a property of the frame rather
  than of the packet (``frame.lowercase-crc``) is reported.

How a warning names a variant (the contract for the reader's implementer): the variant's name
(e.g. ``time.milliseconds``) appears as a whole token -- not preceded or followed by a letter,
digit, ``.``, ``_`` or ``-`` -- in the warning's ``name``, ``rule``, ``code``, ``variant`` or
``id`` attribute when the warning has one of them as text, or else in the warning's text. A
plain string warning such as ``"time.milliseconds: DataTime has 17 digits"`` names
``time.milliseconds``. A warning may name several variants; extra warnings are allowed.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ecoreg.exceptions import EcoregError
from ecoreg.monitoring import hj212

if TYPE_CHECKING:
    from collections.abc import Iterable

CORPUS = Path(__file__).parent / "data" / "hj212_peers" / "packets.jsonl"

VARIANTS = frozenset(
    {
        "version.hjt212-2005",
        "time.milliseconds",
        "code.hjt212-2005",
        "field.converted",
        "field.running-state",
        "field.vendor-kind",
        "command.status",
        "system.other",
        "frame.lowercase-crc",
    }
)
"""The variant names a parse-expected packet may list (README.md gives each one's meaning)."""

FRAME_PARTS = {"frame.length": "length", "frame.crc": "crc"}
"""A refusal's reason starts with one of these; the value is the error's ``field``."""

KEYS = (
    "id",
    "source",
    "path",
    "commit",
    "licence",
    "packet",
    "peer_accepts",
    "expect",
    "reason",
    "variants",
)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SPDX = re.compile(r"[A-Za-z0-9.+-]+(?: (?:OR|AND|WITH) [A-Za-z0-9.+-]+)*")
_COMMIT = re.compile(r"[0-9a-f]{40}")
_WARNING_ATTRIBUTES = ("name", "rule", "code", "variant", "id")


def load_corpus() -> list[dict[str, Any]]:
    """The corpus entries, in file order."""
    with CORPUS.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


PACKETS = load_corpus()


def variant_names(warnings: Iterable[object]) -> set[str]:
    """The known variant names that ``warnings`` name (see the module docstring)."""
    found: set[str] = set()
    for warning in warnings:
        texts = [
            value
            for name in _WARNING_ATTRIBUTES
            if isinstance(value := getattr(warning, name, None), str)
        ]
        if not texts:
            texts = [str(warning)]
        for text in texts:
            found |= {variant for variant in VARIANTS if _names(text, variant)}
    return found


def _names(text: str, variant: str) -> bool:
    return re.search(rf"(?<![\w.-]){re.escape(variant)}(?![\w.-])", text) is not None


def frame_part(reason: str) -> str:
    """The error field a refusal's reason names first (``frame.crc: ...`` -> ``"crc"``)."""
    match = re.match(r"frame\.(length|crc)\b", reason)
    assert match is not None, f"a refusal's reason starts with one of {sorted(FRAME_PARTS)}"
    return FRAME_PARTS[match.group(0)]


def test_variant_names_reads_attributes_and_text() -> None:
    class WarningWithRule:
        rule = "frame.lowercase-crc"

        def __str__(self) -> str:
            return "time.milliseconds in the text is not read when a rule is given"

    text = "time.milliseconds: DataTime has 17 digits; see code.hjt212-2005x and xfield.converted"
    assert variant_names([text]) == {"time.milliseconds"}
    assert variant_names([WarningWithRule()]) == {"frame.lowercase-crc"}
    assert variant_names(["HJ/T 212-2005 payload: factor codes are kept as sent"]) == set()


def test_the_corpus_is_well_formed() -> None:
    assert len(PACKETS) >= 40
    ids = [entry["id"] for entry in PACKETS]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    texts = [entry["packet"] for entry in PACKETS]
    assert len(texts) == len(set(texts)), "every packet is distinct"
    licences: dict[str, set[str]] = {}
    for entry in PACKETS:
        assert tuple(entry) == KEYS, entry["id"]
        assert _ID.fullmatch(entry["id"]), entry["id"]
        assert isinstance(entry["source"], str)
        assert entry["source"]
        assert isinstance(entry["path"], str)
        assert entry["path"]
        assert entry["commit"] is None or _COMMIT.fullmatch(entry["commit"]), entry["id"]
        assert isinstance(entry["licence"], str)
        assert _SPDX.fullmatch(entry["licence"]), entry["id"]
        licences.setdefault(entry["source"], set()).add(entry["licence"])
        assert isinstance(entry["packet"], str)
        assert entry["packet"].startswith("##"), entry["id"]
        assert "##" not in entry["packet"][2:], f"{entry['id']}: one frame per packet"
        assert isinstance(entry["peer_accepts"], bool), entry["id"]
        assert entry["expect"] in {"parse", "refuse"}, entry["id"]
        assert isinstance(entry["reason"], str)
        assert entry["reason"].strip(), entry["id"]
        assert isinstance(entry["variants"], list), entry["id"]
        assert len(entry["variants"]) == len(set(entry["variants"])), entry["id"]
        if entry["expect"] == "refuse":
            frame_part(entry["reason"])
            assert entry["variants"] == [], f"{entry['id']}: a refused frame lists no variants"
        else:
            assert set(entry["variants"]) <= VARIANTS, entry["id"]
    assert all(len(spdx) == 1 for spdx in licences.values()), licences
    assert len(licences) >= 3


@pytest.mark.parametrize("entry", [pytest.param(e, id=e["id"]) for e in PACKETS])
def test_peer_packet(entry: dict[str, Any]) -> None:
    packet: str = entry["packet"]
    if entry["expect"] == "refuse":
        with pytest.raises(EcoregError) as info:
            hj212.parse(packet)
        assert getattr(info.value, "field", None) == frame_part(entry["reason"]), str(info.value)
        return
    parsed = hj212.parse(packet)
    warnings = (*parsed.warnings, *getattr(hj212.parse_stream(packet), "warnings", ()))
    missing = set(entry["variants"]) - variant_names(warnings)
    assert not missing, f"no warning names {sorted(missing)}; warnings: {warnings}"


def _capture() -> tuple[bytes, list[int]]:
    """All packets back to back, as a receiver logs them, and where each one starts."""
    starts: list[int] = []
    parts: list[bytes] = []
    at = 0
    for entry in PACKETS:
        data = entry["packet"].encode("utf-8")
        starts.append(at)
        parts.append(data)
        at += len(data)
    return b"".join(parts), starts


def _parses(packet: str) -> bool:
    try:
        hj212.parse(packet)
    except EcoregError:
        return False
    return True


def test_stream_and_capture_account_for_every_frame_once_and_agree() -> None:
    capture, starts = _capture()
    stream = hj212.parse_stream(capture)
    readings = hj212.read_capture(capture)

    parsed_at = [position for position, _ in stream.packets]
    failed_at = [error.position for error in stream.errors]
    assert sorted(parsed_at + failed_at) == starts, "every frame once, at its own start"
    assert stream.frames == readings.frames == len(PACKETS)
    assert stream.junk == readings.junk == ()

    # read_capture and parse_stream agree frame by frame ...
    assert readings.packets == len(stream.packets)
    assert [(e.position, e.field) for e in readings.errors] == [
        (e.position, e.field) for e in stream.errors
    ]
    rows = Counter(readings.position.tolist())
    expected_rows = Counter(
        {
            position: sum(len(r.factors) for r in packet.records if r.data_time is not None)
            for position, packet in stream.packets
        }
    )
    assert rows == +expected_rows

    # ... and with `parse` on each packet alone.
    by_start = dict(zip(starts, PACKETS, strict=True))
    assert {by_start[p]["id"] for p in parsed_at} == {
        e["id"] for e in PACKETS if _parses(e["packet"])
    }
    for error in stream.errors:
        entry = by_start[error.position]
        if entry["expect"] == "refuse":
            assert error.field == frame_part(entry["reason"]), entry["id"]
