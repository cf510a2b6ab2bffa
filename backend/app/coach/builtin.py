"""The built-in coach: answers from the context alone, offline and in milliseconds.

Every reply is written from stored facts — the profile, the plan, the knowledge passages — so it
can be wrong only where those are. Safety replies are fixed text on purpose: when someone
reports a red flag, the words should be the same careful words every time. The answers
themselves live in `app.coach.answers`, one module per kind.
"""

from dataclasses import dataclass, field

from app.coach.answers.reply import Outcome, write
from app.coach.context import CoachContext
from app.coach.understanding import Understanding
from app.knowledge.search import Passage


@dataclass(frozen=True)
class Reply:
    """What the coach says and the passages it cites."""

    text: str
    sources: list[Passage] = field(default_factory=list)


def write_reply(context: CoachContext, reading: Understanding, outcome: Outcome) -> Reply:
    """The built-in coach's reply to the message read as `reading`.

    Args:
        context: What the coach knows.
        reading: What the message is about.
        outcome: What was already carried out for a change request, if anything.

    Returns:
        The reply text and its cited passages.
    """
    text, sources = write(context, reading, outcome)
    return Reply(text, sources)
