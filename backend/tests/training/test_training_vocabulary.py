"""One vocabulary for every package: the sports, age bands and profile bounds."""

from typing import get_args

from app.knowledge.documents import SPORTS
from app.text import blank_to_none, case_insensitive
from app.training.contract.vocabulary import KnowledgeSport, Sport, age_band


def test_knowledge_sports_are_the_training_sports_plus_general() -> None:
    assert set(get_args(KnowledgeSport)) == {"general", *Sport}
    assert frozenset(get_args(KnowledgeSport)) == SPORTS


def test_age_bands_change_at_18_and_65() -> None:
    bands = [age_band(age).value for age in (13, 17, 18, 64, 65, 100)]
    assert bands == ["teen", "teen", "adult", "adult", "older", "older"]


def test_names_from_a_list_are_read_in_any_case_and_blank_text_is_none() -> None:
    assert case_insensitive(" Boxing ") == "boxing"
    assert case_insensitive(3) == 3
    assert blank_to_none("  ") is None
    assert blank_to_none("run a 5k") == "run a 5k"
