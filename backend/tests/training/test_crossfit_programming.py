"""CrossFit plans a qualified coach would sign: loads, scaling, caps, benchmarks, heavy days.

Each test reads a plan as a coach would: the weights written on the whiteboard, what the
68-year-old is kept from, the benchmark that comes back, and no clean or snatch two days running.
"""

import datetime as dt
import itertools

import pytest

from app.training import checks, planner
from app.training.assembly.crossfit_standards import SCALED_VERSIONS, WOD_WEIGHTS
from app.training.assembly.crossfit_workouts import LIGHT_LIFTS
from app.training.catalogue import BY_ID
from app.training.contract.plan_document import (
    AthleteProfile,
    Exercise,
    PlanData,
    PlanOptions,
    Session,
    Week,
)
from app.training.contract.vocabulary import (
    BlockFormat,
    BlockKind,
    Equipment,
    Modality,
    Pattern,
    Sport,
    Weekday,
)

MONDAY = dt.date(2026, 12, 7)
EVERY_DAY = list(Weekday)


def _plan(
    age: int,
    level: str,
    days: int,
    weeks: int = 8,
    training_days: list[Weekday] | None = None,
) -> PlanData:
    profile = AthleteProfile(
        age=age, sport="crossfit", experience_level=level, days_per_week=days, goals="get fitter"
    )
    options = PlanOptions(duration_weeks=weeks, start_date=MONDAY, training_days=training_days)
    return planner.build_plan(profile, options)


def _wod(session: Session) -> list[Exercise]:
    block = session.block(BlockKind.CONDITIONING)
    return list(block.exercises) if block else []


def _all(plan: PlanData) -> list[tuple[Session, Exercise]]:
    return [
        (session, exercise)
        for week in plan.weeks
        for session in week.sessions
        for exercise in session.exercises()
    ]


def test_a_68_year_old_gets_no_inverted_kipping_or_jumping_work_and_no_races() -> None:
    plan = _plan(68, "intermediate", 4)
    ids = {exercise.exercise_id for _, exercise in _all(plan)}
    capped = {"wall_walk", "chest_to_wall_handstand", "toes_to_bar", "kipping_pull_up"}
    assert not ids & capped
    assert not {i for i in ids if BY_ID[i].pattern is Pattern.INVERSION}
    wod_ids = {e.exercise_id for w in plan.weeks for s in w.sessions for e in _wod(s)}
    assert "pull_up" not in wod_ids  # scaled to ring rows in a workout
    formats = {
        s.block(BlockKind.CONDITIONING).format  # type: ignore[union-attr]
        for w in plan.weeks
        for s in w.sessions
        if s.block(BlockKind.CONDITIONING)
    }
    assert not formats & {BlockFormat.TABATA, BlockFormat.FOR_TIME}
    assert checks.find_violations(plan, *_request(68, "intermediate", 4)) == []


def _request(age: int, level: str, days: int) -> tuple[AthleteProfile, PlanOptions]:
    return (
        AthleteProfile(
            age=age,
            sport="crossfit",
            experience_level=level,
            days_per_week=days,
            goals="get fitter",
        ),
        PlanOptions(duration_weeks=8, start_date=MONDAY),
    )


def test_every_loaded_wod_movement_shows_rx_and_scaled_weights() -> None:
    plan = _plan(30, "advanced", 5)
    wods = [e for w in plan.weeks for s in w.sessions for e in _wod(s)]
    loaded = [e for e in wods if BY_ID[e.exercise_id].loaded]
    assert loaded
    for exercise in loaded:
        assert "Rx " in exercise.intensity
        assert "(men/women)" in exercise.intensity
    swing = next(e for e in loaded if e.exercise_id == "american_kettlebell_swing")
    assert "Rx 24/16 kg, scaled 16/12 kg (men/women); you: Rx" in swing.intensity


def test_the_open_standard_weights_and_each_levels_choice() -> None:
    intermediate = [e for _, e in _all(_plan(30, "intermediate", 5)) if "Rx " in e.intensity]
    thruster = next(e for e in intermediate if e.exercise_id == "thruster")
    assert "Rx 43/29 kg, scaled 29/20 kg" in thruster.intensity
    assert "you: scaled, or Rx if every rep stays smooth" in thruster.intensity
    older = [e for _, e in _all(_plan(68, "advanced", 4)) if "Rx " in e.intensity]
    assert older
    assert all("you: scaled or lighter" in e.intensity for e in older)
    deload = _plan(30, "advanced", 4).weeks[3]
    assert deload.phase.value == "deload"
    swings = [e for s in deload.sessions for e in _wod(s) if BY_ID[e.exercise_id].loaded]
    assert swings
    assert all(": deload; Rx " in e.intensity for e in swings)


def test_a_beginner_benchmarks_scaled_cindy_and_cleans_dumbbells_at_technique_weight() -> None:
    plan = _plan(30, "beginner", 3)
    notes, first = _first_wod(plan, 1)
    assert notes.startswith("Benchmark: Cindy (scaled)")
    assert [i for i, _, _ in first] == ["ring_row", "incline_push_up", "air_squat"]
    olympic = [e for _, e in _all(plan) if BY_ID[e.exercise_id].pattern is Pattern.OLYMPIC]
    assert olympic
    assert {e.exercise_id for e in olympic} == {"dumbbell_hang_clean"}
    assert max(e.target_rpe or 0 for e in olympic) == 7  # was RPE 8 in week 8
    loading = [e for w in plan.weeks if w.phase.value != "deload" for e in _olympic(w)]
    assert all("technique weight" in e.intensity for e in loading)


def _olympic(week: Week) -> list[Exercise]:
    return [
        e
        for s in week.sessions
        for e in s.exercises()
        if BY_ID[e.exercise_id].pattern is Pattern.OLYMPIC
    ]


def test_gymnastics_name_their_scaled_version_and_the_scaled_standard_does_it() -> None:
    adult = [e for _, e in _all(_plan(30, "intermediate", 5)) if e.exercise_id == "toes_to_bar"]
    assert adult
    assert all("Scaled: Hanging knee raise." in e.notes for e in adult)
    helen = _plan(30, "advanced", 4).weeks[0].sessions[0].block(BlockKind.CONDITIONING)
    assert helen is not None
    assert "Scaled: Ring row." in helen.exercises[2].notes
    beginner = _plan(30, "beginner", 3)
    wod_ids = {e.exercise_id for w in beginner.weeks for s in w.sessions for e in _wod(s)}
    assert "push_up" not in wod_ids
    pushes = [e for w in beginner.weeks for s in w.sessions for e in _wod(s)]
    scaled = [e for e in pushes if e.exercise_id == "incline_push_up"]
    assert scaled
    assert all("Scaled version of Push-up." in e.notes for e in scaled)


def _first_wod(plan: PlanData, week: int) -> tuple[str, list[tuple[str, int | None, int | None]]]:
    block = plan.weeks[week - 1].sessions[0].block(BlockKind.CONDITIONING)
    assert block is not None
    return block.notes, [(e.exercise_id, e.reps, e.distance_m) for e in block.exercises]


def test_helen_in_week_1_and_retested_in_the_last_week() -> None:
    plan = _plan(30, "intermediate", 4)
    notes, first = _first_wod(plan, 1)
    assert notes.startswith("Benchmark: Helen, a CrossFit benchmark workout: 3 rounds for time")
    assert "Record your score (time); retest in week 8." in notes
    assert first == [
        ("crossfit_run", None, 400),
        ("american_kettlebell_swing", 21, None),
        ("pull_up", 12, None),
    ]
    again, retest = _first_wod(plan, 8)
    assert again.startswith("Benchmark retest: Helen, exactly as in week 1")
    assert retest == first


def test_a_68_year_old_benchmarks_a_scaled_cindy_and_retests_it() -> None:
    plan = _plan(68, "intermediate", 4)
    notes, first = _first_wod(plan, 1)
    assert notes.startswith("Benchmark: Cindy (scaled)")
    assert "as many rounds as possible in 15 min" in notes
    assert [i for i, _, _ in first] == ["ring_row", "incline_push_up", "air_squat"]
    assert _first_wod(plan, 8)[1] == first


def test_the_retest_comes_before_a_final_taper() -> None:
    profile = AthleteProfile(
        age=30,
        sport="crossfit",
        experience_level="advanced",
        days_per_week=4,
        goals="compete in the CrossFit Open",
    )
    plan = planner.build_plan(profile, PlanOptions(duration_weeks=8, start_date=MONDAY))
    last_full = max(w.week for w in plan.weeks if w.phase.value not in ("deload", "taper"))
    notes, _ = _first_wod(plan, 1)
    assert f"retest in week {last_full}." in notes
    assert _first_wod(plan, last_full)[0].startswith("Benchmark retest")


def _heavy_days(plan: PlanData) -> list[tuple[dt.date, set[Pattern]]]:
    days = []
    for week in plan.weeks:
        for session in week.sessions:
            families: set[Pattern] = set()
            for kind in (BlockKind.MAIN, BlockKind.CONDITIONING):
                block = session.block(kind)
                for exercise in block.exercises if block else ():
                    movement = BY_ID[exercise.exercise_id]
                    barbell = Equipment.BARBELL in movement.equipment
                    lift = kind is BlockKind.MAIN and movement.loaded
                    if (barbell or lift) and movement.pattern in {
                        Pattern.OLYMPIC,
                        Pattern.SQUAT,
                        Pattern.HINGE,
                        Pattern.VERTICAL_PUSH,
                    }:
                        families.add(movement.pattern)
            assert session.date is not None
            days.append((session.date, families))
    return days


@pytest.mark.parametrize("level", ["intermediate", "advanced"])
@pytest.mark.parametrize("days", [3, 4, 5, 6, 7])
def test_no_heavy_family_two_dates_running_even_on_back_to_back_days(level: str, days: int) -> None:
    plan = _plan(30, level, days, training_days=EVERY_DAY[:days])
    heavy = _heavy_days(plan)
    for (before, families), (after, next_families) in itertools.pairwise(heavy):
        if (after - before).days == 1:
            assert not families & next_families, (before, families & next_families)


def test_five_days_of_an_advanced_athlete_never_put_olympic_lifts_on_neighbouring_days() -> None:
    plan = _plan(30, "advanced", 5, training_days=EVERY_DAY[:5])
    olympic = [date for date, families in _heavy_days(plan) if Pattern.OLYMPIC in families]
    assert all((b - a).days > 1 for a, b in itertools.pairwise(olympic))


def _replaced(plan: PlanData, week: int, day: int, kind: BlockKind, exercise: Exercise) -> PlanData:
    """The plan with the first exercise of a block swapped for `exercise`."""
    document = plan.model_dump(mode="json")
    blocks = document["weeks"][week - 1]["sessions"][day - 1]["blocks"]
    target = next(b for b in blocks if b["kind"] == kind.value)
    target["exercises"][0] = exercise.model_dump(mode="json")
    return PlanData.model_validate(document)


TOES_TO_BAR = Exercise(
    exercise_id="toes_to_bar",
    name="Toes-to-bar",
    sets=4,
    reps=10,
    intensity="RPE 7",
    rest_s=0,
    equipment=[Equipment.PULL_UP_BAR],
)
UNWEIGHTED_SWING = Exercise(
    exercise_id="kettlebell_swing",
    name="Kettlebell swing",
    sets=4,
    reps=10,
    intensity="RPE 8: a pace you can hold",
    rest_s=0,
    equipment=[Equipment.KETTLEBELL],
)


@pytest.mark.parametrize(
    ("age", "movement", "rule"),
    [(68, TOES_TO_BAR, "crossfit_age_cap"), (30, UNWEIGHTED_SWING, "wod_load")],
    ids=["toes-to-bar at 68", "a swing with no weights"],
)
def test_the_checker_refuses_a_hand_written_wod_movement(
    age: int, movement: Exercise, rule: str
) -> None:
    broken = _replaced(_plan(age, "intermediate", 4), 2, 2, BlockKind.CONDITIONING, movement)
    rules = {v.rule for v in checks.find_violations(broken, *_request(age, "intermediate", 4))}
    assert rule in rules


def test_the_checker_refuses_a_power_snatch_the_day_after_power_cleans() -> None:
    plan = _plan(30, "advanced", 4)
    day_two = plan.weeks[1].sessions[1]
    assert day_two.date is not None
    assert plan.weeks[1].sessions[0].date == day_two.date - (dt.timedelta(days=1))
    snatch = Exercise(
        exercise_id="power_snatch",
        name="Power snatch",
        sets=4,
        reps=8,
        intensity="RPE 8; Rx 43/29 kg, scaled 29/20 kg (men/women); you: Rx",
        rest_s=0,
        equipment=[Equipment.BARBELL],
    )
    broken = _replaced(plan, 2, 1, BlockKind.CONDITIONING, snatch)
    rules = {v.rule for v in checks.find_violations(broken, *_request(30, "advanced", 4))}
    assert "crossfit_heavy_repeat" in rules


def test_a_15_year_old_moves_scaled_weights_and_benchmarks_scaled_cindy() -> None:
    plan = _plan(15, "advanced", 4)
    weighted = [e for _, e in _all(plan) if "Rx " in e.intensity]
    assert weighted
    assert all("you: scaled or lighter" in e.intensity for e in weighted)
    assert _first_wod(plan, 1)[0].startswith("Benchmark: Cindy (scaled)")
    assert checks.find_violations(plan, *_request(15, "advanced", 4)) == []


def test_every_loaded_movement_a_wod_can_hold_has_open_standard_weights() -> None:
    wod_lifts = {
        m.id
        for m in BY_ID.values()
        if Sport.CROSSFIT in m.sports
        and m.modality is Modality.WEIGHTLIFTING
        and m.quality in LIGHT_LIFTS
        and m.loaded
    }
    assert wod_lifts <= set(WOD_WEIGHTS)
    for written, scaled in SCALED_VERSIONS.items():
        assert Sport.CROSSFIT in BY_ID[scaled].sports
        assert BY_ID[scaled].level.rank <= BY_ID[written].level.rank
