"""The athlete's numbers: body weight, limitations and stated baselines.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add users.body_weight_kg and users.limitations; create baselines, removed with the user."""
    op.add_column("users", sa.Column("body_weight_kg", sa.Float(), nullable=True))
    op.add_column("users", sa.Column("limitations", sa.String(200), nullable=True))
    op.create_table(
        "baselines",
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("weekly_km", sa.Float(), nullable=True),
        sa.Column("longest_run_km", sa.Float(), nullable=True),
        sa.Column("race", sa.JSON(), nullable=True),
        sa.Column("target_race", sa.JSON(), nullable=True),
        sa.Column("lifts", sa.JSON(), nullable=False),
        sa.Column("max_reps", sa.JSON(), nullable=False),
        sa.Column("holds", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    """Drop baselines and the two profile columns."""
    op.drop_table("baselines")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("limitations")
        batch.drop_column("body_weight_kg")
