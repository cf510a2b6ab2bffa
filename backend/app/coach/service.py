"""One chat turn from message to stored reply, whole or streamed.

The person's message is stored and committed before any answer is produced. The reply is stored
when it is complete — also when the language model fails (the built-in coach answers instead),
when anything else breaks (a short apology is stored), or when the client goes away mid-stream
(what was written is stored with a note saying so). Nothing a person says is ever lost.
"""

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app import metrics
from app.coach import builtin, doing, llm_turns, llm_writer, repository
from app.coach.context import CoachContext, build_context, person_today
from app.coach.understanding import Intent, Understanding, understand
from app.database.models import ChatMessage, User
from app.knowledge.search import Passage
from app.llm.client import LLMClient, LLMError

logger = logging.getLogger(__name__)

APOLOGY = (
    "Sorry — I couldn't put an answer together just now. Your message is saved; please try "
    "again in a moment."
)
INTERRUPTED = "\n\n[This reply was interrupted: the connection closed before it was complete.]"
LLM_INTENTS = frozenset(
    {
        Intent.KNOWLEDGE,
        Intent.PROFILE,
        Intent.PLAN,
        Intent.GREETING,
        Intent.OFF_TOPIC,
        Intent.EXPLAIN,
        Intent.SESSION,
        Intent.WEEK,
    }
)
"""What a language model may answer; safety and change requests stay with the built-in coach."""
CITING_INTENTS = frozenset({Intent.KNOWLEDGE, Intent.EXPLAIN})
TOOL_INTENTS = frozenset({Intent.MOVE, Intent.SWAP, Intent.CHANGE})
"""Change requests a model carries out through the coach's tools, when one is configured."""
"""What the built-in coach answers from (and cites) knowledge passages."""


@dataclass
class Draft:
    """A reply being produced: its text so far and the passages it cites."""

    text: str = ""
    sources: list[Passage] = field(default_factory=list)


@dataclass(frozen=True)
class StreamEvent:
    """One step of a streamed reply: `delta` text, a `fallback`, or the stored `done` message."""

    kind: str
    text: str = ""
    message: ChatMessage | None = None
    sources: list[Passage] = field(default_factory=list)


@dataclass(frozen=True)
class Question:
    """A stored message from the person: what the reply answers."""

    id: int
    text: str


def store_question(db: Session, user: User, text: str) -> Question:
    """Store and commit the person's message before anything else happens."""
    message = repository.add_question(db, user.id, text)
    db.commit()
    return Question(message.id, text)


def _store_reply(db: Session, user_id: int, text: str, sources: list[Passage]) -> ChatMessage:
    """Store and commit the coach's reply with the passages it cited."""
    message = repository.add_reply(db, user_id, text, sources)
    db.commit()
    return message


def _carry_out(db: Session, user: User, reading: Understanding, today: dt.date) -> doing.Outcome:
    """Carry out what the message clearly asks for, if anything, and commit it at once.

    The person asked for it, and the write lock (on SQLite) must not be held while the reply is
    being written.
    """
    outcome = doing.carry_out(db, user, reading, today)
    if outcome is not None:
        db.commit()
    return outcome


def _model_text(
    llm: LLMClient, context: CoachContext, reading: Understanding, streaming: bool
) -> Iterator[StreamEvent]:
    """The model's reply as deltas; LLMError when it fails or quotes a number it was not given.

    A streamed reply is checked once complete; the caller then replaces it (a `fallback`).
    """
    turns = llm_writer.turns_for(context, reading)
    written = ""
    for delta in llm.stream(turns) if streaming else [llm.complete(turns)]:
        written += delta
        yield StreamEvent("delta", delta)
    if not llm_turns.grounded(written, turns):
        raise LLMError("the reply quotes a number about the person it was not given")
    yield StreamEvent("sources", sources=list(context.passages[: llm_writer.LLM_PASSAGES]))


def _tool_text(
    llm: LLMClient, db: Session, user: User, context: CoachContext, reading: Understanding
) -> Iterator[StreamEvent]:
    """The model's reply after it has used the coach's tools (written whole, then sent)."""
    turn = llm_turns.with_tools(llm, db, user, context, reading)
    if turn.changes:
        db.commit()
    for word in _words(turn.text):
        yield StreamEvent("delta", word)
    yield StreamEvent("sources")


def pieces(
    llm: LLMClient | None, db: Session, user: User, question: Question, streaming: bool = True
) -> Iterator[StreamEvent]:
    """The reply as it is written: deltas, a fallback marker if the model fails, the sources.

    The message is read (safety first) before anything else. With a model, a change request is
    carried out by the model through the coach's tools; otherwise, and whenever the model
    fails, the built-in coach acts and answers. The caller stores the text; this only writes.
    """
    today = person_today(user)
    reading = understand(question.text, today, user.age)
    tools = llm is not None and reading.intent in TOOL_INTENTS
    use_llm = llm is not None and (tools or reading.intent in LLM_INTENTS)
    outcome = None if tools else _carry_out(db, user, reading, today)
    retrieve = use_llm or reading.intent in CITING_INTENTS
    context = build_context(
        db, user, question.text, question.id, retrieve, today=today, query=reading.query
    )
    if use_llm and llm is not None:
        produced = False
        started = time.perf_counter()
        try:
            model = _tool_text(llm, db, user, context, reading) if tools else None
            for event in model or _model_text(llm, context, reading, streaming):
                produced = produced or event.kind == "delta"
                yield event
            metrics.LLM_SECONDS.labels("ok").observe(time.perf_counter() - started)
            return
        except LLMError as error:
            metrics.LLM_SECONDS.labels("failed").observe(time.perf_counter() - started)
            metrics.CHAT_FALLBACKS.inc()
            logger.warning("LLM reply failed (%s); the built-in coach answers instead", error)
            if produced:
                yield StreamEvent("fallback")
        outcome = _carry_out(db, user, reading, today) if tools else outcome
    reply = builtin.write_reply(context, reading, outcome)
    for word in _words(reply.text):
        yield StreamEvent("delta", word)
    yield StreamEvent("sources", sources=reply.sources)


def _words(text: str) -> Iterator[str]:
    """Split a finished reply into word-sized pieces for streaming."""
    start = 0
    for index, char in enumerate(text):
        if char == " ":
            yield text[start : index + 1]
            start = index + 1
    if start < len(text):
        yield text[start:]


def answer(
    llm: LLMClient | None,
    db: Session,
    user: User,
    question: Question,
    cancelled: Callable[[], bool] = lambda: False,
    streaming: bool = True,
) -> Iterator[StreamEvent]:
    """Produce, store and announce the reply to a stored question.

    Yields `delta` and `fallback` events while writing, then one `done` event carrying the
    stored assistant message. If `cancelled()` turns true (the client left), writing stops and
    the partial reply is stored with a note. Any unexpected failure stores an apology instead.
    """
    draft = Draft()
    try:
        for event in pieces(llm, db, user, question, streaming):
            if cancelled():
                draft.text += INTERRUPTED
                break
            if event.kind == "delta":
                draft.text += event.text
            elif event.kind == "fallback":
                draft.text = ""
            elif event.kind == "sources":
                draft.sources = event.sources
                continue
            yield event
    except Exception:
        logger.exception("The coach failed to answer; storing an apology")
        db.rollback()
        draft = Draft(APOLOGY)
    try:
        stored = _store_reply(db, user.id, draft.text.strip() or APOLOGY, draft.sources)
    except Exception:
        logger.exception("Storing the reply failed; storing an apology instead")
        db.rollback()
        draft = Draft(APOLOGY)
        stored = _store_reply(db, user.id, APOLOGY, [])
    yield StreamEvent("done", message=stored, sources=draft.sources)


def answer_whole(llm: LLMClient | None, db: Session, user: User, question: Question) -> StreamEvent:
    """The stored reply to a stored question, without streaming (the `done` event)."""
    events = list(answer(llm, db, user, question, streaming=False))
    return events[-1]
