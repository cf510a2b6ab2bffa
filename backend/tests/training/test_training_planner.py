"""Worked examples of the planner: the plans a coach would check by hand."""

from datetime import date, timedelta
from itertools import pairwise

import pytest

from app.training import checks, planner
from app.training.catalogue import BY_ID
from app.training.contract import plan_document
from app.training.contract.plan_document import PlanData
from app.training.contract.vocabulary import (
    BlockKind,
    Goal,
    Impact,
    Level,
    Pattern,
    Phase,
    SessionIntensity,
    Sport,
)
from app.training.running.run_volume import metres_run
from tests.training.training_helpers import build, exercises, pattern_of, volume


def test_the_brief_example() -> None:
    profile = plan_document.AthleteProfile(
        age=30,
        sport="boxing",
        experience_level="beginner",
        days_per_week=3,
        goals="my first amateur fight in spring",
    )
    options = plan_document.PlanOptions(
        duration_weeks=8, equipment=["dumbbells", "pull_up_bar"], start_date=date(2026, 12, 1)
    )
    plan = planner.build_plan(profile, options)
    assert PlanData.model_validate(plan.model_dump(mode="json")) == plan
    assert plan.generator == "coachx-engine/1"
    assert plan.goals == [Goal.FIGHT]
    assert [w.phase for w in plan.weeks][3] is Phase.DELOAD
    assert plan.weeks[-1].phase is Phase.TAPER
    assert all(len(w.sessions) == 3 for w in plan.weeks)
    assert plan.session(1, 1).date == date(2026, 12, 1)
    assert plan.session(2, 1).date == date(2026, 12, 8)
    for exercise in exercises(plan):
        assert set(exercise.equipment) <= {"dumbbells", "pull_up_bar"}
        assert BY_ID[exercise.exercise_id].level is Level.BEGINNER
    rounds = [e for e in exercises(plan) if pattern_of(e) is Pattern.BOXING_SKILL]
    assert rounds
    assert {e.duration_s for e in rounds} == {120}, "beginners box 2-minute rounds"
    assert {e.rest_s for e in rounds} == {60}
    assert "fight" in plan.summary
    assert checks.find_violations(plan, profile, options) == []


def test_same_inputs_same_plan() -> None:
    first = build("crossfit", "advanced", 6, 12, goals="compete and muscle-up")
    second = build("crossfit", "advanced", 6, 12, goals="compete and muscle-up")
    assert first.model_dump(mode="json") == second.model_dump(mode="json")


def test_boxing_rounds_are_three_minutes_with_a_minute_of_rest() -> None:
    plan = build("boxing", "intermediate", 4, 4)
    rounds = [e for e in exercises(plan) if pattern_of(e) is Pattern.BOXING_SKILL]
    assert {e.duration_s for e in rounds} == {180}
    assert {e.rest_s for e in rounds} == {60}


def test_sparring_only_for_adults_past_beginner_and_with_a_note() -> None:
    advanced = build("boxing", "advanced", 4, 8, goals="fight")
    assert any(e.exercise_id == "sparring" for e in exercises(advanced))
    assert any("Sparring" in note for note in advanced.safety_notes)
    for age, level, goals in (
        (15, "advanced", "fight"),
        (30, "intermediate", "get fit"),
        (30, "beginner", "fight"),
        (70, "advanced", "fight"),
    ):
        plan = build("boxing", level, 4, 8, age=age, goals=goals)
        assert all(e.exercise_id != "sparring" for e in exercises(plan))


def test_a_5k_goal_gets_intervals_and_a_taper() -> None:
    plan = build("running", "intermediate", 4, 8, goals="run a fast 5k")
    assert plan.weeks[-1].phase is Phase.TAPER
    ids = {e.exercise_id for e in exercises(plan)}
    assert {"intervals_800m", "intervals_400m"} & ids
    taper, peak = plan.weeks[-1], plan.weeks[-2]
    assert volume_of(taper) < 0.7 * volume_of(peak)


def volume_of(week: plan_document.Week) -> int:
    return checks.week_work(week, Sport.RUNNING)


def test_running_follows_the_10_percent_and_80_20_rules() -> None:
    plan = build("running", "advanced", 6, 16, goals="marathon")
    loading = [w for w in plan.weeks if w.phase not in (Phase.DELOAD, Phase.TAPER)]
    distances = [metres_run(w.sessions)[0] for w in loading]
    assert all(b <= 1.1 * a for a, b in pairwise(distances))
    assert distances[-1] > distances[0]
    for week in plan.weeks:
        total, hard = metres_run(week.sessions)
        assert hard <= 0.2 * total + 100
    long_runs = [s for w in plan.weeks for s in w.sessions if s.title == "Long run"]
    assert all(s.duration_min <= 150 for s in long_runs)


def test_beginner_runners_start_with_run_walk() -> None:
    plan = build("running", "beginner", 3, 8)
    first = {e.exercise_id for s in plan.weeks[0].sessions for e in s.exercises()}
    assert "run_walk" in first
    assert not {"intervals_400m", "tempo_run"} & {e.exercise_id for e in exercises(plan)}


def test_a_muscle_up_goal_puts_progressions_on_every_pull_day() -> None:
    plan = build("calisthenics", "intermediate", 4, 6, goals="first muscle-up")
    pull_days = 0
    for week in plan.weeks:
        for session in week.sessions:
            main = session.block(BlockKind.MAIN)
            assert main is not None
            pulls = [
                e
                for e in main.exercises
                if pattern_of(e) in (Pattern.VERTICAL_PULL, Pattern.HORIZONTAL_PULL)
            ]
            if pulls:
                pull_days += 1
                tagged = [
                    e for e in main.exercises if Goal.MUSCLE_UP in BY_ID[e.exercise_id].skills
                ]
                assert len(tagged) >= 2, "a pulling and a transition progression"
    assert pull_days >= 6


def skills_of(exercise: plan_document.Exercise) -> frozenset[Goal]:
    return BY_ID[exercise.exercise_id].skills


def test_skill_goals_without_the_kit_are_explained() -> None:
    plan = build("gym", "beginner", 3, 4, goals="first muscle-up", equipment=["dumbbells"])
    assert "muscle-up" in plan.summary
    assert "pull-up bar" in plan.summary


def test_fat_loss_adds_conditioning_finishers() -> None:
    lean = build("gym", "intermediate", 3, 4, goals="lose fat")
    plain = build("gym", "intermediate", 3, 4)
    assert all(s.block(BlockKind.CONDITIONING) for s in lean.weeks[0].sessions)
    assert not any(s.block(BlockKind.CONDITIONING) for s in plain.weeks[0].sessions)


def test_teens_train_technique_first() -> None:
    plan = build("gym", "advanced", 4, 12, age=15, goals="get stronger")
    for exercise in exercises(plan):
        assert exercise.target_rpe is None or exercise.target_rpe <= 8
        assert exercise.percent_1rm is None or exercise.percent_1rm <= 80
        if exercise.percent_1rm is not None:
            assert exercise.reps is not None
            assert exercise.reps >= 5
    assert any("supervise" in note for note in plan.safety_notes)


def test_over_65_low_impact_balance_and_more_rest() -> None:
    older = build("crossfit", "intermediate", 4, 4, age=70)
    adult = build("crossfit", "intermediate", 4, 4, age=40)
    assert all(BY_ID[e.exercise_id].impact is Impact.LOW for e in exercises(older))
    for week in older.weeks:
        assert any(pattern_of(e) is Pattern.BALANCE for s in week.sessions for e in s.exercises())
    rest_older = [e.rest_s for e in exercises(older) if e.exercise_id == "back_squat"]
    rest_adult = [e.rest_s for e in exercises(adult) if e.exercise_id == "back_squat"]
    assert rest_older
    assert min(rest_older) > min(rest_adult)
    assert any("doctor" in note for note in older.safety_notes)


def test_six_and_seven_days_include_easy_days() -> None:
    for sport in Sport:
        for days in (6, 7):
            plan = build(sport.value, "advanced", days, 4)
            for week in plan.weeks:
                assert any(
                    s.intensity in (SessionIntensity.EASY, SessionIntensity.RECOVERY)
                    for s in week.sessions
                )


@pytest.mark.parametrize("sport", list(Sport))
def test_deload_weeks_are_clearly_lighter(sport: Sport) -> None:
    plan = build(sport.value, "intermediate", 4, 8)
    assert plan.weeks[3].phase is Phase.DELOAD
    ratio = volume_of_week(plan, 4) / volume_of_week(plan, 3)
    assert 0.35 <= ratio <= 0.7


def volume_of_week(plan: PlanData, number: int) -> int:
    return checks.week_work(plan.weeks[number - 1], plan.sport)


def test_bodyweight_only_plans_use_no_equipment() -> None:
    for sport in Sport:
        plan = build(sport.value, "advanced", 5, 3, equipment=[])
        assert all(not e.equipment for e in exercises(plan))
        assert plan.equipment == []


def test_start_dates_spread_the_week() -> None:
    start = date(2027, 3, 1)
    plan = build("gym", "beginner", 3, 2, start=start)
    dates = [s.date for s in plan.weeks[1].sessions]
    assert dates == [start + timedelta(days=d) for d in (7, 9, 11)]
    undated = build("gym", "beginner", 3, 2)
    assert all(s.date is None for w in undated.weeks for s in w.sessions)


def test_plan_words_are_readable() -> None:
    plan = build("gym", "intermediate", 4, 8, goals="build muscle")
    assert plan.title == "8-week gym plan: muscle"
    assert plan.summary.startswith("An 8-week gym plan for a 30-year-old intermediate")
    assert "Goal: muscle." in plan.summary
    assert "full gym" in plan.summary
    deload = plan.weeks[3]
    assert "fewer sets" in deload.notes
    assert all(week.notes and week.focus for week in plan.weeks)


def test_levels_scale_volume_and_complexity() -> None:
    plans = [build("gym", level.value, 4, 8) for level in Level]
    volumes = [volume(plan) for plan in plans]
    assert volumes[0] < volumes[1] < volumes[2]
    assert all(BY_ID[e.exercise_id].level is Level.BEGINNER for e in exercises(plans[0]))
    assert any(BY_ID[e.exercise_id].level is Level.ADVANCED for e in exercises(plans[2]))
