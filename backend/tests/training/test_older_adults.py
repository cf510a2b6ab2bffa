"""Over 65, every week trains balance (ACSM: two to three days a week), in every sport."""

import datetime as dt

import pytest

from app.training import planner
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import AthleteProfile, PlanOptions, Session
from app.training.contract.vocabulary import Pattern

BALANCE = frozenset(m.id for m in BY_ID.values() if m.pattern is Pattern.BALANCE)


def _trains_balance(session: Session) -> bool:
    """Whether any block of the session holds balance work."""
    return any(e.exercise_id in BALANCE for b in session.blocks for e in b.exercises)


@pytest.mark.parametrize("sport", ["gym", "running", "boxing", "crossfit", "calisthenics"])
@pytest.mark.parametrize("days", [1, 2, 3, 5, 7])
def test_every_week_of_a_70_year_old_trains_balance(sport: str, days: int) -> None:
    who = AthleteProfile(age=70, sport=sport, experience_level="intermediate", days_per_week=days)
    plan = planner.build_plan(who, PlanOptions(duration_weeks=8, start_date=dt.date(2027, 1, 4)))
    for week in plan.weeks:
        balance_days = sum(_trains_balance(s) for s in week.sessions)
        assert balance_days >= min(2, days) or week.phase.value == "deload", (week.week, sport)
        if sport == "running":
            assert balance_days <= 3


def test_a_70_year_old_runner_on_three_days_balances_on_the_easy_days() -> None:
    who = AthleteProfile(age=70, sport="running", experience_level="beginner", days_per_week=3)
    plan = planner.build_plan(who, PlanOptions(duration_weeks=8, start_date=dt.date(2027, 1, 4)))
    assert all(_trains_balance(s) for s in plan.weeks[0].sessions)
