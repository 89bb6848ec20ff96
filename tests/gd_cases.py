"""Cases for Guangdong's fine tables (粤环发〔2021〕7号 附件1), written once for their tests.

A case is an act of 2026-01-05 found the next day, harmful, decided on 2026-03-10 (before the
生态环境法典 of 2026-08-15, so under the repealed statutes the tables were written for) unless a
test says otherwise; `decide` runs `decide_fine` with Guangdong's policy of the decision day.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ecoreg import (
    Decision,
    FineResult,
    FineStep,
    GuangdongFacts,
    Harm,
    PriorViolation,
    ViolationCase,
    decide_fine,
    standard_policy_book,
)

BOOK = standard_policy_book()
CODE = "CN-GD"
DECIDED = dt.date(2026, 3, 10)
ACT = dt.date(2026, 1, 5)
HEAD = "附件1 广东省生态环境违法行为行政处罚罚款金额裁量表 "
"""How a table's citation note begins, before the section (``§4.26``)."""


def case(kind: str, gd: GuangdongFacts | None = None, /, **changes: object) -> ViolationCase:
    """A case of ``kind`` done on `ACT`, found the day after, harmful, with ``changes`` on top."""
    facts: dict[str, object] = {
        "kind": kind,
        "occurred_on": ACT,
        "discovered_on": ACT + dt.timedelta(days=1),
        "harm": Harm.HARMFUL,
        "guangdong": gd,
        **changes,
    }
    return ViolationCase.model_validate(facts)


def decide(
    case: ViolationCase, day: dt.date = DECIDED, *, code: str = CODE
) -> Decision[FineResult]:
    """The fine of ``case`` decided on ``day`` under the policy of ``code`` in force that day."""
    return decide_fine(case, policy=BOOK.resolve(code, day), decided_on=day)


def final(kind: str, gd: GuangdongFacts | None = None, /, **changes: object) -> Decimal:
    """The final amount of `case` (same arguments), decided on `DECIDED`."""
    return decide(case(kind, gd, **changes)).outcome.final


def table_final(kind: str, gd: GuangdongFacts | None = None, /, **changes: object) -> Decimal:
    """`final`, checked to be the table's amount (no later step changed it)."""
    d = decide(case(kind, gd, **changes))
    assert table_step(d).amount == d.outcome.final
    return d.outcome.final


def table_step(d: Decision[FineResult]) -> FineStep:
    """The one step of the fine table."""
    (step,) = (s for s in d.outcome.steps if s.rule_id == "fine.table")
    return step


def table_note(d: Decision[FineResult]) -> str:
    """The note of the table's citation (section, page, reading)."""
    step = table_step(d)
    assert step.citation is not None
    assert step.citation.note is not None
    return step.citation.note


def table_section(d: Decision[FineResult]) -> str:
    """The section of the table applied (``§4.26``), from its citation."""
    note = table_note(d)
    assert note.startswith(HEAD)
    return note.removeprefix(HEAD).split(", ")[0]


def priors(kind: str, *days: dt.date) -> list[PriorViolation]:
    """Earlier violations of ``kind`` on ``days``."""
    return [PriorViolation(kind=kind, on=day) for day in days]


def earlier(kind: str, *months: int, year: int = 2025) -> list[PriorViolation]:
    """Earlier violations of ``kind`` on the first of ``months`` of ``year``."""
    return priors(kind, *(dt.date(year, m, 1) for m in months))


def yuan(n: int) -> Decimal:
    """``n`` yuan to the fen, as amounts are shown."""
    return Decimal(n).quantize(Decimal("0.01"))
