"""Every query the accounts domain makes, in one place."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database.models import Credentials, User


def credentials_for_email(db: Session, email: str) -> Credentials | None:
    """The credentials registered under `email` (already normalised to lowercase)."""
    return db.scalars(select(Credentials).where(Credentials.email == email)).one_or_none()


def credentials_for_user(db: Session, user_id: int) -> Credentials | None:
    """The credentials of user `user_id`, with the user loaded alongside."""
    return db.get(Credentials, user_id)


def user_by_id(db: Session, user_id: int) -> User | None:
    """The user with id `user_id`, if they still exist."""
    return db.get(User, user_id)
