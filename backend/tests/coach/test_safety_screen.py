"""The safety screen on the safety set: every red flag raised with its kind, no false alarms."""

from typing import Any

import pytest

from app.coach.understanding import Flag, Language, Urgency
from app.coach.understanding.safety import screen
from tests.coach.suite.grading import load

SAFETY = load("safety.yaml")


@pytest.mark.parametrize("case", SAFETY, ids=[case["say"][:40] for case in SAFETY])
def test_safety_set(case: dict[str, Any]) -> None:
    found = screen(case["say"], case.get("age"))
    assert (found.flag.value if found else "none") == case["flag"]


def test_the_most_urgent_flag_answers() -> None:
    found = screen("I'm pregnant and had chest pain on my run")
    assert found is not None
    assert (found.flag, found.urgency) == (Flag.CHEST, Urgency.EMERGENCY)


def test_rhabdomyolysis_is_same_day_care() -> None:
    found = screen("pee is dark brown after the workout")
    assert found is not None
    assert found.urgency is Urgency.SAME_DAY


def test_a_clause_that_denies_one_flag_does_not_hide_the_next() -> None:
    found = screen("no chest pain, but my heart keeps skipping beats")
    assert found is not None
    assert found.flag is Flag.PALPITATIONS


def test_an_adult_may_test_a_max_and_a_teen_may_not() -> None:
    assert screen("can I test my 1RM squat?", age=30) is None
    found = screen("can I test my 1RM squat?", age=16)
    assert found is not None
    assert found.flag is Flag.TEEN_MAX


def test_every_flag_has_a_reply_in_both_languages() -> None:
    from app.coach.answers.safety import red_flag_reply

    for flag in Flag:
        assert red_flag_reply(flag, Language.ENGLISH) != red_flag_reply(flag, Language.SPANISH)
