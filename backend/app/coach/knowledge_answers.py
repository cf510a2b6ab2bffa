"""Answering training questions from retrieved passages, quoting the sentences that fit.

The built-in coach does not invent: from all retrieved passages it picks the few sentences that
share the most words with the question (preferring sentences with numbers when the question asks
how long, how much or how many), keeps each passage's sentences in their original order, and
cites where they came from. A language model, when configured, writes more freely from the same
passages.
"""

import re

from app.coach.context import CoachContext
from app.knowledge.search import Passage

SENTENCES_QUOTED = 3
"""How many sentences the built-in answer quotes, across all retrieved passages."""

_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(])")
_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an the and or but if of to in on at for with by from is are was were be been it its "
        "this that these those i me my you your we our do does did can could should would how "
        "what when why which who much many long often there their they them so as about into "
        "than then too very just get got have has had am not no",
    )
)


def _terms(text: str) -> set[str]:
    """Content words, lowercased, with a crude plural fold."""
    return {w.rstrip("s") for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1}


_WANTS_NUMBER = re.compile(
    r"\b(how (long|much|many|often|far|fast)|what (weight|pace)|rep|reps)\b", re.IGNORECASE
)


def _sentences(passage: Passage) -> list[str]:
    """A passage cut into sentences."""
    return [s.strip() for s in _SENTENCE.split(passage.text.strip()) if s.strip()]


def choose_sentences(question: str, passages: list[Passage]) -> dict[int, list[int]]:
    """The best sentences to quote: passage rank → sentence positions, best passage first.

    A sentence scores one point per question word it contains, half a point more if the question
    asks for a number and the sentence has one, and a little for coming from a better passage.
    Sentences far weaker than the best one (under 60% of its score) are left out.
    """
    wanted = _terms(question)
    wants_number = bool(_WANTS_NUMBER.search(question))
    scored: list[tuple[float, int, int]] = []
    for rank, passage in enumerate(passages):
        for position, sentence in enumerate(_sentences(passage)):
            overlap = len(wanted & _terms(sentence))
            if overlap == 0:
                continue
            bonus = 0.5 if wants_number and any(c.isdigit() for c in sentence) else 0.0
            scored.append((overlap + bonus - 0.1 * min(rank, 5), rank, position))
    best = sorted(scored, key=lambda item: (-item[0], item[1], item[2]))[:SENTENCES_QUOTED]
    strong = [item for item in best if item[0] >= 0.6 * best[0][0]] if best else []
    chosen: dict[int, list[int]] = {}
    for _, rank, _ in strong:  # passages in the order of their best sentence
        chosen.setdefault(rank, [])
    for _, rank, position in sorted(strong, key=lambda item: item[2]):
        chosen[rank].append(position)
    return chosen


def answer_knowledge(context: CoachContext) -> tuple[str, list[Passage]]:
    """An answer made of the best passages' most relevant sentences, with numbered citations.

    The numbers ([1], [2]) refer to the reply's structured sources, which the API and the web
    page show beside the text.

    Returns:
        The text and the passages it cites; no passages means the coach had nothing to go on.
    """
    passages = list(context.passages)
    chosen = choose_sentences(context.question, passages)
    if not chosen:
        return (
            "I couldn't find anything on that in my training notes. Try asking it another way, "
            "or ask about your plan, recovery, technique or nutrition.",
            [],
        )
    quoted = [passages[rank] for rank in chosen]
    parts = []
    for number, (rank, positions) in enumerate(chosen.items(), start=1):
        sentences = _sentences(passages[rank])
        parts.append(" ".join(sentences[i] for i in positions) + f" [{number}]")
    p = context.profile
    note = (
        f"\n\nFor you as a {p.experience_level} in {p.sport} training {p.days_per_week} days a "
        "week, start at the conservative end of these ranges and build from there."
    )
    return "\n\n".join(parts) + note, quoted
