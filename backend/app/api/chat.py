"""The coach chat: send a message (whole reply or streamed), read and clear the history."""

import json
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractContextManager
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response, status
from fastapi.responses import StreamingResponse
from limits.storage import Storage
from sqlalchemy.orm import Session, sessionmaker

from app.api.chat_schemas import ChatMessageOut, ChatReply, HistoryPage, NewMessage
from app.api.deps import CurrentUser, SessionDep
from app.coach import repository, service
from app.coach.relay import relay
from app.coach.service import StreamEvent
from app.config import LLMProvider, settings
from app.database.connection import SessionLocal
from app.database.models import User
from app.llm.client import LLMClient, LLMConfig
from app.ratelimit import SlidingWindowLimiter

router = APIRouter(prefix="/api/v1/chat", tags=["chat"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing, expired, forged or revoked token"},
}
_SENDING: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    429: {"description": "Too many messages; see Retry-After"},
}


@lru_cache
def get_llm() -> LLMClient | None:
    """The configured language model, or None for the built-in coach (the default)."""
    if settings.LLM_PROVIDER is not LLMProvider.OPENAI:
        return None
    return LLMClient(
        LLMConfig(
            base_url=settings.LLM_BASE_URL,
            api_key=settings.LLM_API_KEY.get_secret_value() if settings.LLM_API_KEY else None,
            model=settings.LLM_MODEL,
            timeout_s=settings.LLM_TIMEOUT_S,
        )
    )


def new_chat_limiter(storage: Storage | None = None) -> SlidingWindowLimiter:
    """A limiter of chat messages per person, as configured (the shared store by default)."""
    return SlidingWindowLimiter(
        "chat",
        settings.CHAT_RATE_LIMIT_PER_MINUTE,
        60,
        "Too many messages; take a breath.",
        storage,
    )


_chat_limiter = new_chat_limiter()


def get_chat_limiter() -> SlidingWindowLimiter:
    """The process-wide chat limiter."""
    return _chat_limiter


SessionFactory = Callable[[], AbstractContextManager[Session]]


def get_session_factory() -> SessionFactory:
    """Sessions for work that outlives the request (a streamed reply)."""
    factory: sessionmaker[Session] = SessionLocal
    return factory


LLMDep = Annotated[LLMClient | None, Depends(get_llm)]
ChatLimiterDep = Annotated[SlidingWindowLimiter, Depends(get_chat_limiter)]
SessionFactoryDep = Annotated[SessionFactory, Depends(get_session_factory)]


def _reply(event: StreamEvent) -> ChatReply:
    """The API's view of a stored reply and its sources."""
    reply = ChatMessageOut.model_validate(event.message)
    return ChatReply(reply=reply, sources=reply.sources)


@router.post("/messages", status_code=status.HTTP_201_CREATED, responses=_SENDING)
def post_message(
    body: NewMessage, user: CurrentUser, db: SessionDep, limiter: ChatLimiterDep, llm: LLMDep
) -> ChatReply:
    """Send a message; both it and the coach's reply are stored."""
    limiter.hit(str(user.id))
    question = service.store_question(db, user, body.message)
    return _reply(service.answer_whole(llm, db, user, question))


def _sse(event: StreamEvent) -> str:
    """One Server-Sent Event in wire format."""
    if event.kind == "done":
        data = _reply(event).model_dump_json()
    elif event.kind == "delta":
        data = json.dumps({"text": event.text})
    else:
        data = "{}"
    return f"event: {event.kind}\ndata: {data}\n\n"


@router.post(
    "/stream",
    responses={
        **_SENDING,
        200: {
            "description": "Server-Sent Events: `delta` ({text}) as the reply is written; "
            "`fallback` ({}) when the language model failed mid-way and the text so far must be "
            "discarded; finally `done` with the stored reply and sources (as POST /messages).",
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
        },
    },
    response_class=StreamingResponse,
)
def stream_message(
    body: NewMessage,
    user: CurrentUser,
    db: SessionDep,
    limiter: ChatLimiterDep,
    llm: LLMDep,
    sessions: SessionFactoryDep,
) -> StreamingResponse:
    """Send a message and receive the reply as it is written."""
    limiter.hit(str(user.id))
    question = service.store_question(db, user, body.message)
    user_id = user.id

    def produce(cancelled: Callable[[], bool]) -> Iterator[StreamEvent]:
        with sessions() as session:
            person = session.get(User, user_id)
            if person is not None:
                yield from service.answer(llm, session, person, question, cancelled)

    async def events() -> AsyncIterator[str]:
        async for event in relay(produce):
            yield _sse(event)

    return StreamingResponse(
        events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )


@router.get("/messages", responses=_ERRORS)
def read_history(
    user: CurrentUser,
    db: SessionDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    before: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> HistoryPage:
    """A page of the conversation, oldest to newest; pass `next_before` to go further back."""
    page, older = repository.history_page(db, user.id, limit, before)
    return HistoryPage(messages=[ChatMessageOut.model_validate(m) for m in page], next_before=older)


@router.delete("/messages", status_code=status.HTTP_204_NO_CONTENT, responses=_ERRORS)
def clear_history(user: CurrentUser, db: SessionDep) -> Response:
    """Delete the whole conversation."""
    repository.clear_history(db, user.id)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
