"""The seed's schema and what the database itself enforces."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from app.database.connection import engine
from app.database.models import (
    CalendarFeed,
    ChatMessage,
    LiftBest,
    LoggedSet,
    TrainingLog,
    User,
    WorkoutPlan,
)

pytestmark = pytest.mark.usefixtures("migrated_database")
"""These tests read the schema itself, so they need the migrated database first."""

SEED_COLUMNS = {
    "users": {
        "id": "INTEGER",
        "name": "VARCHAR(50)",
        "age": "INTEGER",
        "sport": "VARCHAR(50)",
        "experience_level": "VARCHAR(20)",
        "days_per_week": "INTEGER",
        "goals": "VARCHAR(200)",
        "created_at": "DATETIME",
        "updated_at": "DATETIME",
    },
    "workout_plans": {
        "id": "INTEGER",
        "user_id": "INTEGER",
        "plan_data": "JSON",
        "duration_weeks": "INTEGER",
        "created_at": "DATETIME",
    },
    "chat_messages": {
        "id": "INTEGER",
        "user_id": "INTEGER",
        "role": "VARCHAR(20)",
        "message": "TEXT",
        "created_at": "DATETIME",
    },
}
POSTGRES_NAMES = {"DATETIME": "TIMESTAMP", "TEXT": "TEXT", "JSON": "JSON"}


def make_user(db: Session, **overrides: object) -> User:
    fields: dict[str, object] = {
        "name": "Test User",
        "age": 25,
        "sport": "boxing",
        "experience_level": "beginner",
        "days_per_week": 3,
        "goals": "Learn basics",
    }
    user = User(**(fields | overrides))
    db.add(user)
    db.flush()
    return user


def test_seed_tables_have_the_seed_columns_and_types() -> None:
    inspector = inspect(engine)
    assert set(SEED_COLUMNS) <= set(inspector.get_table_names())
    for table, expected in SEED_COLUMNS.items():
        columns = {c["name"]: c for c in inspector.get_columns(table)}
        assert set(expected) <= set(columns)
        for name, type_name in expected.items():
            actual = str(columns[name]["type"])
            wanted = (
                type_name
                if engine.dialect.name == "sqlite"
                else POSTGRES_NAMES.get(type_name, type_name)
            )
            assert actual.startswith(wanted), f"{table}.{name} is {actual}"
        nullable = {name: c["nullable"] for name, c in columns.items()}
        assert nullable["id"] is False
        assert all(not v for k, v in nullable.items() if k in expected and k != "goals")


def test_foreign_keys_cascade_and_are_indexed() -> None:
    inspector = inspect(engine)
    for table in PERSONAL_TABLES:
        owner = next(k for k in inspector.get_foreign_keys(table) if k["referred_table"] == "users")
        assert owner["options"].get("ondelete") == "CASCADE"
        leading = {i["column_names"][0] for i in inspector.get_indexes(table)}
        leading.add(inspector.get_pk_constraint(table)["constrained_columns"][0])
        assert "user_id" in leading, table


def test_create_and_query_user_like_the_seed(db: Session) -> None:
    user = make_user(db)
    db.commit()
    queried = db.scalars(select(User).where(User.id == user.id)).one()
    assert queried.name == "Test User"
    assert repr(queried) == f"<User(id={user.id}, name='Test User', sport='boxing')>"


def test_timestamps_are_timezone_aware_utc(db: Session) -> None:
    before = datetime.now(UTC)
    user = make_user(db)
    db.commit()
    db.expire_all()
    loaded = db.get(User, user.id)
    assert loaded is not None
    assert loaded.created_at.tzinfo is not None
    assert loaded.created_at.utcoffset() == timedelta(0)
    assert before - timedelta(seconds=5) <= loaded.created_at <= datetime.now(UTC)


def test_updated_at_moves_on_update(db: Session) -> None:
    user = make_user(db)
    db.commit()
    first = user.updated_at
    user.days_per_week = 4
    db.commit()
    assert user.updated_at > first


def test_relationships_go_both_ways(db: Session) -> None:
    user = make_user(db)
    plan = WorkoutPlan(user=user, plan_data={"weeks": []}, duration_weeks=4)
    message = ChatMessage(user=user, role="user", message="hello")
    db.add_all([plan, message])
    db.flush()
    assert user.workout_plans == [plan]
    assert user.chat_messages == [message]
    assert plan.user is user
    assert message.user is user


PERSONAL_TABLES = (
    "workout_plans",
    "chat_messages",
    "training_logs",
    "logged_sets",
    "lift_bests",
    "calendar_feeds",
)


def add_log(db: Session, user_id: int, plan_id: int | None = None) -> TrainingLog:
    log = TrainingLog(
        user_id=user_id,
        plan_id=plan_id,
        week=1 if plan_id else None,
        day=1 if plan_id else None,
        date=date(2026, 12, 1),
        title="Squats",
        status="done",
        source="manual",
    )
    log.sets = [LoggedSet(user_id=user_id, entry=1, position=1, name="Squat", reps=5)]
    log.lift_bests = [
        LiftBest(lift="squat", user_id=user_id, date=log.date, top_kg=100, top_reps=5)
    ]
    db.add(log)
    db.flush()
    return log


def test_deleting_a_plan_keeps_its_logs(db: Session) -> None:
    user = make_user(db)
    plan = WorkoutPlan(user_id=user.id, plan_data={"weeks": []}, duration_weeks=1)
    db.add(plan)
    db.flush()
    log_id = add_log(db, user.id, plan.id).id
    db.commit()
    db.execute(text("DELETE FROM workout_plans WHERE id = :id"), {"id": plan.id})
    db.commit()
    row = db.execute(
        text("SELECT plan_id, week FROM training_logs WHERE id = :id"), {"id": log_id}
    ).one()
    assert tuple(row) == (None, 1)


def test_plain_sql_delete_cascades_through_the_database(db: Session) -> None:
    user = make_user(db)
    other = make_user(db, name="Other")
    for owner in (user, other):
        db.add(WorkoutPlan(user_id=owner.id, plan_data={"weeks": []}, duration_weeks=1))
        db.add(ChatMessage(user_id=owner.id, role="user", message="hi"))
        add_log(db, owner.id)
        db.add(CalendarFeed(user_id=owner.id, secret=f"secret-{owner.id}"))
    db.commit()
    deleted_id, kept_id = user.id, other.id
    db.execute(text("DELETE FROM users WHERE id = :id"), {"id": deleted_id})
    db.commit()
    for table in PERSONAL_TABLES:
        owners = db.execute(text(f"SELECT user_id FROM {table}")).scalars().all()  # noqa: S608
        assert deleted_id not in owners
        assert kept_id in owners


def test_orm_delete_removes_plans_and_messages(db: Session) -> None:
    user = make_user(db)
    db.add(WorkoutPlan(user=user, plan_data={}, duration_weeks=2))
    db.add(ChatMessage(user=user, role="assistant", message="hi"))
    db.commit()
    db.delete(user)
    db.commit()
    assert db.scalars(select(WorkoutPlan).where(WorkoutPlan.user_id == user.id)).all() == []
    assert db.scalars(select(ChatMessage).where(ChatMessage.user_id == user.id)).all() == []


def test_sqlite_connections_enforce_the_promised_pragmas() -> None:
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 1  # NORMAL
        assert pragma("busy_timeout") >= 1000


def test_ids_of_deleted_people_are_never_reused(db: Session) -> None:
    first = make_user(db)
    db.commit()
    deleted_id = first.id
    db.delete(first)
    db.commit()
    assert make_user(db).id > deleted_id
