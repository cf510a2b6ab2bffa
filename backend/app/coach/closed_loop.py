"""The chat's part in the closed loop: log from a message, answer from the log and revisions.

The understanding recognises a reported session (`Intent.LOG`, or `Intent.MISSED` for "I missed
yesterday") and a question about one's own training (`Intent.PROGRESS`); this module carries
them out with the database and hands the reply writer a finished answer (`Done`), written from
stored facts only. Logging commits at once, like a change request: the person asked for it.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.coach import log_actions, log_from_chat, progress_answers
from app.coach.understanding import Intent, Understanding
from app.database.models import User

INTENTS = frozenset({Intent.LOG, Intent.MISSED, Intent.PROGRESS})


@dataclass(frozen=True)
class Done:
    """A reply already written from the log (what was recorded, or the answer)."""

    text: str


def act(db: Session, user: User, reading: Understanding, today: dt.date) -> Done | None:
    """Record the reported session or answer the question; None when there is nothing to do."""
    text = reading.message
    if reading.intent in (Intent.LOG, Intent.MISSED):
        said = log_from_chat.read_log(text)
        if said is None:
            return None
        reply = log_actions.record_from_chat(db, user, said, text, today)
        db.commit()
        return Done(reply)
    question = progress_answers.asks(text)
    if question is None:
        return None
    return Done(progress_answers.answer(db, user, question, today))
