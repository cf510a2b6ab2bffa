"""Reading Spanish messages by patterns: the shipped encoder understands English only.

The patterns cover what the coach answers in Spanish: greetings, pain, today / tomorrow / the
next session, a day of a week, why a week looks the way it does, the plan, the profile, short
on time; anything else about training is a knowledge question, and the rest is off-topic.
Patterns run on folded text (no accents: "mañana" is "manana").
"""

import re

from app.coach.understanding.intents_vocabulary import Intent, IntentReading

_RULES: tuple[tuple[Intent, re.Pattern[str]], ...] = tuple(
    (intent, re.compile(pattern))
    for intent, pattern in (
        (
            Intent.GREETING,
            r"^\W*(hola|buenos dias|buenas( tardes| noches)?|gracias|muchas gracias|"
            r"vale|genial|perfecto)\b[\w\s!.,]{0,20}$",
        ),
        (Intent.PAIN, r"\b(me duele|duele|dolor|lesion\w*|torc\w*|esguince|molestia)\b"),
        (Intent.SHORT_TIME, r"\b\d+\s*(min|minutos)\b|\bmedia hora\b|\bpoco tiempo\b"),
        (Intent.EXPLAIN, r"\bpor ?que\b"),
        (Intent.PROFILE, r"\bcuantos dias (entreno|a la semana)\b|\bmi (nivel|deporte|objetivo)\b"),
        (
            Intent.SESSION,
            r"\b(hoy|manana|proxima sesion|siguiente sesion|dia \d|que me toca|"
            r"que entreno|que tengo)\b",
        ),
        (Intent.PLAN, r"\b(mi plan|el plan|mi programa)\b"),
        (Intent.WEEK, r"\b(esta semana|semana \d)\b"),
    )
)
_TRAINING = re.compile(
    r"entren\w*|correr|corro|carrera|fuerza|pesas|sentadilla\w*|proteina\w*|descanso|agujetas|"
    r"musculo\w*|series|repeticiones|gimnasio|boxeo|calentamiento|estiramient\w*|dieta|sueno"
)


def classify(text: str) -> IntentReading:
    """The intent of a Spanish message (folded), by the first rule that matches."""
    for intent, pattern in _RULES:
        if pattern.search(text):
            return IntentReading(intent, 1.0)
    if _TRAINING.search(text):
        return IntentReading(Intent.KNOWLEDGE, 0.5)
    return IntentReading(Intent.OFF_TOPIC, 0.5)
