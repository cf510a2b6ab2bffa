"""Answering training questions from retrieved passages, quoting the sentences that answer.

Sentences are chosen by meaning: each sentence of the retrieved passages is scored by the
MiniLM similarity of its vector to the question's, plus a little for the question's own words
it shares (word overlap alone when the encoder is absent), with a nudge for numbers when the
question asks how much, long or many. The best sentence opens the answer, so the first thing
the person reads addresses their question. A sentence that leans on one before it ("They
teach...", "This means...") is only quoted right after that sentence. Each document is cited
once. A personal line follows only when the plan holds something the question is about.
"""

import re
from dataclasses import dataclass

import numpy as np

from app.coach.answers.personal import personal_line
from app.coach.answers.sentences import split, vectors_for
from app.coach.context import CoachContext
from app.coach.understanding import Understanding
from app.coach.understanding.meaning import query_text
from app.knowledge.embedding import get_encoder
from app.knowledge.search import Passage

SENTENCES_QUOTED = 3
"""How many sentences the built-in answer quotes, across all retrieved passages."""
KEEP = 0.75
"""A sentence is quoted when it scores at least this share of the best one."""
OVERLAP_WEIGHT = 0.2
"""What sharing all of the question's content words adds to a sentence's similarity: the
exact terms ("long run", "pace") settle close calls between sentences of similar meaning."""
NOTHING_FOUND = (
    "I couldn't find anything on that in my training notes. Try asking it another way, or ask "
    "about your plan, recovery, technique or nutrition."
)
_LEANING = re.compile(
    r"^(they|it|this|these|those|that|he|she|both|such|also|but|however|so|then|instead|"
    r"otherwise|here|there)\b|^(\w+\W+){1,2}(this|that|these|those|they|it) (means?|is|are|"
    r"was|were|way|helps?|makes?)\b",
    re.IGNORECASE,
)
_WANTS_NUMBER = re.compile(
    r"\b(how (long|much|many|often|far|fast)|what (weight|pace)|reps?)\b", re.IGNORECASE
)
_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = """a an the and or of to in on at for with is are be it this that i me my you your
do does how what when why which should can much many"""
_STOP = frozenset(_STOP_WORDS.split())


@dataclass(frozen=True)
class Candidate:
    """A sentence that might be quoted: where it comes from and how well it answers."""

    rank: int
    position: int
    text: str
    score: float


def _overlap(question: str, sentence: str) -> float:
    """Shared content words, as a share of the question's (the fallback without the encoder)."""
    wanted = {w for w in _WORD.findall(question.lower()) if w not in _STOP}
    found = {w for w in _WORD.findall(sentence.lower()) if w not in _STOP}
    return len(wanted & found) / max(len(wanted), 1)


def _candidates(question: str, passages: list[Passage]) -> list[Candidate]:
    """Every sentence of the passages, scored against the question."""
    rows = [(r, i, s) for r, p in enumerate(passages) for i, s in enumerate(split(p.text))]
    if not rows:
        return []
    texts = [text for _, _, text in rows]
    vectors, encoder = vectors_for(texts), get_encoder()
    overlap = [_overlap(question, text) for text in texts]
    if vectors is not None and encoder is not None:
        similarity = (vectors @ np.asarray(encoder.encode_query(query_text(question)))).tolist()
        scores = [s + OVERLAP_WEIGHT * o for s, o in zip(similarity, overlap, strict=True)]
    else:
        scores = overlap
    number = bool(_WANTS_NUMBER.search(question))
    return [
        Candidate(r, i, text, s + (0.05 if number and any(c.isdigit() for c in text) else 0.0))
        for (r, i, text), s in zip(rows, scores, strict=True)
    ]


def choose(question: str, passages: list[Passage]) -> list[Candidate]:
    """The sentences to quote, best first; a leaning sentence only after its predecessor."""
    ranked = sorted(_candidates(question, passages), key=lambda c: (-c.score, c.rank, c.position))
    chosen: list[Candidate] = []
    for candidate in ranked:
        if chosen and candidate.score < KEEP * chosen[0].score:
            break
        if _LEANING.match(candidate.text) and not any(
            c.rank == candidate.rank and c.position == candidate.position - 1 for c in chosen
        ):
            continue
        chosen.append(candidate)
        if len(chosen) == SENTENCES_QUOTED:
            break
    return _arrange(chosen)


def _arrange(chosen: list[Candidate]) -> list[Candidate]:
    """Best first, each leaning sentence moved right after the sentence it leans on."""
    arranged: list[Candidate] = []
    for candidate in chosen:
        if _LEANING.match(candidate.text):
            before = next(
                i
                for i, c in enumerate(arranged)
                if c.rank == candidate.rank and c.position == candidate.position - 1
            )
            arranged.insert(before + 1, candidate)
        else:
            arranged.append(candidate)
    return arranged


def answer_knowledge(context: CoachContext, reading: Understanding) -> tuple[str, list[Passage]]:
    """The best sentences with one numbered citation per document, and a personal line.

    Returns:
        The text and the passages it cites; no passages means the coach had nothing to go on.
    """
    passages = list(context.passages)
    chosen = choose(reading.query, passages)
    if not chosen:
        return NOTHING_FOUND, []
    cited: list[Passage] = []
    numbers: dict[str, int] = {}
    parts: list[str] = []
    for candidate in chosen:
        passage = passages[candidate.rank]
        if passage.document_id not in numbers:
            cited.append(passage)
            numbers[passage.document_id] = len(cited)
        parts.append(f"{candidate.text} [{numbers[passage.document_id]}]")
    text = " ".join(parts)
    extra = personal_line(context, reading)
    return (f"{text}\n\n{extra}" if extra else text), cited
