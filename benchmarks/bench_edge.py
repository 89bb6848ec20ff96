"""The JSON edge under load: the HTTP service on loopback, its batch endpoint, and stdio.

The request mix is a platform's: every rule of the edge, from the example requests in
``examples/requests/`` (a fine, a deadline, a grading, alert routing, an installment plan …),
fines made distinct by their proposed amount, in a fixed shuffled order. Every answer is
checked to be the one the in-process call gives for its own request, so none is lost or
swapped. The baseline is the same decisions computed in-process (``ecoreg.edge.decide``), in
the same run.

* ``http``: single decisions, `CONNECTIONS` concurrent clients against ``ecoreg serve
  --workers`` `WORKERS` (access log off), throughput with p50 and p99 latency;
* ``http-batch``: the same requests as batches of `BATCH` on ``POST /v1/batch``;
* ``stdio``: JSON Lines over ``ecoreg serve --stdio``.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
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
CONNECTIONS = 32
WORKERS = 2
BATCH = 100
EXAMPLES = Path(__file__).parent.parent / "examples" / "requests"


def _mix() -> list[tuple[str, str]]:
    """(rule, body) pairs: the example of every rule, fines half the mix, shuffled."""
    examples = {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(EXAMPLES.glob("*.json"))}
    rules = sorted(examples)
    out = []
    for i in range(REQUESTS):
        rule = "fine" if i % 2 == 0 else rules[(i // 2) % len(rules)]
        request = examples[rule]
        if rule == "fine":  # each fine differs, so an answer can only match its own request
            request = {**request, "input": {**request["input"], "proposed": str(50_000 + i)}}
        out.append((rule, json.dumps(request, ensure_ascii=False)))
    random.Random(24).shuffle(out)
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Service:
    """``ecoreg serve`` in its own processes, as in production (the client has its own GIL)."""

    def __init__(self, workers: int) -> None:
        self.port = _free_port()
        env = {**os.environ, "ECOREG_LOG": "off"}
        self.process = subprocess.Popen(  # noqa: S603 - ecoreg's own command line
            [
                *(sys.executable, "-m", "ecoreg", "serve", "--host", "127.0.0.1"),
                *("--port", str(self.port), "--workers", str(workers)),
            ],
            env=env,
        )
        for _ in range(400):
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1)
            except httpx.TransportError:
                time.sleep(0.05)
            else:
                return
        self.close()
        raise SystemExit("the HTTP service did not start")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


async def _load(
    port: int, calls: list[tuple[str, str]], connections: int
) -> tuple[list[float], list[str]]:
    """POST each (path, body) with ``connections`` clients; latencies and answers in order."""
    latencies: list[float] = [0.0] * len(calls)
    answers: list[str] = [""] * len(calls)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(len(calls)):
        queue.put_nowait(i)
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}", timeout=60, limits=limits
    ) as client:

        async def worker() -> None:
            while not queue.empty():
                i = queue.get_nowait()
                path, body = calls[i]
                started = time.perf_counter()
                response = await client.post(path, content=body)
                latencies[i] = time.perf_counter() - started
                answers[i] = response.text

        await asyncio.gather(*(worker() for _ in range(connections)))
    return latencies, answers


def _in_process(mix: list[tuple[str, str]]) -> tuple[list[str], float]:
    expected = [edge.decide(rule, body) for rule, body in mix]
    return expected, best_of(1, lambda: [edge.decide(rule, body) for rule, body in mix])


def run_http() -> Result:
    """Single decisions per second over HTTP, with p50/p99 latency, against in-process calls."""
    mix = _mix()
    expected, in_process = _in_process(mix)
    service = _Service(WORKERS)
    try:
        calls = [(f"/v1/decide/{rule}", body) for rule, body in mix]
        asyncio.run(_load(service.port, calls[:200], CONNECTIONS))  # warm both workers
        started = time.perf_counter()
        latencies, answers = asyncio.run(_load(service.port, calls, CONNECTIONS))
        seconds = time.perf_counter() - started
    finally:
        service.close()
    lost = sum(1 for a, e in zip(answers, expected, strict=True) if a != e)
    if lost:
        raise SystemExit(f"{lost} answers lost or not matching their request")
    ordered = sorted(latencies)
    print(
        f"http: {len(mix):,} requests of {len({r for r, _ in mix})} rules, {CONNECTIONS} "
        f"connections, {WORKERS} workers: p50 {statistics.median(ordered) * 1000:.1f} ms, "
        f"p99 {ordered[int(0.99 * len(ordered)) - 1] * 1000:.1f} ms, 0 lost",
        flush=True,
    )
    return Result("http decide, a mix of every rule", len(mix), seconds, "in-process", in_process)


def run_http_batch() -> Result:
    """Decisions per second in batches of `BATCH` over HTTP, against in-process calls."""
    mix = _mix()
    expected, in_process = _in_process(mix)
    batches = [mix[i : i + BATCH] for i in range(0, len(mix), BATCH)]
    bodies = [
        json.dumps(
            {"requests": [{"id": j, "rule": r, **json.loads(b)} for j, (r, b) in enumerate(part)]}
        )
        for part in batches
    ]
    service = _Service(WORKERS)
    try:
        asyncio.run(_load(service.port, [("/v1/batch", bodies[0])] * 4, WORKERS))
        started = time.perf_counter()
        _, answers = asyncio.run(_load(service.port, [("/v1/batch", b) for b in bodies], WORKERS))
        seconds = time.perf_counter() - started
    finally:
        service.close()
    got = [
        json.dumps(item["result"], ensure_ascii=False, separators=(",", ":"))
        for answer in answers
        for item in json.loads(answer)["results"]
    ]
    lost = sum(1 for a, e in zip(got, expected, strict=True) if a != e) + abs(len(got) - len(mix))
    if lost:
        raise SystemExit(f"{lost} batch answers lost or not matching their request")
    print(f"http-batch: {len(batches)} batches of {BATCH}, {WORKERS} connections, 0 lost")
    return Result(
        f"http batch of {BATCH}, a mix of every rule", len(mix), seconds, "in-process", in_process
    )


def run_stdio() -> Result:
    """JSON Lines throughput over ``ecoreg serve --stdio``, against in-process calls."""
    mix = _mix()
    expected, in_process = _in_process(mix)
    lines = [json.dumps({"id": i, "rule": r, **json.loads(b)}) for i, (r, b) in enumerate(mix)]
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "ecoreg", "serve", "--stdio"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    seconds = time.perf_counter() - started
    answers = [json.loads(line) for line in out]
    if [a["id"] for a in answers] != list(range(len(mix))) or any(
        json.dumps(a["result"], ensure_ascii=False, separators=(",", ":")) != e
        for a, e in zip(answers, expected, strict=True)
    ):
        raise SystemExit("JSON Lines answers lost, out of order or not matching their request")
    return Result(
        "stdio JSON Lines, a mix of every rule", len(mix), seconds, "in-process", in_process
    )
