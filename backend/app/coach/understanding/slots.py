"""The details of a message: week and day, exercises, equipment, durations, numbers, body parts.

Each reader takes the normalised text and returns what it found, or None; none of them
guesses. Exercises are found by their catalogue name or a common alias ("bench" is the bench
press), longest name first, so "romanian deadlift" is not read as "deadlift".
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from app.coach.intents import EQUIPMENT_WORDS
from app.training.catalogue import CATALOGUE
from app.training.contract.vocabulary import Equipment

_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "primer": 1,
    "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
    "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
}  # fmt: skip
_CARDINALS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "uno": 1, "una": 1, "dos": 2, "tres": 3,
    "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
}  # fmt: skip
_NUMBER = r"(\d{1,2}|" + "|".join(_CARDINALS) + ")"
_ORDINAL = "(" + "|".join(_ORDINALS) + "|last|ultimo|ultima)"
_WEEK = re.compile(r"\b(?:week|semana)\s*" + _NUMBER + r"\b|\b" + _ORDINAL + r" (?:week|semana)\b")
_DAY = re.compile(
    r"\b(?:day|dia|session|workout|sesion)\s*" + _NUMBER + r"\b|\b(?:the |el |la )?" + _ORDINAL
    + r" (?:day|dia|session|workout|sesion|entreno)\b"
)  # fmt: skip
LAST = -1
"""A day number meaning "the last one of the week"."""
_DURATION = re.compile(
    r"\b(\d{1,3})\s*(?:min|mins|minutes?|minutos?)\b|\b(half an hour|media hora)\b|"
    r"\b(an hour|one hour|una hora)\b|\b(\d(?:\.\d)?)\s*(?:h|hours?|horas?)\b"
)
_QUANTITY = re.compile(r"\b(\d+(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?|pounds|km|k|mi|miles|m|reps)\b")
_SETS_REPS = re.compile(r"\b(\d{1,2})\s*x\s*(\d{1,3})\b")
BODY_PARTS = {
    "knee": "knee", "back": "back", "shoulder": "shoulder", "ankle": "ankle", "wrist": "wrist",
    "elbow": "elbow", "hip": "hip", "neck": "neck", "foot": "foot", "shin": "shin",
    "hamstring": "hamstring", "calf": "calf", "achilles": "achilles", "hand": "hand",
    "rodilla": "knee", "espalda": "back", "hombro": "shoulder", "tobillo": "ankle",
    "muneca": "wrist", "codo": "elbow", "cadera": "hip", "cuello": "neck", "pie": "foot",
    "espinilla": "shin", "isquio": "hamstring", "gemelo": "calf", "mano": "hand",
}  # fmt: skip
_BODY = re.compile(r"\b(" + "|".join(BODY_PARTS) + r")s?\b(?! squats?| extensions?| rows?)")
ALIASES = {
    "squat": "back_squat", "squats": "back_squat", "bench": "bench_press", "deadlifts":
    "deadlift", "rdl": "romanian_deadlift", "rdls": "romanian_deadlift", "pullups":
    "pull_up", "pull ups": "pull_up", "chin ups": "chin_up", "pushups": "push_up",
    "push ups": "push_up", "ohp": "overhead_press", "military press": "overhead_press",
    "lat pulldowns": "lat_pulldown", "pulldowns": "lat_pulldown", "burpees": "burpee",
    "lunges": "reverse_lunge", "rows": "barbell_row", "dips": "parallel_bar_dip",
    "swings": "kettlebell_swing", "hip thrusts": "hip_thrust",
}  # fmt: skip


@dataclass(frozen=True)
class Quantity:
    """A number with its unit ("100 kg", "5 km")."""

    value: float
    unit: str


def _count(word: str) -> int:
    """A number or ordinal as an int; "last" is `LAST`."""
    if word.isdigit():
        return int(word)
    if word in ("last", "ultimo", "ultima"):
        return LAST
    return _ORDINALS.get(word) or _CARDINALS[word]


def week_and_day(text: str) -> tuple[int | None, int | None]:
    """The week and day a message names ("day 3 of week 2", "the first day of week one")."""
    week, day = _WEEK.search(text), _DAY.search(text)
    return (
        _count(next(g for g in week.groups() if g)) if week else None,
        _count(next(g for g in day.groups() if g)) if day else None,
    )


def minutes(text: str) -> int | None:
    """A duration in minutes ("20 minutes", "half an hour", "1.5 h")."""
    match = _DURATION.search(text)
    if match is None:
        return None
    if match[1]:
        return int(match[1])
    if match[2]:
        return 30
    if match[3]:
        return 60
    return round(float(match[4]) * 60)


def quantities(text: str) -> list[Quantity]:
    """Numbers with units, sets x reps included (as "sets" and "reps")."""
    found = [Quantity(float(m[1]), m[2].rstrip("s")) for m in _QUANTITY.finditer(text)]
    for m in _SETS_REPS.finditer(text):
        found += [Quantity(float(m[1]), "sets"), Quantity(float(m[2]), "reps")]
    return found


def body_part(text: str) -> str | None:
    """The body part mentioned, in English ("rodilla" is the knee)."""
    match = _BODY.search(text)
    return BODY_PARTS[match[1]] if match else None


_KIT = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, EQUIPMENT_WORDS), key=len, reverse=True)) + r")s?\b"
)


def equipment(text: str) -> tuple[Equipment, ...]:
    """The kit named in the message."""
    return tuple(sorted({EQUIPMENT_WORDS[m[1]] for m in _KIT.finditer(text)}))


@lru_cache(maxsize=1)
def _exercise_names() -> tuple[dict[str, str], re.Pattern[str]]:
    """Every catalogue name, id and alias → exercise id, and one pattern finding any of them.

    The alternation lists longer names first, so a match is always the longest name there.
    """
    phrases: dict[str, str] = dict(ALIASES)
    for movement in CATALOGUE:
        for phrase in (movement.name.lower(), movement.id.replace("_", " ")):
            plain = re.sub(r"\s*\(.*\)", "", phrase).replace("-", " ")
            phrases.setdefault(plain, movement.id)
            phrases.setdefault(plain + "s", movement.id)
    longest_first = sorted(phrases, key=len, reverse=True)
    return phrases, re.compile(r"\b(" + "|".join(map(re.escape, longest_first)) + r")\b")


def exercises(text: str) -> list[str]:
    """Catalogue ids of the exercises named, in the order they appear."""
    phrases, pattern = _exercise_names()
    return [phrases[match[1]] for match in pattern.finditer(text.replace("-", " "))]
