"""Physical quantities (fact type "quantity", opt-in), with invented sentences."""

import json
import subprocess
import sys
import textwrap

import pytest

import pipeline
from pipeline.nlp import DEFAULT_TYPES, build_pipeline
from pipeline.nlp.physical import find_quantities
from pipeline.nlp.rules import installed_rules, rules_dir

RULES = installed_rules()  # the installed rule files, passed to the scanners


def quantities(text, date="2021-06-01"):
    return [
        f
        for f in pipeline.extract_facts(text, date=date, types="money,percentage,quantity")
        if f["type"] == "quantity"
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "high", "unit", "qualifier", "per"),
    [
        (
            "The farm sold 12,000 tonnes of barley.",
            "12,000 tonnes",
            12000,
            None,
            "tonne",
            "exact",
            None,
        ),
        (
            "They harvested about 3.5 million tons.",
            "about 3.5 million tons",
            3.5e6,
            None,
            "tonne",
            "approx",
            None,
        ),
        (
            "Deliveries will reach over 40 billion cubic metres.",
            "over 40 billion cubic metres",
            40e9,
            None,
            "cubic metre",
            "more_than",
            None,
        ),
        (
            "The line is 1,700 kilometres long.",
            "1,700 kilometres",
            1700,
            None,
            "kilometre",
            "exact",
            None,
        ),
        ("They are building a 600-km motorway.", "600-km", 600, None, "kilometre", "exact", None),
        (
            "The field yields 250,000 barrels per day.",
            "250,000 barrels per day",
            250000,
            None,
            "barrel",
            "exact",
            "day",
        ),
        (
            "The station has 2,400 megawatts of capacity.",
            "2,400 megawatts",
            2400,
            None,
            "megawatt",
            "exact",
            None,
        ),
        ("The new unit adds 1.2 GW.", "1.2 GW", 1.2, None, "gigawatt", "exact", None),
        (
            "Half a million tonnes of wheat was stored.",
            "Half a million tonnes",
            5e5,
            None,
            "tonne",
            "exact",
            None,
        ),
        (
            "Forests cover 1.4 million hectares there.",
            "1.4 million hectares",
            1.4e6,
            None,
            "hectare",
            "exact",
            None,
        ),
        (
            "We built 9 million square metres of housing.",
            "9 million square metres",
            9e6,
            None,
            "square metre",
            "exact",
            None,
        ),
        (
            "Output could be 2–3 million tonnes.",
            "2–3 million tonnes",
            2e6,
            3e6,
            "tonne",
            "exact",
            None,
        ),
        (
            "Output could be from 2 to 3 million tonnes.",
            "2 to 3 million tonnes",
            2e6,
            3e6,
            "tonne",
            "exact",
            None,
        ),
        (
            "The wells are between 800 and 1,200 metres deep.",
            "800 and 1,200 metres",
            800,
            1200,
            "metre",
            "exact",
            None,
        ),
        (
            "They produced 40 billion kilowatt-hours.",
            "40 billion kilowatt-hours",
            40e9,
            None,
            "kilowatt-hour",
            "exact",
            None,
        ),
        (
            "The plant turns out up to two million tonnes a year.",
            "up to two million tonnes",
            2e6,
            None,
            "tonne",
            "at_most",
            "year",
        ),
    ],
)
def test_quantity(text, surface, value, high, unit, qualifier, per):
    (found,) = quantities(text)
    assert text[found["start"] : found["end"]] == found["text"] == surface
    assert found["value"] == pytest.approx(value)
    assert found["high"] == (pytest.approx(high) if high is not None else None)
    assert found["unit"] == unit
    assert found["qualifier"] == qualifier
    assert found["per"] == per


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 we met 300 people.",  # a year and a bare number
        "Exports reached $5 billion and grew by 7 percent.",  # money and a percentage
        "The talks lasted 6 hours over 3 days.",  # time spans
        "Gas costs $180 per 1,000 cubic metres.",  # the unit of a price
        "The freight turnover reached 2 trillion tonne-kilometres.",  # a compound unit
        "Runners took part in the 800, 1,500 and 5,000-metre races.",  # no unit after 800
        "The metres and tonnes are what matter here.",  # unit words, no number
    ],
)
def test_not_a_quantity(text):
    found = quantities(text)
    for fact in found:
        assert fact["text"] in ("5,000-metre",), fact


def test_quantity_has_period_speaker_and_subject():
    (found,) = quantities("Last year the region harvested 4 million tonnes of grain.")
    assert found["period"] == 2020
    assert found["subject"] == "grain"
    assert found["speaker"] is None
    assert found["change"] is None


def test_quantity_is_opt_in():
    assert "quantity" not in DEFAULT_TYPES
    assert "speechfacts_quantity" not in build_pipeline().pipe_names
    assert "speechfacts_quantity" in build_pipeline(["quantity"]).pipe_names
    text = "The farm sold 12,000 tonnes of barley for $3 million."
    assert [f["type"] for f in pipeline.extract_facts(text)] == ["money"]


def test_find_quantities_with_a_stub_parser_falls_back_to_unit_words():
    def broken(_text):
        raise ValueError("quantulum3 failed")

    (found,) = find_quantities(RULES, "about 1.2 million hectares of land", offset=10, parse=broken)
    assert (found["start"], found["end"]) == (16, 36)
    assert found["value"] == 1_200_000 and found["unit"] == "hectare"


LAZY = textwrap.dedent(
    """
    import sys
    import pipeline
    facts = pipeline.extract_facts(
        "Exports grew by 5 percent to $3 billion; 40 countries signed.",
        types="money,percentage,country_count,event,quantity",
    )
    assert facts, facts
    assert "quantulum3" not in sys.modules, "imported without a unit word"
    facts = pipeline.extract_facts("We shipped 5 million tonnes.", types="quantity")
    assert [f["unit"] for f in facts] == ["tonne"], facts
    assert "quantulum3" in sys.modules
    print("ok")
    """
)


def test_quantulum3_is_imported_only_for_sentences_with_unit_words():
    done = subprocess.run([sys.executable, "-c", LAZY], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_default_runs_never_import_quantulum3():
    code = (
        "import sys, pipeline\n"
        "pipeline.extract_facts('We shipped 5 million tonnes for $2 billion.')\n"
        "assert 'quantulum3' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_unit_rules_file():
    data = json.loads((rules_dir() / "units.json").read_text(encoding="utf-8"))
    assert set(data["words"].values()) <= set(data["units"].values())
    assert "per" in data["not_after"]


def test_evaluation_ignores_quantities():
    from pipeline.evaluate import evaluate

    gold = [{"doc_id": "d1", "type": "money", "text": "$5 billion", "value": 5e9, "unit": "USD"}]
    pred = gold + [
        {"doc_id": "d1", "type": "quantity", "text": "5 tonnes", "value": 5, "unit": "tonne"}
    ]
    result = evaluate(gold, pred, ["d1"])
    assert result["ignored"]["unknown_type"] == 1
    assert result["scores"]["all"]["fp"] == 0
