"""What the knowledge search route returns."""

from pydantic import BaseModel


class KnowledgeResult(BaseModel):
    """One passage: a section of a knowledge document."""

    id: str
    document_id: str
    title: str
    section: str
    text: str
    sport: str
    score: float
    source: str


class KnowledgeResults(BaseModel):
    """The passages found, best first."""

    results: list[KnowledgeResult]
