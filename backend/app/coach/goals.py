"""A new goal or event said in the chat ("my first fight is in 8 weeks"): goal, event, new plan.

The event's kind and date are read from the message (a fight, a race and its distance, a meet;
"in 8 weeks", "in 3 months"); the profile's goals take the person's own words, and the engine
writes a plan that leads to the event, as long as the plan can be (16 weeks at most).
"""

import datetime as dt
import re

from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.coach.actions import ChangeResult
from app.coach.understanding import Understanding
from app.database.models import User
from app.plans import service as plan_service
from app.training.contract.plan_document import Event, PlanOptions
from app.training.contract.vocabulary import EventKind

MAX_WEEKS = 16
GOALS_CHARS = 200
_KINDS = (
    (EventKind.FIGHT, re.compile(r"\b(fight|bout|match|pelea|combate)\b")),
    (EventKind.RACE, re.compile(r"\b(race|marathon|10k|5k|half|triathlon|carrera|maraton)\b")),
    (EventKind.MEET, re.compile(r"\b(meet|competition|comp|competicion)\b")),
)
_DISTANCES = (("half marathon", 21.1), ("marathon", 42.2), ("10k", 10.0), ("5k", 5.0))
_WHEN = re.compile(r"\bin (\d{1,2}) (weeks?|months?|semanas|meses)\b")


def read_event(text: str, today: dt.date) -> Event | None:
    """The event a normalised message announces, when it names its kind and when it is."""
    when = _WHEN.search(text)
    kind = next((kind for kind, pattern in _KINDS if pattern.search(text)), None)
    if when is None or kind is None:
        return None
    amount = int(when[1])
    days = amount * (30 if when[2].startswith(("month", "mes")) else 7)
    distance = next((km for name, km in _DISTANCES if name in text), None)
    return Event(kind=kind, date=today + dt.timedelta(days), distance_km=distance)


def new_goal(
    db: Session, user: User, reading: Understanding, today: dt.date
) -> ChangeResult | None:
    """Store the goal, and write a plan leading to the event; None when no event was named."""
    event = read_event(reading.text, today)
    if event is None:
        return None
    weeks = max(1, min(MAX_WEEKS, (event.date - today).days // 7))
    goals = " ".join(reading.message.split())[:GOALS_CHARS]
    accounts.update_profile(db, user, {"goals": goals})
    new = plan_service.create_plan(db, user, PlanOptions(duration_weeks=weeks, event=event))
    return ChangeResult({"goals": goals}, new.plan, new.row.id)
