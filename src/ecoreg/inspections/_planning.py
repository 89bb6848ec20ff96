"""Inspection planning: a year's proposed inspection tasks into the visits that happen."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import defaultdict
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Final

import attrs
from pydantic import Field, model_validator

from ecoreg.core._boundary import check_class, check_public
from ecoreg.core._calendar import WorkingCalendar, china_calendar
from ecoreg.core._columnar import ArrowTabular
from ecoreg.core._decision import Decision, Hint, Reason, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import Day
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._batch import GradingBatch
from ecoreg.grading._results import Grade

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping

    from ecoreg.core._policy import Policy

__all__ = [
    "InspectionPlan",
    "InspectionTask",
    "PlanSummary",
    "TaskDecision",
    "TaskOutcome",
    "Trigger",
    "Visit",
    "draw_sample",
    "plan_inspections",
]


Text = Annotated[str, Field(min_length=1, max_length=200)]
_GRADES: Final = tuple(Grade)


def _not_before(later: dt.date, earlier: dt.date, field: str, earlier_field: str) -> None:
    """Refuse a window that ends before it starts, naming its end."""
    if later < earlier:
        raise InvalidInputError(
            field=field, value=later, allowed=f"a date on or after {earlier_field} ({earlier})"
        )


class Trigger(StrEnum):
    """What triggers an inspection outside the annual plan (触发式检查)."""

    COMPLAINT = "complaint"
    """A public complaint or report (投诉举报)."""
    ALERT = "alert"
    """An automatic-monitoring alert (在线监测预警)."""
    REFERRAL = "referral"
    """A case referred or assigned by another agency (交办、转办)."""
    ACCIDENT = "accident"
    """A pollution accident or emergency (突发环境事件)."""


class InspectionTask(EcoregModel):
    """A proposed inspection of one enterprise, by one department, within a date window."""

    id: Text
    enterprise: Text
    """The enterprise's unified social credit code, as in the grading."""
    department: Text
    purposes: tuple[Text, ...] = Field(min_length=1)
    window_start: Day
    window_end: Day
    in_annual_plan: bool = True
    """Whether the task is in the approved annual inspection plan (年度检查计划)."""
    random_sampling: bool = False
    """A random inspection (双随机): done only on a firm drawn for the sample."""
    trigger: Trigger | None = None
    """What triggered the task; ``None`` for a planned task."""
    trigger_ref: Text | None = None
    """The complaint, alert or referral it answers."""

    @model_validator(mode="after")
    def _window(self) -> InspectionTask:
        _not_before(self.window_end, self.window_start, "window_end", "window_start")
        return self

    @property
    def triggered(self) -> bool:
        """Whether a complaint, an alert, a referral or an accident triggered the task."""
        return self.trigger is not None


class TaskOutcome(StrEnum):
    """What becomes of a task: exactly one of these."""

    APPROVED = "approved"
    """Approved: the task leads a visit."""
    MERGED = "merged"
    """Merged into a visit another task leads (一次进门)."""
    OFFSITE = "offsite"
    """Moved off-site: data verification first (数据先行), or a positive-list firm."""
    REFUSED = "refused"


class Visit(EcoregModel):
    """One on-site visit: every merged task's purposes, on a day in every task's window."""

    id: Text
    enterprise: Text
    on: Day
    tasks: tuple[Text, ...]
    departments: tuple[Text, ...]
    purposes: tuple[Text, ...]
    triggered: bool
    grade: Grade


class TaskDecision(EcoregModel):
    """The decision on one task."""

    task: Text
    outcome: TaskOutcome
    visit: Text | None = None
    """The visit the task belongs to (approved or merged)."""


class PlanSummary(EcoregModel):
    """Counts before and after planning, as a bureau reports them."""

    year: int
    tasks: int
    by_outcome: tuple[tuple[TaskOutcome, int], ...]
    visits_before: int
    """Visits if every task were a visit of its own."""
    visits_after: int
    visits_before_by_grade: tuple[tuple[Grade, int], ...]
    visits_after_by_grade: tuple[tuple[Grade, int], ...]
    triggered_visits: int
    reduction_percent: str
    """The fall in visits, in percent, to one decimal (rounded down: never overstated)."""


# Why each task ended as it did: the rule that decided it.
_PLANNED, _UNPLANNED, _NOT_SAMPLED, _OFFSITE_GRADE, _OFFSITE_POSITIVE, _CAPPED = range(6)


@check_class
@attrs.frozen
class InspectionPlan:
    """The plan: a decision per task, the visits, and the counts."""

    year: int
    policy: Policy
    tasks: tuple[InspectionTask, ...]
    """The tasks, in the order the plan took them (firm, window, id)."""
    outcome: Mapping[str, TaskOutcome]
    visits: tuple[Visit, ...]
    visit_of: Mapping[str, str]
    """Task id → visit id, for approved and merged tasks."""
    grade_of: Mapping[str, Grade]
    _rule: Mapping[str, int]
    _cap_state: Mapping[str, tuple[int, int]]
    _task: Mapping[str, InspectionTask]
    """Task id → task: a decision is looked up, not searched for."""
    _visit: Mapping[str, Visit]

    def decision(self, task_id: str) -> Decision[TaskDecision]:
        """The decision on one task, with the rule that decided it and its source."""
        task = self._task.get(task_id)
        if task is None:
            raise InvalidInputError(field="task_id", value=task_id, allowed="a task of the plan")
        outcome = self.outcome[task_id]
        visit_id = self.visit_of.get(task_id)
        reasons, hints = _explain(self, task, outcome, visit_id)
        return Decision[TaskDecision](
            outcome=TaskDecision(task=task_id, outcome=outcome, visit=visit_id),
            decided_on=dt.date(self.year, 1, 1),
            jurisdiction=self.policy.jurisdiction.code,
            reasons=tuple(reasons),
            hints=tuple(hints),
        )

    def to_arrow(self) -> Any:
        """The decisions as a ``pyarrow.Table``, one row per task in the plan's order.

        Columns of ``plan_arrow_schema()``; needs the ``arrow`` extra.
        """
        from ecoreg.inspections._arrow import plan_to_arrow  # noqa: PLC0415 - on demand

        return plan_to_arrow(self)

    def visits_to_arrow(self) -> Any:
        """The visits as a ``pyarrow.Table``, in order (``visit_arrow_schema()``)."""
        from ecoreg.inspections._arrow import visits_to_arrow  # noqa: PLC0415 - on demand

        return visits_to_arrow(self)

    def summary(self) -> Decision[PlanSummary]:
        """Tasks, visits before and after, per grade: the bureau's own "−45 %"."""
        counts = dict.fromkeys(TaskOutcome, 0)
        before = dict.fromkeys(_GRADES, 0)
        for task in self.tasks:
            counts[self.outcome[task.id]] += 1
            before[self.grade_of[task.enterprise]] += 1
        after = dict.fromkeys(_GRADES, 0)
        for visit in self.visits:
            after[visit.grade] += 1
        n_before, n_after = len(self.tasks), len(self.visits)
        cut = 0 if n_before == 0 else (n_before - n_after) * 1000 // n_before
        percent = f"{cut // 10}.{cut % 10}"
        reason = self.policy.reason(
            "inspections.joint_inspection",
            "inspections.summary",
            f"{n_before}项检查任务合并、调整后为{n_after}次入企检查，减少{percent}%。",
            f"{n_before} inspection tasks became {n_after} visits: {percent} % fewer.",
            tasks=n_before,
            visits=n_after,
        )
        return Decision[PlanSummary](
            outcome=PlanSummary(
                year=self.year,
                tasks=n_before,
                by_outcome=tuple(counts.items()),
                visits_before=n_before,
                visits_after=n_after,
                visits_before_by_grade=tuple(before.items()),
                visits_after_by_grade=tuple(after.items()),
                triggered_visits=sum(v.triggered for v in self.visits),
                reduction_percent=percent,
            ),
            decided_on=dt.date(self.year, 1, 1),
            jurisdiction=self.policy.jurisdiction.code,
            reasons=(reason,),
        )


def _grades(
    gradings: GradingBatch | Mapping[str, Grade | str],
) -> tuple[dict[str, Grade], set[str]]:
    """Each enterprise's grade, and the positive-list eligible ones."""
    if isinstance(gradings, GradingBatch):
        codes = gradings.enterprises.codes
        grade = {c: _GRADES[int(g)] for c, g in zip(codes, gradings.grade.tolist(), strict=True)}
        eligible = {
            c for c, ok in zip(codes, gradings.positive_list_eligible.tolist(), strict=True) if ok
        }
        return grade, eligible
    out = {}  # a mapping (the public boundary has checked the type)
    for code, g in gradings.items():
        try:
            out[str(code)] = Grade(g)
        except ValueError:
            raise InvalidInputError(
                field=f"gradings.{code}", value=g, allowed="a grade: A, B, C or D"
            ) from None
    return out, set()


def draw_sample(
    gradings: GradingBatch | Mapping[str, Grade | str], *, policy: Policy, seed: str
) -> frozenset[str]:
    """The firms drawn for random inspection (双随机): each grade's share, by a keyed hash.

    Within each grade, firms are ranked by SHA-256 of ``seed`` and their code, and the first
    ``ceil(share × count)`` are drawn (`supervision.sampling_ratios`). The same seed gives the
    same sample whatever the order of the firms; publish the seed after the draw so anyone
    can repeat it.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-01-01")
        >>> firms = {f"F{i}": "D" for i in range(10)}
        >>> len(draw_sample(firms, policy=policy, seed="2026-round-1"))  # D: half
        5
    """
    if not isinstance(seed, str) or not seed:
        raise InvalidInputError(field="seed", value=seed, allowed="a non-empty text")
    grade_of, _ = _grades(gradings)
    ratios = policy.as_tuple("supervision.sampling_ratios")
    by_grade: dict[Grade, list[str]] = defaultdict(list)
    for code, grade in grade_of.items():
        by_grade[grade].append(code)
    drawn: set[str] = set()
    for grade, codes in by_grade.items():
        share = ratios[_GRADES.index(grade)]
        quota = math.ceil(share * len(codes))  # exact: share is a Decimal
        ranked = sorted(codes, key=lambda c: hashlib.sha256(f"{seed}|{c}".encode()).digest())
        drawn.update(ranked[:quota])
    return frozenset(drawn)


def plan_inspections(
    tasks: Iterable[InspectionTask] | ArrowTabular,
    *,
    gradings: GradingBatch | Mapping[str, Grade | str] | ArrowTabular,
    policy: Policy,
    year: int,
    sample: Collection[str] | None = None,
    visits_so_far: Mapping[str, int] | None = None,
    calendar: WorkingCalendar | None = None,
) -> InspectionPlan:
    """Decide a year's inspection tasks: approved, merged into a visit, off-site, or refused.

    Args:
        tasks: The proposed tasks of every department; or an Arrow table of them
            (``task_arrow_schema()``), every column checked whole.
        gradings: The enterprises' grades (`grade_batch`), or credit code → grade; or an
            Arrow table (``task_grade_arrow_schema()``: ``GradingBatch.to_arrow()``
            is one).
        policy: The jurisdiction's policy for the year.
        year: The plan's year; every task's window must lie in it.
        sample: Firms drawn for random inspection (`draw_sample`); random tasks for other
            firms are refused. ``None``: no draw is checked.
        visits_so_far: Untriggered visits each firm already had this year (count to the cap).
        calendar: The working calendar for choosing visit days (China's by default).

    Raises:
        InvalidInputError: for a task of an unknown enterprise (``tasks.N.enterprise``), a
            window outside the year (``tasks.N.window_start`` / ``window_end``), or a task id
            used twice (``tasks.N.id``); from Arrow also for a bad value of any column
            (``tasks.N.<column>``, ``gradings.N.<column>``).

    Examples:
        >>> import pyarrow as pa
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-01-01")
        >>> tasks = pa.table(
        ...     {
        ...         "id": ["t1", "t2"],
        ...         "enterprise": ["F1", "F1"],
        ...         "department": ["大气", "水"],
        ...         "purposes": [["排污许可"], ["废水"]],
        ...         "window_start": pa.array([dt.date(2026, 5, 4)] * 2),
        ...         "window_end": pa.array([dt.date(2026, 5, 29)] * 2),
        ...     }
        ... )
        >>> grades = pa.table({"credit_code": ["F1"], "grade": ["C"]})
        >>> plan = plan_inspections(tasks, gradings=grades, policy=policy, year=2026)
        >>> plan.to_arrow().column("outcome").to_pylist()
        ['approved', 'merged']
    """
    if isinstance(year, bool) or not isinstance(year, int) or not 1950 <= year <= 2100:
        raise InvalidInputError(field="year", value=year, allowed="a year from 1950 to 2100")
    grade_of, eligible, items = _inputs(tasks, gradings, year)
    cal = calendar or china_calendar()
    items.sort(key=lambda t: (t.enterprise, t.window_start, t.window_end, t.id))
    settings = _Settings.of(policy)
    drawn = frozenset(sample) if sample is not None else None
    prior = dict(visits_so_far or {})
    outcome: dict[str, TaskOutcome] = {}
    rule: dict[str, int] = {}
    on_site: dict[str, list[InspectionTask]] = defaultdict(list)
    for task in items:
        grade = grade_of[task.enterprise]
        decided = _screen(task, grade, settings, drawn, eligible)
        if decided is None:
            on_site[task.enterprise].append(task)
            continue
        outcome[task.id], rule[task.id] = decided
    visits: list[Visit] = []
    visit_of: dict[str, str] = {}
    cap_state: dict[str, tuple[int, int]] = {}
    for enterprise, group in on_site.items():
        grade = grade_of[enterprise]
        cap = settings.caps[_GRADES.index(grade)]
        used = prior.get(enterprise, 0)
        for members in _merge(group, joint=settings.joint):
            triggered = settings.triggered_free and any(t.triggered for t in members)
            if not triggered and cap and used >= cap:
                for t in members:
                    outcome[t.id], rule[t.id] = TaskOutcome.REFUSED, _CAPPED
                    cap_state[t.id] = (used, cap)
                continue
            used += 1
            visit = _visit(enterprise, grade, members, cal, len(visits))
            visits.append(visit)
            for n, t in enumerate(members):
                outcome[t.id] = TaskOutcome.APPROVED if n == 0 else TaskOutcome.MERGED
                rule[t.id] = _PLANNED
                visit_of[t.id] = visit.id
                cap_state[t.id] = (used, cap)
    return InspectionPlan(
        year=year,
        policy=policy,
        tasks=tuple(items),
        outcome=outcome,
        visits=tuple(visits),
        visit_of=visit_of,
        grade_of=grade_of,
        rule=rule,
        cap_state=cap_state,
        task={t.id: t for t in items},
        visit={v.id: v for v in visits},
    )


def _inputs(
    tasks: object, gradings: object, year: int
) -> tuple[dict[str, Grade], set[str], list[InspectionTask]]:
    """The grades, the positive-list eligible firms and the checked tasks, from either form."""
    if isinstance(gradings, ArrowTabular):
        from ecoreg.inspections._arrow import grades_from_arrow  # noqa: PLC0415 - pyarrow

        grade_of, eligible = grades_from_arrow(gradings)
    else:
        grade_of, eligible = _grades(gradings)  # type: ignore[arg-type]
    if isinstance(tasks, ArrowTabular):
        from ecoreg.inspections._arrow import tasks_from_arrow  # noqa: PLC0415 - pyarrow

        columns = tasks_from_arrow(tasks, grade_of, year)
        triggers = tuple(Trigger)
        built = [  # checked whole by tasks_from_arrow: built without checking each again
            InspectionTask.model_construct(
                id=i,
                enterprise=e,
                department=d,
                purposes=tuple(p),
                window_start=s,
                window_end=f,
                in_annual_plan=a,
                random_sampling=r,
                trigger=None if g < 0 else triggers[g],
                trigger_ref=ref,
            )
            for i, e, d, p, s, f, a, r, g, ref in zip(*columns.values(), strict=True)
        ]
        return grade_of, eligible, built
    return grade_of, eligible, _checked(tasks, grade_of, year)  # type: ignore[arg-type]


def _checked(
    tasks: Iterable[InspectionTask], grade_of: Mapping[str, Grade], year: int
) -> list[InspectionTask]:
    """The tasks, each checked: a known firm, a window in the year, a unique id."""
    items = list(tasks)
    seen: set[str] = set()
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    for i, task in enumerate(items):  # each an InspectionTask: the public boundary checks it
        if task.enterprise not in grade_of:
            raise InvalidInputError(
                field=f"tasks.{i}.enterprise",
                value=task.enterprise,
                allowed="an enterprise of the gradings",
            )
        for name, day in (("window_start", task.window_start), ("window_end", task.window_end)):
            if not first <= day <= last:
                raise InvalidInputError(
                    field=f"tasks.{i}.{name}", value=day, allowed=f"a day of {year}"
                )
        if task.id in seen:
            raise InvalidInputError(field=f"tasks.{i}.id", value=task.id, allowed="a unique id")
        seen.add(task.id)
    return items


@attrs.frozen
class _Settings:
    triggered_free: bool
    refuse_unplanned: bool
    joint: bool
    offsite: frozenset[Grade]
    positive: frozenset[Grade]
    caps: tuple[int, ...]

    @classmethod
    def of(cls, policy: Policy) -> _Settings:
        return cls(
            triggered_free=policy.as_bool("inspections.triggered_always_allowed"),
            refuse_unplanned=policy.as_bool("inspections.refuse_unplanned"),
            joint=policy.as_bool("inspections.joint_inspection"),
            offsite=frozenset(
                Grade(g) for g in policy.as_tuple("supervision.offsite_first_grades")
            ),
            positive=frozenset(
                Grade(g) for g in policy.as_tuple("supervision.positive_list_grades")
            ),
            caps=tuple(policy.as_tuple("supervision.yearly_caps")),
        )


def _screen(
    task: InspectionTask,
    grade: Grade,
    s: _Settings,
    drawn: frozenset[str] | None,
    eligible: set[str],
) -> tuple[TaskOutcome, int] | None:
    """The outcome of a task decided before merging, or ``None`` if it goes on site."""
    if task.triggered and s.triggered_free:
        return None
    if not task.in_annual_plan and s.refuse_unplanned:
        return TaskOutcome.REFUSED, _UNPLANNED
    if task.random_sampling and drawn is not None and task.enterprise not in drawn:
        return TaskOutcome.REFUSED, _NOT_SAMPLED
    if task.enterprise in eligible and grade in s.positive:
        return TaskOutcome.OFFSITE, _OFFSITE_POSITIVE
    if grade in s.offsite:
        return TaskOutcome.OFFSITE, _OFFSITE_GRADE
    return None


def _merge(tasks: list[InspectionTask], *, joint: bool) -> list[list[InspectionTask]]:
    """Group one firm's tasks (sorted by window) into visits whose windows all overlap.

    A task joins the current group while its window meets the group's common window (and,
    without joint inspection, while it is of the same department).
    """
    groups: list[list[InspectionTask]] = []
    lanes = [tasks] if joint else _by_department(tasks)
    for lane in lanes:
        current: list[InspectionTask] = []
        start = end = dt.date.min
        for task in lane:
            if current and task.window_start <= end:
                start, end = max(start, task.window_start), min(end, task.window_end)
                current.append(task)
                continue
            if current:
                groups.append(current)
            current, start, end = [task], task.window_start, task.window_end
        if current:
            groups.append(current)
    groups.sort(key=lambda g: (max(t.window_start for t in g), g[0].id))
    return groups


def _by_department(tasks: list[InspectionTask]) -> list[list[InspectionTask]]:
    lanes: dict[str, list[InspectionTask]] = defaultdict(list)
    for task in tasks:
        lanes[task.department].append(task)
    return [lanes[d] for d in sorted(lanes)]


def _visit(
    enterprise: str, grade: Grade, members: list[InspectionTask], cal: WorkingCalendar, n: int
) -> Visit:
    """A visit on the first working day inside every member's window (else its first day)."""
    start = max(t.window_start for t in members)
    end = min(t.window_end for t in members)
    day = start
    while day <= end and not cal.is_working_day(day):
        day += dt.timedelta(days=1)
    on = day if day <= end else start
    return Visit(
        id=f"V{n + 1:06d}",
        enterprise=enterprise,
        on=on,
        tasks=tuple(t.id for t in members),
        departments=tuple(sorted({t.department for t in members})),
        purposes=tuple(dict.fromkeys(p for t in members for p in t.purposes)),
        triggered=any(t.triggered for t in members),
        grade=grade,
    )


_TRIGGER_ZH: Final = {
    Trigger.COMPLAINT: "投诉举报",
    Trigger.ALERT: "在线监测预警",
    Trigger.REFERRAL: "交办转办",
    Trigger.ACCIDENT: "突发环境事件",
}


def _explain(
    plan: InspectionPlan, task: InspectionTask, outcome: TaskOutcome, visit_id: str | None
) -> tuple[list[Reason], list[Hint]]:
    policy = plan.policy
    grade = plan.grade_of[task.enterprise]
    why = plan._rule[task.id]  # noqa: SLF001 - the plan's own record
    reasons: list[Reason] = []
    hints: list[Hint] = []
    if why == _UNPLANNED:
        reasons.append(
            policy.reason(
                "inspections.refuse_unplanned",
                "inspections.unplanned",
                f"任务{task.id}未纳入年度检查计划，且非触发式检查，不得开展入企检查（凡检查必审批）。",
                f"Task {task.id} is not in the approved annual plan and not triggered: no "
                "on-site inspection (every inspection needs approval).",
                task=task.id,
                in_annual_plan=False,
            )
        )
        hints.append(
            Hint(
                rule_id="inspections.unplanned",
                message_zh="纳入经批准的年度计划，或由投诉、预警等触发的，可以开展。",
                message_en="A task in the approved annual plan, or one triggered by a "
                "complaint or an alert, would pass.",
                changes=facts(in_annual_plan=True),
            )
        )
    elif why == _NOT_SAMPLED:
        reasons.append(
            policy.reason(
                "supervision.sampling_ratios",
                "inspections.not-sampled",
                f"双随机抽查任务{task.id}的对象{task.enterprise}未被抽中，不开展检查。",
                f"Random-inspection task {task.id}: {task.enterprise} was not drawn.",
                task=task.id,
                enterprise=task.enterprise,
            )
        )
    elif why in (_OFFSITE_GRADE, _OFFSITE_POSITIVE):
        key = (
            "supervision.positive_list_grades"
            if why == _OFFSITE_POSITIVE
            else "supervision.offsite_first_grades"
        )
        what_zh = "列入正面清单" if why == _OFFSITE_POSITIVE else f"等级为{grade.value}"
        what_en = "on the positive list" if why == _OFFSITE_POSITIVE else f"grade {grade.value}"
        reasons.append(
            policy.reason(
                key,
                "inspections.offsite",
                f"企业{what_zh}，任务{task.id}改为非现场检查，数据先行。",
                f"The firm is {what_en}: task {task.id} moves off-site (data verification first).",
                task=task.id,
                grade=grade,
            )
        )
    elif why == _CAPPED:
        used, cap = plan._cap_state[task.id]  # noqa: SLF001
        reasons.append(
            policy.reason(
                "supervision.yearly_caps",
                "inspections.yearly-cap",
                f"{grade.value}级企业每年最多{cap}次非触发式检查，本年度已有{used}次"
                f"（触发式检查计入），任务{task.id}不予安排。",
                f"Grade {grade.value}: at most {cap} untriggered inspections a year, and the "
                f"firm already has {used} this year (triggered ones count): task {task.id} is "
                "refused.",
                task=task.id,
                grade=grade,
                cap=cap,
                planned=used,
            )
        )
        hints.append(
            Hint(
                rule_id="inspections.yearly-cap",
                message_zh="由投诉、预警等触发的检查不受年度上限限制；或与已安排的检查合并。",
                message_en="A triggered inspection is not limited by the cap; or merge the "
                "task into a visit already planned.",
                changes=facts(triggered=True),
            )
        )
    else:
        reasons.extend(_visit_reasons(plan, task, outcome, visit_id, grade))
    return reasons, hints


def _visit_reasons(
    plan: InspectionPlan,
    task: InspectionTask,
    outcome: TaskOutcome,
    visit_id: str | None,
    grade: Grade,
) -> list[Reason]:
    policy = plan.policy
    visit = plan._visit[visit_id or ""]  # noqa: SLF001 - approved and merged tasks have one
    reasons = []
    if task.trigger is not None and policy.as_bool("inspections.triggered_always_allowed"):
        used, cap = plan._cap_state[task.id]  # noqa: SLF001
        at_cap = bool(cap) and used > cap
        reasons.append(
            policy.reason(
                "inspections.triggered_always_allowed",
                "inspections.triggered",
                f"任务{task.id}为{_TRIGGER_ZH[task.trigger]}触发的检查，无需纳入年度计划"
                + (f"，不受每年{cap}次的上限限制（计入次数）" if at_cap else "，计入年度检查次数")
                + "。",
                f"Task {task.id} is triggered by a {task.trigger.value}: it needs no annual plan"
                + (
                    f" and is not limited by the cap of {cap} a year (it is counted)"
                    if at_cap
                    else ", and it is counted"
                )
                + ".",
                task=task.id,
                trigger=task.trigger,
                cap=cap,
                visits_this_year=used,
            )
        )
    if outcome is TaskOutcome.MERGED:
        reasons.append(
            policy.reason(
                "inspections.joint_inspection",
                "inspections.merged",
                f"任务{task.id}与同一企业的其他检查合并为检查{visit.id}（{visit.on}），一次进门、全面体检。",
                f"Task {task.id} joins visit {visit.id} on {visit.on} with the firm's other "
                "checks: one visit covers them all.",
                task=task.id,
                visit=visit.id,
                on=visit.on,
            )
        )
    else:
        reasons.append(
            policy.reason(
                "supervision.yearly_caps",
                "inspections.approved",
                f"任务{task.id}予以安排：检查{visit.id}于{visit.on}入企，"
                f"合并{len(visit.tasks)}项任务（{grade.value}级企业）。",
                f"Task {task.id} is approved: visit {visit.id} on {visit.on}, covering "
                f"{len(visit.tasks)} task(s) (grade {grade.value}).",
                task=task.id,
                visit=visit.id,
                on=visit.on,
                tasks=len(visit.tasks),
            )
        )
    return reasons


check_public(globals(), ("draw_sample", "plan_inspections"))
