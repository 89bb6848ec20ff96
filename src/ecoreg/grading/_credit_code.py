"""The unified social credit code (统一社会信用代码, GB 32100-2015) and its check character."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import numpy as np

from ecoreg.core._boundary import check_public
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy.typing as npt

__all__ = ["check_credit_code", "credit_code_check_char"]


USCC_CHARS: Final = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The characters of a unified social credit code (GB 32100-2015: no I, O, S, V, Z)."""
_USCC_CHARS: Final = USCC_CHARS
_USCC_VALUE: Final = {c: i for i, c in enumerate(_USCC_CHARS)}
_USCC_WEIGHTS: Final = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_LENGTH: Final = 18


def credit_code_check_char(body: str) -> str:
    """The GB 32100-2015 check character of the first 17 characters of a credit code.

    ``31 − (Σ value × weight mod 31)``, with weights 1, 3, 9, 27, … (powers of 3 mod 31).

    Raises:
        InvalidInputError: if ``body`` is not 17 characters of the code's character set.

    Examples:
        >>> credit_code_check_char("91350200776049653")
        'A'
    """
    if len(body) != _USCC_LENGTH - 1 or any(c not in _USCC_VALUE for c in body):
        raise InvalidInputError(
            field="body", value=body, allowed=f"17 characters from {_USCC_CHARS}"
        )
    total = sum(_USCC_VALUE[c] * w for c, w in zip(body, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def check_credit_code(code: object, *, field: str = "credit_code") -> str:
    """Validate a unified social credit code (统一社会信用代码, GB 32100-2015).

    18 characters from ``0-9A-HJ-NPQRTUWXY``; characters 3–8 are the
    administrative division code (digits); the last is the check character:
    ``31 − (Σ value × weight mod 31)``, with weights 1, 3, 9, 27, … (mod 31).

    Raises:
        InvalidInputError: naming ``field``, with the check character expected.

    Examples:
        >>> check_credit_code("91350200776049653A")
        '91350200776049653A'
        >>> check_credit_code("91350200776049653B")
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidInputError: credit_code: '91350200776049653B' is not allowed; a code whose check character (the 18th) is 'A' for the first 17 characters given (GB 32100-2015)
    """
    if not isinstance(code, str) or len(code) != _USCC_LENGTH:
        raise InvalidInputError(field=field, value=code, allowed="18 characters (GB 32100-2015)")
    text = code.upper()
    bad = [c for c in text if c not in _USCC_VALUE]
    if bad:
        raise InvalidInputError(
            field=field,
            value=code,
            allowed=f"characters from {_USCC_CHARS} (no I, O, S, V, Z); found {bad[0]!r}",
        )
    if not text[2:8].isdigit():
        raise InvalidInputError(
            field=field,
            value=code,
            allowed="an administrative division code of six digits in characters 3–8",
        )
    expected = credit_code_check_char(text[:17])
    if text[17] != expected:
        raise InvalidInputError(
            field=field,
            value=code,
            allowed=f"a code whose check character (the 18th) is {expected!r} for the first 17 "
            "characters given (GB 32100-2015)",
        )
    return text


_VALUE_OF_BYTE: Final = np.full(256, -1, dtype=np.int16)
for _i, _c in enumerate(_USCC_CHARS):
    _VALUE_OF_BYTE[ord(_c)] = _i
    _VALUE_OF_BYTE[ord(_c.lower())] = _i  # read in upper case, as `check_credit_code` does
_WEIGHTS: Final = np.array(_USCC_WEIGHTS, dtype=np.int16)
_CHUNK: Final = 1 << 20


def _suspect_rows(chars: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """Rows of an ``(n, 18)`` byte matrix that `check_credit_code` may refuse (whole columns).

    A row is suspect when a byte is outside the code's characters, characters 3–8 are not
    digits, or the check character is not the one the first 17 give. Every code the scalar
    check refuses is suspect (no bad code is missed); a suspect row is re-checked by it.
    """
    bad = np.zeros(len(chars), dtype=bool)
    for lo in range(0, len(chars), _CHUNK):
        values = _VALUE_OF_BYTE[chars[lo : lo + _CHUNK]]
        total = (values[:, :17] @ _WEIGHTS) % 31  # at most 30 × 30 × 17: fits int16
        expected = (31 - total) % 31
        bad[lo : lo + _CHUNK] = (
            (values < 0).any(axis=1)
            | (values[:, 2:8] > 9).any(axis=1)
            | (values[:, 17] != expected)
        )
    return bad


def first_bad_code(
    chars: npt.NDArray[np.uint8],
    wrong_length: npt.NDArray[np.bool_],
    code_at: Callable[[int], object],
    field: str,
) -> None:
    """Refuse the first bad code of a column, in input order, with `check_credit_code`'s error.

    ``chars`` holds the codes' bytes, one row of 18 per code (any bytes where
    ``wrong_length``); ``code_at(row)`` gives the code as it was sent, for the error.

    Raises:
        InvalidInputError: ``field.row`` for the first code `check_credit_code` refuses.
    """
    suspect = wrong_length | _suspect_rows(chars)
    for row in np.flatnonzero(suspect):
        check_credit_code(code_at(int(row)), field=f"{field}.{int(row)}")


check_public(globals(), ("credit_code_check_char", "check_credit_code"))
