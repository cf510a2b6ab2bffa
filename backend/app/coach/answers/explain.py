"""Why the plan looks the way it does: the engine's own reasons first, the science after.

A named week answers with why that week is built so (fewer sets than the week before, its phase
and notes); a kind of session or an exercise the plan holds answers with the focus the engine
gave it; then the knowledge base's best sentences explain the idea behind it.
"""

import re

from app.coach.answers.sessions import clock, lighter_reason
from app.coach.answers.words import say
from app.coach.context import CoachContext
from app.coach.understanding import Language, Understanding
from app.training.contract.plan_document import PlanData

_DAYS = re.compile(r"\b(\d) days?\b")


def _week_reason(plan: PlanData, number: int, language: Language) -> str:
    """Why week `number` is built the way it is."""
    if not 1 <= number <= plan.duration_weeks:
        return say(
            language,
            f"Your plan has {plan.duration_weeks} weeks, so there is no week {number}.",
            f"Tu plan tiene {plan.duration_weeks} semanas: no hay semana {number}.",
        )
    week = plan.weeks[number - 1]
    lighter = lighter_reason(plan, week, language)
    phase = say(
        language,
        f"Week {number} is a {week.phase} week ({week.focus}): {week.notes}",
        f"La semana {number} es de fase {week.phase} ({week.focus}): {week.notes}",
    )
    return f"{lighter} {phase}" if lighter else phase


def _element_reason(plan: PlanData, reading: Understanding) -> str | None:
    """Why a session kind or exercise the message names is in the plan."""
    weeks = [plan.weeks[reading.slots.week - 1]] if reading.slots.week else plan.weeks
    words = [w for w in re.findall(r"[a-z]+", reading.text) if len(w) > 3]
    for week in weeks:
        for session in week.sessions:
            named = [e for e in session.exercises() if e.exercise_id in reading.slots.exercises]
            if named:
                e = named[0]
                return (
                    f"{e.name} is in week {week.week}, day {session.day} as {e.dose_text} @ "
                    f"{e.intensity} with {clock(e.rest_s)} rest, because that session's focus "
                    f"is {session.focus.lower()}."
                )
            title = session.title.lower()
            if any(w.rstrip("s") in title for w in words if w not in ("week", "plan", "why")):
                return (
                    f"{session.title} is in week {week.week}, day {session.day} for a reason: "
                    f"{session.focus}."
                )
    return None


def explain(context: CoachContext, reading: Understanding, science: str) -> str:
    """The engine's reason (when the plan has one for what was asked), then the science."""
    plan = context.plan
    if plan is None:
        return science
    if reading.slots.week is not None and not reading.slots.exercises:
        reason: str | None = _week_reason(plan, reading.slots.week, reading.language)
    elif "deload" in reading.text:
        deloads = [w.week for w in plan.weeks if w.phase == "deload"]
        reason = _week_reason(plan, deloads[0], reading.language) if deloads else None
    elif (days := _DAYS.search(reading.text)) and "only" in reading.text:
        reason = (
            f"Your plan has {plan.days_per_week} days a week because your profile says you "
            f"train {context.profile.days_per_week} days a week; tell me if that changed."
        )
        del days
    else:
        reason = _element_reason(plan, reading)
    if reason is None:
        return science
    return f"{reason}\n\n{science}" if science else reason
