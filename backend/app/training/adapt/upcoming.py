"""The part of a plan the adaptation may change: sessions dated after today.

Past sessions are history: they are what the person was asked to do, and their logs are judged
against them, so nothing here ever returns one. Undated plans have no "after today" and are left
as they are.
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from app.training.adapt.records import Adjustment, History, SessionLog, Value
from app.training.contract.plan_document import Exercise, PlanData, Session, Week, work
from app.training.contract.vocabulary import Phase

LIGHT_PHASES = frozenset({Phase.DELOAD, Phase.TAPER})


@dataclass(frozen=True, slots=True)
class Upcoming:
    """One exercise of an upcoming session, with the week and session it belongs to."""

    week: Week
    session: Session
    exercise: Exercise

    @property
    def date(self) -> dt.date | None:
        """The session's date."""
        return self.session.date

    @property
    def loading(self) -> bool:
        """True outside deload and taper weeks, whose lighter doses are deliberate."""
        return self.week.phase not in LIGHT_PHASES


def sessions_after(plan: PlanData, history: History) -> Iterator[tuple[Week, Session]]:
    """Every session dated after today that has no log yet (one done early is done), in order."""
    logged = history.logged()
    for week in plan.weeks:
        for session in week.sessions:
            ahead = session.date is not None and session.date > history.today
            if ahead and (week.week, session.day) not in logged:
                yield week, session


def exercises_after(plan: PlanData, history: History) -> Iterator[Upcoming]:
    """Every work exercise (main and conditioning blocks) of every session after `today`.

    Warm-ups and cool-downs are left alone: a warm-up's ramp sets follow the working weight.
    """
    for week, session in sessions_after(plan, history):
        for exercise in work(session):
            yield Upcoming(week, session, exercise)


def occurrences(plan: PlanData, history: History, exercise_id: str) -> list[Upcoming]:
    """The upcoming work sets of one exercise, in order."""
    return [u for u in exercises_after(plan, history) if u.exercise.exercise_id == exercise_id]


def full_weeks_after(plan: PlanData, today: dt.date) -> list[Week]:
    """Weeks whose every session is dated after `today` (a week under way is not one)."""
    return [
        week
        for week in plan.weeks
        if all(session.date is not None and session.date > today for session in week.sessions)
    ]


def planned_exercise(log: SessionLog, exercise_id: str) -> Exercise | None:
    """What a planned log prescribed for one exercise (its work sets), or None."""
    if log.prescription is None:
        return None
    return next((e for e in work(log.prescription) if e.exercise_id == exercise_id), None)


def change(
    upcoming: Upcoming,
    field: str,
    before: Value,
    after: Value,
    why: str,
    rule: str,
    exercise_id: str | None = None,
) -> Adjustment:
    """An adjustment of one field of one upcoming exercise (by default, its own id)."""
    return Adjustment(
        date=upcoming.date,
        week=upcoming.week.week,
        day=upcoming.session.day,
        exercise_id=exercise_id or upcoming.exercise.exercise_id,
        field=field,
        before=before,
        after=after,
        reason=why,
        rule=rule,
    )
