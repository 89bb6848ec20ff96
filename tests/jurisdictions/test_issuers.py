"""Every local measure is issued in its own jurisdiction (the check that catches a 山西/陕西 mix-up).

ecoreg filed Shanxi's (山西省) no-penalty list under Shaanxi (陕西省) until issue 25. A measure's
instrument names its issuing body (``issuer_zh``) and, where known, its document number
(文号), whose first character is the issuing province's or city's abbreviation (晋 for Shanxi,
陕 for Shaanxi, 粤 for Guangdong, 东 for Dongguan). Both must match the jurisdiction that
carries the measure; list items cite their own instrument, checked the same way.
"""

from __future__ import annotations

import pytest

from ecoreg import standard_policy_book
from ecoreg.core._citations import Instrument

BOOK = standard_policy_book()

ABBREVIATIONS = {
    "CN-GD": "粤",
    "CN-GD-DG": "东",
    "CN-GD-GZ": "穗",
    "CN-GD-SZ": "深",
    "CN-GD-HZ": "惠",
    "CN-GD-JM": "江",
    "CN-LN": "辽",
    "CN-LN-YK": "营",
    "CN-TJ": "津",
    "CN-SX": "晋",
    "CN-SN": "陕",
    "CN-SH": "沪",
    "CN-SH-XH": "徐",
    "CN-JS": "苏",
    "CN-JS-SZ": "苏",
    "CN-SD": "鲁",
    "CN-SD-ZB": "淄",
    "CN-SC": "川",
    "CN-SC-DZ": "达",
    "CN-ZJ": "浙",
    "CN-ZJ-HZ": "杭",
    "CN-CQ": "渝",
    "CN-JX": "赣",
}
"""The abbreviation that opens a document number of each bundled jurisdiction (GB/T 2260 and
the local usage of each bureau)."""


def _local_instruments() -> list[tuple[str, str, Instrument]]:
    out = []
    for measure in BOOK.data.measures:
        if measure.jurisdiction == "CN":
            continue
        for version in measure.versions:
            out.append((measure.jurisdiction, measure.id, version.instrument))
            for entry in version.parameters.values():
                records = entry.value if isinstance(entry.value, list) else []
                for record in records:
                    cited = record.get("citation") if isinstance(record, dict) else None
                    if isinstance(cited, dict) and isinstance(cited.get("instrument"), dict):
                        instrument = Instrument.model_validate(cited["instrument"])
                        out.append((measure.jurisdiction, measure.id, instrument))
    return out


INSTRUMENTS = _local_instruments()


def test_every_bundled_jurisdiction_has_an_abbreviation() -> None:
    assert set(ABBREVIATIONS) == set(BOOK.jurisdictions) - {"CN"}


def _belongs(code: str, issuer: str | None, number: str | None) -> bool:
    """The issuer names the jurisdiction (and no other outside its chain); the 文号 its abbreviation."""
    if not issuer:
        return False
    name = BOOK.jurisdiction(code).name_zh
    chain = BOOK.chain(code)
    others = [j.name_zh for c, j in BOOK.jurisdictions.items() if c not in chain]
    return (
        name in issuer
        and not any(issuer.startswith(o) for o in others)
        and (number is None or number.startswith(ABBREVIATIONS[code]))
    )


@pytest.mark.parametrize(
    ("code", "measure", "instrument"), INSTRUMENTS, ids=[f"{c}:{i.id}" for c, _, i in INSTRUMENTS]
)
def test_the_issuer_and_number_belong_to_the_jurisdiction(
    code: str, measure: str, instrument: Instrument
) -> None:
    assert _belongs(code, instrument.issuer_zh, instrument.number), (
        measure,
        instrument.issuer_zh,
        instrument.number,
    )


@pytest.mark.parametrize(
    ("code", "issuer", "number", "ok"),
    [
        ("CN-SN", "山西省生态环境厅", None, False),  # Shanxi's list filed under Shaanxi
        ("CN-SN", "陕西省生态环境厅", "晋环发〔2022〕1号", False),  # a Shanxi 文号 under Shaanxi
        ("CN-SX", "陕西省生态环境厅", None, False),
        ("CN-SX", "山西省生态环境厅", "晋环发〔2022〕1号", True),
        ("CN-SN", "陕西省生态环境厅", "陕环发〔2025〕21号", True),
        ("CN-GD-DG", "东莞市生态环境局", "东环〔2024〕69号", True),
        ("CN-GD-DG", "广州市生态环境局", None, False),
        ("CN-GD-JM", "江门市生态环境局", "江环〔2021〕231号", True),
        (
            "CN-GD-JM",
            "广东省生态环境厅",
            "粤环发〔2021〕7号",
            False,
        ),  # the province's, not the city's
        ("CN-SX", None, None, False),
    ],
)
def test_the_check_tells_shanxi_from_shaanxi(
    code: str, issuer: str | None, number: str | None, ok: bool
) -> None:
    assert _belongs(code, issuer, number) is ok
