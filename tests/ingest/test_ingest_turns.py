"""Speaker turns from labels: the same turns from text labels as from HTML bold labels, one
speaker per person, and the labels text needs the document to back."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest.kremlin import parse_html
from pipeline.ingest.plaintext import DocMeta, speech_from_text
from pipeline.ingest.turns import build_turns, text_labels
from pipeline.speech import Speech

FIXTURES = Path(__file__).parent / "fixtures"


def _speech(text: str, **meta) -> Speech:
    speech = speech_from_text(text, "t.txt", "t", DocMeta(**meta))
    assert isinstance(speech, Speech)
    return speech


def _speaker_of(speech: Speech, words: str) -> str | None:
    return speech.speaker_at(speech.text.index(words))


def test_one_person_under_many_labels():
    speech = _speech(
        "Press conference of President Ivan Petrov\n\n"
        "IVAN PETROV: Good afternoon.\n\n"
        "QUESTION: What about trade?\n\n"
        "I.Petrov: Trade grew by 5 percent.\n\n"
        "Question: And next year?\n\n"
        "Petrov: More.\n\n"
        "I.I. Petrov: Thank you.\n\n"
        "THE PRESIDENT: Goodbye."
    )
    assert speech.title == "Press conference of President Ivan Petrov"
    assert speech.speakers == ["Ivan Petrov", "Question"]
    assert [t.speaker for t in speech.turns] == ["Ivan Petrov", "Question"] * 2 + [
        "Ivan Petrov"
    ] * 3
    petrov = speech.participants[0]
    assert (petrov["name"], petrov["role"]) == ("Ivan Petrov", "official")


def test_a_bare_title_stays_when_the_document_does_not_say_who():
    speech = _speech("THE PRESIDENT: Welcome.\n\nQ: Thank you.\n\nTHE PRESIDENT: Next.")
    assert speech.speakers == ["The President", "Question"]


def test_a_title_held_by_a_labelled_speaker():
    speech = _speech(
        "Governor of the Northern Region Anna Sokolova: We built roads.\n\n"
        "The Governor: And bridges."
    )
    assert speech.speakers == ["Anna Sokolova"]


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Note", None),  # editorial: no turn, the turn before ends
        ("Remark", None),  # an unnamed voice: a turn without a speaker
        ("Second", "Ivan Petrov"),  # a point inside the speech: the turn goes on
    ],
)
def test_labels_that_name_no_speaker(label, speaker):
    speech = _speech(f"Ivan Petrov: First, roads.\n\n{label}: Schools cost $5 billion.")
    assert _speaker_of(speech, "Schools") == speaker


def test_answers_belong_to_the_one_person_interviewed():
    speech = _speech("Question: How is trade?\n\nAnswer: It grew.\n\nIvan Petrov: Thanks.")
    assert _speaker_of(speech, "It grew") == "Ivan Petrov"
    speech = _speech("Question: How is trade?\n\nAnswer: It grew.")
    assert _speaker_of(speech, "It grew") is None  # nobody named: nobody


@pytest.mark.parametrize(
    ("text", "labelled"),
    [
        # one-word labels need the document to back them
        ("Ivan Petrov: We have three goals.\n\nEnergy: We built two plants.", [True, False]),
        ("Smith: Hello.\n\nJones: Hello.\n\nSmith: Bye.", [True, True, True]),
        ("Budget: May 1.\n\nBudget: June 1.", [False, False]),  # no turn-taking
        ("Deadline: May 1.", [True]),  # a word of the rules (a label that is not a speaker)
        ("Talks with President Ivan Petrov.\n\nPetrov: Welcome.", [False, True]),
        ("Ivan Petrov: Hello.\n\nPetrov: Bye.", [True, True]),
        ("Q: Why?\n\nA: Because.", [True, True]),
        # a bare title once, without "The": a list entry, not a speaker
        ("Ivan Petrov: The cabinet.\n\nInterior Minister: Oleg Orlov.", [True, False]),
        ("Ivan Petrov: Hello.\n\nTHE PRESIDENT: Hello.", [True, True]),
    ],
)
def test_text_labels_backed_by_the_document(text, labelled):
    paragraphs = text.split("\n\n")
    found = text_labels(paragraphs, text)
    assert [hit is not None for hit in found] == labelled


def test_front_matter_speaker_speaks_until_the_first_label():
    speech = _speech("We built roads.\n\nQuestion: And schools?", speaker="Ivan Petrov")
    assert _speaker_of(speech, "We built") == "Ivan Petrov"
    assert _speaker_of(speech, "And schools") == "Question"


def test_turns_run_to_the_paragraph_before_the_next_label():
    paragraphs = ["Ivan Petrov: One.", "Two.", "Question: Three?", "Four."]
    turns = build_turns(paragraphs, text_labels(paragraphs))
    text = "\n\n".join(paragraphs)
    assert [text[t.start : t.end] for t in turns] == [
        "Ivan Petrov: One.\n\nTwo.",
        "Question: Three?\n\nFour.",
    ]


def test_html_bold_labels_and_text_labels_give_the_same_turns():
    page = parse_html((FIXTURES / "article.html").read_text(), "article.html", "article")
    assert isinstance(page, Speech) and page.turns
    again = speech_from_text(page.text, "x.jsonl:1", page.doc_id, DocMeta(title=page.title))
    assert isinstance(again, Speech)
    assert again.text == page.text
    assert again.turns == page.turns


@pytest.mark.parametrize("distinct", [False, True])
def test_the_text_is_searched_for_a_bounded_number_of_names(monkeypatch, distinct):
    """Thousands of labels cost thousands of steps, not thousands of searches of the text: the
    number of text searches for names stays bounded (work compared, not time)."""
    import pipeline.ingest.speakers as speakers

    searches = []
    original = speakers._words_before

    def counting(surname, text):
        searches.append(surname)
        return original(surname, text)

    monkeypatch.setattr(speakers, "_words_before", counting)
    counts = []
    for n in (2_000, 4_000):
        searches.clear()
        names = [f"Speaker{i if distinct else 0}" for i in range(n)]
        text = "\n\n".join(f"Mr {name}: We spent $5 billion." for name in names)
        speech = _speech(text)
        assert len(speech.paragraphs) == n
        counts.append(len(searches))
    assert counts[0] == counts[1] <= 2 * 100
