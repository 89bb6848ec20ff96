"""One enterprise, one file (一企一档): completeness, timeliness, retention and consistency.

Seed 001 ("用好'一企一档'提升监管精准化水平") reports a Yunnan county (凤庆县) where of nearly
3,000 enterprises that went through an EIA since 2016 only 200-odd have proper archives, and
proposes measuring completeness, accuracy and timeliness, with environmental administrative
documents filed within 48 hours. That is a proposal in a commentary, not a rule: the 48 hours
are ecoreg's default (`archives.filing_hours`). The ledger retention is the Code's minimum
(Art. 183: 原始监测记录和管理台账保存期限不得少于五年).

`check_file` reports, for one enterprise on a date, every gap as a reason with a hint:

* **missing**: a document its permit class or industry requires (`archives.required_by_class`,
  `archives.required_by_industry`), a hazardous-waste manifest for a firm that produces
  hazardous waste, or a document the bureau issued that is not in the file;
* **late** / **not filed**: filed more than `archives.filing_hours` after it was issued (the
  last hour included), or not filed when they have passed;
* **retention**: a ledger destroyed before `archives.ledger_retention_years` have passed;
* **consistency**: monitoring reports that continue after every permit expired; a completion
  acceptance dated before the EIA approval.

`check_files` does the same for a county's files and sums the gaps by industry.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

from pydantic import Field, model_validator

from ecoreg.core._boundary import check_public
from ecoreg.core._decision import Decision, Hint, Reason, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._periods import add_months
from ecoreg.core._time import Day, Instant, parse_date, shanghai
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._profile import EnterpriseProfile, Severity, ViolationRecord
from ecoreg.law import eco_code
from ecoreg.letters._documents import DOCUMENT_EN, DOCUMENT_ZH, FileDocumentType
from ecoreg.letters._letters import CODE_ART_183

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ecoreg.core._citations import Citation
    from ecoreg.core._policy import Policy

__all__ = [
    "EnterpriseFile",
    "ExpectedDocument",
    "FileBatch",
    "FileDocument",
    "FileGap",
    "FileReport",
    "GapCode",
    "IndustryGap",
    "check_file",
    "check_files",
]

Text = Annotated[str, Field(min_length=1, max_length=200)]
Share = Decimal
_PLACES = Decimal("0.0001")


class FileDocument(EcoregModel):
    """One document in the file: when it was issued, when it was filed, how long it is valid."""

    id: Text
    type: FileDocumentType
    issued_at: Instant
    filed_at: Instant | None = None
    """When it entered the file; ``None`` while it is not filed."""
    valid_until: Day | None = None
    """For a permit: the last day it is valid."""
    destroyed_on: Day | None = None
    """For a ledger: the day it was destroyed, if it was."""

    @model_validator(mode="after")
    def _order(self) -> FileDocument:
        if self.filed_at is not None and self.filed_at < self.issued_at:
            raise InvalidInputError(
                field="filed_at",
                value=self.filed_at.isoformat(),
                allowed=f"an instant on or after issued_at ({self.issued_at.isoformat()}): a "
                "document cannot be filed before it is issued",
            )
        day = self.issued_at.date()
        for name in ("valid_until", "destroyed_on"):
            value = getattr(self, name)
            if value is not None and value < day:
                raise InvalidInputError(
                    field=name, value=value, allowed=f"a day on or after the issue day ({day})"
                )
        return self


class ExpectedDocument(EcoregModel):
    """A document the bureau knows it issued (an inspection record, a penalty decision, a letter)."""

    id: Text
    type: FileDocumentType


class EnterpriseFile(EcoregModel):
    """An enterprise's file: who it is, what it holds, what it should hold."""

    profile: EnterpriseProfile
    documents: tuple[FileDocument, ...] = ()
    expected: tuple[ExpectedDocument, ...] = ()
    hazardous_waste: bool = False
    """Whether the firm produces hazardous waste (it then needs its transfer manifests)."""


class GapCode(StrEnum):
    """The kinds of gaps a file can have."""

    MISSING = "missing"
    LATE = "late"
    NOT_FILED = "not_filed"
    RETENTION = "retention"
    PERMIT_EXPIRED_REPORTS_CONTINUE = "permit_expired_reports_continue"
    ACCEPTANCE_BEFORE_APPROVAL = "acceptance_before_approval"


class FileGap(EcoregModel):
    """One gap of a file, with a hint saying how to close it."""

    code: GapCode
    document_type: FileDocumentType
    document_id: str | None = None
    message_zh: str
    message_en: str
    hint_zh: str
    hint_en: str


class FileReport(EcoregModel):
    """The state of one enterprise's file on a date."""

    enterprise: str
    name: str
    industry: str
    on: Day
    required: tuple[FileDocumentType, ...]
    missing: tuple[FileDocumentType, ...]
    completeness: Share
    """Required document types present (and expected documents filed), as a share, 4 places."""
    timeliness: Share
    """Documents due by ``on`` filed in time, as a share, 4 places (1 when none is due)."""
    gaps: tuple[FileGap, ...]
    risk_records: tuple[ViolationRecord, ...] = ()
    """Grading inputs: an incomplete or late file as minor records (ecoreg's default)."""

    @property
    def complete(self) -> bool:
        """Whether nothing is missing."""
        return self.completeness == 1


class IndustryGap(EcoregModel):
    """The files of one industry: how many, how complete."""

    industry: str
    files: int
    complete_files: int
    mean_completeness: Share
    missing_documents: int


class FileBatch(EcoregModel):
    """A county's files: a report per enterprise and the gap by industry."""

    on: Day
    reports: tuple[FileReport, ...]
    by_industry: tuple[IndustryGap, ...]


def _share(part: int, whole: int) -> Decimal:
    if whole == 0:
        return Decimal(1)
    return (Decimal(part) / Decimal(whole)).quantize(_PLACES, rounding=ROUND_DOWN)


def _required(file: EnterpriseFile, policy: Policy) -> tuple[FileDocumentType, ...]:
    profile = file.profile
    wanted: list[FileDocumentType] = []
    for key, selector in (
        ("archives.required_by_class", profile.permit_class.value),
        ("archives.required_by_industry", profile.industry),
    ):
        for entry in policy.as_tuple(key):
            scope, _, kind = str(entry).partition(":")
            if scope != selector:
                continue
            try:
                wanted.append(FileDocumentType(kind))
            except ValueError:
                raise InvalidInputError(
                    field=key,
                    value=entry,
                    allowed="'scope:document_type' with a document type of "
                    + ", ".join(t.value for t in FileDocumentType),
                ) from None
    if file.hazardous_waste:
        wanted.append(FileDocumentType.HW_MANIFEST)
    return tuple(dict.fromkeys(wanted))


def _end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=shanghai())


def _gap(
    code: GapCode,
    kind: FileDocumentType,
    doc: str | None,
    zh: str,
    en: str,
    hint_zh: str,
    hint_en: str,
) -> FileGap:
    return FileGap(
        code=code,
        document_type=kind,
        document_id=doc,
        message_zh=zh,
        message_en=en,
        hint_zh=hint_zh,
        hint_en=hint_en,
    )


_DEFAULT_ZH = "（ecoreg默认值，非法定要求）"
_DEFAULT_EN = " (ecoreg's default, not a legal requirement)"


def _report(  # noqa: C901, PLR0912, PLR0915 - one block per check, in the report's order
    file: EnterpriseFile, policy: Policy, day: dt.date
) -> tuple[FileReport, list[Reason], list[Hint]]:
    hours = policy.as_int("archives.filing_hours")
    years = policy.as_int("archives.ledger_retention_years")
    cutoff = _end_of(day)
    for i, doc in enumerate(file.documents):
        if doc.issued_at >= cutoff:
            raise InvalidInputError(
                field=f"documents.{i}.issued_at",
                value=doc.issued_at.isoformat(),
                allowed=f"an instant on or before the report day ({day})",
            )
    filed = [d for d in file.documents if d.filed_at is not None and d.filed_at < cutoff]
    filed_types = {d.type for d in filed}
    filed_ids = {d.id for d in filed}
    required = _required(file, policy)
    gaps: list[FileGap] = []
    reasons: list[Reason] = []
    name = file.profile.name
    missing = tuple(t for t in required if t not in filed_types)
    for kind in missing:
        gaps.append(  # noqa: PERF401 - one gap per missing type, written out
            _gap(
                GapCode.MISSING,
                kind,
                None,
                f"{name}的档案缺少{DOCUMENT_ZH[kind]}。",
                f"{name}'s file lacks its {DOCUMENT_EN[kind]}.",
                f"补充归档{DOCUMENT_ZH[kind]}。",
                f"File the {DOCUMENT_EN[kind]}.",
            )
        )
    missing_expected = [e for e in file.expected if e.id not in filed_ids]
    for exp in missing_expected:
        gaps.append(  # noqa: PERF401 - one gap per missing item, written out
            _gap(
                GapCode.MISSING,
                exp.type,
                exp.id,
                f"已出具的{DOCUMENT_ZH[exp.type]}（{exp.id}）未归入{name}的档案。",
                f"The {DOCUMENT_EN[exp.type]} {exp.id} the bureau issued is not in {name}'s file.",
                f"将{exp.id}归档。",
                f"File {exp.id}.",
            )
        )
    parts = len(required) + len(file.expected)
    present = parts - len(missing) - len(missing_expected)
    completeness = _share(present, parts)
    reasons.append(
        policy.reason(
            "archives.required_by_class",
            "archives.completeness",
            f"按排污许可{file.profile.permit_class.value}类和{file.profile.industry}行业，"
            f"档案应有{parts}项，现有{present}项，完整率{completeness}{_DEFAULT_ZH}。",
            f"By permit class {file.profile.permit_class.value} and industry "
            f"{file.profile.industry} the file should hold {parts} items; it holds {present}: "
            f"completeness {completeness}{_DEFAULT_EN}.",
            required=[t.value for t in required],
            missing=[t.value for t in missing],
            completeness=completeness,
        )
    )

    limit = dt.timedelta(hours=hours)
    due_docs = 0
    on_time = 0
    for doc in file.documents:
        deadline = doc.issued_at + limit
        in_file = doc.filed_at is not None and doc.filed_at < cutoff
        if not in_file and deadline >= cutoff:
            continue  # not due yet
        due_docs += 1
        label_zh, label_en = DOCUMENT_ZH[doc.type], DOCUMENT_EN[doc.type]
        if in_file and doc.filed_at is not None and doc.filed_at <= deadline:
            on_time += 1
            continue
        if in_file and doc.filed_at is not None:
            late = doc.filed_at - doc.issued_at
            gaps.append(
                _gap(
                    GapCode.LATE,
                    doc.type,
                    doc.id,
                    f"{label_zh}（{doc.id}）出具后{_hours(late)}小时才归档，超过{hours}小时"
                    f"{_DEFAULT_ZH}。",
                    f"The {label_en} {doc.id} was filed {_hours(late)} hours after issue, "
                    f"more than {hours}{_DEFAULT_EN}.",
                    f"文书出具后{hours}小时内归档。",
                    f"File documents within {hours} hours of issue.",
                )
            )
        else:
            gaps.append(
                _gap(
                    GapCode.NOT_FILED,
                    doc.type,
                    doc.id,
                    f"{label_zh}（{doc.id}）出具已超过{hours}小时仍未归档{_DEFAULT_ZH}。",
                    f"The {label_en} {doc.id} is still not filed {hours} hours after "
                    f"issue{_DEFAULT_EN}.",
                    f"立即将{doc.id}归档。",
                    f"File {doc.id} now.",
                )
            )
    timeliness = _share(on_time, due_docs)
    reasons.append(
        policy.reason(
            "archives.filing_hours",
            "archives.timeliness",
            f"应归档文书{due_docs}份，{hours}小时内（含第{hours}小时）归档{on_time}份，"
            f"及时率{timeliness}（种子报告建议48小时归档；ecoreg默认值，非法定要求）。",
            f"{due_docs} documents were due, {on_time} filed within {hours} hours (the last "
            f"hour included): timeliness {timeliness} (seed 001 proposes 48 hours; ecoreg's "
            "default, not a legal requirement).",
            filing_hours=hours,
            due=due_docs,
            on_time=on_time,
        )
    )

    for doc in file.documents:
        if doc.type is not FileDocumentType.PERMIT_LEDGER or doc.destroyed_on is None:
            continue
        keep_until, _ = add_months(doc.issued_at.date(), 12 * years)
        if doc.destroyed_on < keep_until:
            gaps.append(
                _gap(
                    GapCode.RETENTION,
                    doc.type,
                    doc.id,
                    f"环境管理台账（{doc.id}）于{doc.destroyed_on}销毁，未满{years}年"
                    f"（应保存至{keep_until}）。",
                    f"The ledger {doc.id} was destroyed on {doc.destroyed_on}, before its "
                    f"{years} years ran (keep it until {keep_until}).",
                    f"台账保存不少于{years}年。",
                    f"Keep ledgers at least {years} years.",
                )
            )
            reasons.append(
                Reason(
                    rule_id="archives.retention",
                    citation=CODE_ART_183 if CODE_ART_183.in_force_on(doc.destroyed_on) else None,
                    message_zh=f"原始监测记录和管理台账保存期限不得少于五年；ecoreg按{years}年检查"
                    "（2026-08-15前为排污许可证的台账记录要求）。",
                    message_en=f"Ledgers and original monitoring records are kept no less than "
                    f"five years; ecoreg checks {years} years (before 2026-08-15: the permits' "
                    "ledger requirements).",
                    facts=facts(
                        document=doc.id, destroyed_on=doc.destroyed_on, keep_until=keep_until
                    ),
                )
            )

    permits = [d for d in filed if d.type is FileDocumentType.PERMIT]
    for monitoring in (d for d in filed if d.type is FileDocumentType.MONITORING_REPORT):
        report_day = monitoring.issued_at.date()
        expired = [p for p in permits if p.valid_until is not None and p.valid_until < report_day]
        covering = [
            p
            for p in permits
            if p.issued_at.date() <= report_day
            and (p.valid_until is None or report_day <= p.valid_until)
        ]
        if expired and not covering:
            last = max(p.valid_until for p in expired if p.valid_until is not None)
            gaps.append(
                _gap(
                    GapCode.PERMIT_EXPIRED_REPORTS_CONTINUE,
                    monitoring.type,
                    monitoring.id,
                    f"排污许可证已于{last}到期，但{report_day}仍有监测报告（{monitoring.id}）："
                    "许可证未延续或延续文件未归档。",
                    f"The discharge permit expired on {last}, yet monitoring report "
                    f"{monitoring.id} is dated {report_day}: not renewed, or the renewal is "
                    "not filed.",
                    "核实许可证延续情况，归档延续后的许可证；未延续的依法处理。",
                    "Check the renewal and file the renewed permit; if none, act on it.",
                )
            )
    approvals = [d for d in filed if d.type is FileDocumentType.EIA_APPROVAL]
    if approvals:
        approved = min(d.issued_at for d in approvals)
        for acc in (d for d in filed if d.type is FileDocumentType.ACCEPTANCE):
            if acc.issued_at < approved:
                gaps.append(  # noqa: PERF401 - one gap per acceptance, written out
                    _gap(
                        GapCode.ACCEPTANCE_BEFORE_APPROVAL,
                        acc.type,
                        acc.id,
                        f"竣工环境保护验收（{acc.id}，{acc.issued_at.date()}）早于环评批复"
                        f"（{approved.date()}）。",
                        f"The completion acceptance {acc.id} ({acc.issued_at.date()}) is "
                        f"dated before the EIA approval ({approved.date()}).",
                        "核对日期；属实的，核查是否未批先建。",
                        "Check the dates; if true, check for building before approval (未批先建).",
                    )
                )

    records: list[ViolationRecord] = []
    if completeness < policy.as_decimal("archives.min_completeness"):
        records.append(ViolationRecord(on=day, kind="archive_incomplete", severity=Severity.MINOR))
    late_share = Decimal(1) - timeliness
    if late_share > policy.as_decimal("archives.max_late_share"):
        records.append(ViolationRecord(on=day, kind="archive_late_filing", severity=Severity.MINOR))
    reasons.extend(
        Reason(
            rule_id=f"archives.{gap.code.value}",
            citation=_gap_citation(gap, day),
            message_zh=gap.message_zh,
            message_en=gap.message_en,
            facts=facts(document_type=gap.document_type, document=gap.document_id),
        )
        for gap in gaps
    )
    hints = [
        Hint(
            rule_id=f"archives.{g.code.value}",
            message_zh=g.hint_zh,
            message_en=g.hint_en,
            changes=facts(document_type=g.document_type, document=g.document_id),
        )
        for g in gaps
    ]
    report = FileReport(
        enterprise=file.profile.credit_code,
        name=name,
        industry=file.profile.industry,
        on=day,
        required=required,
        missing=missing,
        completeness=completeness,
        timeliness=timeliness,
        gaps=tuple(gaps),
        risk_records=tuple(records),
    )
    return report, reasons, hints


def _gap_citation(gap: FileGap, day: dt.date) -> Citation | None:
    """The Code's article behind a gap, where one is: key units' automatic monitoring (Art. 184)."""
    auto = (
        gap.code is GapCode.MISSING
        and gap.document_type is FileDocumentType.AUTO_MONITORING_ACCEPTANCE
    )
    if auto and eco_code.ART_184.in_force_on(day):
        return eco_code.ART_184
    return None


def _hours(delta: dt.timedelta) -> str:
    return str((Decimal(int(delta.total_seconds())) / 3600).quantize(Decimal("0.1"), ROUND_DOWN))


def check_file(file: EnterpriseFile, *, policy: Policy, on: dt.date | str) -> Decision[FileReport]:
    """Check one enterprise's file on ``on``: every gap a reason with a hint.

    Raises:
        InvalidInputError: a document issued after ``on`` (``documents.N.issued_at``), a
            document filed before it was issued (``documents.N.filed_at``, when built).

    Examples:
        >>> from ecoreg import standard_policy_book, EnterpriseProfile
        >>> policy = standard_policy_book().resolve("CN", "2026-09-01")
        >>> firm = EnterpriseProfile(
        ...     credit_code="91350200776049653A", name="Example Co.", jurisdiction="CN"
        ... )
        >>> report = check_file(EnterpriseFile(profile=firm), policy=policy, on="2026-09-01")
        >>> [t.value for t in report.outcome.missing], str(report.outcome.completeness)
        (['eia_document', 'discharge_registration'], '0.0000')
    """
    day = parse_date(on, field="on")
    policy.check_date(day, "on")
    report, reasons, hints = _report(file, policy, day)
    return Decision[FileReport](
        outcome=report,
        decided_on=day,
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(reasons),
        hints=tuple(hints),
    )


def check_files(
    files: Sequence[EnterpriseFile], *, policy: Policy, on: dt.date | str
) -> Decision[FileBatch]:
    """Check a county's files on ``on`` and sum the gap by industry.

    Raises:
        InvalidInputError: as `check_file`, naming ``files.N``.

    Examples:
        >>> from ecoreg import standard_policy_book, EnterpriseProfile
        >>> policy = standard_policy_book().resolve("CN", "2026-09-01")
        >>> firm = EnterpriseProfile(
        ...     credit_code="91350200776049653A", name="Example Co.", jurisdiction="CN"
        ... )
        >>> batch = check_files([EnterpriseFile(profile=firm)], policy=policy, on="2026-09-01")
        >>> batch.outcome.by_industry[0].complete_files
        0
    """
    day = parse_date(on, field="on")
    policy.check_date(day, "on")
    reports: list[FileReport] = []
    for i, file in enumerate(files):
        try:
            reports.append(_report(file, policy, day)[0])
        except InvalidInputError as exc:
            raise exc.at(f"files.{i}") from None
    groups: dict[str, list[FileReport]] = defaultdict(list)
    for report in reports:
        groups[report.industry].append(report)
    by_industry = tuple(
        IndustryGap(
            industry=industry,
            files=len(items),
            complete_files=sum(1 for r in items if r.complete),
            mean_completeness=(
                sum((r.completeness for r in items), Decimal(0)) / len(items)
            ).quantize(_PLACES, rounding=ROUND_DOWN),
            missing_documents=sum(1 for r in items for g in r.gaps if g.code is GapCode.MISSING),
        )
        for industry, items in sorted(groups.items())
    )
    complete = sum(1 for r in reports if r.complete)
    return Decision[FileBatch](
        outcome=FileBatch(on=day, reports=tuple(reports), by_industry=by_industry),
        decided_on=day,
        jurisdiction=policy.jurisdiction.code,
        reasons=(
            policy.reason(
                "archives.required_by_class",
                "archives.batch",
                f"共{len(reports)}份企业档案，完整{complete}份{_DEFAULT_ZH}。",
                f"{len(reports)} files, {complete} complete{_DEFAULT_EN}.",
                files=len(reports),
                complete=complete,
            ),
        ),
    )


check_public(globals(), ("check_file", "check_files"))
