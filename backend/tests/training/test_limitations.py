"""Injuries and conditions: recognised from everyday words, with changes a physio would accept."""

import pytest

from app.training import catalogue as library
from app.training import limitations
from app.training.contract.vocabulary import Pattern
from app.training.limitations import CATALOGUE, Condition, Limitation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bad lower back", [Condition.BACK]),
        ("my back hurts after sitting", [Condition.BACK]),
        ("sciatica on the left", [Condition.BACK]),
        ("herniated disc L5", [Condition.BACK]),
        ("bad knees", [Condition.KNEE]),
        ("ACL reconstruction last year", [Condition.KNEE]),
        ("runner's knee", [Condition.KNEE]),
        ("rotator cuff tear", [Condition.SHOULDER]),
        ("frozen shoulder", [Condition.SHOULDER]),
        ("rolled my ankle last month", [Condition.ANKLE]),
        ("achilles tendinopathy", [Condition.ANKLE]),
        ("hip replacement in 2024", [Condition.HIP]),
        ("carpal tunnel", [Condition.WRIST]),
        ("I'm 20 weeks pregnant", [Condition.PREGNANCY]),
        ("postpartum, 6 months", [Condition.PREGNANCY]),
        ("hypertension, on tablets", [Condition.HIGH_BLOOD_PRESSURE]),
        ("type 2 diabetes", [Condition.DIABETES]),
        ("type 1, on insulin", [Condition.DIABETES]),
        ("had a heart attack", [Condition.HEART]),
        ("AFib", [Condition.HEART]),
        ("bad knees, high blood pressure", [Condition.KNEE, Condition.HIGH_BLOOD_PRESSURE]),
    ],
)
def test_everyday_words_are_recognised(text: str, expected: list[Condition]) -> None:
    assert [item.condition for item in limitations.recognise(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["no injuries", "no knee problems", "never had back pain", "", None, "run a 10k", "back squat"],
)
def test_nothing_named_nothing_recognised(text: str | None) -> None:
    assert limitations.recognise(text) == ()


@pytest.mark.parametrize("item", CATALOGUE, ids=lambda item: item.condition.value)
def test_every_named_exercise_and_pattern_exists(item: Limitation) -> None:
    named = item.avoid | {old for old, _ in item.substitutions} | set(item.swaps.values())
    assert named <= set(library.BY_ID)
    assert item.avoid_patterns <= {pattern.value for pattern in Pattern}


@pytest.mark.parametrize("item", CATALOGUE, ids=lambda item: item.condition.value)
def test_substitutes_are_themselves_allowed(item: Limitation) -> None:
    """A swap never lands on something the same limitation rules out."""
    for old, new in item.substitutions:
        movement = library.get(new)
        assert old != new
        assert limitations.allows(
            (item,),
            new,
            movement.pattern.value,
            high_impact=movement.impact.value == "high",
            contact=movement.contact,
        ), (old, new)


def test_a_bad_back_loses_deadlifts_and_box_jumps() -> None:
    """The review: "bad lower back" got deadlifts 4 x 10 and box jumps."""
    back = limitations.recognise("bad lower back")
    assert limitations.substitute(back, "deadlift") == "hip_thrust"
    box_jump = library.get("box_jump")
    assert not limitations.allows(back, "box_jump", box_jump.pattern.value, high_impact=True)
    assert limitations.allows(back, "hip_thrust", "hinge")


def test_bad_knees_lose_kneeling_stretches_and_jumps() -> None:
    """The review: "bad knees" got kneeling stretches."""
    knees = limitations.recognise("bad knees")
    assert not limitations.allows(knees, "couch_stretch", "mobility")
    assert not limitations.allows(knees, "broad_jump", "plyometric", high_impact=True)
    assert limitations.substitute(knees, "couch_stretch") == "hip_circles"


def test_pregnancy_and_heart_rule_out_contact_and_cap_effort() -> None:
    found = limitations.recognise("pregnant, heart murmur")
    assert not limitations.allows(found, "sparring", "boxing_skill", contact=True)
    assert limitations.effort_cap(found) == 6.0
    assert limitations.effort_cap(limitations.recognise("bad knees")) is None


def test_every_medical_condition_warrants_a_referral() -> None:
    medical = {
        Condition.PREGNANCY,
        Condition.HIGH_BLOOD_PRESSURE,
        Condition.DIABETES,
        Condition.HEART,
    }
    for item in CATALOGUE:
        if item.condition in medical:
            assert item.referral
        assert item.notes


def test_warnings_name_the_condition_and_the_referral() -> None:
    sentences = limitations.warnings(limitations.recognise("bad lower back, type 1 diabetes"))
    assert len(sentences) == 2
    assert sentences[0].startswith("Adapted for your lower back:")
    assert "numbness" in sentences[0]
    assert "insulin" in sentences[1]


@pytest.mark.parametrize("item", CATALOGUE, ids=lambda item: item.condition.value)
def test_an_exercise_with_a_substitute_is_ruled_out(item: Limitation) -> None:
    for old, _ in item.substitutions:
        assert not limitations.allows((item,), old, library.get(old).pattern.value)
