"""The training log: time zone and training days, logs with sets and bests, the calendar feed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _owner() -> sa.Column[int]:
    """The `user_id` column every table of a person's data has, removed with the person."""
    return sa.Column(
        "user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    """Add the profile's time zone and days, and create the log, set and feed tables."""
    op.add_column(
        "users", sa.Column("timezone", sa.String(64), nullable=False, server_default="UTC")
    )
    op.add_column("users", sa.Column("training_days", sa.JSON(), nullable=True))
    op.create_table(
        "training_logs",
        sa.Column("id", sa.Integer(), primary_key=True),
        _owner(),
        sa.Column(
            "plan_id",
            sa.Integer(),
            sa.ForeignKey("workout_plans.id", ondelete="SET NULL"),
            nullable=True,
            index=True,
        ),
        sa.Column("week", sa.Integer(), nullable=True),
        sa.Column("day", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("title", sa.String(100), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("reason", sa.String(200), nullable=True),
        sa.Column("duration_min", sa.Integer(), nullable=True),
        sa.Column("session_rpe", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("rounds", sa.Integer(), nullable=True),
        sa.Column("score", sa.JSON(), nullable=True),
        sa.Column("prescription", sa.JSON(), nullable=True),
        sa.Column("run_m", sa.Integer(), nullable=False),
        sa.Column("run_s", sa.Integer(), nullable=False),
        sa.Column("hard_sets", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("source_key", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("plan_id", "week", "day", name="uq_training_logs_planned_session"),
        sa.UniqueConstraint("user_id", "source_key", name="uq_training_logs_source_key"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_training_logs_user_id_date", "training_logs", ["user_id", "date"])
    op.create_table(
        "logged_sets",
        sa.Column(
            "log_id",
            sa.Integer(),
            sa.ForeignKey("training_logs.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("entry", sa.Integer(), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        _owner(),
        sa.Column("exercise_id", sa.String(64), nullable=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=True),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("rpe", sa.Float(), nullable=True),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("distance_m", sa.Integer(), nullable=True),
        sa.Column("avg_hr", sa.Integer(), nullable=True),
    )
    op.create_index("ix_logged_sets_user_id_exercise_id", "logged_sets", ["user_id", "exercise_id"])
    op.create_table(
        "lift_bests",
        sa.Column(
            "log_id",
            sa.Integer(),
            sa.ForeignKey("training_logs.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("lift", sa.String(80), primary_key=True),
        _owner(),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("e1rm_kg", sa.Float(), nullable=True),
        sa.Column("top_kg", sa.Float(), nullable=False),
        sa.Column("top_reps", sa.Integer(), nullable=False),
    )
    op.create_index(
        "ix_lift_bests_user_id_lift_date", "lift_bests", ["user_id", "lift", "date", "e1rm_kg"]
    )
    op.create_index(
        "ix_lift_bests_user_id_lift_top_kg", "lift_bests", ["user_id", "lift", "top_kg"]
    )
    op.create_table(
        "calendar_feeds",
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("secret", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    """Drop the feed, set and log tables and the two profile columns."""
    op.drop_table("calendar_feeds")
    op.drop_table("lift_bests")
    op.drop_table("logged_sets")
    op.drop_table("training_logs")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("training_days")
        batch.drop_column("timezone")
