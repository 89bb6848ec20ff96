"""The HTTP edge (optional extra ``ecoreg[server]``): the JSON edge over HTTP, on FastAPI.

``POST /v1/decide/{rule}`` takes the same request documents as ``ecoreg decide`` and
answers the same decision documents; bad input gets 422 with the error document
(413 for a body over the size limit, 401 without the bearer token when one is
required, 503 when a decision runs past the time limit): never a traceback. ``GET
/v1/openapi.json`` publishes ecoreg's own schemas, ``GET /v1/jurisdictions`` the
jurisdictions of the policy book, ``GET /healthz`` liveness. Started by ``ecoreg
serve --host 127.0.0.1 --port 8000`` (loopback unless told otherwise); the command
line reads the token file and the policy file, this module reads nothing.

FastAPI was chosen over Litestar because it builds on pydantic, which ecoreg
already depends on, and on Starlette, whose test client the tests use; uvicorn is
the ASGI server both document.
"""

from __future__ import annotations

import asyncio
import hmac
import threading
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

import ecoreg
from ecoreg import _ops, edge
from ecoreg._batch import answer_item, batch_items, shape, timed_out_item
from ecoreg._openapi import openapi_document
from ecoreg.core._boundary import check_public
from ecoreg.exceptions import EcoregError, InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from starlette.types import ASGIApp, Message, Receive, Scope, Send

    from ecoreg.core._policy import PolicyBook

__all__ = ["DecisionTimeoutError", "app_from_env", "create_app", "openapi_document"]


class DecisionTimeoutError(EcoregError):
    """A decision ran past the service's time limit: answered 503 with its error document.

    Not an input error: the same request may succeed on a less busy service, or split.
    """

    def __init__(self, timeout: float) -> None:
        self.field: str = "request"
        self.value: object = None
        self.allowed: str = f"a decision that takes under {timeout} s"
        super().__init__(
            f"request: the decision ran past the time limit of {timeout} s; "
            "retry later, or send fewer items or data"
        )


def _error(status: int, exc: Exception, headers: Mapping[str, str] | None = None) -> Response:
    """The error document of ``exc``, answered with ``status`` (which the document names)."""
    return JSONResponse(
        edge.error_document(exc, status=status), status_code=status, headers=headers
    )


async def _body(request: Request, max_body: int) -> bytes | Response:
    """The request body, or a 413 answer as soon as it passes ``max_body`` bytes."""
    too_big = _error(
        413,
        InvalidInputError(field="request", value="the body", allowed=f"at most {max_body} bytes"),
    )
    declared = request.headers.get("content-length")
    if declared is not None and _over(declared, max_body):
        return too_big
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_body:
            return too_big
    return body


def _over(declared: str, max_body: int) -> bool:
    """Whether a Content-Length header declares more than ``max_body`` bytes.

    Only ASCII digits count (``"²".isdigit()`` is true, and ``int`` refuses it), and a number
    longer than the limit's is over it without being converted (``int`` refuses more than
    4300 digits). Any other header is left to the body's own count.

    Examples:
        >>> _over("9" * 5000, 100), _over("²", 100), _over("100", 100), _over("101", 100)
        (True, False, False, True)
    """
    digits = declared.strip()
    if not (digits.isascii() and digits.isdigit()):
        return False
    digits = digits.lstrip("0") or "0"
    return len(digits) > len(str(max_body)) or int(digits) > max_body


def _unauthorized(request: Request, token: str | None) -> Response | None:
    """A 401 answer (with ``WWW-Authenticate: Bearer``) when a required token is missing.

    The header and the token are compared as bytes: `hmac.compare_digest` refuses text with
    a character outside ASCII, which any client may send (headers are read as Latin-1).
    """
    if token is None or request.url.path == "/healthz":
        return None
    given = request.headers.get("authorization", "").encode("latin-1", "replace")
    if hmac.compare_digest(given, b"Bearer " + token.encode("utf-8", "surrogatepass")):
        return None
    return _error(
        401,
        InvalidInputError(
            field="authorization", value=None, allowed="Authorization: Bearer <token>"
        ),
        headers={"WWW-Authenticate": 'Bearer realm="ecoreg"'},
    )


def _json(text: str, status: int = 200) -> Response:
    return Response(content=text, status_code=status, media_type="application/json")


async def _answer(rule: str, body: bytes, book: PolicyBook, timeout: float) -> Response:  # noqa: ASYNC109 - a server setting, enforced with asyncio.wait_for
    """The decision document (200), or the error document with its status.

    422 for a problem of the request, 500 for an internal error, 503 past the time limit.
    """
    try:
        answer = await asyncio.wait_for(
            asyncio.to_thread(edge.decide, rule, body, book=book), timeout
        )
    except TimeoutError:
        return _error(503, DecisionTimeoutError(timeout))
    return _json(answer, edge.http_status(answer))


async def _batch(
    body: bytes,
    book: PolicyBook,
    timeout: float,  # noqa: ASYNC109 - a server setting, enforced with asyncio.wait_for
    metrics: _ops.Metrics,
) -> tuple[Response, int]:
    """The answers to a batch (200), or the error document (422) for a malformed batch.

    Each item is decided in turn; the time limit covers the whole batch, and an item not
    decided within it is answered with the time-limit error document (the items before
    it keep their results). Returns the response and the number of items.
    """
    try:
        data = edge.parse_request(body)
        if not isinstance(data, dict) or set(data) != {"requests"}:
            raise InvalidInputError(
                field="request",
                value=shape(data),
                allowed='a JSON object {"requests": [...]}, each request with its rule',
            )
        items = batch_items(data["requests"], field="requests")
    except EcoregError as exc:
        return _error(422, exc), 0
    # The items are decided in turn in one worker thread (a thread hop per item cost a tenth of
    # a batch's time); past the time limit the thread stops before its next item, and the
    # items not decided by then are answered with the time-limit error document.
    decided: list[tuple[str, bool]] = []
    stop = threading.Event()

    def decide_all() -> None:
        for item in items:
            if stop.is_set():
                return
            decided.append(answer_item(item, book))

    try:
        await asyncio.wait_for(asyncio.to_thread(decide_all), timeout)
    except TimeoutError:
        stop.set()
    answered = list(decided)  # as far as the thread had got: an item it is still on times out
    answers: list[str] = []
    for i, item in enumerate(items):
        rule = item.get("rule") if isinstance(item, dict) else None
        label = rule if isinstance(rule, str) and rule in edge.RULES else ""
        if i < len(answered):
            text, ok = answered[i]
        else:
            text, ok = timed_out_item(item, DecisionTimeoutError(timeout), 503), False
        metrics.observe_item(label, "result" if ok else "error")
        answers.append(text)
    return _json('{"results":[' + ",".join(answers) + "]}"), len(items)


_PLAIN_ROUTES = frozenset(
    ("/healthz", "/metrics", "/v1/batch", "/v1/jurisdictions", "/v1/openapi.json", "/v1/version")
)
_DECIDE = "/v1/decide/"


def _route(path: str) -> tuple[str, str]:
    """The route (its template, ``other`` for no route) and the rule (``""`` for none) of a path.

    Examples:
        >>> _route("/v1/decide/fine"), _route("/v1/decide/nope"), _route("/x")
        (('/v1/decide/{rule}', 'fine'), ('/v1/decide/{rule}', ''), ('other', ''))
    """
    if path in _PLAIN_ROUTES:
        return path, ""
    if path.startswith(_DECIDE) and "/" not in path[len(_DECIDE) :]:
        rule = path[len(_DECIDE) :]
        return "/v1/decide/{rule}", rule if rule in edge.RULES else ""
    return "other", ""


class _Guard:
    """ASGI middleware: the bearer token, and a 500 error document for any exception.

    401 without the token; an exception the application lets through is answered with the
    error document of an internal error (never a traceback to the client). Plain ASGI rather than Starlette's ``BaseHTTPMiddleware``, which runs every request in a
    task group and a stream of its own.
    """

    def __init__(self, app: ASGIApp, *, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = _unauthorized(Request(scope), self.token)
        if refused is not None:
            await refused(scope, receive, send)
            return
        started = False

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched_send)
        except Exception as exc:
            if started:  # the answer has begun: it cannot become an error document
                raise
            await _error(500, exc)(scope, receive, send)


class _Operations:
    """ASGI middleware: request ids, version headers, the access log and the metrics.

    Outermost of the application's middleware, so it sees every answer (401s included),
    counts the bytes that really travel, and times the whole request.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        log: _ops.AccessLog,
        metrics: _ops.Metrics,
        headers: Sequence[tuple[bytes, bytes]],
    ) -> None:
        self.app = app
        self.log = log
        self.metrics = metrics
        self.headers = tuple(headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = _ops.monotonic()
        given = dict(scope.get("headers", ())).get(b"x-request-id")
        ident = _ops.request_id(None if given is None else given.decode("latin-1"))
        seen = {"in": 0, "out": 0, "status": 500}
        scope.setdefault("state", {})["ecoreg_items"] = None
        extra = ((b"x-request-id", ident.encode("ascii")), *self.headers)

        async def counted_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                seen["in"] += len(message.get("body", b""))
            return message

        async def stamped_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = int(message["status"])
                message = {**message, "headers": [*message.get("headers", ()), *extra]}
            elif message["type"] == "http.response.body":
                seen["out"] += len(message.get("body", b""))
            await send(message)

        self.metrics.in_flight += 1
        try:
            await self.app(scope, counted_receive, stamped_send)
        finally:
            self.metrics.in_flight -= 1
            seconds = _ops.monotonic() - start
            path = str(scope.get("path", ""))
            route, rule = _route(path)
            self.metrics.observe(route, rule, seen["status"], seconds)
            entry: dict[str, Any] = {
                "request_id": ident,
                "method": str(scope.get("method", "")),
                "path": path if route != "other" else None,
                "route": route,
                "rule": rule or None,
                "status": seen["status"],
                "duration_ms": round(seconds * 1000, 3),
                "bytes_in": seen["in"],
                "bytes_out": seen["out"],
            }
            items = scope["state"].get("ecoreg_items")
            if items is not None:
                entry["items"] = items
            self.log.write(entry)


def create_app(  # noqa: C901 - the settings' checks, then one handler per route
    *,
    book: PolicyBook | None = None,
    token: str | None = None,
    max_body: int = edge.MAX_REQUEST_BYTES,
    timeout: float = 10.0,
    log: str = "info",
    log_stream: Any = None,
) -> FastAPI:
    """The ASGI application.

    Args:
        book: The policy book (the standard one by default, plus a platform's measures).
        token: The bearer token every request but ``/healthz`` must carry, if any: not
            empty, without white space or control characters.
        max_body: The largest request body accepted, in bytes.
        timeout: The longest a decision (or a batch) may run, in seconds.
        log: The access log's level: ``info`` (every request), ``warning`` (4xx and 5xx),
            ``error`` (5xx) or ``off``.
        log_stream: A text stream for the access log (standard error by default).
    """
    if not 1 <= max_body <= _ops.MAX_BODY_LIMIT:
        raise InvalidInputError(
            field="max_body",
            value=max_body,
            allowed=f"a byte count from 1 to {_ops.MAX_BODY_LIMIT}",
        )
    if not 0 < timeout <= _ops.MAX_TIMEOUT:  # NaN and infinities compare false; a huge int too
        raise InvalidInputError(
            field="timeout",
            value=timeout,
            allowed=f"seconds, more than 0 and at most {_ops.MAX_TIMEOUT}",
        )
    if token is not None and not _ops.usable_token(token):
        raise InvalidInputError(
            field="token",
            value="(not shown)",
            allowed="a non-empty token without white space or control characters",
        )
    if log not in _ops.LOG_LEVELS:
        raise InvalidInputError(field="log", value=log, allowed=f"one of {list(_ops.LOG_LEVELS)}")
    app = FastAPI(title="ecoreg", openapi_url=None, docs_url=None, redoc_url=None)
    document = openapi_document()
    policy_book = book or ecoreg.standard_policy_book()
    data = _ops.data_version(book)
    version = {"ecoreg": ecoreg.__version__, "data": data.to_data()}
    metrics = _ops.Metrics(info={"version": ecoreg.__version__, "data_version": data.label})

    app.add_middleware(_Guard, token=token)
    app.add_middleware(
        _Operations,
        log=_ops.AccessLog(level=log, stream=log_stream),
        metrics=metrics,
        headers=(
            (b"x-ecoreg-version", ecoreg.__version__.encode("ascii")),
            (b"x-ecoreg-data-version", data.label.encode("ascii")),
        ),
    )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        allow = (exc.headers or {}).get("Allow")
        if exc.status_code == 405 and allow is not None:
            problem = InvalidInputError(
                field="method", value=request.method, allowed=f"one of: {allow}"
            )
        else:
            problem = InvalidInputError(
                field="path",
                value=str(exc.detail),
                allowed="a path and method of /v1/openapi.json",
            )
        return _error(exc.status_code, problem, headers=exc.headers)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": ecoreg.__version__}

    @app.get("/v1/version")
    async def versions() -> dict[str, Any]:
        return version

    @app.get("/metrics")
    async def prometheus() -> Response:
        return Response(content=metrics.render(), media_type=_PROMETHEUS)

    @app.get("/v1/openapi.json")
    async def openapi() -> dict[str, Any]:
        return document

    @app.get("/v1/jurisdictions")
    async def jurisdictions() -> list[dict[str, Any]]:
        return [j.to_data() for _, j in sorted(policy_book.jurisdictions.items())]

    @app.post("/v1/decide/{rule}")
    async def decide(rule: str, request: Request) -> Response:
        body = await _body(request, max_body)
        if isinstance(body, Response):
            return body
        return await _answer(rule, body, policy_book, timeout)

    @app.post("/v1/batch")
    async def batch(request: Request) -> Response:
        body = await _body(request, max_body)
        if isinstance(body, Response):
            return body
        response, count = await _batch(body, policy_book, timeout, metrics)
        request.scope["state"]["ecoreg_items"] = count
        return response

    return app


_PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8"


def app_from_env() -> FastAPI:
    """The application configured by environment variables alone (uvicorn's factory).

    ``ecoreg serve --workers N`` starts each worker with ``ecoreg.server:app_from_env``: the
    variables of `ecoreg._ops.ENV` (``ECOREG_TOKEN_FILE``, ``ECOREG_POLICY``,
    ``ECOREG_MAX_BODY``, ``ECOREG_TIMEOUT``, ``ECOREG_LOG``) configure it, as for
    ``uvicorn --factory ecoreg.server:app_from_env`` run by hand.

    Raises:
        InvalidInputError: naming the variable whose value is refused, or the file.
        OSError: for a token or policy file that cannot be read.
    """
    config = _ops.env_settings()
    book, token = _ops.service_inputs(config)
    return create_app(
        book=book, token=token, max_body=config.max_body, timeout=config.timeout, log=config.log
    )


check_public(globals(), ("app_from_env", "create_app", "openapi_document"))
