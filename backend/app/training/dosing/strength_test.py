"""The last week of a strength plan: the main lifts end on a test, an opener, never a max.

A plan aimed at getting stronger should show that it worked. The test is an opener, as a
powerlifter would take in the first round of a meet: work up in singles to a heavy single at
RPE 8.5 (a weight you could lift once more), which shows the progress without the risk and
fatigue of a true maximum (Helms et al. 2016 on RPE; Tuchscherer 2008 on the RPE chart).
Beginners, teens and people over 65 never attempt a single: they test a heavy set of 5 (6 over
65) at RPE 8 instead, as do main lifts without a barbell (NSCA youth position statement: no
maximal attempts for young lifters; Faigenbaum et al. 2009).
"""

from app.training.athlete.resolved import Athlete
from app.training.catalogue.model import Movement
from app.training.contract.vocabulary import DoseUnit, Goal, Level
from app.training.dosing.dose import (
    Dose,
    percent_cap,
    rest,
    rpe_cap,
    rpe_text,
    uses_percent,
)
from app.training.dosing.effort import feasible_percent
from app.training.programming.crossfit_caps import technique_cap

OPENER_RPE, HEAVY_SET_RPE = 8.5, 8.0
TEST_REST_S = 240


def tests_this_lift(athlete: Athlete, movement: Movement) -> bool:
    """A strength goal's main lift dosed in reps; holds, runs and technique lifts are not."""
    technique = technique_cap(movement, athlete) is not None
    return Goal.STRENGTH in athlete.goals and movement.dose is DoseUnit.REPS and not technique


def strength_test(movement: Movement, athlete: Athlete) -> Dose:
    """The test of one main lift: an opener single, or a heavy set of 5-6 for those who never max.

    Singles are for barbell lifts, whose maximum lifters know and whose loads go up in small
    steps; dumbbell, machine and bodyweight main lifts test a heavy set of 5 instead. One work
    set after a ramp of lighter sets (in the note and in the session's time); barbell lifts get
    the %1RM the RPE chart gives for that single or set.
    """
    barbell = uses_percent(movement) and athlete.level is not Level.BEGINNER
    single = barbell and not (athlete.teen or athlete.older)
    reps = 1 if single else (6 if athlete.older else 5)
    rpe = min(rpe_cap(athlete), OPENER_RPE if single else HEAVY_SET_RPE)
    percent = min(percent_cap(athlete), feasible_percent(100, reps, rpe)) if barbell else None
    shown = f"{percent}% 1RM (RPE {rpe_text(rpe)})" if percent else f"RPE {rpe_text(rpe)}"
    if single:
        text = f"Test: work up in singles to a heavy single, {shown}: one more was possible"
    else:
        text = f"Test: work up to a heavy set of {reps}, {shown}; not a max attempt"
    note = "Test week: ramp up over 4-5 lighter sets, and stop where technique would slip."
    return Dose(1, reps, rest(TEST_REST_S, athlete), text, rpe=rpe, percent=percent, note=note)


SKILL_TEST_RPE, SKILL_TEST_ATTEMPTS = 7.5, 2


def skill_test(movement: Movement, week_dose: Dose, athlete: Athlete) -> Dose:
    """The last week's skill practice: two fresh attempts at the best clean hold or set.

    A skill ladder ends, like a strength plan, by showing where the athlete stands on it: the
    result decides the rung the next plan starts on. Clean form ends an attempt, so it is a
    best effort, not a max to failure (RPE 7.5: below the heavy line, so it never stacks
    heavy days).
    """
    rpe = min(rpe_cap(athlete), SKILL_TEST_RPE)
    what = "hold" if movement.dose is DoseUnit.TIME else "set"
    text = f"Test: your best clean {what}, RPE {rpe_text(rpe)}"
    note = f"{week_dose.note} Test week: write the result down; it decides the next rung.".strip()
    return week_dose._replace(
        sets=SKILL_TEST_ATTEMPTS, rest_s=rest(180, athlete), intensity=text, rpe=rpe, note=note
    )
