"""The scope of a figure and the canonical key of its subject (invented sentences)."""

import json

import pytest
from conftest import subjects

import pipeline
from pipeline.nlp.measures import measure_rules, subject_key
from pipeline.nlp.places import find_places, subdivision_forms
from pipeline.nlp.rules import installed_rules, rules_dir
from pipeline.nlp.scope import counterpart
from pipeline.speech import Speech

RULES = installed_rules()  # the installed rule files, passed to the scanners


def facts_of(text, title=None, place=None):
    speech = Speech(doc_id="t", source="test", paragraphs=[text], title=title, place=place)
    speech.date = "2021-06-01"
    return {f["text"]: f for f in pipeline.extract_facts(speech) if f["type"] != "event"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Norwegian-Chilean trade", ["NO", "CL"]),  # demonyms, from the library
        ("trade with the Republic of Korea", ["KR"]),  # an official name
        ("exports to Viet Nam and the UAE", ["VN", "AE"]),
        ("the U.S. and the European Union", ["US", "EU"]),  # a grouping from scopes.json
        ("Kazakh grain and Latin American coffee", ["KZ", "Latin America"]),
        ("world markets and global demand", ["world", "world"]),
        ("the chad we saw", []),  # lower-case common words are no names
    ],
)
def test_find_places(text, codes):
    assert [p.code for p in find_places(RULES, text)] == codes


@pytest.mark.parametrize(
    ("title", "place", "labels", "expected"),
    [
        ("Talks with President of Peru", None, [], "PE"),
        ("Russian-Norwegian talks", "Moscow", [], "NO"),
        ("Meeting with the Prime Minister", None, ["Prime Minister of Malaysia Ali Osman"], "MY"),
        ("Press statements", "Hanoi", [], "VN"),  # a capital
        ("Meeting of the EAEU Council", None, [], "EAEU"),
        ("Talks with leaders of Chile and Peru", None, [], None),  # two: no single counterpart
        ("Meeting on the economy", "Moscow", [], None),
    ],
)
def test_document_counterpart(title, place, labels, expected):
    assert counterpart(RULES, title, place, labels) == expected


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        ("Trade with Chile reached $2 billion.", "$2 billion", "CL"),
        ("Russian-Chilean trade grew by 9 percent.", "9 percent", "CL"),
        ("Trade between Russia and Chile totalled $2 billion.", "$2 billion", "CL"),
        ("Russia's GDP grew by 2 percent.", "2 percent", "RU"),
        ("World GDP grew by 3 percent.", "3 percent", "world"),
        ("Inflation was 4 percent.", "4 percent", None),
        ("Bilateral trade turnover reached $3 billion.", "$3 billion", "PE"),  # the counterpart
        ("Our trade grew by 12 percent.", "12 percent", "PE"),
        ("Trade grew by 12 percent.", "12 percent", "PE"),  # bare trade in bilateral talks
        ("Our GDP grew by 2 percent.", "2 percent", None),  # GDP is not between two sides
        ("Trade between Chile and Peru reached $1 billion.", "$1 billion", None),  # two others
    ],
)
def test_scope(text, figure, scope):
    found = facts_of(text, title="Talks with President of Peru")
    assert found[figure]["scope"] == scope


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # another partner named after "with" in the sentence before or before the subject
        (
            "Exports grow fastest with the European Union. Our trade reached $300 billion.",
            "$300 billion",
            None,
        ),
        ("Ties with Brazil are strong, and our trade grew by 12 percent.", "12 percent", None),
        # the counterpart itself, or a place not after "with": the counterpart
        ("Trade with Peru is growing. Our trade grew by 12 percent.", "12 percent", "PE"),
        ("We discussed Brazil's plans. Our trade grew by 12 percent.", "12 percent", "PE"),
        # a place that is not the object of "with" is no partner
        (
            "We are pleased with the results, despite the crisis in Europe. Our trade grew by"
            " 12 percent.",
            "12 percent",
            "PE",
        ),
        (
            "We are satisfied with how things went after the crisis of 2008 in America. Our"
            " trade grew by 12 percent.",
            "12 percent",
            "PE",
        ),
        # a partner after a word of partner_determiners is one
        ("Ties with our Chilean partners grow. Our trade grew by 12 percent.", "12 percent", None),
    ],
)
def test_another_partner_before_leaves_no_counterpart(text, figure, scope):
    found = facts_of(text, title="Talks with President of Peru")
    assert found[figure]["scope"] == scope


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a subject read from the sentence before ("it"): its scope is read there
        ("Trade with Chile grew by 9 percent. It reached $2 billion.", "$2 billion", "CL"),
        ("Trade with Chile is growing. It reached $2 billion.", "$2 billion", "CL"),
        ("Our trade is growing. It reached $2 billion.", "$2 billion", "PE"),
        ("Inflation is slowing. It was 4 percent.", "4 percent", None),
    ],
)
def test_scope_of_a_subject_from_the_sentence_before(text, figure, scope):
    found = facts_of(text, title="Talks with President of Peru")
    assert found[figure]["scope"] == scope


def test_no_counterpart_without_one_in_the_document():
    found = facts_of("Bilateral trade turnover reached $3 billion.", title="Meeting on trade")
    assert found["$3 billion"]["scope"] is None


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("bilateral trade turnover", "trade"),
        ("trade between our countries", "trade"),
        ("Russian-Chinese trade", "trade"),
        ("mutual trade", "trade"),
        ("exports of weapons and military equipment", "arms exports"),
        ("arms exports", "arms exports"),
        ("gross domestic product", "gdp"),
        ("Russia's GDP", "gdp"),
        ("the country's GDP", "gdp"),
        ("companies’ profits", "company profit"),  # a plural possessive keeps its noun
        ("industrial production", "industrial output"),
        ("exports of grain", "grain exports"),
        ("grain exports", "grain exports"),
        ("prices for medicines", "price for medicine"),
        ("share of Russian medications", "medication share"),
        ("defence spending", "defence spending"),  # "-ing" nouns are not lemmatised
        ("infant mortality rate", "infant mortality"),
        ("juvenile crime rate", "juvenile crime rate"),
        # a key is lower case, also where the lemmatiser capitalises a name it keeps
        ("average salary in Lakeside Region", "average salary in lakeside region"),
        ("modernisation of the Moscow Oil Refinery", "moscow oil refinery modernisation"),
        ("Bavaria's exports to Russia", "bavaria export to russia"),
        (None, None),
    ],
)
def test_subject_key(subject, key):
    assert subject_key(RULES, subject) == key


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        # "state" is a drop word ("the state's GDP"), so "state debt" normalises to "debt": the
        # synonym applies only where the subject says "state", not to any bare debt
        ("state debt", "public debt"),
        ("the state's debt", "public debt"),
        ("our state debt", "public debt"),
        ("national debt", "public debt"),
        ("debt", "debt"),
        ("the company's debts", "company debt"),
        ("these debts", "debt"),
        # phrases listed as written stay synonyms even when less specific than their key
        ("the deficit", "budget deficit"),
        ("capital investment", "fixed capital investment"),
        ("bilateral trade", "trade"),
    ],
)
def test_a_synonym_reduced_by_drop_words_needs_the_word_it_lost(subject, key):
    assert subject_key(RULES, subject) == key


def test_only_reduced_synonyms_need_a_word():
    """A form needs a word only where it is fewer words than its key and no phrase of the
    synonyms is written so; the words it needs are drop words some phrase lost."""
    rules = measure_rules(RULES)
    data = json.loads((rules_dir() / "measures.json").read_text(encoding="utf-8"))
    written = {p.lower() for key, phrases in data["synonyms"].items() for p in [key, *phrases]}
    assert "debt" in rules.needs_word
    # (or a form of a phrase listed as needing its dropped word, issue 16ad)
    needing = {
        " ".join(w for w in p.lower().split() if w not in rules.drop)
        for p in data.get("synonyms_needing_dropped_word", [])
    }
    for form, words in rules.needs_word.items():
        key = rules.synonyms[form]
        assert set(form.split()) < set(key.split()) or form in needing, form
        assert form not in written, form
        assert words and words <= rules.drop, form


def test_part_of_a_whole_gets_the_share_prefix():
    assert subject_key(RULES, "GDP", part_of=True) == "share of gdp"
    found = facts_of("We have 3 percent of rural households.")
    assert found["3 percent"]["subject_key"] == "share of rural household"
    # a whole whose part the clause names ("it serves") is refused since issue 16z
    # (subjects.json's `wholes_refused`)
    found = facts_of("It serves 3 percent of households, and 2 percent of companies.")
    assert found["3 percent"]["subject_key"] is None
    # a denominator whole (GDP) alone is no subject: "share of gdp" would mix measures
    # (a one-word key with no scope is refused since issue 16v: `unscoped_single_keys_refused`)
    found = facts_of("Road spending is 3 percent of GDP, and it is 2 percent of GDP.")
    assert found["3 percent"]["subject_key"] == "road spending"
    assert found["2 percent"]["subject_key"] is None


def test_synonym_keys_are_their_own_key():
    """Every canonical key of measures.json normalises to itself: a subject written as the key
    gets the key."""
    data = json.loads((rules_dir() / "measures.json").read_text(encoding="utf-8"))
    for key in data["synonyms"]:
        assert subject_key(RULES, key) == key, key


def test_subject_key_is_set_exactly_with_a_subject():
    for fact in facts_of("Exports grew by 4 percent, and 20 percent went unpaid.").values():
        assert (fact["subject"] is None) == (fact["subject_key"] is None)


@pytest.mark.parametrize(
    ("text", "title", "figure", "scope"),
    [
        # the home country's own investment or capital, named before the head: the place it
        # went to (`outward_heads`): the document's counterpart, or none
        (
            "Accumulated Russian direct investment has reached $4 billion.",
            "Talks with President of Peru",
            "$4 billion",
            "PE",
        ),
        (
            "Russia's investment exceeded $3 billion.",
            "Meeting on the economy",
            "exceeded $3 billion",
            None,
        ),
        # a foreign place in the subject still decides
        (
            "Russian investment in Chile exceeded $3 billion.",
            "Talks with President of Peru",
            "exceeded $3 billion",
            "CL",
        ),
        # money that came in: the home country after a preposition keeps it
        (
            "Investment in Russia grew by 4 percent.",
            "Talks with President of Peru",
            "4 percent",
            "RU",
        ),
        (
            "Investment in Russian companies exceeded $2 billion.",
            "Talks with President of Peru",
            "exceeded $2 billion",
            "RU",
        ),
        # other heads keep the home country
        ("Russia's GDP grew by 2 percent.", "Talks with President of Peru", "2 percent", "RU"),
        ("Russian exports grew by 5 percent.", "Meeting on the economy", "5 percent", "RU"),
    ],
)
def test_the_home_countrys_investment_is_about_where_it_went(text, title, figure, scope):
    found = facts_of(text, title=title)
    assert found[figure]["scope"] == scope


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a grouping named in the sentence: the trade may be with it, so not the counterpart
        # (issue 16k, `other_region_in_sentence`)
        (
            "Trade fell to $300 billion after the sanctions, and the EU is still a major partner.",
            "$300 billion",
            None,
        ),
        ("Within the EAEU, trade grew by 12 percent.", "12 percent", None),
        # "world" or no grouping: the counterpart, as before
        ("Trade grew by 12 percent despite the world crisis.", "12 percent", "PE"),
        ("Trade grew by 12 percent.", "12 percent", "PE"),
        # a place in the subject is its scope whatever the sentence names
        ("Trade with Chile grew by 12 percent, more than with the EU.", "12 percent", "CL"),
    ],
)
def test_a_grouping_in_the_sentence_leaves_no_counterpart(text, figure, scope):
    found = facts_of(text, title="Talks with President of Peru")
    assert found[figure]["scope"] == scope


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        # the home country after a flow head, in the object of a preposition, is kept (16p)
        ("Norwegian investment in the Russian economy", "investment in russian economy"),
        ("accumulated Belgian investment in Russia", "accumulated investment in russia"),
        ("new demand for Russian turbines", "new demand for russian turbine"),
        # the home country before an outward flow's head with a foreign place after it: the
        # home country's money abroad, kept as "russian" (`outward_flow_heads`, 16r)
        ("Russian investment in the Norwegian economy", "russian investment in economy"),
        ("Russia's accumulated investments in Chile", "russian accumulated investment"),
        ("Russian investment in Chile", "russian investment"),
        # without a foreign place after the head, a subject ending in a head of
        # `home_origin_kept_heads` keeps it too: its scope is the page's counterpart (16ae)
        ("Russian investment", "russian investment"),
        ("Russian direct investment", "russian direct investment"),
        # near-misses: the subject goes on after the head, or the head is not listed
        ("Russian investment climate", "investment climate"),
        ("Russian grain deliveries", "grain delivery"),
        # the home country before the head (an owner) or after "of"/"from": dropped as before
        ("Russian grain exports", "grain exports"),
        ("exports of Russian timber", "timber export"),
        ("imports from Russia", "import"),
        # no flow head: places dropped as before
        ("prices for Russian timber", "price for timber"),
    ],
)
def test_subject_key_keeps_a_flows_home_destination(subject, key):
    assert subject_key(RULES, subject).lower() == key


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        # comparatives whose base means something else (`keep`)
        ("spending on higher education", "spending on higher education"),
        ("older generation", "older generation"),
        # registered unemployment is no synonym of unemployment
        ("registered unemployment", "registered unemployment"),
        # "into" as "in": the home country is where the flow goes (`dangling`)
        ("Danish investments into Russia's economy", "investment into russia economy"),
        ("Danish investments into the Russian economy", "investment into russian economy"),
        # counter-cases: keys as before
        ("unemployment rate", "unemployment"),
        ("Danish investments into the energy sector", "investment into energy sector"),
        ("exports of grain", "grain exports"),
    ],
)
def test_subject_key_keeps_words_that_make_another_measure(subject, key):
    assert subject_key(RULES, subject) == key


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        # the home country before an outward export, delivery or supply with a foreign place
        # after it stays in the key (`outward_flow_heads`, 16t)
        ("Russian gas deliveries to Norway", "russian gas delivery"),
        ("Russia's grain exports to Egypt", "russian grain export"),
        ("Russian oil supplies to the Chinese market", "russian oil supply to market"),
        # "federal" is kept: the federal budget's deficit is not the consolidated one's
        ("federal budget deficit", "federal budget deficit"),
        ("the federal budget surplus", "federal budget surplus"),
        # counter-cases: no foreign place, another country's flow, or no "federal": as before
        ("Russian gas deliveries", "gas delivery"),
        ("German gas deliveries to Poland", "gas delivery"),
        ("gas deliveries to Norway", "gas delivery"),
        ("Russian grain exports", "grain exports"),
        ("budget deficit", "budget deficit"),
        ("deficit of the budget", "budget deficit"),
    ],
)
def test_subject_key_keeps_a_flows_origin_and_the_federal_budget(subject, key):
    assert subject_key(RULES, subject).lower() == key


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        # Russian tourists abroad: an outward flow, whose origin the key keeps (16u)
        ("number of Russian tourists in Norway", "russian tourist number"),
        ("the number of Russia's tourists in Peru", "russian tourist number"),
        # "mutual" before investment stays (`drop_words_kept_before`, 16u)
        ("mutual investments", "mutual investment"),
        ("the volume of mutual investment", "mutual investment volume"),
        ("mutual capital investment", "mutual capital investment"),
        # counter-cases: no foreign place; "mutual trade" is trade, as before
        ("number of Russian tourists", "tourist number"),
        ("flow of tourists", "tourist flow"),
        ("mutual trade", "trade"),
        ("the volume of mutual trade", "trade"),
        ("investment", "investment"),
    ],
)
def test_subject_key_keeps_tourists_origin_and_mutual_investment(subject, key):
    assert subject_key(RULES, subject).lower() == key


@pytest.mark.parametrize(
    ("text", "title", "figure", "subject"),
    [
        # issue 16v: a one-word key with no scope is some party's (`unscoped_single_keys_refused`)
        ("Trade grew by 12 percent.", None, "12 percent", None),
        ("Investment reached $3 billion.", None, "$3 billion", None),
        ("Exports fell by 1 percent.", None, "1 percent", None),
        # words that name no owner leave it one word (`unscoped_single_key_modifiers`)
        ("Current investment totals $2 billion.", None, "$2 billion", None),
        # counter-cases: a scope from the sentence or the document, a country's own measure,
        # a key of two words
        ("Trade with Chile grew by 12 percent.", None, "12 percent", "trade with Chile"),
        ("Trade grew by 12 percent.", "Talks with President of Peru", "12 percent", "trade"),
        ("Inflation was 4 percent.", None, "4 percent", "inflation"),
        ("Construction rose by 11 percent.", None, "11 percent", "construction"),
        ("Grain exports grew by 9 percent.", None, "9 percent", "grain exports"),
        ("Real wages grew by 3 percent.", None, "3 percent", "real wages"),
    ],
)
def test_a_one_word_key_with_no_scope(text, title, figure, subject):
    assert facts_of(text, title=title)[figure]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # issue 16v: a foreign leader's figure with no scope (`foreign_speaker_unscoped_refused`)
        (
            "President of Armenia Karen Sarkisov: Economic activity grew by 9 percent in April.",
            "9 percent",
            None,
        ),
        # counter-cases: a scope, or a speaker of the home country
        (
            "President of Armenia Karen Sarkisov: Trade with Chile grew by 9 percent.",
            "9 percent",
            "trade with Chile",
        ),
        (
            "Minister of Economy Ivan Petrov: Economic activity grew by 9 percent in April.",
            "9 percent",
            "economic activity",
        ),
    ],
)
def test_a_foreign_leaders_figure_with_no_scope(text, figure, subject):
    assert subjects(text, speakers=True)[figure] == subject


def test_a_foreign_leaders_own_economy_keeps_its_subject():
    text = "President of Armenia Karen Sarkisov: In 2019, our economy grew by 7 percent."
    # "our": the series give it the speaker's country
    assert subjects(text, speakers=True)["7 percent"] == "economy"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # issue 16aa: a foreign leader's "our" money put in another place: his, not that
        # place's (`foreign_speaker_owned_other_scope_refused`)
        (
            "President of Armenia Karen Sarkisov: Our direct investment in Chile is $2 billion.",
            "$2 billion",
            None,
        ),
        # counter-cases: no "our", or a speaker of the home country
        (
            "President of Armenia Karen Sarkisov: Trade with Chile grew by 9 percent.",
            "9 percent",
            "trade with Chile",
        ),
        (
            "Minister of Economy Ivan Petrov: Our direct investment in Chile is $2 billion.",
            "$2 billion",
            "direct investment in Chile",
        ),
    ],
)
def test_a_foreign_leaders_own_money_elsewhere_is_refused(text, figure, subject):
    assert subjects(text, speakers=True)[figure] == subject


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a conjunct whose verb is left out shares the owner of the clause before (issue 16ab)
        ("Peru's exports grew by 3 percent and industrial output by 4 percent.", "4 percent", "PE"),
        (
            "Peru's exports grew by 3 percent, and industrial output by 4 percent.",
            "4 percent",
            "PE",
        ),
        # a verb of its own, or another joiner: left alone
        (
            "Peru's exports grew by 3 percent and industrial output rose by 4 percent.",
            "4 percent",
            None,
        ),
        (
            "Peru's exports grew by 3 percent, while industrial output grew by 4 percent.",
            "4 percent",
            None,
        ),
    ],
)
def test_a_gapped_conjunct_takes_the_scope_before(text, figure, scope):
    assert facts_of(text)[figure]["scope"] == scope


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("the Omsk Region and the Stavropol Territory", ["RU-OMS", "RU-STA"]),  # derived forms
        ("the Tula region and Karelia", ["RU-TUL", "RU-KR"]),  # stem + "a"; "-iya" -> "-ia"
        ("the Republic of Bashkortostan and the Chuvash Republic", ["RU-BA", "RU-CU"]),
        ("Daghestan, Yakutia and the Far Eastern Federal District", ["RU-DA", "RU-SA", "Far East"]),
        ("the Omsk plant", []),  # a city's name alone is no region
        # sub80: the stem with "-o" ("Ivanovskaya" -> "Ivanovo"), and a kray called a "Region"
        # as older pages do ("Krasnodarskiy kray" -> "Krasnodar Region")
        ("the Ivanovo Region and the Kemerovo region", ["RU-IVA", "RU-KEM"]),
        ("the Krasnodar Region and the Perm region", ["RU-KDA", "RU-PER"]),
        ("the Krasnoyarsk Territory and the Krasnoyarsk Region", ["RU-KYA", "RU-KYA"]),
        ("the Ivanovo plant", []),  # still no region without its kind's word
        ("Tuva, the Tuva Republic and the Republic of Tuva", ["RU-TY", "RU-TY", "RU-TY"]),
    ],
)
def test_find_subdivisions(text, codes):
    """Issue 16ac: the home country's regions, from pycountry's names by general rules and
    scopes.json's `subdivision_extra_names`."""
    assert [p.code for p in find_places(RULES, text)] == codes


@pytest.mark.parametrize(
    ("name", "kinds", "form", "present"),
    [
        ("Ivanovskaya oblast'", {"oblast": ["Region"]}, "Ivanovo Region", True),
        ("Tul'skaya oblast'", {"oblast": ["Region"]}, "Tula Region", True),
        ("Omskaya oblast'", {"oblast": ["Region"]}, "Omsk Region", True),
        ("Krasnodarskiy kray", {"kray": ["Territory", "Region"]}, "Krasnodar Region", True),
        ("Krasnodarskiy kray", {"kray": ["Territory"]}, "Krasnodar Region", False),  # kinds rule
    ],
)
def test_subdivision_forms(name, kinds, form, present):
    """sub80: the forms derived from pycountry's spelling; which kind words a kray takes is
    scopes.json's `subdivision_kinds`, not code."""
    assert (form in subdivision_forms(name, kinds)) is present


def test_no_two_regions_share_a_derived_name():
    """sub80: the "-o" stem and a kray's "Region" must not give one name to two regions (the
    gazetteer keeps the first and the other would be read as it)."""
    import pycountry

    data = json.loads((rules_dir() / "scopes.json").read_text(encoding="utf-8"))
    owners = {}
    for sub in pycountry.subdivisions.get(country_code=data["home_country"]):
        for form in subdivision_forms(sub.name, data["subdivision_kinds"]):
            owners.setdefault(form.lower(), set()).add(sub.code)
    for code, extra in data["subdivision_extra_names"].items():
        for form in extra:
            owners.setdefault(form.lower(), set()).add(code)
    assert {form: codes for form, codes in owners.items() if len(codes) > 1} == {}


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        ("The Tomsk Region's budget revenue grew by 6 percent.", "6 percent", "RU-TOM"),
        ("Unemployment in the Republic of Mordovia fell to 4 percent.", "4 percent", "RU-MO"),
        ("Industrial output in Russia's Tatarstan grew by 7 percent.", "7 percent", "RU-TA"),
        ("Investment in the Far East rose to $9 billion.", "$9 billion", "Far East"),
        # not a scope: the region is named elsewhere in the sentence, not with the measure
        ("Inflation was 4 percent, the Governor of the Omsk Region said.", "4 percent", None),
        ("Russia's GDP grew by 2 percent, and Karelia did well.", "2 percent", "RU"),
        # two regions: no one scope
        ("Output in the Omsk Region and Karelia grew by 3 percent.", "3 percent", None),
        # a foreign partner still wins
        ("Karelia's trade with Finland reached $2 billion.", "$2 billion", "FI"),
    ],
)
def test_scope_of_a_region(text, figure, scope):
    found = facts_of(text)
    assert found[figure]["scope"] == scope


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        ("Retail sales grew by 8 percent in the Tomsk Region.", "8 percent", "RU-TOM"),
        ("In Karelia, retail sales grew by 8 percent.", "8 percent", "RU-KR"),
        ("For example, in the Omsk Region, retail sales grew by 8 percent.", "8 percent", "RU-OMS"),
        # not the figure's own place: a region elsewhere in the sentence
        ("Retail sales grew by 8 percent, as in the Tomsk Region.", "8 percent", None),
        ("Retail sales grew by 8 percent in 2019 in the Tomsk Region.", "8 percent", None),
        (
            "Retail sales grew by 8 percent in Karelia and by 5 percent in Komi.",
            "8 percent",
            "RU-KR",
        ),
        ("In Karelia and Komi, retail sales grew by 8 percent.", "8 percent", None),
        ("In general, retail sales grew by 8 percent in Finland.", "8 percent", None),
        ("Our retail sales with Finland grew by 8 percent in Karelia.", "8 percent", "FI"),
    ],
)
def test_scope_of_a_region_around_the_figure(text, figure, scope):
    """Issue 16ac: a region right after the figure, or in a phrase that opens the sentence."""
    found = facts_of(text)
    assert found[figure]["scope"] == scope
