"""Inspection codes (检查码): signed, checked offline, valid for one visit window (Xuhui)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import re
from typing import TYPE_CHECKING, Final, Literal

from pydantic import Field, model_validator

from ecoreg.core._boundary import check_public
from ecoreg.core._decision import Decision, Reason, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import Day, parse_date
from ecoreg.exceptions import InvalidInputError
from ecoreg.inspections._planning import Text, Visit, _not_before

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ecoreg.core._policy import Policy

__all__ = ["CODE_VERSION", "CodeCheck", "InspectionCode", "issue_code", "verify_code"]


CODE_VERSION: Final = "EIC1"
"""The code format: ``EIC1.<payload>.<signature>``, both parts base64url without padding."""
_MIN_KEY_BYTES: Final = 16
_MAX_CODE_CHARS: Final = 16_384


class InspectionCode(EcoregModel):
    """What an inspection code carries: who comes, on what authority, to check what, when."""

    version: Literal["EIC1"] = CODE_VERSION
    visit: Text
    enterprise: Text
    agency: Text
    inspectors: tuple[Text, ...] = Field(min_length=1)
    """The inspectors' law-enforcement certificate numbers (执法证号)."""
    purposes: tuple[Text, ...] = Field(min_length=1)
    tasks: tuple[Text, ...] = Field(min_length=1)
    valid_from: Day
    valid_until: Day

    @model_validator(mode="after")
    def _window(self) -> InspectionCode:
        _not_before(self.valid_until, self.valid_from, "valid_until", "valid_from")
        return self


class CodeCheck(EcoregModel):
    """The result of checking a code: valid or not, and what it says when it is authentic."""

    valid: bool
    code: InspectionCode | None = None


_CODE_FORMAT = re.compile(r"[A-Za-z0-9]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
"""A code's shape: version, payload and signature, the last two in base64url (ASCII only:
another character is a forged code, refused before any hashing or comparison)."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _key(key: bytes) -> bytes:
    """The signing key, long enough (the public boundary has checked that it is bytes)."""
    if len(key) < _MIN_KEY_BYTES:
        raise InvalidInputError(
            field="key",
            value=f"{len(key)} bytes",
            allowed=f"bytes, at least {_MIN_KEY_BYTES} (the agency's secret signing key)",
        )
    return key


def _signature(key: bytes, signed: str) -> str:
    return _b64(hmac.new(key, signed.encode("ascii"), hashlib.sha256).digest())


def issue_code(
    visit: Visit,
    *,
    agency: str,
    inspectors: Sequence[str],
    key: bytes,
    policy: Policy,
) -> str:
    """Sign an inspection code for a visit (HMAC-SHA256 with the key the caller passes).

    The code is valid from the visit's day for ``inspections.code_valid_days`` days. ecoreg
    reads no key from anywhere: the agency keeps its key and passes it in.

    Examples:
        >>> import datetime as dt
        >>> from ecoreg import Grade, standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-01-01")
        >>> visit = Visit(
        ...     id="V000001",
        ...     enterprise="91350200776049653A",
        ...     on=dt.date(2026, 5, 12),
        ...     tasks=("T1",),
        ...     departments=("大气科",),
        ...     purposes=("排污许可执行情况",),
        ...     triggered=False,
        ...     grade=Grade.C,
        ... )
        >>> code = issue_code(
        ...     visit,
        ...     agency="徐汇区生态环境局",
        ...     inspectors=("31010001",),
        ...     key=b"a secret of sixteen bytes",
        ...     policy=policy,
        ... )
        >>> code.startswith("EIC1.")
        True
        >>> verify_code(code, key=b"a secret of sixteen bytes", on="2026-05-12").outcome.valid
        True
    """
    days = policy.as_int("inspections.code_valid_days")
    payload = InspectionCode(
        visit=visit.id,
        enterprise=visit.enterprise,
        agency=agency,
        inspectors=tuple(inspectors),
        purposes=visit.purposes,
        tasks=visit.tasks,
        valid_from=visit.on,
        valid_until=visit.on + dt.timedelta(days=days - 1),
    )
    text = json.dumps(payload.to_data(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    body = _b64(text.encode("utf-8"))
    signed = f"{CODE_VERSION}.{body}"
    return f"{signed}.{_signature(_key(key), signed)}"


def verify_code(code: str, *, key: bytes, on: dt.date | str) -> Decision[CodeCheck]:
    """Check a code offline: its format, its signature with ``key``, and its validity on ``on``.

    A forged, altered or expired code is refused, and the reason says which check failed.
    """
    day = parse_date(on, field="on")
    secret = _key(key)

    def refused(rule: str, zh: str, en: str, **used: object) -> Decision[CodeCheck]:
        return Decision[CodeCheck](
            outcome=CodeCheck(valid=False),
            decided_on=day,
            reasons=(
                Reason(
                    rule_id=rule, citation=None, message_zh=zh, message_en=en, facts=facts(used)
                ),
            ),
        )

    if len(code) > _MAX_CODE_CHARS or not _CODE_FORMAT.fullmatch(code):
        return refused(
            "inspections.code.format",
            "检查码格式不正确。",
            f"Not an inspection code: expected {CODE_VERSION}.<payload>.<signature>.",
            field="code",
        )
    version, body, signature = code.split(".")
    if version != CODE_VERSION:
        return refused(
            "inspections.code.format",
            f"检查码版本{version}无法识别。",
            f"Unknown code version {version!r}; this library reads {CODE_VERSION}.",
            field="code.version",
            version=version,
        )
    if not hmac.compare_digest(signature, _signature(secret, f"{version}.{body}")):
        return refused(
            "inspections.code.signature",
            "检查码签名不符：该码不是以本机关密钥签发的，或内容已被改动。",
            "The signature does not match: the code was not issued with this key, or its "
            "content was changed.",
            field="code.signature",
        )
    try:
        payload = InspectionCode.from_json(_unb64(body))
    except (ValueError, InvalidInputError):
        return refused(
            "inspections.code.format",
            "检查码内容无法读取。",
            "The code's content cannot be read.",
            field="code.payload",
        )
    if not payload.valid_from <= day <= payload.valid_until:
        return refused(
            "inspections.code.window",
            f"检查码有效期为{payload.valid_from}至{payload.valid_until}，{day}不在有效期内。",
            f"The code is valid from {payload.valid_from} to {payload.valid_until}, not on {day}.",
            field="code.valid_until" if day > payload.valid_until else "code.valid_from",
            valid_from=payload.valid_from,
            valid_until=payload.valid_until,
        )
    return Decision[CodeCheck](
        outcome=CodeCheck(valid=True, code=payload),
        decided_on=day,
        reasons=(
            Reason(
                rule_id="inspections.code.valid",
                citation=None,
                message_zh=(
                    f"检查码有效：{payload.agency}检查人员（执法证号{'、'.join(payload.inspectors)}）"
                    f"于{payload.valid_from}至{payload.valid_until}入企，检查事项："
                    f"{'、'.join(payload.purposes)}。"
                ),
                message_en=(
                    f"Valid code: {payload.agency}, inspectors {', '.join(payload.inspectors)}, "
                    f"from {payload.valid_from} to {payload.valid_until}, to check: "
                    f"{'; '.join(payload.purposes)}."
                ),
                facts=facts(visit=payload.visit, enterprise=payload.enterprise),
            ),
        ),
    )


check_public(globals(), ("issue_code", "verify_code"))
