"""A log's totals, worked out from its sets whenever the log is written.

Progress over years of training then reads one row per session (and one per lift and session)
instead of every set: the totals are the running distance and time, the hard sets, and each
lift's top e1RM and heaviest set of the session.
"""

from app.database.models import LiftBest, LoggedSet, TrainingLog
from app.training.catalogue import BY_ID
from app.training.contract.vocabulary import Pattern
from app.training.numbers.strength import estimated_one_rep_max

E1RM_MAX_REPS = 12
"""Past about a dozen reps, rep-max formulas stop predicting a single (NSCA)."""
HARD_RPE = 7
"""A set at RPE 7 or more (three reps or fewer in reserve) counts as a hard set."""


def is_run(done: LoggedSet) -> bool:
    """A catalogued run, or an exercise named as one (imports carry names, not ids)."""
    movement = BY_ID.get(done.exercise_id) if done.exercise_id else None
    return (movement is not None and movement.pattern is Pattern.RUN) or "run" in done.name.lower()


def is_hard(done: LoggedSet) -> bool:
    """A set of reps at RPE 7 or more, or with no RPE recorded (counted as a work set)."""
    return bool(done.reps) and (done.rpe is None or done.rpe >= HARD_RPE)


def summarise(log: TrainingLog) -> None:
    """Set the log's totals and lift bests from its sets (call after the sets change)."""
    runs = [done for done in log.sets if is_run(done) and done.distance_m]
    log.run_m = sum(done.distance_m or 0 for done in runs)
    log.run_s = sum(done.duration_s or 0 for done in runs)
    log.hard_sets = sum(is_hard(done) for done in log.sets)
    bests: dict[str, LiftBest] = {}
    for done in log.sets:
        if not done.weight_kg or not done.reps:
            continue
        lift = done.exercise_id or done.name
        e1rm = (
            round(estimated_one_rep_max(done.weight_kg, done.reps, done.rpe), 1)
            if done.reps <= E1RM_MAX_REPS
            else None
        )
        best = bests.setdefault(
            lift,
            LiftBest(
                lift=lift, user_id=log.user_id, date=log.date, e1rm_kg=None, top_kg=0.0, top_reps=0
            ),
        )
        if e1rm is not None and (best.e1rm_kg is None or e1rm > best.e1rm_kg):
            best.e1rm_kg = e1rm
        if (done.weight_kg, done.reps) > (best.top_kg, best.top_reps):
            best.top_kg, best.top_reps = done.weight_kg, done.reps
    log.lift_bests = list(bests.values())
