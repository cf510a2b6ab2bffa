"""Plan revisions: what each adaptation of a plan changed, and the log that caused it.

`workout_plans.revision` counts the changes, so a cached plan is never served after one.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the revisions table, removed with its person and with its plan."""
    op.add_column(
        "workout_plans",
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "plan_revisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "plan_id",
            sa.Integer(),
            sa.ForeignKey("workout_plans.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column(
            "log_id",
            sa.Integer(),
            sa.ForeignKey("training_logs.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("cause", sa.JSON(), nullable=False),
        sa.Column("adjustments", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("plan_id", "number", name="uq_plan_revisions_number"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    """Drop the revisions table and the plan's revision count."""
    op.drop_table("plan_revisions")
    with op.batch_alter_table("workout_plans") as batch:
        batch.drop_column("revision")
