"""The Hyrox rules: a Hyrox plan runs every training week and trains the race's stations.

The race is eight 1 km runs and eight stations (the HYROX rulebook; `programming/hyrox_days.py`):
every week but the race's own has running, and every station whose own movement the athlete can
do (kit, level, age, limitations) appears somewhere in the plan.
"""

from collections.abc import Iterator

from app.training.athlete.resolved import Athlete
from app.training.checks.sports import holds_event
from app.training.checks.violation import Violation
from app.training.contract.plan_document import PlanData, work
from app.training.contract.vocabulary import SessionKind
from app.training.programming import hyrox_days
from app.training.running.run_volume import metres_run


def violations(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """Weeks without running and stations never trained, for athletes racing a Hyrox."""
    if not athlete.hyrox:
        return
    for week in plan.weeks:
        if holds_event(week):
            continue
        if metres_run(week.sessions)[0] == 0:
            yield Violation("hyrox_running", f"week {week.week}: a Hyrox week needs running")
    trained = [s for week in plan.weeks for s in week.sessions if s.kind is SessionKind.TRAINING]
    ids = {exercise.exercise_id for session in trained for exercise in work(session)}
    for station in hyrox_days.RACE_ORDER:
        if hyrox_days.can_do_own(station, athlete) and station.own not in ids:
            yield Violation("hyrox_station", f"a Hyrox plan trains the {station.name.lower()}")
