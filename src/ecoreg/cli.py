"""The command-line edge of ecoreg.

This is the one module allowed to print and to take input from a user; the
core never imports it. Every date is given on the command line, never read
from the clock.

Commands:
    ``demo``      work out legal deadlines and a fine under the 生态环境法典, and explain them.
    ``deadline``  ``--from DATE --days N``: a period under the Administrative Penalty Law.
    ``decide``    ``RULE [--input FILE] [--policy FILE]``: one JSON request (standard input by
                  default) to one decision document on standard output (`ecoreg.edge`).
    ``serve``     ``--stdio [--policy FILE]``: JSON Lines in, one response line per request (a
                  line that is a JSON array is a batch, answered by one line holding an array);
                  without ``--stdio``, the HTTP service (``--host``, ``--port``, ``--workers``,
                  ``--token-file``, ``--max-body``, ``--timeout``, ``--log``, or the environment
                  variables ``ECOREG_HOST`` … of `ecoreg._ops.ENV`, a flag winning over its
                  variable; needs ``pip install 'ecoreg[server]'``).
    ``--version`` the ecoreg version and the version of its bundled law and policy data.

Exit status: 0 for a decision (and for a service stopped by SIGTERM or SIGINT once its
requests are answered), 2 for an error document or bad input, 1 never on purpose.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import signal
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ecoreg
from ecoreg import _ops
from ecoreg._batch import batch_line
from ecoreg.core._boundary import check_public
from ecoreg.core._periods import Deadline, penalty_law_days_after
from ecoreg.edge import RULES, decide, error_document, serve_lines
from ecoreg.exceptions import EcoregError
from ecoreg.jurisdictions import standard_policy_book
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.penalties._amount import decide_fine
from ecoreg.penalties._case import Harm, ViolationCase

if TYPE_CHECKING:
    from collections.abc import Sequence


__all__ = ["main"]


def _print_deadline(title_zh: str, title_en: str, deadline: Deadline) -> None:
    print(f"== {title_zh} / {title_en}")
    print(f"   期间最后一日 / last day: {deadline.last_day.isoformat()}")
    print(f"   届满时刻 / ends at: {deadline.ends_at.isoformat()}")
    print("   依据 / why (中文):")
    print(_indent(deadline.explain("zh")))
    print("   why (English):")
    print(_indent(deadline.explain("en")))
    print()


def _indent(text: str) -> str:
    return "\n".join(f"     {line}" for line in text.splitlines())


def _print_code_fine() -> None:
    decided = dt.date(2026, 10, 20)
    case = ViolationCase(
        kind="air.over-limit",
        occurred_on=dt.date(2026, 9, 1),
        discovered_on=dt.date(2026, 9, 3),
        corrected_on=dt.date(2026, 9, 10),
        harm=Harm.SLIGHT,
        exceedance_ratio=Decimal("0.6"),
        destination_level=3,
    )
    policy = standard_policy_book().resolve("CN", decided)
    decision = decide_fine(case, policy=policy, decided_on=decided)
    basis = decision.outcome.steps[0].citation
    print("== 生态环境法典施行后的罚款：2026-09-01 超标排放大气污染物")
    print("   A fine under the Ecological Environment Code: over-limit air discharge on 2026-09-01")
    if basis is not None:
        print(f"   依据 / basis: {basis.label_zh} / {basis.label_en}")
    print(f"   罚款 / fine: {decision.outcome.final} 元 (yuan)")
    print("   依据 / why (中文):")
    print(_indent(decision.explain("zh")))
    print("   why (English):")
    print(_indent(decision.explain("en")))
    print()


def demo() -> None:
    """Print worked legal deadlines and a fine decided under the Code, with explanations."""
    received = dt.date(2026, 9, 16)
    _print_deadline(
        f"罚款缴纳期限：{received.isoformat()} 收到行政处罚决定书",
        f"Payment deadline: penalty decision received on {received.isoformat()}",
        penalty_law_days_after(received, 15, source=apl.ART_67),
    )
    notice = dt.date(2026, 9, 29)
    _print_deadline(
        f"五日期限：{notice.isoformat()} 收到告知书",
        f"A five-day period: notice received on {notice.isoformat()}",
        penalty_law_days_after(notice, 5),
    )
    later = dt.date(2027, 9, 28)
    _print_deadline(
        f"尚未公布节假日安排的年份：{later.isoformat()}",
        f"A year whose holiday arrangement is not yet published: {later.isoformat()}",
        penalty_law_days_after(later, 5),
    )
    _print_code_fine()


def _utf8_output() -> None:
    """Write standard output and error as UTF-8, whatever the locale (``LANG=C``) says.

    Standard output carries JSON, which is UTF-8 (RFC 8259), and every answer ecoreg writes
    is valid UTF-8, so a character that cannot be encoded is a bug to fail loudly on; standard
    error escapes it instead, so a diagnostic is never lost.
    """
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors=errors)


def _decide(rule: str, source: str | None, policy: str | None) -> int:
    try:
        book = _ops.load_book(policy)
        text = Path(source).read_bytes() if source else sys.stdin.buffer.read()
        answer = decide(rule, text, book=book)
    except (EcoregError, OSError) as exc:
        answer = _document(exc)
    sys.stdout.write(answer + "\n")
    return 2 if answer.startswith('{"error":') else 0


def _document(exc: Exception) -> str:
    return json.dumps(error_document(exc), ensure_ascii=False, separators=(",", ":"))


def _is_batch(line: str | bytes) -> bool:
    """Whether a stdio line is a batch: a JSON array (after white space and a BOM)."""
    if isinstance(line, str):
        return line.lstrip().removeprefix("\ufeff").lstrip().startswith("[")
    return line.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"[")


def _serve(policy: str | None) -> int:
    try:
        book = _ops.load_book(policy or os.environ.get(_ops.ENV["policy"]) or None)
    except (EcoregError, OSError) as exc:
        sys.stdout.write(_document(exc) + "\n")
        return 2
    # Bytes, not the locale's text: each line is read as UTF-8, and one that is not gets an
    # error line of its own while the stream goes on.
    for line in getattr(sys.stdin, "buffer", sys.stdin):
        answers = [batch_line(line, book)] if _is_batch(line) else serve_lines([line], book=book)
        for answer in answers:
            sys.stdout.write(answer + "\n")
        sys.stdout.flush()
    return 0


_SETTINGS = ("host", "port", "workers", "token_file", "policy", "max_body", "timeout", "log")


def _http(args: argparse.Namespace) -> int:
    """Run the HTTP service (needs the ``server`` extra: FastAPI and uvicorn)."""
    try:
        import uvicorn  # noqa: PLC0415 - optional dependency of the server extra

        from ecoreg.server import create_app  # noqa: PLC0415
    except ImportError:
        print("error: the HTTP service needs the server extra: pip install 'ecoreg[server]'")
        return 2
    try:
        config = _ops.settings({name: getattr(args, name) for name in _SETTINGS}, os.environ)
        book, token = _ops.service_inputs(config)
        app: Any = create_app(
            book=book, token=token, max_body=config.max_body, timeout=config.timeout, log=config.log
        )
    except (EcoregError, OSError) as exc:
        print(_document(exc))
        return 2
    options: dict[str, Any] = {"host": config.host, "port": config.port, "log_level": "warning"}
    if config.workers > 1:
        # Each worker process builds its own application from the environment, which now
        # holds the settings as given (flags included).
        os.environ.update(config.environment())
        app = "ecoreg.server:app_from_env"
        options |= {"workers": config.workers, "factory": True}
    # uvicorn drains the requests in flight on SIGTERM, then raises the signal again: answered
    # here, the process ends with status 0 instead of being killed by it.
    previous = signal.signal(signal.SIGTERM, _drained)
    try:
        uvicorn.run(app, **options)
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


def _drained(signum: int, frame: object) -> None:
    """SIGTERM once uvicorn has drained: the service stops normally."""
    del signum, frame


class _Version(argparse.Action):
    """``--version``: computed when asked (it loads the bundled data to identify it)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        data = _ops.data_version()
        print(f"ecoreg {ecoreg.__version__} (law and policy data {data.label})")
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _utf8_output()
    parser = argparse.ArgumentParser(prog="ecoreg", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="the ecoreg and bundled data versions"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="worked legal deadlines with their explanations")
    one = sub.add_parser("decide", help="one JSON request to one decision document")
    one.add_argument("rule", help=f"one of: {', '.join(sorted(RULES))}")
    one.add_argument("--input", help="the request file (default: standard input)")
    one.add_argument("--policy", help="a JSON or TOML policy file with the platform's measures")
    serve = sub.add_parser(
        "serve", help="JSON Lines on stdio, or the HTTP service (ecoreg[server])"
    )
    serve.add_argument("--stdio", action="store_true", help="JSON Lines: read stdin, write stdout")
    serve.add_argument(
        "--policy", help="a JSON or TOML policy file with the platform's measures (ECOREG_POLICY)"
    )
    serve.add_argument("--host", help="HTTP: the address (ECOREG_HOST; default 127.0.0.1)")
    serve.add_argument("--port", help="HTTP: the port (ECOREG_PORT; default 8000)")
    serve.add_argument(
        "--workers", help=f"HTTP: worker processes, 1 to {_ops.MAX_WORKERS} (ECOREG_WORKERS; 1)"
    )
    serve.add_argument(
        "--token-file", help="HTTP: require the bearer token in this file (ECOREG_TOKEN_FILE)"
    )
    serve.add_argument(
        "--max-body", help="HTTP: the body limit in bytes (ECOREG_MAX_BODY; 8388608)"
    )
    serve.add_argument("--timeout", help="HTTP: seconds per decision or batch (ECOREG_TIMEOUT; 10)")
    serve.add_argument(
        "--log", help="HTTP: access log level: info, warning, error, off (ECOREG_LOG; info)"
    )
    period = sub.add_parser("deadline", help="a period under the Administrative Penalty Law")
    period.add_argument("--from", dest="event", required=True, help="event date, YYYY-MM-DD")
    period.add_argument("--days", type=int, required=True, help="number of days")
    args = parser.parse_args(argv)
    if args.command == "decide":
        return _decide(args.rule, args.input, args.policy)
    if args.command == "serve":
        return _serve(args.policy) if args.stdio else _http(args)
    try:
        if args.command == "demo":
            demo()
        else:
            _print_deadline(
                f"{args.days}日期限",
                f"{args.days}-day period",
                penalty_law_days_after(args.event, args.days),
            )
    except EcoregError as exc:
        print(f"error: {exc}")
        return 2
    return 0


check_public(globals(), ("main",))
