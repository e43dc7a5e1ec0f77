import pytest

from pipeline.ingest.speakers import find_label, speaker_from_label


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("President of Russia Vladimir Putin", "Vladimir Putin"),
        ("President of Uganda Yoweri Museveni (retranslated)", "Yoweri Museveni"),
        ("Head of the Russian Science Foundation Alexander Khlunov", "Alexander Khlunov"),
        ("Deputy Prime Minister Dmitry Kozak", "Dmitry Kozak"),
        ("Vladimir Putin", "Vladimir Putin"),
        ("Question", "Question"),
        ("Remark", "Remark"),
        ("Reply", "Reply"),
        ("Question (retranslated)", "Question"),
        ("Question from Perm Territory", "Question"),
        ("Prime Minister Dmitry Anatolyevich Medvedev", "Dmitry Anatolyevich Medvedev"),
        ("Recep Tayyip Erdogan (retranslated)", "Recep Tayyip Erdogan"),
        ("Federal President Alexander Van der Bellen", "Alexander Van der Bellen"),
        ("Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),
        ("King Abdullah II of Jordan", "Abdullah II"),
        ("Patriarch Kirill of Moscow and All Russia", "Kirill"),
    ],
)
def test_speaker_from_label(label, speaker):
    assert speaker_from_label(label) == speaker


def test_name_hint_wins():
    label = "President of Turkey Recep Tayyip Erdogan (retranslated)"
    assert speaker_from_label(label, "Recep Tayyip Erdogan") == "Recep Tayyip Erdogan"


def test_empty_label():
    assert speaker_from_label("  ") is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Vladimir Putin: Good afternoon.", "Vladimir Putin"),
        ("President of Russia Vladimir Putin: Colleagues,", "President of Russia Vladimir Putin"),
        ("Yoweri Museveni (retranslated): Thank you.", "Yoweri Museveni (retranslated)"),
        ("Question: What about prices?", "Question"),
        ("Vladimir Putin:", "Vladimir Putin"),
    ],
)
def test_find_label(text, label):
    found = find_label(text)
    assert found is not None
    assert found[0] == label
    assert text[found[1] - 1] == ":"


@pytest.mark.parametrize(
    "text",
    [
        "He said: we will do it.",
        "There are three points: first, second and third.",
        "The meeting began at 10:30 in the Kremlin.",
        "Putin confirmed that the results of 2019 were certainly positive:",
        "No colon in this paragraph at all.",
        "Moscow, December 11: the talks began.",
    ],
)
def test_find_label_rejects_sentences(text):
    assert find_label(text) is None


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Speaker of the Moscow City Duma Vladimir Platonov", "Vladimir Platonov"),
        ("Journalist Mikhail Leontyev", "Mikhail Leontyev"),
        ("Cosmonaut Pavel Vinogradov", "Pavel Vinogradov"),
    ],
)
def test_occupation_words_are_titles(label, speaker):
    assert speaker_from_label(label) == speaker


def test_regnal_hint_is_reduced():
    assert speaker_from_label("King Abdullah II of Jordan", "King Abdullah II of Jordan") == (
        "Abdullah II"
    )
