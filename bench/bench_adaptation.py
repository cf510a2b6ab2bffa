"""A log write with the adaptation inside it, over HTTP, on a 16-week plan.

Run from the repository root:  .venv/bin/python bench/bench_adaptation.py [runs]

Starts a real server on a fresh SQLite database and signs up a lifter who trains seven days a
week on a 16 x 7 plan that started eight weeks ago; the first eight weeks are logged on their
days, as prescribed (56 logs of history, each adapted as it was written). Then, `runs` times:
today's session of week 9 is logged with every set two RPE under its target, so the rules act
(a rep or a load goes up for the weeks ahead), and the log is deleted again untimed (which takes
its adaptation back). Reported against `GET /health` in the same run: that log write, an ad-hoc
log (the rules run and change nothing), reading the plan with its adjustments, and an undo.
The target is p50 under 30 ms for the log write.
"""

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx2 as httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import report, start_server, timed

LIFTER = {
    "name": "Bench",
    "age": 30,
    "sport": "gym",
    "experience_level": "advanced",
    "days_per_week": 7,
    "goals": "get stronger",
    "password": "bench-password",
    "email": "lifter@bench.dev",
}
HISTORY_WEEKS = 8


def easy_log(
    plan_id: int, week: int, session: dict[str, Any], day: str
) -> dict[str, Any]:
    """A log of one planned session: every prescribed set done two RPE under its target."""
    entries = [
        {
            "exercise_id": e["exercise_id"],
            "name": e["name"],
            "sets": [{"reps": e["reps"], "weight_kg": e["load_kg"],
                      "rpe": max(1, (e["target_rpe"] or 8) - 2)}] * e["sets"],
        }
        for b in session["blocks"]
        if b["kind"] == "main"
        for e in b["exercises"]
        if e["reps"]
    ]  # fmt: skip
    return {"plan_id": plan_id, "week": week, "day": session["day"], "date": day,
            "session_rpe": 6, "duration_min": 60, "entries": entries}  # fmt: skip


def log_and_take_back(client: httpx.Client, body: dict[str, Any]) -> float:
    """Milliseconds to write one log; the log is then deleted, untimed."""
    started = time.perf_counter()
    response = client.post("/api/v1/logs", json=body)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 201, response.text
    assert client.delete(f"/api/v1/logs/{response.json()['id']}").status_code == 204
    return elapsed


def repeated(call: Callable[[], float], runs: int) -> list[float]:
    """`runs` timings after five warm-up calls."""
    for _ in range(5):
        call()
    return [call() for _ in range(runs)]


def lived_plan(client: httpx.Client) -> dict[str, Any]:
    """The 16 x 7 plan with eight weeks of history logged on their days, as prescribed."""
    today = datetime.now(UTC).date()
    start = today - timedelta(weeks=HISTORY_WEEKS)
    body = {"duration_weeks": 16, "start_date": start.isoformat()}
    plan: dict[str, Any] = client.post("/api/v1/plans", json=body).json()
    for week in plan["plan_data"]["weeks"][:HISTORY_WEEKS]:
        for session in week["sessions"]:
            log = {"plan_id": plan["id"], "week": week["week"], "day": session["day"],
                   "session_rpe": 6, "duration_min": session["duration_min"]}  # fmt: skip
            assert client.post("/api/v1/logs", json=log).status_code == 201
    return plan


def rules_in_process(runs: int) -> list[float]:
    """Milliseconds of the rules alone (no database, no HTTP) on the same kind of plan and log."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "backend"))
    from app.training import adapt, build_plan
    from app.training.contract.plan_document import AthleteProfile, PlanOptions, work

    today = datetime.now(UTC).date()
    profile = AthleteProfile(
        age=30, sport="gym", experience_level="advanced", days_per_week=7
    )
    options = PlanOptions(
        duration_weeks=16, start_date=today - timedelta(weeks=HISTORY_WEEKS)
    )
    plan = build_plan(profile, options)
    logs = [
        adapt.SessionLog(
            s.date, w.week, s.day, adapt.LogStatus.DONE, 60, 6, prescription=s
        )
        for w in plan.weeks[:HISTORY_WEEKS]
        for s in w.sessions
        if s.date and s.date >= today - timedelta(days=21)
    ]
    session = plan.weeks[HISTORY_WEEKS].sessions[0]
    entries = tuple(
        adapt.LoggedEntry(
            e.exercise_id, (adapt.LoggedSet(e.reps, e.load_kg, 5.0),) * e.sets
        )
        for e in work(session)
        if e.reps
    )
    trigger = adapt.SessionLog(today, HISTORY_WEEKS + 1, 1, adapt.LogStatus.DONE, 60, 6,
                               entries, session)  # fmt: skip
    return timed(lambda: adapt.adapt_plan(plan, logs, trigger, today), runs)


def main() -> None:
    """Run the measurements against one fresh server."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rules = rules_in_process(runs)
    print(f"rules alone, in-process: p50 {statistics.median(rules):.2f} ms, "
          f"p95 {sorted(rules)[int(len(rules) * 0.95) - 1]:.2f} ms")  # fmt: skip
    workdir = Path(tempfile.mkdtemp(prefix="coachx-bench-adapt-"))
    port = 19_000 + os.getpid() % 1000
    process, _ = start_server(workdir, port)
    try:
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
        token = client.post("/api/v1/users", json=LIFTER).json()["access_token"]
        client.headers["Authorization"] = f"Bearer {token}"
        plan = lived_plan(client)
        today = datetime.now(UTC).date().isoformat()
        week = plan["plan_data"]["weeks"][HISTORY_WEEKS]
        bodies = [
            easy_log(plan["id"], week["week"], s, today) for s in week["sessions"]
        ]
        turn = iter(range(10**9))
        ad_hoc = {"date": today, "session_rpe": 5, "duration_min": 30,
                  "entries": [{"name": "Walk", "sets": [{"duration_s": 1800}]}]}  # fmt: skip
        health = timed(lambda: client.get("/health"), 300)
        baseline = statistics.median(health)
        print(
            "| measurement (16 x 7 plan, 56 logs of history) | p50 ms | p95 ms | vs /health |"
        )
        print("|---|---|---|---|")
        report("GET /health (baseline)", health, baseline)
        adapting = repeated(
            lambda: log_and_take_back(client, bodies[next(turn) % 7]), runs
        )
        report("POST /logs, today's session, rules act", adapting, baseline)
        report("POST /logs, ad hoc, rules find nothing",
               repeated(lambda: log_and_take_back(client, ad_hoc), runs), baseline)  # fmt: skip
        for body in bodies[:3]:
            client.post("/api/v1/logs", json=body)
        report("GET /plans/{id} with adjustments", timed(
            lambda: client.get(f"/api/v1/plans/{plan['id']}"), runs), baseline)  # fmt: skip
        revisions = client.get(f"/api/v1/plans/{plan['id']}/revisions").json()["items"]
        report("POST /plans/{id}/undo", timed(
            lambda: client.post(f"/api/v1/plans/{plan['id']}/undo"), 2), baseline)  # fmt: skip
        print(f"{len(revisions) - 1} revisions stored")
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
