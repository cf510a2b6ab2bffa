"""The sport's own rules: running's 10% and 80/20, boxing's rounds, CrossFit's heavy days.

Each sport has a rule or two no other sport shares; `find_violations` asks this module for them.
"""

from collections.abc import Iterator

from app.training.assembly.crossfit_standards import unweighted
from app.training.athlete.resolved import Athlete
from app.training.catalogue import BY_ID
from app.training.checks.violation import Violation
from app.training.contract.plan_document import Exercise, PlanData, Week, work
from app.training.contract.rounds import ROUND_MAX_RPE, SPARRING_MAX_RPE
from app.training.contract.vocabulary import Pattern, Phase, SessionKind, Sport
from app.training.programming.crossfit_heavy_days import repeated_families
from app.training.running.run_volume import metres_run

WEEKLY_GROWTH_LIMIT = 1.10
HARD_RUNNING_LIMIT = 0.25
"""80/20 with a little room for rounding: at most a quarter of the running is hard."""
MIN_RUNNING_SHARE = 0.6


def violations(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """Running plans are mostly running within the 10% and 80/20 rules; boxing has rounds."""
    if athlete.sport is Sport.RUNNING:
        yield from _running(plan)
    if athlete.sport is Sport.CROSSFIT:
        yield from _crossfit(plan, athlete)
    if athlete.sport is Sport.BOXING:
        for week in plan.weeks:
            if holds_event(week):
                continue  # the event's week is the event's
            if not any(_is_boxing(e) for s in week.sessions for e in work(s)):
                yield Violation("sport", f"week {week.week}: a boxing week needs boxing rounds")
        yield from _round_efforts(plan, athlete)


def _crossfit(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """No heavy family loaded two dates running; every loaded WOD movement shows its weights.

    See `programming/crossfit_heavy_days.py` and `assembly/crossfit_standards.py`. A Hyrox
    plan has station circuits, not WODs: their weights are the race's (`checks/hyrox.py`).
    """
    for session, shared in repeated_families(plan):
        names = ", ".join(sorted(p.value for p in shared))
        yield Violation("crossfit_heavy_repeat", f"{session.date or session.day}: {names} again")
    for where, name in () if athlete.hyrox else unweighted(plan):
        yield Violation("wod_load", f"{where}: {name} has no Rx/scaled load")


def _round_efforts(plan: PlanData, athlete: Athlete) -> Iterator[Violation]:
    """Sparring stays technical (RPE 7.5 at most); rounds above 8.5 only with a bout ahead.

    Fight-pace rounds rehearse a bout; without one they are only risk and fatigue.
    """
    for week in plan.weeks:
        for session in week.sessions:
            for exercise in work(session):
                movement, rpe = BY_ID.get(exercise.exercise_id), exercise.target_rpe
                if movement is None or rpe is None or movement.pattern is not Pattern.BOXING_SKILL:
                    continue
                where = f"week {week.week} day {session.day}"
                if movement.contact and rpe > SPARRING_MAX_RPE:
                    yield Violation("sparring_effort", f"{where}: sparring above RPE 7.5")
                elif rpe > ROUND_MAX_RPE and not athlete.preparing_for_bout:
                    yield Violation("fight_pace", f"{where}: fight-pace rounds without a bout")


def _is_boxing(exercise: Exercise) -> bool:
    """A round of boxing skill work (shadowboxing, bag, pads, sparring)."""
    movement = BY_ID.get(exercise.exercise_id)
    return movement is not None and movement.pattern is Pattern.BOXING_SKILL


def _running(plan: PlanData) -> Iterator[Violation]:
    """Mostly running; weekly distance +10% at most between training weeks; 80/20."""
    sessions = [s for week in plan.weeks for s in week.sessions if s.kind is SessionKind.TRAINING]
    running = [s for s in sessions if any(_is_run(e) for e in work(s))]
    if len(running) < MIN_RUNNING_SHARE * len(sessions):
        yield Violation("sport", "a running plan should be mostly running sessions")
    last_loading: int | None = None
    for week in plan.weeks:
        if holds_event(week):
            last_loading = None  # the event's week; after it a new build starts from its base
            continue
        total, hard = metres_run(week.sessions)
        if total and hard > HARD_RUNNING_LIMIT * total:
            yield Violation("80_20", f"week {week.week}: more than 20% of the running is hard")
        if week.phase in (Phase.DELOAD, Phase.TAPER):
            continue
        if last_loading and total > WEEKLY_GROWTH_LIMIT * last_loading:
            yield Violation("10_percent", f"week {week.week}: running grew more than 10%")
        last_loading = total


def _is_run(exercise: Exercise) -> bool:
    """A run dosed in metres."""
    movement = BY_ID.get(exercise.exercise_id)
    return movement is not None and movement.pattern is Pattern.RUN and bool(exercise.distance_m)


def holds_event(week: Week) -> bool:
    """The week of a race, fight, meet or test day."""
    return any(s.kind is SessionKind.EVENT for s in week.sessions)
