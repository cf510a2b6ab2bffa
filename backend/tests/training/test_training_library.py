"""The exercise library: big enough, complete, and able to fill every slot for everyone."""

import re

import pytest

from app.training import catalogue
from app.training.athlete.resolved import USUAL_KIT
from app.training.contract.vocabulary import Equipment, Goal, Impact, Level, Muscle, Pattern, Sport
from app.training.programming import add_ons, boxing_days, calisthenics_crossfit_days, day_templates
from app.training.programming.exercise_choice import Slot
from app.training.running import weekly_runs

ID = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")


def test_the_library_has_at_least_150_unique_exercises() -> None:
    ids = [m.id for m in catalogue.CATALOGUE]
    assert len(ids) >= 150
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("movement", catalogue.CATALOGUE, ids=lambda m: m.id)
def test_every_exercise_is_fully_written(movement: catalogue.Movement) -> None:
    assert ID.match(movement.id)
    assert movement.name.strip()
    assert len(movement.cues) >= 30
    assert movement.muscles
    assert all(isinstance(muscle, Muscle) for muscle in movement.muscles)
    assert movement.sports
    assert Equipment.BODYWEIGHT not in movement.equipment
    assert movement.level in Level
    assert movement.impact in Impact


def test_running_and_boxing_are_first_class() -> None:
    required = {
        "easy_run",
        "recovery_run",
        "long_run",
        "tempo_run",
        "intervals_400m",
        "intervals_800m",
        "intervals_1km",
        "strides",
        "hill_repeats",
        "fartlek_surges",
        "run_walk",
        "shadowboxing",
        "heavy_bag",
        "pad_work",
        "footwork_drill",
        "jump_rope",
        "shadow_defence",
        "sparring",
        "bag_sprints",
        "neck_isometrics",
    }
    assert required <= set(catalogue.BY_ID)
    assert catalogue.get("sparring").contact
    assert catalogue.get("sparring").level is Level.INTERMEDIATE  # gated by Athlete.may_spar


def test_calisthenics_and_crossfit_progressions_exist() -> None:
    ladders = {
        Goal.MUSCLE_UP: 5,
        Goal.HANDSTAND: 5,
        Goal.PULL_UP: 4,
        Goal.FRONT_LEVER: 3,
        Goal.PLANCHE: 3,
        Goal.PISTOL_SQUAT: 3,
        Goal.L_SIT: 3,
    }
    for skill, rungs in ladders.items():
        tagged = [m for m in catalogue.CATALOGUE if skill in m.skills]
        assert len(tagged) >= rungs, skill
        assert any(m.level is Level.BEGINNER for m in tagged), skill
    olympic = [m for m in catalogue.CATALOGUE if m.pattern is Pattern.OLYMPIC]
    assert len(olympic) >= 6
    assert {m.modality for m in catalogue.CATALOGUE if m.modality} == {
        "monostructural",
        "gymnastics",
        "weightlifting",
    }


def test_unknown_ids_are_reported_by_name() -> None:
    with pytest.raises(KeyError, match="nope"):
        catalogue.get("nope")


SUBSTITUTE_PATTERNS = (
    Pattern.SQUAT,
    Pattern.HINGE,
    Pattern.LUNGE,
    Pattern.HORIZONTAL_PUSH,
    Pattern.HORIZONTAL_PULL,
    Pattern.VERTICAL_PUSH,
    Pattern.VERTICAL_PULL,
    Pattern.CARRY,
    Pattern.ANTI_EXTENSION,
    Pattern.ANTI_ROTATION,
    Pattern.RUN,
    Pattern.MOBILITY,
    Pattern.BALANCE,
    Pattern.BOXING_SKILL,
    Pattern.FOOTWORK,
    Pattern.NECK,
    Pattern.AEROBIC,
)


@pytest.mark.parametrize("pattern", SUBSTITUTE_PATTERNS)
def test_every_main_pattern_has_a_safe_bodyweight_substitute(pattern: Pattern) -> None:
    assert any(
        not m.equipment and m.level is Level.BEGINNER and m.impact is Impact.LOW
        for m in catalogue.BY_PATTERN[pattern]
    )


def _all_slots() -> list[Slot]:
    modules = (day_templates, calisthenics_crossfit_days, boxing_days, add_ons, weekly_runs)
    found: list[Slot] = []
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, Slot):
                found.append(value)
            if isinstance(value, day_templates.DayPlan):
                found.extend(value.main + value.conditioning)
            if isinstance(value, tuple) and value and isinstance(value[0], Slot):
                found.extend(value)
    found.extend(slot for slots in add_ons.SKILL_SLOTS.values() for slot in slots)
    return found


def test_every_preferred_id_in_the_templates_exists() -> None:
    slots = _all_slots()
    assert len(slots) > 50
    for slot in slots:
        for movement_id in slot.prefer:
            assert movement_id in catalogue.BY_ID, movement_id
    assert set(weekly_runs.REPEAT_M) <= set(catalogue.BY_ID)
    assert set(weekly_runs.QUALITY_TEXT) <= set(catalogue.BY_ID)


def test_usual_kits_are_real_equipment() -> None:
    assert USUAL_KIT[Sport.RUNNING] == frozenset()
    assert Equipment.BARBELL in USUAL_KIT[Sport.GYM]
    assert Equipment.HEAVY_BAG in USUAL_KIT[Sport.BOXING]
