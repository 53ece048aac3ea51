"""A user's own language: chosen by themselves, checked, audited, reported with the account."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.db.models import AuditEvent
from app.db.store import Store
from app.domain.errors import ValidationError
from app.services import accounts
from app.services.context import Actor, UnitOfWork

Factory = Callable[[], UnitOfWork]


def test_a_user_sets_their_own_language(
    uow_factory: Factory, users: dict[str, Actor], store: Store
) -> None:
    cleo = users["cleo"]
    assert accounts.my_account(uow_factory(), cleo)["language"] == "lt"
    changed = accounts.set_language(uow_factory(), cleo, "en")
    assert changed.action == "language_changed"
    assert changed.details["language"] == "en"
    assert accounts.my_account(uow_factory(), cleo)["language"] == "en"
    assert accounts.my_account(uow_factory(), users["olga"])["language"] == "lt"
    with store.session() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "language_changed")
        ).one()
    assert (event.actor, event.before, event.after) == (
        "cleo",
        {"language": "lt"},
        {"language": "en"},
    )


@pytest.mark.parametrize("language", ["ru", "", "EN", "lt-LT"])
def test_only_the_languages_of_the_windows(
    uow_factory: Factory, users: dict[str, Actor], language: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        accounts.set_language(uow_factory(), users["olga"], language)
    assert refused.value.field == "language"
    assert accounts.my_account(uow_factory(), users["olga"])["language"] == "lt"
