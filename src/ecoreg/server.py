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
import copy
import functools
import hmac
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

import ecoreg
from ecoreg import edge
from ecoreg.core._boundary import check_public
from ecoreg.exceptions import InvalidInputError
from ecoreg.schemas import SCHEMAS

if TYPE_CHECKING:
    from ecoreg.core._policy import PolicyBook

__all__ = ["create_app", "openapi_document"]

# The schema of each rule's answer and request, where ecoreg publishes one.
_ANSWERS = {
    "deadline": "deadline",
    "payment-deadline": "deadline",
    "leniency": "leniency-decision",
    "fine": "fine-decision",
    "relief": "relief-decision",
    "installment-plan": "installment-plan",
    "surcharge": "surcharge-decision",
    "installment-surcharge": "surcharge-decision",
    "grade": "grading-decision",
    "route-alert": "routed-alert-decision",
}
_REQUESTS = {rule: f"{rule}-request" for rule in edge.RULES}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the service, whose schemas are ecoreg's published ones."""
    return copy.deepcopy(_openapi_document())


@functools.lru_cache(maxsize=1)
def _openapi_document() -> dict[str, Any]:
    """The document, built once (a copy goes to each caller)."""
    errors = {
        code: {
            "description": text,
            "content": {"application/json": {"schema": _ref("error-document")}},
        }
        for code, text in (
            ("401", "a bearer token is required"),
            ("413", "the request body is over the size limit"),
            ("422", "bad input: the error document names the field"),
            ("503", "the decision ran past the time limit"),
        )
    }
    paths: dict[str, Any] = {
        f"/v1/decide/{rule}": {
            "post": {
                "operationId": f"decide_{rule.replace('-', '_')}",
                "summary": f"Decide: {rule}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(_REQUESTS[rule])}},
                },
                "responses": {
                    "200": {
                        "description": "the decision",
                        "content": {
                            "application/json": {
                                "schema": _ref(_ANSWERS[rule])
                                if rule in _ANSWERS
                                else {"type": "object"}
                            }
                        },
                    },
                    **errors,
                },
            }
        }
        for rule in sorted(edge.RULES)
    }
    paths["/healthz"] = {
        "get": {"operationId": "healthz", "responses": {"200": {"description": "alive"}}}
    }
    paths["/v1/jurisdictions"] = {
        "get": {
            "operationId": "jurisdictions",
            "responses": {"200": {"description": "the jurisdictions of the policy book"}},
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "ecoreg", "version": ecoreg.__version__},
        "paths": paths,
        "components": {"schemas": {name: generate() for name, generate in SCHEMAS.items()}},
    }


def _error(status: int, exc: Exception) -> Response:
    return JSONResponse(edge.error_document(exc), status_code=status)


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
    """A 401 answer when a token is required and the request does not carry it.

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
    )


async def _answer(rule: str, body: bytes, book: PolicyBook, timeout: float) -> Response:  # noqa: ASYNC109 - a server setting, enforced with asyncio.wait_for
    """The decision document (200) or the error document (422, or 503 past the time limit)."""
    try:
        answer = await asyncio.wait_for(
            asyncio.to_thread(edge.decide, rule, body, book=book), timeout
        )
    except TimeoutError:
        return _error(
            503,
            InvalidInputError(
                field="request", value=None, allowed=f"a decision that takes under {timeout} s"
            ),
        )
    status = 422 if answer.startswith('{"error":') else 200
    return Response(content=answer, status_code=status, media_type="application/json")


_MAX_BODY_LIMIT = 1 << 30
"""The largest ``max_body`` a server may set: one GiB."""
_MAX_TIMEOUT = 3600
"""The longest ``timeout`` a server may set: an hour."""


def create_app(  # noqa: C901 - the settings' checks, then one handler per route
    *,
    book: PolicyBook | None = None,
    token: str | None = None,
    max_body: int = edge.MAX_REQUEST_BYTES,
    timeout: float = 10.0,
) -> FastAPI:
    """The ASGI application.

    Args:
        book: The policy book (the standard one by default, plus a platform's measures).
        token: The bearer token every request must carry, if any.
        max_body: The largest request body accepted, in bytes.
        timeout: The longest a decision may run, in seconds.
    """
    if not 1 <= max_body <= _MAX_BODY_LIMIT:
        raise InvalidInputError(
            field="max_body", value=max_body, allowed=f"a byte count from 1 to {_MAX_BODY_LIMIT}"
        )
    if not 0 < timeout <= _MAX_TIMEOUT:  # NaN and infinities compare false; a huge int too
        raise InvalidInputError(
            field="timeout",
            value=timeout,
            allowed=f"seconds, more than 0 and at most {_MAX_TIMEOUT}",
        )
    app = FastAPI(title="ecoreg", openapi_url=None, docs_url=None, redoc_url=None)
    document = openapi_document()
    policy_book = book or ecoreg.standard_policy_book()

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        refused = _unauthorized(request, token)
        if refused is not None:
            return refused
        try:
            response: Response = await call_next(request)
        except Exception as exc:  # noqa: BLE001 - never a traceback to the client
            return _error(500, exc)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        del request
        return _error(
            exc.status_code,
            InvalidInputError(
                field="path", value=str(exc.detail), allowed="a path and method of /v1/openapi.json"
            ),
        )

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": ecoreg.__version__}

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

    return app


check_public(globals(), ("create_app", "openapi_document"))
