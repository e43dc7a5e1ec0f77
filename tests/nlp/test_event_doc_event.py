"""The event a document is the record of (`doc._.doc_event`, the document record's event_name,
event_kind, event_key): the page's own meeting, which the event facts leave out (doc60)."""

import pytest

from pipeline import extract_document
from pipeline.nlp.event_doc_event import BY_HEADING, BY_TITLE, DocEvents, doc_event
from pipeline.nlp.rules import RuleError, Rules, installed_rules
from pipeline.speech import Speech

RULES = installed_rules()


def _page(title: str, paragraphs: list[str], date: str = "2031-06-03", doc_id: str = "p"):
    speech = Speech(doc_id=doc_id, source="<test>", paragraphs=paragraphs, title=title, date=date)
    return extract_document(speech)


@pytest.mark.parametrize(
    ("title", "paragraphs", "name", "kind", "key"),
    [
        # the title names the meeting, the text names it in full: the text's name
        (
            "Plenary session of the Lakemoor Economic Forum",
            [
                "The President spoke at the plenary session of the Lakemoor Economic Forum.",
                "Investment in the region grew to $4 billion last year.",
            ],
            "Lakemoor Economic Forum",
            "forum",
            "2031|forum|economic forum lakemoor",
        ),
        # the text says only "the summit": the title's name, read by the same grammar
        (
            "Pinecrest Union summit",
            [
                "The leaders of the union met at the summit in the capital.",
                "Trade among the members came to $9 billion.",
            ],
            "Pinecrest Union summit",
            "summit",
            "2031|summit|pinecrest union",
        ),
        # a heading inside the text ("Speech at ...") names it
        (
            "Speech at the Hollowfield Innovation Congress",
            [
                "Speech at the Hollowfield Innovation Congress",
                "Colleagues, the Hollowfield Innovation Congress gathers engineers every year.",
            ],
            "Hollowfield Innovation Congress",
            "conference",
            "2031|conference|congress hollowfield innovation",
        ),
    ],
)
def test_the_page_of_a_meeting_carries_it(title, paragraphs, name, kind, key):
    document, facts = _page(title, paragraphs)
    assert (document["event_name"], document["event_kind"], document["event_key"]) == (
        name,
        kind,
        key,
    )
    # the fact output does not name it: the document record does
    assert all(f["event_key"] != key for f in facts if f["type"] == "event")


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        # greetings: the forum is an event the page is about, an event fact, not its own
        (
            "Greetings to participants of the Lakemoor Economic Forum",
            ["I welcome the guests of the Lakemoor Economic Forum, held for the tenth time."],
        ),
        # a news conference is the page's form, not a named event
        (
            "News conference following Russian-Pineland talks",
            ["At the news conference the two presidents spoke about trade."],
        ),
        # a meeting with people, an order: no named event
        ("Meeting with students of the Lakemoor college", ["The students asked about grants."]),
        (
            "Executive Order on holding the Pinecrest Union summit",
            ["The Pinecrest Union summit will be held in the capital in 2032."],
        ),
    ],
)
def test_a_page_of_no_meeting_of_its_own_has_none(title, paragraphs):
    document, _ = _page(title, paragraphs)
    assert (document["event_name"], document["event_kind"], document["event_key"]) == (
        None,
        None,
        None,
    )


def test_the_forum_page_meets_the_event_facts_of_other_pages_on_one_key():
    forum, _ = _page(
        "Plenary session of the Lakemoor Economic Forum",
        ["The President spoke at the plenary session of the Lakemoor Economic Forum."],
    )
    _, facts = _page(
        "Meeting with the Governor of Pinecrest Region",
        ["The governor said that the Lakemoor Economic Forum this June signed deals."],
        date="2031-06-10",
        doc_id="q",
    )
    assert forum["event_key"] in {f["event_key"] for f in facts if f["type"] == "event"}


def test_the_key_is_dated_by_the_document_and_none_without_a_date():
    event = {"name": "Lakemoor Economic Forum", "kind": "forum"}
    assert (
        doc_event(RULES, event, "2031-06-03")["event_key"] == "2031|forum|economic forum lakemoor"
    )
    assert doc_event(RULES, event, None) == {
        "name": "Lakemoor Economic Forum",
        "kind": "forum",
        "event_key": None,
    }
    assert doc_event(RULES, None, "2031-06-03") is None


def test_the_surest_meeting_with_a_key_is_chosen():
    own = DocEvents()
    own.note(BY_HEADING, {"name": "Hollowfield Innovation Congress", "kind": "conference"})
    own.note(BY_TITLE, {"name": "fourth international forum", "kind": "forum"})  # no key
    own.note(BY_TITLE, {"name": "Lakemoor Economic Forum", "kind": "forum"})
    assert own.chosen(RULES, "2031-06-03")["name"] == "Lakemoor Economic Forum"
    news = DocEvents()
    news.note(BY_TITLE, {"name": "Joint news conference", "kind": "conference"})
    assert news.chosen(RULES, "2031-06-03") is None
    assert DocEvents().chosen(RULES, "2031-06-03") is None


def test_refused_heads_must_be_a_list_of_words():
    texts = dict(RULES.texts)
    events = texts["events"].replace(
        '"doc_event_refused_heads": [\n    "news conference",\n    "press conference",\n'
        '    "video conference"\n  ]',
        '"doc_event_refused_heads": "news conference"',
    )
    assert events != texts["events"]
    texts["events"] = events
    with pytest.raises(RuleError, match="doc_event_refused_heads"):
        doc_event(Rules(texts), {"name": "Lake Forum", "kind": "forum"}, "2031-06-03")
