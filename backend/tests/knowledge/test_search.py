"""Hybrid search over the shipped corpus: exact terms, paraphrases, sport boost, bad input."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.knowledge.indexer import SyncReport, sync_knowledge
from app.knowledge.repository import Candidate
from app.knowledge.search import RRF_K, SPORT_BOOST, Passage, SearchMode, fuse, search

pytestmark = pytest.mark.usefixtures("indexed_corpus")


def _documents(passages: list[Passage]) -> list[str]:
    return [p.document_id for p in passages]


@pytest.mark.parametrize(
    ("query", "document_id"),
    [
        ("EMOM", "crossfit-wod-formats"),
        ("Fran", "crossfit-benchmark-workouts"),
        ("rhabdomyolysis", "crossfit-intensity-and-rhabdomyolysis"),
        ("hand wraps", "boxing-hand-wraps"),
    ],
)
def test_lexical_search_finds_exact_terms_first(db: Session, query: str, document_id: str) -> None:
    assert _documents(search(db, query, mode=SearchMode.LEXICAL))[0] == document_id


def test_dense_search_finds_a_paraphrase_that_shares_no_word(db: Session) -> None:
    question = "nana is scared of tripping"
    assert "general-older-adults" not in _documents(search(db, question, mode=SearchMode.LEXICAL))
    assert _documents(search(db, question, mode=SearchMode.DENSE))[0] == "general-older-adults"


@pytest.mark.parametrize(
    ("query", "document_id"),
    [
        ("what does EMOM mean", "crossfit-wod-formats"),
        ("nana is scared of tripping", "general-older-adults"),
        ("my legs are killing me two days after squats", "general-muscle-soreness-doms"),
    ],
)
def test_hybrid_search_finds_both_kinds(db: Session, query: str, document_id: str) -> None:
    assert document_id in _documents(search(db, query, k=3))


def test_results_are_bounded_ordered_and_spread_over_documents(db: Session) -> None:
    passages = search(db, "how long should I rest between sets", k=7)
    assert len(passages) == 7
    scores = [p.score for p in passages]
    assert scores == sorted(scores, reverse=True)
    assert len(set(_documents(passages))) == 7
    first = passages[0]
    assert first.document_id == "general-rest-between-sets"
    assert first.id.startswith(f"{first.document_id}#")
    assert all((first.title, first.section, first.text, first.source, first.sport))


def test_the_persons_sport_ranks_higher_and_general_advice_stays(db: Session) -> None:
    question = "how do I build conditioning and endurance"
    for_boxer = _documents(search(db, question, k=10, sport="boxing"))
    for_runner = _documents(search(db, question, k=10, sport="Running"))
    assert for_boxer[0] == "boxing-conditioning"
    assert for_runner[0].startswith("running-")
    assert for_boxer.index("boxing-conditioning") < for_runner.index("boxing-conditioning")
    assert "general-cardio-for-lifters" in for_boxer
    assert "general-cardio-for-lifters" in for_runner


NASTY = [
    '"',
    '"unclosed phrase',
    "squat*",
    "*",
    "NEAR(squat bench, 2)",
    "squat NEAR bench",
    "-deadlift",
    "squat -bench",
    "(squat OR",
    "squat AND NOT bench)",
    "title:squat",
    "{title section}: rest",
    "^squat",
    "squat + bench | press & curl",
    "!!! ??? ::: ;;; '' ``",
    "'; DROP TABLE knowledge_chunks; --",
    "Übungen für Anfänger — тренировка 训练 🏋️",
    "e\u0301\u0301\u0301",
    "\x00\x01\t\n",
    "OR AND NOT NEAR",
]


@pytest.mark.parametrize("query", NASTY)
@pytest.mark.parametrize("mode", list(SearchMode))
def test_query_syntax_in_questions_never_raises(db: Session, query: str, mode: SearchMode) -> None:
    assert len(search(db, query, mode=mode)) <= 5


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=200))
def test_any_text_at_all_is_a_valid_question(db: Session, query: str) -> None:
    assert len(search(db, query, k=3, mode=SearchMode.LEXICAL)) <= 3


def test_blank_questions_find_nothing_and_k_is_bounded(db: Session) -> None:
    assert search(db, "   \n\t") == []
    for k in (0, 21):
        with pytest.raises(ValueError, match="k must be"):
            search(db, "squat", k=k)


def test_without_the_model_search_is_lexical(db: Session, without_model: None) -> None:
    question = "what does EMOM mean"
    hybrid = search(db, question)
    assert hybrid == search(db, question, mode=SearchMode.LEXICAL)
    assert hybrid[0].document_id == "crossfit-wod-formats"
    assert search(db, question, mode=SearchMode.DENSE) == []


def test_dense_results_follow_the_index_when_it_changes(
    db: Session, corpus: Path, indexed_corpus: SyncReport
) -> None:
    question = "quokka speed from zebra sprints"
    assert "zebra-sprints" not in _documents(search(db, question, mode=SearchMode.DENSE))
    sync_knowledge(db, corpus)
    assert _documents(search(db, question, mode=SearchMode.DENSE))[0] == "zebra-sprints"
    (corpus / "zebra-sprints.md").unlink()
    sync_knowledge(db, corpus)
    assert "zebra-sprints" not in _documents(search(db, question, mode=SearchMode.DENSE))


def test_fusion_adds_reciprocal_ranks_per_document_and_boosts_the_sport() -> None:
    a1, a2 = Candidate("a#1", "a", "general"), Candidate("a#2", "a", "general")
    b1 = Candidate("b#1", "b", "boxing")
    fused = dict(fuse([[a1, b1, a2], [a2, b1]], sport=None))
    assert fused[a1] == pytest.approx(2 / (RRF_K + 1))
    assert fused[a2] == fused[a1]
    assert fused[b1] == pytest.approx(1 / (RRF_K + 2) * 2)
    boosted = fuse([[a1, b1, a2], [a2, b1]], sport=" BOXING ")
    assert boosted[0] == (b1, pytest.approx(2 / (RRF_K + 2) * SPORT_BOOST))
    assert [c for c, _ in fuse([[a1, b1, a2], [a2, b1]], sport=None)] == [a2, a1, b1]
