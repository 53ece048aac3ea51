"""indexes for the dashboard's figures

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26

The outcomes by citizenship look up, for each of 74,000 cases, whether a
decision in force retains or revokes its permit: `ix_decision_case_status`
answers that from the index alone. Decisions per week count the proposals of a
period by officer: `ix_decision_proposed` reads just that range.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_decision_case_status": ["case_id", "status", "outcome"],
    "ix_decision_proposed": ["proposed_at", "proposed_by_id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "decision", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, "decision")
