"""Reading letters back with poppler's pdftotext, as a person's software would."""

from __future__ import annotations

import subprocess


def pdf_text(pdf: bytes, *, first: int | None = None, last: int | None = None) -> str:
    pages = []
    if first is not None:
        pages += ["-f", str(first)]
    if last is not None:
        pages += ["-l", str(last)]
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Text with every run of white space (line ends from wrapping too) as one space."""
    return " ".join(text.split())


def pdf_fonts(pdf: bytes) -> str:
    done = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")
