"""The command-line edge of ecoreg.

This is the one module allowed to print and to take input from a user; the
core never imports it. Every date is given on the command line, never read
from the clock.

Commands:
    ``demo``      work out legal deadlines and a fine under the 生态环境法典, and explain them.
    ``deadline``  ``--from DATE --days N``: a period under the Administrative Penalty Law.
    ``decide``    ``RULE [--input FILE] [--policy FILE]``: one JSON request (standard input by
                  default) to one decision document on standard output (`ecoreg.edge`).
    ``serve``     ``--stdio [--policy FILE]``: JSON Lines in, one response line per request;
                  without ``--stdio``, the HTTP service (``--host``, ``--port``, ``--token-file``;
                  needs ``pip install 'ecoreg[server]'``).

Exit status: 0 for a decision, 2 for an error document or bad input, 1 never on purpose.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.core._periods import Deadline, penalty_law_days_after
from ecoreg.edge import RULES, decide, error_document, load_policy_file, serve_lines
from ecoreg.exceptions import EcoregError, InvalidInputError
from ecoreg.jurisdictions import standard_policy_book
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.penalties._amount import decide_fine
from ecoreg.penalties._case import Harm, ViolationCase

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ecoreg.core._policy import PolicyBook

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


def _book(policy: str | None) -> PolicyBook | None:
    """The standard book plus a platform's policy file (JSON, or TOML by its suffix)."""
    if policy is None:
        return None
    path = Path(policy)
    return load_policy_file(_read_text(path, "policy"), toml=path.suffix == ".toml")


def _read_text(path: Path, field: str) -> str:
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
        book = _book(policy)
        text = Path(source).read_bytes() if source else sys.stdin.buffer.read()
        answer = decide(rule, text, book=book)
    except (EcoregError, OSError) as exc:
        answer = json.dumps(error_document(exc), ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write(answer + "\n")
    return 2 if answer.startswith('{"error":') else 0


def _serve(policy: str | None) -> int:
    try:
        book = _book(policy)
    except (EcoregError, OSError) as exc:
        sys.stdout.write(json.dumps(error_document(exc), ensure_ascii=False) + "\n")
        return 2
    # Bytes, not the locale's text: each line is read as UTF-8, and one that is not gets an
    # error line of its own while the stream goes on.
    for line in serve_lines(getattr(sys.stdin, "buffer", sys.stdin), book=book):
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    return 0


def _http(args: argparse.Namespace) -> int:
    """Run the HTTP service (needs the ``server`` extra: FastAPI and uvicorn)."""
    try:
        import uvicorn  # noqa: PLC0415 - optional dependency of the server extra

        from ecoreg.server import create_app  # noqa: PLC0415
    except ImportError:
        print("error: the HTTP service needs the server extra: pip install 'ecoreg[server]'")
        return 2
    try:
        book = _book(args.policy)
        token = _read_text(Path(args.token_file), "token-file").strip() if args.token_file else None
    except (EcoregError, OSError) as exc:
        print(json.dumps(error_document(exc), ensure_ascii=False))
        return 2
    app = create_app(book=book, token=token, max_body=args.max_body, timeout=args.timeout)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _utf8_output()
    parser = argparse.ArgumentParser(prog="ecoreg", description=__doc__.splitlines()[0])
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
    serve.add_argument("--policy", help="a JSON or TOML policy file with the platform's measures")
    serve.add_argument(
        "--host", default="127.0.0.1", help="HTTP: the address (loopback by default)"
    )
    serve.add_argument("--port", type=int, default=8000, help="HTTP: the port")
    serve.add_argument("--token-file", help="HTTP: require the bearer token in this file")
    serve.add_argument("--max-body", type=int, default=8 * 1024 * 1024, help="HTTP: body limit")
    serve.add_argument("--timeout", type=float, default=10.0, help="HTTP: seconds per decision")
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
