"""The engine's caches cannot answer for the wrong athlete, and one call clears them all."""

import dataclasses
from pathlib import Path

import app.training
from app.training import memo
from app.training.athlete.resolved import Athlete, resolve
from app.training.contract.plan_document import PlanOptions
from tests.training.training_helpers import profile


def _athlete(**changes: object) -> Athlete:
    base = resolve(profile(age=30), PlanOptions())
    return dataclasses.replace(base, **changes)


def test_athletes_differing_in_any_field_are_different_cache_keys() -> None:
    base = _athlete()
    for changed in (_athlete(age=31), _athlete(usual_kit=False)):
        assert changed != base
        assert len({base, changed}) == 2


def test_a_memoised_rule_reading_the_age_answers_for_each_athlete() -> None:
    @memo.memoised(8)
    def age_of(athlete: Athlete) -> int:
        return athlete.age

    assert age_of(_athlete(age=30)) == 30
    assert age_of(_athlete(age=31)) == 31


def test_a_memoised_rule_reading_usual_kit_answers_for_each_athlete() -> None:
    @memo.memoised(8)
    def usual(athlete: Athlete) -> bool:
        return athlete.usual_kit

    assert usual(_athlete(usual_kit=True)) is True
    assert usual(_athlete(usual_kit=False)) is False


def test_every_cache_of_the_engine_is_registered() -> None:
    root = Path(app.training.__file__).parent
    sources = [path.read_text() for path in root.rglob("*.py") if path.name != "memo.py"]
    assert not any("lru_cache" in source for source in sources)
    assert memo.registered() >= sum(source.count("@memoised(") for source in sources)


def test_clearing_empties_every_registered_cache() -> None:
    app.training.build_plan(profile(), PlanOptions())
    memo.clear_caches()
    assert all(cache.cache_info().currsize == 0 for cache in memo.caches())
