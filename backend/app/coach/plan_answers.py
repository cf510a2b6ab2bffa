"""Answering questions about a person's own profile and plan, from the stored data alone."""

import re
from datetime import date

from app.coach.context import CoachContext
from app.training.contract.plan_document import Exercise, PlanData, Session, Week

NO_PLAN = (
    "You don't have a plan yet. Create one from the plan page (or ask me: \"make me a 4-week "
    'plan") and I can walk you through any day of it.'
)


def answer_profile(context: CoachContext) -> str:
    """What the profile says, focused on what was asked (sport, days, level, age or goals)."""
    p = context.profile
    facts = {
        "sport": f"You're training for **{p.sport}**.",
        "day": f"You train **{p.days_per_week} day{'s' if p.days_per_week > 1 else ''} a week**.",
        "level": f"Your level is **{p.experience_level}**.",
        "old": f"Your profile says you're **{p.age}**.",
        "goal": f"Your goal: **{p.goals}**." if p.goals else "You haven't set a goal yet.",
    }
    asked = [text for key, text in facts.items() if key in context.question.lower()]
    lines = asked or list(facts.values())
    return " ".join(lines) + " You can change any of this on your profile, or just tell me."


def describe_exercise(exercise: Exercise) -> str:
    """One line a person can train from: name, dose, intensity, rest, cue."""
    rest = f", rest {_clock(exercise.rest_s)}" if exercise.rest_s else ""
    cue = f" — {exercise.notes}" if exercise.notes else ""
    return f"- {exercise.name}: {exercise.dose_text} @ {exercise.intensity}{rest}{cue}"


def describe_session(week: Week, session: Session) -> str:
    """A session written out block by block."""
    lines = [
        f"**Week {week.week}, day {session.day} — {session.title}** "
        f"({session.duration_min} min, {session.intensity}; {week.phase} phase)",
        f"Focus: {session.focus}",
    ]
    for block in session.blocks:
        lines.append(
            f"*{block.kind.replace('_', '-')}*"
            + (f" ({block.format})" if block.format != "straight" else "")
        )
        lines.extend(describe_exercise(exercise) for exercise in block.exercises)
    return "\n".join(lines)


def answer_plan(context: CoachContext, week: int | None, day: int | None) -> str:
    """A day of the plan, a week and why it looks that way, or an overview."""
    plan = context.plan
    if plan is None:
        return NO_PLAN
    week = week or _week_by_date(plan, context.question)
    if week is not None and not 1 <= week <= plan.duration_weeks:
        return f"Your plan has {plan.duration_weeks} weeks, so there is no week {week}."
    if week is not None and day is not None:
        if not 1 <= day <= plan.days_per_week:
            return f"You train {plan.days_per_week} days a week, so week {week} has no day {day}."
        return describe_session(plan.weeks[week - 1], plan.session(week, day))
    if week is not None:
        return _describe_week(plan, plan.weeks[week - 1])
    if day is not None:
        return answer_plan(context, 1, day)
    return _overview(plan)


def _describe_week(plan: PlanData, week: Week) -> str:
    """A week's phase, why it is built that way, and its sessions in one line each."""
    volume = plan.total_volume(week.week)
    lines = [f"**Week {week.week}: {week.phase} phase — {week.focus}.** {week.notes}"]
    if week.week > 1:
        before = plan.total_volume(week.week - 1)
        if volume.sets < before.sets:
            lines.append(
                f"It is lighter than week {week.week - 1} on purpose: {volume.sets} work sets "
                f"instead of {before.sets}, so your body can absorb the training before the "
                "next push."
            )
    lines.extend(
        f"- Day {s.day}: {s.title} ({s.duration_min} min, {s.intensity})" for s in week.sessions
    )
    return "\n".join(lines)


def _overview(plan: PlanData) -> str:
    """The plan at a glance: its shape and the phases of its weeks."""
    phases = ", ".join(f"week {w.week} {w.phase}" for w in plan.weeks)
    return (
        f"**{plan.title}** — {plan.summary}\n\nPhases: {phases}.\n\nAsk me about any day, "
        'e.g. "what\'s my workout on day 1 of week 2?"'
    )


def _week_by_date(plan: PlanData, question: str) -> int | None:
    """The current week when the plan has a start date and the question says today or tomorrow."""
    if plan.start_date is None or not re.search(r"\b(today|tomorrow|this week)\b", question, re.I):
        return None
    elapsed = (date.today() - plan.start_date).days  # the server's calendar day
    return min(max(elapsed // 7 + 1, 1), plan.duration_weeks)


def _clock(seconds: int) -> str:
    """Rest as a coach writes it: 45 s, 2:00."""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}" if minutes else f"{rest} s"
