from pipeline.ingest.plaintext import parse_plaintext
from pipeline.speech import InputError, Speech

ARTICLE = """Putin Meets a Made-Up Commission

The President held a video-
conference on the bil-
lion rouble programme with the
Russia-
Africa working group.

Vladimir Putin: Colleagues, good afternoon.
Let us begin.

We have a lot to discuss:

First, the budget.

Question: What about the 1
500 new jobs?

Vladimir Putin: They will be created.

Source - Official website of the President of Russia

Our partners
"""


def parse() -> Speech:
    result = parse_plaintext(ARTICLE, "talk.txt", "talk")
    assert isinstance(result, Speech)
    return result


def test_paragraphs_and_joining():
    speech = parse()
    # the head line is the title, not text
    assert speech.doc_id == "talk" and speech.title == "Putin Meets a Made-Up Commission"
    assert speech.date is None
    assert speech.paragraphs[0] == (
        "The President held a videoconference on the billion rouble programme with the "
        "Russia-Africa working group."
    )
    assert "Colleagues, good afternoon. Let us begin." in speech.paragraphs[1]
    assert "the 1 500 new jobs?" in speech.text


def test_source_credit_and_debris_dropped():
    speech = parse()
    assert speech.paragraphs[-1] == "Vladimir Putin: They will be created."
    assert "Source" not in speech.text and "Our partners" not in speech.text


def test_turns():
    speech = parse()
    assert [(t.speaker, t.label) for t in speech.turns] == [
        ("Vladimir Putin", "Vladimir Putin"),
        ("Question", "Question"),
        ("Vladimir Putin", "Vladimir Putin"),
    ]
    for turn in speech.turns:
        assert speech.text[turn.start : turn.end].startswith(turn.label + ":")
    first = speech.turns[0]
    assert speech.text[first.start : first.end].endswith("First, the budget.")
    assert speech.speaker_at(0) is None


def test_final_fragment_dropped():
    result = parse_plaintext("A full sentence here.\n\nShare this page", "x.txt", "x")
    assert result.paragraphs == ["A full sentence here."]


def test_crlf_and_only_whitespace():
    result = parse_plaintext("One.\r\n\r\nTwo.\r\n", "x.txt", "x")
    assert result.paragraphs == ["One.", "Two."]
    result = parse_plaintext(" \n\n \n", "x.txt", "x")
    assert isinstance(result, InputError) and result.kind == "empty"
