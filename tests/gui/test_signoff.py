"""The sign-off view: read a proposal, approve it, return it with a comment, approve several
`retain` proposals at once; a supervisor's own proposal is not theirs to sign."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import AuditEvent, Case, SignOff, User
from app.db.store import Store
from app.domain.errors import PermissionDenied
from app.domain.roles import Role
from app.services import accounts, cases, information
from app.services.context import Actor, UnitOfWork
from tests.conftest import PASSWORD
from tests.desk_fixtures import answered_case
from tests.gui.conftest import Shoot
from tests.gui.desk import CTRL, LEFT, SHIFT, activate, dark, open_window, press_view, wait_idle
from ui.context import Workspace
from ui.main_window import MainWindow
from ui.models.proposals import NAME
from ui.views.signoff import ReturnDialog, SignoffView

UowFactory = Callable[[], UnitOfWork]


def propose(
    uow: UowFactory, officer: Actor, number: str, outcome: str, reasons: str, **kw: object
) -> None:
    cases.start(uow(), officer, number)
    cases.propose(
        uow(),
        officer,
        number,
        outcome=outcome,
        legal_bases=["ULTP-51-1-2"] if outcome == "revoke" else [],
        reasons=reasons,
        **kw,
    )  # type: ignore[arg-type]


@pytest.fixture
def sofia(store: Store, uow_factory: UowFactory, users: dict[str, Actor]) -> Actor:
    """A supervisor who is also an officer (her own proposals wait for someone else)."""
    accounts.add_user(
        uow_factory(),
        users["admin"],
        username="sofia",
        full_name="Sofija Mockutė",
        roles=frozenset({Role.OFFICER, Role.SUPERVISOR}),
        password=PASSWORD,
    )
    with store.session() as session:
        user = session.scalars(select(User).where(User.username == "sofia")).one()
        return Actor(
            user.id, user.username, user.full_name, frozenset({Role.OFFICER, Role.SUPERVISOR})
        )


@pytest.fixture
def proposals(
    store: Store, uow_factory: UowFactory, users: dict[str, Actor], sofia: Actor
) -> dict[str, str]:
    olga, oleg = users["olga"], users["oleg"]
    made = {}
    for key, permit, officer, surname in (
        ("retain_a", "BY0000011", olga, "Antanaitis"),
        ("retain_b", "BY0000012", olga, "Baranov"),
        ("revoke", "RU0000013", oleg, "Volkov"),
        ("own", "RU0000014", sofia, "Orlov"),
    ):
        made[key] = answered_case(
            store, permit, surname=surname, state="assigned", assigned_to_id=officer.user_id
        )
    item = information.add_item(
        uow_factory(),
        oleg,
        made["revoke"],
        source="State Security Department",
        received_on=dt.date(2024, 5, 2),
        classification="restricted",
        title="Conclusion no. 99",
        content="Restricted content.",
    )
    propose(uow_factory, olga, made["retain_a"], "retain", "No threat found.")
    propose(uow_factory, olga, made["retain_b"], "retain", "No threat found either.")
    propose(
        uow_factory,
        oleg,
        made["revoke"],
        "revoke",
        "Support for the war; conclusion 99.",
        assessment="The conclusion is credible.",
        relied_answers=["views/view_invasion"],
        relied_items=[item.details["item_id"]],
    )
    propose(uow_factory, sofia, made["own"], "retain", "Her own proposal.")
    return made


def signoff_of(qtbot: QtBot, window: MainWindow) -> SignoffView:
    view = press_view(qtbot, window, "signoff")
    assert isinstance(view, SignoffView)
    qtbot.waitUntil(lambda: view.loaded)
    wait_idle(qtbot, window)
    return view


def select_case(qtbot: QtBot, view: SignoffView, number: str) -> None:
    row = view.model.row_of(number)
    assert row >= 0
    qtbot.mouseClick(
        view.table.viewport(), LEFT, pos=view.table.visualRect(view.model.index(row, NAME)).center()
    )
    qtbot.waitUntil(lambda: view.file is not None and view.file["case_number"] == number)


def state_of(store: Store, number: str) -> str:
    with store.session() as session:
        return session.scalars(select(Case.state).where(Case.case_number == number)).one()


def test_a_supervisor_reads_and_approves_a_revocation(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    proposals: dict[str, str],
    shoot: Shoot,
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["sam"])
    view = signoff_of(qtbot, window)
    assert view.model.rowCount() == 4
    assert view.count.text() == "4 proposals waiting"
    select_case(qtbot, view, proposals["revoke"])
    wait_idle(qtbot, window)
    panel = view.proposal
    assert "Revoke the permit" in panel.summary.text()
    assert "ULTP-51-1-2" in panel.summary.text()
    assert panel.reasons.toPlainText() == "Support for the war; conclusion 99."
    assert panel.assessment.toPlainText() == "The conclusion is credible."
    assert "Conclusion no. 99" in panel.relied.text()
    assert "⚑" in panel.relied.text()  # the relied answer is a marked one
    assert view.history.model.rowCount() >= 3
    assert view.answers.model.relied() == ["views/view_invasion"]
    shoot(window, "signoff-revocation-1366x768", (1366, 768))
    with dark(QApplication.instance()):  # type: ignore[arg-type]
        shoot(window, "signoff-revocation-dark-1920x1080", (1920, 1080))
    with workspace.store.session() as session:
        assert session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "restricted_read", AuditEvent.actor == "sam"
            )
        ).all()

    qtbot.keyClick(view.table, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "signed off" in view.message.text())
    wait_idle(qtbot, window)
    assert state_of(workspace.store, proposals["revoke"]) == "awaiting_letters"
    with workspace.store.session() as session:
        signoff = session.scalars(select(SignOff)).one()
        assert (signoff.verdict, signoff.supervisor_id) == ("approved", users["sam"].user_id)
    assert view.model.rowCount() == 3


def test_a_return_needs_a_comment(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    proposals: dict[str, str],
    shoot: Shoot,
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["sam"])
    view = signoff_of(qtbot, window)
    select_case(qtbot, view, proposals["retain_a"])
    wait_idle(qtbot, window)
    qtbot.keyClick(view.table, Qt.Key.Key_R, CTRL)
    dialog = view.return_dialog
    assert isinstance(dialog, ReturnDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.return_button, LEFT)
    assert dialog.isVisible() and "say what must be changed" in dialog.error.text()
    qtbot.keyClicks(dialog.comment, "Say which answers you relied on.")
    shoot(dialog, "signoff-return-dialog")
    qtbot.mouseClick(dialog.return_button, LEFT)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: "returned to its officer" in view.message.text())
    assert state_of(workspace.store, proposals["retain_a"]) == "in_assessment"
    with workspace.store.session() as session:
        signoff = session.scalars(select(SignOff).where(SignOff.verdict == "returned")).one()
        assert signoff.comment == "Say which answers you relied on."


def test_several_retains_at_once_but_never_a_revocation(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    users: dict[str, Actor],
    proposals: dict[str, str],
    shoot: Shoot,
) -> None:
    window = open_window(qtbot, workspace, ui_settings, users["sam"])
    view = signoff_of(qtbot, window)
    selection = view.table.selectionModel()

    def pick(*keys: str) -> None:
        selection.clearSelection()
        for key in keys:
            index = view.model.index(view.model.row_of(proposals[key]), NAME)
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )

    pick("retain_a", "revoke")
    assert not view.bulk_button.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_Return, CTRL | SHIFT)  # refused: nothing happens
    assert state_of(workspace.store, proposals["revoke"]) == "awaiting_signoff"

    pick("retain_a", "retain_b", "own")
    assert view.bulk_button.isEnabled()
    shoot(window, "signoff-bulk-retains-1366x768", (1366, 768))
    qtbot.mouseClick(view.bulk_button, LEFT)
    qtbot.waitUntil(lambda: "3 'retain' proposals were signed off" in view.message.text())
    for key in ("retain_a", "retain_b", "own"):
        assert state_of(workspace.store, proposals[key]) == "closed_retained"
    assert state_of(workspace.store, proposals["revoke"]) == "awaiting_signoff"
    wait_idle(qtbot, window)
    assert view.model.rowCount() == 1


def test_ones_own_proposal_is_greyed_and_refused(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    sofia: Actor,
    proposals: dict[str, str],
    uow_factory: UowFactory,
    shoot: Shoot,
) -> None:
    window = open_window(qtbot, workspace, ui_settings, sofia)
    view = signoff_of(qtbot, window)
    select_case(qtbot, view, proposals["own"])
    wait_idle(qtbot, window)
    assert not view.approve_button.isEnabled() and not view.return_button.isEnabled()
    assert "another supervisor" in view.approve_button.toolTip()
    row = view.model.row_of(proposals["own"])
    assert view.model.data(view.model.index(row, 3)) == "Sofija Mockutė (you)"
    qtbot.keyClick(view.table, Qt.Key.Key_Return, CTRL)
    assert state_of(workspace.store, proposals["own"]) == "awaiting_signoff"
    shoot(window, "signoff-own-proposal-1366x768", (1366, 768))
    with pytest.raises(PermissionDenied):
        cases.approve(uow_factory(), sofia, proposals["own"])
    # Someone else's proposal she may sign.
    select_case(qtbot, view, proposals["retain_b"])
    wait_idle(qtbot, window)
    assert view.approve_button.isEnabled()


def test_the_proposals_export_as_listed(
    qtbot: QtBot,
    workspace: Workspace,
    ui_settings: QSettings,
    sofia: Actor,
    proposals: dict[str, str],
    tmp_path: Path,
) -> None:
    window = open_window(qtbot, workspace, ui_settings, sofia)
    view = signoff_of(qtbot, window)
    target = tmp_path / "proposals.csv"
    view.export("csv", target)
    listed = view.model.rowCount()
    qtbot.waitUntil(lambda: view.count.text() == f"Exported {listed} rows to proposals.csv.")
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert len(rows) == listed + 1
    assert {proposals["own"], proposals["retain_b"]} <= {cell for row in rows for cell in row}
