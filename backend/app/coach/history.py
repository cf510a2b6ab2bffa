"""The stored conversation: pages of it, and clearing it."""

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.database.models import ChatMessage


def history_page(
    db: Session, user_id: int, limit: int, before: int | None
) -> tuple[Sequence[ChatMessage], int | None]:
    """Up to `limit` messages older than message `before` (or the newest), oldest first.

    Args:
        db: The session to read with.
        user_id: Whose conversation.
        limit: Page size.
        before: A message id from an earlier page's cursor; None for the newest page.

    Returns:
        The page, oldest to newest, and the cursor for the next older page (None at the start
        of the conversation).
    """
    query = select(ChatMessage).where(ChatMessage.user_id == user_id)
    if before is not None:
        query = query.where(ChatMessage.id < before)
    rows = db.scalars(query.order_by(ChatMessage.id.desc()).limit(limit + 1)).all()
    page = list(reversed(rows[:limit]))
    return page, (page[0].id if len(rows) > limit else None)


def clear_history(db: Session, user_id: int) -> None:
    """Delete every message of the person's conversation."""
    db.execute(delete(ChatMessage).where(ChatMessage.user_id == user_id))
