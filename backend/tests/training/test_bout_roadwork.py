"""Roadwork in a fight camp, as a boxing coach checks it: running every training week.

A boxer's engine is built on the road: easy runs in the base, then hard intervals that feel
like rounds. With three or four days a week there is no room for a running day, so the run
is a block of a boxing session; from five days it has its own day.
"""

from datetime import date

import pytest

from app.training import checks, planner
from app.training.contract import plan_document
from app.training.contract.plan_document import PlanData, work
from app.training.contract.vocabulary import BlockKind, Pattern, Phase, SessionKind
from tests.training.training_helpers import build, pattern_of, profile

CAMP = "amateur fight in 8 weeks"
START = date(2026, 12, 7)


def _camp(level: str, days: int) -> PlanData:
    """A nine-week camp for a 24-year-old: the fight falls in week 9."""
    return build("boxing", level, days, 9, age=24, goals=CAMP, start=START)


def _runs(week: plan_document.Week) -> list[plan_document.Exercise]:
    """The running of one week's training (warm-up jogs are not roadwork)."""
    return [e for s in week.sessions for e in work(s) if pattern_of(e) is Pattern.RUN]


def _training_weeks(plan: PlanData) -> list[plan_document.Week]:
    """Weeks that should carry roadwork: not deloads, not the fight week."""
    return [
        w
        for w in plan.weeks
        if w.phase not in (Phase.DELOAD, Phase.TAPER)
        and all(s.kind is not SessionKind.EVENT for s in w.sessions)
    ]


@pytest.mark.parametrize("level", ["beginner", "intermediate", "advanced"])
@pytest.mark.parametrize("days", [3, 4])
def test_every_camp_week_has_roadwork(level: str, days: int) -> None:
    plan = _camp(level, days)
    weeks = _training_weeks(plan)
    assert len(weeks) >= 6
    for week in weeks:
        runs = _runs(week)
        assert runs, f"{level}, {days} days, week {week.week}: no roadwork"
        if week.phase is Phase.BASE:
            assert any((e.target_rpe or 0) <= 4 for e in runs), "the base runs easy"
        else:
            # RPE 8 repeats, or 7.5 when the shared hard-day rule eases the day
            hard = [e for e in runs if (e.target_rpe or 0) >= 7.5]
            assert hard, f"week {week.week}: the build runs intervals"
            assert all(e.sets >= 4 and e.rest_s >= 60 for e in hard), "repeats with recovery"


@pytest.mark.parametrize("days", [3, 4])
def test_with_few_days_the_run_is_a_block_of_a_boxing_session(days: int) -> None:
    plan = _camp("intermediate", days)
    for week in _training_weeks(plan):
        assert len(week.sessions) == days
        hosts = [s for s in week.sessions if any(pattern_of(e) is Pattern.RUN for e in work(s))]
        assert len(hosts) == 1
        conditioning = hosts[0].block(BlockKind.CONDITIONING)
        assert conditioning is not None
        assert all(pattern_of(e) is Pattern.RUN for e in conditioning.exercises)
        assert hosts[0].title.startswith("Boxing")


@pytest.mark.parametrize("days", [1, 2, 3, 4])
def test_camps_on_few_days_run_and_pass_every_rule(days: int) -> None:
    for level in ("beginner", "intermediate", "advanced"):
        who = profile("boxing", level, days, age=24, goals=CAMP)
        options = plan_document.PlanOptions(duration_weeks=9, start_date=START)
        plan = planner.build_plan(who, options)
        assert checks.find_violations(plan, who, options) == []
        assert all(_runs(week) for week in _training_weeks(plan)), f"{level}, {days} days"


def test_the_checker_wants_roadwork_in_a_camp() -> None:
    who = profile("boxing", "intermediate", 3, age=24, goals=CAMP)
    options = plan_document.PlanOptions(duration_weeks=9, start_date=START)
    plan = _camp("intermediate", 3)
    assert "bout_roadwork" not in {v.rule for v in checks.find_violations(plan, who, options)}
    week = plan.weeks[0]
    no_runs = [
        s.model_copy(
            update={"blocks": [b for b in s.blocks if b.kind is not BlockKind.CONDITIONING]}
        )
        for s in week.sessions
    ]
    broken = plan.model_copy(
        update={"weeks": [week.model_copy(update={"sessions": no_runs}), *plan.weeks[1:]]}
    )
    found = [v for v in checks.find_violations(broken, who, options) if v.rule == "bout_roadwork"]
    assert [v.message for v in found] == ["week 1: a fight camp needs roadwork every week"]
