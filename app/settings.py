"""Department settings: defaults shipped in resources/, overridden per store."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import resources


@cache
def _defaults() -> dict[str, Any]:
    with resources.path("defaults", "settings.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def defaults() -> dict[str, Any]:
    return copy.deepcopy(_defaults())


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """`override` laid over `base`, key by key for nested objects."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


@dataclass(frozen=True, slots=True)
class LegalBasis:
    code: str
    text: dict[str, str]

    def in_language(self, language: str) -> str:
        return self.text.get(language) or self.text.get("lt") or next(iter(self.text.values()))


@dataclass(frozen=True, slots=True)
class Court:
    code: str
    name: dict[str, str]
    address: str
    level: str


class Settings:
    """A read-only view of the merged settings."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    @property
    def legal_bases(self) -> list[LegalBasis]:
        return [LegalBasis(b["code"], dict(b["text"])) for b in self.data["legal_bases"]]

    def legal_basis(self, code: str) -> LegalBasis | None:
        return next((b for b in self.legal_bases if b.code == code), None)

    @property
    def courts(self) -> list[Court]:
        return [
            Court(c["code"], dict(c["name"]), c["address"], c["level"]) for c in self.data["courts"]
        ]

    def period(self, name: str) -> int:
        return int(self.data["periods"][name])
