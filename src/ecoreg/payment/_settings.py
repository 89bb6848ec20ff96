"""The payment rules' numbers, read once from a policy into a frozen record.

`PaymentSettings.of` reads every parameter the deadline, relief, plan and surcharge rules use,
so each rule reads its numbers from one place. The policy stays beside them because a reason
cites where each number came from (`ecoreg.Policy.reason`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import attrs

from ecoreg.core._policy import memoized
from ecoreg.payment._models import CaseType

if TYPE_CHECKING:
    from decimal import Decimal

    from ecoreg.core._parameters import ParamValue
    from ecoreg.core._policy import Policy

__all__ = ["PaymentSettings"]


_LOCAL_KEYS = (
    "payment.relief_grounds",
    "payment.deferral_max_months",
    "payment.installment_max_gap_months",
    "payment.late_application_allowed",
    "payment.late_application_volunteer_hours",
    "payment.late_application_volunteer_months",
    "payment.missed_installment_surcharge_base",
    *(f"payment.installment_max_months_{t.value}" for t in CaseType),
    *(f"payment.installment_min_share_{t.value}" for t in CaseType),
)
"""The limits of deferral and installments: local measures or ecoreg's defaults, which a
policy built from the national layer alone does not set."""


@attrs.frozen
class PaymentSettings:
    """Every number and switch the payment rules read, from one policy.

    The statutory numbers (行政处罚法 Arts. 66, 67, 72) are read at once; the limits of
    deferral and installments (``payment.*``) are kept as the policy sets them, and reading
    one the policy does not set raises the policy's own error naming it.
    """

    policy: Policy
    """The policy the numbers come from (reasons cite it)."""
    payment_deadline_days: int
    roll_last_day_to_working_day: bool
    deferral_and_installments_allowed: bool
    surcharge_daily_rate: Decimal
    surcharge_cap_ratio: Decimal
    _local: dict[str, ParamValue]

    def _get(self, key: str) -> ParamValue:
        try:
            return self._local[key]
        except KeyError:
            return self.policy.value(key)  # unset: raises the policy's MissingParameterError

    @property
    def relief_grounds(self) -> frozenset[str]:
        """The hardship grounds on which relief may be granted."""
        return frozenset(cast("tuple[str, ...]", self._get("payment.relief_grounds")))

    @property
    def deferral_max_months(self) -> int:
        """The longest deferral, in months."""
        return cast("int", self._get("payment.deferral_max_months"))

    @property
    def installment_max_gap_months(self) -> int:
        """The longest gap between installments, in months."""
        return cast("int", self._get("payment.installment_max_gap_months"))

    @property
    def late_application_allowed(self) -> bool:
        """Whether an application after the payment deadline may be granted."""
        return cast("bool", self._get("payment.late_application_allowed"))

    @property
    def late_application_volunteer_hours(self) -> int:
        """The volunteer hours a late application pledges."""
        return cast("int", self._get("payment.late_application_volunteer_hours"))

    @property
    def late_application_volunteer_months(self) -> int:
        """The months within which the pledged volunteer service is done."""
        return cast("int", self._get("payment.late_application_volunteer_months"))

    @property
    def missed_installment_surcharge_base(self) -> str:
        """What the daily surcharge on a missed installment is a share of."""
        return cast("str", self._get("payment.missed_installment_surcharge_base"))

    def max_months(self, case_type: CaseType) -> tuple[str, int]:
        """The longest installment term for a case type, with its parameter key."""
        key = f"payment.installment_max_months_{case_type.value}"
        return key, cast("int", self._get(key))

    def min_share(self, case_type: CaseType) -> tuple[str, Decimal]:
        """The smallest installment share for a case type, with its parameter key."""
        key = f"payment.installment_min_share_{case_type.value}"
        return key, cast("Decimal", self._get(key))

    @classmethod
    def of(cls, policy: Policy) -> PaymentSettings:
        """Read the settings from ``policy``.

        Raises:
            MissingParameterError: when a statutory parameter is unset.
        """
        return memoized(policy, "payment-settings", lambda: cls._read(policy))

    @classmethod
    def _read(cls, policy: Policy) -> PaymentSettings:
        return cls(
            policy=policy,
            payment_deadline_days=policy.as_int("penalty.payment_deadline_days"),
            roll_last_day_to_working_day=policy.as_bool("period.roll_last_day_to_working_day"),
            deferral_and_installments_allowed=policy.as_bool(
                "penalty.deferral_and_installments_allowed"
            ),
            surcharge_daily_rate=policy.as_decimal("penalty.late_surcharge_daily_rate"),
            surcharge_cap_ratio=policy.as_decimal("penalty.late_surcharge_cap_ratio"),
            local={k: policy.value(k) for k in _LOCAL_KEYS if k in policy.parameters},
        )
