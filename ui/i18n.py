"""The language of the windows: Qt translators, and dates and numbers by QLocale.

Every visible string goes through Qt's translation functions: `self.tr("…")` in a
QObject, `QCoreApplication.translate("Context", "…")` elsewhere, and
`QT_TRANSLATE_NOOP("Context", "…")` for a constant translated where it is shown (the one
below returns `str` to the type checker; PySide6's says `object`).
Text with values in it is translated first and filled in after:
`self.tr("Printed {count} letters").format(count=n)`.

The catalogues are `resources/translations/*.ts` (sources, kept in the repository)
and the `.qm` files built from them (`python -m tools.translations build`, run by
`make`). English is the source language; Lithuanian is the default. Qt's own
catalogue (`qtbase_lt.qm`) lacks the Qt 6 texts of the standard buttons, so
`qt_extra_lt.ts` supplies them.

The language is a user setting (`User.language`); the login window uses the one
last used on the workstation. `PERMIT_REVIEW_LANGUAGE` overrides both (the test
suite runs in English with it).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTimeZone,
    QTranslator,
)

import resources

log = logging.getLogger(__name__)

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

# Each language named in itself, as a language menu shows it.
LANGUAGES = {"lt": "Lietuvių", "en": "English"}
DEFAULT = "lt"
LANGUAGE_ENV = "PERMIT_REVIEW_LANGUAGE"
CATALOGUE = "permit_review"
QT_EXTRA = "qt_extra"

_installed: list[QTranslator] = []
_current = "en"  # no translator: the source text


def chosen(language: str | None) -> str:
    """The language to use: the override, else `language` when known, else the default."""
    forced = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    return language if language in LANGUAGES else DEFAULT


def current() -> str:
    return _current


def use(language: str | None) -> str:
    """Switch the application's translators and locale; returns the language in use.

    Windows built before the switch keep their text: the shell builds them again.
    """
    global _current
    language = chosen(language)
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    _current = language
    if app is None:
        return language
    folder = str(resources.path("translations"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(CATALOGUE, folder), (QT_EXTRA, folder)]
    if language != "en":
        wanted += [("qtbase", qt_folder), ("qt", qt_folder)]
    for name, where in wanted:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", where):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name == CATALOGUE and language != "en":
            log.warning("no %s catalogue for %s in %s: run `make`", name, language, where)
    return language


def locale() -> QLocale:
    return QLocale()


def date_text(day: dt.date | None, *, long: bool = False) -> str:
    """A date as the user's language writes it (Lithuanian: 2026-11-25)."""
    if day is None:
        return ""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def datetime_text(moment: dt.datetime | None) -> str:
    """A moment in local time, to the minute."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    day = QDate(moment.year, moment.month, moment.day)
    stamp = QDateTime(day, QTime(moment.hour, moment.minute), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def number_text(value: int | float, decimals: int = 0) -> str:
    """A number with the language's grouping and decimal sign (Lithuanian: 74 000,5)."""
    if isinstance(value, int) and not decimals:
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)
