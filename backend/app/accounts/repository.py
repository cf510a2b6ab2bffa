"""Every query the accounts domain makes, in one place."""

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.database.models import Credentials, EndedSession, User
from app.database.types import utcnow


def credentials_for_email(db: Session, email: str) -> Credentials | None:
    """The credentials registered under `email` (already normalised to lowercase)."""
    return db.scalars(select(Credentials).where(Credentials.email == email)).one_or_none()


def credentials_for_user(db: Session, user_id: int) -> Credentials | None:
    """The credentials of user `user_id`, with the user loaded alongside."""
    return db.get(Credentials, user_id)


def user_by_id(db: Session, user_id: int) -> User | None:
    """The user with id `user_id`, if they still exist."""
    return db.get(User, user_id)


def session_ended(db: Session, session_id: str) -> bool:
    """Whether the session `session_id` was logged out."""
    return db.get(EndedSession, session_id) is not None


def end_session(db: Session, user_id: int, session_id: str, expires_at: datetime) -> None:
    """Record a logged-out session, and prune those whose tokens have expired anyway."""
    db.execute(delete(EndedSession).where(EndedSession.expires_at < utcnow()))
    if db.get(Credentials, user_id) is None or db.get(EndedSession, session_id) is not None:
        return  # the person is gone (and their tokens with them), or it was ended already
    try:
        with db.begin_nested():
            db.add(EndedSession(session_id=session_id, user_id=user_id, expires_at=expires_at))
    except IntegrityError:
        pass  # a parallel logout of the same session recorded it first
