"""The numbers people put in their goals: "10k in 45 min", "bench 80 kg x 5", "fight in 8 weeks".

The goals text is read clause by clause (split at commas, semicolons, full stops and "and" /
"but"), so "my 5k best is 25:00 and I want a 10k in 45 min" yields a result and a target. Every
value read here is marked `goals`; the person's stated baselines win over it (see
`Baselines.merged`). A race time names a result when the clause says so ("best", "PB", "ran",
"did", or a bare "5k 25:00") and a target otherwise ("10k in 45 min", "sub 20 5k"); a lift with
reps ("80 kg x 5") or a word like "best" is a result, a bare "bench 100 kg" is a target.
"""

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from app.training import limitations
from app.training.contract.plan_document import Event, EventKind
from app.training.limitations import Limitation
from app.training.numbers import reading
from app.training.numbers.baselines import Baselines, Hold, Lift, RaceTime, RepMax, Source, Sourced

__all__ = ["GoalNumbers", "read_goals"]

_GOALS: Final = Source.GOALS
_CLAUSES = re.compile(r"[,;!?]|\.(?!\d)|\band\b|\bbut\b|\bthen\b", re.IGNORECASE)
_RESULT = re.compile(
    r"\b(best|pb|pr|personal\s+(best|record)|record|ran|did|done|current\w*|can|managed?"
    r"|max(imum)?|1\s?rm|last|recent\w*)\b|\bi\s+(run|bench|squat|deadlift|press|lift|do|hold)\b",
    re.IGNORECASE,
)
_TARGET = re.compile(
    r"\b(want|goal|aim\w*|target|hope|would\s+like|break|beat|hit|reach|get\s+to|under|sub"
    r"|first|to\s+(bench|squat|deadlift|press|lift|run|do|hold))\b",
    re.IGNORECASE,
)
_NUMBER = r"\d+(?:[.,]\d+)?"
_SUB = r"\b(?:sub|under)[- ]?(?P<bare>\d{1,3})\b(?!\s*(?:k\b|km|mi|:))"
_WEEKLY = re.compile(
    rf"(?P<amount>{_NUMBER})\s*(?P<unit>km|k|kms|kilomet\w*|mi\w*)\s*"
    r"(?:a|per|/|each|every)\s*(?:week|wk)\b|(?P<amount2>\d+(?:[.,]\d+)?)\s*(?P<unit2>km|k|mi\w*)"
    r"\s*weekly",
    re.IGNORECASE,
)
_LONGEST = re.compile(
    rf"\b(?:longest|long)\s+run\b\D{{0,20}}?(?P<amount>{_NUMBER})\s*(?P<unit>km|k\b|kms|mi\w*)",
    re.IGNORECASE,
)
_LIFT_NAMES: Final = (
    ("front_squat", r"front\s+squat"),
    ("bench_press", r"bench(?:\s*press)?"),
    ("back_squat", r"(?:back\s+)?squat"),
    ("deadlift", r"dead\s*-?\s*lift|\bdl\b"),
    ("overhead_press", r"overhead\s+press|\bohp\b|military\s+press|strict\s+press"),
)
_LIFT = re.compile(
    "(?P<name>" + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _LIFT_NAMES) + r")\w*"
    rf"[^\d,;]{{0,25}}?(?P<kg>{_NUMBER})\s*(?P<unit>kgs?|kilos?|lbs?|pounds)?"
    r"(?:\s*(?:x|\u00d7|for)\s*(?P<reps>\d{1,2})(?:\s*reps?)?)?",
    re.IGNORECASE,
)
_REP_NAMES: Final = (
    ("pull_up", r"pull[- ]?ups?"),
    ("chin_up", r"chin[- ]?ups?"),
    ("push_up", r"push[- ]?ups?|press[- ]?ups?"),
    ("parallel_bar_dip", r"dips?"),
    ("bar_muscle_up", r"muscle[- ]?ups?"),
    ("pistol_squat", r"pistols?(?:\s+squats?)?"),
)
_REPS = re.compile(
    r"(?P<reps>\d{1,3})\s*(?:strict\s+|full\s+|unbroken\s+)?(?P<name>"
    + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _REP_NAMES)
    + r")",
    re.IGNORECASE,
)
_HOLD_NAMES: Final = (
    ("freestanding_handstand", r"(?:free[- ]?standing\s+)?handstand"),
    ("l_sit", r"l[- ]?sit"),
    ("plank", r"plank"),
    ("dead_hang", r"dead\s+hang|hang"),
    ("hollow_hold", r"hollow(?:\s+(?:body\s+)?hold)?"),
)
_HOLD_NAME = "(?P<name>" + "|".join(f"(?P<{k}>{p})" for k, p in _HOLD_NAMES) + ")"
_SECONDS = rf"(?P<amount>{_NUMBER})\s*(?P<unit>s\b|secs?\b|seconds?\b|mins?\b|minutes?\b)"
_HOLDS = (
    re.compile(rf"{_HOLD_NAME}\D{{0,20}}?{_SECONDS}", re.IGNORECASE),
    re.compile(rf"{_SECONDS}\s*(?:of\s+)?(?:an?\s+)?{_HOLD_NAME}", re.IGNORECASE),
)
_WEIGHT_CHANGE = re.compile(
    rf"\b(?P<verb>lose|losing|drop|shed|cut|gain|put\s+on|add)\s+(?:about\s+|around\s+)?"
    rf"(?P<amount>{_NUMBER})\s*(?P<unit>kgs?|kilos?|lbs?|pounds)\b",
    re.IGNORECASE,
)
_WEIGHT_CLASS = re.compile(
    rf"\b(?:make(?:\s+weight)?(?:\s+(?:at|for|of))?|cut\s+to|get\s+down\s+to|weigh\s+in\s+at"
    rf"|compete\s+at)\s+(?:the\s+)?(?P<amount>{_NUMBER})\s*(?P<unit>kgs?|kilos?|lbs?)"
    rf"|(?P<amount2>{_NUMBER})\s*(?P<unit2>kgs?|kilos?)\s+(?:class|category|division)",
    re.IGNORECASE,
)
_EVENT_WORDS: Final = (
    (EventKind.FIGHT, r"\b(fight|bout|smoker|debut)\b"),
    (EventKind.MEET, r"\b(meet|competition|comp|contest|tournament|championships?)\b"),
    (EventKind.RACE, r"\b(race|marathon|half|parkrun|hyrox|triathlon)\b|" + reading.DISTANCE),
    (EventKind.TEST, r"\b(test|trial|assessment|selection|tryouts?)\b"),
)
_IN = re.compile(
    r"\bin\s+(?P<count>\d{1,2}|a|one|two|three|four|six|eight|ten|twelve)\s+"
    r"(?P<unit>weeks?|wks?|months?|days?)\b|(?P<count2>\d{1,2})\s+(?P<unit2>weeks?|months?)"
    r"\s+(?:away|out|to\s+go|from\s+now)",
    re.IGNORECASE,
)
_WORD_NUMBERS: Final = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "ten": 10,
    "twelve": 12,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class GoalNumbers:
    """Everything numeric (and every limitation) read from one goals text.

    Attributes:
        baselines: Results and targets, each marked `goals`.
        event: The day the goals name (a fight in 8 weeks, a half marathon on 7 March).
        weight_change_kg: "lose 10 kg" is -10, "gain 5 kg" is +5.
        weight_class_kg: The class to make ("make 71 kg").
        limitations: Injuries and conditions the goals mention ("bad lower back").
    """

    baselines: Baselines
    event: Sourced[Event] | None = None
    weight_change_kg: Sourced[float] | None = None
    weight_class_kg: Sourced[float] | None = None
    limitations: tuple[Limitation, ...] = ()


def _clauses(text: str) -> list[str]:
    """The goals split into the clauses a person would read as separate statements."""
    return [clause.strip() for clause in _CLAUSES.split(text) if clause.strip()]


def _is_result(clause: str) -> bool:
    """True when the clause states something done rather than something wanted."""
    return bool(_RESULT.search(clause)) and not _TARGET.search(clause)


def _race_is_result(clause: str) -> bool:
    """True when a race time names a result: said so, or bare ("5k 25:00").

    "10k in 45 min" and "sub 20" are targets.
    """
    if _TARGET.search(clause):
        return False
    return bool(_RESULT.search(clause)) or not re.search(r"\bin\b", clause, re.IGNORECASE)


def _km(amount: str, unit: str) -> float:
    """A distance typed in km or miles, in km."""
    kilometres = float(amount.replace(",", "."))
    return round(kilometres * reading.MILE_KM, 1) if unit.lower().startswith("mi") else kilometres


def _duration(text: str) -> str | None:
    """The race time typed in `text`: a clock, hours and minutes, or a bare "sub 20"."""
    clock = re.search(reading.DURATION, text, re.IGNORECASE)
    if clock is not None:
        return clock.group()
    bare = re.search(_SUB, text, re.IGNORECASE)
    return None if bare is None else bare.group("bare")


def _race(clause: str) -> RaceTime | None:
    """A race distance and time named together in a clause, if any."""
    distance = re.search(reading.DISTANCE, clause, re.IGNORECASE)
    if distance is None or _WEEKLY.search(clause) or _LONGEST.search(clause):
        return None
    kilometres = reading.read_distance_km(distance.group())
    duration = _duration(clause[: distance.start()] + " " + clause[distance.end() :])
    if kilometres is None or duration is None:
        return None
    seconds = reading.race_time_s(duration, kilometres)
    return None if seconds is None else RaceTime(kilometres, seconds, _GOALS)


def _weekly_km(text: str) -> Sourced[float] | None:
    """Read I run 15 km a week", "20 miles per week", "30k weekly"."""
    found = _WEEKLY.search(text)
    if found is None:
        return None
    amount, unit = (
        found.group("amount") or found.group("amount2"),
        found.group("unit") or found.group("unit2"),
    )
    return Sourced(_km(amount, unit), _GOALS)


def _longest_run_km(text: str) -> Sourced[float] | None:
    """Read longest run 12 km", "my long run is 10k"."""
    found = _LONGEST.search(text)
    return None if found is None else Sourced(_km(found["amount"], found["unit"]), _GOALS)


def _named(found: re.Match[str], names: tuple[tuple[str, str], ...]) -> str:
    """The catalogue id whose named group matched."""
    return next(key for key, _ in names if found.group(key))


def _lift(clause: str) -> tuple[Lift, bool] | None:
    """A lift with its weight, and whether it is a result (True) or a target (False)."""
    found = _LIFT.search(clause)
    if found is None or not (found["unit"] or found["reps"]):
        return None
    reps = int(found["reps"]) if found["reps"] else 1
    if reps < 1:
        return None
    weight = reading.read_kg(found["kg"], found["unit"] or "kg")
    lift = Lift(_named(found, _LIFT_NAMES), weight, reps, _GOALS)
    is_result = (bool(found["reps"]) or bool(_RESULT.search(clause))) and not _TARGET.search(clause)
    return lift, is_result


def _max_reps(clause: str) -> RepMax | None:
    """Read I can do 5 pull-ups": a bodyweight rep max (targets such as "10 pull-ups" are not)."""
    found = _REPS.search(clause)
    if found is None or not _is_result(clause) or int(found["reps"]) < 1:
        return None
    return RepMax(_named(found, _REP_NAMES), int(found["reps"]), _GOALS)


def _hold(clause: str) -> Hold | None:
    """Read I can hold a handstand for 20 s", "60 s plank": the longest hold of a position."""
    if not _is_result(clause):
        return None
    found = next((hit for pattern in _HOLDS if (hit := pattern.search(clause))), None)
    if found is None:
        return None
    amount = float(found["amount"].replace(",", "."))
    seconds = round(amount * 60 if found["unit"].lower().startswith("m") else amount)
    return Hold(_named(found, _HOLD_NAMES), seconds, _GOALS) if seconds >= 1 else None


def _weight_goals(text: str) -> tuple[Sourced[float] | None, Sourced[float] | None]:
    """Read lose 10 kg" as -10 kg; "make 71 kg" as the class to make."""
    change = _WEIGHT_CHANGE.search(text)
    weight_class = _WEIGHT_CLASS.search(text)
    change_kg = None
    if change is not None:
        amount = reading.read_kg(change["amount"], change["unit"])
        gaining = change["verb"].lower().startswith(("gain", "put", "add"))
        change_kg = Sourced(amount if gaining else -amount, _GOALS)
    class_kg = None
    if weight_class is not None:
        amount_text = weight_class["amount"] or weight_class["amount2"]
        unit = weight_class["unit"] or weight_class["unit2"]
        class_kg = Sourced(reading.read_kg(amount_text, unit), _GOALS)
    return change_kg, class_kg


def _event_kind(text: str) -> EventKind | None:
    """The kind of day the goals lead to; a fight before a meet before a race before a test."""
    return next(
        (kind for kind, words in _EVENT_WORDS if re.search(words, text, re.IGNORECASE)), None
    )


def _event_date(text: str, today: dt.date) -> dt.date | None:
    """Read in 8 weeks", "12 weeks away", "on 2027-03-07", "on 7 March": a day after today."""
    relative = _IN.search(text)
    if relative is not None:
        count_text = (relative["count"] or relative["count2"]).lower()
        count = _WORD_NUMBERS.get(count_text) or int(count_text)
        unit = (relative["unit"] or relative["unit2"]).lower()
        if unit.startswith("w"):
            return today + dt.timedelta(weeks=count)
        if unit.startswith("d"):
            return today + dt.timedelta(days=count)
        return _months_later(today, count)
    named = re.search(reading.DATE, text, re.IGNORECASE)
    day = None if named is None else reading.read_date(named.group(), today)
    return day if day is not None and day > today else None


def _months_later(today: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it is shorter."""
    month_index = today.month - 1 + months
    year, month = today.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def _event(text: str, today: dt.date, race: RaceTime | None) -> Sourced[Event] | None:
    """The event the goals name with its day, or None without both a kind and a future day."""
    kind, day = _event_kind(text), _event_date(text, today)
    if kind is None or day is None or not dt.date(2000, 1, 1) <= day <= dt.date(2099, 12, 31):
        return None
    distance = None
    if kind is EventKind.RACE:
        named = re.search(reading.DISTANCE, text, re.IGNORECASE)
        distance = race.distance_km if race else named and reading.read_distance_km(named.group())
    return Sourced(Event(kind=kind, date=day, distance_km=distance), _GOALS)


def read_goals(text: str | None, today: dt.date | None) -> GoalNumbers:
    """Every number and limitation in a goals text; empty values where it names none.

    Args:
        text: The person's goals, as they typed them.
        today: The day the plan is made, for "in 8 weeks" and dates without a year; with no
            day known no event is read.

    Returns:
        The values read, each marked as coming from the goals.
    """
    if not text:
        return GoalNumbers(Baselines())
    race = target_race = None
    lifts: dict[str, Lift] = {}
    targets: dict[str, Lift] = {}
    reps: dict[str, RepMax] = {}
    holds: dict[str, Hold] = {}
    for clause in _clauses(text):
        if (found_race := _race(clause)) is not None:
            if _race_is_result(clause):
                race = race or found_race
            else:
                target_race = target_race or found_race
        if (lift := _lift(clause)) is not None:
            (lifts if lift[1] else targets).setdefault(lift[0].lift, lift[0])
        if (rep_max := _max_reps(clause)) is not None:
            reps.setdefault(rep_max.exercise, rep_max)
        if (hold := _hold(clause)) is not None:
            holds.setdefault(hold.exercise, hold)
    baselines = Baselines(
        weekly_km=_weekly_km(text),
        longest_run_km=_longest_run_km(text),
        race=race,
        target_race=target_race,
        lifts=tuple(lifts.values()),
        max_reps=tuple(reps.values()),
        holds=tuple(holds.values()),
        target_lifts=tuple(targets.values()),
    )
    change_kg, class_kg = _weight_goals(text)
    return GoalNumbers(
        baselines=baselines,
        event=None if today is None else _event(text, today, target_race or race),
        weight_change_kg=change_kg,
        weight_class_kg=class_kg,
        limitations=limitations.recognise(text),
    )
