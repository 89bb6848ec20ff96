"""Operating the HTTP service: settings, request ids, access logs, metrics, data versions.

With the command line, this is the one module of the edge that touches the outside world:
it reads the environment (`env_settings`), the token and policy files (`service_inputs`),
the clock (`monotonic`, `utc_now`) and the system's randomness (`new_request_id`), and
writes access logs to standard error. `ecoreg.server` asks it for these, so the service's
own code reads nothing.

Settings come from flags and from environment variables (`ENV`); a flag wins over its
variable, an empty variable counts as unset, and every value is checked with an error
naming the flag or variable (`settings`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import re
import sys
import time
import uuid
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

import ecoreg
from ecoreg import edge
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ecoreg.core._policy import PolicyBook

__all__ = [
    "BUCKETS",
    "ENV",
    "LOG_LEVELS",
    "AccessLog",
    "DataVersion",
    "Metrics",
    "Settings",
    "data_version",
    "env_settings",
    "load_book",
    "monotonic",
    "new_request_id",
    "read_text",
    "read_token",
    "request_id",
    "service_inputs",
    "settings",
    "usable_token",
    "utc_now",
]

ENV: Mapping[str, str] = {
    "host": "ECOREG_HOST",
    "port": "ECOREG_PORT",
    "workers": "ECOREG_WORKERS",
    "token_file": "ECOREG_TOKEN_FILE",
    "policy": "ECOREG_POLICY",
    "max_body": "ECOREG_MAX_BODY",
    "timeout": "ECOREG_TIMEOUT",
    "log": "ECOREG_LOG",
}
"""The environment variable of each setting of ``ecoreg serve``."""

LOG_LEVELS = ("info", "warning", "error", "off")
"""The access log's levels, most verbose first: ``info`` logs every request, ``warning``
those answered 4xx or 5xx, ``error`` those answered 5xx, ``off`` none."""

MAX_WORKERS = 64
"""The most worker processes ``ecoreg serve --workers`` starts."""

MAX_BODY_LIMIT = 1 << 30
"""The largest body limit a service may set: one GiB."""

MAX_TIMEOUT = 3600
"""The longest time limit per decision a service may set: an hour."""

MAX_REQUEST_ID = 128
"""The longest ``X-Request-Id`` taken from a client, in characters."""

_REQUEST_ID = re.compile(rf"[\x21-\x7e]{{1,{MAX_REQUEST_ID}}}")
_DIGITS = re.compile(r"[0-9]{1,12}")
_SECONDS = re.compile(r"[0-9]{1,6}(\.[0-9]{1,9})?")
_HOST = re.compile(r"[A-Za-z0-9.:\-\[\]%_]{1,253}")


@attrs.frozen
class Settings:
    """The settings of ``ecoreg serve`` (HTTP), checked."""

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    token_file: str | None = None
    policy: str | None = None
    max_body: int = edge.MAX_REQUEST_BYTES
    timeout: float = 10.0
    log: str = "info"

    def environment(self) -> dict[str, str]:
        """These settings as environment variables (for worker processes to read back)."""
        out = {ENV[f.name]: str(getattr(self, f.name)) for f in attrs.fields(Settings)}
        return {k: v for k, v in out.items() if v != "None"}


def _whole(field: str, text: str, low: int, high: int, what: str) -> int:
    if _DIGITS.fullmatch(text) is None or not low <= int(text) <= high:
        raise InvalidInputError(field=field, value=text, allowed=f"{what} from {low} to {high}")
    return int(text)


def _host(field: str, text: str) -> str:
    if _HOST.fullmatch(text) is None:
        raise InvalidInputError(
            field=field, value=text, allowed="a host name or IP address, such as 127.0.0.1"
        )
    return text


def _path(field: str, text: str) -> str:
    if not text.strip() or "\x00" in text:
        raise InvalidInputError(field=field, value=text, allowed="the path of a file")
    return text


def _seconds(field: str, text: str) -> float:
    seconds = float(text) if _SECONDS.fullmatch(text) else math.nan
    if not 0 < seconds <= MAX_TIMEOUT:  # NaN compares false
        raise InvalidInputError(
            field=field, value=text, allowed=f"seconds, more than 0 and at most {MAX_TIMEOUT}"
        )
    return seconds


def _level(field: str, text: str) -> str:
    if text.lower() not in LOG_LEVELS:
        raise InvalidInputError(field=field, value=text, allowed=f"one of {list(LOG_LEVELS)}")
    return text.lower()


_PARSERS: Mapping[str, Any] = {
    "host": _host,
    "port": lambda f, t: _whole(f, t, 1, 65535, "a port"),
    "workers": lambda f, t: _whole(f, t, 1, MAX_WORKERS, "a number of processes"),
    "token_file": _path,
    "policy": _path,
    "max_body": lambda f, t: _whole(f, t, 1, MAX_BODY_LIMIT, "a byte count"),
    "timeout": _seconds,
    "log": _level,
}


def settings(flags: Mapping[str, str | None], environ: Mapping[str, str]) -> Settings:
    """The settings from flags (as typed, ``None`` when not given) and environment variables.

    A flag wins over its variable (`ENV`); a variable that is empty counts as unset.

    Raises:
        InvalidInputError: naming the flag (``--port``) or the variable (``ECOREG_PORT``).

    Examples:
        >>> s = settings({"port": "9000"}, {"ECOREG_PORT": "8001", "ECOREG_WORKERS": "2"})
        >>> s.port, s.workers, s.host
        (9000, 2, '127.0.0.1')
    """
    values: dict[str, Any] = {}
    for name, variable in ENV.items():
        flag = flags.get(name)
        if flag is not None:
            values[name] = _PARSERS[name]("--" + name.replace("_", "-"), flag)
        elif environ.get(variable, ""):
            values[name] = _PARSERS[name](variable, environ[variable])
    return Settings(**values)


def env_settings() -> Settings:
    """The settings from the environment alone (what each worker process reads)."""
    return settings({}, os.environ)


def read_text(path: Path, field: str) -> str:
    """The text of the file at ``path``, which must be UTF-8.

    Raises:
        InvalidInputError: naming ``field``, for a file that is not UTF-8.
        OSError: for a file that cannot be read.
    """
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            field=field, value=f"byte {exc.start} of {path}", allowed="a text file in UTF-8"
        ) from None


def read_token(path: str) -> str:
    """The bearer token in the file at ``path`` (surrounding white space removed).

    Raises:
        InvalidInputError: naming ``token-file`` for a file that is empty or white space, or
            whose token holds white space or a control character (no header carries it).
        OSError: for a file that cannot be read.
    """
    token = read_text(Path(path), "token-file").strip()
    if not token:
        raise InvalidInputError(
            field="token-file",
            value=path,
            allowed="a file holding the bearer token (this one is empty or white space)",
        )
    if not usable_token(token):
        raise InvalidInputError(
            field="token-file",
            value=path,
            allowed="one token: no white space or control character inside it",
        )
    return token


def usable_token(token: str) -> bool:
    """Whether a bearer token can travel in a header: not empty, no white space or control.

    Examples:
        >>> usable_token("s3cret"), usable_token("sécret"), usable_token(""), usable_token("a b")
        (True, True, False, False)
    """
    return bool(token) and all(c.isprintable() and not c.isspace() for c in token)


def load_book(policy: str | None) -> PolicyBook | None:
    """The standard book plus a platform's policy file (JSON, or TOML by its suffix)."""
    if policy is None:
        return None
    path = Path(policy)
    return edge.load_policy_file(read_text(path, "policy"), toml=path.suffix == ".toml")


def service_inputs(config: Settings) -> tuple[PolicyBook | None, str | None]:
    """The policy book and the token the settings name, read from their files."""
    book = load_book(config.policy)
    token = read_token(config.token_file) if config.token_file is not None else None
    return book, token


def monotonic() -> float:
    """Seconds on a monotonic clock, to time requests."""
    return time.perf_counter()


def utc_now() -> str:
    """The time now, in UTC, as ISO 8601 to the millisecond (``2026-03-10T08:00:00.000Z``)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_request_id() -> str:
    """A new request id (a random UUID, version 4)."""
    return str(uuid.uuid4())


def request_id(given: str | None) -> str:
    """The client's ``X-Request-Id`` if it is 1 to 128 visible ASCII characters, else a new one.

    Examples:
        >>> request_id("abc-1"), len(request_id("a b")), len(request_id(None))
        ('abc-1', 36, 36)
    """
    if given is not None and _REQUEST_ID.fullmatch(given):
        return given
    return new_request_id()


_RANK = {level: rank for rank, level in enumerate(LOG_LEVELS)}


def _severity(status: int) -> str:
    """The level of a request answered with ``status``: ``error`` for 5xx, ``warning`` for 4xx."""
    return "error" if status >= 500 else "warning" if status >= 400 else "info"


@attrs.define
class AccessLog:
    """Writes one JSON line per request to ``stream`` (standard error by default).

    A line holds the time, its level (``info``; ``warning`` for 4xx; ``error`` for 5xx) and
    what the service passes: request id, method, path, rule, status, duration, bytes in and
    out. Never a body, a header's value other than the request id, or the client's address.
    """

    level: str = "info"
    stream: Any = None

    def enabled(self, status: int) -> bool:
        """Whether a request answered with ``status`` is logged at this level."""
        return _RANK[_severity(status)] >= _RANK[self.level]

    def write(self, entry: Mapping[str, Any]) -> None:
        """Log one request (if its status is at or above the level)."""
        status = int(entry.get("status", 0))
        if not self.enabled(status):
            return
        line = json.dumps(
            {"time": utc_now(), "level": _severity(status), **entry}, separators=(",", ":")
        )
        stream = self.stream if self.stream is not None else sys.stderr
        stream.write(line + "\n")
        stream.flush()


BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
"""The upper bounds (seconds) of the request latency histogram's buckets."""


def _label(value: str) -> str:
    """A label value escaped for the Prometheus text format."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _labels(**labels: str) -> str:
    return "{" + ",".join(f'{k}="{_label(v)}"' for k, v in labels.items()) + "}"


@attrs.define
class Metrics:
    """The service's counters, in the Prometheus text exposition format (`render`).

    Counted per process: with several workers, each keeps its own.
    """

    info: Mapping[str, str]
    requests: Counter[tuple[str, str, str]] = attrs.field(factory=Counter)
    items: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    buckets: dict[str, list[int]] = attrs.field(factory=dict)
    sums: Counter[str] = attrs.field(factory=Counter)
    in_flight: int = 0

    def observe(self, route: str, rule: str, status: int, seconds: float) -> None:
        """Count one request and its duration."""
        self.requests[route, rule, str(status)] += 1
        counts = self.buckets.setdefault(route, [0] * (len(BUCKETS) + 1))
        for i, bound in enumerate(BUCKETS):
            if seconds <= bound:
                counts[i] += 1
        counts[-1] += 1
        self.sums[route] += seconds  # type: ignore[assignment]

    def observe_item(self, rule: str, outcome: str) -> None:
        """Count one item of a batch (``outcome``: ``result`` or ``error``)."""
        self.items[rule, outcome] += 1

    def render(self) -> str:
        """The metrics as Prometheus text (version 0.0.4)."""
        lines = [
            "# HELP ecoreg_info The ecoreg version and the version of its bundled data.",
            "# TYPE ecoreg_info gauge",
            f"ecoreg_info{_labels(**self.info)} 1",
            "# HELP ecoreg_http_requests_total HTTP requests answered, by route, rule and status.",
            "# TYPE ecoreg_http_requests_total counter",
        ]
        lines.extend(
            f"ecoreg_http_requests_total{_labels(route=route, rule=rule, status=status)} {n}"
            for (route, rule, status), n in sorted(self.requests.items())
        )
        lines += [
            "# HELP ecoreg_batch_items_total Items of batches decided, by rule and outcome.",
            "# TYPE ecoreg_batch_items_total counter",
        ]
        lines.extend(
            f"ecoreg_batch_items_total{_labels(rule=rule, outcome=outcome)} {n}"
            for (rule, outcome), n in sorted(self.items.items())
        )
        lines += [
            "# HELP ecoreg_http_requests_in_flight HTTP requests being answered now.",
            "# TYPE ecoreg_http_requests_in_flight gauge",
            f"ecoreg_http_requests_in_flight {self.in_flight}",
            "# HELP ecoreg_http_request_duration_seconds Time to answer an HTTP request.",
            "# TYPE ecoreg_http_request_duration_seconds histogram",
        ]
        for route, counts in sorted(self.buckets.items()):
            for bound, n in zip((*(f"{b:g}" for b in BUCKETS), "+Inf"), counts, strict=True):
                labels = _labels(route=route, le=bound)
                lines.append(f"ecoreg_http_request_duration_seconds_bucket{labels} {n}")
            lines.append(
                f"ecoreg_http_request_duration_seconds_sum{_labels(route=route)} "
                f"{self.sums[route]!r}"
            )
            lines.append(
                f"ecoreg_http_request_duration_seconds_count{_labels(route=route)} {counts[-1]}"
            )
        return "\n".join(lines) + "\n"


@attrs.frozen
class DataVersion:
    """What identifies the law and policy data a service decides with.

    Attributes:
        sha256: The SHA-256 of the data: every bundled instrument of `ecoreg.law.INSTRUMENTS`
            (names, numbers, in-force dates) and the policy book's data (every jurisdiction
            and dated measure, with the violation catalogue), as ecoreg writes them in JSON.
            It changes when any of them changes, and only then.
        date: The latest date from which an instrument or a measure of that data is in force
            (it may lie in the future: an instrument published before it takes effect).
        instruments: How many instruments.
        jurisdictions: How many jurisdictions the book holds.
        measures: How many measures the book holds.
    """

    sha256: str
    date: str
    instruments: int
    jurisdictions: int
    measures: int

    @property
    def label(self) -> str:
        """``<date>.<first 12 hex digits of sha256>``: the ``X-Ecoreg-Data-Version`` header."""
        return f"{self.date}.{self.sha256[:12]}"

    def to_data(self) -> dict[str, Any]:
        """As JSON data, with the label."""
        return {"version": self.label, **attrs.asdict(self)}


def data_version(book: PolicyBook | None = None) -> DataVersion:
    """The `DataVersion` of ``book`` (the standard policy book by default, computed once)."""
    return _standard_version() if book is None else _version(book)


@lru_cache(maxsize=1)
def _standard_version() -> DataVersion:
    return _version(ecoreg.standard_policy_book())


def _version(book: PolicyBook) -> DataVersion:
    from ecoreg.law import INSTRUMENTS  # noqa: PLC0415 - loaded with the data it identifies

    data = book.data
    digest = hashlib.sha256()
    digest.update(b"ecoreg law instruments\n")
    for instrument in INSTRUMENTS:
        digest.update(instrument.to_json().encode("utf-8") + b"\n")
    digest.update(b"ecoreg policy data\n")
    digest.update(data.to_json().encode("utf-8"))
    dates = [i.in_force for i in INSTRUMENTS] + [
        v.in_force_from for m in data.measures for v in m.versions
    ]
    return DataVersion(
        sha256=digest.hexdigest(),
        date=max(dates).isoformat(),
        instruments=len(INSTRUMENTS),
        jurisdictions=len(data.jurisdictions),
        measures=len(data.measures),
    )
