"""Reading intents from free-text goals."""

import pytest

from app.training.athlete import goals
from app.training.contract.vocabulary import Goal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my first amateur fight in spring", {Goal.FIGHT}),
        ("Run my first 5K", {Goal.RACE, Goal.RACE_5K}),
        ("parkrun PB", {Goal.RACE, Goal.RACE_5K}),
        ("sub-50 10 km race", {Goal.RACE, Goal.RACE_10K}),
        ("Half-Marathon in October", {Goal.RACE, Goal.HALF_MARATHON}),
        ("my first marathon", {Goal.RACE, Goal.MARATHON}),
        ("get my first MUSCLE-UP", {Goal.MUSCLE_UP}),
        ("build muscle", {Goal.MUSCLE}),
        ("get stronger, squat 140 kg", {Goal.STRENGTH}),
        ("lose 5 kg", {Goal.FAT_LOSS}),
        ("weight loss and more stamina", {Goal.FAT_LOSS, Goal.ENDURANCE}),
        ("handstand, front lever, planche", {Goal.HANDSTAND, Goal.FRONT_LEVER, Goal.PLANCHE}),
        ("pistol squat and l-sit", {Goal.PISTOL_SQUAT, Goal.L_SIT}),
        ("10 strict pull-ups", {Goal.PULL_UP}),
        ("compete in the CrossFit Open", {Goal.COMPETITION}),
        ("better mobility", {Goal.MOBILITY}),
        ("feel good", set()),
    ],
)
def test_detects_intents(text: str, expected: set[Goal]) -> None:
    assert set(goals.detect(text)) == expected


@pytest.mark.parametrize("text", [None, "", "   "])
def test_no_goals_means_no_intents(text: str | None) -> None:
    assert goals.detect(text) == []


def test_intents_come_in_a_stable_order() -> None:
    assert goals.detect("muscle-up, marathon, stronger") == [
        Goal.STRENGTH,
        Goal.RACE,
        Goal.MARATHON,
        Goal.MUSCLE_UP,
    ]


def test_events_and_race_distances() -> None:
    assert goals.has_event([Goal.FIGHT])
    assert not goals.has_event([Goal.MUSCLE, Goal.HANDSTAND])
    assert goals.race_distance([Goal.RACE_5K, Goal.MARATHON]) is Goal.MARATHON
    assert goals.race_distance([Goal.STRENGTH]) is None
    assert goals.skills([Goal.MUSCLE_UP, Goal.FAT_LOSS]) == [Goal.MUSCLE_UP]
