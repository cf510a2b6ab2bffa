"""The line that makes a general answer the person's own: what their plan does about it.

Only said when the plan holds something the question is about: an exercise it names (with the
dose of the current week) or a kind of session ("tempo", "long run", "intervals") the plan
schedules. No plan or nothing relevant: no line, rather than a sentence that fits everyone.
"""

import re

from app.coach.context import CoachContext
from app.coach.understanding import Understanding
from app.training.contract.plan_document import PlanData, Week

_SESSION_KINDS = re.compile(
    r"\b(tempo|long run|easy run|intervals?|hills?|threshold|recovery run|sparring|"
    r"conditioning|deload|emom|amrap|mobility)\b"
)


def _current_week(context: CoachContext, plan: PlanData) -> Week:
    """The week today falls in, or the first week of an undated plan."""
    if plan.start_date is None:
        return plan.weeks[0]
    number = (context.today - plan.start_date).days // 7 + 1
    return plan.weeks[min(max(number, 1), plan.duration_weeks) - 1]


def personal_line(context: CoachContext, reading: Understanding) -> str | None:
    """What the person's plan does about the question, or None when it does nothing."""
    plan = context.plan
    if plan is None:
        return None
    week = _current_week(context, plan)
    for exercise_id in reading.slots.exercises:
        for session in week.sessions:
            for exercise in session.exercises():
                if exercise.exercise_id == exercise_id:
                    load = f" at {exercise.load_kg:g} kg" if exercise.load_kg else ""
                    return (
                        f"In your plan this week: {exercise.name}, {exercise.dose_text}{load} "
                        f"@ {exercise.intensity} (day {session.day})."
                    )
    kind = _SESSION_KINDS.search(reading.text)
    if kind is None:
        return None
    days = [s for s in week.sessions if kind[1].rstrip("s") in s.title.lower()]
    if not days:
        return None
    return f"In your plan this week: {days[0].title} on day {days[0].day} ({days[0].focus})."
