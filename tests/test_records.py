"""Document records: the document's own event (title, date, place, participants); fact records:
the sentence a fact is in."""

import numpy
import pytest
from spacy.attrs import SENT_START

from pipeline.nlp import build_pipeline, prepare_doc
from pipeline.records import covering_sentence, document_record, fact_records
from pipeline.speech import Speech, Turn


def test_participants_keep_the_fullest_label_in_order_of_first_turn():
    paragraphs = [
        "Governor of the Region Anna Sokolova: Good morning.",
        "President of Russia Ivan Petrov: Thank you.",
        "Anna Sokolova: We have built a road.",
    ]
    starts = [0]
    for p in paragraphs[:-1]:
        starts.append(starts[-1] + len(p) + 2)
    turns = [
        Turn(starts[0], starts[0] + len(paragraphs[0]), "Anna Sokolova", "Anna Sokolova"),
        Turn(
            starts[1],
            starts[1] + len(paragraphs[1]),
            "Ivan Petrov",
            "President of Russia Ivan Petrov",
        ),
        Turn(
            starts[2],
            starts[2] + len(paragraphs[2]),
            "Anna Sokolova",
            "Governor of the Region Anna Sokolova",
            "official",
        ),
    ]
    speech = Speech(
        doc_id="1",
        source="<test>",
        paragraphs=paragraphs,
        title="Meeting with the Governor",
        date="2020-01-01",
        place="Moscow",
        turns=turns,
    )
    record = document_record(speech, [])
    assert record["participants"] == [
        # the role comes from the first turn that tells one (the bare name tells none)
        {
            "name": "Anna Sokolova",
            "label": "Governor of the Region Anna Sokolova",
            "role": "official",
        },
        {"name": "Ivan Petrov", "label": "President of Russia Ivan Petrov", "role": None},
    ]
    assert (record["title"], record["date"], record["place"]) == (
        "Meeting with the Governor",
        "2020-01-01",
        "Moscow",
    )


def test_narrative_text_has_no_participants():
    speech = Speech(doc_id="2", source="<test>", paragraphs=["The leaders met."])
    assert document_record(speech, [])["participants"] == []


def test_the_document_event_is_three_flat_fields_null_without_one():
    """Schema 1.5: the event the document is the record of, as flat columns (doc60)."""
    speech = Speech(doc_id="3", source="<test>", paragraphs=["The forum opened."])
    event = {"name": "Lakemoor Forum", "kind": "forum", "event_key": "2031|forum|forum lakemoor"}
    record = document_record(speech, [], event)
    assert (record["event_name"], record["event_kind"], record["event_key"]) == (
        "Lakemoor Forum",
        "forum",
        "2031|forum|forum lakemoor",
    )
    bare = document_record(speech, [])
    assert (bare["event_name"], bare["event_kind"], bare["event_key"]) == (None, None, None)
    assert list(record)[:8] == [
        "schema_version", "doc_id", "title", "date", "place", "event_name", "event_kind",
        "event_key",
    ]  # fmt: skip


# --- a fact's `sentence` holds its text, even where a sentence start falls inside the fact ---


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def _doc(nlp, text):
    speech = Speech(doc_id="9", source="<test>", paragraphs=[text])
    return speech, nlp(prepare_doc(nlp, speech))


def _start_sentence_at(doc, token_index):
    """Put a sentence start at `token_index`, as a wrong split (or the sentence cap) would."""
    values = doc.to_array([SENT_START]).astype(numpy.int64)
    values[token_index] = 1
    doc.from_array([SENT_START], values.astype(numpy.uint64).reshape(-1, 1))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The fund gave the town about 12 billion rubles for new schools last year.", "about 12"),
        ("Exports of timber rose by 14 percent in the first half of the year.", "14 percent"),
        ("Officials from 23 countries came to the harbour fair.", "23 countries"),
    ],
)
def test_a_sentence_start_inside_a_fact_gives_every_sentence_it_touches(nlp, text, figure):
    speech, doc = _doc(nlp, text)
    at = text.index(figure) + len(figure.split()[0]) + 1  # the fact's second word
    token = next(t for t in doc if t.idx >= at)
    _start_sentence_at(doc, token.i)
    records = fact_records(doc, speech)
    assert records, "the figure is found"
    crossing = [r for r in records if r["start"] < token.idx < r["end"]]
    assert crossing, "the sentence start falls inside a fact"
    for record in crossing:
        assert record["text"] in record["sentence"]
        assert record["sentence"] == text  # both pieces, one sentence field
    # spaCy's own Span.sent would have given the first piece alone
    span = doc.char_span(crossing[0]["start"], crossing[0]["end"], alignment_mode="expand")
    assert span.sent.text != covering_sentence(span).text


@pytest.mark.parametrize(
    "text",
    [
        "The fund gave the town 12 billion rubles. Then it stopped.",
        "It rose by 14 percent. Nobody expected it.",
    ],
)
def test_a_fact_inside_one_sentence_keeps_that_sentence(nlp, text):
    speech, doc = _doc(nlp, text)
    records = fact_records(doc, speech)
    assert records
    for record in records:
        assert record["sentence"] == text.split(". ")[0] + "."
