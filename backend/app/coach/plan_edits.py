"""Changes a person asks for to single sessions of their plan, checked before anything is stored.

Each edit is a pure function from the plan document to a new one: move a session to another
free day of its week, replace one exercise with another of the same movement pattern, or give
the sessions of some dates another version (travel kit, a lighter day). The new document is
validated as a whole (`PlanData`) and by the engine's coaching rules; an edit that breaks one is
refused with the reason, and nothing changes. Only the dates named change.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from app.coach.answers.words import relative_date
from app.training.calendar.dates import spread_from, week_dates
from app.training.catalogue import BY_ID
from app.training.checks import heavy_patterns
from app.training.contract.plan_document import PlanData, Session, Week


class EditRefusedError(ValueError):
    """The edit would break the plan or the rules; the message says why, for the person."""


@dataclass(frozen=True)
class Edited:
    """A changed plan and a sentence saying what changed."""

    plan: PlanData
    summary: str


def _locate(plan: PlanData, day: dt.date, today: dt.date | None = None) -> tuple[int, int]:
    """(week index, session index) of the session dated `day`."""
    for w, week in enumerate(plan.weeks):
        for s, session in enumerate(week.sessions):
            if session.date == day:
                return w, s
    following = [s for w in plan.weeks for s in w.sessions if s.date and s.date > day]
    after = (
        f"; your next session is {following[0].title} on {relative_date(following[0].date, None)}"
        if following and following[0].date
        else ""
    )
    raise EditRefusedError(
        f"{relative_date(day, today)} is a rest day, so there is nothing to move{after}"
    )


def _rebuilt(plan: PlanData, index: int, sessions: list[Session]) -> PlanData:
    """The plan with week `index` holding `sessions` (sorted by date, days renumbered)."""
    ordered = sorted(sessions, key=lambda s: s.date or dt.date.max)
    renumbered = [s.model_copy(update={"day": n}) for n, s in enumerate(ordered, start=1)]
    weeks = list(plan.weeks)
    weeks[index] = Week.model_validate(weeks[index].model_dump() | {"sessions": renumbered})
    try:
        return PlanData.model_validate(plan.model_dump() | {"weeks": weeks})
    except ValueError as error:
        raise EditRefusedError("that would not be a valid plan") from error


def _hard_neighbours(plan: PlanData, moved: Session) -> bool:
    """Whether the moved session loads a pattern heavily on the day before or after another."""
    heavy = heavy_patterns(moved)
    for week in plan.weeks:
        for other in week.sessions:
            if other is moved or other.date is None or moved.date is None:
                continue
            if abs((other.date - moved.date).days) == 1 and heavy & heavy_patterns(other):
                return True
    return False


def move_session(
    plan: PlanData, source: dt.date, target: dt.date, today: dt.date | None = None
) -> Edited:
    """Move the session of `source` to `target`, a free day of the same plan week.

    `today`, when given, lets the summary say "tomorrow" rather than only the date.
    """
    w, s = _locate(plan, source, today)
    week = plan.weeks[w]
    if plan.start_date is None:
        raise EditRefusedError("your plan has no dates yet")
    first = plan.start_date + dt.timedelta(7 * w)
    if not first <= target < first + dt.timedelta(7):
        raise EditRefusedError("I can only move a session to another day of the same week")
    if any(other.date == target for other in week.sessions):
        raise EditRefusedError(f"you already have a session on {target.isoformat()}")
    session = week.sessions[s]
    moved = session.model_copy(update={"date": target})
    sessions = [moved if i == s else other for i, other in enumerate(week.sessions)]
    new = _rebuilt(plan, w, sessions)
    if _hard_neighbours(new, next(x for x in new.weeks[w].sessions if x.date == target)):
        raise EditRefusedError("that would put two heavy days of the same lift back to back")
    return Edited(
        new,
        f"{session.title} moved from {relative_date(source, today)} to "
        f"{relative_date(target, today)}",
    )


def replace_exercise(plan: PlanData, day: dt.date, old: str, new: str) -> Edited:
    """On the session of `day`, replace exercise `old` with `new` of the same pattern."""
    before, after = BY_ID.get(old), BY_ID.get(new)
    if before is None or after is None or before.pattern is not after.pattern:
        raise EditRefusedError("a swap must keep the same movement pattern")
    w, s = _locate(plan, day)
    session = plan.weeks[w].sessions[s]
    if not any(e.exercise_id == old for e in session.exercises()):
        raise EditRefusedError(f"{before.name} is not in that session")
    blocks = [
        b.model_copy(
            update={
                "exercises": [
                    e.model_copy(
                        update={
                            "exercise_id": after.id,
                            "name": after.name,
                            "equipment": sorted(after.equipment),
                            "load_kg": None,
                        }
                    )
                    if e.exercise_id == old
                    else e
                    for e in b.exercises
                ]
            }
        )
        for b in session.blocks
    ]
    changed = session.model_copy(update={"blocks": blocks})
    sessions = [changed if i == s else x for i, x in enumerate(plan.weeks[w].sessions)]
    summary = f"{before.name} replaced by {after.name} on {relative_date(day, None)}"
    return Edited(_rebuilt(plan, w, sessions), summary)


def set_start(plan: PlanData, start: dt.date) -> Edited:
    """Date an undated plan from `start`: each week's sessions spread as the engine spreads them."""
    if plan.start_date is not None:
        raise EditRefusedError("your plan already has dates; move single sessions instead")
    weeks = []
    days = spread_from(start, plan.days_per_week)
    for number, week in enumerate(plan.weeks, start=1):
        sessions = [
            s.model_copy(update={"date": date})
            for s, date in zip(week.sessions, week_dates(start, number, days), strict=True)
        ]
        weeks.append(week.model_copy(update={"sessions": sessions}))
    try:
        new = PlanData.model_validate(plan.model_dump() | {"start_date": start, "weeks": weeks})
    except ValueError as error:
        raise EditRefusedError("that would not be a valid plan") from error
    return Edited(new, f"your plan now starts on {relative_date(start, None)}")


def revise_dates(
    plan: PlanData, days: list[dt.date], version: Callable[[Session], Session], why: str
) -> Edited:
    """Give the sessions of `days` another version; every other session stays as it was."""
    new, changed = plan, 0
    for day in days:
        try:
            w, s = _locate(new, day)
        except EditRefusedError:
            continue
        sessions = list(new.weeks[w].sessions)
        sessions[s] = version(sessions[s]).model_copy(update={"date": day, "day": sessions[s].day})
        new, changed = _rebuilt(new, w, sessions), changed + 1
    if not changed:
        raise EditRefusedError("there are no sessions on those dates")
    first, last = relative_date(days[0], None), relative_date(days[-1], None)
    plural = "s" if changed > 1 else ""
    return Edited(new, f"{changed} session{plural} between {first} and {last} changed for {why}")
