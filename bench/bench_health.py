"""`GET /health` requests per second: CoachX against the seed's bare app, in the same run.

Run from the repository root:  .venv/bin/python bench/bench_health.py [rounds]

Both servers run the same way, one uvicorn process each on 127.0.0.1 with logs at INFO sent to
/dev/null (the seed keeps uvicorn's access log; CoachX writes its own access line instead), and
are measured in alternating rounds with `wrk` (Debian's `wrk` package: one thread, 32
connections, 5 s per round after a 1 s warm-up) so that the machine's background load falls on
both alike. Prints each round and the medians; the ratio is CoachX's median over the seed's.
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
from pathlib import Path

import httpx2 as httpx

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(name: str, workdir: Path) -> Iterator[str]:
    """Start the seed app or CoachX; yield the URL of its /health once it answers."""
    port = _port()
    env = os.environ | {"HOST": "127.0.0.1", "PORT": str(port), "DEBUG": "false"}
    if name == "seed":
        command = [PYTHON, "-m", "uvicorn", "seed_app:app", "--port", str(port)]
        cwd, env["PYTHONPATH"] = ROOT / "bench" / "seed", str(ROOT / "bench" / "seed")
    else:
        command = [PYTHON, "-m", "app.main"]
        cwd, env["PYTHONPATH"] = workdir, str(ROOT / "backend")
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
        time.sleep(3)  # let start-up work (knowledge vectors) settle before measuring
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def requests_per_second(url: str) -> float:
    """One wrk round against `url`."""
    subprocess.run(["wrk", "-t1", "-c32", "-d1s", url], capture_output=True, check=True)
    ran = subprocess.run(
        ["wrk", "-t1", "-c32", "-d5s", url], capture_output=True, text=True, check=True
    )
    match = re.search(r"Requests/sec:\s+([\d.]+)", ran.stdout)
    assert match, ran.stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", ran.stdout)
    assert errors is None, ran.stdout
    return float(match.group(1))


def main(rounds: int) -> None:
    """Alternate the two servers `rounds` times and print the medians and their ratio."""
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    results: dict[str, list[float]] = {"seed": [], "coachx": []}
    with tempfile.TemporaryDirectory() as scratch:
        with serving("seed", Path(scratch)) as seed, serving("coachx", Path(scratch)) as coachx:
            for round_number in range(rounds):
                for name, url in (("seed", seed), ("coachx", coachx)):
                    results[name].append(requests_per_second(url))
                print(f"round {round_number + 1}: seed {results['seed'][-1]:.0f} req/s, "
                      f"coachx {results['coachx'][-1]:.0f} req/s")
    seed_median = statistics.median(results["seed"])
    coachx_median = statistics.median(results["coachx"])
    print(f"median: seed {seed_median:.0f} req/s, coachx {coachx_median:.0f} req/s, "
          f"ratio {coachx_median / seed_median:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
