"""Logging from the chat: write what the person reported, through the logbook's one write path.

The log goes through `logbook.service.record`, exactly like `POST /api/v1/logs`, so the same
rules hold (one log per planned session, dates, bounds) and the adaptation runs after it; the
reply says what was recorded and what changed because of it. A report that breaks a rule is
answered in words, and nothing is stored.
"""

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.coach.log_from_chat import ChatLog, Lifted, Missed, Ran
from app.coach.progress_answers import change_lines
from app.database.models import User, WorkoutPlan
from app.logbook import repository as logbook_queries
from app.logbook import service as logbook
from app.logbook.errors import LogConflictError, LogNotFoundError, LogRuleError
from app.plans import repository as plans
from app.plans import revisions
from app.training.adapt import Adjustment
from app.training.contract.plan_document import Exercise, work
from app.training.contract.plan_document import Session as PlannedSession

MISSED_REASON = "missed (told the coach)"
RUN_ID = "easy_run"


def record_from_chat(db: Session, user: User, said: ChatLog, text: str, today: dt.date) -> str:
    """Record the reported session and say what was recorded and what changed."""
    row = plans.latest_plan(db, user.id)
    when = today - dt.timedelta(days=said.days_ago) if isinstance(said, Missed) else today
    planned = _planned_on(db, row, when)
    fields = _fields(said, text, when, row, planned)
    if fields is None:
        return f"I found no planned session on {when:%a} {when.day} {when:%b} to mark as missed."
    try:
        log = logbook.record(db, user, fields, today)
    except LogConflictError:
        return "That session already has its log: change it on the Today page instead."
    except (LogRuleError, LogNotFoundError) as error:
        return f"I could not record that: {error}."
    changes = _changes_from(db, row, log.id)
    return _confirmation(said, log.title, when) + _what_changed(said, changes)


def _planned_on(
    db: Session, row: WorkoutPlan | None, day: dt.date
) -> tuple[int, int, PlannedSession] | None:
    """The current plan's session on `day` that has no log yet: (week, day, session)."""
    if row is None:
        return None
    for week in row.plan_data.get("weeks", []):
        for raw in week["sessions"]:
            if raw.get("date") == day.isoformat():
                if logbook_queries.planned_log(db, row.id, week["week"], raw["day"]):
                    return None
                return week["week"], raw["day"], PlannedSession.model_validate(raw)
    return None


def _fields(
    said: ChatLog,
    text: str,
    when: dt.date,
    row: WorkoutPlan | None,
    planned: tuple[int, int, PlannedSession] | None,
) -> dict[str, Any] | None:
    """The new log as the logbook's service takes it."""
    base: dict[str, Any] = {"date": when, "notes": text[:2000]}
    if planned is not None and row is not None:
        base |= {"plan_id": row.id, "week": planned[0], "day": planned[1]}
    if isinstance(said, Missed):
        if planned is None:
            return None
        return base | {"status": "skipped", "reason": MISSED_REASON, "entries": []}
    session = planned[2] if planned else None
    return base | {"status": "done", "entries": [_entry(said, session)]}


def _entry(said: Lifted | Ran, session: PlannedSession | None) -> dict[str, Any]:
    """What was done, named after the planned exercise it stands for when it is not named."""
    if isinstance(said, Ran):
        run = next((e for e in work(session) if e.distance_m), None) if session else None
        done = {"distance_m": said.distance_m, "duration_s": said.duration_s}
        return {
            "exercise_id": run.exercise_id if run else RUN_ID,
            "name": run.name if run else "Run",
            "sets": [done],
        }
    exercise_id, name = said.exercise_id, None
    match = _meant(said, session) if session is not None else None
    if match is not None:
        exercise_id, name = match.exercise_id, match.name
    one = {"reps": said.reps, "weight_kg": said.weight_kg, "rpe": said.rpe}
    return {
        "exercise_id": exercise_id,
        "name": name or (exercise_id or "lift").replace("_", " ").capitalize(),
        "sets": [one] * said.sets,
    }


def _meant(said: Lifted, session: PlannedSession) -> Exercise | None:
    """The planned exercise a reported lift stands for.

    The named one; else the loaded lift whose reps match, the first loaded lift, or the first
    exercise with those reps.
    """
    choices = [e for e in work(session) if e.reps]
    if said.exercise_id is not None:
        return next((e for e in choices if e.exercise_id == said.exercise_id), None)
    loaded = [e for e in choices if e.load_kg]
    return next(
        (e for e in loaded if e.reps == said.reps),
        loaded[0] if loaded else next((e for e in choices if e.reps == said.reps), None),
    )


def _changes_from(db: Session, row: WorkoutPlan | None, log_id: int) -> list[Adjustment]:
    """The adjustments the adaptation made after this log."""
    latest = revisions.latest_adaptation(db, row.id) if row is not None else None
    if latest is None or latest.log_id != log_id:
        return []
    return [Adjustment.from_dict(raw) for raw in latest.adjustments]


def _confirmation(said: ChatLog, title: str, when: dt.date) -> str:
    """What was recorded, in words."""
    day = f"{when:%a} {when.day} {when:%b}"
    if isinstance(said, Missed):
        return f"Noted: {title} on {day} is marked as missed."
    if isinstance(said, Ran):
        pace = said.duration_s / (said.distance_m / 1000)
        minutes, seconds = divmod(round(pace), 60)
        return (
            f"Logged for {day} ({title}): {said.distance_m / 1000:g} km in "
            f"{said.duration_s // 60}:{said.duration_s % 60:02d}, {minutes}:{seconds:02d}/km."
        )
    effort = f" at RPE {said.rpe:g}" if said.rpe is not None else ""
    lift = (said.exercise_id or "lift").replace("_", " ")
    return (
        f"Logged for {day} ({title}): {lift} {said.sets} x {said.reps} at {said.weight_kg:g} kg"
        f"{effort}."
    )


def _what_changed(said: ChatLog, changes: list[Adjustment]) -> str:
    """The adjustments in a few lines, or why nothing moved."""
    if not changes:
        if isinstance(said, Missed):
            return (
                " I did not move it: there is no free day this week that keeps your hard days "
                "apart, or it was not a key session. Don't make it up by doubling another day; "
                "carry on with the plan."
            )
        return " Your next sessions stay as planned."
    return " What changed because of it:" + change_lines(changes, 5)
