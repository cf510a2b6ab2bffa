"""Straight-arm days: at most three a week, never two running.

Straight-arm work is levers, planche, L-sit and handstands (`straight_arm` in the catalogue).

Straight-arm strength loads the elbows, wrists and shoulders' connective tissue, which adapts
more slowly than muscle, so it gets a rest day between sessions and at most three days a week
(Low, *Overcoming Gravity*, 2nd ed. 2016). A day left without it keeps its skill slot, filled
with the best bent-arm option (a frog stand, pike push-ups, hanging raises).
"""

import datetime as dt

from app.training.athlete.resolved import Athlete
from app.training.calendar.dates import DEFAULT_SPREAD
from app.training.catalogue import CATALOGUE
from app.training.contract.vocabulary import Sport
from app.training.programming.day_templates import DayPlan
from app.training.programming.exercise_choice import ROTATION, Slot, candidates

STRAIGHT_ARM_IDS = frozenset(m.id for m in CATALOGUE if m.straight_arm)
MOST_DAYS = 3
DAYS_IN_WEEK = 7


def _wants(slots: tuple[Slot, ...], athlete: Athlete) -> int:
    """How many of a day's slots would be filled with straight-arm work."""
    return sum(any(m.straight_arm for m in candidates(slot, athlete)[:ROTATION]) for slot in slots)


def _weekday(index: int, when: dt.date | None, days: int) -> int:
    """The session's weekday (0 = Monday), from its date or the default spread."""
    return when.weekday() if when is not None else DEFAULT_SPREAD[days][index].iso_index


def straight_arm_days(
    athlete: Athlete,
    layout: tuple[DayPlan, ...],
    skills: list[tuple[Slot, ...]],
    dates: list[dt.date | None],
) -> frozenset[int]:
    """The sessions (0-based) of a calisthenics week that may hold straight-arm work.

    Days that would hold the most straight-arm slots are served first, then the week's order;
    a day next to one already chosen (Sunday and Monday count, across the week's end) is
    skipped. Other sports keep every day: their skill work is a slot or two, not a practice.
    """
    if athlete.sport is not Sport.CALISTHENICS:
        return frozenset(range(len(layout)))
    wants = [
        _wants(skills[i] + day.main + day.conditioning, athlete) for i, day in enumerate(layout)
    ]
    weekdays = [_weekday(i, when, athlete.days) for i, when in enumerate(dates)]
    chosen: list[int] = []
    for index in sorted(range(len(layout)), key=lambda i: (-wants[i], i)):
        if not wants[index] or len(chosen) == MOST_DAYS:
            continue
        gaps = [(weekdays[index] - weekdays[other]) % DAYS_IN_WEEK for other in chosen]
        if all(gap not in (1, DAYS_IN_WEEK - 1) for gap in gaps):
            chosen.append(index)
    return frozenset(chosen)
