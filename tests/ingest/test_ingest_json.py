import json

from pipeline.ingest import load_source
from pipeline.ingest.jsonrecords import parse_json_records
from pipeline.speech import InputError, Speech


def test_jsonl_with_broken_line(tmp_path):
    path = tmp_path / "speeches.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": "First para.\nsame para.\n\nSecond para.",
                "date": "2020-05-01T10:00",
            }
        ),
        json.dumps({"text": "No id here.", "title": "T", "date": "not a date", "place": "Sochi"}),
        '{"text": "broken',
        json.dumps({"title": "no text"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    results = load_source(str(path))
    assert len(results) == 4
    first, second, broken, missing = results
    assert isinstance(first, Speech)
    assert first.doc_id == "a1" and first.date == "2020-05-01"
    assert first.paragraphs == ["First para. same para.", "Second para."]
    assert first.source == f"{path}:1"
    assert isinstance(second, Speech)
    assert second.doc_id == "speeches-2" and second.date is None and second.place == "Sochi"
    assert isinstance(broken, InputError) and broken.kind == "malformed"
    assert broken.source == f"{path}:3"
    assert broken.reason.startswith("line 3 is not valid JSON")
    assert isinstance(missing, InputError) and missing.kind == "malformed"


def test_json_list_and_object():
    results = parse_json_records('[{"text": "A."}, {"id": 7, "text": "B."}]', "d/x.json", "json")
    assert [r.doc_id for r in results] == ["x-0", "7"]
    assert results[0].source == "d/x.json:#0"
    (single,) = parse_json_records('{"text": "C.", "url": "http://e/1"}', "d/y.json", "json")
    assert single.doc_id == "http://e/1" and single.url == "http://e/1"  # no id: the url
    (bare,) = parse_json_records('{"text": "D."}', "d/w.json", "json")
    assert bare.doc_id == "w"
    (bad,) = parse_json_records("{oops", "d/z.json", "json")
    assert isinstance(bad, InputError) and bad.kind == "malformed"


def test_a_title_line_in_the_text_is_dropped_but_a_lead_that_repeats_it_stays():
    (record,) = parse_json_records(
        '{"title": "Talks on trade", "text": "Talks on trade\\n\\nTrade grew."}', "t.json", "json"
    )
    assert record.paragraphs == ["Trade grew."]
    (record,) = parse_json_records(
        '{"title": "Trade grew by 5 percent", "text": "Trade grew by 5 percent.\\n\\nMore."}',
        "t.json",
        "json",
    )
    assert record.paragraphs == ["Trade grew by 5 percent.", "More."]
