"""Carrying out what a message clearly asks for, through the coach's validated actions.

Only these readings change anything: a plan change (new plan), a new goal or event (new plan
leading to it), moving a session, swapping an exercise, other kit for some dates, and a lighter
or harder stretch of days. Everything else is answered without touching the plan. A change
tied to dates changes only those dates.
"""

import datetime as dt
import re
from collections.abc import Callable

from sqlalchemy.orm import Session

from app.coach import actions, closed_loop, goals, plan_edits
from app.coach.answers import adjust
from app.coach.understanding import Intent, Understanding
from app.database.models import User
from app.plans.current import current_document
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import PlanData
from app.training.contract.plan_document import Session as PlannedSession
from app.training.contract.vocabulary import Equipment

Outcome = actions.ChangeResult | actions.EditResult | closed_loop.Done | None
_NO_KIT = re.compile(r"\b(no|without|don'?t have|doesn'?t have|has no|lack)\b")
DEFAULT_DAYS = 7
"""How far ahead "make it easier" reaches when the message names no dates."""


def carry_out(db: Session, user: User, reading: Understanding, today: dt.date) -> Outcome:
    """Do what the reading asks, if it asks for a change; None when nothing was to be done."""
    intent = reading.intent
    if intent in closed_loop.INTENTS:
        done = closed_loop.act(db, user, reading, today)
        if done is not None:
            return done
    if intent is Intent.CHANGE:
        return actions.carry_out(db, user, reading.change)
    if intent is Intent.GOAL:
        return goals.new_goal(db, user, reading, today)
    plan = current_document(db, user.id)
    if plan is not None and intent is Intent.START:
        start = next(span.start for span in reading.slots.dates if span.start == span.end)
        return actions.edit_current_plan(db, user, lambda p: plan_edits.set_start(p, start))
    if plan is None or plan.start_date is None:
        return None
    edit = _edit_for(plan, reading, today)
    return actions.edit_current_plan(db, user, edit) if edit else None


def _edit_for(
    plan: PlanData, reading: Understanding, today: dt.date
) -> Callable[[PlanData], plan_edits.Edited] | None:
    """The edit a reading asks for, or None."""
    intent, found = reading.intent, reading.slots
    if intent is Intent.MOVE:
        return _move(plan, reading, today)
    if intent is Intent.SWAP and found.exercises:
        return _swap(plan, reading, today)
    days = _days(reading, today)
    if intent is Intent.TRAVEL:
        kit = frozenset(found.equipment) | {Equipment.BODYWEIGHT}
        return _dates(days, lambda s: adjust.with_kit(s, kit).session, "travel")
    if intent is Intent.EASIER:
        return _dates(days, lambda s: adjust.lighter(s).session, "an easier stretch")
    if intent is Intent.HARDER:
        return _dates(days, adjust.harder, "a harder stretch")
    return None


def _dates(
    days: list[dt.date], version: Callable[[PlannedSession], PlannedSession], why: str
) -> Callable[[PlanData], plan_edits.Edited]:
    """An edit giving the sessions of `days` another version."""
    return lambda plan: plan_edits.revise_dates(plan, days, version, why)


def _days(reading: Understanding, today: dt.date) -> list[dt.date]:
    """The dates a temporary change covers: those named, else the next week."""
    spans = [span for span in reading.slots.dates if span.end >= today]
    if spans:
        return [day for span in spans for day in span.days if day >= today]
    return [today + dt.timedelta(n) for n in range(DEFAULT_DAYS)]


def _move(
    plan: PlanData, reading: Understanding, today: dt.date
) -> Callable[[PlanData], plan_edits.Edited] | None:
    """Moving a session: from the first date named (or the session named) to the last."""
    days = [span.start for span in reading.slots.dates if span.start == span.end]
    if not days:
        return None
    target = days[-1]
    source = days[0] if len(days) > 1 else _named_session(plan, reading.text, today)
    if source is None or source == target:
        return None
    return lambda current: plan_edits.move_session(current, source, target, today)


def _named_session(plan: PlanData, text: str, today: dt.date) -> dt.date | None:
    """The date of the upcoming session whose title the message names ("my long run")."""
    for week in plan.weeks:
        for session in week.sessions:
            if session.date is None or session.date < today:
                continue
            title = session.title.lower()
            if any(word in text for word in title.split() if len(word) > 3) and (
                "run" not in title or "run" in text
            ):
                return session.date
    return None


def _swap(
    plan: PlanData, reading: Understanding, today: dt.date
) -> Callable[[PlanData], plan_edits.Edited] | None:
    """Swapping an exercise in the upcoming sessions for one of the same pattern."""
    old = reading.slots.exercises[0]
    replacement = replacement_for(old, reading)
    if replacement is None:
        return None
    days = [
        s.date
        for w in plan.weeks
        for s in w.sessions
        if s.date and s.date >= today and any(e.exercise_id == old for e in s.exercises())
    ]
    if not days:
        return None

    def edit(current: PlanData) -> plan_edits.Edited:
        for day in days:
            current = plan_edits.replace_exercise(current, day, old, replacement).plan
        name = BY_ID[old].name
        return plan_edits.Edited(current, f"{name} → {BY_ID[replacement].name} in {len(days)} "
                                 f"session{'s' if len(days) > 1 else ''}")  # fmt: skip

    return edit


def replacement_for(old: str, reading: Understanding) -> str | None:
    """The exercise to put in place of `old`.

    The one named ("pull-ups instead of lat pulldown"), else one using the kit named ("with
    dumbbells"), else one without the kit the person lacks ("no rack"), else the closest other.
    """
    movement = BY_ID[old]
    named = [e for e in reading.slots.exercises[1:] if BY_ID[e].pattern is movement.pattern]
    if named:
        return named[0]
    kit = frozenset(reading.slots.equipment)
    available, prefer = frozenset(Equipment), kit
    if _NO_KIT.search(reading.text):
        available, prefer = available - (kit or movement.equipment), frozenset()
    choice = adjust.substitute(old, available | {Equipment.BODYWEIGHT}, prefer, keep=False)
    return choice.id if choice else None
