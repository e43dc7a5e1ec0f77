"""Issue 16af: a Russian region as a figure's scope when the page names it and the sentence
does not (invented sentences; the regions are real names, the people invented)."""

import pytest

import pipeline
from pipeline.nlp.rules import installed_rules
from pipeline.nlp.scope import head_region, page_region
from pipeline.speech import Speech, Turn

RULES = installed_rules()

GOVERNOR_PAGE = "Working meeting with Tomsk Region Governor Ivan Lakin"


def facts_of(paragraphs, title, turns=None):
    speech = Speech(
        doc_id="16af",
        source="<test>",
        paragraphs=paragraphs,
        title=title,
        date="2021-06-01",
        turns=turns or [],
    )
    return {f["text"]: f for f in pipeline.extract_facts(speech) if f["type"] != "event"}


def in_a_governors_turn(text, label="Governor of the Tomsk Region Ivan Lakin", title=None):
    paragraphs = [text]
    turns = [Turn(0, len(text), "Ivan Lakin", label)]
    return facts_of(paragraphs, title or "Meeting with the governor", turns)


@pytest.mark.parametrize(
    ("title", "labels", "expected"),
    [
        (GOVERNOR_PAGE, [], "RU-TOM"),
        ("Meeting with Head of Tatarstan Ilya Marov", [], "RU-TA"),
        ("Working meeting with Head of Tuva Republic Ilya Marov", [], "RU-TY"),  # sub80
        ("Working meeting", ["Governor of the Kursk Region Oleg Petrov"], "RU-KRS"),
        ("Meeting on the economy", [], None),
        ("Meeting with governors of the Tomsk and Kursk regions", [], None),
        ("Talks with the Kazakh delegation in the Omsk Region", [], None),  # a foreign country
    ],
)
def test_page_region(title, labels, expected):
    assert page_region(RULES, title, labels) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Governor of the Tomsk Region", "RU-TOM"),
        ("Acting Head of the Republic of Tatarstan", "RU-TA"),
        ("Ivanovo Region Governor", "RU-IVA"),  # sub80: the stem with "-o", name first
        ("Governor of the Krasnodar Region", "RU-KDA"),  # sub80: a kray called a "Region"
        ("Minister of Agriculture", None),
        ("Director of the Tomsk Region museum", None),  # no head's word
        ("", None),
    ],
)
def test_head_region(label, expected):
    assert head_region(RULES, label) == expected


@pytest.mark.parametrize(
    ("text", "figure", "title", "scope"),
    [
        # "the region" / "the republic" / "our region" where a region's name would be read
        (
            "Timber output in the region went up by 29 percent.",
            "29 percent",
            GOVERNOR_PAGE,
            "RU-TOM",
        ),
        (
            "The region's industrial output grew by 12 percent.",
            "12 percent",
            GOVERNOR_PAGE,
            "RU-TOM",
        ),
        (
            "Tourist arrivals grew by 20 percent in the republic this year.",
            "20 percent",
            "Meeting on tourism in Tatarstan",
            "RU-TA",
        ),
        (
            "In our region, retail trade rose by 7 percent.",
            "7 percent",
            "Meeting with Kursk Region Governor Oleg Petrov",
            "RU-KRS",
        ),
        # must not: no region on the page, or the region of another phrase
        (
            "The region's industrial output grew by 12 percent.",
            "12 percent",
            "Plenary session",
            None,
        ),
        (
            "The region of the Great Lakes saw industrial output grow by 12 percent.",
            "12 percent",
            "Meeting on tourism in Tatarstan",
            None,
        ),
    ],
)
def test_a_region_anaphor_is_the_pages_region(text, figure, title, scope):
    assert facts_of([text], title)[figure]["scope"] == scope


def test_anaphor_rule_changes_the_result():
    text = "The region's industrial output grew by 12 percent."
    assert facts_of([text], "Plenary session")["12 percent"]["scope"] is None
    assert facts_of([text], GOVERNOR_PAGE)["12 percent"]["scope"] == "RU-TOM"


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a governor's own figures, the sentence naming no place, or only his region
        ("Agricultural production grew by 5 percent last year.", "5 percent", "RU-TOM"),
        ("Gross regional product rose to 900 billion rubles.", "900 billion rubles", "RU-TOM"),
        ("Real incomes in the Tomsk Region rose by 3 percent.", "3 percent", "RU-TOM"),
        ("Regional GDP grew by 2 percent.", "2 percent", "RU-TOM"),
        # must not: a national figure, another place, a company's own
        ("Industrial output in the country grew by 4 percent.", "4 percent", None),
        ("Nationwide, agricultural production grew by 5 percent.", "5 percent", None),
        ("Agricultural production in Kazakhstan grew by 5 percent.", "5 percent", "KZ"),
        ("Agricultural production in Northland grew by 5 percent.", "5 percent", None),
        ("The plant doubled its output and its revenue grew by 9 percent.", "9 percent", None),
    ],
)
def test_a_region_heads_figure_is_the_regions(text, figure, scope):
    assert in_a_governors_turn(text)[figure]["scope"] == scope


def test_a_speaker_who_heads_no_region_gives_no_scope():
    text = "Agricultural production grew by 5 percent last year."
    assert in_a_governors_turn(text)["5 percent"]["scope"] == "RU-TOM"
    minister = in_a_governors_turn(text, label="Minister of Agriculture Ivan Lakin")
    assert minister["5 percent"]["scope"] is None


@pytest.mark.parametrize(
    ("label", "scope"),
    [
        ("Ivanovo Region Governor Ivan Lakin", "RU-IVA"),
        ("Governor of the Krasnodar Region Ivan Lakin", "RU-KDA"),
        ("Governor of the Kemerovo Region Ivan Lakin", "RU-KEM"),
    ],
)
def test_a_head_of_a_region_spelled_as_older_pages_do(label, scope):
    """sub80: a region's head whose label spells the region with the "-o" stem or calls a
    kray a "Region" gives his figures the region's scope, as "Tomsk Region" did before."""
    text = "The number of mortgages grew by 30 percent this year."
    assert in_a_governors_turn(text, label=label)["30 percent"]["scope"] == scope


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Industrial output in the Krasnodar Region grew by 15 percent.", "RU-KDA"),
        ("The Ivanovo Region's retail sales grew by 15 percent.", "RU-IVA"),
        ("Industrial output in the Ivanovo plant grew by 15 percent.", None),  # no region
    ],
)
def test_a_region_spelled_as_older_pages_do_in_the_sentence(text, scope):
    """sub80: the sentence's own region, in the spellings the gazetteer missed."""
    assert facts_of([text], "Meeting on the economy")["15 percent"]["scope"] == scope


def test_narration_on_a_governors_page():
    """Outside any turn, a page about a meeting with a region's head reports his figures; a
    page about no region does not."""
    text = "The governor reported that agricultural production grew by 5 percent."
    assert facts_of([text], GOVERNOR_PAGE)["5 percent"]["scope"] == "RU-TOM"
    assert facts_of([text], "Meeting on agriculture")["5 percent"]["scope"] is None
    national = "The governor noted that federal spending grew by 5 percent."
    assert facts_of([national], GOVERNOR_PAGE)["5 percent"]["scope"] is None


def test_narration_on_a_tuva_heads_page():
    """sub80: a page about a meeting with the head of Tuva (pycountry spells it "Tyva")
    reports his region's figures."""
    text = "The head of the republic reported that agricultural production grew by 3 percent."
    title = "Working meeting with Head of Tuva Republic Ilya Marov"
    assert facts_of([text], title)["3 percent"]["scope"] == "RU-TY"


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # the country of a currency is no place the figure is about
        (
            "The average wage rose to 41,000 rubles (about 600 US dollars).",
            "41,000 rubles",
            "RU-TOM",
        ),
        ("The average wage rose to 41,000 rubles, or 550 euros.", "41,000 rubles", "RU-TOM"),
        (
            "Gross regional product reached 5 billion Russian rubles.",
            "5 billion Russian rubles",
            "RU-TOM",
        ),
        ("Our exports reached $90 million (6 billion Russian rubles).", "$90 million", None),
        # a place outside the figures still counts
        ("The average wage in Mongolia rose to 900 US dollars.", "900 US dollars", "MN"),
    ],
)
def test_a_currency_names_no_place(text, figure, scope):
    assert in_a_governors_turn(text)[figure]["scope"] == scope


@pytest.mark.parametrize(
    ("text", "figure", "blanked"),
    [
        ("It cost 700 US dollars in Peru.", "700 US dollars", "It cost 700    dollars in Peru."),
        ("It cost 7 Hong Kong dollars.", "7 Hong Kong dollars", "It cost 7           dollars."),
        ("Trade with China: 5 billion rubles.", "5 billion rubles", None),
    ],
)
def test_currency_places_blanked(text, figure, blanked):
    import spacy

    from pipeline.nlp.scope import currency_places_blanked

    doc = spacy.blank("en")(text)
    span = doc.char_span(text.index(figure), text.index(figure) + len(figure), label="money")
    assert currency_places_blanked(RULES, text, [span]) == (blanked or text)
    span.label_ = "percentage"  # only a money figure's words are a currency's
    assert currency_places_blanked(RULES, text, [span]) == text
