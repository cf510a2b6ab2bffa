"""The adaptation after one log: every rule in turn, each seeing what the ones before changed.

Order matters and is a coaching decision:
1. a missed key session is moved (or dropped) first, so the rest see the week as it now stands;
2. a return week after time off and a fatigue cut come next; when either acts, nothing is
   raised after it (no load goes up in a week that was just cut);
3. skills (a new rung replaces the old one before lifts look at it), lifts, CrossFit scaling,
   boxing rounds, then paces and running volume;
4. last, the plan's own limits (ramps, deloads, 80/20) are kept for the weeks that follow a cut.
A session that already has its log (done early, say) is never changed: only a missed one moves.
The result is one list of adjustments: several changes to one field become one, from its first
value to its last, with every reason.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.training.adapt import fatigue, lifts, missed, running, skills
from app.training.adapt.apply import apply_adjustments
from app.training.adapt.limits import keep_limits
from app.training.adapt.records import Adjustment, History, SessionLog
from app.training.adapt.running import PaceTable
from app.training.contract.plan_document import PlanData

Rule = Callable[[PlanData, History], list[Adjustment]]
CUTS: tuple[Rule, ...] = (missed.return_week, fatigue.fatigue_adjustments)
PROGRESSIONS: tuple[Rule, ...] = (
    skills.skill_steps,
    lifts.lift_adjustments,
    skills.benchmark_scaling,
    skills.boxing_rounds,
)


@dataclass(frozen=True, slots=True)
class Adaptation:
    """The plan after the rules acted, and what they changed (merged, with reasons)."""

    plan: PlanData
    changes: list[Adjustment]


def adapt(
    plan: PlanData,
    logs: Sequence[SessionLog],
    trigger: SessionLog,
    today: dt.date,
    *,
    applied: Sequence[Adjustment] = (),
    paces: PaceTable | None = None,
) -> list[Adjustment]:
    """The adjustments the rules make to `plan`'s upcoming sessions after `trigger` was logged.

    Args:
        plan: The current plan as it now stands.
        logs: Every log of the person (the trigger among them or not).
        trigger: The log just written.
        today: The person's today: only sessions after it change.
        applied: Adjustments of earlier adaptations of this plan, so a rule acts once.
        paces: Where new paces come from after a race; None leaves paces as they are.

    Returns:
        The merged adjustments; `apply_adjustments(plan, result)` is the new plan.
    """
    return adapt_plan(plan, logs, trigger, today, applied=applied, paces=paces).changes


def adapt_plan(
    plan: PlanData,
    logs: Sequence[SessionLog],
    trigger: SessionLog,
    today: dt.date,
    *,
    applied: Sequence[Adjustment] = (),
    paces: PaceTable | None = None,
) -> Adaptation:
    """Like `adapt`, with the new plan too (already built on the way: no second pass)."""
    known = any(log is trigger for log in logs)
    history = History(tuple(logs) if known else (*logs, trigger), trigger, today, tuple(applied))
    logged = history.logged()
    found: list[Adjustment] = []
    current = plan

    def run(rule: Rule) -> bool:
        nonlocal current
        changes = [
            change
            for change in rule(current, history)
            if change.field == "date" or (change.week, change.day) not in logged
        ]
        if changes:
            current = apply_adjustments(current, changes)
            found.extend(changes)
        return bool(changes)

    run(missed.move_missed)
    cut = any(run(rule) for rule in CUTS)  # the first cut that acts is enough
    if not cut:
        for rule in PROGRESSIONS:
            run(rule)
    run(lambda plan, history: running.pace_adjustments(plan, history, paces))
    run(running.volume_gate)
    before = plan
    run(lambda plan, history: keep_limits(plan, history.today, before))
    return Adaptation(current, merge(found))


def merge(adjustments: Sequence[Adjustment]) -> list[Adjustment]:
    """One adjustment per changed value: chains joined, changes that cancel out dropped."""
    merged: dict[tuple[object, ...], Adjustment] = {}
    for adjustment in adjustments:
        key = _key(adjustment, adjustment.before)
        earlier = merged.pop(key, None)
        if earlier is not None:
            reason = (
                earlier.reason
                if earlier.reason == adjustment.reason
                else (f"{earlier.reason}; then {adjustment.reason}")
            )
            adjustment = Adjustment(
                date=adjustment.date,
                week=adjustment.week,
                day=adjustment.day,
                exercise_id=adjustment.exercise_id,
                field=adjustment.field,
                before=earlier.before,
                after=adjustment.after,
                reason=reason,
                rule=earlier.rule,
            )
        merged[_key(adjustment, adjustment.after)] = adjustment
    return [a for a in merged.values() if a.before != a.after]


def _key(adjustment: Adjustment, value: object) -> tuple[object, ...]:
    """What identifies a chain of changes: the field of one session and its current value."""
    return (
        adjustment.week,
        adjustment.day,
        adjustment.exercise_id,
        adjustment.field,
        repr(value),
    )
