"""appeal: the departure deadline after a suspensive appeal is dismissed

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25

While a suspensive appeal is pending, the person need not leave. Once its
dismissal is final (at once for the higher court's, the day after the
onward-appeal deadline for a first-instance court's), the departure period runs
again from that day; its last day, moved to the next working day like every
deadline, is fixed when the dismissal is recorded. The deadline board reads it
in place of the service's departure deadline. Appeals recorded before this
revision keep none: the service's deadline stands for them, as it did.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appeal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("departure_deadline", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("appeal", schema=None) as batch_op:
        batch_op.drop_column("departure_deadline")
