"""Fat loss, as a coach would check it: real conditioning volume and the energy-balance talk."""

import pytest

from app.training import checks, planner
from app.training.checks import practice
from app.training.contract import plan_document
from app.training.contract.vocabulary import BlockKind
from app.training.numbers.baselines import Baselines, Source, Sourced
from tests.training.training_helpers import build, profile

SECONDS_PER_REP, METRES_PER_SECOND = 3, 4


def _minutes(block: plan_document.Block) -> float:
    """A coach's estimate of a block's length: work plus rests, every set."""
    total = 0.0
    for e in block.exercises:
        work = e.duration_s or (e.reps or 0) * SECONDS_PER_REP or (e.distance_m or 0) / 4
        total += e.sets * (work + e.rest_s)
    return total / 60


def _conditioning(week: plan_document.Week) -> list[plan_document.Block]:
    """The week's conditioning blocks."""
    return [b for s in week.sessions for b in s.blocks if b.kind is BlockKind.CONDITIONING]


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
def test_fat_loss_gets_real_conditioning_volume(level: str) -> None:
    plan = build("gym", level, 3, 8, goals="lose fat")
    blocks = _conditioning(plan.weeks[0])
    assert len(blocks) == 3, "every lifting day ends with conditioning"
    assert all(_minutes(b) >= 10 for b in blocks), [round(_minutes(b)) for b in blocks]
    assert sum(_minutes(b) for b in blocks) >= 40
    assert any(b.format.value == "continuous" for b in blocks), "steady work, not only circuits"
    assert any(b.format.value == "circuit" for b in blocks), "and intervals"


def test_a_fat_loss_plan_talks_about_energy_balance() -> None:
    plan = build("gym", "intermediate", 3, 8, goals="lose 5 kg")
    note = " ".join(plan.safety_notes)
    assert "energy balance" in note
    assert "deficit" in note
    assert "protein" in note
    assert "energy balance" not in " ".join(build("gym", "intermediate", 3, 8).safety_notes)


@pytest.mark.parametrize(
    ("sport", "level", "days"),
    [("boxing", "beginner", 2), ("boxing", "beginner", 3), ("boxing", "beginner", 4)],
)
def test_fat_loss_weeks_hold_half_the_weekly_activity_target(
    sport: str, level: str, days: int
) -> None:
    # 15 moderate-equivalent minutes per training day (vigorous counts twice): half of the
    # 150 a week (Donnelly et al. 2009); a beginner boxer gets roadwork for it.
    plan = build(sport, level, days, 8, goals="lose 5 kg of fat")
    for week in plan.weeks:
        if week.phase.value in ("deload", "taper"):
            continue
        assert practice.conditioning_minutes(week) >= 15 * days, f"week {week.week}"


def test_the_walking_that_completes_the_target_is_in_the_note() -> None:
    plan = build("gym", "beginner", 3, 8, goals="lose 5 kg")
    assert "150-250 minutes" in " ".join(plan.safety_notes)


def test_the_checker_wants_fat_loss_conditioning() -> None:
    who = profile("gym", "intermediate", 3, goals="lose 5 kg of fat")
    options = plan_document.PlanOptions(duration_weeks=8)
    plan = planner.build_plan(who, options)
    assert checks.find_violations(plan, who, options) == []
    week = plan.weeks[0]
    stripped = [
        s.model_copy(
            update={"blocks": [b for b in s.blocks if b.kind is not BlockKind.CONDITIONING]}
        )
        for s in week.sessions
    ]
    broken = plan.model_copy(
        update={"weeks": [week.model_copy(update={"sessions": stripped}), *plan.weeks[1:]]}
    )
    found = [v.message for v in checks.find_violations(broken, who, options)]
    assert found == ["week 1: fat loss needs 45 minutes of conditioning a week"]


def test_a_runner_starting_from_3_km_a_week_walks_the_rest_of_the_quarter_hour() -> None:
    """3 km a week on two days is ~11 minutes a run: a brisk walk fills each day to 15."""
    who = profile("running", "beginner", 2, goals="lose 10 kg", age=13)
    options = plan_document.PlanOptions(duration_weeks=4)
    stated = Baselines(weekly_km=Sourced(3.0, Source.STATED))
    plan = planner.build_plan(who, options, stated)
    first = plan.weeks[0]
    for session in first.sessions:
        walks = [e for e in plan_document.work(session) if e.exercise_id == "brisk_walk"]
        assert walks, session.title
        assert (walks[0].duration_s or 0) % 300 == 0
    assert practice.conditioning_minutes(first) >= 30
    broken = {v.rule for v in checks.find_violations(plan, who, options, baselines=stated)}
    assert "fat_loss_conditioning" not in broken
