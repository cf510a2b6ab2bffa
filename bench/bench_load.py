"""A real load test: locust, headless, a mixed workload on PostgreSQL with 1, 2 and 4 workers.

Run from the repository root:  .venv/bin/python bench/bench_load.py [seconds] [users]

Needs PostgreSQL at 127.0.0.1 (user postgres; the database `coachx_load` is dropped and made
afresh for each run) and uses Redis at 127.0.0.1:6379 when one answers (under a random key
prefix, removed afterwards), as a deployment with several workers would. The sign-up, plan and
chat caps are raised for the run: every simulated person comes from 127.0.0.1. Prints, per
worker count, the requests per second, the failures and the p50/p95 of all requests.
"""

import csv
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx2 as httpx

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
DATABASE = "coachx_load"


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fresh_database() -> str:
    """Drop and create the load-test database; return its URL."""
    for statement in (f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)", f"CREATE DATABASE {DATABASE}"):
        subprocess.run(["psql", ADMIN_URL, "-qc", statement], check=True, capture_output=True)
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{DATABASE}"


def _redis_url() -> str | None:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return "redis://127.0.0.1:6379/0"
    except OSError:
        return None


def _tree_cpu_seconds(pid: int) -> float:
    """CPU seconds used by a process and its children (the workers), from /proc."""
    total, ticks = 0.0, os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    for each in [pid, *map(int, children)]:
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _wait_until_idle(pid: int) -> None:
    """Wait until the server's start-up work stops using CPU, up to 180 s."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        before = _tree_cpu_seconds(pid)
        time.sleep(1)
        if _tree_cpu_seconds(pid) - before < 0.1:
            return


def run(workers: int, seconds: int, users: int, workdir: Path, prefix: str) -> dict[str, str]:
    """Serve with `workers` processes, run locust against it, return its aggregated row."""
    port = _port()
    env = os.environ | {
        "PYTHONPATH": str(ROOT / "backend"),
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        "WORKERS": str(workers),
        "DATABASE_URL": _fresh_database(),
        "SECRET_KEY": "load-secret-key-Qw8-Zt3-Lp9-Xc2-Vb7-Nm4-Rk6",
        "SIGNUP_RATE_LIMIT_PER_HOUR": "1000000",
        "PLAN_RATE_LIMIT_PER_HOUR": "1000000",
        "CHAT_RATE_LIMIT_PER_MINUTE": "1000000",
        "REDIS_KEY_PREFIX": prefix,
    }
    if redis := _redis_url():
        env["REDIS_URL"] = redis
    server = subprocess.Popen(
        [PYTHON, "-m", "app.main"], cwd=workdir, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health/ready", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        _wait_until_idle(server.pid)  # every worker indexes the knowledge base at start
        stats = workdir / f"w{workers}"
        subprocess.run(
            [PYTHON, "-m", "locust", "-f", str(ROOT / "bench" / "load" / "locustfile.py"),
             "--headless", "--host", base, "-u", str(users), "-r", str(max(1, users // 4)),
             "-t", f"{seconds}s", "--csv", str(stats), "--only-summary"],
            check=False, capture_output=True,
        )
        with open(f"{stats}_failures.csv", newline="") as table:
            for failure in csv.DictReader(table):
                print(f"  failed: {failure['Method']} {failure['Name']} x{failure['Occurrences']}: "
                      f"{failure['Error'][:120]}")
        with open(f"{stats}_stats.csv", newline="") as table:
            return next(row for row in csv.DictReader(table) if row["Name"] == "Aggregated")
    finally:
        server.terminate()
        server.wait(timeout=60)


def main(seconds: int, users: int) -> None:
    """Run 1, 2 and 4 workers and print one line each."""
    prefix = f"coachx-load-{secrets.token_hex(4)}"
    with tempfile.TemporaryDirectory() as scratch:
        for workers in [int(w) for w in os.environ.get('LOAD_WORKERS', '1,2,4').split(',')]:
            row = run(workers, seconds, users, Path(scratch), prefix)
            print(
                f"{workers} worker(s): {float(row['Requests/s']):.0f} req/s, "
                f"{row['Request Count']} requests, {row['Failure Count']} failures, "
                f"p50 {row['50%']} ms, p95 {row['95%']} ms"
            )
    if _redis_url():
        subprocess.run(["redis-cli", "--scan", "--pattern", f"{prefix}*"], capture_output=True)
        keys = subprocess.run(
            ["redis-cli", "--scan", "--pattern", f"{prefix}*"], capture_output=True, text=True
        ).stdout.split()
        if keys:
            subprocess.run(["redis-cli", "del", *keys], capture_output=True)


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    main(*(arguments + [30, 20][len(arguments):]))
