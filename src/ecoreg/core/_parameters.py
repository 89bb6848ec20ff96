"""The policy parameters ecoreg's rules read, with their types and bounds.

A parameter is a number or switch that a law or a local measure sets, such as
the 15-day payment period of 行政处罚法 Art. 67. Policy data supplies values
per jurisdiction and date; this registry says what a valid value is, so that
a bad policy file fails when it is loaded, not when a rule first reads it.
"""

from __future__ import annotations

import itertools
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from ecoreg.core._model import EcoregModel
from ecoreg.core._records import NoPenaltyItem, ViolationKind
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["COMBINATIONS", "PARAMETERS", "Combination", "ParamKind", "ParamValue", "ParameterSpec"]

ParamValue = (
    bool
    | int
    | Decimal
    | str
    | tuple[int, ...]
    | tuple[str, ...]
    | tuple[Decimal, ...]
    | tuple[EcoregModel, ...]
)
"""A parameter's value once validated."""


class ParamKind(StrEnum):
    """The type of a parameter's value."""

    BOOL = "bool"
    INT = "int"
    DECIMAL = "decimal"
    STR = "str"
    INT_LIST = "int_list"
    DECIMAL_LIST = "decimal_list"
    STR_LIST = "str_list"
    RECORDS = "records"
    """A list of objects with an ``id``, merged by id across layers."""


@attrs.frozen
class ParameterSpec:
    """What a valid value of one parameter is."""

    key: str
    kind: ParamKind
    description: str
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    choices: frozenset[str] | None = None
    record_model: type[EcoregModel] | None = None
    items: tuple[int, int] | None = None
    """For a list: the fewest and most items it may have (rules index into it)."""
    statutory: bool = False
    """Set by a statute's mandatory rule: only the national layer may set it (立法法: a local
    measure cannot override a law)."""

    def allowed(self) -> str:
        """What is allowed, in words, for error messages."""
        text = {
            ParamKind.BOOL: "true or false",
            ParamKind.INT: "a whole number",
            ParamKind.DECIMAL: "a decimal number written as a string or an int (not a float)",
            ParamKind.STR: "a string",
            ParamKind.INT_LIST: "a list of whole numbers",
            ParamKind.DECIMAL_LIST: "a list of decimal strings",
            ParamKind.STR_LIST: "a list of strings",
            ParamKind.RECORDS: "a list of objects with unique ids",
        }[self.kind]
        if self.minimum is not None:
            text += f", each at least {self.minimum}"
        if self.maximum is not None:
            text += f", each at most {self.maximum}"
        if self.choices is not None:
            text += f", one of {sorted(self.choices)}"
        if self.items is not None:
            low, high = self.items
            text += f", {low} items" if low == high else f", {low} to {high} items"
        return text

    def parse(self, value: object) -> ParamValue:
        """Validate ``value`` and return it in its canonical type.

        Raises:
            ValueError: with no message; the caller reports `allowed`.
        """
        if self.kind is ParamKind.RECORDS:
            return self._records(value)
        if self.kind in {ParamKind.INT_LIST, ParamKind.DECIMAL_LIST, ParamKind.STR_LIST}:
            if not isinstance(value, list | tuple):
                raise ValueError
            scalar = {
                ParamKind.INT_LIST: ParamKind.INT,
                ParamKind.DECIMAL_LIST: ParamKind.DECIMAL,
                ParamKind.STR_LIST: ParamKind.STR,
            }[self.kind]
            if self.items is not None and not self.items[0] <= len(value) <= self.items[1]:
                raise ValueError
            return tuple(self._scalar(scalar, v) for v in value)  # type: ignore[return-value]
        return self._scalar(self.kind, value)

    def _records(self, value: object) -> tuple[EcoregModel, ...]:
        """Validate a list of records; an `InvalidInputError` names the item and field."""
        if not isinstance(value, list | tuple) or self.record_model is None:
            raise ValueError
        out: list[EcoregModel] = []
        seen: set[str] = set()
        for i, raw in enumerate(value):
            try:
                record = (
                    raw if isinstance(raw, self.record_model) else self.record_model.from_data(raw)
                )
            except InvalidInputError as exc:
                raise exc.at(str(i)) from None
            ident = str(getattr(record, "id", ""))
            if ident in seen:
                raise InvalidInputError(field=f"{i}.id", value=ident, allowed="a unique id")
            seen.add(ident)
            out.append(record)
        return tuple(out)

    def _scalar(self, kind: ParamKind, value: object) -> bool | int | Decimal | str:
        if kind is ParamKind.BOOL:
            if not isinstance(value, bool):
                raise ValueError
            return value
        if kind is ParamKind.STR:
            if not isinstance(value, str) or not value:
                raise ValueError
            if self.choices is not None and value not in self.choices:
                raise ValueError
            return value
        result = self._number(kind, value)
        if self.minimum is not None and result < self.minimum:
            raise ValueError
        if self.maximum is not None and result > self.maximum:
            raise ValueError
        return result

    @staticmethod
    def _number(kind: ParamKind, value: object) -> int | Decimal:
        if isinstance(value, bool | float):
            raise ValueError  # noqa: TRY004 - caught by the loader, which reports `allowed`
        if kind is ParamKind.INT:
            if not isinstance(value, int):
                raise ValueError
            return value
        if not isinstance(value, int | str | Decimal):
            raise ValueError  # noqa: TRY004
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ValueError from None
        if not result.is_finite():
            raise ValueError
        return result


def _specs(*specs: ParameterSpec) -> Mapping[str, ParameterSpec]:
    return MappingProxyType({s.key: s for s in specs})


_ZERO = Decimal(0)
_ONE = Decimal(1)

PARAMETERS: Mapping[str, ParameterSpec] = _specs(
    ParameterSpec(
        "period.roll_last_day_to_working_day",
        ParamKind.BOOL,
        "Whether a calendar-day or month period whose last day is a day off ends on the next "
        "working day (民法典 Art. 203).",
    ),
    ParameterSpec(
        "penalty.working_day_periods",
        ParamKind.INT_LIST,
        "Period lengths, in days, that the Administrative Penalty Law counts as working days "
        "(行政处罚法 Art. 85: 2, 3, 5, 7).",
        minimum=_ONE,
        maximum=Decimal(30),
    ),
    ParameterSpec(
        "penalty.payment_deadline_days",
        ParamKind.INT,
        "Days from receipt of the penalty decision within which the fine is paid (Art. 67: 15).",
        minimum=_ONE,
        maximum=Decimal(365),
    ),
    ParameterSpec(
        "penalty.deferral_and_installments_allowed",
        ParamKind.BOOL,
        "Whether a party in real economic difficulty may apply to defer or pay in installments "
        "(Art. 66 ¶2).",
    ),
    ParameterSpec(
        "penalty.late_surcharge_daily_rate",
        ParamKind.DECIMAL,
        "Share of the fine added per day of late payment (Art. 72 ¶1 (1): 3 %).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "penalty.late_surcharge_cap_ratio",
        ParamKind.DECIMAL,
        "Cap on the total late surcharge as a multiple of the fine (Art. 72 ¶1 (1): 1).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "penalty.enforcement_limit_from_term_end",
        ParamKind.BOOL,
        "Whether, after an approved deferral or installments, the time limit for applying to "
        "court runs from the end of that term (Art. 72 ¶2).",
    ),
    ParameterSpec(
        "law.limitation_follows",
        ParamKind.STR,
        "Which law's limitation period applies to an act decided after a change of law: 'art37' "
        "(the law at the act unless the law at the decision gives a shorter period, 行政处罚法 "
        "Art. 37 / 生态环境法典 Art. 1057) or 'decision_date' (the law at the decision, reading "
        "the limitation as procedure). The periods themselves are law (ecoreg.law.regimes).",
        choices=frozenset({"art37", "decision_date"}),
    ),
    ParameterSpec(
        "payment.relief_grounds",
        ParamKind.STR_LIST,
        "Hardship grounds on which deferral or installments may be granted.",
        choices=frozenset(
            {"low_income", "medical_or_accident", "force_majeure", "operating_difficulty"}
        ),
    ),
    ParameterSpec(
        "payment.deferral_max_months",
        ParamKind.INT,
        "Longest deferral, in months.",
        minimum=_ONE,
        maximum=Decimal(60),
    ),
    ParameterSpec(
        "payment.installment_max_months_non_litigation",
        ParamKind.INT,
        "Longest installment term for a non-litigation case, in months.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "payment.installment_max_months_litigation",
        ParamKind.INT,
        "Longest installment term for a litigation case, in months.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "payment.installment_max_gap_months",
        ParamKind.INT,
        "Longest time between two installments (and before the first), in months.",
        minimum=_ONE,
        maximum=Decimal(24),
    ),
    ParameterSpec(
        "payment.installment_min_share_non_litigation",
        ParamKind.DECIMAL,
        "Smallest installment of a non-litigation case, as a share of the fine.",
        minimum=Decimal("0.0001"),
        maximum=_ONE,
    ),
    ParameterSpec(
        "payment.installment_min_share_litigation",
        ParamKind.DECIMAL,
        "Smallest installment of a litigation case, as a share of the fine.",
        minimum=Decimal("0.0001"),
        maximum=_ONE,
    ),
    ParameterSpec(
        "payment.late_application_allowed",
        ParamKind.BOOL,
        "Whether an application filed after the payment deadline can still be approved "
        "(with the volunteer-service condition).",
    ),
    ParameterSpec(
        "payment.late_application_volunteer_hours",
        ParamKind.INT,
        "Hours of ecological volunteer service a late applicant pledges per case.",
        minimum=_ONE,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "payment.late_application_volunteer_months",
        ParamKind.INT,
        "Months after approval within which the pledged volunteer service is done.",
        minimum=_ONE,
        maximum=Decimal(24),
    ),
    ParameterSpec(
        "payment.missed_installment_surcharge_base",
        ParamKind.STR,
        "What the daily late surcharge applies to when an installment is missed: the missed "
        "installment, everything still outstanding, or the whole fine.",
        choices=frozenset({"installment", "outstanding", "fine"}),
    ),
    ParameterSpec(
        "violations.catalogue",
        ParamKind.RECORDS,
        "Kinds of violation with their statutory fine ranges and citations.",
        record_model=ViolationKind,
    ),
    ParameterSpec(
        "leniency.no_penalty_list",
        ParamKind.RECORDS,
        "Items of local no-penalty lists (免罚清单), with their conditions.",
        record_model=NoPenaltyItem,
    ),
    ParameterSpec(
        "leniency.first_violation_lookback_months",
        ParamKind.INT,
        "A violation is a first violation when no violation of the same kind was found within "
        "this many months before it.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "leniency.apology_first_minor_no_penalty",
        ParamKind.BOOL,
        "A first, minor, corrected violation whose party apologizes publicly and pledges to "
        "comply is not penalized (Tianjin).",
    ),
    ParameterSpec(
        "discretion.exceedance_thresholds",
        ParamKind.DECIMAL_LIST,
        "Exceedance ratios (over the limit, 0.1 = 10 %) at which the exceedance factor moves to "
        "levels 2, 3, 4 and 5.",
        minimum=_ZERO,
        maximum=Decimal(1000),
        items=(0, 4),
    ),
    ParameterSpec(
        "discretion.history_levels",
        ParamKind.INT_LIST,
        "Factor level for 1, 2, 3, … violations within the history window (the current one "
        "included); the last value applies to any higher count.",
        minimum=_ONE,
        maximum=Decimal(5),
        items=(1, 100),
    ),
    ParameterSpec(
        "discretion.history_window_months",
        ParamKind.INT,
        "The window, in months, over which violations are counted for the history factor and "
        "for the repeat-offence aggravation.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "discretion.factor_weights",
        ParamKind.DECIMAL_LIST,
        "Weights of the four factors (destination, exceedance, period, history) in the base "
        "amount.",
        minimum=_ZERO,
        maximum=Decimal(100),
        items=(4, 4),
    ),
    ParameterSpec(
        "discretion.level_shares",
        ParamKind.DECIMAL_LIST,
        "The jurisdiction's benchmark table: the share of the statutory range at factor levels "
        "1 to 5 (five non-decreasing shares from 0 to 1); a mean level between two levels is "
        "interpolated.",
        minimum=_ZERO,
        maximum=_ONE,
        items=(5, 5),
    ),
    ParameterSpec(
        "discretion.aggravation_step",
        ParamKind.DECIMAL,
        "Share of the statutory range added for each aggravating circumstance (从重).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "discretion.mitigation_step",
        ParamKind.DECIMAL,
        "Share of the statutory range taken off for each Art. 32 circumstance (从轻/减轻).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.method",
        ParamKind.STR,
        "How an accepted apology pledge reduces the fine: a share of the proposed fine, or a "
        "share of the part of it above the statutory minimum; 'none' disables it.",
        choices=frozenset({"none", "share_of_fine", "share_of_excess"}),
    ),
    ParameterSpec(
        "reduction.apology.share",
        ParamKind.DECIMAL,
        "The reduction for an accepted apology pledge.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.share_heavy_pollution",
        ParamKind.DECIMAL,
        "The reduction where the violation concerns a heavily polluting process.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.share_river_basin",
        ParamKind.DECIMAL,
        "The reduction where the violation lies in a designated river basin.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.cap",
        ParamKind.DECIMAL,
        "The largest reduction an apology pledge may give, in yuan.",
        minimum=_ZERO,
    ),
    ParameterSpec(
        "reduction.apology.application_working_days",
        ParamKind.INT,
        "Working days after the notice of proposed penalty (告知书) within which the pledge is "
        "filed.",
        minimum=_ONE,
        maximum=Decimal(60),
    ),
    ParameterSpec(
        "reduction.study.share",
        ParamKind.DECIMAL,
        "The reduction (a share of the part of the fine above the statutory minimum) for a party "
        "whose law-study points reach reduction.study.min_points; 0 disables it.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.study.min_points",
        ParamKind.INT,
        "Law-study points needed for the study reduction (a lighter penalty).",
        minimum=_ZERO,
        maximum=Decimal(10000),
    ),
    ParameterSpec(
        "study.minutes_per_class_hour",
        ParamKind.INT,
        "Minutes in one class hour (学时).",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "study.points_per_class_hour",
        ParamKind.INT,
        "Points earned per class hour of law study.",
        minimum=_ZERO,
        maximum=Decimal(100),
    ),
    ParameterSpec(
        "study.points_per_exam_pass",
        ParamKind.INT,
        "Points earned by passing a law exam.",
        minimum=_ZERO,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "study.exam_pass_score",
        ParamKind.INT,
        "The lowest exam score that passes.",
        minimum=_ZERO,
        maximum=Decimal(100),
    ),
    ParameterSpec(
        "study.points_valid_months",
        ParamKind.INT,
        "Months for which earned points count.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "study.points_for_no_penalty",
        ParamKind.INT,
        "Points with which a first, minor, corrected violation is not penalized.",
        minimum=_ZERO,
        maximum=Decimal(10000),
    ),
    ParameterSpec(
        "study.points_for_positive_list",
        ParamKind.INT,
        "Points that give priority for the positive list (正面清单).",
        minimum=_ZERO,
        maximum=Decimal(10000),
    ),
    ParameterSpec(
        "study.points_for_credit_repair",
        ParamKind.INT,
        "Points that speed up credit repair.",
        minimum=_ZERO,
        maximum=Decimal(10000),
    ),
    ParameterSpec(
        "alerts.response_hours_key_unit",
        ParamKind.INT,
        "Hours from an alert's start within which a key pollutant discharge unit's alert is "
        "answered.",
        minimum=_ONE,
        maximum=Decimal(720),
    ),
    ParameterSpec(
        "alerts.response_hours_other",
        ParamKind.INT,
        "Hours from an alert's start within which another enterprise's alert is answered.",
        minimum=_ONE,
        maximum=Decimal(720),
    ),
    ParameterSpec(
        "alerts.tier_response_hours",
        ParamKind.INT_LIST,
        "The longest response time of each tier (low, medium, high, critical), in hours; the "
        "deadline is the shorter of this and the enterprise's.",
        minimum=_ONE,
        maximum=Decimal(720),
        items=(4, 4),
    ),
    ParameterSpec(
        "alerts.count_working_hours",
        ParamKind.BOOL,
        "Count response hours in working time (working days, between the day's start and end) "
        "instead of clock hours.",
    ),
    ParameterSpec(
        "alerts.working_day_start_minute",
        ParamKind.INT,
        "Start of the working day, in minutes after midnight (for working-time counting).",
        minimum=_ZERO,
        maximum=Decimal(1439),
    ),
    ParameterSpec(
        "alerts.working_day_end_minute",
        ParamKind.INT,
        "End of the working day, in minutes after midnight.",
        minimum=_ONE,
        maximum=Decimal(1440),
    ),
    ParameterSpec(
        "alerts.invalid_flags",
        ParamKind.STR_LIST,
        "HJ 212 data flags whose data is invalid and not used to judge an exceedance.",
        choices=frozenset({"N", "F", "M", "S", "D", "C", "T", "B"}),
    ),
    ParameterSpec(
        "alerts.tampering_kinds",
        ParamKind.STR_LIST,
        "Alert kinds that signal possible tampering and are never suppressed.",
        choices=frozenset(
            {
                "concentration_exceedance",
                "total_exceedance",
                "facility_abnormal",
                "missing_data",
                "flat_data",
                "zero_data",
                "sudden_rise",
                "ratio_implausible",
            }
        ),
    ),
    ParameterSpec(
        "alerts.suppress_announced_work",
        ParamKind.BOOL,
        "Whether maintenance or calibration announced in advance suppresses the alerts it covers.",
    ),
    ParameterSpec(
        "alerts.exemptions_allowed",
        ParamKind.BOOL,
        "Whether exemption-list items (免责清单) suppress the alerts they cover.",
    ),
    ParameterSpec(
        "alerts.self_check_hours",
        ParamKind.INT,
        "Hours the firm is given to check itself before enforcement (0: none).",
        minimum=_ZERO,
        maximum=Decimal(720),
    ),
    ParameterSpec(
        "alerts.escalation_hours",
        ParamKind.INT_LIST,
        "Hours after the response deadline at which an unanswered alert goes to the section "
        "chief, then the bureau leader (one entry per step of that chain).",
        minimum=_ZERO,
        maximum=Decimal(720),
        items=(0, 2),
    ),
    ParameterSpec(
        "alerts.grouping_window_minutes",
        ParamKind.INT,
        "Alerts of one enterprise, outlet, pollutant and kind within this many minutes of an "
        "incident's first alert join it.",
        minimum=_ONE,
        maximum=Decimal(10080),
    ),
    ParameterSpec(
        "detectors.slot_minutes",
        ParamKind.INT,
        "Length of the time slots whose variance is examined.",
        minimum=Decimal(2),
        maximum=Decimal(1440),
    ),
    ParameterSpec(
        "detectors.flat_relative_std",
        ParamKind.DECIMAL,
        "A slot is flat when its standard deviation is below this share of its mean's size.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "detectors.flat_absolute_std",
        ParamKind.DECIMAL,
        "…or below this absolute standard deviation (for means near zero).",
        minimum=_ZERO,
    ),
    ParameterSpec(
        "detectors.flat_min_slots",
        ParamKind.INT,
        "Flat slots in a series that make it a flat-data (挂瓶) signal.",
        minimum=_ONE,
        maximum=Decimal(1440),
    ),
    ParameterSpec(
        "detectors.constant_run_minutes",
        ParamKind.INT,
        "A run of identical values this long is a constant-data signal.",
        minimum=Decimal(2),
        maximum=Decimal(100000),
    ),
    ParameterSpec(
        "detectors.zero_run_minutes",
        ParamKind.INT,
        "A run of zeros this long is a zero-data signal.",
        minimum=_ONE,
        maximum=Decimal(100000),
    ),
    ParameterSpec(
        "detectors.sudden_rise_factor",
        ParamKind.DECIMAL,
        "A slot whose mean is at least this multiple of the previous slot's is a sudden rise.",
        minimum=_ONE,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "detectors.sudden_rise_min_delta",
        ParamKind.DECIMAL,
        "…and at least this much higher in absolute terms.",
        minimum=_ZERO,
    ),
    ParameterSpec(
        "detectors.ratio_constant_std",
        ParamKind.DECIMAL,
        "A removal ratio (1 - outlet / inlet) whose standard deviation across slots is below "
        "this is implausibly constant.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "outage.manual_testing_hours",
        ParamKind.INT,
        "After an outage this long, manual testing is required (Zibo Art. 23: 24).",
        minimum=_ONE,
        maximum=Decimal(8760),
    ),
    ParameterSpec(
        "outage.backup_equipment_hours",
        ParamKind.INT,
        "After an outage this long, backup equipment is required (Zibo Art. 23: 72).",
        minimum=_ONE,
        maximum=Decimal(8760),
    ),
    ParameterSpec(
        "grading.method",
        ParamKind.STR,
        "How the A–D grade is formed: 'matrix' (credit level × risk level, Shanghai-style) or 'bands' (credit-score bands, Shaanxi-style).",
        choices=frozenset({"matrix", "bands"}),
    ),
    ParameterSpec(
        "grading.credit_base",
        ParamKind.DECIMAL,
        "The credit score a firm starts from.",
        minimum=_ZERO,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "grading.violation_credit_points",
        ParamKind.DECIMAL_LIST,
        "Credit points taken off for a minor, general and serious violation in the window.",
        minimum=_ZERO,
        maximum=Decimal(1000),
        items=(3, 3),
    ),
    ParameterSpec(
        "grading.violation_window_months",
        ParamKind.INT,
        "Months a violation counts against credit and risk (and blocks the clean-record bonus).",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "grading.clean_record_bonus",
        ParamKind.DECIMAL,
        "Credit points for a firm with no violation in the window.",
        minimum=_ZERO,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "grading.disclosure_points",
        ParamKind.DECIMAL_LIST,
        "Credit points for a compliant latest self-monitoring and disclosure record, and taken off for a non-compliant one.",
        minimum=_ZERO,
        maximum=Decimal(1000),
        items=(2, 2),
    ),
    ParameterSpec(
        "grading.positive_list_bonus",
        ParamKind.DECIMAL,
        "Credit points while a firm is on the positive list (正面清单).",
        minimum=_ZERO,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "grading.credit_level_bands",
        ParamKind.DECIMAL_LIST,
        "Lowest credit scores of the levels 诚信, 良好 and 警示 (below the last: 不良).",
        maximum=Decimal(1000),
        items=(3, 3),
    ),
    ParameterSpec(
        "grading.one_vote_red_months",
        ParamKind.INT,
        "Months a one-vote-red act (未批先建, 未验先投, environmental crime) keeps the lowest credit level.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "grading.risk_profile_points",
        ParamKind.DECIMAL_LIST,
        "Risk points for: key pollutant discharge unit, key-managed permit, simplified permit, drinking-water source zone, other sensitive area, toxic pollutant.",
        minimum=_ZERO,
        maximum=Decimal(1000),
        items=(6, 6),
    ),
    ParameterSpec(
        "grading.risk_event_points",
        ParamKind.DECIMAL_LIST,
        "Risk points for: a minor, general and serious violation, a verified complaint, a valid monitoring alert, within their windows.",
        minimum=_ZERO,
        maximum=Decimal(1000),
        items=(5, 5),
    ),
    ParameterSpec(
        "grading.complaint_window_months",
        ParamKind.INT,
        "Months a verified complaint counts toward risk.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "grading.alert_window_months",
        ParamKind.INT,
        "Months a valid monitoring alert counts toward risk.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "grading.risk_level_bands",
        ParamKind.DECIMAL_LIST,
        "Lowest risk scores of the medium and high risk levels.",
        minimum=_ZERO,
        maximum=Decimal(10000),
        items=(2, 2),
    ),
    ParameterSpec(
        "grading.grade_matrix",
        ParamKind.STR_LIST,
        "Grade for each credit level (诚信, 良好, 警示, 不良) × risk level (low, medium, high), row by row.",
        choices=frozenset({"A", "B", "C", "D"}),
        items=(12, 12),
    ),
    ParameterSpec(
        "grading.grade_bands",
        ParamKind.DECIMAL_LIST,
        "Lowest credit scores of grades A, B and C (below the last: D), for the 'bands' method.",
        maximum=Decimal(1000),
        items=(3, 3),
    ),
    ParameterSpec(
        "grading.colour_by_grade",
        ParamKind.STR_LIST,
        "Colour code of grades A, B, C and D.",
        choices=frozenset({"green", "yellow", "red"}),
        items=(4, 4),
    ),
    ParameterSpec(
        "grading.sensitive_toxic_min_colour",
        ParamKind.STR,
        "The best colour a firm in a drinking-water source zone with a toxic pollutant can have.",
        choices=frozenset({"green", "yellow", "red"}),
    ),
    ParameterSpec(
        "supervision.offsite_first_grades",
        ParamKind.STR_LIST,
        "Grades checked off-site first (data before a visit).",
        choices=frozenset({"A", "B", "C", "D"}),
    ),
    ParameterSpec(
        "supervision.sampling_ratios",
        ParamKind.DECIMAL_LIST,
        "Share of firms of grades A, B, C and D drawn for random inspections (双随机) each round.",
        minimum=_ZERO,
        maximum=_ONE,
        items=(4, 4),
    ),
    ParameterSpec(
        "supervision.yearly_caps",
        ParamKind.INT_LIST,
        "Most random inspections a year for grades A, B, C and D (0: no cap).",
        minimum=_ZERO,
        maximum=Decimal(365),
        items=(4, 4),
    ),
    ParameterSpec(
        "inspections.refuse_unplanned",
        ParamKind.BOOL,
        "Refuse an untriggered on-site inspection that is not in the approved annual plan "
        "(凡检查必审批).",
    ),
    ParameterSpec(
        "inspections.triggered_always_allowed",
        ParamKind.BOOL,
        "A triggered inspection (触发式检查: a complaint, an alert, a referral, an accident) needs "
        "no annual plan and is never refused for a yearly cap; it still counts toward the cap.",
    ),
    ParameterSpec(
        "inspections.joint_inspection",
        ParamKind.BOOL,
        "Merge the overlapping tasks of several departments for one firm into one visit "
        "(一次进门、全面体检); without it, only a department's own tasks merge.",
    ),
    ParameterSpec(
        "inspections.code_valid_days",
        ParamKind.INT,
        "Days an inspection code stays valid, from the visit's day (检查码).",
        minimum=_ONE,
        maximum=Decimal(31),
    ),
    ParameterSpec(
        "supervision.positive_list_grades",
        ParamKind.STR_LIST,
        "Grades eligible for the positive list, given no one-vote-red act and no violation in the window.",
        choices=frozenset({"A", "B", "C", "D"}),
    ),
    ParameterSpec(
        "leniency.minor_no_harm_no_penalty",
        ParamKind.BOOL,
        "A minor violation, promptly corrected, with no harm, is not penalized (Art. 33 ¶1).",
        statutory=True,
    ),
    ParameterSpec(
        "leniency.first_violation_may_decline",
        ParamKind.BOOL,
        "A first violation with slight harm, promptly corrected, may go unpenalized (Art. 33 ¶1).",
    ),
    ParameterSpec(
        "leniency.no_fault_no_penalty",
        ParamKind.BOOL,
        "A party that proves it had no subjective fault is not penalized (Art. 33 ¶2).",
        statutory=True,
    ),
    ParameterSpec(
        "leniency.education_required",
        ParamKind.BOOL,
        "Every decision not to penalize requires educating the party (Art. 33 ¶3).",
        statutory=True,
    ),
)
"""Every parameter key ecoreg knows, with its spec."""


@attrs.frozen
class Combination:
    """A rule that several parameters must obey together, checked when a policy is resolved.

    Layers may set the parameters separately (a province one, a city the other), so
    only the resolved policy can tell whether they fit.
    """

    keys: tuple[str, ...]
    holds: Callable[..., bool]
    allowed: str


def _ascending(values: tuple[Decimal, ...]) -> bool:
    return all(a <= b for a, b in itertools.pairwise(values))


def _grades_in_order(matrix: tuple[str, ...]) -> bool:
    """A grade matrix never grades better for a worse credit level (a later row) or risk."""
    rank = [["ABCD".index(g) for g in matrix[row * 3 : row * 3 + 3]] for row in range(4)]
    rows = all(a <= b for line in rank for a, b in itertools.pairwise(line))
    columns = all(a <= b for col in zip(*rank, strict=True) for a, b in itertools.pairwise(col))
    return rows and columns


COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        ("alerts.working_day_start_minute", "alerts.working_day_end_minute"),
        lambda start, end: start < end,
        "a working day that ends after it starts (start minute < end minute)",
    ),
    Combination(
        ("discretion.factor_weights",),
        lambda weights: sum(weights) > 0,
        "four non-negative weights with a positive sum",
    ),
    Combination(
        ("discretion.level_shares",),
        _ascending,
        "five shares of the range, each at least the one before",
    ),
    Combination(
        ("grading.grade_matrix",),
        _grades_in_order,
        "12 grades, row by row, never better for a worse credit level or a higher risk",
    ),
    Combination(
        ("alerts.escalation_hours",),
        _ascending,
        "hours in the chain's order, each at least the one before (the section chief is told "
        "no later than the bureau leader)",
    ),
    Combination(
        ("alerts.tier_response_hours",),
        lambda hours: _ascending(tuple(reversed(hours))),
        "hours for low, medium, high and critical, each at most the one before (a higher tier "
        "never answers later)",
    ),
)
"""Every combination rule, in the order they are checked."""
