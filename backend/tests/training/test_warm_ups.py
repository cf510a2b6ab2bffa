"""Warm-ups a coach would write for the day: the day's patterns, the sport's kit, ramp sets.

The review found every day of every sport warming up the same way (easy row, world's greatest
stretch, band pass-throughs) and the ramp to the main lift left to a sentence in the notes.
"""

import datetime as dt
from typing import Any

from app.logbook.service import as_prescribed
from app.training import checks, planner
from app.training.adapt.apply import apply_adjustments
from app.training.adapt.records import Adjustment
from app.training.contract.plan_document import (
    AthleteProfile,
    Exercise,
    PlanData,
    PlanOptions,
    Session,
    work,
)
from app.training.contract.vocabulary import BlockKind, SessionKind, Sport

START = dt.date(2026, 12, 7)
SQUATTER = "get stronger, my best squat is 100 kg x 5"


def _plan(sport: str, goals: str = "", weeks: int = 4, age: int = 30, days: int = 3) -> PlanData:
    profile = AthleteProfile(
        age=age, sport=sport, experience_level="intermediate", days_per_week=days, goals=goals
    )
    return planner.build_plan(profile, PlanOptions(duration_weeks=weeks, start_date=START))


def _warm_up(session: Session) -> list[Exercise]:
    block = session.block(BlockKind.WARM_UP)
    assert block is not None
    return block.exercises


def _ids(session: Session) -> list[str]:
    return [e.exercise_id for e in _warm_up(session)]


def _ramp(session: Session, lift: str) -> list[Exercise]:
    return [e for e in _warm_up(session) if e.exercise_id == lift]


def test_squat_day_and_hinge_day_warm_up_for_their_own_lifts() -> None:
    plan = _plan("gym", SQUATTER)
    squat_day, hinge_day = plan.weeks[0].sessions[0], plan.weeks[0].sessions[1]
    assert "ankle_rocks" in _ids(squat_day)
    assert "goblet_squat" in _ids(squat_day)
    assert "hip_hinge_drill" in _ids(hinge_day)
    assert "glute_bridge" in _ids(hinge_day)
    assert _ids(squat_day) != _ids(hinge_day)


def test_the_raise_suits_the_sport() -> None:
    sports = ("gym", "boxing", "calisthenics")
    first = {sport: _ids(_plan(sport).weeks[0].sessions[0])[0] for sport in sports}
    assert first == {"gym": "easy_row", "boxing": "jump_rope", "calisthenics": "easy_jog"}
    raise_ = _warm_up(_plan("gym").weeks[0].sessions[0])[0]
    assert raise_.duration_s == 300


def test_a_boxing_day_rehearses_shadowboxing_for_one_round() -> None:
    plan = _plan("boxing", "my first amateur fight in spring", days=4)
    boxing_days = [s for s in plan.weeks[0].sessions if "Boxing" in s.title]
    assert boxing_days
    for session in boxing_days:
        assert _ids(session) == ["jump_rope", "arm_circles", "neck_mobility", "shadowboxing"]
        assert _warm_up(session)[-1].duration_s == 180


def test_a_quality_run_warms_up_with_drills_and_strides() -> None:
    plan = _plan("running", "sub-50 10K race", days=4)
    quality = next(s for s in plan.weeks[0].sessions if s.title == "Quality session")
    assert _ids(quality) == ["easy_jog", "leg_swings", "a_skip", "strides"]


def test_ramp_sets_lead_up_to_a_known_squat_in_plate_steps() -> None:
    """100 kg x 5 → 77.5 kg for 3 x 10: the bar, 40 kg x 5 and 57.5 kg x 3 first."""
    squat_day = _plan("gym", SQUATTER).weeks[0].sessions[0]
    work_set = next(e for e in work(squat_day) if e.exercise_id == "back_squat")
    assert work_set.load_kg == 77.5
    ramp = _ramp(squat_day, "back_squat")
    assert [(e.reps, e.load_kg) for e in ramp] == [(10, 20.0), (5, 40.0), (3, 57.5)]
    assert ramp[-1].intensity == "75% of the working weight (57.5 kg)"
    assert ramp[-1].name == "Back squat, warm-up set"
    assert "ramp sets at the end of the warm-up" in work_set.notes


def test_heavy_work_ramps_in_five_sets_to_85_percent() -> None:
    peak = _plan("gym", SQUATTER, weeks=12).weeks[8]
    squat_day = peak.sessions[0]
    work_set = next(e for e in work(squat_day) if e.exercise_id == "back_squat")
    assert work_set.load_kg == 100.0
    assert [(e.reps, e.load_kg) for e in _ramp(squat_day, "back_squat")] == [
        (10, 20.0),
        (5, 40.0),
        (3, 60.0),
        (2, 75.0),
        (1, 85.0),
    ]


def test_without_a_known_lift_the_ramp_is_in_percent_of_the_working_weight() -> None:
    squat_day = _plan("gym").weeks[0].sessions[0]
    ramp = [e for e in _warm_up(squat_day) if e.name.endswith("warm-up set")]
    assert [e.intensity for e in ramp] == [
        "Empty bar",
        "50% of the working weight",
        "75% of the working weight",
    ]
    assert all(e.load_kg is None for e in ramp)


def test_teens_ramp_without_low_rep_sets() -> None:
    plan = _plan("gym", "get stronger, squat 100 kg", weeks=12, age=16)
    ramps = [
        e
        for week in plan.weeks
        for session in week.sessions
        for e in _warm_up(session)
        if e.name.endswith("warm-up set")
    ]
    assert ramps
    assert min(e.reps or 0 for e in ramps) >= 5


def test_ramp_sets_are_not_work_sets_for_the_log() -> None:
    """Done as prescribed, the log holds the work sets only; ramp sets are never hard sets."""
    squat_day = _plan("gym", SQUATTER).weeks[0].sessions[0]
    assert _ramp(squat_day, "back_squat")
    logged = as_prescribed(squat_day.model_dump(mode="json"))
    squat_sets = [
        s for entry in logged if entry["exercise_id"] == "back_squat" for s in entry["sets"]
    ]
    assert [s["weight_kg"] for s in squat_sets] == [77.5, 77.5, 77.5]
    assert all((e.target_rpe or 0) < 7 for e in _ramp(squat_day, "back_squat"))


def test_the_ramp_follows_an_adapted_working_weight() -> None:
    plan = _plan("gym", SQUATTER)
    session = plan.weeks[1].sessions[0]
    raised = Adjustment(
        date=session.date,
        week=2,
        day=1,
        exercise_id="back_squat",
        field="load_kg",
        before=77.5,
        after=82.5,
        reason="up from 77.5 kg",
        rule="lifts",
    )
    adapted = apply_adjustments(plan, [raised]).weeks[1].sessions[0]
    assert [e.load_kg for e in _ramp(adapted, "back_squat")] == [20.0, 42.5, 62.5]
    assert _ramp(adapted, "back_squat")[2].intensity.endswith("(62.5 kg)")


def test_every_cool_down_lasts_five_minutes_or_more_in_every_sport() -> None:
    for sport in Sport:
        plan = _plan(sport.value, days=5)
        for session in plan.weeks[0].sessions:
            cool_down = session.block(BlockKind.COOL_DOWN)
            if session.kind is SessionKind.EVENT or cool_down is None:
                continue
            seconds = sum(
                e.sets * (e.duration_s or 0) * (2 if e.per_side else 1) for e in cool_down.exercises
            )
            assert seconds >= 300, (sport, session.title)


def _squatter_rules(document: dict[str, Any]) -> set[str]:
    """The rules a hand-edited copy of the squatter's gym plan breaks."""
    tampered = PlanData.model_validate(document)
    profile = AthleteProfile(
        age=30, sport="gym", experience_level="intermediate", days_per_week=3, goals=SQUATTER
    )
    options = PlanOptions(duration_weeks=4, start_date=START)
    return {v.rule for v in checks.find_violations(tampered, profile, options, today=START)}


def test_the_checker_refuses_a_ramp_heavier_than_the_work() -> None:
    plan = _plan("gym", SQUATTER)
    document = plan.model_dump(mode="json")
    warm = document["weeks"][0]["sessions"][0]["blocks"][0]["exercises"]
    warm[-1]["load_kg"] = 90.0
    assert "ramp" in _squatter_rules(document)


def test_the_checker_refuses_a_session_too_short_for_its_work() -> None:
    plan = _plan("gym", SQUATTER)
    document = plan.model_dump(mode="json")
    document["weeks"][0]["sessions"][0]["duration_min"] = 15
    assert "duration" in _squatter_rules(document)


def test_an_olympic_lift_ramps_in_short_sets() -> None:
    """Power cleans are rehearsed for speed: the empty bar for 5, not 10."""
    clean_day = _plan("crossfit").weeks[0].sessions[1]
    ramp = _ramp(clean_day, "power_clean")
    assert [e.reps for e in ramp] == [5, 5, 3]
