"""A page that names no event (no mention found, no greeted title's event) ends `annotate`
early (round ev65, issue 12's speed clause): no group, no fact; only the meeting its title
names is set on the Doc. The records equal those of the full run (the early end undone by
monkeypatch: an empty list of mentions that counts as a list with mentions), on invented
pages with and without mentions, titles that name a meeting or none, greeted titles."""

import pytest

from pipeline import extract_document
from pipeline.nlp import events
from pipeline.speech import Speech

PAGES = [
    # no mention, no title event
    ("Meeting with the Governor of Lakeland", ["They talked about roads and new schools."]),
    # no mention: a bare lowercase head names none; the title names the page's own meeting
    (
        "Pinecrest Union summit",
        ["The leaders met in the capital and talked about trade.", "The meeting went well."],
    ),
    ("Plenary session of the Lakemoor Economic Forum", ["Good afternoon, colleagues."]),
    # the title's meeting, and the text's mention of it
    (
        "Plenary session of the Lakemoor Economic Forum",
        ["The Lakemoor Economic Forum opened today with 40 panels."],
    ),
    # mentions of other events
    (
        "Talks with the President of Pineland",
        ["They discussed the Hillside Cup and the 75th anniversary of the Lake Treaty."],
    ),
    # greeted titles: the event is the title's, in a shape the scan may not read
    (
        "Message of greetings to participants of the musical evening Thank You, Pineland",
        [
            "The President sent a message to participants of the musical evening Thank You,"
            " Pineland timed to the spring holiday."
        ],
    ),
    (
        "Greetings to organisers, guests and participants of Pine Ladies Trophy 2031",
        ["The President sent warm wishes to the guests of Pine Ladies Trophy 2031."],
    ),
    # empty text, empty title
    ("", ["Thank you."]),
    ("Lake summit", [""]),
]


def _records(title, paragraphs):
    speech = Speech(
        doc_id="p", source="<test>", paragraphs=paragraphs, title=title, date="2031-06-03"
    )
    return extract_document(speech)


class _CountsAsMentions(list):
    """No mention, yet true: `annotate` goes on past its early end."""

    def __bool__(self) -> bool:
        return True


class _NoEarlyEnd(events._Mentions):
    def __init__(self, mentions: list[dict]):
        super().__init__(mentions)
        if not mentions:
            self.ordered = _CountsAsMentions()


@pytest.mark.parametrize(("title", "paragraphs"), PAGES)
def test_the_early_end_gives_the_records_of_the_full_run(monkeypatch, title, paragraphs):
    early = _records(title, paragraphs)
    monkeypatch.setattr(events, "_Mentions", _NoEarlyEnd)
    assert _records(title, paragraphs) == early


def test_pages_without_mentions_end_early_and_the_others_do_not(monkeypatch):
    """The early end is taken on the pages without mentions (the steps after the grouping are
    not called there), and pages of each kind are among PAGES."""
    calls = []
    real = events.described_anniversary_pairs

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(events, "described_anniversary_pairs", spy)
    ended = []
    for title, paragraphs in PAGES:
        calls.clear()
        document, facts = _records(title, paragraphs)
        ended.append((not calls, bool(facts), document["event_name"] is not None))
    assert (True, False, True) in ended  # no mention, the title's meeting set
    assert (True, False, False) in ended  # no mention, no meeting
    assert (False, True, False) in ended or (False, True, True) in ended  # facts: no early end
    assert not any(early and has_facts for early, has_facts, _ in ended)


@pytest.mark.parametrize("order", [1, -1])
def test_the_early_end_leaves_nothing_for_the_next_page(monkeypatch, order):
    """review66: pages one after another through one pipeline, those with mentions and those
    without in turn (state kept by the component between documents, such as its memos of a
    page, is let go the same way at both ends), give the records of the full run."""
    pages = [*PAGES, *PAGES[::2]][::order]
    early = [_records(title, paragraphs) for title, paragraphs in pages]
    monkeypatch.setattr(events, "_Mentions", _NoEarlyEnd)
    assert [_records(title, paragraphs) for title, paragraphs in pages] == early
