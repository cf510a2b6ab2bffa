"""Reading a logged session from a chat message: "did 3x5 at 100 kg, felt easy".

Three kinds of message are understood, with plain patterns like the rest of the intent reader:
- lifts: sets x reps at a weight, with the lift named or not ("squat 3x5 @ 100kg rpe 7",
  "did 3 sets of 5 at 100 kg, felt easy");
- runs: a distance and a time ("ran 5 km in 26:10", "10k in 52 minutes");
- misses: "I missed yesterday", "skipped today's session".
How it felt becomes an RPE: easy 5.5 (four or more reps left), fine 7, hard 8.5, very hard or
a grind 9.5, failed 10; an explicit "RPE 7" or "@7" wins. Numbers outside what a person lifts
or runs are not read at all.
"""

import re
from dataclasses import dataclass

LIFT_WORDS: dict[str, str] = {
    "squat": "back_squat",
    "front squat": "front_squat",
    "bench": "bench_press",
    "deadlift": "deadlift",
    "overhead press": "overhead_press",
    "ohp": "overhead_press",
    "press": "overhead_press",
    "row": "barbell_row",
    "pull-up": "pull_up",
    "pull up": "pull_up",
    "pullup": "pull_up",
    "chin-up": "chin_up",
}
FEEL_RPE: tuple[tuple[str, float], ...] = (
    (r"fail(ed)?|missed (a )?reps?|couldn'?t finish", 10.0),
    (r"very hard|brutal|all.out|maxed|grind(y|ed)?|ground", 9.5),
    (r"hard|tough|heavy|difficult", 8.5),
    (r"fine|ok(ay)?|solid|good|moderate", 7.0),
    (r"easy|light|breeze|smooth|comfortable", 5.5),
)
MAX_KG, MAX_REPS, MAX_SETS = 500.0, 50, 10
MAX_RUN_KM, MAX_RUN_S = 100.0, 12 * 3600

_SETS_REPS = re.compile(
    r"\b(\d{1,2})\s*(?:x|\u00d7|sets? of)\s*(\d{1,2})\b(?:\s*reps?)?", re.IGNORECASE
)
_WEIGHT = re.compile(r"(?:@|at|with)?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(kg|kilos?)\b", re.IGNORECASE)
_RPE = re.compile(r"\brpe\s*(\d{1,2}(?:\.5)?)\b|@\s*(\d{1,2}(?:\.5)?)\b(?!\s*kg)", re.IGNORECASE)
_RUN = re.compile(
    r"\b(\d{1,3}(?:[.,]\d{1,3})?)\s*(km|k)\b.*?\b(?:in|at|:)?\s*"
    r"(?:(\d{1,2}):(\d{2})(?::(\d{2}))?|(\d{1,3})\s*(?:min(?:ute)?s?)\b)",
    re.IGNORECASE,
)
_MISSED = re.compile(
    r"\b(missed|skipped|didn'?t (?:do|make|train)|couldn'?t (?:train|make it))\b.*?"
    r"\b(yesterday|today|this morning|tonight)\b|"
    r"\b(yesterday|today)\b.*?\b(missed|skipped)\b",
    re.IGNORECASE,
)
_LIFT = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, LIFT_WORDS), key=len, reverse=True)) + r")s?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Lifted:
    """Sets of one lift: the lift's id when named, else None (today's main lift is meant)."""

    exercise_id: str | None
    sets: int
    reps: int
    weight_kg: float
    rpe: float | None


@dataclass(frozen=True)
class Ran:
    """One run: distance and time."""

    distance_m: int
    duration_s: int


@dataclass(frozen=True)
class Missed:
    """A session missed: `days_ago` 0 for today, 1 for yesterday."""

    days_ago: int


ChatLog = Lifted | Ran | Missed


def read_log(message: str) -> ChatLog | None:
    """The session a message reports, or None when it reports none."""
    missed = _MISSED.search(message)
    if missed:
        said = (missed.group(2) or missed.group(3) or "").lower()
        return Missed(days_ago=1 if said == "yesterday" else 0)
    if message.rstrip().endswith("?"):
        return None  # "should I do 3x5 at 100 kg?" asks, it does not report
    return _lifted(message) or _ran(message)


def lift_named(message: str) -> str | None:
    """The library id of the lift a message names ("my bench" → bench_press), if any."""
    lift = _LIFT.search(message)
    return LIFT_WORDS[lift.group(1).lower()] if lift else None


def feel_rpe(message: str) -> float | None:
    """The RPE a message gives or implies ("RPE 8", "@8", "felt easy"), if any."""
    explicit = _RPE.search(message)
    if explicit:
        value = float(explicit.group(1) or explicit.group(2))
        return value if 1 <= value <= 10 else None
    for pattern, rpe in FEEL_RPE:
        if re.search(r"\b(" + pattern + r")\b", message, re.IGNORECASE):
            return rpe
    return None


def _lifted(message: str) -> Lifted | None:
    """Sets x reps at a weight."""
    dose, weight = _SETS_REPS.search(message), _WEIGHT.search(message)
    if dose is None or weight is None:
        return None
    sets, reps = int(dose.group(1)), int(dose.group(2))
    kg = float(weight.group(1).replace(",", "."))
    if not (1 <= sets <= MAX_SETS and 1 <= reps <= MAX_REPS and 0 < kg <= MAX_KG):
        return None
    return Lifted(lift_named(message), sets, reps, kg, feel_rpe(message))


def _ran(message: str) -> Ran | None:
    """A distance and a time: "5 km in 26:10", "10k in 52 minutes", "half 1:45:00"."""
    found = _RUN.search(message)
    if found is None:
        return None
    km = float(found.group(1).replace(",", "."))
    if found.group(6):
        seconds = int(found.group(6)) * 60
    else:
        first, second, third = found.group(3), found.group(4), found.group(5)
        seconds = (
            int(first) * 3600 + int(second) * 60 + int(third)
            if third
            else int(first) * 60 + int(second)
        )
    if not (0 < km <= MAX_RUN_KM and 0 < seconds <= MAX_RUN_S):
        return None
    return Ran(distance_m=round(km * 1000), duration_s=seconds)
