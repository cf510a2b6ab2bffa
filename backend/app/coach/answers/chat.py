"""Short answers: greetings, off-topic, the profile, a clarifying question, pain, the plan.

Each opens with the answer itself, in the person's language.
"""

from app.coach.answers.words import article, say
from app.coach.context import CoachContext
from app.coach.understanding import Intent, Language, Understanding
from app.training.contract.plan_document import PlanData

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
_PARTS_ES = {"knee": "la rodilla", "back": "la espalda", "shoulder": "el hombro",
             "ankle": "el tobillo", "wrist": "la muñeca", "elbow": "el codo", "hip": "la cadera",
             "neck": "el cuello"}  # fmt: skip
_CLARIFY = {
    Intent.MOVE: "move a session to another day",
    Intent.SWAP: "swap an exercise for another",
    Intent.HARDER: "make the coming sessions harder",
    Intent.EASIER: "make the coming sessions easier",
    Intent.CHANGE: "write you a new plan",
    Intent.TRAVEL: "adapt some days to the kit you'll have",
}
OFF_TOPIC_EN = (
    "I can't help with that one: I'm your training coach, so I stay on training, recovery "
    'and nutrition for sport. Ask me about your plan ("what\'s my session today?"), '
    "a missed session, or anything like rest between sets or heart-rate zones."
)
OFF_TOPIC_ES = (
    "No puedo ayudarte con eso: soy tu entrenador, así que me centro en el entrenamiento, la "
    'recuperación y la nutrición deportiva. Pregúntame por tu plan ("¿qué entreno hoy?") o '
    "por cualquier duda de entrenamiento."
)


def greeting(context: CoachContext, reading: Understanding) -> str:
    """Hello (or you're welcome), and what the coach can do."""
    name, language = context.profile.name, reading.language
    thanks = any(w in reading.text for w in ("thank", "cheers", "gracias"))
    if thanks:
        return say(
            language,
            f"You're welcome, {name}! Ask me whenever something comes up.",
            f"¡De nada, {name}! Pregúntame cuando quieras.",
        )
    if reading.text.strip(" !.") in ("ok", "okay", "cool", "great", "nice", "got it", "ok cool"):
        return f"Great, {name}. I'm here when you need me."
    return say(
        language,
        f"Hi {name}! Ask me what's on today, tell me if you missed a session or are short on "
        'time, or ask anything about training ("how long should I rest between sets?").',
        f"¡Hola {name}! Pregúntame qué te toca hoy, qué hacer si te saltaste una sesión, o "
        "cualquier duda de entrenamiento.",
    )


def logged(reading: Understanding) -> str:
    """A session reported in the chat: recording it is the training log's job."""
    return say(
        reading.language,
        "Nice work! I can't record sessions from the chat yet: log it in the training log so "
        "your progress and the coming sessions can take it into account.",
        "¡Buen trabajo! Aún no puedo registrar sesiones desde el chat: apúntala en el registro "
        "de entrenamientos.",
    )


def off_topic(reading: Understanding) -> str:
    """A polite refusal that says what the coach is for."""
    return say(reading.language, OFF_TOPIC_EN, OFF_TOPIC_ES)


def clarify(reading: Understanding) -> str:
    """One short question instead of a guess."""
    options = [_CLARIFY[i] for i in (reading.runner_up, Intent.CHANGE) if i in _CLARIFY]
    choices = " or ".join(dict.fromkeys(options))
    return (
        f"Do you want me to {choices}? Tell me what to change and for which days, e.g. "
        '"make it 3 days a week" or "move Friday\'s session to Saturday".'
    )


def profile(context: CoachContext, reading: Understanding) -> str:
    """What the profile says, focused on what was asked."""
    p, language = context.profile, reading.language
    if language is Language.SPANISH:
        days = f"**{p.days_per_week} días a la semana**"
        return f"Entrenas {days}: {p.sport}, nivel {p.experience_level}."
    facts = {
        "sport": f"You're training for **{p.sport}**.",
        "day": f"You train **{p.days_per_week} day{'s' if p.days_per_week > 1 else ''} a week**.",
        "level": f"You're {article(p.experience_level)} **{p.experience_level}**.",
        "old": f"Your profile says you're **{p.age}**.",
        "goal": f"Your goal: **{p.goals}**." if p.goals else "You haven't set a goal yet.",
    }
    asked = [text for key, text in facts.items() if key in reading.text]
    return " ".join(asked or facts.values()) + " You can change any of this on your profile."


def pain(reading: Understanding) -> str:
    """Caution, what to change in training, and when to see a professional."""
    part = reading.slots.body_part
    if reading.language is Language.SPANISH:
        where = _PARTS_ES.get(part or "", "la zona")
        return (
            f"Siento lo de {where}. No puedo diagnosticar dolor: si es agudo, en una "
            "articulación, con hinchazón o dura más de unos días, que te lo mire un médico o un "
            "fisioterapeuta. Mientras, evita los ejercicios que lo provocan y entrena solo en "
            "rangos sin dolor. Si empeora, notas entumecimiento o no puedes apoyar, para."
        )
    where = f"your {part}" if part else "it"
    advice = _PAIN_ADVICE.get(part or "", "leave out any movement that provokes it, keep the "
                              "rest of the session easy, and favour pain-free ranges")  # fmt: skip
    return (
        f"Sorry to hear that; I can't diagnose pain, so treat this as caution, not treatment. "
        "Sharp pain, pain in a joint, swelling, or pain that lasts more than a few days is not "
        f"normal soreness: please have {where} checked by a doctor or physiotherapist. Until "
        f"then, {advice}. If it gets worse, or you feel numbness or can't bear weight, stop."
    )


def overview(plan: PlanData, language: Language) -> str:
    """The plan at a glance: its shape and the phases of its weeks."""
    week = say(language, "week", "semana")
    phases = ", ".join(f"{week} {w.week} {w.phase}" for w in plan.weeks)
    return say(
        language,
        f"**{plan.title}** — {plan.summary}\n\nPhases: {phases}.\n\nAsk me about any day, "
        'e.g. "what\'s my session today?" or "why is week 4 lighter?"',
        f"**{plan.title}** — {plan.summary}\n\nFases: {phases}.\n\nPregúntame por cualquier "
        'día, por ejemplo "¿qué entreno hoy?"',
    )
