"""`GET /api/v1/knowledge/search`: public, bounded, and a 422 for anything out of range."""

from typing import get_args

import pytest
from fastapi.testclient import TestClient

from app.api.knowledge import Sport
from app.knowledge.documents import SPORTS
from tests.knowledge.fixtures import indexed_corpus

__all__ = ["indexed_corpus"]
pytestmark = pytest.mark.usefixtures("indexed_corpus")
URL = "/api/v1/knowledge/search"


def test_search_needs_no_token_and_answers_the_documented_shape(client: TestClient) -> None:
    response = client.get(URL, params={"q": "how long should I rest between sets"})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert len(results) == 5
    assert results[0]["document_id"] == "general-rest-between-sets"
    for result in results:
        assert set(result) == {
            "id",
            "document_id",
            "title",
            "section",
            "text",
            "sport",
            "score",
            "source",
        }
        assert isinstance(result["score"], float)


def test_k_and_the_sport_shape_the_answer(client: TestClient) -> None:
    question = {"q": "how do I build conditioning and endurance", "k": 3}
    boxer = client.get(URL, params={**question, "sport": "Boxing"}).json()["results"]
    runner = client.get(URL, params={**question, "sport": "running"}).json()["results"]
    assert len(boxer) == len(runner) == 3
    assert boxer[0]["document_id"] == "boxing-conditioning"
    assert runner[0]["sport"] == "running"


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 1001},
        {"q": "squat", "k": 0},
        {"q": "squat", "k": 21},
        {"q": "squat", "k": "five"},
        {"q": "squat", "sport": "chess"},
    ],
)
def test_out_of_range_input_is_a_422(client: TestClient, params: dict[str, object]) -> None:
    response = client.get(URL, params=params)
    assert response.status_code == 422
    assert "x" * 100 not in response.text  # the rejected input is not echoed back


@pytest.mark.parametrize("q", ['"unclosed', "NEAR(a b)", "squat*", "-(", "x" * 1000, "训练 🏋️"])
def test_query_syntax_and_the_longest_question_are_fine(client: TestClient, q: str) -> None:
    response = client.get(URL, params={"q": q, "k": 20})
    assert response.status_code == 200
    assert len(response.json()["results"]) <= 20


def test_the_api_accepts_exactly_the_knowledge_base_sports() -> None:
    assert set(get_args(get_args(Sport)[0])) == SPORTS
