"""The people the suite talks as: a profile each, and a plan that started two weeks ago.

Two weeks ago puts today on the first day of week 3, so "today", "tomorrow" and "this week" have
a session to name whatever the calendar date of the run.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.database.models import User
from app.plans import service as plan_service
from app.training.contract.plan_document import PlanData, PlanOptions

PEOPLE: dict[str, dict[str, Any]] = {
    "lifter": {"sport": "gym", "experience_level": "intermediate", "days_per_week": 4, "age": 30},
    "runner": {
        "sport": "running",
        "experience_level": "intermediate",
        "days_per_week": 4,
        "age": 34,
    },
    "boxer": {"sport": "boxing", "experience_level": "intermediate", "days_per_week": 4, "age": 24},
    "crossfitter": {
        "sport": "crossfit",
        "experience_level": "intermediate",
        "days_per_week": 4,
        "age": 28,
    },
    "calisthenics": {
        "sport": "calisthenics",
        "experience_level": "beginner",
        "days_per_week": 3,
        "age": 26,
    },
    "teen": {"sport": "gym", "experience_level": "beginner", "days_per_week": 3, "age": 15},
    "undated": {"sport": "gym", "experience_level": "intermediate", "days_per_week": 4, "age": 30},
}


@dataclass(frozen=True)
class Person:
    """A stored person with their plan, and the words their rubric placeholders stand for."""

    user: User
    plan: PlanData
    fill: dict[str, str]


def make_person(db: Session, who: str, today: dt.date) -> Person:
    """Store the person `who` with a 6-week plan (dated unless `who` is "undated")."""
    user = User(name="Sam", goals="get stronger and fitter", **PEOPLE[who])
    db.add(user)
    db.flush()
    start = None if who == "undated" else today - dt.timedelta(days=14)
    new = plan_service.create_plan(db, user, PlanOptions(duration_weeks=6, start_date=start))
    plan = new.plan if start else _undated(new.plan)
    new.row.plan_data = plan.model_dump(mode="json")
    db.commit()
    return Person(user, plan, _fill(plan, today))


def _undated(plan: PlanData) -> PlanData:
    """The plan as a plan stored before plans had dates."""
    weeks = [
        week.model_copy(
            update={"sessions": [s.model_copy(update={"date": None}) for s in week.sessions]}
        )
        for week in plan.weeks
    ]
    return plan.model_copy(update={"start_date": None, "weeks": weeks})


def _fill(plan: PlanData, today: dt.date) -> dict[str, str]:
    """Session titles for today, tomorrow and the next session after today."""
    dated = sorted(
        (session.date, session.title)
        for week in plan.weeks
        for session in week.sessions
        if session.date is not None
    )
    by_date = dict(dated)
    after = [title for day, title in dated if day > today]
    rest = "rest|descanso"
    return {
        "name": "Sam",
        "today": by_date.get(today, rest),
        "tomorrow": by_date.get(today + dt.timedelta(days=1), rest),
        "next": after[0] if after else rest,
    }
