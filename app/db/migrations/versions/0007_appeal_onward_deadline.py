"""appeal: the last day for an onward appeal against a dismissal

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

A dismissal by a first-instance court can be appealed to the higher court
within a period that the department's settings give; its last day (moved to
the next working day like every deadline) is fixed when the outcome is
recorded, so that the deadline board and the review of final revocations
filter and count on a stored, indexed date. A dismissal by the highest court
is final at once and has none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appeal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("onward_deadline", sa.Date(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_appeal_onward_deadline"), ["onward_deadline"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("appeal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appeal_onward_deadline"))
        batch_op.drop_column("onward_deadline")
