"""load_source(text_only=True) then completed(): the same document as load_source alone."""

import re
from pathlib import Path

import pytest

from pipeline.ingest import completed, load_source
from pipeline.speech import InputError, Speech

HERE = Path(__file__).resolve().parent
PAGES = [
    HERE.parent.parent / "corpus" / "70001.html",
    HERE / "fixtures" / "article.html",
    HERE / "fixtures" / "gallery.html",
    HERE / "fixtures" / "listing.html",
]
RUSSIAN = "<p>Президент провёл совещание о развитии северных регионов страны и городов.</p>"


def _fields(item: Speech | object) -> object:
    if isinstance(item, Speech):
        return (item, item.turns, item.speakers, item.participants)
    return item


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_completed_text_only_page_equals_the_page_read_whole(page):
    whole = load_source(str(page))
    text_only = load_source(str(page), text_only=True)
    finished = [completed(i) if isinstance(i, Speech) else i for i in text_only]
    assert [_fields(i) for i in finished] == [_fields(i) for i in whole]


def test_text_only_defers_the_turns_and_keeps_text_and_id():
    page = str(PAGES[0])
    (whole,) = load_source(page)
    (read,) = load_source(page, text_only=True)
    assert whole.turns and not read.turns and read.unbuilt_labels is not None
    assert (read.doc_id, read.text, read.title) == (whole.doc_id, whole.text, whole.title)


def test_text_only_defers_the_language_check(tmp_path):
    html = PAGES[0].read_text(encoding="utf-8")
    path = tmp_path / "ru.html"
    path.write_text(re.sub(r"<p>.*?</p>", RUSSIAN, html, flags=re.S), "utf-8")
    (whole,) = load_source(str(path))
    (read,) = load_source(str(path), text_only=True)
    assert isinstance(whole, InputError) and whole.kind == "unsupported_language"
    assert isinstance(read, Speech)
    assert completed(read) == whole
