"""One enterprise, one file (issue 28): completeness, timeliness, retention, consistency, batch.

The 48 hours are seed 001's proposal (a commentary), ecoreg's default; the five years are the
Code's minimum for ledgers (Art. 183). Instants are Asia/Shanghai (UTC+8).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecoreg import EnterpriseProfile, PermitClass, grade_enterprise, standard_policy_book
from ecoreg.exceptions import InvalidInputError, PolicyDataError
from ecoreg.letters import (
    EnterpriseFile,
    ExpectedDocument,
    FileDocument,
    FileDocumentType,
    GapCode,
    check_file,
    check_files,
)
from ecoreg.letters._params import DOCUMENT_TYPES
from policy_helpers import local_measure

D = dt.date
CST = dt.timezone(dt.timedelta(hours=8))
BOOK = standard_policy_book()
ON = D(2027, 6, 30)
POLICY = BOOK.resolve("CN", ON)
CODE = "91350200776049653A"
T = FileDocumentType


def at(day: str, hour: int = 9, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime.combine(D.fromisoformat(day), dt.time(hour, minute, second), tzinfo=CST)


def doc(ident: str, kind: FileDocumentType, issued: dt.datetime, **fields: Any) -> FileDocument:
    fields.setdefault("filed_at", issued + dt.timedelta(hours=2))
    return FileDocument(id=ident, type=kind, issued_at=issued, **fields)


def firm(
    permit: PermitClass = PermitClass.SIMPLIFIED, industry: str = "coating"
) -> EnterpriseProfile:
    return EnterpriseProfile(
        credit_code=CODE,
        name="凤庆某企业",
        jurisdiction="CN",
        industry=industry,
        permit_class=permit,
    )


SIMPLIFIED_DOCS = (
    doc("eia", T.EIA_DOCUMENT, at("2024-03-01")),
    doc("eia-ok", T.EIA_APPROVAL, at("2024-04-01")),
    doc("acc", T.ACCEPTANCE, at("2025-01-10")),
    doc("permit", T.PERMIT, at("2025-02-01"), valid_until=D(2030, 1, 31)),
    doc("plan", T.MONITORING_PLAN, at("2025-02-05")),
    doc("rep-1", T.MONITORING_REPORT, at("2027-03-31")),
    doc("ledger", T.PERMIT_LEDGER, at("2025-03-01")),
    doc("hw-1", T.HW_MANIFEST, at("2027-05-10")),
)


def test_a_complete_timely_file_has_no_gap_and_full_shares() -> None:
    report = check_file(
        EnterpriseFile(profile=firm(), documents=SIMPLIFIED_DOCS), policy=POLICY, on=ON
    )
    out = report.outcome
    assert out.gaps == ()
    assert (out.completeness, out.timeliness) == (Decimal(1), Decimal(1))
    assert out.complete
    assert out.risk_records == ()
    assert report.hints == ()
    # The simplified class needs 7 documents and coating adds the HW manifest: 8 required.
    assert len(out.required) == 8


def test_missing_documents_by_class_and_industry_each_give_a_reason_and_a_hint() -> None:
    file = EnterpriseFile(profile=firm(PermitClass.KEY, "chemicals"), documents=SIMPLIFIED_DOCS[:4])
    decision = check_file(file, policy=POLICY, on=ON)
    out = decision.outcome
    # Key class: 9 documents; chemicals add the emergency plan (already in) and HW manifests.
    assert len(out.required) == 10
    assert set(out.missing) == {
        T.MONITORING_PLAN,
        T.MONITORING_REPORT,
        T.PERMIT_LEDGER,
        T.AUTO_MONITORING_ACCEPTANCE,
        T.EMERGENCY_PLAN,
        T.HW_MANIFEST,
    }
    assert out.completeness == Decimal("0.4")  # 4 of 10
    missing_hints = [h for h in decision.hints if h.rule_id == "archives.missing"]
    assert len(missing_hints) == 6
    cited = [r.citation.article for r in decision.reasons if r.citation is not None]
    assert 184 in cited  # key units' automatic monitoring (生态环境法典 Art. 184)
    completeness = next(r for r in decision.reasons if r.rule_id == "archives.completeness")
    assert "ecoreg默认值" in completeness.message_zh
    assert "ecoreg's default" in completeness.message_en


def test_a_document_the_bureau_issued_must_be_in_the_file() -> None:
    file = EnterpriseFile(
        profile=firm(),
        documents=SIMPLIFIED_DOCS,
        expected=(ExpectedDocument(id="凤环罚〔2027〕3号", type=T.PENALTY_DECISION),),
    )
    out = check_file(file, policy=POLICY, on=ON).outcome
    (gap,) = out.gaps
    assert (gap.code, gap.document_id) == (GapCode.MISSING, "凤环罚〔2027〕3号")
    assert out.completeness == Decimal("0.8888")  # 8 of 9, rounded down


def test_filing_at_the_48th_hour_is_in_time_and_one_second_later_is_late() -> None:
    issued = at("2027-06-01", 10)
    exact = doc("insp-1", T.INSPECTION_RECORD, issued, filed_at=at("2027-06-03", 10))
    late = doc("insp-2", T.INSPECTION_RECORD, issued, filed_at=at("2027-06-03", 10, 0, 1))
    out = check_file(
        EnterpriseFile(profile=firm(), documents=(*SIMPLIFIED_DOCS, exact, late)),
        policy=POLICY,
        on=ON,
    ).outcome
    (gap,) = out.gaps
    assert (gap.code, gap.document_id) == (GapCode.LATE, "insp-2")
    assert out.timeliness == Decimal("0.9")  # 9 of 10 documents filed in time
    assert "48" in gap.message_zh
    assert "ecoreg" in gap.message_en


def test_an_unfiled_document_is_not_due_until_its_hours_have_passed() -> None:
    pending = doc("insp", T.INSPECTION_RECORD, at("2027-06-29", 10), filed_at=None)
    file = EnterpriseFile(profile=firm(), documents=(*SIMPLIFIED_DOCS, pending))
    # On 06-30 the 48 hours (to 07-01 10:00) have not passed: nothing is due yet.
    assert check_file(file, policy=POLICY, on="2027-06-30").outcome.gaps == ()
    # On 07-01 they pass during the day: by the day's end the record is overdue.
    (gap,) = check_file(file, policy=POLICY, on="2027-07-01").outcome.gaps
    assert (gap.code, gap.document_id) == (GapCode.NOT_FILED, "insp")


def test_the_filing_window_is_configurable() -> None:
    book = BOOK.extend(local_measure({"archives.filing_hours": 24}, jurisdiction="CN-TJ"))
    policy = book.resolve("CN-TJ", ON)
    issued = at("2027-06-01", 10)
    day_and_a_half = doc("insp", T.INSPECTION_RECORD, issued, filed_at=at("2027-06-02", 22))
    file = EnterpriseFile(
        profile=firm().model_copy(update={"jurisdiction": "CN-TJ"}),
        documents=(*SIMPLIFIED_DOCS, day_and_a_half),
    )
    assert check_file(file, policy=POLICY, on=ON).outcome.gaps == ()
    (gap,) = check_file(file, policy=policy, on=ON).outcome.gaps
    assert gap.code is GapCode.LATE


def test_a_ledger_destroyed_before_five_years_is_a_retention_gap_citing_the_code() -> None:
    def with_ledger(destroyed: str) -> EnterpriseFile:
        ledger = doc(
            "ledger-2026",
            T.PERMIT_LEDGER,
            at("2026-09-01"),
            destroyed_on=D.fromisoformat(destroyed),
        )
        return EnterpriseFile(profile=firm(), documents=(*SIMPLIFIED_DOCS, ledger))

    on = D(2031, 12, 31)
    policy = BOOK.resolve("CN", on)
    # Issued 2026-09-01: five years run to 2031-09-01, the first day it may be destroyed.
    assert check_file(with_ledger("2031-09-01"), policy=policy, on=on).outcome.gaps == ()
    decision = check_file(with_ledger("2031-08-31"), policy=policy, on=on)
    (gap,) = decision.outcome.gaps
    assert gap.code is GapCode.RETENTION
    retention = next(r for r in decision.reasons if r.rule_id == "archives.retention")
    assert retention.citation is not None
    assert retention.citation.article == 183


def test_monitoring_reports_after_the_permit_expired_are_inconsistent_unless_renewed() -> None:
    expired = doc("permit", T.PERMIT, at("2022-02-01"), valid_until=D(2027, 1, 31))
    report = doc("rep-2", T.MONITORING_REPORT, at("2027-02-01"))
    docs = [d for d in SIMPLIFIED_DOCS if d.type not in {T.PERMIT, T.MONITORING_REPORT}]
    file = EnterpriseFile(profile=firm(), documents=(*docs, expired, report))
    # The permit's last day is 2027-01-31; the report of 02-01 is the first uncovered one.
    (gap,) = check_file(file, policy=POLICY, on=ON).outcome.gaps
    assert (gap.code, gap.document_id) == (GapCode.PERMIT_EXPIRED_REPORTS_CONTINUE, "rep-2")
    last_day = doc("rep-0", T.MONITORING_REPORT, at("2027-01-31"))
    alone = EnterpriseFile(profile=firm(), documents=(*docs, expired, last_day))
    assert check_file(alone, policy=POLICY, on=ON).outcome.gaps == ()
    renewed = doc("permit-2", T.PERMIT, at("2027-01-20"), valid_until=D(2032, 1, 19))
    fine = EnterpriseFile(profile=firm(), documents=(*docs, expired, last_day, renewed, report))
    assert check_file(fine, policy=POLICY, on=ON).outcome.gaps == ()


def test_an_acceptance_dated_before_the_eia_approval_is_inconsistent() -> None:
    early = doc("acc", T.ACCEPTANCE, at("2024-03-15"))
    docs = [d for d in SIMPLIFIED_DOCS if d.type is not T.ACCEPTANCE]
    (gap,) = check_file(
        EnterpriseFile(profile=firm(), documents=(*docs, early)), policy=POLICY, on=ON
    ).outcome.gaps
    assert gap.code is GapCode.ACCEPTANCE_BEFORE_APPROVAL
    assert "未批先建" in gap.hint_zh


def test_bad_documents_are_refused_naming_the_field() -> None:
    with pytest.raises(InvalidInputError) as err:
        EnterpriseFile.model_validate(
            {
                "profile": firm().to_data(),
                "documents": [
                    {
                        "id": "x",
                        "type": "permit",
                        "issued_at": "2027-06-02T09:00:00+08:00",
                        "filed_at": "2027-06-01T09:00:00+08:00",
                    }
                ],
            }
        )
    assert err.value.field == "documents.0.filed_at"
    future = doc("f", T.PERMIT, at("2027-07-01"))
    with pytest.raises(InvalidInputError) as err:
        check_file(EnterpriseFile(profile=firm(), documents=(future,)), policy=POLICY, on=ON)
    assert err.value.field == "documents.0.issued_at"
    with pytest.raises(InvalidInputError) as err:
        check_files(
            [EnterpriseFile(profile=firm()), EnterpriseFile(profile=firm(), documents=(future,))],
            policy=POLICY,
            on=ON,
        )
    assert err.value.field == "files.1.documents.0.issued_at"


def test_an_incomplete_and_late_file_feeds_grading_as_risk() -> None:
    late = tuple(
        doc(
            d.id,
            d.type,
            d.issued_at,
            filed_at=d.issued_at + dt.timedelta(hours=72),
            valid_until=d.valid_until,
        )
        for d in SIMPLIFIED_DOCS[:3]
    )
    out = check_file(EnterpriseFile(profile=firm(), documents=late), policy=POLICY, on=ON).outcome
    assert [r.kind for r in out.risk_records] == ["archive_incomplete", "archive_late_filing"]
    before = grade_enterprise(firm(), [], policy=POLICY, on=ON).outcome
    after = grade_enterprise(firm(), list(out.risk_records), policy=POLICY, on=ON).outcome
    assert after.risk_score - before.risk_score == 10  # two minor records, 5 points each


def test_a_countys_files_sum_the_gap_by_industry() -> None:
    files = [
        EnterpriseFile(profile=firm(), documents=SIMPLIFIED_DOCS),
        EnterpriseFile(profile=firm(), documents=SIMPLIFIED_DOCS[:4]),
        EnterpriseFile(profile=firm(PermitClass.REGISTRATION, "food"), documents=()),
    ]
    batch = check_files(files, policy=POLICY, on=ON).outcome
    coating, food = batch.by_industry
    assert (coating.industry, coating.files, coating.complete_files) == ("coating", 2, 1)
    assert coating.mean_completeness == Decimal("0.75")  # (1 + 4/8) / 2
    assert coating.missing_documents == 4
    assert (food.files, food.complete_files, food.mean_completeness) == (1, 0, Decimal(0))


# --- the property -------------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(list(PermitClass)),
    st.sampled_from(["coating", "chemicals", "electroplating", "food", "other"]),
    st.booleans(),
    st.lists(st.integers(0, 48 * 3600), min_size=16, max_size=16),
    st.integers(0, 700),
)
def test_a_complete_timely_file_never_produces_a_gap(
    permit: PermitClass, industry: str, hazardous: bool, delays: list[int], start: int
) -> None:
    profile = firm(permit, industry)
    file = EnterpriseFile(profile=profile, hazardous_waste=hazardous)
    required = check_file(file, policy=POLICY, on=ON).outcome.required
    base = at("2025-01-01") + dt.timedelta(days=start % 300)
    order = [T.EIA_DOCUMENT, T.EIA_APPROVAL, T.ACCEPTANCE, T.PERMIT]
    docs = []
    for i, kind in enumerate(
        sorted(required, key=lambda k: (k not in order, order.index(k) if k in order else 0))
    ):
        issued = base + dt.timedelta(days=i)
        docs.append(
            doc(
                f"d{i}",
                kind,
                issued,
                filed_at=issued + dt.timedelta(seconds=delays[i]),
                valid_until=D(2030, 12, 31) if kind is T.PERMIT else None,
            )
        )
    report = check_file(
        EnterpriseFile(profile=profile, documents=tuple(docs), hazardous_waste=hazardous),
        policy=POLICY,
        on=ON,
    ).outcome
    assert report.gaps == ()
    assert (report.completeness, report.timeliness) == (Decimal(1), Decimal(1))


def test_the_required_lists_name_only_known_document_types() -> None:
    assert set(DOCUMENT_TYPES) == {t.value for t in FileDocumentType}
    with pytest.raises(PolicyDataError):
        BOOK.extend(local_measure({"archives.required_by_class": ["key:permit", "key:licence"]}))
    book = BOOK.extend(local_measure({"archives.required_by_industry": ["food:licence"]}))
    file = EnterpriseFile(
        profile=firm(PermitClass.REGISTRATION, "food").model_copy(update={"jurisdiction": "CN-TJ"})
    )
    with pytest.raises(InvalidInputError) as err:
        check_file(file, policy=book.resolve("CN-TJ", ON), on=ON)
    assert err.value.field == "archives.required_by_industry"
