"""Every query the baselines domain makes, in one place."""

from sqlalchemy.orm import Session

from app.database.models import Baselines


def baselines_of(db: Session, user_id: int) -> Baselines | None:
    """The stated baselines of user `user_id`, if they ever stated any."""
    return db.get(Baselines, user_id)
