"""Reading one input file: size limit, transparent gunzip, encoding detection, format sniffing.

`read_input` never raises; every failure is an `InputError` whose reason a person understands.

Decoding order: BOM (UTF-8, UTF-16 LE/BE) -> UTF-16 without BOM (NUL-byte pattern) -> strict
UTF-8 -> UTF-8 with a few stray bytes (each becomes U+FFFD, the rest of the page stays readable)
-> the HTML <meta charset> -> Windows-1251 when the bytes look like Cyrillic words -> cp1252.
Binary content (magic numbers, stray NUL bytes, many control characters) is rejected.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import zlib

import numpy

from pipeline.speech import InputError

DEFAULT_MAX_BYTES = 50_000_000

# The known formats: one entry per file extension (also read under ".gz"). A new format is one
# entry here (and its parser in pipeline.ingest.load_source); folder walks read these by default.
_EXTENSIONS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}

_GZIP_MAGIC = b"\x1f\x8b"
_MAGIC = [
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x7fELF", "an ELF executable"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an XZ archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CHUNK = 1 << 16
_NOT_NUL = re.compile(rb"[^\x00]")


def _human(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def _too_large(path: str, size: int | None, max_bytes: int, what: str = "file") -> InputError:
    if size is None:
        reason = f"{what} is above the {_human(max_bytes)} limit (--max-bytes)"
    else:
        reason = f"{what} is {_human(size)}, above the {_human(max_bytes)} limit (--max-bytes)"
    return InputError(path, "too_large", reason)


def _special(path: str) -> InputError:
    reason = "path is not a regular file (named pipe, socket or device); not read"
    return InputError(path, "special_file", reason)


def _gunzip(path: str, raw: bytes, max_bytes: int) -> bytes | InputError:
    """Stream-decompress with a hard bound on the expanded size (a gzip bomb stops early).

    Linear in the input whatever its shape: members are found by offset (never by copying the
    rest of the file), and each member is fed in pieces that start small and double, so the
    bytes zlib copies past a member's end stay proportional to that member (a file of millions
    of empty members is read in linear time)."""
    if not raw.startswith(_GZIP_MAGIC):
        return InputError(
            path, "malformed", "file name ends in .gz but the content is not gzip-compressed"
        )
    out = bytearray()
    view = memoryview(raw)
    size = len(raw)
    pos = 0
    try:
        while pos < size:
            decomp = zlib.decompressobj(wbits=31)  # 31: gzip header; loop for multi-member files
            piece = 256
            while pos < size and not decomp.eof:
                chunk = view[pos : pos + piece]
                pos += len(chunk)
                piece = min(piece * 2, _CHUNK)
                out += decomp.decompress(chunk, max_bytes + 1 - len(out))
                while decomp.unconsumed_tail and len(out) <= max_bytes:
                    out += decomp.decompress(decomp.unconsumed_tail, max_bytes + 1 - len(out))
                if len(out) > max_bytes:
                    return _too_large(path, None, max_bytes, "decompressed content")
            if not decomp.eof:
                return InputError(
                    path, "malformed", "gzip data is truncated (the compressed stream ends early)"
                )
            pos -= len(decomp.unused_data)
            padding_end = _NOT_NUL.search(raw, pos)  # NUL padding between or after members
            pos = padding_end.start() if padding_end else size
    except zlib.error as exc:
        return InputError(path, "malformed", f"gzip data is corrupt ({exc})")
    return bytes(out)


def _utf16_without_bom(sample: bytes) -> str | None:
    """Detect UTF-16 text without a BOM: ASCII-range text has NULs in every other byte."""
    if len(sample) < 4 or b"\x00" not in sample:
        return None  # (no NUL: neither share below can pass its bound)
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _looks_cyrillic(data: bytes) -> bool:
    """cp1251 Cyrillic letters are 0xC0-0xFF and come in runs (whole words); Western accented
    letters in cp1252 are mostly isolated between ASCII letters."""
    high = [i for i, b in enumerate(data[:200_000]) if b >= 0xC0]
    if len(high) < 4:
        return False
    positions = set(high)
    paired = sum(1 for i in high if i - 1 in positions or i + 1 in positions)
    return paired / len(high) > 0.6


_CONTROL_SAMPLE = 100_000
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])


def _control_bytes(data: bytes) -> int:
    """How many bytes of `data` are in _CONTROL_BYTES: those below 0x20 less the five from tab
    to carriage return (0x09-0x0D), by array compares (faster than bytes.translate's copy)."""
    values = numpy.frombuffer(data, dtype=numpy.uint8)
    below_space = numpy.count_nonzero(values < 0x20)
    # (values - 9) wraps below 9 to large numbers: exactly 0x09-0x0D are under 5
    spacing = numpy.count_nonzero((values - numpy.uint8(0x09)) < 5)
    return int(below_space) - int(spacing)


_CONTROL_SHARE = 0.01  # above this share of control characters a file is binary


def _too_many_controls(text: str, utf8: bytes | None = None) -> bool:
    """Whether `_control_ratio(text, utf8)` is above _CONTROL_SHARE (the same answer).

    Every control byte is below 0x20, so when the bytes below 0x20 (one array compare) are
    at most that share, the control bytes are too, and the second compare, which leaves out
    tab to carriage return, is not made (every file of the archive: its line breaks and tabs
    stay under 1 %). Same division, same denominator: correctly rounded division never
    orders two numerators the other way."""
    if utf8 is not None and len(text) <= _CONTROL_SAMPLE:
        if not text:
            return False
        below_space = numpy.count_nonzero(numpy.frombuffer(utf8, dtype=numpy.uint8) < 0x20)
        if int(below_space) / len(text) <= _CONTROL_SHARE:
            return False
    return _control_ratio(text, utf8) > _CONTROL_SHARE


def _control_ratio(text: str, utf8: bytes | None = None) -> float:
    """The share of control characters among the first 100,000 characters of `text`; utf8:
    the UTF-8 bytes `text` was decoded from, if it was, so that they need not be made again."""
    if utf8 is not None and len(text) <= _CONTROL_SAMPLE:
        return _control_bytes(utf8) / len(text) if text else 0.0
    sample = text[:_CONTROL_SAMPLE]
    if not sample:
        return 0.0
    # the control characters are single bytes in UTF-8 and never part of a longer sequence, so
    # counting bytes counts characters (in C, several times faster than a regex over the str)
    return _control_bytes(sample.encode("utf-8", "surrogatepass")) / len(sample)


# A page whose non-ASCII characters are nearly all well-formed UTF-8 is UTF-8 with a stray byte or
# two (a crawler or an editor damaged it): decoding all of it as cp1252 would turn every curly
# quote and dash of the page into mojibake ("â€™") to save one character.
_UTF8_CHARS_PER_STRAY_BYTE = 20


def _mostly_utf8(data: bytes) -> str | None:
    """The text when `data` is UTF-8 apart from a few invalid bytes (one, or one for every 20
    well-formed multi-byte characters, with at least two of those), each replaced by U+FFFD;
    else None."""
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # U+FFFD written in the file
    well_formed = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    allowed = max(1, well_formed // _UTF8_CHARS_PER_STRAY_BYTE)
    if stray and well_formed >= 2 and stray <= allowed:
        return text
    return None


def decode_lenient(data: bytes) -> str:
    """Bytes that are not UTF-8: Windows-1251 when they look like Cyrillic words, else cp1252."""
    encoding = "cp1251" if _looks_cyrillic(data) else "cp1252"
    return data.decode(encoding, errors="replace")


def decode_bytes(data: bytes, source: str) -> str | InputError:
    """Decode bytes to text (see module docstring for the order of attempts)."""
    decoded = _decode(data, source)
    return decoded if isinstance(decoded, InputError) else decoded[0]


def _decode(data: bytes, source: str) -> tuple[str, bytes | None] | InputError:
    """decode_bytes, with `data` beside the text when the text is exactly `data` decoded as
    strict UTF-8 (so that `text.encode("utf-8") == data`), else None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return InputError(source, "binary", f"file is {what}, not text")
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        utf16 = _utf16_without_bom(data[:4096])
        if utf16:
            try:
                text = data.decode(utf16)
            except UnicodeDecodeError:
                text = None
        if text is None and b"\x00" in data:
            return InputError(source, "binary", "file contains NUL bytes, so it is not text")
    utf8 = None
    if text is None:
        try:
            text = data.decode("utf-8")
            utf8 = data
        except UnicodeDecodeError:
            text = _mostly_utf8(data)
    if text is None:
        match = _META_CHARSET.search(data[:4096])
        if match:
            name = match.group(1).decode("ascii", "ignore")
            try:
                text = data.decode(codecs.lookup(name).name)
            except (LookupError, UnicodeDecodeError):
                text = None
    if text is None:
        encoding = "cp1251" if _looks_cyrillic(data) else "cp1252"
        text = data.decode(encoding, errors="replace")
    if _too_many_controls(text, utf8):
        return InputError(source, "binary", "file contains many control characters, not text")
    return text, utf8


def _format_from_name(path: str) -> str | None:
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _EXTENSIONS.get(os.path.splitext(name)[1])


def known_format(path: str) -> str | None:
    """The format a file name says ("html", "text", "json", "jsonl", ...: one entry of the
    extension table above per known extension, also under ".gz"), or None. Folder walks read only
    files of a known format unless --include says otherwise (pipeline.ingest.discover)."""
    return _format_from_name(path)


def is_csv_name(path: str) -> bool:
    """Whether a file name says CSV or TSV (also under ".gz"). Here, not in the CSV reader, so
    that asking it for every input does not import that reader."""
    name = path.lower().removesuffix(".gz")
    return name.endswith((".csv", ".tsv"))


def format_label(path: str) -> str:
    """How a summary names a file's format: ".pdf", ".tar.gz", or "no extension"."""
    name = os.path.basename(path).lower()
    base = name[:-3] if name.endswith(".gz") else name
    ext = os.path.splitext(base)[1]
    if not ext:
        return ".gz" if base != name else "no extension"
    return ext + (".gz" if base != name else "")


def sniff_format(text: str) -> str:
    """Guess the format from the content when the file name does not tell."""
    head = text.lstrip("\ufeff \t\r\n")[:2048]
    if head.startswith("<?xml") and ("<rss" in head or "<feed" in head):
        return "feed"
    if head.startswith(("<rss", "<feed")):
        return "feed"
    if head.startswith("<"):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first_line = head.split("\n", 1)[0].rstrip()
        # One object per line: the first line closes its object.
        return "jsonl" if first_line.endswith("}") and "\n" in text.strip() else "json"
    return "text"


def _read_up_to(fd: int, size: int) -> bytes:
    """`size` bytes of the open file `fd` from where it stands, fewer at its end: what a
    buffered file's read(size) gives, by os.read calls (a short read is read on, as the
    buffered reader does), without making a buffered reader for one read."""
    data = os.read(fd, size)
    if len(data) >= size or not data:
        return data
    pieces = [data]
    left = size - len(data)
    while left > 0:
        piece = os.read(fd, left)
        if not piece:
            break
        pieces.append(piece)
        left -= len(piece)
    return b"".join(pieces)


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str] | InputError:
    """Read, gunzip and decode `path`; return (text, format) or an InputError.

    format is one of "html", "text", "json", "jsonl", "csv" (also TSV), "feed".
    """
    read = read_source(path, max_bytes)
    return read if isinstance(read, InputError) else read[:2]


def read_source(
    path: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[str, str, bytes | None] | InputError:
    """read_input, with a third item: the text's UTF-8 bytes when the file's (unpacked) bytes
    were exactly that (strict UTF-8, no BOM), else None, so that byte-level checks of the text
    need not encode it again."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return InputError(path, "unreadable", f"cannot read the file: {exc.strerror or exc}")
    if stat.S_ISDIR(mode):
        return InputError(path, "unreadable", "path is a folder, not a file")
    if not stat.S_ISREG(mode):
        return _special(path)
    try:
        # O_NONBLOCK: if the file was replaced by a named pipe since it was found, opening it
        # must not wait for a writer; fstat then tells what was really opened.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        return InputError(path, "unreadable", f"cannot read the file: {exc.strerror or exc}")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return _special(path)
        if info.st_size > max_bytes:
            return _too_large(path, info.st_size, max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        # read(n) allocates n bytes first: asking for the file's size (one byte more, to see
        # it grow) instead of the 50 MB limit makes reading a 100 kB page 4x faster
        raw = _read_up_to(fd, min(info.st_size, max_bytes) + 1)
        if len(raw) > info.st_size:  # it grew since fstat: read on up to the limit
            raw += _read_up_to(fd, max_bytes + 1 - len(raw))
    except OSError as exc:
        return InputError(path, "unreadable", f"cannot read the file: {exc.strerror or exc}")
    finally:
        os.close(fd)
    if len(raw) > max_bytes:  # grew since stat
        return _too_large(path, None, max_bytes)
    if path.lower().endswith(".gz") or raw.startswith(_GZIP_MAGIC):
        unpacked = _gunzip(path, raw, max_bytes)
        if isinstance(unpacked, InputError):
            return unpacked
        raw = unpacked
    if not raw or raw.isspace():  # (bytes.isspace: the ASCII whitespace bytes.strip removes)
        return InputError(path, "empty", "file is empty" if not raw else "file has only whitespace")
    decoded = _decode(raw, path)
    if isinstance(decoded, InputError):
        return decoded
    text, utf8 = decoded
    stripped = text.lstrip("\ufeff")
    if len(stripped) != len(text):  # (strict UTF-8 text never starts so: that is the BOM branch)
        text, utf8 = stripped, None
    if not text or text.isspace():
        return InputError(path, "empty", "file has only whitespace")
    fmt = _format_from_name(path) or sniff_format(text)
    return text, fmt, utf8
