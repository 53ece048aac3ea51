"""Folding of names for search: case- and diacritic-insensitive, in both scripts."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without diacritics: 'Žukauskas' -> 'zukauskas', 'Иванов' -> 'иванов'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_text(*parts: str) -> str:
    """The text a resident is found by: every name part and number, folded."""
    return " ".join(fold(p) for p in parts if p)


def search_terms(query: str) -> list[str]:
    """Words of a typed query, folded, for prefix matching."""
    return _WORD.findall(fold(query))
