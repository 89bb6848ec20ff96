"""Inspection planning through Apache Arrow: the tasks and the grades in, the plan out.

The tasks are one row per proposed inspection (`task_arrow_schema`); the grades one
row per enterprise (`task_grade_arrow_schema`, which the table of `GradingBatch.to_arrow`
already is). Every column is checked whole (Arrow compute and NumPy, no loop over rows) with the
errors the plain path gives: ``tasks.<row>.<column>`` for the first bad row in input order, its
value and what is allowed. The plan itself is then made by the same code as for
`InspectionTask` models. pyarrow is imported lazily (the ``arrow`` extra).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from ecoreg.core._boundary import check_public
from ecoreg.core._columnar import (
    EPOCH_ORDINAL,
    arrow_column,
    arrow_table,
    day_ordinals,
    first_true,
    int_values,
    pyarrow_module,
)
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._results import Grade

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = [
    "plan_arrow_schema",
    "task_arrow_schema",
    "task_grade_arrow_schema",
    "visit_arrow_schema",
]

_LONGEST: Final = 200
"""The longest text of a task (``Text`` in `InspectionTask`)."""
_TEXT: Final = f"a text of 1 to {_LONGEST} characters"
_TRIGGERS: Final = ("complaint", "alert", "referral", "accident")
"""`Trigger`'s values in order (`_planning` imports this module, not the other way round; a
test holds them to the class)."""
_GRADES: Final = tuple(g.value for g in Grade)


def _schema(columns: tuple[tuple[str, Any, str], ...]) -> Any:
    pa = pyarrow_module()
    return pa.schema(
        [
            # A column that may hold nulls says so in its description ("null ...").
            pa.field(name, typ, nullable="null" in doc, metadata={"description": doc})
            for name, typ, doc in columns
        ]
    )


def task_arrow_schema() -> Any:
    """The Arrow schema of tasks as `plan_inspections` reads them (one row per task).

    ``in_annual_plan`` (true) and ``random_sampling`` (false) may be left out; the dates may
    also be day ordinals; strings may be ``large_string`` or dictionaries.

    Examples:
        >>> task_arrow_schema().names[:4]
        ['id', 'enterprise', 'department', 'purposes']
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("id", pa.string(), "the task's id, unique, " + _TEXT),
            ("enterprise", pa.string(), "the enterprise's credit code, as in the grades"),
            ("department", pa.string(), "the department proposing it, " + _TEXT),
            ("purposes", pa.list_(pa.string()), "what is inspected: one or more texts"),
            ("window_start", pa.date32(), "the first day it may take place, in the plan's year"),
            ("window_end", pa.date32(), "the last day, on or after window_start"),
            ("in_annual_plan", pa.bool_(), "in the approved annual plan (年度检查计划)"),
            ("random_sampling", pa.bool_(), "a random inspection (双随机)"),
            (
                "trigger",
                pa.string(),
                f"what triggered it: {', '.join(_TRIGGERS)}; null for a planned task",
            ),
            ("trigger_ref", pa.string(), "the complaint, alert or referral it answers; or null"),
        )
    )


def task_grade_arrow_schema() -> Any:
    """The Arrow schema of the grades `plan_inspections` reads (one row per enterprise).

    The table `GradingBatch.to_arrow` returns has these columns (and others, not read);
    ``positive_list_eligible`` may be left out (none eligible).

    Examples:
        >>> task_grade_arrow_schema().names
        ['credit_code', 'grade', 'positive_list_eligible']
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("credit_code", pa.string(), "the enterprise's credit code, once"),
            ("grade", pa.string(), "A, B, C or D"),
            ("positive_list_eligible", pa.bool_(), "eligible for the positive list (正面清单)"),
        )
    )


def plan_arrow_schema() -> Any:
    """The Arrow schema of `InspectionPlan.to_arrow` (one row per task, in the plan's order).

    Examples:
        >>> plan_arrow_schema().field("visit").nullable
        True
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("task", pa.string(), "the task's id"),
            ("enterprise", pa.string(), "the enterprise"),
            ("department", pa.string(), "the department"),
            ("grade", pa.string(), "the enterprise's grade: A, B, C or D"),
            ("outcome", pa.string(), "approved, merged, offsite or refused"),
            ("visit", pa.string(), "the visit it belongs to; null unless approved or merged"),
            ("visit_on", pa.date32(), "the day of that visit; null without one"),
        )
    )


def visit_arrow_schema() -> Any:
    """The Arrow schema of `InspectionPlan.visits_to_arrow` (one row per visit, in order).

    Examples:
        >>> visit_arrow_schema().names[:3]
        ['visit', 'enterprise', 'on']
    """
    pa = pyarrow_module()
    return _schema(
        (
            ("visit", pa.string(), "the visit's id"),
            ("enterprise", pa.string(), "the enterprise visited"),
            ("on", pa.date32(), "the day, inside every merged task's window"),
            ("tasks", pa.list_(pa.string()), "its tasks, the leading one first"),
            ("departments", pa.list_(pa.string()), "the departments taking part"),
            ("purposes", pa.list_(pa.string()), "every merged task's purposes"),
            ("triggered", pa.bool_(), "a triggered task is among them"),
            ("grade", pa.string(), "the enterprise's grade"),
        )
    )


def _plain(arr: Any) -> Any:
    pa = pyarrow_module()
    return arr.dictionary_decode() if pa.types.is_dictionary(arr.type) else arr


class _Table:
    """A table's columns read and checked under one name (``tasks`` or ``gradings``).

    A missing column or one of another type is refused at once (``tasks.<column>``), and so is
    a column's first null (``tasks.<row>.<column>``), column by column; any other bad value is
    recorded as a mask, and `first` names the first bad row, then the first of its bad columns
    in the order they were checked (``tasks.<row>.<column>``), as the row-by-row check does.
    """

    def __init__(self, data: object, name: str) -> None:
        self.name = name
        self.table = arrow_table(data, name)
        self.rows = self.table.num_rows
        self.bad: list[tuple[str, npt.NDArray[np.bool_], Any, str]] = []

    def column(self, column: str, kinds: str) -> Any:
        """Column ``column`` (decoded), refused when missing, of another type or with a null."""
        try:
            return _plain(arrow_column(self.table, column, kinds, prefix=f"{self.name}."))
        except InvalidInputError as error:
            field = str(error.field)
            head = f"{self.name}.{column}."
            if not field.startswith(head):
                raise
            row = field[len(head) :]
            raise InvalidInputError(
                field=f"{self.name}.{row}.{column}", value=None, allowed=str(error.allowed)
            ) from None

    def nullable_texts(self, column: str) -> Any:
        """Column ``column`` of strings or nulls (decoded)."""
        pa = pyarrow_module()
        types = pa.types
        col = self.table.column(column)
        if types.is_null(col.type):
            return pa.nulls(self.rows, pa.string())
        typ = col.type.value_type if types.is_dictionary(col.type) else col.type
        if not (types.is_string(typ) or types.is_large_string(typ) or types.is_string_view(typ)):
            raise InvalidInputError(
                field=f"{self.name}.{column}", value=str(typ), allowed="strings, or null"
            )
        return _plain(col.chunk(0) if col.num_chunks else pa.array([], type=col.type))

    def check(self, column: str, mask: npt.NDArray[np.bool_], values: Any, allowed: str) -> None:
        """Record the rows of ``column`` where ``mask`` holds (``values[row]`` is shown)."""
        self.bad.append((column, mask, values, allowed))

    def first(self) -> None:
        """Refuse the first bad row in input order, naming its first bad column."""
        if not self.bad:
            return
        rows = [first_true(mask) for _, mask, _, _ in self.bad]
        found = [r for r in rows if r >= 0]
        if not found:
            self.bad.clear()
            return
        row = min(found)
        for (column, mask, values, allowed), r in zip(self.bad, rows, strict=True):
            if r >= 0 and mask[row]:
                value = values[row]
                shown = value.as_py() if hasattr(value, "as_py") else value
                raise InvalidInputError(
                    field=f"{self.name}.{row}.{column}", value=shown, allowed=allowed
                )


def _texts(t: _Table, column: str, *, nulls: bool = False) -> Any:
    """A text column, each value 1 to 200 characters (or null where ``nulls``)."""
    pa = pyarrow_module()
    arr = t.nullable_texts(column) if nulls else t.column(column, "str")
    lengths = pa.compute.utf8_length(arr).to_numpy(zero_copy_only=False)
    if nulls:
        lengths = np.where(np.asarray(arr.is_null().to_numpy(zero_copy_only=False)), 1, lengths)
    lengths = np.asarray(lengths, dtype=np.int64)
    t.check(column, (lengths < 1) | (lengths > _LONGEST), arr, _TEXT)
    return arr


def _purposes(t: _Table) -> Any:
    """The list column ``purposes``: one or more texts per task."""
    pa = pyarrow_module()
    types = pa.types
    name = "purposes"
    if name not in t.table.column_names:
        raise InvalidInputError(
            field=f"{t.name}.{name}",
            value="missing",
            allowed="a column 'purposes' of lists of texts; the table has "
            + (", ".join(t.table.column_names) or "no columns"),
        )
    col = t.table.column(name)
    typ = col.type
    if not (types.is_list(typ) or types.is_large_list(typ)) or not (
        types.is_string(typ.value_type)
        or types.is_large_string(typ.value_type)
        or types.is_null(typ.value_type)
    ):
        raise InvalidInputError(
            field=f"{t.name}.{name}", value=str(typ), allowed="lists of texts (one or more)"
        )
    arr = col.chunk(0) if col.num_chunks else pa.array([], type=typ)
    if arr.null_count:
        row = first_true(np.asarray(arr.is_null().to_numpy(zero_copy_only=False)))
        raise InvalidInputError(
            field=f"{t.name}.{row}.{name}", value=None, allowed="one or more texts"
        )
    counts = np.asarray(pa.compute.list_value_length(arr).to_numpy(zero_copy_only=False))
    items = pa.compute.list_flatten(arr)
    parents = np.asarray(pa.compute.list_parent_indices(arr).to_numpy(zero_copy_only=False))
    lengths = pa.compute.utf8_length(items.fill_null("")).to_numpy(zero_copy_only=False)
    wrong = (lengths < 1) | (lengths > _LONGEST)
    bad_item = np.zeros(t.rows, dtype=bool)
    bad_item[parents[wrong]] = True
    t.check(name, counts < 1, arr, "one or more texts")
    t.check(name, bad_item, arr, f"texts of 1 to {_LONGEST} characters each")
    return arr


def _flag(t: _Table, column: str, default: bool) -> npt.NDArray[np.bool_]:
    if column not in t.table.column_names:
        return np.full(t.rows, default)
    return np.asarray(int_values(t.column(column, "bool")), dtype=bool)


def _triggers(t: _Table) -> npt.NDArray[np.int64]:
    """The trigger of each task: its index in `Trigger`, or -1 for none (null)."""
    if "trigger" not in t.table.column_names:
        return np.full(t.rows, -1, dtype=np.int64)
    arr = t.nullable_texts("trigger")
    encoded = arr.dictionary_encode()
    words = encoded.dictionary.to_pylist()
    lookup = np.array(
        [_TRIGGERS.index(w) if w in _TRIGGERS else -2 for w in words] + [-1], dtype=np.int64
    )
    codes = lookup[np.asarray(encoded.indices.fill_null(len(words)).to_numpy(), dtype=np.int64)]
    t.check("trigger", codes == -2, arr, f"one of {', '.join(_TRIGGERS)}, or null")
    return codes


def _days(t: _Table, column: str) -> npt.NDArray[np.int64]:
    return np.asarray(day_ordinals(t.column(column, "date")), dtype=np.int64)


def _dates(ordinals: npt.NDArray[np.int64]) -> list[dt.date]:
    return list((ordinals - EPOCH_ORDINAL).astype("datetime64[D]").tolist())


def grades_from_arrow(data: object) -> tuple[dict[str, Grade], set[str]]:
    """Each enterprise's grade and the positive-list eligible ones, from Arrow grades.

    Raises:
        InvalidInputError: ``gradings.<row>.<column>`` for the first bad row in input order.
    """
    pa = pyarrow_module()
    t = _Table(data, "gradings")
    codes = _texts(t, "credit_code")
    encoded = t.column("grade", "str").dictionary_encode()
    words = encoded.dictionary.to_pylist()
    lookup = np.array([_GRADES.index(w) if w in _GRADES else -1 for w in words], dtype=np.int64)
    grade = (
        lookup[np.asarray(encoded.indices.to_numpy(), dtype=np.int64)]
        if words
        else np.zeros(0, np.int64)
    )
    eligible = _flag(t, "positive_list_eligible", default=False)
    _, first, inverse = np.unique(
        np.asarray(codes.dictionary_encode().indices.to_numpy(), dtype=np.int64),
        return_index=True,
        return_inverse=True,
    )
    t.check("grade", grade < 0, encoded, "a grade: A, B, C or D")
    t.check("credit_code", first[inverse] != np.arange(t.rows), codes, "each enterprise once")
    t.first()
    names = pa.compute.cast(codes, pa.string()).to_pylist()
    all_grades = tuple(Grade)
    grade_of = {c: all_grades[int(g)] for c, g in zip(names, grade.tolist(), strict=True)}
    return grade_of, {c for c, ok in zip(names, eligible.tolist(), strict=True) if ok}


def tasks_from_arrow(data: object, grade_of: dict[str, Grade], year: int) -> dict[str, list[Any]]:
    """The columns of Arrow tasks as Python lists, every column checked whole.

    The checks of `InspectionTask` come first (texts, purposes, dates, the window's order, the
    trigger), then those of the plan (a known enterprise, a window in ``year``, a unique id),
    each time the first bad row in input order. ``trigger`` holds the index of each task's
    trigger in `Trigger`, or -1 for none.

    Raises:
        InvalidInputError: ``tasks.<row>.<column>`` (or ``tasks.<column>`` for a missing
            column or one of another type).
    """
    pa = pyarrow_module()
    t = _Table(data, "tasks")
    ids = _texts(t, "id")
    enterprise = _texts(t, "enterprise")
    department = _texts(t, "department")
    purposes = _purposes(t)
    start = _days(t, "window_start")
    end = _days(t, "window_end")
    plan = _flag(t, "in_annual_plan", default=True)
    random = _flag(t, "random_sampling", default=False)
    trigger = _triggers(t)
    refs = _texts(t, "trigger_ref", nulls=True) if "trigger_ref" in t.table.column_names else None
    starts, ends = _dates(start), _dates(end)
    t.check("window_end", end < start, ends, "a date on or after window_start")
    t.first()
    first, last = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    known = np.asarray(
        pa.compute.is_in(enterprise, value_set=pa.array(list(grade_of), type=pa.string())).to_numpy(
            zero_copy_only=False
        ),
        dtype=bool,
    )
    _, once, inverse = np.unique(
        np.asarray(ids.dictionary_encode().indices.to_numpy(), dtype=np.int64),
        return_index=True,
        return_inverse=True,
    )
    t.check("enterprise", ~known, enterprise, "an enterprise of the gradings")
    t.check("window_start", (start < first) | (start > last), starts, f"a day of {year}")
    t.check("window_end", (end < first) | (end > last), ends, f"a day of {year}")
    t.check("id", once[inverse] != np.arange(t.rows), ids, "a unique id")
    t.first()
    return {
        "id": ids.to_pylist(),
        "enterprise": enterprise.to_pylist(),
        "department": department.to_pylist(),
        "purposes": purposes.to_pylist(),
        "window_start": starts,
        "window_end": ends,
        "in_annual_plan": plan.tolist(),
        "random_sampling": random.tolist(),
        "trigger": trigger.tolist(),
        "trigger_ref": refs.to_pylist() if refs is not None else [None] * t.rows,
    }


def plan_to_arrow(plan: Any) -> Any:
    """An `InspectionPlan`'s decisions as an Arrow table (`plan_arrow_schema`)."""
    pa = pyarrow_module()
    tasks = plan.tasks
    ids = [task.id for task in tasks]
    enterprises = [task.enterprise for task in tasks]
    grade_of, outcome, visit_of = plan.grade_of, plan.outcome, plan.visit_of
    grade_word = {g: g.value for g in Grade}
    grades = [grade_word[grade_of[e]] for e in enterprises]
    outcomes = [outcome[i] for i in ids]  # StrEnum members: written as their values
    visit_ids = [visit_of.get(i) for i in ids]
    day_of = {v.id: v.on for v in plan.visits}
    days = [None if v is None else day_of[v] for v in visit_ids]
    return pa.Table.from_arrays(
        [
            pa.array(ids, type=pa.string()),
            pa.array(enterprises, type=pa.string()),
            pa.array([task.department for task in tasks], type=pa.string()),
            pa.array(grades, type=pa.string()),
            pa.array(outcomes, type=pa.string()),
            pa.array(visit_ids, type=pa.string()),
            pa.array(days, type=pa.date32()),
        ],
        schema=plan_arrow_schema(),
    )


def visits_to_arrow(plan: Any) -> Any:
    """An `InspectionPlan`'s visits as an Arrow table (`visit_arrow_schema`)."""
    pa = pyarrow_module()
    visits = plan.visits
    texts = pa.list_(pa.string())
    return pa.Table.from_arrays(
        [
            pa.array([v.id for v in visits], type=pa.string()),
            pa.array([v.enterprise for v in visits], type=pa.string()),
            pa.array([v.on for v in visits], type=pa.date32()),
            pa.array([list(v.tasks) for v in visits], type=texts),
            pa.array([list(v.departments) for v in visits], type=texts),
            pa.array([list(v.purposes) for v in visits], type=texts),
            pa.array([v.triggered for v in visits], type=pa.bool_()),
            pa.array([v.grade.value for v in visits], type=pa.string()),
        ],
        schema=visit_arrow_schema(),
    )


check_public(
    globals(),
    (
        "plan_arrow_schema",
        "task_arrow_schema",
        "task_grade_arrow_schema",
        "visit_arrow_schema",
    ),
)
