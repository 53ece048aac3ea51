"""Writers that the crash harness kills: an import, decision saves, a letter batch.

Each runs in its own process, opens the store itself, and after every commit
reports what it has done on a pipe: one short line per finished action. The
harness trusts nothing else: whatever was reported must survive a SIGKILL.
"""

from __future__ import annotations

import csv
import os
from multiprocessing.connection import Connection
from pathlib import Path

from sqlalchemy import select

from app.db.models import Case, User
from app.db.store import open_store
from app.domain.roles import Role
from app.letters import fonts
from app.services import cases, imports, letters
from app.services.context import Actor, UnitOfWork

# Loaded once in the fork server, so that a killed writer's successor starts warm.
fonts.register()

ROWS_PER_IMPORT = 5
REGISTRY_HEADER = (
    "permit_number", "surname", "given_names", "date_of_birth", "citizenship", "permit_type",
    "permit_issued", "permit_valid_until", "address_line1", "postal_code", "city",
)  # fmt: skip


def _actors(url: str) -> dict[str, Actor]:
    store = open_store(url, migrate=False)
    with store.reading() as session:
        found = {
            u.username: Actor(u.id, u.username, u.full_name, frozenset(Role(r) for r in u.roles))
            for u in session.scalars(select(User))
        }
    store.dispose()
    return found


def import_prefix(file_name: str) -> str:
    """The permit numbers of one import file start with this (the batch's mark on its rows)."""
    return "I" + file_name.removeprefix("registry-").removesuffix(".csv").replace("-", "")


def import_writer(url: str, folder: str, out: Connection) -> None:
    """Registry imports of a few rows each, one after another, until killed."""
    people = _actors(url)
    store = open_store(url, migrate=False)
    out.send_bytes(b"ready")
    n = 0
    while True:
        n += 1
        name = f"registry-{os.getpid()}-{n:04d}.csv"
        path = Path(folder) / name
        prefix = import_prefix(name)
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(REGISTRY_HEADER)
            for k in range(ROWS_PER_IMPORT):
                writer.writerow(
                    [f"{prefix}{k}", "Jonaitis", "Jonas", "1970-01-02", "LT", "permanent",
                     "2015-01-01", "", "Gedimino pr. 1", "LT-01103", "Vilnius"]
                )  # fmt: skip
        imports.import_registry(UnitOfWork(store), people["admin"], path, "Review 2024")
        out.send_bytes(f"import {name}".encode())


def decision_writer(url: str, out: Connection) -> None:
    """An officer proposes and a supervisor approves, case after case, until killed."""
    people = _actors(url)
    store = open_store(url, migrate=False)
    out.send_bytes(b"ready")
    while True:
        with store.reading() as session:
            ref = session.scalar(
                select(Case.case_number)
                .where(Case.state.in_(("in_assessment", "awaiting_signoff")))
                .order_by(Case.id)
                .limit(1)
            )
            state = session.scalar(select(Case.state).where(Case.case_number == ref))
        if ref is None:
            out.send_bytes(b"finished")
            return
        if state == "in_assessment":
            cases.propose(
                UnitOfWork(store),
                people["olga"],
                ref,
                outcome="retain",
                legal_bases=[],
                reasons="The answers raise no concern.",
            )
            out.send_bytes(f"proposed {ref}".encode())
        cases.approve(UnitOfWork(store), people["sam"], ref)
        out.send_bytes(f"approved {ref}".encode())


def letter_writer(url: str, out: Connection) -> None:
    """A clerk issues the letters of case after case, until killed."""
    people = _actors(url)
    store = open_store(url, migrate=False)
    out.send_bytes(b"ready")
    while True:
        with store.reading() as session:
            ref = session.scalar(
                select(Case.case_number)
                .where(Case.state == "awaiting_letters")
                .order_by(Case.id)
                .limit(1)
            )
        if ref is None:
            out.send_bytes(b"finished")
            return
        letters.issue_letters(UnitOfWork(store), people["cleo"], ref)
        out.send_bytes(f"issued {ref}".encode())
