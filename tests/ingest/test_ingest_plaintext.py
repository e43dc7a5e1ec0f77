import pytest

from pipeline.ingest.options import IngestOptions
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


# --- one paragraph per line, the head, front matter (texts written for these tests) ----------


def test_one_paragraph_per_line_keeps_paragraphs_and_labels():
    text = (
        "Meeting with the Governor of the Northern Region\n"
        "22 March 2013, 13:00\n"
        "Ivan Petrov: Good afternoon. How is the harvest?\n"
        "Governor of the Northern Region Anna Sokolova: It grew by 5 percent.\n"
        "We also built 40 schools.\n"
        "Ivan Petrov: Thank you.\n"
    )
    speech = parse_plaintext(text, "m.txt", "m")
    assert speech.title == "Meeting with the Governor of the Northern Region"
    assert speech.date == "2013-03-22"
    assert speech.paragraphs == [
        "Ivan Petrov: Good afternoon. How is the harvest?",
        "Governor of the Northern Region Anna Sokolova: It grew by 5 percent.",
        "We also built 40 schools.",
        "Ivan Petrov: Thank you.",
    ]
    assert [t.speaker for t in speech.turns] == ["Ivan Petrov", "Anna Sokolova", "Ivan Petrov"]
    assert speech.speaker_at(speech.text.index("40 schools")) == "Anna Sokolova"


def test_hard_wrapped_lines_are_joined_but_a_label_line_starts_a_paragraph():
    text = (
        "The talks were held in the\n"
        "Kremlin on the budget for next\n"
        "year and the one after it.\n"
        "Ivan Petrov: The budget grew\n"
        "by 5 percent.\n"
    )
    speech = parse_plaintext(text, "w.txt", "w")
    assert speech.paragraphs == [
        "The talks were held in the Kremlin on the budget for next year and the one after it.",
        "Ivan Petrov: The budget grew by 5 percent.",
    ]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("March 22, 2013", "2013-03-22"),
        ("22 March 2013, 13:00", "2013-03-22"),
        ("Moscow, March 22, 2013", "2013-03-22"),
        ("2013-03-22", "2013-03-22"),
        ("22 марта 2013 года", "2013-03-22"),
    ],
)
def test_a_date_line_at_the_head_is_the_date(line, date):
    speech = parse_plaintext(f"{line}\n\nTrade grew by 5 percent in 2012.", "d.txt", "d")
    assert speech.date == date
    assert speech.paragraphs == ["Trade grew by 5 percent in 2012."]


def test_a_title_line_is_the_title_never_text():
    text = "News conference following Ruritanian-Russian talks\n\nTrade grew by 5 percent."
    speech = parse_plaintext(text, "n.txt", "n")
    assert speech.title == "News conference following Ruritanian-Russian talks"
    assert speech.paragraphs == ["Trade grew by 5 percent."]


@pytest.mark.parametrize(
    "first",
    [
        "Trade grew by 5 percent.",  # a sentence
        "Ivan Petrov: Welcome",  # a label
        "the talks went on for hours and then a dinner followed without any speeches at all "
        "and so on",  # lower case, long
    ],
)
def test_a_first_paragraph_that_is_no_title_stays_text(first):
    speech = parse_plaintext(f"{first}\n\nExports reached $5 billion.", "x.txt", "x")
    assert speech.title is None and speech.paragraphs[0] == first


def test_front_matter_is_metadata():
    text = (
        "---\n"
        "title: Address to the Council\n"
        "date: 2013-03-22\n"
        "speaker: Ivan Petrov\n"
        "id: address-1\n"
        "url: http://example.org/address\n"
        "---\n"
        "Colleagues, the budget grew by 5 percent.\n\n"
        "Question: And schools?\n"
    )
    speech = parse_plaintext(text, "a.md", "a")
    assert (speech.doc_id, speech.title, speech.date, speech.url) == (
        "address-1",
        "Address to the Council",
        "2013-03-22",
        "http://example.org/address",
    )
    assert speech.paragraphs[0] == "Colleagues, the budget grew by 5 percent."
    assert speech.speaker_at(0) == "Ivan Petrov"
    assert speech.speakers == ["Ivan Petrov", "Question"]


def test_broken_front_matter_is_text_with_a_warning():
    speech = parse_plaintext("---\ntitle: [unclosed\n---\nTrade grew.\n", "b.md", "b")
    assert [w.kind for w in speech.warnings] == ["front_matter"]
    assert "Trade grew." in speech.text


def test_run_options_give_a_date_and_title_where_the_document_gives_none():
    options = IngestOptions(date="2013-03-22", title="Council meeting")
    speech = parse_plaintext("Trade grew by 5 percent.", "o.txt", "o", options)
    assert (speech.title, speech.date) == ("Council meeting", "2013-03-22")
    speech = parse_plaintext("March 1, 2014\n\nTrade grew.", "o.txt", "o", options)
    assert speech.date == "2014-03-01"  # the document's own date wins
