"""Hyrox plans, read the way a coach reads them: runs every week, the eight stations, 1 km
repeats, compromised running, a simulation, a taper and the race on its day."""

import datetime as dt
import itertools

import pytest

from app.training import checks, planner
from app.training.athlete import goals as goal_reading
from app.training.athlete.resolved import resolve
from app.training.calendar.hard_days import hard_run
from app.training.contract.plan_document import (
    AthleteProfile,
    Exercise,
    PlanData,
    PlanOptions,
    Session,
    SessionKind,
    work,
)
from app.training.contract.vocabulary import Goal, Phase
from app.training.numbers.paces import Zone, training_pace, vdot
from app.training.running.run_volume import metres_run

START = dt.date(2026, 12, 7)
RACE_DAY = START + dt.timedelta(weeks=11)
STATIONS = (
    "ski_erg",
    "sled_push",
    "sled_pull",
    "burpee_broad_jump",
    "row_erg",
    "kettlebell_farmer_carry",
    "walking_lunge",
    "wall_ball",
)
"""The eight stations in race order (HYROX rulebook), as the catalogue names them."""


def request(
    sport: str = "crossfit",
    level: str = "intermediate",
    days: int = 4,
    goals: str = "Hyrox race in 11 weeks",
    equipment: list[str] | None = None,
    age: int = 30,
    weeks: int = 12,
) -> tuple[AthleteProfile, PlanOptions]:
    profile = AthleteProfile(
        age=age, sport=sport, experience_level=level, days_per_week=days, goals=goals
    )
    options = PlanOptions(duration_weeks=weeks, start_date=START, equipment=equipment)
    return profile, options


def plan_for(**asked: object) -> PlanData:
    profile, options = request(**asked)  # type: ignore[arg-type]
    return planner.build_plan(profile, options)


def km(sessions: list[Session]) -> float:
    return metres_run(sessions)[0] / 1000


def items(session: Session) -> list[Exercise]:
    return list(work(session))


def ids(session: Session) -> list[str]:
    return [exercise.exercise_id for exercise in work(session)]


def trained_ids(plan: PlanData) -> set[str]:
    return {
        i for w in plan.weeks for s in w.sessions if s.kind is SessionKind.TRAINING for i in ids(s)
    }


def test_the_word_hyrox_is_a_goal_of_its_own_for_crossfit_gym_and_running() -> None:
    assert Goal.HYROX in goal_reading.detect("Hyrox race in 12 weeks")
    for sport in ("crossfit", "gym", "running"):
        profile, options = request(sport=sport)
        assert resolve(profile, options).hyrox
    boxer, options = request(sport="boxing")
    assert not resolve(boxer, options).hyrox


def test_every_training_week_runs_and_running_grows_at_most_ten_percent() -> None:
    plan = plan_for()
    weekly = [km(week.sessions) for week in plan.weeks]
    assert weekly[0] == 24.0  # 3 runs of 6 km for an intermediate, before the station days
    assert weekly[9] == 38.0  # the peak's last week
    assert all(distance > 0 for distance in weekly)
    loading = [
        km(w.sessions) for w in plan.weeks if w.phase in (Phase.BASE, Phase.BUILD, Phase.PEAK)
    ]
    assert all(after <= 1.1 * before for before, after in itertools.pairwise(loading))
    assert weekly[3] <= 0.7 * weekly[2]  # the deload


def test_the_plan_trains_all_eight_stations_with_the_open_weights_named() -> None:
    plan = plan_for()
    assert set(STATIONS) <= trained_ids(plan)
    stations_day = plan.weeks[0].sessions[1]
    assert stations_day.title == "Station strength"
    notes = " ".join(block.notes for block in stations_day.blocks)
    assert "sled push 102 / 152 kg" in notes
    assert "wall ball 4 / 6 kg" in notes


def test_build_weeks_have_1km_repeats_at_the_athletes_interval_pace() -> None:
    plan = plan_for(goals="Hyrox race in 11 weeks, my 10k best is 45:00")
    repeats = next(e for e in items(plan.weeks[5].sessions[0]) if e.exercise_id == "intervals_1km")
    assert (repeats.sets, repeats.distance_m) == (2, 1000)  # + 3 compromised km: 5 of 29.2 km
    assert repeats.pace == training_pace(vdot(10, 45 * 60), Zone.INTERVAL)
    peak = items(plan.weeks[8].sessions[0])[0]
    assert (peak.exercise_id, peak.sets) == ("intervals_1km", 3)
    base = items(plan.weeks[0].sessions[0])[0]
    assert (base.exercise_id, base.sets, base.distance_m) == ("cruise_intervals", 3, 1000)


def test_compromised_runs_come_in_build_and_peak_each_run_followed_by_a_station() -> None:
    plan = plan_for()
    assert not any("hyrox_run" in ids(s) for s in plan.weeks[0].sessions)
    session = plan.weeks[5].sessions[2]
    assert session.title == "Compromised running"
    assert ids(session) == ["hyrox_run", "ski_erg", "burpee_broad_jump", "row_erg"]
    run = items(session)[0]
    assert (run.sets, run.distance_m) == (3, 1000)
    peak = items(plan.weeks[8].sessions[2])
    assert peak[0].sets == 4
    assert len(peak) == 5


def test_the_race_s_second_half_is_simulated_in_the_last_loading_week_before_the_taper() -> None:
    plan = plan_for()
    simulation = plan.weeks[9].sessions[2]
    assert simulation.title == "Race simulation"
    race_doses = [(e.exercise_id, e.sets, e.distance_m or e.reps) for e in items(simulation)]
    assert race_doses == [
        ("hyrox_run", 4, 1000),
        ("row_erg", 1, 1000),
        ("kettlebell_farmer_carry", 1, 200),
        ("walking_lunge", 1, 100),
        ("wall_ball", 2, 50),
    ]
    full = plan_for(level="advanced").weeks[9].sessions[2]
    assert items(full)[0].sets == 8
    assert len(items(full)) == 9  # the runs, then all eight stations


def test_the_taper_cuts_running_and_the_race_is_hyrox_on_its_date() -> None:
    plan = plan_for()
    assert [w.phase for w in plan.weeks[10:]] == [Phase.TAPER, Phase.TAPER]
    assert km(plan.weeks[10].sessions) <= 0.7 * km(plan.weeks[9].sessions)
    race = next(s for s in plan.weeks[11].sessions if s.kind is SessionKind.EVENT)
    assert race.date == RACE_DAY
    race_ids = ids(race)
    assert race_ids[0::2] == ["hyrox_run"] * 8
    assert race_ids[1::2] == list(STATIONS)
    assert all(e.distance_m == 1000 for e in items(race)[0::2])
    wall_balls = items(race)[-1]
    assert (wall_balls.sets, wall_balls.reps) == (2, 50)


@pytest.mark.parametrize("days", range(1, 8))
def test_hard_days_are_never_back_to_back_below_advanced(days: int) -> None:
    plan = plan_for(days=days)
    for week in plan.weeks[:-1]:
        for end in range(1, len(week.sessions) + 1):
            assert hard_run(week.sessions[:end], days) <= 1, (days, week.week)


@pytest.mark.parametrize("sport", ["running", "gym"])
def test_runners_and_gym_goers_get_the_same_hyrox_week(sport: str) -> None:
    plan = plan_for(
        sport=sport,
        equipment=[
            "sled",
            "ski_erg",
            "rower",
            "kettlebell",
            "dumbbells",
            "medicine_ball",
            "barbell",
            "rack",
        ],
    )
    titles = [s.title for s in plan.weeks[5].sessions]
    assert titles == ["1 km repeats", "Station strength", "Compromised running", "Long run"]


def test_without_a_sled_the_push_is_trained_with_loaded_walking_lunges_and_it_says_so() -> None:
    plan = plan_for(equipment=["dumbbells", "kettlebell", "medicine_ball"])
    stations = items(plan.weeks[0].sessions[1])
    push = next(e for e in stations if "sled push" in e.notes)
    assert push.exercise_id == "walking_lunge"
    assert push.distance_m == 25
    assert "sled_push" not in trained_ids(plan)
    assert any("sled push" in warning for warning in plan.warnings)


def test_the_checker_refuses_a_hyrox_plan_without_running_or_stations() -> None:
    profile, options = request()
    wod_plan = planner.build_plan(profile.model_copy(update={"goals": "race in 11 weeks"}), options)
    rules = {v.rule for v in checks.find_violations(wod_plan, profile, options)}
    assert {"hyrox_running", "hyrox_station"} <= rules


@pytest.mark.parametrize(
    ("sport", "level", "days", "age"),
    [
        (sport, level, days, age)
        for sport in ("crossfit", "gym", "running")
        for level in ("beginner", "intermediate", "advanced")
        for days, age in ((1, 30), (3, 16), (5, 70), (7, 30))
    ],
)
def test_every_hyrox_plan_passes_the_rules(sport: str, level: str, days: int, age: int) -> None:
    for equipment in (None, []):
        profile, options = request(
            sport=sport, level=level, days=days, age=age, equipment=equipment
        )
        plan = planner.build_plan(profile, options)
        assert checks.find_violations(plan, profile, options) == []
