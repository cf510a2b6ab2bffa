"""`GET /health` requests per second: CoachX against the seed's bare app, in the same run.

Run from the repository root:  .venv/bin/python bench/bench_health.py [rounds]

Both servers run the same way, one uvicorn process each on 127.0.0.1 with logs at INFO sent to
/dev/null (the seed keeps uvicorn's access log; CoachX writes its own access line instead), and
are measured in alternating rounds with `wrk` (Debian's `wrk` package: one thread, 32
connections, 5 s per round after a 1 s warm-up) so that the machine's background load falls on
both alike. Besides requests per second, each round reads the server process's own CPU time
(user + system, from /proc) and divides it by the requests `wrk` completed: CPU microseconds per
request hardly depend on what else the machine is doing, so on a busy machine they are the
steadier comparison. Prints each round and the medians; ratios are CoachX's over the seed's.
`COACHX_BACKEND=/path/to/other/backend` measures another checkout (e.g. before a change).
"""

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx2 as httpx

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Round:
    """One wrk round: throughput and the server's CPU time per request."""

    requests_per_s: float
    cpu_us_per_request: float


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_until_idle(pid: int) -> None:
    """Wait until start-up work (knowledge vectors on a thread) stops using CPU, up to 120 s."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        before = _cpu_seconds(pid)
        time.sleep(1)
        if _cpu_seconds(pid) - before < 0.05:
            return


@contextmanager
def serving(name: str, workdir: Path) -> Iterator[tuple[str, int]]:
    """Start the seed app or CoachX; yield the URL of its /health once it answers."""
    port = _port()
    env = os.environ | {"HOST": "127.0.0.1", "PORT": str(port), "DEBUG": "false"}
    if name == "seed":
        command = [PYTHON, "-m", "uvicorn", "seed_app:app", "--port", str(port)]
        cwd, env["PYTHONPATH"] = ROOT / "bench" / "seed", str(ROOT / "bench" / "seed")
    else:
        command = [PYTHON, "-m", "app.main"]
        cwd, env["PYTHONPATH"] = workdir, os.environ.get("COACHX_BACKEND", str(ROOT / "backend"))
        env |= {
            "DATABASE_URL": f"sqlite:///{workdir / 'bench.db'}",
            "SECRET_KEY": "bench-secret-key-f8Q2-zR7t-Lw3X-9mKp-Vb6N",
        }
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}/health"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(url, timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        _wait_until_idle(process.pid)
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


def measure(url: str, pid: int) -> Round:
    """One wrk round against `url`, served by process `pid`."""
    subprocess.run(["wrk", "-t1", "-c32", "-d1s", url], capture_output=True, check=True)
    cpu_before = _cpu_seconds(pid)
    ran = subprocess.run(
        ["wrk", "-t1", "-c32", "-d5s", url], capture_output=True, text=True, check=True
    )
    cpu = _cpu_seconds(pid) - cpu_before
    rate = re.search(r"Requests/sec:\s+([\d.]+)", ran.stdout)
    total = re.search(r"(\d+) requests in", ran.stdout)
    assert rate and total, ran.stdout
    assert "Non-2xx" not in ran.stdout and "Socket errors" not in ran.stdout, ran.stdout
    return Round(float(rate.group(1)), cpu / int(total.group(1)) * 1e6)


def main(rounds: int) -> None:
    """Alternate the two servers `rounds` times and print the medians and their ratios."""
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    results: dict[str, list[Round]] = {"seed": [], "coachx": []}
    with tempfile.TemporaryDirectory() as scratch:
        with serving("seed", Path(scratch)) as seed, serving("coachx", Path(scratch)) as coachx:
            for number in range(rounds):
                for name, (url, pid) in (("seed", seed), ("coachx", coachx)):
                    results[name].append(measure(url, pid))
                line = ", ".join(
                    f"{name} {r[-1].requests_per_s:.0f} req/s {r[-1].cpu_us_per_request:.0f} us"
                    for name, r in results.items()
                )
                print(f"round {number + 1}: {line}")
    rate = {n: statistics.median(x.requests_per_s for x in r) for n, r in results.items()}
    cpu = {n: statistics.median(x.cpu_us_per_request for x in r) for n, r in results.items()}
    print(
        f"median req/s: seed {rate['seed']:.0f}, coachx {rate['coachx']:.0f}, "
        f"ratio {rate['coachx'] / rate['seed']:.2f}"
    )
    print(
        f"median CPU us/request: seed {cpu['seed']:.0f}, coachx {cpu['coachx']:.0f}, "
        f"throughput ratio at equal CPU {cpu['seed'] / cpu['coachx']:.2f}"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
