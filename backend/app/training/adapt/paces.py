"""VDOT paces for the adaptation: the numbers issue's one VDOT, reached through `PaceTable`.

After a race or a time trial every upcoming run gets the pace of its kind at the new VDOT
(Daniels & Gilbert; `app.training.numbers.paces` holds the formulas). Which kind a run is
follows from the exercise: easy, recovery and long runs at easy pace, marathon-pace segments at
marathon pace, tempo runs and cruise intervals at threshold, strides at repetition pace.
Race-pace work keeps its pace: it comes from the goal time, not from current fitness.
"""

from app.training.contract.plan_document import Exercise, Pace
from app.training.numbers import paces
from app.training.numbers.paces import Zone

ZONE_OF_RUN: dict[str, Zone] = {
    "easy_run": Zone.EASY,
    "recovery_run": Zone.EASY,
    "long_run": Zone.EASY,
    "run_walk": Zone.EASY,
    "easy_jog": Zone.EASY,
    "marathon_pace_run": Zone.MARATHON,
    "tempo_run": Zone.THRESHOLD,
    "cruise_intervals": Zone.THRESHOLD,
    "strides": Zone.REPETITION,
}


class DanielsPaces:
    """`PaceTable` from the numbers issue's VDOT functions."""

    def vdot(self, distance_m: float, time_s: float) -> float:
        """The VDOT of a race result."""
        return paces.vdot(distance_m / 1000, time_s)

    def pace_for(self, vdot: float, exercise: Exercise) -> Pace | None:
        """The pace range of a run of this kind at `vdot`; None for race-pace or unknown runs."""
        zone = ZONE_OF_RUN.get(exercise.exercise_id)
        return paces.training_pace(vdot, zone) if zone is not None else None


DANIELS = DanielsPaces()
