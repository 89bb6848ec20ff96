"""The JSON edge under load: the HTTP service on loopback, and JSON Lines over stdio.

The HTTP service (uvicorn, one worker, loopback) answers a fixed number of fine
decisions sent by concurrent clients; every answer is checked to be the one the
in-process call gives, for its own request, so none is lost or swapped. The
baseline is the same decisions computed in-process (``ecoreg.edge.decide``), in
the same run. JSON Lines over ``ecoreg serve --stdio`` is timed the same way.
"""

from __future__ import annotations

import asyncio
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from benchmarks._harness import Result, best_of
from ecoreg import edge

REQUESTS = 2_000
CONCURRENCY = 16
REQUEST = json.loads(
    (Path(__file__).parent.parent / "examples" / "requests" / "fine.json").read_text()
)


def _requests() -> list[str]:
    # Each request differs (its proposed amount), so an answer can only match its own request.
    return [
        json.dumps({**REQUEST, "input": {**REQUEST["input"], "proposed": str(50_000 + i)}})
        for i in range(REQUESTS)
    ]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _load(port: int, bodies: list[str]) -> tuple[list[float], list[str]]:
    latencies: list[float] = [0.0] * len(bodies)
    answers: list[str] = [""] * len(bodies)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(len(bodies)):
        queue.put_nowait(i)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:

        async def worker() -> None:
            while not queue.empty():
                i = queue.get_nowait()
                started = time.perf_counter()
                response = await client.post("/v1/decide/fine", content=bodies[i])
                latencies[i] = time.perf_counter() - started
                answers[i] = response.text

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return latencies, answers


def run_http() -> Result:
    """Decisions per second over HTTP, with p50/p99 latency, against in-process calls."""
    bodies = _requests()
    expected = [edge.decide("fine", b) for b in bodies]
    port = _free_port()
    # The service runs in its own process, as in production: the client does not share its GIL.
    server = subprocess.Popen(  # noqa: S603 - ecoreg's own command line on fixed arguments
        [sys.executable, "-m", "ecoreg", "serve", "--host", "127.0.0.1", "--port", str(port)]
    )
    try:
        for _ in range(200):
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise SystemExit("the HTTP service did not start")
        started = time.perf_counter()
        latencies, answers = asyncio.run(_load(port, bodies))
        seconds = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    lost = sum(1 for a, e in zip(answers, expected, strict=True) if a != e)
    if lost:
        raise SystemExit(f"{lost} answers lost or not matching their request")
    in_process = best_of(1, lambda: [edge.decide("fine", b) for b in bodies])
    ordered = sorted(latencies)
    print(
        f"http: p50 {statistics.median(ordered) * 1000:.1f} ms, "
        f"p99 {ordered[int(0.99 * len(ordered)) - 1] * 1000:.1f} ms, "
        f"{CONCURRENCY} concurrent clients, 0 lost",
        flush=True,
    )
    return Result("http decide fine (loopback)", REQUESTS, seconds, "in-process decide", in_process)


def run_stdio() -> Result:
    """JSON Lines throughput over ``ecoreg serve --stdio``, against in-process calls."""
    bodies = _requests()
    lines = [json.dumps({"id": i, "rule": "fine", **json.loads(b)}) for i, b in enumerate(bodies)]
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "ecoreg", "serve", "--stdio"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    seconds = time.perf_counter() - started
    ids = [json.loads(line)["id"] for line in out]
    if ids != list(range(REQUESTS)):
        raise SystemExit("JSON Lines answers lost or out of order")
    in_process = best_of(1, lambda: [edge.decide("fine", b) for b in bodies])
    return Result("stdio JSON Lines fine", REQUESTS, seconds, "in-process decide", in_process)
