"""Everything the coach knows when it answers, gathered once per message.

Both reply writers (built-in and LLM) get the same context: the person's profile (never their
email), their current plan (the newest), their training (today's and the next session, the
recent log, e1RM per lift), the recent conversation (bounded), and the knowledge passages
retrieved for the question, with the person's sport boosted.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.coach import repository
from app.database.models import User
from app.database.types import utcnow
from app.knowledge import search
from app.logbook.calendar import local_today
from app.logbook.coach_view import TrainingView, training_view
from app.plans.current import current_document
from app.training.contract.plan_document import PlanData

HISTORY_TURNS = 10
"""How many earlier messages the coach sees: enough for follow-ups, bounded for cost."""
HISTORY_CHARS = 1_000
"""Each earlier message is cut to this length in the context."""
PASSAGES = 6
"""Knowledge passages retrieved per question."""
EXPANDED_DOCUMENTS = 3
"""The best documents whose other sections are added: the section that answers a question may
rank below other documents' best chunks, because search spreads its results over documents."""


@dataclass(frozen=True)
class Profile:
    """The profile fields the coach may use and mention."""

    name: str
    age: int
    sport: str
    experience_level: str
    days_per_week: int
    goals: str | None


@dataclass(frozen=True)
class PastTurn:
    """An earlier message of the conversation."""

    role: str
    message: str


@dataclass(frozen=True)
class CoachContext:
    """What the coach knows when answering `question`."""

    question: str
    profile: Profile
    plan: PlanData | None
    today: dt.date
    history: tuple[PastTurn, ...]
    passages: tuple[search.Passage, ...]
    training: TrainingView


def build_context(
    db: Session,
    user: User,
    question: str,
    question_id: int | None = None,
    retrieve: bool = True,
    today: dt.date | None = None,
    query: str | None = None,
) -> CoachContext:
    """Gather the context for answering `question` from `user`.

    Args:
        db: The session to read with.
        user: The person asking.
        question: Their message, trimmed.
        question_id: The stored message's id: history is what came before it (so two messages
            in flight at once each see the right turns). None: the whole stored history.
        retrieve: Whether the answer needs knowledge passages; a question about one's own
            plan answered by the built-in coach does not, and skips the search.
        today: The person's date (their time zone); by default, now in their zone.
        query: What to search the knowledge for, when not the question itself.

    Returns:
        The context; the question itself is not part of `history`.
    """
    return CoachContext(
        question=question,
        profile=Profile(
            name=user.name,
            age=user.age,
            sport=user.sport,
            experience_level=user.experience_level,
            days_per_week=user.days_per_week,
            goals=user.goals,
        ),
        plan=current_document(db, user.id),
        today=today or person_today(user),
        history=_recent_history(db, user.id, question_id),
        passages=_passages(db, query or question, user.sport) if retrieve else (),
        training=training_view(db, user, utcnow()),
    )


def person_today(user: User) -> dt.date:
    """The person's date right now, in their time zone."""
    return local_today(user, utcnow())


def _passages(db: Session, question: str, sport: str) -> tuple[search.Passage, ...]:
    """The retrieved passages, then the remaining sections of the best few documents."""
    found = search.search(db, question, k=PASSAGES, sport=sport)
    seen = {passage.id for passage in found}
    siblings: list[search.Passage] = []
    for passage in found[:EXPANDED_DOCUMENTS]:
        for section in search.sections_of(db, passage):
            if section.id not in seen:
                seen.add(section.id)
                siblings.append(section)
    return (*found, *siblings)


def _recent_history(db: Session, user_id: int, before: int | None) -> tuple[PastTurn, ...]:
    """The last `HISTORY_TURNS` messages before message `before`, oldest first."""
    turns = repository.recent_turns(db, user_id, before, HISTORY_TURNS)
    return tuple(PastTurn(role, message[:HISTORY_CHARS]) for role, message in turns)
