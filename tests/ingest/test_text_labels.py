"""Speaker labels in text formats (plain text, JSON, CSV) that a page's bold labels also take:
a title with commas, a lower-case title word first, a long title; and bold labels at least as
lenient as text ones. Sentences and greetings with commas stay text."""

import pytest

from pipeline.ingest.speakers import find_label

_LONG = (
    "Head of the Department of Rivers and Lakes at the Northern Institute of Water and Forest "
    "Studies of the Eastport Academy Ivan Petrov"
)  # 22 words


@pytest.mark.parametrize(
    ("label", "name_end"),
    [
        ("Minister of Roads, Bridges and Tunnels Ivan Petrov", "Ivan Petrov"),
        ("Housing, Roads and Bridges Minister Ivan Petrov", "Ivan Petrov"),
        ("Adviser to the President, Chairman of the Pine Council Ivan Petrov", "Ivan Petrov"),
        ("Lake Council Secretary, moderator Anna Berg", "Anna Berg"),
        ("chairman of the Board of Eastport Bank Ivan Petrov", "Ivan Petrov"),
        ("governor of the Pine Region Anna Berg", "Anna Berg"),
        (_LONG, "Ivan Petrov"),
    ],
)
def test_a_title_typed_as_text_is_a_label(label, name_end):
    found = find_label(f"{label}: Good afternoon, colleagues.")
    assert found is not None
    assert found[0] == label and found[0].endswith(name_end)


@pytest.mark.parametrize(
    "text",
    [
        "Before the talks, the President saw the exhibition Lake Art: Dreams of Water opened.",
        "In Lakeland, the Governor met Ivan Petrov: He was glad.",
        "Speaking to reporters, the minister thanked Ivan Petrov: We agreed.",
        "Dear Mr President, Anna Berg: Hello.",
        "Colleagues, Ivan Petrov: Please go ahead.",
        "Moreover, Ivan Petrov: Good.",
        "Finally, Minister Ivan Petrov: Please.",
        "Plenary session moderator, TV presenter Anna Berg: Good evening.",
        "chairman of the board said the plan works: We agreed.",
        "minister of roads: We agreed.",
        f"{_LONG.replace(' Ivan Petrov', ' and the Pine Institute')}: Hello.",
    ],
)
def test_sentences_and_greetings_stay_text(text):
    assert find_label(text) is None


@pytest.mark.parametrize(
    "label",
    [
        "President of the Pine association of small and medium-sized businesses Ivan Petrov",
        "Chairman of the Lake union of river and lake fishermen Anna Berg",
    ],
)
def test_a_bold_label_takes_what_a_text_label_may_be(label):
    # fewer than half its words capitalised: the bold rule alone would refuse it
    assert find_label(f"{label}: Thank you.") is not None
    assert find_label(f"{label}: Thank you.", strict=False) is not None
