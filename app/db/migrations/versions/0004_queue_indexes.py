"""queue indexes and marker counts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

The case queue sorts and filters 74,000 cases in the database. Each sort key
gets an index that also carries the columns the queue filters on (officer,
state, response), so that a sorted, filtered list of ids is read from one
index without visiting the table. Name sorts walk the residents' folded names
and find each one's case through an index that carries the same filter columns.

`case_marker_count` holds, per case, how many answers of its current response
the questionnaire marks as needing attention: derived data, rebuilt by
app.services.queue from the answers whenever a response is newer than its row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None

CASE_INDEXES = {
    "ix_queue_case_number": [
        "case_number",
        "assigned_to_id",
        "state",
        "response_received_at",
        "resident_id",
    ],
    "ix_queue_state": [
        "state",
        "case_number",
        "assigned_to_id",
        "response_received_at",
        "resident_id",
    ],
    "ix_queue_officer": [
        "assigned_to_id",
        "case_number",
        "state",
        "response_received_at",
        "resident_id",
    ],
    "ix_queue_response": ["response_received_at", "assigned_to_id", "state", "resident_id"],
    "ix_queue_state_changed": [
        "state_changed_at",
        "assigned_to_id",
        "state",
        "response_received_at",
        "resident_id",
    ],
    "ix_queue_resident": ["resident_id", "assigned_to_id", "state", "response_received_at"],
}
RESIDENT_INDEXES = {
    "ix_resident_sort_name": ["search_text"],
    "ix_resident_citizenship_name": ["citizenship", "search_text"],
}


def upgrade() -> None:
    for name, columns in CASE_INDEXES.items():
        op.create_index(name, "review_case", columns)
    for name, columns in RESIDENT_INDEXES.items():
        op.create_index(name, "resident", columns)
    op.create_table(
        "case_marker_count",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=True),
        sa.Column("marked", sa.Integer(), nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["review_case.id"], name=op.f("fk_case_marker_count_case_id_review_case")
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_marker_count")),
    )
    op.create_index("ix_case_marker_count_marked", "case_marker_count", ["marked", "case_id"])
    op.create_index("ix_case_marker_count_response", "case_marker_count", ["response_id"])


def downgrade() -> None:
    op.drop_table("case_marker_count")
    for name in RESIDENT_INDEXES:
        op.drop_index(name, "resident")
    for name in CASE_INDEXES:
        op.drop_index(name, "review_case")
