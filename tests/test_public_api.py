import ecoreg

EXPECTED = {
    "DEFAULT_TIMEZONE",
    "FEN",
    "PARAMETERS",
    "PUBLISHED_NOTICES",
    "YUAN",
    "ChinaWorkingCalendar",
    "Citation",
    "Day",
    "Deadline",
    "Decision",
    "EcoregModel",
    "Fact",
    "FactValue",
    "FixedCalendar",
    "Hint",
    "HolidayNotice",
    "Instant",
    "Instrument",
    "Jurisdiction",
    "JurisdictionLevel",
    "Measure",
    "MeasureVersion",
    "NonNegativeYuan",
    "Notice",
    "ParamKind",
    "ParamValue",
    "ParameterEntry",
    "ParameterSpec",
    "PeriodUnit",
    "Policy",
    "PolicyBook",
    "PolicyData",
    "PositiveYuan",
    "Reason",
    "ResolvedParameter",
    "Rounding",
    "WorkingCalendar",
    "Yuan",
    "add_months",
    "calendar_days_after",
    "china_calendar",
    "chinese_numeral",
    "compulsion_law_days_after",
    "exceptions",
    "facts",
    "hours_after",
    "jurisdictions",
    "law",
    "laws",
    "months_after",
    "national_policy_book",
    "parse_date",
    "parse_instant",
    "parse_yuan",
    "penalty_law_days_after",
    "round_yuan",
    "working_days_after",
}


def test_public_names_are_pinned() -> None:
    assert set(ecoreg.__all__) == EXPECTED | PAYMENT | FINES | ALERTS | GRADING
    assert list(ecoreg.__all__) == sorted(
        ecoreg.__all__, key=lambda n: (not n.isupper(), not n[0].isupper(), n)
    )


def test_every_public_name_exists() -> None:
    for name in ecoreg.__all__:
        assert getattr(ecoreg, name) is not None


def test_every_error_is_an_ecoreg_error() -> None:
    from ecoreg import exceptions  # noqa: PLC0415

    for name in exceptions.__all__:
        cls = getattr(exceptions, name)
        if name != "FieldProblem":
            assert issubclass(cls, exceptions.EcoregError)


PAYMENT = {
    "CaseType",
    "DeferralRequest",
    "HardshipGround",
    "Installment",
    "InstallmentPlan",
    "InstallmentRequest",
    "ReliefApplication",
    "ReliefKind",
    "ReliefResult",
    "ReliefStatus",
    "SurchargeResult",
    "VolunteerService",
    "build_installment_plan",
    "check_installment_plan",
    "decide_relief",
    "installment_surcharge",
    "late_surcharge",
    "max_installments",
    "payment_deadline",
    "presets",
    "standard_policy_book",
}

FINES = {
    "Aggravation",
    "ApologyPledge",
    "Condition",
    "DailyPenaltyRule",
    "DailyTrigger",
    "FineResult",
    "FineStep",
    "Harm",
    "LegalBasis",
    "LeniencyOutcome",
    "LeniencyResult",
    "Mitigation",
    "NoPenaltyItem",
    "PriorViolation",
    "StudyEntry",
    "StudyStanding",
    "ViolationCase",
    "ViolationCategory",
    "ViolationKind",
    "daily_continuous_penalty",
    "decide_fine",
    "decide_leniency",
    "study_standing",
}

ALERTS = {
    "Alert",
    "AlertBatch",
    "AlertKind",
    "BatchRouting",
    "BatchSummary",
    "DataFlag",
    "EnterpriseContext",
    "Escalation",
    "Exemption",
    "Incident",
    "MaintenanceNotice",
    "NoticeKind",
    "Recipient",
    "RoutedAlert",
    "Tier",
    "route_alert",
    "route_alerts",
    "Detection",
    "DetectorSettings",
    "RatioDetection",
    "detect",
    "detect_ratio",
    "regularize",
    "longest_runs",
}

GRADING = {
    "AlertRecord",
    "ComplaintRecord",
    "CreditLevel",
    "CreditRecord",
    "DisclosureRecord",
    "EnterpriseProfile",
    "EnterpriseTable",
    "EventTable",
    "Grade",
    "GradeChange",
    "Grading",
    "GradingBatch",
    "GradingSummary",
    "HistoryEvent",
    "OneVoteRedAct",
    "PermitClass",
    "Pollutant",
    "PositiveListRecord",
    "RiskLevel",
    "SensitiveArea",
    "Severity",
    "Supervision",
    "Tag",
    "ViolationRecord",
    "check_credit_code",
    "credit_code_check_char",
    "grade_batch",
    "grade_enterprise",
}
