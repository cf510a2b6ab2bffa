"""The plan's own limits, kept after the rules have acted: ramps and deloads.

A cut week (fatigue, a return, a held running week) changes what the following weeks are
compared with. So the rules every stored plan passes (`app.training.checks`) are re-applied to
the upcoming weeks: running grows at most 10% a week outside deloads and tapers, and a deload
keeps at most 70% of the week before. Where an upcoming week would break one, its upcoming
sessions are cut to fit: the plan builds back gradually instead of jumping back.
"""

import datetime as dt
import math
from collections.abc import Callable, Iterator
from itertools import pairwise

from app.training.adapt.apply import apply_adjustments
from app.training.adapt.records import Adjustment
from app.training.adapt.upcoming import LIGHT_PHASES
from app.training.adapt.volume import (
    FIXED_FORMATS,
    RUN_ROUNDING_M,
    Cut,
    cut_session,
    is_easy_run,
    run_metres,
)
from app.training.checks import DELOAD_MAX_SHARE, week_work
from app.training.checks.sports import HARD_RUNNING_LIMIT, WEEKLY_GROWTH_LIMIT
from app.training.contract.plan_document import WORK_BLOCKS, Exercise, PlanData, Session, Week, work
from app.training.contract.vocabulary import Phase, Sport
from app.training.running.run_volume import metres_run

RAMP_REASON = "built back gradually: at most 10% more running than the week before"
DELOAD_REASON = "the deload stays clearly lighter than the week before it"
EASY_REASON = "less of a cut: at least 80% of the week's running stays easy"
MARGIN = 0.98
"""Aim a little under a limit, so rounding (100 m, whole sets) lands inside it."""


def keep_limits(plan: PlanData, today: dt.date, planned: PlanData) -> list[Adjustment]:
    """Cuts to upcoming weeks that would otherwise break the ramp or the deload rule.

    `planned` is the plan before this adaptation: a running week whose easy runs were cut
    under 80% of its running gets easy distance back, never more than it held in `planned`.
    """
    found: list[Adjustment] = []
    for _ in plan.weeks:
        cuts = next((cuts for cuts in _breaks(plan, today, planned) if cuts), [])
        if not cuts:
            break
        plan = apply_adjustments(plan, cuts)
        found.extend(cuts)
    return found


def _breaks(plan: PlanData, today: dt.date, planned: PlanData) -> Iterator[list[Adjustment]]:
    """For each upcoming week that breaks a limit, in order, the cuts that make it fit."""
    sport = Sport(plan.sport)
    last_loading: int | None = None
    for before, week in pairwise([None, *plan.weeks]):
        assert week is not None  # noqa: S101 - pairwise over [None, weeks...]
        if sport is Sport.RUNNING:
            yield _easy_back(week, planned.weeks[week.week - 1], today)
        total = week_work(week, sport)
        if before is not None and week.phase is Phase.DELOAD:
            allowed = DELOAD_MAX_SHARE * week_work(before, sport)
            if total > allowed:
                yield _fit(week, allowed * MARGIN, today, sport, DELOAD_REASON)
        if week.phase in LIGHT_PHASES or sport is not Sport.RUNNING:
            continue
        if last_loading and total > WEEKLY_GROWTH_LIMIT * last_loading:
            yield _fit(week, WEEKLY_GROWTH_LIMIT * last_loading * MARGIN, today, sport, RAMP_REASON)
        last_loading = total


def _fit(week: Week, limit: float, today: dt.date, sport: Sport, reason: str) -> list[Adjustment]:
    """Cut the week's upcoming sessions so the whole week holds at most `limit`."""
    measure: Callable[[Session], int] = run_metres if sport is Sport.RUNNING else work_sets
    ahead = [s for s in week.sessions if s.date is not None and s.date > today]
    past = sum(measure(s) for s in week.sessions if s not in ahead)
    upcoming = sum(measure(s) for s in ahead)
    if upcoming <= 0 or limit <= past:
        return []
    if sport is not Sport.RUNNING:
        return _trim_sets(week, ahead, math.ceil(past + upcoming - limit), reason)
    cut = Cut(distance=(limit - past) / upcoming)
    return [a for s in ahead for a in cut_session(week, s, cut, reason, "limits")]


def _easy_back(week: Week, planned: Week, today: dt.date) -> list[Adjustment]:
    """Easy metres back on upcoming runs when hard running (done already) tops 20% of a week.

    A runner back from time off may run the week's quality session before the return week is
    cut: cutting the rest then leaves a week more than a fifth hard, which 80/20 forbids. The
    easy runs give back part of their cut, up to what they held before this adaptation.
    """
    total, hard = metres_run(week.sessions)
    missing = math.ceil(hard / (HARD_RUNNING_LIMIT * MARGIN)) - total
    if not total or missing <= 0:
        return []
    was = {(s.day, e.exercise_id): e.distance_m or 0 for s in planned.sessions for e in work(s)}
    found: list[Adjustment] = []
    for session in (s for s in week.sessions if s.date is not None and s.date > today):
        for exercise in work(session):
            room = was.get((session.day, exercise.exercise_id), 0) - (exercise.distance_m or 0)
            if missing <= 0 or room <= 0 or not is_easy_run(exercise) or exercise.sets != 1:
                continue
            back = min(room, RUN_ROUNDING_M * math.ceil(missing / RUN_ROUNDING_M))
            missing -= back
            metres = exercise.distance_m or 0
            found.append(
                _change(week, session, exercise, ("distance_m", metres, metres + back), EASY_REASON)
            )
    return found


def _change(
    week: Week, session: Session, exercise: Exercise, values: tuple[str, int, int], reason: str
) -> Adjustment:
    """One limit's change to an exercise: `values` is (field, before, after)."""
    field, before, after = values
    return Adjustment(
        date=session.date,
        week=week.week,
        day=session.day,
        exercise_id=exercise.exercise_id,
        field=field,
        before=before,
        after=after,
        reason=reason,
        rule="limits",
    )


def _trim_sets(week: Week, ahead: list[Session], excess: int, reason: str) -> list[Adjustment]:
    """Take `excess` sets off, one at a time from the exercises with the most sets left.

    Rounding a share of each exercise's sets can change nothing when every one has two or
    three; taking whole sets from the largest keeps every exercise and lands on the limit.
    """
    sets = {
        (s.day, e.exercise_id): e.sets
        for s in ahead
        for b in s.blocks
        if b.kind in WORK_BLOCKS and b.format not in FIXED_FORMATS
        for e in b.exercises
    }
    for _ in range(excess):
        key, most = max(sets.items(), key=lambda item: item[1], default=(None, 1))
        if key is None or most <= 1:
            break
        sets[key] = most - 1
    found: list[Adjustment] = []
    for session in ahead:
        for exercise in work(session):
            after = sets.get((session.day, exercise.exercise_id), exercise.sets)
            if after < exercise.sets:
                found.append(
                    _change(week, session, exercise, ("sets", exercise.sets, after), reason)
                )
    return found


def work_sets(session: Session) -> int:
    """Work sets of a session: the volume of sports counted in sets."""
    return sum(exercise.sets for exercise in work(session))
