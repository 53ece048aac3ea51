"""The imports made so far (one batch per import that wrote something), for admins."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.db.models import Campaign, ImportBatch, User
from app.domain.roles import Role
from app.imports.outcome import COUNTS
from app.services.context import Actor, UnitOfWork

DEFAULT_LIMIT = 500


def list_batches(uow: UnitOfWork, actor: Actor, limit: int = DEFAULT_LIMIT) -> list[dict[str, Any]]:
    """The newest import batches first: when, what, into which campaign, by whom, counts."""
    importer = aliased(User)
    with uow:
        uow.require(actor, Role.ADMIN)
        rows = uow.session.execute(
            select(ImportBatch, Campaign.name, importer.username, importer.full_name)
            .outerjoin(Campaign, Campaign.id == ImportBatch.campaign_id)
            .outerjoin(importer, importer.id == ImportBatch.imported_by_id)
            .order_by(ImportBatch.started_at.desc(), ImportBatch.id.desc())
            .limit(limit)
        ).all()
        return [
            {
                "id": batch.id,
                "kind": batch.kind,
                "campaign": campaign or "",
                "file_name": batch.file_name,
                "file_format": batch.file_format,
                "file_sha256": batch.file_sha256,
                "imported_by": username or "",
                "imported_by_name": full_name or "",
                "started_at": batch.started_at,
                "finished_at": batch.finished_at,
                "counts": {name: int(batch.counts.get(name, 0)) for name in COUNTS}
                | {k: int(v) for k, v in batch.counts.items() if k not in COUNTS},
            }
            for batch, campaign, username, full_name in rows
        ]
