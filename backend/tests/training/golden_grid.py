"""The grid of plan requests the golden test rebuilds, and how one plan is fingerprinted.

Every sport x level x day count, crossed in turn with plan lengths, ages (teen, adult, 65+),
equipment sets, start dates (set and unset) and goal texts, so that a reshaping of the engine
that changes anything a person sees changes at least one fingerprint.

Regenerate the fixture (only when a change is meant to alter plans, with a note why):

    cd backend && ../.venv/bin/python -m tests.training.golden_grid
"""

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from itertools import product
from pathlib import Path
from typing import Any

from app.training import memo, planner
from app.training.contract.plan_document import AthleteProfile, PlanOptions
from app.training.contract.vocabulary import Equipment, Level, Sport

FIXTURE = Path(__file__).with_name("golden_plans.json")
FULL_DOCUMENTS = ("gym-intermediate-d4-0", "running-beginner-d3-0")
"""Cases stored whole, so a failing run can show a readable diff."""

WEEKS = (1, 4, 8, 12, 16)
AGES = (13, 16, 30, 64, 65, 80)
KITS: tuple[list[Equipment] | None, ...] = (
    None,
    [],
    [Equipment.DUMBBELLS],
    [Equipment.BARBELL, Equipment.RACK, Equipment.BENCH],
    [Equipment.PULL_UP_BAR, Equipment.BANDS, Equipment.KETTLEBELL],
    [Equipment.HEAVY_BAG, Equipment.JUMP_ROPE],
    [Equipment.TREADMILL, Equipment.ROWER, Equipment.BOX, Equipment.MEDICINE_BALL],
)
STARTS = (None, dt.date(2026, 3, 2), dt.date(2027, 1, 7))
GOALS = (
    None,
    "my first amateur fight in spring",
    "run my first 5k",
    "half marathon in October",
    "marathon next year",
    "get my first muscle-up",
    "handstand and L-sit",
    "lose 5 kg of fat",
    "build muscle and get stronger",
    "compete in the CrossFit Open",
    "mobility and posture",
)
VARIANTS = 3
"""Requests per sport x level x day count; each takes the next values of every list above."""


def cases() -> Iterator[tuple[str, AthleteProfile, PlanOptions]]:
    """Every request of the grid, each with a stable name."""
    counter = 0
    for sport, level, days in product(Sport, Level, range(1, 8)):
        for variant in range(VARIANTS):
            pick = counter
            counter += 1
            profile = AthleteProfile(
                age=AGES[pick % len(AGES)],
                sport=sport,
                experience_level=level,
                days_per_week=days,
                goals=GOALS[(pick // 2) % len(GOALS)],
            )
            options = PlanOptions(
                duration_weeks=WEEKS[(pick // 3) % len(WEEKS)],
                equipment=KITS[(pick // 5) % len(KITS)],
                start_date=STARTS[pick % len(STARTS)],
            )
            yield f"{sport.value}-{level.value}-d{days}-{variant}", profile, options


def document(profile: AthleteProfile, options: PlanOptions) -> dict[str, Any]:
    """The stored plan_data for one request, built with nothing memoised from earlier requests."""
    memo.clear_caches()
    return planner.build_plan(profile, options).model_dump(mode="json")


def fingerprint(plan: dict[str, Any]) -> str:
    """A sha256 of the document in a canonical JSON form."""
    text = json.dumps(plan, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def write_fixture() -> None:
    """Rebuild every case and store the fingerprints plus a few whole documents."""
    hashes: dict[str, str] = {}
    full: dict[str, Any] = {}
    for name, profile, options in cases():
        plan = document(profile, options)
        hashes[name] = fingerprint(plan)
        if name in FULL_DOCUMENTS:
            full[name] = plan
    FIXTURE.write_text(json.dumps({"sha256": hashes, "documents": full}, indent=1) + "\n")


if __name__ == "__main__":
    write_fixture()
