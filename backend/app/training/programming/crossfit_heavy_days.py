"""CrossFit's heavy families: the same heavy pattern is never loaded on two days running.

A family is a pattern a barbell loads heavily: the Olympic lifts (clean, snatch, jerk), the
squat (back and front squat, the thruster), the hinge (deadlift) and the overhead press (press,
push press). A family is loaded on a day when the day's strength piece trains it or its WOD puts
it on a barbell; dumbbell, kettlebell and medicine-ball work in a WOD is light and fast and does
not count. Two loaded days of one family in a row leave no time for recovery, and the Olympic
lifts done tired are done badly (the 48-72 h between heavy sessions of a pattern: NSCA,
Haff & Triplett 2016, ch. 21). The review that asked for this found power snatches on three
days running.

The WOD cannot know the calendar's dates, so the engine treats every pair of neighbouring
sessions (the last of a week and the first of the next included) as consecutive days; the
checker (`checks`) then holds every plan to the rule by real dates.
"""

import datetime as dt
from collections.abc import Iterator
from itertools import pairwise

from app.training.calendar.dates import DEFAULT_SPREAD
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import PlanData, Session
from app.training.contract.vocabulary import BlockKind, Equipment, Pattern, Quality, SessionKind
from app.training.programming.day_templates import DayPlan
from app.training.programming.roles import Role

HEAVY_FAMILIES = frozenset({Pattern.OLYMPIC, Pattern.SQUAT, Pattern.HINGE, Pattern.VERTICAL_PUSH})
LIFT_QUALITIES = frozenset({Quality.STRENGTH, Quality.POWER})
"""A strength piece's lifts; a wall ball is squat-shaped conditioning, never a heavy squat."""
WOD_FAMILIES = (Pattern.OLYMPIC, Pattern.SQUAT, Pattern.VERTICAL_PUSH)
"""Families a WOD puts on a barbell (cleans and snatches, thrusters, push presses), in the
order a WOD is given one; no WOD deadlifts (they are strength work here)."""
LIFT_ROLES = frozenset({Role.PRIMARY, Role.SECONDARY})


def day_families(day: DayPlan) -> frozenset[Pattern]:
    """The heavy families the day's strength piece loads (its lifting slots' patterns)."""
    return frozenset(
        s.patterns[0] for s in day.main if s.role in LIFT_ROLES and s.patterns[0] in HEAVY_FAMILIES
    )


def wod_barbell_families(layout: tuple[DayPlan, ...]) -> tuple[Pattern | None, ...]:
    """The one family each day's WOD may put on a barbell, or None for no barbell at all.

    A day's WOD keeps clear of its own lift and of both neighbours' lifts and WOD barbells,
    the week wrapping round to the next week's first day.
    """
    count = len(layout)
    lifts = [day_families(day) for day in layout]
    chosen: list[Pattern | None] = []
    for index, day in enumerate(layout):
        near = {index, (index - 1) % count, (index + 1) % count} if count > 1 else {index}
        taken: set[Pattern | None] = set().union(*(lifts[i] for i in near))
        if chosen:
            taken.add(chosen[-1])
        if count > 1 and index == count - 1:
            taken.add(chosen[0])
        free = [family for family in WOD_FAMILIES if family not in taken] if day.wod else []
        chosen.append(free[0] if free else None)
    return tuple(chosen)


def loaded_families(session: Session) -> frozenset[Pattern]:
    """The heavy families a session loads: main-block lifts and barbell WOD movements.

    An event day is left out: the competition, not the plan, decides what it loads.
    """
    found: set[Pattern] = set()
    if session.kind is SessionKind.EVENT:
        return frozenset()
    for kind in (BlockKind.MAIN, BlockKind.CONDITIONING):
        block = session.block(kind)
        for exercise in block.exercises if block else ():
            movement = BY_ID.get(exercise.exercise_id)
            if movement is None or movement.pattern not in HEAVY_FAMILIES:
                continue
            barbell = Equipment.BARBELL in movement.equipment
            lift = movement.loaded and movement.quality in LIFT_QUALITIES
            if (kind is BlockKind.MAIN and lift) or barbell:
                found.add(movement.pattern)
    return frozenset(found)


def _day_number(session: Session, week: int, days: int) -> int:
    """A session's day in the plan: its date's ordinal, else the default spread's weekday."""
    if session.date is not None:
        return session.date.toordinal()
    return dt.date.min.toordinal() + 7 * week + DEFAULT_SPREAD[days][session.day - 1].iso_index


def repeated_families(plan: PlanData) -> Iterator[tuple[Session, frozenset[Pattern]]]:
    """Each session loading a family the day before loaded too, with the families shared."""
    dated = sorted(
        (
            (_day_number(session, week.week, plan.days_per_week), session)
            for week in plan.weeks
            for session in week.sessions
        ),
        key=lambda pair: pair[0],
    )
    for (day_before, before), (day, session) in pairwise(dated):
        shared = loaded_families(before) & loaded_families(session)
        if day - day_before == 1 and shared:
            yield session, shared
