"""Huizhou (惠州市, CN-GD-HZ), Guangdong.

Measure: 惠州市生态环境局生态环境行政处罚自由裁量权裁量规定 (number and date not in the sources):
an apology takes 30 % off for a firm with an electroplating process (南方都市报 2025-12-11:
140,000 → 98,000); dated from that report. Other firms: the province's rate.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ecoreg import (
    ApologyPledge,
    GuangdongFacts,
    Harm,
    JurisdictionLevel,
    ViolationCase,
    decide_fine,
    standard_policy_book,
)
from ecoreg.jurisdictions import huizhou

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-GD-HZ"
DAY = D(2026, 3, 10)


def _voc(*, electroplating: bool) -> ViolationCase:
    return ViolationCase(
        kind="air.voc-process-not-enclosed",
        occurred_on=D(2026, 1, 5),
        discovered_on=D(2026, 1, 6),
        corrected_on=D(2026, 1, 20),
        harm=Harm.HARMFUL,
        notice_received_on=D(2026, 2, 24),
        apology_pledge=ApologyPledge(filed_on=D(2026, 3, 4)),
        guangdong=GuangdongFacts(electroplating=electroplating),
    )


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert huizhou.CODE == CODE
    assert (entry.name_zh, entry.name_en, entry.parent) == ("惠州市", "Huizhou", "CN-GD")
    assert entry.level is JurisdictionLevel.CITY
    (measure,) = huizhou.DATA["measures"]
    (version,) = measure["versions"]
    assert set(version["parameters"]) == {"reduction.apology.share_electroplating"}


def test_the_reported_case_140000_to_98000() -> None:
    # 大气法 Art. 108 (1), 20,000-200,000; proposed 140,000; 140,000 × (1 - 30 %) = 98,000.
    d = decide_fine(
        _voc(electroplating=True), policy=BOOK.resolve(CODE, DAY), decided_on=DAY, proposed="140000"
    )
    assert d.outcome.final == Decimal("98000.00")
    (step,) = (s for s in d.outcome.steps if s.rule_id == "fine.reduction.apology")
    assert step.citation is not None
    assert step.citation.instrument.name_zh == "惠州市生态环境局生态环境行政处罚自由裁量权裁量规定"


def test_other_firms_and_earlier_days_take_the_provinces_rate() -> None:
    early = {
        "occurred_on": D(2025, 10, 5),
        "discovered_on": D(2025, 10, 6),
        "corrected_on": D(2025, 10, 20),
        "notice_received_on": D(2025, 11, 24),
        "apology_pledge": ApologyPledge(filed_on=D(2025, 12, 1)),
    }
    cases = (
        (_voc(electroplating=False), DAY),
        # The day before the report: the Huizhou rate is not yet known to apply.
        (_voc(electroplating=True).model_copy(update=early), D(2025, 12, 10)),
    )
    for case, day in cases:
        d = decide_fine(case, policy=BOOK.resolve(CODE, day), decided_on=day, proposed="140000")
        # 粤环发〔2021〕7号 Art. 14, ecoreg's 30 %: the same 98,000, cited to the province.
        assert d.outcome.final == Decimal("98000.00")
        (step,) = (s for s in d.outcome.steps if s.rule_id == "fine.reduction.apology")
        assert step.citation is not None
        assert step.citation.instrument.number == "粤环发〔2021〕7号"
