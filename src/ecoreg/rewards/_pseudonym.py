"""`reporter_reference`: the pseudonym a reward decision names its reporter by.

ecoreg's choice (documented in ``docs/rewards.md``): a keyed hash. The reference is
``"R-"`` and the first 20 hex digits of HMAC-SHA256 under the deciding department's secret
key, over the identity number when one is given (else the name and contact, else the
contact). The same reporter gets the same reference under the same key, so a department
can tell repeat reporters apart, and nobody without the key can go back from the reference
to the person. A caller that already has its own pseudonym passes it as
``Reporter.reference`` instead.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from ecoreg.rewards._models import Reporter

__all__ = ["reporter_reference"]

MIN_KEY_BYTES = 16
_MAX_KEY_BYTES = 1024


def _key_bytes(key: bytes | str) -> bytes:
    raw = key.encode("utf-8", "surrogatepass") if isinstance(key, str) else bytes(key)
    if not MIN_KEY_BYTES <= len(raw) <= _MAX_KEY_BYTES:
        raise InvalidInputError(
            field="pseudonym_key",
            value=None,  # a secret: never echoed
            allowed=f"a secret of {MIN_KEY_BYTES} to {_MAX_KEY_BYTES} bytes",
        )
    return raw


def reporter_reference(reporter: Reporter, key: bytes | str | None) -> str:
    """The reporter's pseudonymous reference under the department's secret ``key``.

    Args:
        reporter: The reporter; a ``reference`` it carries is used as it is.
        key: The department's secret (at least 16 bytes); may be None only when the
            reporter carries a ``reference``.

    Returns:
        ``reporter.reference``, or ``"R-"`` and 20 hex digits of HMAC-SHA256.

    Raises:
        InvalidInputError: naming ``pseudonym_key`` (its value never shown) when it is
            missing or too short.

    Examples:
        >>> from ecoreg.rewards import Reporter
        >>> ref = reporter_reference(
        ...     Reporter(name="王某", id_number="510300199001011234"), b"department-secret-key"
        ... )
        >>> ref.startswith("R-"), len(ref)
        (True, 22)
    """
    if reporter.reference is not None:
        return reporter.reference
    if key is None:
        raise InvalidInputError(
            field="pseudonym_key",
            value=None,
            allowed="a secret of at least 16 bytes, or a reference on the reporter",
        )
    if reporter.id_number:
        text = "id\x1f" + reporter.id_number.strip().upper()
    elif reporter.name:
        text = "name\x1f" + reporter.name.strip() + "\x1f" + (reporter.contact or "").strip()
    else:
        text = "contact\x1f" + (reporter.contact or "").strip()
    digest = hmac.new(_key_bytes(key), text.encode("utf-8"), hashlib.sha256).hexdigest()
    return "R-" + digest[:20]


check_public(globals(), ("reporter_reference",))
