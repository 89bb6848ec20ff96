"""The frozen pydantic base every ecoreg model stands on.

Two promises are kept here for every model:

* immutability: ``frozen=True``, tuples instead of lists, no extra fields;
* one error hierarchy: a pydantic ``ValidationError`` never escapes. It is
  turned into an `ecoreg.exceptions.InvalidInputError` (or the ecoreg error
  a validator raised, with the full field path), naming every field, value and
  what is allowed.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, ValidationError

from ecoreg.exceptions import FieldProblem, InvalidInputError

__all__ = ["EcoregModel", "input_error_from"]


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


class EcoregModel(BaseModel):
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

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise input_error_from(exc, model=type(self).__name__) from None

    @classmethod
    def model_validate(cls, obj: Any, **options: Any) -> Self:
        """Pydantic's validation, raising an ecoreg error instead of pydantic's."""
        try:
            return super().model_validate(obj, **options)
        except ValidationError as exc:
            raise input_error_from(exc, model=cls.__name__) from None
        except RecursionError:
            raise _too_deep(cls.__name__) from None

    @classmethod
    def model_validate_json(cls, json_data: Any, **options: Any) -> Self:
        """Pydantic's JSON validation, raising an ecoreg error instead of pydantic's."""
        try:
            return super().model_validate_json(json_data, **options)
        except ValidationError as exc:
            raise input_error_from(exc, model=cls.__name__) from None
        except RecursionError:
            raise _too_deep(cls.__name__) from None

    @classmethod
    def model_validate_strings(cls, obj: Any, **options: Any) -> Self:
        """Pydantic's validation from strings, raising an ecoreg error instead of pydantic's."""
        try:
            return super().model_validate_strings(obj, **options)
        except ValidationError as exc:
            raise input_error_from(exc, model=cls.__name__) from None
        except RecursionError:
            raise _too_deep(cls.__name__) from None

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
