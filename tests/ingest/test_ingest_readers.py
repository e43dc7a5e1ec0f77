import gzip
import os

import pytest

from pipeline.ingest import load_source
from pipeline.ingest.readers import read_input, read_source
from pipeline.speech import InputError, Skipped, Speech

CYRILLIC = "Президент России провёл встречу с губернатором области.\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (CYRILLIC.encode("cp1251"), CYRILLIC),
        (CYRILLIC.encode("utf-8"), CYRILLIC),
        (b"\xef\xbb\xbf" + CYRILLIC.encode("utf-8"), CYRILLIC),
        (CYRILLIC.encode("utf-16"), CYRILLIC),  # with BOM
        ("Plain English text.\n".encode("utf-16-le"), "Plain English text.\n"),
        ("Plain English text.\n".encode("utf-16-be"), "Plain English text.\n"),
        ("Café – “quoted”.\n".encode("cp1252"), "Café – “quoted”.\n"),
    ],
    ids=["cp1251", "utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom", "cp1252"],
)
def test_encodings(tmp_path, data, expected):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    result = read_input(str(path))
    assert result == (expected, "text")


UTF8_PAGE = "“It’s done,” she said – and the café opened its doors. " * 3


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # one stray byte in a UTF-8 page: that byte is lost, the page's quotes and dashes are kept
        (
            UTF8_PAGE.encode() + b"a de\xe3lared aim.\n",
            UTF8_PAGE + "a de\ufffdlared aim.\n",
        ),
        # two stray bytes need 40 well-formed characters around them
        (
            b"\xff" + (UTF8_PAGE * 3).encode() + b"\xfe\n",
            "\ufffd" + UTF8_PAGE * 3 + "\ufffd\n",
        ),
        # a U+FFFD the file itself holds is no stray byte
        ("“Done” \ufffd ok.\n".encode(), "“Done” \ufffd ok.\n"),
        # as many stray bytes as well-formed characters: not UTF-8, read as cp1252
        ("“A” and ".encode() + "é, è, à, ü.".encode("cp1252"), "â€œAâ€\ufffd and é, è, à, ü."),
        # no well-formed character at all: cp1252
        ("naïve déjà vu.\n".encode("cp1252"), "naïve déjà vu.\n"),
    ],
    ids=["one-stray-byte", "stray-at-both-ends", "fffd-in-file", "mostly-cp1252", "cp1252"],
)
def test_utf8_with_stray_bytes(tmp_path, data, expected):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    assert read_input(str(path)) == (expected, "text")


def test_html_meta_charset(tmp_path):
    html = '<html><head><meta charset="windows-1251"></head><body><p>Ещё</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1251"))
    assert read_input(str(path)) == (html, "html")


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        ("doc.html", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary"),
        ("nul.html", b"<html>\x00\x00\x01\x02\xff\xfe\x00binary", "binary"),
        ("controls.txt", b"text" + b"\x01\x02\x03\x04\x05" * 20, "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.html", b" \n\t\r\n ", "empty"),
        ("blank16.txt", "   \n".encode("utf-16"), "empty"),
        ("fake.txt.gz", b"this is not gzip at all", "malformed"),
        ("corrupt.html.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 6 + b"garbage!", "malformed"),
        ("truncated.txt.gz", gzip.compress(b"Some text. " * 1000, mtime=0)[:40], "malformed"),
    ],
)
def test_bad_inputs(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    result = read_input(str(path))
    assert isinstance(result, InputError), result
    assert result.kind == kind
    assert result.source == str(path)
    assert result.reason


def test_gzip_is_transparent(tmp_path):
    path = tmp_path / "speech.txt.gz"
    path.write_bytes(gzip.compress(b"Vladimir Putin: Hello.\n"))
    assert read_input(str(path)) == ("Vladimir Putin: Hello.\n", "text")


def test_gzip_bomb_is_bounded(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 5_000_000))
    result = read_input(str(path), max_bytes=1_000_000)
    assert isinstance(result, InputError) and result.kind == "too_large"
    assert "1.0 MB" in result.reason


def test_too_large_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1_220_000)  # 6.1 MB
    result = read_input(str(path), max_bytes=5_000_000)
    assert isinstance(result, InputError) and result.kind == "too_large"
    assert result.reason == "file is 6.1 MB, above the 5.0 MB limit (--max-bytes)"


def _fstat_reporting(monkeypatch, size):
    """os.fstat as if the file had `size` bytes when it was opened (it grew since)."""
    real = os.fstat

    def fstat(fd):
        info = real(fd)
        return os.stat_result((*info[:6], size, *info[7:]))

    monkeypatch.setattr(os, "fstat", fstat)


@pytest.mark.parametrize("reported", [0, 1, 500, 999], ids=["empty", "one", "half", "one-less"])
def test_a_file_that_grew_since_fstat_is_read_whole(tmp_path, monkeypatch, reported):
    # the read asks for the size fstat gave (not the limit): what was appended since is read too
    path = tmp_path / "growing.txt"
    path.write_text("x" * 999 + "\n")
    _fstat_reporting(monkeypatch, reported)
    assert read_input(str(path)) == ("x" * 999 + "\n", "text")


def test_a_file_that_grew_past_the_limit_since_fstat_is_too_large(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_text("word " * 3_000)  # 15 kB
    _fstat_reporting(monkeypatch, 100)
    result = read_input(str(path), max_bytes=10_000)
    assert isinstance(result, InputError) and result.kind == "too_large"


def test_six_megabyte_single_line_is_a_document(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("The economy grew by 3 percent. " * 200_000)  # ~6 MB, one line
    (result,) = load_source(str(path))
    assert isinstance(result, Speech)
    assert len(result.paragraphs) == 1
    assert result.doc_id == "long"


def test_unreadable(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    result = read_input(str(path))
    assert isinstance(result, InputError) and result.kind == "unreadable"


def test_vanished_file(tmp_path):
    result = read_input(str(tmp_path / "gone.txt"))
    assert isinstance(result, InputError) and result.kind == "unreadable"


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        ("a.htm", "<p>x</p>", "html"),
        ("a.HTML.gz", "<p>x</p>", "html"),
        ("a.md", "# x", "text"),
        ("a.ndjson", '{"text": "x"}', "jsonl"),
        ("feed", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("noext", "<html><p>x</p></html>", "html"),
        ("noext2", '{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("noext3", '[{"text": "a"}]', "json"),
        ("noext4", "Just words.", "text"),
    ],
)
def test_format(tmp_path, name, content, fmt):
    path = tmp_path / name
    data = content.encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    result = read_input(str(path))
    assert not isinstance(result, InputError), result
    assert result[1] == fmt


def test_load_source_dispatch(tmp_path):
    feed = tmp_path / "feed"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')
    assert load_source(str(feed)) == [Skipped(str(feed), "feed", "RSS/Atom feed, not an article")]
    text = tmp_path / "talk.txt.gz"
    text.write_bytes(gzip.compress(b"Vladimir Putin: Good afternoon, colleagues.\n"))
    (speech,) = load_source(str(text))
    assert isinstance(speech, Speech)
    assert speech.doc_id == "talk"
    assert speech.speakers == ["Vladimir Putin"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", 0.0),
        ("plain text\twith tabs\nand lines\r\n", 0.0),
        ("\x00\x01ab", 0.5),
        ("Рубль\x1b€\x08", 2 / 8),
        ("\ud800 lone surrogate \x0e", 1 / 18),
    ],
)
def test_control_ratio_counts_control_characters(text, expected):
    from pipeline.ingest.readers import _control_ratio

    assert _control_ratio(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("data", "gzipped", "has_bytes"),
    [
        ("<p>Тема «встречи» — K</p>\n".encode(), False, True),
        ("<p>Тема</p>\n".encode(), True, True),  # the unpacked bytes
        (b"\xef\xbb\xbf<p>with a byte-order mark</p>", False, False),
        ("<p>caf\u00e9 \u2014 x</p>".encode("cp1252"), False, False),
        ("<p>utf-16</p>".encode("utf-16"), False, False),
        ("<p>Тема</p>".encode() + b"\xff", False, False),  # mostly UTF-8, one stray byte
    ],
)
def test_read_source_gives_the_bytes_only_when_they_are_the_text_in_utf8(
    tmp_path, data, gzipped, has_bytes
):
    path = tmp_path / ("page.html.gz" if gzipped else "page.html")
    path.write_bytes(gzip.compress(data) if gzipped else data)
    text, fmt, utf8 = read_source(str(path))
    assert (text, fmt) == read_input(str(path))
    assert (utf8 is not None) == has_bytes
    if utf8 is not None:
        assert utf8 == text.encode("utf-8")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        bytes(range(256)) * 3,
        b"\t\n\x0b\x0c\r plain \x00\x08\x0e\x1f\x7f\x80",
        "Тема\u2028 \x01 «x»".encode(),
        bytes((i * 37) % 256 for i in range(100_003)),
    ],
)
def test_control_bytes_counts_what_deleting_them_removes(data):
    from pipeline.ingest.readers import _CONTROL_BYTES, _control_bytes

    assert _control_bytes(data) == len(data) - len(data.translate(None, _CONTROL_BYTES))
