"""What the coach sends to a language model: a careful system prompt and the same context.

The model sees the person's profile (no email, no ids), a compact view of their current plan,
the recent conversation, and the retrieved passages numbered for citation. It never sees
anyone else's data, because the context holds only the asking person's.
"""

from app.coach.answers.calendar import answer_session, answer_week
from app.coach.answers.chat import overview
from app.coach.answers.history import training_text
from app.coach.context import CoachContext
from app.coach.understanding import Intent, Understanding
from app.llm.client import Turn

LLM_PASSAGES = 4
"""Passages sent to the model: the best few, to keep the prompt small for local models."""

SYSTEM_PROMPT = """You are CoachX, a careful and encouraging personal training coach.
Rules:
- Answer only about training, recovery, nutrition for sport, and this athlete's plan.
- Use the athlete profile, plan and knowledge passages below. Prefer them over your own memory,
  and cite passages you use as [1], [2].
- Never invent numbers that contradict the passages or the plan.
- Pain, injury or medical symptoms: be cautious, recommend a doctor or physiotherapist, and never
  diagnose. Chest pain, fainting or breathlessness: tell them to stop and seek medical help.
- Be concise: at most about 150 words, plain language, no preamble."""


def _profile_text(context: CoachContext) -> str:
    """The athlete as the model may know them."""
    p = context.profile
    goals = p.goals or "none given"
    return (
        f"Athlete: {p.name}, {p.age} years old, {p.experience_level} in {p.sport}, trains "
        f"{p.days_per_week} days a week. Goals: {goals}."
    )


def _plan_text(context: CoachContext, reading: Understanding) -> str:
    """The plan at a glance, today's date, and the asked session or week written out."""
    plan = context.plan
    if plan is None:
        return "Current plan: none yet."
    glance = f"Current plan:\n{overview(plan, reading.language)}\n\nToday is {context.today}."
    if reading.intent is Intent.WEEK:
        detail = answer_week(plan, reading, context.today)
    else:
        detail = answer_session(plan, reading, context.today)
    return f"{glance}\n\nThe session asked about (or today's):\n{detail}"


def _passages_text(context: CoachContext) -> str:
    """The retrieved passages, numbered for citation."""
    passages = context.passages[:LLM_PASSAGES]
    if not passages:
        return "Knowledge passages: none found."
    return "Knowledge passages:\n" + "\n".join(
        f"[{n}] {p.title} — {p.section}: {p.text}" for n, p in enumerate(passages, 1)
    )


def turns_for(context: CoachContext, reading: Understanding) -> list[Turn]:
    """The whole request: system prompt with context, recent history, then the question.

    Args:
        context: What the coach knows.
        reading: The intent read from the question (to include the asked part of the plan).

    Returns:
        The turns to send.
    """
    system = "\n\n".join(
        [
            SYSTEM_PROMPT,
            _profile_text(context),
            _plan_text(context, reading),
            training_text(context),
            _passages_text(context),
        ]
    )
    history = [
        Turn("assistant" if turn.role == "assistant" else "user", turn.message)
        for turn in context.history
    ]
    return [Turn("system", system), *history, Turn("user", context.question)]
