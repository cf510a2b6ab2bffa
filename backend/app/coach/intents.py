"""Reading what a person wants from one chat message.

Plain patterns, not a model: they are fast, deterministic and testable, and the cost of a miss is
small because anything unrecognised is answered from the knowledge base. Safety comes first: a
medical red flag wins over every other reading of the same message.
"""

import re
from dataclasses import dataclass, field
from enum import StrEnum

from app.accounts.profile import ExperienceLevel, Sport
from app.coach import log_from_chat, progress_answers
from app.training.contract.vocabulary import Equipment


class Intent(StrEnum):
    """What a message is about."""

    RED_FLAG = "red_flag"
    PAIN = "pain"
    CHANGE = "change"
    RECORD = "record"
    PROGRESS = "progress"
    PROFILE = "profile"
    PLAN = "plan"
    LOG = "log"
    GREETING = "greeting"
    KNOWLEDGE = "knowledge"
    OFF_TOPIC = "off_topic"


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


@dataclass(frozen=True)
class Reading:
    """The coach's reading of one message."""

    intent: Intent
    change: ChangeRequest = field(default_factory=ChangeRequest)
    week: int | None = None
    day: int | None = None
    body_part: str | None = None


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

RED_FLAGS = re.compile(
    r"chest (pain|tight|pressure)|pain in (my )?chest|faint|passed out|black(ed)? out|"
    r"pass(ing)? out|short(ness)? of breath|can'?t (catch my )?breath|heart (racing|flutter|pound)"
    r"|palpitation|irregular heart|numb|tingl|pins and needles|lost feeling|slurred|"
    r"cough(ing)? (up )?blood|blood in|concussion|hit (my|the) head|head injury|"
    r"severe (headache|pain)|worst headache|dark (brown )?urine|cola.colou?red|"
    r"can'?t (put weight|bear weight|walk)|fever|pain at night|(pain|hurts?) .*at night",
    re.IGNORECASE,
)
_PAIN = re.compile(
    r"\b(hurts?|hurting|pain(ful)?|aches?|aching|injur(y|ed|ies)|sprain(ed)?|strain(ed)?|"
    r"tendinitis|tendonitis|swollen|swelling|sore (knee|back|shoulder|wrist|ankle|elbow|hip))\b",
    re.IGNORECASE,
)
BODY_PARTS = (
    "knee",
    "back",
    "shoulder",
    "ankle",
    "wrist",
    "elbow",
    "hip",
    "neck",
    "foot",
    "shin",
    "hamstring",
    "calf",
    "achilles",
    "hand",
)
_BODY_PART = re.compile(r"\b(" + "|".join(BODY_PARTS) + r")s?\b", re.IGNORECASE)

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

_EQUIPMENT_WORDS: dict[str, Equipment] = {
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
    r"\b(" + "|".join(sorted(map(re.escape, _EQUIPMENT_WORDS), key=len, reverse=True)) + r")s?\b",
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

_PROFILE = re.compile(
    r"\b(which|what) (sport|level)\b.*\b(i|me|my)\b|\bhow (many|often)\b.*\b(days?|times)\b.*"
    r"\b(i|me|my)\b|\bhow old am i\b|\bmy (age|goals?|profile|level|sport)\b|\bwho am i\b|"
    r"\bwhat am i training\b|\bwhat do i train\b",
    re.IGNORECASE,
)
_PLAN = re.compile(
    r"\b(my|the|this|next) (plan|program|programme|workout|session|week|training)\b|"
    r"\bweek \d+\b|\bday \d+\b|\btoday\b|\btomorrow\b|\bdeload\b|\blighter\b|\beasier week\b|"
    r"\bphase\b",
    re.IGNORECASE,
)
_LOG = re.compile(
    r"\bwhat did i (do|train|log|lift|run)\b|\bmy last (session|workout|run)\b|"
    r"\bmy\b.*\b(e1rm|1rm|one[- ]rep max)\b",
    re.IGNORECASE,
)
_WEEK_NUMBER = re.compile(r"\bweek\s*" + _NUMBER + r"\b", re.IGNORECASE)
_DAY_NUMBER = re.compile(r"\bday\s*" + _NUMBER + r"\b", re.IGNORECASE)
_GREETING = re.compile(
    r"^\s*(hi|hey|hello|yo|good (morning|afternoon|evening)|thanks?( you)?|thank you|cheers|ok(ay)?"
    r"|cool|great)\b[\s!.,?]*(coach)?[\s!.,?]*$",
    re.IGNORECASE,
)
TRAINING_WORDS = re.compile(
    r"\b(train|training|workout|exercise|run|running|lift|lifting|squat|deadlift|bench|press|"
    r"pull-?ups?|push-?ups?|rep|reps|sets?|rest|recover|recovery|sleep|protein|eat|diet|nutrition|"
    r"calorie|fat|muscle|strength|strong|cardio|endurance|stretch|warm|cool|mobility|box|boxing|"
    r"punch|spar|crossfit|wod|amrap|emom|tabata|calisthenics|handstand|muscle-?up|plank|core|"
    r"heart rate|zone|pace|race|marathon|5k|10k|sore|tired|fatigue|injur|weight|gym|hydrat|water|"
    r"coach|plan|week|day|session|jump|sprint|interval|tempo|deload|taper|rpe|1rm|volume|kg|lb)",
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
    found = {_EQUIPMENT_WORDS[m.group(1).lower()] for m in _EQUIPMENT.finditer(message)}
    return tuple(sorted(found)) if found else None


def read(message: str) -> Reading:
    """Decide what a message is about, safety first.

    Args:
        message: The person's message, already trimmed.

    Returns:
        The intent with whatever details it carries (changes, week and day, body part).
    """
    body = _BODY_PART.search(message)
    body_part = body.group(1).lower() if body else None
    if RED_FLAGS.search(message):
        return Reading(Intent.RED_FLAG, body_part=body_part)
    if _PAIN.search(message):
        return Reading(Intent.PAIN, body_part=body_part)
    if log_from_chat.read_log(message) is not None:
        return Reading(Intent.RECORD)
    if progress_answers.asks(message) is not None:
        return Reading(Intent.PROGRESS)
    change = read_change(message)
    if not change.is_empty():
        return Reading(Intent.CHANGE, change=change)
    if _PROFILE.search(message):
        return Reading(Intent.PROFILE)
    if _LOG.search(message):
        return Reading(Intent.LOG)
    if _PLAN.search(message):
        week, day = _WEEK_NUMBER.search(message), _DAY_NUMBER.search(message)
        return Reading(
            Intent.PLAN,
            week=_number(week.group(1)) if week else None,
            day=_number(day.group(1)) if day else None,
        )
    if _GREETING.match(message):
        return Reading(Intent.GREETING)
    if TRAINING_WORDS.search(message):
        return Reading(Intent.KNOWLEDGE)
    return Reading(Intent.OFF_TOPIC)
