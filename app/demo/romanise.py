"""Cyrillic names in Latin letters as the holders' passports print them.

Russian passports follow ICAO Doc 9303 (part 3, the table used since 2013:
Юлия -> IULIIA, Дмитрий -> DMITRII). Belarusian passports romanise the
Belarusian form of the name (Барысевіч Яўгенія -> BARYSEVICH YAUHENIYA,
Ціханоўская -> TSIKHANOUSKAYA). A residence permit repeats the passport's
spelling, so the registry holds these forms, in title case.
"""

from __future__ import annotations

from functools import cache

_RUSSIAN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "ie",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    "і": "i",
    "ў": "u",
}

_BELARUSIAN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "і": "i",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ў": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ы": "y",
    "ь": "",
    "'": "",
    "’": "",
    "ъ": "",
    "э": "e",
}
# Iotated vowels: "y" + vowel at the start of a word and after a vowel, ь or an
# apostrophe; "i" + vowel after a consonant.
_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
_VOWELS = set("аеёіиоуыэюяў")
_SOFT = set("ь'’ъ")


def _title(latin: str) -> str:
    """'tsikhanouskaya-ivanova' -> 'Tsikhanouskaya-Ivanova'."""
    out = []
    upper = True
    for ch in latin:
        out.append(ch.upper() if upper else ch)
        upper = not ch.isalpha()
    return "".join(out)


@cache
def russian(name: str) -> str:
    """A Russian name as a Russian passport prints it (ICAO 9303), in title case."""
    return _title("".join(_RUSSIAN.get(ch, ch) for ch in name.lower()))


@cache
def belarusian(name: str) -> str:
    """A Belarusian name as a Belarusian passport prints it, in title case."""
    text = name.lower()
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i > 0 else ""
        if ch in _IOTATED:
            after_consonant = prev.isalpha() and prev not in _VOWELS and prev not in _SOFT
            if after_consonant and ch == "е":
                out.append("e")
            elif after_consonant or prev == "ы":
                # Сяргей -> Siarhei; Марыя -> Maryia.
                out.append("i" + _IOTATED[ch])
            else:
                out.append("y" + _IOTATED[ch])
        elif ch == "й" and prev in ("ы", "і"):
            # Юрый -> Yury, Валерый -> Valery.
            continue
        else:
            out.append(_BELARUSIAN.get(ch, ch))
    return _title("".join(out))
