"""Time the built-in plan engine in-process: a 16-week, 7-day plan for every sport.

Run from the repository root:  .venv/bin/python bench/bench_plans_inprocess.py [runs]

Two numbers per sport: "cold" clears the engine's caches before every run, as for the first
plan a server writes for a new kind of athlete; "warm" keeps them, as in a running server. The
target is well under 10 ms in-process (the HTTP target, storage included, is 20 ms p50).
"""

import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "backend"))

from app.training import memo, planner
from app.training.contract import plan_document

SPORTS = ("boxing", "crossfit", "gym", "calisthenics", "running")
GOALS = {
    "boxing": "my first amateur fight in spring",
    "crossfit": "compete in the open and get my first muscle-up",
    "gym": "build muscle and get stronger",
    "calisthenics": "muscle-up and handstand",
    "running": "run a half marathon",
}


def _time(sport: str, runs: int, cold: bool) -> list[float]:
    """Milliseconds per build of an advanced 16 x 7 plan, after 20 warm-up builds."""
    profile = plan_document.AthleteProfile(
        age=30, sport=sport, experience_level="advanced", days_per_week=7, goals=GOALS[sport]
    )
    options = plan_document.PlanOptions(duration_weeks=16, start_date=date(2026, 12, 7))
    for _ in range(20):
        planner.build_plan(profile, options)
    samples: list[float] = []
    for _ in range(runs):
        if cold:
            memo.clear_caches()
        started = time.perf_counter()
        planner.build_plan(profile, options)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _percentile(samples: list[float], share: float) -> float:
    """The sample at that share of the sorted samples (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    """Print warm and cold p50/p95 per sport."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print(f"build_plan, 16 weeks x 7 days, advanced, {runs} runs after warm-up (ms)")
    print(f"{'sport':<14}{'warm p50':>10}{'warm p95':>10}{'cold p50':>10}{'cold p95':>10}")
    for sport in SPORTS:
        warm = _time(sport, runs, cold=False)
        cold = _time(sport, runs, cold=True)
        print(
            f"{sport:<14}{statistics.median(warm):>10.2f}{_percentile(warm, 0.95):>10.2f}"
            f"{statistics.median(cold):>10.2f}{_percentile(cold, 0.95):>10.2f}"
        )


if __name__ == "__main__":
    main()
