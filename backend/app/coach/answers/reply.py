"""The built-in coach's reply to a message already read and acted on, by intent."""

from app.coach.actions import ChangeResult, EditResult
from app.coach.answers import calendar, chat, life
from app.coach.answers.explain import explain
from app.coach.answers.history import answer_log
from app.coach.answers.safety import red_flag_reply
from app.coach.answers.words import say
from app.coach.closed_loop import Done
from app.coach.context import CoachContext
from app.coach.knowledge_answers import answer_knowledge
from app.coach.understanding import Intent, Understanding
from app.knowledge.search import Passage

Outcome = ChangeResult | EditResult | Done | None
NO_PLAN_EN = (
    "You don't have a plan yet. Create one from the plan page (or ask me: \"make me a 4-week "
    'plan") and I can walk you through any day of it.'
)
NO_PLAN_ES = "Todavía no tienes plan. Créalo en la página del plan y te guío día a día."
_PLAN_INTENTS = frozenset(
    {Intent.SESSION, Intent.WEEK, Intent.PLAN, Intent.MISSED, Intent.SHORT_TIME,
     Intent.SLEPT_BADLY, Intent.TRAVEL}
)  # fmt: skip


def _plan_reply(context: CoachContext, reading: Understanding) -> str:
    """Answers that need the plan."""
    plan, today, intent = context.plan, context.today, reading.intent
    if plan is None:
        return say(reading.language, NO_PLAN_EN, NO_PLAN_ES)
    if intent is Intent.SESSION:
        return calendar.answer_session(plan, reading, today)
    if intent is Intent.WEEK:
        return calendar.answer_week(plan, reading, today)
    if intent is Intent.MISSED:
        return life.missed(plan, reading, today)
    if intent is Intent.SHORT_TIME:
        return life.short_on_time(plan, reading, today)
    if intent is Intent.SLEPT_BADLY:
        return life.slept_badly(plan, reading, today)
    if intent is Intent.TRAVEL:
        return life.travelling(plan, reading, today)
    return chat.overview(plan, reading.language)


def write(
    context: CoachContext, reading: Understanding, outcome: Outcome
) -> tuple[str, list[Passage]]:
    """The reply text and the passages it cites."""
    intent = reading.intent
    if reading.red_flag is not None:
        return red_flag_reply(reading.red_flag.flag, reading.language), []
    if isinstance(outcome, Done):  # recorded from the chat, or answered from the log
        return outcome.text, []
    if intent in _PLAN_INTENTS:
        return _with_outcome(_plan_reply(context, reading), outcome), []
    simple = {
        Intent.GREETING: lambda: chat.greeting(context, reading),
        Intent.OFF_TOPIC: lambda: chat.off_topic(reading),
        Intent.CLARIFY: lambda: chat.clarify(reading),
        Intent.PROFILE: lambda: chat.profile(context, reading),
        Intent.PAIN: lambda: chat.pain(reading),
        Intent.SICK: lambda: life.sick(reading),
        Intent.LOG: lambda: chat.logged(reading),
        Intent.HISTORY: lambda: answer_log(context),
    }
    if intent in simple:
        return simple[intent](), []
    if intent in (Intent.CHANGE, Intent.GOAL, Intent.MOVE, Intent.SWAP, Intent.HARDER,
                  Intent.EASIER, Intent.START):  # fmt: skip
        return changes_reply(reading, outcome), []
    text, sources = answer_knowledge(context, reading)
    if intent is Intent.EXPLAIN:
        return explain(context, reading, text if sources else ""), sources
    return text, sources


def _with_outcome(text: str, outcome: Outcome) -> str:
    """A plan answer followed by what was changed in the plan, if anything."""
    if isinstance(outcome, EditResult) and outcome.summary:
        return f"{text}\n\nI've put this in your plan for those dates only ({outcome.summary})."
    return text


_HOW = {
    Intent.EASIER: "easier: one set fewer on each exercise, effort capped at RPE 6, no "
    "conditioning",
    Intent.HARDER: "harder: one more set on each main exercise",
}


def changes_reply(reading: Understanding, outcome: Outcome) -> str:
    """What was changed, or why not and what to say instead."""
    if isinstance(outcome, ChangeResult):
        return describe_change(outcome)
    if isinstance(outcome, EditResult) and outcome.summary:
        spans = reading.slots.dates
        when = spans[0].phrase if spans else "the next 7 days"
        how = _HOW.get(reading.intent)
        head = (
            f"Done: for {when}, the sessions are {how} ({outcome.summary})"
            if how
            else f"Done: {outcome.summary}"
        )
        return f"{head}. Everything else in your plan stays as it was."
    if isinstance(outcome, EditResult) and outcome.refused:
        return f"I didn't change anything: {outcome.refused}."
    examples = {
        Intent.MOVE: '"move Friday\'s session to Saturday"',
        Intent.SWAP: '"swap back squats for goblet squats"',
        Intent.GOAL: '"my first fight is in 8 weeks"',
    }
    example = examples.get(reading.intent, '"make it easier next week"')
    return (
        "I didn't change anything yet: tell me which session or exercise and which day, e.g. "
        f"{example}. Your plan needs dates for that too."
    )


def describe_change(change: ChangeResult) -> str:
    """What was changed and what the new plan looks like."""
    done = [f"{k.replace('_', ' ')} → {v}" for k, v in change.profile_changes.items()]
    plan = change.plan
    kit = ", ".join(e.replace("_", " ") for e in plan.equipment) or "bodyweight only"
    head = f"Done: I updated your profile ({'; '.join(done)}) and " if done else "Done: I "
    return (
        f"{head}wrote you a new plan: **{plan.title}** — {plan.duration_weeks} weeks, "
        f"{plan.days_per_week} days a week, using {kit}. {plan.summary} "
        "It's on your plan page now; ask me about any day of it."
    )
