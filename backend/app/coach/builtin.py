"""The built-in coach: answers from the context alone, offline and in milliseconds.

Every reply is written from stored facts — the profile, the plan, the knowledge passages — so it
can be wrong only where those are. Safety replies are fixed text on purpose: when someone
reports a red flag, the words should be the same careful words every time.
"""

from dataclasses import dataclass, field

from app.coach.actions import ChangeResult
from app.coach.closed_loop import Done
from app.coach.context import CoachContext
from app.coach.intents import Intent, Reading
from app.coach.knowledge_answers import answer_knowledge
from app.coach.log_answers import answer_log, answer_when
from app.coach.plan_answers import answer_plan, answer_profile
from app.knowledge.search import Passage

RED_FLAG_REPLY = (
    "Please stop training for now. What you describe can be a sign of something that needs a "
    "doctor, not a coach: chest pain or pressure, fainting, breathlessness out of proportion to "
    "the effort, a racing or irregular heartbeat, numbness, a head injury, or pain that wakes "
    "you at night. If it is happening now or is severe, call your local emergency number. "
    "Otherwise see a doctor before your next session, and tell them what you felt and when. "
    "I'll be here to adjust your plan once you've been checked."
)
OFF_TOPIC_REPLY = (
    "I'm your training coach, so I'll stay on training, recovery and nutrition for sport. Ask "
    'me about your plan ("what\'s my workout on day 1 of week 2?"), your profile, or anything '
    "like rest between sets, heart-rate zones or how to progress."
)
_PAIN_ADVICE = {
    "knee": "skip jumps, deep squats and downhill running; use box squats to a comfortable "
    "depth, glute bridges and flat easy cycling instead",
    "back": "drop heavy hinges and loaded spinal flexion; keep to bird-dogs, dead bugs, side "
    "planks and easy walking",
    "shoulder": "avoid overhead pressing, dips and kipping; keep to pain-free rows, band "
    "external rotations and push-ups only within a pain-free range",
    "ankle": "stop running and jumping; keep to upper-body work, seated or lying exercises and "
    "gentle pain-free range of motion",
    "wrist": "avoid push-ups on flat hands, punching the bag and front rack positions; try "
    "neutral-grip dumbbells or fists on parallettes only if pain-free",
}
_DEFAULT_PAIN_ADVICE = (
    "leave out any movement that provokes it, keep the rest of the session easy, and favour "
    "pain-free ranges"
)


@dataclass(frozen=True)
class Reply:
    """What the coach says and the passages it cites."""

    text: str
    sources: list[Passage] = field(default_factory=list)


def write_reply(
    context: CoachContext, reading: Reading, change: ChangeResult | Done | None
) -> Reply:
    """The built-in coach's reply to the message read as `reading`.

    Args:
        context: What the coach knows.
        reading: What the message is about.
        change: The changes already carried out for a change request, if any.

    Returns:
        The reply text and its cited passages.
    """
    if reading.intent is Intent.RED_FLAG:
        return Reply(RED_FLAG_REPLY, list(context.passages[:1]))
    if reading.intent is Intent.PAIN:
        return _pain_reply(context, reading.body_part)
    if isinstance(change, Done):
        return Reply(change.text)
    if reading.intent is Intent.CHANGE and change is not None:
        return Reply(describe_change(change))
    if reading.intent is Intent.PROFILE:
        return Reply(answer_profile(context))
    if reading.intent is Intent.LOG:
        return Reply(answer_log(context))
    if reading.intent is Intent.PLAN:
        dated = answer_when(context) if reading.week is None else None
        return Reply(dated or answer_plan(context, reading.week, reading.day))
    if reading.intent is Intent.GREETING:
        return Reply(
            f"Hi {context.profile.name}! Ask me about your plan, your training or recovery — "
            'or tell me what to change ("make it 4 days", "I only have dumbbells").'
        )
    if reading.intent is Intent.OFF_TOPIC:
        return Reply(OFF_TOPIC_REPLY)
    text, sources = answer_knowledge(context)
    return Reply(text, sources)


def _pain_reply(context: CoachContext, body_part: str | None) -> Reply:
    """Caution, what to change in training, and when to see a professional."""
    where = f"your {body_part}" if body_part else "it"
    advice = _PAIN_ADVICE.get(body_part or "", _DEFAULT_PAIN_ADVICE)
    text = (
        f"Sorry to hear that. I can't diagnose pain, so treat this as caution, not treatment. "
        f"Sharp pain, pain in a joint, swelling, pain that changes how you move, or pain that "
        f"lasts more than a few days is not normal soreness: please have {where} checked by a "
        "doctor or physiotherapist. Until then, "
        f"{advice}. Muscle soreness that fades within two or three days and feels better once "
        "you warm up is usually fine to train around. If it gets worse or you feel numbness, "
        "swelling or can't bear weight, stop and get it seen."
    )
    return Reply(text, list(context.passages[:1]))


def describe_change(change: ChangeResult) -> str:
    """What was changed and what the new plan looks like."""
    done = [
        f"{field.replace('_', ' ')} → {value}" for field, value in change.profile_changes.items()
    ]
    plan = change.plan
    kit = ", ".join(e.replace("_", " ") for e in plan.equipment) or "bodyweight only"
    head = f"Done: I updated your profile ({'; '.join(done)}) and " if done else "Done: I "
    return (
        f"{head}wrote you a new plan: **{plan.title}** — {plan.duration_weeks} weeks, "
        f"{plan.days_per_week} days a week, using {kit}. {plan.summary} "
        "It's on your plan page now; ask me about any day of it."
    )
