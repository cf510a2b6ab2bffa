"""Reading a plan change from a message: days, sport, level, length and the kit at hand.

Plain patterns: a request is only read when it is phrased as one ("make it 5 days", "I only
have dumbbells"), so a question ("is 5 days too much?") never rewrites a plan. What a message
is about (its intent) is read by `app.coach.understanding`.
"""

import re
from dataclasses import dataclass

from app.accounts.profile import ExperienceLevel, Sport
from app.training.contract.vocabulary import Equipment


@dataclass(frozen=True)
class ChangeRequest:
    """What the person asked to change; None means "keep as it is"."""

    days_per_week: int | None = None
    sport: Sport | None = None
    experience_level: ExperienceLevel | None = None
    duration_weeks: int | None = None
    equipment: tuple[Equipment, ...] | None = None

    def is_empty(self) -> bool:
        """Whether the message asked for no change the coach can make."""
        return self == ChangeRequest()


_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "once": 1,
    "twice": 2,
}
_NUMBER = r"(\d{1,2}|" + "|".join(_NUMBERS) + r")"

_FIRM_CHANGE = re.compile(
    r"\b(make|change|switch|move|set|update|put me|can (you|we)|could (you|we)|let'?s|"
    r"give me|new plan|instead)\b",
    re.IGNORECASE,
)
_SOFT_CHANGE = re.compile(
    r"\b(i (only )?(can|could|want|would like|'d like)|only|now|rather|prefer)\b", re.IGNORECASE
)
_DAYS = re.compile(
    _NUMBER + r"\s*(days?|x|times|sessions?)\s*(a|per|each|/)?\s*(week|wk)?", re.IGNORECASE
)
_WEEKS = re.compile(_NUMBER + r"[\s-]*weeks?\b(?!\s*\d)", re.IGNORECASE)
_SPORT = re.compile(
    r"\b(boxing|box|crossfit|gym|weights|lifting|calisthenics|running|run)\b", re.IGNORECASE
)
_SPORT_WORDS = {
    "box": Sport.BOXING,
    "weights": Sport.GYM,
    "lifting": Sport.GYM,
    "run": Sport.RUNNING,
}
_LEVEL = re.compile(r"\b(beginner|intermediate|advanced)\b", re.IGNORECASE)

EQUIPMENT_WORDS: dict[str, Equipment] = {
    "dumbbell": Equipment.DUMBBELLS,
    "barbell": Equipment.BARBELL,
    "kettlebell": Equipment.KETTLEBELL,
    "pull-up bar": Equipment.PULL_UP_BAR,
    "pull up bar": Equipment.PULL_UP_BAR,
    "pullup bar": Equipment.PULL_UP_BAR,
    "chin-up bar": Equipment.PULL_UP_BAR,
    "ring": Equipment.RINGS,
    "band": Equipment.BANDS,
    "bench": Equipment.BENCH,
    "rack": Equipment.RACK,
    "jump rope": Equipment.JUMP_ROPE,
    "skipping rope": Equipment.JUMP_ROPE,
    "rope": Equipment.JUMP_ROPE,
    "heavy bag": Equipment.HEAVY_BAG,
    "punching bag": Equipment.HEAVY_BAG,
    "bag": Equipment.HEAVY_BAG,
    "pads": Equipment.PADS,
    "mitts": Equipment.PADS,
    "box": Equipment.BOX,
    "rower": Equipment.ROWER,
    "rowing machine": Equipment.ROWER,
    "bike": Equipment.BIKE,
    "treadmill": Equipment.TREADMILL,
    "parallettes": Equipment.PARALLETTES,
    "dip station": Equipment.DIP_STATION,
    "medicine ball": Equipment.MEDICINE_BALL,
    "cable": Equipment.CABLE,
    "machine": Equipment.MACHINE,
    "sled": Equipment.SLED,
}
_EQUIPMENT = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, EQUIPMENT_WORDS), key=len, reverse=True)) + r")s?\b",
    re.IGNORECASE,
)
_ONLY_KIT = re.compile(
    r"\b(only (have|got)|just (have|got)|all i have|i have|i've got|"
    r"i own|at home with|no gym|no equipment|without equipment|"
    r"bodyweight only|no weights)\b",
    re.IGNORECASE,
)
_NO_KIT = re.compile(
    r"\b(no gym|no equipment|without (any )?equipment|bodyweight only|"
    r"no weights|nothing at home)\b",
    re.IGNORECASE,
)


def _number(text: str) -> int:
    """A number written as digits or as an English word."""
    return int(text) if text.isdigit() else _NUMBERS[text.lower()]


def read_change(message: str) -> ChangeRequest:
    """The changes a message asks for, if it is phrased as a request.

    Args:
        message: The person's message.

    Returns:
        The requested changes; empty when the message asks for none. A question such as "is
        5 days a week too much?" is not a request; "can you make it 5 days?" is.
    """
    asking = message.rstrip().endswith("?")
    firm = _FIRM_CHANGE.search(message) or _ONLY_KIT.search(message)
    if not firm and (asking or not _SOFT_CHANGE.search(message)):
        return ChangeRequest()
    days = _DAYS.search(message)
    weeks = _WEEKS.search(message)
    sport = (
        _SPORT.search(message)
        if re.search(
            r"\b(switch|change|move|instead|rather|"
            r"prefer|train for)\b",
            message,
            re.I,
        )
        else None
    )
    level = _LEVEL.search(message)
    return ChangeRequest(
        days_per_week=_days(days.group(1)) if days else None,
        sport=_sport(sport.group(1)) if sport else None,
        experience_level=ExperienceLevel(level.group(1).lower()) if level else None,
        duration_weeks=_number(weeks.group(1))
        if weeks and 1 <= _number(weeks.group(1)) <= 16
        else None,
        equipment=_equipment(message),
    )


def _days(text: str) -> int | None:
    """Days per week, only when it is a number a week can hold."""
    days = _number(text)
    return days if 1 <= days <= 7 else None


def _sport(word: str) -> Sport:
    """The sport a word names ("box" → boxing, "lifting" → gym)."""
    lowered = word.lower()
    return _SPORT_WORDS.get(lowered) or Sport(lowered)


def _equipment(message: str) -> tuple[Equipment, ...] | None:
    """The kit someone says they have: a tuple (empty for none at all), or None if unsaid."""
    if _NO_KIT.search(message):
        return ()
    if not _ONLY_KIT.search(message):
        return None
    found = {EQUIPMENT_WORDS[m.group(1).lower()] for m in _EQUIPMENT.finditer(message)}
    return tuple(sorted(found)) if found else None
