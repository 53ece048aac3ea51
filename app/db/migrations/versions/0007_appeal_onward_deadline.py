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

from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0007"
# Earlier numbers may still be in the making; hang on the newest that exists so that the
# chain stays linear meanwhile. Becomes the constant "0006" once they have all landed.
down_revision = max(p.name[:4] for p in Path(__file__).parent.glob("000[1-6]_*.py"))
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
