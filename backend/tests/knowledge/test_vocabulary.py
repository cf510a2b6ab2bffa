"""From a question to the words the full-text search looks for."""

import re

from hypothesis import given
from hypothesis import strategies as st

from app.knowledge.vocabulary import MAX_TERMS, search_terms


def test_stop_words_go_and_content_words_stay_in_order() -> None:
    assert search_terms("How long should I rest between my sets?") == [
        "long",
        "rest",
        "between",
        "sets",
    ]


def test_slang_adds_the_documents_words_without_losing_its_own() -> None:
    terms = search_terms("I get gassed in round 3")
    assert terms[:3] == ["gassed", "round", "3"]
    assert {"conditioning", "fatigue"} <= set(terms)


def test_phrases_expand_only_as_whole_words() -> None:
    assert "abdominal" in search_terms("best six pack exercise")
    assert "abdominal" not in search_terms("best sixpackage exercise")
    assert "soreness" in search_terms("my legs are killing me")


def test_repeats_are_dropped_and_the_list_is_bounded() -> None:
    assert search_terms("squat squat SQUAT") == ["squat"]
    assert len(search_terms(" ".join(f"word{n}" for n in range(200)))) == MAX_TERMS


@given(st.text())
def test_terms_are_only_letters_and_digits_whatever_the_input(question: str) -> None:
    for term in search_terms(question):
        assert re.fullmatch(r"[^\W_]+", term)
        assert term == term.lower()
