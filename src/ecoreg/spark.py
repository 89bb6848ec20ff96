"""Apache Spark for what outgrows one machine: grading a register joined with its events.

Needs the ``spark`` extra (PySpark 4, which runs on Java 17, and pyarrow): ``pip install
'ecoreg[spark]'``. PySpark is imported only when a function here is called.

The work is Spark DataFrame transformations on Arrow batches (``mapInArrow``): no Python loop
over rows, nothing collected to the driver. The policy is resolved once on the driver into the
grading settings (plain numbers, 755 bytes pickled), which travel with the function to the
executors; each batch of enterprises is graded there by the same columnar core as
`ecoreg.grade_batch`, so the rows equal the single-process result.

Examples:
    >>> import ecoreg.spark
    >>> ecoreg.spark.GRADING_DDL.split(", ")[0]
    'credit_code string'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from ecoreg.core._boundary import check_public
from ecoreg.core._columnar import pyarrow_module
from ecoreg.core._time import parse_date
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._arrow import enterprises_from_arrow, events_from_arrow
from ecoreg.grading._batch import _grade
from ecoreg.grading._engine import _check_dates, _Settings

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from ecoreg.core._policy import Policy

__all__ = ["GRADING_DDL", "grade_dataframe"]

GRADING_DDL: Final = (
    "credit_code string, credit_score double, credit_level string, risk_score double, "
    "risk_level string, grade string, colour string, positive_list_eligible boolean, "
    "next_change date"
)
"""The Spark schema of `grade_dataframe`'s result (the columns of ``grading_arrow_schema()``)."""

_REGISTER: Final = (
    "credit_code",
    "key_unit",
    "permit_class",
    "drinking_water",
    "other_sensitive",
    "toxic",
)


def _grade_batches(
    batches: Iterator[Any], settings: _Settings, day: dt.date, *, next_change: bool
) -> Iterator[Any]:
    """On an executor: grade each Arrow batch of enterprises with their nested events."""
    pa = pyarrow_module()
    pc = pa.compute
    for batch in batches:
        register = pa.Table.from_batches([batch.select(list(_REGISTER))])
        nested = batch.column("events")
        flat = pc.list_flatten(nested)
        events = pa.table(
            {
                "enterprise": pc.list_parent_indices(nested).cast(pa.int32()),
                "type": flat.field("type"),
                "day": flat.field("day"),
                "value": flat.field("value"),
            }
        )
        ents = enterprises_from_arrow(register)
        table = events_from_arrow(events, len(ents))
        _check_dates(table, day.toordinal(), "events")
        graded = _grade(ents, table, settings, day, next_change=next_change, every_row=False)
        yield from graded.batch.to_arrow().to_batches()


def grade_dataframe(
    register: Any,
    events: Any,
    *,
    policy: Policy,
    on: dt.date | str,
    next_change: bool = True,
) -> Any:
    """Grade an enterprise register joined with its events, as a Spark DataFrame.

    Args:
        register: A Spark DataFrame with the columns of ``enterprise_arrow_schema()``.
        events: A Spark DataFrame of events keyed by ``credit_code`` (string) with ``type``
            (string, the record type), ``day`` (date) and ``value`` (integer) as in
            ``event_arrow_schema()``.
        policy: The policy on ``on`` (resolved on the driver, shipped as its grading settings).
        on: The evaluation date.
        next_change: Whether to work out when each grade would next change.

    Returns:
        A DataFrame of `GRADING_DDL`, one row per enterprise of the register (an enterprise
        without events is graded on its profile alone). Nothing runs until an action.

    Raises:
        InvalidInputError: for a date outside the policy (on the driver); a bad row fails the
            Spark job with the same error, naming the row within its batch.
    """
    functions = __import__("pyspark.sql.functions", fromlist=["collect_list"])
    frame_type = __import__("pyspark.sql", fromlist=["DataFrame"]).DataFrame
    for name, frame in (("register", register), ("events", events)):
        if not isinstance(frame, frame_type):
            raise InvalidInputError(
                field=name, value=type(frame).__name__, allowed="a Spark DataFrame"
            )
    day = parse_date(on, field="on")
    policy.check_date(day, "on")
    settings = _Settings.of(policy)
    missing = [c for c in ("credit_code", "type", "day", "value") if c not in events.columns]
    if missing:
        raise InvalidInputError(
            field=f"events.{missing[0]}",
            value="missing",
            allowed="the columns credit_code (the enterprise's code), type, day and value; "
            f"the frame has {', '.join(events.columns)}",
        )
    nested = events.groupBy("credit_code").agg(
        functions.collect_list(functions.struct("type", "day", "value")).alias("events")
    )
    joined = register.select(*_REGISTER).join(nested, "credit_code", "left")

    def grade(batches: Iterator[Any]) -> Iterator[Any]:
        return _grade_batches(batches, settings, day, next_change=next_change)

    return joined.mapInArrow(grade, GRADING_DDL)


check_public(globals(), ("grade_dataframe",))
