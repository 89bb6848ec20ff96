"""`grade_batch`: a whole province graded in one columnar pass."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from ecoreg.core._arrays import BoolArray, FloatArray, IntArray, frozen
from ecoreg.core._boundary import check_class, check_public
from ecoreg.core._columnar import ArrowTabular
from ecoreg.core._decision import Decision, Reason, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import parse_date
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._engine import (
    _check_dates,
    _evaluate,
    _next_change,
    _prepare,
    _Prepared,
    _Settings,
    _State,
    _statuses,
)
from ecoreg.grading._profile import (
    EnterpriseProfile,
    EnterpriseTable,
    EventTable,
    _events_table,
    check_within,
)
from ecoreg.grading._results import _COLOURS, _GRADES, _LEVELS, CreditLevel, Grade

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence

    from ecoreg.core._policy import Policy

__all__ = ["GradingBatch", "GradingSummary", "grade_batch"]


class GradingSummary(EcoregModel):
    """Counts of a graded batch."""

    enterprises: int
    by_grade: tuple[tuple[Grade, int], ...]
    by_colour: tuple[tuple[str, int], ...]
    by_credit_level: tuple[tuple[CreditLevel, int], ...]
    positive_list_eligible: int


@check_class
@attrs.frozen
class GradingBatch:
    """A graded batch, as columns (row ``i`` is enterprise ``i``)."""

    on: dt.date
    enterprises: EnterpriseTable
    credit_score: FloatArray
    credit_level: IntArray
    risk_score: FloatArray
    risk_level: IntArray
    grade: IntArray
    """0 A … 3 D."""
    colour: IntArray
    """0 green, 1 yellow, 2 red."""
    positive_list_eligible: BoolArray
    next_change: IntArray
    """Day ordinal of the next change of grade or colour; -1 for none."""

    def to_arrow(self) -> Any:
        """The graded columns as a ``pyarrow.Table`` (needs the ``arrow`` extra).

        One row per enterprise in input order, with the columns and types of
        ``grading_arrow_schema()`` (``ecoreg.grading.arrow``): grades, levels and colours as
        text, ``next_change`` as a date (null for none).
        """
        from ecoreg.grading._arrow import grading_to_arrow  # noqa: PLC0415 - pyarrow on demand

        return grading_to_arrow(self)

    def summary(self, policy: Policy) -> Decision[GradingSummary]:
        """Counts per grade, colour and credit level."""
        return Decision[GradingSummary](
            outcome=GradingSummary(
                enterprises=len(self.enterprises),
                by_grade=tuple(
                    (g, int(c))
                    for g, c in zip(_GRADES, np.bincount(self.grade, minlength=4), strict=True)
                ),
                by_colour=tuple(
                    (c, int(k))
                    for c, k in zip(_COLOURS, np.bincount(self.colour, minlength=3), strict=True)
                ),
                by_credit_level=tuple(
                    (lv, int(k))
                    for lv, k in zip(
                        _LEVELS, np.bincount(self.credit_level, minlength=4), strict=True
                    )
                ),
                positive_list_eligible=int(self.positive_list_eligible.sum()),
            ),
            decided_on=self.on,
            jurisdiction=policy.jurisdiction.code,
            reasons=(
                Reason(
                    rule_id="grading.method",
                    citation=policy.citation("grading.method"),
                    message_zh=f"按{'信用与风险矩阵' if policy.as_str('grading.method') == 'matrix' else '信用分数段'}评定A至D级。",
                    message_en=f"Grades A–D by the {policy.as_str('grading.method')} method.",
                    facts=facts(method=policy.as_str("grading.method")),
                ),
            ),
        )


def _check_jurisdictions(profiles: Sequence[EnterpriseProfile], code: str) -> None:
    """Refuse the first profile outside the policy's jurisdiction, as `grade_enterprise` does."""
    for i, profile in enumerate(profiles):
        place = getattr(profile, "jurisdiction", None)
        if isinstance(place, str):  # not a profile: `EnterpriseTable.from_profiles` names it
            check_within(place, code, f"enterprises[{i}].jurisdiction")


def grade_batch(
    enterprises: EnterpriseTable | Sequence[EnterpriseProfile] | ArrowTabular,
    events: EventTable | Sequence[Iterable[Any]] | ArrowTabular,
    *,
    policy: Policy,
    on: dt.date | str,
    next_change: bool = True,
) -> GradingBatch:
    """Grade a whole province in one call (equal to grading one by one).

    Args:
        enterprises: Profiles, or their columns, or an Arrow register (a pyarrow table or
            record batch, a pandas, Polars or DuckDB frame: ``enterprise_arrow_schema()``).
        events: One history per enterprise, or the event columns, or Arrow events
            (``event_arrow_schema()``; their ``enterprise`` is the row in the register).
        policy: The policy of the province (or city) on ``on``.
        on: The evaluation date.
        next_change: Whether to work out when each grade would next change.

    Raises:
        InvalidInputError: for an event dated after ``on``, or a profile whose jurisdiction lies
            outside the policy's (as `grade_enterprise`; columns carry no jurisdiction).
    """
    day = parse_date(on, field="on")
    policy.check_date(day, "on")
    if isinstance(enterprises, EnterpriseTable):
        ents = enterprises
    elif isinstance(enterprises, ArrowTabular):
        from ecoreg.grading._arrow import enterprises_from_arrow  # noqa: PLC0415 - pyarrow on demand

        ents = enterprises_from_arrow(enterprises)
    else:
        _check_jurisdictions(enterprises, policy.jurisdiction.code)
        ents = EnterpriseTable.from_profiles(enterprises)
    if isinstance(events, ArrowTabular):
        from ecoreg.grading._arrow import events_from_arrow  # noqa: PLC0415 - pyarrow on demand

        events = events_from_arrow(events, len(ents))
    if not isinstance(events, EventTable) and len(events) != len(ents):
        raise InvalidInputError(
            field="events",
            value=f"{len(events)} histories",
            allowed=f"one history per enterprise ({len(ents)}), an empty one for a firm "
            "with no events",
        )
    table = events if isinstance(events, EventTable) else _events_table(events, "events")
    if len(table) and int(table.enterprise.max()) >= len(ents):
        raise InvalidInputError(
            field="events.enterprise",
            value=int(table.enterprise.max()),
            allowed=f"a row of the {len(ents)} enterprises (0 to {len(ents) - 1})",
        )
    _check_dates(table, day.toordinal(), "events")
    settings = _Settings.of(policy)
    return _grade(ents, table, settings, day, next_change=next_change, every_row=False).batch


@attrs.frozen
class _Graded:
    batch: GradingBatch
    settings: _Settings
    prep: _Prepared
    statuses: tuple[IntArray, BoolArray]
    state: _State


def _grade(
    ents: EnterpriseTable,
    table: EventTable,
    s: _Settings,
    day: dt.date,
    *,
    next_change: bool,
    every_row: bool = True,
) -> _Graded:
    counting_on = None if every_row else day.toordinal()
    prep = _prepare(ents, table, s, every_row=every_row, counting_on=counting_on)
    statuses = _statuses(table, len(ents))
    state = _evaluate(ents, prep, s, day.toordinal(), statuses)
    eligible = np.isin(state.grade, list(s.positive_grades)) & ~state.red & (state.violations == 0)
    changes = (
        _next_change(ents, prep, s, day.toordinal(), state, statuses)
        if next_change
        else np.full(len(ents), -1, dtype=np.int64)
    )
    batch = GradingBatch(
        on=day,
        enterprises=ents,
        credit_score=frozen(state.credit),
        credit_level=frozen(state.level),
        risk_score=frozen(state.risk),
        risk_level=frozen(state.risk_level),
        grade=frozen(state.grade),
        colour=frozen(state.colour),
        positive_list_eligible=frozen(eligible),
        next_change=frozen(changes),
    )
    return _Graded(batch, s, prep, statuses, state)


check_public(globals(), ("grade_batch",))
