"""The translation catalogues: `python tools/translations.py update|build|check|apply`.

    update [AREA...]   read the sources with pyside6-lupdate into resources/translations/
                       AREA_LANG.ts, keeping every translation already made; the English
                       catalogue is the source text itself
    apply FILE.json    put translations into the Lithuanian catalogues:
                       {"Context": {"Source text": "Vertimas", ...}, ...}
    check              list what is untranslated or breaks a placeholder; exit 1 if any
    build              compile every LANG's catalogues into permit_review_LANG.qm (and
                       qt_extra_LANG.ts into qt_extra_LANG.qm) with pyside6-lrelease

The areas split the windows so that each catalogue stays readable; all of one language
end up in one .qm file.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("lt", "en")
CATALOGUE = "permit_review"
QT_EXTRA = "qt_extra"

# Which sources each area's catalogue reads; every file under ui/ is in exactly one.
AREAS: dict[str, tuple[str, ...]] = {
    "letters": (
        "ui/letters/*.py",
        "ui/appeals/*.py",
        "ui/views/letters.py",
        "ui/views/deadlines.py",
    ),
    "desk": (
        "ui/views/case_view.py",
        "ui/views/queue.py",
        "ui/views/signoff.py",
        "ui/views/audit.py",
        "ui/views/dashboard.py",
        "ui/views/home.py",
        "ui/case/*.py",
        "ui/models/*.py",
        "ui/dashboard/*.py",
    ),
    "shell": (
        "ui/*.py",
        "ui/dialogs/*.py",
        "ui/imports/*.py",
        "ui/views/users.py",
        "ui/views/users_model.py",
        "ui/views/settings.py",
        "ui/views/imports.py",
        "ui/views/__init__.py",
    ),
}

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%\d")


def area_files(area: str) -> list[Path]:
    found: list[Path] = []
    for pattern in AREAS[area]:
        found += sorted(p for p in ROOT.glob(pattern) if p.is_file())
    return found


def catalogue(area: str, language: str) -> Path:
    return FOLDER / f"{area}_{language}.ts"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: run `make` to set up .venv")
    return found


def lupdate(files: list[Path], ts: Path, language: str) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            *map(str, files),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-silent",
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation> element) of every message."""
    tree = ET.parse(ts)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: a message without <translation>"
            out.append((name, message.findtext("source") or "", translation))
    return out


def _write(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    root = tree.getroot()
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def _english(ts: Path) -> None:
    """The English catalogue says what the source says (both forms of a %n message)."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            for form in forms:
                translation.remove(form)
            translation.text = None
            for _ in range(2):  # English: one, other
                ET.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
        translation.attrib.pop("type", None)
    _write(tree, ts)


def texts(translation: ET.Element) -> list[str]:
    """The translated text, or each form of a %n message."""
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def update(areas: list[str]) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for area in areas or list(AREAS):
        files = area_files(area)
        for language in LANGUAGES:
            ts = catalogue(area, language)
            lupdate(files, ts, language)
            if language == "en":
                _english(ts)
            else:
                _write(ET.parse(ts), ts)  # one layout, whichever command wrote last
            print(f"{ts.relative_to(ROOT)}: {len(files)} sources")


def apply(path: Path) -> None:
    wanted: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    used = 0
    for ts in sorted(FOLDER.glob("*_lt.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            given = wanted.get(context.findtext("name") or "", {})
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                if source in given and translation is not None:
                    translation.text = given[source]
                    translation.attrib.pop("type", None)
                    changed = True
                    used += 1
        if changed:
            _write(tree, ts)
    print(f"{used} translations applied from {path}")


def problems() -> list[str]:
    found = []
    for language in LANGUAGES:
        for ts in sorted(FOLDER.glob(f"*_{language}.ts")):
            for context, source, translation in messages(ts):
                where = f"{ts.name}: {context}: {source!r}"
                given = texts(translation)
                if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                    given
                ):
                    found.append(f"{where} is not translated")
                    continue
                for text in given:
                    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                        found.append(f"{where}: the translation {text!r} changes the placeholders")
    return found


def check() -> int:
    found = problems()
    for line in found:
        print(line)
    print(f"{len(found)} problem(s)")
    return 1 if found else 0


def build(out: Path = FOLDER) -> list[Path]:
    made = []
    for language in LANGUAGES:
        sources = [catalogue(area, language) for area in AREAS]
        sources = [ts for ts in sources if ts.exists()]
        if sources:
            qm = out / f"{CATALOGUE}_{language}.qm"
            subprocess.run(
                [_tool("lrelease"), "-silent", *map(str, sources), "-qm", str(qm)],
                check=True,
            )
            made.append(qm)
        extra = FOLDER / f"{QT_EXTRA}_{language}.ts"
        if extra.exists():
            qm = out / f"{QT_EXTRA}_{language}.qm"
            subprocess.run([_tool("lrelease"), "-silent", str(extra), "-qm", str(qm)], check=True)
            made.append(qm)
    return made


def stale(area: str) -> set[tuple[str, str]]:
    """What the sources of `area` say that its English catalogue lacks, and the reverse."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(area_files(area), fresh, "en")
        now = {(c, s) for c, s, _ in messages(fresh)}
    kept = {(c, s) for c, s, _ in messages(catalogue(area, "en"))}
    return now ^ kept


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update(rest)
    elif command == "apply":
        for name in rest:
            apply(Path(name))
    elif command == "check":
        return check()
    elif command == "build":
        for qm in build():
            print(f"{qm.relative_to(ROOT)}: {qm.stat().st_size:,} bytes")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
