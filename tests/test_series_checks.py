"""Where a figure goes among the series (pipeline.series_checks, models/rules/series.json): span,
hypothetical effects, whose figure it is, level or change. Every sentence here is invented."""

import pytest

from pipeline import series_checks as checks
from pipeline.series import DocumentInfo, build_series, place

RULES = checks.series_rules()


def at(sentence: str, figure: str) -> tuple[int, int]:
    where = checks.figure_at(sentence, figure)
    assert where is not None, figure
    return where


@pytest.mark.parametrize(
    ("sentence", "figure", "span"),
    [
        ("Exports grew by 12 percent last year.", "12 percent", "year"),
        ("Exports grew by 12 percent.", "12 percent", "year"),  # no time phrase
        ("In 2015 the output of the mills rose by 4 percent.", "4 percent", "year"),
        ("In the second quarter of 2014, output rose by 4 percent.", "4 percent", "part"),
        ("Output rose by 6 percent over the first eight months of 2019.", "6 percent", "part"),
        ("Sales were up 9 percent in March, the ministry said.", "9 percent", "part"),
        ("From February to August 2011, sales rose by 9 percent.", "9 percent", "part"),
        ("Sales rose 9 percent in February-August.", "9 percent", "part"),
        ("Between March 3 and March 9 prices rose by 0.2 percent.", "0.2 percent", "part"),
        ("Prices rose by 0.2 percent in a week.", "0.2 percent", "part"),
        ("Prices have risen by 3 percent since the start of the year.", "3 percent", "part"),
        ("Over the past 12 months (June-on-June), prices rose by 6 percent.", "6 percent", "year"),
        ("The rate was 6 percent as of April 1.", "6 percent", "year"),  # a day: a point in time
        ("The allowance rises to 9,000 rubles starting March 1.", "9,000 rubles", "year"),
        ("The rules of the May 2015 decree set it at 6 percent.", "6 percent", "year"),
        ("Output has doubled by 100 percent since 1999.", "100 percent", "years"),
        ("From 2005 to 2015, output grew by 40 percent.", "40 percent", "years"),
        ("Over the past ten years output grew by 40 percent.", "40 percent", "years"),
        ("Output is up by 40 percent in five years.", "40 percent", "years"),
        ("Wages rose by 7 percent, the highest since 2008.", "7 percent", "year"),
        ("Wages rose by 7 percent, a record since 2008.", "7 percent", "year"),
        # a clause break: the other stretch's phrase is the other figure's
        ("Sales rose 5 percent last year, and 8 percent in the first half.", "5 percent", "year"),
        ("Sales rose 5 percent last year, and 8 percent in the first half.", "8 percent", "part"),
        ("In 2012 it rose by 6% and in the first four months of 2013 by 2%.", "6%", "year"),
        ("In 2012 it rose by 6% and in the first four months of 2013 by 2%.", "2%", "part"),
        ("Last year sales rose 5 percent, whereas in January they fell.", "5 percent", "year"),
        # a fraction is no time: "three quarters of" without a year (issue 16l)
        ("Three quarters of the funds, 4 billion rubles, came in.", "4 billion rubles", "year"),
        ("In the first three quarters of 2015 sales rose 4 percent.", "4 percent", "part"),
        ("Over three quarters of this year sales rose 4 percent.", "4 percent", "part"),
        ("Sales rose 4 percent in the third quarter.", "4 percent", "part"),
        # "since" and a few words before a year: a span from that time (issue 16l)
        ("Since the summer of 2009, trade rose by 40 percent.", "40 percent", "years"),
        ("Since his visit to Moscow in 2012 sales rose by 50 percent.", "50 percent", "years"),
        ("Since the end of 2016, prices have risen by 3 percent.", "3 percent", "part"),
        ("Since in 2012 sales fell by 3 percent, we cut costs.", "3 percent", "year"),  # cause
        ("Sales rose 7 percent, the highest since the spring of 2008.", "7 percent", "year"),
        ("Since last year in 2015 sales rose by 4 percent.", "4 percent", "year"),
    ],
)
def test_span(sentence, figure, span):
    assert checks.span_of(RULES, sentence, *at(sentence, figure), doc_year=2016) == span


@pytest.mark.parametrize(
    ("sentence", "figure", "doc_date", "so_far"),
    [
        ("Our exports have grown by 12 percent this year.", "12 percent", "2018-09-08", True),
        ("This year sales have quickly grown by 15 percent.", "15 percent", "2017-10-12", True),
        ("This year exports rose 9 percent.", "9 percent", "2017-04-01", True),
        ("Sales reached $4 billion this year.", "$4 billion", "2015-06-30", True),
        ("Exports will grow by 12 percent this year.", "12 percent", "2018-09-08", False),
        ("We expect trade to have grown 5 percent this year.", "5 percent", "2018-03-01", False),
        (
            "This year it has decided to raise spending by $40 billion.",
            "$40 billion",
            "2017-03-30",
            False,
        ),
        (
            "Exports have grown by 12 percent this year.",
            "12 percent",
            "2017-12-20",
            False,
        ),  # December
        ("Trade grew by 20 percent last year.", "20 percent", "2018-09-08", False),
        (
            "In the first quarter of this year trade grew 5 percent.",
            "5 percent",
            "2018-09-08",
            False,
        ),
        ("Exports have grown by 12 percent this year.", "12 percent", None, False),
    ],
)
def test_year_so_far(sentence, figure, doc_date, so_far):
    assert checks.year_so_far(RULES, sentence, *at(sentence, figure), doc_date) is so_far


@pytest.mark.parametrize(
    ("doc_year", "span"),
    [(2016, "years"), (2010, "part")],  # "since 2010", said in 2010
)
def test_span_since_the_documents_year_is_the_year_so_far(doc_year, span):
    sentence = "Sales have grown by 8 percent since 2010."
    assert checks.span_of(RULES, sentence, *at(sentence, "8 percent"), doc_year) == span


@pytest.mark.parametrize(
    ("sentence", "figure", "hypothetical"),
    [
        ("Joining the pact would raise its output by 2 percent.", "2 percent", True),
        ("If the plant opens, it will mean 4 percent more output.", "4 percent", True),
        ("The new bridge will account for 0.2 percent of growth.", "0.2 percent", True),
        ("The potential gain is 3 percent of output.", "3 percent", True),
        ("Unless prices fall, output shrinks by 1 percent.", "1 percent", True),
        ("Output grew by 2 percent last year.", "2 percent", False),
        ("We want output to grow by 3 percent next year.", "3 percent", False),  # a goal
        ("Output could reach 3 percent growth this year.", "3 percent", False),  # a forecast
        ("I would like to say that output grew by 2 percent.", "2 percent", False),
        ("If you look at the figures, output grew by 2 percent.", "2 percent", False),
        ("Even if we subtract the 4 percent of prices, pay rose.", "4 percent", False),
        ("If output in 2010 was 3 percent, last year it was 1 percent.", "3 percent", False),
        ("Given the 2 percent fall in pay, if you qualify, you get aid.", "2 percent", False),
        ("If our sales amount to $9 billion, theirs are $5 billion.", "$9 billion", False),
        ("He said that sales would reach $3 billion that year.", "$3 billion", False),
        ("It fails to reflect our potential: sales are $5 billion.", "$5 billion", False),
        ("Sales reached, if I am correct, $5 billion.", "$5 billion", False),
        ("He said that, if the plant opens, sales would reach $3 billion.", "$3 billion", True),
        # "could have" / "might have": what could have been, not what was (issue 16l)
        ("The bank could have lowered the rate to 6 percent in March.", "6 percent", True),
        ("Sales might have grown by 4 percent, experts say.", "4 percent", True),
        ("Sales could grow by 4 percent next year.", "4 percent", False),  # a forecast
        ("We have grown by 4 percent, as you could see.", "4 percent", False),
    ],
)
def test_hypothetical(sentence, figure, hypothetical):
    assert checks.is_hypothetical(RULES, sentence, *at(sentence, figure)) is hypothetical


@pytest.mark.parametrize(
    ("sentence", "figure", "so_far"),
    [
        ("Household incomes have risen by 2.7 percent.", "2.7 percent", True),
        ("Industrial production has increased by 2.3 percent.", "2.3 percent", True),
        ("Wages have gone up, and farm output has grown by 4 percent.", "4 percent", True),
        ("Unemployment has fallen by 7 percent – almost 7 percent.", "7 percent", True),
        # a time phrase or a year of its own decides (year_so_far, span_of)
        ("Household incomes have risen by 2.7 percent this year.", "2.7 percent", False),
        ("Household incomes have risen by 2.7 percent since 2015.", "2.7 percent", False),
        ("In 2016, household incomes have risen by 2.7 percent.", "2.7 percent", False),
        ("Household incomes have risen by 2.7 percent over five years.", "2.7 percent", False),
        # past simple, a present level, a forecast, another clause's verb
        ("Household incomes rose by 2.7 percent.", "2.7 percent", False),
        ("Economic growth is 1.3 percent.", "1.3 percent", False),
        ("We expect that incomes will have risen by 3 percent.", "3 percent", False),
        ("Wages have risen; prices fell by 2 percent.", "2 percent", False),
    ],
)
def test_unmarked_so_far(sentence, figure, so_far):
    assert checks.unmarked_so_far(RULES, sentence, *at(sentence, figure), "2018-06-07") is so_far


@pytest.mark.parametrize(
    ("doc_date", "so_far"),
    [
        ("2018-06-07", True),
        ("2018-10-04", True),
        ("2018-12-20", True),  # the year's figure is not out before it ends
        ("2018-02-28", False),  # early in a year: the year before's whole figure
        ("2018-04-14", False),
        (None, False),
    ],
)
def test_unmarked_so_far_needs_the_year_under_way(doc_date, so_far):
    sentence = "Household incomes have risen by 2.7 percent."
    assert checks.unmarked_so_far(RULES, sentence, *at(sentence, "2.7 percent"), doc_date) is so_far


@pytest.mark.parametrize(
    ("sentence", "figure", "local"),
    [
        ("Some regions show output growth of 9 percent.", "9 percent", True),
        ("The district economy grew by 6 percent.", "6 percent", True),
        ("Output has risen by 30 percent there.", "30 percent", True),
        ("Their total debt is 5 billion rubles.", "5 billion rubles", True),
        ("At the mill the company runs, the average wage is 50,000 rubles.", "50,000 rubles", True),
        # one household's: a caller's own loan or pension
        ("We also pay a 14 percent mortgage rate that we took out years ago.", "14 percent", True),
        ("My pension is 14,000 rubles.", "14,000 rubles", True),
        ("Our family gets a 9 percent rate on the loan.", "9 percent", True),
        ("Mortgages taken out in May carried a rate of 9 percent.", "9 percent", False),
        ("People took out loans at 11 percent.", "11 percent", False),
        ("As I said in my address, incomes grew by 2 percent.", "2 percent", False),
        ("There was a 3 percent drop in output.", "3 percent", False),  # existential "there"
        ("Output grew by 3 percent last year.", "3 percent", False),
        # a region in another stretch is another figure's
        ("Output grew by 3 percent, and some regions did better.", "3 percent", False),
    ],
)
def test_local_words(sentence, figure, local):
    assert checks.has_local_word(RULES, sentence, *at(sentence, figure)) is local


@pytest.mark.parametrize(
    ("sentence", "figure", "owner"),
    [
        ("Mongolia's GDP grew by 5 percent last year.", "5 percent", "MN"),
        ("Peru has fine prospects: 4 percent GDP growth.", "4 percent", "PE"),
        ("The US defence budget is over $600 billion.", "$600 billion", "US"),
        ("Chile's GDP grew by 2 percent and industrial output by 3 percent.", "3 percent", "CL"),
        # ours, or the home country's, or two countries: no foreign owner
        ("Unlike Peru, our GDP grew by 2 percent.", "2 percent", None),
        ("Russia's GDP grew by 2 percent, as did Peru's.", "2 percent", None),
        ("Peru and Chile saw 3 percent growth.", "3 percent", None),
        ("GDP grew by 2 percent.", "2 percent", None),
        ("GDP grew by 2 percent, and Peru grew too.", "2 percent", None),  # another stretch
        ("The world economy grew by 3 percent.", "3 percent", None),  # "world": no owner
    ],
)
def test_named_owner(sentence, figure, owner):
    assert checks.named_owner(RULES, sentence, *at(sentence, figure)) == owner


@pytest.mark.parametrize(
    ("label", "name", "country"),
    [
        ("President of Mongolia Batu Dorj", "Batu Dorj", "MN"),
        ("Prime Minister of the Republic of Peru Ana Ruiz", "Ana Ruiz", "PE"),
        ("President of Russia Ivan Petrov", "Ivan Petrov", None),
        ("Minister of Finance Ivan Petrov", "Ivan Petrov", None),
        ("Bank CEO German Ivanov", "German Ivanov", None),  # a name is no place
        ("Ambassador of Chile to Peru Juan Soto", "Juan Soto", None),  # two countries
        (None, None, None),
    ],
)
def test_speaker_country(label, name, country):
    assert checks.speaker_country(label, name) == country


@pytest.mark.parametrize(
    ("label", "local"),
    [
        ("Governor of Tver Region Ivan Petrov", True),
        ("Steelworks CEO Ivan Petrov", True),
        ("Chairman of the Board of Ural Mills Ivan Petrov", True),
        ("Minister of Finance Ivan Petrov", False),
        ("Central Bank Governor Ivan Petrov", False),  # a national post
        ("Governor of the Central Bank Ivan Petrov", False),
        (None, False),
    ],
)
def test_local_speaker(label, local):
    assert checks.is_local_speaker(RULES, label) is local


@pytest.mark.parametrize(
    ("title", "local"),
    [
        ("Meeting on socioeconomic development of Altai", True),
        ("Meeting on socioeconomic development of Russia", False),
        ("Meeting on socioeconomic development of Peru and Chile", False),
        ("Meeting on economic issues", False),
    ],
)
def test_local_title(title, local):
    assert checks.title_is_local(RULES, title) is local


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "change", "subject", "read"),
    [
        # a level reached after "to"
        ("We must lower loan rates to 7 percent.", "7 percent", "percent", "decrease", "", None),
        ("They cut the rate to below 5 percent.", "5 percent", "percent", "decrease", "", None),
        # the level of a change is a change
        (
            "Output growth came to 3 percent.",
            "3 percent",
            "percent",
            "increase",
            "output growth",
            "increase",
        ),
        ("Output rose by 3 percent.", "3 percent", "percent", "increase", "", "increase"),
        # a sum of money after "increased by" is the size of a change
        ("Trade increased by $2 billion.", "$2 billion", "USD", None, "", "increase"),
        ("Trade fell by almost $2 billion.", "$2 billion", "USD", None, "", "decrease"),
        ("They raised spending by $4 or $6 billion.", "$6 billion", "USD", None, "", "increase"),
        ("Trade reached $2 billion.", "$2 billion", "USD", None, "", None),
        ("The plan was backed by $2 billion.", "$2 billion", "USD", None, "", None),
        # a level passed: "exceeded 5 percent" (issue 16l)
        (
            "The inflation rate exceeded 5 percent.",
            "exceeded 5 percent",
            "percent",
            "increase",
            "inflation rate",
            None,
        ),
        ("Unemployment topped almost 6 percent.", "6 percent", "percent", "increase", "", None),
        (
            "Growth exceeded 3 percent.",
            "exceeded 3 percent",
            "percent",
            "increase",
            "growth",
            "increase",
        ),
        (
            "Exports exceeded the plan by 5 percent.",
            "5 percent",
            "percent",
            "increase",
            "",
            "increase",
        ),
    ],
)
def test_measure_of(sentence, figure, unit, change, subject, read):
    fact = {
        "type": "percentage" if unit == "percent" else "money",
        "unit": unit,
        "change": change,
        "subject": subject,
    }
    assert checks.measure_of(RULES, fact, sentence, *at(sentence, figure)) == read


@pytest.mark.parametrize(
    ("sentence", "text", "occurrence", "where"),
    [
        ("It rose 5 percent, then 5 percent again.", "5 percent", 0, (8, 17)),
        ("It rose 5 percent, then 5 percent again.", "5 percent", 1, (24, 33)),
        ("It rose 5 percent.", "6 percent", 0, None),
        ("It rose 5 percent.", "", 0, None),
    ],
)
def test_figure_at(sentence, text, occurrence, where):
    assert checks.figure_at(sentence, text, occurrence) == where


@pytest.mark.parametrize(
    ("before", "sentence", "span"),
    [
        ("The minister spoke about the first two months.", "Output rose by 5 percent.", "part"),
        ("We looked at the first quarter.", "Sales fell 2 percent.", "part"),
        ("Three quarters of the funds come from members.", "Loans reached $2 billion.", None),
        ("Since 2009 much has changed.", "Output is up 40 percent.", "years"),
        # the sentence has a phrase of its own
        ("We looked at the first quarter.", "Last year sales fell 2 percent.", None),
        # the sentence before has a figure of its own: its phrase is that figure's
        ("In the first quarter, prices rose 2 percent.", "Sales fell 3 percent.", None),
        # a month dates an event
        ("They met in September 2012 in Sochi.", "Trade has reached $1.5 billion.", None),
        # a whole year, or spans of two kinds
        ("This year was difficult.", "Sales fell 3 percent.", None),
        ("Over the first quarter and since 2010 we grew.", "Sales fell 3 percent.", None),
        (None, "Sales fell 3 percent.", None),
    ],
)
def test_frame_span(before, sentence, span):
    assert checks.frame_span(RULES, sentence, before, doc_year=2016) == span


@pytest.mark.parametrize(
    ("text", "sentence", "before"),
    [
        (
            "We met. Mr. Ivanov spoke of March. Sales fell 3 percent.",
            "Sales fell 3 percent.",
            "Mr. Ivanov spoke of March.",
        ),
        ("We met.\nSales fell 3 percent.", "Sales fell 3 percent.", None),  # opens a paragraph
        ("Sales fell 3 percent.", "Sales fell 3 percent.", None),
        ("We met. Sales fell 3 percent.", "Sales fell 4 percent.", None),  # not the sentence
    ],
)
def test_sentence_before(text, sentence, before):
    at = text.find(sentence) if sentence in text else 8
    start = sentence.find("3") if "3" in sentence else sentence.find("4")
    assert checks.sentence_before(text, sentence, at + start, start) == before


@pytest.mark.parametrize(
    ("key", "subject", "unqualified"),
    [
        ("public debt", "debt", True),
        ("public debt", "the debt", True),
        ("public debt", "public debt", False),
        ("public debt", "national debt", False),
        ("public debt", "state debt", False),
        ("public debt", "Government debt", False),
        ("gdp", "gdp", False),  # not a key of `qualified_keys`
    ],
)
def test_unqualified(key, subject, unqualified):
    assert checks.unqualified(RULES, key, subject) is unqualified


@pytest.mark.parametrize(
    ("subject", "own"),
    [
        ("Armenia’s trade", True),
        ("Armenia's trade turnover", True),
        ("Armenia’s trade with Russia", False),
        ("Armenia’s bilateral trade", False),
        ("Armenia’s and Kyrgyzstan’s trade", False),
        ("Russia’s trade", False),  # the home country's
        ("trade", False),
        ("our trade", False),
    ],
)
def test_own_trade(subject, own):
    assert checks.own_trade(RULES, subject) is own


# --- the series built with them -----------------------------------------------------------------


def fact(sentence, text, value, key="gdp", unit="percent", change="increase", **kw):
    record = {
        "type": "money" if unit != "percent" else "percentage",
        "fact_id": f"f{value}{kw.get('doc_id', 'd1')}{kw.get('speaker', '')}",
        "doc_id": "d1",
        "doc_date": "2017-05-01",
        "value": value,
        "high": None,
        "unit": unit,
        "qualifier": "exact",
        "change": change,
        "period": 2016,
        "per": None,
        "subject": key,
        "subject_key": key,
        "scope": None,
        "speaker": "Ivan Petrov",
        "sentence": sentence,
        "text": text,
    }
    record.update(kw)
    return record


PETROV = {"Ivan Petrov": "President of Russia Ivan Petrov"}
DORJ = {"Batu Dorj": "President of Mongolia Batu Dorj"}


@pytest.mark.parametrize(
    ("record", "labels", "key", "span", "left_out"),
    [
        (fact("GDP grew by 2 percent last year.", "2 percent", 2.0), PETROV, None, "year", None),
        (
            fact("GDP grew by 2 percent in the first quarter.", "2 percent", 2.0),
            PETROV,
            None,
            "part",
            None,
        ),
        # a foreign leader's "our economy": his country's
        (
            fact("Our economy grew by 6 percent last year.", "6 percent", 6.0, speaker="Batu Dorj"),
            DORJ,
            "MN",
            "year",
            None,
        ),
        # another country named as the owner
        (fact("Peru's GDP grew by 4 percent.", "4 percent", 4.0), PETROV, "PE", "year", None),
        (
            fact("Joining would lift GDP by 1 percent.", "1 percent", 1.0),
            PETROV,
            None,
            None,
            "hypothetical",
        ),
        (
            fact("Some regions show GDP growth of 9 percent.", "9 percent", 9.0),
            PETROV,
            None,
            None,
            "local",
        ),
        # a foreign speaker's trade "between our countries" with a third country: whose?
        (
            fact(
                "Trade between our countries rose by 9 percent.",
                "9 percent",
                9.0,
                key="trade",
                scope="DE",
                speaker="Batu Dorj",
            ),
            DORJ,
            "DE",
            None,
            "partner",
        ),
        # the partner the subject names, not the document's counterpart
        (
            fact(
                "Our trade with the EU rose by 9 percent.",
                "9 percent",
                9.0,
                key="trade",
                scope="DE",
                subject="trade with the EU",
            ),
            PETROV,
            "EU",
            "year",
            None,
        ),
        (
            fact(
                "Russian-German trade rose by 9 percent.",
                "9 percent",
                9.0,
                key="trade",
                scope="DE",
                subject="Russian-German trade",
            ),
            PETROV,
            "DE",
            "year",
            None,
        ),
        # his trade with the document's counterpart, his own country: kept
        (
            fact(
                "Our trade rose by 9 percent.",
                "9 percent",
                9.0,
                key="trade",
                scope="MN",
                speaker="Batu Dorj",
            ),
            DORJ,
            "MN",
            "year",
            None,
        ),
        # issue 16l: the year so far, a bare "debt", a country's own trade
        (
            fact(
                "Exports have grown by 12 percent this year.",
                "12 percent",
                12.0,
                key="trade",
                scope="MN",
            ),
            PETROV,
            "MN",
            "part",
            None,
        ),
        (
            fact(
                "Exports have reached $4 billion this year.",
                "$4 billion",
                4e9,
                unit="USD",
                change=None,
            ),
            PETROV,
            None,
            "part",
            None,
        ),
        # a rate said this year is a rate, not a sum of the months so far
        (
            fact("Inflation has reached 4 percent this year.", "4 percent", 4.0, change=None),
            PETROV,
            None,
            "year",
            None,
        ),
        (
            fact(
                "The debt amounted to $100 million.",
                "$100 million",
                1e8,
                key="public debt",
                unit="USD",
                change=None,
                subject="debt",
            ),
            PETROV,
            None,
            "year",
            "unqualified",
        ),
        # a change told in the present perfect with no time phrase: so far, not the year's
        (
            fact("Household incomes have risen by 2.7 percent.", "2.7 percent", 2.7),
            PETROV,
            None,
            "part",
            None,
        ),
        (
            fact("Household incomes rose by 2.7 percent.", "2.7 percent", 2.7),
            PETROV,
            None,
            "year",
            None,
        ),
        (
            fact(
                "Household incomes have risen by 2.7 percent.",
                "2.7 percent",
                2.7,
                doc_date="2017-02-28",
            ),
            PETROV,
            None,
            "year",
            None,
        ),
        # a level reached is no change: it stays the year's
        (
            fact(
                "The key rate has fallen to 7 percent.",
                "7 percent",
                7.0,
                key="key rate",
                change="decrease",
            ),
            PETROV,
            None,
            "year",
            None,
        ),
        (
            fact(
                "We pay a 14 percent mortgage rate that we took out years ago.",
                "14 percent",
                13.0,
                key="mortgage rate",
                change=None,
            ),
            PETROV,
            None,
            "year",
            "local",
        ),
        (
            fact(
                "Armenia’s trade has increased by 65 percent.",
                "65 percent",
                65.0,
                key="trade",
                scope="AM",
                subject="Armenia’s trade",
            ),
            PETROV,
            None,
            "year",
            "partner",
        ),
    ],
)
def test_place(record, labels, key, span, left_out):
    info = DocumentInfo("http://d1", local=False, labels=labels)
    placed = place(record, info, needs_scope=frozenset({"trade"}))
    assert placed.left_out == left_out
    if left_out is None:
        assert placed.key[1] == key
        assert placed.span == span
    else:
        assert placed.key is None


def test_a_company_heads_unscoped_figure_stays_out_of_national_series():
    record = fact("The average wage is 60,000 rubles.", "60,000 rubles", 6e4, key="average wage")
    record.update(unit="RUB", type="money", change=None, speaker="Oleg Sidorov")
    info = DocumentInfo(None, local=False, labels={"Oleg Sidorov": "Steelworks CEO Oleg Sidorov"})
    assert place(record, info).left_out == "local"
    assert place(record, info, national=False).key is not None  # --all-keys


def test_spans_make_series_of_their_own_counted_together_for_min_points():
    facts = [
        fact("GDP grew by 2 percent last year.", "2 percent", 2.0, doc_id="a"),
        fact("GDP grew by 3.5 percent last year.", "3.5 percent", 3.5, doc_id="b"),
        fact("GDP grew by 1 percent in the first quarter.", "1 percent", 1.0, doc_id="c"),
        fact("Our GDP grew by 3 percent since 2000.", "3 percent", 3.0, doc_id="d"),
        fact("Joining would lift GDP by 1 percent.", "1 percent", 1.5, doc_id="e"),
    ]
    docs = {d: DocumentInfo(None, False, PETROV) for d in "abcde"}
    left_out: dict[str, int] = {}
    found = build_series(facts, docs, left_out=left_out)
    spans = {s.span: [p["value"] for p in s.points] for s in found}
    assert spans == {"year": [2.0, 3.5], "part": [1.0], "years": [3.0]}
    assert left_out == {"hypothetical": 1}
    (year,) = [s for s in found if s.span == "year"]
    assert len(year.restatements) == 1  # 2 and 3.5 percent for 2016 disagree
    assert all(not s.restatements for s in found if s.span != "year")
    assert build_series(facts, docs, min_points=5) == []


def test_document_info_reads_titles_and_speakers():
    from pipeline.series import document_info

    docs = [
        {
            "doc_id": "a",
            "url": "http://a",
            "title": "Meeting on socioeconomic development of Altai",
            "participants": [{"name": "Ivan Petrov", "label": "Governor Ivan Petrov"}],
        },
        {"doc_id": "b", "title": "Talks with President of Peru", "participants": None},
        {"title": "no id: skipped"},
    ]
    info = document_info(docs)
    assert sorted(info) == ["a", "b"]
    assert info["a"].local and not info["b"].local
    assert info["a"].labels == {"Ivan Petrov": "Governor Ivan Petrov"}
    assert info["b"].labels == {}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The minister reported on the first two months. Output rose by 5 percent.", "part"),
        ("The minister reported on the economy. Output rose by 5 percent.", "year"),
    ],
)
def test_place_reads_the_frame_of_the_sentence_before(text, span):
    sentence = "Output rose by 5 percent."
    record = fact(sentence, "5 percent", 5.0, key="industrial output")
    record["start"] = text.find(sentence) + sentence.find("5 percent")
    info = DocumentInfo("http://d1", local=False, labels=PETROV, text=text)
    assert place(record, info).span == span
