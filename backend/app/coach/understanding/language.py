"""Which language a message is written in: Spanish or English, the two the coach speaks.

Counting marker words is enough for chat messages: a Spanish message carries articles,
pronouns and question marks English never uses, and anything undecided is read as English.
"""

import re
from enum import StrEnum

from app.coach.understanding.text import fold


class Language(StrEnum):
    """A language the coach answers in."""

    ENGLISH = "en"
    SPANISH = "es"


_SPANISH_WORDS = """
que hoy manana el la los las de del mi mis me tengo es esta estoy por para como cual cuales
semana dia dias entreno entrenar entrenamiento hola gracias buenos buenas duele dolor puedo una
un y con sin muy pero hago toca sesion proxima cuantos cuantas porque explicame rodilla hombro
espalda pecho pienso quiero solo tiene minutos hacer cuando donde ayer siento mucho poco desde
despues antes corro correr
"""
_ENGLISH_WORDS = """
the is my i what how do today to a and can should of in it you your this that with for have
has am are was be tomorrow week day workout session train training run just got after before
when why which hurts pain feel felt
"""
_SPANISH = frozenset(_SPANISH_WORDS.split())
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[a-z]+\??")
_SPANISH_MARKS = re.compile(r"[¿¡ñ]|[áéíóú]")


def detect(message: str) -> Language:
    """The message's language: Spanish when its Spanish markers outnumber its English ones."""
    words = _WORD.findall(fold(message))
    spanish = sum(w.rstrip("?") in _SPANISH for w in words)
    spanish += 2 * len(_SPANISH_MARKS.findall(message.lower()))
    english = sum(w.rstrip("?") in _ENGLISH for w in words)
    return Language.SPANISH if spanish > english else Language.ENGLISH
