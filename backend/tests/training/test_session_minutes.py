"""`duration_min` is the whole session: a coach with a stopwatch would get about the same.

The minutes are recomputed here from what the session prescribes, the way a coach would add them
up, independently of the engine: about 3.5 s a rep, the seconds or metres of each set (runs at
the middle of their pace range, else 6:00/km; ergs at 2:00/500 m), each side for one-sided work,
the rest between sets, the lighter sets a main lift's note asks for, half a minute to move
between exercises, a timed block's clock and a
Tabata's four minutes. The engine's figure may round up to the next 5 minutes and is allowed a
sixth either way.
"""

from datetime import date

import pytest

from app.training import planner
from app.training.contract.plan_document import (
    AthleteProfile,
    Block,
    Exercise,
    PlanData,
    PlanOptions,
    Session,
)
from app.training.contract.vocabulary import BlockFormat, SessionKind

SECONDS_PER_REP = 3.5
MOVE_S = 30
RUN_S_PER_M, ERG_S_PER_M = 0.36, 0.24
TOLERANCE = 1 / 6


def _set_seconds(exercise: Exercise) -> float:
    """One set of one exercise, both sides when it is one-sided."""
    if exercise.reps is not None:
        work = exercise.reps * SECONDS_PER_REP
    elif exercise.duration_s is not None:
        work = float(exercise.duration_s)
    else:
        metres = exercise.distance_m or 0
        if exercise.pace is not None:
            per_km = (exercise.pace.min_s_per_km + exercise.pace.max_s_per_km) / 2
            work = metres * per_km / 1000
        else:
            run = "run" in exercise.exercise_id or "jog" in exercise.exercise_id
            work = metres * (RUN_S_PER_M if run else ERG_S_PER_M)
    return work * (2 if exercise.per_side else 1)


def _block_seconds(block: Block) -> float:
    """A coach's sum for one block."""
    if block.time_cap_min is not None:
        return block.time_cap_min * 60 + MOVE_S
    if block.format is BlockFormat.TABATA:
        return len(block.exercises) * (240 + MOVE_S)
    return sum(e.sets * _set_seconds(e) + (e.sets - 1) * e.rest_s + MOVE_S for e in block.exercises)


def coach_minutes(session: Session) -> float:
    """The session's length as a coach would add it up from its prescription."""
    return sum(_block_seconds(block) for block in session.blocks) / 60


def _plan(sport: str, level: str, days: int, age: int, goals: str) -> PlanData:
    profile = AthleteProfile(
        age=age, sport=sport, experience_level=level, days_per_week=days, goals=goals
    )
    options = PlanOptions(duration_weeks=8, start_date=date(2026, 12, 7))
    return planner.build_plan(profile, options)


CASES = {
    "gym": ("gym", "intermediate", 3, 35, "bench 100 kg, my best bench is 80 kg x 5"),
    "gym_beginner": ("gym", "beginner", 4, 28, "build muscle"),
    "crossfit": ("crossfit", "advanced", 5, 30, "compete in the CrossFit Open"),
    "calisthenics": ("calisthenics", "intermediate", 4, 25, "first muscle-up"),
    "boxing": ("boxing", "intermediate", 4, 24, "my first amateur fight in spring"),
    "running": ("running", "intermediate", 4, 40, "sub-50 10K race"),
    "older_gym": ("gym", "beginner", 3, 70, "stay strong"),
}


@pytest.mark.parametrize("case", CASES)
def test_duration_min_matches_what_the_session_prescribes(case: str) -> None:
    plan = _plan(*CASES[case])
    off = []
    for week in plan.weeks:
        for session in week.sessions:
            if session.kind is SessionKind.EVENT:
                continue
            expected = coach_minutes(session)
            if abs(session.duration_min - expected) > max(5.0, expected * TOLERANCE):
                off.append(f"w{week.week}d{session.day}: {session.duration_min} vs {expected:.0f}")
    assert off == []


def test_one_sided_work_takes_twice_as_long() -> None:
    """3 x 12 Bulgarian split squats are 12 a leg: 72 reps, not 36."""
    plan = _plan("gym", "intermediate", 3, 35, "build muscle")
    one_sided = [
        e
        for week in plan.weeks
        for session in week.sessions
        for e in session.exercises()
        if e.exercise_id in {"bulgarian_split_squat", "couch_stretch", "side_plank"}
    ]
    assert one_sided
    assert all(e.per_side for e in one_sided)
    assert "each side" in one_sided[0].dose_text
