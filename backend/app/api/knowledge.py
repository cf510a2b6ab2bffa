"""Knowledge search over HTTP: `GET /api/v1/knowledge/search?q=&k=&sport=`.

Public (no token): the knowledge base holds no personal data. A question that is blank or
longer than 1000 characters, a `k` outside 1 to 20 and a `sport` that is not one of the knowledge
base's sports are 422s, so a typo in `sport` is reported instead of silently boosting nothing.
"""

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import AfterValidator, BeforeValidator

from app.api.deps import SessionDep
from app.api.knowledge_schemas import KnowledgeResult, KnowledgeResults
from app.knowledge import search
from app.text import case_insensitive
from app.training.contract.vocabulary import KnowledgeSport

router = APIRouter(prefix="/api/v1/knowledge", tags=["knowledge"])


def _not_blank(value: str) -> str:
    """Refuse a question made only of whitespace."""
    if not value.strip():
        raise ValueError("must not be blank")
    return value


Question = Annotated[
    str,
    Query(min_length=1, max_length=search.MAX_QUERY_CHARS, description="The question"),
    AfterValidator(_not_blank),
]
Sport = Annotated[
    KnowledgeSport,
    BeforeValidator(case_insensitive),
]


@router.get("/search")
def search_knowledge(
    db: SessionDep,
    q: Question,
    k: Annotated[int, Query(ge=1, le=search.MAX_K, description="How many passages")] = 5,
    sport: Annotated[Sport | None, Query(description="Rank this sport's passages higher")] = None,
) -> KnowledgeResults:
    """The knowledge passages that best answer `q`, the person's sport ranked higher.

    `score` orders the results of one search (higher is better); it is not comparable between
    searches. `source` is the document's references.
    """
    passages = search.search(db, q, k=k, sport=sport)
    return KnowledgeResults(
        results=[
            KnowledgeResult.model_validate(passage, from_attributes=True) for passage in passages
        ]
    )
