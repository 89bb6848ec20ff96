"""The closed loop of a letter: its state on a date, the next deadline, and the handover.

A letter moves sent → delivered → acknowledged → rectified → verified → closed (a policy letter:
sent → delivered → acknowledged → closed). A firm that misses a deadline (acknowledge by the
response day, do every action by the last action's day) makes the letter **overdue**: a
reminder is due. If the missing step is still not recorded when the grace window ends
(`letters.escalation_working_days`), the letter is **escalated**: an on-site inspection task
for `plan_inspections` and a grading record (the seed's "link the letter to credit", Code
Art. 54). A bureau that does not verify a reported rectification in time plans a verification
visit (no record against the firm). The bureau's verification or closing ends an escalation.

The letter's numbers are fixed when it is issued (`Letter.terms`), so its state never depends
on a policy that changed later.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field

from ecoreg.core._boundary import check_public
from ecoreg.core._decision import Decision, Reason, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._periods import add_months, working_days_after
from ecoreg.core._time import Day, parse_date
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._profile import Severity, ViolationRecord
from ecoreg.inspections._planning import InspectionTask, Trigger
from ecoreg.law import eco_code
from ecoreg.letters._letters import Letter, LetterKind

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "LetterConsequence",
    "LetterEvent",
    "LetterEventKind",
    "LetterExemption",
    "LetterHandover",
    "LetterState",
    "LetterStatus",
    "TaskExemptions",
    "exempt_tasks",
    "letter_exemption",
    "letter_grading_records",
    "letter_status",
]


class LetterState(StrEnum):
    """The state of a letter on a date: exactly one of these."""

    SENT = "sent"
    DELIVERED = "delivered"
    """签收 / 回执."""
    ACKNOWLEDGED = "acknowledged"
    """The firm replied."""
    RECTIFIED = "rectified"
    """The firm reported every action done."""
    VERIFIED = "verified"
    """The bureau verified the rectification (or the inspection took place)."""
    CLOSED = "closed"
    OVERDUE = "overdue"
    """A firm's deadline passed without its step: a reminder is due."""
    ESCALATED = "escalated"
    """The grace window passed too: handed to inspections and grading."""


class LetterEventKind(StrEnum):
    """A recorded step of the loop."""

    DELIVERED = "delivered"
    ACKNOWLEDGED = "acknowledged"
    RECTIFIED = "rectified"
    VERIFIED = "verified"
    CLOSED = "closed"


_FULL = (
    LetterEventKind.DELIVERED,
    LetterEventKind.ACKNOWLEDGED,
    LetterEventKind.RECTIFIED,
    LetterEventKind.VERIFIED,
    LetterEventKind.CLOSED,
)
_POLICY = (LetterEventKind.DELIVERED, LetterEventKind.ACKNOWLEDGED, LetterEventKind.CLOSED)


def chain_of(letter: Letter) -> tuple[LetterEventKind, ...]:
    """The steps of a letter's loop, in order."""
    return _POLICY if letter.kind is LetterKind.POLICY else _FULL


class LetterEvent(EcoregModel):
    """One recorded step; ``nothing_found`` matters on ``closed`` (for exemptions)."""

    kind: LetterEventKind
    on: Day
    nothing_found: bool = True
    """On closing: nothing left to correct (the inspection or verification found no problem)."""
    note: Annotated[str, Field(max_length=500)] | None = None


class LetterConsequence(StrEnum):
    """What happens if the next deadline passes."""

    REMINDER = "reminder"
    """The letter becomes overdue: a reminder (催告) is due."""
    ESCALATION = "escalation"
    """An inspection task and a grading record."""
    VERIFICATION_TASK = "verification_task"
    """The bureau's own deadline: an on-site verification task, nothing against the firm."""
    NONE = "none"


class LetterHandover(EcoregModel):
    """What an escalated letter (or an unverified rectification) hands on."""

    inspection_task: InspectionTask
    grading_record: ViolationRecord | None = None
    """The record for grading; ``None`` when the bureau, not the firm, missed the deadline."""


class LetterStatus(EcoregModel):
    """The state of a letter on a date, its next deadline and what passing it would bring."""

    letter_id: str
    on: Day
    state: LetterState
    since: Day
    next_deadline: Day | None = None
    """The last allowed day of the next step, if it has one."""
    deadline_for: Literal["acknowledge", "rectify", "verify", "escalate"] | None = None
    party: Literal["enterprise", "bureau"] | None = None
    if_missed: LetterConsequence = LetterConsequence.NONE
    reminder_due: Day | None = None
    """When overdue: the day the reminder is due (the first overdue day)."""
    missed: tuple[str, ...] = ()
    """The firm's deadlines missed so far (``acknowledge``, ``rectify``)."""
    handover: LetterHandover | None = None


def _check_events(letter: Letter, events: Sequence[LetterEvent]) -> None:
    chain = chain_of(letter)
    previous = letter.issued_on
    for i, event in enumerate(events):
        if event.on < letter.issued_on:
            raise InvalidInputError(
                field=f"events.{i}.on",
                value=event.on,
                allowed=f"a day on or after the letter's issue day ({letter.issued_on})",
            )
        if i >= len(chain) or event.kind is not chain[i]:
            expected = chain[i].value if i < len(chain) else "no further event (closed)"
            raise InvalidInputError(
                field=f"events.{i}.kind",
                value=event.kind.value,
                allowed=f"{expected}: the steps go " + " → ".join(k.value for k in chain),
            )
        if event.on < previous:
            raise InvalidInputError(
                field=f"events.{i}.on",
                value=event.on,
                allowed=f"a day on or after the previous step ({previous})",
            )
        if event.kind is not LetterEventKind.CLOSED and not event.nothing_found:
            raise InvalidInputError(
                field=f"events.{i}.nothing_found",
                value=False,
                allowed="true: only a closing event says whether anything was found",
            )
        previous = event.on


def _grace_end(letter: Letter, deadline: dt.date) -> dt.date:
    return working_days_after(deadline, letter.terms.escalation_working_days).last_day


def _firm_deadlines(letter: Letter) -> list[tuple[str, LetterEventKind, dt.date]]:
    out = [("acknowledge", LetterEventKind.ACKNOWLEDGED, letter.response_due)]
    if letter.rectify_due is not None:
        out.append(("rectify", LetterEventKind.RECTIFIED, letter.rectify_due))
    return out


def _escalation_day(
    letter: Letter, done: dict[LetterEventKind, dt.date], day: dt.date
) -> dt.date | None:
    """The first day the letter counts as escalated, if that day is on or before ``day``."""
    days = [
        grace + dt.timedelta(days=1)
        for _, kind, deadline in _firm_deadlines(letter)
        for grace in (_grace_end(letter, deadline),)
        if grace < day and (done.get(kind) is None or done[kind] > grace)
    ]
    return min(days, default=None)


def _handover(letter: Letter, start: dt.date, *, record: bool) -> LetterHandover:
    end = working_days_after(start, letter.terms.verification_working_days).last_day
    task = InspectionTask(
        id=f"{letter.id}-{'escalation' if record else 'verification'}",
        enterprise=letter.enterprise,
        department=letter.issuer_zh,
        purposes=letter.matters,
        window_start=start,
        window_end=end,
        in_annual_plan=False,
        trigger=Trigger.REFERRAL,
        trigger_ref=letter.id,
    )
    grading = (
        ViolationRecord(
            on=start, kind="letter_ignored", severity=Severity(letter.terms.ignored_severity)
        )
        if record
        else None
    )
    return LetterHandover(inspection_task=task, grading_record=grading)


def _status(  # noqa: C901, PLR0911 - one branch per state, in the loop's order
    letter: Letter, events: Sequence[LetterEvent], day: dt.date
) -> LetterStatus:
    done = {e.kind: e.on for e in events if e.on <= day}
    missed = tuple(
        name
        for name, kind, deadline in _firm_deadlines(letter)
        if deadline < day and (done.get(kind) is None or done[kind] > deadline)
    )

    def made(state: LetterState, since: dt.date, **more: Any) -> LetterStatus:
        return LetterStatus(
            letter_id=letter.id, on=day, missed=missed, state=state, since=since, **more
        )

    if LetterEventKind.CLOSED in done:
        return made(LetterState.CLOSED, since=done[LetterEventKind.CLOSED])
    if LetterEventKind.VERIFIED in done:
        return made(LetterState.VERIFIED, since=done[LetterEventKind.VERIFIED])
    escalated = _escalation_day(letter, done, day)
    if escalated is not None:
        return made(
            LetterState.ESCALATED,
            since=escalated,
            handover=_handover(letter, escalated, record=True),
        )
    stage, since = LetterState.SENT, letter.issued_on
    for kind in chain_of(letter):
        if kind in done:
            stage, since = LetterState(kind.value), done[kind]
    pending: tuple[str, LetterEventKind, dt.date] | None = None
    for name, kind, deadline in _firm_deadlines(letter):
        if kind not in done:
            pending = (name, kind, deadline)
            break
    if pending is not None and pending[2] < day:
        name, _, deadline = pending
        return made(
            LetterState.OVERDUE,
            since=max(deadline + dt.timedelta(days=1), since),
            next_deadline=_grace_end(letter, deadline),
            deadline_for="escalate",
            party="enterprise",
            if_missed=LetterConsequence.ESCALATION,
            reminder_due=deadline + dt.timedelta(days=1),
        )
    if pending is not None:
        name, _, deadline = pending
        return made(
            stage,
            since=since,
            next_deadline=deadline,
            deadline_for="acknowledge" if name == "acknowledge" else "rectify",
            party="enterprise",
            if_missed=LetterConsequence.REMINDER,
        )
    if stage is LetterState.RECTIFIED:
        verify_due = working_days_after(since, letter.terms.verification_working_days).last_day
        late = verify_due < day
        return made(
            stage,
            since=since,
            next_deadline=verify_due,
            deadline_for="verify",
            party="bureau",
            if_missed=LetterConsequence.VERIFICATION_TASK,
            handover=_handover(letter, verify_due + dt.timedelta(days=1), record=False)
            if late
            else None,
        )
    return made(stage, since=since)


def _status_reasons(letter: Letter, status: LetterStatus) -> tuple[Reason, ...]:
    terms = letter.terms
    state = status.state
    zh = f"函件{letter.id}于{status.on.isoformat()}处于“{state.value}”状态（自{status.since}）。"
    en = f"Letter {letter.id} is {state.value} on {status.on.isoformat()} (since {status.since})."
    if status.next_deadline is not None:
        zh += f"下一期限：{status.next_deadline}（{status.deadline_for}），逾期后果：{status.if_missed.value}。"
        en += (
            f" Next deadline: {status.next_deadline} ({status.deadline_for}); if it passes: "
            f"{status.if_missed.value.replace('_', ' ')}."
        )
    reasons = [
        Reason(
            rule_id="letters.state",
            citation=terms.source,
            message_zh=zh + "期限按函件发出时确定的工作日计算（ecoreg默认值，可由地方规定替换）。",
            message_en=en + " Deadlines count the working days fixed when the letter was "
            "issued (ecoreg's defaults; a local measure may replace them).",
            facts=facts(
                state=state,
                since=status.since,
                next_deadline=status.next_deadline,
                missed=list(status.missed),
                response_working_days=terms.response_working_days,
                escalation_working_days=terms.escalation_working_days,
            ),
        )
    ]
    if state is LetterState.ESCALATED:
        reasons.append(
            Reason(
                rule_id="letters.escalation",
                citation=eco_code.ART_54 if eco_code.ART_54.in_force_on(status.since) else None,
                message_zh=f"宽限{terms.escalation_working_days}个工作日后仍未办理：转为现场检查任务，"
                "并作为违法记录计入信用与风险评价（种子报告：将函件落实情况与信用挂钩；ecoreg默认）。",
                message_en=f"Still not done {terms.escalation_working_days} working days after the "
                "deadline: an on-site inspection task and a record in credit and risk grading "
                "(seed 001: link compliance with letters to credit; ecoreg's default).",
                facts=facts(escalated_on=status.since, severity=terms.ignored_severity),
            )
        )
    return tuple(reasons)


def letter_status(
    letter: Letter, events: Sequence[LetterEvent], *, on: dt.date | str
) -> Decision[LetterStatus]:
    """The state of a letter on ``on`` from the events recorded, its next deadline and handover.

    Events dated after ``on`` are not yet known on that day and are ignored; every event is
    still checked (order, dates).

    Raises:
        InvalidInputError: an event out of the loop's order, repeated, dated before the letter
            or before the previous step (naming ``events.N.kind`` or ``events.N.on``), or ``on``
            before the letter was issued.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> from ecoreg.letters._letters import _example_letter
        >>> policy = standard_policy_book().resolve("CN", "2026-09-01")
        >>> letter = _example_letter(policy)
        >>> status = letter_status(letter, [], on="2026-09-09").outcome
        >>> status.state.value, status.reminder_due.isoformat()
        ('overdue', '2026-09-09')
    """
    day = parse_date(on, field="on")
    if day < letter.issued_on:
        raise InvalidInputError(
            field="on",
            value=day,
            allowed=f"a day on or after the letter's issue ({letter.issued_on})",
        )
    _check_events(letter, events)
    status = _status(letter, events, day)
    return Decision[LetterStatus](
        outcome=status,
        decided_on=day,
        jurisdiction=letter.jurisdiction,
        reasons=_status_reasons(letter, status),
    )


def letter_grading_records(
    letter: Letter, events: Sequence[LetterEvent], *, on: dt.date | str
) -> tuple[ViolationRecord, ...]:
    """The grading records an ignored letter produces by ``on`` (empty unless escalated).

    An escalation stays on record once it happened, even if the letter is closed later.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> from ecoreg.letters._letters import _example_letter
        >>> policy = standard_policy_book().resolve("CN", "2026-09-01")
        >>> [r.kind for r in letter_grading_records(_example_letter(policy), [], on="2026-12-01")]
        ['letter_ignored']
    """
    day = parse_date(on, field="on")
    _check_events(letter, events)
    done = {e.kind: e.on for e in events if e.on <= day}
    # Once escalated, always on record: closing later does not erase the record.
    escalated = _escalation_day(letter, done, day)
    if escalated is None:
        return ()
    record = _handover(letter, escalated, record=True).grading_record
    return (record,) if record is not None else ()


class LetterExemption(EcoregModel):
    """Whether a closed letter spares the firm a routine inspection of its matters (Xiaogan)."""

    letter_id: str
    enterprise: str
    matters: tuple[str, ...]
    exempt: bool
    from_day: Day | None = None
    until: Day | None = None
    """The last day of the exemption."""


def _exemption(letter: Letter, events: Sequence[LetterEvent]) -> LetterExemption:
    closing = next((e for e in events if e.kind is LetterEventKind.CLOSED), None)
    months = letter.terms.exemption_months

    def made(**more: Any) -> LetterExemption:
        return LetterExemption(
            letter_id=letter.id, enterprise=letter.enterprise, matters=letter.matters, **more
        )

    if closing is None or not closing.nothing_found or months == 0:
        return made(exempt=False)
    escalated = _escalation_day(letter, {e.kind: e.on for e in events}, closing.on)
    if escalated is not None:
        return made(exempt=False)
    until, _ = add_months(closing.on, months)
    return made(exempt=True, from_day=closing.on, until=until)


def letter_exemption(letter: Letter, events: Sequence[LetterEvent]) -> Decision[LetterExemption]:
    """Whether a letter closed with nothing found exempts the firm from routine inspections.

    Only a letter closed with nothing found and never escalated exempts, from its closing day
    for `letters.exemption_months` (Xiaogan: no inspection of the same type for a period,
    length not given: ecoreg's default).

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> from ecoreg.letters._letters import _example_letter
        >>> policy = standard_policy_book().resolve("CN", "2026-09-01")
        >>> events = [
        ...     LetterEvent(kind=k, on="2026-09-03")
        ...     for k in ("delivered", "acknowledged", "rectified", "verified", "closed")
        ... ]
        >>> e = letter_exemption(_example_letter(policy), events).outcome
        >>> e.exempt, e.until.isoformat()
        (True, '2027-09-03')
    """
    _check_events(letter, events)
    exemption = _exemption(letter, events)
    closing = next((e for e in events if e.kind is LetterEventKind.CLOSED), None)
    day = closing.on if closing is not None else letter.issued_on
    return Decision[LetterExemption](
        outcome=exemption,
        decided_on=day,
        jurisdiction=letter.jurisdiction,
        reasons=(
            Reason(
                rule_id="letters.exemption",
                citation=letter.terms.source,
                message_zh=(
                    f"函件已办结且未发现问题：{exemption.from_day}至{exemption.until}期间免于同类"
                    f"常规检查（孝感做法；期限{letter.terms.exemption_months}个月为ecoreg默认值）。"
                    if exemption.exempt
                    else "函件未办结、发现问题或曾被升级处理：不免于同类检查。"
                ),
                message_en=(
                    f"Closed with nothing found: no routine inspection of the same matter from "
                    f"{exemption.from_day} to {exemption.until} (Xiaogan's practice; the "
                    f"{letter.terms.exemption_months} months are ecoreg's default)."
                    if exemption.exempt
                    else "Not closed, something found, or escalated: no exemption."
                ),
                facts=facts(exempt=exemption.exempt, until=exemption.until),
            ),
        ),
    )


class TaskExemptions(EcoregModel):
    """Tasks kept for planning and tasks spared by a letter's exemption."""

    kept: tuple[InspectionTask, ...]
    exempted: tuple[tuple[str, str], ...]
    """(task id, letter id) for each spared task."""


def exempt_tasks(
    tasks: Sequence[InspectionTask],
    letters: Sequence[tuple[Letter, Sequence[LetterEvent]]],
    *,
    on: dt.date | str,
) -> Decision[TaskExemptions]:
    """Drop the routine tasks a closed letter exempts, before `plan_inspections`.

    A task is spared when it is untriggered, for the letter's enterprise, its purposes share a
    matter with the letter, and its window starts inside the exemption. Only letters closed by
    ``on`` count. Triggered tasks
    (complaints, alerts, referrals, accidents) are never spared (Xiaogan: 除特殊情况外).

    Examples:
        >>> exempt_tasks([], [], on="2026-09-01").outcome.kept
        ()
    """
    day = parse_date(on, field="on")
    exemptions = []
    for i, (letter, events) in enumerate(letters):
        try:
            _check_events(letter, events)
        except InvalidInputError as exc:
            raise exc.at(f"letters.{i}") from None
        exemptions.append(_exemption(letter, [e for e in events if e.on <= day]))
    kept: list[InspectionTask] = []
    spared: list[tuple[str, str]] = []
    for task in tasks:
        hit = next(
            (
                e
                for e in exemptions
                if e.exempt
                and not task.triggered
                and e.enterprise == task.enterprise
                and set(e.matters) & set(task.purposes)
                and e.from_day is not None
                and e.until is not None
                and e.from_day <= task.window_start <= e.until
            ),
            None,
        )
        if hit is None:
            kept.append(task)
        else:
            spared.append((task.id, hit.letter_id))
    return Decision[TaskExemptions](
        outcome=TaskExemptions(kept=tuple(kept), exempted=tuple(spared)),
        decided_on=day,
        reasons=tuple(
            Reason(
                rule_id="letters.exemption",
                citation=None,
                message_zh=f"检查任务{t}因函件{lid}办结且未发现问题而免于同类常规检查（孝感做法；"
                "期限为ecoreg默认值）。",
                message_en=f"Task {t} is spared: letter {lid} closed with nothing found "
                "(Xiaogan's practice; the period is ecoreg's default).",
                facts=facts(task=t, letter=lid),
            )
            for t, lid in spared
        ),
    )


check_public(
    globals(),
    ("letter_status", "letter_grading_records", "letter_exemption", "exempt_tasks"),
)
