"""The frozen pydantic base every ecoreg model stands on.

Two promises are kept here for every model:

* immutability: ``frozen=True``, tuples instead of lists, no extra fields;
* one error hierarchy: a pydantic ``ValidationError`` never escapes. It is
  turned into an `ecoreg.exceptions.InvalidInputError` (or the ecoreg error
  a validator raised, with the full field path), naming every field, value and
  what is allowed.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, ValidationError

from ecoreg.core._boundary import check_class
from ecoreg.exceptions import FieldProblem, InvalidInputError

__all__ = ["EcoregErrors", "EcoregModel", "input_error_from"]


def _loc(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc)


def input_error_from(
    exc: ValidationError, *, prefix: str = "", model: str = ""
) -> InvalidInputError:
    """Turn a pydantic ``ValidationError`` into the matching ecoreg error.

    If a validator raised an ecoreg `InvalidInputError` itself (for instance
    `InvalidMoneyError` from a money field), that error class is kept and its
    field path is completed with the location pydantic reports.

    Args:
        exc: The pydantic error.
        prefix: A path to put in front of every field (the model or argument name).
        model: The name reported for a problem with the input as a whole (no field path).

    Returns:
        The ecoreg error to raise.
    """
    problems: list[FieldProblem] = []
    first_cls: type[InvalidInputError] = InvalidInputError
    for index, err in enumerate(exc.errors(include_url=False)):
        loc = _loc(err["loc"])
        original = (err.get("ctx") or {}).get("error")
        if isinstance(original, InvalidInputError):
            located = original.at(loc) if loc != original.field else original
            if prefix:
                located = located.at(prefix)
            if index == 0:
                first_cls = type(original)
            problems.extend(located.problems)
            continue
        field = ".".join(p for p in (prefix, loc) if p) or model
        if err["type"] == "missing":  # pydantic reports the enclosing object as the input
            problems.append(FieldProblem(field=field, value=None, allowed="a value (required)"))
            continue
        problems.append(FieldProblem(field=field, value=err.get("input"), allowed=err["msg"]))
    first = problems[0]
    return first_cls(field=first.field, value=first.value, allowed=first.allowed, problems=problems)


def _too_deep(model: str) -> InvalidInputError:
    return InvalidInputError(
        field=model, value="…", allowed="data nested less deeply than Python's recursion limit"
    )


_HUGE_DIGITS = 100
"""No number a model holds has a hundred digits before the point: money is at most 10**12,
counts and seconds fit in 64 bits. A larger one is refused before pydantic turns a
``Decimal("1E+999999999")`` into an int (minutes) or a message formats it (``str()`` of an
int past 4,300 digits raises)."""


def _huge(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value.bit_length() > _HUGE_DIGITS * 10 // 3  # about a hundred digits
    if isinstance(value, Decimal):
        return value.is_finite() and value.adjusted() >= _HUGE_DIGITS
    return False


def _check_magnitudes(model: str, data: object, path: str = "", depth: int = 0) -> None:
    """Refuse a number too large for any model anywhere in ``data`` (bounded in depth and size)."""
    if depth > 32:
        return  # deeper data is refused by the recursion guard
    if isinstance(data, dict):
        items: Any = itertools.islice(data.items(), 10_000)
    elif isinstance(data, list | tuple):
        items = itertools.islice(enumerate(data), 10_000)
    else:
        if _huge(data):
            raise InvalidInputError(
                field=path or model,
                value=data,
                allowed=f"a number of fewer than {_HUGE_DIGITS} digits before the point",
            )
        return
    for key, value in items:
        if isinstance(value, int | Decimal | dict | list | tuple):
            _check_magnitudes(model, value, f"{path}.{key}" if path else str(key), depth + 1)


def _not_fields(model: str, data: object) -> InvalidInputError:
    """Pydantic's TypeError for data that is no mapping of field names (a key that is no str)."""
    return InvalidInputError(
        field=model, value=data, allowed="a mapping of field names (str) to values"
    )


class EcoregErrors:
    """Pydantic's validating class methods, raising ecoreg errors only.

    A mixin before ``BaseModel`` or ``RootModel``: a ``ValidationError``, a ``RecursionError``
    from deep data and pydantic's ``TypeError`` for a key that is no str become
    `InvalidInputError`.
    """

    @classmethod
    def model_validate(cls, obj: Any, **options: Any) -> Self:
        """Pydantic's validation, raising an ecoreg error instead of pydantic's."""
        _check_magnitudes(cls.__name__, obj)
        try:
            validated: Self = super().model_validate(  # type: ignore[misc]
                obj, **options
            )
        except ValidationError as exc:
            raise input_error_from(exc, model=cls.__name__) from None
        except RecursionError:
            raise _too_deep(cls.__name__) from None
        except TypeError:
            raise _not_fields(cls.__name__, obj) from None
        return validated

    @classmethod
    def model_validate_json(cls, json_data: Any, **options: Any) -> Self:
        """Pydantic's JSON validation, raising an ecoreg error instead of pydantic's."""
        try:
            validated: Self = super().model_validate_json(  # type: ignore[misc]
                json_data, **options
            )
        except ValidationError as exc:
            raise input_error_from(exc, model=cls.__name__) from None
        except RecursionError:
            raise _too_deep(cls.__name__) from None
        except TypeError:
            raise _not_fields(cls.__name__, json_data) from None
        return validated

    @classmethod
    def model_validate_strings(cls, obj: Any, **options: Any) -> Self:
        """Pydantic's validation from strings, raising an ecoreg error instead of pydantic's."""
        try:
            validated: Self = super().model_validate_strings(  # type: ignore[misc]
                obj, **options
            )
        except ValidationError as exc:
            raise input_error_from(exc, model=cls.__name__) from None
        except RecursionError:
            raise _too_deep(cls.__name__) from None
        except TypeError:
            raise _not_fields(cls.__name__, obj) from None
        return validated


class EcoregModel(EcoregErrors, BaseModel):
    """Base of all ecoreg models: frozen, strict about unknown fields, ecoreg errors only.

    Examples:
        >>> from ecoreg import Fact
        >>> Fact(name="days", value=5).value
        5
        >>> Fact(name="", value=5)
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidInputError: name: '' is not allowed; String should have at least 1 character
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_default=True,
        ser_json_timedelta="iso8601",
        use_enum_values=False,
        # Validators are built on a model's first use, not at import: `import ecoreg` stays
        # cheap for a process that makes one decision (the command line) or a few.
        defer_build=True,
    )

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Every model's public methods stand behind the boundary (`check_class`)."""
        super().__pydantic_init_subclass__(**kwargs)
        check_class(cls)

    def __init__(self, /, **data: Any) -> None:
        _check_magnitudes(type(self).__name__, data)
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise input_error_from(exc, model=type(self).__name__) from None
        except RecursionError:
            raise _too_deep(type(self).__name__) from None

    @classmethod
    def from_data(cls, data: Any) -> Self:
        """Build the model from plain data (what a JSON document holds).

        Raises:
            InvalidInputError: naming every field that does not validate.
        """
        return cls.model_validate(data)

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """Build the model from a JSON document, as produced by `to_json`.

        Raises:
            InvalidInputError: naming every field that does not validate.
        """
        return cls.model_validate_json(text)

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialize to JSON; `from_json` gives back an equal model."""
        return self.model_dump_json(indent=indent)

    def to_data(self) -> dict[str, Any]:
        """Serialize to plain JSON-compatible data (strings for money and dates)."""
        return self.model_dump(mode="json")


check_class(EcoregErrors)
check_class(EcoregModel)
