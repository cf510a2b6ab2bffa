"""Runs: paces from the latest race or time trial, and volume that grows only when it is earned.

- A logged race or time trial (an event day, a session or notes that say race, time trial,
  parkrun or test) sets new training paces for every upcoming run, from its VDOT (Daniels &
  Gilbert; the formulas live in one place, `app.training.numbers`, reached through `PaceTable`).
- Weekly distance and the long run grow only when last week was mostly done (three sessions
  in four) without elevated effort (session RPE under one above what was planned); otherwise
  next week holds last week's distance and long run.
"""

import statistics
from collections.abc import Iterable
from typing import Protocol

from app.training.adapt.load import elevation, is_race_effort
from app.training.adapt.records import Adjustment, History, SessionLog
from app.training.adapt.upcoming import exercises_after
from app.training.adapt.volume import Cut, cut_session, is_run
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import Exercise, Pace, PlanData, Session, Week
from app.training.contract.vocabulary import Pattern
from app.training.running.run_volume import metres_run

MIN_RACE_M, MIN_RACE_S = 1500.0, 240.0
MOSTLY_DONE = 0.75
ELEVATED_BY = 1.0


class PaceTable(Protocol):
    """Where VDOT and the paces of each kind of run come from (Daniels' formulas)."""

    def vdot(self, distance_m: float, time_s: float) -> float:
        """The VDOT a race result implies."""
        ...

    def pace_for(self, vdot: float, exercise: Exercise) -> Pace | None:
        """The pace range of one prescribed run at that VDOT (None: not a paced run)."""
        ...


def race_result(log: SessionLog) -> tuple[float, float] | None:
    """(metres, seconds) of a logged race or time trial, or None when the log is not one."""
    if not log.trained or not is_race_effort(log):
        return None
    metres = seconds = 0.0
    for entry in log.entries:
        movement = BY_ID.get(entry.exercise_id)
        if movement is None or movement.pattern is not Pattern.RUN:
            continue
        metres += sum(s.distance_m or 0 for s in entry.sets)
        seconds += sum(s.duration_s or 0 for s in entry.sets)
    if metres < MIN_RACE_M or seconds < MIN_RACE_S:
        return None
    return metres, seconds


def race_words(metres: float, seconds: float) -> str:
    """A result as a person says it: 5 km in 26:10."""
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    clock = f"{hours}:{minutes:02d}:{rest:02d}" if hours else f"{minutes}:{rest:02d}"
    return f"{metres / 1000:g} km in {clock}"


def pace_adjustments(plan: PlanData, history: History, table: PaceTable | None) -> list[Adjustment]:
    """New paces for every upcoming paced run after a race or time trial."""
    result = race_result(history.trigger)
    if table is None or result is None:
        return []
    vdot = table.vdot(*result)
    why = f"paces from your {race_words(*result)} (VDOT {vdot:.1f})"
    found: list[Adjustment] = []
    for upcoming in exercises_after(plan, history):
        old = upcoming.exercise.pace
        new = table.pace_for(vdot, upcoming.exercise)
        if new is None or new == old:
            continue
        found.append(
            Adjustment(
                date=upcoming.date,
                week=upcoming.week.week,
                day=upcoming.session.day,
                exercise_id=upcoming.exercise.exercise_id,
                field="pace",
                before=old.model_dump() if old is not None else None,
                after=new.model_dump(),
                reason=why,
                rule="paces",
            )
        )
    return found


def longest_run(sessions: Iterable[Session]) -> int:
    """The longest single run of a set of sessions, in metres."""
    return max((e.distance_m or 0 for s in sessions for e in s.exercises() if is_run(e)), default=0)


def _not_earned(week: Week, history: History) -> str | None:
    """Why last week did not earn more running, or None when it did."""
    logs = [log for log in history.logs if log.week == week.week]
    done = sum(log.trained for log in logs)
    if done < MOSTLY_DONE * len(week.sessions):
        return f"{done} of {len(week.sessions)} sessions done last week"
    raised = [e for e in (elevation(log) for log in logs) if e is not None]
    if raised and statistics.fmean(raised) >= ELEVATED_BY:
        return f"last week's runs felt {statistics.fmean(raised):.1f} harder than planned"
    return None


def volume_gate(plan: PlanData, history: History) -> list[Adjustment]:
    """Hold next week's distance and long run at last week's unless last week earned more."""
    today = history.today
    past = [w for w in plan.weeks if all(s.date and s.date <= today for s in w.sessions)]
    if not past or past[-1].week == len(plan.weeks):
        return []
    last, following = past[-1], plan.weeks[past[-1].week]
    why = _not_earned(last, history)
    total, wanted = metres_run(last.sessions)[0], metres_run(following.sessions)[0]
    long_now, long_next = longest_run(last.sessions), longest_run(following.sessions)
    if why is None or (wanted <= total and long_next <= long_now) or not total:
        return []
    share = min(
        total / wanted if wanted > total else 1.0, long_now / long_next if long_next else 1.0
    )
    reason = f"running held at last week's {total / 1000:.1f} km: {why}"
    cut = Cut(distance=share)
    return [
        adjustment
        for session in following.sessions
        if session.date and session.date > today
        for adjustment in cut_session(following, session, cut, reason, "running_volume")
    ]
