"""The late surcharge (加处罚款): a share of the fine a day, never more than the fine.

行政处罚法 Art. 72 ¶1 (1): 3 % a day; 行政强制法 Art. 45: never more than the principal.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.core._decision import Decision, count_en
from ecoreg.core._money import (
    MAX_YUAN,
    Rounding,
    parse_yuan,
    round_yuan,
)
from ecoreg.core._time import parse_date
from ecoreg.exceptions import InvalidInputError, InvalidMoneyError
from ecoreg.payment._models import _BASE_ZH, InstallmentPlan, SurchargeResult
from ecoreg.payment._settings import PaymentSettings

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._policy import Policy

__all__ = ["installment_surcharge", "late_surcharge"]


def late_surcharge(
    base: Decimal | int | str,
    *,
    due_on: dt.date | str,
    paid_on: dt.date | str,
    policy: Policy,
) -> Decision[SurchargeResult]:
    """The surcharge for paying ``base`` after its last day ``due_on`` (行政处罚法 Art. 72 ¶1 (1)).

    Each day after ``due_on`` up to and including ``paid_on`` adds the daily
    rate (3 %) of ``base``; the total never exceeds the cap (the fine itself).
    The daily amount is rounded half-up to the fen (the only rounding).

    Examples:
        >>> from ecoreg import national_policy_book
        >>> policy = national_policy_book().resolve("CN", "2026-03-01")
        >>> d = late_surcharge("10000", due_on="2026-03-01", paid_on="2026-04-10", policy=policy)
        >>> d.outcome.days_late, str(d.outcome.uncapped), str(d.outcome.surcharge)
        (40, '12000.00', '10000.00')
    """
    # The surcharge never exceeds the base (Art. 72), so base + surcharge stays in range.
    amount = parse_yuan(base, field="base", minimum=0, maximum=MAX_YUAN / 2)
    due = parse_date(due_on, field="due_on")
    paid = parse_date(paid_on, field="paid_on")
    rate_key, cap_key = "penalty.late_surcharge_daily_rate", "penalty.late_surcharge_cap_ratio"
    settings = PaymentSettings.of(policy)
    rate, cap_ratio = settings.surcharge_daily_rate, settings.surcharge_cap_ratio
    days = max(0, (paid - due).days)
    daily = round_yuan(amount * rate, rounding=Rounding.HALF_UP)
    product = daily * days
    # Past the supported range the product is not reported (it is never needed: the cap, at
    # most the base, then applies); every money figure stays within a trillion yuan.
    uncapped = product if product <= MAX_YUAN else None
    cap = round_yuan(amount * cap_ratio, rounding=Rounding.DOWN)
    surcharge = min(product, cap)
    capped = product > cap
    total_zh = f"共{uncapped}元" if uncapped is not None else f"共逾{MAX_YUAN:.0f}元"
    total_en = f"{uncapped} yuan" if uncapped is not None else f"over {MAX_YUAN:.0f} yuan"
    reasons = [
        policy.reason(
            rate_key,
            "payment.surcharge.daily",
            f"逾期{days}日，每日按{amount}元的{rate:%}加处罚款{daily}元，{total_zh}。",
            f"{count_en(days, 'day')} late: {rate:%} of {amount} yuan a day, {daily} yuan a day, "
            f"{total_en} in all.",
            base=amount,
            due_on=due,
            paid_on=paid,
            days_late=days,
            daily_rate=rate,
            daily_amount=daily,
        )
    ]
    if capped:
        reasons.append(
            policy.reason(
                cap_key,
                "payment.surcharge.cap",
                f"加处罚款的数额不得超出罚款的数额，以{cap}元为限。",
                f"The surcharge may not exceed the fine: capped at {cap} yuan.",
                uncapped=uncapped,
                cap=cap,
            )
        )
    return Decision[SurchargeResult](
        outcome=SurchargeResult(
            base=amount,
            days_late=days,
            daily_amount=daily,
            uncapped=uncapped,
            surcharge=surcharge,
            capped=capped,
            total_due=amount + surcharge,
        ),
        decided_on=paid,
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(reasons),
    )


def installment_surcharge(
    plan: InstallmentPlan,
    *,
    missed: int,
    paid_on: dt.date | str,
    policy: Policy,
) -> Decision[SurchargeResult]:
    """The surcharge for installment number ``missed`` paid late on ``paid_on``.

    What the daily rate applies to is a policy parameter,
    ``payment.missed_installment_surcharge_base``: ``installment`` (the missed
    installment; ecoreg's default), ``outstanding`` (that installment and all
    later ones) or ``fine`` (the whole fine).

    Raises:
        InvalidInputError: if ``missed`` is not an installment of the plan.
    """
    if (
        isinstance(missed, bool)
        or not isinstance(missed, int)
        or not 1 <= missed <= len(plan.installments)
    ):
        raise InvalidInputError(
            field="missed",
            value=missed,
            allowed=f"an installment number from 1 to {len(plan.installments)}",
        )
    item = plan.installments[missed - 1]
    key = "payment.missed_installment_surcharge_base"
    basis = PaymentSettings.of(policy).missed_installment_surcharge_base
    if basis == "installment":
        base = item.amount
    elif basis == "outstanding":
        base = sum((i.amount for i in plan.installments[missed - 1 :]), Decimal("0.00"))
    else:
        base = plan.fine
    if base > MAX_YUAN / 2:
        raise InvalidMoneyError(
            field="plan",
            value=f"{base} yuan",
            allowed=f"a plan whose surcharge base is at most {MAX_YUAN / 2:.2f} yuan "
            "(the surcharge may double it)",
        )
    decision = late_surcharge(base, due_on=item.due_on, paid_on=paid_on, policy=policy)
    basis_reason = policy.reason(
        key,
        "payment.surcharge.installment-base",
        f"第{item.number}期逾期，加处罚款以{_BASE_ZH[basis]}{base}元为基数。",
        f"Installment {item.number} is late; the surcharge applies to {basis} ({base} yuan).",
        installment=item.number,
        basis=basis,
        base=base,
    )
    # The missed due date was computed on the calendar when the plan was built.
    return decision.model_copy(
        update={"reasons": (basis_reason, *decision.reasons), "warnings": plan.warnings}
    )


check_public(globals(), ("late_surcharge", "installment_surcharge"))
