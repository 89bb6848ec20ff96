"""Monitoring series through Apache Arrow: one series per row in, the detection's columns out.

A series is one row of a list column ``values`` (numbers; a null point is missing data), with
an optional list column ``flags`` (the HJ 212 flag letters of its points): the shape that
``collect_list`` over an outlet-day gives in Spark or DuckDB. pyarrow is imported lazily (the
``arrow`` extra).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import numpy as np

from ecoreg.core._boundary import check_public
from ecoreg.core._columnar import arrow_table, first_true, pyarrow_module
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["detection_arrow_schema", "series_arrow_schema"]

DETECTION_COLUMNS: Final = (
    ("flat_slots", False),
    ("flat", True),
    ("longest_constant_minutes", False),
    ("constant", True),
    ("longest_zero_minutes", False),
    ("zero", True),
    ("longest_gap_minutes", False),
    ("missing_minutes", False),
    ("manual_testing_required", True),
    ("backup_equipment_required", True),
    ("sudden_rises", False),
    ("sudden_rise", True),
    ("flat_start", False),
    ("zero_start", False),
    ("gap_start", False),
    ("rise_start", False),
)
"""`Detection`'s columns in order, and which are booleans (the others hold integers); a test
holds them to the class (`Detection` imports this module, not the other way round)."""


def series_arrow_schema() -> Any:
    """The Arrow schema of series as `detect` reads them: one series per row, points in order.

    ``values`` may be any list type of integers or floats (a null point is missing data);
    ``flags`` may be left out.

    Examples:
        >>> series_arrow_schema().names
        ['values', 'flags']
    """
    pa = pyarrow_module()
    return pa.schema(
        [
            pa.field(
                "values",
                pa.list_(pa.float64()),
                nullable=False,
                metadata={"description": "the points of one series, equally spaced"},
            ),
            pa.field(
                "flags",
                pa.list_(pa.string()),
                nullable=True,
                metadata={"description": "the HJ 212 flag of each point; null for none given"},
            ),
        ]
    )


def detection_arrow_schema() -> Any:
    """The Arrow schema of `Detection.to_arrow` (one row per series, in input order).

    Examples:
        >>> detection_arrow_schema().field("flat").type
        DataType(bool)
    """
    pa = pyarrow_module()
    fields = []
    for name, boolean in DETECTION_COLUMNS:
        nullable = name.endswith("_required")
        fields.append(
            pa.field(
                name,
                pa.bool_() if boolean else pa.int64(),
                nullable=nullable,
                metadata={
                    "description": "null where the policy has no such mark"
                    if nullable
                    else "see ecoreg.monitoring.Detection"
                },
            )
        )
    return pa.schema(fields)


def _lists(table: Any, name: str, rows: int | None) -> tuple[Any, int]:
    """Column ``name`` as one list array of equal-length rows, and that length."""
    pa = pyarrow_module()
    t = pa.types
    column = table.column(name)
    arr = column.chunk(0) if column.num_chunks else pa.array([], type=column.type)
    typ = arr.type
    if not (t.is_list(typ) or t.is_large_list(typ) or t.is_fixed_size_list(typ)):
        raise InvalidInputError(
            field=name, value=str(typ), allowed="a list column: one series per row"
        )
    if arr.null_count:
        row = first_true(np.asarray(arr.is_null().to_numpy(zero_copy_only=False)))
        raise InvalidInputError(
            field=f"{name}.{row}", value=None, allowed="a series (a list of points)"
        )
    lengths = np.asarray(pa.compute.list_value_length(arr).to_numpy(zero_copy_only=False))
    points = int(lengths[0]) if rows is None and len(lengths) else (rows or 0)
    row = first_true(lengths != points)
    if row >= 0:
        raise InvalidInputError(
            field=f"{name}.{row}",
            value=f"{int(lengths[row])} points",
            allowed=f"{points} points, as many as every series",
        )
    return arr, points


def series_from_arrow(data: object) -> tuple[npt.NDArray[np.float64], npt.NDArray[Any] | None]:
    """The values (rows × points, NaN where missing) and the flags (or ``None``) of Arrow series.

    Raises:
        InvalidInputError: naming the column, and the first row that is not a series of the
            same length as the first.
    """
    pa = pyarrow_module()
    table = arrow_table(data, "values")
    if "values" not in table.column_names:
        raise InvalidInputError(
            field="values",
            value="missing",
            allowed="a column 'values': one series per row; the table has "
            + (", ".join(table.column_names) or "no columns"),
        )
    arr, points = _lists(table, "values", None)
    flat = pa.compute.list_flatten(arr)
    if not (pa.types.is_integer(flat.type) or pa.types.is_floating(flat.type)):
        raise InvalidInputError(field="values", value=str(arr.type), allowed="lists of numbers")
    values = np.asarray(flat.cast(pa.float64()).to_numpy(zero_copy_only=False), dtype=np.float64)
    matrix = values.reshape(len(arr), points)
    if "flags" not in table.column_names or table.column("flags").null_count == table.num_rows:
        return matrix, None
    marks, _ = _lists(table, "flags", points)
    letters = pa.compute.list_flatten(marks)
    if not pa.types.is_string(letters.type):
        letters = letters.cast(pa.string())
    flags = np.asarray(letters.fill_null("").to_numpy(zero_copy_only=False), dtype=str)
    return matrix, flags.reshape(len(arr), points)


def detection_to_arrow(detection: Any) -> Any:
    """A `Detection`'s columns as an Arrow table (`detection_arrow_schema`)."""
    pa = pyarrow_module()
    n = len(detection)
    columns = []
    for name, boolean in DETECTION_COLUMNS:
        column = getattr(detection, name)
        typ = pa.bool_() if boolean else pa.int64()
        columns.append(pa.nulls(n, typ) if column is None else pa.array(column, type=typ))
    return pa.Table.from_arrays(columns, schema=detection_arrow_schema())


check_public(globals(), ("detection_arrow_schema", "series_arrow_schema"))
