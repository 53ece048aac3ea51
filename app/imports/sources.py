"""What a file is, and its rows, streamed.

`sniff` looks at a file once (format, encoding, delimiter) and refuses what
cannot be an import at all: an empty file, a PDF or other binary renamed,
NUL bytes in text. `open_table` then gives the header and the data rows one
at a time, so that memory does not grow with the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.imports.problems import ImportRefused, file_problem
from app.imports.workbook import ZIP_MAGIC, open_workbook

# Far above any real answer; a field longer than this is a broken or hostile file.
FIELD_LIMIT = 4 * 1024 * 1024
csv.field_size_limit(FIELD_LIMIT)
CHUNK = 1 << 20
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an old-style Office file (.xls or .doc); save it as .xlsx or CSV",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
}
# The list of submissions in an API response: KoboToolbox's `results`, OData's `value`.
RESULT_KEYS = ("results", "value")
_LITHUANIAN = set("ąčęėįšųūžĄČĘĖĮŠŲŪŽ")
_WORD = re.compile(r"[^\W\d_]+")


# Files up to this size (an Excel file counted at eight times its compressed size) are
# kept in memory between an import's checking and writing passes; larger files are read
# twice.
KEEP_IN_MEMORY_BYTES = 96 * 1024 * 1024


def fits_in_memory(info: SourceInfo) -> bool:
    factor = 8 if info.file_format == "xlsx" else 1
    return info.size * factor <= KEEP_IN_MEMORY_BYTES


@dataclass(frozen=True)
class SourceInfo:
    """How a file was read: `file_format` is csv, xlsx or json."""

    path: Path
    file_format: str
    size: int
    encoding: str = ""
    delimiter: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    def describe(self) -> str:
        parts = [self.file_format.upper()]
        if self.encoding:
            parts.append(self.encoding)
        if self.delimiter:
            parts.append({"\t": "tab", ",": "comma", ";": "semicolon"}[self.delimiter])
        return ", ".join(parts)


def sniff(path: Path | str) -> SourceInfo:
    """Format, encoding and delimiter of `path`; ImportRefused when it is no import file."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise file_problem(name, "the file does not exist")
    size = path.stat().st_size
    if size == 0:
        raise file_problem(name, "the file is empty")
    with path.open("rb") as fh:
        head = fh.read(CHUNK)
    for magic, what in _BINARY_SIGNATURES.items():
        if head.startswith(magic):
            raise file_problem(name, f"the file is {what}, not a CSV, Excel or JSON file")
    if head.startswith(ZIP_MAGIC):
        return SourceInfo(path, "xlsx", size)
    encoding = detect_encoding(path, head)
    text = _decoded_head(head, encoding)
    if not text.strip():
        raise file_problem(name, "the file holds only blank lines")
    if text.lstrip()[:1] in ("{", "["):
        return SourceInfo(path, "json", size, encoding)
    return SourceInfo(path, "csv", size, encoding, detect_delimiter(text))


def detect_encoding(path: Path, head: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1257 or Windows-1251."""
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    else:
        encoding = "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    sample = b""
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            nul = chunk.find(b"\x00")
            if nul >= 0:
                raise file_problem(
                    path.name,
                    f"the file contains NUL bytes (the first at byte {offset + nul:,}); "
                    "it is not a text file",
                )
            if not sample and any(b >= 0x80 for b in chunk[:65536]):
                sample = chunk
            if encoding:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    encoding = ""
            offset += len(chunk)
    if encoding:
        try:
            decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            pass
    return _code_page(sample or head)


def _code_page(sample: bytes) -> str:
    """Windows-1257 (Baltic) or Windows-1251 (Cyrillic), whichever reads as real words."""
    baltic = _plausibility(sample.decode("cp1257", errors="replace"))
    cyrillic = _plausibility(sample.decode("cp1251", errors="replace"))
    return "cp1251" if cyrillic > baltic else "cp1257"


def _plausibility(text: str) -> int:
    """How much `text` reads as real words. A Cyrillic word, or a Latin word with Lithuanian
    letters among ASCII ones, counts for; a word mixing scripts counts against. A Lithuanian
    text read as Cyrillic gives 'Kniaudiрkiш'; a Russian one read as Baltic gives words with
    no ASCII letter at all ('Įīščńåā'), which count for nothing."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
        if cyrillic == len(word):
            score += 1
        elif cyrillic or not all(ch.isascii() or ch in _LITHUANIAN for ch in word):
            score -= 1
        elif any(ch.isascii() for ch in word):
            score += 1
    return score


def _decoded_head(head: bytes, encoding: str) -> str:
    return head.decode(encoding, errors="ignore")


def detect_delimiter(text: str) -> str:
    """The most frequent of , ; and tab on the header line, outside quotes."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in ("\n", "\r"):
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# --- tables: a header and rows --------------------------------------------------------


@dataclass
class Table:
    """A header and a stream of data rows (row numbers count from 1 after the header)."""

    info: SourceInfo
    columns: list[str]
    _rows: Iterator[tuple[int, list[Any]]]
    _position: Callable[[], float]
    _close: Callable[[], None]
    estimated_rows: int | None = None

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        return self._rows

    def position(self) -> float:
        """How far through the file reading has come, from 0 to 1 (for progress bars)."""
        return self._position()

    def close(self) -> None:
        self._close()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_table(info: SourceInfo, *, formulas: bool = True) -> Table:
    """The header and streamed rows of a CSV file or the first sheet of a workbook."""
    if info.file_format == "csv":
        return _csv_table(info)
    if info.file_format == "xlsx":
        return _xlsx_table(info, formulas=formulas)
    raise file_problem(info.name, "a JSON file has no table of rows")


def _csv_table(info: SourceInfo) -> Table:
    raw = info.path.open("rb")
    text: IO[str] = io.TextIOWrapper(raw, encoding=info.encoding, newline="")
    reader = csv.reader(text, delimiter=info.delimiter, strict=False)
    try:
        header = _first_record(reader, info)
    except BaseException:
        text.close()
        raise

    def rows() -> Iterator[tuple[int, list[Any]]]:
        number = 0
        try:
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise file_problem(
                        info.name, f"row {number + 1} cannot be read as CSV ({exc})"
                    ) from None
                except UnicodeDecodeError:
                    raise file_problem(
                        info.name, f"row {number + 1} is not valid {info.encoding} text"
                    ) from None
                if not record or (len(record) == 1 and not record[0].strip()):
                    continue
                number += 1
                yield number, list(record)
        finally:
            text.close()

    def position() -> float:
        return 1.0 if raw.closed else min(raw.tell() / max(info.size, 1), 1.0)

    return Table(info, header, rows(), position, text.close)


def _first_record(reader: Any, info: SourceInfo) -> list[str]:
    try:
        for record in reader:
            if record and any(cell.strip() for cell in record):
                return [cell.strip() for cell in record]
    except csv.Error as exc:
        raise file_problem(info.name, f"the header cannot be read as CSV ({exc})") from None
    except UnicodeDecodeError:
        raise file_problem(info.name, f"the file is not valid {info.encoding} text") from None
    raise file_problem(info.name, "the file holds no header row")


def _xlsx_table(info: SourceInfo, *, formulas: bool) -> Table:
    workbook = open_workbook(info.path, formulas=formulas)
    try:
        if not workbook.worksheets:
            raise file_problem(info.name, "the workbook has no sheets")
        sheet = workbook.worksheets[0]
        estimated = sheet.max_row - 1 if sheet.max_row else None
        stream = _guarded(sheet.iter_rows(values_only=True), info)
        header: list[str] = []
        while not any(header):
            raw = next(stream, None)
            if raw is None:
                break
            header = ["" if v is None else str(v).strip() for v in raw]
        if not any(header):
            raise file_problem(info.name, "the first sheet holds no header row")
    except BaseException:
        workbook.close()
        raise
    width = len(header)
    seen = [0]

    def rows() -> Iterator[tuple[int, list[Any]]]:
        number = 0
        try:
            for raw in stream:
                values = (
                    list(raw[:width])
                    if len(raw) >= width
                    else [*raw, *([None] * (width - len(raw)))]
                )
                extra = [v for v in raw[width:] if v not in (None, "")]
                if extra:
                    values.append(extra[0])
                if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                    continue
                number += 1
                seen[0] = number
                yield number, values
        finally:
            workbook.close()

    def position() -> float:
        return min(seen[0] / estimated, 1.0) if estimated else 0.0

    return Table(info, header, rows(), position, workbook.close, estimated)


def _guarded(stream: Iterator[tuple[Any, ...]], info: SourceInfo) -> Iterator[tuple[Any, ...]]:
    """Rows of a sheet; a damaged archive found midway is one clear refusal."""
    try:
        yield from stream
    except ImportRefused:
        raise
    except Exception as exc:
        raise file_problem(
            info.name,
            "the workbook is damaged or incomplete and cannot be read "
            f"to its end ({type(exc).__name__})",
        ) from None


# --- JSON, streamed -----------------------------------------------------------------


class _Buffer:
    """Text read on demand from a file, for decoding one JSON value at a time."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh
        self.text = ""
        self.pos = 0
        self.eof = False

    def more(self) -> bool:
        if self.eof:
            return False
        chunk = self.fh.read(CHUNK)
        if not chunk:
            self.eof = True
            return False
        self.text = self.text[self.pos :] + chunk
        self.pos = 0
        return True

    def peek(self) -> str:
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""

    def expect(self, ch: str, info: SourceInfo) -> None:
        if self.peek() != ch:
            raise file_problem(info.name, f"the JSON is not as expected: {ch!r} is missing")
        self.pos += 1

    def value(self, decoder: json.JSONDecoder, info: SourceInfo) -> Any:
        self.peek()
        while True:
            try:
                value, end = decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                # A value cut by the chunk edge decodes once more text is read.
                if len(self.text) - self.pos > FIELD_LIMIT:
                    raise file_problem(
                        info.name,
                        f"a record of the JSON is larger than {FIELD_LIMIT // (1024 * 1024)} MB",
                    ) from None
                if not self.more():
                    raise file_problem(
                        info.name, f"the JSON is not valid ({exc.msg}, line {exc.lineno})"
                    ) from None
                continue
            if end == len(self.text) and not self.eof and isinstance(value, (int, float)):
                self.more()  # a number at the edge may go on in the next chunk
                continue
            self.pos = end
            return value


@dataclass
class JsonRecords:
    """Submissions from a JSON list, or from the `results` list of an API page."""

    info: SourceInfo
    envelope: dict[str, Any]
    _records: Iterator[tuple[int, Any]]
    _fh: IO[str]
    _raw: IO[bytes]

    def records(self) -> Iterator[tuple[int, Any]]:
        return self._records

    def position(self) -> float:
        return 1.0 if self._raw.closed else min(self._raw.tell() / max(self.info.size, 1), 1.0)

    def close(self) -> None:
        self._fh.close()


def open_json(info: SourceInfo) -> JsonRecords:
    raw = info.path.open("rb")
    fh = io.TextIOWrapper(raw, encoding=info.encoding or "utf-8")
    buf = _Buffer(fh)
    decoder = json.JSONDecoder()
    envelope: dict[str, Any] = {}
    try:
        first = buf.peek()
        if first == "{":
            buf.pos += 1
            found = _find_results(buf, decoder, info, envelope)
            if not found:
                raise file_problem(
                    info.name, "the JSON object has no 'results' list of submissions"
                )
        elif first != "[":
            raise file_problem(
                info.name,
                "the JSON holds neither a list of submissions nor an object with a 'results' list",
            )
    except BaseException:
        fh.close()
        raise

    def records() -> Iterator[tuple[int, Any]]:
        try:
            if first == "[":
                buf.pos += 1
            number = 0
            if buf.peek() == "]":
                buf.pos += 1
                return
            while True:
                number += 1
                yield number, buf.value(decoder, info)
                nxt = buf.peek()
                if nxt == ",":
                    buf.pos += 1
                    continue
                if nxt == "]":
                    buf.pos += 1
                    return
                raise file_problem(
                    info.name, f"the JSON list is cut short or broken after record {number}"
                )
        finally:
            fh.close()

    return JsonRecords(info, envelope, records(), fh, raw)


def _find_results(
    buf: _Buffer, decoder: json.JSONDecoder, info: SourceInfo, envelope: dict[str, Any]
) -> bool:
    """Read the keys of the top object up to 'results' (whose '[' it leaves unread)."""
    while True:
        nxt = buf.peek()
        if nxt == "}":
            return False
        if nxt == ",":
            buf.pos += 1
            continue
        key = buf.value(decoder, info)
        buf.expect(":", info)
        if key in RESULT_KEYS:
            if buf.peek() != "[":
                raise file_problem(info.name, f"{key!r} in the JSON is not a list")
            buf.pos += 1
            return True
        envelope[str(key)] = buf.value(decoder, info)
