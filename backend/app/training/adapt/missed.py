"""Missed sessions and time off: move a key session if it fits, never catch up, come back easy.

- A missed key session (a hard day or the long run) moves to the next free day of its week when
  that makes no run of hard days the shared rule forbids and no heavy pattern two days running;
  otherwise it is dropped. Only the latest miss of the last seven days is moved.
- Volume is never stacked to "catch up": a missed session's work is not added anywhere.
- After a week or more without training, the next seven days are a return week at reduced load
  (about 30% less work and 15% lighter), a common return-to-training step after short
  detraining (Mujika & Padilla 2000: fitness drops measurably within two to four weeks).
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from app.training.adapt.records import Adjustment, History, LogStatus
from app.training.adapt.upcoming import sessions_after
from app.training.adapt.volume import Cut, cut_session
from app.training.checks import heavy_patterns
from app.training.contract.hard_days import allowed_hard_run, is_hard, longest_hard_run
from app.training.contract.plan_document import PlanData, Session, Week, work
from app.training.contract.vocabulary import Level, SessionKind, Sport
from app.training.programming.crossfit_heavy_days import loaded_families
from app.training.programming.straight_arm import STRAIGHT_ARM_IDS

LOOK_BACK_DAYS = 7
DAYS_OFF_FOR_RETURN = 7
RETURN_CUT = Cut(sets=0.7, distance=0.7, load=0.85)
KEY_EXERCISES = frozenset({"long_run"})


@dataclass(frozen=True, slots=True)
class Missed:
    """A missed key session and what happens to it: a new date, or None when it is dropped."""

    week: Week
    session: Session
    moved_to: dt.date | None
    why: str


def is_key(session: Session) -> bool:
    """A session worth moving: a hard day or the long run (an event day never moves)."""
    if session.kind is SessionKind.EVENT:
        return False
    return is_hard(session) or any(e.exercise_id in KEY_EXERCISES for e in session.exercises())


def missed_sessions(plan: PlanData, history: History) -> Iterator[tuple[Week, Session]]:
    """Planned sessions of the last seven days that were skipped, or passed with no log."""
    logged = {(log.week, log.day): log for log in history.logs if log.week is not None}
    earliest = history.today - dt.timedelta(days=LOOK_BACK_DAYS)
    for week in plan.weeks:
        for session in week.sessions:
            when = session.date
            if when is None or not earliest <= when <= history.today:
                continue
            log = logged.get((week.week, session.day))
            skipped = log is not None and log.status is LogStatus.SKIPPED
            if skipped or (log is None and when < history.today):
                yield week, session


def latest_missed(plan: PlanData, history: History) -> Missed | None:
    """The latest missed key session, with where it goes (or why it is dropped)."""
    keys = [(week, s) for week, s in missed_sessions(plan, history) if is_key(s)]
    if not keys:
        return None
    week, session = keys[-1]
    for day in _free_days(plan, week, session, history.today):
        if _fits(plan, session, day) and session.date is not None:
            why = f"moved from {_day(session.date)} to {_day(day)}: it was missed"
            return Missed(week, session, day, why)
    why = "dropped: no free day this week without two hard days in a row"
    return Missed(week, session, None, why)


def _day(day: dt.date) -> str:
    """A day as people write it: Fri 9 Jan."""
    return f"{day:%a} {day.day} {day:%b}"


def _free_days(plan: PlanData, week: Week, session: Session, today: dt.date) -> Iterator[dt.date]:
    """Days after today in the session's week, before its next session, with no session."""
    if plan.start_date is None or session.date is None:
        return
    week_end = plan.start_date + dt.timedelta(days=7 * week.week - 1)
    later = [s.date for s in week.sessions if s.date is not None and s.date > session.date]
    last = min([*later, week_end + dt.timedelta(days=1)]) - dt.timedelta(days=1)
    day = max(today, session.date) + dt.timedelta(days=1)
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def _fits(plan: PlanData, session: Session, day: dt.date) -> bool:
    """Whether the session on `day` keeps the hard-day rule and no heavy pattern repeats.

    Straight-arm work never lands the day before or after other straight-arm work either.
    """
    level = Level(plan.experience_level)
    near = [
        s
        for week in plan.weeks
        for s in week.sessions
        if s.date is not None and s is not session and abs((s.date - day).days) <= 2
    ]
    moved = session.model_copy(update={"date": day})
    if longest_hard_run([*near, moved]) > allowed_hard_run(level):
        return False
    neighbours = [s for s in near if s.date is not None and abs((s.date - day).days) == 1]
    crossfit = plan.sport is Sport.CROSSFIT  # a WOD's barbell counts too (`crossfit_heavy_days`)
    levers = plan.sport is Sport.CALISTHENICS and _straight_arm(session)  # `straight_arm.py`
    return not any(
        heavy_patterns(s) & heavy_patterns(session)
        or (crossfit and loaded_families(s) & loaded_families(session))
        or (levers and _straight_arm(s))
        for s in neighbours
    )


def _straight_arm(session: Session) -> bool:
    """Whether the session holds straight-arm work (levers, planche, L-sit, handstands)."""
    return any(exercise.exercise_id in STRAIGHT_ARM_IDS for exercise in work(session))


def move_missed(plan: PlanData, history: History) -> list[Adjustment]:
    """The date change that moves the latest missed key session, if it fits."""
    missed = latest_missed(plan, history)
    if missed is None or missed.moved_to is None or missed.session.date is None:
        return []
    return [
        Adjustment(
            date=missed.moved_to,
            week=missed.week.week,
            day=missed.session.day,
            exercise_id=None,
            field="date",
            before=missed.session.date.isoformat(),
            after=missed.moved_to.isoformat(),
            reason=missed.why,
            rule="missed",
        )
    ]


def days_off(history: History, start: dt.date | None) -> int:
    """Full days without training before the triggering session (0 if none were missed)."""
    trigger = history.trigger
    before = [log.date for log in history.logs if log.trained and log.date < trigger.date]
    last = max(before) if before else start
    if last is None or not trigger.trained:
        return 0
    gap = (trigger.date - last).days
    return gap - 1 if before else gap


def return_week(plan: PlanData, history: History) -> list[Adjustment]:
    """After a week or more off, the next seven days at reduced load (once per return)."""
    off = days_off(history, plan.start_date)
    if off < DAYS_OFF_FOR_RETURN:
        return []
    if any(
        a.rule == "return" and a.date and a.date > history.trigger.date for a in history.applied
    ):
        return []
    end = history.today + dt.timedelta(days=7)
    why = f"return week after {off} days off: about 30% less work and lighter loads"
    found: list[Adjustment] = []
    for week, session in sessions_after(plan, history):
        if session.date is not None and session.date <= end:
            found.extend(cut_session(week, session, RETURN_CUT, why, "return"))
    return found
