"""Training load from the log: session RPE x minutes, monotony, strain, fitness and fatigue.

- Session load (Foster et al. 2001): session RPE on the CR-10 scale x minutes.
- Monotony: a week's mean daily load / its standard deviation (rest days count as zero);
  strain: the week's load x monotony (Foster 1998). High strain with high monotony is the
  pattern that came before illness and staleness in Foster's athletes.
- Fitness and fatigue (Banister's impulse-response model, as the 42- and 7-day exponentially
  weighted loads): form = fitness - fatigue.
The acute:chronic ratio is not used: it does not predict injury (Impellizzeri et al. 2020).
"""

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from app.training.adapt.records import SessionLog
from app.training.contract.hard_days import is_hard
from app.training.contract.plan_document import Session
from app.training.contract.vocabulary import SessionIntensity, SessionKind

EXPECTED_SESSION_RPE = {
    SessionIntensity.RECOVERY: 2.0,
    SessionIntensity.EASY: 3.0,
    SessionIntensity.MODERATE: 5.0,
    SessionIntensity.HARD: 7.0,
}
"""How a session of each kind should feel on the CR-10 scale (3 moderate, 5 hard, 7 very hard)."""
EVENT_SESSION_RPE = 9.0
RACE_WORDS = ("race", "time trial", "parkrun", "test")
MONOTONY_CAP = 10.0
"""A week with the same load every day has no spread; its monotony is reported as this."""
FITNESS_DAYS, FATIGUE_DAYS = 42, 7
DAYS_IN_WEEK = 7


def expected_rpe(session: Session) -> float:
    """The session RPE the plan intends for a session."""
    if is_hard(session) and session.intensity is not SessionIntensity.HARD:
        return EVENT_SESSION_RPE
    return EXPECTED_SESSION_RPE[session.intensity]


def is_race_effort(log: SessionLog) -> bool:
    """A race, time trial or test: an event day, or a session or notes that say so."""
    words = log.notes.lower()
    if log.prescription is not None:
        if log.prescription.kind is SessionKind.EVENT:
            return True
        words += " " + log.prescription.title.lower()
    return any(word in words for word in RACE_WORDS)


def elevation(log: SessionLog) -> float | None:
    """How much harder the session felt than planned (session RPE minus the intended one).

    A race or a test is meant to be all-out, so it never counts as elevated effort.
    """
    if not log.trained or log.session_rpe is None or log.prescription is None:
        return None
    if is_race_effort(log):
        return None
    return log.session_rpe - expected_rpe(log.prescription)


@dataclass(frozen=True, slots=True)
class WeekLoad:
    """Seven days of training as the log tells it."""

    start: dt.date
    sessions: int
    load: float
    monotony: float
    strain: float
    mean_rpe: float | None
    mean_elevation: float | None


def daily_loads(logs: Sequence[SessionLog], start: dt.date, days: int) -> list[float]:
    """The session load of each day from `start`, rest days as zero."""
    loads = [0.0] * days
    for log in logs:
        offset = (log.date - start).days
        if 0 <= offset < days:
            loads[offset] += log.load
    return loads


def monotony(loads: Sequence[float]) -> float:
    """Mean daily load / its standard deviation (Foster 1998)."""
    mean = statistics.fmean(loads) if loads else 0.0
    if mean == 0:
        return 0.0
    spread = statistics.pstdev(loads)
    return MONOTONY_CAP if spread == 0 else min(MONOTONY_CAP, mean / spread)


def week_load(logs: Sequence[SessionLog], start: dt.date) -> WeekLoad:
    """Load, monotony, strain and effort of the seven days from `start`."""
    inside = [log for log in logs if 0 <= (log.date - start).days < DAYS_IN_WEEK and log.trained]
    loads = daily_loads(inside, start, DAYS_IN_WEEK)
    rpes = [log.session_rpe for log in inside if log.session_rpe is not None]
    raised = [e for e in (elevation(log) for log in inside) if e is not None]
    week_monotony = monotony(loads)
    return WeekLoad(
        start=start,
        sessions=len(inside),
        load=sum(loads),
        monotony=round(week_monotony, 2),
        strain=round(sum(loads) * week_monotony, 1),
        mean_rpe=round(statistics.fmean(rpes), 2) if rpes else None,
        mean_elevation=round(statistics.fmean(raised), 2) if raised else None,
    )


def fitness_and_fatigue(logs: Sequence[SessionLog], today: dt.date) -> tuple[float, float, float]:
    """(fitness, fatigue, form) on `today`: 42- and 7-day weighted loads (Banister)."""
    if not logs:
        return 0.0, 0.0, 0.0
    first = min(log.date for log in logs)
    fitness = fatigue = 0.0
    for load in daily_loads(logs, first, (today - first).days + 1):
        fitness += (load - fitness) / FITNESS_DAYS
        fatigue += (load - fatigue) / FATIGUE_DAYS
    return round(fitness, 1), round(fatigue, 1), round(fitness - fatigue, 1)
