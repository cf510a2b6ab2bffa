"""A 16-week, 7-day plan built from the athlete's own numbers, over HTTP, against a baseline.

Run from the repository root:  .venv/bin/python bench/bench_plans_baselines.py

Starts a real server on a fresh SQLite database (see `bench_api.py`), waits until its start-up
work (embedding the knowledge base) is over, then times `GET /health`
(the baseline), `POST /plans` for 16 weeks x 7 days without baselines, and the same for a runner
and a lifter whose baselines (weekly km, a race, lifts) and limitations are stated, with a
dated event. Reports p50/p95 in ms and the ratio to the baseline of the same session.
"""

import os
import statistics
import tempfile
from functools import partial
from pathlib import Path

import httpx2 as httpx
from bench_api import PROFILE, report, start_server, timed, wait_until_idle

RUNS = 100
BASELINES = {
    "weekly_km": 40,
    "longest_run_km": 16,
    "race": {"distance_km": 10, "time_s": 2700},
    "target_race": {"distance_km": 21.0975, "time_s": 6000},
    "lifts": [
        {"lift": "back_squat", "weight_kg": 120, "reps": 5},
        {"lift": "bench_press", "weight_kg": 80, "reps": 5},
        {"lift": "deadlift", "weight_kg": 150, "reps": 3},
    ],
}
EVENT_PLAN = {"event": {"kind": "race", "date": "2027-04-25", "distance_km": 21.0975}}


def person(client: httpx.Client, email: str, **profile: object) -> dict[str, str]:
    """Onboard someone and return their auth header."""
    body = client.post("/api/v1/users", json=PROFILE | profile | {"email": email}).json()
    return {"Authorization": f"Bearer {body['access_token']}"}


def _new_plan(client: httpx.Client, body: dict[str, object], who: dict[str, str]) -> None:
    """One plan request, which must succeed: a refused request would time nothing."""
    client.post("/api/v1/plans", json=body, headers=who).raise_for_status()


def main() -> None:
    """Time the three plan requests against one fresh server."""
    workdir = Path(tempfile.mkdtemp(prefix="coachx-bench-"))
    port = 18_000 + os.getpid() % 1000 + 1
    process, _ = start_server(workdir, port)
    try:
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
        plain = person(client, "plain@bench.dev")
        runner = person(client, "runner@bench.dev", limitations="bad knees")
        lifter = person(client, "lifter@bench.dev", sport="gym", goals="bench 100 kg")
        for who in (runner, lifter):
            client.put("/api/v1/me/baselines", json=BASELINES, headers=who).raise_for_status()
        waited = wait_until_idle(process.pid)
        print(f"(timed after the server's start-up work: waited {waited:.0f} s)")
        health = timed(lambda: client.get("/health"), 300)
        baseline = statistics.median(health)
        plan = {"duration_weeks": 16, "start_date": "2027-01-04"}
        print("| measurement | p50 ms | p95 ms | vs /health |\n|---|---|---|---|")
        report("GET /health (baseline)", health, baseline)
        cases = (
            ("POST /plans 16x7, no baselines", plain, plan),
            ("POST /plans 16x7, runner: baselines, event, bad knees", runner, plan | EVENT_PLAN),
            ("POST /plans 16x7, lifter: baselines, bench goal", lifter, plan),
        )
        for name, who, body in cases:
            report(
                name,
                timed(partial(_new_plan, client, body, who), RUNS),
                baseline,
            )
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
