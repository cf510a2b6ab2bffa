"""Answering from the log: what was done on a day, what a lift's e1RM is.

Everything comes from `context.training` (`app.logbook.coach_view`), so the answers use the
person's own date in their time zone.
"""

import datetime as dt
import re

from app.coach.answers.sessions import describe_exercise
from app.coach.context import CoachContext
from app.logbook.calendar import PlannedSession
from app.logbook.coach_view import LoggedSession

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_MAX = re.compile(r"\b(e1rm|1rm|one[- ]rep max|max)\b", re.IGNORECASE)
LIFT_WORDS = {
    "squat": "back_squat",
    "bench": "bench_press",
    "deadlift": "deadlift",
    "overhead press": "overhead_press",
    "ohp": "overhead_press",
    "press": "overhead_press",
}
"""Words people use for the main lifts, and the library ids the log keys them by."""


def answer_log(context: CoachContext) -> str:
    """An estimated max when the question asks for one; otherwise what was logged."""
    if _MAX.search(context.question):
        return _answer_e1rm(context)
    training = context.training
    date = _asked_date(context.question, training.today.date)
    sessions = training.on(date) if date else training.recent[:1]
    if not sessions:
        when = f"on {date:%A %d %B}" if date else "yet"
        return f"Nothing is logged {when}. Log a session from the Today page and I'll see it."
    return "\n\n".join(_describe_logged(session) for session in sessions)


def _answer_e1rm(context: CoachContext) -> str:
    """The latest estimated 1RM of the lift named (or of every lift)."""
    question = context.question.lower()
    lift = next((lift for word, lift in LIFT_WORDS.items() if word in question), None)
    maxes = context.training.e1rm
    wanted = {lift: maxes[lift]} if lift in maxes else ({} if lift else maxes)
    if not wanted:
        return (
            "I can't estimate that yet: log a few sets of it with weight and reps (1 to 12 "
            "reps) and I'll work it out."
        )
    lines = [
        f"- {name.replace('_', ' ')}: about **{point.e1rm_kg:g} kg** (from {point.date:%d %b})"
        for name, point in wanted.items()
    ]
    return "Estimated one-rep max (Epley, reps in reserve counted):\n" + "\n".join(lines)


def _asked_date(question: str, today: dt.date) -> dt.date | None:
    """The date a question points at: today, yesterday, or the last such weekday."""
    lowered = question.lower()
    if "yesterday" in lowered:
        return today - dt.timedelta(days=1)
    if "today" in lowered:
        return today
    named = _WEEKDAY.search(question)
    if named is None:
        return None
    back = (today.weekday() - _WEEKDAYS.index(named.group(1).lower())) % 7
    return today - dt.timedelta(days=back)


def _describe(planned: PlannedSession, when: str) -> str:
    """A planned session written out, with its state when it is already logged."""
    session = planned.prescription
    lines = [f"**{when}: {session.title}** ({session.duration_min} min, {session.intensity})"]
    lines += [describe_exercise(exercise) for exercise in session.exercises()]
    if planned.entry.status != "planned":
        lines.append(f"Logged: {planned.entry.status}.")
    return "\n".join(lines)


def _describe_logged(session: LoggedSession) -> str:
    """A logged session as the coach reads it back."""
    head = f"**{session.date:%A %d %B}: {session.title}** — {session.status}"
    if session.reason:
        head += f" ({session.reason})"
    if session.duration_min:
        head += f", {session.duration_min} min"
    if session.session_rpe:
        head += f", session RPE {session.session_rpe:g}"
    return "\n".join([head, *(f"- {line}" for line in session.lines)])


def training_text(context: CoachContext) -> str:
    """Today, the next session, the recent log and the e1RMs, for a language model's prompt."""
    training = context.training
    today = training.today
    lines = [f"Today is {today.date:%A %Y-%m-%d} for the athlete."]
    lines.append(
        _describe(today.session, "Today's session") if today.session else "Today: rest day."
    )
    if today.next is not None:
        lines.append(f"Next session: {today.next.entry.title} on {today.next.entry.date:%A %d %B}.")
    lines.append("Recent log (newest first):")
    lines += [_describe_logged(session) for session in training.recent] or ["nothing logged"]
    lines += [
        f"Estimated 1RM {lift.replace('_', ' ')}: {point.e1rm_kg:g} kg"
        for lift, point in training.e1rm.items()
    ]
    return "\n".join(lines)
