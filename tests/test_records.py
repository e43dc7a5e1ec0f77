"""Document records: the document's own event (title, date, place, participants)."""

from pipeline.records import document_record
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
