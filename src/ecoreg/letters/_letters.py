"""Notification letters (涉企告知信函): what triggered them, and their content as structured data.

A letter is a decision with a life. `compose_letter` turns what triggered it (a leniency
decision that declined to penalise, an alert, a grade change, a planned inspection, a document
about to lapse, an industry-wide policy point) into a `Letter`: the enterprise's own findings,
what to do and by when (each action on the real working-day calendar), the provisions, the
local measure that applies and the consequence of not doing it, in Chinese and English.

The seed (001, 中国环境报 2026-01-07) sets the scope: a letter has a legal basis and a
traceable source, goes to firms and responsible units, never to individual citizens, and
names local specifics instead of copying higher-level documents.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from ecoreg.alerts._models import _KIND_ZH as _ALERT_KIND_ZH
from ecoreg.core._boundary import check_public
from ecoreg.core._citations import Citation
from ecoreg.core._decision import Decision, Reason, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._periods import working_days_after
from ecoreg.core._time import Day, parse_date
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._credit_code import check_credit_code
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.law import eco_code
from ecoreg.letters._documents import DOCUMENT_EN, DOCUMENT_ZH, FileDocumentType
from ecoreg.letters._triggers import (
    AlertTrigger,
    GradeTrigger,
    InspectionTrigger,
    LapseTrigger,
    LeniencyTrigger,
    LetterTrigger,
    PolicyTrigger,
)
from ecoreg.penalties._case import LeniencyOutcome

if TYPE_CHECKING:
    from ecoreg.core._policy import Policy

__all__ = [
    "ActionRequest",
    "Addressee",
    "AddresseeKind",
    "Letter",
    "LetterFinding",
    "LetterKind",
    "LetterRequest",
    "LetterTerms",
    "LocalMeasure",
    "RequiredAction",
    "compose_letter",
]

Text = Annotated[str, Field(min_length=1, max_length=200)]
LongText = Annotated[str, Field(min_length=1, max_length=2000)]

CODE_ART_51 = Citation(
    instrument=eco_code.INSTRUMENT,
    article=51,
    quote_zh="实施现场检查的部门及其工作人员应当为被检查者保守商业秘密、个人隐私和个人信息。",
)
"""生态环境法典 Art. 51: on-site inspection; the inspected firm reports truthfully."""

CODE_ART_183 = Citation(
    instrument=eco_code.INSTRUMENT,
    article=183,
    quote_zh="原始监测记录和管理台账保存期限不得少于五年。",
)
"""生态环境法典 Art. 183: ledgers and original monitoring records kept no less than five years."""


class LetterKind(StrEnum):
    """The four kinds of letters the seed and local practice describe."""

    REMINDER = "reminder"
    """提醒函: a reminder of a duty or a minor problem (Yizheng's 轻微违法行为提醒函)."""
    PRE_INSPECTION = "pre_inspection"
    """生态环境行政检查预先通知书: time, items, method and standard of an inspection (Xiaogan)."""
    NO_PENALTY = "no_penalty"
    """不予处罚告知书: the education a no-penalty decision owes (行政处罚法 Art. 33 ¶3; Rugao)."""
    POLICY = "policy"
    """An industry policy letter: one uniform format to every firm of an industry (Rugao)."""


_KIND_ZH = {
    LetterKind.REMINDER: "提醒函",
    LetterKind.PRE_INSPECTION: "生态环境行政检查预先通知书",
    LetterKind.NO_PENALTY: "不予行政处罚告知书",
    LetterKind.POLICY: "行业政策告知函",
}
_KIND_EN = {
    LetterKind.REMINDER: "Reminder letter",
    LetterKind.PRE_INSPECTION: "Pre-inspection notice",
    LetterKind.NO_PENALTY: "No-penalty notification (告知书)",
    LetterKind.POLICY: "Industry policy letter",
}


class AddresseeKind(StrEnum):
    """Who a letter is addressed to (企业事业单位和其他生产经营者)."""

    ENTERPRISE = "enterprise"
    INSTITUTION = "institution"
    """事业单位 and other responsible units."""
    OTHER_OPERATOR = "other_operator"
    """其他生产经营者."""
    INDIVIDUAL = "individual"
    """A private person: refused (the seed: letters never go to individual citizens)."""


def _credit_code(value: str) -> str:
    return check_credit_code(value)


class Addressee(EcoregModel):
    """The enterprise or unit a letter goes to; never a private person.

    Examples:
        >>> Addressee(name="Example Co.", credit_code="91350200776049653A").kind.value
        'enterprise'
    """

    kind: AddresseeKind = AddresseeKind.ENTERPRISE
    name: Text
    credit_code: Annotated[str, AfterValidator(_credit_code)]
    """统一社会信用代码 (checked): the letter names the firm it concerns."""
    industry: Text = "other"

    @model_validator(mode="after")
    def _not_a_person(self) -> Addressee:
        if self.kind is AddresseeKind.INDIVIDUAL:
            raise InvalidInputError(
                field="kind",
                value=self.kind.value,
                allowed="an enterprise, an institution or another producer or operator "
                "(企业事业单位和其他生产经营者): letters never go to individual citizens",
            )
        return self


class LocalMeasure(EcoregModel):
    """The local measure that applies (the seed: no letter merely copies higher-level texts)."""

    name_zh: Text
    name_en: Text
    issuer_zh: Text
    number: Text | None = None
    """Its document number (文号), if it has one; never invented."""
    provision_zh: Text | None = None
    """The clause that applies, e.g. ``"第三条"``."""


class LetterFinding(EcoregModel):
    """One thing found at the enterprise, in both languages."""

    text_zh: LongText
    text_en: LongText


class ActionRequest(EcoregModel):
    """An action the letter requires; ``working_days`` sets its own window (default: the response window)."""

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=60)]
    text_zh: LongText
    text_en: LongText
    working_days: Annotated[int, Field(ge=1, le=120)] | None = None


class RequiredAction(EcoregModel):
    """An action with its deadline (the last allowed day)."""

    id: str
    text_zh: str
    text_en: str
    due: Day


class LetterRequest(EcoregModel):
    """What a bureau asks to send: to whom, why, under which local measure, and what to do."""

    id: Text
    addressee: Addressee
    issuer_zh: Text
    """The issuing bureau, e.g. ``"孝感市生态环境局"``."""
    trigger: LetterTrigger
    local_measure: LocalMeasure
    findings: tuple[LetterFinding, ...] = ()
    """Further facts of this enterprise, beyond those the trigger states."""
    actions: tuple[ActionRequest, ...] = ()
    """The actions required; empty for the trigger's default action."""
    matters: tuple[Text, ...] = ()
    """The inspection matters the letter covers (for exemptions); default from the trigger."""


class LetterTerms(EcoregModel):
    """The loop's numbers, fixed when the letter is issued, with the measure that set them."""

    response_working_days: int
    escalation_working_days: int
    verification_working_days: int
    exemption_months: int
    ignored_severity: Literal["minor", "general"]
    source: Citation
    basis_note: str


class Letter(EcoregModel):
    """A composed letter: structured, bilingual, with its deadlines on the real calendar."""

    id: str
    kind: LetterKind
    addressee: Addressee
    issuer_zh: str
    issued_on: Day
    jurisdiction: str
    trigger: LetterTrigger
    subject_zh: str
    subject_en: str
    found: tuple[LetterFinding, ...] = Field(min_length=1)
    actions: tuple[RequiredAction, ...] = Field(min_length=1)
    response_due: Day
    """The last day to acknowledge the letter."""
    rectify_due: Day | None
    """The last day to report every action done; ``None`` for a policy letter."""
    provisions: tuple[Citation, ...]
    local_measure: LocalMeasure
    consequence_zh: str
    consequence_en: str
    matters: tuple[str, ...]
    terms: LetterTerms

    @model_validator(mode="after")
    def _consistent(self) -> Letter:
        """A letter read back from JSON must be one `compose_letter` could have written."""
        if self.kind is not _kind_of(self.trigger):
            raise InvalidInputError(
                field="kind",
                value=self.kind.value,
                allowed=f"{_kind_of(self.trigger).value}, the kind its trigger makes",
            )
        if self.response_due < self.issued_on:
            raise InvalidInputError(
                field="response_due",
                value=self.response_due,
                allowed=f"a day on or after issued_on ({self.issued_on})",
            )
        for i, action in enumerate(self.actions):
            if action.due < self.issued_on:
                raise InvalidInputError(
                    field=f"actions.{i}.due",
                    value=action.due,
                    allowed=f"a day on or after issued_on ({self.issued_on})",
                )
        policy_letter = self.kind is LetterKind.POLICY
        expected = (
            None
            if policy_letter or not self.actions
            else max(self.response_due, *(a.due for a in self.actions))
        )
        if self.rectify_due != expected:
            raise InvalidInputError(
                field="rectify_due",
                value=self.rectify_due,
                allowed="null for a policy letter"
                if policy_letter
                else f"the last action's due day or the response day, if later ({expected})",
            )
        return self

    @property
    def enterprise(self) -> str:
        """The addressee's credit code."""
        return self.addressee.credit_code


_DEFAULT_NOTE_ZH = "（ecoreg默认值，非法定期限，可由地方规定替换）"
_DEFAULT_NOTE_EN = " (ecoreg's default, not a statutory period; a local measure may replace it)"


def _kind_of(trigger: object) -> LetterKind:
    if isinstance(trigger, LeniencyTrigger):
        return LetterKind.NO_PENALTY
    if isinstance(trigger, InspectionTrigger):
        return LetterKind.PRE_INSPECTION
    if isinstance(trigger, PolicyTrigger):
        return LetterKind.POLICY
    return LetterKind.REMINDER


def _trigger_content(
    trigger: object, addressee: Addressee
) -> tuple[LetterFinding, ActionRequest, tuple[str, ...]]:
    """The trigger's own finding, its default action and the matters it concerns."""
    name = addressee.name
    if isinstance(trigger, LeniencyTrigger):
        if trigger.outcome not in {LeniencyOutcome.NOT_PENALIZED, LeniencyOutcome.MAY_DECLINE}:
            raise InvalidInputError(
                field="trigger.outcome",
                value=trigger.outcome.value,
                allowed="not_penalized or may_decline: a no-penalty 告知书 follows a decision "
                "that declined to penalise",
            )
        item = f"（免罚清单事项 {trigger.list_item}）" if trigger.list_item else ""
        item_en = f" (no-penalty list item {trigger.list_item})" if trigger.list_item else ""
        return (
            LetterFinding(
                text_zh=f"{name}存在“{trigger.violation_kind}”违法行为（案件{trigger.case_ref}），"
                f"经{trigger.decided_on.isoformat()}决定依法不予行政处罚{item}。",
                text_en=f"{name} committed the violation '{trigger.violation_kind}' (case "
                f"{trigger.case_ref}); on {trigger.decided_on.isoformat()} it was decided not "
                f"to penalise it{item_en}.",
            ),
            ActionRequest(
                id="correct",
                text_zh=f"改正“{trigger.violation_kind}”违法行为，并书面报告整改情况。",
                text_en=f"Correct the violation '{trigger.violation_kind}' and report the "
                "rectification in writing.",
            ),
            (trigger.violation_kind,),
        )
    if isinstance(trigger, AlertTrigger):
        kind_zh = _ALERT_KIND_ZH[trigger.alert_kind]
        start = trigger.start.isoformat()
        return (
            LetterFinding(
                text_zh=f"{name}排放口{trigger.outlet}的{trigger.pollutant}自动监测数据于{start}"
                f"出现{kind_zh}预警（{trigger.alert_id}）。",
                text_en=f"The automatic monitoring of {trigger.pollutant} at {name}'s outlet "
                f"{trigger.outlet} raised a {trigger.alert_kind.value.replace('_', ' ')} alert "
                f"at {start} ({trigger.alert_id}).",
            ),
            ActionRequest(
                id="check-outlet",
                text_zh=f"排查排放口{trigger.outlet}的治污设施和监测设备，报告原因及整改措施。",
                text_en=f"Check the control and monitoring equipment of outlet {trigger.outlet}; "
                "report the cause and the correction.",
            ),
            (f"outlet:{trigger.outlet}",),
        )
    if isinstance(trigger, GradeTrigger):
        return (
            LetterFinding(
                text_zh=f"{name}的监管等级于{trigger.on.isoformat()}由{trigger.from_grade.value}级"
                f"调整为{trigger.to_grade.value}级。",
                text_en=f"{name}'s supervision grade changed from {trigger.from_grade.value} to "
                f"{trigger.to_grade.value} on {trigger.on.isoformat()}.",
            ),
            ActionRequest(
                id="review-grade",
                text_zh="核查导致等级变化的违法、投诉和预警记录，报告整改情况。",
                text_en="Review the violations, complaints and alerts behind the change and "
                "report the corrections.",
            ),
            ("grading",),
        )
    if isinstance(trigger, InspectionTrigger):
        items = "、".join(trigger.purposes)
        return (
            LetterFinding(
                text_zh=f"{trigger.department}拟于{trigger.visit_on.isoformat()}对{name}开展"
                f"检查（任务{trigger.task_id}），检查事项：{items}。",
                text_en=f"{trigger.department} plans to inspect {name} on "
                f"{trigger.visit_on.isoformat()} (task {trigger.task_id}); items: "
                + ", ".join(trigger.purposes)
                + ".",
            ),
            ActionRequest(
                id="self-check",
                text_zh="检查前开展自查：排污许可证是否有效、治污设施是否正常运行。",
                text_en="Self-check before the inspection: is the discharge permit valid, do the "
                "control facilities run.",
            ),
            trigger.purposes,
        )
    if isinstance(trigger, LapseTrigger):
        known = trigger.document_type in FileDocumentType.__members__.values()
        doc_zh = (
            DOCUMENT_ZH[FileDocumentType(trigger.document_type)] if known else trigger.document_type
        )
        doc_en = (
            DOCUMENT_EN[FileDocumentType(trigger.document_type)]
            if known
            else trigger.document_type.replace("_", " ")
        )
        return (
            LetterFinding(
                text_zh=f"{name}的{doc_zh}（{trigger.document_ref}）将于"
                f"{trigger.expires_on.isoformat()}到期。",
                text_en=f"{name}'s {doc_en} "
                f"({trigger.document_ref}) lapses on {trigger.expires_on.isoformat()}.",
            ),
            ActionRequest(
                id="renew",
                text_zh=f"在{trigger.expires_on.isoformat()}前办理延续或更新手续。",
                text_en=f"Renew or replace it before {trigger.expires_on.isoformat()}.",
            ),
            (trigger.document_type,),
        )
    assert isinstance(trigger, PolicyTrigger)  # noqa: S101 - the union's last member
    if addressee.industry != trigger.industry:
        raise InvalidInputError(
            field="addressee.industry",
            value=addressee.industry,
            allowed=f"{trigger.industry}: an industry policy letter goes to firms of its industry",
        )
    return (
        LetterFinding(
            text_zh=f"{name}属{trigger.industry}行业：{trigger.topic_zh}",
            text_en=f"{name} is in the {trigger.industry} industry: {trigger.topic_en}",
        ),
        ActionRequest(
            id="self-check",
            text_zh="对照本函开展自查，书面回复自查结果。",
            text_en="Self-check against this letter and reply in writing with the result.",
        ),
        (f"industry:{trigger.industry}",),
    )


def _terms(policy: Policy) -> LetterTerms:
    severity = policy.as_str("letters.ignored_severity")
    entry = policy.get("letters.response_working_days")
    return LetterTerms(
        response_working_days=policy.as_int("letters.response_working_days"),
        escalation_working_days=policy.as_int("letters.escalation_working_days"),
        verification_working_days=policy.as_int("letters.verification_working_days"),
        exemption_months=policy.as_int("letters.exemption_months"),
        ignored_severity="general" if severity == "general" else "minor",
        source=policy.citation("letters.response_working_days"),
        basis_note=f"{entry.basis}: {entry.citation.note}" if entry.citation.note else entry.basis,
    )


def compose_letter(
    request: LetterRequest, *, policy: Policy, issued_on: dt.date | str
) -> Decision[Letter]:
    """Compose a letter from what triggered it: findings, actions, deadlines, provisions.

    Args:
        request: The addressee, the trigger, the local measure, further findings and actions.
        policy: The jurisdiction's policy on ``issued_on``.
        issued_on: The day the letter is issued (sent).

    Returns:
        The letter, with a reason for each rule that set its content and deadlines.

    Raises:
        InvalidInputError: a no-penalty letter for a decision that penalised, a pre-inspection
            notice on or after the visit, a policy letter to a firm of another industry, an
            issue date before its trigger.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-09-01")
        >>> request = LetterRequest(
        ...     id="L-1",
        ...     addressee=Addressee(name="Example Co.", credit_code="91350200776049653A"),
        ...     issuer_zh="某市生态环境局",
        ...     trigger=LapseTrigger(
        ...         document_type="permit", document_ref="P-1", expires_on="2026-10-30"
        ...     ),
        ...     local_measure=LocalMeasure(name_zh="某规定", name_en="A measure", issuer_zh="某局"),
        ... )
        >>> letter = compose_letter(request, policy=policy, issued_on="2026-09-01").outcome
        >>> letter.kind.value, letter.response_due.isoformat()
        ('reminder', '2026-09-08')
    """
    day = parse_date(issued_on, field="issued_on")
    policy.check_date(day, "issued_on")
    trigger = request.trigger
    kind = _kind_of(trigger)
    finding, default_action, default_matters = _trigger_content(trigger, request.addressee)
    _check_trigger_day(trigger, day)
    terms = _terms(policy)
    response = working_days_after(day, terms.response_working_days)
    response_due = max(_cap(trigger, response.last_day), day)
    reasons: list[Reason] = [
        Reason(
            rule_id="letters.addressee",
            citation=eco_code.ART_54 if eco_code.ART_54.in_force_on(day) else None,
            message_zh=f"告知对象为{request.addressee.name}（统一社会信用代码"
            f"{request.addressee.credit_code}），属企业事业单位和其他生产经营者，不向个人发函。",
            message_en=f"Addressed to {request.addressee.name} (credit code "
            f"{request.addressee.credit_code}), an enterprise or unit; letters never go to "
            "private persons.",
            facts=facts(addressee=request.addressee.name, kind=request.addressee.kind),
        ),
        policy.reason(
            "letters.response_working_days",
            "letters.response-window",
            f"自{day.isoformat()}起{terms.response_working_days}个工作日内回复，"
            f"最后一日为{response_due.isoformat()}"
            + ("（检查日前一日或到期日）" if response_due != response.last_day else "")
            + f"{_DEFAULT_NOTE_ZH}。",
            f"Reply within {terms.response_working_days} working days of {day.isoformat()}: "
            f"last day {response_due.isoformat()}"
            + (
                " (the day before the visit or the lapse)"
                if response_due != response.last_day
                else ""
            )
            + f"{_DEFAULT_NOTE_EN}.",
            issued_on=day,
            working_days=terms.response_working_days,
            response_due=response_due,
        ),
        *response.reasons,
    ]
    actions: list[RequiredAction] = []
    for i, action in enumerate(request.actions or (default_action,)):
        days = action.working_days or terms.response_working_days
        due = working_days_after(day, days).last_day
        capped = _cap(trigger, due)
        if capped < day:
            raise InvalidInputError(
                field=f"actions.{i}", value=action.id, allowed="an action due on or after issue"
            )
        actions.append(
            RequiredAction(id=action.id, text_zh=action.text_zh, text_en=action.text_en, due=capped)
        )
        reasons.append(
            Reason(
                rule_id="letters.action-due",
                citation=None,
                message_zh=f"事项“{action.text_zh}”须于{capped.isoformat()}前完成"
                + ("（检查日前一日或到期日前）" if capped != due else "")
                + f"（{days}个工作日；ecoreg默认值或本函所定期限）。",
                message_en=f"Action '{action.text_en}' is due by {capped.isoformat()}"
                + (" (the day before the visit or the lapse)" if capped != due else "")
                + f" ({days} working days; ecoreg's default or the letter's own window).",
                facts=facts(action=action.id, working_days=days, due=capped),
            )
        )
    provisions = _provisions(trigger, kind, day)
    if kind is LetterKind.NO_PENALTY:
        reasons.append(
            Reason(
                rule_id="letters.duty-to-educate",
                citation=apl.ART_33_3,
                message_zh="对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育：本告知书"
                "列明问题、整改事项、方式、法律依据及不整改的后果（如皋做法）。",
                message_en="Where a violation is not penalised, the agency must educate the party: "
                "this notification lists the problem, what to rectify and how, the provisions and "
                "the consequence of not rectifying (Rugao's practice).",
                facts=facts(outcome=getattr(trigger, "outcome", None)),
            )
        )
    # Every action reported done by the last action's day, and never before the reply is due.
    rectify_due = (
        None if kind is LetterKind.POLICY else max(response_due, *(a.due for a in actions))
    )
    consequence_zh, consequence_en = _consequence(kind, terms, response_due, rectify_due)
    reasons.append(
        policy.reason(
            "letters.escalation_working_days",
            "letters.consequence",
            consequence_zh + _DEFAULT_NOTE_ZH,
            consequence_en + _DEFAULT_NOTE_EN,
            escalation_working_days=terms.escalation_working_days,
            ignored_severity=terms.ignored_severity,
        )
    )
    local = request.local_measure
    reasons.append(
        Reason(
            rule_id="letters.local-measure",
            citation=None,
            message_zh=f"适用地方规定：《{local.name_zh}》"
            + (f"（{local.number}）" if local.number else "")
            + (local.provision_zh or "")
            + f"，{local.issuer_zh}。",
            message_en=f"The local measure that applies: {local.name_en}"
            + (f" ({local.number})" if local.number else "")
            + f", issued by {local.issuer_zh}.",
            facts=facts(local_measure=local.name_zh, number=local.number),
        )
    )
    letter = Letter(
        id=request.id,
        kind=kind,
        addressee=request.addressee,
        issuer_zh=request.issuer_zh,
        issued_on=day,
        jurisdiction=policy.jurisdiction.code,
        trigger=trigger,
        subject_zh=f"关于{request.addressee.name}的{_KIND_ZH[kind]}",
        subject_en=f"{_KIND_EN[kind]} to {request.addressee.name}",
        found=(finding, *request.findings),
        actions=tuple(actions),
        response_due=response_due,
        rectify_due=rectify_due,
        provisions=provisions,
        local_measure=local,
        consequence_zh=consequence_zh,
        consequence_en=consequence_en,
        matters=request.matters or default_matters,
        terms=terms,
    )
    return Decision[Letter](
        outcome=letter,
        decided_on=day,
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(reasons),
        warnings=(*policy.layer_warnings(day), *response.warnings),
    )


def _check_trigger_day(trigger: object, day: dt.date) -> None:
    earliest: tuple[str, dt.date] | None = None
    if isinstance(trigger, LeniencyTrigger):
        earliest = ("trigger.decided_on", trigger.decided_on)
    elif isinstance(trigger, GradeTrigger):
        earliest = ("trigger.on", trigger.on)
    elif isinstance(trigger, AlertTrigger):
        earliest = ("trigger.start", trigger.start.date())
    if earliest is not None and day < earliest[1]:
        raise InvalidInputError(
            field="issued_on", value=day, allowed=f"a day on or after {earliest[0]} ({earliest[1]})"
        )
    if isinstance(trigger, InspectionTrigger) and trigger.visit_on <= day:
        raise InvalidInputError(
            field="issued_on",
            value=day,
            allowed=f"a day before the visit (trigger.visit_on, {trigger.visit_on}): "
            "a pre-inspection notice comes before the inspection",
        )
    if isinstance(trigger, LapseTrigger) and trigger.expires_on < day:
        raise InvalidInputError(
            field="issued_on",
            value=day,
            allowed=f"a day on or before trigger.expires_on ({trigger.expires_on})",
        )


def _cap(trigger: object, due: dt.date) -> dt.date:
    """An action due no later than the day before the visit, or the lapse day."""
    if isinstance(trigger, InspectionTrigger):
        return min(due, trigger.visit_on - dt.timedelta(days=1))
    if isinstance(trigger, LapseTrigger):
        return min(due, trigger.expires_on)
    return due


def _provisions(trigger: object, kind: LetterKind, day: dt.date) -> tuple[Citation, ...]:
    cites: list[Citation] = []
    if isinstance(trigger, LeniencyTrigger):
        cites.extend(trigger.provisions)
        if apl.ART_33_3 not in cites:
            cites.append(apl.ART_33_3)
    if kind is LetterKind.PRE_INSPECTION and CODE_ART_51.in_force_on(day):
        cites.append(CODE_ART_51)
    ledger = isinstance(trigger, LapseTrigger) and trigger.document_type == "permit_ledger"
    if ledger and CODE_ART_183.in_force_on(day):
        cites.append(CODE_ART_183)
    if eco_code.ART_54.in_force_on(day):
        cites.append(eco_code.ART_54)
    return tuple(cites)


def _consequence(
    kind: LetterKind, terms: LetterTerms, response_due: dt.date, rectify_due: dt.date | None
) -> tuple[str, str]:
    grace = terms.escalation_working_days
    sev_zh = "一般" if terms.ignored_severity == "general" else "轻微"
    zh = f"逾期未回复（{response_due.isoformat()}）" + (
        f"或未完成整改（{rectify_due.isoformat()}）" if rectify_due else ""
    )
    en = f"If the letter is not acknowledged by {response_due.isoformat()}" + (
        f" or the actions not done by {rectify_due.isoformat()}" if rectify_due else ""
    )
    zh += (
        f"的，将发出催告；再逾{grace}个工作日仍未办理的，转为现场检查任务，并作为{sev_zh}违法记录"
        "计入信用与风险评价。"
    )
    en += (
        f", a reminder is sent; {grace} working days later the matter becomes an on-site "
        f"inspection task and a {terms.ignored_severity} record in the credit and risk grading."
    )
    if kind is LetterKind.PRE_INSPECTION:
        zh += "检查时应如实反映情况、提供必要资料。"
        en += " At the inspection the firm reports truthfully and provides the necessary material."
    return zh, en


def _example_letter(policy: Policy) -> Letter:
    """A reminder issued 2026-09-01 (for doctests): acknowledge by 09-08, grace to 09-15."""
    request = LetterRequest(
        id="L-1",
        addressee=Addressee(name="Example Co.", credit_code="91350200776049653A"),
        issuer_zh="某市生态环境局",
        trigger=LapseTrigger(
            document_type="permit", document_ref="P-1", expires_on=dt.date(2026, 10, 30)
        ),
        local_measure=LocalMeasure(name_zh="某规定", name_en="A measure", issuer_zh="某局"),
    )
    return compose_letter(request, policy=policy, issued_on="2026-09-01").outcome


check_public(globals(), ("compose_letter",))
