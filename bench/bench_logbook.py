"""The training log over HTTP: log writes, today's session, five years of progress, imports.

Run from the repository root:  .venv/bin/python bench/bench_logbook.py

Starts `python -m app.main` on a fresh SQLite database and measures, against `GET /health` in
the same session: a log write (an ad-hoc session of 5 exercises x 3 sets), `GET
/calendar/today` with a 16-week daily plan, `GET /progress` over five years of training
(800 sessions, 15,000 sets, brought in through the import), and importing a 10,000-row
Strong CSV (then the same file again, which adds nothing).
"""

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx2 as httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_api import PROFILE, report, start_server, timed, wait_until_idle

LIFTS = ["back_squat", "bench_press", "deadlift", "overhead_press", "barbell_row"]
STRONG_LIFTS = [
    "Squat (Barbell)",
    "Bench Press (Barbell)",
    "Deadlift (Barbell)",
    "Overhead Press (Barbell)",
    "Barbell Row",
]
STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
    "Notes,Workout Notes,RPE"
)


def person(client: httpx.Client, email: str, **overrides: object) -> dict[str, str]:
    """Onboard someone and return their auth header."""
    body = PROFILE | {"email": email, "sport": "gym", "days_per_week": 7} | overrides
    response = client.post("/api/v1/users", json=body)
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def five_years(sessions: int = 800, sets: int = 15_000) -> bytes:
    """Five years of training as a Strong export, to go in through the import.

    Lifts at varied weight, reps and RPE, and a run in every third session; the import is the
    same write path as any log, so the totals progress reads are the real ones.
    """
    rng = random.Random(5)
    start = datetime.now(UTC).date() - timedelta(days=5 * 365)
    lines = [STRONG_HEADER]
    per = sets // sessions + 1
    written = 0
    for index in range(sessions):
        day = start + timedelta(days=round(index * 5 * 365 / sessions))
        for position in range(per):
            if written >= sets:
                break
            written += 1
            if index % 3 == 0 and position == 0:
                metres = rng.randint(3000, 15000)
                lines.append(
                    f"{day} 07:00:00,Session {index},1h,Running,1,0,0,{metres / 1000},"
                    f"{round(metres * 0.33)},,,"
                )
                continue
            lift = STRONG_LIFTS[position % len(STRONG_LIFTS)]
            lines.append(
                f"{day} 07:00:00,Session {index},1h,{lift},{position},"
                f"{rng.randint(40, 180)},{rng.randint(3, 10)},0,0,,,"
                f"{rng.choice(['', '7', '8', '9'])}"
            )
    return ("\n".join(lines) + "\n").encode()


def strong_csv(rows: int) -> bytes:
    """A Strong export of `rows` sets: 20 sets a workout, one workout a day, back to 2000."""
    lines = [STRONG_HEADER]
    first = datetime.now(UTC).date() - timedelta(days=rows // 20 + 1)
    for index in range(rows):
        day = first + timedelta(days=index // 20)
        exercise = ["Squat (Barbell)", "Bench Press (Barbell)", "Deadlift (Barbell)", "Row"][
            (index // 5) % 4
        ]
        lines.append(
            f"{day} 18:00:00,Workout,1h 5m,{exercise},{index % 5 + 1},"
            f"{60 + index % 40},{5 + index % 5},0,0,,,8"
        )
    return ("\n".join(lines) + "\n").encode()


def main() -> None:
    """Measure and print the table rows for docs/benchmarks.md."""
    with tempfile.TemporaryDirectory(prefix="coachx-bench-log-") as folder:
        workdir = Path(folder)
        server, _ = start_server(workdir, 8797)
        wait_until_idle(server.pid)
        try:
            run(workdir, "http://127.0.0.1:8797")
        finally:
            server.terminate()
            server.wait(timeout=30)


def run(workdir: Path, base: str) -> None:
    """The measurements, printed as they complete."""
    with httpx.Client(base_url=base, timeout=60) as client:
        health = timed(lambda: client.get("/health"), 300)
        baseline = statistics.median(health)
        report("GET /health (baseline)", health, baseline)
        headers = person(client, "log@example.com")
        start = (date.today() - timedelta(days=3)).isoformat()
        client.post(
            "/api/v1/plans", json={"duration_weeks": 16, "start_date": start}, headers=headers
        ).raise_for_status()
        entries = [
            {
                "exercise_id": lift,
                "name": lift,
                "sets": [{"reps": 5, "weight_kg": 100, "rpe": 8}] * 3,
            }
            for lift in LIFTS
        ]
        body = {
            "date": date.today().isoformat(),
            "entries": entries,
            "session_rpe": 7,
            "duration_min": 60,
        }
        writes = timed(lambda: client.post("/api/v1/logs", json=body, headers=headers), 200)
        report("POST /logs, 5 exercises x 3 sets", writes, baseline)
        today = timed(lambda: client.get("/api/v1/calendar/today", headers=headers), 300)
        report("GET /calendar/today, 16-week daily plan", today, baseline)

        veteran = person(client, "veteran@example.com")
        history = client.post(
            "/api/v1/logs/import", files={"file": ("5y.csv", five_years())}, headers=veteran
        ).json()
        assert not history["errors"], history
        print(f"(five years: {history['imported']} sessions imported)", flush=True)
        progress = timed(lambda: client.get("/api/v1/progress", headers=veteran), 100)
        report("GET /progress, 5 years (800 sessions, 15,000 sets)", progress, baseline)

        importer = person(client, "import@example.com")
        data = strong_csv(10_000)
        for label in ("import 10,000-row Strong CSV", "same file again (adds nothing)"):
            started = time.perf_counter()
            answer = client.post(
                "/api/v1/logs/import", files={"file": ("s.csv", data)}, headers=importer
            )
            seconds = time.perf_counter() - started
            result = answer.json()
            print(
                f"| {label} | {seconds:.2f} s | imported {result['imported']}, "
                f"skipped {result['skipped']}, errors {len(result['errors'])} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
