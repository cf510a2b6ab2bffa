"""Week 1 of a runner without a race time: a time trial, whose time sets every pace after it.

Daniels' VDOT needs one honest result over a known distance (*Daniels' Running Formula*, 3rd
ed., ch. 5); a solo time trial of 3-5 km is the usual way to get one before a plan's paced work
starts. It takes the place of the week's first quality session, within the week's hard budget
(5 km when a fifth of the week's running allows it, else 3 km), and is logged like any run: the
adaptation reads a session titled as a time trial as a race and re-paces the plan from it
(`adapt/running.py`). Beginners go by the talk test instead, and so do teens and anyone whose
limitations rule out all-out efforts.
"""

from collections.abc import Iterable

from app.training.assembly.drafts import Piece
from app.training.athlete.resolved import Athlete
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import Session, work
from app.training.contract.vocabulary import Level, Sport
from app.training.dosing.dose import Dose, rpe_cap, rpe_text
from app.training.dosing.paces import fitness

TIME_TRIAL = "time_trial"
TRIAL_DISTANCES_M = (5000, 3000)
"""The longer trial when the week's hard budget holds it: it predicts longer races better."""


def needs_time_trial(athlete: Athlete) -> bool:
    """A runner past beginner, adult, without a race or goal time, cleared for hard efforts."""
    return (
        athlete.sport is Sport.RUNNING
        and fitness(athlete) is None
        and athlete.level is not Level.BEGINNER
        and not athlete.teen
        and not any(limitation.no_max_attempts for limitation in athlete.limitations)
    )


def trial_piece(athlete: Athlete, hard_budget_m: int) -> Piece | None:
    """The time trial that fits the week's hard running, or None when even 3 km does not."""
    metres = next((m for m in TRIAL_DISTANCES_M if m <= hard_budget_m), None)
    if metres is None:
        return None
    rpe = rpe_cap(athlete)
    words = f"Time trial: the fastest pace you can hold evenly to the end (RPE {rpe_text(rpe)})"
    return Piece(BY_ID[TIME_TRIAL], Dose(1, metres, 0, words, rpe=rpe))


def trial_km(sessions: Iterable[Session]) -> float | None:
    """The distance of the time trial among these sessions, in km, if one is planned."""
    for session in sessions:
        for exercise in work(session):
            if exercise.exercise_id == TIME_TRIAL and exercise.distance_m:
                return exercise.distance_m / 1000
    return None
