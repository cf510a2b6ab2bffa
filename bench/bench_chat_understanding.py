"""The built-in coach's latency over HTTP on the conversation suite's messages, encoder included.

Run from the repository root:  .venv/bin/python bench/bench_chat_understanding.py

Starts a real server (`python -m app.main`, SQLite), gives the person a plan, lets the start-up
warming (intent exemplars, knowledge sentences) finish, then sends every message of the suite
that does not rewrite the plan, each once, so every reply pays for encoding its message: no
reply is served from the encoder's cache. Reports p50/p95 per kind and overall, the first
streamed event on other unseen messages, and `/health` as the same run's baseline.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx2 as httpx
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_api import PROFILE, report, start_server, timed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "backend" / "tests" / "coach" / "suite" / "conversations.yaml"
REWRITES = {"change"}
"""Kinds left out: a new plan per message measures the planner, not the coach."""
WARM_UP_LIMIT_S = 300
IDLE_CPU_SHARE = 0.05


def cpu_seconds(pid: int) -> float:
    """CPU time the process has used so far (user + system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_until_idle(pid: int) -> float:
    """Wait for the start-up warming to finish (the server idle for a second); seconds waited."""
    started = time.perf_counter()
    while time.perf_counter() - started < WARM_UP_LIMIT_S:
        before = cpu_seconds(pid)
        time.sleep(1)
        if cpu_seconds(pid) - before < IDLE_CPU_SHARE:
            break
    return time.perf_counter() - started


def first_event_ms(client: httpx.Client, message: str) -> float:
    """Milliseconds from sending `message` to the first Server-Sent Event."""
    started = time.perf_counter()
    with client.stream("POST", "/api/v1/chat/stream", json={"message": message}) as response:
        for line in response.iter_lines():
            if line.startswith("event:"):
                return (time.perf_counter() - started) * 1000
    return float("nan")


def main() -> None:
    """Measure every kind of message against one warmed server."""
    workdir = Path(tempfile.mkdtemp(prefix="coachx-bench-chat-"))
    port = 19_000 + os.getpid() % 1000
    process, _ = start_server(workdir, port)
    try:
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
        body = client.post("/api/v1/users", json=PROFILE | {"email": "chat@bench.dev"}).json()
        client.headers["Authorization"] = f"Bearer {body['access_token']}"
        client.post("/api/v1/plans", json={"duration_weeks": 8})
        print(f"start-up warming done after {wait_until_idle(process.pid):.0f} s")
        baseline = statistics.median(timed(lambda: client.get("/health"), 200))
        cases = [c for c in yaml.safe_load(SUITE.read_text()) if c["kind"] not in REWRITES]
        by_kind: dict[str, list[float]] = {}
        for case in cases[::2]:
            started = time.perf_counter()
            client.post("/api/v1/chat/messages", json={"message": case["say"]})
            by_kind.setdefault(case["kind"], []).append((time.perf_counter() - started) * 1000)
        print("| measurement | p50 ms | p95 ms | vs /health |\n|---|---|---|---|")
        report("GET /health (baseline)", [baseline], baseline)
        for kind, samples in sorted(by_kind.items()):
            report(f"POST /chat/messages, {kind} ({len(samples)} messages)", samples, baseline)
        report("POST /chat/messages, all", [s for v in by_kind.values() for s in v], baseline)
        streamed = [first_event_ms(client, case["say"]) for case in cases[1::2]]
        report(f"POST /chat/stream first event ({len(streamed)} messages)", streamed, baseline)
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
