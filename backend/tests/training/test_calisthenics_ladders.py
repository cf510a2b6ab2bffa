"""Calisthenics skill ladders as a coach checks them: never easier later, straight arms spread.

Numbers from the plans: an intermediate's planche lean never goes back to a frog stand in the
next block, a tuck front lever held 8 s in week 3 is not held 6 s in week 5, and on six days
a week the levers, planche and handstands sit on three days with a rest day between.
"""

from datetime import date, timedelta
from itertools import pairwise

import pytest

from app.training.catalogue import BY_ID
from app.training.catalogue.ladders import RUNGS
from app.training.contract.plan_document import PlanData, work
from app.training.contract.vocabulary import Phase, Quality
from tests.training.training_helpers import build

START = date(2026, 12, 7)
GOALS = (None, "front lever and planche", "handstand and L-sit", "get my first muscle-up")


def _straight_arm_dates(plan: PlanData) -> list[date]:
    """The days with straight-arm work, in order."""
    return [
        s.date
        for w in plan.weeks
        for s in w.sessions
        if s.date and any(BY_ID[e.exercise_id].straight_arm for e in work(s))
    ]


def _skill_doses(plan: PlanData) -> dict[str, list[tuple[int, int, int]]]:
    """Per exercise id of a skill rung: (week, sets, hold or reps) in loading weeks."""
    doses: dict[str, list[tuple[int, int, int]]] = {}
    for week in plan.weeks:
        if week.phase in (Phase.DELOAD, Phase.TAPER) or week is plan.weeks[-1]:
            continue  # lighter on purpose, and the last week is the test
        for session in week.sessions:
            for e in work(session):
                if e.exercise_id in RUNGS and BY_ID[e.exercise_id].quality is Quality.SKILL:
                    dose = (week.week, e.sets, e.duration_s or e.reps or 0)
                    doses.setdefault(e.exercise_id, []).append(dose)
    return doses


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
@pytest.mark.parametrize("days", [3, 4, 5, 6])
def test_straight_arm_work_on_three_days_at_most_never_two_running(level: str, days: int) -> None:
    for goals in GOALS:
        plan = build("calisthenics", level, days, 8, goals=goals, start=START)
        dates = _straight_arm_dates(plan)
        for week in range(8):
            monday = START + timedelta(weeks=week)
            assert len([d for d in dates if monday <= d < monday + timedelta(days=7)]) <= 3
        assert all((b - a).days > 1 for a, b in pairwise(dates)), goals


def test_six_days_keeps_straight_arm_work_on_alternate_days() -> None:
    plan = build("calisthenics", "intermediate", 6, 4, goals="front lever and planche", start=START)
    first_week = [d.weekday() for d in _straight_arm_dates(plan) if d < START + timedelta(days=7)]
    assert 2 <= len(first_week) <= 3
    assert all(b - a >= 2 for a, b in pairwise(first_week))


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
@pytest.mark.parametrize("days", [3, 4, 5, 6])
def test_no_skill_steps_back_down_its_ladder_in_a_later_block(level: str, days: int) -> None:
    for goals in GOALS:
        plan = build("calisthenics", level, days, 12, goals=goals, start=START)
        top: dict[int, int] = {}
        for week in plan.weeks:
            if week.phase is Phase.DELOAD:
                continue
            rungs: dict[int, int] = {}
            for s in week.sessions:
                for e in work(s):
                    if e.exercise_id in RUNGS and BY_ID[e.exercise_id].quality is Quality.SKILL:
                        ladder, rung = RUNGS[e.exercise_id]
                        rungs[ladder] = max(rungs.get(ladder, 0), rung)
            for ladder, rung in rungs.items():
                assert rung >= top.get(ladder, 0), f"{goals}, week {week.week}: a rung down"
                top[ladder] = rung


def test_the_planche_lean_stays_in_the_second_block() -> None:
    plan = build("calisthenics", "intermediate", 4, 12, goals="front lever and planche")
    for week in (plan.weeks[4], plan.weeks[8]):  # first week of blocks 2 and 3
        ids = {e.exercise_id for s in week.sessions for e in work(s)}
        assert "planche_lean" in ids, f"week {week.week}"


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
def test_a_hold_is_never_shorter_in_a_later_block(level: str) -> None:
    plan = build("calisthenics", level, 4, 12, goals="front lever and planche", start=START)
    for exercise_id, doses in _skill_doses(plan).items():
        by_week: dict[int, tuple[int, int]] = {}
        for week, sets, amount in doses:
            by_week[week] = max(by_week.get(week, (0, 0)), (sets, amount))
        weeks = sorted(by_week)
        for before, after in pairwise(weeks):
            assert by_week[after][0] >= by_week[before][0], f"{exercise_id} sets, week {after}"
            assert by_week[after][1] >= by_week[before][1], f"{exercise_id} dose, week {after}"


def test_the_tuck_front_lever_holds_keep_their_seconds_after_the_deload() -> None:
    plan = build("calisthenics", "intermediate", 4, 8, goals="front lever and planche")
    holds = {
        w.week: max(
            e.duration_s or 0
            for s in w.sessions
            for e in work(s)
            if e.exercise_id == "tuck_front_lever"
        )
        for w in plan.weeks[:5]
    }
    assert holds[5] >= holds[3] >= 8
