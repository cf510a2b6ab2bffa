"""Reading intents out of a person's free-text goals.

People write "lose 5 kg and get my first pull-up" or "first amateur fight in spring", not enums.
Each intent has a small, case-insensitive regular expression; all that match are kept, so one
sentence can ask for several things. Keywords beat a language model here: they are instant,
deterministic, offline and easy for a coach to extend.
"""

import re
from collections.abc import Iterable

from app.training.contract.vocabulary import EVENT_GOALS, RACE_GOALS, SKILL_GOALS, Goal

_PATTERNS: dict[Goal, str] = {
    Goal.STRENGTH: r"\bstrong|\bstrength|\bpower ?lift|\b1 ?rm\b|\blift heav"
    r"|\bpersonal (best|record)|\b(squat|bench|deadlift)\w* \d+",
    Goal.MUSCLE: r"\bmuscle(?![- ]?ups?\b)|\bhypertroph|\bbulk|\b(gain|build|put on) (some )?mass"
    r"|\bbigger\b|\bbodybuild|\baesthetic|\bphysique|\bsize\b",
    Goal.FAT_LOSS: r"\b(lose|losing|drop|shed|burn)\b.{0,25}\b(weight|fat|kg|kilos?|pounds|lbs?)\b"
    r"|\bweight[- ]?loss|\bfat\b|\bleaner\b|\bget lean|\bshred|\bslim|\btone\b|\btoned\b",
    Goal.ENDURANCE: r"\bendurance|\bstamina|\bcardio|\bconditioning|\baerobic|\bgas tank"
    r"|\blast longer|\btriathlon|\bhyrox",
    Goal.MOBILITY: r"\bmobil|\bflexib|\bstretch|\bthe splits\b|\bposture|\bstiff",
    Goal.FIGHT: r"\bfight|\bbout\b|\bsmoker\b|\bring debut|\bgolden gloves",
    Goal.COMPETITION: r"\bcompet|\bmeet\b|\bcrossfit open\b|\bthe open\b|\bgames\b"
    r"|\bcontest|\btournament|\bchampionship|\bqualif",
    Goal.RACE: r"\brace\b|\braces\b|\btriathlon|\bobstacle|\bspartan|\bhyrox",
    Goal.HYROX: r"\bhyrox",
    Goal.RACE_5K: r"\b5 ?k\b|\b5 ?km\b|\b5[,.]?000 ?m\b|\bparkrun|\b(5|five) ?kilomet",
    Goal.RACE_10K: r"\b10 ?k\b|\b10 ?km\b|\b10[,.]?000 ?m\b|\b(10|ten) ?kilomet",
    Goal.HALF_MARATHON: r"\bhalf[- ]?marathon|\b21(\.1)? ?km?\b",
    Goal.MARATHON: r"(?<!half )(?<!half-)(?<!half)\bmarathon|\b42(\.2)? ?km?\b|\bultra",
    Goal.MUSCLE_UP: r"\bmuscle[- ]?ups?\b",
    Goal.HANDSTAND: r"\bhand ?stand|\bhspu\b",
    Goal.PULL_UP: r"\bpull[- ]?ups?\b|\bchin[- ]?ups?\b",
    Goal.FRONT_LEVER: r"\bfront[- ]?lever",
    Goal.PLANCHE: r"\bplanche",
    Goal.PISTOL_SQUAT: r"\bpistol",
    Goal.L_SIT: r"\bl[- ]?sit",
}
_COMPILED = tuple((goal, re.compile(pattern, re.IGNORECASE)) for goal, pattern in _PATTERNS.items())
_ORDER = {goal: index for index, goal in enumerate(Goal)}


def detect(goals: str | None) -> list[Goal]:
    """The intents named in `goals`, in the enum's order; an empty list for no or vague goals.

    A named race distance implies a race, so "my first 10k" is both `10k` and `race`.
    """
    if not goals:
        return []
    found = {goal for goal, pattern in _COMPILED if pattern.search(goals)}
    if found & set(RACE_GOALS):
        found.add(Goal.RACE)
    return sorted(found, key=_ORDER.__getitem__)


def has_event(goals: Iterable[Goal]) -> bool:
    """True when the goals name a day to peak for: a fight, a race or a competition."""
    return any(goal in EVENT_GOALS for goal in goals)


def race_distance(goals: Iterable[Goal]) -> Goal | None:
    """The longest race distance named, which shapes a running plan; None when none is named."""
    named = set(goals)
    return next((goal for goal in RACE_GOALS if goal in named), None)


def skills(goals: Iterable[Goal]) -> list[Goal]:
    """The skills to learn (muscle-up, handstand, ...), in the enum's order."""
    return [goal for goal in goals if goal in SKILL_GOALS]
