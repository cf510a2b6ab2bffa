"""Skills and workouts: the next rung of a ladder, boxing rounds by effort, CrossFit scaling."""

import datetime as dt

from app.training.adapt import (
    LoggedEntry,
    LoggedSet,
    LogStatus,
    SessionLog,
    adapt,
    apply_adjustments,
)
from app.training.catalogue import BY_ID
from app.training.catalogue.ladders import LADDERS
from app.training.contract.plan_document import PlanData, Session, work
from app.training.contract.vocabulary import BlockKind
from tests.training.adapt.athletes import Lifter, log_of, plan_for, trained_until


def _sessions_with(plan: PlanData, exercise_id: str) -> list[tuple[int, Session]]:
    return [
        (w.week, s)
        for w in plan.weeks
        for s in w.sessions
        if any(e.exercise_id == exercise_id for e in work(s))
    ]


def _easy_log(plan: PlanData, week: int, session: Session) -> SessionLog:
    assert session.date is not None
    return log_of(plan.weeks[week - 1], session, session.date, Lifter(rpe_offset=-2))


def test_ladders_are_library_exercises_with_one_kind_of_dose() -> None:
    for ladder in LADDERS:
        doses = {BY_ID[rung].dose for rung in ladder}
        assert len(doses) == 1, ladder
        ranks = [BY_ID[rung].level.rank for rung in ladder]
        assert ranks == sorted(ranks), ladder


def test_a_skill_owned_twice_moves_to_the_next_rung() -> None:
    plan = plan_for("calisthenics", level="beginner", weeks=8)
    (w1, first), (w2, second), *_ = _sessions_with(plan, "band_assisted_pull_up")
    logs = [*trained_until(plan, first.date or dt.date.min), _easy_log(plan, w1, first)]
    once = adapt(plan, logs, logs[-1], logs[-1].date)
    assert not [c for c in once if c.field == "exercise_id"], "one good session is not enough"
    plan = apply_adjustments(plan, once)
    second = plan.session(w2, second.day)
    logs = [*logs, _easy_log(plan, w2, second)]
    twice = adapt(plan, logs, logs[-1], logs[-1].date, applied=once)
    swaps = [c for c in twice if c.field == "exercise_id"]
    assert swaps
    assert all(c.after == "negative_pull_up" for c in swaps)
    assert "next step, Pull-up negative" in swaps[0].reason
    adapted = apply_adjustments(plan, twice)
    later = [e for _, s in _sessions_with(adapted, "negative_pull_up") for e in work(s)]
    assert any(e.name == "Pull-up negative" for e in later)


def test_a_rung_above_the_athletes_level_is_never_chosen() -> None:
    plan = plan_for("calisthenics", level="beginner", weeks=8)
    sessions = _sessions_with(plan, "negative_pull_up")
    logs = trained_until(plan, sessions[0][1].date or dt.date.min)
    for week, session in sessions[:3]:
        logs.append(_easy_log(plan, week, session))
        changes = adapt(plan, logs, logs[-1], logs[-1].date)
        assert not [c for c in changes if c.after == "pull_up"]


def _boxing(plan: PlanData) -> list[tuple[int, Session]]:
    return [(w.week, s) for w in plan.weeks for s in w.sessions if s.title.startswith("Boxing")]


def test_a_boxing_session_that_felt_much_harder_takes_a_round_off_the_next() -> None:
    plan = plan_for("boxing", weeks=8)
    (week, first), (_, following), *_ = _boxing(plan)
    assert first.date is not None
    log = log_of(plan.weeks[week - 1], first, first.date, session_offset=3)
    changes = adapt(plan, [*trained_until(plan, first.date), log], log, first.date)
    rounds = [c for c in changes if c.rule == "boxing"]
    assert rounds
    assert all(c.date == following.date and c.field == "sets" for c in rounds)
    assert all(c.after == c.before - 1 for c in rounds)  # type: ignore[operator]
    assert "one round fewer" in rounds[0].reason


def test_a_boxing_session_that_felt_easy_makes_the_next_rounds_harder() -> None:
    plan = plan_for("boxing", weeks=8)
    (week, first), *_ = _boxing(plan)
    assert first.date is not None
    log = log_of(plan.weeks[week - 1], first, first.date, session_offset=-3)
    changes = adapt(plan, [*trained_until(plan, first.date), log], log, first.date)
    harder = [c for c in changes if c.rule == "boxing"]
    assert harder
    assert all(c.field == "target_rpe" and c.after <= 8 for c in harder)


def _benchmark_plan() -> tuple[PlanData, list[tuple[int, Session]]]:
    """A CrossFit plan whose conditioning pieces carry loads and two sessions named benchmarks."""
    document = plan_for("crossfit", weeks=8).model_dump()
    for week in document["weeks"]:
        for session in week["sessions"]:
            for block in session["blocks"]:
                if block["kind"] == BlockKind.CONDITIONING:
                    for exercise in block["exercises"]:
                        exercise["load_kg"] = 40.0
    for week in (1, 3):
        document["weeks"][week - 1]["sessions"][0]["title"] = "Benchmark: Grace"
    plan = PlanData.model_validate(document)
    return plan, [(w, plan.session(w, 1)) for w in (1, 3)]


def _benchmark_log(week: int, session: Session, seconds: int) -> SessionLog:
    assert session.date is not None
    entry = LoggedEntry("clean_and_jerk", (LoggedSet(duration_s=seconds),))
    return SessionLog(
        date=session.date, week=week, day=1, status=LogStatus.DONE, duration_min=40,
        session_rpe=8, entries=(entry,), prescription=session,
    )  # fmt: skip


def test_a_faster_benchmark_retest_scales_the_workouts_up() -> None:
    plan, ((w1, first), (w3, retest)) = _benchmark_plan()
    logs = [*trained_until(plan, retest.date or dt.date.min), _benchmark_log(w1, first, 300)]
    logs.append(_benchmark_log(w3, retest, 270))
    changes = adapt(plan, logs, logs[-1], logs[-1].date)
    scaled = [c for c in changes if c.rule == "crossfit"]
    assert scaled
    assert all(c.after > c.before for c in scaled)
    assert "30 s faster" in scaled[0].reason


def test_a_slower_retest_at_an_easy_effort_changes_nothing() -> None:
    plan, ((w1, first), (w3, retest)) = _benchmark_plan()
    logs = [*trained_until(plan, retest.date or dt.date.min), _benchmark_log(w1, first, 300)]
    logs.append(_benchmark_log(w3, retest, 330))
    changes = adapt(plan, logs, logs[-1], logs[-1].date)
    assert not [c for c in changes if c.rule == "crossfit"]
