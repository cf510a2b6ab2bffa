"""Every query over the stored conversation (`chat_messages`), in one place.

Each is scoped to its owner. Functions add and read but never commit: the chat service decides
when a turn is committed (the question before anything else happens, the reply once written).
"""

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.database.models import ChatMessage, ChatMessageSource
from app.knowledge.search import Passage


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


def recent_turns(
    db: Session, user_id: int, before: int | None, limit: int
) -> list[tuple[str, str]]:
    """(role, message) of the last `limit` messages before message `before`, oldest first."""
    query = select(ChatMessage.role, ChatMessage.message).where(ChatMessage.user_id == user_id)
    if before is not None:
        query = query.where(ChatMessage.id < before)
    rows = db.execute(query.order_by(ChatMessage.id.desc()).limit(limit)).all()
    return [(role, message) for role, message in reversed(rows)]


def add_question(db: Session, user_id: int, text: str) -> ChatMessage:
    """Add the person's message to the conversation."""
    message = ChatMessage(user_id=user_id, role="user", message=text)
    db.add(message)
    return message


def add_reply(db: Session, user_id: int, text: str, sources: list[Passage]) -> ChatMessage:
    """Add the coach's reply with the passages it cited, numbered from 1."""
    message = ChatMessage(
        user_id=user_id,
        role="assistant",
        message=text,
        sources=[
            ChatMessageSource(
                position=number,
                chunk_id=passage.id,
                title=passage.title,
                section=passage.section,
                sport=passage.sport,
                source=passage.source,
            )
            for number, passage in enumerate(sources, start=1)
        ],
    )
    db.add(message)
    return message
