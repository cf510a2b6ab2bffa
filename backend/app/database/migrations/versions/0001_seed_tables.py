"""The founding spec's three tables: users, workout_plans, chat_messages.

On SQLite the ids use AUTOINCREMENT, so an id is never handed out twice (a deleted person's id
must never reach someone new).

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create the seed's tables with cascading foreign keys and their indexes."""
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("age", sa.Integer(), nullable=False),
        sa.Column("sport", sa.String(50), nullable=False),
        sa.Column("experience_level", sa.String(20), nullable=False),
        sa.Column("days_per_week", sa.Integer(), nullable=False),
        sa.Column("goals", sa.String(200), nullable=True),
        sa.Column("created_at", _TIMESTAMP, nullable=False),
        sa.Column("updated_at", _TIMESTAMP, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_users_id", "users", ["id"])
    for table, body in (
        (
            "workout_plans",
            [
                sa.Column("plan_data", sa.JSON(), nullable=False),
                sa.Column("duration_weeks", sa.Integer(), nullable=False),
            ],
        ),
        (
            "chat_messages",
            [
                sa.Column("role", sa.String(20), nullable=False),
                sa.Column("message", sa.Text(), nullable=False),
            ],
        ),
    ):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column(
                "user_id",
                sa.Integer(),
                sa.ForeignKey("users.id", ondelete="CASCADE"),
                nullable=False,
            ),
            *body,
            sa.Column("created_at", _TIMESTAMP, nullable=False),
            sqlite_autoincrement=True,
        )
        op.create_index(f"ix_{table}_id", table, ["id"])
        op.create_index(f"ix_{table}_user_id", table, ["user_id"])
        op.create_index(f"ix_{table}_user_id_id", table, ["user_id", "id"])


def downgrade() -> None:
    """Drop the seed's tables, children first."""
    op.drop_table("chat_messages")
    op.drop_table("workout_plans")
    op.drop_table("users")
