"""Database models for CoachX.

The three tables of the founding spec (`users`, `workout_plans`, `chat_messages`) keep their
columns, types and lengths exactly; what later features need (credentials, knowledge chunks)
lives in tables of its own beside them, so the seed's contract never moves. Foreign keys carry
`ON DELETE CASCADE` so that even a plain SQL `DELETE FROM users` removes a person's data.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.database.types import UTCDateTime, utcnow


class Base(DeclarativeBase):
    """Base class for all models."""


class User(Base):
    """A person training with CoachX: their profile and preferences.

    One user has many workout plans and chat messages, and at most one set of credentials.
    """

    __tablename__ = "users"
    # Ids are never reused on SQLite either: a deleted person's id must not pass to a newcomer.
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's own hook

    id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    age: Mapped[int] = mapped_column(Integer, nullable=False)
    # One of: boxing, crossfit, gym, calisthenics, running (validated by the API).
    sport: Mapped[str] = mapped_column(String(50), nullable=False)
    # One of: beginner, intermediate, advanced.
    experience_level: Mapped[str] = mapped_column(String(20), nullable=False)
    # 1 to 7.
    days_per_week: Mapped[int] = mapped_column(Integer, nullable=False)
    goals: Mapped[str | None] = mapped_column(String(200), nullable=True)
    body_weight_kg: Mapped[float | None] = mapped_column(Float, nullable=True)
    # Free text: injuries and conditions ("bad lower back"), read by the training engine.
    limitations: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # An IANA time zone name: the person's "today" for the calendar.
    timezone: Mapped[str] = mapped_column(String(64), nullable=False, server_default="UTC")
    # Weekdays ("mon".."sun"), as many as days_per_week; None: the default spread.
    training_days: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )

    workout_plans: Mapped[list["WorkoutPlan"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    chat_messages: Mapped[list["ChatMessage"]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    credentials: Mapped["Credentials | None"] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    baselines: Mapped["Baselines | None"] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        """Identify the user in logs without personal data beyond name and sport."""
        return f"<User(id={self.id}, name='{self.name}', sport='{self.sport}')>"


class WorkoutPlan(Base):
    """A stored multi-week training plan; `plan_data` is the validated plan document."""

    __tablename__ = "workout_plans"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's own hook

    id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    plan_data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    duration_weeks: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    # Bumped each time an adaptation (or an undo) changes plan_data: caches key on it.
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")

    user: Mapped[User] = relationship(back_populates="workout_plans")

    def __repr__(self) -> str:
        """Identify the plan and its owner."""
        return f"<WorkoutPlan(id={self.id}, user_id={self.user_id})>"


class ChatMessage(Base):
    """One turn of a person's conversation with the coach (`role` is user or assistant)."""

    __tablename__ = "chat_messages"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's own hook

    id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    user: Mapped[User] = relationship(back_populates="chat_messages")
    sources: Mapped[list["ChatMessageSource"]] = relationship(
        order_by="ChatMessageSource.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )

    def __repr__(self) -> str:
        """Identify the message without its text, which is private."""
        return f"<ChatMessage(id={self.id}, role='{self.role}')>"


class Credentials(Base):
    """How a person proves who they are: a unique email and an Argon2 password hash.

    Kept beside `users` (1:1, cascade) so the seed's profile table stays exactly as specified.
    `token_key` is a random value carried in every access token; replacing it (or deleting the
    row) makes every token issued before invalid, even if a user id is ever reused.
    """

    __tablename__ = "credentials"

    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    email: Mapped[str] = mapped_column(String(254), nullable=False, unique=True)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    token_key: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )

    user: Mapped[User] = relationship(back_populates="credentials")


class Baselines(Base):
    """The numbers a person states about their current fitness (1:1 with `users`, cascade).

    Lists (`lifts`, `max_reps`, `holds`) and races are small JSON documents validated by the API;
    a NULL column means "not stated", so the engine falls back to what the goals text says.
    """

    __tablename__ = "baselines"

    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    weekly_km: Mapped[float | None] = mapped_column(Float, nullable=True)
    longest_run_km: Mapped[float | None] = mapped_column(Float, nullable=True)
    race: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    target_race: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    lifts: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    max_reps: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    holds: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )


class ChatMessageSource(Base):
    """A knowledge passage a coach's reply cited, kept so the history shows it after a reload.

    The passage's title and section are copied, not referenced: a reply keeps its citations even
    when the knowledge base is later re-indexed or a document is removed.
    """

    __tablename__ = "chat_message_sources"

    message_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("chat_messages.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    chunk_id: Mapped[str] = mapped_column(String(200), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    section: Mapped[str] = mapped_column(String(200), nullable=False)
    sport: Mapped[str] = mapped_column(String(20), nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)


class EndedSession(Base):
    """A signed-in session that was logged out before its token expired.

    Access tokens carry a random session id (`sid`); logging out records it here, so that the
    token (and the cookie holding it) stops working at once on every worker, while the person's
    other devices stay signed in. Rows are useless after `expires_at` and are pruned then.
    """

    __tablename__ = "ended_sessions"

    session_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)


Index("ix_chat_messages_user_id_id", ChatMessage.user_id, ChatMessage.id)
Index("ix_workout_plans_user_id_id", WorkoutPlan.user_id, WorkoutPlan.id)


class KnowledgeChunk(Base):
    """One section of a knowledge document, as retrieval stores and ranks it.

    The files in `app/knowledge/documents` are the source of truth; this table is derived from
    them by the indexer, which rewrites a document's rows only when its `content_hash` changes.
    The full-text index over `title`, `section`, `keywords` and `text` is created by the
    migration itself (FTS5 on SQLite, a GIN expression index on PostgreSQL), not by this model.
    `embedding` holds the chunk's dense vector as little-endian float32 bytes, NULL until the
    embedding model has seen it; `embedding_model` says which model wrote it. `indexed_at` moves
    on every write, so a reader can tell cheaply whether its cached vectors are stale.
    """

    __tablename__ = "knowledge_chunks"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    document_id: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    # One of: general, running, boxing, crossfit, calisthenics, gym.
    sport: Mapped[str] = mapped_column(String(20), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    section: Mapped[str] = mapped_column(String(200), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    # The document's tags, space-separated, searchable beside the text.
    keywords: Mapped[str] = mapped_column(Text, nullable=False)
    # The document's references, joined with "; ".
    source: Mapped[str] = mapped_column(Text, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    embedding_model: Mapped[str | None] = mapped_column(String(100), nullable=True)
    indexed_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False, index=True
    )

    def __repr__(self) -> str:
        """Identify the chunk by its stable id."""
        return f"<KnowledgeChunk(id='{self.id}')>"


class TrainingLog(Base):
    """One session the person did (or skipped): planned, with its prescription, or ad hoc.

    `plan_id`, `week` and `day` name the planned session; a plan's deletion keeps the log
    (`ON DELETE SET NULL`). The unique key allows one log per planned session, while ad-hoc logs
    (no plan) are unlimited because NULLs never collide. `source_key` makes imports idempotent.
    """

    __tablename__ = "training_logs"
    __table_args__ = (
        UniqueConstraint("plan_id", "week", "day", name="uq_training_logs_planned_session"),
        UniqueConstraint("user_id", "source_key", name="uq_training_logs_source_key"),
        Index("ix_training_logs_user_id_date", "user_id", "date"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    plan_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("workout_plans.id", ondelete="SET NULL"), nullable=True, index=True
    )
    week: Mapped[int | None] = mapped_column(Integer, nullable=True)
    day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    date: Mapped[date] = mapped_column(Date, nullable=False)
    title: Mapped[str] = mapped_column(String(100), nullable=False)
    # One of: done, partial, skipped.
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    duration_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    session_rpe: Mapped[float | None] = mapped_column(Float, nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    rounds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    prescription: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # Totals of the sets, kept with every write so progress never re-reads every set.
    run_m: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    run_s: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    hard_sets: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # manual, strong, hevy, gpx or tcx; source_key identifies an imported session.
    source: Mapped[str] = mapped_column(String(10), nullable=False, default="manual")
    source_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )

    sets: Mapped[list["LoggedSet"]] = relationship(
        order_by="[LoggedSet.entry, LoggedSet.position]",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )
    lift_bests: Mapped[list["LiftBest"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class LoggedSet(Base):
    """One set as done: exercise `entry` of the log, set `position` within it.

    Sets carry their owner's id too, so progress reads every set of a person in one indexed
    query without joining the logs, and a plain SQL delete of the person removes them directly.
    """

    __tablename__ = "logged_sets"
    __table_args__ = (Index("ix_logged_sets_user_id_exercise_id", "user_id", "exercise_id"),)

    log_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("training_logs.id", ondelete="CASCADE"), primary_key=True
    )
    entry: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    exercise_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    reps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    weight_kg: Mapped[float | None] = mapped_column(Float, nullable=True)
    rpe: Mapped[float | None] = mapped_column(Float, nullable=True)
    duration_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    distance_m: Mapped[int | None] = mapped_column(Integer, nullable=True)
    avg_hr: Mapped[int | None] = mapped_column(Integer, nullable=True)


class LiftBest(Base):
    """A lift's best of one logged session: its top e1RM and heaviest set.

    Written with the log, so progress reads one small row per lift and session instead of
    every set.
    """

    __tablename__ = "lift_bests"
    __table_args__ = (
        Index("ix_lift_bests_user_id_lift_date", "user_id", "lift", "date", "e1rm_kg"),
        Index("ix_lift_bests_user_id_lift_top_kg", "user_id", "lift", "top_kg"),
    )

    log_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("training_logs.id", ondelete="CASCADE"), primary_key=True
    )
    lift: Mapped[str] = mapped_column(String(80), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    date: Mapped[date] = mapped_column(Date, nullable=False)
    e1rm_kg: Mapped[float | None] = mapped_column(Float, nullable=True)
    top_kg: Mapped[float] = mapped_column(Float, nullable=False)
    top_reps: Mapped[int] = mapped_column(Integer, nullable=False)


class CalendarFeed(Base):
    """The secret in a person's private iCalendar feed URL; deleting the row revokes it."""

    __tablename__ = "calendar_feeds"

    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    secret: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class PlanRevision(Base):
    """One version of a plan after the original: what an adaptation (or an undo) changed, and why.

    A revision stores the adjustments (field, before, after, reason), never a copy of the plan;
    `workout_plans.plan_data` holds the plan as it now stands. `log_id` is the log that caused
    an adaptation (kept as null if the log is deleted); `undone_at` marks one taken back.
    """

    __tablename__ = "plan_revisions"
    __table_args__ = (
        UniqueConstraint("plan_id", "number", name="uq_plan_revisions_number"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    plan_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("workout_plans.id", ondelete="CASCADE"), nullable=False, index=True
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    # adaptation or undo.
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    log_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("training_logs.id", ondelete="SET NULL"), nullable=True
    )
    cause: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    adjustments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
