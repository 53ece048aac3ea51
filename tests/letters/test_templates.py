"""Templates: the shipped ones are sound, bad ones are named before any letter is issued,
admins can change them and each letter records the version it was made from."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.db.models import AuditEvent, Letter
from app.db.store import Store
from app.domain.errors import PermissionDenied, ValidationError
from app.letters import templates as tpl
from app.services import letters
from app.services.context import Actor, UnitOfWork
from tests.letters.pdftext import flat, pdf_text
from tests.letters.population import revoked_case

Factory = Callable[[], UnitOfWork]


@pytest.mark.parametrize("document", tpl.DOCUMENTS)
@pytest.mark.parametrize("language", tpl.LANGUAGES)
def test_shipped_templates_are_valid(document: str, language: str) -> None:
    template = tpl.load_shipped(document, language)
    tpl.validate(template, document, language, tpl.shipped_source(document, language))


def _check(template: tpl.Template, document: str = "decision") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        tpl.validate(template, document, "lt", "decision.lt.json")
    return caught.value


def test_unknown_placeholder_is_named_with_file_and_place() -> None:
    template = tpl.load_shipped("decision", "lt")
    template["sections"][2]["text"] = "Motyvai: ${reason}"
    error = _check(template)
    assert error.field == "decision.lt.json"
    assert "sections[2].text" in error.message and "unknown placeholder $reason" in error.message


def test_a_stray_dollar_is_refused() -> None:
    template = tpl.load_shipped("decision", "lt")
    template["title"] = "Kaina 5 $ už"
    assert "title" in _check(template).message


def test_a_placeholder_of_the_other_document_is_refused() -> None:
    template = tpl.load_shipped("decision", "lt")
    template["sections"][0]["text"] += " $decision_number"
    assert "unknown placeholder $decision_number" in _check(template).message


def test_the_elements_the_law_asks_for_cannot_be_removed() -> None:
    template = tpl.load_shipped("decision", "lt")
    template["sections"] = [s for s in template["sections"] if "${reasons}" not in s["text"]]
    assert "$reasons" in _check(template).message


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda t: t.pop("labels"), "labels"),
        (lambda t: t["labels"].pop("footer"), "labels.footer"),
        (lambda t: t["labels"].update(footer="${page} ${case_number}"), "labels.footer"),
        (lambda t: t.update(version="2024 draft!"), "version"),
        (lambda t: t.update(language="ru"), "language"),
        (lambda t: t.update(date_format="${d} ${month_name} ${yyyy}"), "month_names"),
        (lambda t: t["sections"].append({"heading": "x"}), "sections[6]"),
        (lambda t: t["sections"].append({"text": "x", "colour": "red"}), "sections[6]"),
    ],
)
def test_shape_errors_name_the_place(change: Callable[[tpl.Template], object], where: str) -> None:
    template = copy.deepcopy(tpl.load_shipped("decision", "lt"))
    change(template)
    assert where in _check(template).message


def test_version_changes_with_any_edit() -> None:
    lt, ru = tpl.load_shipped("decision", "lt"), tpl.load_shipped("decision", "ru")
    edited = copy.deepcopy(lt)
    edited["sections"][0]["heading"] = "Aplinkybės"
    assert tpl.template_version(lt, ru) != tpl.template_version(edited, ru)
    assert tpl.template_version(lt, ru).startswith("2024.1+")


def test_admin_edits_a_template_and_letters_record_the_new_version(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    admin = users["admin"]
    shown = letters.read_template(uow_factory(), admin, "decision", "lt")
    assert shown["source"] == "resources/letters/decision.lt.json"
    template = copy.deepcopy(shown["template"])
    template["version"] = "2026.1"
    template["sections"][0]["heading"] = "Nustatytos aplinkybės"
    letters.save_template(uow_factory(), admin, "decision", "lt", template)
    assert letters.read_template(uow_factory(), admin, "decision", "lt")["source"] == (
        "setting template:decision:lt"
    )

    ref = revoked_case(store, uow_factory, users, "LP0000001")
    letters.issue_letters(uow_factory(), users["cleo"], ref)
    with store.reading() as session:
        decision = session.scalar(select(Letter).where(Letter.kind == "decision"))
        notice = session.scalar(select(Letter).where(Letter.kind == "appeal_notice"))
        assert decision is not None and notice is not None
        assert decision.template_version.startswith("2026.1/2024.1+")
        assert notice.template_version.startswith("2024.1+")
        assert "Nustatytos aplinkybės" in flat(pdf_text(decision.pdf))
        assert session.scalar(select(AuditEvent).where(AuditEvent.action == "template_saved"))

    letters.reset_template(uow_factory(), admin, "decision", "lt")
    assert letters.read_template(uow_factory(), admin, "decision", "lt")["version"] == "2024.1"


def test_saving_a_bad_template_is_refused_and_nothing_is_kept(
    store: Store, uow_factory: Factory, users: dict[str, Actor]
) -> None:
    template = tpl.load_shipped("appeal_notice", "ru")
    template["sections"][1]["text"] = "Суд: ${court}"
    with pytest.raises(ValidationError) as caught:
        letters.save_template(uow_factory(), users["admin"], "appeal_notice", "ru", template)
    assert caught.value.field == "setting template:appeal_notice:ru"
    assert "$court" in caught.value.message
    assert all(not r["problem"] for r in letters.check_templates(uow_factory(), users["admin"]))


def test_only_admins_change_templates(uow_factory: Factory, users: dict[str, Actor]) -> None:
    template = tpl.load_shipped("decision", "en")
    for who in ("cleo", "sam", "olga"):
        with pytest.raises(PermissionDenied):
            letters.save_template(uow_factory(), users[who], "decision", "en", template)
