"""`decide_fine`: how much? From the statutory range to the final amount, each step shown.

From the statutory range and the factor levels to a base amount (ecoreg's documented default
formula, replaceable by a jurisdiction's table), then aggravating circumstances (从重,
环执法〔2019〕42号) and the Art. 32 circumstances (从轻/减轻), then reductions for an apology
pledge (Dongguan, Yingkou) and law study (Yingkou).
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from ecoreg.core._boundary import check_public
from ecoreg.core._calendar import (
    WorkingCalendar,
    china_calendar,
    provisional_notice,
    provisional_years,
)
from ecoreg.core._citations import Citation
from ecoreg.core._decision import Decision, Hint, Notice, Reason, count_en, facts
from ecoreg.core._fine_rules import FACT_ZH, PartyType, ShareRule
from ecoreg.core._money import (
    YUAN,
    Rounding,
    parse_yuan,
    round_yuan,
)
from ecoreg.core._periods import add_months, working_days_after
from ecoreg.exceptions import InvalidInputError, MissingFactError, MissingParameterError
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.law import eco_code, mee_measures
from ecoreg.penalties._benchmark import score_table, table_facts, table_for
from ecoreg.penalties._case import (
    _AGGRAVATION_ZH,
    _MITIGATION_ITEM,
    _MITIGATION_ZH,
    Aggravation,
    FineResult,
    FineStep,
    PersonsFine,
    StudyStanding,
    ViolationCase,
    _choose_law,
    _decision_day,
    _excluded,
    _kind,
)
from ecoreg.penalties._settings import PenaltySettings

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from ecoreg.core._fine_rules import CaseFacts, FineRule, ResolvedRange
    from ecoreg.core._policy import Policy
    from ecoreg.core._records import ConcurrentProvision, LegalBasis, ViolationKind
    from ecoreg.core._tables import DiscretionTable, FineBandRow, Party
    from ecoreg.penalties._benchmark import TableOutcome
    from ecoreg.penalties._choice import LawChoice

__all__ = ["decide_fine"]


def _level(value: Decimal, thresholds: tuple[Decimal, ...]) -> int:
    return 1 + sum(1 for t in thresholds if value >= t)


class _Steps:
    def __init__(self) -> None:
        self.steps: list[FineStep] = []
        self.reasons: list[Reason] = []
        self.hints: list[Hint] = []

    def add(
        self,
        rule_id: str,
        amount: Decimal,
        before: Decimal,
        zh: str,
        en: str,
        citation: Citation | None,
        **used: object,
    ) -> Decimal:
        self.steps.append(
            FineStep(
                rule_id=rule_id,
                label_zh=zh,
                label_en=en,
                amount=amount,
                change=amount - before,
                citation=citation,
            )
        )
        self.reasons.append(
            Reason(
                rule_id=rule_id,
                citation=citation,
                message_zh=f"{zh}：{amount}元。",
                message_en=f"{en}: {amount} yuan.",
                facts=facts(used, amount=amount, change=amount - before),
            )
        )
        return amount


def _discretion_base(
    case: ViolationCase, statutory: _Statutory, settings: PenaltySettings, steps: _Steps
) -> Decimal:
    policy = settings.policy
    thresholds = settings.exceedance_thresholds
    exceedance = (
        _level(case.exceedance_ratio, thresholds) if case.exceedance_ratio is not None else 1
    )
    window = settings.history_window_months
    since, _ = add_months(case.occurred_on, -window)
    count = 1 + sum(1 for p in case.prior_violations if since <= p.on <= case.occurred_on)
    table = settings.history_levels
    history = table[min(count, len(table)) - 1]
    levels = (case.destination_level, exceedance, case.period_level, history)
    weights = settings.factor_weights
    if len(weights) != len(levels) or sum(weights) == 0:
        raise MissingParameterError(
            "discretion.factor_weights needs four weights that are not all zero",
            jurisdiction=policy.jurisdiction.code,
            on=policy.on,
            field="discretion.factor_weights",
            value=weights,
            allowed="four non-negative weights with a positive sum",
        )
    mean = sum((w * lv for w, lv in zip(weights, levels, strict=True)), Decimal(0)) / sum(
        weights, Decimal(0)
    )
    shares = settings.level_shares
    if len(shares) != 5 or any(b < a for a, b in itertools.pairwise(shares)):
        raise MissingParameterError(
            "discretion.level_shares needs five non-decreasing shares",
            jurisdiction=policy.jurisdiction.code,
            on=policy.on,
            field="discretion.level_shares",
            value=shares,
            allowed="five shares of the range for levels 1–5, each at least the one before",
        )
    low = min(int(mean), 4)  # the table row at or below the mean level (1–4)
    share = shares[low - 1] + (shares[low] - shares[low - 1]) * (mean - low)
    span = statutory.high - statutory.low
    base = _yuan_within(
        statutory.low + span * share, statutory.low, statutory.high, Rounding.HALF_UP
    )
    return steps.add(
        "fine.base",
        base,
        statutory.low,
        f"裁量基数（排放去向{levels[0]}级、超标{levels[1]}级、时段{levels[2]}级、"
        f"两年内违法{count}次为{levels[3]}级，加权平均{mean:.2f}级）",
        f"Discretion base (destination level {levels[0]}, exceedance level {levels[1]}, period "
        f"level {levels[2]}, {count} violation(s) in the window = level {levels[3]}; weighted mean "
        f"{mean:.2f})",
        policy.citation("discretion.factor_weights"),
        destination_level=levels[0],
        exceedance_level=levels[1],
        period_level=levels[2],
        history_level=levels[3],
        violations_in_window=count,
        mean_level=f"{mean:.4f}",
        share_of_range=f"{share:.4f}",
    )


def _base_and_aggravation(
    case: ViolationCase, kind: str, statutory: _Statutory, settings: PenaltySettings, steps: _Steps
) -> Decimal:
    """The base amount (a local fine table, else the default formula) and 从重 steps.

    A local table scores the case completely (its history, period and area factors): the
    default aggravation steps are then not added, and a reason says so.
    """
    hi, span = statutory.high, statutory.high - statutory.low
    table = _fitting_table(kind, statutory.resolved, settings, steps)
    if table is not None:
        amount = _table_base(case, table, statutory, steps)
        if case.aggravations:
            steps.reasons.append(
                Reason(
                    rule_id="fine.table.aggravation",
                    citation=table.citation,
                    message_zh=f"适用裁量表{table.section}，其裁量因素已计入情节，不再另按默认方法从重。",
                    message_en=f"Table {table.section} scores the case by its own factors: the "
                    "default aggravation steps are not added.",
                    facts=facts(aggravations=sorted(a.value for a in case.aggravations)),
                )
            )
        return amount
    amount = _discretion_base(case, statutory, settings, steps)
    aggravations = set(case.aggravations)
    if _repeat_offender(case, settings):
        aggravations.add(Aggravation.REPEAT_SAME_KIND)
    step = settings.aggravation_step
    for agg in sorted(aggravations):
        before = amount
        amount = min(hi, amount + round_yuan(span * step, to=YUAN, rounding=Rounding.HALF_UP))
        steps.add(
            f"fine.aggravation.{agg.value}",
            amount,
            before,
            f"从重：{_AGGRAVATION_ZH[agg]}（不超过上限）",
            f"Aggravating: {agg.value.replace('_', ' ')} (capped at the maximum)",
            Citation(
                instrument=mee_measures.DISCRETION_GUIDANCE_2019,
                note="Step size: discretion.aggravation_step (an ecoreg default unless the "
                "jurisdiction sets it).",
            ),
            aggravation=agg,
            step=step,
        )
    return amount


def _fitting_table(
    kind: str,
    resolved: ResolvedRange,
    settings: PenaltySettings,
    steps: _Steps,
    party: Party = "unit",
) -> DiscretionTable | None:
    """The jurisdiction's table for ``kind``, if ``discretion.method`` is ``tables``.

    Only a table written for the statutory range that applies (the party's, or the persons'
    where ``party`` is ``persons``); one that does not fit is said so.
    """
    if settings.discretion_method != "tables":
        return None
    lo, hi = resolved.low, resolved.high
    fitting, table = table_for(settings.discretion_tables.get((party, kind), ()), resolved)
    if fitting is not None or table is None:
        return fitting
    written_zh, written_en = table.written_for()
    whose_zh, whose_en = ("责任人员的", "the persons' ") if party == "persons" else ("", "")
    steps.reasons.append(
        Reason(
            rule_id="fine.table.not-fitting",
            citation=table.citation,
            message_zh=f"裁量表{table.section}系针对“{written_zh}”制定，本案适用的{whose_zh}法定幅度为"
            f"“{resolved.text_zh}”（{lo}元至{hi}元），不适用该表"
            + ("。" if party == "persons" else "，按默认裁量方法计算。"),
            message_en=f"Table {table.section} was written for {written_en}; {whose_en or 'the '}"
            f"range that applies is {resolved.text_en} ({lo} to {hi} yuan), so the table is not "
            "applied"
            + ("." if party == "persons" else " and the default discretion method is used."),
            facts=facts(
                table=table.id,
                table_min=table.statutory_min,
                table_max=table.statutory_max,
                table_rule=written_en if table.statute is not None else None,
                fine_min=lo,
                fine_max=hi,
            ),
        )
    )
    return None


def _band_words(
    table: DiscretionTable, band: FineBandRow, counted: Decimal | None
) -> tuple[str, str]:
    """A band in words: yuan, or the statute's unit of the base (货值金额1.5倍至2倍; 货值金额3倍).

    A band of one figure reads as that figure.
    """

    def ends(words: Callable[[Decimal], str], joint: str) -> str:
        return joint.join(dict.fromkeys(words(end) for end in (band.low, band.high)))

    rule = table.proportional
    if rule is None or not band.proportional:
        return ends(lambda r: f"{r}元", "至"), ends(str, " to ") + " yuan"
    base_zh, base_en = FACT_ZH[rule.base.value], rule.base.value
    if isinstance(rule, ShareRule):
        zh = ends(lambda r: f"百分之{(r * 100).normalize():f}", "至")
        en = ends(lambda r: f"{(r * 100).normalize():f} %", " to ") + f" of {base_en}"
    else:
        zh = ends(lambda r: f"{r.normalize():f}倍", "至")
        en = ends(lambda r: f"{r.normalize():f}", " to ") + f" times {base_en}"
    return f"{base_zh}{zh}（{base_zh}按{counted}元计）", f"{en} ({base_en} {counted} yuan)"


def _table_base(
    case: ViolationCase, table: DiscretionTable, statutory: _Statutory, steps: _Steps
) -> Decimal:
    """The base amount from the jurisdiction's fine table, each factor's level shown."""
    got = score_table(table, table_facts(case), statutory.resolved)
    for s in got.scored:
        if not s.established or not s.matched:
            why_zh = (
                "裁量因素确无法查明，按最低档次计算"
                if not s.established
                else "所述事实不属于任何档次，按最低档次计算"
            )
            why_en = (
                "cannot be established: scored at its lowest level"
                if not s.established
                else "the stated facts fit no level: scored at its lowest level"
            )
            steps.reasons.append(
                Reason(
                    rule_id="fine.table.lowest-level",
                    citation=table.citation.model_copy(update={"article": 5, "note": None}),
                    message_zh=f"{s.factor.label_zh}：{why_zh}（{s.level.label_zh}）。",
                    message_en=f"{s.factor.label_en}: {why_en} ({s.level.label_en}).",
                    facts=facts(factor=s.factor.id, needs=list(s.factor.facts)),
                )
            )
    zh, en = _table_words(got, statutory.resolved)
    return steps.add(
        "fine.table", got.amount, statutory.low, zh, en, table.citation, **_table_facts(got)
    )


def _table_facts(got: TableOutcome) -> dict[str, Any]:
    """The facts a table step records."""
    return {
        "table": got.table.id,
        "mode": got.table.mode,
        "levels": [f"{s.factor.id}: {s.level.label_en}" for s in got.scored],
        "not_established": [s.factor.id for s in got.scored if not s.established],
        "total": got.total,
        "share": got.share,
        "band": None if got.band is None else [got.band.low, got.band.high],
        "raised_to_minimum": got.raised_to_minimum,
    }


def _percent(share: Decimal) -> str:
    """A weight in words: a percentage to at most two places (附件1 §4.7's 1/3 is "33.33%")."""
    return f"{(share * 100).quantize(Decimal('0.01')).normalize():f}%"


def _table_words(got: TableOutcome, resolved: ResolvedRange) -> tuple[str, str]:
    """What a table gave, in words: each factor's level, and the weights or the band."""
    table = got.table
    levels_zh = "".join(
        f"{s.factor.label_zh}“{s.level.label_zh}”"
        + (f"{_percent(s.level.score)}" if table.mode == "weights" else "")
        + "；"
        for s in got.scored
    )
    levels_en = "".join(
        f"{s.factor.label_en} '{s.level.label_en}'"
        + (f" {_percent(s.level.score)}" if table.mode == "weights" else "")
        + "; "
        for s in got.scored
    )
    if table.mode == "weights":
        assert got.share is not None  # noqa: S101 - set for weight tables
        assert got.total is not None  # noqa: S101
        start = table.start or Decimal(0)
        zh = (
            f"裁量表{table.section}（权重累加）：裁量起点{_percent(start)}；{levels_zh}"
            f"合计{_percent(got.total)}，按{_percent(got.share)}乘以法定最高罚款额{resolved.high}元"
        )
        en = (
            f"Table {table.section} (weights): start {_percent(start)}; {levels_en}total "
            f"{_percent(got.total)}, {_percent(got.share)} of the statutory maximum {resolved.high} yuan"
        )
    else:
        assert got.band is not None  # noqa: S101 - set for band tables
        band_zh, band_en = _band_words(table, got.band, resolved.counted)
        zh = f"裁量表{table.section}（幅度罚款）：{levels_zh}罚款区间{band_zh}，一般处罚按平均金额"
        en = (
            f"Table {table.section} (bands): {levels_en}band {band_en}, an ordinary case at "
            "its average"
        )
    if got.raised_to_minimum:
        zh += "，低于法定最低罚款额，按法定最低罚款额计"
        en += ", under the statutory minimum: raised to it (Art. 3 (1))"
    return zh, en


def _persons_by_table(
    case: ViolationCase,
    kind: str,
    statutory: _Statutory,
    settings: PenaltySettings,
    steps: _Steps,
) -> PersonsFine | None:
    """The persons' fine with the amount a local table gives each of them, where one fits.

    粤环发〔2021〕7号 附件1 scores the persons responsible in a unit (直接负责的主管人员和其他
    直接责任人员; its 对个人 columns) on the unit's factors, within the range the article sets on
    them. The amount is for each person, an ordinary case; the unit's reductions (an apology
    pledge, law-study points) are the unit's and are not applied to it.
    """
    persons, resolved = statutory.persons, statutory.persons_range
    if persons is None or resolved is None or not resolved.fined:
        return persons
    table = _fitting_table(kind, resolved, settings, steps, party="persons")
    if table is None:
        return persons
    got = score_table(table, table_facts(case), resolved)
    zh, en = _table_words(got, resolved)
    unscored = [s.factor for s in got.scored if not s.established or not s.matched]
    if unscored:
        zh += "（" + "、".join(f.label_zh for f in unscored) + "按最低档次计算）"
        en += " (" + ", ".join(f.label_en for f in unscored) + ": scored at the lowest level)"
    steps.reasons.append(
        Reason(
            rule_id="fine.persons.table",
            citation=table.citation,
            message_zh=f"{persons.who_zh}每人罚款{got.amount}元：{zh}。",
            message_en=f"The persons responsible: {got.amount} yuan each. {en}.",
            facts=facts(amount=got.amount, **_table_facts(got)),
        )
    )
    return persons.model_copy(update={"amount": got.amount, "table": table.id})


def _yuan_within(amount: Decimal, low: Decimal, high: Decimal, rounding: Rounding) -> Decimal:
    """``amount`` rounded to the whole yuan, never leaving the statutory range it is in.

    A range read from a share or a multiple can have fen in its bounds (20 % of a 3-yuan loss
    is 0.60): rounding then takes the whole yuan on the other side if that one is in the range,
    else keeps the amount to the fen. An amount already below the minimum (减轻) just rounds.
    """
    rounded = round_yuan(amount, to=YUAN, rounding=rounding)
    if not low <= amount <= high or low <= rounded <= high:
        return rounded
    down = round_yuan(amount, to=YUAN, rounding=Rounding.DOWN)
    up = round_yuan(amount, to=YUAN, rounding=Rounding.UP)
    if down >= low:
        return down
    if up <= high:
        return up
    return round_yuan(amount, rounding=Rounding.HALF_UP)


def _rounding_words(final: Decimal, amount: Decimal) -> tuple[str, str]:
    """What the rounding step did, in Chinese and English (see `_yuan_within`)."""
    if final != final.to_integral_value():
        return (
            "罚款数额保留到分（幅度内无整元数额）",
            "Kept to the fen (no whole yuan lies in the range)",
        )
    if final < amount:
        return "罚款数额取整到元（舍去角分）", "Rounded down to the whole yuan"
    return (
        "罚款数额取整到元（舍去角分将低于法定下限，进到整元）",
        "Rounded up to the whole yuan (down would fall below the statutory minimum)",
    )


def _repeat_offender(case: ViolationCase, settings: PenaltySettings) -> bool:
    window = settings.history_window_months
    since, _ = add_months(case.occurred_on, -window)
    same = [
        p
        for p in case.prior_violations
        if p.kind == case.kind and p.penalized and since <= p.on <= case.occurred_on
    ]
    return len(same) >= 3


def decide_fine(
    case: ViolationCase,
    *,
    policy: Policy,
    decided_on: dt.date | str,
    proposed: Decimal | int | str | None = None,
    study: StudyStanding | None = None,
    calendar: WorkingCalendar | None = None,
) -> Decision[FineResult]:
    """Work out a fine step by step, from the statutory range to the final amount.

    Without ``proposed``, the base comes from the factor levels (ecoreg's
    default table: the statutory minimum plus the range times the share the
    jurisdiction's benchmark table ``discretion.level_shares`` gives the weighted
    mean level, interpolated; by default 0, ¼, ½, ¾, 1 for levels 1–5), then each aggravating
    circumstance adds ``discretion.aggravation_step`` of the range (capped at
    the maximum) and each Art. 32 circumstance takes ``discretion.mitigation_step``
    off (从轻; below the minimum it is 减轻, never below zero). With
    ``proposed`` (the amount of the notice of proposed penalty), that amount is
    the starting point. Then the reductions the jurisdiction grants: an
    accepted apology pledge, law-study points. The final amount is rounded
    down to the yuan, without leaving the statutory range it is in (a range
    with fen in its bounds, from a share or a multiple, may round up or keep
    the fen).

    Raises:
        InvalidInputError: for an unknown kind, a proposed amount outside the range.
    """
    today = _decision_day(case, policy, decided_on)
    settings = PenaltySettings.of(policy)
    kind = _kind(policy, case.kind)
    law = _choose_law(case, kind, today)
    basis = law.basis
    if basis is None:
        raise InvalidInputError(
            field="kind",
            value=kind.id,
            allowed=f"a conduct that is still a violation on {today} (see decide_leniency: the "
            "law at the decision no longer punishes it)",
        )
    cal = calendar or china_calendar()
    steps = _Steps()
    if law.reason is not None:
        steps.reasons.append(law.reason)
    steps.reasons.extend(policy.lapse_reasons())
    statutory = _statutory(case, law, basis, settings, steps)
    lo, hi = statutory.low, statutory.high
    span = hi - lo
    steps.add(
        "fine.range",
        lo,
        lo,
        f"法定罚款幅度{lo}元至{hi}元",
        f"Statutory range {lo} to {hi} yuan",
        statutory.citation,
        kind=kind.id,
        fine_min=lo,
        fine_max=hi,
    )
    if not statutory.resolved.fined:
        if proposed is not None:
            raise InvalidInputError(
                field="proposed",
                value=proposed,
                allowed=f"no amount: {statutory.citation.label_en} sets no fine for these facts "
                f"({statutory.resolved.text_en})",
            )
        return _no_fine(case, kind, basis, statutory, steps, today, policy)
    if proposed is not None:
        amount = parse_yuan(proposed, field="proposed", minimum=0)
        if not lo <= amount <= hi and not case.mitigations:
            raise InvalidInputError(
                field="proposed",
                value=amount,
                allowed=f"an amount within the statutory range {lo}–{hi} yuan "
                "(below it only with an Art. 32 circumstance)",
            )
        amount = steps.add(
            "fine.proposed",
            amount,
            lo,
            "拟处罚款数额（事先告知书）",
            "Proposed fine (notice of proposed penalty)",
            statutory.citation,
        )
    else:
        amount = _base_and_aggravation(case, kind.id, statutory, settings, steps)
        step = settings.mitigation_step
        for mit in sorted(set(case.mitigations)):
            before = amount
            amount = max(
                Decimal("0.00"),
                amount - round_yuan(span * step, to=YUAN, rounding=Rounding.HALF_UP),
            )
            reduced = amount < lo
            steps.add(
                f"fine.mitigation.{mit.value}",
                amount,
                before,
                ("减轻" if reduced else "从轻") + f"：{_MITIGATION_ZH[mit]}",
                ("Reduced below the minimum" if reduced else "Lighter")
                + f": {mit.value.replace('_', ' ')}",
                apl.ART_32.model_copy(update={"item": _MITIGATION_ITEM[mit]}),
                mitigation=mit,
                step=step,
                below_minimum=reduced,
            )
    before_reductions = amount
    excluded = _excluded(case, kind)
    apology_excluded = [*excluded, *_apology_exclusions(case, statutory, settings, amount)]
    amount = _apology(case, statutory, settings, cal, amount, steps, apology_excluded, today)
    amount = _study(statutory, settings, study, amount, steps, excluded=bool(excluded))
    final = _yuan_within(amount, lo, hi, Rounding.DOWN)
    if final != amount:
        amount = steps.add("fine.rounding", final, amount, *_rounding_words(final, amount), None)
    if final < lo:
        steps.reasons.append(
            Reason(
                rule_id="fine.below-minimum",
                citation=apl.ART_32,
                message_zh=f"最终罚款{final}元低于法定下限{lo}元，系依法减轻处罚，不低于零。",
                message_en=f"The final fine of {final} yuan is below the statutory minimum of {lo} "
                "yuan: a reduced penalty (减轻处罚) under Art. 32, never below zero.",
                facts=facts(final=final, fine_min=lo),
            )
        )
    statutory = attrs.evolve(
        statutory, persons=_persons_by_table(case, kind.id, statutory, settings, steps)
    )
    return Decision[FineResult](
        outcome=FineResult(
            kind=kind.id,
            statutory_min=lo,
            statutory_max=hi,
            steps=tuple(steps.steps),
            final=final,
            below_statutory_minimum=final < lo,
            **statutory.result_fields(basis),
        ),
        decided_on=today,
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(steps.reasons),
        hints=(
            *steps.hints,
            *_apology_hint(
                case, statutory, settings, cal, before_reductions, excluded=bool(apology_excluded)
            ),
        ),
        warnings=(*_pledge_provisional(case, settings, cal), *policy.layer_warnings(today)),
    )


@attrs.frozen
class _Statutory:
    """The statutory range that applies to the case.

    The basis's rule for the case's facts, or a concurrent provision's where Code Art. 1055
    (行政处罚法 Art. 29 before it) prefers it.
    """

    resolved: ResolvedRange
    citation: Citation
    persons: PersonsFine | None
    persons_range: ResolvedRange | None = None

    @property
    def low(self) -> Decimal:
        """The minimum for the case."""
        return self.resolved.low

    @property
    def high(self) -> Decimal:
        """The maximum for the case."""
        return self.resolved.high

    def result_fields(self, basis: LegalBasis) -> dict[str, Any]:
        """The fields of `FineResult` that describe the rule applied."""
        return {
            "basis": self.citation,
            "rule_zh": self.resolved.text_zh,
            "rule_en": self.resolved.text_en,
            "fined": self.resolved.fined,
            "fine_optional": self.resolved.optional,
            "persons": self.persons,
            "enforcers": basis.enforcers,
            "measures": basis.measures,
        }


def _persons(
    rule: FineRule | None, who: str | None, citation: Citation, facts: CaseFacts
) -> tuple[PersonsFine, ResolvedRange | None] | None:
    """The persons' fine and its range for the case (``None`` where a fact it needs is missing)."""
    if rule is None:
        return None
    zh, en = rule.describe()
    try:
        got = rule.resolve(facts)
    except MissingFactError as exc:
        needs = PersonsFine(
            who_zh=who or "直接负责的主管人员和其他直接责任人员",
            rule_zh=zh,
            rule_en=en,
            needs=exc.field,
            citation=citation,
        )
        return needs, None
    fine = PersonsFine(
        who_zh=who or "直接负责的主管人员和其他直接责任人员",
        rule_zh=got.text_zh,
        rule_en=got.text_en,
        statutory_min=got.low,
        statutory_max=got.high,
        citation=citation,
    )
    return fine, got


def _statutory(
    case: ViolationCase,
    law: LawChoice,
    basis: LegalBasis,
    settings: PenaltySettings,
    steps: _Steps,
) -> _Statutory:
    """The basis's range for the case, or a concurrent provision's that fines more (Art. 1055)."""
    facts_ = case.fine_facts()
    day = law.act_on if basis == law.at_act else law.decided_on
    best = basis.range_for(facts_)
    best_cite = basis.citation
    persons = _persons(basis.persons, basis.persons_zh, basis.citation, facts_)
    compared: list[tuple[Citation, ResolvedRange]] = [(basis.citation, best)]
    for provision in basis.concurrent:
        if not provision.in_force_on(day):
            continue
        if provision.condition_zh is not None and provision.key not in case.concurrent_findings:
            steps.hints.append(_concurrent_hint(provision, facts_))
            continue
        try:
            got = provision.fine.resolve(facts_)
        except InvalidInputError as exc:  # the comparison Art. 1055 requires needs this fact
            raise type(exc)(
                field=exc.field,
                value=exc.value,
                allowed=f"{exc.allowed} ({provision.citation.label_en}, which also fines the act: "
                "the higher fine applies, so its amount is needed to compare)",
            ) from None
        compared.append((provision.citation, got))
        higher_max = got.high > best.high
        higher_floor = got.high == best.high and got.low > best.low
        if higher_max or (higher_floor and settings.concurrent_higher_floor == "apply"):
            best, best_cite = got, provision.citation
            persons = _persons(provision.persons, None, provision.citation, facts_) or persons
    if len(compared) > 1:
        steps.reasons.append(_concurrency_reason(compared, best_cite, day, settings))
    fine, persons_range = persons or (None, None)
    if case.party_type is PartyType.INDIVIDUAL:  # a natural person has no 直接负责的主管人员
        fine = persons_range = None
    return _Statutory(resolved=best, citation=best_cite, persons=fine, persons_range=persons_range)


def _concurrent_hint(provision: ConcurrentProvision, facts_: CaseFacts) -> Hint:
    zh, en = provision.fine.describe()
    return Hint(
        rule_id="fine.concurrent.conditional",
        message_zh=f"{provision.condition_zh}的，{provision.citation.label_zh}亦处罚该行为（{zh}），"
        "依法按照罚款数额高的规定处罚；经认定存在该情形的，请在案件的竞合认定事项中列明该规定。",
        message_en=f"Where {provision.condition_en}, {provision.citation.label_en} also fines the "
        f"act ({en}) and the higher fine applies: list '{provision.key}' in "
        "concurrent_findings if so.",
        changes=facts(concurrent_findings=[provision.key], **facts_.stated()),
    )


def _concurrency_reason(
    compared: list[tuple[Citation, ResolvedRange]],
    applied: Citation,
    day: dt.date,
    settings: PenaltySettings,
) -> Reason:
    under_code = day >= eco_code.INSTRUMENT.in_force
    article = eco_code.ART_1055 if under_code else apl.ART_29
    rule_zh = (
        "《中华人民共和国生态环境法典》第一千零五十五条"
        if under_code
        else "《中华人民共和国行政处罚法》第二十九条"
    )
    rule_en = (
        "Ecological Environment Code Art. 1055"
        if under_code
        else "Administrative Penalty Law Art. 29"
    )
    listed_zh = "；".join(f"{c.label_zh}：{r.low}–{r.high}元" for c, r in compared)
    listed_en = "; ".join(f"{c.label_en}: {r.low}–{r.high} yuan" for c, r in compared)
    floor_note_zh = (
        "（按本地政策，仅罚款下限较高的规定不取代原依据，仍适用原依据的幅度）"
        if settings.concurrent_higher_floor == "statute"
        else ""
    )
    floor_note_en = (
        " (a provision higher only in its minimum does not displace the basis: "
        "law.concurrent_higher_floor is 'statute')"
        if settings.concurrent_higher_floor == "statute"
        else ""
    )
    return Reason(
        rule_id="fine.concurrent",
        citation=article,
        message_zh=f"同一违法行为违反多个规定应当给予罚款处罚的，按照罚款数额高的规定处罚（{rule_zh}）："
        f"{listed_zh}；适用{applied.label_zh}{floor_note_zh}。",
        message_en=f"One act under several provisions is fined under the one with the higher fine "
        f"({rule_en}, maximum first, then minimum): {listed_en}; {applied.label_en} applies"
        f"{floor_note_en}.",
        facts=facts(
            applied=applied.label_zh,
            compared=[c.label_zh for c, _ in compared],
            concurrent_higher_floor=settings.concurrent_higher_floor,
        ),
    )


def _no_fine(
    case: ViolationCase,
    kind: ViolationKind,
    basis: LegalBasis,
    statutory: _Statutory,
    steps: _Steps,
    today: dt.date,
    policy: Policy,
) -> Decision[FineResult]:
    """The decision where the applied article sets no fine for the case's facts."""
    zh, en = basis.fine.describe()
    steps.reasons.append(
        Reason(
            rule_id="fine.none",
            citation=statutory.citation,
            message_zh=f"依{statutory.citation.label_zh}，本案情形不处罚款（{zh}）。",
            message_en=f"Under {statutory.citation.label_en} these facts carry no fine ({en}).",
            facts=facts(case.fine_facts().stated(), kind=kind.id),
        )
    )
    zero = Decimal("0.00")
    return Decision[FineResult](
        outcome=FineResult(
            kind=kind.id,
            statutory_min=zero,
            statutory_max=zero,
            steps=tuple(steps.steps),
            final=zero,
            below_statutory_minimum=False,
            **statutory.result_fields(basis),
        ),
        decided_on=today,
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(steps.reasons),
        hints=(
            *steps.hints,
            Hint(
                rule_id="fine.none",
                message_zh=f"该条在下列情形下处以罚款：{zh}。",
                message_en=f"The article fines in these cases: {en}.",
                changes=facts(rule=en),
            ),
        ),
        warnings=policy.layer_warnings(today),
    )


def _pledge_provisional(
    case: ViolationCase, settings: PenaltySettings, cal: WorkingCalendar
) -> tuple[Notice, ...]:
    """The provisional-calendar warning when the pledge window was counted on such a year."""
    if (
        case.notice_received_on is None
        or not settings.apology_enabled
        or settings.apology_working_days is None
    ):
        return ()
    _, last_day = _pledge_deadline(case.notice_received_on, settings, cal)
    return provisional_notice(provisional_years(cal, case.notice_received_on, last_day))


def _pledge_deadline(
    notice_received_on: dt.date, settings: PenaltySettings, cal: WorkingCalendar
) -> tuple[int, dt.date]:
    """The working days allowed for a pledge and the last day to file it."""
    days = settings.apology_working_days
    if days is None:  # unset: the policy's own error names the missing parameter
        days = settings.policy.as_int("reduction.apology.application_working_days")
    return days, working_days_after(notice_received_on, days, calendar=cal).last_day


def _apology_share(case: ViolationCase, settings: PenaltySettings) -> tuple[str, Decimal]:
    shares = settings.apology_shares
    evidence = case.apology_pledge.evidence if case.apology_pledge is not None else "none"
    electroplating = case.guangdong is not None and case.guangdong.electroplating
    for flag, key in (
        (evidence == "harm_eliminated", "reduction.apology.share_harm_eliminated"),
        (evidence != "none", "reduction.apology.share_effect_evidence"),
        (electroplating, "reduction.apology.share_electroplating"),
        (case.heavy_pollution_process, "reduction.apology.share_heavy_pollution"),
        (case.river_basin, "reduction.apology.share_river_basin"),
    ):
        if flag and key in shares:
            return key, shares[key]
    key = "reduction.apology.share"
    if key in shares:
        return key, shares[key]
    return key, settings.policy.as_decimal(key)  # unset: the policy's own error names it


def _apology_amount(
    amount: Decimal, statutory: _Statutory, settings: PenaltySettings, share: Decimal
) -> tuple[Decimal, Decimal]:
    """(new amount, reduction) for an accepted pledge: never below the minimum, never up."""
    method = settings.apology_method
    base = amount if method == "share_of_fine" else max(Decimal(0), amount - statutory.low)
    reduction = round_yuan(base * share, rounding=Rounding.DOWN)
    if settings.apology_cap is not None:
        reduction = min(reduction, settings.apology_cap)
    floor = min(amount, statutory.low)
    new = max(amount - reduction, floor)
    return new, amount - new


_APOLOGY_EXCLUSION_WORDS = {
    "drinking_water_prohibition": (
        "违反饮用水水源保护区内禁止性规定",
        "a drinking-water zone prohibition",
    ),
    "hazardous_waste_to_unlicensed": (
        "将危险废物提供或者委托给无许可证的单位或者其他生产经营者",
        "hazardous waste handed to an unlicensed party",
    ),
    "hazardous_waste_unlicensed_operation": (
        "无许可证或者未按照许可证规定从事危险废物经营活动",
        "hazardous-waste operations without or outside a licence",
    ),
    "art10_aggravation": ("属于第十条规定的从重处罚情形", "an Art. 10 aggravated case"),
    "detention_referral": ("适用移送公安机关行政拘留", "referred for administrative detention"),
    "suspected_crime": ("涉嫌环境污染犯罪", "a suspected environmental crime"),
    "continued_after_order": (
        "经责令改正，复查发现违法行为仍持续",
        "the violation continued after an order to correct",
    ),
    "repeat_after_apology": (
        "公开道歉承诺后再次出现生态环境违法行为",
        "a new violation after an earlier apology reduction",
    ),
    "concurrent_excluded": (
        "同时检查发现的其他违法行为存在不适用情形",
        "another violation found at the same time is excluded",
    ),
    "fixed_or_minimum_fine": (
        "属于定额罚款或法定最低罚款",
        "a fixed fine or the statutory minimum fine",
    ),
    "other_rule": (
        "其他法律、法规或规范性文件规定不得适用",
        "another law, regulation or normative document excludes it",
    ),
}


def _apology_exclusions(
    case: ViolationCase, statutory: _Statutory, settings: PenaltySettings, amount: Decimal
) -> list[tuple[str, str]]:
    """The situations of the jurisdiction's apology measure (粤环发〔2021〕7号 Art. 14) present.

    Stated on the case (``guangdong.apology_exclusions``) or found from it: a suspected crime
    (6), a refusal to correct (7), an earlier apology reduction (8; within
    ``reduction.apology.repeat_bar_months`` where set), a fixed fine or an amount at the
    statutory minimum (10).
    """
    listed = settings.apology_exclusions
    if not listed or not settings.apology_enabled:
        return []
    found = {e.value for e in case.guangdong.apology_exclusions} if case.guangdong else set()
    if case.crime:
        found.add("suspected_crime")
    if case.refused_to_correct:
        found.add("continued_after_order")
    months = settings.apology_repeat_bar_months
    since = add_months(case.occurred_on, -months)[0] if months is not None else None
    if any(
        p.apology_reduced and p.on <= case.occurred_on and (since is None or since <= p.on)
        for p in case.prior_violations
    ):
        found.add("repeat_after_apology")
    if statutory.low == statutory.high or amount <= statutory.low:
        found.add("fixed_or_minimum_fine")
    return [_APOLOGY_EXCLUSION_WORDS[key] for key in sorted(found & listed)]


def _apology(
    case: ViolationCase,
    statutory: _Statutory,
    settings: PenaltySettings,
    cal: WorkingCalendar,
    amount: Decimal,
    steps: _Steps,
    excluded: list[tuple[str, str]],
    today: dt.date,
) -> Decimal:
    policy = settings.policy
    pledge = case.apology_pledge
    if pledge is None or not settings.apology_enabled:
        return amount
    refusals = excluded or (
        [] if pledge.rectified else [("违法行为尚未改正", "the violation has not been corrected")]
    )
    if refusals:
        steps.reasons.append(
            Reason(
                rule_id="fine.reduction.apology.refused",
                citation=policy.citation("reduction.apology.method"),
                message_zh="道歉承诺不予减轻：" + "；".join(zh for zh, _ in refusals) + "。",
                message_en="The apology pledge gives no reduction: "
                + "; ".join(en for _, en in refusals)
                + ".",
                facts=facts(excluded=[en for _, en in refusals]),
            )
        )
        return amount
    assert case.notice_received_on is not None  # noqa: S101 - enforced by ViolationCase
    if settings.apology_working_days is None:  # no window of days: before the decision
        days, last_day = 0, today
    else:
        days, last_day = _pledge_deadline(case.notice_received_on, settings, cal)
    if pledge.filed_on > last_day and settings.apology_working_days is None:
        steps.reasons.append(
            Reason(
                rule_id="fine.reduction.apology.late",
                citation=policy.citation("reduction.apology.method"),
                message_zh=f"公开道歉承诺应在行政处罚决定作出前（{today}前）提出，"
                f"本承诺于{pledge.filed_on}提出，不予减轻。",
                message_en=f"The apology had to come before the decision ({today}); it was "
                f"filed on {pledge.filed_on}: no reduction.",
                facts=facts(filed_on=pledge.filed_on, decided_on=today),
            )
        )
        return amount
    if pledge.filed_on > last_day:
        steps.reasons.append(
            Reason(
                rule_id="fine.reduction.apology.late",
                citation=policy.citation("reduction.apology.application_working_days"),
                message_zh=f"道歉承诺应在收到告知书后{days}个工作日内（{last_day}前）提出，"
                f"本承诺于{pledge.filed_on}提出，不予减轻。",
                message_en=f"The pledge had to be filed within {count_en(days, 'working day')} of "
                "the notice "
                f"(by {last_day}); it was filed on {pledge.filed_on}: no reduction.",
                facts=facts(
                    notice_received_on=case.notice_received_on,
                    filed_on=pledge.filed_on,
                    deadline=last_day,
                ),
            )
        )
        return amount
    share_key, share = _apology_share(case, settings)
    new, reduction = _apology_amount(amount, statutory, settings, share)
    method = settings.apology_method
    return steps.add(
        "fine.reduction.apology",
        new,
        amount,
        f"公开道歉承诺守法，减轻{share:%}"
        + ("（按超出法定下限部分计）" if method == "share_of_excess" else "")
        + "，不低于法定下限"
        + policy.local_note(share_key)[0],
        f"Public apology and pledge: {share:%} off"
        + (" the part above the statutory minimum" if method == "share_of_excess" else "")
        + ", never below the statutory minimum"
        + policy.local_note(share_key)[1],
        policy.citation(share_key),
        share=share,
        method=method,
        reduction=reduction,
        filed_on=pledge.filed_on,
        deadline=last_day,
    )


def _apology_hint(
    case: ViolationCase,
    statutory: _Statutory,
    settings: PenaltySettings,
    cal: WorkingCalendar,
    amount: Decimal,
    *,
    excluded: bool,
) -> list[Hint]:
    if case.apology_pledge is not None or not settings.apology_enabled:
        return []
    if case.notice_received_on is None or excluded or settings.apology_working_days is None:
        return []
    _, deadline = _pledge_deadline(case.notice_received_on, settings, cal)
    _, share = _apology_share(case, settings)
    new, _ = _apology_amount(amount, statutory, settings, share)
    if new >= amount:
        return []
    return [
        Hint(
            rule_id="fine.reduction.apology",
            message_zh=f"改正违法行为并于{deadline}前提出公开道歉承诺的，罚款可减至{new}元。",
            message_en=f"An apology pledge filed by {deadline}, with the violation corrected, "
            f"would reduce the fine to {new} yuan.",
            changes=facts(apology_pledge_filed_by=deadline, fine=new),
        )
    ]


def _study(
    statutory: _Statutory,
    settings: PenaltySettings,
    study: StudyStanding | None,
    amount: Decimal,
    steps: _Steps,
    *,
    excluded: bool,
) -> Decimal:
    share = settings.study_share
    if study is None or share is None:
        return amount
    policy = settings.policy
    if share == 0 or not study.lighter_penalty or excluded:
        return amount
    reduction = round_yuan(max(Decimal(0), amount - statutory.low) * share, rounding=Rounding.DOWN)
    return steps.add(
        "fine.reduction.study",
        amount - reduction,
        amount,
        f"主动学法积分{study.points}分，从轻处罚：超出法定下限部分减{share:%}"
        + policy.local_note("reduction.study.share")[0],
        f"Law-study points ({study.points}): {share:%} off the part above the statutory minimum"
        + policy.local_note("reduction.study.share")[1],
        policy.citation("reduction.study.share"),
        points=study.points,
        share=share,
        reduction=reduction,
    )


check_public(globals(), ("decide_fine",))
