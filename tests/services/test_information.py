"""Information items: who may add them, who may read restricted ones, and the audit of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.db.models import AuditEvent
from app.db.store import Store
from app.domain.errors import PermissionDenied, ValidationError
from app.services import cases, information, queries
from app.services.context import Actor, UnitOfWork
from tests.desk_fixtures import answered_case

UowFactory = Callable[[], UnitOfWork]
SECRET = "The service holds that he recruited for a foreign service."


@pytest.fixture
def case_no(store: Store, users: dict[str, Actor]) -> str:
    return answered_case(
        store, "BY0000001", state="in_assessment", assigned_to_id=users["olga"].user_id
    )


def add(
    uow_factory: UowFactory, actor: Actor, case_no: str, classification: str, **kw: object
) -> int:
    values: dict[str, object] = {
        "source": "State Security Department",
        "received_on": dt.date(2024, 5, 2),
        "classification": classification,
        "title": "Conclusion no. 12-345",
        "content": SECRET,
    } | kw
    changed = information.add_item(uow_factory(), actor, case_no, **values)  # type: ignore[arg-type]
    return int(changed.details["item_id"])


def reads(store: Store) -> list[AuditEvent]:
    with store.session() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "restricted_read")
                .order_by(AuditEvent.seq)
            )
        )


def test_the_case_officer_adds_items_and_others_may_not(
    uow_factory: UowFactory, users: dict[str, Actor], case_no: str
) -> None:
    add(
        uow_factory,
        users["olga"],
        case_no,
        "public",
        title="Press article",
        content="An interview in a newspaper.",
    )
    add(uow_factory, users["sam"], case_no, "restricted")
    for someone in ("oleg", "cleo", "admin"):
        with pytest.raises(PermissionDenied):
            add(uow_factory, users[someone], case_no, "public")
    listed = information.list_items(uow_factory(), users["olga"], case_no)
    assert [(i.classification, i.added_by) for i in listed] == [
        ("public", "olga"),
        ("restricted", "sam"),
    ]


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("source", {"source": "  "}),
        ("title", {"title": ""}),
        ("content", {"content": " "}),
        ("classification", {"classification": "secret"}),
        ("date received", {"received_on": dt.date.today() + dt.timedelta(days=3)}),
    ],
)
def test_an_item_needs_its_fields(
    uow_factory: UowFactory,
    users: dict[str, Actor],
    case_no: str,
    field: str,
    change: dict[str, object],
) -> None:
    with pytest.raises(ValidationError) as refused:
        add(
            uow_factory,
            users["olga"],
            case_no,
            str(change.pop("classification", "public")),
            **change,
        )
    assert refused.value.field == field


def test_restricted_content_is_never_listed_and_each_opening_is_audited(
    store: Store, uow_factory: UowFactory, users: dict[str, Actor], case_no: str
) -> None:
    item = add(uow_factory, users["olga"], case_no, "restricted")
    listed = information.list_items(uow_factory(), users["olga"], case_no)
    assert listed[0].content is None and listed[0].readable
    assert reads(store) == []

    opened = information.open_item(uow_factory(), users["olga"], item)
    assert opened.content == SECRET
    information.open_item(uow_factory(), users["sam"], item)
    events = reads(store)
    assert [(e.actor, e.entity, e.entity_id) for e in events] == [
        ("olga", "information_item", str(item)),
        ("sam", "information_item", str(item)),
    ]
    assert SECRET not in str([e.after for e in events])


def test_a_clerk_never_sees_restricted_content(
    uow_factory: UowFactory, users: dict[str, Actor], case_no: str
) -> None:
    public = add(
        uow_factory,
        users["olga"],
        case_no,
        "public",
        title="Press article",
        content="An interview.",
    )
    secret = add(uow_factory, users["olga"], case_no, "restricted")
    cases.save_draft(
        uow_factory(),
        users["olga"],
        case_no,
        outcome="revoke",
        legal_bases=["ULTP-51-1-2"],
        reasons="Stated reasons.",
        assessment="Internal: the conclusion is credible.",
    )
    cleo = users["cleo"]
    listed = information.list_items(uow_factory(), cleo, case_no)
    assert [(i.title, i.content, i.readable) for i in listed] == [
        ("Press article", "An interview.", True),
        (information.HIDDEN_TITLE, None, False),
    ]
    assert information.open_item(uow_factory(), cleo, public).content == "An interview."
    with pytest.raises(PermissionDenied):
        information.open_item(uow_factory(), cleo, secret)
    file = queries.case_file(uow_factory(), cleo, case_no)
    text = repr(file)
    assert SECRET not in text and "Conclusion no. 12-345" not in text
    assert "Internal: the conclusion is credible." not in text
    assert file["decision"]["reasons"] == "Stated reasons."


def test_an_officer_cannot_read_another_officers_case(
    uow_factory: UowFactory, users: dict[str, Actor], case_no: str
) -> None:
    item = add(uow_factory, users["olga"], case_no, "restricted")
    with pytest.raises(PermissionDenied):
        information.open_item(uow_factory(), users["oleg"], item)
    with pytest.raises(PermissionDenied):
        information.list_items(uow_factory(), users["oleg"], case_no)


def test_the_case_file_labels_answers_in_the_users_language_and_marks_them(
    store: Store, uow_factory: UowFactory, users: dict[str, Actor], case_no: str
) -> None:
    from app.db.models import User

    file = queries.case_file(uow_factory(), users["olga"], case_no)
    answers = {a.path: a for a in file["answers"]}
    trips = answers["travel/trips_abroad"]
    assert (trips.group, trips.answer) == ("Kelionės", "Rusija; ES šalys")  # the default
    with store.session() as session:
        olga = session.get(User, users["olga"].user_id)
        assert olga is not None
        olga.language = "en"
        session.commit()
    file = queries.case_file(uow_factory(), users["olga"], case_no)
    answers = {a.path: a for a in file["answers"]}
    trips = answers["travel/trips_abroad"]
    assert (trips.group, trips.answer, trips.marked) == ("Travel", "Russia; EU countries", True)
    assert trips.question == "Which countries have you travelled to since 24 February 2022?"
    assert not answers["travel/trip_purposes"].marked
    assert answers["views/view_invasion"].marked
    assert answers["views/news_sources"].marked
    assert not answers["views/view_crimea"].marked
    assert [a.path for a in file["answers"] if a.marked] == [
        "travel/trips_abroad",
        "views/view_invasion",
        "views/news_sources",
    ]
    assert "identity/permit_number" in answers  # as the person typed it
    assert not any(p in answers for p in ("start", "end", "intro"))


def test_history_lists_what_happened_in_order(
    uow_factory: UowFactory, users: dict[str, Actor], case_no: str
) -> None:
    add(uow_factory, users["olga"], case_no, "public")
    cases.propose(
        uow_factory(),
        users["olga"],
        case_no,
        outcome="retain",
        legal_bases=[],
        reasons="No threat found.",
    )
    cases.return_case(uow_factory(), users["sam"], case_no, "Cite the answers relied on.")
    history = queries.case_history(uow_factory(), users["olga"], case_no)
    assert [(h.actor, h.action) for h in history] == [
        ("olga", "information_added"),
        ("olga", "propose"),
        ("sam", "return"),
    ]
    assert history[-1].justification == "Cite the answers relied on."
    file = queries.case_file(uow_factory(), users["olga"], case_no)
    assert file["signoff"]["comment"] == "Cite the answers relied on."
    assert file["decision"]["status"] == "returned"


def test_saving_a_draft_moves_the_case_version_on(
    uow_factory: UowFactory, users: dict[str, Actor], case_no: str
) -> None:
    from app.domain.errors import StaleCase

    opened = queries.case_file(uow_factory(), users["olga"], case_no)["version"]
    cases.save_draft(
        uow_factory(),
        users["olga"],
        case_no,
        outcome="retain",
        reasons="First session.",
        expected_version=opened,
    )
    with pytest.raises(StaleCase):
        cases.save_draft(
            uow_factory(),
            users["olga"],
            case_no,
            outcome="revoke",
            reasons="Second session.",
            expected_version=opened,
        )
    file = queries.case_file(uow_factory(), users["olga"], case_no)
    assert file["decision"]["reasons"] == "First session."
